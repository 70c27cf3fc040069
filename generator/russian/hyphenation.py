"""Soft hyphens in long words, for text set in narrow table columns.

A column narrower than a long word («соответствующими») breaks it somewhere; with soft hyphens it
breaks where Russian hyphenation allows, and shows a hyphen there, in every renderer (LibreOffice
hyphenates nothing without a Russian dictionary installed). A soft hyphen is invisible otherwise,
and readers drop it (``generator.docx.reader``)."""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

SHY = "\u00ad"
_WORD = re.compile(r"[А-Яа-яЁё]{4,}")


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="ru_RU", left=2, right=2)


def soft_hyphenated(text: str, longer_than: int) -> str:
    """«соответствующими» → «со­от­вет­ству­ю­щи­ми» (U+00AD between the syllables), for the words
    longer than ``longer_than`` letters: the others are left whole."""
    return _WORD.sub(lambda match: _dictionary().inserted(match.group(0), hyphen=SHY)
                     if len(match.group(0)) > longer_than else match.group(0), text)

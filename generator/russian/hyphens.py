"""Soft hyphens at the syllables Russian hyphenation allows (pyphen's ru_RU patterns), for text set in narrow
columns: a reader with no hyphenation dictionary (LibreOffice, a browser offline) otherwise breaks a long word
anywhere and with no hyphen («профориентационн ⏎ ыми»); a soft hyphen shows only where the line breaks."""

from __future__ import annotations

import re
from functools import cache

import pyphen

SOFT_HYPHEN = "\u00ad"


def hyphenated(text: str, letters: int) -> str:
    """``text`` with soft hyphens in each word of at least ``letters`` Cyrillic letters."""
    return _long_word(letters).sub(lambda match: _syllables().inserted(match.group(0), SOFT_HYPHEN), text)


@cache
def _long_word(letters: int) -> re.Pattern[str]:
    return re.compile(rf"[А-Яа-яЁё]{{{letters},}}")


@cache
def _syllables() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="ru_RU")

"""Numbering and bullets typed by hand into a paragraph's text («1.2. », «а) », «— »), as documents that do not
use Word's numbering carry them: the importer reads structure from them, the lint reads past them."""

from __future__ import annotations

import re

TYPED_NUMBER = re.compile(r"^\s*(?:(?i:раздел|глава)\s+)?(?P<label>\d+(?:\.\d+)+\.?|\d+[.)]|[IVXLC]+\.|[а-яa-z]\))\s+")
TYPED_BULLET = re.compile(r"^\s*[-–—•·▪●]\s*")


def strip_typed(text: str) -> str:
    """The text without the number or bullet typed at its start."""
    return TYPED_BULLET.sub("", TYPED_NUMBER.sub("", text.strip(), count=1), count=1).strip()

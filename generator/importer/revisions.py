"""A draft's tracked changes and comments: the reader takes the text as if every change were accepted
(inserted text in, deleted text out) and leaves comments out; the report says so, with counts and authors."""

from __future__ import annotations

from ..docx.oxml import w
from ..docx.reader import WordDocument
from ..messages import importer as messages
from ..russian import count_phrase

CHANGES = (
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "rPrChange",
    "pPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "sectPrChange",
    "numberingChange",
)


def revision_notes(document: WordDocument) -> list[str]:
    notes = []
    body = document.parts.get("word/document.xml")
    if body is not None:
        changes = [node for tag in CHANGES for node in body.iter(w(tag))]
        if changes:
            notes.append(
                messages.IMPORT_REVISIONS.format(
                    count=count_phrase(len(changes), messages.IMPORT_REVISION_NOUN), authors=_authors(changes)
                )
            )
    comments = document.parts.get("word/comments.xml")
    if comments is not None:
        found = list(comments.iter(w("comment")))
        if found:
            notes.append(
                messages.IMPORT_COMMENTS.format(
                    count=count_phrase(len(found), messages.IMPORT_COMMENT_NOUN), authors=_authors(found)
                )
            )
    return notes


def _authors(nodes: list) -> str:
    names = list(dict.fromkeys(node.get(w("author"), "").strip() for node in nodes))
    return ", ".join(name for name in names if name) or messages.IMPORT_NO_AUTHORS

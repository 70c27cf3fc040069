"""A source's bytes as text, and YAML's problems with it, located and in Russian."""

from __future__ import annotations

import yaml

from schemas.diagnostics import Diagnostic, Location

from .. import messages


def decode(raw: bytes, display: str) -> tuple[str, Diagnostic | None]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", Diagnostic.error(Location(display), messages.NOT_UTF8_UTF16, code="load")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        hint = messages.CP1251_HINT if _looks_like_cp1251(raw) else ""
        message = messages.NOT_UTF8.format(byte=f"0x{raw[exc.start]:02X}") + hint
        return "", Diagnostic.error(Location(display, line, column), message, code="load")


def _looks_like_cp1251(raw: bytes) -> bool:
    text = raw.decode("cp1251", errors="replace")
    cyrillic = sum(1 for ch in text if "а" <= ch.lower() <= "я" or ch in "ёЁ")
    return cyrillic >= max(1, len(text) // 20)


def yaml_error(exc: yaml.MarkedYAMLError, display: str) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    location = Location(display, mark.line + 1, mark.column + 1) if mark else Location(display)
    return Diagnostic.error(
        location, messages.translate_yaml_problem(exc.problem or "", exc.context or ""), code="load"
    )


def reader_error(exc: yaml.YAMLError, text: str, display: str) -> Diagnostic:
    # libyaml reports the offset in UTF-8 bytes, not characters.
    position = getattr(exc, "position", 0)
    before = text.encode("utf-8")[:position].decode("utf-8", errors="ignore")
    position = len(before)
    line = before.count("\n") + 1
    column = position - (before.rfind("\n") + 1) + 1
    character = getattr(exc, "character", "")
    code = ord(character) if isinstance(character, str) and character else character
    return Diagnostic.error(
        Location(display, line, column), messages.BAD_CHARACTER.format(code=f"U+{code:04X}"), code="load"
    )

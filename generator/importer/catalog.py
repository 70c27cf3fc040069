"""The project's side: which catalog mechanism a Положение is about, and which ones the umbrella lists."""

from __future__ import annotations

import re

from schemas.catalog import Mechanism

from ..messages import importer as messages
from .report import ImportedRegulation, append_unmapped
from .text import escape, shortened


STOP_WORDS = {"положение", "мониторинг", "система", "муниципальный", "механизм", "управление", "организация"}


def recognise_mechanism(imported: ImportedRegulation, mechanisms: dict[str, Mechanism]) -> tuple[str | None, str]:
    """The mechanism code, and how it was recognised: by the indicator codes, else by the title's words."""
    prefixes = {
        code.rsplit(".", 1)[0]
        for code in (i.get("code", "") for i in imported.data.get("indicators", []))
        if code.count(".") >= 2
    }
    if len(prefixes) == 1 and next(iter(prefixes)) in mechanisms:
        code = next(iter(prefixes))
        return code, messages.IMPORT_MECHANISM_BY_CODES.format(code=code)
    worded = _by_wording(imported.title, mechanisms)
    if worded:
        code, wording = worded
        return code, messages.IMPORT_MECHANISM_BY_WORDING.format(
            code=code, title=mechanisms[code].title, wording=wording
        )
    code = _closest(imported.title, mechanisms, 0.5)
    if code:
        return code, messages.IMPORT_MECHANISM_BY_TITLE.format(code=code, title=mechanisms[code].title)
    return None, ""


def _by_wording(title: str, mechanisms: dict[str, Mechanism]) -> tuple[str, str] | None:
    """The one mechanism whose standard wording (the catalog's list) the title holds, word forms aside:
    «… объективности проведения оценочных процедур …» is 1.5 whatever the rest of the title says."""
    words = _lemmas(title)
    found: dict[str, str] = {}
    for code, mechanism in mechanisms.items():
        held = [wording for wording in mechanism.wordings if _lemmas(wording) and _lemmas(wording) <= words]
        if held:
            found[code] = max(held, key=len)
    return next(iter(found.items())) if len(found) == 1 else None


def _closest(text: str, mechanisms: dict[str, Mechanism], threshold: float) -> str | None:
    """The mechanism whose title shares the largest part of the words, if that part is large and unique.

    The part is of the shorter word set: «… обучающихся Копейского городского округа» still names
    «Система оценки качества подготовки обучающихся» in full."""
    words = _lemmas(text)
    scored = sorted(
        (
            (len(words & (title := _lemmas(m.title))) / max(min(len(words), len(title)), 1), code)
            for code, m in mechanisms.items()
        ),
        reverse=True,
    )
    if scored and scored[0][0] >= threshold and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


def _lemmas(text: str) -> set[str]:
    from ..russian import normal_form

    words = {normal_form(word) for word in re.findall(r"[а-яё]{4,}", text.lower())}
    return words - STOP_WORDS


def listed_mechanisms(imported: ImportedRegulation, mechanisms: dict[str, Mechanism]) -> list[str]:
    """The codes the umbrella's list of mechanisms names, by the catalog's titles; other lines are kept."""
    codes: list[str] = []
    for line, where in imported.mechanism_lines:
        text = re.sub(r"\s*\([^()]*\)\s*[.;]?$", "", line).strip().rstrip(".;")
        numbered = re.match(r"^(\d+(?:\.\d+)*)\.?\s+(.*)$", text)
        if numbered and numbered.group(1) in mechanisms:
            code, how = numbered.group(1), messages.IMPORT_BY_CODE
        elif code := next((c for c, m in mechanisms.items() if _same(m.title, text)), None):
            how = ""
        elif text.endswith(":"):
            continue  # a group title or a lead-in: msoko writes the groups from the catalog
        elif code := _closest(text, mechanisms, 0.6):
            how = messages.IMPORT_BY_TITLE_WORDS
        else:
            imported.report.unmapped.append(
                messages.IMPORT_MECHANISM_NOT_IN_CATALOG.format(where=where, line=shortened(line))
            )
            append_unmapped(imported.data, where, escape(line))
            continue
        if code not in codes:
            codes.append(code)
        if how:
            imported.report.guessed.append(
                messages.IMPORT_MECHANISM_LINE.format(where=where, line=shortened(line, 50), code=code, how=how)
            )
    if codes:
        imported.report.mapped.append(
            messages.IMPORT_MECHANISMS.format(count=len(codes), where=imported.origins["mechanisms"])
        )
        return codes
    imported.report.guessed.append(messages.IMPORT_NO_MECHANISMS)
    return list(mechanisms)


def _same(title: str, text: str) -> bool:
    def plain(value: str) -> str:
        return " ".join(value.lower().replace("ё", "е").replace("и/или", "и (или)").split())

    return plain(title) == plain(text)

"""The generated parts of an act (приказ, постановление): its preamble and its numbered points."""

from __future__ import annotations

from schemas.acts import Act
from schemas.glossary import Term
from schemas.profile import Issuer, Project

from ..docx.blocks import TABLE_TEXT, prose_elements, text_paragraph
from ..docx.elements import Paragraph
from ..russian.morphology import format_document_date, inflect_phrase, lower_first, number_sign
from ..russian.typography import typograph_text
from ..sources.prose import parse_prose
from .body import Body, kept_with_next, list_items


def act_points(act: Act, appendix_titles: list[str]) -> Body:
    """Point 1 approves the appendices; the act's own points follow; the control point closes."""
    body = Body(0)
    if len(appendix_titles) == 1:
        body.clauses([f"Утвердить {appendix_titles[0]} (приложение)."], style="Point")
    elif appendix_titles:
        body.clauses(["Утвердить:"], style="Point")
        body.clauses(
            list_items([f"{title} (приложение {number})" for number, title in enumerate(appendix_titles, 1)]),
            style="Subpoint",
        )
    for point in act.points:
        if point.subpoints:
            body.items(point.text, point.subpoints, style="Point", item_style="Subpoint")
        else:
            body.clauses([point.text], style="Point")
    body.clauses([act.control], style="Point")
    control = body.elements[-1]
    if isinstance(control, Paragraph):  # the signature never stands alone on a page: the control point goes with it
        control.keep_next = True
    return body


def executor_mark(executor: str, distribution: str = "") -> Body:
    """The отметка об исполнителе (ГОСТ Р 7.0.97-2025, п. 5.26): small, flush left, at the foot of the last page —
    a frame anchored to the text area's bottom, its last line; above it, in the same frame, the указатель рассылки
    of an act, who gets copies («Разослать: …»), which office practice sets after the signature and before the
    executor's mark; nothing where none is given."""
    body = Body(0)
    for line in (distribution, executor):
        if line.strip():
            body.elements.append(text_paragraph(TABLE_TEXT, typograph_text(line.strip()), at_page_foot=True))
    return body


def preamble(act: Act, resolves: str | None = None) -> Body:
    """The preamble ends with a comma before the operative words; a постановление's «администрация …
    п о с т а н о в л я е т:» (``resolves``) closes the same sentence, as in the seeds."""
    closing = f", {resolves}" if resolves else ","
    body = Body(0)
    body.elements.extend(
        kept_with_next(prose_elements(parse_prose(act.basis.rstrip().rstrip(".;,") + closing), 0, clause="Text"))
    )
    return body


def act_issuer(profile: Project, act: Act) -> Issuer:
    """Who issues the act: the authority for a приказ, the administration for a постановление."""
    if act.kind == "постановление" and profile.administration is not None:
        return profile.administration
    authority = profile.authority
    return Issuer(full_name=authority.full_name, letterhead=authority.letterhead, head=profile.head)


def approval_reference(profile: Project, act: Act, terms: list[Term], case: str = "ablt") -> str:
    """«приказом УО от 15.03.2021 № 112» (or in another ``case``: «приказа УО …»): an act as a citation names it; the
    issuer by its abbreviation when the glossary has one."""
    issuer = act_issuer(profile, act).full_name
    short = next((term.term for term in terms if term.definition.lower() == issuer.lower()), None)
    named = short or lower_first(inflect_phrase(issuer, "gent"))
    approver = f"{inflect_phrase(act.kind, case)} {named}"
    return f"{approver} от {format_document_date(act.date, profile.layout.date_format)} {number_sign(act.number)}"

"""Stage 5, render: each planned document through its Word template into DOCX bytes.

The requisites (letterhead, appendix mark, approval stamp, signature) are filled in here from the
profile and the approving act, so the same date and number appear everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from pathlib import Path

from lxml import etree

from schemas.acts import Act
from schemas.diagnostics import Diagnostic, Location
from schemas.profile import Issuer, Project

from .. import documents, messages
from ..docx.oxml import (
    TWIPS_PER_MM,
    PageMargins,
    core_properties,
    serialize,
    set_base_font_size,
    set_right_tabs,
    set_stamp_indent,
)
from ..docx.package import TemplateProblem, WordTemplate, add_related_part
from ..errors import MsokoError
from ..parallel import in_order
from ..russian import (
    NBSP,
    accusative,
    appendix_phrase,
    approval_title,
    approval_word,
    approving_act_phrase,
    bind_last_word,
    format_document_date,
    lower_first,
    number_sign,
    typograph_text,
)
from ..monitoring.year import monitoring_year
from ..russian.context import about_phrase
from ..sources.kinds import KINDS, REGULATION, Reads
from ..sources.model import ProjectSources
from .plan import ACT, Target

PAGE_MM = {"portrait": 210, "landscape": 297}


class Renderer:
    """Renders targets of one project; templates are read and compiled once per run."""

    def __init__(self, project: ProjectSources) -> None:
        self.project = project
        self.profile: Project = project.valid_profile.model
        margins = self.profile.layout.margins
        self.margins = PageMargins(margins.left, margins.right, margins.top, margins.bottom)
        self._templates: dict[Path, WordTemplate] = {}
        self._styles_made: dict[tuple[Path, float], bytes] = {}

    def width_mm(self, orientation: str = "portrait") -> float:
        return PAGE_MM[orientation] - self.margins.left - self.margins.right

    def render(self, target: Target) -> bytes:
        template = self.template(target.template)
        rendering = None if target.kind == ACT else documents.RENDERING[target.kind]
        orientation = rendering.orientation if rendering else "portrait"
        width = self.width_mm(orientation)
        made = (
            target.model if rendering is None else rendering.build(self.project, target.model, width, target.computed)
        )
        related: list[documents.RelatedPart] = []
        if isinstance(made, Act):  # an act of the sources, or a kind's document that is an act (the приказ об итогах)
            context, title, subject, date = self._act_context(made)
        else:
            assert rendering is not None and isinstance(made, documents.Body)
            context, title, subject, date = self._document_context(target, rendering, made)
            related = made.related
        del made  # its markup is in the context: a whole project's document (the self-assessment of a thousand
        # mechanisms) holds tens of megabytes of elements, which the template's XML need not join
        try:
            rendered = template.render(
                context, margins=self.margins, extra_parts=self._extra_parts(template, title, subject, date, width)
            )
        except TemplateProblem as problem:
            raise _template_error(self.project, target.template, problem) from None
        for part in related:
            add_related_part(
                rendered.parts, part.name, part.data, part.content_type, part.relationship, part.relationship_id
            )
        return rendered.to_bytes()

    def template(self, path: Path) -> WordTemplate:
        if path not in self._templates:
            try:
                self._templates[path] = WordTemplate(path)
            except TemplateProblem as problem:
                raise _template_error(self.project, path, problem) from None
        return self._templates[path]

    def _document_context(
        self, target: Target, rendering: documents.Rendering, body: documents.Body
    ) -> tuple[dict, str, str, str]:
        model: Any = target.model  # the kind says which model it is
        self.abbreviations().introduce(body.elements)
        act = target.approving
        heading = rendering.heading(model)
        words = heading.split(" ")
        kind, rest = " ".join(words[: rendering.title_words]), " ".join(words[rendering.title_words :])
        requisites = rendering.requisites(self.project, model, target.computed)
        title = {"kind": kind, "subject": bind_last_word(typograph_text(rest)), "full": typograph_text(heading)}
        if "letter" in requisites:  # a letter's heading to its text (ГОСТ Р 7.0.97-2025): «Об адресных рекомендациях …»
            title["about"] = bind_last_word(typograph_text(letter_heading(kind, rest)))
        context = {
            "appendix": self._appendix_mark(act, target.id),
            "stamp": self._stamp(act, kind, target.id),
            "addressee": None,  # a letter's requisites name one; a project's document.docx made before letters had
            # their own form may still ask for it
            "title": title,
            **self._common(),
            **requisites,
            "body": body.written(),
        }
        return context, model.title, rendering.subject(self.project, model), _iso(act)

    def _act_context(self, act: Act) -> tuple[dict, str, str, str]:
        issuer = self.issuer(act)
        titles = [
            found
            for found in (
                self._appended(appendix.document) for appendix in sorted(act.appendices, key=lambda a: a.number)
            )
            if found
        ]
        title = act.title or approval_title(titles)
        signatory = act.signatory or issuer.head
        # Letters spaced by no-break spaces: the operative word never breaks at a line end.
        resolves = f"{lower_first(issuer.full_name)} {NBSP.join('постановляет')}:"
        preamble = documents.preamble(act, resolves if act.kind == "постановление" else None)
        points = documents.act_points(act, [accusative(t) for t, _ in titles])
        executor = documents.executor_mark(act.executor, act.distribution)
        self.abbreviations().introduce(preamble.elements, points.elements, executor.elements)
        context = {
            "letterhead": issuer.letterhead,
            "act": {
                "date": self._date(act),
                "number": number_sign(act.number),
                "title": bind_last_word(typograph_text(title)),
                "place": typograph_text(self.profile.authority.place),
            },
            "issuer": {"name": issuer.full_name, "resolves": resolves},
            "signatory": {"position": signatory.position, "name": typograph_text(signatory.name)},
            **self._common(),
            "preamble": preamble.markup(),
            "points": points.markup(),
            "executor": executor.markup(),
        }
        return context, title, title, act.date.isoformat()

    def _appended(self, document_id: str) -> tuple[str, bool] | None:
        """The title of a document an act approves, and whether it is a Положение о мониторинге."""
        document = self.project.document(document_id)
        if document is not None:
            return (document.model.title, document.kind is REGULATION) if document.model is not None else None
        year = monitoring_year(self.project)
        derived = year.document(document_id) if year else None
        return (derived.model.title, False) if derived else None

    def abbreviations(self) -> documents.Abbreviations:
        """A fresh record of introduced abbreviations: each document introduces its own."""
        return documents.Abbreviations(self.project.glossary.model.terms if self.project.glossary else [])

    def issuer(self, act: Act) -> Issuer:
        return documents.act_issuer(self.profile, act)

    def _appendix_mark(self, act: Act | None, document_id: str) -> dict | None:
        """The mark «Приложение N / к приказу … от … № …», only where the profile chooses it instead of the stamp: a
        document carries one requisite of its approval (ГОСТ Р 7.0.97-2025), never the mark above the stamp."""
        if act is None or self.profile.layout.approval_block != "appendix":
            return None
        number = self._appendix_number(act, document_id)
        return {
            "label": f"Приложение {number}" if number else "Приложение",
            "number": number or "",
            "to": typograph_text(appendix_phrase(act.kind, self.issuer(act).full_name)),
            "date": self._date(act),
            "sign": number_sign(act.number),
        }

    def _stamp(self, act: Act | None, kind: str, document_id: str) -> dict | None:
        """The гриф «УТВЕРЖДЕНО / приказом … / от … № …» and, when the act approves several documents, the line
        «(приложение N)» under it: the act's point «Утвердить: … (приложение 2)» finds its document by that
        number. ``both``, the profile's former choice of the mark above the stamp, is this one stamp."""
        if act is None or self.profile.layout.approval_block == "appendix":
            return None
        number = self._appendix_number(act, document_id)
        return {
            "word": approval_word(kind),
            "approver": typograph_text(approving_act_phrase(act.kind, self.issuer(act).full_name)),
            "date": self._date(act),
            "number": number_sign(act.number),
            "appendix": f"(приложение{NBSP}{number})" if number else "",
        }

    @staticmethod
    def _appendix_number(act: Act, document_id: str) -> int | None:
        """The document's number among the act's appendices; None for an act's only appendix (ГОСТ Р 7.0.97: it
        is cited as «(приложение)», unnumbered)."""
        if len(act.appendices) == 1:
            return None
        return next((a.number for a in act.appendices if a.document == document_id), None)

    def _common(self) -> dict:
        return {
            "authority": self.profile.authority.model_dump(),
            "head": {"position": self.profile.head.position, "name": typograph_text(self.profile.head.name)},
        }

    def _date(self, act: Act) -> str:
        return format_document_date(act.date, self.profile.layout.date_format)

    def _extra_parts(
        self, template: WordTemplate, title: str, subject: str, date: str, width_mm: float
    ) -> dict[str, bytes]:
        return {
            "word/styles.xml": self._styles(template, width_mm),
            "docProps/core.xml": core_properties(
                title=title, subject=subject, creator=self.profile.authority.full_name, keywords="МСОКО", date=date
            ),
        }

    def _styles(self, template: WordTemplate, width_mm: float) -> bytes:
        """The template's styles at the project's font size and text width: the same for every document of a
        template and orientation, so made once."""
        key = (template.path, width_mm)
        if key not in self._styles_made:
            styles = etree.fromstring(template.parts["word/styles.xml"])
            set_base_font_size(styles, self.profile.layout.font_size)
            set_right_tabs(styles, ("DateLine", "Signature"), round(width_mm * TWIPS_PER_MM))
            set_stamp_indent(styles, ("Stamp", "StampGap"), width_mm)
            self._styles_made[key] = serialize(styles)
        return self._styles_made[key]


def render_all(project: ProjectSources, targets: list[Target], workers: int | None = None) -> Iterator[bytes]:
    """Each target's DOCX bytes in plan order, rendered on every core when there are enough of them.

    The templates are parsed before the workers fork, so each worker starts with them."""
    renderer = Renderer(project)
    for path in dict.fromkeys(target.template for target in targets):
        renderer.template(path)
    # The documents drawn from every Положение (the umbrella one, the Концепция, the self-assessment) grow with
    # the project: started first, they do not leave one core working alone at the end.
    whole_project = [
        index
        for index, target in enumerate(targets)
        if target.kind != ACT and Reads.REGULATIONS in KINDS[target.kind].reads
    ]
    return in_order(renderer.render, targets, workers, first=whole_project)


def _iso(act: Act | None) -> str:
    return act.date.isoformat() if act else "2000-01-01"


def _template_error(project: ProjectSources, path: Path, problem: TemplateProblem) -> MsokoError:
    location = Location(project.layout.display(path))
    return MsokoError([Diagnostic.error(location, messages.TEMPLATE_UNUSABLE.format(problem=problem), code="template")])


def letter_heading(kind: str, rest: str) -> str:
    """«Об адресных рекомендациях по итогам мониторинга … в 2024 году»: what a letter is about, in «О …», as ГОСТ Р
    7.0.97-2025 heads a letter's text, from its kind and subject («Адресные рекомендации», «по итогам …»)."""
    return f"{about_phrase(lower_first(kind))} {rest}".strip()

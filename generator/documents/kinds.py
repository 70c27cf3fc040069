"""The registry of document kinds: how each is named, which template renders it, what it is made
from and which function builds its body. The planner and the renderer both read it, so a new kind
is added here once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..sources.model import DocumentKind, ProjectSources
from .body import Body
from .concept import concept_body
from .evaluation import evaluation_body, framework_reference
from .regulation import regulation_body
from .roadmap import roadmap_body
from .umbrella import msoko_body


@dataclass(frozen=True)
class KindSpec:
    """How one kind of generated document is made (the acts that approve them are in ACT_TEMPLATES)."""

    kind: DocumentKind
    template: str
    orientation: str
    reads_regulations: bool
    """Its body quotes the Положения о мониторинге, so a change in any of them rebuilds it."""
    reads_criteria: bool
    build: Callable[[ProjectSources, Any, float, Any], Body]
    """The body from the project, the document's model, the text width (mm) and what the planner computed for
    it (the evaluation's scores for a document of results, else None)."""
    subject: Callable[[ProjectSources, Any], str]
    """The document's subject for its properties (docProps/core.xml)."""


KINDS: dict[DocumentKind, KindSpec] = {spec.kind: spec for spec in (
    KindSpec(DocumentKind.REGULATION, "document.docx", "portrait", False, False,
             build=lambda project, model, width, _: regulation_body(model, width),
             subject=lambda project, model: project.mechanisms[model.mechanism].title),
    KindSpec(DocumentKind.MSOKO, "document.docx", "portrait", True, True,  # the criteria: its appendix
             build=lambda project, model, width, _: msoko_body(project, model, width),
             subject=lambda project, _: ("Муниципальная система оценки качества образования: "
                                         f"{project.valid_profile.model.authority.municipality}")),
    KindSpec(DocumentKind.CONCEPT, "document.docx", "portrait", True, False,
             build=lambda project, model, width, _: concept_body(project, model, width),
             subject=lambda project, _: "Муниципальные механизмы управления качеством образования"),
    KindSpec(DocumentKind.ROADMAP, "roadmap.docx", "landscape", False, False,
             build=lambda project, model, width, _: roadmap_body(model, width),
             subject=lambda project, _: "Дорожная карта МСОКО"),
    KindSpec(DocumentKind.EVALUATION, "document.docx", "portrait", True, True,
             build=lambda project, model, width, scores: evaluation_body(
                 scores, width, model.evidence, project.valid_profile.model.layout.date_format,
                 framework_reference(project), project.valid_profile.model.authority.short_name),
             subject=lambda project, model: ("Самооценка механизмов управления качеством образования, "
                                             f"{model.year} год")),
)}

ACT_TEMPLATES = {"приказ": "prikaz.docx", "постановление": "postanovlenie.docx"}
"""Which template renders an act of each kind; a project's own file of that name wins."""

"""How each kind of document is laid out: its body builder, its Word template and page orientation, and the
subject of its properties, by the kind's key. Everything else about a kind (its source, model, label, id,
what it reads) is declared once in ``sources/kinds.py``; the planner and the renderer read both."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from schemas.acts import Act

from ..sources.kinds import ANALYSIS, CONCEPT, EVALUATION, MSOKO, RECOMMENDATIONS, REGULATION, RESULTS_ORDER, ROADMAP
from ..monitoring.year import ADDRESSED
from ..sources.model import ProjectSources
from .analysis import analysis_body
from .body import Body
from .concept import concept_body
from .evaluation import evaluation_body, framework_reference
from .recommendations import letter_requisites, recommendations_body
from .regulation import regulation_body
from .results_order import results_order
from .roadmap import roadmap_body
from .umbrella import msoko_body


def no_requisites(project: ProjectSources, model: Any, computed: Any) -> dict:
    return {}


def year_subject(project: ProjectSources, model: Any) -> str:
    return f"Итоги мониторинга {model.mechanism}, {model.year} год"


@dataclass(frozen=True)
class Rendering:
    """How one kind of generated document is made (the acts that approve them are in ACT_TEMPLATES)."""

    template: str
    orientation: str
    build: Callable[[ProjectSources, Any, float, Any], Body | Act]
    """The body from the project, the document's model, the text width (mm) and what the planner computed for
    it (the evaluation's scores, the monitoring year's results, else None); for a kind whose documents are acts,
    the act itself, laid out as every act is."""
    subject: Callable[[ProjectSources, Any], str]
    """The document's subject for its properties (docProps/core.xml)."""
    title_words: int = 1
    """How many words of the title name the kind of document, set above the rest: «Аналитическая справка»."""
    requisites: Callable[[ProjectSources, Any, Any], dict] = no_requisites
    """What else the kind's template shows (a letter's form and addressee), from the project, the model and what
    the planner computed."""
    heading: Callable[[Any], str] = lambda model: model.title
    """The title the document shows, from its model's (a letter does not repeat its addressee there)."""


RENDERING: dict[str, Rendering] = {
    REGULATION.key: Rendering(
        "document.docx",
        "portrait",
        build=lambda project, model, width, _: regulation_body(model, width),
        subject=lambda project, model: project.mechanisms[model.mechanism].title,
    ),
    MSOKO.key: Rendering(
        "document.docx",
        "portrait",
        build=lambda project, model, width, _: msoko_body(project, model, width),
        subject=lambda project, _: (
            f"Муниципальная система оценки качества образования: {project.valid_profile.model.authority.municipality}"
        ),
    ),
    CONCEPT.key: Rendering(
        "document.docx",
        "portrait",
        build=lambda project, model, width, _: concept_body(project, model, width),
        subject=lambda project, _: "Муниципальные механизмы управления качеством образования",
    ),
    ROADMAP.key: Rendering(
        "roadmap.docx",
        "landscape",
        build=lambda project, model, width, _: roadmap_body(model, width),
        subject=lambda project, _: "Дорожная карта МСОКО",
    ),
    EVALUATION.key: Rendering(
        "document.docx",
        "portrait",
        build=lambda project, model, width, scores: evaluation_body(
            scores,
            width,
            scores.evidence,
            project.valid_profile.model.layout.date_format,
            framework_reference(project),
            project.valid_profile.model.authority.short_name,
        ),
        subject=lambda project, model: f"Самооценка механизмов управления качеством образования, {model.year} год",
    ),
    ANALYSIS.key: Rendering("document.docx", "portrait", build=analysis_body, title_words=2, subject=year_subject),
    RECOMMENDATIONS.key: Rendering(
        "pismo.docx",
        "portrait",
        build=recommendations_body,
        title_words=2,
        requisites=letter_requisites,
        subject=year_subject,
        heading=lambda model: model.title.partition(ADDRESSED)[0],
    ),
    RESULTS_ORDER.key: Rendering(
        "prikaz.docx",
        "portrait",
        build=lambda project, model, width, year: results_order(project, model, year),
        subject=lambda project, model: model.title,
    ),
}
"""How each kind is rendered, by its key: a kind registered in ``sources/kinds.py`` has one here (a test says so)."""


ACT_TEMPLATES = {"приказ": "prikaz.docx", "постановление": "postanovlenie.docx"}
"""Which template renders an act of each kind; a project's own file of that name wins."""

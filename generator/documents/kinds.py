"""The registry of document kinds: how each is named, which template renders it, what it is made
from and which function builds its body. The planner and the renderer both read it, so a new kind
is added here once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..evaluate import evaluate
from ..validate import Loaded, ProjectSources
from .body import Body
from .concept import concept_body
from .evaluation import evaluation_body
from .regulation import regulation_body
from .roadmap import roadmap_body
from .umbrella import msoko_body


@dataclass(frozen=True)
class DocumentKind:
    """One kind of generated document (the acts that approve them are in ACT_TEMPLATES)."""

    name: str
    id_pattern: str
    template: str
    order: int
    orientation: str
    reads_regulations: bool
    """Its body quotes the Положения о мониторинге, so a change in any of them rebuilds it."""
    reads_criteria: bool
    model: Callable[[ProjectSources, str], Any]
    build: Callable[[ProjectSources, Any, float], Body]
    subject: Callable[[ProjectSources, Any], str]
    """The document's subject for its properties (docProps/core.xml)."""


def _model(loaded: Loaded[Any] | None) -> Any:
    """The validated model of a document the plan found valid."""
    if loaded is None:
        raise LookupError("документ не загружен")
    return loaded.model


KINDS: dict[str, DocumentKind] = {kind.name: kind for kind in (
    DocumentKind("regulation", "polozhenie-{code}", "document.docx", 0, "portrait", False, False,
                 model=lambda project, code: _model(project.regulation_for(code)),
                 build=lambda project, model, width: regulation_body(model, width),
                 subject=lambda project, model: project.mechanisms[model.mechanism].title),
    DocumentKind("msoko", "polozhenie-msoko", "document.docx", 1, "portrait", True, False,
                 model=lambda project, _: _model(project.msoko),
                 build=msoko_body,
                 subject=lambda project, _: ("Муниципальная система оценки качества образования: "
                                             f"{_model(project.profile).authority.municipality}")),
    DocumentKind("concept", "koncepciya", "document.docx", 2, "portrait", True, False,
                 model=lambda project, _: _model(project.concept),
                 build=concept_body,
                 subject=lambda project, _: "Муниципальные механизмы управления качеством образования"),
    DocumentKind("roadmap", "dorozhnaya-karta", "roadmap.docx", 3, "landscape", False, False,
                 model=lambda project, _: _model(project.roadmap),
                 build=lambda project, model, width: roadmap_body(model, width),
                 subject=lambda project, _: "Дорожная карта МСОКО"),
    DocumentKind("evaluation", "samoocenka", "document.docx", 4, "portrait", True, True,
                 model=lambda project, _: _model(project.evaluation),
                 build=lambda project, model, width: evaluation_body(evaluate(project), width),
                 subject=lambda project, model: ("Самооценка механизмов управления качеством образования, "
                                                 f"{model.year} год")),
)}

ACT_TEMPLATES = {"приказ": "prikaz.docx", "постановление": "postanovlenie.docx"}
"""Which template renders an act of each kind; a project's own file of that name wins."""

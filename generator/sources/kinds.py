"""The kinds of document msoko makes, each declared once: where its source lies, which model it reads as,
what people call it, the id of its output, whether a project may go without it, what else it is made from
and how ``msoko import`` knows it by its title. The loader, the JSON Schemas, the editor, the dashboard, the
planner and the importer all read this registry; how a document is laid out (its body builder, template and
orientation) is attached by kind in ``documents/kinds.py``, a layer up, since a body quotes other documents.

A kind has one document per project (the Концепция), one per mechanism (a Положение о мониторинге, its
source named by the mechanism's code) or one per organization a mechanism's results address: ``per`` says
which, ``reads`` what else it is made from. A kind made for each X from Y — an аналитическая справка per
mechanism from its Положение and the year's data — is a descriptor with that ``per`` and those ``reads`` and
no source of its own: the planner makes its documents (``monitoring/year.py``), titled and dated by the
descriptor, and hands the body what they are made from."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from schemas.acts import ActKind
from schemas.concept import Concept
from schemas.evaluation import Evaluation
from schemas.regulation import MonitoringRegulation
from schemas.umbrella import MsokoRegulation
from schemas.roadmap import Roadmap

from ..project import ProjectLayout, yaml_files

SUBJECT = "{subject}"
"""Where a kind with one document per mechanism puts the mechanism's code in its source and its id."""


class DocumentModel(Protocol):
    """A document an act can approve: every kind's model has a title and names the act that approves it."""

    @property
    def title(self) -> str: ...

    @property
    def approved_by(self) -> str | None: ...


class Per(Enum):
    """What a kind has one document for."""

    PROJECT = "project"
    MECHANISM = "mechanism"
    ORGANIZATION = "organization"
    """One per organization a mechanism's results address (an organization below a target), for each mechanism."""


class Reads(Enum):
    """What a document is made from besides its own source: a change there rebuilds it."""

    REGULATIONS = "regulations"
    """The Положения о мониторинге, with the acts that approve them (the Концепция cites their dates)."""
    CRITERIA = "criteria"
    """The self-assessment's criteria: the planner scores the project and hands the scores to the body."""
    DATA = "data"
    """The monitoring year's data (``data/<year>/`` and the year before) with the list of organizations: the planner
    computes the results and hands them to the body. A kind with one document per mechanism reads that mechanism's
    data of its year and its Положение, one per project the data of the documents of its year (the self-assessment
    takes them as evidence)."""


class YearDocument(BaseModel):
    """A document of a kind without a source of its own, as the planner makes it for the monitoring year: its
    title, its requisites and what it is about. The body reads the year's results beside it."""

    model_config = ConfigDict(frozen=True)

    title: str
    approved_by: str | None = None
    """The id of the act (a document of the kind that approves this one) whose appendix it is."""
    mechanism: str
    year: int
    date: datetime.date
    """Planned from the Положение's schedule: a draft's date, which the registration may change."""
    number: str = ""
    """The registration number: none until the document is registered."""
    organization: str = ""
    """The organization addressed, for a kind with one document per organization."""
    appendices: tuple[str, ...] = ()
    """For an act: the ids of the documents it approves, in appendix order."""


@dataclass(frozen=True)
class ImportCue:
    """How ``msoko import`` knows a document of this kind: by the words of its title."""

    opens: str = "положение"
    """The title's first word or words, in any case; typed with spaced letters («П О Л О Ж Е Н И Е») too."""
    then: str = r"(?:о|об)\s"
    """How a title goes on after them («Положение о …»), so that «Положение вступает в силу …» is no title."""
    names: str = ""
    """A pattern the title holds that tells this kind from others opening alike; "" for the kind such a title
    falls back to (the Положение о мониторинге)."""
    sections: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
    """The body's headings, by word stems that must all occur, and the field each fills; the first rule that
    fits wins. The two Положения are split by the importer's own rules."""


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document: everything about it that the layers below the document bodies need."""

    key: str
    """Its name in code, in the plan and in its JSON Schema's file name: «concept»."""
    label: str
    """What people call the document: «Положение о МСОКО», «Концепция»."""
    model: type[BaseModel]
    """The model its source validates as (a :class:`DocumentModel`); :class:`YearDocument` for a kind without one."""
    source: str | None
    """Its source under ``regulations/``; ``{subject}`` stands for the mechanism's code. None: its documents are
    made from what it reads."""
    document_id: str
    """The stem of its output file, the id acts list it by; ``{subject}`` as in ``source`` (for one per
    organization, the mechanism's code and the organization's identifier: «1.1-sosh-7»)."""
    per: Per = Per.PROJECT
    optional: bool = False
    """A project may go without it; a missing source of any other kind is an error."""
    reads: frozenset[Reads] = frozenset()
    source_label: str = ""
    """What the editor and the dashboard call its source, where that is not the document: «Сведения для
    самооценки»."""
    import_cue: ImportCue | None = None
    """None: ``msoko import`` does not make sources of this kind."""
    title: str = ""
    """For a kind without a source: its documents' title, from ``{monitoring}`` (the Положение's subject in the
    genitive, «мониторинга качества подготовки обучающихся») and ``{year}``."""
    approving: str = ""
    """For a kind without a source: the key of the kind whose document of the same mechanism approves its documents
    as an appendix (the приказ об итогах approves the аналитическая справка)."""
    act: ActKind | None = None
    """For a kind whose documents are acts of the authority: the act's kind («приказ»)."""
    due: str = "справк"
    """For a kind without a source: the stem by which the Положение's schedule names its documents' deadline
    («рекомендац»); where the schedule names none, they are dated as the аналитическая справка is."""
    evidences: tuple[str, ...] = ()
    """The steps of the management cycle its documents evidence in the self-assessment (by its label as the kind of
    evidence: «аналитическая справка»)."""

    @property
    def has_source(self) -> bool:
        return self.source is not None

    @property
    def source_name(self) -> str:
        return self.source_label or self.label

    @property
    def schema_file(self) -> str:
        return f"{self.key}.schema.json"

    @property
    def schema_reference(self) -> str:
        """The JSON Schema as a source of this kind names it in its first line, relative to the source."""
        return "../" * self.own_source.count("/") + f".schema/{self.schema_file}"

    @property
    def own_source(self) -> str:
        assert self.source is not None, f"the kind {self.key} has no source of its own"
        return self.source

    def path(self, layout: ProjectLayout, subject: str = "") -> Path:
        return layout.regulations / self.own_source.replace(SUBJECT, subject)

    def folder(self, layout: ProjectLayout) -> Path:
        """Where its sources lie: ``regulations/`` or, for one per mechanism, their own folder."""
        return self.path(layout).parent

    def files(self, layout: ProjectLayout) -> list[Path]:
        """The sources of a kind with one per mechanism, sorted by file name."""
        return yaml_files(self.folder(layout))

    def id_for(self, subject: str = "") -> str:
        return self.document_id.replace(SUBJECT, subject)

    def subject_of(self, document_id: str) -> str | None:
        """The mechanism ``document_id`` names, for a kind with one source per mechanism; else None."""
        if self.per is not Per.MECHANISM:
            return None
        head, _, tail = self.document_id.partition(SUBJECT)
        found = re.fullmatch(re.escape(head) + r"([0-9]+(?:\.[0-9]+)*)" + re.escape(tail), document_id)
        return found.group(1) if found else None


REGULATION = DocumentKind(
    "regulation",
    "Положение о мониторинге",
    MonitoringRegulation,
    f"mechanisms/{SUBJECT}.yaml",
    f"polozhenie-{SUBJECT}",
    per=Per.MECHANISM,
    import_cue=ImportCue(),
)
MSOKO = DocumentKind(
    "msoko",
    "Положение о МСОКО",
    MsokoRegulation,
    "msoko.yaml",
    "polozhenie-msoko",
    reads=frozenset({Reads.REGULATIONS, Reads.CRITERIA}),  # the criteria of the self-assessment: its appendix
    import_cue=ImportCue(names=r"^(?!.*мониторинг).*(?:\bсистем\w*\s+оценки\s+качества\s+образования|\bмсоко\b)"),
)
CONCEPT = DocumentKind(
    "concept", "Концепция", Concept, "concept.yaml", "koncepciya", optional=True, reads=frozenset({Reads.REGULATIONS})
)
ROADMAP = DocumentKind("roadmap", "Дорожная карта", Roadmap, "roadmap.yaml", "dorozhnaya-karta", optional=True)
EVALUATION = DocumentKind(
    "evaluation",
    "Самооценка",
    Evaluation,
    "evaluation.yaml",
    "samoocenka",
    optional=True,
    reads=frozenset({Reads.REGULATIONS, Reads.CRITERIA, Reads.DATA}),
    source_label="Сведения для самооценки",
)

ANALYSIS = DocumentKind(
    "analysis",
    "Аналитическая справка",
    YearDocument,
    None,
    f"spravka-{SUBJECT}",
    per=Per.MECHANISM,
    reads=frozenset({Reads.DATA}),
    title="Аналитическая справка по итогам {monitoring} в {year} году",
    approving="results_order",
    evidences=("analysis",),
)
RECOMMENDATIONS = DocumentKind(
    "recommendations",
    "Адресные рекомендации",
    YearDocument,
    None,
    f"rekomendacii-{SUBJECT}",
    per=Per.ORGANIZATION,
    reads=frozenset({Reads.DATA}),
    title="Адресные рекомендации по итогам {monitoring} в {year} году",  # and «для» the organization
    due="рекомендац",
    evidences=("recommendations",),
)
RESULTS_ORDER = DocumentKind(
    "results_order",
    "Приказ об итогах мониторинга",
    YearDocument,
    None,
    f"prikaz-itogi-{SUBJECT}",
    per=Per.MECHANISM,
    reads=frozenset({Reads.DATA}),
    title="Об итогах {monitoring} в {year} году",
    act="приказ",
    evidences=("decisions",),
)

KINDS: dict[str, DocumentKind] = {
    kind.key: kind
    for kind in (REGULATION, MSOKO, CONCEPT, ROADMAP, EVALUATION, ANALYSIS, RECOMMENDATIONS, RESULTS_ORDER)
}
"""Every kind by its key, in the order the plan lists their documents (the acts that approve them follow)."""


def year_mechanism(document_id: str) -> str | None:
    """The mechanism of the document ``document_id`` names when it is of a kind without a source (one the monitoring
    year's data made: «1.1» of «rekomendacii-1.1-sosh-7»); else None."""
    for kind in KINDS.values():
        head, _, tail = kind.document_id.partition(SUBJECT)
        pattern = re.escape(head) + r"([0-9]+(?:\.[0-9]+)*)(?:-[\w.\-]*)?" + re.escape(tail)
        found = None if kind.has_source else re.fullmatch(pattern, document_id)
        if found:
            return found.group(1)
    return None


def sourced_kinds() -> list[DocumentKind]:
    """The kinds whose documents have a source of their own, which the loader reads."""
    return [kind for kind in KINDS.values() if kind.has_source]


def source_kind(layout: ProjectLayout, path: Path) -> DocumentKind | None:
    """The kind whose source ``path`` is, if any."""
    for kind in sourced_kinds():
        one_per_project = kind.per is Per.PROJECT
        if (one_per_project and path == kind.path(layout)) or (
            not one_per_project and path.parent == kind.folder(layout)
        ):
            return kind
    return None

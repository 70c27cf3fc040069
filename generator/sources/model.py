"""The project model: every source of one project, validated and cross-referenced, as later stages see it."""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from schemas.acts import Act
from schemas.catalog import CatalogEdition, Mechanism
from schemas.concept import Concept
from schemas.citations import Citations
from schemas.diagnostics import Diagnostic
from schemas.glossary import Glossary
from schemas.organizations import Organizations
from schemas.evaluation import CriteriaSet, Evaluation
from schemas.profile import Project
from schemas.regulation import MonitoringRegulation
from schemas.umbrella import MsokoRegulation
from schemas.roadmap import Roadmap

from ..project import ProjectLayout
from .kinds import CONCEPT, EVALUATION, MSOKO, ROADMAP, DocumentKind, DocumentModel
from .load import SourceFile

if typing.TYPE_CHECKING:
    from .alone import Alone

Model = TypeVar("Model", bound=BaseModel)


class Loaded(typing.Generic[Model]):
    """A validated model beside the source it came from.

    A Положение's model is not kept (:meth:`remade`): a thousand of them would hold about 70 MB of Python objects,
    and the stages read one Положение at a time. It is validated again from the source's packed data when read
    (about 0.1 ms), and the few made last are kept for the next reads."""

    __slots__ = ("source", "_model", "_made_by")

    def __init__(self, model: Model, source: SourceFile) -> None:
        self.source = source
        self._model: Model | None = model
        self._made_by: type[Model] | None = None

    @classmethod
    def remade(cls, model_class: type[Model], source: SourceFile) -> Loaded[Model]:
        """A source known to validate as ``model_class``, whose model is made again from its data when read."""
        loaded = cls.__new__(cls)
        loaded.source, loaded._model, loaded._made_by = source, None, model_class
        return loaded

    @property
    def model(self) -> Model:
        return self._model if self._model is not None else _remade(self)


@functools.lru_cache(maxsize=16)
def _remade(loaded: Loaded[Model]) -> Model:
    """A Положение's model made again, the few made last kept: a stage reads one Положение's fields one after
    another, and the self-assessment's evidence a few Положения in turn."""
    assert loaded._made_by is not None
    return loaded._made_by.model_validate(loaded.source.data)


@dataclass(frozen=True)
class DocumentSource:
    """A document an act can approve, found in the sources whether or not it validated."""

    id: str
    kind: DocumentKind
    subject: str
    """The mechanism's code for a kind with one document per mechanism, else the kind's key («msoko»)."""
    source: SourceFile
    loaded: Loaded[Any] | None
    """Its model with the source, when it validated."""

    @property
    def model(self) -> DocumentModel | None:
        return typing.cast(DocumentModel, self.loaded.model) if self.loaded else None


@dataclass
class ProjectSources:
    """Everything the later stages need, validated and cross-referenced."""

    layout: ProjectLayout
    profile: Loaded[Project] | None = None
    catalog: Loaded[CatalogEdition] | None = None
    regulations: list[Loaded[MonitoringRegulation]] = field(default_factory=list)
    mechanism_sources: list[SourceFile] = field(default_factory=list)
    """Every Положение that parsed as YAML, valid or not: references are checked on all of them."""
    singles: dict[str, Loaded[Any]] = field(default_factory=dict)
    """The valid document of each kind a project has one of, by the kind's key."""
    criteria: Loaded[CriteriaSet] | None = None
    glossary: Loaded[Glossary] | None = None
    citations: Loaded[Citations] | None = None
    organizations: Loaded[Organizations] | None = None
    """regulations/organizations.yaml, once checked (:func:`~generator.sources.checked.check_whole`)."""
    acts_loaded: dict[str, Loaded[Act]] = field(default_factory=dict)
    act_sources: dict[str, SourceFile] = field(default_factory=dict)
    """Every act that parsed as YAML, by identifier (its file name)."""
    documents: list[DocumentSource] = field(default_factory=list)
    unvalidated_mechanisms: set[str] = field(default_factory=set)
    """Mechanisms whose Положение exists but failed to load: not reported again as missing."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text_findings: dict[str, list[Diagnostic]] = field(default_factory=dict)
    """The text rules' warnings on a source, by its displayed path, where they were found as it was read (on
    the core that read it); ``check_consistency`` reports them, and finds those of the other sources."""
    alone: dict[str, Alone] = field(default_factory=dict)
    """The check's findings on each Положение alone, by its displayed path, where they were found as it was read
    (:mod:`.alone`); the check of the whole reports them, and finds those of the other sources."""

    computed: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """What a later stage computed from the validated project once, by name (the monitoring year's results and
    documents, which the planner, the renderer and the self-assessment all read)."""

    _indexes: dict[str, tuple[tuple, dict]] = field(default_factory=dict, repr=False, compare=False)
    """Lookups by code and id, built once and rebuilt only when what they index was replaced or grew:
    the later stages ask for every mechanism and document, and a scan each time grows as n²."""

    @property
    def mechanisms(self) -> dict[str, Mechanism]:
        """The chosen edition's mechanisms plus the local ones, by code (do not change the dict)."""

        def build() -> dict:
            found: dict[str, Mechanism] = {}
            if self.catalog:
                found.update((m.code, m) for m in self.catalog.model.mechanisms)
            if self.profile:
                for mechanism in self.profile.model.local_mechanisms:
                    found.setdefault(mechanism.code, mechanism)
            return found

        return self._index("mechanisms", (id(self.catalog), id(self.profile)), build)

    @property
    def msoko(self) -> Loaded[MsokoRegulation] | None:
        return self.singles.get(MSOKO.key)

    @property
    def concept(self) -> Loaded[Concept] | None:
        return self.singles.get(CONCEPT.key)

    @property
    def roadmap(self) -> Loaded[Roadmap] | None:
        return self.singles.get(ROADMAP.key)

    @property
    def evaluation(self) -> Loaded[Evaluation] | None:
        return self.singles.get(EVALUATION.key)

    @property
    def acts(self) -> dict[str, Act]:
        return self._index(
            "acts",
            (id(self.acts_loaded), len(self.acts_loaded)),
            lambda: {act_id: loaded.model for act_id, loaded in self.acts_loaded.items()},
        )

    def document(self, document_id: str) -> DocumentSource | None:
        by_id = self._index(
            "documents", (id(self.documents), len(self.documents)), lambda: _first_by(self.documents, lambda d: d.id)
        )
        return by_id.get(document_id)

    def document_of(self, kind: DocumentKind, subject: str = "") -> DocumentSource | None:
        """The document of ``kind`` (about mechanism ``subject``), found whether or not it validated."""
        return self.document(kind.id_for(subject))

    def regulation_for(self, code: str) -> Loaded[MonitoringRegulation] | None:
        by_code = self._index(
            "regulations",
            (id(self.regulations), len(self.regulations)),
            lambda: _first_by(self.regulations, lambda r: r.model.mechanism),
        )
        return by_code.get(code)

    def _index(self, name: str, key: tuple, build: Callable[[], dict]) -> dict:
        cached = self._indexes.get(name)
        if cached is None or cached[0] != key:
            cached = self._indexes[name] = (key, build())
        return cached[1]

    @property
    def valid_profile(self) -> Loaded[Project]:
        """The profile of a project past validation (where a missing one already stopped the command)."""
        assert self.profile is not None, "the profile is read before anything uses it"
        return self.profile

    @property
    def valid_catalog(self) -> Loaded[CatalogEdition]:
        assert self.catalog is not None, "the catalog is read before anything uses it"
        return self.catalog

    @property
    def valid_criteria(self) -> Loaded[CriteriaSet]:
        assert self.criteria is not None, "the criteria are read before anything uses it"
        return self.criteria

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


def _first_by(items: list, key: Callable) -> dict:
    """Each item by its key; the first wins, as a scan would find it."""
    found: dict = {}
    for item in items:
        found.setdefault(key(item), item)
    return found

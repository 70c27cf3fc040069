"""The year's documents on its monitoring pages: the аналитическая справка, the адресные рекомендации and the приказ
об итогах of each mechanism, each linked to its page once a rebuild has made it (:mod:`generator.monitoring.year`
says which documents a year has)."""

from __future__ import annotations

from dataclasses import dataclass

from ..build.status import status
from ..monitoring.year import DerivedDocument, fixed_year, left_out, monitoring_year
from ..russian.typography import typograph_text
from ..sources.model import ProjectSources


@dataclass(frozen=True)
class DocumentLink:
    mechanism: str
    title: str
    link: str
    """The document's page; "" until a rebuild has made it."""
    addressee: str = ""
    """The organization a letter (адресные рекомендации) is for, by its short name."""
    stale: bool = False
    """Made, but behind its sources (the data changed since the rebuild): what it says is no longer so."""


@dataclass(frozen=True)
class YearDocuments:
    fixed: int | None
    """The profile's year, every mechanism's documents' when set; else each mechanism's are of its latest year with
    data."""
    documents: list[DocumentLink]
    """Those of the year asked for, in the order the rebuild makes them."""
    elsewhere: tuple[str, ...] = ()
    """Which mechanisms' documents are of another year than the one asked for, and of which."""
    left_out: tuple[str, ...] = ()
    """Which mechanisms have no documents of the profile's year for want of its data, and how to have them: what
    `msoko regen` warns of."""

    @property
    def stale(self) -> bool:
        return any(document.stale for document in self.documents)

    def of(self, mechanism: str) -> list[DocumentLink]:
        return [document for document in self.documents if document.mechanism == mechanism]


def year_documents(project: ProjectSources, year: int) -> YearDocuments:
    fixed = fixed_year(project)
    found = monitoring_year(project) if fixed in (None, year) else None
    if found is None:
        return YearDocuments(fixed, [])
    output = project.layout.output
    stale = {decision.target.id for decision in status(project).stale}
    return YearDocuments(
        fixed,
        [
            DocumentLink(
                document.model.mechanism,
                typograph_text(_titled(document)),
                f"/documents/{document.id}" if (made := (output / f"{document.id}.docx").is_file()) else "",
                typograph_text(results.respondents[document.model.organization].short_name)
                if document.model.organization
                else "",
                made and document.id in stale,
            )
            for document in found.documents
            if document.model.year == year
            for results in [found.results[document.model.mechanism]]
        ],
        tuple(found.elsewhere_lines(year)),
        tuple(warning.message for warning in left_out(project, found)),
    )


def _titled(document: DerivedDocument) -> str:
    """A document's title as a list names it: an act's with its kind («Приказ «Об итогах …»»)."""
    act = document.kind.act
    return f"{act[:1].upper()}{act[1:]} «{document.model.title}»" if act else document.model.title

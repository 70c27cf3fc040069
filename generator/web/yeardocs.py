"""The year's documents on its monitoring pages: the аналитическая справка, the адресные рекомендации and the приказ
об итогах of each mechanism, each linked to its page once a rebuild has made it (:mod:`generator.monitoring.year`
says which documents a year has)."""

from __future__ import annotations

from dataclasses import dataclass

from ..build.status import status
from ..monitoring.year import DerivedDocument, left_out, monitoring_year, year_of
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
    year: int | None
    """The year msoko makes the documents for (the project's, else the latest with data)."""
    documents: list[DocumentLink]
    """Those of the year asked for, in the order the rebuild makes them; none when it is another year."""
    left_out: tuple[str, ...] = ()
    """Which mechanisms have no documents of the year for want of its data, and how to have them (the profile's
    year): what `msoko regen` warns of."""

    @property
    def stale(self) -> bool:
        return any(document.stale for document in self.documents)

    def of(self, mechanism: str) -> list[DocumentLink]:
        return [document for document in self.documents if document.mechanism == mechanism]


def year_documents(project: ProjectSources, year: int) -> YearDocuments:
    made_for = year_of(project)
    found = monitoring_year(project) if made_for == year else None
    if found is None:
        return YearDocuments(made_for, [])
    output = project.layout.output
    stale = {decision.target.id for decision in status(project).stale}
    return YearDocuments(
        made_for,
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
            for results in [found.results[document.model.mechanism]]
        ],
        tuple(warning.message for warning in left_out(project, found)),
    )


def _titled(document: DerivedDocument) -> str:
    """A document's title as a list names it: an act's with its kind («Приказ «Об итогах …»»)."""
    act = document.kind.act
    return f"{act[:1].upper()}{act[1:]} «{document.model.title}»" if act else document.model.title

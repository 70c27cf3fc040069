"""The year's documents on its monitoring pages: the аналитическая справка, the адресные рекомендации and the приказ
об итогах of each mechanism, each linked to its page once a rebuild has made it (:mod:`generator.monitoring.year`
says which documents a year has)."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from schemas.base import code_sort_key

from ..build.status import status
from ..build.write import year_folder
from ..docx.archive import open_package, read_parts
from ..monitoring.roster import year_roster
from ..monitoring.year import ADDRESSED, MonitoringYear, fixed_year, left_out, monitoring_year
from ..russian.typography import typograph_text
from ..sources.kinds import KINDS, Per, year_mechanism
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
    kept: bool = False
    """Of a year its mechanism's documents are no longer made for, kept in the year's folder of output/ as the
    rebuild that moved them on left it: a file to download, not a page."""


@dataclass(frozen=True)
class YearDocuments:
    fixed: int | None
    """The profile's year, every mechanism's documents' when set; else each mechanism's are of its latest year with
    data."""
    documents: list[DocumentLink]
    """Those of the year asked for, and those kept of it (:func:`kept`), by mechanism, each's in the order the
    rebuild makes them."""
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
    found = monitoring_year(project)
    if found is None:
        return YearDocuments(fixed, [])
    if fixed not in (None, year):  # every mechanism's documents are of the profile's year: those kept of this one
        return YearDocuments(fixed, kept(project, found, year))
    output = project.layout.output
    stale = {decision.target.id for decision in status(project).stale}
    return YearDocuments(
        fixed,
        sorted(
            [
                DocumentLink(
                    document.model.mechanism,
                    typograph_text(_with_act(document.kind.act, document.model.title)),
                    f"/documents/{document.id}" if (made := (output / f"{document.id}.docx").is_file()) else "",
                    typograph_text(results.respondents[document.model.organization].short_name)
                    if document.model.organization
                    else "",
                    made and document.id in stale,
                )
                for document in found.documents
                if document.model.year == year
                for results in [found.results[document.model.mechanism]]
            ]
            + kept(project, found, year),
            key=lambda document: code_sort_key(document.mechanism),  # the mechanisms in order, the kept ones among them
        ),
        tuple(found.elsewhere_lines(year)),
        tuple(warning.message for warning in left_out(project, found)),
    )


def kept(project: ProjectSources, found: MonitoringYear, year: int) -> list[DocumentLink]:
    """The documents of ``year`` kept in its folder of output/ (``output/2024/``) of the mechanisms whose documents
    are now of another year, each by the title it was made with, listed as the rebuild makes them: by kind."""
    folder = year_folder(project.layout, year)
    moved_on = {code for code, results in found.results.items() if results.year != year}
    if not moved_on or not folder.is_dir() or folder.is_symlink():
        return []
    names = _short_names(project, year)
    rank = {key: index for index, key in enumerate(names)}
    links: list[tuple[tuple, DocumentLink]] = []
    for order, kind in enumerate(kind for kind in KINDS.values() if not kind.has_source):
        for path in folder.glob(f"{kind.id_for()}*.docx"):
            code = year_mechanism(path.stem)
            if code not in moved_on or not path.is_file() or path.is_symlink():
                continue
            key = path.stem.removeprefix(f"{kind.id_for(code)}-") if kind.per is Per.ORGANIZATION else ""
            title = _title_of(path)
            link = DocumentLink(
                code,
                typograph_text(_with_act(kind.act, title)),
                f"/download/{year}/{path.name}",
                typograph_text(names.get(key) or title.partition(ADDRESSED)[2]) if key else "",
                kept=True,
            )
            links.append(((code_sort_key(code), order, rank.get(key, len(rank)), path.name), link))
    return [link for _, link in sorted(links, key=lambda pair: pair[0])]


def _short_names(project: ProjectSources, year: int) -> dict[str, str]:
    """The organizations of ``year`` by their short names."""
    listed = project.organizations.model.organizations if project.organizations else ()
    return {
        organization.id: organization.short_name for organization in year_roster(project.layout, year, tuple(listed))[0]
    }


def _title_of(path: Path) -> str:
    """The title a document was made with (its properties'), or its file's name when it has none that reads."""
    try:
        with open_package(path) as archive:
            core = read_parts(archive, ["docProps/core.xml"]).get("docProps/core.xml", b"")
        title = etree.fromstring(core).find("{http://purl.org/dc/elements/1.1/}title") if core else None
    except (OSError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return path.name
    return title.text if title is not None and title.text else path.name


def _with_act(act: str | None, title: str) -> str:
    """A document's title as a list names it: an act's with its kind («Приказ «Об итогах …»»)."""
    return f"{act[:1].upper()}{act[1:]} «{title}»" if act else title

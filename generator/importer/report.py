"""What an import found: the mapped data, where each field came from, and the report shown to the user."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel

from ..messages import importer as messages
from ..sources.kinds import REGULATION, DocumentKind
from .requisites import Act


def field_title(path: str, model: type[BaseModel]) -> str:
    """A field's Russian title from the schema of the source being made («use_of_results.analysis» → «анализ
    результатов»): the same words `check` and the forms use, never a second list that drifts from them."""
    owner: type[BaseModel] | None = model
    title = path
    for key in path.split("."):
        info = owner.model_fields.get(key) if owner is not None else None
        if info is None:
            return path
        title = info.title or key
        annotation = info.annotation
        owner = annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    return title


@dataclass
class ImportReport:
    """What was mapped (with where from), what was guessed, what was kept unmapped, and the requisites
    (stamp, marks, signature, «Согласовано», «Лист ознакомления») recognised and left out of the body."""

    read: list[str] = field(default_factory=list)
    """How the file was read: converted, a PDF's lines joined, a scan recognised, tracked changes accepted."""
    mapped: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    requisites: list[str] = field(default_factory=list)

    def parts(self) -> list[tuple[str, str, list[str]]]:
        """(key for --format json, title shown to people, lines), in the order the report prints them."""
        return [
            ("notes", messages.IMPORT_READ, self.read),
            ("mapped", messages.IMPORT_MAPPED, list(dict.fromkeys(self.mapped))),
            ("requisites", messages.IMPORT_REQUISITES, self.requisites),
            ("guessed", messages.IMPORT_GUESSED, list(dict.fromkeys(self.guessed))),
            ("unmapped", messages.IMPORT_UNMAPPED, self.unmapped),
        ]


@dataclass
class ImportedRegulation:
    data: dict
    origins: dict[str, str]
    report: ImportReport
    act: Act | None
    """The act named by the approval stamp or, failing it, by the appendix mark."""
    kind: DocumentKind = REGULATION
    """The kind of document its title names."""
    mechanism_lines: list[tuple[str, str]] = field(default_factory=list)
    """The umbrella's list of mechanisms as typed, with where each line came from; mapped to codes later."""

    @property
    def title(self) -> str:
        return self.data["title"]


def append_unmapped(data: dict, where: str, text: str) -> None:
    """Keep text no field took, under a bold note of where it was, in the ``unmapped`` field check flags."""
    data["unmapped"] = "\n\n".join(filter(None, [data.get("unmapped", ""), f"**{where}:**\n\n{text}"]))

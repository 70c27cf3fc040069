"""A kind of document msoko does not have, made as a new kind is: its model (which would go to ``schemas/``), its
body (``documents/``) and its template; ``register`` adds its two entries to the registries for one test."""

from __future__ import annotations

import shutil
from pathlib import Path

from pydantic import Field

from generator.documents.body import Body
from generator.documents.kinds import RENDERING, Rendering
from generator.project import BUILTIN_TEMPLATES
from generator.sources.kinds import KINDS, DocumentKind, ImportCue, Reads
from schemas.base import Identifier, Markdown, SourceModel, Text


class Program(SourceModel):
    """regulations/program.yaml: the Программа развития МСОКО."""

    title: Text = Field(title="название", description="Название программы.")
    approved_by: Identifier | None = Field(default=None, title="утверждено актом", description="Приказ об утверждении.")
    goal: Markdown = Field(title="цель", description="Цель программы.")
    tasks: list[Text] = Field(min_length=1, title="задачи", description="Задачи программы.")
    measures: Markdown = Field(default="", title="мероприятия", description="Основные мероприятия программы.")
    unmapped: Markdown = Field(
        default="", title="не распознано при импорте", description="Текст, не отнесённый к полям."
    )


def program_body(program: Program, width_mm: float) -> Body:
    body = Body(width_mm)
    body.part("Цель Программы", program.goal)
    body.section("Задачи Программы")
    body.clauses(program.tasks)
    body.part("Основные мероприятия", program.measures, optional=True)
    return body


PROGRAM = DocumentKind(
    "program",
    "Программа развития МСОКО",
    Program,
    "program.yaml",
    "programma",
    optional=True,
    reads=frozenset({Reads.REGULATIONS}),
    import_cue=ImportCue(
        opens="программа",
        then=r"\w",
        sections=(("goal", (("цел",),)), ("tasks", (("задач",),)), ("measures", (("мероприят",),))),
    ),
)
TEMPLATE = "program.docx"


def register(monkeypatch) -> None:
    """The kind in both registries, for the test that asks (monkeypatch undoes it)."""
    monkeypatch.setitem(KINDS, PROGRAM.key, PROGRAM)
    monkeypatch.setitem(
        RENDERING,
        PROGRAM.key,
        Rendering(
            TEMPLATE,
            "portrait",
            build=lambda project, model, width, _: program_body(model, width),
            subject=lambda project, _: "Программа развития МСОКО",
        ),
    )


def install_template(root: Path) -> None:
    """The kind's own template, in the project (a copy of the usual one: the body is what differs)."""
    (root / "templates").mkdir(exist_ok=True)
    shutil.copy(BUILTIN_TEMPLATES / "document.docx", root / "templates" / TEMPLATE)

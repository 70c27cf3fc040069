"""Rendering on several cores gives the bytes one process gives, and a user's error comes back whole."""

from __future__ import annotations

import pickle

from schemas.diagnostics import Diagnostic, Location

from generator.build.plan import plan_targets
from generator.build.render import render_all
from generator.errors import MsokoError
from generator.project import ProjectLayout
from generator.sources.checked import valid_project


def test_parallel_render_is_byte_identical_to_serial(example) -> None:
    project = valid_project(ProjectLayout(example.root))
    targets = plan_targets(project)
    serial = list(render_all(project, targets, workers=1))
    parallel = list(render_all(project, targets, workers=2))
    assert len(serial) == len(targets) > 10
    assert [len(data) for data in parallel] == [len(data) for data in serial]
    assert parallel == serial


def test_a_users_error_survives_the_trip_from_a_worker() -> None:
    error = MsokoError([Diagnostic.error(Location("templates/polozhenie.docx"), "шаблон не читается", code="template")])
    copy = pickle.loads(pickle.dumps(error))
    assert copy.diagnostics == error.diagnostics
    assert str(copy) == "шаблон не читается"

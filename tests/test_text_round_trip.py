"""Every string typed in a text field comes back as the same text: «yes», «no», «on», «off», «null», «~»,
«1e3», «0x1F», «12:30»… are quoted where YAML 1.1 or 1.2 would read them as another type (the web
editor's round-trip writer and the importer's)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.importer.source import dump
from generator.project import ProjectLayout
from generator.sources.load import read_source
from generator.web import sourcefile
from generator.web.forms import build_form, read_form
from schemas.base import XML_FORBIDDEN
from schemas.regulation import MonitoringRegulation
from tests.conftest import REPO

from .test_web import ORIGIN, client, form_values  # noqa: F401 (a fixture)

TYPED = [
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "Y",
    "N",
    "true",
    "False",
    "NO",
    "null",
    "Null",
    "~",
    "1e3",
    "0x1F",
    "0o17",
    "12:30",
    "1_000",
    "+1",
    "-.5",
    ".inf",
    ".NaN",
    "2021-03-15",
    "2021-03-15 10:00:00",
    "=",
    "<<",
    "1.10",
    "0b101",
    "007",
    "190:20:30",
]
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Removed by the loader with a warning: not text that round-trips."""
SOURCE = REPO / "regulations" / "mechanisms" / "1.1.yaml"
PLAIN_TEXT = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(
        lambda text: text and not XML_FORBIDDEN.search(text) and not BIDI_CONTROLS.search(text) and "\ufeff" not in text
    )
)


def saved_by_the_form(text: str, tmp: Path) -> tuple[object, object]:
    """``text`` typed into the goal and the title of a Положение, written as the editor writes it and read
    back as ``msoko check`` reads it."""
    document = sourcefile.parse(SOURCE.read_text(encoding="utf-8"))
    form = build_form(MonitoringRegulation, sourcefile.plain(document))
    submitted = {field.name: str(field.value) for field in form.walk() if field.path and not field.children}
    submitted.update(goal=text, title=text)
    written = sourcefile.dump(sourcefile.merged(document, form, read_form(form, submitted)))
    path = tmp / "1.1.yaml"
    path.write_text(written, encoding="utf-8")
    source, problems = read_source(path, "1.1.yaml")
    assert source is not None and not problems, problems
    return source.data["goal"].removesuffix("\n"), source.data["title"]  # prose keeps its «|» block


def imported(text: str, tmp: Path) -> object:
    path = tmp / "imported.yaml"
    path.write_text(dump({"goal": text}), encoding="utf-8")
    source, problems = read_source(path, "imported.yaml")
    assert source is not None and not problems
    return source.data["goal"]


def test_words_yaml_would_take_for_another_type_stay_text(tmp_path):
    for text in TYPED:
        assert saved_by_the_form(text, tmp_path) == (text, text), text
        assert imported(text, tmp_path) == text, text
        assert sourcefile.parse(dump({"goal": text}))["goal"] == text  # the editor's own reader agrees


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(PLAIN_TEXT, st.sampled_from(TYPED), st.sampled_from(TYPED).map(str.upper)))
def test_any_text_round_trips_through_the_form_and_the_importer(tmp_path, text):
    assert saved_by_the_form(text, tmp_path) == (text, text)
    assert imported(text, tmp_path) == text


def test_yes_saved_from_the_web_form_is_the_text_yes(client, example):
    path = "regulations/mechanisms/1.1.yaml"
    values = form_values(client.get(f"/source/{path}").text)
    values["title"] = "yes"
    values["indicators.0.target"] = "on"
    response = client.post(f"/source/{path}", data=values, headers=ORIGIN)
    assert response.status_code == 200 and "Сохранено." in response.text, response.text[-3000:]
    assert "ожидается текст" not in response.text
    source, _ = read_source(example.path(path), path)
    assert source.data["title"] == "yes" and source.data["indicators"][0]["target"] == "on"
    assert ProjectLayout(example.root).regulations.is_dir()

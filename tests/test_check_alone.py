"""The check of each Положение alone, found where it is read (``generator/sources/alone.py``), says what the check
of the whole project says when it finds the same itself: the same diagnostics in the same order, the same coverage."""

from __future__ import annotations

from generator.project import ProjectLayout
from generator.sources.checked import check_whole
from generator.sources.validate import load_project

M11 = "regulations/mechanisms/1.1.yaml"
M12 = "regulations/mechanisms/1.2.yaml"


def _break(example) -> None:
    """A fault for each rule that reads a Положение alone, in two Положения."""
    example.replace(
        M11,
        "Мониторинг проводится ежегодно.",
        "Мониторинг проводится ежегодно и/или по запросу, с участием отрядов «Движения первых», по методике ФЫВАП.",
    )
    example.replace(M11, "приказом УО от 15.03.2021 № 112", "приказом УО от 16.03.2021 № 112")
    example.replace(M11, "period: учебный год", "period: календарный год")
    example.replace(M11, "deadline: до 25 сентября", "deadline: до 1 мая")
    example.replace(M11, "- {lower: 60, upper: 80, points: 1}", "- {lower: 50, upper: 85, points: 1}")
    example.replace(M11, "вносятся приказом УО.", "вносятся приказом УО от 01.02.2020 № 99.")
    example.replace(M12, "\ngoal: |\n  Повышение качества", "\ngoal: |\n  ЗАПОЛНИТЕ. Повышение качества")


def test_what_each_regulation_finds_alone_is_what_the_whole_check_finds(example):
    _break(example)
    layout = ProjectLayout(example.root)
    found_alone = load_project(layout, checked=True)
    assert found_alone.alone, "the Положения were not checked as they were read"
    coverage_alone = check_whole(found_alone)
    found_whole = load_project(layout)
    assert not found_whole.alone
    coverage_whole = check_whole(found_whole)
    codes = {d.code for d in found_whole.diagnostics}
    expected = {"colloquial", "anachronism", "citation-date", "consistency", "deadline-period", "scale-overlap"}
    assert expected | {"citation-unverified", "completeness"} <= codes
    assert found_alone.diagnostics == found_whole.diagnostics
    assert coverage_alone == coverage_whole

"""Scales as data (issue 23): one Russian wording of a band, the importer's reading of the usual wordings, and
each scale rule on a planted defect — in the sources (``check``, located at the band) and in a Положение typed
by someone else (``lint`` on DOCX and PDF). The example gives none of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from generator.scales.reading import value_range
from generator.review.pdf import convert_to_pdf
from generator.russian.scale import band_line, band_wording, range_wording
from schemas.regulation import ScoringBand, ValueRange

NBSP = "\u00a0"
MECH = "regulations/mechanisms/1.1.yaml"


@pytest.mark.parametrize(
    "band, unit, words",
    [
        ({"lower": 90}, "процент", "90 % и более"),
        ({"lower": 75, "upper": 90}, "процент", "75 % и более, но менее 90 %"),
        ({"upper": 75}, "процент", "менее 75 %"),
        ({"lower": 100, "upper": 100, "upper_inclusive": True}, "процент", "100 %"),
        (
            {"lower": 0, "lower_inclusive": False, "upper": 5, "upper_inclusive": True},
            "процент",
            "более 0 %, но не более 5 %",
        ),
        ({"upper": 1, "upper_inclusive": True}, "процент", "не более 1 %"),
        ({"lower": 75, "upper": 90, "upper_inclusive": True}, "процент", "от 75 до 90 % включительно"),
        ({"lower": 97.9}, "процент", "97,9 % и более"),
        ({"lower": 15}, "человек", "15 человек и более"),
        ({"lower": 5, "upper": 15}, "человек", "от 5 до 14 человек"),
        ({"upper": 5}, "человек", "менее 5 человек"),
        ({"lower": 1, "upper": 2}, "человек", "1 человек"),
        ({"lower": 0, "upper": 0, "upper_inclusive": True}, "единица", "0 единиц"),
        ({"lower": 1, "upper": 3}, "единица", "от 1 до 2 единиц"),
        ({"lower": 3}, "единица", "3 единицы и более"),
        ({"lower": 21}, "единица", "21 единица и более"),
        ({"upper": 2}, "единица", "менее 2 единиц"),
        ({"lower": 2.5, "upper": 21}, "балл", "2,5 балла и более, но менее 21 балла"),
        ({"answer": "да"}, "да/нет", "да"),
        ({"condition": "программа реализуется в полном объёме"}, "да/нет", "программа реализуется в полном объёме"),
    ],
)
def test_one_wording_for_every_band(band, unit, words):
    assert band_wording(ScoringBand(points=1, **band), unit) == words.replace(" %", f"{NBSP}%").replace(
        " человек", f"{NBSP}человек"
    ).replace(" единиц", f"{NBSP}единиц").replace(" балл", f"{NBSP}балл")


def test_a_band_line_and_a_sum_of_points():
    assert (
        band_line(ScoringBand(lower=75, upper=90, points=1), "процент")
        == f"75{NBSP}% и более, но менее 90{NBSP}%{NBSP}— 1{NBSP}балл"
    )
    assert range_wording(ValueRange(lower=3, upper=5), "балл", whole=True) == f"от 3 до 4{NBSP}баллов"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("от 75 до 89 %", {"lower": 75, "upper": 89, "upper_inclusive": True}),
        ("не менее 80 %", {"lower": 80}),
        ("свыше 5 %", {"lower": 5, "lower_inclusive": False}),
        ("более 2 %", {"lower": 2, "lower_inclusive": False}),
        ("до 5 %", {"upper": 5, "upper_inclusive": True}),
        ("менее 75 %", {"upper": 75}),
        ("80–100 %", {"lower": 80, "upper": 100, "upper_inclusive": True}),
        ("90 % и более", {"lower": 90}),
        ("не более 1 %", {"upper": 1, "upper_inclusive": True}),
        ("≥ 30 %", {"lower": 30}),
        ("от 1,1 до 2 %", {"lower": 1.1, "upper": 2, "upper_inclusive": True}),
        ("75 % и более, но менее 90 %", {"lower": 75, "upper": 90}),
        ("свыше 0 до 5 % включительно", {"lower": 0, "lower_inclusive": False, "upper": 5, "upper_inclusive": True}),
        ("от 5 до 14 человек", {"lower": 5, "upper": 14, "upper_inclusive": True}),
        ("3 нарушения и более", {"lower": 3}),
        ("100 %", {"lower": 100, "upper": 100, "upper_inclusive": True}),
        ("да", {"answer": "да"}),
        ("нет", {"answer": "нет"}),
        ("реализуется в полном объёме", None),
    ],
)
def test_import_reads_the_usual_wordings(text, expected):
    assert value_range(text) == expected


def test_every_band_of_the_generated_example_reads_back_as_itself(example):
    """Whatever the document prints, the parser gives back a range that prints the same."""
    import yaml

    for path in sorted(example.path("regulations/mechanisms").glob("*.yaml")):
        for indicator in yaml.safe_load(path.read_text(encoding="utf-8"))["indicators"]:
            for data in indicator["scoring"]:
                band = ScoringBand(**data)
                printed = band_wording(band, indicator["unit"])
                again = ScoringBand(points=band.points, **value_range(printed))
                assert band_wording(again, indicator["unit"]) == printed, (path.name, printed)


# --- check: planted defects in the sources, located at the band -----------------------------------------------


@pytest.mark.parametrize(
    "old, new, fragment, column, code, message",
    [
        (
            "{lower: 75, upper: 90, points: 1}",
            "{lower: 75, upper: 89, upper_inclusive: true, points: 1}",
            "{lower: 75, upper: 89",
            9,
            "scale-gap",
            "ошибка: шкала показателя 1.1.2: значения «более 89 %, но менее 90 %» не оценены — ни один уровень шкалы "
            "их "
            "не включает",
        ),
        (
            "{lower: 75, upper: 90, points: 1}",
            "{lower: 75, upper: 95, points: 1}",
            "{lower: 90, points: 2}",
            9,
            "scale-overlap",
            "ошибка: шкала показателя 1.1.2: значения «90 % и более, но менее 95 %» оценены дважды — уровнями «75 % и "
            "более, "
            "но менее 95 %» и «90 % и более»",
        ),
        (
            "{lower: 75, upper: 90, points: 1}",
            "{lower: 99, upper: 10, points: 1}",
            "{lower: 99, upper: 10",
            9,
            "scale-reversed",
            "ошибка: шкала показателя 1.1.2: в диапазоне «99 % и более, но менее 10 %» нет ни одного значения (нижняя "
            "граница не меньше верхней)",
        ),
        (
            "{lower: 98, points: 2}\n      - {lower: 95, upper: 98, points: 1}",
            "{lower: 97.5, points: 2}\n      - {lower: 95, upper: 97.5, points: 1}",
            "{lower: 97.5, points: 2}",
            9,
            "scale-precision",
            "предупреждение: шкала показателя 1.1.3: границы записаны с разной точностью (97,5 и 95); запишите все с "
            "одним "
            "числом знаков после запятой",
        ),
        (
            "{lower: 75, upper: 90, points: 1}",
            "{lower: 75, upper: 90, points: 3}",
            "{lower: 90, points: 2}",
            9,
            "scale-monotone",
            "ошибка: шкала показателя 1.1.2: баллы не возрастают и не убывают по шкале — «90 % и более» даёт 2, а "
            "соседний "
            "уровень «75 % и более, но менее 90 %» — 3",
        ),
        (
            "{lower: 75, upper: 90, points: 1}",
            "{lower: 75, upper: 90, condition: около 80 %, points: 1}",
            "condition: около 80 %",
            9,
            "scale-band-kind",
            "ошибка: шкала показателя 1.1.2: у уровня шкалы указано сразу несколько из: значение («от», «до»), ответ, "
            "условие словами; оставьте одно",
        ),
        (
            '  indicators: ["1.1.2", "1.1.5", "1.1.6"]',
            '  indicators: ["1.1.2", "1.1.3", "1.1.6"]',
            "  subject: ОО",
            12,
            "total-level",
            "ошибка: итоговая сумма баллов: сумма считается для каждой ОО, но показатели 1.1.3 собираются на другом "
            "уровне — "
            "их значение одно на округ, у отдельной организации его нет; уберите их из суммы или считайте сумму по "
            "округу",
        ),
    ],
)
def test_check_finds_each_planted_scale_defect_at_its_band(example, old, new, fragment, column, code, message):
    example.replace(MECH, old, new)
    result = example.run("check", "--format", "json")
    found = [d for d in result.json()["diagnostics"] if d["code"].startswith(("scale-", "total-"))]
    severity, text = message.split(": ", 1)
    assert [
        (d["file"], d["line"], d["column"], d["severity"], d["code"], d["message"].replace(NBSP, " ")) for d in found
    ] == [(MECH, example.line_of(MECH, fragment), column, SEVERITIES[severity], code, text)], found


def test_check_finds_a_group_the_maximum_cannot_reach(example):
    example.replace(
        MECH, "  bounds: проценты от максимума\n", ""
    )  # groups in points, the one of 10 and more beyond the maximum of 6
    example.replace(MECH, "    - {name: высокий уровень, lower: 80}", "    - {name: высокий уровень, lower: 10}")
    example.replace(
        MECH, "{name: средний уровень, lower: 50, upper: 80}", "{name: средний уровень, lower: 3, upper: 5}"
    )
    example.replace(MECH, "{name: низкий уровень, upper: 50}", "{name: низкий уровень, upper: 3}")
    result = example.run("check")
    assert result.exit_code == 1
    high, middle = example.line_of(MECH, "высокий уровень, lower: 10"), example.line_of(MECH, "средний уровень")
    assert (
        f"{MECH}:{high}:7: ошибка: итоговая сумма баллов: группа «высокий уровень» (10{NBSP}баллов и более) "
        f"недостижима — максимальная сумма баллов по показателям{NBSP}— 6"
    ) in result.output
    assert (
        f"{MECH}:{middle}:7: ошибка: итоговая сумма баллов: группы по сумме баллов: значения «от 5 до 6{NBSP}баллов» "
        "не оценены — ни один уровень шкалы их не включает"
    ) in result.output


SEVERITIES = {"ошибка": "error", "предупреждение": "warning"}


def test_the_example_gives_no_scale_finding(example):
    result = example.run("check")
    assert result.exit_code == 0 and "Итого: 0 ошибок, 0 предупреждений." in result.stdout, result.output


# --- lint: a Положение typed by someone else -----------------------------------------------------------------

GOOD = ["90 % и более — 2 балла", "75 % и более, но менее 90 % — 1 балл", "менее 75 % — 0 баллов"]
LEAD = "По сумме баллов ОО относится к одной из групп:"
GROUPS = ["высокий уровень — 4 балла;", "средний уровень — от 2 до 3 баллов;", "низкий уровень — менее 2 баллов."]


def _typed(path: Path, rows: list[tuple[str, str, str, list[str]]], criteria: list[str], headed: bool = False) -> Path:
    """A Положение as a municipality types it: an indicator table (code, name, unit, scale, a band a paragraph)
    and its criteria; ``headed``: under a heading «Показатели мониторинга», as ``import`` needs."""
    document = docx.Document()
    document.add_paragraph("Положение о мониторинге качества подготовки обучающихся")
    if headed:
        document.add_heading("Показатели мониторинга", 2)
    table = document.add_table(rows=1 + len(rows), cols=4)
    table.style = document.styles["Table Grid"]
    for cell, title in zip(table.rows[0].cells, ("№", "Показатель", "Единица измерения", "Шкала оценивания")):
        cell.text = title
    for row, (code, name, unit, bands) in zip(table.rows[1:], rows):
        row.cells[0].text, row.cells[1].text, row.cells[2].text = code, name, unit
        row.cells[3].text = bands[0]
        for band in bands[1:]:
            row.cells[3].add_paragraph(band)
    if headed:
        document.add_heading("Критерии оценивания", 2)
    else:
        document.add_paragraph("Критерии оценивания")
    for line in criteria:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _row(
    code: str, bands: list[str], name: str = "Доля обучающихся, выполнивших ВПР на базовом уровне", unit: str = "%"
) -> tuple[str, str, str, list[str]]:
    return code, name, unit, bands


def _lint(example, path: Path) -> list[tuple[str, str]]:
    result = example.run("lint", "--format", "json", str(path))
    return [
        (d["code"], d["message"].replace(NBSP, " "))
        for d in result.json()["diagnostics"]
        if d["code"].startswith(("scale-", "total-"))
    ]


PLANTED_IN_TYPED = [
    (
        ["90 % и более — 2 балла", "от 75 до 89 % — 1 балл", "менее 75 % — 0 баллов"],
        "%",
        "scale-gap",
        "абзац 10 «от 75 до 89 % — 1 балл»: шкала показателя 1.1: значения «более 89 %, но менее 90 %» не оценены — ни "
        "один уровень шкалы их не включает",
    ),
    (
        ["80 % и более — 2 балла", "от 75 до 90 % — 1 балл", "менее 75 % — 0 баллов"],
        "%",
        "scale-overlap",
        "абзац 9 «80 % и более — 2 балла»: шкала показателя 1.1: значения «от 80 до 90 % включительно» оценены дважды "
        "— "
        "уровнями «от 75 до 90 % включительно» и «80 % и более»",
    ),
    (
        ["от 99 до 10 % — 1 балл", "менее 99 % — 0 баллов", "99 % и более — 2 балла"],
        "%",
        "scale-reversed",
        "абзац 9 «от 99 до 10 % — 1 балл»: шкала показателя 1.1: в диапазоне «от 99 до 10 % включительно» нет ни "
        "одного "
        "значения (нижняя граница не меньше верхней)",
    ),
    (
        ["97,5 % и более — 2 балла", "95 % и более, но менее 97,5 % — 1 балл", "менее 95 % — 0 баллов"],
        "%",
        "scale-precision",
        "абзац 9 «97,5 % и более — 2 балла»: шкала показателя 1.1: границы записаны с разной точностью (97,5 и 95); "
        "запишите все с одним числом знаков после запятой",
    ),
    (
        ["90 % и более — 1 балл", "75 % и более, но менее 90 % — 2 балла", "менее 75 % — 0 баллов"],
        "%",
        "scale-monotone",
        "абзац 9 «90 % и более — 1 балл»: шкала показателя 1.1: баллы не возрастают и не убывают по шкале — «90 % и "
        "более» даёт 1, а соседний уровень «75 % и более, но менее 90 %» — 2",
    ),
    (
        ["100 % — 1 балл", "нет — 0 баллов"],
        "да/нет",
        "scale-band-kind",
        "абзац 9 «100 % — 1 балл»: шкала показателя 1.1: показатель с единицей «да/нет» оценивается ответом «да» или "
        "«нет», а не числом",
    ),
]
"""Scales typed by someone else, each with one defect, and the finding ``msoko lint`` gives for it."""


@pytest.mark.parametrize("bands, unit, code, message", PLANTED_IN_TYPED)
def test_lint_finds_each_planted_scale_defect_in_a_typed_docx(example, tmp_path, bands, unit, code, message):
    path = _typed(tmp_path / "typed.docx", [_row("1.1", bands, unit=unit)], [])
    assert _lint(example, path) == [(code, message)]


def test_lint_finds_unreachable_groups_and_a_total_per_oo_over_municipal_indicators(example, tmp_path):
    rows = [_row("1.1", GOOD), _row("1.2", GOOD, name="Доля ОО, в которых результаты ВПР подтверждены")]
    path = _typed(tmp_path / "typed.docx", rows, [LEAD, "высокий уровень — 10 баллов и более;", *GROUPS[1:]])
    assert _lint(example, path) == [
        (
            "total-level",
            "абзац 19 «По сумме баллов ОО относится к одной из…»: итоговая сумма баллов: сумма считается для каждой "
            "ОО, но "
            "показатели 1.2 собираются на другом уровне — их значение одно на округ, у отдельной "
            "организации его нет; уберите их из суммы или считайте сумму по округу",
        ),
        (
            "total-unreachable",
            "абзац 20 «высокий уровень — 10 баллов и более;»: итоговая сумма баллов: группа «высокий "
            "уровень» (10 баллов и более) недостижима — максимальная сумма баллов по показателям — 4",
        ),
        (
            "scale-gap",
            "абзац 21 «средний уровень — от 2 до 3 баллов;»: итоговая сумма баллов: группы по сумме баллов: "
            "значения «4 балла» не оценены — ни один уровень шкалы их не включает",
        ),
    ]


def test_a_clean_typed_scale_and_its_groups_give_nothing(example, tmp_path):
    path = _typed(tmp_path / "typed.docx", [_row("1.1", GOOD), _row("1.2", GOOD)], [LEAD, *GROUPS])
    assert _lint(example, path) == []


def test_lint_reads_a_gap_in_a_pdf(example, tmp_path, libreoffice):
    bands = ["90 % и более — 2 балла", "от 75 до 89 % — 1 балл", "менее 75 % — 0 баллов"]
    pdf = convert_to_pdf([_typed(tmp_path / "typed.docx", [_row("1.1", bands)], [])], tmp_path / "pdf")[0]
    found = _lint(example, pdf)
    assert [code for code, _ in found] == ["scale-gap"], found
    assert found[0][1].endswith(
        "шкала показателя 1.1: значения «более 89 %, но менее 90 %» не оценены — ни один уровень шкалы их не включает"
    )


def test_import_reports_a_band_that_stays_text(example, tmp_path):
    bands = [
        "программа реализуется в полном объёме — 2 балла",
        "программа реализуется частично — 1 балл",
        "программа не реализуется — 0 баллов",
    ]
    path = _typed(tmp_path / "typed.docx", [_row("1.1", bands, unit="да/нет")], [], headed=True)
    example.path(MECH).unlink()
    result = example.run("import", "--mechanism", "1.1", str(path))
    assert (
        "показатель 1.1: условия шкалы оставлены текстом («программа реализуется в полном объёме», «программа "
        "реализуется частично», «программа не реализуется») — это качественная шкала"
    ) in result.output, result.output


@pytest.mark.parametrize("bands, unit, code, message", PLANTED_IN_TYPED)
def test_import_then_check_finds_each_planted_scale_defect(example, tmp_path, bands, unit, code, message):
    """The same typed Положение imported, then checked: the defect is reported on the new source, by its code."""
    path = _typed(tmp_path / "typed.docx", [_row("1.1", bands, unit=unit)], [], headed=True)
    example.path(MECH).unlink()
    assert example.run("import", "--mechanism", "1.1", str(path)).exit_code == 0
    found = example.run("check", "--format", "json").json()["diagnostics"]
    assert code in {d["code"] for d in found if d["file"].endswith(MECH)}, [(d["code"], d["message"]) for d in found]


def test_a_total_without_groups_yet_blocks_nothing(example):
    """A methodologist names whose sum it is before the groups (found in a stranger's trial: the empty groups were
    a gap «from 0 to the maximum» that stopped every document's build)."""
    text = example.read(MECH)
    start = text.index("  groups:\n", text.index("total:"))
    end = text.index("\n", text.index("низкий уровень", start)) + 1
    example.write(MECH, text[:start] + text[end:])
    assert "groups" not in example.read(MECH)[example.read(MECH).index("total:") :].split("\n\n")[0]
    result = example.run("check", "--format", "json")
    assert result.exit_code == 0 and not [
        d for d in result.json()["diagnostics"] if d["code"].startswith(("scale", "total"))
    ]


def test_import_then_check_finds_unreachable_groups_and_a_total_per_oo_over_a_municipal_share(example, tmp_path):
    """The groups typed under «Критерии оценивания» become the total, «Доля ОО, в которых …» an indicator of the
    округ: ``check`` reports the sum per ОО over it and the group no sum reaches, at the lines the import wrote."""
    rows = [_row("1.1", GOOD), _row("1.2", GOOD, name="Доля ОО, в которых результаты ВПР подтверждены")]
    path = _typed(
        tmp_path / "typed.docx", rows, [LEAD, "высокий уровень — 10 баллов и более;", *GROUPS[1:]], headed=True
    )
    example.path(MECH).unlink()
    result = example.run("import", "--mechanism", "1.1", str(path))
    assert "строка 3: уровень не указан, принят «муниципалитет»" in result.stdout, result.output
    found = [
        (d["line"], d["column"], d["code"], d["message"].replace(NBSP, " "))
        for d in example.run("check", "--format", "json").json()["diagnostics"]
        if d["file"] == MECH and d["code"].startswith("total-")
    ]
    assert found == [
        (
            example.line_of(MECH, "subject: ОО"),
            12,
            "total-level",
            "итоговая сумма баллов: сумма считается для каждой ОО, но показатели 1.1.2 собираются на другом уровне — "
            "их "
            "значение одно на округ, у отдельной организации его нет; уберите их из суммы или считайте сумму по округу",
        ),
        (
            example.line_of(MECH, "name: высокий уровень"),
            5,
            "total-unreachable",
            "итоговая сумма баллов: группа «высокий уровень» (10 баллов и более) недостижима — максимальная сумма "
            "баллов "
            "по показателям — 4",
        ),
    ], found


SHARE_LEAD = (
    "По доле набранных баллов от максимальной суммы баллов по показателям, применимым к ОО (показатель, "
    "знаменатель которого у ОО равен нулю, к ней не применяется), ОО относится к одной из групп:"
)
SHARE_GROUPS = [
    "высокий уровень — 80 % и более;",
    "средний уровень — 50 % и более, но менее 80 %;",
    "низкий уровень — менее 50 %.",
]


def test_groups_in_shares_of_the_maximum_are_reachable_whatever_the_points(example, tmp_path):
    """The lawyer's P11-1: groups as a share of the maximum over the indicators that apply to an ОО; a typed
    Положение says so in its lead-in, and «80 % и более» is then no sum of points the maximum (4) cannot reach."""
    rows = [_row("1.1", GOOD), _row("1.2", GOOD)]
    assert _lint(example, _typed(tmp_path / "share.docx", rows, [SHARE_LEAD, *SHARE_GROUPS])) == []
    beyond = [
        SHARE_LEAD,
        "высокий уровень — 120 % и более;",
        "средний уровень — 50 % и более, но менее 120 %;",
        SHARE_GROUPS[2],
    ]
    assert _lint(example, _typed(tmp_path / "beyond.docx", rows, beyond)) == [
        (
            "total-unreachable",
            "абзац 20 «высокий уровень — 120 % и более;»: итоговая сумма баллов: группа «высокий "
            "уровень» (120 % и более) недостижима — доля от максимальной суммы баллов не превышает "
            "100 %",
        )
    ]
    gap = [SHARE_LEAD, SHARE_GROUPS[0], "средний уровень — 60 % и более, но менее 80 %;", SHARE_GROUPS[2]]
    assert [code for code, _ in _lint(example, _typed(tmp_path / "gap.docx", rows, gap))] == ["scale-gap"]


def test_check_and_the_document_know_groups_in_shares_of_the_maximum(example):
    example.replace(MECH, "{name: высокий уровень, lower: 80}", "{name: высокий уровень, lower: 120}")
    example.replace(
        MECH, "{name: средний уровень, lower: 50, upper: 80}", "{name: средний уровень, lower: 50, upper: 120}"
    )
    found = [d for d in example.run("check", "--format", "json").json()["diagnostics"] if d["file"].endswith(MECH)]
    assert [(d["code"], d["line"]) for d in found] == [("total-unreachable", example.line_of(MECH, "lower: 120}"))]
    example.replace(MECH, "lower: 120}", "lower: 80}")
    example.replace(MECH, "upper: 120}", "upper: 80}")
    assert example.run("regen", "polozhenie-1.1").exit_code == 0
    text = "\n".join(p.text for p in docx.Document(example.path("output/polozhenie-1.1.docx")).paragraphs)
    assert SHARE_LEAD in text.replace(NBSP, " ")
    assert f"средний уровень{NBSP}— 50{NBSP}% и более, но менее 80{NBSP}%;" in text


def test_an_indicator_that_does_not_apply_leaves_the_share_of_what_does(example):
    """An ОО with no pupils with ОВЗ (1.1.6's denominator 0) is ranked by 1.1.2 and 1.1.5 alone: 4 points of 4 are
    100 %, the high group that a sum of 5 points out of 6 could never give it."""
    shutil.copytree(Path(__file__).resolve().parent.parent / "data", example.path("data"))
    table = example.read("data/2024/1.1.csv")
    example.write(
        "data/2024/1.1.csv",
        table.replace(
            "oosh-19,1.1.6,numerator,34\noosh-19,1.1.6,denominator,40",
            "oosh-19,1.1.6,numerator,0\noosh-19,1.1.6,denominator,0",
        ),
    )
    totals = example.run("results", "1.1", "--format", "json").json()["mechanisms"][0]["totals"]
    assert totals["oosh-19"]["maximum"] == 4
    points = totals["oosh-19"]["points"]
    expected = (
        "высокий уровень"
        if points * 100 >= 80 * 4
        else "средний уровень"
        if points * 100 >= 50 * 4
        else "низкий уровень"
    )
    assert totals["oosh-19"]["group"] == expected and totals["oosh-19"]["complete"]

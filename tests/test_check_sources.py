"""`msoko check` rules about the example's sources: the roadmap covers every mechanism, an act's control
point names an official, a year's self-assessment is approved after the year; the example is clean."""

from __future__ import annotations

from tests.conftest import diagnostic_lines

ROADMAP = "regulations/roadmap.yaml"
ORDER = "regulations/acts/prikaz-2021-140.yaml"
EVALUATION = "regulations/evaluation.yaml"


def _errors(example) -> list[str]:
    """Run `msoko check`, which must fail, and return its diagnostic lines."""
    result = example.run("check")
    assert result.exit_code == 1, result.output
    return diagnostic_lines(result.output)


def test_example_passes_strict_check_with_no_warnings(example):
    result = example.run("check", "--strict")
    assert result.exit_code == 0, result.output
    assert diagnostic_lines(result.output) == []
    assert result.stdout.rstrip().endswith("Итого: 0 ошибок, 0 предупреждений.")


def test_roadmap_must_cover_every_mechanism(example):
    example.cut(ROADMAP, "  - title: Система выявления, поддержки", "  - title: Система работы по самоопределению")
    example.cut(ROADMAP, "  - title: Система объективности процедур", "  - title: Система мониторинга эффективности")
    result = example.run("check")
    assert result.exit_code == 1
    first = example.line_of(ROADMAP, "  - title: Нормативно-правовое")
    assert diagnostic_lines(result.output) == [
        f"{ROADMAP}:{first}:3: ошибка: дорожная карта не охватывает механизм 1.3 «Система выявления, поддержки и "
        'развития способностей и талантов у детей и молодёжи»: добавьте раздел с полем mechanism: "1.3" или '
        "отметьте мероприятия полем mechanisms",
        f"{ROADMAP}:{first}:3: ошибка: дорожная карта не охватывает механизм 1.5 «Система объективности процедур "
        'оценки качества образования и олимпиад школьников»: добавьте раздел с полем mechanism: "1.5" или '
        "отметьте мероприятия полем mechanisms",
    ]
    assert {d["code"] for d in example.run("check", "--format", "json").json()["diagnostics"]} == {"roadmap-coverage"}


def test_an_activity_may_cover_a_mechanism_and_its_code_must_exist(example):
    example.cut(
        ROADMAP, "  - title: Система мониторинга качества дошкольного", "  - title: Информационное сопровождение"
    )
    example.replace(
        ROADMAP,
        "        deadline: ежегодно, до 1 сентября\n        responsible: УО\n",
        '        deadline: ежегодно, до 1 сентября\n        responsible: УО\n        mechanisms: ["2.4"]\n',
    )
    covered = example.run("check", "--format", "json")
    assert covered.exit_code == 0 and "roadmap-coverage" not in {d["code"] for d in covered.json()["diagnostics"]}
    example.replace(ROADMAP, 'mechanisms: ["2.4"]', 'mechanisms: ["2.4", "3.1"]')
    result = example.run("check")
    assert result.exit_code == 1
    line = example.line_of(ROADMAP, 'mechanisms: ["2.4", "3.1"]')
    assert [entry for entry in diagnostic_lines(result.output) if ": ошибка: " in entry] == [
        f"{ROADMAP}:{line}:29: ошибка: механизм «3.1» отсутствует в каталоге «federal-2021» и среди местных механизмов"
    ]


def test_control_point_must_name_an_official(example):
    example.replace(
        ORDER,
        "control: Контроль за исполнением настоящего приказа оставляю за собой.",
        "control: Контроль за исполнением настоящего приказа возложить на заместителя начальника "
        "управления образования.",
    )
    assert _errors(example) == [
        f"{ORDER}:{example.line_of(ORDER, 'control:')}:10: ошибка: в пункте о контроле не названо должностное лицо: "
        "укажите должность, инициалы и фамилию («… возложить на заместителя начальника управления образования "
        "А.А. Иванова») или «Контроль … оставляю за собой»"
    ]
    assert [d["code"] for d in example.run("check", "--format", "json").json()["diagnostics"]] == ["control-official"]
    example.replace(ORDER, "управления образования.", "управления образования Петрову И.И.")
    assert example.run("check", "--strict").exit_code == 0


def test_self_assessment_approved_before_its_year_ends(example):
    example.replace(EVALUATION, "year: 2022", "year: 2023")
    assert _errors(example) == [
        f"{EVALUATION}:{example.line_of(EVALUATION, 'year: 2023')}:7: ошибка: самооценка за 2023 год утверждается "
        "актом «prikaz-2023-95» от 14.02.2023, а 2023 год ещё не закончился: акт, утверждающий итоги года, издаётся "
        "после его окончания"
    ]
    [diagnostic] = example.run("check", "--format", "json").json()["diagnostics"]
    assert diagnostic["code"] == "date-order"


def test_evidence_dated_after_the_approving_act(example):
    example.replace(EVALUATION, 'number: "30", date: 2022-12-20', 'number: "30", date: 2023-03-01')
    line = example.line_of(EVALUATION, "date: 2023-03-01")
    column = example.read(EVALUATION).splitlines()[line - 1].index("2023-03-01") + 1
    assert _errors(example) == [
        f"{EVALUATION}:{line}:{column}: ошибка: подтверждающий документ (аналитическая справка от 01.03.2023) "
        "датирован позже акта «prikaz-2023-95» от 14.02.2023, утверждающего итоги самооценки: итоги не могут "
        "опираться на документ, которого ещё не было"
    ]


def test_a_document_cannot_cite_a_later_act(example):
    resolution = "regulations/acts/postanovlenie-2021-615.yaml"
    example.replace(
        resolution,
        "«Об осуществлении мониторинга системы образования», ",
        "«Об осуществлении мониторинга системы образования», приказом управления образования администрации "
        "Копейского городского округа от 15.03.2021 № 112, ",
    )
    line = example.line_of(resolution, "от 15.03.2021 № 112")
    column = example.read(resolution).splitlines()[line - 1].index("от 15.03.2021 № 112") + 1
    assert _errors(example) == [
        f"{resolution}:{line}:{column}: ошибка: акт № 112 от 15.03.2021 издан позже документа, который на него "
        "ссылается (документ датирован 01.03.2021)"
    ]
    assert {d["code"] for d in example.run("check", "--format", "json").json()["diagnostics"]} == {"cites-later-act"}

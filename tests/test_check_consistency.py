"""`msoko check`'s cross-document rules (generator/sources/consistency.py) seen in its output: a mechanism the
Концепция leaves out, an earlier year's share that disagrees with its points, a term the glossary lists twice, an
abbreviation no glossary entry defines (once, at its first use)."""

from __future__ import annotations

from tests.conftest import diagnostic_lines

CONCEPT = "regulations/concept.yaml"
EVALUATION = "regulations/evaluation.yaml"
GLOSSARY = "regulations/glossary.yaml"


def test_a_mechanism_the_concept_leaves_out_is_a_warning_and_a_term_listed_twice_an_error(example):
    text = example.read(CONCEPT)
    example.write(CONCEPT, text[: text.index('  - mechanism: "2.4"')])
    example.replace(
        GLOSSARY,
        "  - {term: ВПР, definition: всероссийские проверочные работы}\n",
        "  - {term: ВПР, definition: всероссийские проверочные работы}\n  - {term: ВПР, definition: ещё раз}\n",
    )
    first = example.line_of(CONCEPT, 'mechanism: "1.1"')
    result = example.run("check")
    assert result.exit_code == 1
    assert diagnostic_lines(result.output) == [
        f"{CONCEPT}:{first}:3: предупреждение: механизма 2.4 нет в Концепции: для него не заданы целевые ориентиры",
        f"{GLOSSARY}:{example.line_of(GLOSSARY, 'ещё раз')}:12: ошибка: сокращение «ВПР» указано в перечне "
        "сокращений дважды",
    ]
    codes = [d["code"] for d in example.run("check", "--format", "json").json()["diagnostics"]]
    assert codes == ["consistency", "consistency"]


def test_a_stated_share_is_checked_against_its_points_to_one_decimal(example):
    example.replace(
        EVALUATION,
        '{mechanism: "1.1", earned: 23, possible: 101}',
        '{mechanism: "1.1", earned: 23, possible: 101, percent: 22.8}',
    )
    example.replace(
        EVALUATION,
        '{mechanism: "1.3", earned: 1, possible: 63}',
        '{mechanism: "1.3", earned: 1, possible: 63, percent: 1.5}',
    )
    result = example.run("check")
    assert result.exit_code == 0
    line = example.line_of(EVALUATION, "percent: 1.5")
    column = example.read(EVALUATION).splitlines()[line - 1].index("1.5}") + 1
    assert diagnostic_lines(result.output) == [
        f"{EVALUATION}:{line}:{column}: предупреждение: доля набранных баллов по источнику (1,5\u00a0%) не "
        "равна 1 из 63 (1,6\u00a0%): исправьте долю или баллы; без доли по источнику она считается по баллам"
    ]
    assert [d["code"] for d in example.run("check", "--format", "json").json()["diagnostics"]] == ["consistency"]


def test_a_document_cannot_cite_an_act_issued_after_the_act_approving_it(example):
    """A Положение is dated by the act that approves it (15.03.2021): it cannot cite an act of 2023."""
    regulation = "regulations/mechanisms/1.1.yaml"
    example.replace(
        regulation, "goal: |\n  Повышение", "goal: |\n  В соответствии с приказом от 14.02.2023 № 95 повышение"
    )
    result = example.run("check")
    assert result.exit_code == 1
    assert diagnostic_lines(result.output) == [
        f"{regulation}:10:29: ошибка: акт № 95 от 14.02.2023 издан позже документа, который на него ссылается "
        "(документ датирован 15.03.2021)"
    ]


def test_an_undefined_abbreviation_is_warned_once_at_its_first_use(example):
    example.replace(CONCEPT, "обеспечить поддержку семей", "обеспечить через ЦОКО поддержку семей")
    example.replace("regulations/mechanisms/1.1.yaml", "goal: |\n  Повышение", "goal: |\n  ЦОКО: повышение")
    result = example.run("check")
    assert result.exit_code == 0
    assert diagnostic_lines(result.output) == [
        "regulations/mechanisms/1.1.yaml:10:3: предупреждение: сокращение «ЦОКО» не определено в перечне сокращений "
        "(glossary.yaml → terms): его нельзя ввести при первом упоминании"
    ]


def test_a_build_is_refused_with_the_errors_alone_and_new_reads_only_the_profile(example):
    """A build names the errors that stop it, not the warnings beside them; ``msoko new`` needs only a sound
    project.yaml, whatever another Положение's problems (generator/sources/checked.py)."""
    example.replace(CONCEPT, "обеспечить поддержку семей", "обеспечить через ЦОКО поддержку семей")
    example.replace("regulations/mechanisms/2.1.yaml", "approved_by: prikaz-2021-112", "approved_by: missing")
    act = "regulations/acts/prikaz-2021-112.yaml"
    refused = example.run("regen", "1.2")
    assert refused.exit_code == 1
    assert diagnostic_lines(refused.output) == [
        f"{act}:{example.line_of(act, 'polozhenie-2.1')}:27: ошибка: документ «polozhenie-2.1» приложен к акту "
        "«prikaz-2021-112», но в его источнике approved_by: missing",
        "regulations/mechanisms/2.1.yaml:4:14: ошибка: акт «missing» не найден: нет файла "
        "regulations/acts/missing.yaml",
    ]
    assert refused.output.rstrip().endswith("Итого: 2 ошибки, 0 предупреждений.")
    assert not example.path("output/polozhenie-1.2.docx").exists()
    example.path("regulations/mechanisms/2.4.yaml").unlink()
    created = example.run("new", "2.4")
    assert created.exit_code == 0, created.output
    assert "Создан regulations/mechanisms/2.4.yaml" in created.stdout


def test_results_approved_on_the_last_day_of_their_year_are_approved_too_early(example):
    example.replace("regulations/acts/prikaz-2023-95.yaml", "date: 2023-02-14", "date: 2022-12-31")
    result = example.run("check")
    assert result.exit_code == 1
    assert diagnostic_lines(result.output) == [
        f"{EVALUATION}:{example.line_of(EVALUATION, 'year: 2022')}:7: ошибка: самооценка за 2022 год утверждается "
        "актом «prikaz-2023-95» от 31.12.2022, а 2022 год ещё не закончился: акт, утверждающий итоги года, издаётся "
        "после его окончания"
    ]


def test_evidence_of_the_approval_day_is_in_time_and_of_the_next_day_is_late(example):
    example.replace(EVALUATION, 'number: "30", date: 2022-12-20', 'number: "30", date: 2023-02-14')
    assert example.run("check", "--strict").exit_code == 0
    example.replace(EVALUATION, 'number: "30", date: 2023-02-14', 'number: "30", date: 2023-02-15')
    [late] = example.run("check", "--format", "json").json()["diagnostics"]
    assert (late["code"], late["severity"]) == ("date-order", "error")
    assert "подтверждающий документ (аналитическая справка от 15.02.2023) датирован позже акта" in late["message"]

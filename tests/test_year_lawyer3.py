"""What the lawyer's third read of the приказы «Об итогах мониторинга» returned on the order in time of their points
(issue #28), read back from the DOCX: a department's task that prepares or analyses comes before the organizations'
plans that draw on it (В1, В2, С2, Н5), one that carries out measures with the measures, and a task of two steps
gets two dates (С9)."""

from __future__ import annotations

import datetime
import re

from tests.test_year_documents import _texts, year  # noqa: F401  (the module-scoped built example)

DATED = re.compile(r"не позднее (\d\d\.\d\d\.\d{4}) (\w+)")
PLANS = "рассмотреть адресные рекомендации и представить в ММЦ планы мероприятий по их выполнению не позднее "


def _day(text: str) -> datetime.date:
    return datetime.datetime.strptime(text, "%d.%m.%Y").date()


def _steps(points: list[str], code: str) -> list[tuple[datetime.date, str]]:
    """The dates and first verbs of a department's task on ``code`` («не позднее 09.01.2025 составить …»), over the
    sub-points it takes, one a date."""
    said = re.compile(rf"по показателю {re.escape(code)} не позднее \S+ \w")
    return [(_day(day), verb) for p in points if said.search(p) for day, verb in DATED.findall(p)]


def _plans_due(points: list[str]) -> datetime.date:
    return _day(next(p for p in points if p.startswith(PLANS)).removeprefix(PLANS)[:10])


def test_a_department_s_analysis_comes_by_the_plans_that_draw_on_it(year):  # noqa: F811
    """С2, Н5: the causes of the preventive register (2.3.4) and of staying among the ШНОР (1.2.5) are due by the day
    the organizations' plans are, not with the measures (16.06.2025); what is done with the heads or handed to them
    comes earlier still (tests/test_year_order_steps.py)."""
    for name, code, verb in [
        ("prikaz-itogi-2.3", "2.3.4", "совместно"),
        ("prikaz-itogi-1.2", "1.2.5", "проанализировать"),
    ]:
        points = _texts(year, name)
        assert _steps(points, code) == [(_plans_due(points), verb)], name


def test_the_model_agreement_comes_before_the_schools_conclude_it(year):  # noqa: F811
    """В2: the schools without a partner conclude the agreement and plan joint events (п. 3.2, by the day their plans
    are carried out by, before the start of the 2025/26 school year) after the department has given them the model
    agreement and the list of enterprises."""
    points = _texts(year, "prikaz-itogi-1.4")
    schools = next(p for p in points if p.startswith("по показателю 1.4.2 (раздел 5 приложения)"))
    (prepared, _), *_ = _steps(points, "1.4.2")
    concluded = re.findall(r"не позднее (\d\d)\.(\d\d)\.(\d{4}) заключить", schools)
    assert concluded and all(prepared < datetime.date(int(y), int(m), int(d)) for d, m, y in concluded)


def test_a_schedule_and_the_training_by_it_have_two_dates(year):  # noqa: F811
    """С9: the training schedule by the plans' day, the training by it with the measures; the lawyer's 12th read:
    two tasks of two terms are two sub-points, the second naming whom its «их» stood for."""
    points = _texts(year, "prikaz-itogi-2.1")
    assert (
        "по показателю 2.1.1 не позднее 16.06.2025 направить этих руководителей на обучение в соответствии с этим "
        "графиком;" in points
    )
    assert _steps(points, "2.1.1") == [
        (datetime.date(2025, 1, 9), "составить"),
        (datetime.date(2025, 6, 16), "направить"),
    ]


def test_a_check_of_the_measures_stays_with_the_measures(year):  # noqa: F811
    """The check of the plans' execution (2.4.3) carries out, not prepares: it keeps the measures' date. The review
    of the development programmes' course (2.1.5) is held «на совещании руководителей», with the heads, and feeds
    their individual plans: it is due halfway to the plans (lawyer 5)."""
    assert _steps(_texts(year, "prikaz-itogi-2.4"), "2.4.3") == [(datetime.date(2025, 6, 16), "проверить")]
    assert _steps(_texts(year, "prikaz-itogi-2.1"), "2.1.5") == [(datetime.date(2024, 12, 16), "рассмотреть")]


def test_an_analysis_in_the_self_examination_report_keeps_the_report_s_term(year):  # noqa: F811
    """В1.2: «проанализировать причины в отчёте о самообследовании» cannot be done before the report exists: it is
    due by the Положение's term for it («до 20 апреля» — 18.04.2025, the 20th a Sunday), after the plans, not with
    them (09.01.2025)."""
    points = _texts(year, "prikaz-itogi-2.1")
    task = next(p for p in points if p.startswith("по показателю 2.1.5 (раздел 5 приложения) проанализировать"))
    assert task.endswith(
        "в отчёте о самообследовании и скорректировать план реализации программы не позднее 18.04.2025;"
    )
    assert _plans_due(points) < datetime.date(2025, 4, 18)


def test_a_process_the_organizations_organize_goes_on_through_the_school_year(year):  # noqa: F811
    """В1.3: «организовать работу с обучающимися группы риска и контроль за ней» is a process, not done by a day four
    weeks after the приказ: it goes on from the plans to the day they are carried out by («с 09.01.2025 по
    30.05.2025»; the lawyer's 12th read: not «в течение 2024/25 учебного года», begun before the приказ), as the
    support of the centre does; a task that makes something keeps its date (2.4.3: the plan of the environment, by
    the plans' day)."""
    task = next(
        p for p in _texts(year, "prikaz-itogi-2.1") if p.startswith("по показателю 2.1.3 (раздел 5 приложения)")
    )
    assert "контроль за ней во внутренней системе оценки качества образования" in task
    assert task.endswith(" с 09.01.2025 по 30.05.2025;")
    points = _texts(year, "prikaz-itogi-2.4")
    plan = next(p for p in points if p.startswith("по показателю 2.4.3 (раздел 5 приложения)"))
    assert plan.endswith(f"не позднее {_plans_due(points):%d.%m.%Y};")

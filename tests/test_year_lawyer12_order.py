"""What the lawyer's 12th read found in the приказы «Об итогах мониторинга …», read back from the DOCX: a process is
ordered from the приказ (or the step it follows) to the end of its executor's measures, not «в течение 2024/25
учебного года», begun before the приказ and running past the plans (1); a term of the Положение past the plans is
bounded by them (2, tests/test_year_order_steps.py); a department takes nothing into account in the heads' own
plans, it hands them what to take into account (3); the methodical help ends a working week before the plans, also
across the New Year holidays (5)."""

from __future__ import annotations

import datetime
import re

from generator.coherence.calendar import working_on_or_before
from tests.test_year_documents import _texts, year  # noqa: F401  (the module-scoped built example)

ORDERS = [f"prikaz-itogi-{code}" for code in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4")]
PERIOD = re.compile(r"\bс (\d\d\.\d\d\.\d{4}) по (\d\d\.\d\d\.\d{4})")
DATE = re.compile(r"(\d\d\.\d\d\.\d{4})\s+№")
CARRIED = re.compile(r"^обеспечить выполнение планов мероприятий не позднее (\S+)\.$")
REPORT = re.compile(r"^подготовить отчёт о выполнении плана мероприятий .* не позднее (\S+)\.$")


def _day(text: str) -> datetime.date:
    return datetime.datetime.strptime(text.rstrip(";."), "%d.%m.%Y").date()


def _signed(texts: list[str]) -> datetime.date:
    return _day(next(found.group(1) for text in texts if (found := DATE.match(text))))


def _due(texts: list[str], pattern: re.Pattern[str]) -> datetime.date:
    return _day(next(found.group(1) for text in texts if (found := pattern.match(text))))


def test_a_process_runs_from_the_order_to_the_end_of_its_executor_s_measures(year):  # noqa: F811
    """1: every process of every приказ («организовать работу с обучающимися группы риска …», «обеспечить адресную
    методическую поддержку …», «содействовать их обучению …») is said as a period that starts after the приказ is
    signed and ends with its executor's other measures: the organizations' with their plans («обеспечить выполнение
    планов мероприятий не позднее …»), the centre's and the departments' with the measures, two weeks before the
    report on them."""
    periods = 0
    for name in ORDERS:
        texts = _texts(year, name)
        assert not any(re.search(r"в течение \d{4}/\d\d учебного года", text) for text in texts), name
        # the measures end two weeks before the report on them (the last working day by then)
        signed, measures = _signed(texts), working_on_or_before(_due(texts, REPORT) - datetime.timedelta(days=14))
        carried = _due(texts, CARRIED) if any(CARRIED.match(text) for text in texts) else None
        organizations = next((i for i, t in enumerate(texts) if t.startswith("Руководителям")), len(texts))
        for index, text in enumerate(texts):
            for start, end in PERIOD.findall(text):
                periods += 1
                assert signed < _day(start) < _day(end), (name, text)
                ours = organizations < index and text.startswith("по показателю") and "(раздел" in text[:40]
                assert _day(end) == (carried if ours else measures), (name, text)
    assert periods == 3  # 1.1.3 and 2.1.3 of the schools, 2.4.2 of the department (1.5 scores no ОО: no least points)


def test_a_department_hands_the_heads_what_their_own_plans_take_into_account(year):  # noqa: F811
    """3: the heads draw up their own individual plans of professional development (2.1: «руководителям ОО включить
    это обучение в план своего профессионального развития»; п. 9.2 only offers them): no department is ordered to
    take anything into account in them, it hands the heads what they are to take into account — 2.1's отдел оценки
    качества the outcome of its review at the meeting, 1.1's the results (a decision of its п. 9.4)."""
    for name in ORDERS:
        assert not any(
            re.search(r"учесть .* при подготовке индивидуальных планов", text) for text in _texts(year, name)
        ), name
    assert any(
        text.startswith("по показателю 2.1.5 не позднее 16.12.2024 рассмотреть ход реализации программ развития ")
        and text.endswith(
            "на совещании руководителей и направить итоги рассмотрения их руководителям для учёта при подготовке "
            "индивидуальных планов профессионального развития."
        )
        for text in _texts(year, "prikaz-itogi-2.1")
    )
    letter = _texts(year, "rekomendacii-2.1-sosh-7")
    assert any("направить итоги рассмотрения их руководителям для учёта" in text for text in letter)


def test_the_help_ends_a_working_week_before_the_plans(year):  # noqa: F811
    """5: the plans are due a month after the рекомендации, a month that ends on a day off ending on the next working
    day (ст. 193 ГК РФ: 29.12.2024 — 09.01.2025, after the New Year holidays; the schools have had December's 21
    working days); the methodical help ends five working days before the plans in every приказ, so the heads keep
    a working week to finish them with it: 24.12.2024 in 2.1 and 2.2, not 28.12.2024, which left them only the
    plans' day."""
    from generator.coherence.calendar import is_working

    helped = re.compile(r"^оказать руководителям .* методическую помощь .* не позднее (\S+);$")
    plans = re.compile(
        r"^рассмотреть адресные рекомендации и представить в ММЦ планы .*? не позднее (\d\d\.\d\d\.\d{4})"
    )
    for name in ORDERS:
        texts = _texts(year, name)
        if not any(helped.match(text) for text in texts):
            continue
        start, end = _due(texts, helped), _due(texts, plans)
        days = [start + datetime.timedelta(days=n) for n in range(1, (end - start).days + 1)]
        assert sum(map(is_working, days)) == 5, name
    assert _due(_texts(year, "prikaz-itogi-2.1"), helped) == datetime.date(2024, 12, 24)
    assert _due(_texts(year, "prikaz-itogi-2.1"), plans) == datetime.date(2025, 1, 9)


def test_a_period_between_two_dates_is_a_term():
    """The lint's term of an instruction (``point-deadline``) reads a period «с 09.01.2025 по 30.05.2025»."""
    from generator.coherence.acts import undated_instructions

    task = "организовать работу с обучающимися группы риска"
    lead = "Руководителям образовательных организаций:"
    assert undated_instructions([(lead, [f"{task} с 09.01.2025 по 30.05.2025;"])]) == []
    assert undated_instructions([(lead, [f"{task} с 09.01.2025;"])])

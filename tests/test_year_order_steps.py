"""What the lawyer found on the dates and the order of the steps the приказы «Об итогах мониторинга» order, read back
from the DOCX: a step done with the heads of the organizations or handed to them comes while they draft their plans,
the agreement of their plans after the plans, a term of the Положение covers the steps after it with no second
date, the school's work with its learners and a department's support go on through the school year, and a plan made
in January covers the half-year left."""

from __future__ import annotations

import datetime
import re

from tests.test_year_documents import _texts, year  # noqa: F401  (the module-scoped built example)

DATED = re.compile(r"не позднее (\d\d\.\d\d\.\d{4}) (\w+)")
SENT = re.compile(r"^направить руководителям .* адресные рекомендации не позднее (\S+);$")
HELPED = re.compile(r"^оказать руководителям .* методическую помощь в подготовке планов .* не позднее (\S+);$")
PLANS = re.compile(
    r"^рассмотреть адресные рекомендации и представить в ММЦ планы .*? не позднее (\d\d\.\d\d\.\d{4})[,;]"
)
CARRIED = re.compile(r"^обеспечить выполнение планов мероприятий не позднее (\S+)\.$")


def _day(text: str) -> datetime.date:
    return datetime.datetime.strptime(text.rstrip(";."), "%d.%m.%Y").date()


def _due(points: list[str], pattern: re.Pattern[str]) -> datetime.date:
    return _day(next(found.group(1) for p in points if (found := pattern.match(p))))


def _department(points: list[str], code: str) -> list[tuple[datetime.date, str]]:
    """The dates and first verbs of a department's task on ``code`` (a department's point names no organizations
    after the code, the organizations' does: «по показателю 1.4.2 (раздел 5 приложения) …»; the heads' plans sent
    also to the department that agrees them: «по показателю 2.1.3 — также в …»), over its sub-points, one a date;
    the departments' points come after the organizations', the centre's measures before them."""
    after = next(i for i, p in enumerate(points) if p.startswith("Руководителям"))
    tasks = [p for p in points[after:] if re.search(rf"по показателю {re.escape(code)} (?![(—])", p)]
    return [(_day(day), verb) for task in tasks for day, verb in DATED.findall(task)]


def _organizations(points: list[str], code: str) -> str:
    return next(p for p in points if p.startswith(f"по показателю {code} ("))


def test_the_interviews_come_before_the_plans_and_their_agreement_after(year):  # noqa: F811
    """Finding 1 (2.1.3): the interviews with the heads come halfway between the рекомендации and the plans, before
    the methodical help with the plans ends, and the plans are agreed within ten working days after they are due: two
    dates, in the order the steps happen, in two sub-points (the lawyer's 12th read: a sub-point, one term)."""
    points = _texts(year, "prikaz-itogi-2.1")
    (interviews, first), (agreed, second) = _department(points, "2.1.3")
    assert (first, second) == ("провести", "согласовать")
    assert _due(points, SENT) < interviews < _due(points, HELPED) < _due(points, PLANS) < agreed
    assert agreed <= _due(points, PLANS) + datetime.timedelta(days=16)  # ten working days, holidays around
    assert (interviews, agreed) == (datetime.date(2024, 12, 16), datetime.date(2025, 1, 23))
    first = next(p for p in points if p.startswith("по показателю 2.1.3 не позднее 16.12.2024 провести"))
    assert first.endswith("превышает 10 % (раздел 5 приложения);")
    assert points[points.index(first) + 1] == (
        "по показателю 2.1.3 не позднее 23.01.2025 согласовать планы мероприятий по повышению качества базовой "
        "подготовки, утверждаемые руководителями образовательных организаций;"
    )


def test_the_causes_are_reviewed_with_the_heads_before_their_plans(year):  # noqa: F811
    """Finding 2: a review of the causes with the heads feeds their plans: due before them (2.1.4 in the 2.1 приказ,
    1.1.3 of the отдел общего образования), not on the plans' day."""
    for name, code in [("prikaz-itogi-2.1", "2.1.4"), ("prikaz-itogi-1.1", "1.1.3")]:
        points = _texts(year, name)
        [(reviewed, verb)] = _department(points, code)
        assert verb == "рассмотреть", name
        assert _due(points, SENT) < reviewed < _due(points, HELPED) < _due(points, PLANS), name


def test_the_model_agreement_reaches_the_schools_halfway_to_their_plans(year):  # noqa: F811
    """Finding 3 (1.4.2): the model agreement and the list of partners, handed to the schools, reach them halfway
    between the рекомендации (31.10.2024) and their plans (02.12.2024) — 15.11.2024 — not on the plans' day."""
    points = _texts(year, "prikaz-itogi-1.4")
    assert _department(points, "1.4.2") == [(datetime.date(2024, 11, 15), "подготовить")]
    assert _due(points, SENT) < datetime.date(2024, 11, 15) < _due(points, HELPED) < _due(points, PLANS)


def test_a_term_of_the_polozhenie_covers_the_steps_after_it(year):  # noqa: F811
    """Finding 4: the Положение's own term («до начала следующего учебного года») is said before the steps it
    covers, in the order they happen, with no second date to contradict it; the agreement names its partner as the
    Положение's recommendation does. The same holds for the network contract of 1.2.3 («до начала учебного года»:
    the next one). The lawyer's 12th read: a measure of the plans is done with them — the start of the 2025/26
    school year comes after the plans are carried out (30.05.2025, 16.06.2025), so the term is that day."""
    points = _texts(year, "prikaz-itogi-1.4")
    schools = _organizations(points, "1.4.2")
    assert _due(points, CARRIED) == datetime.date(2025, 5, 30)
    assert schools.endswith(
        ") не позднее 30.05.2025 заключить соглашение о совместной профориентационной работе с предприятием "
        "или организацией Копейского городского округа и включить совместные мероприятия в план профориентационной "
        "работы на 2025/26 учебный год;"
    )
    contract_points = _texts(year, "prikaz-itogi-1.2")
    contract = _organizations(contract_points, "1.2.3")
    assert _due(contract_points, CARRIED) == datetime.date(2025, 6, 16)
    assert contract.endswith(
        ") не позднее 16.06.2025 заключить договор о сетевом взаимодействии (кураторстве) со школой-партнёром, "
        "закреплённой ММЦ, и предусмотреть в нём взаимопосещение уроков и совместные методические мероприятия;"
    )
    assert "до начала" not in schools + contract and schools.count("не позднее") == contract.count("не позднее") == 1
    letter = _texts(year, "rekomendacii-1.4-sosh-16")
    assert any(t.startswith("По показателю 1.4.2 необходимо не позднее 30.05.2025 заключить") for t in letter)


def test_the_school_s_work_with_its_learners_goes_on_through_the_school_year(year):  # noqa: F811
    """Finding 5 (1.1.3): groups preparing for the ГИА, trial exams and informing the parents are organized for the
    learners as a process, before the ГИА, not done by the plans' day; the lawyer's 12th read: from the plans
    (27.01.2025), not «в течение 2024/25 учебного года» begun before the приказ, to the day the plans are carried
    out by."""
    points = _texts(year, "prikaz-itogi-1.1")
    task = _organizations(points, "1.1.3")
    assert (_due(points, PLANS), _due(points, CARRIED)) == (datetime.date(2025, 1, 27), datetime.date(2025, 6, 11))
    assert task.endswith(
        "пробные экзамены в форме ОГЭ и информирование родителей "  # introduced by the centre's measure on 1.1.3
        "(законных представителей) об их результатах с 27.01.2025 по 11.06.2025;"
    )
    assert "не позднее" not in task and "в течение" not in task


def test_the_preschools_plan_and_support_have_checkable_terms(year):  # noqa: F811
    """Finding 6 (2.4): a plan of the environment made by January covers the second half-year of 2024/25, which
    ends before the department checks its execution (16.06.2025), not the whole year begun in September; the
    support of the teachers' studies, a process (an imperfective verb), is not «содействовать» by a day: it runs
    from the step it follows (the teachers found with the heads) to the end of the measures (the lawyer's 12th
    read: not «в течение 2024/25 учебного года», begun before the приказ)."""
    points = _texts(year, "prikaz-itogi-2.4")
    plan = _organizations(points, "2.4.3")
    assert " на второе полугодие 2024/25 учебного года с учётом возрастных групп " in plan
    assert datetime.date(2025, 1, 1) <= _due(points, PLANS) <= _due(points, CARRIED)
    assert _due(points, CARRIED) <= _department(points, "2.4.3")[0][0] == datetime.date(2025, 6, 16)
    found = points.index(
        "по показателю 2.4.2 не позднее 13.01.2025 совместно с руководителями ДОО выявить педагогов без высшего "
        "педагогического образования;"
    )  # the lawyer's 12th read: three tasks of two terms, two sub-points; the second names whom «их» stood for
    assert points[found + 1] == (
        "по показателю 2.4.2 с 13.01.2025 по 16.06.2025 содействовать обучению этих педагогов по программам высшего "
        "педагогического образования в заочной форме и при планировании кадрового обеспечения ДОО взаимодействовать с "
        "педагогическими колледжами и вузами по целевому обучению;"
    )
    assert [verb for _, verb in _department(points, "2.4.2")] == ["совместно"]

"""Words the monitoring year's documents share, written from the numbers: a value as printed («78,4 %»), its change
from the year before as a phrase («что на 3,1 п. п. выше, чем в 2023 году»), a sentence on an indicator, a list of
organizations, the Положение and its approving act as a citation, the signatory of the methodical service."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from schemas.base import code_sort_key
from schemas.profile import Signatory

from ..coherence.dates import MONTHS, Day, deadlines_in
from ..monitoring.results import IndicatorResult, MechanismResults
from ..monitoring.summary import points_text, value_text
from ..russian import and_joined, format_document_date, title_in_sentence
from ..russian.morphology import participle_agreed, past_agreed
from ..russian.scale import COUNTED_UNITS, quantity
from ..russian.typography import NBSP
from ..sources.model import ProjectSources
from .act import approval_reference

NEXT_PROCEDURES = re.compile(r"\bследующ(?:ую|ие)\s+ВПР\b")
"""«провести следующую ВПР»: which ВПР — every one of the next spring."""
PROCEDURES_OF_NEXT_YEAR = re.compile(r"\b(ВПР|всероссийск\w+\s+проверочн\w+\s+работ\w*)\s+следующего\s+учебного\s+года")
NEXT_SEPTEMBER = re.compile(r"\b(1\s+сентября)\s+следующего\s+учебного\s+года")
NEXT_SCHOOL_YEAR = re.compile(r"\bследующ\w+\s+(учебн\w+\s+год\w*)")
START_OF_SCHOOL_YEAR = re.compile(r"\b(до\s+начала)\s+(учебного\s+года)")
"""«до начала учебного года» in a task: the start of the next school year, as the term is never past."""
NEXT_FINANCIAL_YEAR = re.compile(r"\bследующ\w+\s+(финансов\w+\s+год\w*)")
NEXT_YEAR = re.compile(r"\bследующ\w+\s+(год(?:а|у|ом|е)?)\b")
POINTS = f"п.{NBSP}п."
"""Percentage points: the change of a share."""
SHARES = ("процент", "да/нет")


def amount(result: IndicatorResult, value: float) -> str:
    """A value or a change on the indicator's unit: «3,1 п. п.» for a share, «12 человек», «0,5 балла»."""
    if result.indicator.unit in SHARES:
        return f"{value:.{result.places}f}".replace(".", ",") + f"{NBSP}{POINTS}"
    return quantity(value, result.indicator.unit)


def change_phrase(result: IndicatorResult, year: int, key: str | None = None) -> str:
    """«что на 3,1 п. п. выше, чем в 2023 году», «что на 2 человека меньше, чем в 2023 году», «что соответствует
    уровню 2023 года»; "" when either year has no value."""
    change = result.change(key)
    if change is None:
        return ""
    if change == 0:
        return f"что соответствует уровню {year - 1} года"
    counted = result.indicator.unit in COUNTED_UNITS
    direction = ("больше" if change > 0 else "меньше") if counted else ("выше" if change > 0 else "ниже")
    return f"что на {amount(result, abs(change))} {direction}, чем в {year - 1} году"


def indicator_sentence(result: IndicatorResult, year: int) -> str:
    """«Доля обучающихся … по округу составила 94,4 % (2 балла), что на 1,6 п. п. выше, чем в 2023 году; целевое
    значение «не менее 90 %» достигнуто.»"""
    indicator, municipal = result.indicator, result.municipality
    if municipal is not None and municipal.inapplicable:
        return (
            f"Показатель {indicator.code} «{indicator.name}» в {year} году не применяется: его знаменатель равен нулю."
        )
    if municipal is None or (municipal.value is None and municipal.answer is None):
        return f"Сведения по показателю {indicator.code} «{indicator.name}» за {year} год не представлены."
    scored = f" ({points_text(municipal.points)})" if municipal.points is not None else ""
    change = change_phrase(result, year)
    closed = "," if "," in indicator.name else ""  # a participial or relative clause ends before the predicate
    text = (
        f"{indicator.name}{closed} по округу {past_agreed('составил', indicator.name)} {value_text(result, municipal)}"
        f"{scored}{', ' + change if change else ''}"
    )
    if indicator.target and municipal.meets_target is not None:
        text += f"; целевое значение «{indicator.target}» {'достигнуто' if municipal.meets_target else 'не достигнуто'}"
    return text + "."


def organizations_phrase(results: MechanismResults, keys: Sequence[str]) -> str:
    """«МОУ «СОШ № 4», МОУ «СОШ № 7» и МОУ «СОШ № 9»»."""
    return and_joined([results.respondents[key].short_name for key in keys])


def term(results: MechanismResults) -> str:
    """What the справка calls the organizations it is about: «ДОО» when all are preschools, else «ОО»."""
    kinds = {row.organization.kind for row in results.respondents.values() if row.organization is not None}
    return "ДОО" if kinds == {"ДОО"} else "ОО"


def of(count: int, total: int) -> str:
    """«7 из 24»: how many of how many, after the noun they count («ОО (7 из 24)»), which reads in any case."""
    return f"{count} из {total}"


def codes_phrase(codes: Sequence[str]) -> str:
    """«показателю 1.1.2», «показателям 1.1.1 и 1.1.4» (dative: «по …»)."""
    return ("показателю " if len(codes) == 1 else "показателям ") + and_joined(sorted(codes, key=code_sort_key))


def by_count(count: int) -> str:
    """«по 1 показателю», «по 4 показателям»: the dative after «по» agrees with the number's last word."""
    return f"по {count}{NBSP}" + ("показателю" if count % 10 == 1 and count % 100 != 11 else "показателям")


def of_indicators(total: int) -> str:
    """«5 показателей», «21 показателя»: the genitive after «из» agrees with the number's last word."""
    return f"{total}{NBSP}" + ("показателя" if total % 10 == 1 and total % 100 != 11 else "показателей")


def percent(value: float) -> str:
    """«100 %», «91,7 %»: a share of organizations, whole when it is."""
    return (f"{value:.0f}" if value == int(value) else f"{value:.1f}".replace(".", ",")) + f"{NBSP}%"


def regulation_reference(project: ProjectSources, results: MechanismResults, case: str = "ablt") -> str:
    """«Положением о мониторинге …, утверждённым приказом УО от 15.03.2021 № 112» (in ``case``, with the participle
    in the same case), or the title alone when the Положение is approved by no act of the set."""
    regulation = results.regulation
    title = title_in_sentence(regulation.title, case)
    act = project.acts.get(regulation.approved_by or "")
    if act is None:
        return title
    terms = project.glossary.model.terms if project.glossary else []
    participle = participle_agreed("утверждённый", regulation.title, case)
    return f"{title}, {participle} {approval_reference(project.valid_profile.model, act, terms)}"


def service_signatory(project: ProjectSources) -> Signatory:
    """Who signs what the methodical service writes: its head, or the authority's head where the profile names none."""
    service = project.valid_profile.model.monitoring.service
    return service.head if service is not None else project.valid_profile.model.head


def service_name(project: ProjectSources) -> str:
    service = project.valid_profile.model.monitoring.service
    return service.name if service is not None else project.valid_profile.model.authority.full_name


def date_text(project: ProjectSources, day: datetime.date) -> str:
    return format_document_date(day, project.valid_profile.model.layout.date_format)


def school_year(day: datetime.date) -> str:
    """«2024/25»: the school year ``day`` falls in (from 1 September)."""
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


MONITORING_YEAR_BEFORE = re.compile(
    r"\b(?:года,\s+предшествующего\s+году\s+мониторинга|предшествующего\s+года|предыдущего\s+года)"
)
MONITORING_YEAR_NOW = re.compile(r"\bтекущего\s+года")
ENDS_WITH_MONTH = re.compile(
    r"\d\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$"
)
YEAR_BEFORE_MONITORING = re.compile(r"\bгод,\s+предшествующий\s+году\s+мониторинга")


def calendar_years_named(text: str, year: int) -> str:
    """A passport's period or deadline with its calendar years named for the monitoring ``year`` (every figure has
    its date): «по состоянию на 31 декабря года, предшествующего году мониторинга» — «… 31 декабря 2023 года»,
    «до 1 февраля текущего года» — «до 1 февраля 2024 года», «до 1 июня» — «до 1 июня 2024 года». School years
    («текущего учебного года») stay as the Положение says them: which one is meant depends on when the data are due,
    which :func:`school_years_named` reads from the deadline."""
    if ENDS_WITH_MONTH.search(text):  # «до 1 июня»: a deadline of the monitoring year, said with it as all are
        text = f"{text} {year}{NBSP}года"
    text = YEAR_BEFORE_MONITORING.sub(f"{year - 1}{NBSP}год", text)
    text = MONITORING_YEAR_BEFORE.sub(f"{year - 1}{NBSP}года", text)
    return MONITORING_YEAR_NOW.sub(f"{year}{NBSP}года", text)


CURRENT_AND_PREVIOUS_SCHOOL_YEARS = re.compile(r"\bтекущего\s+и\s+предыдущего\s+учебных\s+годов")
DAY_OF_CURRENT_SCHOOL_YEAR = re.compile(
    rf"\b(?:(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+по\s+)?(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+текущего\s+учебного\s+года"
)
"""«20 сентября текущего учебного года», «1 сентября по 31 мая текущего учебного года»: days of a school year."""
CURRENT_SCHOOL_YEAR = re.compile(r"\bтекущего\s+учебного\s+года")
ENDED_SCHOOL_YEAR = re.compile(r"(?<![\w/])(?:предшествующий\s+)?учебный\s+год\b")
"""«учебный год», «предшествующий учебный год»: the last school year whose lessons ended before the deadline."""


def school_years_named(period: str, deadline: str, year: int) -> str:
    """A passport's ``period`` with its school years named by the ``deadline`` its data are due by in the monitoring
    ``year`` (the last one, for data due quarterly): «текущего учебного года» is the school year the deadline falls in
    («ЕГЭ текущего учебного года (май — июль)», due «до 1 сентября» — «ЕГЭ 2023/24 учебного года»; «школьный этап
    (сентябрь–октябрь) текущего учебного года», due «до 1 декабря» — «… 2024/25 учебного года»), «20 сентября
    текущего учебного года» that day's calendar year («с 1 сентября 2023 года по 31 мая 2024 года»); «учебный год»
    and «предшествующий учебный год» the last one whose lessons ended (in May) before the deadline: due «до 25
    сентября 2024 года», the 2023/24 one. As written where the deadline names no day."""
    due = deadlines_in(deadline)
    if not due:
        return period
    last = due[-1].last_day
    current = year if last.month >= 9 else year - 1  # the first calendar year of the school year the deadline is in
    ended = year - 1 if last.month >= 6 else year - 2

    def named(start: int) -> str:  # «2023/24»
        return school_year(datetime.date(start, 9, 1))

    period = CURRENT_AND_PREVIOUS_SCHOOL_YEARS.sub(f"{named(current - 1)} и {named(current)} учебных годов", period)

    def dated(day: str, month: str) -> str:  # a day of the school year with its calendar year
        return f"{day} {month} {current if MONTHS.index(month) >= 8 else current + 1}{NBSP}года"

    period = DAY_OF_CURRENT_SCHOOL_YEAR.sub(
        lambda found: (
            (f"{dated(found.group(1), found.group(2))} по " if found.group(1) else "")
            + dated(found.group(3), found.group(4))
        ),
        period,
    )
    period = CURRENT_SCHOOL_YEAR.sub(f"{named(current)} учебного года", period)
    return ENDED_SCHOOL_YEAR.sub(f"{named(ended)} учебный год", period)


def years_named(text: str, day: datetime.date) -> str:
    """The Положение's «следующий …» said as the year it means in a document of ``day`` (an act applies the
    Положение, and names the year): the ВПР «следующего учебного года» are those of the next spring («ВПР 2025
    года»), «следующую ВПР» every one of them; «с 1 сентября следующего учебного года» the next September; «на
    следующий учебный год» the school year after the one in progress («на 2025/26 учебный год»), as «до начала
    учебного года» its start («до начала 2025/26 учебного года»); «на следующий
    финансовый год», as «на следующий год», the calendar year after ``day``'s: the act says the next one, whether or
    not its budget is drafted by then."""
    spring = day.year + 1 if day.month >= 6 else day.year
    september = int(school_year(day)[:4]) + 1
    text = NEXT_PROCEDURES.sub(f"все ВПР {spring}{NBSP}года", text)
    text = PROCEDURES_OF_NEXT_YEAR.sub(lambda found: f"{found.group(1)} {spring}{NBSP}года", text)
    text = NEXT_SEPTEMBER.sub(lambda found: f"{found.group(1)} {september}{NBSP}года", text)
    named = f"{september}/{(september + 1) % 100:02d}"
    text = NEXT_SCHOOL_YEAR.sub(lambda found: f"{named} {found.group(1)}", text)
    text = START_OF_SCHOOL_YEAR.sub(lambda found: f"{found.group(1)} {named} {found.group(2)}", text)
    text = NEXT_FINANCIAL_YEAR.sub(lambda found: f"{day.year + 1} {found.group(1)}", text)
    return NEXT_YEAR.sub(lambda found: f"{day.year + 1}{NBSP}{found.group(1)}", text)


def better(result: IndicatorResult) -> int:
    """1 where a larger value is better, -1 where a smaller one is (the scale gives its most points to the lowest
    values: «Доля ОО с признаками необъективности»: 0 % earns 2 points), so a change reads as better or worse."""
    bands = [band for band in result.indicator.scoring if band.lower is not None or band.upper is not None]
    if len(bands) < 2:
        return 1
    best, worst = max(bands, key=lambda b: b.points), min(bands, key=lambda b: b.points)

    def position(band) -> float:
        return band.lower if band.lower is not None else float("-inf")

    return -1 if position(best) < position(worst) else 1


def in_calendar_order(deadline: tuple[str, list[str]]) -> tuple[bool, Day]:
    """«до 15 июня» before «до 1 июля»; a deadline without a day last."""
    found = deadlines_in(deadline[0])
    return (not found, found[0].last_day if found else Day(12, 31))

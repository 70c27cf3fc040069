"""What an indicator of the округ is made of, as the справка says it under the table of the округ's values: its
numerator and denominator, so that a reader can check the share. Organizations («число ОО, в которых …»): «По
данным мониторинга на 19.12.2024, из 24 ОО, участвовавших в ВПР, в числитель показателя 1.1.1 (число ОО, в которых
…) вошли 20; не вошли 4.», the fewer of those in and out named where the data name each organization. People or
posts («общее число руководителей ОО»): «…, из 42 руководителей ОО в числитель показателя 2.1.1 (число
руководителей, прошедших повышение квалификации за три года) вошли 38.», the denominator's noun
agreeing with the number («из 21 руководителя ОО»); those left out are the difference, not said. The numerator
is in the Положение's words (no agreement with the count to get wrong)."""

from __future__ import annotations

import re

from ..monitoring.results import IndicatorResult, MechanismResults
from ..monitoring.selection import is_municipal
from ..russian.morphology import analyzer
from ..russian.typography import NBSP
from .addressed import named_counts
from ..russian.organizations import COUNTED
from .year_text import calendar_years_named

COUNTS = re.compile(r"^(?:общее\s+)?(?:число|численность)\s+(.+)$")
"""A count as a Положение's calculation states it: «общее число руководителей ОО», «численность детей 5–18 лет …»."""
ENTERED = {"masc": "вошёл", "femn": "вошла", "neut": "вошло"}
"""The verb after a count ending in 1 («вошла 21»), by the gender of what is counted; after any other, «вошли»."""


def counted_lines(results: MechanismResults, dated: str) -> list[str]:
    """A sentence for each indicator of the округ whose numerator and denominator are counts the data give."""
    lines = []
    for result in results.indicators:
        calculation, whole = result.indicator.calculation, result.municipality
        if not is_municipal(result.indicator) or calculation is None or whole is None:
            continue
        numerator, denominator = (COUNTS.match(part or "") for part in (calculation.numerator, calculation.denominator))
        if not numerator or not denominator or whole.numerator is None or not whole.denominator:
            continue
        organizations = COUNTED.match(calculation.denominator or "") is not None
        whom = denominator.group(1) if organizations else _agreed(denominator.group(1), whole.denominator)
        whom = calendar_years_named(whom, results.year)
        closed = "," if "," in whom else ""  # a participial clause ends before the predicate
        entered = (
            _organizations_entered(results, result, whole.numerator, whole.denominator)
            if organizations
            else _people_entered(numerator.group(1), whole.numerator, whole.denominator)
        )
        lines.append(
            f"По данным мониторинга на {dated}, из {_number(whole.denominator)} {whom}{closed} в числитель "
            f"показателя {result.indicator.code} ({calendar_years_named(calculation.numerator, results.year)}) "
            f"{entered}."
        )
    return lines


def _organizations_entered(results: MechanismResults, result: IndicatorResult, counted: int, total: int) -> str:
    """«вошли 20; не вошли 4 (МОУ «СОШ № 4», …)»: how many organizations are in and out, the fewer named."""
    if not counted:
        return "не вошла ни одна"
    if counted == total:
        return "вошли все"
    named = named_counts(results, result, counted, total)
    rest = f"; не {_entered(total - counted, 'femn')} {total - counted}" if counted < total else ""
    return f"{_entered(counted, 'femn')} {counted}{named.get(True, '')}{rest}{named.get(False, '')}"


def _people_entered(counted_words: str, counted: int, total: int) -> str:
    """«вошли 38», «вошла 21 (должность)», «вошли все»: those out are the difference, not a group of their own."""
    gender = _gender(counted_words)
    if not counted:
        return {"masc": "не вошёл ни один", "femn": "не вошла ни одна"}.get(gender, "не вошло ни одного")
    return "вошли все" if counted == total else f"{_entered(counted, gender)} {_number(counted)}"


def _entered(count: int, gender: str) -> str:
    """«вошла» after 1, 21, … organizations, «вошёл» after 21 руководитель, else «вошли»."""
    return ENTERED.get(gender, "вошли") if count % 10 == 1 and count % 100 != 11 else "вошли"


def _agreed(phrase: str, count: int) -> str:
    """«руководителей ОО» after «из 21» → «руководителя ОО»: the genitive singular after a number ending in 1."""
    if count % 10 != 1 or count % 100 == 11:
        return phrase
    head, _, rest = phrase.partition(" ")
    parse = next((p for p in analyzer().parse(head) if p.tag.POS == "NOUN" and p.tag.case == "gent"), None)
    single = parse.inflect({"gent", "sing"}) if parse else None
    return f"{single.word} {rest}".strip() if single else phrase


def _gender(phrase: str) -> str:
    """The gender of what a count counts («руководителей» — masc, «должностей» — femn); plural where not known."""
    head = phrase.split(" ", 1)[0].strip(",")
    parse = next((p for p in analyzer().parse(head) if p.tag.POS == "NOUN"), None)
    return str(parse.tag.gender) if parse and parse.tag.gender else "plur"


def _number(count: int) -> str:
    """«38», «1 250», «25 400»: a count of people with its thousands set off by a no-break space from 10 000."""
    text = str(count)
    if count < 10_000:
        return text
    return f"{count:,}".replace(",", NBSP)

"""Whom the Положение's пункт on адресные рекомендации (``use_of_results.recommendations``, п. 9.2) sends them to,
indicator by indicator, where it names indicators: «Руководителям ОО, которые не обеспечили … (показатель 2.1.3) или
подготовки высокого уровня (показатель 2.1.4), … или в которых доля удовлетворённых родителей составила менее 70 %
(показатель 2.1.6), направляются адресные рекомендации». An indicator named there has the пункт's own rule: the
range its clause gives («менее 70 %»: the ОО whose value lies in it), or, with none, every ОО that misses the target
itself whatever the округ's value (an ОО left out of a share of the округ that the округ meets still «не обеспечила
подготовки высокого уровня»). An indicator the пункт does not name keeps the general rule (those below the target,
:attr:`generator.monitoring.results.IndicatorResult.below_target`). What the
пункт offers them besides («… направляются адресные рекомендации и предлагается индивидуальный план
профессионального развития») is read by the verb's dictionary form (pymorphy3), not by the sentence of one
Положение. Pure: text in, rules out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas.regulation import MonitoringRegulation, ValueRange

from ..russian.morphology import analyzer
from ..scales.reading import value_range

NAMED = re.compile(r"\(показател[ьи]\s+([^)]*)\)")
"""«(показатель 2.1.6)», «(показатели 2.1.3 и 2.1.4)»: the indicators the clause before it is about."""
CODE = re.compile(r"\d+(?:\.\d+)+")
BOUND = re.compile(r"(?:не\s+)?(?:менее|более|ниже|выше)\s+\d+(?:,\d+)?\s*%")
"""A bound the clause states on the indicator's value («составила менее 70 %»)."""
OFFERS = frozenset({"предлагаться", "предлагать", "предложить", "предложиться"})
"""The dictionary forms of the verb by which the пункт offers something besides рекомендации («предлагается»,
«предлагаются», «предложен»)."""
WORD = re.compile(r"[А-ЯЁа-яё]+")
PHRASE_END = re.compile(r"[.;,:]|\s+и\s+(?=[А-ЯЁа-яё]+(?:ется|ются|ится|ятся|ет|ют)\b)")
"""Where what is offered ends: at a punctuation mark, or at «и» before the next verb."""
KEPT_TO_ADVICE = re.compile(
    r"по\s+(?:каждой|отдельн\w+)\s+(?:Д?ОО|организаци\w+)\s+используются\s+только\s+для\s+адресных", re.IGNORECASE
)
"""«значения показателей по каждой ОО используются только для адресных рекомендаций»."""
SCORES_ORGANIZATIONS = re.compile(
    r"(?:оценк\w*|сумм\w*\s+баллов)\s+(?:кажд\w+\s+)?(?:Д?ОО|образовательн\w+\s+организаци\w+)\b", re.IGNORECASE
)
"""«Итоговая оценка ОО определяется суммой баллов …», «сумма баллов ОО»: the Положение scores each ОО."""


@dataclass(frozen=True)
class Rule:
    """The пункт's rule for one indicator it names."""

    within: ValueRange | None
    """The values whose ОО get рекомендации («менее 70 %»); None: those that miss the target themselves."""
    words: str = ""
    """The bound as the пункт says it («менее 70 %»); "" without one."""


def addressing_rules(text: str) -> dict[str, Rule]:
    """The indicators the пункт names, by code, each with its rule (empty when it names none)."""
    found: dict[str, Rule] = {}
    start = 0
    for match in NAMED.finditer(text):
        bounds = BOUND.findall(text[start : match.start()].replace("\u00a0", " "))
        start = match.end()
        span = value_range(bounds[-1]) if bounds else None
        found_span = span and "answer" not in span
        rule = Rule(ValueRange(**span), bounds[-1]) if span and found_span else Rule(None)
        for code in CODE.findall(match.group(1)):
            found[code] = rule
    return found


def offered(text: str) -> list[str]:
    """What the пункт offers those it sends рекомендации besides them, each as it says it («индивидуальный план
    профессионального развития»); empty where it offers nothing."""
    found = []
    for word in WORD.finditer(text):
        if not any(parse.normal_form in OFFERS for parse in analyzer().parse(word.group(0).lower())):
            continue
        rest = text[word.end() :].replace("\u00a0", " ")
        phrase = PHRASE_END.split(rest, maxsplit=1)[0].strip()
        if phrase and phrase not in found:
            found.append(phrase)
    return found


def kept_to_advice(regulation: MonitoringRegulation) -> bool:
    """The Положение keeps each ОО's values to the рекомендации («Сумма баллов не является оценкой отдельного
    руководителя; значения показателей по каждой ОО используются только для адресных рекомендаций»): it scores the
    округ, not each ОО — an ОО's value earns no points, no ОО is of those with a scale's least points —, and the
    справка it goes to the site with carries no ОО's data."""
    texts = (regulation.criteria, regulation.methods, *regulation.use_of_results.model_dump().values())
    return any(KEPT_TO_ADVICE.search(text) for text in texts)


def scores_organizations(regulation: MonitoringRegulation) -> bool:
    """Whether the Положение gives each ОО points of its own (1.1: «Итоговая оценка ОО определяется суммой баллов»).
    One that scores «по сумме баллов в целом по округу» defines none: its справка's tables give no ОО points (the pages
    still colour an ОО's value by the scale, as the analysis reads it)."""
    return bool(SCORES_ORGANIZATIONS.search(regulation.criteria))


EVERY = re.compile(
    r"^\s*(?:Кажд(?:ой|ому))\s+(?P<whom>.+?)\s+направля(?:ются|ется)\s+адресные\s+рекомендации\s*(?P<about>[^.;]*)"
)
"""«Каждой ШНОР и ШНСУ направляются адресные рекомендации по корректировке программы …»: the пункт sends them to
every organization the mechanism selects, whatever its values."""


@dataclass(frozen=True)
class Every:
    """The пункт's рекомендации to every organization the mechanism's indicators select."""

    whom: str
    """Whom, in the пункт's dative («ШНОР и ШНСУ»)."""
    about: str
    """What they are about as the пункт says it («по корректировке программы перехода …»); "" when it says nothing."""


def to_every(text: str) -> Every | None:
    """The пункт's рекомендации to every organization («Каждой ШНОР и ШНСУ направляются …»); None when it names a
    subset or nobody."""
    found = EVERY.match(text.replace("\u00a0", " "))
    return Every(found["whom"].strip(), found["about"].strip()) if found else None

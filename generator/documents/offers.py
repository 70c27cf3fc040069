"""What the Положение's пункт on адресные рекомендации (п. 9.2) offers their addressees besides them
(:func:`generator.monitoring.addressing.offered`: «… направляются адресные рекомендации и предлагается индивидуальный
план профессионального развития»), as the приказ orders it and the letter tells it. A promise of the Положение that
nobody is ordered to keep is not kept: the приказ orders the department responsible for the monitoring to offer it
to the heads named in the справка by the day the рекомендации go out, and each letter says it is offered, by whom,
when and by which point of the приказ. What is one's own («индивидуальный», «персональный», «личный» план) is one
for each: to several heads the plans are offered in the plural."""

from __future__ import annotations

import re

from ..monitoring.addressing import offered
from ..monitoring.results import MechanismResults
from ..monitoring.year import addressees
from ..russian import and_joined, inflect_phrase, lower_first
from ..russian.morphology import analyzer, normal_form, past_agreed

OWN = frozenset({"индивидуальный", "персональный", "личный"})
"""Adjectives of a thing each addressee has one of."""
PRONOUNS = {"": "его", "а": "её", "о": "его", "и": "их"}
"""The accusative pronoun for what is offered, by the ending a past verb takes with it (:func:`past_agreed`)."""
OFFER = "предложить "
WORD = re.compile(r"[А-ЯЁа-яё]+")


def offers(results: MechanismResults) -> list[str]:
    """What the пункт offers, as it says it; empty where it offers nothing or nobody gets рекомендации."""
    return offered(results.regulation.use_of_results.recommendations) if addressees(results) else []


def offer_item(results: MechanismResults, basis: str, whom: str, due: str) -> str | None:
    """«в соответствии с пунктом 9.2 Положения о мониторинге предложить руководителям образовательных организаций,
    названных в приложении (раздел 5), индивидуальные планы профессионального развития не позднее 29.11.2024»; None
    where the пункт offers nothing."""
    said = offers(results)
    if not said:
        return None
    many = len(addressees(results)) > 1
    things = and_joined([inflect_phrase(thing, "accs", "plur" if many and _own(thing) else None) for thing in said])
    return f"{basis} {OFFER}{whom}, {things} {due}".strip()


def offer_line(results: MechanismResults, clause: str, department: str, due: str, point: str) -> str | None:
    """«В соответствии с пунктом 9.2 Положения о мониторинге Вам предлагается также индивидуальный план
    профессионального развития: отделу кадровой работы управления образования поручено предложить его не позднее
    29.11.2024 (подпункт 6.1 приказа).»: the letter's word to the head; None where the пункт offers nothing."""
    said = offers(results)
    if not said:
        return None
    things = and_joined(said)
    verb = "предлагаются" if past_agreed("", said[0]) == "и" or len(said) > 1 else "предлагается"
    pronoun = "их" if len(said) > 1 else "это" if _action(said[0]) else PRONOUNS[past_agreed("", said[0])]
    return (
        f"В соответствии с {clause} Вам {verb} также {things}: {lower_first(department)} поручено "
        f"{OFFER}{pronoun} {due} ({point})."
    )


def _action(thing: str) -> bool:
    """«пройти стажировку …»: an action offered, not a thing; «предложить это»."""
    first = WORD.match(thing)
    return first is not None and any(p.tag.POS == "INFN" for p in analyzer().parse(first.group(0).lower()))


def _own(thing: str) -> bool:
    first = WORD.match(thing)
    return first is not None and normal_form(first.group(0).lower()) in OWN

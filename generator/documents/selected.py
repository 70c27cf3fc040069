"""The letter to an organization sent адресные рекомендации because the Положение's пункт on them sends them to every
organization the mechanism selects («Каждой ШНОР и ШНСУ направляются адресные рекомендации по корректировке
программы перехода в эффективный режим работы», :attr:`generator.monitoring.results.MechanismResults.every`): in
which перечень it stands, its own values where it reached every target (the справка's, so the letter is not empty),
and the recommendation the пункт prescribes, with the results to be taken into account."""

from __future__ import annotations

from collections.abc import Mapping

from ..monitoring.results import IndicatorResult, MechanismResults
from ..russian import and_joined
from ..russian.morphology import analyzer
from .addressed import marked_sentence
from .findings import finding
from .regulation import use_of_results_clause

PRONOUN = {"masc": "его", "neut": "его", "femn": "её"}
"""What stands for the object of the пункт's action («программы» — «при её корректировке»), by its gender."""


def standing_lines(
    results: MechanismResults,
    key: str,
    short: str,
    missed: list[IndicatorResult],
    others: Mapping[str, IndicatorResult],
) -> list[str]:
    """«МОУ «СОШ № 32» входит в перечень ШНСУ.», and where it missed no target, that said with its values."""
    lines = [line for line in [marked_sentence(results, key, short)] if line]
    if results.every is None or missed:
        return lines
    own = [r for r in results.indicators if key in r.by_organization or key in r.parts]
    name = results.respondents[key].name
    lines.append(
        f"{short} не относится к ОО, не достигшим целевых значений показателей (раздел 5 приложения к приказу)."
    )
    return lines + [finding(result, key, short, results.year, name, others) for result in own]


def every_line(results: MechanismResults, missed: list[IndicatorResult]) -> str | None:
    """«В соответствии с пунктом 9.2 Положения каждой ШНОР и ШНСУ направляются адресные рекомендации по корректировке
    программы перехода в эффективный режим работы. Рекомендуем при её корректировке учесть результаты мониторинга
    2024 года, приведённые выше, и рекомендации по показателям 1.2.1 и 1.2.5.»; None where the пункт names no
    «каждой»."""
    every = results.every
    clause = use_of_results_clause(results.regulation, "recommendations")
    if every is None or clause is None:
        return None
    at = _at(every.about)
    codes = [result.indicator.code for result in missed]
    one = len(codes) == 1
    also = f", и рекомендации по показател{'ю' if one else 'ям'} {and_joined(codes)}, приведённые ниже" if codes else ""
    return (
        f"В соответствии с пунктом {clause} Положения каждой {every.whom} направляются адресные рекомендации"
        f"{f' {every.about}' if every.about else ''}. Рекомендуем{at} учесть результаты мониторинга {results.year} "
        f"года, приведённые выше{also}."
    )


def _at(about: str) -> str:
    """«по корректировке программы …» → « при её корректировке»: the action the пункт names, its object a pronoun;
    "" where the пункт does not say it so («по» and a noun of action with its object)."""
    words = about.split()
    if len(words) < 3 or words[0] != "по":
        return ""
    action = next((p for p in analyzer().parse(words[1]) if p.tag.POS == "NOUN" and p.tag.case == "datv"), None)
    thing = next((p for p in analyzer().parse(words[2]) if p.tag.POS == "NOUN" and p.tag.case == "gent"), None)
    if action is None or thing is None:
        return ""
    place = action.inflect({"loct", action.tag.number or "sing"})
    pronoun = "их" if thing.tag.number == "plur" else PRONOUN.get(str(thing.tag.gender))
    return f" при {pronoun} {place.word}" if place and pronoun else ""

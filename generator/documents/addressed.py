"""How the справка says whom адресные рекомендации go to: the ОО below the targets, or, where the Положение's
пункт on рекомендации names indicators (:mod:`generator.monitoring.addressing`), the ОО its rule names — an ОО left
out of a share of the округ that the округ meets, and by a bound of the пункт's own («менее 70 %») rather than the
target."""

from __future__ import annotations

import re

from ..monitoring.results import IndicatorResult, MechanismResults
from ..monitoring.summary import value_text
from ..russian import and_joined
from ..russian.morphology import participle_agreed, past_agreed
from ..monitoring.measures import flag
from .regulation import use_of_results_clause
from .year_text import of, organizations_phrase, percent, term

LOW_SHARE = re.compile(r"(?<![А-ЯЁа-яё])(ОО|ДОО) с низкой долей (.+?)(?=,\s+и\s|$)")
"""«ОО с низкой долей педагогов, имеющих квалификационные категории»: whom a task acts on, by a share it does not
bound."""


def by_clause(results: MechanismResults) -> str | None:
    """«пунктом 9.2 Положения», where the Положение's пункт on рекомендации names the indicators they go by."""
    clause = use_of_results_clause(results.regulation, "recommendations")
    named = results.every is not None or any(result.rule is not None for result in results.indicators)
    return f"пунктом {clause} Положения" if named and clause else None


def whom(results: MechanismResults, section: int) -> str:
    """«ОО, не достигших целевых значений (раздел 5)», or «ОО, названных в разделе 5» where the Положение's пункт
    names whom."""
    if by_clause(results):
        return f"{term(results)}, названных в разделе {section}"
    return f"{term(results)}, не достигших целевых значений (раздел {section})"


def addressed_lead(results: MechanismResults, count: int, counted: int) -> str | None:
    """«Адресные рекомендации в соответствии с пунктом 9.2 Положения направляются руководителям ОО (11 из 24):»."""
    clause = by_clause(results)
    if clause is None:
        return None
    every = results.every
    if every is not None:
        about = f" {every.about}" if every.about else ""
        return (
            f"Адресные рекомендации{about} в соответствии с {clause} направляются руководителям каждой {every.whom} "
            f"({of(count, counted)}), в том числе по показателям, целевые значения которых не достигнуты:"
        )
    return (
        f"Адресные рекомендации в соответствии с {clause} направляются руководителям {term(results)} "
        f"({of(count, counted)}):"
    )


def bound_lines(results: MechanismResults) -> list[str]:
    """«По показателю 2.1.6 адресные рекомендации в соответствии с пунктом 9.2 Положения направляются ОО, в которых
    значение показателя составило менее 70 %; таких ОО нет.»: the пункт's own bound said, not the target's."""
    clause = by_clause(results)
    lines = []
    for result in results.indicators:
        if clause is None or result.rule is None or result.rule.within is None:
            continue
        keys = result.addressed
        said = f": {organizations_phrase(results, keys)}" if keys else f"; таких {term(results)} нет"
        lines.append(
            f"По показателю {result.indicator.code} адресные рекомендации в соответствии с {clause} направляются "
            f"{term(results)}, в которых значение показателя составило {result.rule.words}{said}."
        )
    return lines


def parts_lines(results: MechanismResults) -> list[str]:
    """What section 2 says of the ОО's own parts of the округ's shares, where other documents rely on them: «Целевого
    значения показателя 1.1.3 («не менее 98 %») не достигли ОО (6 из 24): МОУ «СОШ № 4» — 94,6 % (в 2023 году —
    93,0 %); …», the values section 5 and the letters cite (a share of people: a count of ОО names them at its
    count), and which of them missed it the year before too, as «Результаты по ОО» says of their own values; and,
    where the округ meets the target of one whose ОО left out the справка names and the Положение's пункт sets no
    rule of its own, that those ОО get no рекомендации on it, so that section 5 leaving them out is read as the
    rule, not an omission."""
    lines: list[str] = []
    for result in results.indicators:
        whole, parts, keys = result.municipality, result.parts, result.addressed
        if not parts or whole is None:
            continue
        counted = all(flag(measure) is not None for measure in parts.values())
        if keys and not counted:
            values = "; ".join(
                f"{results.respondents[k].short_name} — {_with_before(results, result, k)}" for k in keys
            )
            lines.append(
                f"Целевого значения показателя {result.indicator.code} («{result.indicator.target.strip()}») не "
                f"{'достигла' if len(keys) == 1 else 'достигли'} {term(results)} ({of(len(keys), len(parts))}): "
                f"{values}."
            )
            lines += [said for said in [second_year(results, result)] if said and keys == result.below_target]
        missed = [key for key, measure in parts.items() if measure.meets_target is False]
        named = 0 < len(missed) < len(parts) - len(missed)  # the count names the fewer: here those left out
        if counted and not keys and named and whole.meets_target and result.rule is None:
            lines.append(
                f"Целевое значение показателя {result.indicator.code} по округу достигнуто, поэтому "
                f"{term(results)}, не вошедшие в его числитель, адресных рекомендаций по этому показателю не получают."
            )
    return lines


def second_year(results: MechanismResults, result: IndicatorResult) -> str:
    """«Второй год подряд (в 2023 и 2024 годах) целевого значения не достигли ОО (6 из 7): …», of the ОО below the
    target by their own values or their parts of the округ's share (:attr:`IndicatorResult.below_two_years`); that
    they reached it the year before only where each one's value did."""
    both, below = result.below_two_years, result.below_target
    if both is None:
        return ""
    these = f"{'этой' if len(below) == 1 else 'этих'} {term(results)}"
    if not both:
        before = [result.own(key, previous=True) for key in below]  # each value itself, a part's too
        reached = all(measure is not None and measure.meets_target for measure in before)
        return f"В {results.year - 1} году целевое значение в {these} было достигнуто." if reached else ""
    if len(both) == len(below):
        return (
            f"В{'о всех' if len(below) > 1 else ''} {these} целевое значение не было достигнуто и в "
            f"{results.year - 1} году, то есть второй год подряд."
        )
    return (
        f"Второй год подряд (в {results.year - 1} и {results.year} годах) целевого значения не достигли "
        f"{term(results)} ({of(len(both), len(below))}): {organizations_phrase(results, both)}."
    )


def _with_before(results: MechanismResults, result: IndicatorResult, key: str) -> str:
    """«94,6 % (в 2023 году — 93,0 %)»: an ОО's part of the округ's share, with the year before's where known."""
    before = result.own(key, previous=True)
    known = before is not None and before.value is not None
    earlier = f" (в {results.year - 1} году — {value_text(result, before)})" if known else ""
    return f"{value_text(result, result.parts[key])}{earlier}"


def with_criterion(task: str, result: IndicatorResult) -> str:
    """«выявить ОО с низкой долей педагогов, имеющих …, и …» → «выявить ОО, в которых доля педагогов, имеющих …, ниже
    65 % (целевое значение), и …»: a «low» share, where the справка cannot name the ОО, bounded by
    the indicator's target, so that whom the department finds is not left to it; as written without a lower bound."""
    target = result.target
    if target is None or target.lower is None or target.upper is not None or result.indicator.unit != "процент":
        return task
    bound = f"ниже {percent(target.lower)} (целевое значение)"
    return LOW_SHARE.sub(
        lambda low: f"{low.group(1)}, в которых доля {low.group(2)}{',' if ',' in low.group(2) else ''} {bound}",
        task,
        count=1,
    )


def got(results: MechanismResults, keys: list[str]) -> str:
    """«получили ОО: », or for one «получило » agreeing with its full name («учреждение»): no plural of one ОО."""
    if len(keys) == 1:
        return f"{past_agreed('получил', results.respondents[keys[0]].name)} "
    return f"получили {term(results)}: "


def supported(results: MechanismResults, keys: list[str], least: str) -> str:
    """«ОО, получивших наименьший балл …: МОУ «СОШ № 4» и …», or for one «МОУ «СОШ № 43», получившего наименьший
    балл …»."""
    if len(keys) == 1:
        name = results.respondents[keys[0]]
        return f"{name.short_name}, {participle_agreed('получивший', name.name, 'gent')} {least}"
    return f"{term(results)}, получивших {least}: {organizations_phrase(results, keys)}"


def named_counts(results: MechanismResults, result: IndicatorResult, counted: int, total: int) -> dict[bool, str]:
    """« (МОУ «СОШ № 4», …)» after the smaller of those counted and those not, where the data name every
    organization and agree with the округ's counts: whom the figure is about, not its count alone; those left out
    as well where they are the ones sent рекомендации on it (who stays in the перечень ШНОР)."""
    flags = {key: flag(measure) for key, measure in result.parts.items()}
    if not flags or None in flags.values() or not 0 < counted < total or flags.keys() - results.respondents.keys():
        return {}
    out_fewer = counted > total - counted
    named = {side: [key for key, inside in flags.items() if inside is side] for side in (True, False)}
    shown = {side for side in named if side is not out_fewer or (not side and named[side] == result.addressed)}
    return {side: f" ({organizations_phrase(results, named[side])})" for side in shown}


def marked(results: MechanismResults, key: str) -> list[str]:
    """The marks of the list the mechanism's indicators select the organization by («ШНОР», «ШНСУ»), in the
    list's order: in which перечни the справка and the letter say it stands."""
    organization = results.respondents[key].organization
    selecting = {mark for r in results.indicators if r.indicator.applies_to for mark in r.indicator.applies_to.marks}
    return [mark for mark in organization.marks if mark in selecting] if organization is not None else []


def marked_sentence(results: MechanismResults, key: str, short: str) -> str | None:
    """«МОУ «ООШ № 19» входит в перечни ШНОР и ШНСУ.»; None for an organization of no перечень."""
    marks = marked(results, key)
    if not marks:
        return None
    return f"{short} входит в {'перечень' if len(marks) == 1 else 'перечни'} {and_joined(marks)}."


def roster_sentence(results: MechanismResults) -> str | None:
    """«В перечень ШНОР входят МОУ «СОШ № 7», …; в перечень ШНСУ — …; МОУ «ООШ № 19» входит в оба перечня.»: which of
    the organizations the indicators select stand in which перечень, so that the denominators can be checked (named,
    not counted: a count of the network needs its source and date); None where they select by no mark."""
    keys = results.organizations_expected
    by_mark: dict[str, list[str]] = {}
    for key in keys:
        for mark in marked(results, key):
            by_mark.setdefault(mark, []).append(key)
    if not by_mark:
        return None
    parts = [
        f"{'В перечень' if index == 0 else 'в перечень'} {mark} {'входят ' if index == 0 else '— '}"
        f"{organizations_phrase(results, members)}"
        for index, (mark, members) in enumerate(by_mark.items())
    ]
    both = [key for key in keys if len(marked(results, key)) > 1]
    if both:
        verb = "входит" if len(both) == 1 else "входят"
        parts.append(
            f"{organizations_phrase(results, both)} {verb} в оба перечня"  # two marks there are
        )
    return "; ".join(parts) + "." + _counted_before(results, set(by_mark))


def _counted_before(results: MechanismResults, marks: set[str]) -> str:
    """« МОУ «СОШ № 32» в перечень ШНОР не входит, но учтена в показателях 1.2.4 и 1.2.5: в отчётном периоде она в
    него входила.»: the organizations an indicator of a перечень («общее число ШНОР») counts though the list marks
    them otherwise now (one left the перечень by the year's end), so that its denominator is not read as wrong."""
    counted: dict[tuple[str, str], list[str]] = {}
    for result in results.indicators:
        calculation = result.indicator.calculation
        named = {mark for mark in marks if calculation and re.search(rf"\b{mark}\b", calculation.denominator or "")}
        for key in {**result.by_organization, **result.parts}:
            missing = sorted(named - set(marked(results, key))) if named.isdisjoint(marked(results, key)) else []
            for mark in missing:
                counted.setdefault((key, mark), []).append(result.indicator.code)
    lines = []
    for (key, mark), codes in counted.items():
        lines.append(
            f" {results.respondents[key].short_name} в перечень {mark} не входит, но учтена в "
            f"{'показателе' if len(codes) == 1 else 'показателях'} {and_joined(codes)}: в отчётном периоде она в него "
            "входила."
        )
    return "".join(lines)

"""Section names of a Положение and their usual variants, as word stems: what a heading is mapped to."""

from __future__ import annotations

import re


INLINE_LEAD = re.compile(
    r"^(?P<name>(?:основн\w+\s+)?(?:цел[ьи]|задачи|принципы))(?:\s+мсоко)?\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


SECTIONS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("final_provisions", (("заключительн",),)),
    ("general_provisions", (("общ", "положени"),)),
    ("goal_and_tasks", (("цел", "задач"),)),
    ("tasks", (("задач",),)),
    ("goal", (("цел",),)),
    ("indicators", (("показател",), ("индикатор",))),
    ("criteria", (("критери",), ("оценива",))),
    ("methods", (("метод",), ("сбор",), ("обработк",))),
    ("schedule", (("периодичн",), ("срок",), ("график",))),
    ("participants", (("участник",), ("ответствен",))),
    ("use_of_results", (("использован",), ("итог",), ("результат",))),
)
"""Section names and their variants, by word stems that must all occur; the first rule that fits wins."""


UMBRELLA_PARTS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("principles", (("принцип",),)),
    ("tasks", (("задач",),)),
    ("goal", (("цел",),)),
)
"""The parts of a Положение о МСОКО that are often typed together: «Цели, задачи и принципы МСОКО»."""


UMBRELLA_SECTIONS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("final_provisions", (("заключительн",),)),
    ("general_provisions", (("общ", "положени"),)),
    ("mechanisms", (("механизм",),)),
    ("functions", (("функци",),)),
    ("assessment", (("объект", "оценк"), ("процедур", "оценк"))),
    ("publication", (("открытост",), ("публикац",), ("публичност",))),
    ("structure", (("структур",), ("субъект",), ("участник",))),
) + UMBRELLA_PARTS


STEPS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("effectiveness", (("эффективн",),)),
    ("recommendations", (("рекомендац",),)),
    ("decisions", (("решени",),)),
    ("measures", (("мер",), ("мероприят",))),
    ("analysis", (("анализ",),)),
)


def section_for(rules, text: str) -> str | None:
    lowered = text.lower()
    return next((name for name, variants in rules if fits(variants, lowered)), None)


def fits(variants: tuple[tuple[str, ...], ...], lowered: str) -> bool:
    """Some variant has all its stems in the (lower-case) text."""
    return any(all(stem in lowered for stem in variant) for variant in variants)

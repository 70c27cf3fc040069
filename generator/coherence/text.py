"""The text rules of coherence, on a sequence of texts (a document's paragraphs, or a source's strings in order):
conversational wording, a thing named before it existed, a figure without its source and date, a second name for
one thing, an act citing a later one."""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any, Iterator, Sequence

import yaml

from ..messages import coherence as messages
from .data import DATA, lexicon

SHOWN = 4
APART = "\x00"
"""Between texts searched as one: no text holds it (the loader drops it from every string, XML has none)."""
CITATION = re.compile(r"от\s+(\d{2}\.\d{2}\.\d{4})\s*№\s*([0-9A-Za-zА-Яа-яЁё/\-\u2011]+)")
"""A citation of an act by its date and number: («от 15.03.2021 № 112»)."""
SCALE = re.compile(r"балл", re.IGNORECASE)
BOUND = re.compile(r"[\s\u00a0]+и[\s\u00a0]+(?:более|менее|выше|ниже|свыше)")
"""«15 человек и более»: a band's bound, wherever the band stands apart from its points."""
_GOST = re.compile(r"ГОСТ[\s\u00a0]+(?:Р[\s\u00a0]+)?[\d.]+[-–\u2011](\d{4})")


@dataclass(frozen=True)
class Hit:
    """A finding in one of the texts: ``fragment`` is the text as written there (to locate it in a source)."""

    index: int
    fragment: str
    code: str
    message: str
    at: int = 0
    """Where the fragment starts in its text, when it may occur there earlier too (a full name spelled out again
    after its introduction)."""


@dataclass(frozen=True)
class NameGroup:
    """One thing and its one name: the preferred form, and other names for it that a text must not use."""

    preferred: str
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Founded:
    name: str
    patterns: tuple[str, ...]
    since: datetime.date
    act: str


@cache
def founded() -> tuple[Founded, ...]:
    """The names a document dated before their creation cannot use (``generator/coherence/founded.yaml``)."""
    entries: list[dict[str, Any]] = yaml.load(
        (DATA / "founded.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader
    )
    return tuple(Founded(e["name"], tuple(e["patterns"]), e["since"], e["act"]) for e in entries)


@cache
def default_names() -> tuple[NameGroup, ...]:
    return tuple(NameGroup(e["preferred"], tuple(e["variants"])) for e in lexicon()["names"])


@cache
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase in any case form: each long word by its stem, abbreviations and short words as written."""
    parts = []
    for word in phrase.split():
        if len(word) > 4 and not word.isupper():
            parts.append(re.escape(word[: max(4, len(word) - 3)]) + r"[а-яё]*")
        else:
            parts.append(re.escape(word))
    return re.compile(r"(?<![\w\-])" + r"[\s\u00a0]+".join(parts) + r"(?![\w\-])", re.IGNORECASE)


def listing(items: Sequence[str]) -> str:
    shown = ", ".join(f"«{item}»" for item in items[:SHOWN])
    return shown + (messages.AND_MORE.format(count=len(items) - SHOWN) if len(items) > SHOWN else "")


def text_hits(texts: Sequence[str], dated: datetime.date | None, names: Sequence[NameGroup]) -> list[Hit]:
    """Every text rule of coherence on the texts of one document dated ``dated`` (None: not known). A rule that
    finds nothing in all the texts searched as one (most find nothing in most documents) is not run on each."""
    joined = APART.join(texts)
    rules = [
        rule
        for rule, pattern in (
            (colloquial, _any_colloquial()),
            (unsourced_figures, _figures()[0]),
        )
        if pattern.search(joined)
    ]
    if dated is not None:
        if _any_anachronism(dated).search(joined) or _GOST.search(joined):
            rules.append(lambda index, text: anachronisms(index, text, dated))
        if CITATION.search(joined):
            rules.append(lambda index, text: later_citations(index, text, dated))
    found: list[Hit] = []
    for index, text in enumerate(texts):
        for rule in rules:
            found.extend(rule(index, text))
    if _any_second_name(tuple(names)).search(joined):
        found.extend(second_names(texts, names))
    return found


def _any_anachronism(dated: datetime.date) -> re.Pattern[str]:
    """Every name a document of that date cannot use, in one pattern (none: a pattern that never matches)."""
    return _any_of(tuple(pattern for entry in founded() if dated < entry.since for pattern in entry.patterns))


def _any_second_name(names: tuple[NameGroup, ...]) -> re.Pattern[str]:
    return _any_of(tuple(phrase_pattern(variant).pattern for group in names for variant in group.variants))


@lru_cache(maxsize=64)
def _any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the patterns, case aside: a search that tells whether any of them is to be looked for. None of them
    matches the character between texts searched as one, so none matches across two texts."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns) or r"(?!)", re.IGNORECASE)


@cache
def _colloquial() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"(?<![\w/]){pattern}(?![\w/])", re.IGNORECASE), replacement)
        for pattern, replacement in lexicon()["colloquial"].items()
    )


@cache
def _any_colloquial() -> re.Pattern[str]:
    """All the phrases in one pattern: one pass tells the (most) texts with none of them, six times faster than a
    pass for each phrase; the phrases' own patterns then find and name each."""
    return re.compile(rf"(?<![\w/])(?:{'|'.join(f'(?:{p})' for p in lexicon()['colloquial'])})(?![\w/])", re.IGNORECASE)


def colloquial(index: int, text: str) -> Iterator[Hit]:
    if not _any_colloquial().search(text):
        return
    for pattern, replacement in _colloquial():
        for match in pattern.finditer(text):
            yield Hit(
                index,
                match.group(0),
                "colloquial",
                messages.COLLOQUIAL.format(phrase=match.group(0), replacement=replacement),
            )


def anachronisms(index: int, text: str, dated: datetime.date) -> Iterator[Hit]:
    for entry in founded():
        if dated >= entry.since:
            continue
        for pattern in entry.patterns:
            match = re.search(pattern, text, re.IGNORECASE)
            if match:
                yield Hit(
                    index,
                    match.group(0),
                    "anachronism",
                    messages.NAMED_BEFORE_IT_EXISTED.format(
                        dated=f"{dated:%d.%m.%Y}",
                        phrase=match.group(0),
                        name=entry.name,
                        since=f"{entry.since:%d.%m.%Y}",
                        act=entry.act,
                    ),
                )
                break
    for match in _GOST.finditer(text):
        if int(match.group(1)) > dated.year:
            yield Hit(
                index,
                match.group(0),
                "anachronism",
                messages.CITES_LATER_STANDARD.format(
                    dated=f"{dated:%d.%m.%Y}", phrase=match.group(0), year=match.group(1)
                ),
            )


def later_citations(index: int, text: str, dated: datetime.date) -> Iterator[Hit]:
    """«от 24.03.2021 № 615» in a document of 15.03.2021: an act cites only acts issued before it."""
    for match in CITATION.finditer(text):
        issued, number = match.groups()
        try:
            cited = datetime.datetime.strptime(issued, "%d.%m.%Y").date()
        except ValueError:
            continue
        if cited > dated:
            yield Hit(
                index,
                match.group(0),
                "cites-later-act",
                messages.CITES_LATER_ACT.format(number=number, cited=f"{cited:%d.%m.%Y}", dated=f"{dated:%d.%m.%Y}"),
            )


@cache
def _figures() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon()["figures"]
    figure = re.compile(
        r"(?<![\d.,№\w])(\d{1,3}(?:[\s\u00a0]\d{3})+|\d+)(?:,\d+)?(?:[\s\u00a0]?%)?"
        rf"(?:[\s\u00a0]+[а-яё\-]+){{0,2}}[\s\u00a0]+(?:{data['nouns']})\w*"
    )
    threshold = re.compile(rf"(?:{data['thresholds']})[\s\u00a0]*$", re.IGNORECASE)
    return figure, threshold, re.compile(data["sources"], re.IGNORECASE), re.compile(data["dates"], re.IGNORECASE)


def unsourced_figures(index: int, text: str) -> Iterator[Hit]:
    """Figures describing the network («68 муниципальных образовательных организаций», «74 % педагогических
    работников») in a paragraph that gives no source or no as-of date for them."""
    figure, threshold, source, dated = _figures()
    if not figure.search(text):
        return  # most texts state no figure: one pass over the whole text, not one for each paragraph
    for paragraph in re.split(r"\n\s*\n", text):
        if SCALE.search(paragraph):
            continue  # a scoring band («15 человек и более — 2 балла») states a threshold, not a statistic
        figures = [
            m.group(0)
            for m in figure.finditer(paragraph)
            if not re.fullmatch(r"(?:19|20)\d\d", m.group(1))
            and not threshold.search(paragraph[: m.start()])
            and not BOUND.match(paragraph, m.end())
        ]
        missing = [
            what
            for what, pattern in ((messages.FIGURES_SOURCE, source), (messages.FIGURES_DATE, dated))
            if not pattern.search(paragraph)
        ]
        if figures and missing:
            yield Hit(
                index,
                figures[0],
                "figure-source",
                messages.FIGURES_WITHOUT_SOURCE.format(
                    figures=listing(figures), missing=messages.FIGURES_MISSING_JOINED.join(missing)
                ),
            )


def second_names(texts: Sequence[str], names: Sequence[NameGroup]) -> Iterator[Hit]:
    """A thing called by a name other than its preferred one (each variant reported once a document, at its first
    use). The texts are searched as one, apart by a character no text holds and no name matches: one search a
    variant, not one a text (a Положение has some 120 strings)."""
    joined = APART.join(texts)
    starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    for group in names:
        for variant in group.variants:
            match = phrase_pattern(variant).search(joined)
            if match:
                yield Hit(
                    bisect_right(starts, match.start()) - 1,
                    match.group(0),
                    "term-variant",
                    messages.SECOND_NAME.format(phrase=match.group(0), preferred=group.preferred),
                )

"""Text rules a lawyer reads for: no program talk in an official text, the comma before the operative words,
bound day–month pairs and numbers, and no capital after a colon mid-sentence."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Iterator

from ..messages import lint as say
from .document import LintDocument, Passage
from .language import is_abbreviation, is_proper_noun, tokens
from .registry import Finding, check, lexicon

SHOWN = 4
MIXED_SCRIPT = r"\w*(?:[А-Яа-яЁё][A-Za-z]|[A-Za-z][А-Яа-яЁё])\w*"
"""«Цeлeвыe», «BПP»: Latin letters that look Cyrillic inside a Russian word (OCR, copied text)."""
LABEL_WORDS = 3
LATIN = re.compile(r"[A-Za-z]")


@check()
def program_text(document: LintDocument) -> Iterator[Finding]:
    for passage in document.passages:
        fragments = program_fragments(passage.text)
        lookalikes = [f for f in fragments if re.fullmatch(MIXED_SCRIPT, f)]
        if lookalikes:
            yield Finding("program-text", passage, say.LOOKALIKES.format(found=listing(lookalikes)))
        others = [f for f in fragments if f not in lookalikes]
        if others:
            yield Finding(
                "program-text",
                passage,
                say.PROGRAM_TEXT.format(found=listing(others)),
            )


@lru_cache(maxsize=4096)
def program_fragments(text: str) -> tuple[str, ...]:
    """Program artefacts in a text: file names, field keys, instructions to a user, tools, stray Latin words.
    Kept for the text's next occurrence: a set of documents repeats its passages."""
    patterns, contacts, allowed, roman = _program_patterns()
    found: list[str] = []
    for pattern in patterns:
        found.extend(match.group(0).strip() for match in pattern.finditer(text))
    # Blanking the contacts out adds no letter: a text with no Latin letter has no Latin word, nothing to blank.
    plain = text if LATIN.search(text) else ""
    for pattern in contacts if plain else ():
        plain = pattern.sub(" ", plain)
    for token in tokens(plain) if LATIN.search(plain) else ():
        latin = [part for part in re.split(r"[-‑]", token.text) if LATIN.search(part)]
        if any(part not in allowed and not roman.fullmatch(part) for part in latin):
            found.append(token.text)
    unique = list(dict.fromkeys(found))
    return tuple(item for item in unique if not any(item != other and item in other for other in unique))


@cache
def _program_patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], frozenset[str], re.Pattern[str]]:
    data = lexicon()["program_text"]
    return (
        [re.compile(pattern) for pattern in [*data["patterns"], MIXED_SCRIPT]],
        [re.compile(pattern) for pattern in [*data["contacts"], MIXED_SCRIPT]],
        frozenset(data["latin_allowed"]),
        re.compile(data["roman_numeral"]),
    )


def listing(items: list[str]) -> str:
    shown = ", ".join(f"«{item}»" for item in items[:SHOWN])
    return shown + (say.MORE.format(count=len(items) - SHOWN) if len(items) > SHOWN else "")


@cache
def _operative() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon()["operative"]
    verb = re.compile(r"(?<![А-Яа-яЁё])(?:" + "|".join(data["words"]) + r")(?![А-Яа-яЁё])\s*:", re.IGNORECASE)
    subject = re.compile(r",\s*(?:" + "|".join(data["subjects"]) + r")\b[^,.;:]*$", re.IGNORECASE)
    return verb, subject


@check()
def operative_comma(document: LintDocument) -> Iterator[Finding]:
    verb, subject = _operative()
    previous = ""
    for passage in document.passages:
        for match in verb.finditer(passage.text):
            before = passage.text[: match.start()].rstrip()
            if not before or re.fullmatch(
                r"(?i)(?:" + "|".join(lexicon()["operative"]["subjects"]) + r")\b[^,.;:]*", before
            ):
                before = (previous.rstrip() + " " + before).strip()
                if re.match(r"^(?:О|Об)\s", previous.strip()):
                    continue
            if before.endswith(",") or subject.search(before):
                continue
            word = match.group(0).rstrip(": ")
            yield Finding(
                "operative-comma",
                passage,
                say.OPERATIVE_COMMA.format(word=word),
            )
        if passage.text.strip():
            previous = passage.text


@cache
def _unbound_patterns() -> list[re.Pattern[str]]:
    months = "|".join(lexicon()["months"])
    return [
        re.compile(rf"(?<![\d.])\d{{1,2}} (?:{months})\b"),
        re.compile(r"№ \S+"),
        re.compile(r"\b[А-ЯЁ]\.\s?[А-ЯЁ]\. [А-ЯЁ][а-яё]+"),
        re.compile(r"\b[А-ЯЁ][а-яё]+ [А-ЯЁ]\.\s?[А-ЯЁ]\.(?!\w)"),
        re.compile(r"(?<![\w-])[А-ЯЁ]{2,}-\d+\b|\b\d+-[А-ЯЁ]{2,}\b"),
    ]


def unbound_pairs(text: str) -> list[str]:
    """Pairs a line break may tear apart: joined by an ordinary space or hyphen (U+0020, U+002D)."""
    found = [match.group(0) for pattern in _unbound_patterns() for match in pattern.finditer(text)]
    return list(dict.fromkeys(found))


@check()
def unbound(document: LintDocument) -> Iterator[Finding]:
    if document.is_pdf:
        yield from _torn_lines(document)
        return
    for passage in document.passages:
        pairs = unbound_pairs(passage.text)
        if pairs:
            yield Finding(
                "unbound-date",
                passage,
                say.UNBOUND.format(found=listing(pairs)),
            )


def _torn_lines(document: LintDocument) -> Iterator[Finding]:
    months = tuple(lexicon()["months"])
    for run in _printed_runs(document):
        for (number, line), (_, following) in zip(run, run[1:] + [(0, "")]):
            end, start = line.rstrip(), following.strip()
            day = re.search(r"(?<![\d.])(\d{1,2})$", end)
            if day and start.startswith(months):
                torn = f"{day.group(1)} ⏎ {start.split()[0]}"
            elif end.endswith("№") and start:
                torn = f"№ ⏎ {start.split()[0]}"
            else:
                continue
            yield Finding("unbound-date", Passage(number, line), say.TORN_LINE.format(torn=torn))


def _printed_runs(document: LintDocument) -> list[list[tuple[int, str]]]:
    """Numbered printed lines that run on into each other: the text outside tables (whose paragraph bounds a
    PDF only suggests) as one run, each table cell as a run of its own."""
    runs: list[list[tuple[int, str]]] = []
    for passage, before in zip(document.passages, [None, *document.passages]):
        numbered = [(passage.number + offset, line) for offset, line in enumerate(passage.lines)]
        if passage.in_table or before is None or before.in_table:
            runs.append(numbered)
        else:
            runs[-1].extend(numbered)
    return runs


@check()
def capital_after_colon(document: LintDocument) -> Iterator[Finding]:
    for passage in document.passages:
        words = capitals_after_colon(passage.text)
        if words:
            yield Finding("capital-after-colon", passage, say.CAPITAL_AFTER_COLON.format(found=listing(words)))


def capitals_after_colon(text: str) -> list[str]:
    found: list[str] = []
    items = tokens(text) if ":" in text else ()
    for colon, word in zip(items, items[1:]):
        if colon.text != ":" or not re.fullmatch(r"[А-ЯЁ][а-яё]+", word.text):
            continue
        gap = text[colon.stop : word.start]
        if "\n" in gap or "\t" in gap or len(text[: colon.start].split()) <= LABEL_WORDS:
            continue
        if is_abbreviation(word.text) or is_proper_noun(word.text):
            continue
        lead = " ".join(text[: colon.start].split()[-2:])
        found.append(f"…{lead}: {word.text}")
    return found

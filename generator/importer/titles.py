"""Which kind of document a title names, by the import cues of the kinds in ``sources/kinds.py``: the title's
first words («Положение», typed «П О Л О Ж Е Н И Е» too), how it goes on («о …»), and the words that tell one
kind from another opening alike («… о МСОКО»)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..sources.kinds import KINDS, DocumentKind, ImportCue


def importable() -> list[tuple[DocumentKind, ImportCue]]:
    """The kinds ``msoko import`` makes sources of, with their cues, in the registry's order."""
    return [(kind, kind.import_cue) for kind in KINDS.values() if kind.import_cue is not None]


def _openings() -> tuple[tuple[str, str], ...]:
    """(first words, how the title goes on) of every importable kind, each once."""
    return tuple(dict.fromkeys((cue.opens, cue.then) for _, cue in importable()))


@lru_cache(maxsize=8)
def _patterns(openings: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a paragraph that opens with a title's first words, a line that starts a whole title)."""
    either = "|".join(f"(?:{_opening(opens)})" for opens, _ in openings)
    lines = "|".join(f"(?:{_opening(opens)}(?:\\s*$|\\s+{then}))" for opens, then in openings)
    return re.compile(rf"^\s*(?:{either})", re.IGNORECASE), re.compile(rf"^\s*(?:{lines})", re.IGNORECASE)


def _opening(opens: str) -> str:
    """The first words as a pattern, letters possibly spaced («П О Л О Ж Е Н И Е»), ending a word."""
    return r"\s+".join(r"\s?".join(re.escape(letter) for letter in word) for word in opens.split()) + r"(?!\w)"


def opens_title(text: str) -> bool:
    """The paragraph begins with the first words of some kind's title: «Положение …», «ПОЛОЖЕНИЕ»."""
    return _patterns(_openings())[0].match(text) is not None


def is_title_line(text: str) -> bool:
    """A title's first line: its first words alone («ПОЛОЖЕНИЕ») or going on as titles do («Положение о …»),
    never «Положение вступает в силу …»."""
    return _patterns(_openings())[1].match(text) is not None


def goes_on(first: str, text: str) -> bool | None:
    """Whether ``text`` goes on a title whose first line ``first`` is only its first words («ПОЛОЖЕНИЕ» over
    «о мониторинге …»); None when ``first`` is more than that."""
    for opens, then in _openings():
        if re.fullmatch(_opening(opens), first.strip(), re.IGNORECASE):
            return re.match(then, text, re.IGNORECASE) is not None
    return None


def written_opening(title: str) -> tuple[str, str]:
    """(the title's first words as typed, as a title writes them: «П О Л О Ж Е Н И Е» → «Положение»)."""
    for opens, _ in _openings():
        found = re.match(_opening(opens), title, re.IGNORECASE)
        if found:
            return found.group(0), opens[:1].upper() + opens[1:]
    return "", ""


def recognise(title: str, has_indicator_tables: bool) -> DocumentKind:
    """The kind a title names: of the kinds whose titles open so, the first whose words the title holds, else
    the one such titles fall back to. Tables of indicators make a document a Положение о мониторинге whatever
    its title says: a kind without indicators is never chosen by its words then."""
    opening = [(kind, cue) for kind, cue in importable() if re.match(_opening(cue.opens), title, re.IGNORECASE)]
    named = [
        kind
        for kind, cue in opening
        if cue.names
        and re.search(cue.names, title, re.IGNORECASE)
        and (not has_indicator_tables or "indicators" in kind.model.model_fields)
    ]
    fallback = [kind for kind, cue in opening if not cue.names]
    return (named or fallback or [kind for kind, _ in opening])[0]


def looked_for() -> str:
    """The titles looked for, for a message: «Положение …», «Программа …»."""
    return ", ".join(f"«{opens[:1].upper()}{opens[1:]} …»" for opens in dict.fromkeys(o for o, _ in _openings()))

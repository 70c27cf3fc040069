"""Abbreviations introduced at first use: the first time a document uses a glossary term, its full
form is written there, inflected to the case the context needs, followed by «(далее — ОО)» when the
term comes back later in the document (the full form alone when it does not, or when the first use is
inside brackets: the term is then introduced at its next use outside them).

Headings and the requisites (title, stamp, signature) are not text a definition belongs in, so they neither
count as a use nor receive one. A definition the author wrote at the first use («… (далее — ОО)»,
or «… (ОО)», which is set as «(далее — ОО)») and a terms table (first header cell «Сокращение»)
are kept: such a term is not introduced again, and a later «(ОО)» after its full form is dropped; a later
«… (далее — ОО)», an imported copy of what msoko wrote, is «ОО».

A term's common names (``Term.common_names``: «муниципальный методический центр» for ММЦ, whose definition is
the institution's full name and legal form) are uses of the term: the first, in whatever case it stands, becomes
the full name in that case, every later one the abbreviation."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from schemas.glossary import Term

from ..docx.elements import Block, Paragraph, Run, Table, paragraphs
from ..russian.context import context_case, preposition_form
from ..russian.morphology import inflect_phrase
from ..russian.typography import NB_HYPHEN, NBSP

SKIPPED_STYLES = ("Heading", "DocTitle", "DocSubtitle", "Signature")
TERMS_TABLE_HEADING = "Сокращение"
_WORD_CHARACTER = r"[0-9A-Za-zА-Яа-яЁё\u2011-]"
_WORD = re.compile(_WORD_CHARACTER)
_NAME_CONTINUES = re.compile(
    r"[ \u00a0]+(?:[А-ЯЁ][а-яё]+(?:ой|ого|ей)[ \u00a0]+(?:[а-яё]+(?:ой|ого)[ \u00a0]+)?"
    r"(?:област|кра|округ|район|республик|город)[а-яё]*|Российской[ \u00a0]+Федерации)"
)
"""The words that carry on a name after an abbreviated term: «… Копейского городского округа», «… Челябинской
области», «… Российской Федерации»."""
SHORTENED_WORDS = 3
_REQUISITES_AFTER = re.compile(r"[ \u00a0]*от[ \u00a0]*\d{2}\.\d{2}\.\d{4}")


def _normal(text: str) -> str:
    return text.replace(NBSP, " ").replace(NB_HYPHEN, "-")


@dataclass
class Abbreviations:
    """The introductions of one document: create one per document, feed it the body in order."""

    terms: list[Term]
    introduced: set[str] = field(default_factory=set)
    told: set[str] = field(default_factory=set)
    """The terms whose abbreviation the reader was given («(далее — ГИА)», a terms table): only these may stand for
    their full form inside another's."""
    remaining: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.definitions = {term.term: term.definition for term in self.terms}
        self.common = {
            form.lower(): (term.term, case)
            for term in self.terms
            for name in term.common_names
            for case, form in _singular_forms(name)
        }
        """A common name's forms (lower case) → (its term, the case of that form)."""
        written = [
            *self.definitions,
            *(form for form in self.common),
            *(form[:1].upper() + form[1:] for form in self.common),
        ]
        alternatives = "|".join(
            re.escape(term).replace(r"\ ", "[ \u00a0]").replace(r"\-", "[-\u2011]")
            for term in sorted(written, key=len, reverse=True)
        )
        # No look-behind for the character before a term: it would keep re from skipping ahead to the letters a
        # term can start with, and ``_uses`` tests that character itself.
        self._use = re.compile(rf"({alternatives})(?!{_WORD_CHARACTER})") if alternatives else None

    def introduce(self, *parts: list[Block]) -> None:
        """Rewrite the first use of each term in the parts (one document's bodies, in reading order)."""
        if self._use is None:
            return
        # Each paragraph is read once, before any is rewritten: a rewrite changes only its own paragraph.
        read = [
            (item, self._uses(item.text) if isinstance(item, Paragraph) else [])
            for elements in parts
            for item in _reading_order(elements)
        ]
        self.remaining = Counter(self._term_of(match) for _, matches in read for match in matches)
        for item, matches in read:
            if isinstance(item, Table):
                self._terms_table(item)
            elif matches:
                self._paragraph(item, matches)

    def plain(self, text: str) -> str:
        """Undo the introductions this class writes («образовательных организаций (далее — ОО)» → «ОО»),
        for text quoted from another document (the Концепция quotes each Положение's goal) that may
        come from an imported copy of a generated document."""
        for term, definition in self.definitions.items():
            marker = re.compile(rf"[ \u00a0]\(далее[ \u00a0]*—[ \u00a0]*{re.escape(term)}\)")
            if not marker.search(text):
                continue
            forms = sorted(_inflections(definition), key=len, reverse=True)
            pattern = "|".join(re.escape(form) for form in forms)
            text = re.sub(rf"(?<![0-9A-Za-zА-Яа-яЁё])(?:{pattern}){marker.pattern}", term, text)
        return text

    def used(self, elements: list[Block]) -> list[Term]:
        """The terms these elements use, in the glossary's order."""
        found = {self._term_of(match) for paragraph in paragraphs(elements) for match in self._uses(paragraph.text)}
        return [term for term in self.terms if term.term in found]

    def _term_of(self, match: re.Match[str]) -> str:
        written = _normal(match.group(1))
        return written if written in self.definitions else self.common[written.lower()][0]

    def _common_case(self, match: re.Match[str]) -> str | None:
        """The case of a common name's form («муниципальному методическому центру»: datv); None for the term."""
        written = _normal(match.group(1))
        return None if written in self.definitions else self.common[written.lower()][1]

    def _uses(self, text: str) -> list[re.Match[str]]:
        """Each use of a term in the text: not preceded by a letter, a digit or a hyphen. Where a match is, a
        use may still start inside it («РИС ГИА» after a letter holds «ГИА»), so the search goes on from its
        next character."""
        found: list[re.Match[str]] = []
        position = 0
        while self._use and (match := self._use.search(text, position)) is not None:
            if match.start() and _WORD.match(text, match.start() - 1):
                position = match.start() + 1
            elif self._common_case(match) is not None and text[: match.start()].endswith(("«", "„")):
                position = match.end()  # «Муниципальный методический центр» inside the full name is that name
            else:
                found.append(match)
                position = match.end()
        return found

    def _terms_table(self, table: Table) -> None:
        for row in table.rows:
            if row.cells:
                self.introduced.add(_normal(_cell_text(row.cells[0].blocks)).strip())
                self.told.add(_normal(_cell_text(row.cells[0].blocks)).strip())

    def _paragraph(self, paragraph: Paragraph, matches: list[re.Match[str]]) -> None:
        """A term comes back later in the document: its full form and «(далее — X)» at its first use outside
        brackets (inside them the full form alone, so brackets never nest). It does not: the full form alone.
        The author's «… (X)» or «… (далее — X)» is kept only where it introduces a term that comes back."""
        text = paragraph.text
        replacements: list[tuple[int, int, str]] = []
        for match in matches:
            term = self._term_of(match)
            self.remaining[term] -= 1
            comes_back = self.remaining[term] > 0
            common_case = self._common_case(match)
            if common_case is not None:
                replacements.append(self._common_name(text, match, term, common_case, comes_back))
                continue
            defines = re.search(r"[ \u00a0]*\((?:далее[ \u00a0]*[—–-][ \u00a0]*)?$", text[: match.start()])
            if (
                defines
                and text[match.end() : match.end() + 1] == ")"
                and ("далее" in defines.group(0) or self._after_full_form(text[: defines.start()], term))
            ):
                if term in self.introduced and "далее" in defines.group(0):  # msoko's own, said already
                    replacements.append(self._said_again(text, defines.start(), match.end() + 1, term))
                elif term in self.introduced or not comes_back:  # said already, or never needed
                    replacements.append((defines.start(), match.end() + 1, ""))
                elif "далее" not in defines.group(0):  # «… (НИКО)» becomes «… (далее — НИКО)»
                    replacements.append((match.start(), match.start(), f"далее{NBSP}— "))
                if comes_back:
                    self.told.add(term)
                self.introduced.add(term)
                continue
            if term in self.introduced or self._in_a_name(text, match.start(), match.end()):
                continue
            in_brackets = text[: match.start()].count("(") > text[: match.start()].count(")")
            # «приказом УО от 15.03.2021 № 112»: the issuer is part of the act's requisites, where «(далее — УО)»
            # would stand between the issuer and the date; the full form alone, the term introduced at its next use
            in_requisites = _REQUISITES_AFTER.match(text, match.end()) is not None
            introduces = comes_back and not in_brackets and not in_requisites
            if introduces or not comes_back:
                self.introduced.add(term)
            if introduces:
                self.told.add(term)
            # «образовательных организаций Копейского городского округа»: the name goes on after the term, so
            # «(далее — ОО)» follows the whole name, never stands inside it
            tail = _NAME_CONTINUES.match(text, match.end()) if introduces else None
            end = tail.end() if tail else match.end()
            replacements.append(
                (match.start(), end, self._full(text, match.start(), term, introduces, tail.group(0) if tail else ""))
            )
        nodes = _offsets(paragraph.runs)
        for start, end, new in reversed(replacements):
            _splice(nodes, start, end, new)

    def _common_name(
        self, text: str, match: re.Match[str], term: str, case: str, comes_back: bool
    ) -> tuple[int, int, str]:
        """A common name: the abbreviation once the term is introduced; at the first use the full name in the
        case the common name stood in, with «(далее — X)» when the term comes back and the use is outside brackets."""
        start, end = match.start(), match.end()
        if term in self.introduced:
            return start, end, term
        in_brackets = text[:start].count("(") > text[:start].count(")")
        introduces = comes_back and not in_brackets
        if introduces or not comes_back:
            self.introduced.add(term)
        return start, end, self._full(text, start, term, introduces, case=(case, "sing"))

    def _full(
        self,
        text: str,
        start: int,
        term: str,
        introduces: bool,
        tail: str = "",
        case: tuple[str, str | None] | None = None,
    ) -> str:
        """The full form for the term at ``start``, in the case its context needs (or ``case``, as a common name
        gave it), with the rest of its name (``tail``) and «(далее — X)» if it ``introduces`` the term."""
        preceding = text[:start]
        grammatical, number = case or context_case(preceding, self._is_term)
        full = self._shortened(inflect_phrase(self.definitions[term], grammatical, number), term)
        if not preceding.strip() or re.search(r"[.!?][\s\u00a0]*$", preceding):
            full = full[:1].upper() + full[1:]
        shown = term.replace("-", NB_HYPHEN)  # «ГИА-9» as typography sets a code: never broken at its hyphen
        return f"{full}{tail} (далее{NBSP}— {shown})" if introduces else full

    def _shortened(self, full: str, term: str) -> str:
        """A full form holding another term already introduced, by that term: «региональная информационная система
        обеспечения проведения ГИА», «ГИА по образовательным программам основного общего образования» once ГИА
        is introduced (a reader was told the abbreviation; spelling it out again reads as another thing). A term of
        two words stays spelled out there: «дошкольные образовательные организации», not «дошкольные ОО»."""
        for inner in sorted(self.told - {term}, key=len, reverse=True):
            if len(self.definitions.get(inner, "").split()) < SHORTENED_WORDS:
                continue
            full = _forms_of(self.definitions[inner]).sub(inner.replace("-", NB_HYPHEN), full)
        return full

    def _said_again(self, text: str, start: int, end: int, term: str) -> tuple[int, int, str]:
        """«всероссийских проверочных работ (далее — ВПР)» once ВПР is introduced: «ВПР», as msoko printed it. An
        imported copy of a generated document carries the introduction in its source, and repeats it wherever it
        repeats the text (an indicator's name, in table 1 and table 2); the introduction alone goes if no full
        form precedes it."""
        before = _normal(text[:start]).lower()
        for form in sorted(_inflections(self.definitions[term]), key=len, reverse=True):
            if before.endswith(form.lower()) and not _WORD.match(before[-len(form) - 1 : -len(form)] or " "):
                return start - len(form), end, term
        return start, end, ""

    def _after_full_form(self, before: str, term: str) -> bool:
        """«в национальных исследованиях качества образования (НИКО)» or «региональная информационная
        система ГИА (РИС ГИА)»: the parenthesis names what precedes it, the full form or a paraphrase of it
        (the stems of the definition's first two words among its last five words); «… Российской
        Федерации (ФГБУ «ФИОКО»)» names an author instead."""
        ending = _normal(before).rstrip().lower()
        if any(ending.endswith(form.lower()) for form in _inflections(self.definitions[term])):
            return True
        leading = {word[:5] for word in re.findall(r"[а-яё]{4,}", self.definitions[term].lower())[:2]}
        last = {word[:5] for word in re.findall(r"[а-яё]{4,}", ending)[-5:]}
        return len(leading) == 2 and leading <= last

    def _in_a_name(self, text: str, start: int, end: int) -> bool:
        """«ГБУ ДПО «ЧИРО»», «ФГБУ «ФИОКО»»: a term inside a compound name or quotes is not where its
        full form can be written; the next use outside one is."""
        before, after = text[:start].rstrip(" \u00a0"), text[end:].lstrip(" \u00a0")
        if before.endswith(("«", "„")) or after.startswith("«"):
            return True
        spaced_before = text[start - 1 : start] in (" ", "\u00a0")
        spaced_after = text[end : end + 1] in (" ", "\u00a0")
        previous = re.search(r"(?:^|[\s(])([^\s,;.:()«»]+)$", before) if spaced_before else None
        following = re.match(r"[^\s,;.:()«»]+", after) if spaced_after else None
        return bool(
            (previous and self._is_term(previous.group(1))) or (following and self._is_term(following.group(0)))
        )

    def _is_term(self, token: str) -> bool:
        return _normal(token) in self.definitions or (len(token) > 1 and token.isupper())


@lru_cache(maxsize=256)
def _inflections(definition: str) -> frozenset[str]:
    forms = {
        inflect_phrase(definition, case, number)
        for case in ("nomn", "gent", "datv", "accs", "ablt", "loct")
        for number in (None, "sing", "plur")
    }
    return frozenset(forms | {form[:1].upper() + form[1:] for form in forms})


@lru_cache(maxsize=256)
def _forms_of(definition: str) -> re.Pattern[str]:
    """Any inflected form of a definition, as a whole phrase: made once a definition, not once a use (a thousand
    Положения use the glossary's terms some fifty thousand times)."""
    forms = "|".join(re.escape(form) for form in sorted(_inflections(definition), key=len, reverse=True))
    return re.compile(rf"(?<!{_WORD_CHARACTER})(?:{forms})(?!{_WORD_CHARACTER})")


def _singular_forms(name: str) -> list[tuple[str, str]]:
    """(case, form) of a common name in the singular: «муниципальному методическому центру» is dative. Where two
    cases share a form (nominative and accusative of «центр»), the first holds: the full name shares it as well."""
    forms: dict[str, str] = {}
    for case in ("nomn", "gent", "datv", "accs", "ablt", "loct"):
        forms.setdefault(inflect_phrase(name, case, "sing").lower(), case)
    return [(case, form) for form, case in forms.items()]


def _offsets(runs: list[Run]) -> list[tuple[Run, int]]:
    """Each run with the offset of its text in the paragraph's."""
    nodes = []
    length = 0
    for text_run in runs:
        nodes.append((text_run, length))
        length += len(text_run.text)
    return nodes


def _splice(nodes: list[tuple[Run, int]], start: int, end: int, new: str) -> None:
    """Replace the paragraph's text between two offsets, across runs: the first run touched gets the new
    text, the others lose their part of the range. A preposition just before a replaced term takes the
    form the new text needs («в ВПР» → «во всероссийских …»)."""
    placed = False
    for node, offset in nodes:
        local = node.text or ""
        if offset + len(local) <= start or (offset >= end and not (start == end == offset and not placed)):
            continue
        cut_from, cut_to = max(start - offset, 0), min(end - offset, len(local))
        before = local[:cut_from]
        if not placed and new and end > start:
            preposition = re.search(r"(?<![0-9A-Za-zА-Яа-яЁё])([ВвСсОо]|[ВвСс]о|[Оо]б)([ \u00a0])$", before)
            if preposition:
                before = (
                    before[: preposition.start(1)] + preposition_form(preposition.group(1), new) + preposition.group(2)
                )
        node.text = before + ("" if placed else new) + local[cut_to:]
        placed = True


def _reading_order(elements: list[Block]) -> list[Paragraph | Table]:
    """The paragraphs whose text may define or use a term, and the terms tables, in reading order: not
    headings or requisites, nothing inside a terms table."""
    found: list[Paragraph | Table] = []
    for element in elements:
        if isinstance(element, Table) and _is_terms_table(element):
            found.append(element)
        else:
            found.extend(
                paragraph for paragraph in paragraphs([element]) if not paragraph.style.startswith(SKIPPED_STYLES)
            )
    return found


def _cell_text(blocks: list[Block]) -> str:
    return "".join(paragraph.text for paragraph in paragraphs(blocks))


def _is_terms_table(table: Table) -> bool:
    if not table.rows or not table.rows[0].cells:
        return False
    return _cell_text(table.rows[0].cells[0].blocks).strip() == TERMS_TABLE_HEADING

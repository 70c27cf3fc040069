"""``msoko import``: a Положение typed in Word becomes a source: a Положение о мониторинге goes to
``regulations/mechanisms/``, the umbrella Положение о МСОКО to ``regulations/msoko.yaml``.

The document is read through :mod:`generator.docx.reader` (Word numbering is computed, typed numbering
is recognised), split at its headings, and each section is mapped to a field by its usual names and
variants. Every field remembers the paragraphs it came from; whatever could not be mapped is kept, as
text, in the ``unmapped`` field that ``msoko check`` flags, never dropped."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field, replace
from datetime import date

from pathlib import Path

import yaml
from pydantic import ValidationError

from schemas.catalog import Mechanism
from schemas.diagnostics import Diagnostic, Location, Severity
from schemas.regulation import MonitoringRegulation, MsokoRegulation

from ..documents import INDICATORS_CAPTION, INDICATORS_INTRO, MAX_POINTS
from ..docx.reader import Paragraph, Table, UnreadableDocument, WordDocument, read_docx
from ..errors import MsokoError

TYPED_NUMBER = re.compile(r"^\s*(?:(?i:раздел|глава)\s+)?(?P<label>\d+(?:\.\d+)+\.?|\d+[.)]|[IVXLC]+\.|[а-яa-z]\))\s+")
ROMAN_DIGITS = "IVXLC"
ORIGIN = "_origin"
"""The key under which an imported indicator keeps where it came from, until the source is written."""
POINTS_COLUMN = re.compile(r"(?:^|\s)(\d+)\s*балл\w*\s*$", re.IGNORECASE)
GOAL_LABEL = re.compile(r"^(?:основная\s+)?цель(?:\s+мониторинга)?\s*(?::|\s[—–-])\s*(?=\S)", re.IGNORECASE)
TYPED_BULLET = re.compile(r"^\s*[-–—•·▪●]\s*")
TITLE = re.compile(r"^\s*положение\b", re.IGNORECASE)
STAMP = re.compile(r"(?P<kind>приказ(?:ом|у)|постановлени(?:ем|ю)|распоряжени(?:ем|ю)|решени(?:ем|ю))\b.*?\bот\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4}"
                   r"|[«\"]?\d{1,2}[»\"]?\s+[а-я]+\s+\d{4})(?:\s*г\.)?\s*№\s*(?P<number>[\w/-]+)", re.IGNORECASE | re.DOTALL)
APPENDIX = re.compile(r"приложение\s*(?:№\s*)?(?P<number>\d+)", re.IGNORECASE)
UMBRELLA = re.compile(r"\bсистем\w*\s+оценки\s+качества\s+образования|\bмсоко\b", re.IGNORECASE)
INLINE_LEAD = re.compile(r"^(?P<name>(?:основн\w+\s+)?(?:цел[ьи]|задачи|принципы))(?:\s+мсоко)?\s*:\s*(?P<rest>\S.*)$",
                         re.IGNORECASE | re.DOTALL)
PRINCIPLE = (re.compile(r"^(?P<name>[^:(—–]+?)\s*(?::|\s[—–-])\s*(?P<description>\S.*)$", re.DOTALL),
             re.compile(r"^(?P<name>[^(]+?)\s*\((?P<description>.+)\)$", re.DOTALL))
CODE = re.compile(r"^\d+(?:\.\d+)*\.?$")
SCORING_LINE = (re.compile(r"^(?P<condition>.+?)\s*[—–-]\s*(?P<points>\d+)\s*балл\w*\.?;?$"),
                re.compile(r"^(?P<points>\d+)\s*балл\w*\s*[—–:-]\s*(?P<condition>.+?)[.;]?$"),
                re.compile(r"^(?P<condition>.+?)\s*[:=]\s*(?P<points>\d+)\.?;?$"))
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")
GENERATED_LINES = tuple(re.compile("^" + re.sub(r"\d+", r"\\d+", re.escape(line.replace("{total}", "0"))) + "$")
                        for line in (INDICATORS_INTRO, INDICATORS_CAPTION, MAX_POINTS))
"""Lines msoko writes by itself from the data: importing them would only duplicate them."""

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
    ("structure", (("структур",), ("субъект",), ("участник",))),
) + UMBRELLA_PARTS

STEPS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("effectiveness", (("эффективн",),)),
    ("recommendations", (("рекомендац",),)),
    ("decisions", (("решени",),)),
    ("measures", (("мер",), ("мероприят",))),
    ("analysis", (("анализ",),)),
)
FIELD_NAMES = {
    "general_provisions": "общие положения", "goal": "цель", "tasks": "задачи", "indicators": "показатели",
    "methods": "методы сбора и обработки информации", "schedule": "периодичность и сроки", "criteria":
    "критерии оценивания", "participants": "участники", "final_provisions": "заключительные положения",
    "use_of_results.analysis": "анализ результатов", "use_of_results.recommendations": "адресные рекомендации",
    "use_of_results.measures": "меры и мероприятия", "use_of_results.decisions": "управленческие решения",
    "use_of_results.effectiveness": "анализ эффективности", "title": "заголовок", "approved_by": "утверждено",
    "mechanism": "механизм", "principles": "принципы", "structure": "структура", "mechanisms": "механизмы",
}
COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("combined", ("источник, метод",)),
    ("code", ("код", "№")),
    ("name", ("показател", "наименован", "индикатор")),
    ("unit", ("ед.", "единиц", "ед ")),
    ("calculation", ("расч", "формул", "способ", "методик")),
    ("source", ("источник",)),
    ("method", ("метод",)),
    ("periodicity", ("периодичн",)),
    ("deadline", ("срок",)),
    ("responsible", ("ответствен",)),
    ("target", ("целев",)),
    ("level", ("уровен",)),
    ("type", ("тип",)),
    ("scoring", ("шкал", "балл", "оценива", "критери")),
)
UNITS = (("%", "процент"), ("процент", "процент"), ("чел", "человек"), ("балл", "балл"), ("да/нет", "да/нет"),
         ("ед", "единица"), ("кол", "единица"), ("шт", "единица"))
LEVELS = (("доо", "ДОО"), ("дошкол", "ДОО"), ("муницип", "муниципалитет"), ("округ", "муниципалитет"), ("оо", "ОО"))
TYPES = ("условия", "процесс", "результат")
GROUP_TYPES = (("показатели услови", "условия"), ("показатели процесс", "процесс"), ("показатели результат", "результат"))


@dataclass
class ImportReport:
    """What was mapped (with where from), what was guessed, and what was kept unmapped."""

    mapped: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)


@dataclass
class ImportedRegulation:
    data: dict
    origins: dict[str, str]
    report: ImportReport
    stamp: tuple[str, date | None, str] | None
    """(act kind word, date, number) read from the approval stamp or the appendix mark."""
    umbrella: bool = False
    """The Положение о МСОКО rather than a Положение о мониторинге."""
    mechanism_lines: list[tuple[str, str]] = field(default_factory=list)
    """The umbrella's list of mechanisms as typed, with where each line came from; mapped to codes later."""

    @property
    def title(self) -> str:
        return self.data["title"]


@dataclass
class _Section:
    heading: Paragraph | None
    field: str | None
    blocks: list = field(default_factory=list)
    subsections: list["_Section"] = field(default_factory=list)
    lead: bool = False
    """Opened by a lead-in line such as «Основные задачи МСОКО:» rather than by a heading."""
    lowered: bool = False
    """The text after an inline lead-in («ЦЕЛЬ: …») was typed in capitals and is written in lower case."""


class NotARegulation(Exception):
    """The document is not a Положение; the message says what was found instead."""


def import_regulation(document: WordDocument) -> ImportedRegulation:
    paragraphs = [b for b in document.blocks if isinstance(b, Paragraph)]
    if not any(p.text.strip() for p in document.paragraphs()):
        raise NotARegulation("документ пуст")
    title_index = next((i for i, block in enumerate(document.blocks)
                        if isinstance(block, Paragraph) and TITLE.match(block.text) and not block.in_table), None)
    if title_index is None:
        first = next((p.text.strip() for p in paragraphs if p.text.strip()), "")
        raise NotARegulation(f"не найден заголовок «Положение …» (первый абзац: «{first[:60]}»)")
    builder = _Builder()
    front, rest = document.blocks[:title_index], document.blocks[title_index:]
    body = builder.title(rest)
    stamp = builder.front_matter(front)
    umbrella = _is_umbrella(builder.data["title"], document)
    sections = _umbrella_sections(body) if umbrella else _sections(body, SECTIONS)
    for section in sections:
        builder.section(section)
    return ImportedRegulation(builder.data, builder.origins, builder.report, stamp, umbrella, builder.mechanism_lines)


def _is_umbrella(title: str, document: WordDocument) -> bool:
    """«Положение о муниципальной системе оценки качества образования» (or «о МСОКО») without indicator tables."""
    return bool(UMBRELLA.search(title)) and "мониторинг" not in title.lower() and not any(
        isinstance(b, Table) and _is_indicator_table(b) for b in document.blocks)


def _sections(blocks: list, rules) -> list[_Section]:
    """Split the body at its headings: level 1 opens a section, level 2 a subsection."""
    sections = [_Section(None, None)]
    for block in blocks:
        level = _heading_level(block, rules) if isinstance(block, Paragraph) else None
        if level == 1:
            sections.append(_Section(block, _match(rules, _heading_text(block))))
        elif level == 2 and sections[-1].field == "use_of_results" and (step := _match(STEPS, _heading_text(block))):
            sections[-1].subsections.append(_Section(block, step))
        elif sections[-1].subsections:
            sections[-1].subsections[-1].blocks.append(block)
        else:
            sections[-1].blocks.append(block)
    return [s for s in sections if s.heading is not None or any(_has_text(b) for b in s.blocks)]


def _umbrella_sections(blocks: list) -> list[_Section]:
    """The umbrella's sections, further split at lead-in lines («Основные задачи МСОКО:», «ЦЕЛЬ: …»).

    A heading that names several parts («Цели, задачи и принципы») keeps, before its first lead-in, the
    part no lead-in names; when every named part has its own lead-in, that text is general provisions."""
    sections: list[_Section] = []
    for section in _sections(blocks, UMBRELLA_SECTIONS):
        named = _named_parts(section.heading)
        sections.append(section)
        first_lead = len(sections)
        pending, section.blocks = section.blocks, []
        for block in pending:
            lead = _lead(block) if isinstance(block, Paragraph) else None
            if lead:
                sections.append(lead)
            else:
                sections[-1].blocks.append(block)
        if len(named) > 1:
            led = {s.field for s in sections[first_lead:]}
            section.field = next((part for part in named if part not in led), "general_provisions")
    return [s for s in sections if s.heading is not None or any(_has_text(b) for b in s.blocks)]


def _named_parts(heading: Paragraph | None) -> list[str]:
    """The parts a heading names, in document order: «Цели, задачи и принципы» names all three."""
    text = _heading_text(heading).lower() if heading is not None else ""
    return [name for name, variants in UMBRELLA_PARTS[::-1] if _fits(variants, text)]


def _lead(paragraph: Paragraph) -> _Section | None:
    """A lead-in line opens a part; the text typed after its colon, if any, is the part's first paragraph."""
    if paragraph.in_table:
        return None
    text = _strip_typed(paragraph.text)
    inline = INLINE_LEAD.match(text)
    if inline:
        rest = inline.group("rest").strip()
        lowered = rest.isupper()
        if lowered:
            rest = rest[:1] + rest[1:].lower()
        return _Section(paragraph, _match(UMBRELLA_PARTS, inline.group("name")),
                        [replace(paragraph, text=rest, spans=[], label="")], lead=True, lowered=lowered)
    if text.endswith(":") and len(text.split()) <= 15 and (part := _match(UMBRELLA_PARTS, text)):
        return _Section(paragraph, part, lead=True)
    return None


def _heading_level(paragraph: Paragraph, rules=SECTIONS) -> int | None:
    text = paragraph.text.strip()
    if paragraph.in_table or not text:
        return None
    if paragraph.outline_level is not None:
        return min(paragraph.outline_level + 1, 2)
    typed = TYPED_NUMBER.match(text)
    depth = _depth(typed.group("label")) if typed and _numbered(typed.group("label")) else 0
    words = _heading_text(paragraph)
    looks_like_heading = len(words) <= 100 and not words.endswith((":", ";", ","))
    emphasised = paragraph.bold or (words.isupper() and len(words) > 3)
    if rules is UMBRELLA_SECTIONS and INLINE_LEAD.match(words):  # «ЦЕЛЬ: …» opens a part, it is no heading
        return None
    if looks_like_heading and (emphasised or (depth == 1 and _match(rules, words))):
        return 2 if depth >= 2 else 1
    return None


def _heading_text(paragraph: Paragraph) -> str:
    return TYPED_NUMBER.sub("", paragraph.text.strip(), count=1).strip().rstrip(".")


def _match(rules, text: str) -> str | None:
    lowered = text.lower()
    return next((name for name, variants in rules if _fits(variants, lowered)), None)


def _fits(variants: tuple[tuple[str, ...], ...], lowered: str) -> bool:
    """Some variant has all its stems in the (lower-case) text."""
    return any(all(stem in lowered for stem in variant) for variant in variants)


def _has_text(block) -> bool:
    return isinstance(block, Table) or bool(block.text.strip())


class _Builder:
    def __init__(self) -> None:
        self.data: dict = {}
        self.origins: dict[str, str] = {}
        self.report = ImportReport()
        self.mechanism_lines: list[tuple[str, str]] = []

    # The title page: the approval stamp and appendix mark, then «ПОЛОЖЕНИЕ о …».

    def front_matter(self, blocks: list) -> tuple[str, date | None, str] | None:
        paragraphs = _all_paragraphs(blocks)
        text = " ".join(p.text for p in paragraphs)
        # The stamp «УТВЕРЖДЕНО приказом …» over the appendix mark «Приложение 1 к приказу …»: both name the act.
        marks = sorted(STAMP.finditer(text), key=lambda m: not m.group("kind").lower().endswith(("ом", "ем")))
        stamp = None
        if marks:
            found = marks[0]
            stamp = (found.group("kind").lower(), _parse_date(found.group("date")), found.group("number"))
            self.report.mapped.append(f"гриф утверждения: {' '.join(found.group(0).split())} ← {_span(paragraphs)}")
        appendix = APPENDIX.search(text)
        if appendix:
            self.report.mapped.append(f"отметка о приложении: приложение {appendix.group('number')}")
        for paragraph in paragraphs:
            if paragraph.text.strip() and not (STAMP.search(paragraph.text) or APPENDIX.search(paragraph.text)
                                               or _is_stamp_line(paragraph.text)):
                self._keep(f"до заголовка, абзац {paragraph.index}", paragraph.text)
        return stamp

    def title(self, blocks: list) -> list:
        """Read the title into ``data``; returns the blocks after it."""
        first = blocks[0]
        words = [first.text.strip()]
        rest = blocks[1:]
        while rest and isinstance(rest[0], Paragraph) and rest[0].text.strip() and len(words) < 4 \
                and _continues_title(rest[0], words):
            words.append(rest[0].text.strip())
            rest = rest[1:]
        title = " ".join(" ".join(words).split())
        if title.isupper():
            title = title[:1] + title[1:].lower()
            self.report.guessed.append(f"заголовок набран прописными; записан как «{title}» — проверьте имена собственные")
        elif title[:1].islower() or title.startswith("ПОЛОЖЕНИЕ"):
            title = "Положение" + title[len("положение"):]
        self.data["title"] = title
        self.origins["title"] = f"абзац {first.index}"
        self.report.mapped.append(f"заголовок ← абзац {first.index}: «{title}»")
        return rest

    # The body.

    def section(self, section: _Section) -> None:
        name = _heading_text(section.heading) if section.heading else "до первого раздела"
        where = f"{'вводная фраза' if section.lead else 'раздел'} «{name}»"
        if section.lowered:
            self.report.guessed.append(f"{where}: текст набран прописными; записан строчными — проверьте имена "
                                       "собственные")
        if section.field is None:
            self._keep(where, _markdown(section.blocks, section.heading))
            for sub in section.subsections:
                self._keep(f"{where}, «{_heading_text(sub.heading)}»", _markdown(sub.blocks, sub.heading))
            return
        handler = getattr(self, f"_{section.field}", None)
        if handler:
            handler(section, where)
        else:
            self._prose(section.field, section.blocks, section.heading, where)

    def _goal_and_tasks(self, section: _Section, where: str) -> None:
        lead = next((i for i, b in enumerate(section.blocks) if _is_lead_in(b, "задач")), None)
        split = "по вводной фразе «Задачи…:»"
        if lead is None:
            lead = next((i for i, b in enumerate(section.blocks) if isinstance(b, Paragraph)
                         and _item_kind(b, section.heading) != "paragraph"), len(section.blocks))
            split = "по первому пункту списка"
        self._prose("goal", section.blocks[:lead], section.heading, where)
        self._tasks(_Section(section.heading, "tasks", section.blocks[lead:]), where)
        self.report.guessed.append(f"{where}: цель и задачи в одном разделе; разделены {split}")

    def _tasks(self, section: _Section, where: str) -> None:
        self._items("tasks", section, where, _item_text, lead_stem="задач")

    def _principles(self, section: _Section, where: str) -> None:
        """«**Открытость**: …», «открытость — …», «открытость (…)» or just «открытость;», one per paragraph."""
        self._items("principles", section, where, _principle, lead_stem="принцип")

    def _items(self, key: str, section: _Section, where: str, read, lead_stem: str) -> None:
        """A part written as a list, one item per paragraph; its lead-in («Задачи мониторинга:») is omitted."""
        items, used = [], []
        for block in section.blocks:
            if _is_lead_in(block, lead_stem):
                self.report.mapped.append(f"вводная фраза «{block.text.strip()}» опущена: "
                                          f"{FIELD_NAMES[key]} записываются пунктами")
            elif isinstance(block, Paragraph) and block.text.strip():
                items.append(read(block))
                used.append(block)
            elif isinstance(block, Table):
                self._keep(where, _markdown([block], section.heading))
        if items:
            self.data.setdefault(key, []).extend(items)
            self._origin(key, used, where)

    def _mechanisms(self, section: _Section, where: str) -> None:
        """Lines kept as typed: which catalog mechanism each one names is decided with the project's catalog."""
        used = []
        for block in section.blocks:
            rows = [[block]] if isinstance(block, Paragraph) else [[p for cell in row for p in cell] for row in block.rows]
            for number, paragraphs in enumerate(rows):
                line = _mechanism_line(paragraphs)
                if line and not (isinstance(block, Table) and number == 0 and _is_header(line)):
                    place = f"таблица, строка {number + 1}" if isinstance(block, Table) else f"абзац {block.index}"
                    self.mechanism_lines.append((line, f"{where}, {place}"))
                    used.extend(paragraphs)
        self.origins["mechanisms"] = f"{where}, {_span(used)}"

    def _indicators(self, section: _Section, where: str) -> None:
        indicators, prose = [], []
        for block in section.blocks:
            if isinstance(block, Table) and _is_indicator_table(block):
                indicators.extend(self._table(block, where))
            else:
                prose.append(block)
        if indicators:
            self.report.mapped.append(f"показатели ({len(indicators)}) ← {where}, таблица показателей")
        else:
            indicators, prose = self._listed_indicators(prose, where)
        self.data.setdefault("indicators", []).extend(indicators)
        remaining = [b for b in prose if not _generated(b)]
        if any(_has_text(b) for b in remaining):
            if "критери" in _heading_text(section.heading).lower():
                self._prose("criteria", remaining, section.heading, where)
            else:
                self._keep(where, _markdown(remaining, section.heading))

    def _listed_indicators(self, blocks: list, where: str) -> tuple[list[dict], list]:
        """Indicators typed as a list («3.1. Доля …», «– количество …») rather than a table: the names are
        kept, the rest of each passport is guessed or left for ``check`` to ask for."""
        indicators, rest = [], []
        for block in blocks:
            label = (block.label or _typed_label(block.text) or "") if isinstance(block, Paragraph) else ""
            listed = label or (isinstance(block, Paragraph) and TYPED_BULLET.match(block.text))
            if not listed or block.text.strip().endswith(":"):
                rest.append(block)
                continue
            if rest and _is_lead_in(rest[-1], "показател"):
                self.report.mapped.append(f"вводная фраза «{rest.pop().text.strip()}» опущена: показатели "
                                          "записываются паспортами")
            name = _item_text(block).rstrip(";.")
            indicator = self._indicator({"name": name[:1].upper() + name[1:]}, label if _numbered(label) else "",
                                        f"{where}, абзац {block.index}")
            indicators.append({**indicator, ORIGIN: f"{where}, абзац {block.index}"})
        if indicators:
            self.report.mapped.append(f"показатели ({len(indicators)}) ← {where}, список")
            self.report.guessed.append(f"{where}: показатели записаны списком, без таблицы; расчёт, источник, "
                                       "периодичность и шкалу оценивания дополните")
        return indicators, rest

    def _criteria(self, section: _Section, where: str) -> None:
        tables = [b for b in section.blocks if isinstance(b, Table) and _is_indicator_table(b)]
        for table in tables:
            self.data.setdefault("indicators", []).extend(self._table(table, where))
        rest = [b for b in section.blocks if b not in tables and not _generated(b)]
        self._prose("criteria", rest, section.heading, where)

    def _use_of_results(self, section: _Section, where: str) -> None:
        steps = self.data.setdefault("use_of_results", {})
        if any(_has_text(b) for b in section.blocks):
            target = "analysis" if not section.subsections else None
            if target:
                self.report.guessed.append(f"{where}: без подразделов; текст отнесён к анализу результатов")
                self._prose(f"use_of_results.{target}", section.blocks, section.heading, where)
            else:
                self._keep(where, _markdown(section.blocks, section.heading))
        for sub in section.subsections:
            name = _heading_text(sub.heading)
            self._prose(f"use_of_results.{sub.field}", sub.blocks, sub.heading, f"{where}, «{name}»")
        if not steps:
            self.data.pop("use_of_results")

    def _prose(self, path: str, blocks: list, heading: Paragraph | None, where: str) -> None:
        blocks = [b for b in blocks if not _generated(b)]
        text = _markdown(blocks, heading)
        if path == "goal" and (label := GOAL_LABEL.match(text)):  # «Цель: создание …» typed as one line
            text = text[label.end():][:1].upper() + text[label.end():][1:]
        if not text:
            return
        owner, _, key = path.rpartition(".")
        target = self.data.setdefault(owner, {}) if owner else self.data
        target[key] = (target[key] + "\n\n" + text) if target.get(key) else text
        self._origin(path, [b for b in blocks if isinstance(b, Paragraph)], where)

    def _origin(self, path: str, paragraphs: list[Paragraph], where: str) -> None:
        origin = f"{where}, {_span(paragraphs)}" if paragraphs else where
        self.origins[path] = origin
        self.report.mapped.append(f"{FIELD_NAMES.get(path, path)} ← {origin}")

    def _keep(self, where: str, text: str) -> None:
        if not text.strip():
            return
        _append_unmapped(self.data, where, text)
        self.report.unmapped.append(f"{where}: «{_short(text)}»")

    # Indicator tables.

    def _table(self, table: Table, where: str) -> list[dict]:
        texts = table.grid_texts()
        header, first = _header(texts)
        columns = _columns(header)
        unknown = list(dict.fromkeys(header[i] for i in range(len(header)) if i not in columns))
        if unknown:
            self.report.guessed.append(f"{where}: графы {', '.join(f'«{u}»' for u in unknown)} не распознаны, "
                                       "их текст — в «unmapped»")
        indicators, group_type = [], ""
        for number, (row, cells) in enumerate(zip(table.rows[first:], texts[first:]), start=first + 1):
            values = {columns[i]: cells[i].strip() for i in range(min(len(cells), len(header))) if i in columns}
            if not values.get("name") or len({c.strip() for c in cells}) == 1:
                text = " | ".join(dict.fromkeys(c.strip() for c in cells if c.strip()))
                group_type = _column_choice(text, GROUP_TYPES) or ""
                if group_type:  # «1. Показатели результатов» over the rows it groups
                    self.report.mapped.append(f"{where}, таблица, строка {number} «{text}»: тип показателей ниже — "
                                              f"«{group_type}»")
                elif text:
                    self._keep(f"{where}, таблица, строка {number}", text)
                continue
            if group_type and "type" not in values:
                values["type"] = group_type
            code_label = row[0][0].label if row and row[0] else ""
            indicator = self._indicator(values, code_label, f"{where}, таблица, строка {number}")
            for i in range(len(cells)):
                if i not in columns and cells[i].strip():
                    self._keep(f"показатель {indicator['code']}, графа «{header[i]}»", cells[i])
            indicators.append({**indicator, ORIGIN: f"{where}, строка {number} таблицы"})
        return indicators

    def _indicator(self, values: dict[str, str], code_label: str, where: str) -> dict:
        code = (values.get("code") or code_label).strip().rstrip(".")
        name_lines = [line.strip() for line in values["name"].splitlines() if line.strip()]
        passport = _passport(name_lines[-1]) if name_lines and name_lines[-1].startswith("(") else None
        if passport is not None:
            name_lines = name_lines[:-1]
        indicator: dict = {"code": code if CODE.match(code or "") else "", "name": " ".join(name_lines)}
        indicator["unit"] = self._choice(values.get("unit", ""), UNITS, _unit_by_name(indicator["name"]),
                                         f"{where}: единица измерения")
        passport = passport or {}
        indicator["type"] = passport.get("тип") if passport.get("тип") in TYPES else self._choice(
            values.get("type", ""), [(t[:5], t) for t in TYPES], "результат", f"{where}: тип")
        indicator["calculation"] = _calculation(values.get("calculation", ""))
        if "combined" in values:
            indicator.update(_combined(values["combined"]))
        for key in ("source", "method", "responsible"):
            if key in values:
                indicator[key] = " ".join(values[key].split())
        if "periodicity" in values or "deadline" in values:
            indicator["periodicity"] = " ".join(values.get("periodicity", "").split())
            indicator["deadline"] = " ".join(values.get("deadline", "").split())
        level = passport.get("уровень") or values.get("level", "")
        indicator["level"] = self._choice(level, LEVELS, "ОО", f"{where}: уровень")
        target = passport.get("целевое значение") or values.get("target", "")
        if target:
            indicator["target"] = " ".join(target.split())
        indicator["scoring"], rest = _scoring(values.get("scoring", ""))
        indicator["scoring"] += [{"condition": " ".join(text.split()), "points": int(key.split(":")[1])}
                                 for key, text in values.items() if key.startswith("points:") and text.strip()]
        for line in rest:
            self._keep(f"{where}: шкала оценивания", line)
        return {key: value for key, value in indicator.items() if value not in ("", {}, [], None)}

    def _choice(self, text: str, options, default: str, what: str) -> str:
        chosen = _column_choice(text, options)
        return chosen if chosen else self._guess(default, what)

    def _guess(self, value: str, what: str) -> str:
        self.report.guessed.append(f"{what}: не указано, принято «{value}»")
        return value


def _is_lead_in(block, stem: str) -> bool:
    """«Мониторинг проводится по следующим показателям:» introduces a list msoko writes in its own way."""
    return isinstance(block, Paragraph) and block.text.strip().endswith(":") and stem in block.text.lower()


def _unit_by_name(name: str) -> str:
    """«Доля …» is a percentage, «Наличие …» a yes or no; anything else is counted."""
    lowered = name.lower()
    return "процент" if lowered.startswith("доля") else "да/нет" if lowered.startswith("наличие") else "единица"


def _column_choice(text: str, options) -> str | None:
    lowered = text.lower().strip()
    if not lowered:
        return None
    return next((value for stem, value in options if stem in lowered), None)


def _passport(line: str) -> dict[str, str] | None:
    """«(тип: результат; уровень: ОО; целевое значение: не менее 90 %)», as msoko writes it."""
    inner = line.strip()[1:-1] if line.strip().endswith(")") else ""
    pairs = [part.split(":", 1) for part in inner.split(";") if ":" in part]
    found = {key.strip(): value.strip() for key, value in pairs}
    return found if "тип" in found or "уровень" in found else None


def _calculation(text: str) -> dict[str, str]:
    calculation: dict[str, str] = {}
    formula = []
    for line in (line.strip() for line in text.splitlines()):
        key = next((k for prefix, k in (("числитель:", "numerator"), ("знаменатель:", "denominator"),
                                        ("период:", "period")) if line.lower().startswith(prefix)), None)
        if key:
            calculation[key] = line.split(":", 1)[1].strip()
        elif line:
            formula.append(line)
    if formula:
        calculation["formula"] = " ".join(formula)
    return calculation


def _combined(text: str) -> dict[str, str]:
    """msoko's own column «Источник, метод, сроки»: source, method, «periodicity, deadline», responsible."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    result = dict(zip(("source", "method", "when", "responsible"), lines))
    when = result.pop("when", "")
    periodicity, _, deadline = when.partition(", ")
    if deadline and not deadline.lower().startswith(("до ", "не позднее", "в ", "по ", "с ")):
        periodicity, deadline = when, ""
    result.update(periodicity=periodicity, deadline=deadline)
    return result


def _scoring(text: str) -> tuple[list[dict], list[str]]:
    """Bands one per line, or on one line split by «;», or by «,» when every part is a band."""
    bands, rest = [], []
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) == 1 and ";" in lines[0]:
        lines = [part.strip() for part in lines[0].split(";") if part.strip()]
    elif len(lines) == 1 and all(_band(part) for part in lines[0].split(",")):
        lines = [part.strip() for part in lines[0].split(",")]
    for line in lines:
        match = _band(line)
        if match:
            bands.append({"condition": match.group("condition").strip(), "points": int(match.group("points"))})
        else:
            rest.append(line)
    return bands, rest


def _band(line: str) -> re.Match | None:
    return next((m for pattern in SCORING_LINE if (m := pattern.match(line.strip()))), None)


def _principle(paragraph: Paragraph) -> dict[str, str]:
    spans = [(text, bold) for text, bold, _ in paragraph.spans if text.strip()]
    if spans and spans[0][1] and not TYPED_NUMBER.match(paragraph.text):
        name, rest = _escape(spans[0][0]), _escape("".join(text for text, _ in spans[1:]))
        rest = re.sub(r"^\s*[:—–-]\s*", "", rest)
    else:
        text = _escape(_strip_typed(paragraph.text).rstrip(";."))
        match = next((m for pattern in PRINCIPLE if (m := pattern.match(text))), None)
        name, rest = (match.group("name"), match.group("description")) if match else (text, "")
    name = " ".join(name.split()).rstrip(":;.")
    principle = {"name": name[:1].lower() + name[1:] if not name[1:2].isupper() else name}
    if rest.strip():
        principle["description"] = " ".join(rest.split()).rstrip(";.")
    return principle


def _mechanism_line(paragraphs: list[Paragraph]) -> str:
    """A paragraph, or a table row as «code title» with the numbering cells («№», «1.») left out."""
    texts = [_strip_typed(p.text) if len(paragraphs) == 1 else " ".join(p.text.split()) for p in paragraphs]
    code = next((t.rstrip(".") for t in texts if CODE.match(t) and "." in t.rstrip(".")), "")
    words = [t for t in texts if t and not re.match(r"^№?[\d.\s]*(п/п)?$", t)]
    return " ".join(filter(None, [code, max(words, key=len, default="")]))


def _is_header(line: str) -> bool:
    """A table's first row names its columns («№ п/п | Механизм»), it is no mechanism."""
    return len(line.split()) <= 3 and not line[:1].isdigit()


def _columns(header: list[str]) -> dict[int, str]:
    """Each column's field by its title; a column per score («2 балла») holds that band's condition."""
    columns: dict[int, str] = {}
    for index, title in enumerate(header):
        lowered = title.lower() + " "
        points = POINTS_COLUMN.search(title)
        rule = f"points:{points.group(1)}" if points else next(
            (name for name, stems in COLUMNS if name not in columns.values() and any(s in lowered for s in stems)), None)
        if rule and rule not in columns.values():
            columns[index] = rule
    return columns


def _header(texts: list[list[str]]) -> tuple[list[str], int]:
    """The column titles and the first data row. Titles merged over sub-columns («Критерии оценки» over
    «0 баллов | 1 балл | 2 балла») are joined with the second header row."""
    header = texts[0]
    name = next((i for i, column in _columns(header).items() if column == "name"), None)
    if len(texts) < 3 or name is None or len(texts[1]) != len(header):
        return header, 1
    below = texts[1]
    differing = [b for a, b in zip(header, below) if b.strip() and b.strip() != a.strip()]
    if below[name].strip() in ("", header[name].strip()) and differing and all(len(b.split()) <= 5 for b in differing):
        return [a if b.strip() in ("", a.strip()) else f"{a} {b}" for a, b in zip(header, below)], 2
    return header, 1


def _is_indicator_table(table: Table) -> bool:
    texts = table.grid_texts()
    return bool(texts) and len(texts[0]) >= 3 and "name" in _columns(_header(texts)[0]).values()


def _generated(block) -> bool:
    return isinstance(block, Paragraph) and any(p.match(" ".join(block.text.split())) for p in GENERATED_LINES)


# Prose back to Markdown.

def _markdown(blocks: list, heading: Paragraph | None) -> str:
    chunks: list[str] = []
    previous_kind = None
    for block in blocks:
        if isinstance(block, Table):
            chunks.append(("\n\n" if chunks else "") + _markdown_table(block))
            previous_kind = "table"
            continue
        if not block.text.strip():
            continue
        kind = _item_kind(block, heading)
        line = _item_text(block)
        if kind == "bullet":
            indent = "  " * min(block.list_level or 0, 1) if block.label else ""
            text = f"{indent}- {line}"
        elif kind == "ordered":
            text = f"1. {line}"
        else:
            text = line
        joined = kind in ("bullet", "ordered") and previous_kind == kind
        chunks.append(("\n" if joined else "\n\n") + text if chunks else text)
        previous_kind = kind
    return "".join(chunks).strip()


def _item_kind(paragraph: Paragraph, heading: Paragraph | None) -> str:
    if paragraph.is_bullet or (not paragraph.label and TYPED_BULLET.match(paragraph.text)):
        return "bullet"
    base = _depth(heading.label) if heading is not None and heading.label else _typed_depth(heading)
    label = paragraph.label or (_typed_label(paragraph.text) or "")
    if not label:
        return "paragraph"
    if not _numbered(label) or label.endswith(")"):
        return "ordered"
    return "ordered" if _depth(label) > base + 1 else "paragraph"


def _depth(label: str) -> int:
    """«2.» and «II.» are 1, «2.1.» is 2."""
    return label.rstrip(".").count(".") + 1


def _numbered(label: str) -> bool:
    """A clause number («2.1.», «II.»), not a list letter («а)») or bullet."""
    return bool(label) and (label[0].isdigit() or label[0] in ROMAN_DIGITS)


def _typed_label(text: str) -> str | None:
    typed = TYPED_NUMBER.match(text)
    return typed.group("label") if typed else None


def _typed_depth(heading: Paragraph | None) -> int:
    label = _typed_label(heading.text) if heading is not None else None
    return _depth(label) if label and _numbered(label) else 1


def _item_text(paragraph: Paragraph) -> str:
    """The paragraph as inline Markdown, without the number or dash typed before it."""
    if TYPED_NUMBER.match(paragraph.text) or TYPED_BULLET.match(paragraph.text):
        return _escape(_strip_typed(paragraph.text))
    return _inline(paragraph)


def _strip_typed(text: str) -> str:
    return TYPED_BULLET.sub("", TYPED_NUMBER.sub("", text.strip(), count=1), count=1).strip()


def _inline(paragraph: Paragraph) -> str:
    parts = []
    for text, bold, italic in paragraph.spans or [(paragraph.text, False, False)]:
        escaped = _escape(text)
        core = escaped.strip()
        if not core or not (bold or italic):
            parts.append(escaped)
            continue
        mark = "***" if bold and italic else "**" if bold else "*"
        lead, trail = escaped[: len(escaped) - len(escaped.lstrip())], escaped[len(escaped.rstrip()):]
        parts.append(f"{lead}{mark}{core}{mark}{trail}")
    return "".join(parts).replace("\n", " ").strip()


def _escape(text: str) -> str:
    text = re.sub(r"([\\*_`\[\]<>])", r"\\\1", text)
    return re.sub(r"^(\s*)([#>+-]|\d+[.)])(\s)", r"\1\\\2\3", text)


def _markdown_table(table: Table) -> str:
    rows = [[" ".join(_escape(cell).replace("|", "\\|").split()) for cell in row] for row in table.texts()]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def _all_paragraphs(blocks: list) -> list[Paragraph]:
    result = []
    for block in blocks:
        if isinstance(block, Paragraph):
            result.append(block)
        else:
            result.extend(p for row in block.rows for cell in row for p in cell)
    return result


def _is_stamp_line(text: str) -> bool:
    lowered = text.strip().lower()
    return lowered.startswith(("утвержден", "к приказу", "к постановлению", "к распоряжению", "приказом",
                               "постановлением", "распоряжением")) or bool(re.match(r"^от\s+\d", lowered))


def _continues_title(paragraph: Paragraph, words: list[str]) -> bool:
    """«ПОЛОЖЕНИЕ» on one line and «о мониторинге …» on the next (often bold, like a heading) make one title."""
    text = paragraph.text.strip()
    if len(words) == 1 and words[0].lower() == "положение":
        return re.match(r"^(о|об)\s", text, re.IGNORECASE) is not None
    return _heading_level(paragraph) is None and (text[:1].islower() or (text.isupper() and len(text) < 150))


def _parse_date(text: str) -> date | None:
    numeric = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", text.strip())
    try:
        if numeric:
            return date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
        day, month, year = text.split()
        return date(int(year), MONTHS.index(month.lower()) + 1, int(day.strip("«»\"")))
    except ValueError:
        return None


def _span(paragraphs: list[Paragraph]) -> str:
    indexes = [p.index for p in paragraphs]
    if not indexes:
        return ""
    first, last = min(indexes), max(indexes)
    return f"абзац {first}" if first == last else f"абзацы {first}–{last}"


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# The project side: which mechanism, which act, and the source text.

STOP_WORDS = {"положение", "мониторинг", "система", "муниципальный", "механизм", "управление", "организация"}


def recognise_mechanism(imported: ImportedRegulation, mechanisms: dict[str, Mechanism]) -> tuple[str | None, str]:
    """The mechanism code, and how it was recognised: by the indicator codes, else by the title's words."""
    prefixes = {code.rsplit(".", 1)[0] for code in (i.get("code", "") for i in imported.data.get("indicators", []))
                if code.count(".") >= 2}
    if len(prefixes) == 1 and next(iter(prefixes)) in mechanisms:
        code = next(iter(prefixes))
        return code, f"механизм {code} определён по кодам показателей"
    code = _closest(imported.title, mechanisms, 0.5)
    if code:
        return code, f"механизм {code} «{mechanisms[code].title}» определён по заголовку"
    return None, ""


def _closest(text: str, mechanisms: dict[str, Mechanism], threshold: float) -> str | None:
    """The mechanism whose title shares the largest part of the words, if that part is large and unique.

    The part is of the shorter word set: «… обучающихся Копейского городского округа» still names
    «Система оценки качества подготовки обучающихся» in full."""
    words = _lemmas(text)
    scored = sorted(((len(words & (title := _lemmas(m.title))) / max(min(len(words), len(title)), 1), code)
                     for code, m in mechanisms.items()), reverse=True)
    if scored and scored[0][0] >= threshold and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


def _lemmas(text: str) -> set[str]:
    from ..russian import normal_form

    words = {normal_form(word) for word in re.findall(r"[а-яё]{4,}", text.lower())}
    return words - STOP_WORDS


def listed_mechanisms(imported: ImportedRegulation, mechanisms: dict[str, Mechanism]) -> list[str]:
    """The codes the umbrella's list of mechanisms names, by the catalog's titles; other lines are kept."""
    codes: list[str] = []
    for line, where in imported.mechanism_lines:
        text = re.sub(r"\s*\([^()]*\)\s*[.;]?$", "", line).strip().rstrip(".;")
        numbered = re.match(r"^(\d+(?:\.\d+)*)\.?\s+(.*)$", text)
        if numbered and numbered.group(1) in mechanisms:
            code, how = numbered.group(1), "по коду"
        elif (code := next((c for c, m in mechanisms.items() if _same(m.title, text)), None)):
            how = ""
        elif text.endswith(":"):
            continue  # a group title or a lead-in: msoko writes the groups from the catalog
        elif (code := _closest(text, mechanisms, 0.6)):
            how = "по словам названия"
        else:
            imported.report.unmapped.append(f"{where}: «{_short(line)}» — такого механизма нет в каталоге")
            _append_unmapped(imported.data, where, _escape(line))
            continue
        if code not in codes:
            codes.append(code)
        if how:
            imported.report.guessed.append(f"{where}: «{_short(line, 50)}» — механизм {code} ({how})")
    if codes:
        imported.report.mapped.append(f"механизмы ({len(codes)}) ← {imported.origins['mechanisms']}")
        return codes
    imported.report.guessed.append("перечень механизмов не найден: указаны все механизмы каталога — уберите лишние")
    return list(mechanisms)


def _same(title: str, text: str) -> bool:
    def plain(value: str) -> str:
        return " ".join(value.lower().replace("ё", "е").split())

    return plain(title) == plain(text)


SOURCE_FIELDS = {
    False: (("general_provisions", "goal", "tasks", "indicators", "methods", "schedule", "criteria", "participants",
             "use_of_results", "final_provisions", "unmapped"),
            ("goal", "tasks", "indicators", "methods", "schedule", "criteria"), "../.schema/regulation.schema.json"),
    True: (("general_provisions", "goal", "tasks", "principles", "structure", "mechanisms", "final_provisions",
            "unmapped"), ("general_provisions", "goal", "tasks", "principles", "structure", "mechanisms"),
           ".schema/msoko.schema.json"),
}
"""Per kind (umbrella or not): the fields in the order a source lists them, the ones always written, the schema."""


def source_text(imported: ImportedRegulation, head: dict, origin_file: str) -> str:
    """The YAML source in the project's format, each field preceded by a comment saying where it came from.

    ``head`` holds the fields decided with the project: the mechanism code, the approving act."""
    fields, required, schema = SOURCE_FIELDS[imported.umbrella]
    values = {**head, "title": imported.title}
    for key in fields:
        values[key] = imported.data.get(key, [] if key in ("tasks", "indicators", "principles", "mechanisms") else "")
    data = {key: values[key] for key in ("mechanism", "title", "approved_by", *fields)
            if key in values and (values[key] or key in required)}
    lines = [f"# yaml-language-server: $schema={schema}",
             f"# Импортировано командой «msoko import» из {origin_file}.",
             "# Комментарии указывают, из какого места документа взято каждое поле."]
    for key, value in data.items():
        if key == "indicators" and value:
            lines.append("indicators:")
            for indicator in value:
                lines.append(f"  # {indicator[ORIGIN]}")
                passport = {name: item for name, item in indicator.items() if name != ORIGIN}
                lines.append(textwrap.indent(_dump([passport]).rstrip("\n"), "  "))
            continue
        origin = imported.origins.get(key) or _nested_origin(imported.origins, key)
        if origin:
            lines.append(f"# {key}: {origin}")
        lines.append(_dump({key: value}).rstrip("\n"))
    return "\n".join(lines) + "\n"


def _nested_origin(origins: dict[str, str], key: str) -> str:
    return "; ".join(f"{name.split('.', 1)[1]} — {where}" for name, where in origins.items()
                     if name.startswith(f"{key}."))


class _SourceDumper(yaml.SafeDumper):
    """Block scalars for multi-line prose, quoted codes, keys in the given order."""


def _represent_text(dumper: yaml.SafeDumper, text: str):
    style = "|" if "\n" in text else ('"' if CODE.match(text) else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_SourceDumper.add_representer(str, _represent_text)


def _dump(value: dict) -> str:
    return yaml.dump(value, Dumper=_SourceDumper, allow_unicode=True, sort_keys=False, width=100000,
                     default_flow_style=False)


@dataclass
class PlannedImport:
    file: str
    target: Path
    text: str
    code: str | None
    """The mechanism code; None for the Положение о МСОКО."""
    how: str
    report: ImportReport


class _Refused(Exception):
    """One file cannot be imported; the message says why, in Russian."""


def plan_imports(project, files: list[Path], mechanism: str | None) -> list[PlannedImport]:
    """Read and map every file; raise one :class:`MsokoError` naming every problem before anything is written."""
    planned: list[PlannedImport] = []
    problems: list[Diagnostic] = []
    for path in files:
        try:
            imported = _read(path)
            plan = _plan_umbrella if imported.umbrella else _plan_monitoring
            planned.append(plan(project, imported, path, mechanism, planned))
        except _Refused as refusal:
            problems.append(Diagnostic(Location(str(path)), Severity.ERROR, str(refusal), code="import"))
    if problems:
        raise MsokoError(problems)
    return planned


def _read(path: Path) -> ImportedRegulation:
    try:
        return import_regulation(read_docx(path.read_bytes()))
    except FileNotFoundError:
        raise _Refused("файл не найден") from None
    except IsADirectoryError:
        raise _Refused("это папка, а не файл .docx") from None
    except OSError as error:  # no permission, a device error: the user's to fix, not a bug
        raise _Refused(f"файл не читается: {error.strerror or error}") from None
    except UnreadableDocument as error:
        raise _Refused(error.reason) from None
    except NotARegulation as error:
        raise _Refused(f"не похоже на Положение: {error}") from None


def _plan_monitoring(project, imported: ImportedRegulation, path: Path, mechanism: str | None,
                     planned: list[PlannedImport]) -> PlannedImport:
    code, how = (mechanism, f"механизм {mechanism} указан в --mechanism") if mechanism else \
        recognise_mechanism(imported, project.mechanisms)
    if code is None or code not in project.mechanisms:
        raise _Refused(f"механизм {code} не найден в каталоге {project.catalog.model.id}" if code
                       else f"не удалось определить механизм по заголовку «{imported.title}»; "
                            "укажите его: --mechanism КОД")
    target = project.layout.mechanisms_dir / f"{code}.yaml"
    existing = project.regulation_for(code)
    clash = next((p for p in planned if p.code == code), None)
    if existing or target.exists() or clash:
        other = clash.file if clash else existing.source.display if existing else project.layout.display(target)
        raise _Refused(f"механизм {code} уже описан в {other}; msoko не перезапишет его")
    _qualify_codes(imported, code)
    head = {"mechanism": code, "approved_by": _approving_act(project, imported)}
    return PlannedImport(str(path), target, _source(imported, head, path, MonitoringRegulation), code, how,
                         imported.report)


def _plan_umbrella(project, imported: ImportedRegulation, path: Path, mechanism: str | None,
                   planned: list[PlannedImport]) -> PlannedImport:
    target = project.layout.msoko_file
    clash = next((p for p in planned if p.code is None), None)
    if target.exists() or clash:
        other = clash.file if clash else project.layout.display(target)
        raise _Refused(f"Положение о МСОКО уже описано в {other}; msoko не перезапишет его")
    imported.data["mechanisms"] = listed_mechanisms(imported, project.mechanisms)
    head = {"approved_by": _approving_act(project, imported)}
    how = "Положение о МСОКО определено по заголовку" + ("; --mechanism к нему не относится" if mechanism else "")
    return PlannedImport(str(path), target, _source(imported, head, path, MsokoRegulation), None, how,
                         imported.report)


def _source(imported: ImportedRegulation, head: dict, path: Path, model) -> str:
    text = source_text(imported, head, path.name)
    try:
        model.model_validate(yaml.safe_load(text))
    except (yaml.YAMLError, ValidationError):
        raise _Refused("не удалось построить источник по этому документу") from None
    return text


def _qualify_codes(imported: ImportedRegulation, mechanism: str) -> None:
    """Indicator codes carry the mechanism's code («1.1.3»); a bare «3» or a missing code is completed."""
    indicators = imported.data.get("indicators", [])
    for number, indicator in enumerate(indicators, start=1):
        code = indicator.get("code", "")
        if not code.startswith(f"{mechanism}."):
            qualified = f"{mechanism}.{number}"
            indicators[number - 1] = {"code": qualified, **{k: v for k, v in indicator.items() if k != "code"}}
            what = f"код «{code}» заменён на «{qualified}»" if code else f"присвоен код «{qualified}»"
            imported.report.guessed.append(f"показатель «{_short(indicator['name'], 50)}»: {what}")


def _approving_act(project, imported: ImportedRegulation) -> str | None:
    if imported.stamp is None:
        imported.report.guessed.append("гриф утверждения не найден; поле approved_by не заполнено")
        return None
    kind, day, number = imported.stamp
    for act_id, act in sorted(project.acts.items()):
        if act.date == day and str(act.number) == number and kind.startswith(act.kind[:5]):
            imported.report.mapped.append(f"утверждено актом {act_id}")
            return act_id
    note = f"{kind} от {day:%d.%m.%Y} № {number}" if day else f"{kind} № {number}"
    imported.report.unmapped.append(f"гриф: {note} — такого акта нет в regulations/acts/; approved_by не заполнено")
    _append_unmapped(imported.data, "Гриф утверждения", f"утверждено {note} (источника акта нет в regulations/acts/).")
    return None


def _append_unmapped(data: dict, where: str, text: str) -> None:
    """Keep text no field took, under a bold note of where it was, in the ``unmapped`` field check flags."""
    data["unmapped"] = "\n\n".join(filter(None, [data.get("unmapped", ""), f"**{where}:**\n\n{text}"]))

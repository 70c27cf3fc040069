"""Each section of the body into its field of the source."""

from __future__ import annotations

from datetime import date
import re

from ..docx.reader import Paragraph, Table, WordDocument
from .indicators import CODE, GROUP_TYPES, LEVELS, ORIGIN, TYPES, UNITS, column_choice, column_fields, is_indicator_table, read_calculation, read_combined, read_passport, table_header, unit_by_name
from .report import FIELD_NAMES, ImportReport, ImportedRegulation, append_unmapped
from .requisites import APPENDIX, STAMP, is_stamp_line, parse_date
from .scoring import read_bands
from .sections import SECTIONS
from .structure import NotARegulation, Section, TITLE, TYPED_BULLET, continues_title, has_text, heading_text, is_clause_number, is_generated, is_lead_in, split_sections, typed_label
from .text import all_paragraphs, item_kind, item_text, shortened, span_of, to_markdown
from .umbrella import is_header, is_umbrella, mechanism_line, read_principle, umbrella_sections


GOAL_LABEL = re.compile(r"^(?:основная\s+)?цель(?:\s+мониторинга)?\s*(?::|\s[—–-])\s*(?=\S)", re.IGNORECASE)


def import_regulation(document: WordDocument) -> ImportedRegulation:
    paragraphs = [b for b in document.blocks if isinstance(b, Paragraph)]
    if not any(p.text.strip() for p in document.paragraphs()):
        raise NotARegulation("документ пуст")
    title_index = next((i for i, block in enumerate(document.blocks)
                        if isinstance(block, Paragraph) and TITLE.match(block.text) and not block.in_table), None)
    if title_index is None:
        first = next((p.text.strip() for p in paragraphs if p.text.strip()), "")
        raise NotARegulation(f"не найден заголовок «Положение …» (первый абзац: «{first[:60]}»)")
    builder = Builder()
    front, rest = document.blocks[:title_index], document.blocks[title_index:]
    body = builder.title(rest)
    stamp = builder.front_matter(front)
    umbrella = is_umbrella(builder.data["title"], document)
    sections = umbrella_sections(body) if umbrella else split_sections(body, SECTIONS)
    for section in sections:
        builder.section(section)
    return ImportedRegulation(builder.data, builder.origins, builder.report, stamp, umbrella, builder.mechanism_lines)


class Builder:
    def __init__(self) -> None:
        self.data: dict = {}
        self.origins: dict[str, str] = {}
        self.report = ImportReport()
        self.mechanism_lines: list[tuple[str, str]] = []

    # The title page: the approval stamp and appendix mark, then «ПОЛОЖЕНИЕ о …».

    def front_matter(self, blocks: list) -> tuple[str, date | None, str] | None:
        paragraphs = all_paragraphs(blocks)
        text = " ".join(p.text for p in paragraphs)
        # The stamp «УТВЕРЖДЕНО приказом …» over the appendix mark «Приложение 1 к приказу …»: both name the act.
        marks = sorted(STAMP.finditer(text), key=lambda m: not m.group("kind").lower().endswith(("ом", "ем")))
        stamp = None
        if marks:
            found = marks[0]
            stamp = (found.group("kind").lower(), parse_date(found.group("date")), found.group("number"))
            self.report.mapped.append(f"гриф утверждения: {' '.join(found.group(0).split())} ← {span_of(paragraphs)}")
        appendix = APPENDIX.search(text)
        if appendix:
            self.report.mapped.append(f"отметка о приложении: приложение {appendix.group('number')}")
        for paragraph in paragraphs:
            if paragraph.text.strip() and not (STAMP.search(paragraph.text) or APPENDIX.search(paragraph.text)
                                               or is_stamp_line(paragraph.text)):
                self._keep(f"до заголовка, абзац {paragraph.index}", paragraph.text)
        return stamp

    def title(self, blocks: list) -> list:
        """Read the title into ``data``; returns the blocks after it."""
        first = blocks[0]
        words = [first.text.strip()]
        rest = blocks[1:]
        while rest and isinstance(rest[0], Paragraph) and rest[0].text.strip() and len(words) < 4 \
                and continues_title(rest[0], words):
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

    def section(self, section: Section) -> None:
        name = heading_text(section.heading) if section.heading else "до первого раздела"
        where = f"{'вводная фраза' if section.lead else 'раздел'} «{name}»"
        if section.lowered:
            self.report.guessed.append(f"{where}: текст набран прописными; записан строчными — проверьте имена "
                                       "собственные")
        if section.field is None:
            self._keep(where, to_markdown(section.blocks, section.heading))
            for sub in section.subsections:
                self._keep(f"{where}, «{heading_text(sub.heading)}»", to_markdown(sub.blocks, sub.heading))
            return
        handler = getattr(self, f"_{section.field}", None)
        if handler:
            handler(section, where)
        else:
            self._prose(section.field, section.blocks, section.heading, where)

    def _goal_and_tasks(self, section: Section, where: str) -> None:
        lead = next((i for i, b in enumerate(section.blocks) if is_lead_in(b, "задач")), None)
        split = "по вводной фразе «Задачи…:»"
        if lead is None:
            lead = next((i for i, b in enumerate(section.blocks) if isinstance(b, Paragraph)
                         and item_kind(b, section.heading) != "paragraph"), len(section.blocks))
            split = "по первому пункту списка"
        self._prose("goal", section.blocks[:lead], section.heading, where)
        self._tasks(Section(section.heading, "tasks", section.blocks[lead:]), where)
        self.report.guessed.append(f"{where}: цель и задачи в одном разделе; разделены {split}")

    def _tasks(self, section: Section, where: str) -> None:
        self._items("tasks", section, where, item_text, lead_stem="задач")

    def _principles(self, section: Section, where: str) -> None:
        """«**Открытость**: …», «открытость — …», «открытость (…)» or just «открытость;», one per paragraph."""
        self._items("principles", section, where, read_principle, lead_stem="принцип")

    def _items(self, key: str, section: Section, where: str, read, lead_stem: str) -> None:
        """A part written as a list, one item per paragraph; its lead-in («Задачи мониторинга:») is omitted."""
        items, used = [], []
        for block in section.blocks:
            if is_lead_in(block, lead_stem):
                self.report.mapped.append(f"вводная фраза «{block.text.strip()}» опущена: "
                                          f"{FIELD_NAMES[key]} записываются пунктами")
            elif isinstance(block, Paragraph) and block.text.strip():
                items.append(read(block))
                used.append(block)
            elif isinstance(block, Table):
                self._keep(where, to_markdown([block], section.heading))
        if items:
            self.data.setdefault(key, []).extend(items)
            self._origin(key, used, where)

    def _mechanisms(self, section: Section, where: str) -> None:
        """Lines kept as typed: which catalog mechanism each one names is decided with the project's catalog."""
        used = []
        for block in section.blocks:
            rows = [[block]] if isinstance(block, Paragraph) else [[p for cell in row for p in cell] for row in block.rows]
            for number, paragraphs in enumerate(rows):
                line = mechanism_line(paragraphs)
                if line and not (isinstance(block, Table) and number == 0 and is_header(line)):
                    place = f"таблица, строка {number + 1}" if isinstance(block, Table) else f"абзац {block.index}"
                    self.mechanism_lines.append((line, f"{where}, {place}"))
                    used.extend(paragraphs)
        self.origins["mechanisms"] = f"{where}, {span_of(used)}"

    def _indicators(self, section: Section, where: str) -> None:
        indicators, prose = [], []
        for block in section.blocks:
            if isinstance(block, Table) and is_indicator_table(block):
                indicators.extend(self._table(block, where))
            else:
                prose.append(block)
        if indicators:
            self.report.mapped.append(f"показатели ({len(indicators)}) ← {where}, таблица показателей")
        else:
            indicators, prose = self._listed_indicators(prose, where)
        self.data.setdefault("indicators", []).extend(indicators)
        remaining = [b for b in prose if not is_generated(b)]
        if any(has_text(b) for b in remaining):
            if "критери" in heading_text(section.heading).lower():
                self._prose("criteria", remaining, section.heading, where)
            else:
                self._keep(where, to_markdown(remaining, section.heading))

    def _listed_indicators(self, blocks: list, where: str) -> tuple[list[dict], list]:
        """Indicators typed as a list («3.1. Доля …», «– количество …») rather than a table: the names are
        kept, the rest of each passport is guessed or left for ``check`` to ask for."""
        indicators, rest = [], []
        for block in blocks:
            label = (block.label or typed_label(block.text) or "") if isinstance(block, Paragraph) else ""
            listed = label or (isinstance(block, Paragraph) and TYPED_BULLET.match(block.text))
            if not listed or block.text.strip().endswith(":"):
                rest.append(block)
                continue
            if rest and is_lead_in(rest[-1], "показател"):
                self.report.mapped.append(f"вводная фраза «{rest.pop().text.strip()}» опущена: показатели "
                                          "записываются паспортами")
            name = item_text(block).rstrip(";.")
            indicator = self._indicator({"name": name[:1].upper() + name[1:]}, label if is_clause_number(label) else "",
                                        f"{where}, абзац {block.index}")
            indicators.append({**indicator, ORIGIN: f"{where}, абзац {block.index}"})
        if indicators:
            self.report.mapped.append(f"показатели ({len(indicators)}) ← {where}, список")
            self.report.guessed.append(f"{where}: показатели записаны списком, без таблицы; расчёт, источник, "
                                       "периодичность и шкалу оценивания дополните")
        return indicators, rest

    def _criteria(self, section: Section, where: str) -> None:
        tables = [b for b in section.blocks if isinstance(b, Table) and is_indicator_table(b)]
        for table in tables:
            self.data.setdefault("indicators", []).extend(self._table(table, where))
        rest = [b for b in section.blocks if b not in tables and not is_generated(b)]
        self._prose("criteria", rest, section.heading, where)

    def _use_of_results(self, section: Section, where: str) -> None:
        steps = self.data.setdefault("use_of_results", {})
        if any(has_text(b) for b in section.blocks):
            target = "analysis" if not section.subsections else None
            if target:
                self.report.guessed.append(f"{where}: без подразделов; текст отнесён к анализу результатов")
                self._prose(f"use_of_results.{target}", section.blocks, section.heading, where)
            else:
                self._keep(where, to_markdown(section.blocks, section.heading))
        for sub in section.subsections:
            name = heading_text(sub.heading)
            self._prose(f"use_of_results.{sub.field}", sub.blocks, sub.heading, f"{where}, «{name}»")
        if not steps:
            self.data.pop("use_of_results")

    def _prose(self, path: str, blocks: list, heading: Paragraph | None, where: str) -> None:
        blocks = [b for b in blocks if not is_generated(b)]
        text = to_markdown(blocks, heading)
        if path == "goal" and (label := GOAL_LABEL.match(text)):  # «Цель: создание …» typed as one line
            text = text[label.end():][:1].upper() + text[label.end():][1:]
        if not text:
            return
        owner, _, key = path.rpartition(".")
        target = self.data.setdefault(owner, {}) if owner else self.data
        target[key] = (target[key] + "\n\n" + text) if target.get(key) else text
        self._origin(path, [b for b in blocks if isinstance(b, Paragraph)], where)

    def _origin(self, path: str, paragraphs: list[Paragraph], where: str) -> None:
        origin = f"{where}, {span_of(paragraphs)}" if paragraphs else where
        self.origins[path] = origin
        self.report.mapped.append(f"{FIELD_NAMES.get(path, path)} ← {origin}")

    def _keep(self, where: str, text: str) -> None:
        if not text.strip():
            return
        append_unmapped(self.data, where, text)
        self.report.unmapped.append(f"{where}: «{shortened(text)}»")

    # Indicator tables.

    def _table(self, table: Table, where: str) -> list[dict]:
        texts = table.grid_texts()
        header, first = table_header(texts)
        columns = column_fields(header)
        unknown = list(dict.fromkeys(header[i] for i in range(len(header)) if i not in columns))
        if unknown:
            self.report.guessed.append(f"{where}: графы {', '.join(f'«{u}»' for u in unknown)} не распознаны, "
                                       "их текст — в «unmapped»")
        indicators, group_type = [], ""
        for number, (row, cells) in enumerate(zip(table.rows[first:], texts[first:]), start=first + 1):
            values = {columns[i]: cells[i].strip() for i in range(min(len(cells), len(header))) if i in columns}
            if not values.get("name") or len({c.strip() for c in cells}) == 1:
                text = " | ".join(dict.fromkeys(c.strip() for c in cells if c.strip()))
                group_type = column_choice(text, GROUP_TYPES) or ""
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
        passport = read_passport(name_lines[-1]) if name_lines and name_lines[-1].startswith("(") else None
        if passport is not None:
            name_lines = name_lines[:-1]
        indicator: dict = {"code": code if CODE.match(code or "") else "", "name": " ".join(name_lines)}
        indicator["unit"] = self._choice(values.get("unit", ""), UNITS, unit_by_name(indicator["name"]),
                                         f"{where}: единица измерения")
        passport = passport or {}
        indicator["type"] = passport.get("тип") if passport.get("тип") in TYPES else self._choice(
            values.get("type", ""), [(t[:5], t) for t in TYPES], "результат", f"{where}: тип")
        indicator["calculation"] = read_calculation(values.get("calculation", ""))
        if "combined" in values:
            indicator.update(read_combined(values["combined"]))
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
        indicator["scoring"], rest = read_bands(values.get("scoring", ""))
        indicator["scoring"] += [{"condition": " ".join(text.split()), "points": int(key.split(":")[1])}
                                 for key, text in values.items() if key.startswith("points:") and text.strip()]
        for line in rest:
            self._keep(f"{where}: шкала оценивания", line)
        return {key: value for key, value in indicator.items() if value not in ("", {}, [], None)}

    def _choice(self, text: str, options, default: str, what: str) -> str:
        chosen = column_choice(text, options)
        return chosen if chosen else self._guess(default, what)

    def _guess(self, value: str, what: str) -> str:
        self.report.guessed.append(f"{what}: не указано, принято «{value}»")
        return value

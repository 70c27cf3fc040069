"""The indicators and their criteria: from a table (columns found by the words of their headers), from a
list, bands from any column or paragraph that states them, per indicator or as a common scale."""

from __future__ import annotations

import re

from ..messages import importer as messages
from ..docx.reader import Paragraph, Table
from ..russian import count_phrase
from .indicators import (
    ORIGIN,
    is_indicator_table,
)
from .passages import is_paragraph_indicators, read_passages
from .indicator_rows import IndicatorRows
from .passport_tables import PassportTables
from ..scales.reading import COMMON_SCALE, only_bands
from ..scales.totals import read_total
from .structure import (
    TYPED_BULLET,
    Section,
    has_text,
    heading_text,
    is_clause_number,
    is_generated,
    is_lead_in,
    typed_label,
)
from .text import place_of, shortened, span_of, strip_typed, to_markdown

TABLE_REFERENCE = re.compile(
    r"^[^.;:]{0,80}\bпоказател\w*[^.;:]{0,40}\b(?:привед[её]н\w*|указан\w*|представлен\w*)"
    r"\s+в\s+таблиц\w*\s*[.:]?$",
    re.IGNORECASE,
)
"""«Мониторинг проводится по показателям, приведённым в таблице.»: a sentence that only points at the table."""


class IndicatorParts(PassportTables, IndicatorRows):
    def __init__(self) -> None:
        super().__init__()
        self.common_scale: tuple[list[dict], str] | None = None
        self.scale_named = ""
        """Where the criteria name a scale «от 0 до N баллов» without its bands, if they do."""
        self.indicator_prose: tuple[list, Paragraph | None, str] | None = None
        """Text of the indicators' section besides them, for the methods once their own section is read."""

    def _indicators(self, section: Section, where: str) -> None:
        indicators, prose = [], []
        for block in self._without_table_lead_ins(section.blocks, where):
            if isinstance(block, Table) and is_indicator_table(block):
                indicators.extend(self._table(block, where))
            else:
                prose.append(block)
        if indicators:
            self.report.mapped.append(messages.IMPORT_INDICATORS_TABLE.format(count=len(indicators), where=where))
        elif is_paragraph_indicators(prose):
            indicators, prose = self._passage_indicators(prose, where)
        else:
            indicators, prose = self._listed_indicators(prose, where)
        self.data.setdefault("indicators", []).extend(indicators)
        remaining = [b for b in prose if not is_generated(b)]
        lead = next((i for i, b in enumerate(remaining) if is_lead_in(b, "критери")), None)
        if lead is not None:  # «Критерии оценивания:» inside «Показатели и критерии»
            self.report.mapped.append(messages.IMPORT_CRITERIA_LEAD_IN.format(text=remaining[lead].text.strip()))
            before, remaining = remaining[:lead], remaining[lead + 1 :]
            if any(has_text(b) for b in before):
                self._keep(where, to_markdown(before, section.heading))
            self._criteria(Section(section.heading, "criteria", remaining), where)
        elif any(has_text(b) for b in remaining):
            if "критери" in heading_text(section.heading).lower():
                self._criteria(Section(section.heading, "criteria", remaining), where)
            else:  # «Значения показателей рассчитываются по каждой ОО …»: how the values are obtained
                self.indicator_prose = (remaining, section.heading, where)

    def _without_table_lead_ins(self, blocks: list, where: str) -> list:
        """«Показатели и критерии приведены в таблице:» introduces the table msoko writes in its own way."""
        kept: list = []
        for index, block in enumerate(blocks):
            following = next((b for b in blocks[index + 1 :] if has_text(b)), None)
            plain = isinstance(block, Paragraph) and block.text.strip() and not is_generated(block)
            before_table = (
                isinstance(following, Table)
                and is_indicator_table(following)
                and len(block.text.split()) <= 30
                and not (block.label or typed_label(block.text))
            )
            if plain and (before_table or TABLE_REFERENCE.match(strip_typed(block.text))):
                self.report.mapped.append(messages.IMPORT_TABLE_LEAD_IN.format(text=shortened(block.text.strip())))
                continue
            kept.append(block)
        return kept

    def _listed_indicators(self, blocks: list, where: str) -> tuple[list[dict], list]:
        """Indicators typed as a list («3.1. Доля …», «– количество …», a bulleted or numbered list), each
        maybe followed by its bands («: 90 % и более — 2 балла; …» or as sub-items)."""
        indicators: list[dict] = []
        rest: list = []
        for block in blocks:
            label = (block.label or typed_label(block.text) or "") if isinstance(block, Paragraph) else ""
            listed = label or (isinstance(block, Paragraph) and TYPED_BULLET.match(block.text))
            if not listed or block.text.strip().endswith(":"):
                rest.append(block)
                continue
            raw = (
                strip_typed(block.text)
                if typed_label(block.text) or TYPED_BULLET.match(block.text)
                else block.text.strip()
            )
            if indicators and (bands := only_bands(raw)):  # a band typed as a sub-item of the indicator above
                indicators[-1].setdefault("scoring", []).extend(bands)
                continue
            if rest and is_lead_in(rest[-1], "показател"):
                self.report.mapped.append(messages.IMPORT_INDICATORS_LEAD_IN.format(text=rest.pop().text.strip()))
            name, _, tail = raw.partition(":")
            bands = only_bands(tail)
            name = (name if bands else raw).strip().rstrip(";.")
            indicator = self._indicator(
                {"name": name[:1].upper() + name[1:]},
                label if is_clause_number(label) else "",
                f"{where}, {place_of(block)}",
            )
            if bands:
                indicator["scoring"] = bands
            indicators.append({**indicator, ORIGIN: f"{where}, {place_of(block)}"})
        if indicators:
            self.report.mapped.append(messages.IMPORT_INDICATORS_LIST.format(count=len(indicators), where=where))
            self.report.guessed.append(messages.IMPORT_INDICATORS_LIST_ONLY.format(where=where))
        return indicators, rest

    def _passage_indicators(self, blocks: list, where: str) -> tuple[list[dict], list]:
        """Indicators typed as paragraphs, «Показатель 1. …» and the lines describing it (:mod:`.passages`)."""
        found, before = read_passages(blocks)
        rest: list = []
        for block in before:
            if isinstance(block, Paragraph) and heading_like(block):
                self.report.mapped.append(
                    messages.IMPORT_GROUP_HEADING.format(text=shortened(block.text.strip()), where=place_of(block))
                )
            elif not is_lead_in(block, "показател"):
                rest.append(block)
        indicators = []
        for paragraph, values in found:
            place = f"{where}, {place_of(paragraph)}"
            indicator = self._indicator(
                {key: value for key, value in values.items() if key not in ("scoring", "rest", "calculation")},
                "",
                place,
            )
            if values.get("calculation"):
                indicator["calculation"] = {"formula": values["calculation"]}
            if values["scoring"]:
                indicator["scoring"] = values["scoring"]
            for line in values.get("rest", []):
                self._keep(place, line)
            indicators.append({**indicator, ORIGIN: place})
        self.report.mapped.append(messages.IMPORT_PASSAGES.format(count=len(indicators), where=where))
        return indicators, rest

    def _criteria(self, section: Section, where: str) -> None:
        """Criteria as prose; the bands they state go to the indicators: a table of bands per indicator, a line
        per indicator («По показателю 3.1: …»), or a common scale for all."""
        prose: list = []
        scale: list[dict] = []
        scale_lines: list[Paragraph] = []
        for block in self._total(section.blocks, where):
            if isinstance(block, Table) and is_indicator_table(block) and not self.data.get("indicators"):
                self.data["indicators"] = self._table(block, where)
                self.report.mapped.append(
                    messages.IMPORT_INDICATORS_IN_TABLE.format(
                        count=len(self.data["indicators"]), where=where, table=block.number
                    )
                )
                continue
            if isinstance(block, Table):
                if not self._passport_table(block, where):
                    prose.append(block)
                continue
            raw = strip_typed(block.text) if block.text.strip() else ""
            reference, _, tail = raw.partition(":")
            bands = only_bands(tail) if tail else []
            indicator = self._find(reference) if bands else None
            if indicator is not None:
                indicator.setdefault("scoring", []).extend(bands)
                self.report.mapped.append(
                    messages.IMPORT_INDICATOR_BANDS.format(
                        name=shortened(indicator["name"], 50), where=f"{where}, {place_of(block)}"
                    )
                )
                continue
            line_bands = bands or only_bands(raw)
            if line_bands:
                scale.extend(line_bands)
                scale_lines.append(block)
            prose.append(block)
        if scale:
            self.common_scale = (scale, f"{where}, {span_of(scale_lines)}")
        elif any(COMMON_SCALE.search(b.text) for b in prose if isinstance(b, Paragraph)):
            self.scale_named = where  # said in the report only if some indicator is left without bands
        self._prose("criteria", prose, section.heading, where)

    def _total(self, blocks: list, where: str) -> list:
        """The total and its groups into ``total``; the blocks that remain prose."""
        texts = [strip_typed(b.text) if isinstance(b, Paragraph) else "" for b in blocks]
        read = read_total(texts)
        if not read.total:
            return blocks
        self.data["total"] = read.total
        used = [b for i, b in enumerate(blocks) if i in read.used]
        self.origins["total"] = f"{where}, {span_of(used)}" if used else where
        self.report.mapped.append(
            messages.IMPORT_TOTAL.format(
                groups=count_phrase(len(read.total["groups"]), messages.IMPORT_GROUP_NOUN),
                where=f"{where}, {span_of(used)}" if used else where,
            )
        )
        return [b for i, b in enumerate(blocks) if i not in read.used]

    def appendices(self, blocks: list) -> None:
        """The Положение's own appendices: a table of bands joins its indicators by number or name; the mark
        and the caption over it are named in the report; any other text is kept."""
        mark: list[Paragraph] = []
        for block in blocks:
            if not isinstance(block, Paragraph) or not block.text.strip() or _caption(block) or len(mark) == 4:
                break
            mark.append(block)
        if not blocks:
            return
        self.report.requisites.append(
            messages.IMPORT_OWN_APPENDIX.format(
                text=shortened(" ".join(p.text.strip() for p in mark), 90), where=span_of(mark)
            )
        )
        for block in blocks[len(mark) :]:
            if isinstance(block, Table) and self._passport_table(block, messages.IMPORT_OWN_APPENDIX_WHERE):
                continue
            if isinstance(block, Table) or (block.text.strip() and not _caption(block)):
                self._keep(messages.IMPORT_OWN_APPENDIX_WHERE, to_markdown([block], None))

    def finish(self) -> None:
        """The common scale goes to every indicator that has no bands of its own; criteria given only as the
        indicators' bands are named so in the criteria part, as a guess the report shows."""
        self._report_defaults()
        if self.indicator_prose:  # after the methods section's own text, whose origin stays first
            blocks, heading, where = self.indicator_prose
            own = self.origins.get("methods")
            self._prose("methods", blocks, heading, where)
            if own:
                self.origins["methods"] = f"{own}; {self.origins['methods']}"
            self.report.guessed.append(
                messages.IMPORT_INDICATOR_PROSE.format(
                    where=f"{where}, {span_of([b for b in blocks if isinstance(b, Paragraph)])}"
                )
            )
        indicators = self.data.get("indicators", [])
        for indicator in indicators:
            worded = [f"«{b['condition']}»" for b in indicator.get("scoring", []) if "condition" in b]
            if worded:
                self.report.guessed.append(
                    messages.IMPORT_QUALITATIVE_BANDS.format(
                        code=indicator.get("code", "?"), conditions=", ".join(worded)
                    )
                )
        unscored = [i.get("code") or shortened(i["name"], 30) for i in indicators if not i.get("scoring")]
        if self.scale_named and unscored and not self.common_scale:
            self.report.guessed.append(
                messages.IMPORT_SCALE_WITHOUT_BANDS.format(where=self.scale_named, codes=", ".join(unscored))
            )
        if not self.data.get("criteria") and indicators and all(i.get("scoring") for i in indicators):
            self.data["criteria"] = messages.IMPORT_CRITERIA_TEXT
            self.origins["criteria"] = messages.IMPORT_CRITERIA_ORIGIN
            self.report.guessed.append(messages.IMPORT_CRITERIA_FROM_BANDS.format(text=messages.IMPORT_CRITERIA_TEXT))
        if not self.common_scale:
            return
        scale, where = self.common_scale
        bare = [i for i in self.data.get("indicators", []) if not i.get("scoring")]
        for indicator in bare:
            indicator["scoring"] = [dict(band) for band in scale]
        if bare:
            self.report.mapped.append(
                messages.IMPORT_COMMON_SCALE.format(
                    levels=count_phrase(len(scale), messages.IMPORT_LEVEL_NOUN), where=where, count=len(bare)
                )
            )


def _caption(paragraph: Paragraph) -> bool:
    """«Шкала оценивания показателей» over an appendix's table: its title, nothing to keep."""
    text = paragraph.text.strip().lower()
    return len(text.split()) <= 8 and any(stem in text for stem in ("шкал", "критери", "баллы", "оценивани"))


def heading_like(paragraph: Paragraph) -> bool:
    """A short line set as a heading (a style with an outline level, or bold): a group's title."""
    return (paragraph.outline_level is not None or paragraph.bold) and len(paragraph.text.split()) <= 12

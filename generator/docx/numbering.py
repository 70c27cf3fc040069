"""What Word draws before a paragraph from its numbering: the styles a paragraph inherits from, and the list
label («1.1.», «а)», «•») computed from ``numbering.xml`` with counters kept per abstract list as Word keeps them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from .oxml import w

RUSSIAN_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's russianLower skips ё, й, ъ, ы, ь
ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


class Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self.by_id = {s.get(w("styleId"), ""): s for s in root.iterfind(w("style"))} if root is not None else {}
        self.default_paragraph = next(
            (sid for sid, s in self.by_id.items() if s.get(w("type")) == "paragraph" and s.get(w("default")) == "1"), ""
        )

    def name(self, style_id: str) -> str:
        node = self.by_id.get(style_id)
        name = node.find(w("name")) if node is not None else None
        return name.get(w("val"), style_id) if name is not None else style_id

    def chain(self, style_id: str) -> Iterator[etree._Element]:
        """The style and the styles it is based on, nearest first."""
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            node = self.by_id[style_id]
            yield node
            based = node.find(w("basedOn"))
            style_id = based.get(w("val"), "") if based is not None else ""

    def first(self, style_id: str, path: str) -> etree._Element | None:
        for node in self.chain(style_id):
            found = node.find(path)
            if found is not None:
                return found
        return None


@dataclass
class Level:
    fmt: str
    text: str
    start: int


class Numbering:
    """numId → levels, with counters kept per abstract list as Word does."""

    def __init__(self, root: etree._Element | None, styles: Styles) -> None:
        self.styles = styles
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.style_levels: dict[str, tuple[str, int]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        if root is None:
            return
        for abstract in root.iterfind(w("abstractNum")):
            abstract_id = abstract.get(w("abstractNumId"), "")
            levels = {}
            for level in abstract.iterfind(w("lvl")):
                ilvl = int(level.get(w("ilvl"), "0"))
                levels[ilvl] = Level(
                    _val(level.find(w("numFmt")), "decimal"),
                    _val(level.find(w("lvlText")), ""),
                    int(_val(level.find(w("start")), "1")),
                )
                style = level.find(w("pStyle"))
                if style is not None:
                    self.style_levels[style.get(w("val"), "")] = (abstract_id, ilvl)
            self.abstracts[abstract_id] = levels
        for num in root.iterfind(w("num")):
            overrides = {
                int(o.get(w("ilvl"), "0")): int(_val(o.find(w("startOverride")), "1"))
                for o in num.iterfind(w("lvlOverride"))
                if o.find(w("startOverride")) is not None
            }
            self.nums[num.get(w("numId"), "")] = (_val(num.find(w("abstractNumId")), ""), overrides)
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()

    def label(self, paragraph: etree._Element, style_id: str) -> tuple[str, int | None]:
        num_id, ilvl = self._reference(paragraph, style_id)
        if num_id is None or num_id not in self.nums:
            return "", None
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstracts.get(abstract_id, {})
        if ilvl not in levels:
            return "", None
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for level, start in overrides.items():
                counters[level] = start - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            del counters[deeper]
        return self._render(levels, counters, ilvl), ilvl

    def _reference(self, paragraph: etree._Element, style_id: str) -> tuple[str | None, int]:
        direct = paragraph.find(f"{w('pPr')}/{w('numPr')}")
        inherited = self.styles.first(style_id, f"{w('pPr')}/{w('numPr')}")
        num_node = next(
            (n.find(w("numId")) for n in (direct, inherited) if n is not None and n.find(w("numId")) is not None), None
        )
        if num_node is None or num_node.get(w("val")) == "0":
            return None, 0
        ilvl_node = next(
            (n.find(w("ilvl")) for n in (direct, inherited) if n is not None and n.find(w("ilvl")) is not None), None
        )
        if ilvl_node is not None:
            return num_node.get(w("val")), int(ilvl_node.get(w("val"), "0"))
        linked = self.style_levels.get(style_id)
        return num_node.get(w("val")), linked[1] if linked else 0

    @staticmethod
    def _render(levels: dict[int, Level], counters: dict[int, int], ilvl: int) -> str:
        level = levels[ilvl]
        if level.fmt == "bullet":
            return "•"
        if level.fmt == "none":
            return level.text
        text = level.text
        for position in range(ilvl + 1):
            placeholder = f"%{position + 1}"
            if placeholder in text:
                owner = levels.get(position, level)
                count = counters.get(position, owner.start)
                text = text.replace(placeholder, _format_number(count, owner.fmt))
        return text


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("russianLower", "russianUpper"):
        letter = RUSSIAN_LETTERS[(value - 1) % len(RUSSIAN_LETTERS)] * ((value - 1) // len(RUSSIAN_LETTERS) + 1)
        return letter.upper() if fmt == "russianUpper" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman, rest = "", value
        for amount, digits in ROMAN:
            while rest >= amount:
                roman, rest = roman + digits, rest - amount
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)


def _val(node: etree._Element | None, default: str) -> str:
    return node.get(w("val"), default) if node is not None else default

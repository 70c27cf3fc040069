"""A native Word bar chart (DrawingML) with its data inline, so Word and LibreOffice draw it as a chart."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from .elements import RawXml
from .oxml import element, serialize, sub, xml_safe

C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CHART_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
EMU_PER_MM = 36000
SERIES_COLORS = ("A5A5A5", "ED7D31", "4472C4", "70AD47")
LABEL_SIZE = "800"
"""Data labels in 8 pt (hundredths of a point): two labels of adjacent bars («нет данных» for two years of one
mechanism) stand one above the other without touching, each no taller than its bar."""
RUSSIAN_DECIMAL = "[$-419]0.0"
"""One decimal in the Russian locale (LCID 0x419): office suites draw «22,8», whatever their own locale."""


def _c(parent: etree._Element, tag: str, val: str | None = None) -> etree._Element:
    node = etree.SubElement(parent, f"{{{C_NS}}}{tag}")
    if val is not None:
        node.set("val", val)
    return node


def bar_chart_part(
    categories: list[str],
    series: Sequence[tuple[str, Sequence[float | str | None]]],
    missing: str,
    label_size: int = 0,
) -> bytes:
    """A horizontal clustered bar chart of percentages (0–100), one series per year, in Russian: the
    chart's language is ru-RU (decimal comma) and a missing value is a zero-length bar labelled
    ``missing`` («нет данных»), so that it is not read as 0; a text in a value's stead labels such a bar
    itself («не применяется»). Every category is labelled (an office suite
    skips labels it finds crowded), at ``label_size`` points when given."""
    space = etree.Element(f"{{{C_NS}}}chartSpace", nsmap={"c": C_NS, "a": A_NS, "r": R_NS})
    _c(space, "lang", "ru-RU")
    _c(space, "roundedCorners", "0")
    chart = _c(space, "chart")
    _c(chart, "autoTitleDeleted", "1")
    plot = _c(chart, "plotArea")
    _c(plot, "layout")
    bars = _c(plot, "barChart")
    _c(bars, "barDir", "bar")
    _c(bars, "grouping", "clustered")
    _c(bars, "varyColors", "0")
    for index in range(len(series)):
        bars.append(etree.Comment(_series_mark(index)))  # each series written apart, into its place
    _c(bars, "gapWidth", "60")
    _c(bars, "axId", "5001")
    _c(bars, "axId", "5002")
    _axes(plot, label_size)
    legend = _c(chart, "legend")
    _c(legend, "legendPos", "b")
    _c(legend, "overlay", "0")
    _c(chart, "plotVisOnly", "1")
    _c(chart, "dispBlanksAs", "gap")
    written = serialize(space)
    for index, (name, values) in enumerate(series):
        mark = f"<!--{_series_mark(index)}-->".encode()
        written = written.replace(mark, _series_xml(index, name, categories, values, missing))
    return written


def _series_mark(index: int) -> str:
    return f"msoko-series-{index}"


_OPENING_DECLARATIONS = re.compile(rb'^(<c:ser)(?: xmlns:\w+="[^"]*")+>')


def _series_xml(
    index: int, name: str, categories: list[str], values: Sequence[float | str | None], missing: str
) -> bytes:
    """One series as the chart's tree would write it: the tree of a chart of a thousand mechanisms is tens of
    thousands of elements (a label for each missing value), so each series is made, written and let go in turn.
    Written apart, its opening tag declares the chart's namespaces again, which the chart has declared."""
    holder = etree.Element(f"{{{C_NS}}}barChart", nsmap={"c": C_NS, "a": A_NS, "r": R_NS})
    _series(holder, index, name, categories, values, missing)
    return _OPENING_DECLARATIONS.sub(rb"\1>", etree.tostring(holder[0], encoding="UTF-8"), count=1)


def _series(
    bars: etree._Element,
    index: int,
    name: str,
    categories: list[str],
    values: Sequence[float | str | None],
    missing: str,
) -> None:
    series = _c(bars, "ser")
    _c(series, "idx", str(index))
    _c(series, "order", str(index))
    _c(_c(series, "tx"), "v").text = xml_safe(name)
    fill = etree.SubElement(etree.SubElement(_c(series, "spPr"), f"{{{A_NS}}}solidFill"), f"{{{A_NS}}}srgbClr")
    fill.set("val", SERIES_COLORS[index % len(SERIES_COLORS)])
    _c(series, "invertIfNegative", "0")
    labels = _c(series, "dLbls")
    for position, value in enumerate(values):
        if not isinstance(value, (int, float)):
            _missing_label(labels, position, value or missing)
    _c(labels, "numFmt").attrib.update({"formatCode": RUSSIAN_DECIMAL, "sourceLinked": "0"})
    _label_text(labels)
    _label_flags(labels)
    literal = _c(_c(series, "cat"), "strLit")
    _c(literal, "ptCount", str(len(categories)))
    for position, category in enumerate(categories):
        point = _c(literal, "pt")
        point.set("idx", str(position))
        _c(point, "v").text = xml_safe(category)
    numbers = _c(_c(series, "val"), "numLit")
    _c(numbers, "formatCode").text = RUSSIAN_DECIMAL
    _c(numbers, "ptCount", str(len(values)))
    for position, value in enumerate(values):
        point = _c(numbers, "pt")
        point.set("idx", str(position))
        _c(point, "v").text = f"{value if isinstance(value, (int, float)) else 0:.1f}"


def _label_flags(labels: etree._Element) -> None:
    for flag, value in (
        ("showLegendKey", "0"),
        ("showVal", "1"),
        ("showCatName", "0"),
        ("showSerName", "0"),
        ("showPercent", "0"),
        ("showBubbleSize", "0"),
    ):
        _c(labels, flag, value)


def _label_text(labels: etree._Element) -> None:
    """The labels' text properties: their size (DrawingML's ``c:txPr``, before the ``show*`` flags)."""
    rich = _c(labels, "txPr")
    etree.SubElement(rich, f"{{{A_NS}}}bodyPr")
    etree.SubElement(rich, f"{{{A_NS}}}lstStyle")
    paragraph = etree.SubElement(rich, f"{{{A_NS}}}p")
    etree.SubElement(etree.SubElement(paragraph, f"{{{A_NS}}}pPr"), f"{{{A_NS}}}defRPr").set("sz", LABEL_SIZE)
    etree.SubElement(paragraph, f"{{{A_NS}}}endParaRPr").set("lang", "ru-RU")


def _missing_label(labels: etree._Element, position: int, text: str) -> None:
    """A data label whose text replaces the value: the point has no data."""
    label = _c(labels, "dLbl")
    _c(label, "idx", str(position))
    rich = _c(_c(label, "tx"), "rich")
    etree.SubElement(rich, f"{{{A_NS}}}bodyPr")
    paragraph = etree.SubElement(rich, f"{{{A_NS}}}p")
    text_run = etree.SubElement(paragraph, f"{{{A_NS}}}r")
    etree.SubElement(text_run, f"{{{A_NS}}}rPr").attrib.update({"lang": "ru-RU", "sz": LABEL_SIZE})
    etree.SubElement(text_run, f"{{{A_NS}}}t").text = xml_safe(text)
    _label_flags(label)


def _axes(plot: etree._Element, label_size: int) -> None:
    categories = _c(plot, "catAx")
    _c(categories, "axId", "5001")
    _c(_c(categories, "scaling"), "orientation", "maxMin")
    _c(categories, "delete", "0")
    _c(categories, "axPos", "l")
    _c(categories, "tickLblPos", "nextTo")
    if label_size:
        _text_size(categories, label_size)
    _c(categories, "crossAx", "5002")
    _c(categories, "crosses", "autoZero")
    _c(categories, "auto", "1")
    _c(categories, "lblAlgn", "ctr")
    _c(categories, "lblOffset", "100")
    _c(categories, "tickLblSkip", "1")
    values = _c(plot, "valAx")
    _c(values, "axId", "5002")
    scaling = _c(values, "scaling")
    _c(scaling, "orientation", "minMax")
    _c(scaling, "max", "100")
    _c(scaling, "min", "0")
    _c(values, "delete", "0")
    _c(values, "axPos", "b")
    _c(values, "majorGridlines")
    _c(values, "numFmt").attrib.update({"formatCode": "0", "sourceLinked": "0"})
    _c(values, "tickLblPos", "nextTo")
    _c(values, "crossAx", "5001")
    _c(values, "crosses", "autoZero")
    _c(values, "crossBetween", "between")
    _c(values, "majorUnit", "20")


def _text_size(axis: etree._Element, points: int) -> None:
    """The axis labels' size, in the chart's language."""
    text = _c(axis, "txPr")
    etree.SubElement(text, f"{{{A_NS}}}bodyPr")
    etree.SubElement(text, f"{{{A_NS}}}lstStyle")
    paragraph = etree.SubElement(text, f"{{{A_NS}}}p")
    etree.SubElement(etree.SubElement(paragraph, f"{{{A_NS}}}pPr"), f"{{{A_NS}}}defRPr").set("sz", str(points * 100))
    etree.SubElement(paragraph, f"{{{A_NS}}}endParaRPr").set("lang", "ru-RU")


def chart_paragraph(
    relationship_id: str, width_mm: float, height_mm: float, name: str, keep_next: bool = False, drawing_id: int = 1
) -> RawXml:
    """A centred paragraph holding the chart inline, as Word inserts one (kept with its caption); ``drawing_id``
    tells the charts of one document apart."""
    paragraph = element("p")
    properties = sub(paragraph, "pPr")
    if keep_next:
        sub(properties, "keepNext")
    sub(properties, "spacing", {"before": "120"})  # clear of a table above it
    sub(properties, "jc", {"val": "center"})
    drawing = sub(sub(paragraph, "r"), "drawing")
    inline = etree.SubElement(drawing, f"{{{WP_NS}}}inline", nsmap={"wp": WP_NS})
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")
    extent = etree.SubElement(inline, f"{{{WP_NS}}}extent")
    extent.set("cx", str(round(width_mm * EMU_PER_MM)))
    extent.set("cy", str(round(height_mm * EMU_PER_MM)))
    effect = etree.SubElement(inline, f"{{{WP_NS}}}effectExtent")
    for side in ("l", "t", "r", "b"):
        effect.set(side, "0")
    properties = etree.SubElement(inline, f"{{{WP_NS}}}docPr")
    properties.set("id", str(drawing_id))
    properties.set("name", name)
    etree.SubElement(inline, f"{{{WP_NS}}}cNvGraphicFramePr")
    graphic = etree.SubElement(inline, f"{{{A_NS}}}graphic", nsmap={"a": A_NS})
    data = etree.SubElement(graphic, f"{{{A_NS}}}graphicData")
    data.set("uri", C_NS)
    reference = etree.SubElement(data, f"{{{C_NS}}}chart", nsmap={"c": C_NS, "r": R_NS})
    reference.set(f"{{{R_NS}}}id", relationship_id)
    return RawXml(etree.tostring(paragraph, encoding="unicode"))

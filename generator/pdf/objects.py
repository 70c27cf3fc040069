"""A page's characters and ruled lines through pdfium (C, a few milliseconds a page), shaped as the objects
pdfminer gives pdfplumber (pure Python, a tenth of a second a page): the same boxes, the same names, so
pdfplumber's table finder and line grouping run on them unchanged.

pdfminer boxes a character by its advance and the font's em: from the baseline plus the font's descent up by
the font size; pdfium's loose box has the same left and right, and the descent and size come from the font.
pdfium keeps coordinates as 32-bit floats: rounded to ``DIGITS`` they are the PDF's own numbers again (a
printer writes three decimals at most)."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

import pypdfium2.raw as pdfium

DIGITS = 4
HYPHEN_MARK = 2
"""pdfium's code for a hyphen that ends a line (it drops the hyphen from the text it joins)."""
HYPHEN = "-"
UNREAD = 0xFFFE
"""pdfium's code in a page's text for a hyphen ending a line and for a glyph with no character."""
SPACE = 0x20
Point = tuple[float, float]
Obj = dict[str, Any]


@dataclass(frozen=True)
class Font:
    """What pdfminer reads of a font, for the boxes it gives: its name, its descent below the baseline per point of
    size (zero or less) and each character's advance per point (from the PDF's widths, which pdfium's loose
    box widens to the glyph's outline)."""

    name: str
    descent: float
    advances: dict[str, float]


Fonts = dict[str, Font]
"""A page's fonts by the name the PDF gives them (``/BaseFont`` without a subset's tag, as pdfium names them)."""


def page_objects(page: Any, textpage: Any, fonts: Fonts, height: float, doctop: float) -> dict[str, list[Obj]]:
    """``page`` and ``textpage``: pdfium's raw handles. ``height``: the page's height in points (pdfplumber's
    ``top`` counts from the page's top edge), ``doctop`` the height of the pages before it."""
    found: dict[str, list[Obj]] = {}
    chars = _chars(textpage, fonts, height, doctop)
    if chars:
        found["char"] = chars
    for kind, shape in _paths(page, height, doctop):
        found.setdefault(kind, []).append(shape)
    return found


def _chars(textpage: Any, fonts: Fonts, height: float, doctop: float) -> list[Obj]:
    box, x, y = pdfium.FS_RECTF(), ctypes.c_double(), ctypes.c_double()
    runs: dict[int | None, _Run] = {}
    chars = []
    count = pdfium.FPDFText_CountChars(textpage)
    codes = (ctypes.c_ushort * (count + 1))()
    pdfium.FPDFText_GetText(textpage, 0, count, codes)  # every character's code in one call
    text_object_of, origin_of, address_of = (
        pdfium.FPDFText_GetTextObject,
        pdfium.FPDFText_GetCharOrigin,
        ctypes.c_void_p.from_buffer,
    )  # a text object's identity, read cheaply
    for index, code in enumerate(codes[:count]):
        text_object = text_object_of(textpage, index)
        if not text_object or (code == SPACE and pdfium.FPDFText_IsGenerated(textpage, index) == 1):
            continue  # a space or line break pdfium made up: no glyph is printed there
        address = address_of(text_object).value
        run = runs.get(address) or runs.setdefault(address, _run(textpage, index, text_object, fonts))
        if code == UNREAD:  # a hyphen ending a line, or a glyph with no character
            code = pdfium.FPDFText_GetUnicode(textpage, index)
        text = HYPHEN if code == HYPHEN_MARK else chr(code) if code else ""
        origin_of(textpage, index, x, y)
        advance = run.advances.get(text) if run.upright else None
        if advance is not None:  # pdfminer's box: the advance, from the descent up by the em
            x0 = round(x.value, DIGITS)
            x1 = x0 + advance * run.width
            y0 = round(y.value, DIGITS) + run.descent
            y1 = y0 + run.em
        else:
            pdfium.FPDFText_GetLooseCharBox(textpage, index, box)
            x0, x1 = round(min(box.left, box.right), DIGITS), round(max(box.left, box.right), DIGITS)
            y0, y1 = round(min(box.bottom, box.top), DIGITS), round(max(box.bottom, box.top), DIGITS)
        chars.append(
            {
                "text": text,
                "fontname": run.name,
                "size": y1 - y0,
                "upright": run.reads_across,
                "x0": x0,
                "y0": y0,
                "x1": x1,
                "y1": y1,
                "width": x1 - x0,
                "height": y1 - y0,
                "top": height - y1,
                "bottom": height - y0,
                "doctop": doctop + height - y1,
                "object_type": "char",
            }
        )
    return chars


@dataclass(frozen=True)
class _Run:
    """What all characters of one text object share: the font, and the font's size and descent as printed."""

    name: str
    advances: dict[str, float]
    width: float
    """Points of advance per unit of a character's advance in the font."""
    descent: float
    em: float
    upright: bool
    """Neither turned nor mirrored: pdfminer's box is the advance and the em from the descent."""
    reads_across: bool
    """pdfminer's «upright»: the text reads left to right, however it is scaled."""


def _run(textpage: Any, index: int, text_object: Any, fonts: Fonts) -> _Run:
    matrix = pdfium.FS_MATRIX()
    pdfium.FPDFText_GetMatrix(textpage, index, matrix)
    size = pdfium.FPDFText_GetFontSize(textpage, index)
    font = _font(text_object, fonts)
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    return _Run(
        font.name,
        font.advances,
        a * size,
        d * font.descent * size,
        d * size,
        b == 0 and c == 0 and a > 0 and d > 0,
        a * d > 0 and b * c <= 0,
    )


def _font(text_object: Any, fonts: Fonts) -> Font:
    """pdfminer's reading of the text object's font; pdfium's name and descent where pdfminer has none."""
    font = pdfium.FPDFTextObj_GetFont(text_object)
    length = pdfium.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(max(length, 1))
    pdfium.FPDFFont_GetBaseFontName(font, buffer, length)
    name = buffer.value.decode("latin-1").rpartition("+")[2]
    if name in fonts:
        return fonts[name]
    descent = ctypes.c_float()
    pdfium.FPDFFont_GetDescent(font, ctypes.c_float(1000), descent)
    return Font(name, min(descent.value, 0.0) / 1000, {})


def _paths(page: Any, height: float, doctop: float) -> list[tuple[str, Obj]]:
    """Each painted path as pdfminer sorts it: a single segment a line, a closed axis-parallel quadrilateral a
    rect, anything else a curve; a path of several subpaths is several shapes."""
    shapes = []
    for handle, matrix in _path_objects(page):
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        pdfium.FPDFPath_GetDrawMode(handle, fill_mode, stroke)
        paint = {"stroke": bool(stroke.value), "fill": fill_mode.value != 0, "evenodd": fill_mode.value == 1}
        for operators, points in _subpaths(handle, matrix):
            shape = _shape(operators, points)
            if shape is not None:
                kind, pts = shape
                shapes.append((kind, _placed(kind, pts, paint, height, doctop)))
    return shapes


Matrix = tuple[float, float, float, float, float, float]


def _path_objects(page: Any) -> list[tuple[Any, Matrix]]:
    """The page's path objects, those inside form XObjects too, each with its matrix to the page."""
    found: list[tuple[Any, Matrix]] = []

    def visit(handle: Any, outer: Matrix) -> None:
        own = pdfium.FS_MATRIX()
        pdfium.FPDFPageObj_GetMatrix(handle, own)
        matrix = _times((own.a, own.b, own.c, own.d, own.e, own.f), outer)
        kind = pdfium.FPDFPageObj_GetType(handle)
        if kind == pdfium.FPDF_PAGEOBJ_PATH:
            found.append((handle, matrix))
        elif kind == pdfium.FPDF_PAGEOBJ_FORM:
            for index in range(pdfium.FPDFFormObj_CountObjects(handle)):
                visit(pdfium.FPDFFormObj_GetObject(handle, index), matrix)

    for index in range(pdfium.FPDFPage_CountObjects(page)):
        visit(pdfium.FPDFPage_GetObject(page, index), (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    return found


def _times(inner: Matrix, outer: Matrix) -> Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _subpaths(handle: Any, matrix: Matrix) -> list[tuple[str, list[Point]]]:
    """The path as pdfminer's operators: «m», «l», one «c» for a Bézier's three points, «h» after a closed one,
    each operator with its end point on the page; split where a subpath starts."""
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[tuple[str, list[Point]]] = []
    operators, points = "", list[Point]()
    bezier = 0
    for index in range(pdfium.FPDFPath_CountSegments(handle)):
        segment = pdfium.FPDFPath_GetPathSegment(handle, index)
        pdfium.FPDFPathSegment_GetPoint(segment, x, y)
        point = (round(a * x.value + c * y.value + e, DIGITS), round(b * x.value + d * y.value + f, DIGITS))
        kind = pdfium.FPDFPathSegment_GetType(segment)
        if kind == pdfium.FPDF_SEGMENT_MOVETO:
            if operators:
                subpaths.append((operators, points))
            operators, points, bezier = "m", [point], 0
        elif kind == pdfium.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue
            operators, points = operators + "c", [*points, point]
        else:
            operators, points = operators + "l", [*points, point]
        if pdfium.FPDFPathSegment_GetClose(segment) and points:
            operators, points = operators + "h", [*points, points[0]]
    if operators:
        subpaths.append((operators, points))
    return subpaths


def _shape(operators: str, points: list[Point]) -> tuple[str, list[Point]] | None:
    if not operators.startswith("m"):
        return None
    if len(operators) > 3 and operators.endswith("lh") and points[-2] == points[0]:
        operators, points = operators[:-2] + "h", points[:-1]
    if operators in ("ml", "mlh"):
        return "line", points[:2]
    if operators in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if points[0] == points[4] and square:
            return "rect", [(x0, y0), (x2, y0), (x2, y2), (x0, y2)]
    return "curve", points


def _placed(kind: str, pts: list[Point], paint: dict[str, bool], height: float, doctop: float) -> Obj:
    x0, x1 = min(x for x, _ in pts), max(x for x, _ in pts)
    y0, y1 = min(y for _, y in pts), max(y for _, y in pts)
    return {
        "x0": x0,
        "y0": y0,
        "x1": x1,
        "y1": y1,
        "width": x1 - x0,
        "height": y1 - y0,
        "pts": [(x, height - y) for x, y in pts],
        **paint,
        "object_type": kind,
        "top": height - y1,
        "bottom": height - y0,
        "doctop": doctop + height - y1,
    }

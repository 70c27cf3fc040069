"""A page's characters and ruled lines through pdfium (C, a few milliseconds a page), read as pdfminer reads them
(pure Python, a tenth of a second a page): the same boxes, the same names. The ruled lines are shaped as the
objects pdfminer gives pdfplumber, whose table finder runs on them unchanged; the characters are tuples, for
pdfplumber's line grouping as :mod:`.text` does it.

pdfminer boxes a character by its advance and the font's em: from the baseline plus the font's descent up by
the font size; pdfium's loose box has the same left and right, and the descent and size come from the font.
pdfium keeps coordinates as 32-bit floats: rounded to ``DIGITS`` they are the PDF's own numbers again (a
printer writes three decimals at most)."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

import pypdfium2.raw as pdfium

from .text import Char

DIGITS = 4
SCALE = 10**DIGITS
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


def page_chars(textpage: Any, fonts: Fonts, height: float) -> list[Char]:
    """The page's printed characters in pdfium's order, each a :data:`~.text.Char`. ``textpage``: pdfium's raw
    handle; ``height``: the page's height in points (``top`` counts from the page's top edge).

    Two calls into pdfium a character (its text object, its origin) through prototypes that take and give plain
    numbers, every code in one call, and a tuple a character: pypdfium2's own wrappers and a dictionary a
    character cost four times as much."""
    page = ctypes.cast(textpage, ctypes.c_void_p).value
    count = pdfium.FPDFText_CountChars(textpage)
    codes = (ctypes.c_ushort * (count + 1))()
    pdfium.FPDFText_GetText(textpage, 0, count, codes)  # every character's code in one call
    origin = (ctypes.c_double * 2)()
    x, y = ctypes.addressof(origin), ctypes.addressof(origin) + ctypes.sizeof(ctypes.c_double)
    read = memoryview(origin).cast("B").cast("d")  # read as doubles: a third of the cost of ctypes' indexing
    text_object_of, origin_of = _TEXT_OBJECT, _CHAR_ORIGIN
    runs = _Runs(page, fonts)
    chars: list[Char] = []
    last = None  # the text object of the character before, whose run is unpacked below
    baseline = None  # that character's baseline as pdfium gives it, whose top and bottom are below
    for index, code in enumerate(codes[:count]):
        address = text_object_of(page, index)
        if not address or (code == SPACE and pdfium.FPDFText_IsGenerated(textpage, index) == 1):
            continue  # a space or line break pdfium made up: no glyph is printed there
        if address != last:
            run = runs.of(address, index)
            advances = run.advances if run.upright else {}
            name, width, descent, em, across = run.name, run.width, run.descent, run.em, run.reads_across
            last, baseline = address, None
        if code == UNREAD:  # a hyphen ending a line, or a glyph with no character
            code = pdfium.FPDFText_GetUnicode(textpage, index)
        text = HYPHEN if code == HYPHEN_MARK else chr(code) if code else ""
        advance = advances.get(text)
        if advance is None:
            chars.append(_loose(textpage, index, text, run, height))
            continue
        origin_of(page, index, x, y)
        # pdfminer's box: the advance, from the descent up by the em. A float32 times 10⁴ is exact in a double,
        # so rounding it to a whole number and dividing is round(…, DIGITS), at a fifth of the cost. The
        # characters of a run on one baseline share their top and bottom, worked out for the first of them.
        x0 = round(read[0] * SCALE) / SCALE
        if read[1] != baseline:
            baseline = read[1]
            y0 = round(baseline * SCALE) / SCALE + descent
            top, bottom = height - (y0 + em), height - y0
        chars.append((text, name, x0, x0 + advance * width, top, bottom, across))
    return chars


def _loose(textpage: Any, index: int, text: str, run: _Run, height: float) -> Char:
    """pdfium's loose box, where pdfminer's cannot be had (the font's advance unknown, or the text turned)."""
    box = pdfium.FS_RECTF()
    pdfium.FPDFText_GetLooseCharBox(textpage, index, box)
    x0, x1 = round(min(box.left, box.right), DIGITS), round(max(box.left, box.right), DIGITS)
    y0, y1 = round(min(box.bottom, box.top), DIGITS), round(max(box.bottom, box.top), DIGITS)
    return (text, run.name, x0, x1, height - y1, height - y0, run.reads_across)


def page_paths(page: Any, height: float, doctop: float) -> dict[str, list[Obj]]:
    """The page's ruled lines, rects and curves as pdfminer shapes them for pdfplumber. ``page``: pdfium's raw
    handle; ``doctop``: the height of the pages before it."""
    found: dict[str, list[Obj]] = {}
    for kind, shape in _paths(page, height, doctop):
        found.setdefault(kind, []).append(shape)
    return found


def _prototype(function: Any, result: Any, *arguments: Any) -> Any:
    """pypdfium2's function under a signature of plain addresses and numbers: no conversion of handles per call."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None, "pypdfium2 bound a function that pdfium lacks"
    return ctypes.CFUNCTYPE(result, *arguments)(address)


_TEXT_OBJECT = _prototype(pdfium.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_FONT = _prototype(pdfium.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_FONT_SIZE = _prototype(pdfium.FPDFText_GetFontSize, ctypes.c_double, ctypes.c_void_p, ctypes.c_int)
_MATRIX = _prototype(pdfium.FPDFText_GetMatrix, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_CHAR_ORIGIN = _prototype(
    pdfium.FPDFText_GetCharOrigin, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p
)


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


class _Runs:
    """The runs of a page's text objects: a page has thousands of text objects (a word or a line each) but a few
    fonts and sizes, so a run is made once for each font, matrix and size and found again by its text object."""

    def __init__(self, textpage: int | None, fonts: Fonts) -> None:
        self._textpage = textpage
        self._fonts = fonts
        self._matrix = pdfium.FS_MATRIX()
        self._by_object: dict[int, _Run] = {}
        self._by_style: dict[tuple[int | None, float, float, float, float, float], _Run] = {}
        self._by_font: dict[int | None, Font] = {}

    def of(self, text_object: int, index: int) -> _Run:
        """The run of the text object, whose character ``index`` is one of its own."""
        run = self._by_object.get(text_object)
        if run is None:
            _MATRIX(self._textpage, index, ctypes.addressof(self._matrix))
            a, b, c, d = self._matrix.a, self._matrix.b, self._matrix.c, self._matrix.d
            style = (_FONT(text_object), a, b, c, d, _FONT_SIZE(self._textpage, index))
            run = self._by_style.get(style) or self._by_style.setdefault(style, self._run(style))
            self._by_object[text_object] = run
        return run

    def _run(self, style: tuple[int | None, float, float, float, float, float]) -> _Run:
        handle, a, b, c, d, size = style
        if handle not in self._by_font:
            self._by_font[handle] = _named_font(ctypes.cast(handle or 0, pdfium.FPDF_FONT), self._fonts)
        font = self._by_font[handle]
        return _Run(
            font.name,
            font.advances,
            a * size,
            d * font.descent * size,
            d * size,
            b == 0 and c == 0 and a > 0 and d > 0,
            a * d > 0 and b * c <= 0,
        )


def _named_font(font: Any, fonts: Fonts) -> Font:
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
    xs, ys = zip(*pts)
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
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

"""Ruled tables on a scanned page: the horizontal and vertical rules found by how dark each pixel row and
column is (Pillow's box filter averages them in C), the words tesseract read placed into the cells between
them. A page lying crooked on the glass spreads its rules over many rows and is read as lines of text."""

from __future__ import annotations

import re
from collections.abc import Callable

from .layout import Line, PageTable, cell_text

HORIZONTAL = 0.45
"""A pixel row this dark on average (a share of the page's width) is a rule across a table."""
VERTICAL = 0.8
"""A pixel column this dark between a table's first and last rule is a rule down it."""
TABLE_GAP = 0.3
"""Rules further apart than this share of the page's height belong to different tables."""
SKEW_TENTHS = 20
STRAIGHTER = 1.03
"""Turn a page only when its rows get this much more uneven: noise does not move it."""
Word = tuple[float, float, float, float, str, tuple[int, int, int]]
"""left, top, right, bottom (points), text, tesseract's (block, paragraph, line)."""


def deskewed(image):
    """The page turned straight when it lay crooked on the glass: the angle (within ±2°, by tenths) at which
    the darkness of its pixel rows is most uneven — its lines of text and rules lie flat there. A straight
    page is returned as it is."""
    from PIL import Image

    small = image.convert("L")
    small = small.resize((small.width // 4, small.height // 4), Image.Resampling.BOX)

    def flatness(angle: float) -> float:  # lines lying flat make the rows' darkness most uneven
        turned = small.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
        return sum(value * value for value in _dark(turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()))

    angles = [tenth / 10 for tenth in range(-SKEW_TENTHS, SKEW_TENTHS + 1)]
    scores = {angle: flatness(angle) for angle in angles}
    best = max(angles, key=lambda angle: (scores[angle], -abs(angle)))
    if best == 0 or scores[best] < STRAIGHTER * scores[0.0]:
        return image
    return image.rotate(best, resample=Image.Resampling.BICUBIC, fillcolor="white")


def ruled_tables(image, scale: float) -> list[tuple[list[float], list[float]]]:
    """Per table on the page: the heights of its horizontal rules and the places of its vertical ones, in
    points (``scale`` points a pixel)."""
    from PIL import Image

    gray = image.convert("L")
    width, height = gray.size
    rows = _dark(gray.resize((1, height), Image.Resampling.BOX).tobytes())
    tables = []
    for group in _groups(_runs(rows, HORIZONTAL), TABLE_GAP * height):
        if len(group) < 3:
            continue
        band = gray.crop((0, int(group[0]), width, int(group[-1]) + 1))
        columns = _runs(_dark(band.resize((width, 1), Image.Resampling.BOX).tobytes()), VERTICAL)
        if len(columns) >= 2:
            tables.append(([y * scale for y in group], [x * scale for x in columns]))
    return tables


def _dark(values) -> list[float]:
    return [1 - value / 255 for value in values]


def _runs(darkness: list[float], threshold: float) -> list[float]:
    """The middle of each run of neighbouring positions at least ``threshold`` dark: one rule each."""
    found: list[float] = []
    start = None
    for index, value in enumerate([*darkness, 0.0]):
        if value >= threshold and start is None:
            start = index
        elif value < threshold and start is not None:
            found.append((start + index - 1) / 2)
            start = None
    return found


def _groups(positions: list[float], gap: float) -> list[list[float]]:
    groups: list[list[float]] = []
    for position in positions:
        if groups and position - groups[-1][-1] <= gap:
            groups[-1].append(position)
        else:
            groups.append([position])
    return groups


def place_words(
    words: list[Word],
    tables: list[tuple[list[float], list[float]]],
    reread: Callable[[tuple[float, float, float, float]], str] | None = None,
) -> tuple[list[Word], list[PageTable]]:
    """The words outside every table, and each table's cells filled with the words whose middle is in them
    (a cell's words by tesseract's lines, one line of the cell each). A cell of a column of bare numbers
    (the points) that came out as something else («Па» for «1») is read again by ``reread``, digits only."""
    outside = list(words)
    result = []
    for horizontal, vertical in tables:
        cells: list[list[list[Word]]] = [[[] for _ in vertical[1:]] for _ in horizontal[1:]]
        for word in list(outside):
            x, y = (word[0] + word[2]) / 2, (word[1] + word[3]) / 2
            row = _slot(horizontal, y)
            column = _slot(vertical, x)
            if row is not None and column is not None:
                outside.remove(word)
                cells[row][column].append(word)
        rows = [[cell_text(_cell_text(cell)) for cell in row] for row in cells]
        if reread is not None:
            for row, column in _garbled_numbers(rows):
                rows[row][column] = (
                    reread((vertical[column], horizontal[row], vertical[column + 1], horizontal[row + 1]))
                    or rows[row][column]
                )
        result.append(PageTable(horizontal[0], [row for row in rows if any(row)]))
    return outside, result


def _garbled_numbers(rows: list[list[str]]) -> list[tuple[int, int]]:
    """(row, column) of the short non-numbers in a column whose other cells are mostly bare numbers."""
    found = []
    for column in range(len(rows[0]) if rows else 0):
        cells = [(row, rows[row][column].strip()) for row in range(1, len(rows)) if rows[row][column].strip()]
        numbers = [text for _, text in cells if text.isdigit()]
        if cells and len(numbers) * 2 > len(cells):
            found += [(row, column) for row, text in cells if not text.isdigit() and len(text) <= 4]
    return found


def _slot(edges: list[float], position: float) -> int | None:
    return next((i for i in range(len(edges) - 1) if edges[i] <= position < edges[i + 1]), None)


def _cell_text(words: list[Word]) -> str:
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word[5], []).append(word)
    ordered = sorted(lines.values(), key=lambda line: min(w[1] for w in line))
    return "\n".join(recognised_text(" ".join(w[4] for w in sorted(line))) for line in ordered)


def line_of(words: list[Word], tab_gap: float) -> Line:
    ordered = sorted(words)
    text = ordered[0][4]
    for previous, word in zip(ordered, ordered[1:]):
        text += ("\t" if word[0] - previous[2] > tab_gap else " ") + word[4]
    text = recognised_text(text)
    return Line(min(w[1] for w in ordered), max(w[3] for w in ordered), ordered[0][0], ordered[-1][2], text, False)


def recognised_text(text: str) -> str:
    """tesseract's usual slips in a Положение: «4..» for «4.», a hyphen for a range's dash, a letter О for a
    zero before «балл» or «%»."""
    text = re.sub(r"^(\d+(?:\.\d+)*)\.\.(?=\s)", r"\1.", text)
    text = re.sub(r"(?<=\d)-(?=\d)", "–", text)  # «6-11 классов»: a range's dash, which tesseract reads short
    return re.sub(r"(?<![\w.])[ОO](?=\s*(?:балл|%))", "0", text)


def same_lines(lines: list[Line], tab: str = "\t") -> list[Line]:
    """Pieces tesseract read as separate lines though they stand side by side on one line (a signature's
    position and name, in blocks of their own) joined into one, a tab between them."""
    result: list[Line] = []
    for line in sorted(lines, key=lambda item: item.top):
        last = result[-1] if result else None
        height = (line.bottom - line.top) / 2
        if last is not None and abs(line.top - last.top) < height and (line.x0 > last.x1 or line.x1 < last.x0):
            first, second = (last, line) if last.x0 < line.x0 else (line, last)
            result[-1] = Line(
                min(first.top, second.top),
                max(first.bottom, second.bottom),
                first.x0,
                second.x1,
                first.text + tab + second.text,
                False,
            )
        else:
            result.append(line)
    return result

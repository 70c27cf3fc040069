"""pdfplumber's words, text lines and text (``extract_words``, ``extract_text_lines``, ``extract_text``, 0.11, with
no layout), done the same way on characters kept as plain tuples.

pdfplumber works on a dictionary a character and calls a method or two for each: for the example's 17 PDFs that
was about 0.8 s of processor time, a sixth of ``lint``'s. The steps, their order and their tolerances are
pdfplumber's own, so the lines and texts are the same to the character and the point, which
``tests/test_pdf_text.py`` checks against pdfplumber on the example's pages and on random characters."""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import Any, Callable, Final, Sequence, TypeVar

from pdfplumber.utils.text import DEFAULT_Y_TOLERANCE, LIGATURES

Char = tuple[str, str, float, float, float, float, bool]
"""A printed character: its text, font name, left and right edges, top and bottom (from the page's top edge) and
whether it reads left to right (pdfplumber's ``upright``)."""
TEXT: Final = 0
FONT: Final = 1
X0: Final = 2
X1: Final = 3
TOP: Final = 4
BOTTOM: Final = 5
UPRIGHT: Final = 6
Word = tuple[str, float, float, float, float, list[Char]]
"""A word's text, its box (left, top, right, bottom) and its characters."""
W_TEXT: Final = 0
W_X0: Final = 1
W_TOP: Final = 2
W_X1: Final = 3
W_BOTTOM: Final = 4
W_CHARS: Final = 5

Item = TypeVar("Item")


def words(chars: Sequence[Char], x_tolerance: float, y_tolerance: float = DEFAULT_Y_TOLERANCE) -> list[Word]:
    """pdfplumber's ``WordExtractor.iter_extract_tuples``: the characters in runs of the same direction; each
    run in lines (by top, or by left edge for text that reads down), each line in reading order, split at
    blanks and at gaps."""
    found: list[Word] = []
    for upright, run in groupby(chars, itemgetter(UPRIGHT)):
        across = bool(upright)
        line_key, tolerance = (itemgetter(TOP), y_tolerance) if across else (itemgetter(X0), x_tolerance)
        order = itemgetter(X0) if across else itemgetter(TOP, BOTTOM)
        for line in _clusters(list(run), line_key, tolerance):
            line.sort(key=order)
            found.extend(_word(chars) for chars in _split(line, across, x_tolerance, y_tolerance))
    return found


def text_lines(chars: Sequence[Char], x_tolerance: float) -> list[dict[str, Any]]:
    """pdfplumber's ``Page.extract_text_lines`` (stripped, no layout): the words clustered by top in their order,
    one line of text each, with the line's box and its characters (a ligature's twice).

    pdfplumber writes the page's text (a space between words, a line break between lines), finds each line in it
    by a pattern and takes the characters behind its letters (one a letter). A character's text holds no line
    break (pdfium gives a character one letter), so that comes to: the words' texts joined by spaces, the spaces
    at either end dropped (a word may have no text), a line with no text left out, and the box of the characters
    with a letter."""
    found = []
    for line in _clusters(words(chars, x_tolerance), itemgetter(W_TOP), DEFAULT_Y_TOLERANCE, True):
        text = " ".join(map(_word_text, line)).strip(" ")
        if not text.strip():
            continue
        lettered = [word for word in line if word[W_TEXT]]
        found.append(
            {
                "text": text,
                "x0": min(map(_word_x0, lettered)),
                "top": min(map(_word_top, lettered)),
                "x1": max(map(_word_x1, lettered)),
                "bottom": max(map(_word_bottom, lettered)),
                "chars": [
                    char for word in lettered for char in word[W_CHARS] for _ in LIGATURES.get(char[TEXT], char[TEXT])
                ],
            }
        )
    return found


def text(chars: Sequence[Char], x_tolerance: float) -> str:
    """pdfplumber's ``extract_text`` (no layout): the words clustered by top, a line of text each."""
    lines = _clusters(words(chars, x_tolerance), itemgetter(W_TOP), DEFAULT_Y_TOLERANCE)
    return "\n".join(" ".join(word[W_TEXT] for word in line) for line in lines)


def _clusters(
    items: list[Item], key: Callable[[Item], float], tolerance: float, keep_order: bool = False
) -> list[list[Item]]:
    """pdfplumber's ``cluster_objects``: the distinct keys sorted and chained while each is within ``tolerance``
    of the one before; the items grouped by their key's cluster, sorted by it unless ``keep_order`` (then a
    cluster met twice apart is two groups)."""
    cluster_of: dict[float, int] = {}
    cluster, last = 0, None
    for value in sorted(set(map(key, items))):
        if last is not None and not value <= last + tolerance:
            cluster += 1
        cluster_of[value] = cluster
        last = value
    placed = [(cluster_of[key(item)], item) for item in items]
    if not keep_order:
        placed.sort(key=itemgetter(0))
    return [[item for _, item in group] for _, group in groupby(placed, itemgetter(0))]


def _split(line: list[Char], across: bool, x_tolerance: float, y_tolerance: float) -> list[list[Char]]:
    """pdfplumber's ``iter_chars_to_words`` with its defaults: a blank ends a word and is dropped; a character
    with no text is a word of its own; a character before the last one's start, past its end by more than the
    tolerance, or off its line by more than the other tolerance starts a word."""
    if across:
        start, end, offset, gap, drift = X0, X1, TOP, x_tolerance, y_tolerance
    else:
        start, end, offset, gap, drift = TOP, BOTTOM, X0, y_tolerance, x_tolerance
    found: list[list[Char]] = []
    current: list[Any] = []  # characters, read by the fields the direction chooses
    char: Any
    for char in line:
        letters = char[TEXT]
        if letters.isspace():
            if current:
                found.append(current)
            current = []
        elif not letters:
            if current:
                found.append(current)
            found.append([char])
            current = []
        elif current and (
            char[start] < current[-1][start]
            or char[start] > current[-1][end] + gap
            or abs(char[offset] - current[-1][offset]) > drift
        ):
            found.append(current)
            current = [char]
        else:
            current.append(char)
    if current:
        found.append(current)
    return found


def _word(chars: list[Char]) -> Word:
    return (
        "".join([LIGATURES.get(letters, letters) for letters in map(_text, chars)]),
        min(map(_x0, chars)),
        min(map(_top, chars)),
        max(map(_x1, chars)),
        max(map(_bottom, chars)),
        chars,
    )


_text, _x0, _x1, _top, _bottom = (itemgetter(field) for field in (TEXT, X0, X1, TOP, BOTTOM))
_word_text, _word_x0, _word_top, _word_x1, _word_bottom = (
    itemgetter(field) for field in (W_TEXT, W_X0, W_TOP, W_X1, W_BOTTOM)
)

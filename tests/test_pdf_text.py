"""The reader's words, text lines and cell texts (generator/pdf/text.py) are pdfplumber's, on characters of every
kind a page may hold: lines close enough to cluster and not, characters out of order, blanks, characters with no
text, ligatures, text turned to read down the page. And a passage's printed lines joined (generator/lint/pdf.py)
as before its patterns looked at the text's end only."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.utils.geometry import get_bbox_overlap
from pdfplumber.utils.text import WordExtractor, chars_to_textmap, extract_text

from generator.lint.pdf import HYPHEN_BREAK, _dehyphenated, joined
from generator.pdf import text
from generator.pdf.reader import CHAR_KEYS, _inside, _Middles, _outside

TOLERANCE = 1.0

coordinates = st.sampled_from([0.0, 0.5, 1.0, 1.9, 2.0, 3.0, 3.5, 4.0, 6.1, 7.0, 10.0, 12.5, 13.0])
"""Few values, a tolerance apart and less: ties and near misses are what the clustering is made of."""


@st.composite
def characters(draw: st.DrawFn) -> tuple:
    x0, top = draw(coordinates), draw(coordinates)
    width, height = draw(st.sampled_from([0.0, 0.6, 1.0, 2.5])), draw(st.sampled_from([0.5, 3.0, 10.0]))
    letter = draw(st.sampled_from(["а", "b", "7", "ﬁ", " ", "\u00a0", "", "—"]))
    return (letter, draw(st.sampled_from(["F1", "F2"])), x0, x0 + width, top, top + height, draw(st.booleans()))


pages = st.lists(characters(), max_size=40)


def _plumbed(chars: list[tuple]) -> list[dict]:
    """The characters as pdfminer gives them to pdfplumber."""
    return [{**dict(zip(CHAR_KEYS, char)), "doctop": char[4], "size": char[5] - char[4]} for char in chars]


def _named(char: dict) -> tuple:
    return tuple(char[key] for key in CHAR_KEYS)


@settings(max_examples=400, deadline=None)
@given(pages)
def test_words_as_pdfplumber_finds_them(chars):
    expected = [
        (word["text"], word["x0"], word["top"], word["x1"], word["bottom"], [_named(c) for c in word_chars])
        for word, word_chars in WordExtractor(x_tolerance=TOLERANCE).iter_extract_tuples(_plumbed(chars))
    ]
    assert text.words(chars, TOLERANCE) == expected


@settings(max_examples=400, deadline=None)
@given(pages)
def test_text_lines_as_pdfplumber_finds_them(chars):
    plumbed = _plumbed(chars)
    expected = (
        chars_to_textmap(plumbed, presorted=True, layout_bbox=(0, 0, 20, 20), x_tolerance=TOLERANCE).extract_text_lines(
            strip=True, return_chars=True
        )
        if plumbed
        else []
    )
    found = text.text_lines(chars, TOLERANCE)
    assert found == [{**line, "chars": [_named(c) for c in line["chars"]]} for line in expected]


@settings(max_examples=400, deadline=None)
@given(pages)
def test_text_as_pdfplumber_extracts_it(chars):
    assert text.text(chars, TOLERANCE) == extract_text(_plumbed(chars), x_tolerance=TOLERANCE)


@pytest.mark.parametrize(
    "letters, expected",
    [(["", "а", "", "б"], "а  б"), (["а", ""], "а"), (["ﬁ", "а"], "fiа")],
)
def test_a_line_spaced_as_pdfplumber_spaces_it(letters, expected):
    """A character with no text is a word of its own: no space before the line's first letter, a space before
    each word after it (two where an empty word stands between), none at the end; a ligature is its letters."""
    chars = [(letter, "F", 2.0 * n, 2.0 * n + 2, 0.0, 10.0, True) for n, letter in enumerate(letters)]
    assert [line["text"] for line in text.text_lines(chars, TOLERANCE)] == [expected]


boxes = st.tuples(coordinates, coordinates, coordinates, coordinates).map(
    lambda b: (min(b[0], b[2]), min(b[1], b[3]), max(b[0], b[2]), max(b[1], b[3]))
)


@settings(max_examples=300, deadline=None)
@given(pages, boxes)
def test_outside_a_table_as_pdfplumber_crops(chars, box):
    """A line outside the tables is made of the characters that share no point with any table's box."""
    expected = [char for char in chars if get_bbox_overlap((char[2], char[4], char[3], char[5]), box) is None]
    assert _outside(chars, box) == expected


@settings(max_examples=300, deadline=None)
@given(pages, boxes)
def test_a_rows_characters_found_as_by_testing_each(chars, box):
    """A table row's characters, found by bisection, are those whose middle is in the row, in the page's order."""
    placed = [((c[2] + c[3]) / 2, (c[4] + c[5]) / 2, c) for c in chars]
    assert _Middles(chars).inside(box) == _inside(placed, box)


def _joined_searching_the_whole_text(lines: list[str]) -> str:
    """``joined`` as it was, each pattern searched over the whole text joined so far."""
    text = lines[0] if lines else ""
    for line in lines[1:]:
        if re.search(r"\w-$", text) and line[:1].islower():
            text = text[:-1] + HYPHEN_BREAK + line
        elif re.search(r"(?:\w-|\d–)$", text) and line[:1].isdigit():
            text += line
        else:
            text += " " + line
    return re.sub(rf"\w+(?:{HYPHEN_BREAK}\w+)+", _dehyphenated, text)


fragments = st.sampled_from(
    ["про-", "фориентацион-", "ных", "онлайн-", "опрос", "ГИА-", "9", "7–", "11", "а-\n", "-", ""]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(fragments, min_size=1, max_size=3).map("".join), max_size=6))
def test_a_passages_lines_join_as_when_the_whole_text_was_searched(lines):
    """Joining looks only at the text's last characters: the same passage as searching all of it each line."""
    assert joined(lines) == _joined_searching_the_whole_text(lines)

"""Markdown prose → document tree, including property-based checks."""

from __future__ import annotations

import re

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.sources.load import read_source
from generator.sources.prose import is_blank, parse_prose
from schemas.prose import ListBlock, Paragraph, Table, plain_text

WORDS = st.lists(
    st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыьэюяАБВГabcXYZ0123456789", min_size=1, max_size=12),
    min_size=1,
    max_size=20,
)


def test_structures():
    blocks = parse_prose(
        "Текст **жирный** и *курсив*\n\n- один\n- два\n\n1. первый\n2. второй\n\n| а | б |\n|---|---|\n| 1 | 2 |\n"
    )
    paragraph, bullets, numbered, table = blocks
    assert isinstance(paragraph, Paragraph)
    assert [(s.text, s.bold, s.italic) for s in paragraph.spans] == [
        ("Текст ", False, False),
        ("жирный", True, False),
        (" и ", False, False),
        ("курсив", False, True),
    ]
    assert isinstance(bullets, ListBlock) and not bullets.ordered and len(bullets.items) == 2
    assert isinstance(numbered, ListBlock) and numbered.ordered
    assert isinstance(table, Table) and [c.text for c in table.header] == ["а", "б"] and len(table.rows) == 1


LETTER = re.compile(r"[A-Za-zА-Яа-яЁё]")
MAY_HIDE_LETTERS = re.compile(r"[\[`~&<|]")
"""Links and reference definitions, code fences' info strings, entities, autolinks, table cells beyond
the header's: the only Markdown in which a letter may stand and not be read as text."""
MARKDOWNISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "\n",
                "\n\n",
                "  ",
                "    ",
                "\t",
                "- ",
                "* ",
                "+ ",
                "1. ",
                "2) ",
                "> ",
                "# ",
                "## ",
                "**",
                "*",
                "_",
                "---",
                "===",
                "\\",
                "|",
                "| --- |",
                "```",
                "    код",
                "!",
            ]
        ),
        st.text(alphabet="абвгдеёжзABCxyz019 .,", min_size=1, max_size=6),
        st.text(max_size=3),
    ),
    max_size=25,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), MARKDOWNISH))
def test_any_text_parses_and_keeps_every_letter(text):
    """Whatever is written — prose, list markers, quotes, headings, code — every letter comes out, in order."""
    read = plain_text(parse_prose(text))
    if not MAY_HIDE_LETTERS.search(text):
        assert LETTER.findall(read) == LETTER.findall(text)
    assert is_blank(text) == (not read.strip())


@given(WORDS)
def test_plain_words_survive_exactly(words):
    text = " ".join(words)
    assert plain_text(parse_prose(text)) == text
    assert not is_blank(text)


@given(
    st.lists(
        st.lists(st.text(alphabet="абвгдеёжз", min_size=1, max_size=8), min_size=1, max_size=5), min_size=1, max_size=8
    )
)
def test_bullet_lists_keep_items(items):
    text = "\n".join("- " + " ".join(words) for words in items)
    [block] = parse_prose(text)
    assert isinstance(block, ListBlock)
    assert [plain_text(item.blocks) for item in block.items] == [" ".join(words) for words in items]


KEYS = st.text(alphabet="abcdefghij_", min_size=1, max_size=8)
SCALARS = st.one_of(st.integers(), st.text(alphabet="абвгд xyz.,«»—", max_size=20), st.booleans())


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(KEYS, st.one_of(SCALARS, st.lists(SCALARS, max_size=4)), min_size=1, max_size=8))
def test_loader_roundtrip_keeps_every_key_located(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("yaml") / "data.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    source, problems = read_source(path, "data.yaml")
    assert problems == []
    assert source.data == data
    lines = path.read_text(encoding="utf-8").splitlines()
    for key in data:
        line, column = source.keys[(key,)]
        assert lines[line - 1][column - 1 :].startswith(key)

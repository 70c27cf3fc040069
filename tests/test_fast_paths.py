"""Every shortcut taken for speed gives what the long way gives: each is compared with the long way on many texts."""

from __future__ import annotations

import json
import re

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import generator.lint.numerals as numerals
import generator.parallel as parallel
from generator.build import write
from generator.documents.abbreviations import Abbreviations
from generator.project import ProjectLayout
from generator.russian import typography
from generator.sources import load, prose
from generator.sources.checked import check_project
from schemas.glossary import Term
from schemas.prose import plain_text

MARKDOWN_PIECES = st.sampled_from(
    [
        "Текст",
        "слово",
        "7",
        " ",
        "\n",
        "\n\n",
        "  ",
        "\t",
        "- ",
        "* ",
        "1. ",
        "> ",
        "#",
        "[",
        "]",
        "(",
        ")",
        ":",
        "`",
        "```",
        "~~~",
        "&",
        "&nbsp;",
        "*",
        "_",
        "|",
        "---",
        "<br>",
        "\\",
        "http://a",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(MARKDOWN_PIECES, max_size=14).map("".join))
def test_is_blank_answers_as_the_parser_does(text):
    parsed_blank = not any(plain_text((block,)).strip() for block in prose.parse_prose(text))
    assert prose.is_blank(text) == parsed_blank


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.sampled_from(["- ", "> ", "1. ", "* ", "\t- ", "  "])), min_size=1, max_size=8
    )
)
def test_too_deep_answers_as_the_parser_does(lines):
    text = "".join(marker * depth + "пункт\n" for depth, marker in lines)
    parsed = any(token.level >= prose.MAX_NESTING - 2 for token in prose._markdown().parse(text))
    assert prose.too_deep(text) == parsed


TYPOGRAPHY_PIECES = st.sampled_from(
    [
        "слово",
        "Иванов",
        "А.",
        "Б.",
        "г.",
        "№",
        "5",
        "21",
        "2021",
        " ",
        "\u00a0",
        "-",
        " - ",
        " — ",
        "–",
        "%",
        "марта",
        "март",
        "май",
        "баллов",
        "ГИА",
        "9",
        '"',
        "«",
        "»",
        ".",
        ",",
        "ст.",
        "ч.",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(TYPOGRAPHY_PIECES, max_size=16).map("".join))
def test_typography_rules_give_what_every_rule_in_turn_gives(text):
    every_rule = text
    for pattern, replacement, _ in typography._RULES:
        every_rule = pattern.sub(replacement, every_rule)
    assert typography._apply_rules(text) == every_rule


TERMS = [
    Term(term=term, definition=definition)
    for term, definition in (
        ("ОО", "образовательная организация"),
        ("РИС ГИА", "региональная информационная система ГИА"),
        ("ГИА", "государственная итоговая аттестация"),
        ("ГИА-9", "государственная итоговая аттестация 9 классов"),
    )
]
ABBREVIATION_PIECES = st.sampled_from(
    ["ОО", "ГИА", "РИС", "РИС ГИА", "ГИА-9", "ГИА\u20119", " ", "\u00a0", "А", "о", "-", "9", "(", ")", ".", "«", "x"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(ABBREVIATION_PIECES, max_size=12).map("".join))
def test_term_uses_are_found_as_a_look_behind_finds_them(text):
    abbreviations = Abbreviations(TERMS)
    assert abbreviations._use is not None
    word = r"[0-9A-Za-zА-Яа-яЁё\u2011-]"
    with_look_behind = re.compile(rf"(?<!{word}){abbreviations._use.pattern}")
    expected = [(m.start(), m.end(), m.group(1)) for m in with_look_behind.finditer(text)]
    assert [(m.start(), m.end(), m.group(1)) for m in abbreviations._uses(text)] == expected


NUMERAL_PIECES = st.sampled_from(
    [
        "1",
        "2",
        "5",
        "11",
        "21",
        "22",
        "52",
        "2021",
        " ",
        "балл",
        "балла",
        "баллов",
        "показателя",
        "показателей",
        "человек",
        "раза",
        "дней",
        "года",
        "марта",
        "из ",
        "до ",
        "№ ",
        "(",
        "«",
        ", ",
        "более ",
        "класса",
        "-го",
        "1,5",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(NUMERAL_PIECES, max_size=10).map("".join))
def test_numerals_skip_only_text_the_full_rule_passes(monkeypatch, text):
    found = numerals.disagreements(text)
    with monkeypatch.context() as patch:
        patch.setattr(numerals, "_may_disagree", lambda number, word: True)
        assert found == numerals.disagreements(text)


SCALAR_PIECES = st.sampled_from(
    [
        "Текст",
        "a",
        "1",
        "0",
        ".",
        "-",
        "+",
        "~",
        "_",
        "e",
        "E",
        "x",
        "o",
        ":",
        "2021-03-24",
        "true",
        "Yes",
        "no",
        "On",
        "off",
        "null",
        "Null",
        "NULL",
        ".inf",
        ".NaN",
        "0x1F",
        "0o7",
        "1_000",
        "<<",
        "=",
        " ",
        "'",
        '"',
        "«",
        "№",
    ]
)


def _tags(node: yaml.Node) -> list:
    if isinstance(node, yaml.ScalarNode):
        return [(node.tag, node.value)]
    if isinstance(node, yaml.SequenceNode):
        return [node.tag] + [tag for item in node.value for tag in _tags(item)]
    return [node.tag] + [tag for pair in node.value for part in pair for tag in _tags(part)]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.lists(SCALAR_PIECES, max_size=4).map("".join), min_size=1, max_size=3),
    st.sampled_from(["plain", "single", "double", "block", "list"]),
)
def test_the_loader_tags_scalars_as_libyaml_does(values, style):
    quoted = {"plain": "{}", "single": "'{}'", "double": '"{}"', "block": "|\n  {}", "list": "[{}]"}[style]
    text = "".join(f"k{i}: {quoted.format(value)}\n" for i, value in enumerate(values))
    try:
        expected = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return  # not YAML: nothing to compare
    assert _tags(yaml.compose(text, Loader=load._Loader)) == _tags(expected)


def test_in_order_starts_with_the_first_items_and_keeps_the_order(tmp_path) -> None:
    """The workers write down each item as they start it: the ``first`` ones are handed out ahead of item 0.

    The first task holds ``CHUNK`` items and runs them one after another in one worker, so 39 → 20 → 0 is
    the order that worker logs them whatever the other worker does; without ``first``, 39 goes out last."""
    log = tmp_path / "started"

    def square(number: int) -> int:
        with log.open("a") as started:
            started.write(f"{number}\n")
        return number * number

    items = list(range(40))
    assert list(parallel.in_order(square, items, workers=2, first=[39, 20])) == [n * n for n in items]
    started = [int(line) for line in log.read_text().split()]
    assert sorted(started) == items
    assert parallel.CHUNK > 2
    assert started.index(39) < started.index(20) < started.index(0), started


def _many_regulations(example, count: int) -> None:
    """``count`` more Положения (local mechanisms 3.1 …), one with a number that disagrees with its noun."""
    profile = yaml.safe_load(example.read("regulations/project.yaml"))
    source = example.read("regulations/mechanisms/1.1.yaml")
    for number in range(1, count + 1):
        code = f"3.{number}"
        profile["local_mechanisms"].append({"code": code, "group": 2, "title": f"Местная система {code}"})
        text = source.replace('mechanism: "1.1"', f'mechanism: "{code}"').replace('code: "1.1.', f'code: "{code}.')
        text = text.replace("approved_by: prikaz-2021-112\n", "")
        if number == 7:
            text = text.replace("goal: |\n", "goal: |\n  Мониторинг ведётся по 5 показателя.\n", 1)
        example.write(f"regulations/mechanisms/{code}.yaml", text)
    example.write("regulations/project.yaml", yaml.safe_dump(profile, allow_unicode=True, sort_keys=False))


def test_reading_on_two_cores_finds_what_one_process_finds(example, monkeypatch) -> None:
    _many_regulations(example, 40)
    layout = ProjectLayout(example.root)
    monkeypatch.setattr(parallel, "worker_count", lambda items: 2)
    on_cores = check_project(layout)[0].diagnostics
    monkeypatch.setattr(parallel, "worker_count", lambda items: 1)
    in_one = check_project(layout)[0].diagnostics
    assert on_cores == in_one
    disagreement = [d for d in in_one if "«5 показателя», нужно «5 показателей»" in d.message]
    assert [str(d.location) for d in disagreement] == ["regulations/mechanisms/3.7.yaml:9:25"]


def test_regen_puts_documents_on_disk_where_syncfs_is_missing(example, monkeypatch) -> None:
    monkeypatch.setattr(write, "_sync_file_system", lambda folder: False)
    fsynced: list[int] = []
    real_fsync = write.os.fsync
    monkeypatch.setattr(write.os, "fsync", lambda descriptor: fsynced.append(descriptor) or real_fsync(descriptor))
    result = example.run("regen", "all")
    assert result.exit_code == 0, result.output
    documents = sorted(example.path("output").glob("*.docx"))
    assert len(documents) == 17
    assert len(fsynced) >= len(documents)  # each staged copy flushed on its own


def test_check_reads_the_same_with_kept_answers_and_with_a_damaged_file(example, tmp_path, monkeypatch) -> None:
    """The dictionary's answers kept between runs change nothing that is printed, and a damaged file of them
    only costs the dictionary again."""
    from generator.lint import memo

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    memo.memo.cache_clear()
    example.replace("regulations/mechanisms/1.1.yaml", "goal: |\n", "goal: |\n  Мониторинг ведётся по 5 показателя.\n")
    first = example.run("check")
    memo.memo().save()
    kept = list((tmp_path / "cache" / "msoko").glob("morphology-*.json"))
    assert len(kept) == 1 and "«5 показателя», нужно «5 показателей»" in first.output
    memo.memo.cache_clear()
    assert example.run("check").output == first.output
    kept[0].write_text('{"numeral many показателя": 7, "numerals 0": [[1]]', encoding="utf-8")
    memo.memo.cache_clear()
    assert example.run("check").output == first.output
    memo.memo.cache_clear()


def _learned_in_a_worker(item: int) -> int:
    from generator.lint import memo

    return memo.memo().answer(f"worker answer {item}", lambda: item * 10, lambda kept: isinstance(kept, int))


def test_what_the_workers_learn_is_kept_for_the_next_run(tmp_path, monkeypatch) -> None:
    """`lint` reads PDFs in forked workers, which end without running `atexit`: each saves its dictionary's
    answers as it ends, keeping what the workers before it saved, so the next run asks the dictionary for none."""
    from generator.lint import memo

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    memo.memo.cache_clear()
    try:
        assert list(parallel.in_order(_learned_in_a_worker, list(range(40)), workers=2, chunk=1)) == [
            item * 10 for item in range(40)
        ]
        (kept,) = (tmp_path / "cache" / "msoko").glob("morphology-*.json")
        assert json.loads(kept.read_text(encoding="utf-8")) == {
            f"worker answer {item}": item * 10 for item in range(40)
        }
    finally:
        memo.memo.cache_clear()

"""The loader's limits hold exactly where README says: a source of 5 MB is read and one byte more is refused;
aliases may add 10 000 values to a file and not one more (the survivors of mutation testing over load.py)."""

from __future__ import annotations

from generator.sources.load import MAX_SOURCE_BYTES, read_source

TOO_LARGE = "файл слишком велик (5,0 МБ; допустимо не более 5,0 МБ): источник пишут люди, а не программы"
BOMB = (
    "ссылки YAML (*якорь) разворачивают этот узел слишком много раз (более 10000 лишних значений, «миллиард "
    "смешков»); уберите ссылки и запишите значения явно"
)


def _padded(path, text: str, size: int) -> None:
    """``text`` and a comment filling the file to exactly ``size`` bytes."""
    data = text.encode() + b"# "
    path.write_bytes(data + b"x" * (size - len(data) - 1) + b"\n")
    assert path.stat().st_size == size


def test_a_source_of_exactly_the_limit_is_read_and_one_byte_more_is_not(tmp_path):
    path = tmp_path / "roadmap.yaml"
    _padded(path, "title: Дорожная карта\n", MAX_SOURCE_BYTES)
    source, problems = read_source(path, "regulations/roadmap.yaml")
    assert problems == [] and source is not None and source.data == {"title": "Дорожная карта"}
    _padded(path, "title: Дорожная карта\n", MAX_SOURCE_BYTES + 1)
    source, problems = read_source(path, "regulations/roadmap.yaml")
    assert source is None
    assert [f"{p.location}: {p.message}" for p in problems] == [f"regulations/roadmap.yaml:1:1: {TOO_LARGE}"]


def _copies(count: int) -> str:
    """13 values as written (the file, «ten», its ten items, «copies»); each copy of «ten» builds 11 more."""
    return "ten: &ten [" + ", ".join(["2"] * 10) + "]\ncopies: [" + ", ".join(["*ten"] * count) + "]\n"


def test_aliases_may_add_ten_thousand_values_and_not_one_more(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text(_copies(909), encoding="utf-8")  # 909 × 11 = 9 999 values beyond those written
    source, problems = read_source(path, "big.yaml")
    assert problems == [] and source is not None and len(source.data["copies"]) == 909
    path.write_text(_copies(910), encoding="utf-8")  # 10 010
    source, problems = read_source(path, "big.yaml")
    assert source is None
    assert [f"{p.location}: {p.message}" for p in problems] == [f"big.yaml:1:12: {BOMB}"]  # the value that overflowed


def test_problems_of_reading_are_located_in_characters_and_coded_for_machines(example):
    """A character YAML refuses (libyaml counts its offset in bytes, after Cyrillic words of 2-byte letters), a
    line YAML cannot parse and a key written twice: each located in its file, each with the loader's code."""
    first, second, third = (f"regulations/mechanisms/{code}.yaml" for code in ("1.1", "1.2", "1.3"))
    goal = example.line_of(first, "goal: |") + 1
    example.replace(first, "  Повышение качества подготовки", "  Повышение качества\x01 подготовки")
    approved = example.line_of(second, "approved_by:")
    example.replace(second, "approved_by: prikaz-2021-112", "approved_by: prikaz: 2021: 112")
    example.replace(third, "goal: |", "mechanism: 1.3\ngoal: |")
    twice = example.line_of(third, "mechanism: 1.3")
    result = example.run("check", "--format", "json")
    assert result.exit_code == 1
    found = {
        (d["file"], d["line"], d["column"], d["code"], d["message"])
        for d in result.json()["diagnostics"]
        if d["file"] in (first, second, third)
    }
    assert found == {
        (first, goal, 21, "load", "недопустимый символ U+0001 (управляющий символ); удалите его"),
        (
            second,
            approved,
            20,
            "load",
            "двоеточие здесь недопустимо: проверьте отступы или заключите значение в кавычки",
        ),
        (
            third,
            twice,
            1,
            "load",
            f"ключ «mechanism» повторяется (впервые указан в строке {example.line_of(third, 'mechanism:')})",
        ),
    }

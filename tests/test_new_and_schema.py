"""`msoko new` scaffolds an incomplete Положение; `msoko schema` keeps the editor schemas current."""

from __future__ import annotations

import json
import re

from generator.cli.commands import main
from generator.sources.jsonschema import render_schemas
from tests.conftest import REPO


def test_new_scaffold_is_incomplete_until_filled(example):
    example.path("regulations/mechanisms/2.4.yaml").unlink()
    result = example.run("new", "2.4")
    assert result.exit_code == 0, result.output
    assert "Создан regulations/mechanisms/2.4.yaml" in result.stdout
    text = example.read("regulations/mechanisms/2.4.yaml")
    assert text.startswith("# yaml-language-server: $schema=../.schema/regulation.schema.json")
    check = example.run("check")
    assert check.exit_code == 1
    row = next(line for line in check.stdout.splitlines() if line.startswith("2.4 "))
    assert row[54:].count("…") == 6, row
    for part in (
        "цель",
        "задачи",
        "показатели",
        "методы сбора и обработки информации",
        "периодичность и сроки проведения",
        "критерии оценивания",
    ):
        assert f"ошибка: часть «{part}» содержит заглушку «ЗАПОЛНИТЕ»: заполните её" in check.output
    # other fields are named by their Russian titles too, never by their YAML keys
    assert (
        "поле «порядок использования результатов → анализ эффективности мер» содержит заглушку «ЗАПОЛНИТЕ»"
        in check.output
    )
    assert "поле «наименование» показателя 2.4.1 содержит заглушку" in check.output
    assert "use_of_results" not in check.output and "«name»" not in check.output


def test_new_refuses_unknown_and_existing(example):
    unknown = example.run("new", "9.9")
    assert unknown.exit_code == 1
    catalog = example.line_of("regulations/project.yaml", "catalog:")
    assert (
        f"regulations/project.yaml:{catalog}:10: ошибка: механизм «9.9» отсутствует в каталоге «federal-2021»"
        in unknown.output
    )
    existing = example.run("new", "1.1")
    assert existing.exit_code == 1
    assert "ошибка: для механизма «1.1» уже есть положение: regulations/mechanisms/1.1.yaml" in existing.output


def test_committed_schemas_are_current():
    for name, data in render_schemas().items():
        assert (REPO / "regulations" / ".schema" / name).read_bytes() == data, f"run `msoko schema`: {name} is stale"


def test_schema_command_writes_descriptions_in_russian(example, tmp_path):
    result = example.run("schema", "--output", str(tmp_path / "out"))
    assert result.exit_code == 0
    schema = json.loads((tmp_path / "out" / "regulation.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["criteria"]["title"] == "критерии оценивания"
    assert schema["additionalProperties"] is False
    assert "goal" in schema["required"]


def test_every_help_is_in_russian(example):
    """Usage lines, option values and argument names: nothing of click's English reaches the user."""
    for name in [None, *sorted(main.commands)]:
        result = example.run(*([name] if name else []), "--help")
        assert result.exit_code == 0
        usage = result.stdout.splitlines()[0]
        assert usage.startswith("Использование: ") and "[ПАРАМЕТРЫ]" in usage, usage
        english = re.findall(
            r"\b[A-Z]{3,}\b",
            result.stdout.replace("JSON", "").replace("DOCX", "").replace("PDF", "").replace("ДАТА", ""),
        )
        assert english == [], (name, english)

"""Sources that read one way and hold another: bidi controls, control characters, a file named for another
mechanism, a symbolic link out of the project, a YAML merge key. Each a located Russian message."""

from __future__ import annotations

MECH = "regulations/mechanisms/1.1.yaml"


def test_bidi_overrides_and_isolates_are_warned_and_removed(example):
    line = example.line_of(MECH, "goal: |")
    example.replace(MECH, "  Повышение качества подготовки", "  Повышение\u202e качества\u2066 подготовки")
    result = example.run("check")
    assert (
        f"{MECH}:{line}:7: предупреждение: управляющие символы направления письма U+202E, U+2066 (могут "
        "скрыть или переставить текст) будут удалены"
    ) in result.output
    example.run("regen", "polozhenie-1.1")
    from docx import Document

    text = "\n".join(p.text for p in Document(str(example.path("output/polozhenie-1.1.docx"))).paragraphs)
    assert "Повышение качества подготовки" in text and "\u202e" not in text


def test_every_removed_control_character_is_named(example):
    line = example.line_of(MECH, "goal: |")
    example.replace(
        MECH,
        "goal: |\n  Повышение качества подготовки",
        'goal: "Повышение\\x07 качества\\x0b подготовки\\x07"\ngoal_rest: |\n  Повышение качества подготовки',
    )
    example.replace(MECH, "goal_rest: |\n", "x_rest: |\n")
    result = example.run("check")
    assert (
        f"{MECH}:{line}:7: предупреждение: символы U+0007, U+000B недопустимы в документе Word и будут удалены"
    ) in result.output


def test_a_file_named_for_another_mechanism_is_warned(example):
    example.path(MECH).rename(example.path("regulations/mechanisms/1.1-old.yaml"))
    result = example.run("check")
    line = example.line_of("regulations/mechanisms/1.1-old.yaml", "mechanism:")
    assert (
        f"regulations/mechanisms/1.1-old.yaml:{line}:12: предупреждение: имя файла не совпадает с кодом "
        "механизма 1.1: назовите файл по коду, «1.1.yaml»"
    ) in result.output


def test_a_source_linked_out_of_the_project_is_warned(example, tmp_path):
    outside = tmp_path / "elsewhere.yaml"
    example.path(MECH).rename(outside)
    example.path(MECH).symlink_to(outside)
    result = example.run("check")
    assert (
        f"{MECH}:1:1: предупреждение: файл — символическая ссылка на файл вне проекта ({outside}): он "
        "прочитан, но не хранится в проекте; положите сам файл в папку проекта"
    ) in result.output.splitlines()


def test_a_merge_key_is_one_clear_error(example):
    example.replace(MECH, "goal: |", "x_base: &base {a: 1}\nx_more:\n  <<: *base\ngoal: |")
    line = example.line_of(MECH, "<<: *base")
    result = example.run("check")
    assert result.exit_code == 1
    located = [text for text in result.output.splitlines() if text.startswith(f"{MECH}:{line}:")]
    assert located == [
        f"{MECH}:{line}:3: ошибка: ключ слияния «<<» не поддерживается: выпишите нужные значения в "
        "этом месте явно (повторяющийся фрагмент можно вставить ссылкой *имя)"
    ]

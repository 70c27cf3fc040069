"""A Markdown table row with more cells than its header: markdown-it drops the extra cells, so the author's
text would vanish from the document without a word. ``check`` and ``regen`` stop at the row's line instead."""

from __future__ import annotations

from tests.docx_reader import Docx

TABLE = (
    "goal: |\n"
    "  | Показатель | Значение |\n"
    "  |---|---|\n"
    "  | доля выпускников | 90 % | сверх заголовка |\n"
    "  | «а \\| б» | 80 % |\n"
    "\n"
)
MESSAGE = (
    "regulations/mechanisms/1.1.yaml:12:1: ошибка: в строке таблицы 3 ячейки, а в заголовке 2: лишние ячейки не "
    "попадут в документ; добавьте столбцы в заголовок или напишите «\\|», если черта — часть текста"
)


def test_a_row_wider_than_its_header_is_an_error_at_its_line(example):
    example.replace("regulations/mechanisms/1.1.yaml", "goal: |\n", TABLE, 1)
    checked = example.run("check")
    assert checked.exit_code == 1
    assert MESSAGE in checked.output
    assert checked.output.count("в строке таблицы") == 1  # the escaped «\|» is text, not a border
    built = example.run("regen", "1.1")
    assert built.exit_code == 1 and MESSAGE in built.output
    assert not example.path("output/polozhenie-1.1.docx").exists()


def test_a_row_as_wide_as_its_header_is_rendered_whole(example):
    example.replace("regulations/mechanisms/1.1.yaml", "goal: |\n", TABLE.replace(" | сверх заголовка |", " |"), 1)
    built = example.run("regen", "1.1")
    assert built.exit_code == 0, built.output
    cells = [
        cell for table in Docx(example.path("output/polozhenie-1.1.docx")).tables() for row in table for cell in row
    ]
    assert "«а | б»" in cells and "90\u00a0%" in cells

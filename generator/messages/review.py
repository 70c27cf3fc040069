"""What the lawyer's loop writes for people: the change log of ``msoko diff`` and the pack's files and inventory."""

from __future__ import annotations

# Where a change is («п. 4.1», «показатель 1.1.2 «…»», «таблица 2, строка 3»).
SECTION = "раздел {number}"
CLAUSE = "п. {number}"
LISTING_IN_CLAUSE = "перечисление в п. {clause}"
LISTING = "перечисление"
PARAGRAPH = "абзац {index} («{style}»)"
ROW_NOUN = "строка"
KEYED_ROW_NAMED = "{noun} {code} «{name}»"
KEYED_ROW = "{noun} {code}"
TABLE_HEADER = "шапка таблицы"
TABLE_ROW = "строка {row}"
IN_TABLE = "таблица {table}, {where}"

# What changed.
ROW_REMOVED = "исключено: «{text}»"
ROW_ADDED = "добавлено: «{text}»"
COLUMN_CHANGED = "графа «{column}»: {change}"
WORDS_REPLACED = "«{removed}» заменено на «{added}»"
WORDS_REMOVED = "исключено «{removed}»"
WORDS_ADDED = "добавлено «{added}»"
FORMATTING_CHANGED = "изменено оформление"

# The change log.
CHANGELOG_TITLE = "ПЕРЕЧЕНЬ ИЗМЕНЕНИЙ"
CHANGELOG_SUBTITLE = "по сравнению с утверждёнными версиями документов"
CHANGED_INDICATORS = "Изменённые показатели:"
NOTHING_CHANGED = "Документы не изменились с момента утверждения."
COMPARED = "Сравнение с утверждёнными версиями:"
COMPARED_DOCUMENT = "  — {document}: утверждена {day}, {by}; исправления — redlines/{redline}"
SAME = "Без изменений: {count}."
UNAPPROVED = "Не утверждались (не сравнивались): {documents}."

# The pack for the legal department.
PACK_REDLINE = "Исправления/{name}"
PACK_REDLINE_DESCRIPTION = "{title}: исправления к версии, утверждённой {day}"
PACK_CHANGELOG = "Перечень изменений.txt"
PACK_CHANGELOG_DESCRIPTION = "изменения по сравнению с утверждёнными версиями"
PACK_CHECK = "Проверка.txt"
PACK_CHECK_DESCRIPTION = "отчёт «msoko check»"
PACK_EVALUATION = "Самооценка.txt"
PACK_EVALUATION_DESCRIPTION = "самооценка по механизмам («msoko evaluate»)"
PACK_INVENTORY_TITLE = "ОПИСЬ"
PACK_INVENTORY_SUBTITLE = "Комплект документов МСОКО на {day}"
PACK_INVENTORY = "Опись.txt"
PACK_INVENTORY_DESCRIPTION = "опись"

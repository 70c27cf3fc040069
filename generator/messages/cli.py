"""What ``msoko`` on the command line says: its commands' help, their usage words and the lines they print.

(Click's own words — «Использование:», «Параметры» — are translated by ``generator/cli/ru.py``.)"""

from __future__ import annotations

# Usage words (click's metavars).
OPTIONS_METAVAR = "[ПАРАМЕТРЫ]"
COMMAND_METAVAR = "КОМАНДА [АРГУМЕНТЫ]..."
DOCUMENTS_METAVAR = "[ДОКУМЕНТЫ]..."
MECHANISM_METAVAR = "КОД"
NAME_METAVAR = "ИМЯ"
LINT_FILES_METAVAR = "ФАЙЛ.docx|ФАЙЛ.pdf..."
FILES_METAVAR = "ФАЙЛ..."
PORT_METAVAR = "ПОРТ"
HOST_METAVAR = "АДРЕС"
YEAR_METAVAR = "ГОД"
MECHANISMS_METAVAR = "[МЕХАНИЗМ]..."
COLLECT_METAVAR = "forms [МЕХАНИЗМ]... | ФАЙЛ..."

# Help of the group, its commands and their options.
HELP_FORMAT = "Формат отчёта: текст для человека или JSON для программ."
HELP_MSOKO = "msoko — нормативные документы муниципальной системы оценки качества образования."
HELP_PROJECT = "Папка проекта (с подпапкой regulations/)."
HELP_CHECK = "Проверить источники: схему, ссылки, полноту положений и управленческий цикл."
HELP_STRICT = "Считать предупреждения ошибками."
HELP_NEW = "Создать источник нового Положения о мониторинге для механизма с кодом КОД из каталога: «msoko new 1.1»."
HELP_SCHEMA = "Записать JSON Schema источников (для подсказок в редакторе) в regulations/.schema/."
HELP_SCHEMA_OUTPUT = "Папка для схем (по умолчанию regulations/.schema/)."
HELP_REGEN = (
    "Сгенерировать документы в output/: «all» — все, или перечислите идентификаторы (polozhenie-1.1) либо "
    "коды механизмов (1.1, msoko)."
)
HELP_FORCE = "Перезаписать файлы, изменённые вручную (копия сохраняется в output/.msoko/backup/)."
HELP_PRUNE = "Удалить из output/ документы, источники которых удалены (копия правленного вручную сохраняется)."
HELP_VERBOSE = "Показать причину пересборки каждого документа."
HELP_WITH_PDF = "Затем сделать PDF-копии в output/pdf/ (нужен LibreOffice)."
HELP_EVALUATE = "Самооценка: баллы каждого механизма по шагам управленческого цикла, слабые шаги и советы."
HELP_LINT = (
    "Прочитать документы как юрист: DOCX — ГОСТ Р 7.0.97-2025 (формат, поля, шрифты, реквизиты) и "
    "текст (сокращения, ссылки на акты, числительные, неразрывные пробелы, запятая перед «приказываю», "
    "даты, орфография, согласованность: сроки, даты, названия, цитируемые акты); PDF — только текст. "
    "Строка в отчёте — номер абзаца (в PDF — строки), у каждого замечания есть код правила."
)
HELP_APPROVE = (
    "Утвердить текущие документы (все или перечисленные): их копии сохраняются в "
    "regulations/approved/ с отметкой, кто и когда утвердил; с ними сравнивает «msoko diff»."
)
HELP_APPROVER = "Кто утверждает: «Юрист Е.В. Смирнова»."
HELP_DIFF = (
    "Сравнить документы с утверждёнными версиями: для каждого изменённого — копия с исправлениями "
    "в режиме рецензирования в output/redlines/ и перечень изменений output/redlines/changes.txt."
)
HELP_PDF = (
    "PDF-копии документов в output/pdf/ через LibreOffice (все или перечисленные). LibreOffice остаётся "
    "запущенным для следующих команд и завершается сам через 5 минут без работы; MSOKO_OFFICE_IDLE=СЕКУНДЫ "
    "меняет этот срок, MSOKO_OFFICE_IDLE=0 — не оставлять."
)
HELP_PACK = (
    "Собрать для юристов один архив output/pack/msoko-ДАТА.zip: DOCX, PDF, исправления, "
    "перечень изменений, отчёт проверки и самооценку."
)
HELP_PACK_DATE = "Дата комплекта (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); по умолчанию — сегодня."
HELP_IMPORT = (
    "Перенести Положения из файлов Word (.docx, .doc, .rtf), OpenDocument (.odt) или PDF "
    "(с текстом или скан) в источники: Положения о мониторинге — в regulations/mechanisms/ "
    "(части, таблица показателей, гриф утверждения), Положение о МСОКО — в "
    "regulations/msoko.yaml (цель, задачи, принципы, структура, перечень механизмов), приказ, "
    "приложениями к которому они были, — в regulations/acts/; нераспознанный текст сохраняется "
    "в поле «unmapped», которое отмечает «msoko check»."
)
HELP_IMPORT_MECHANISM = "Код механизма, если его не удаётся определить по документу."
HELP_FILL = "Записать в показатели без метода, периодичности или срока общие, названные в разделах документа."
HELP_SERVE = (
    "Открыть редактор проекта в браузере: обзор полноты, формы Положений и других источников, "
    "сборка, страницы документов, утверждение и комплект для юристов."
)
HELP_PORT = "Порт сервера."
HELP_HOST = "Адрес сервера; другой, чем 127.0.0.1, открывает доступ с других компьютеров."
HELP_NO_BROWSER = "Не открывать браузер (так же при переменной окружения CI)."
HELP_COLLECT = (
    "Сбор данных мониторинга: книги Excel для организаций и приём заполненных книг. «msoko collect forms "
    "[МЕХАНИЗМ]... --year 2024» — сформировать книги "
    "Excel для сбора данных (по одной на механизм: столбцы — числители, знаменатели и ответы "
    "показателей, строки — организации, проверка ввода, инструкция с паспортами показателей) в "
    "output/collection/ГОД/. «msoko collect ФАЙЛ.xlsx...» — прочитать заполненные книги (.xlsx, "
    ".xls, .ods), проверить каждую ячейку и записать данные в data/ГОД/МЕХАНИЗМ.csv: строки "
    "организаций из книг заменяются, остальные сохраняются; при любой ошибке ничего не "
    "записывается."
)
HELP_COLLECT_YEAR = "Год мониторинга: для книг — обязателен; при сборе — книги другого года отклоняются."
HELP_COLLECT_FORCE = (
    "Перезаписать книги, которые отличаются от формируемых (копия сохраняется в output/.msoko/backup/)."
)
HELP_RESULTS = (
    "Итоги мониторинга за год по собранным данным: значение каждого показателя по округу (доля — "
    "сумма числителей к сумме знаменателей), баллы по шкале Положения, целевое значение, изменение к "
    "прошлому году, организации ниже целевого значения и получившие наименьший балл по шкале, суммы баллов."
)
HELP_RESULTS_YEAR = "Год мониторинга; по умолчанию — последний в data/."

# What the commands print.
WRITTEN = "записан"
WORKBOOK_WRITTEN = "записана"
UNCHANGED = "без изменений"
FILE_STATE = "{state}: {path}"
WITH_REASON = "{line} — {reason}"
CREATED = "Создан {path}: заполните шесть частей и запустите «msoko check»."
BUILD_PROGRESS = "[{index}/{total}] {document}: {title}"
RETIRED = "удалён: {path} — источник удалён"
BACKUP = "сохранена копия изменённого вручную файла: {path}"
BUILD_NOTE = "{note}."
"""Said beside the warnings, nothing to act on (a sentence: the note begins with a lower-case letter)."""
BUILD_TOTAL = "Итого: записано {written}, без изменений {unchanged}."
LINT_CLEAN = "{file}: замечаний нет"
APPROVED = "утверждён: {document} ({file}, sha256 {sha256}…)"
ALREADY_APPROVED = "уже утверждён в этой редакции: {document}"
APPROVE_TOTAL = "Итого: утверждено {approved}, без изменений {unchanged}. Копии: {folder}/"
REDLINE_WRITTEN = "исправления: {path}"
CHANGELOG_WRITTEN = "Перечень изменений: {path}"
PACK_WRITTEN = "Комплект: {path} ({files})"
FILE_NOUN = "файл"
IMPORTED_FILE = "{file} → {source} ({how})"
IMPORT_TOTAL = "Импортировано: {documents}. Запустите «msoko check»: он покажет, что осталось заполнить."
DOCUMENT_NOUN = "документ"
PDF_TOTAL = "PDF: записано {written}, без изменений {unchanged}."
INTERNAL_ERROR = "внутренняя ошибка msoko ({kind}: {error}); повторите с MSOKO_DEBUG=1 и сообщите разработчикам"
WORKBOOK_ISSUED = "{state}: {path} (механизм {mechanism}, строк: {rows})"
WORKBOOK_BACKUP = "сохранена копия прежней книги: {path}"
DATA_BACKUP = "сохранена копия прежних данных: {path}"
FORMS_TOTAL = "Итого: книг {workbooks}, записано {written}."
WORKBOOK_ACCEPTED = (
    "принята: {file} — механизм {mechanism}, {year} год: заполнено строк {rows}, пустых {empty}{breakdown}"
)
WORKBOOK_BREAKDOWN = "; {words}"
"""What the workbook brings of the breakdowns, after the rows it fills (``messages.monitoring.BREAKDOWN_ACCEPTED``)."""
COLLECT_TOTAL = "Итого: книг {workbooks}, файлов данных записано {written}."

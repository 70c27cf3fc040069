"""Every Russian message of the monitoring year: the list of organizations, the workbooks, the collected data."""

from __future__ import annotations

# The project, for monitoring.
ORGANIZATIONS_MISSING = (
    "нет списка организаций, от которых собираются данные: создайте regulations/organizations.yaml (пример — в README)"
)
NO_REGULATION = "нет Положения о мониторинге механизма «{code}»; есть: {known}"
NO_ROWS = "показатели механизма {code} не относятся ни к одной организации из списка: книгу заполнять некому"
NO_DATA_YEAR = "нет собранных данных: папка data/ пуста; соберите их командой «msoko collect ФАЙЛ.xlsx»"
ORPHANED_ROWS = (
    "у организации {name} есть собранные данные ({where}): пока её нет в списке, они не учитываются в "
    "результатах и документах мониторинга"
)
UNKNOWN_ROWS = "в данных есть строки организаций, которых нет в списке ({keys}): они не учитываются"

# Writing the workbooks.
YEAR_REQUIRED = "укажите год мониторинга, для которого формируются книги: «msoko collect forms --year 2024»"
WORKBOOK_CHANGED = (
    "книга уже есть и отличается от той, что msoko сформирует сейчас (её могли заполнить, или изменились "
    "паспорта показателей либо список организаций): msoko её не перезапишет. Перенесите её в другую "
    "папку или повторите с --force (копия будет сохранена в output/.msoko/backup/)"
)

# Reading a returned workbook: the file.
FILE_TOO_LARGE = "файл слишком велик ({size} МБ; допустимо не более {limit} МБ): это не книга сбора данных"
NOT_A_WORKBOOK = (
    "файл не читается как книга Excel (.xlsx, .xls) или OpenDocument (.ods): он повреждён или это файл другого формата"
)
CONVERT_FAILED = "LibreOffice не смог преобразовать файл {kind} в .xlsx: сохраните книгу в формате .xlsx"
LIBREOFFICE_MISSING = (
    "файл {kind} читается через LibreOffice, а он не найден: установите его командой «sudo apt-get "
    "install -y libreoffice-calc-nogui» или сохраните книгу в формате .xlsx"
)
NO_STAMP = (
    "в книге нет служебного листа msoko: она сформирована не командой «msoko collect forms» или лист удалён; "
    "заполните книгу, которую сформировал msoko"
)
STAMP_DAMAGED = "служебный лист msoko повреждён: сформируйте книгу заново"
STAMP_UNKNOWN_MECHANISM = "книга сформирована для механизма {code}, а его Положения о мониторинге в проекте нет"
STAMP_OTHER_YEAR = "книга сформирована для сбора данных за {stamped} год, а собираются данные за {year} год"
STAMP_OTHER_PASSPORT = (
    "книга сформирована по другой редакции паспортов показателей механизма {code} (их изменили "
    "после того, как книга была сформирована): сформируйте книгу заново и перенесите в неё данные"
)
STAMP_CHANGED = (
    "книга сформирована по другой редакции паспортов показателей механизма {code}: после того, как книга была "
    "сформирована, {changes}; сформируйте книгу заново и перенесите в неё данные"
)
INDICATORS_CHANGED = (
    "по показателю {codes} изменились наименование, единица измерения, способ расчёта или организации, от которых "
    "собираются данные (столбцы или строки книги)",
    "по показателям {codes} изменились наименование, единица измерения, способ расчёта или организации, от которых "
    "собираются данные (столбцы или строки книги)",
)
INDICATORS_ADDED = ("добавлен показатель {codes}", "добавлены показатели {codes}")
INDICATORS_REMOVED = ("исключён показатель {codes}", "исключены показатели {codes}")
"""What changed in a workbook's passports, by indicator: (one indicator, several)."""
NO_DATA_SHEET = "в книге нет листа «{sheet}» с данными"
RENAMED_DATA_SHEET = (
    "это лист с данными, но он переименован: верните ему название «{sheet}» (не удаляйте его — данные "
    "принимаются только с листа «{sheet}»)"
)
EXTRA_SHEET = "лишний лист: удалите его (данные принимаются только с листа «{sheet}»)"
NOTHING_FILLED = "в книге не заполнена ни одна строка"

# Reading a returned workbook: the table.
MERGED = "объединённые ячейки {cells}: разъедините их"
HEADER_CHANGED = (
    "заголовок изменён: ожидается «{expected}»; не вставляйте, не удаляйте и не переставляйте столбцы "
    "и строки заголовка"
)
EXTRA_COLUMN = "данные вне таблицы: столбец {column} не относится ни к одному показателю"
UNKNOWN_ORGANIZATION = "неизвестная организация «{key}»: её нет в списке организаций"
NAME_FOR_CODE = (
    "в столбце кода вместо кода организации указано её наименование («{text}»): это строка {name}; верните в "
    "ячейку код «{key}», как в полученной книге"
)
NO_ORGANIZATION = "не указан код организации, а в строке есть данные"
ORGANIZATION_TWICE = "строка организации {name} повторяется (впервые — в строке {row})"
ORGANIZATION_ROW_MISSING = "нет строки организации {name}: не удаляйте строки"
ORGANIZATION_OTHER_FILE = (
    "данные организации {name} за {year} год по механизму {code} есть и в файле {other}: оставьте один из файлов"
)
NOT_APPLICABLE = "показатель к этой организации не относится: очистите ячейку"
BLANK = "ячейка не заполнена, а остальные ячейки строки заполнены"
CELL_OF = "{name}, показатель {code} ({part}): {problem}"
"""A cell's problem with whose row and which column it is in: the cell's address alone makes a person count rows."""
PART_WORDS = {"numerator": "числитель", "denominator": "знаменатель", "value": "значение"}
"""A raw value of an indicator (``monitoring.columns.Part``) in words."""

# Reading a returned workbook: a cell.
TEXT_IN_NUMBER = "текст вместо числа: «{text}»; введите только число"
DECIMAL_COMMA = "число записано текстом с десятичной запятой: «{text}»; введите его как число"
NOT_WHOLE = "ожидается целое число, а указано {value}"
NEGATIVE = "число не может быть отрицательным: {value}"
PERCENT_RANGE = "процент должен быть от 0 до 100, а указано {value}"
NOT_ANSWER = "ожидается «да» или «нет», а указано «{text}»"
BOOLEAN = "логическое значение вместо числа: введите число"
DATE = "дата вместо числа ({text}): введите число, формат ячейки — «Числовой»"
FORMULA_WITHOUT_VALUE = (
    "формула без вычисленного значения: откройте книгу в Excel или LibreOffice и сохраните её либо введите число"
)
ERROR_VALUE = "в ячейке ошибка вычисления «{text}»: введите число"
ERROR_NAMED = "в ячейке ошибка вычисления «{text}» ({meaning}): введите число"
EXCEL_ERRORS = {
    "#DIV/0!": ("#ДЕЛ/0!", "деление на ноль"),
    "#VALUE!": ("#ЗНАЧ!", "в формуле значение не того типа"),
    "#REF!": ("#ССЫЛКА!", "ссылка на удалённую ячейку"),
    "#NAME?": ("#ИМЯ?", "неизвестное имя функции"),
    "#N/A": ("#Н/Д", "значение недоступно"),
    "#NUM!": ("#ЧИСЛО!", "недопустимое число"),
    "#NULL!": ("#ПУСТО!", "пустое пересечение диапазонов"),
}
"""Excel's error values as the file stores them (in English), as a Russian Excel shows them, and what they mean."""
NUMERATOR_ABOVE = "числитель ({numerator}) больше знаменателя ({denominator})"

# Reading a returned workbook: the organizations' rows of a municipal indicator broken down by them.
HALF_PAIR = "ячейка не заполнена, а другая ячейка этого показателя в строке заполнена"
NOT_FLAG = "организация либо входит в это число, либо нет: введите 1 или 0, а не {value}"
BREAKDOWN_PARTIAL = (
    "строки организаций по показателю {code} заполнены не все: нет значений у {names}; заполните строки всех "
    "организаций, к которым относится показатель ({count}), или оставьте пустыми все"
)
BREAKDOWN_NOT_YOURS = (
    "эти ячейки заполняет управление образования в своей книге вместе со строкой по округу, а не сама организация: "
    "очистите их"
)
"""A school's copy that fills its own cells of a breakdown (no округ's row, the others' rows empty)."""
BREAKDOWN_SUMS = (
    "числитель и знаменатель по округу ({numerator} и {denominator}) не равны суммам по строкам организаций "
    "({numerator_sum} и {denominator_sum}): исправьте их или очистите эти ячейки строки по округу — тогда в них "
    "будут суммы"
)
BREAKDOWN_OTHER_FILE = (
    "строки организаций по показателю {code} за {year} год заполнены и в файле {other}: оставьте один из файлов"
)
AND_MORE = "{names} и ещё {more}"
BREAKDOWN_ACCEPTED = (
    "по показателю {codes} — значения {organizations}, заполненные управлением образования",
    "по показателям {codes} — значения {organizations}, заполненные управлением образования",
)
"""What an accepted workbook brings of the breakdowns, apart from the rows it fills: (one indicator, several)."""

# The stored data (data/<year>/<mechanism>.csv).
DATA_TOO_LARGE = "файл данных слишком велик (допустимо не более {limit} МБ)"
DATA_BAD_HEADER = "первая строка файла данных должна быть «{header}»"
DATA_FIELDS = "в строке {count} полей, а должно быть {expected}: организация, показатель, величина, значение"
DATA_BAD_PART = "неизвестная величина «{part}»; допустимо: {parts}"
DATA_BAD_VALUE = (
    "значение «{value}» не читается: ожидается число не меньше 0 (с точкой перед дробной частью) или «да»/«нет»"
)
DATA_TWICE = "значение {part} показателя {code} организации «{key}» повторяется"

# The summary of ``msoko results``.
RESULTS_REPORTED = "представили {reported} из {expected}"
ORGANIZATION_FORMS = ("организации", "организаций", "организаций")
RESULTS_MUNICIPAL_ONLY = "по округу в целом"
RESULTS_YEAR = "  данные за {year} год: {coverage}"
RESULTS_INDICATOR = "  {code}  по округу: {value}"
RESULTS_TARGET = "; целевое значение: {target}"
RESULTS_CHANGE = "; к {year} году: {change}"
RESULTS_BELOW_TARGET = "не достигли целевого значения"
RESULTS_RISK_GROUP = "получили наименьший балл по шкале"
RESULTS_MISSING = "не представили данные"
RESULTS_AND_MORE = " и ещё {count}"
RESULTS_TOTAL_INCOMPLETE = " (не все показатели оценены)"
RESULTS_MUNICIPAL_TOTAL = "  сумма баллов округа: {points} из {maximum}{group}"
RESULTS_GROUPS_INCOMPLETE = "не все показатели оценены — {count}"
RESULTS_GROUPS = "  группы по сумме баллов {whose}: "

# The year's documents.
YEAR_LEAVES_OUT = (
    "документы года (аналитические справки, приказы об итогах, адресные рекомендации) составляются за {year}\u00a0год "
    "— год, заданный в профиле проекта, в разделе о мониторинге; данных за него нет у {mechanisms}, и {whose} "
    "документов года нет (последние данные — за {latest}\u00a0год). Чтобы документы каждого механизма "
    "составлялись за последний год, за который собраны его данные, уберите год из раздела о мониторинге профиля "
    "проекта"
)
YEAR_MECHANISMS = ("механизма {codes}", "механизмов {codes}")
YEAR_EARLIER = (
    "документы года по {mechanisms} составлены за {made_for}\u00a0год: данных за {year}\u00a0год по {them} нет"
)
YEAR_LATER = (
    "документы года по {mechanisms} составлены за {made_for}\u00a0год — последний год, "
    "за который собраны {whose} данные"
)
YEAR_BY_MECHANISMS = ("механизму {codes}", "механизмам {codes}")
YEAR_THEM = ("нему", "ним")
YEAR_WHOSE = ("его", "их")
INPUT_ROSTER = "список организаций {year}\u00a0года"

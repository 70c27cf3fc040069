"""Every Russian message about the sources, in one place."""

from __future__ import annotations

FILE_MISSING = "файл не найден"
FILE_UNREADABLE = "файл не удаётся прочитать: {reason}"
NOT_UTF8 = "файл не в кодировке UTF-8 (недопустимый байт {byte}); сохраните его в UTF-8"
CP1251_HINT = " — похоже, он сохранён в Windows-1251"
NOT_UTF8_UTF16 = "файл в кодировке UTF-16; сохраните его в UTF-8"
BAD_CHARACTER = "недопустимый символ {code} (управляющий символ); удалите его"
CHARACTER_DROPPED = "символ {code} недопустим в документе Word и будет удалён"
CHARACTERS_DROPPED = "символы {codes} недопустимы в документе Word и будут удалены"
BIDI_DROPPED = (
    "управляющий символ направления письма {codes} (может скрыть или переставить текст) будет "
    "удалён; проверьте, что текст читается так, как задумано"
)
BIDI_SEVERAL_DROPPED = (
    "управляющие символы направления письма {codes} (могут скрыть или переставить текст) будут "
    "удалены; проверьте, что текст читается так, как задумано"
)
MERGE_KEY = (
    "ключ слияния «<<» не поддерживается: выпишите нужные значения в этом месте явно "
    "(повторяющийся фрагмент можно вставить ссылкой *имя)"
)
SOURCE_LINK_OUTSIDE = (
    "файл — символическая ссылка на файл вне проекта ({target}): он прочитан, но не хранится "
    "в проекте; положите сам файл в папку проекта"
)
MECHANISM_FILE_NAME = "имя файла не совпадает с кодом механизма {code}: назовите файл по коду, «{code}.yaml»"
KEY_NOT_TEXT = "ключ должен быть текстом"
DUPLICATE_KEY = "ключ «{key}» повторяется (впервые указан в строке {line})"
YAML_GENERIC = "синтаксическая ошибка YAML"

_YAML_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("did not find expected node content", "не найдено значение: не закрыты скобки или кавычки"),
    (
        "mapping values are not allowed",
        "двоеточие здесь недопустимо: проверьте отступы или заключите значение в кавычки",
    ),
    ("could not find expected ':'", "не найдено двоеточие после ключа: проверьте отступы и кавычки"),
    (
        "cannot start any token",
        "символ не может начинать значение (табуляция или «@», «`»); используйте пробелы или кавычки",
    ),
    ("expected <block end>", "нарушены отступы: элемент не относится ни к одному блоку"),
    ("did not find expected '-' indicator", "нарушены отступы в списке: ожидался элемент «- …»"),
    ("did not find expected key", "нарушены отступы: ожидался ключ «имя: значение»"),
    ("found unexpected end of stream", "неожиданный конец файла: не закрыты кавычки или скобки"),
    ("found undefined alias", "ссылка (alias) на неопределённый якорь"),
    ("found unknown escape character", "неизвестная escape-последовательность в строке в двойных кавычках"),
    ("expected ',' or ']'", "в списке в квадратных скобках ожидалась «,» или «]»"),
    ("expected ',' or '}'", "в словаре в фигурных скобках ожидалась «,» или «}»"),
    ("found unhashable key", "ключ должен быть текстом"),
    ("could not determine a constructor", "неизвестный тег YAML"),
    ("expected a single document", "в файле должен быть один документ YAML (лишний «---»)"),
)


def translate_yaml_problem(problem: str, context: str = "") -> str:
    text = f"{problem} {context}"
    for english, russian in _YAML_PROBLEMS:
        if english in text:
            return russian
    return YAML_GENERIC


def _plural(count: int, one: str, few: str, many: str) -> str:
    if count % 10 == 1 and count % 100 != 11:
        return one
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return few
    return many


def count_word(count: int, one: str, few: str, many: str) -> str:
    """«1 ошибка», «3 ошибки», «5 ошибок»."""
    return f"{count} {_plural(count, one, few, many)}"


# Validation (pydantic error types → Russian); {field} is «key (название)».
PYDANTIC: dict[str, str] = {
    "missing": "отсутствует обязательное поле {field}",
    "extra_forbidden": "неизвестное поле {field}{suggestion}",
    "string_type": "поле {field}: ожидается текст",
    "string_too_short": "поле {field} не может быть пустым",
    "string_pattern_mismatch": "поле {field}: значение «{input}» не подходит по формату{pattern_hint}",
    "int_type": "поле {field}: ожидается целое число",
    "int_parsing": "поле {field}: ожидается целое число, указано «{input}»",
    "int_from_float": "поле {field}: ожидается целое число, указано «{input}»",
    "bool_type": "поле {field}: ожидается да/нет (true/false)",
    "list_type": "поле {field}: ожидается список (строки, начинающиеся с «- »)",
    "dict_type": "поле {field}: ожидается набор полей «ключ: значение»",
    "model_type": "поле {field}: ожидается набор полей «ключ: значение»",
    "model_attributes_type": "поле {field}: ожидается набор полей «ключ: значение»",
    "literal_error": "поле {field}: недопустимое значение «{input}»; допустимо: {expected}",
    "date_type": "поле {field}: ожидается дата в формате ГГГГ-ММ-ДД",
    "date_parsing": "поле {field}: ожидается дата в формате ГГГГ-ММ-ДД, указано «{input}»",
    "date_from_datetime_parsing": "поле {field}: ожидается дата в формате ГГГГ-ММ-ДД, указано «{input}»",
    "greater_than_equal": "поле {field}: значение должно быть не меньше {ge}",
    "less_than_equal": "поле {field}: значение должно быть не больше {le}",
    "too_short": "поле {field}: список не может быть пустым",
    "value_error": "{reason}",
}
PYDANTIC_FALLBACK = "поле {field}: недопустимое значение"
ROOT_NOT_MAPPING = "файл должен содержать набор полей «ключ: значение»"
PATTERN_HINTS: dict[str, str] = {
    r"^[0-9]+(\.[0-9]+)*$": " (ожидается код из цифр и точек: «1.1», «1.1.3»)",
    r"^[a-z0-9][a-z0-9._-]{0,63}$": " (ожидается идентификатор из строчных латинских букв, цифр, точек и дефисов: "
    "«sosh-25», «prikaz-2021-112»)",
}
NAME_PATTERN_HINT = " (ожидаются инициалы и фамилия: «А.А. Иванов»)"

# Cross-file references.
UNKNOWN_CATALOG = "неизвестная редакция каталога «{value}»; доступны: {known}"
UNKNOWN_MECHANISM = "механизм «{code}» отсутствует в каталоге «{catalog}» и среди местных механизмов"
UNKNOWN_ACT = "акт «{value}» не найден: нет файла regulations/acts/{value}.yaml"
BAD_ACT_FILE_NAME = "имя файла акта «{name}» должно быть идентификатором латиницей: «prikaz-2021-112.yaml»"
NOT_AN_APPENDIX = (
    "документ «{document}» утверждается актом «{act}», но не указан в его приложениях (acts/{act}.yaml → appendices)"
)
UNKNOWN_DOCUMENT = "документ «{value}» не найден; есть: {known}"
APPROVAL_DISAGREES = "документ «{document}» приложен к акту «{act}», но в его источнике approved_by: {other}"
APPENDIX_TWICE = "документ «{document}» уже приложен к акту «{other}»"
DUPLICATE_APPENDIX = "номер приложения {number} повторяется"
APPENDIX_GAP = "номера приложений идут с пропуском: нет приложения {numbers}"
DUPLICATE_MECHANISM_CODE = "код механизма «{code}» уже есть в каталоге «{catalog}»"
DUPLICATE_REGULATION = "для механизма «{code}» уже есть положение: {other}"
DUPLICATE_INDICATOR = "код показателя «{code}» повторяется (впервые: {other})"
INDICATOR_OUTSIDE_MECHANISM = "код показателя «{code}» должен начинаться с кода механизма «{mechanism}.»"
INDICATOR_OUT_OF_ORDER = (
    "показатель {code} указан после показателя {previous}: перечислите показатели по порядку "
    "кодов ({order}) — в этом порядке они идут в аналитической справке, адресных "
    "рекомендациях, книгах сбора данных и итогах мониторинга"
)
DUPLICATE_IN_LIST = "механизм «{code}» указан в списке повторно"
UNKNOWN_TARGET_INDICATOR = "показателя «{code}» нет в Положении о мониторинге механизма {mechanism}; есть: {known}"
TARGET_WITHOUT_VALUE = (
    "у показателя {code} в Положении о мониторинге нет целевого значения: Концепция не может "
    "сделать его целевым показателем"
)
FILE_REQUIRED = "нет обязательного файла; создайте его (пример — в README)"
NO_REGULATIONS_DIR = "папка regulations/ не найдена: это не проект msoko (укажите --project)"

# Completeness.
NO_REGULATION = "для механизма {code} «{title}» нет Положения о мониторинге (создайте: msoko new {code})"
INDICATOR_PROBLEM = "показатель {code}: {problem}"
EVIDENCE_DESCRIBED = "{kind} (механизм {mechanism})"
INDICATOR_FIELD = "«{field}» показателя {code}"
LINE_NOUN = "строка"
CELL_FORMS = ("ячейка", "ячейки", "ячеек")
NOT_STATED = "не указано"
SUGGESTION = "; возможно, имелось в виду «{name}»"
UNMAPPED_TEXT = (
    "текст, не распознанный при импорте ({count}), в документ не попадает: перенесите его "
    "в нужные разделы и удалите поле «unmapped»"
)
PART_EMPTY = "не заполнена часть «{part}»"
PART_PLACEHOLDER = "часть «{part}» содержит заглушку «{marker}»: заполните её"
FIELD_PLACEHOLDER = "поле {field} содержит заглушку «{marker}»: заполните его"
INDICATOR_FIELD_MISSING = "у показателя {code} не {stated} {field}"
INDICATOR_NO_ITEMS = "у показателя {code} нет {field}"
INDICATOR_NOT_MEASURABLE = "показатель {code} неизмерим: не указан способ расчёта (числитель и знаменатель или формула)"
CYCLE_STEP_MISSING = "управленческий цикл не замкнут: не описан шаг «{step}» (часть «{where}»)"
MECHANISM_NOT_IN_MSOKO = "механизм {code} не указан в Положении о МСОКО (msoko.yaml → mechanisms)"
MSOKO_MECHANISM_WITHOUT_REGULATION = "механизм «{code}» включён в МСОКО, но его Положения нет"

# Cross-document consistency.
CONCEPT_WITHOUT_REGULATION = "механизм {code} включён в Концепцию, но его Положения о мониторинге нет"
MECHANISM_NOT_IN_CONCEPT = "механизма {code} нет в Концепции: для него не заданы целевые ориентиры"
CITATION_DATE_DISAGREES = "акт № {number} указан с датой {date}, а сам акт датирован {actual}"
NO_ADMINISTRATION = (
    "постановление издаёт администрация: добавьте в project.yaml раздел administration (наименование, бланк, глава)"
)
ORGANIZATION_ID_TWICE = "идентификатор организации «{id}» повторяется: он уже есть у {first} (строка {line})"
ORGANIZATION_NAME_TWICE = (
    "краткое наименование {name} повторяется: оно уже есть у организации «{first}» (строка {line}); "
    "по нему организацию узнают в таблицах"
)
SCHOOL_WITHOUT_LEVELS = (
    "у школы не заполнено поле «levels»: уровни общего образования, программы которых она реализует "
    "(начальное, основное, среднее)"
)
ORGANIZATION_LEVELS_NOT_SCHOOL = (
    "уровни общего образования и отметки ШНОР и ШНСУ указываются только для школы, а это {kind}"
)

# --- engine ---
PROJECT_BUSY = "проект занят другой командой msoko (она ещё выполняется); дождитесь её окончания и повторите"
MANIFEST_MISSING = "отсутствует"
MANIFEST_DAMAGED = "повреждён ({reason})"
FOREIGN_UNVERIFIED = (
    "файл не создан msoko или изменён вручную (журнал сборки {manifest} {problem}, а содержимое "
    "файла отличается от результата сборки)"
)
VERIFY_PENDING = "журнал сборки {problem}: файл будет сверен с результатом сборки"
SOURCE_REMOVED = (
    "источник удалён: документ «{document}» больше не описан в regulations/; файл и его запись в "
    "журнале сборки оставлены — удалите их командой «msoko regen --prune»"
)
YEAR_DOCUMENT_GONE = (
    "документ «{document}» больше не составляется: за год мониторинга нет его данных (сменился год "
    "или данные) либо организация больше не ниже целевого значения; файл и его запись в журнале "
    "сборки оставлены — удалите их командой «msoko regen --prune»"
)
MANIFEST_REBUILT = "журнал сборки {problem}: msoko сверил файлы в output/ с результатом сборки и записал журнал заново"
PACKAGE_TOO_LARGE = (
    "файл слишком велик после распаковки (более {limit} МБ): это не документ Word или «zip-бомба»; msoko его не откроет"
)
PACKAGE_TOO_MANY_PARTS = (
    "в файле {count} частей (допустимо не более {limit}): это не документ Word; msoko его не откроет"
)
PACKAGE_BOMB = (
    "часть {part} сжата в {ratio} раз: так сжимается только «zip-бомба», а не документ Word; msoko его не откроет"
)
SOURCE_TOO_LARGE = "файл слишком велик ({size} МБ; допустимо не более {limit} МБ): источник пишут люди, а не программы"
ALIAS_EXPANSION = (
    "ссылки YAML (*якорь) разворачивают этот узел слишком много раз (более {limit} лишних значений, "
    "«миллиард смешков»); уберите ссылки и запишите значения явно"
)
TEMPLATE_TOO_MUCH_TEXT = "тег шаблона строит слишком длинный текст (более {limit} знаков)"
MILLIONS = "{count} млн"
TEMPLATE_RANGE = "цикл range() в теге шаблона слишком длинный (допустимо не более {limit} шагов)"
TEMPLATE_TOO_SLOW = "шаблон выполняется слишком долго (более {limit} с): проверьте циклы в тегах"
TEMPLATE_TOO_MUCH_MEMORY = (
    "шаблон требует слишком много памяти (более {limit} МБ): проверьте теги, которые склеивают текст"
)
TEMPLATE_RECURSION = "макрос шаблона вызывает сам себя без конца"
TEMPLATE_NO_INCLUDE = "теги include, import и extends в шаблоне не поддерживаются: шаблон — один файл .docx"
TEMPLATE_EVALUATION = "тег шаблона не удаётся вычислить ({reason})"
TABLE_ROW_TOO_WIDE = (
    "в строке таблицы {cells}, а в заголовке {header}: лишние ячейки не попадут в документ; "
    "добавьте столбцы в заголовок или напишите «\\|», если черта — часть текста"
)
LIST_TOO_DEEP = "список вложен слишком глубоко (допустимо не более {limit} уровней): уменьшите вложенность"
OS_PROBLEM = "не удаётся обратиться к файлу: {reason}"
OS_PROBLEM_IN_FOLDER = "не удаётся обратиться к файлу в папке «{folder}»: {reason}"
OUTPUT_NOT_A_FOLDER = (
    "«{name}» — файл, а не папка: msoko пишет документы в папку {name}/; переименуйте или удалите файл"
)
LIBREOFFICE_TIMEOUT = (
    "LibreOffice не ответил за {seconds} с и остановлен; повторите позже или преобразуйте меньше документов"
)
PROGRESS_REDLINE = "[{index}/{total}] сравнён с утверждённой версией: {document}"
PROGRESS_PDF = "LibreOffice преобразует в PDF {documents}…"
UNKNOWN_DOCUMENT_ID = "неизвестный документ «{name}»; доступны: all, {known}"
REASON_NEW = "новый документ"
REASON_NEW_YEAR = "год документа сменился: документ {kept}\u00a0года сохраняется в папке своего года"
YEAR_DOCUMENTS_KEPT = "документы {year}\u00a0года по механизму {mechanism} сохранены в {folder}/"
REASON_FOREIGN = "файл не создан msoko"
REASON_EDITED = "файл изменён вручную"
REASON_EDITED_SINCE = "файл изменён вручную после последней генерации"
REASON_FORCED = "{what}; перезапись по --force (копия сохранена)"
REASON_CHANGED = "изменились: {inputs}"
REASON_UNCHANGED = "входные данные не менялись"
APPROVED_KEPT = " (утверждённая {day} версия сохранена)"
NOT_OVERWRITTEN = (
    "{reason}{since}; msoko не перезапишет его. Перенесите правки в источники или запустите "
    "«msoko regen --force» (будет сохранена копия)"
)
OUT_OF_DATE = "документ не соответствует источникам ({reason}); запустите «msoko regen all»"
APPROVALS_DAMAGED = "журнал утверждений повреждён; восстановите его из системы контроля версий"
SNAPSHOT_DAMAGED = (
    "утверждённая версия документа {document} от {day} отсутствует или повреждена; восстановите её "
    "из системы контроля версий"
)
NOTHING_APPROVED = "нет утверждённых версий: сначала выполните «msoko approve»"
LIBREOFFICE_MISSING = (
    "LibreOffice не найден: установите его командой «sudo apt-get install -y "
    "--no-install-recommends libreoffice-writer-nogui fonts-liberation2 python3-uno»"
)
LIBREOFFICE_FAILED = "LibreOffice не смог преобразовать в PDF: {names}"
REDLINE_FAILED = "не удалось сравнить с утверждённой версией: программа сравнения документов завершилась с ошибкой"
REDLINES_MISSING = (
    "не найден модуль сравнения документов python-redlines; установите его командой "
    "«pip install 'python-redlines[docxodus]>=2.0'»"
)
TEMPLATE_UNUSABLE = "шаблон не годится: {problem}"
MANIFEST_NOT_JSON = "не JSON"
MANIFEST_FIELDS_MISSING = "нет нужных полей"

# --- data ---
ROADMAP_MISSES_MECHANISM = (
    "дорожная карта не охватывает механизм {code} «{title}»: добавьте раздел с полем "
    'mechanism: "{code}" или отметьте мероприятия полем mechanisms'
)
CONTROL_WITHOUT_OFFICIAL = (
    "в пункте о контроле не названо должностное лицо: укажите должность, инициалы и фамилию "
    "(«… возложить на заместителя начальника управления образования А.А. Иванова») "
    "или «Контроль … оставляю за собой»"
)
ASSESSMENT_AFTER_APPROVAL = (
    "самооценка за {year} год утверждается актом «{act}» от {date}, а {year} год ещё не "
    "закончился: акт, утверждающий итоги года, издаётся после его окончания"
)
EVIDENCE_AFTER_APPROVAL = (
    "подтверждающий документ ({kind} от {date}) датирован позже акта «{act}» от {act_date}, "
    "утверждающего итоги самооценки: итоги не могут опираться на документ, которого ещё не было"
)
SHARE_DISAGREES = (
    "доля набранных баллов по источнику ({stated}) не равна {earned} из {possible} ({computed}): "
    "исправьте долю или баллы; без доли по источнику она считается по баллам"
)
CITES_LATER_ACT = (
    "акт № {number} от {date} издан позже документа, который на него ссылается (документ датирован {issued})"
)
# --- content ---
ABBREVIATION_NOT_IN_GLOSSARY = (
    "сокращение «{word}» не определено в перечне сокращений (glossary.yaml → terms): "
    "его нельзя ввести при первом упоминании"
)
GLOSSARY_TERM_TWICE = "сокращение «{term}» указано в перечне сокращений дважды"

CITATION_UNLISTED = (
    "реквизиты акта от {date} № {number} не сверены: внесите акт в перечень цитируемых актов проекта "
    "и отметьте, что дата и номер сверены с официальным опубликованием (или что автор принимает их "
    "без сверки)"
)
CITATION_UNVERIFIED = (
    "реквизиты акта от {date} № {number} в перечне цитируемых актов не отмечены как сверенные: сверьте "
    "их с официальным опубликованием или отметьте, что автор принимает их без сверки"
)


# Where a problem of the machine, not of a file, is reported.
LOCATION_ENVIRONMENT = "<окружение>"
LOCATION_COMMAND_LINE = "<командная строка>"
ALL_DOCUMENTS = "все"
DOCUMENT_FORMS = ("документ", "документа", "документов")

# What a build is made from, as the reasons of a rebuild name it («изменились: программа msoko, каталог …»).
INPUT_GENERATOR = "программа msoko"
INPUT_CATALOG = "каталог {id}"
INPUT_NO_FILE = "нет файла"
ACT_TITLE = "{kind} от {date} № {number}"
DECISION_WITHOUT_OBJECT = (
    "управленческое решение «{decision}» не называет предмет и объём: приказ об итогах мониторинга поручит "
    "подготовить предложения «{decision}», которые нельзя ни исполнить, ни проверить; напишите, кого или что оно "
    "касается и в каком объёме (например, «о мерах методической и организационной поддержки педагогов-наставников ОО»)"
)
CYCLE_DEADLINE_UNREADABLE = (
    "срок «{value}» не называет дату: укажите день и месяц («до 1 декабря», «до 1 июля года, следующего за отчётным»)"
)

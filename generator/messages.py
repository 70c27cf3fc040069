"""Every Russian message about the sources, in one place."""

from __future__ import annotations

FILE_MISSING = "файл не найден"
FILE_UNREADABLE = "файл не удаётся прочитать: {reason}"
NOT_UTF8 = "файл не в кодировке UTF-8 (недопустимый байт {byte}); сохраните его в UTF-8"
CP1251_HINT = " — похоже, он сохранён в Windows-1251"
NOT_UTF8_UTF16 = "файл в кодировке UTF-16; сохраните его в UTF-8"
BAD_CHARACTER = "недопустимый символ {code} (управляющий символ); удалите его"
CHARACTER_DROPPED = "символ {code} недопустим в документе Word и будет удалён"
KEY_NOT_TEXT = "ключ должен быть текстом"
DUPLICATE_KEY = "ключ «{key}» повторяется (впервые указан в строке {line})"
YAML_GENERIC = "синтаксическая ошибка YAML"

_YAML_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("did not find expected node content", "не найдено значение: не закрыты скобки или кавычки"),
    ("mapping values are not allowed", "двоеточие здесь недопустимо: проверьте отступы или заключите значение в кавычки"),
    ("could not find expected ':'", "не найдено двоеточие после ключа: проверьте отступы и кавычки"),
    ("cannot start any token", "символ не может начинать значение (табуляция или «@», «`»); используйте пробелы или кавычки"),
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
}
PYDANTIC_FALLBACK = "поле {field}: недопустимое значение"
ROOT_NOT_MAPPING = "файл должен содержать набор полей «ключ: значение»"
PATTERN_HINTS: dict[str, str] = {
    r"^[0-9]+(\.[0-9]+)*$": " (ожидается код из цифр и точек: «1.1», «1.1.3»)",
    r"^[a-z0-9][a-z0-9._-]{0,63}$": " (ожидается идентификатор латиницей: «prikaz-2021-112», «polozhenie-1.1»)",
}
NAME_PATTERN_HINT = " (ожидаются инициалы и фамилия: «А.А. Иванов»)"

# Cross-file references.
UNKNOWN_CATALOG = "неизвестная редакция каталога «{value}»; доступны: {known}"
UNKNOWN_MECHANISM = "механизм «{code}» отсутствует в каталоге «{catalog}» и среди местных механизмов"
UNKNOWN_ACT = "акт «{value}» не найден: нет файла regulations/acts/{value}.yaml"
BAD_ACT_FILE_NAME = "имя файла акта «{name}» должно быть идентификатором латиницей: «prikaz-2021-112.yaml»"
NOT_AN_APPENDIX = "документ «{document}» утверждается актом «{act}», но не указан в его приложениях (acts/{act}.yaml → appendices)"
UNKNOWN_DOCUMENT = "документ «{value}» не найден; есть: {known}"
APPROVAL_DISAGREES = "документ «{document}» приложен к акту «{act}», но в его источнике approved_by: {other}"
APPENDIX_TWICE = "документ «{document}» уже приложен к акту «{other}»"
DUPLICATE_APPENDIX = "номер приложения {number} повторяется"
APPENDIX_GAP = "номера приложений идут с пропуском: нет приложения {numbers}"
DUPLICATE_MECHANISM_CODE = "код механизма «{code}» уже есть в каталоге «{catalog}»"
DUPLICATE_REGULATION = "для механизма «{code}» уже есть положение: {other}"
DUPLICATE_INDICATOR = "код показателя «{code}» повторяется (впервые: {other})"
INDICATOR_OUTSIDE_MECHANISM = "код показателя «{code}» должен начинаться с кода механизма «{mechanism}.»"
DUPLICATE_IN_LIST = "механизм «{code}» указан в списке повторно"
FILE_REQUIRED = "нет обязательного файла; создайте его (пример — в README)"
NO_REGULATIONS_DIR = "папка regulations/ не найдена: это не проект msoko (укажите --project)"

# Completeness.
NO_REGULATION = "для механизма {code} «{title}» нет Положения о мониторинге (создайте: msoko new {code})"
UNMAPPED_TEXT = ("текст, не распознанный при импорте ({count}), в документ не попадает: перенесите его "
                 "в нужные разделы и удалите поле «unmapped»")
PART_EMPTY = "не заполнена часть «{part}»"
PART_PLACEHOLDER = "часть «{part}» содержит заглушку «{marker}»: заполните её"
FIELD_PLACEHOLDER = "поле {field} содержит заглушку «{marker}»: заполните его"
INDICATOR_NO_METHOD = "у показателя {code} не указан метод сбора информации (method)"
INDICATOR_NO_PERIODICITY = "у показателя {code} не указана периодичность (periodicity)"
INDICATOR_NO_SCORING = "у показателя {code} нет шкалы оценивания (scoring)"
INDICATOR_NOT_MEASURABLE = "показатель {code} неизмерим: не указан способ расчёта (calculation)"
INDICATOR_NO_SOURCE = "у показателя {code} не указан источник данных (source)"
CYCLE_STEP_MISSING = "управленческий цикл не замкнут: не описан шаг «{step}» ({where})"
MECHANISM_NOT_IN_MSOKO = "механизм {code} не указан в Положении о МСОКО (msoko.yaml → mechanisms)"
MSOKO_MECHANISM_WITHOUT_REGULATION = "механизм «{code}» включён в МСОКО, но его Положения нет"

# Cross-document consistency.
CONCEPT_WITHOUT_REGULATION = "механизм {code} включён в Концепцию, но его Положения о мониторинге нет"
MECHANISM_NOT_IN_CONCEPT = "механизма {code} нет в Концепции: для него не заданы целевые ориентиры"
CITATION_DATE_DISAGREES = "акт № {number} указан с датой {date}, а в regulations/acts/ он датирован {actual}"
NO_ADMINISTRATION = "постановление издаёт администрация: добавьте в project.yaml раздел administration (наименование, бланк, глава)"

# --- content ---
ABBREVIATION_NOT_IN_GLOSSARY = ("сокращение «{word}» не определено в перечне сокращений (glossary.yaml → terms): "
                                "его нельзя ввести при первом упоминании")
GLOSSARY_TERM_TWICE = "сокращение «{term}» указано в перечне сокращений дважды"

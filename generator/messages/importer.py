"""What ``msoko import`` says: the report of what it recognised, left out or guessed, and why it refused a file."""

from __future__ import annotations

# The report of ``msoko import``: what it recognised, left out, guessed, or could do with --fill-from-sections.
IMPORT_REQUISITES = "реквизиты (в текст Положения не переносятся)"
IMPORT_SIGNATURE = "подпись: {signed} ← {where}"
IMPORT_AGREED = "согласовано: {text} ← {where}"
IMPORT_ACQUAINTANCE = "лист ознакомления ← {where}"
IMPORT_ACT_FROM_APPENDIX_MARK = (
    "акт утверждения {act} определён по отметке о приложении: грифа «УТВЕРЖДЕНО» в документе нет"
)
IMPORT_TASKS_INLINE = "{where}: задачи перечислены в одной строке через «;» — записаны пунктами ({count})"
IMPORT_TABLE_LEAD_IN = "вводная фраза «{text}» опущена: она вводит таблицу показателей, которую msoko пишет сам"
IMPORT_CRITERIA_LEAD_IN = "вводная фраза «{text}» опущена: с неё начинаются критерии оценивания"
IMPORT_INDICATOR_BANDS = "шкала оценивания показателя «{name}» ← {where}"
IMPORT_CRITERIA_TABLE = "шкалы оценивания ({count}) ← {where}, таблица {table}"
IMPORT_PASSPORT_TABLE = "{fields} ({count}) ← {where}, таблица {table}"
IMPORT_TOTAL = "итоговая сумма баллов и группы по ней ({groups}) ← {where}"
IMPORT_QUALITATIVE_BANDS = (
    "показатель {code}: условия шкалы оставлены текстом ({conditions}) — это качественная "
    "шкала; если условие — число, запишите его границами «от» и «до»"
)
IMPORT_COMMON_SCALE = "общая шкала оценивания ({levels}) ← {where}: применена к показателям без своей шкалы ({count})"
IMPORT_SCALE_WITHOUT_BANDS = (
    "{where}: шкала «от 0 до … баллов» названа без условий для каждого балла; шкалы "
    "показателей {codes} не заполнены — дополните"
)
IMPORT_MISSING_PARTS = (
    "в документе не найдены части: {parts} — msoko check попросит их заполнить; если они есть "
    "под другим заголовком, перенесите текст из поля «unmapped»"
)
IMPORT_MISSING_PARTS_ABSENT = (
    "в документе не найдены части: {parts} — msoko check попросит их заполнить; весь "
    "остальной текст документа распознан, так что в документе их нет"
)
IMPORT_FILLED = "{what} «{value}» ← {where}: {written} в показатели без {pronoun} (--fill-from-sections): {codes}"
IMPORT_FILL_OFFERED = (
    "у показателей {codes} {missing} {what}; {where} называет {common} — «{value}»: перенести в "
    "показатели — msoko import --fill-from-sections"
)
IMPORT_SCHEDULE_AMBIGUOUS = "{where}: названо несколько вариантов ({values}); {what} в показатели не переносится"
IMPORT_DOCUMENT_EXISTS = "{document} уже {described} в {other}; msoko не перезапишет его"
IMPORT_PREAMBLE = "текст между заголовком и первым разделом отнесён к общим положениям: раздела «Общие положения» нет"
IMPORT_CRITERIA_TEXT = (
    "Значение каждого показателя оценивается в баллах по шкале, установленной для него в таблице показателей."
)
IMPORT_CRITERIA_ORIGIN = "записано при импорте: критерии даны только шкалами показателей"
IMPORT_CRITERIA_FROM_BANDS = (
    "критерии оценивания даны только шкалами в таблице показателей; в часть «критерии "
    "оценивания» записано «{text}» — проверьте"
)
IMPORT_CONTENTS = "оглавление ← {where}"
IMPORT_READ = "как прочитан файл"
IMPORT_INDICATOR_PROSE = (
    "{where}: текст о показателях помимо таблицы отнесён к методам сбора и обработки "
    "информации — проверьте, там ли ему место"
)
IMPORT_PASSAGES = "показатели ({count}) ← {where}, абзацы «Показатель N. …» с описанием и шкалой под каждым"
IMPORT_GROUP_HEADING = "«{text}» ({where}): заголовок группы показателей, опущен — msoko группирует показатели по типу"
IMPORT_OWN_APPENDIX = "приложение к Положению «{text}» ← {where}"
IMPORT_CRITERIA_APPENDIX = (
    "приложение «Критерии самооценки …» ← {where}: msoko пишет его сам из критериев самооценки "
    "(своих или regulations/criteria.yaml); текст приложения не переносится — сверьте критерии"
)
IMPORT_GROUP_ROW = "{where} «{text}»: строка-группа, пропущена"
IMPORT_COLUMN_NUMBERS = "{where}: номера граф («1 2 3 …») пропущены"
IMPORT_ACT_READ = (
    "{kind} № {number} от {date}: номер, дата, заголовок, преамбула, пункты и контроль исполнения; "
    "приложения ({count}): {documents}"
)
IMPORT_ACT_EXISTS = "акт {act}, приложением к которому было Положение, уже есть в проекте: его источник не изменён"
IMPORT_ACT_NUMBER_TAKEN = (
    "в проекте уже есть {kind} № {number} {year} года с другой датой: этот записан отдельно, "
    "прежний не изменён; проверьте номер — один номер в году дают одному документу"
)
IMPORT_ACT_UNREAD = (
    "текст перед приложениями похож на приказ или постановление, но его вид, номер или дата не "
    "прочитаны: источник акта не создан — добавьте его в regulations/acts/"
)
IMPORT_ACT_PART_MISSING = "в акте не найдена часть «{part}» — дополните источник акта"
IMPORT_TOO_LARGE = "файл больше {limit} МБ; msoko не читает его — Положение с приложениями занимает несколько мегабайт"
IMPORT_DAMAGED = "файл повреждён или не является документом Word, OpenDocument, RTF или PDF"
IMPORT_LIBREOFFICE_MISSING = (
    "файл {kind} читается через LibreOffice, а он не найден: установите его командой "
    "«sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui» "
    "или сохраните файл как .docx"
)
IMPORT_CONVERT_FAILED = "LibreOffice не смог преобразовать файл {kind} в .docx: файл повреждён или защищён паролем"
IMPORT_CONVERTED = "файл {kind} преобразован в .docx через LibreOffice"
IMPORT_PDF_PAGES = "в PDF {pages} страниц, больше {limit}; msoko читает Положения не длиннее {limit} страниц"
IMPORT_PDF_UNREADABLE = "PDF повреждён или защищён паролем: {reason}"
IMPORT_PDF_READ = "PDF ({pages}) прочитан по текстовому слою: строки соединены в абзацы, переносы слов сняты"
IMPORT_PDF_FURNITURE = "колонтитулы и номера страниц удалены ({count}): {examples}"
IMPORT_PDF_TABLE_JOINED = "таблица {table} продолжена на следующей странице: части соединены"
IMPORT_PDF_COLUMN_NUMBERS = "строка номеров граф («{text}») в таблице {table} пропущена"
IMPORT_OCR_MISSING = (
    "PDF без текстового слоя (скан) распознаётся программой tesseract с русской моделью, а она не "
    "найдена: установите её командой «sudo apt-get install -y tesseract-ocr tesseract-ocr-rus»"
)
IMPORT_OCR_READ = (
    "страницы {pages} — скан без текстового слоя: текст распознан (tesseract, русский язык); "
    "каждый абзац сверьте с оригиналом"
)
IMPORT_OCR_FIELD = "{field} ← {where}: текст распознан со скана — сверьте с оригиналом"
IMPORT_REFLOWED = (
    "каждая строка документа была отдельным абзацем (документ преобразован из PDF?): строки "
    "соединены в абзацы ({count}), переносы слов сняты"
)
IMPORT_REVISIONS = (
    "в документе не приняты исправления ({count}; авторы: {authors}): прочитаны как принятые — "
    "удалённый текст не перенесён, вставленный перенесён"
)
IMPORT_COMMENTS = "примечания ({count}; авторы: {authors}) не перенесены: прочтите их в документе"
IMPORT_STAMP_WITHOUT_ACT = "в грифе утверждения не назван акт (приказ … от … № …); поле approved_by не заполнено"
IMPORT_DEFAULT = "{where}: {field} не {given}, {taken} «{value}»"

# Why a file is not imported.
IMPORT_EMPTY = "документ пуст"
IMPORT_NO_TITLE = "не найден заголовок {looked_for} (первый абзац: «{first}»)"
IMPORT_NOT_A_REGULATION = "{where}не похоже на Положение: {problem}"
IMPORT_APPENDIX_WHERE = "приложение {number}: "
IMPORT_FILE_MISSING = "файл не найден"
IMPORT_IS_A_FOLDER = "это папка, а не файл"
IMPORT_FILE_UNREADABLE = "файл не читается: {reason}"
IMPORT_UNKNOWN_MECHANISM = "механизм {code} не найден в каталоге {catalog}"
IMPORT_MECHANISM_UNRECOGNISED = "не удалось определить механизм по заголовку «{title}»; укажите его: --mechanism КОД"
IMPORT_MECHANISM_EXISTS = "механизм {code} уже описан в {other}; msoko не перезапишет его"
IMPORT_SOURCE_FAILED = "не удалось построить источник по этому документу"
IMPORT_ACT_SOURCE_FAILED = "не удалось построить источник акта по этому документу"

# How a document was recognised.
IMPORT_MECHANISM_GIVEN = "механизм {code} указан в --mechanism"
IMPORT_MECHANISM_BY_CODES = "механизм {code} определён по кодам показателей"
IMPORT_MECHANISM_BY_WORDING = "механизм {code} «{title}» определён по заголовку: формулировка «{wording}»"
IMPORT_MECHANISM_BY_TITLE = "механизм {code} «{title}» определён по заголовку"
IMPORT_KIND_BY_TITLE = "{kind} {recognised} по заголовку"
IMPORT_KIND_RECOGNISED = "определен"
IMPORT_KIND_DESCRIBED = "описан"
IMPORT_MECHANISM_NOT_APPLICABLE = "; --mechanism к нему не относится"
IMPORT_ACT_HOW = "{kind} № {number} от {date}"

# The report's sections and lines.
IMPORT_MAPPED = "сопоставлено"
IMPORT_GUESSED = "угадано, проверьте"
IMPORT_UNMAPPED = "не распознано, сохранено в поле «unmapped»"
IMPORT_TITLE_CAPITALS = "заголовок набран прописными; записан как «{title}» — проверьте имена собственные"
IMPORT_TITLE = "заголовок ← {where}: «{title}»"
IMPORT_BEFORE_TITLE = "до заголовка, {where}"
IMPORT_BEFORE_FIRST_SECTION = "до первого раздела"
IMPORT_LEAD_IN_WHERE = "вводная фраза «{name}»"
IMPORT_SECTION_WHERE = "раздел «{name}»"
IMPORT_SUBSECTION_WHERE = "{where}, «{name}»"
IMPORT_TEXT_CAPITALS = "{where}: текст набран прописными; записан строчными — проверьте имена собственные"
IMPORT_SPLIT_BY_LEAD_IN = "по вводной фразе «Задачи…:»"
IMPORT_SPLIT_BY_LIST = "по первому пункту списка"
IMPORT_GOAL_AND_TASKS = "{where}: цель и задачи в одном разделе; разделены {split}"
IMPORT_ITEMS_LEAD_IN = "вводная фраза «{text}» опущена: {field} записываются пунктами"
IMPORT_TABLE_ROW_WHERE = "таблица {table}, строка {row}"
IMPORT_NO_SUBSECTIONS = "{where}: без подразделов; текст отнесён к анализу результатов"
IMPORT_BY_CODE = "по коду"
IMPORT_BY_TITLE_WORDS = "по словам названия"
IMPORT_MECHANISM_NOT_IN_CATALOG = "{where}: «{line}» — такого механизма нет в каталоге"
IMPORT_MECHANISM_LINE = "{where}: «{line}» — механизм {code} ({how})"
IMPORT_MECHANISMS = "механизмы ({count}) ← {where}"
IMPORT_NO_MECHANISMS = "перечень механизмов не найден: указаны все механизмы каталога — уберите лишние"
IMPORT_CODE_REPLACED = "код «{code}» заменён на «{qualified}»"
IMPORT_CODE_GIVEN = "присвоен код «{qualified}»"
IMPORT_INDICATOR_CODE = "показатель «{name}»: {what}"
IMPORT_NO_STAMP = "гриф утверждения не найден; поле approved_by не заполнено"
IMPORT_APPROVED_BY = "утверждено актом {act}"
IMPORT_UNKNOWN_STAMP_ACT = "гриф: {note} — такого акта нет в regulations/acts/; approved_by не заполнено"
IMPORT_STAMP_HEADING = "Гриф утверждения"
IMPORT_STAMP_UNMAPPED = "утверждено {note} (источника акта нет в regulations/acts/)."
IMPORT_ACT_NOTE = "{kind} № {number}"
IMPORT_ACT_NOTE_DATED = "{kind} от {date} № {number}"
IMPORT_INDICATORS_TABLE = "показатели ({count}) ← {where}, таблица показателей"
IMPORT_INDICATORS_LEAD_IN = "вводная фраза «{text}» опущена: показатели записываются паспортами"
IMPORT_INDICATORS_LIST = "показатели ({count}) ← {where}, список"
IMPORT_INDICATORS_LIST_ONLY = (
    "{where}: показатели записаны списком, без таблицы; расчёт, источник, периодичность и шкалу оценивания дополните"
)
IMPORT_INDICATORS_IN_TABLE = "показатели ({count}) ← {where}, таблица {table}"
IMPORT_OWN_APPENDIX_WHERE = "приложение к Положению"
IMPORT_COLUMNS_UNKNOWN = "{where}: графы {columns} не распознаны, их текст — в «unmapped»"
IMPORT_COLUMN_NAME = "«{name}»"
IMPORT_ROW_WHERE = "{where}, таблица {table}, строка {row}"
IMPORT_GROUP_TYPE = "{place} «{text}»: тип показателей ниже — «{type}»"
IMPORT_INDICATOR_COLUMN = "показатель {indicator}, графа «{column}»"
IMPORT_INDICATOR_ROW = "{where}, строка {row} таблицы {table}"
IMPORT_SCALE_WHERE = "{where}: шкала оценивания"
IMPORT_ORGANIZATIONS_WHERE = "{where}: организации"
IMPORT_ACT_BASIS = "преамбула"
IMPORT_ACT_CONTROL = "пункт о контроле исполнения"
IMPORT_NO_AUTHORS = "не указаны"

# Where a text was found («абзацы 4–9 (пп. 2.1–2.3), таблица 1»).
IMPORT_PARAGRAPH = "абзац {number}"
IMPORT_PARAGRAPH_CLAUSE = " (п. {clause})"
IMPORT_PARAGRAPHS = "абзацы {first}–{last}"
IMPORT_PARAGRAPHS_CLAUSES = " (пп. {first}–{last})"
IMPORT_TABLE = "таблица {table}"
IMPORT_TEXT_BOX = "надпись"
IMPORT_SCHEDULE_SECTION = "раздел о сроках"
IMPORT_METHODS_SECTION = "раздел о методах"
IMPORT_ROWS = "строки"
IMPORT_PARAGRAPHS_NOUN = "абзацы"

# The words of a report line agreeing with a field: what it is, «не указан», «общий», «записан»; the defaults'.
IMPORT_FILL_WORDS = {
    "method": ("метод сбора", "не указан", "общий", "записан"),
    "periodicity": ("периодичность", "не указана", "общую", "записана"),
    "deadline": ("срок", "не указан", "общий", "записан"),
}
IMPORT_FILL_PRONOUNS = {"periodicity": "неё", "method": "него", "deadline": "него"}
IMPORT_DEFAULT_WORDS = {
    "тип": ("указан", "принят"),
    "уровень": ("указан", "принят"),
    "единица измерения": ("указана", "принята"),
}
IMPORT_DEFAULT_WORDS_NEUTER = ("указано", "принято")
IMPORT_REVISION_NOUN = "исправление"
IMPORT_COMMENT_NOUN = "примечание"
IMPORT_INDICATOR_NOUN = "показатель"
IMPORT_GROUP_NOUN = "группа"
IMPORT_LEVEL_NOUN = "уровень"

# The head of a source written by import.
IMPORT_SOURCE_ORIGIN = "# Импортировано командой «msoko import» из {file}."
IMPORT_SOURCE_COMMENTS = "# Комментарии указывают, из какого места документа взято каждое поле."
IMPORT_ACT_ORIGIN = "# Импортировано командой «msoko import» из {file}: акт, приложениями к которому были Положения."
IMPORT_PAGE_NOUN = "страница"

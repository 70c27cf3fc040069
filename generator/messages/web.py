"""Every Russian message of ``msoko serve`` that Python composes: the error and refusal pages, the notices and form
errors, the words the dashboard, the review and the monitoring pages fill in. A page's own text (its headings,
labels and buttons) stays in its Jinja template under ``generator/web/templates/``: that is the page."""

from __future__ import annotations

# The server, as ``msoko serve`` prints it.
NOT_LOOPBACK = (
    "Внимание: сервер доступен не только с этого компьютера ({host}). Любой, кто откроет "
    "адрес, сможет править документы проекта. Используйте --host только в доверенной сети."
)
STARTED = "msoko serve: откройте {url} (остановить — Ctrl+C)"

# A page for a failure: its heading by HTTP status (any other status: ERROR_OTHER), then its text.
REFUSED = "Запрос отклонён"
ERROR_TITLES = {
    400: "Неверный запрос",
    403: REFUSED,
    404: "Не найдено",
    405: "Недопустимое действие",
    409: "Не получилось",
    413: REFUSED,
    500: "Внутренняя ошибка",
}
ERROR_OTHER = "Ошибка запроса"
FIX_AND_RETRY = "Исправьте и повторите:"
HOME = "На главную"
NOT_FOUND = "Такой страницы нет."
MALFORMED_REQUEST = "Запрос не разобран: он пришёл в неверном виде. Обновите страницу и повторите действие."
BAD_REQUEST = "Запрос не разобран: в форме слишком много полей или слишком длинное поле. Обновите страницу и повторите."
METHOD_NOT_ALLOWED = "Это действие так не выполняется."
INTERNAL = "Внутренняя ошибка msoko ({kind}). Ваши файлы не изменены. Сообщите разработчикам, что вы делали перед этим."
CSRF_FAILED = "Запрос отклонён: форма устарела или отправлена с другого сайта. Обновите страницу и повторите действие."
ORIGIN_REFUSED = "Запрос отклонён: изменять проект можно только со страниц самого msoko."
HOST_REFUSED = "Запрос отклонён: неизвестный адрес сервера."
BODY_TOO_LARGE = "Запрос отклонён: слишком большой объём данных формы."
UPLOAD_TOO_LARGE = (
    "Книги не загружены: {size}за одну загрузку принимается не более {limit}\u00a0МБ. Ничего не сохранено. "
    "Загрузите книги по нескольку за раз (данные одной загрузки не стирают данные другой) или сохраните большую "
    "книгу заново без картинок и лишних листов."
)
UPLOAD_SIZE = "выбранные файлы вместе занимают {size}\u00a0МБ, а "
BACK_TO_MONITORING = "Вернуться к мониторингу за {year}\u00a0год"
LIST_TOO_LONG = "в форме больше {limit} элементов одного списка: такую форму страницы приложения не отправляют"

# The dashboard: the sources besides the documents' own, a part of a Положение, a document's state.
PROFILE = "Профиль проекта"
GLOSSARY = "Сокращения"
ORGANIZATIONS = "Организации"
ACT = "Распорядительный акт"
PROFILE_LISTED = "Профиль проекта (орган, руководитель, оформление)"
GLOSSARY_LISTED = "Сокращения (расшифровываются в документах при первом упоминании)"
ORGANIZATIONS_LISTED = "Организации (от них собираются данные мониторинга)"
PART_STATES = {"filled": "заполнено", "empty": "пусто", "placeholder": "заготовка"}
"""A part of a Положение in the completeness matrix, by its state (``PartStatus``)."""
NO_REGULATION = "нет Положения"
REGULATION_UNREADABLE = "ошибка в файле"
HEALTH_ERRORS = "ошибок: {errors}"
HEALTH_AND_WARNINGS = ", предупреждений: {warnings}"
HEALTH_WARNINGS = "предупреждений: {warnings}"
SCORE = "{earned} из {possible}"
EVALUATION_PENDING = "Самооценка появится, когда источники будут читаться без ошибок."
EDITED_BY_HAND = "изменён вручную"
CURRENT = "актуален"
STALE = "нужно пересобрать"
NOT_BUILT = "ещё не собран"
APPROVED_STATE = "утверждён {day} ({by})"
CHANGED_SINCE_APPROVAL = "изменён после утверждения {day}"
FILTER_ALL = "все ({count})"
FILTER_ERRORS = "ошибки ({count})"
FILTER_WARNINGS = "предупреждения ({count})"
FILTER_ALL_DOCUMENTS = "все документы"
FILTER_OTHER = "прочее"

# Editing a source.
SAVED = "Сохранено."
RESTORED = "Восстановлены несохранённые правки: проверьте их и сохраните."
SAVE_BLOCKED = "Не сохранено: исправьте ошибки, отмеченные у полей."
CHANGED_ON_DISK = (
    "файл изменился на диске после того, как вы открыли форму (его правили в другом окне или "
    "редакторе); ничего не записано. Откройте форму заново — ваши правки показаны ниже, перенесите их"
)
NO_SOURCE = "Такого источника в проекте нет: открыть можно только файлы из папки regulations/."
BREAKS_OTHERS = (
    "Сохранение нарушит другие документы проекта. Сохраните как черновик, если исправите их "
    "позже, или вернитесь к правке."
)
LEAVES_DATA_OUT = (
    "Данные, уже собранные от организаций, которых не будет в списке, останутся в проекте, но в "
    "результатах и документах мониторинга учитываться не будут. Сохраните, если организация действительно выбыла, или "
    "вернитесь к правке; вернув её в список с прежним идентификатором, вы вернёте и её данные."
)
APPROVAL_BLOCKS = {
    "stamp": "гриф утверждения",
    "appendix": "отметка о приложении",
    "both": "гриф утверждения (прежнее «и то и другое»)",
}
"""The choices of the profile's approval block, in words."""
LOCAL_NO_TITLE = "напишите название механизма: например, «Система мониторинга здоровья обучающихся»"
LOCAL_NO_GROUP = "выберите, к какой группе механизмов относится новый"

# The years and mechanisms of an organization's collected data, in ORPHANED_ROWS (messages/monitoring.py).
ONE_YEAR = "{year} год"
SEVERAL_YEARS = "{years} и {last} годы"
ONE_MECHANISM = "механизму {code}"
SEVERAL_MECHANISMS = "механизмам {codes}"
YEARS_AND_MECHANISMS = "за {years} по {mechanisms}"

# A check's message as a page says it: a command's advice becomes the button that does the same, a file the
# document it is; each pair is (a regular expression over the CLI's message, its replacement).
NOTHING_APPROVED = "Документы ещё не утверждались: сначала утвердите их на этой странице."
COMMANDS_AS_BUTTONS: tuple[tuple[str, str], ...] = (
    (r"запустите «msoko regen all»", "пересоберите документы (кнопка «Пересобрать документы» на обзоре)"),
    (r"«msoko regen --force»", "пересборкой с отметкой «перезаписать изменённые вручную»"),
    (r"\(создайте: msoko new [^)]*\)", "(создайте его на странице «Новое Положение»)"),
    (r" \(acts/[\w.-]+\.yaml → appendices\)", " (раздел «Приложения» приказа)"),
    (r" \(msoko\.yaml → mechanisms\)", " (поле «Механизмы» Положения о МСОКО)"),
    (r" \(glossary\.yaml → terms\)", " (источник «Сокращения» на обзоре)"),
    (r"нет файла regulations/acts/[\w.-]+\.yaml", "такого акта в проекте нет"),
    (r"добавьте в project\.yaml раздел administration", "добавьте в профиль проекта сведения об администрации"),
    (
        r': добавьте раздел с полем mechanism: "([\d.]+)" или отметьте мероприятия полем mechanisms',
        r": добавьте в дорожную карту раздел для механизма \1 (кнопка «Сохранить и добавить раздел в дорожную "
        r"карту» в форме его Положения)",
    ),
    (r"не командой «msoko collect forms»", "не на странице «Мониторинг» msoko"),
    (
        r"за (\d{4}) год, а собираются данные за (\d{4}) год$",
        r"за \1 год, а на этой странице принимаются данные за \2 год: загрузите её на странице мониторинга за \1 год",
    ),
    (
        r": создайте regulations/organizations\.yaml \(пример — в README\)",
        ": его добавляет в проект тот, кто настраивал msoko (образец — в руководстве)",
    ),
    (r" \(строка \d+\)", ""),  # the line of the file the form hides: the organization is named beside it
    (r"regulations/mechanisms/([\d.]+?)\.yaml(?::\d+)*", r"Положение о мониторинге \1"),
    (r"regulations/acts/([\w.-]+?)\.yaml(?::\d+)*", r"акт \1"),
)

# Building, approving, handing over.
BUILD_LOST = (
    "сборка прервалась, не сообщив итога (внутренняя ошибка msoko); подробности — в окне, где запущен «msoko serve»"
)
NO_DOCUMENT = "Такого документа нет: сначала соберите документы."
NO_REDLINE = "Исправлений к этому документу нет: сначала сравните с утверждёнными версиями."
REDLINE_FILE = "исправления-{name}"
PDFTOPPM_MISSING = (
    "программа pdftoppm не найдена: установите пакет poppler-utils («sudo apt-get install -y poppler-utils»)"
)
APPROVER_MISSING = "укажите, кто утверждает: например, «Юрист Е.В. Смирнова»"
NOTHING_CHOSEN = "Отметьте хотя бы один документ, который утверждается."
NOT_CONFIRMED = "Подтвердите утверждение: отметьте «Документы проверены, утвердить»."
APPROVED_BY_KIND = {
    "положение": "утверждено",
    "постановление": "утверждено",
    "концепция": "утверждена",
    "приказ": "утверждён",
    "план": "утверждён",
    "результаты": "утверждены",
}
"""The participle that agrees with the document's first word; anything else gets APPROVED_OTHER."""
APPROVED_OTHER = "утверждена редакция"

# Monitoring: the workbooks handed out and taken back.
FORM_FILE = "сбор-данных-{year}-{code}.xlsx"
FORMS_ARCHIVE = "сбор-данных-{year}.zip"
NO_FILES = "Выберите хотя бы одну заполненную книгу."
NO_MECHANISM = "Такого механизма в проекте нет: его Положение о мониторинге не найдено."
NO_ORGANIZATION = "Такой организации нет в списке организаций проекта."
UNNAMED_FILE = "без имени"
ATTACHED_TWICE = "Файл «{copy}» приложен дважды: он совпадает с «{first}» байт в байт и учтён один раз."
COLLECTED_BEFORE = "Собранные ранее данные за {year} год по механизму {code}"
THE_PROJECT = "Проект"
ON_SHEET = "лист «{sheet}»"
AT_CELL = ", ячейка {cell}"
AT_LINE = "строка {line}"
WHOLE_FILE = "весь файл"
WHOLE_BOOK = "вся книга"
"""Where a problem of a workbook as a whole is: not a sheet or a cell of it."""
YEAR_PAGE_LINK = r"странице мониторинга за (\d{4})\sгод"
"""The words of a message that name a year's page (a workbook of another year): made a link to it."""
ACCEPTED = "Принято: {rows}, {values}."
ACCEPTED_SCHOOLS = "{schools} ОО"
ACCEPTED_WHOLE = "строка округа"
ACCEPTED_BREAKDOWN = "разбивка по организациям"
"""What an upload brought, joined: the organizations' own rows, the округ's, the breakdowns the УО fills."""
BREAKDOWN_ROW = ("{name}, по показателю {codes}", "{name}, по показателям {codes}")
"""An organization whose row brought a breakdown's cells alone (the УО's), not its own data."""
VALUE_FORMS = ("значение", "значения", "значений")
UNCHANGED = "без изменений"
NEW_DATA = "новые данные: {values}"
CHANGED_OF = "изменено {changed} из {values}"
NOT_FILLED = "не заполнено"

# Monitoring: the year's documents.
DOCUMENTS_OF_ANOTHER_YEAR = (
    "Аналитические справки, адресные рекомендации и приказы об итогах составляются за {made_for}\u00a0год — год, "
    "заданный в профиле проекта, в разделе о мониторинге. Чтобы составить их за {year}\u00a0год, укажите этот год в "
    "профиле проекта; чтобы документы каждого механизма составлялись за последний год, за который собраны его "
    "данные, уберите год из профиля. Затем пересоберите документы."
)
DOCUMENTS_OF_THE_YEAR = (
    "Чтобы составить документы всех механизмов за {year}\u00a0год, укажите этот год в профиле проекта, в разделе о "
    "мониторинге, и пересоберите документы."
)
STALE_VERB = "устарел"
"""Agreed with the document it is said of: «устарела» of an аналитическая справка, «устарели» of рекомендации."""
STALE_LISTED = "{stale} — " + STALE
LETTERS_KIND = "Адресные рекомендации"
LETTERS_STALE_SOME = STALE + ": {count} из {total}"
"""The folded line of the letters when some of them are out of date; all, it says «устарели — нужно пересобрать»."""
DOCUMENTS_STALE = (
    "Документы, отмеченные «нужно пересобрать», составлены до того, как изменились собранные данные (или "
    "Положение): в них прежние цифры. Пересоберите документы, прежде чем передавать их."
)
DOCUMENT_STALE = (
    "Документ устарел: собранные данные (или Положение) изменились после его сборки, и в нём прежние цифры — "
    + STALE
    + ". Прежде чем его передавать, пересоберите документы."
)

# Monitoring: an upload that replaces data collected before waits for the user's word.
REPLACES = "{name}, {year}\u00a0год, механизм {code}"
WILL_CHANGE = "будет изменено {changed} из {values}"
WILL_ADD = "будут добавлены данные: {values}"
REPLACING_SUMMARY = "Замена затронет {rows} (список — ниже, в порядке списка организаций)."
ROWS_OF_FORMS = ("строку организации", "строки организаций", "строк организаций")
PAST_YEAR = (
    "{year}\u00a0год уже закрыт: за ним собраны данные {later}\u00a0года. Замена изменит результаты {year}\u00a0года "
    "и все документы, где они приводятся: сравнение с {year}\u00a0годом в аналитических справках за {later}\u00a0год "
    "и документы за {year}\u00a0год, если они составляются."
)
DATA_CHANGED_MEANWHILE = (
    "Пока вы читали эту страницу, собранные данные изменились (загружены другие книги). Проверьте, что изменится "
    "теперь, и подтвердите замену снова."
)
UPLOAD_CANCELLED = "Загрузка отменена: собранные данные не изменились."
UPLOAD_GONE = (
    "Эта загрузка больше не хранится (программа перезапущена или с тех пор загружено много книг). Загрузите книги "
    "снова."
)
DATA_RESTORED = "Прежние данные возвращены. Данные, которые были загружены вместо них, сохранены в резервной копии."
DATA_NOT_RESTORED = (
    "Прежние данные не возвращены: после этой загрузки собранные данные уже изменились (загружены другие книги), "
    "и возврат стёр бы и эти изменения. Загрузите нужные книги снова."
)

# Monitoring: the results. A cell's tone in words (the legend), its verdict against the target, the sums.
NO_DATA = "нет данных"
LEAST_POINTS = "наименьший балл по шкале"
"""As the documents say it («ОО, получившие наименьший балл по шкале …»): no Положение defines a «группа риска»."""
TONES = {
    "top": "наибольший балл по шкале",
    "mid": "промежуточный балл",
    "low": LEAST_POINTS,
    "unscored": "значение не оценивается баллами",
    "none": NO_DATA,
}
TONES_WHOLE = {"low": "наименьший балл шкалы"}
"""The tones' words where the Положение scores the округ alone: no organization is in a risk group."""
UNSCORED_ORGANIZATIONS = (
    "Баллы по шкале Положения начисляются только округу в целом: значения организаций используются для адресных "
    "рекомендаций и баллами не оцениваются."
)
PART_IN = "входит в числитель"
PART_OUT = "не входит в числитель"
MET = "достигнуто"
NOT_MET = "не достигнуто"
TOTAL = "{points} из {maximum}"
POINTS_OF_FORMS = ("балла", "баллов", "баллов")
TOTAL_INCOMPLETE = "{total} (не все показатели оценены)"
WHOLE_ONLY = "данные собираются по округу в целом"
WHOLE_NOT_YET = ": их ещё нет"
REPORTED = "данные представили {reported} из {expected}"
ORGANIZATIONS_OF_FORMS = ("организации", "организаций", "организаций")
STANDING_MISSED = "Целевое значение не достигнуто по {missed} из {total}."
INDICATORS_DATIVE_FORMS = ("показателю", "показателям", "показателям")
STANDING_ALL_MET = "Все целевые значения достигнуты."
STANDING_MET_WITH_DATA = "Целевые значения достигнуты по всем показателям с данными."
STANDING_NO_DATA = "Данных нет."
WITHOUT_DATA = "Механизмы, по которым данных за {year}\u00a0год ещё нет"
"""The heading of the mechanisms without a value of the organization, a line each."""
STANDING_PARTS = "Целевые значения установлены для округа: здесь — входит ли организация в числители его долей."
STANDING_ADDRESSED = (
    " Адресные рекомендации — по показателю {codes}.",
    " Адресные рекомендации — по показателям {codes}.",
)
STANDING_UNHELD = " Нет данных или не с чем сравнить: {unheld}."
INDICATOR_FORMS = ("показатель", "показателя", "показателей")
WHOLE_MISSED = "по округу не достигнуто {missed} из {held}"
TARGET_FORMS = ("целевое значение", "целевых значения", "целевых значений")
ORGANIZATIONS_MISSED = "организаций, не достигших хотя бы одного: {count}"
ALL_MET = "все достигнуты"

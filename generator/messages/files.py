"""What msoko says about files it cannot use: the operating system's refusals, a Word file it cannot read, a
template it cannot render. (The operating system's and Python's own texts are English; the user reads Russian.)"""

from __future__ import annotations

import errno

# The operating system's refusals, by errno.
OS_REASONS = {
    errno.EACCES: "нет прав доступа",
    errno.EPERM: "нет прав доступа",
    errno.ENOSPC: "на диске нет места",
    errno.EROFS: "файловая система доступна только для чтения",
    errno.ENOTDIR: "на пути файл, а не папка",
    errno.EISDIR: "это папка, а не файл",
    errno.EEXIST: "такой файл уже есть",
    errno.ENOENT: "нет такого файла или папки",
    errno.EDQUOT: "превышена квота диска",
    errno.ENAMETOOLONG: "слишком длинное имя файла",
    errno.EIO: "ошибка ввода-вывода (диск или сетевая папка недоступны)",
    errno.ELOOP: "ссылка ведёт по кругу",
    errno.EMFILE: "открыто слишком много файлов",
    errno.EBUSY: "файл или папка заняты другой программой",
}
OS_UNKNOWN_REASON = "система отказала в доступе (код ошибки {code})"
LOCATION_FILE_SYSTEM = "<файловая система>"

# A Word file read back (import, lint).
DOCX_OLD_OR_PROTECTED = "файл в формате .doc или защищён паролем; сохраните его в Word как .docx без пароля"
DOCX_EMPTY = "файл пуст"
DOCX_OPENDOCUMENT = "OpenDocument (.odt)"
DOCX_UNKNOWN_FORMAT = "неизвестного формата"
DOCX_OTHER_FORMAT = "файл {kind}, а не .docx; сохраните его в Word как .docx"
DOCX_DAMAGED = "файл повреждён или не является документом Word (.docx)"
DOCX_BAD_XML = "файл повреждён: ошибка XML ({error})"
DOCX_NO_BODY = "в документе нет тела (w:body)"

# A template (.docx with tags).
TEMPLATE_SYNTAX = "синтаксическая ошибка в абзаце {paragraph}: {reason}"
TEMPLATE_UNDEFINED = "неизвестная переменная в теге: {name}"
TEMPLATE_UNSAFE = "тег шаблона выполняет недопустимую операцию"
TEMPLATE_TAG_ERROR = "ошибка в теге шаблона: {error}"
TEMPLATE_BROKE_DOCUMENT = "после подстановки тегов документ повреждён: проверьте теги {%p %} и {%tr %}"
TEMPLATE_MISSING = "файл шаблона не найден"
TEMPLATE_DAMAGED = "файл шаблона повреждён или не является документом Word (.docx)"
TEMPLATE_NOT_WORD = "файл не является документом Word (.docx): нет word/document.xml"
TEMPLATE_BODY_DAMAGED = "word/document.xml шаблона повреждён"
TAG_NOT_CLOSED = "тег не закрыт"
TAG_MALFORMED = "тег не закрыт или записан неверно"
TAG_UNKNOWN = "неизвестный тег"
TAG_UNRECOGNISED = "тег не распознан"
EVALUATION_ZERO_DIVISION = "деление на ноль"
EVALUATION_TYPES = "несовместимые типы значений"
EVALUATION_OVERFLOW = "слишком большое число"
EVALUATION_LOOKUP = "нет такого элемента"
EVALUATION_VALUE = "недопустимое значение"
EVALUATION_OTHER = "ошибка вычисления"
UNKNOWN_NAME = "(неизвестно)"

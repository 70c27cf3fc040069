"""Every Russian message of ``msoko lint``: its findings in a document and where they are. The words the rules
recognise in a document (kinds of documents, units, month names, the patterns of a date or a signature) stay with
the rules as vocabulary; the rules' one-line descriptions stay in ``lint/rules.yaml``, declared with their codes."""

from __future__ import annotations

# Where a finding is: a DOCX's paragraph or a PDF's printed line («абзац 5», «введено только в абзаце 7»).
PARAGRAPH = "абзац"
LINE = "строка"
IN_PARAGRAPH = "абзаце"
IN_LINE = "строке"

# Reading the document.
UNREADABLE = "файл не читается ({reason})"
PDF_UNREADABLE = "PDF повреждён или защищён: его текст не извлекается"
NO_DICTIONARY = (
    "проверка орфографии недоступна: не установлен русский словарь hunspell-ru или библиотека "
    "enchant; установите их: sudo apt-get install hunspell-ru libenchant-2-2"
)

# Page layout (ГОСТ Р 7.0.97-2025).
NO_PAGE_SETUP = "нет параметров страницы: Word возьмёт формат Letter, а не A4"
PAGE_SIZE = "раздел {section}: формат страницы {width:.0f} × {height:.0f} мм, а нужен A4 (210 × 297 мм)"
MARGIN = "раздел {section}: {side} поле {value:.0f} мм, а по ГОСТ — не менее {minimum} мм"
SIDES = {"left": "левое", "right": "правое", "top": "верхнее", "bottom": "нижнее"}
FONT = "шрифт «{font}» не из рекомендованных (Times New Roman, Arial, Calibri …)"
FONT_SIZE = "размер шрифта {place}{size} пт, а допустимо {low}–{high} пт{count}"
IN_TABLES = "в таблицах "
SIZE_COUNT = " (абзацев с таким шрифтом: {count})"

# Requisites (ГОСТ Р 7.0.97-2025).
ACT_DATE_NUMBER = "после вида документа нет даты и регистрационного номера («15.03.2021 … № 112»)"
NUMBER_SIGN = "после знака «№» нужен пробел"
ACT_TITLE = "нет заголовка к тексту: он начинается с «О» или «Об» и отвечает на вопрос «о чём?»"
ACT_TITLE_FULL_STOP = "в конце заголовка к тексту точка не ставится"
SIGNATURE = "нет подписи: должность и инициалы с фамилией («А.А. Иванов»)"
SIGNATURE_SPACES = "подпись выровнена пробелами; используйте табуляцию или таблицу"
DOCUMENT_TITLE = "нет заголовка документа (ПОЛОЖЕНИЕ, КОНЦЕПЦИЯ, ПЛАН …)"
DOCUMENT_TITLE_FULL_STOP = "в конце заголовка документа точка не ставится"
ADDRESSEE = "нет адресата («Руководителю …») в правом верхнем углу"
STAMP = "нет грифа утверждения («УТВЕРЖДЕНО / приказом … от … № …») в правом верхнем углу"
STAMP_CASE = "слово грифа пишется прописными буквами: «УТВЕРЖДЕНО»"
STAMP_AGREEMENT = "гриф не согласован с видом документа «{kind}»: нужно «{expected}»"
STAMP_ACT = (
    "после слова грифа нужны утверждающий документ в творительном падеже, дата и "
    "номер («приказом … от 15.03.2021 № 112»)"
)
APPENDIX_MARK = "отметка о приложении: нужно «к приказу … от 15.03.2021 № 112»"
APPENDIX_MARK_DIFFERS = "дата и номер в отметке о приложении и в грифе утверждения не совпадают"
REQUISITE_REPEATED = (
    "отметка о приложении повторяет гриф утверждения того же акта: "
    "оставьте один реквизит — гриф «УТВЕРЖДЕНО / приказом … от … № …» "
    "(с номером приложения «(приложение 2)», если на него ссылаются)"
)

# The text: a list of what was found is «…», «…» и ещё N.
MORE = " и ещё {count}"
LOOKALIKES = "латинские буквы в русских словах: {found}"
PROGRAM_TEXT = "в официальном документе текст для пользователя программы: {found}"
OPERATIVE_COMMA = "перед «{word}:» нет запятой: преамбула заканчивается запятой («…, {word}:»)"
UNBOUND = "не связаны неразрывным пробелом или дефисом (перенос разорвёт их): {found}"
TORN_LINE = "строка разорвана внутри «{torn}»: нужен неразрывный пробел"
CAPITAL_AFTER_COLON = "после двоеточия внутри предложения — строчная буква: {found}"
NUMERAL_AGREEMENT = "числительное не согласовано с существительным: «{written}», нужно «{expected}»"
SPELLING = "слово «{word}» не найдено в словаре{suggestions}"
SUGGESTIONS = "; может быть, {options}"
OR = " или "
ABBREVIATION_UNDEFINED = (
    "сокращение «{word}» {where}: при первом употреблении дайте полное название и «(далее — {word})»"
)
INTRODUCED_LATER = "введено только в {unit} {number}"
NEVER_INTRODUCED = "нигде не введено"
CITATION_INCOMPLETE = "ссылка на акт без даты и номера: «{fragment}»; нужно «от ДД.ММ.ГГГГ № …»"
DATE_ORDER = "документ датирован {dated:%d.%m.%Y}, а говорит о периоде «{phrase}», который кончается {end:%d.%m.%Y}"

# Across the documents and within a Положение (the checks' own messages are in messages/coherence.py).
INDICATOR_PROBLEM = "показатель {code}: {problem}"
ANALYTICAL_REPORT = "аналитическая справка"
SCALE_IN_TABLE = "в таблице"
"""The code of a scale's indicator when its row gives none: «шкала показателя в таблице»."""

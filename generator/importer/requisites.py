"""Requisites of the title page: the approval stamp, the appendix mark and the act they name."""

from __future__ import annotations

from datetime import date
import re



STAMP = re.compile(r"(?P<kind>приказ(?:ом|у)|постановлени(?:ем|ю)|распоряжени(?:ем|ю)|решени(?:ем|ю))\b.*?\bот\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4}"
                   r"|[«\"]?\d{1,2}[»\"]?\s+[а-я]+\s+\d{4})(?:\s*г\.)?\s*№\s*(?P<number>[\w/-]+)", re.IGNORECASE | re.DOTALL)


APPENDIX = re.compile(r"приложение\s*(?:№\s*)?(?P<number>\d+)", re.IGNORECASE)


MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")


def is_stamp_line(text: str) -> bool:
    lowered = text.strip().lower()
    return lowered.startswith(("утвержден", "к приказу", "к постановлению", "к распоряжению", "приказом",
                               "постановлением", "распоряжением")) or bool(re.match(r"^от\s+\d", lowered))


def parse_date(text: str) -> date | None:
    numeric = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", text.strip())
    try:
        if numeric:
            return date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
        day, month, year = text.split()
        return date(int(year), MONTHS.index(month.lower()) + 1, int(day.strip("«»\"")))
    except ValueError:
        return None

"""Diagnostics: located problems found in the sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return "ошибка" if self is Severity.ERROR else "предупреждение"


@dataclass(frozen=True, order=True)
class Location:
    """A place in a file; line and column count from 1. In a workbook, the sheet and the cell («D7») name the
    place, and line and column are the cell's row and column (so problems sort row by row); line 0 is the file
    (or the sheet) as a whole."""

    file: str
    line: int = 1
    column: int = 1
    sheet: str = ""
    cell: str = ""

    def __str__(self) -> str:
        if self.sheet:
            return f"{self.file}: лист «{self.sheet}»" + (f", ячейка {self.cell}" if self.cell else "")
        return self.file if self.line == 0 else f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Diagnostic:
    location: Location
    severity: Severity
    message: str
    code: str = field(default="", compare=False)

    @classmethod
    def error(cls, location: Location, message: str, code: str = "") -> "Diagnostic":
        return cls(location, Severity.ERROR, message, code=code)

    @classmethod
    def warning(cls, location: Location, message: str, code: str = "") -> "Diagnostic":
        return cls(location, Severity.WARNING, message, code=code)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def to_dict(self) -> dict:
        return {
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            **({"sheet": self.location.sheet, "cell": self.location.cell} if self.location.sheet else {}),
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
        }

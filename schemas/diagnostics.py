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
    """A place in a file; line and column count from 1."""

    file: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


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
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
        }

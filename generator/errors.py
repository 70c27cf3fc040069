"""The exception tree: user errors carry diagnostics; anything else is a bug."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from . import messages
from .messages import files


class MsokoError(Exception):
    """A problem the user can act on; the CLI reports it and exits 1."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics

    def __reduce__(self):  # raised in a rendering worker, it travels back whole
        return (type(self), (self.diagnostics,))


def file_system_error(error: OSError, display: Callable[[Path], str] = str) -> MsokoError:
    """A file-system refusal (permissions, a full disk, a file where a folder should be) is the user's to fix."""
    reason = files.OS_REASONS.get(
        error.errno or 0, files.OS_UNKNOWN_REASON.format(code=error.errno or type(error).__name__)
    )
    if not error.filename:
        return MsokoError(
            [
                Diagnostic.error(
                    Location(files.LOCATION_FILE_SYSTEM), messages.OS_PROBLEM.format(reason=reason), code="os"
                )
            ]
        )
    path = Path(error.filename)
    text = messages.OS_PROBLEM_IN_FOLDER.format(
        folder=display(path.parent) if path.parent != Path() else ".", reason=reason
    )
    return MsokoError([Diagnostic.error(Location(display(path)), text, code="os")])

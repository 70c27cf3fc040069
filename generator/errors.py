"""The exception tree: user errors carry diagnostics; anything else is a bug."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from . import messages


class MsokoError(Exception):
    """A problem the user can act on; the CLI reports it and exits 1."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics

    def __reduce__(self):  # raised in a rendering worker, it travels back whole
        return (type(self), (self.diagnostics,))


_REASONS = {errno.EACCES: "нет прав доступа", errno.EPERM: "нет прав доступа", errno.ENOSPC: "на диске нет места",
            errno.EROFS: "файловая система доступна только для чтения", errno.ENOTDIR: "на пути файл, а не папка",
            errno.EISDIR: "это папка, а не файл", errno.EEXIST: "такой файл уже есть", errno.ENOENT: "нет такого файла или папки",
            errno.EDQUOT: "превышена квота диска", errno.ENAMETOOLONG: "слишком длинное имя файла",
            errno.EIO: "ошибка ввода-вывода (диск или сетевая папка недоступны)", errno.ELOOP: "ссылка ведёт по кругу",
            errno.EMFILE: "открыто слишком много файлов", errno.EBUSY: "файл или папка заняты другой программой"}
UNKNOWN_REASON = "система отказала в доступе (код ошибки {code})"
"""For an errno without a reason of its own: the operating system's text is English, and the user reads Russian."""


def file_system_error(error: OSError, display: Callable[[Path], str] = str) -> MsokoError:
    """A file-system refusal (permissions, a full disk, a file where a folder should be) is the user's to fix."""
    reason = _REASONS.get(error.errno or 0, UNKNOWN_REASON.format(code=error.errno or type(error).__name__))
    if not error.filename:
        return MsokoError([Diagnostic.error(Location("<файловая система>"), messages.OS_PROBLEM.format(reason=reason),
                                            code="os")])
    path = Path(error.filename)
    text = messages.OS_PROBLEM_IN_FOLDER.format(folder=display(path.parent) if path.parent != Path() else ".",
                                               reason=reason)
    return MsokoError([Diagnostic.error(Location(display(path)), text, code="os")])

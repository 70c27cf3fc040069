"""The exception tree: user errors carry diagnostics; anything else is a bug."""

from __future__ import annotations

from schemas.diagnostics import Diagnostic


class MsokoError(Exception):
    """A problem the user can act on; the CLI reports it and exits 1."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics

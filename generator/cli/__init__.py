"""The ``msoko`` command line: a thin face over the build use case and the review loop."""

from . import monitoring, review  # noqa: F401  (add «collect», «results», «approve», «diff», «pdf», «pack»)
from .commands import main

__all__ = ["main"]

"""The ``msoko`` command line: a thin face over the build use case and the review loop."""

from . import monitoring  # noqa: F401  (adds «collect» and «results» to the command group)
from .commands import main

__all__ = ["main"]

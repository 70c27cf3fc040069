"""The ``msoko`` command line: a thin face over the build use case and the review loop."""

from .commands import main

__all__ = ["main"]

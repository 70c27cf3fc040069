"""Stages 4–6 of the pipeline: plan the targets, render them, write them; one use case drives all three.

The CLI and the web app both call :func:`build` (under :func:`project_lock`). The use case is imported
on first use, so that ``regen`` can find out from :mod:`.fresh` that nothing changed without loading it."""

from typing import TYPE_CHECKING, Any

from .lock import project_lock

if TYPE_CHECKING:
    from .usecase import BuildResult, Progress, build

__all__ = ["BuildResult", "Progress", "build", "project_lock"]


def __getattr__(name: str) -> Any:
    if name in ("BuildResult", "Progress", "build"):
        from . import usecase

        return getattr(usecase, name)
    raise AttributeError(name)

"""Stages 4–6 of the pipeline: plan the targets, render them, write them; one use case drives all three.

The CLI and the web app both call :func:`build` (under :func:`project_lock`)."""

from .lock import project_lock
from .usecase import BuildResult, Progress, build

__all__ = ["BuildResult", "Progress", "build", "project_lock"]

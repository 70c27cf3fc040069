"""Redlines: the approved DOCX against the current one, as native Word tracked changes (``w:ins``/``w:del``).

The comparison engine is Docxodus through python-redlines: it diffs the documents' structure, keeps our
styles and numbering, and gives the same bytes for the same inputs, author and date. A run costs seconds,
so a redline is remade only when the approved or the current document, the author or the date changed."""

from __future__ import annotations

import json
from collections.abc import Callable
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..errors import MsokoError
from ..build.manifest import digest
from ..project import ProjectLayout
from ..build.write import atomic_write, write_if_changed

CACHE_NAME = "redlines.json"


@dataclass(frozen=True)
class RedlineJob:
    document: str
    approved: bytes
    current: bytes
    author: str
    moment: datetime

    @property
    def key(self) -> dict[str, str]:
        return {
            "approved": digest(self.approved),
            "current": digest(self.current),
            "author": self.author,
            "date": self.moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }


def make_redlines(
    layout: ProjectLayout, jobs: list[RedlineJob], progress: Callable[[str], None] = lambda text: None
) -> dict[str, Path]:
    """Write ``output/redlines/<id>.docx`` for every job (reusing up-to-date ones); remove stale redlines."""
    cache = _read_cache(layout)
    wanted = {job.document: job for job in jobs}
    stale = [job for job in jobs if not _fresh(layout, cache.get(job.document), job)]
    if stale:
        engine = _engine()
        done = iter(range(1, len(stale) + 1))

        def compare(job: RedlineJob) -> bytes:
            data = _compare(engine, job)
            progress(messages.PROGRESS_REDLINE.format(index=next(done), total=len(stale), document=job.document))
            return data

        with ThreadPoolExecutor(max_workers=2) as pool:  # each comparison is its own process
            results = list(pool.map(compare, stale))
        for job, data in zip(stale, results):
            atomic_write(layout.redlines / f"{job.document}.docx", data)
            cache[job.document] = {**job.key, "sha256": digest(data)}
    for document in [d for d in cache if d not in wanted]:
        (layout.redlines / f"{document}.docx").unlink(missing_ok=True)
        del cache[document]
    write_if_changed(
        layout.state / CACHE_NAME,
        (json.dumps(dict(sorted(cache.items())), ensure_ascii=False, indent=2) + "\n").encode(),
    )
    return {document: layout.redlines / f"{document}.docx" for document in wanted}


def _fresh(layout: ProjectLayout, entry: dict | None, job: RedlineJob) -> bool:
    path = layout.redlines / f"{job.document}.docx"
    if not entry or not path.exists() or {k: entry.get(k) for k in job.key} != job.key:
        return False
    return digest(path.read_bytes()) == entry.get("sha256")


def _compare(engine, job: RedlineJob) -> bytes:
    try:
        data, _, _ = engine.run_redline(job.author, job.approved, job.current, date_time=job.key["date"])
    except (subprocess.CalledProcessError, OSError) as error:
        raise MsokoError(
            [Diagnostic.error(Location(f"output/{job.document}.docx"), messages.REDLINE_FAILED, code="diff")]
        ) from error
    return data


def _engine():
    try:
        from python_redlines.engines import DocxodusEngine

        return DocxodusEngine()
    except ImportError as error:
        raise MsokoError(
            [Diagnostic.error(Location(messages.LOCATION_ENVIRONMENT), messages.REDLINES_MISSING, code="diff")]
        ) from error


def _read_cache(layout: ProjectLayout) -> dict[str, dict]:
    try:
        return json.loads((layout.state / CACHE_NAME).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}

"""The approved versions: ``regulations/approved/``, kept with the sources under version control.

Each approved DOCX is stored once, named by its sha256 (``files/<sha256>.docx``), and
``approvals.json`` lists, per document, every approval with who and when, the newest last."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from schemas.diagnostics import Diagnostic, Location

from .. import messages
from ..errors import MsokoError
from ..project import ProjectLayout
from .manifest import digest
from .write import write_if_changed

INDEX_NAME = "approvals.json"


@dataclass(frozen=True)
class Approval:
    document: str
    file: str
    sha256: str
    by: str
    at: str
    """UTC, ISO 8601 to the second: «2026-11-22T09:30:00Z»."""

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.at.replace("Z", "+00:00"))

    @property
    def day(self) -> str:
        return f"{self.moment:%d.%m.%Y}"


def read_history(layout: ProjectLayout) -> dict[str, list[Approval]]:
    path = layout.approved_dir / INDEX_NAME
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {
            document: [Approval(document=document, **entry) for entry in entries]
            for document, entries in data["documents"].items()
        }
    except (ValueError, KeyError, TypeError) as error:
        raise MsokoError(
            [Diagnostic.error(Location(layout.display(path)), messages.APPROVALS_DAMAGED, code="approve")]
        ) from error


def latest(layout: ProjectLayout) -> dict[str, Approval]:
    return {document: entries[-1] for document, entries in read_history(layout).items() if entries}


def record(layout: ProjectLayout, approvals: list[tuple[Approval, bytes]]) -> None:
    """Store the snapshots first, then the index, so the index never names a missing file."""
    history = read_history(layout)
    for approval, data in approvals:
        write_if_changed(snapshot_path(layout, approval.sha256), data)
        history.setdefault(approval.document, []).append(approval)
    index = {
        document: [{k: v for k, v in asdict(a).items() if k != "document"} for a in entries]
        for document, entries in sorted(history.items())
    }
    text = json.dumps({"version": 1, "documents": index}, ensure_ascii=False, indent=2) + "\n"
    write_if_changed(layout.approved_dir / INDEX_NAME, text.encode())


def snapshot(layout: ProjectLayout, approval: Approval) -> bytes:
    """The approved bytes, checked against their hash: a damaged snapshot is an error, never a wrong diff."""
    path = snapshot_path(layout, approval.sha256)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        data = b""
    if digest(data) != approval.sha256:
        raise MsokoError(
            [
                Diagnostic.error(
                    Location(layout.display(path)),
                    messages.SNAPSHOT_DAMAGED.format(document=approval.document, day=approval.day),
                    code="approve",
                )
            ]
        )
    return data


def snapshot_path(layout: ProjectLayout, sha256: str):
    return layout.approved_dir / "files" / f"{sha256}.docx"

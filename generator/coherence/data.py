"""The data the coherence and text rules read, shared by ``msoko check`` (on the sources) and ``msoko lint`` (on
documents): patterns, allowlists and exemption lists (``lexicon.yaml``), and the names a document dated before
their creation cannot use (``founded.yaml``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent


@cache
def lexicon() -> dict[str, Any]:
    """Patterns, allowlists and exemption lists the rules read (``lexicon.yaml``)."""
    return yaml.load((DATA / "lexicon.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

"""``msoko schema``: JSON Schemas of the sources, for autocompletion in the author's editor."""

from __future__ import annotations

import json

from schemas.profile import Project
from schemas.regulation import MonitoringRegulation, MsokoRegulation

SCHEMA_FILES = {
    "project.schema.json": Project,
    "msoko.schema.json": MsokoRegulation,
    "regulation.schema.json": MonitoringRegulation,
}


def render_schemas() -> dict[str, bytes]:
    """File name → JSON text of the schema, stable byte for byte."""
    return {
        name: (json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
        for name, model in SCHEMA_FILES.items()
    }

"""``msoko schema``: JSON Schemas of the sources, for autocompletion in the author's editor."""

from __future__ import annotations

import json

from pydantic import BaseModel

from schemas.acts import Act
from schemas.citations import Citations
from schemas.evaluation import CriteriaSet
from schemas.glossary import Glossary
from schemas.organizations import Organizations
from schemas.profile import Project

from .kinds import sourced_kinds

OTHER_SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "project.schema.json": Project,
    "act.schema.json": Act,
    "criteria.schema.json": CriteriaSet,
    "glossary.schema.json": Glossary,
    "citations.schema.json": Citations,
    "organizations.schema.json": Organizations,
}
"""The sources that are no document kind; each kind's schema is named by the kind."""


def schema_files() -> dict[str, type[BaseModel]]:
    """File name → model, for every source."""
    return {**OTHER_SCHEMA_FILES, **{kind.schema_file: kind.model for kind in sourced_kinds()}}


def render_schemas() -> dict[str, bytes]:
    """File name → JSON text of the schema, stable byte for byte."""
    return {
        name: (json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
        for name, model in schema_files().items()
    }

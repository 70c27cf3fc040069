"""``msoko schema``: JSON Schemas of the sources, for autocompletion in the author's editor."""

from __future__ import annotations

import json

from pydantic import BaseModel

from schemas.acts import Act
from schemas.citations import Citations
from schemas.concept import Concept
from schemas.evaluation import CriteriaSet, Evaluation
from schemas.glossary import Glossary
from schemas.organizations import Organizations
from schemas.profile import Project
from schemas.regulation import MonitoringRegulation, MsokoRegulation
from schemas.roadmap import Roadmap

SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "project.schema.json": Project,
    "msoko.schema.json": MsokoRegulation,
    "regulation.schema.json": MonitoringRegulation,
    "act.schema.json": Act,
    "concept.schema.json": Concept,
    "roadmap.schema.json": Roadmap,
    "evaluation.schema.json": Evaluation,
    "criteria.schema.json": CriteriaSet,
    "glossary.schema.json": Glossary,
    "citations.schema.json": Citations,
    "organizations.schema.json": Organizations,
}


def render_schemas() -> dict[str, bytes]:
    """File name → JSON text of the schema, stable byte for byte."""
    return {
        name: (json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
        for name, model in SCHEMA_FILES.items()
    }

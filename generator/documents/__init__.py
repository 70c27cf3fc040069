"""The generated body of each kind of document: sections, clauses, lists and tables, as Word elements.

One module per kind; ``kinds`` attaches each to its kind of document (declared in ``sources/kinds.py``)."""

from .abbreviations import Abbreviations
from .act import act_issuer, act_points, executor_mark, preamble
from .body import Body, RelatedPart, list_items, sentence
from .kinds import ACT_TEMPLATES, RENDERING, Rendering
from .regulation import INDICATORS_CAPTION, INDICATORS_INTRO, MAX_POINTS, indicator_table

__all__ = [
    "ACT_TEMPLATES",
    "Abbreviations",
    "RENDERING",
    "Body",
    "Rendering",
    "INDICATORS_CAPTION",
    "INDICATORS_INTRO",
    "MAX_POINTS",
    "RelatedPart",
    "act_issuer",
    "act_points",
    "executor_mark",
    "indicator_table",
    "list_items",
    "preamble",
    "sentence",
]

"""``msoko import``: a Положение typed in Word becomes a source: a Положение о мониторинге goes to
``regulations/mechanisms/``, the umbrella Положение о МСОКО to ``regulations/msoko.yaml`` (any kind of document
with an import cue in ``sources/kinds.py`` to its kind's source).

The document is read through :mod:`generator.docx.reader` (Word numbering is computed, typed numbering
is recognised), split at its headings, and each section is mapped to a field by its usual names and
variants. Every field remembers the paragraphs it came from; whatever could not be mapped is kept, as
text, in the ``unmapped`` field that ``msoko check`` flags, never dropped.

The modules, in the order a document passes through them: ``titles`` (which kind a title names),
``structure`` (headings at any level, from every signal Word gives; the title; sections), ``sections`` (section names
and their variants),
``requisites`` (stamps, appendix marks, «Согласовано», signatures, «Лист ознакомления»: kept out of the
body), ``builder`` (each section into its field, on ``collector``), ``indicator_parts`` (indicators from
tables or lists, their criteria and bands), ``indicators`` and ``scoring`` (columns, units, band formats),
``umbrella`` (the Положение о МСОКО), ``text`` (prose back to Markdown; places as a reader counts them),
``catalog`` (the mechanism named), ``fill`` (--fill-from-sections), ``source`` (the YAML written, with
origin comments), ``report`` (what was mapped, left out, guessed, kept), ``plan`` (the whole import, checked
before anything is written)."""

from .builder import import_regulation
from .plan import PlannedImport, plan_imports
from .report import ImportedRegulation, ImportReport
from .structure import NotARegulation

__all__ = ["ImportReport", "ImportedRegulation", "NotARegulation", "PlannedImport", "import_regulation", "plan_imports"]

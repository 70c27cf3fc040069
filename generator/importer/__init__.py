"""``msoko import``: a Положение typed in Word becomes a source: a Положение о мониторинге goes to
``regulations/mechanisms/``, the umbrella Положение о МСОКО to ``regulations/msoko.yaml``.

The document is read through :mod:`generator.docx.reader` (Word numbering is computed, typed numbering
is recognised), split at its headings, and each section is mapped to a field by its usual names and
variants. Every field remembers the paragraphs it came from; whatever could not be mapped is kept, as
text, in the ``unmapped`` field that ``msoko check`` flags, never dropped.

The modules, in the order a document passes through them: ``structure`` (headings, the title, sections),
``sections`` (section names and their variants), ``requisites`` (stamps, marks, signatures), ``builder``
(each section into its field), ``indicators`` and ``scoring`` (indicator tables and lists, units, bands),
``umbrella`` (the Положение о МСОКО), ``text`` (prose back to Markdown), ``catalog`` (the mechanism named),
``source`` (the YAML written, with origin comments), ``report`` (what was mapped, guessed, kept),
``plan`` (the whole import, checked before anything is written)."""

from .builder import import_regulation
from .plan import PlannedImport, plan_imports
from .report import ImportedRegulation, ImportReport
from .structure import NotARegulation

__all__ = ["ImportReport", "ImportedRegulation", "NotARegulation", "PlannedImport", "import_regulation",
           "plan_imports"]

"""Coherence: the rules a lawyer and a methodologist read a set of documents by, beyond their form — time runs
forward (deadlines, periods, evidence, cited acts), nothing is named before it existed, every figure has a
source, one thing has one name, abbreviations are introduced once and kept, official wording.

The rules are plain functions on texts and dates, shared by ``msoko check`` (on the sources, located at the
YAML line: :mod:`generator.sources.coherence`) and ``msoko lint`` (on any DOCX or PDF:
:mod:`generator.lint.coherence`). Their codes and severities are in ``generator/lint/rules.yaml``."""

"""Every message a person reads lives in ``generator/messages/``: a Russian string literal anywhere else is
document wording or parsing vocabulary, and each module says which, with its count. The web's Jinja templates and
scripts are its views and hold their pages' own text; this scans Python only.

A new Russian literal in a module fails here: move the message to ``generator/messages/`` (by area: cli, importer,
coherence, review, report, files, monitoring, scales, web, lint, or the package itself), or, if it is a word the
importer or lint recognises in a document or a document's own wording, raise the module's count below and say so."""

from __future__ import annotations

import ast
import re
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
CYRILLIC = re.compile(r"[А-Яа-яЁё]")

WHOLLY_ALLOWED = {
    "messages/": "the messages themselves",
    "documents/": "the official documents' own wording",
    "russian/": "Russian grammar and typography: morphology tables, dictionaries, number words",
    "cli/ru.py": "click's own words (usage, options, its errors) as a gettext-like catalog: click marks them for "
    "gettext and ships no Russian, and they are keyed by click's English, not by a name of ours",
}

VOCABULARY = "vocabulary: words the importer, lint or a check recognises in a document or a source"
WORDING = "document wording: words written into an official document, a workbook or a source file"
BOTH = f"{VOCABULARY}; {WORDING}"

COUNTS: dict[str, tuple[int, str]] = {
    "build/render.py": (6, f"{WORDING} (the act's «постановляет», «Приложение N», the document's keywords)"),
    "coherence/abbreviations.py": (5, VOCABULARY),
    "coherence/acts.py": (2, VOCABULARY),
    "coherence/cycle.py": (
        11,
        f"{BOTH} (the lead of the cycle's deadlines in section 6, the pronouns it agrees, the words a list of "
        "управленческие решения is read by, and «УО» before the verbs of decisions said as the authority's acts)",
    ),
    "coherence/dates.py": (30, VOCABULARY),
    "coherence/text.py": (6, VOCABULARY),
    "coherence/timeline.py": (9, VOCABULARY),
    "collection/cells.py": (2, f"{VOCABULARY} (the answers «да», «нет» typed in a cell)"),
    "collection/forms.py": (20, f"{WORDING} (the workbook's sheets, headers and input prompts)"),
    "collection/instruction.py": (22, f"{WORDING} (the workbook's instruction sheet)"),
    "docx/numbering.py": (1, f"{WORDING} (the letters of Russian list numbering)"),
    "docx/typed.py": (1, VOCABULARY),
    "evaluation/evaluate.py": (2, f"{VOCABULARY} (ё read as е when kinds of documents are compared)"),
    "importer/acts.py": (2, VOCABULARY),
    "importer/builder.py": (5, VOCABULARY),
    "importer/bundle.py": (11, VOCABULARY),
    "importer/catalog.py": (12, VOCABULARY),
    "importer/collector.py": (3, VOCABULARY),
    "importer/fill.py": (3, VOCABULARY),
    "importer/indicator_parts.py": (9, f"{VOCABULARY} (the passport's column labels double as the report's)"),
    "importer/indicator_rows.py": (9, f"{VOCABULARY} (the passport's field names, as the import report names a guess)"),
    "importer/indicators.py": (74, VOCABULARY),
    "importer/layout.py": (6, VOCABULARY),
    "importer/passages.py": (9, VOCABULARY),
    "importer/passport_tables.py": (4, VOCABULARY),
    "importer/pdf.py": (1, VOCABULARY),
    "importer/plan.py": (5, f"{VOCABULARY} (the requisites' «гриф утверждения», the act's case endings)"),
    "importer/requisites.py": (37, f"{VOCABULARY} (the requisites' kinds double as the report's labels)"),
    "importer/rules.py": (1, VOCABULARY),
    "importer/sections.py": (47, VOCABULARY),
    "importer/umbrella.py": (2, VOCABULARY),
    "lint/abbreviations.py": (1, f"{VOCABULARY} (the pattern of a word with two capitals)"),
    "lint/across.py": (5, f"{VOCABULARY} (a date, «положение», «справк», the stem «систе» a title drops)"),
    "lint/citations.py": (
        6,
        f"{VOCABULARY} (the patterns of a date, a citation, an introduced abbreviation, a period)",
    ),
    "lint/coherence.py": (
        7,
        f"{VOCABULARY} (the headings of a Положение's parts, the control point, a citation, a period)",
    ),
    "lint/language.py": (2, f"{VOCABULARY} (the shapes of a Russian word)"),
    "lint/layout.py": (1, f"{VOCABULARY} (the executor's mark «Исп.»)"),
    "lint/numerals.py": (7, f"{VOCABULARY} (a number and its noun, ё read as е)"),
    "lint/requisites.py": (24, f"{VOCABULARY} (the kinds of documents, the addressee, the stamp, the signature)"),
    "lint/scales.py": (21, f"{VOCABULARY} (the units and levels a passport's table writes)"),
    "lint/spelling.py": (5, f"{VOCABULARY} (a Russian word, ё read as е)"),
    "lint/text.py": (8, f"{VOCABULARY} (mixed scripts, the operative verb, initials, «ГИА-9», a capital word)"),
    "coherence/calendar.py": (3, VOCABULARY),
    "monitoring/addressing.py": (
        11,
        f"{VOCABULARY} (the Положение's «(показатель 2.1.6)», a bound «менее 70 %» in its пункт on рекомендации, "
        "its «Каждой … направляются адресные рекомендации», the dictionary forms of «предлагается», by which it "
        "offers more, the words and verbs that end that, «значения показателей по каждой ОО используются только для "
        "адресных рекомендаций» and «Итоговая оценка ОО определяется суммой баллов»)",
    ),
    "monitoring/columns.py": (17, f"{WORDING} (the workbook's column headers)"),
    "monitoring/measures.py": (2, VOCABULARY),
    "monitoring/results.py": (1, VOCABULARY),
    "monitoring/selection.py": (
        16,
        f"{BOTH} (the levels' kinds of organizations; the округ's row «… (в целом)», «одна строка по округу в "
        f"целом» and «строка по округу в целом и строки организаций» as the workbooks and the pages write them)",
    ),
    "monitoring/store.py": (2, f"{VOCABULARY} (the answers «да», «нет» in data/)"),
    "monitoring/summary.py": (11, f"{WORDING} (values as the documents write them, shared with them)"),
    "monitoring/year.py": (
        4,
        f"{BOTH} (a title's words, and the relative clause at the end of a subject that closes before its year)",
    ),
    "review/changelog.py": (11, f"{VOCABULARY} (the row nouns of a document's tables)"),
    "scales/reading.py": (22, VOCABULARY),
    "scales/rules.py": (14, BOTH),
    "scales/totals.py": (17, VOCABULARY),
    "sources/coherence.py": (2, VOCABULARY),
    "sources/completeness.py": (1, VOCABULARY),
    "sources/consistency.py": (3, VOCABULARY),
    "sources/kinds.py": (18, f"{BOTH} (the kinds' labels and titles)"),
    "sources/decode.py": (3, VOCABULARY),
    "sources/organizations.py": (2, VOCABULARY),
    "sources/prose.py": (2, f"{VOCABULARY} (the placeholder «ЗАПОЛНИТЕ»)"),
    "sources/scaffold.py": (1, f"{WORDING} (a new source file's text)"),
    "sources/validate.py": (1, VOCABULARY),
    "sources/year_orders.py": (
        4,
        f"{VOCABULARY} (the noun «срок» and the adjective's endings agreeing with the count)",
    ),
    "web/starter.py": (
        46,
        f"{WORDING} (a new Положение's typical parts, deadlines and tasks, a new indicator's passport, the roadmap's "
        f"first activities, a new order); {VOCABULARY} (the prefix «Система мониторинга », the act kind «приказ»)",
    ),
}


def russian_literals(path: Path) -> list[tuple[int, str]]:
    """String literals with a Cyrillic letter, an f-string counted once; docstrings (a bare string statement,
    including an attribute's docstring) are not counted: they are for developers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(value) for value in node.values)
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            if id(node) not in skipped and CYRILLIC.search(text):
                found.append((node.lineno, text))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skipped
            and CYRILLIC.search(node.value)
        ):
            found.append((node.lineno, node.value))
    return sorted(found)


def counted_modules() -> dict[str, list[tuple[int, str]]]:
    found = {}
    for path in sorted(GENERATOR.rglob("*.py")):
        name = path.relative_to(GENERATOR).as_posix()
        if not any(name.startswith(prefix) for prefix in WHOLLY_ALLOWED):
            literals = russian_literals(path)
            if literals or name in COUNTS:
                found[name] = literals
    return found


def test_russian_literals_outside_messages_are_declared():
    problems = []
    for name, literals in counted_modules().items():
        expected = COUNTS.get(name, (0, ""))[0]
        if len(literals) > expected:
            shown = "; ".join(f"{line}: {text[:60]!r}" for line, text in literals)
            problems.append(
                f"generator/{name}: {len(literals)} Russian literals, {expected} declared — move the new "
                f"message to generator/messages/ or declare it as vocabulary or wording ({shown})"
            )
        elif len(literals) < expected:
            problems.append(f"generator/{name}: {len(literals)} Russian literals, {expected} declared: lower the count")
    assert not problems, "\n".join(problems)


def test_every_declaration_has_a_module_and_a_reason():
    for name, (_, reason) in COUNTS.items():
        assert (GENERATOR / name).is_file(), name
        assert reason, name


def test_a_new_message_outside_messages_is_caught(tmp_path):
    """The scanner sees what the rule is about: an f-string message, a plain one, not a docstring or a comment."""
    module = tmp_path / "module.py"
    module.write_text(
        '"""Модуль."""\nX = 1  # комментарий\n\n\ndef f(n):\n    """Строка."""\n'
        '    return f"записано {n}" + "ошибка"\n',
        encoding="utf-8",
    )
    assert [text for _, text in russian_literals(module)] == ["записано {}", "ошибка"]


def test_message_modules_stay_short():
    for path in (GENERATOR / "messages").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name

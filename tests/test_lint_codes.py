"""The lint's codes are told in three places that must agree: ``generator/lint/rules.yaml`` (severity and
summary), the checks that emit them (``Finding("code", …)`` in ``generator/lint/``), and the README's tables
of codes. A code missing from one of them fails here, named with the place to add it, rather than as a
``KeyError`` when a user's document first trips the rule."""

from __future__ import annotations

import ast
import re

import yaml

from tests.conftest import REPO

LINT = REPO / "generator" / "lint"
RULES = LINT / "rules.yaml"
RULE_PACKAGES = (LINT, REPO / "generator" / "coherence", REPO / "generator" / "scales")
"""The lint's own checks, and the rules it shares with ``check`` (coherence, scales)."""
FINDINGS = {"Finding": 0, "TextFinding": 0, "ScaleFinding": 0, "Hit": 2}
"""The records a rule yields, with the position of the argument that is the rule's code."""


def _catalogued() -> set[str]:
    return set(yaml.safe_load(RULES.read_text(encoding="utf-8")))


def _emitted() -> dict[str, str]:
    """Every code the lint's modules name, with the first place that names it (``file:line``)."""
    found: dict[str, str] = {}
    for path in sorted(path for package in RULE_PACKAGES for path in package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            code = _code_named(node)
            if code is not None:
                found.setdefault(code, f"{path.relative_to(REPO).as_posix()}:{node.lineno}")
    return found


def _code_named(node: ast.AST) -> str | None:
    """``Finding("code", …)``, ``TextFinding("code", …)``, ``rules()["code"]`` or ``code="code"`` in a call."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in FINDINGS
        and len(node.args) > FINDINGS[node.func.id]
    ):
        code = node.args[FINDINGS[node.func.id]]
        if isinstance(code, ast.Attribute) and code.attr == "code":
            return None  # Finding(hit.code, …): a shared rule's code, counted where its record is made
        assert isinstance(code, ast.Constant), f"{ast.unparse(node)[:60]}: a finding's code must be written out"
        return code.value
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Call)
        and ast.unparse(node.value) == "rules()"
        and isinstance(node.slice, ast.Constant)
    ):
        return node.slice.value
    return None


def _in_readme() -> set[str]:
    """The codes in the first column of the README's lint tables (``| `a`, `b` | … |``)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("ГОСТ Р 7.0.97-2025 layout and requisites (DOCX only):") :]
    section = section[: section.index("```")]
    return {
        code
        for row in re.findall(r"^\| (`[^|]+) \|", section, re.MULTILINE)
        for code in re.findall(r"`([a-z][a-z-]*)`", row)
    }


def test_every_code_a_check_emits_is_in_rules_yaml():
    missing = {code: where for code, where in _emitted().items() if code not in _catalogued()}
    assert not missing, (
        "codes emitted by a check but missing from generator/lint/rules.yaml (add severity and "
        "summary there): " + ", ".join(f"{code} ({where})" for code, where in sorted(missing.items()))
    )


def _emitted_by_check() -> set[str]:
    """Codes ``check`` gives the sources only (``code="citation-date"`` in ``generator/sources/``): catalogued
    in ``rules.yaml`` with the lint's, since a project's report names them alike."""
    return {
        node.value.value
        for path in (REPO / "generator" / "sources").glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.keyword) and node.arg == "code" and isinstance(node.value, ast.Constant)
    }


def test_every_code_in_rules_yaml_is_emitted_by_a_check():
    unused = _catalogued() - set(_emitted()) - _emitted_by_check()
    assert not unused, f"codes in generator/lint/rules.yaml that no rule emits: {sorted(unused)}"


def test_the_readme_tables_list_exactly_the_codes_of_rules_yaml():
    readme, catalogued = _in_readme(), _catalogued()
    assert not catalogued - readme, (
        f"codes of generator/lint/rules.yaml missing from README.md's lint tables "
        f"(section «msoko lint»): {sorted(catalogued - readme)}"
    )
    assert not readme - catalogued, (
        f"codes in README.md's lint tables unknown to generator/lint/rules.yaml: {sorted(readme - catalogued)}"
    )

"""Twelve Положения typed in distinct ways import with all six parts, every indicator with its unit and
bands, and their requisites (stamp, marks, signature, «Согласовано», «Лист ознакомления») kept out of the body."""

from __future__ import annotations

import pytest
import yaml

from schemas.regulation import SIX_PARTS, UMBRELLA_PARTS
from tests.import_corpus import BUILDERS

UMBRELLA_MECHANISMS = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4"]


@pytest.fixture
def bare_project(example):
    """The example without any Положение: the profile, catalog and acts stay."""
    for path in example.path("regulations/mechanisms").iterdir():
        path.unlink()
    example.path("regulations/msoko.yaml").unlink()
    return example


@pytest.mark.parametrize("build", BUILDERS, ids=[b.__name__ for b in BUILDERS])
def test_corpus_document_imports_whole(bare_project, tmp_path, build):
    path = tmp_path / f"{build.__name__}.docx"
    expected = build(path)
    result = bare_project.run("import", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    [report] = result.json()["imported"]
    target = "regulations/msoko.yaml" if expected.mechanism is None else f"regulations/mechanisms/{expected.mechanism}.yaml"
    assert report["source"] == target
    text = bare_project.read(target)
    data = yaml.safe_load(text)
    parts = UMBRELLA_PARTS if expected.mechanism is None else SIX_PARTS
    assert [name for part, name in parts if not data.get(part)] == [], report
    assert report["unmapped"] == [] and "unmapped" not in data, report["unmapped"]
    if expected.mechanism is None:
        assert data["mechanisms"] == UMBRELLA_MECHANISMS
    else:
        found = [(i["unit"], [(b["condition"], b["points"]) for b in i.get("scoring", [])]) for i in data["indicators"]]
        assert found == expected.indicators
    for phrase in expected.requisites:
        assert any(line.startswith(phrase) for line in report["requisites"]), (phrase, report["requisites"])
    for phrase in expected.kept_out:
        assert phrase not in yaml.safe_dump(data, allow_unicode=True), phrase

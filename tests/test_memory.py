"""What a large build does to hold less memory gives what it gave before: a Положение's model made again from its
packed data, a body put into the document in place of a mark, a build's check in a process of its own."""

from __future__ import annotations

import subprocess
import sys

from lxml import etree

from generator.build.plan import plan_targets
from generator.build.render import render_all
from generator.docx import package
from generator.evaluation.evaluate import evaluate
from generator.docx.elements import BodyXml
from generator.docx.oxml import PageMargins
from generator.project import BUILTIN_TEMPLATES, ProjectLayout
from generator.sources.checked import valid_project
from generator.sources.validate import validate_source
from schemas.regulation import MonitoringRegulation


def test_a_body_put_in_place_of_its_mark_gives_the_bytes_of_the_tree(example, monkeypatch) -> None:
    project = valid_project(ProjectLayout(example.root))
    targets = plan_targets(project)
    spliced = list(render_all(project, targets, workers=1))
    monkeypatch.setattr(package._Spliced, "of", classmethod(lambda cls, body: None))  # every body through the tree
    through_the_tree = list(render_all(project, targets, workers=1))
    assert len(targets) > 10 and any(t.id == "samoocenka" for t in targets)  # the self-assessment holds a chart
    assert spliced == through_the_tree


def test_only_msokos_own_markup_the_tree_would_not_change_is_spliced() -> None:
    body = BodyXml(["<w:p><w:r><w:t>Текст &amp; «ёлочки»</w:t></w:r></w:p>".encode()])
    spliced = package._Spliced.of(body)
    assert spliced is not None and spliced.pieces == body.pieces
    empty = BodyXml([b"<w:p><w:r></w:r></w:p>"])  # lxml writes the empty run as one tag: through the tree
    assert package._Spliced.of(empty) is None
    assert package._Spliced.of(package.Markup("<w:p/>")) is None  # not msoko's written body


def test_a_body_in_pieces_is_joined_as_the_tree_joins_it(monkeypatch) -> None:
    """Line breaks before «<w:p», within a piece and between two, and a namespace declared again in a piece (a
    chart's paragraph): the spliced bytes are the tree's."""
    chart = '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:r><w:t>Рисунок</w:t></w:r></w:p>'
    body = BodyXml(
        [
            "<w:p><w:r><w:t>Первый</w:t></w:r></w:p>\n".encode(),
            "<w:p><w:r><w:t>Второй</w:t></w:r></w:p>\n<w:p><w:r><w:t>Третий</w:t></w:r></w:p>".encode(),
            chart.encode(),
        ]
    )
    template = package.WordTemplate(BUILTIN_TEMPLATES / "document.docx")
    context = {"body": body, "appendix": None, "stamp": None, "title": {"kind": "Положение", "subject": "о"}}

    def rendered() -> bytes:
        return template.render(context, margins=PageMargins(30, 10, 20, 20), extra_parts={}).parts["word/document.xml"]

    spliced = rendered()
    monkeypatch.setattr(package._Spliced, "of", classmethod(lambda cls, body: None))
    assert spliced == rendered() and "Третий".encode() in spliced and spliced.count(b"xmlns:w=") == 1


def test_a_regulations_model_is_made_again_from_its_packed_data(example) -> None:
    project = valid_project(ProjectLayout(example.root))
    loaded = project.regulations[0]
    assert loaded.source._packed is not None and loaded.source._data is None
    direct = validate_source(loaded.source, MonitoringRegulation)[0]
    assert loaded.model == direct and loaded.model is loaded.model  # the last one made is kept
    other = project.regulations[1].model
    assert other.mechanism != direct.mechanism and loaded.model == direct


def test_a_released_sources_data_is_kept_compressed_and_reads_as_before(example) -> None:
    project = valid_project(ProjectLayout(example.root))
    source = project.regulations[0].source
    before, packed = source.data, source._packed
    source.release()
    assert source._packed is not None and packed is not None and len(source._packed) < len(packed) / 2
    assert source.data == before and project.regulations[0].model == validate_source(source, MonitoringRegulation)[0]


def test_the_planner_scores_the_self_assessment_once(example, monkeypatch) -> None:
    """The self-assessment and the Положение о МСОКО both show the scores; a thousand mechanisms' are made once."""
    import generator.build.plan as plan

    calls = []
    monkeypatch.setattr(plan, "evaluate", lambda project: calls.append(project) or evaluate(project))
    targets = plan_targets(valid_project(ProjectLayout(example.root)))
    shown = [t for t in targets if t.computed is not None and t.kind in ("msoko", "evaluation")]
    assert len(calls) == 1 and len(shown) == 2 and shown[0].computed is shown[1].computed


APART = """
import sys
from pathlib import Path
import generator.sources.checked as checked
from generator.project import BUILTIN_TEMPLATES, ProjectLayout

layout = ProjectLayout(Path(sys.argv[1]))
here, coverage_here = checked.check_project(layout)
checked.worker_count = lambda documents: 2  # the example is read in one process: as a large project is
apart, coverage_apart = checked.check_project(layout, apart=True)
assert any(d.is_error for d in here.diagnostics)
assert apart.diagnostics == here.diagnostics and coverage_apart == coverage_here
assert apart.organizations is not None and apart.organizations.model == here.organizations.model
print(len(apart.diagnostics))
"""


def test_a_check_apart_finds_what_the_check_here_finds(example) -> None:
    """In a process of its own: a pool forked in the test's process would stay in the way of later tests' processes."""
    path = example.root / "regulations" / "mechanisms" / "1.2.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('code: "1.2.2"', 'code: "1.2.1"'), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", APART, str(example.root)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 0


def test_a_charts_series_are_written_as_its_tree_would_write_them() -> None:
    from generator.docx.chart import bar_chart_part

    chart = bar_chart_part(["1.1", "1.2 & <2>"], [("2023", [50.0, None]), ("2024", ["не применяется", 12.5])], "нет")
    assert chart.count(b"<c:ser>") == 2 and b"<c:ser " not in chart
    assert etree.tostring(etree.fromstring(chart), xml_declaration=True, encoding="UTF-8", standalone=True) == chart

"""The wide corpus (issue 25): Положения as municipalities send them — three in one приказ, .doc/.odt/.rtf,
PDF with a text layer, a Word file converted from PDF, a scan, bands in a separate appendix, headings in
one-cell tables and content controls, indicators as paragraphs, drafts with tracked changes. Every builder
must write a file LibreOffice opens (a PDF, which Writer cannot open: poppler finds its text layer, or for a
scan only one image a page); its import is expected to give every Положение with its six parts,
every indicator with its code, unit and full scale (BANDS.md's ranges), and its requisites kept out."""

from __future__ import annotations

import json
import math
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.import_corpus.office import convert
from tests.import_corpus.spec import S15, Band, ExpectedDocument, WideExpected
from tests.import_corpus.spec import expected as expected_document
from tests.import_corpus.wide import BUILDERS
from tests.test_import_corpus import bare_project  # noqa: F401  (the fixture: the example without Положения)

ORIGINAL_ACTS = {"postanovlenie-2021-615.yaml", "prikaz-2021-112.yaml", "prikaz-2021-140.yaml", "prikaz-2023-95.yaml"}
IMPORTER_PENDING = pytest.mark.xfail(strict=True, reason="a layout the importer does not read yet")
PENDING: set[str] = set()


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Each file built once for both tests (a scan takes LibreOffice, pdftoppm and Pillow several seconds)."""
    folder = tmp_path_factory.mktemp("wide-corpus")
    built: dict[str, tuple[Path, WideExpected]] = {}

    def build_once(build, suffix: str) -> tuple[Path, WideExpected]:
        if build.__name__ not in built:
            path = folder / f"{build.__name__}{suffix}"
            built[build.__name__] = (path, build(path))
        return built[build.__name__]

    return build_once


def squeezed(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("build", "suffix"), BUILDERS, ids=[b.__name__ for b, _ in BUILDERS])
def test_builder_writes_a_file_libreoffice_opens(tmp_path, written, build, suffix):
    path, expected = written(build, suffix)
    assert path.stat().st_size > 0
    if suffix == ".pdf":
        text = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
        pages = int(
            re.search(
                r"Pages:\s+(\d+)",
                subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout,
            )[1]
        )
        if expected.scanned:
            assert text.strip() == "" and len(images.splitlines()) - 2 == pages, (text[:200], images)
            return
    else:
        text = convert(path, tmp_path / "opened.txt").read_text(encoding="utf-8-sig")
    for document in expected.documents:
        assert squeezed(document.title.removeprefix("Положение ")) in squeezed(text).replace("Положение ", ""), (
            document.title
        )


def band_span(band: dict, unit: str) -> tuple:
    """A band as the set of values it covers: bounds left open close at the unit's ends, so «менее 75 %»
    stored as {upper: 75} and a «100 %» stored as {lower: 100} compare by what they mean."""
    if band.get("answer") is not None:
        return ("answer", band["answer"], band["points"])
    if band.get("lower") is None and band.get("upper") is None:
        return ("condition", squeezed(str(band.get("condition", ""))).rstrip(".;").casefold(), band["points"])
    lower, upper = band.get("lower"), band.get("upper")
    lower_inclusive = band.get("lower_inclusive", True) if lower is not None else True
    upper_inclusive = band.get("upper_inclusive", False) if upper is not None else True
    top = 100.0 if unit == "процент" else math.inf
    return (
        "range",
        float(0 if lower is None else lower),
        lower_inclusive,
        float(top if upper is None else upper),
        upper_inclusive,
        band["points"],
    )


def expected_span(band: Band, unit: str) -> tuple:
    fields = {key: value for key, value in vars(band).items() if value is not None}
    return band_span(fields, unit)


def starts_with_words(text: str, words: str) -> bool:
    clean = re.sub(r"^[\d.\s)–—-]+", "", squeezed(text)).casefold()
    return clean.startswith(words.casefold())


def assert_document(project, document: ExpectedDocument) -> dict:
    data = yaml.safe_load(project.read(f"regulations/mechanisms/{document.mechanism}.yaml"))
    assert squeezed(data["title"]).casefold() == squeezed(document.title).casefold()
    for part, words in document.parts.items():
        value = data.get(part)
        first = value[0] if isinstance(value, list) and value else value
        if part == "indicators":
            first = first["name"] if first else ""
        assert first and starts_with_words(str(first), words), (document.mechanism, part, value)
    found = data["indicators"]
    assert [i["code"] for i in found] == [i.code for i in document.indicators]
    for indicator, wanted in zip(found, document.indicators):
        assert starts_with_words(indicator["name"], wanted.name_start), indicator["name"]
        assert indicator["unit"] == wanted.unit, indicator
        spans = sorted(band_span(b, wanted.unit) for b in indicator.get("scoring", []))
        wanted_spans = sorted(expected_span(b, wanted.unit) for b in wanted.bands)
        assert spans == wanted_spans, (wanted.code, indicator.get("scoring"))
    return data


def strings(value) -> list[str]:
    """Every line of a report's field, however the report nests it."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [line for item in value.values() for line in strings(item)]
    if isinstance(value, list):
        return [line for item in value for line in strings(item)]
    return []


def new_act(project, act: dict[str, str]) -> str:
    """The identifier of the act source the import wrote for the file's приказ, with its points."""
    acts = {
        p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in project.path("regulations/acts").iterdir()
        if p.name not in ORIGINAL_ACTS
    }
    found = [
        name
        for name, a in acts.items()
        if a.get("kind") == act["kind"]
        and str(a.get("number")) == act["number"]
        and str(a.get("date")) == act["date"]
        and (a.get("points") or a.get("control"))
    ]
    assert len(found) == 1, acts
    return found[0]


@pytest.mark.parametrize(
    ("build", "suffix"),
    [pytest.param(b, s, id=b.__name__, marks=[IMPORTER_PENDING] if b.__name__ in PENDING else []) for b, s in BUILDERS],
)
def test_wide_corpus_document_imports_whole(bare_project, written, build, suffix):
    path, expected = written(build, suffix)
    result = bare_project.run("import", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    reports = result.json()["imported"]
    written_sources = [r["source"] for r in reports if r["source"].startswith("regulations/mechanisms/")]
    assert written_sources == [f"regulations/mechanisms/{d.mechanism}.yaml" for d in expected.documents], reports
    sources = [assert_document(bare_project, d) for d in expected.documents]
    dumps = [yaml.safe_dump(data, allow_unicode=True, width=10**6) for data in sources]
    assert all(not r.get("unmapped") for r in reports), [r.get("unmapped") for r in reports]
    requisites = [line for r in reports for line in r.get("requisites", [])]
    for phrase in expected.requisites:
        assert any(line.startswith(phrase) for line in requisites), (phrase, requisites)
    for phrase in expected.kept_out:
        assert not any(phrase in squeezed(dump) for dump in dumps), phrase
    for phrase in expected.kept_in:
        assert any(phrase in squeezed(dump) for dump in dumps), phrase
    if expected.act:
        act = new_act(bare_project, expected.act)
        assert [data.get("approved_by") for data in sources] == [act] * len(sources)
    report_lines = [
        line for r in reports for key, value in r.items() if key not in ("file", "source") for line in strings(value)
    ]
    if expected.revisions:
        count, authors = expected.revisions
        assert any(str(count) in line and all(a in line for a in authors) for line in report_lines), report_lines
    else:
        assert not any("исправлени" in line for line in report_lines), report_lines
    if expected.scanned:
        assert any("распозна" in line for line in report_lines), json.dumps(reports, ensure_ascii=False)


def faithful(document: ExpectedDocument) -> dict:
    """The source a perfect import of ``document`` would write, bands as the range contract stores them."""
    data = {part: words + " …" for part, words in document.parts.items() if part not in ("tasks", "indicators")}
    data.update(mechanism=document.mechanism, title=document.title, tasks=[document.parts["tasks"] + " …"])
    data["indicators"] = [
        {
            "code": i.code,
            "name": f"{i.name_start} …",
            "unit": i.unit,
            "scoring": [{k: v for k, v in vars(b).items() if v is not None} for b in i.bands],
        }
        for i in document.indicators
    ]
    return data


def test_expectations_accept_a_faithful_source_and_catch_a_wrong_bound(bare_project):
    """The comparison itself: a perfect source passes, the same scale stored another way the contract allows
    («100 %» as a lower bound alone) passes, and one bound made exclusive fails."""
    document = expected_document(S15)
    data = faithful(document)

    def check() -> None:
        bare_project.write("regulations/mechanisms/1.5.yaml", yaml.safe_dump(data, allow_unicode=True))
        assert_document(bare_project, document)

    check()
    data["indicators"][1]["scoring"][0] = {"lower": 100, "points": 2}
    check()
    data["indicators"][1]["scoring"][1]["upper_inclusive"] = False
    with pytest.raises(AssertionError, match="1.5.2"):
        check()

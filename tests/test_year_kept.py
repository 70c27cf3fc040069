"""A mechanism's documents move to a new year (data/2025/1.1.csv collected after the 2024 documents were made): the
2024 справка, приказ and letters of 1.1 are the year's record and are kept in output/2024/ under their names, not
overwritten; the letter to an organization no longer addressed in 2025 is kept there too. Read back from the DOCX
`msoko regen all` writes, its output and the year page of `msoko serve`."""

from __future__ import annotations

import csv
import shutil

import pytest
from docx import Document
from lxml import html as lxml_html
from starlette.testclient import TestClient

from generator.project import ProjectLayout
from generator.web.app import create_app
from tests.conftest import REPO, ExampleProject, Result

from .test_web import BASE

KEPT = ("spravka-1.1.docx", "prikaz-itogi-1.1.docx", "rekomendacii-1.1-sosh-7.docx", "rekomendacii-1.1-licey-1.docx")
SAID = "Документы 2024\u00a0года по механизму 1.1 сохранены в output/2024/."


def _data_of_2025(project: ExampleProject) -> None:
    """data/2025/1.1.csv: the example's 2024 rows of 1.1, with licey-1 meeting every target (it gets no letter)."""
    project.path("data/2025").mkdir()
    shutil.copy(project.path("data/2024/organizations.yaml"), project.path("data/2025/organizations.yaml"))
    with open(project.path("data/2024/1.1.csv"), encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    denominators = {(r["organization"], r["indicator"]): r["value"] for r in rows if r["part"] == "denominator"}
    for row in rows:
        if row["organization"] == "licey-1" and row["part"] == "numerator":
            row["value"] = denominators.get(("licey-1", row["indicator"]), row["value"])
    with open(project.path("data/2025/1.1.csv"), "w", encoding="utf-8", newline="") as target:
        writer = csv.DictWriter(target, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> ExampleProject:
    """The example with its data, built: every mechanism's documents of 2024."""
    project = ExampleProject(tmp_path_factory.mktemp("kept") / "built")
    shutil.copytree(REPO / "data", project.path("data"))
    assert project.run("regen", "all").exit_code == 0
    return project


def _copy(built: ExampleProject, root) -> ExampleProject:
    project = ExampleProject(root)
    for folder in ("data", "output"):
        shutil.copytree(built.path(folder), project.path(folder), symlinks=True)
    return project


SIGNED = b"signed by hand"
"""What the 2024 справка holds once edited by hand (signed, numbered): the year's record, never overwritten."""


@pytest.fixture(scope="module")
def moved(built, tmp_path_factory) -> tuple[ExampleProject, Result, dict[str, bytes], Result]:
    """The 2024 справка of 1.1 edited by hand; then 1.1's data of 2025 collected and `regen all` run twice: the
    project, what the first regen said, the 2024 files as they were, and what the second said."""
    project = _copy(built, tmp_path_factory.mktemp("kept") / "project")
    with open(project.path("output/spravka-1.1.docx"), "ab") as edited:
        edited.write(SIGNED)
    before = {name: project.path(f"output/{name}").read_bytes() for name in KEPT}
    _data_of_2025(project)
    first = project.run("regen", "all", "-v")
    assert first.exit_code == 0, first.output
    second = project.run("regen", "all")
    assert second.exit_code == 0, second.output
    return project, first, before, second


def _heading(path) -> str:
    """The paragraph of a справка's or a приказ's title that names its year."""
    texts = [p.text.replace("\u00a0", " ") for p in Document(str(path)).paragraphs]
    return next(text for text in texts if "мониторинга" in text and " году" in text)


def test_the_documents_of_the_earlier_year_are_kept_in_its_folder_as_they_were(moved):
    project, _, before, _ = moved
    for name in KEPT:
        assert project.path(f"output/2024/{name}").read_bytes() == before[name], name
    assert "в 2024 году" in _heading(project.path("output/2024/spravka-1.1.docx"))
    assert "в 2024 году" in _heading(project.path("output/2024/prikaz-itogi-1.1.docx"))
    assert "в 2025 году" in _heading(project.path("output/spravka-1.1.docx"))
    assert "в 2025 году" in _heading(project.path("output/prikaz-itogi-1.1.docx"))
    assert not project.path("output/rekomendacii-1.1-licey-1.docx").exists()  # not addressed in 2025
    assert not project.path("output/2024/spravka-2.1.docx").exists()  # 2.1's documents are still of 2024


def test_a_kept_document_edited_by_hand_is_no_conflict_and_stays_as_edited(moved):
    project = moved[0]
    assert project.path("output/2024/spravka-1.1.docx").read_bytes().endswith(SIGNED)
    assert not project.path("output/spravka-1.1.docx").read_bytes().endswith(SIGNED)
    assert not list(project.path("output/.msoko").glob("backup/*"))  # kept where it belongs, not as a backup


def test_a_build_killed_after_the_move_is_completed_by_the_next(built, tmp_path):
    """A kill after the 2024 files were moved and before the new ones were written: the manifest still records
    2024's, the files are in output/2024/ and not in output/. The next run makes 2025's and warns of nothing."""
    project = _copy(built, tmp_path / "project")
    before = {name: project.path(f"output/{name}").read_bytes() for name in KEPT}
    project.path("output/2024").mkdir()
    for name in KEPT:
        project.path(f"output/{name}").rename(project.path(f"output/2024/{name}"))
    _data_of_2025(project)
    result = project.run("regen", "all")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    for name in KEPT:
        assert project.path(f"output/2024/{name}").read_bytes() == before[name], name
    assert "в 2025 году" in _heading(project.path("output/spravka-1.1.docx"))
    again = project.run("regen", "all")
    assert "записано 0," in again.stdout and again.stderr == ""


def test_regen_says_so_once_and_warns_of_nothing(moved):
    _, first, _, second = moved
    assert SAID in first.stdout
    assert (
        "записан: output/spravka-1.1.docx — год документа сменился: документ 2024\u00a0года сохраняется в папке "
        "своего года"
    ) in first.stdout.splitlines()
    assert "больше не составляется" not in first.output  # the letter to licey-1 is kept, not left behind
    assert SAID not in second.output
    assert "записано 0," in second.stdout
    assert second.stderr == ""


def test_the_year_page_lists_the_kept_documents_to_download(moved):
    project = moved[0]
    client = TestClient(create_app(ProjectLayout(project.root)), base_url=BASE)
    page = client.get("/monitoring/2024")
    assert page.status_code == 200
    tree = lxml_html.fromstring(page.text)
    links = {a.get("href"): a.text_content() for a in tree.xpath("//section[@id='documents']//a")}
    assert links["/download/2024/spravka-1.1.docx"].startswith("Аналитическая справка по итогам мониторинга")
    assert "в\u00a02024\u00a0году" in links["/download/2024/spravka-1.1.docx"].replace(" ", "\u00a0")
    assert "/download/2024/rekomendacii-1.1-licey-1.docx" in links
    download = client.get("/download/2024/spravka-1.1.docx")
    assert download.status_code == 200
    assert download.content == project.path("output/2024/spravka-1.1.docx").read_bytes()
    assert client.get("/download/2024/..%2Fspravka-1.1.docx").status_code == 404


def test_the_web_rebuild_and_the_json_report_say_so_too(built, tmp_path):
    """The page's rebuild (``regen all`` in a process of its own) says what it kept, as `regen` does; `--format
    json` lists it under ``kept``."""
    import threading

    from generator.web.actions import BuildJob, rebuild

    on_the_page = _copy(built, tmp_path / "page")
    _data_of_2025(on_the_page)
    job = BuildJob()
    thread = threading.Thread(target=rebuild, args=(ProjectLayout(on_the_page.root), False, job))
    thread.start()
    thread.join(300)
    assert not job.problems, job.problems
    assert job.kept == [SAID[:1].lower() + SAID[1:-1]]
    assert on_the_page.path("output/2024/spravka-1.1.docx").is_file()
    in_json = _copy(built, tmp_path / "json")
    _data_of_2025(in_json)
    result = in_json.run("regen", "all", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.json()["kept"] == [SAID[:1].lower() + SAID[1:-1]]


def test_with_the_profile_s_year_the_earlier_year_s_page_lists_what_is_kept_of_it(built, tmp_path):
    """`monitoring.year: 2025` in the profile: every mechanism's documents are of 2025 (1.1 alone has its data); the
    page of 2024 says so and still lists 1.1's documents of 2024, kept."""
    project = _copy(built, tmp_path / "project")
    _data_of_2025(project)
    project.replace("regulations/project.yaml", "monitoring:\n", "monitoring:\n  year: 2025\n")
    result = project.run("regen", "all")
    assert result.exit_code == 0, result.output
    assert SAID in result.stdout
    client = TestClient(create_app(ProjectLayout(project.root)), base_url=BASE)
    section = lxml_html.fromstring(client.get("/monitoring/2024").text).get_element_by_id("documents")
    assert "составляются за 2025" in section.text_content().replace("\u00a0", " ")
    hrefs = {a.get("href") for a in section.xpath(".//a")}
    assert {"/download/2024/spravka-1.1.docx", "/download/2024/prikaz-itogi-1.1.docx"} <= hrefs
    assert not any(href.startswith("/download/2024/spravka-1.2") for href in hrefs)  # 1.2's stay in output/


def test_a_file_already_in_the_year_s_folder_is_never_replaced(built, tmp_path):
    """The year's folder already holds a справка of that name (kept before, the year gone back and forth since): it
    stays as it is, and the one moved now is copied to the backups. A link planted in the folder's place is never
    followed: what it leads to is untouched, and the files go to the backups."""
    project = _copy(built, tmp_path / "project")
    before = project.path("output/spravka-1.1.docx").read_bytes()
    project.path("output/2024").mkdir()
    project.path("output/2024/spravka-1.1.docx").write_bytes(b"kept before")
    _data_of_2025(project)
    result = project.run("regen", "all")
    assert result.exit_code == 0, result.output
    assert project.path("output/2024/spravka-1.1.docx").read_bytes() == b"kept before"
    backups = list(project.path("output/.msoko/backup").glob("spravka-1.1.*.docx"))
    assert [path.read_bytes() for path in backups] == [before]
    assert "сохранена копия изменённого вручную файла: output/.msoko/backup/spravka-1.1." in result.stdout

    linked = _copy(built, tmp_path / "linked")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    linked.path("output/2024").symlink_to(elsewhere)
    _data_of_2025(linked)
    result = linked.run("regen", "all")
    assert result.exit_code == 0, result.output
    assert list(elsewhere.iterdir()) == []
    assert len(list(linked.path("output/.msoko/backup").glob("*.docx"))) == 13  # 1.1's справка, приказ, 11 letters

"""Benchmarks: ``python bench/run.py`` (a few minutes; never part of the tests).

In one run on this machine, each figure as min / median / max of a few runs:
  * cold ``msoko regen all`` (a new process, an empty ``output/``) of the example and of synthetic
    projects of 200 and 1000 Положения (the example plus copies of the 1.1 Положение as local mechanisms),
    the marginal cost of a document at 200 and at 1000, and the peak memory of the 1000 run;
  * ``msoko import`` of a Положение of about 20 pages as .docx and as a PDF, and of one scanned page
    (``bench/importing.py``; targets: under 2 s a file, under 10 s a scanned page);
  * a no-change ``regen all``, ``msoko --help`` (against a bare ``python -c pass``), ``check`` (the first
    on a machine, with no answers of the dictionary kept yet, and the usual one), ``evaluate``, ``lint`` of
    every DOCX and of the 17 PDFs of issue #27, the first ``diff`` after one change, ``pdf`` of those 17 beside
    one LibreOffice converting them and beside LibreOffice started for each document, with LibreOffice started
    for the command, cold and warm (``bench/pdfs.py``; msoko's modules compiled first, as an installed copy has
    them);
  * the web app's rebuild of the 200-Положение project, side by side with its cold ``regen all``;
  * the monitoring year for 1,000 ОО × 60 indicators: ``msoko collect`` and ``msoko results``
    (``bench/monitoring.py``; target: under 2 s of processor time together);
  * the monitoring year's documents (the аналитическая справка, the адресные рекомендации, the приказ об итогах)
    beside a Положение: the marginal cost of each in a cold ``regen all`` of 100 mechanisms with data, and each
    rendered in one process
    (``bench/yeardocs.py``);
  * two peers on the same content: pandoc converting equivalent Markdown, one process a document as a
    pandoc user runs it (warmed by one untimed run), and a docxtpl loop in one process over a template
    with the same parts (title, headings, numbered tasks, the indicator table).
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from importing import import_timings
from monitoring import monitoring_timings, target_line
from pdfs import pdf_timings, targets_met
from yeardocs import yeardocs_timings

REPO = Path(__file__).resolve().parent.parent
SIZES = (200, 1000)
PEER_SAMPLE = 20
Timing = list[float]


@dataclass
class Row:
    what: str
    volume: str
    times: Timing
    """Seconds (or seconds per document for per-document rows)."""
    ratio: str = ""


LAUNCHER = (
    "import os, subprocess, sys\n"
    "process = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(process.pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)
"""Runs a command and writes its peak memory. A child's ``ru_maxrss`` keeps the peak of the process it was forked
from until its exec (Linux folds the old address space's high-water mark into it, and Python forks with vfork), so a
command started straight from this bench, which holds 130 MB by then, would report the bench's size, not its own."""


def run(argv: list[str], cwd: Path | None = None, check: bool = True, peak: bool = False) -> tuple[float, int]:
    """Wall time and, with ``peak``, peak memory (kB, the process and its waited children, started from a small
    launcher, :data:`LAUNCHER`, whose start the wall time then includes) of one command; 0 for memory without it."""
    with tempfile.TemporaryFile() as errors, tempfile.NamedTemporaryFile("r") as written:
        start = time.perf_counter()
        launched = [sys.executable, "-c", LAUNCHER, written.name, *argv] if peak else argv
        process = subprocess.Popen(launched, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, _ = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if check and process.returncode != 0:
            errors.seek(0)
            raise SystemExit(
                f"{' '.join(argv[:6])} failed ({process.returncode}):\n{errors.read(3000).decode(errors='replace')}"
            )
        memory = written.read()
    return elapsed, int(memory) if memory else 0


def msoko(project: Path, *args: str, check: bool = True) -> float:
    return run([sys.executable, "-m", "generator", "--project", str(project), *args], check=check)[0]


def compile_msoko() -> None:
    """msoko's modules compiled once, as an installed msoko has them (pip compiles what it installs, and
    Python keeps what it compiles): in a checkout used from a shell that sets PYTHONDONTWRITEBYTECODE,
    every run would otherwise compile them again, and the bench would time the compiler."""
    run([sys.executable, "-m", "compileall", "-q", str(REPO / "generator"), str(REPO / "schemas")])


def times(runs: int, action: Callable[[], float]) -> Timing:
    return [action() for _ in range(runs)]


def example_project(root: Path) -> Path:
    shutil.copytree(REPO / "regulations", root / "regulations")
    return root


def synthetic_project(root: Path, size: int) -> Path:
    """The example plus local mechanisms 3.1 … 3.N, each with a copy of the 1.1 Положение."""
    example_project(root)
    profile_path = root / "regulations" / "project.yaml"
    profile = yaml.safe_load(profile_path.read_text(encoding="utf-8"))
    template = (root / "regulations" / "mechanisms" / "1.1.yaml").read_text(encoding="utf-8")
    existing = len(list((root / "regulations" / "mechanisms").glob("*.yaml")))
    codes = [f"3.{n}" for n in range(1, size - existing + 1)]
    for code in codes:
        profile["local_mechanisms"].append({"code": code, "group": 2, "title": f"Местная система мониторинга {code}"})
        # No approving act: the example's orders list their appendices, and a copy is in none of them.
        text = template.replace('mechanism: "1.1"', f'mechanism: "{code}"').replace('"1.1.', f'"{code}.')
        text = text.replace("approved_by: prikaz-2021-112\n", "")
        (root / "regulations" / "mechanisms" / f"{code}.yaml").write_text(text, encoding="utf-8")
    profile_path.write_text(yaml.safe_dump(profile, allow_unicode=True, sort_keys=False), encoding="utf-8")
    msoko_path = root / "regulations" / "msoko.yaml"
    umbrella = yaml.safe_load(msoko_path.read_text(encoding="utf-8"))
    umbrella["mechanisms"] += codes
    msoko_path.write_text(yaml.safe_dump(umbrella, allow_unicode=True, sort_keys=False), encoding="utf-8")
    roadmap_path = root / "regulations" / "roadmap.yaml"  # «check» wants every mechanism in the roadmap
    roadmap = yaml.safe_load(roadmap_path.read_text(encoding="utf-8"))
    roadmap["sections"][0]["items"][-1]["mechanisms"] = codes
    roadmap_path.write_text(yaml.safe_dump(roadmap, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


def cold(project: Path, peak: bool = False) -> tuple[float, int]:
    shutil.rmtree(project / "output", ignore_errors=True)
    return run([sys.executable, "-m", "generator", "--project", str(project), "regen", "all"], peak=peak)


def documents(project: Path) -> int:
    return len(list((project / "output").glob("*.docx")))


# Peers: the content of a Положение as Markdown (pandoc) and as a docxtpl context.

SECTIONS = (
    ("Методы сбора и обработки информации", "methods"),
    ("Периодичность и сроки", "schedule"),
    ("Критерии оценивания", "criteria"),
    ("Участники", "participants"),
)


def band_text(band: dict) -> str:
    """A scoring band as a peer's author would type it: its condition, its answer or its range."""
    if "condition" in band or "answer" in band:
        return str(band.get("condition", band.get("answer")))
    return f"{band.get('lower', '')}–{band.get('upper', '')}"


def content_of(source: dict) -> dict:
    rows = []
    for indicator in source["indicators"]:
        rows.append(
            [
                indicator["code"],
                indicator["name"],
                indicator["unit"],
                "; ".join(str(v) for v in indicator.get("calculation", {}).values()),
                str(indicator.get("source", "")),
                "; ".join(f"{band_text(b)} — {b['points']}" for b in indicator.get("scoring", [])),
            ]
        )
    sections = [(title, str(source.get(key, ""))) for title, key in SECTIONS]
    sections += [("Использование результатов", str(text)) for text in source.get("use_of_results", {}).values()]
    return {
        "title": source["title"],
        "goal": source["goal"],
        "tasks": list(source["tasks"]),
        "rows": rows,
        "sections": sections,
    }


def markdown_of(content: dict) -> str:
    lines = [f"# {content['title']}", "", "## Цель мониторинга", "", content["goal"], "", "## Задачи мониторинга", ""]
    lines += [f"{n}. {task}" for n, task in enumerate(content["tasks"], 1)]
    lines += [
        "",
        "## Показатели мониторинга",
        "",
        "| Код | Показатель | Ед. | Расчёт | Источник | Шкала |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        "| " + " | ".join(cell.replace("|", "/").replace("\n", " ") for cell in row) + " |" for row in content["rows"]
    ]
    for title, text in content["sections"]:
        lines += ["", f"## {title}", "", text]
    return "\n".join(lines) + "\n"


def peer_contents(project: Path) -> list[dict]:
    sources = sorted((project / "regulations" / "mechanisms").glob("*.yaml"))[:PEER_SAMPLE]
    return [content_of(yaml.safe_load(path.read_text(encoding="utf-8"))) for path in sources]


def pandoc_per_document(contents: list[dict], work: Path) -> Timing | None:
    """One pandoc process a document, as a user converts a file; the first run only warms the caches."""
    if shutil.which("pandoc") is None:
        return None
    inputs = []
    for number, content in enumerate(contents):
        markdown = work / f"pandoc-{number}.md"
        markdown.write_text(markdown_of(content), encoding="utf-8")
        inputs.append(markdown)
    run(["pandoc", str(inputs[0]), "-o", str(work / "warm.docx")])
    return [run(["pandoc", str(path), "-o", str(path.with_suffix(".docx"))])[0] for path in inputs]


def docxtpl_template(path: Path) -> None:
    """A docxtpl template with the parts of a Положение: title, headings, numbered tasks, a 6-column table."""
    from docx import Document

    document = Document()
    document.add_heading("{{ title }}", level=1)
    document.add_heading("Цель мониторинга", level=2)
    document.add_paragraph("{{ goal }}")
    document.add_heading("Задачи мониторинга", level=2)
    document.add_paragraph("{%p for task in tasks %}")
    document.add_paragraph("{{ loop.index }}. {{ task }}", style="List Number")
    document.add_paragraph("{%p endfor %}")
    document.add_heading("Показатели мониторинга", level=2)
    table = document.add_table(rows=3, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Код", "Показатель", "Ед.", "Расчёт", "Источник", "Шкала")):
        cell.text = text
    table.rows[1].cells[0].text = "{%tr for row in rows %}"
    for index, cell in enumerate(table.rows[2].cells):
        cell.text = "{{ row[%d] }}" % index
    extra = table.add_row()
    extra.cells[0].text = "{%tr endfor %}"
    document.add_paragraph("{%p for title, text in sections %}")
    document.add_heading("{{ title }}", level=2)
    document.add_paragraph("{{ text }}")
    document.add_paragraph("{%p endfor %}")
    document.save(str(path))


def docxtpl_per_document(contents: list[dict], work: Path) -> Timing:
    """A loop in one process, as a docxtpl program renders a set: load the template, render, save."""
    from docxtpl import DocxTemplate

    template = work / "template.docx"
    docxtpl_template(template)
    timings = []
    for content in [contents[0], *contents]:  # the first render warms imports and caches, untimed
        start = time.perf_counter()
        document = DocxTemplate(str(template))
        document.render(content)
        document.save(io.BytesIO())
        timings.append(time.perf_counter() - start)
    return timings[1:]


def first_check(example: Path, work: Path) -> float:
    """``check`` as on a new machine: no answers of the dictionary kept yet (``generator/lint/memo.py``)."""
    cache = Path(tempfile.mkdtemp(dir=work))
    saved = os.environ["XDG_CACHE_HOME"]
    os.environ["XDG_CACHE_HOME"] = str(cache)
    try:
        return msoko(example, "check")
    finally:
        os.environ["XDG_CACHE_HOME"] = saved
        shutil.rmtree(cache)


def diff_after_change(example: Path) -> Timing:
    """Approve the example, change one indicator's name, regen, then time the first ``msoko diff``."""
    msoko(example, "approve", "--by", "бенчмарк")
    source = example / "regulations" / "mechanisms" / "1.1.yaml"
    source.write_text(
        source.read_text(encoding="utf-8").replace("Доля выпускников 9 классов", "Доля выпускников девятых классов", 1),
        encoding="utf-8",
    )
    msoko(example, "regen", "all")

    def first_diff() -> float:
        shutil.rmtree(example / "output" / "redlines", ignore_errors=True)  # no reused redline
        return msoko(example, "diff")

    return times(3, first_diff)


WEB_REBUILD = """
import sys, threading, time
from pathlib import Path
from generator.project import ProjectLayout
from generator.web.actions import BuildJob, rebuild
job = BuildJob()
start = time.perf_counter()
server = threading.Thread(target=rebuild, args=(ProjectLayout(Path(sys.argv[1])), False, job))
server.start()
server.join()
assert not job.problems and job.written, job.problems
print(time.perf_counter() - start)
"""
"""The web app's rebuild as a page starts it: on a thread of a process that has other threads."""


def web_rebuild(project: Path) -> float:
    """A cold rebuild through the web app's action, timed from the click to the finished job."""
    shutil.rmtree(project / "output", ignore_errors=True)
    done = subprocess.run([sys.executable, "-c", WEB_REBUILD, str(project)], cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"web rebuild failed:\n{done.stderr[-3000:]}")
    return float(done.stdout.split()[-1])


PDFMINER_LINT = """
import sys
from generator.cli import main
from generator.pdf import reader
reader._placed_alike = lambda page: False  # every page's content parsed by pdfminer, as before issue #27
sys.argv = ["msoko", "lint", *sys.argv[1:]]
main(prog_name="msoko")
"""
"""``msoko lint`` with the PDF pages read as before issue #27 (pdfminer parsing each page's content in Python);
the rules and everything else as now."""


def lint_pdfs(example: Path, pdfminer: bool = False) -> Timing | None:
    pdfs = sorted(str(p) for p in (example / "output" / "pdf").glob("*.pdf"))
    if not pdfs:
        return None
    command = [sys.executable, "-c", PDFMINER_LINT] if pdfminer else [sys.executable, "-m", "generator", "lint"]
    return times(3, lambda: run([*command, *pdfs], cwd=REPO, check=False)[0])


def spread(timing: Timing, scale: float = 1.0, unit: str = "с") -> str:
    low, middle, high = min(timing) * scale, statistics.median(timing) * scale, max(timing) * scale
    digits = 1 if unit == "мс" else 2
    return f"{low:.{digits}f} / **{middle:.{digits}f}** / {high:.{digits}f} {unit}"


def main() -> None:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="msoko-bench-") as tmp:
        work = Path(tmp)
        os.environ["XDG_CACHE_HOME"] = str(work / "cache")  # msoko's kept answers: the bench's own, not the user's
        compile_msoko()
        example = example_project(work / "example")
        contents = peer_contents(example)
        pandoc = pandoc_per_document(contents, work)
        docxtpl = docxtpl_per_document(contents, work)
        pandoc_doc = statistics.median(pandoc) if pandoc else None
        bare = times(5, lambda: run([sys.executable, "-c", "pass"])[0])
        helped = times(5, lambda: run([sys.executable, "-m", "generator", "--help"])[0])

        example_cold = times(3, lambda: cold(example)[0])
        example_docs = documents(example)
        unchanged = times(5, lambda: msoko(example, "regen", "all"))
        first_checks = times(3, lambda: first_check(example, work))
        checked = times(5, lambda: msoko(example, "check"))
        evaluated = times(3, lambda: msoko(example, "evaluate"))
        docx_files = sorted(str(p) for p in (example / "output").glob("*.docx"))
        linted = times(3, lambda: run([sys.executable, "-m", "generator", "lint", *docx_files], check=False)[0])
        converted, pdf_walls = pdf_timings(example, work)
        linted_pdfs = lint_pdfs(example)
        linted_pdfs_before = lint_pdfs(example, pdfminer=True)
        diffed = diff_after_change(example)
        imports = import_timings(example, work)
        monitored = monitoring_timings(work)
        year_documents = yeardocs_timings(work)

        marginal: dict[int, Timing] = {}
        sized: dict[int, tuple[int, Timing, int]] = {}
        from_web: dict[int, Timing] = {}
        base = statistics.median(example_cold)
        for size in SIZES:
            project = synthetic_project(work / f"synthetic-{size}", size)
            measured = [cold(project) for _ in range(3 if size < 1000 else 2)]
            count = documents(project)
            sized[size] = (count, [t for t, _ in measured], cold(project, peak=True)[1])  # one more run, untimed
            marginal[size] = [(t - base) / (count - example_docs) for t, _ in measured]
            if size == SIZES[0]:
                from_web[size] = [web_rebuild(project) for _ in range(3)]
            shutil.rmtree(project)

    def vs_pandoc(seconds: float) -> str:
        return f"{seconds / pandoc_doc:.1f} док. pandoc" if pandoc_doc else ""

    def faster(per_document: Timing) -> str:
        middle = statistics.median(per_document)
        parts = [f"в {pandoc_doc / middle:.1f} раза быстрее pandoc"] if pandoc_doc else []
        parts.append(f"в {statistics.median(docxtpl) / middle:.1f} раза быстрее docxtpl")
        return "; ".join(parts)

    if pandoc:
        rows.append(Row("pandoc, 1 процесс на документ (Markdown → DOCX)", "1 док.", pandoc))
    rows.append(Row("docxtpl, цикл в одном процессе (шаблон → DOCX)", "1 док.", docxtpl))
    rows.append(Row("`python -c pass`", "—", bare))
    rows.append(
        Row(
            "`msoko --help`",
            "—",
            helped,
            f"{statistics.median(helped) / statistics.median(bare):.1f}× `python -c pass`",
        )
    )
    rows.append(Row("пример, холодный `regen all`", f"{example_docs} док.", example_cold, vs_pandoc(base)))
    rows.append(
        Row(
            "пример, `regen all` без изменений",
            f"{example_docs} док.",
            unchanged,
            vs_pandoc(statistics.median(unchanged)),
        )
    )
    rows.append(Row("`msoko check`, пример, первый на машине", "—", first_checks))
    rows.append(Row("`msoko check`, пример", "—", checked))
    rows.append(Row("`msoko evaluate`, пример", "—", evaluated))
    rows.append(Row("`msoko lint`, все DOCX примера", f"{len(docx_files)} файлов", linted))
    rows.append(Row("`msoko diff` после одного изменения", "1 изм. док.", diffed))
    rows.extend(Row(what, volume, timing, comparison) for what, volume, timing, comparison in converted)
    if linted_pdfs and linted_pdfs_before:
        rows.append(
            Row(
                "`msoko lint`, все PDF примера, страницы через pdfminer (до #27)",
                f"{example_docs} файлов",
                linted_pdfs_before,
            )
        )
        rows.append(
            Row(
                "`msoko lint`, все PDF примера (страницы через pdfium)",
                f"{example_docs} файлов",
                linted_pdfs,
                f"в {statistics.median(linted_pdfs_before) / statistics.median(linted_pdfs):.1f} раза быстрее",
            )
        )
    rows.extend(Row(what, volume, timing, processor) for what, volume, timing, processor in imports + monitored)
    for size in SIZES:
        count, timing, memory = sized[size]
        rows.append(
            Row(
                "синтетический проект, холодный `regen all`", f"{count} док.", timing, f"пик памяти {memory // 1024} МБ"
            )
        )
    for size, timing in from_web.items():
        web_ratio = statistics.median(timing) / statistics.median(sized[size][1])
        rows.append(
            Row(
                "веб-приложение, пересборка с нуля",
                f"{sized[size][0]} док.",
                timing,
                f"{web_ratio:.2f}× холодного `regen all`",
            )
        )
    for size in SIZES:
        rows.append(
            Row(
                f"msoko, предельная цена документа (пример → {sized[size][0]})",
                "1 док.",
                marginal[size],
                faster(marginal[size]),
            )
        )
    rows.extend(Row(what, volume, timing, comparison) for what, volume, timing, comparison in year_documents)
    linear = statistics.median(marginal[SIZES[1]]) / statistics.median(marginal[SIZES[0]])
    print("| замер | объём | мин / **медиана** / макс | сравнение |")
    print("|---|---|---|---|")
    for row in rows:
        per_document = row.volume == "1 док." and "diff" not in row.what
        shown = spread(row.times, 1000, "мс") if per_document else spread(row.times)
        print(f"| {row.what} | {row.volume} | {shown} | {row.ratio} |")
    print(
        f"\nЦена документа при {sized[SIZES[1]][0]} / при {sized[SIZES[0]][0]}: {linear:.2f}; "
        f"процессоров: {os.cpu_count()}; нагрузка (1 мин): {os.getloadavg()[0]:.2f}."
    )
    median = statistics.median
    targets = [
        (
            "цена документа ≥ 10× быстрее pandoc (200 и 1000)",
            bool(pandoc_doc) and all(pandoc_doc / median(marginal[size]) >= 10 for size in SIZES),
        ),
        ("цена документа при 1000 в пределах 15 % от цены при 200", abs(linear - 1) <= 0.15),
        ("`regen all` без изменений ≤ 2 док. pandoc", bool(pandoc_doc) and median(unchanged) <= 2 * pandoc_doc),
        ("`msoko --help` ≤ 5× `python -c pass`", median(helped) <= 5 * median(bare)),
        ("`check` на примере ≤ 0,25 с", median(checked) <= 0.25),
        ("`check` на примере ≤ 0,25 с и в первый раз на машине", median(first_checks) <= 0.25),
        ("холодные 1000 Положений ≤ 10 с", median(sized[SIZES[1]][1]) <= 10),
    ]
    print("\nЦели #14: " + "; ".join(f"{what} — {'да' if held else 'нет'}" for what, held in targets) + ".")
    web = median(from_web[SIZES[0]]) / median(sized[SIZES[0]][1])
    targets = [
        ("пересборка в веб-приложении в пределах 10 % от `regen all`", web <= 1.10),
        ("`lint` 17 PDF < 2 с", bool(linted_pdfs) and median(linted_pdfs or [0]) < 2),
        ("пик памяти 1000 Положений < 120 МБ", sized[SIZES[1]][2] // 1024 < 120),
    ]
    pdf_target = (
        f"`pdf` 17 документов в 2 раза быстрее одного LibreOffice на все: {targets_met(pdf_walls)}; "
        if pdf_walls
        else ""
    )
    print(
        "\nЦели #27: " + pdf_target + "; ".join(f"{what} — {'да' if held else 'нет'}" for what, held in targets) + "."
    )
    print(f"\n{target_line(monitored)}")


if __name__ == "__main__":
    main()

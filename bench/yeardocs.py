"""The monitoring year's documents for ``bench/run.py`` (issue 28): what an аналитическая справка, a letter of
адресные рекомендации and a приказ «Об итогах мониторинга …» cost beside a Положение, on a project of 100 mechanisms
with two years of data (the example's nine and copies of the 1.1 Положение with copies of its data).

Two measures, each as the user pays it or as the renderer spends it:
  * the marginal cost of a year document: a cold ``msoko regen all`` with the data minus one without, over the
    number of year documents the data add, beside the marginal cost of a Положение (the 100-mechanism project
    without data minus the example without data, over the Положения it adds) — wall and processor time;
  * rendering alone, in one process: each document of the project rendered once, the median by kind, the garbage
    collected before each and not during it (a full collection, over 100 ms on this heap, fell on whichever
    document was being timed), beside the size of each kind in paragraphs: the справка of 1.1, which its 91 copies
    make the median, has 924 paragraphs and 838 table cells against a Положение's 192 and 79.
``python bench/yeardocs.py`` runs it alone."""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from importing import timed

MECHANISMS = 100
RUNS = 3
REPO = Path(__file__).resolve().parent.parent


def year_project(root: Path) -> tuple[Path, list[str]]:
    """The example with local mechanisms 3.1 … 3.91, each a copy of 1.1, and their data copied from 1.1's."""
    from run import synthetic_project

    project = synthetic_project(root, MECHANISMS)
    shutil.copytree(REPO / "data", project / "data")
    codes = sorted(path.stem for path in (project / "regulations" / "mechanisms").glob("3.*.yaml"))
    for year in (project / "data").iterdir():
        if not year.is_dir():
            continue
        text = (year / "1.1.csv").read_text(encoding="utf-8")
        for code in codes:
            (year / f"{code}.csv").write_text(text.replace(",1.1.", f",{code}."), encoding="utf-8")
    return project, codes


def _cold(project: Path, with_data: bool) -> tuple[float, float, int]:
    """(wall, processor, documents) of a cold ``regen all``, the data moved aside when not wanted."""
    shutil.rmtree(project / "output", ignore_errors=True)
    aside = project.parent / "data-aside"
    moved = not with_data and (project / "data").is_dir()
    if moved:
        (project / "data").rename(aside)
    try:
        wall, used = timed([sys.executable, "-m", "generator", "--project", str(project), "regen", "all"])
    finally:
        if moved:
            aside.rename(project / "data")
    return wall, used, len(list((project / "output").glob("*.docx")))


def _example(work: Path) -> Path:
    from run import example_project

    return example_project(work / "year-example")


def marginal_costs(work: Path) -> list[tuple[str, list[float], list[float]]]:
    """(what, wall seconds per document of each run, processor seconds per document)."""
    project, _ = year_project(work / "year-project")
    example = _example(work)
    base = [_cold(example, with_data=False) for _ in range(RUNS)]
    plain = [_cold(project, with_data=False) for _ in range(RUNS)]
    full = [_cold(project, with_data=True) for _ in range(RUNS)]
    regulations = plain[0][2] - base[0][2]
    year_documents = full[0][2] - plain[0][2]
    rows = []
    for what, runs, before, count in (
        ("Положение", plain, base, regulations),
        ("документ мониторинга (справка или приказ)", full, plain, year_documents),
    ):
        wall = statistics.median(run[0] for run in before)
        used = statistics.median(run[1] for run in before)
        rows.append(
            (
                f"{what}, предельная цена ({count} док.)",
                [(run[0] - wall) / count for run in runs],
                [(run[1] - used) / count for run in runs],
            )
        )
    return rows


def render_costs(work: Path) -> tuple[dict[str, list[float]], dict[str, list[int]]]:
    """Seconds each document took to render, by kind, in one process (no start, no writing), and the paragraphs
    of each (table cells' included)."""
    import gc
    import io
    import zipfile

    sys.path.insert(0, str(REPO))
    from generator.build.plan import plan_targets
    from generator.build.render import Renderer
    from generator.project import ProjectLayout
    from generator.sources.checked import valid_project

    project = valid_project(ProjectLayout(year_project(work / "render-project")[0]))
    renderer = Renderer(project)
    costs: dict[str, list[float]] = {}
    paragraphs: dict[str, list[int]] = {}
    for target in plan_targets(project):
        made = renderer.render(target)  # templates compiled and styles made: the first of a kind is not timed alone
        gc.collect()
        gc.disable()
        start = time.process_time()
        renderer.render(target)
        costs.setdefault(target.kind, []).append(time.process_time() - start)
        gc.enable()
        body = zipfile.ZipFile(io.BytesIO(made)).read("word/document.xml")
        paragraphs.setdefault(target.kind, []).append(body.count(b"<w:p>") + body.count(b"<w:p "))
    return costs, paragraphs


def yeardocs_timings(work: Path) -> list[tuple[str, str, list[float], str]]:
    """Rows for ``bench/run.py``: (what, volume, seconds per document, comparison)."""
    rows = [
        (f"`regen all`, {what}", "1 док.", walls, f"процессор: {statistics.median(used) * 1000:.1f} мс")
        for what, walls, used in marginal_costs(work)
    ]
    costs, paragraphs = render_costs(work)
    regulation = statistics.median(costs["regulation"])
    regulation_size = statistics.median(paragraphs["regulation"])
    for kind, what in (
        ("regulation", "Положение о мониторинге"),
        ("analysis", "аналитическая справка"),
        ("recommendations", "адресные рекомендации (письмо ОО)"),
        ("results_order", "приказ об итогах мониторинга"),
    ):
        ratio = statistics.median(costs[kind]) / regulation
        size = statistics.median(paragraphs[kind]) / regulation_size
        rows.append(
            (
                f"отрисовка в одном процессе: {what}",
                "1 док.",
                costs[kind],
                f"{ratio:.2f}× Положения; абзацев {size:.2f}× Положения; на абзац {ratio / size:.2f}×",
            )
        )
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="msoko-bench-") as folder:
        rows = yeardocs_timings(Path(folder))
    for what, volume, seconds, comparison in rows:
        low, middle, high = (1000 * f(seconds) for f in (min, statistics.median, max))
        print(f"| {what} | {volume} | {low:.1f} / **{middle:.1f}** / {high:.1f} мс | {comparison} |")


if __name__ == "__main__":
    main()

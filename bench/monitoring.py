"""Monitoring timings for ``bench/run.py`` (issue 28): the collection and the results of a year for 1,000
organizations × 60 indicators — six local mechanisms of ten shares each, every school answering every one, so
six workbooks of 1,000 rows and 20 columns (120,000 cells) — as the user runs them: ``msoko collect`` of the six
returned workbooks (a new process: read, every cell checked, the stored year merged and written) and ``msoko
results`` for the year (the stored data of that year and the one before read, every value computed and
scored). Target: under 2 s together, judged by processor time — on a machine others share, the wall time is the
processor's share of it, not msoko's speed — with the wall time and the load average beside. ``python
bench/monitoring.py`` runs it alone (msoko's modules compiled first, as ``bench/run.py`` has them).

The workbooks are made by ``msoko collect forms`` and filled by openpyxl (the test extras) before the clock runs."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

import yaml

from example_data import fill_workbook
from importing import timed

ORGANIZATIONS, MECHANISMS, PER_MECHANISM = 1000, 6, 10
YEAR = 2024


def monitoring_project(root: Path) -> tuple[Path, list[str]]:
    """The example with 1,000 schools and local mechanisms 3.1 … 3.6 of ten shares of level ОО each."""
    from run import synthetic_project

    project = synthetic_project(root, 9 + MECHANISMS)
    codes = [f"3.{n}" for n in range(1, MECHANISMS + 1)]
    for code in codes:
        path = project / "regulations" / "mechanisms" / f"{code}.yaml"
        source = yaml.safe_load(path.read_text(encoding="utf-8"))
        share = next(i for i in source["indicators"] if i["level"] == "ОО" and i["unit"] == "процент")
        source["indicators"] = [
            {**share, "code": f"{code}.{n}", "name": f"{share['name']} (показатель {n})"}
            for n in range(1, PER_MECHANISM + 1)
        ]
        for indicator in source["indicators"]:
            indicator.pop("applies_to", None)
        source["total"]["indicators"] = [f"{code}.{n}" for n in (1, 2, 3)]
        path.write_text(yaml.safe_dump(source, allow_unicode=True, sort_keys=False), encoding="utf-8")
    schools = [
        {
            "id": f"sosh-{n}",
            "name": f"Средняя общеобразовательная школа № {n}",
            "short_name": f"СОШ № {n}",
            "kind": "школа",
            "levels": ["начальное", "основное", "среднее"],
        }
        for n in range(1, ORGANIZATIONS + 1)
    ]
    (project / "regulations" / "organizations.yaml").write_text(
        yaml.safe_dump({"organizations": schools}, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return project, codes


def _value(key: str, code: str, label: str, year: int, among: tuple[str, ...]) -> int:
    seed = sum(map(ord, key + code)) + year
    return 200 + seed % 50 if label.startswith("Знаменатель") else 120 + seed % 80


def _returned(project: Path, codes: list[str], year: int, folder: Path) -> list[str]:
    msoko = [sys.executable, "-m", "generator", "--project", str(project)]
    timed([*msoko, "collect", "forms", *codes, "--year", str(year)])
    filled = []
    for code in codes:
        target = folder / f"{year}-{code}.xlsx"
        fill_workbook(project / "output" / "collection" / str(year) / f"{code}.xlsx", target, _value, year)
        filled.append(str(target))
    return filled


Timings = list[tuple[str, str, list[float], str]]


def monitoring_timings(work: Path) -> Timings:
    """(what, volume, wall seconds of each run, the processor time) for the collection and the results."""
    project, codes = monitoring_project(work / "monitoring-project")
    msoko = [sys.executable, "-m", "generator", "--project", str(project)]
    folder = work / "monitoring-returned"
    folder.mkdir()
    timed([*msoko, "collect", *_returned(project, codes, YEAR - 1, folder)])  # the year before, for the changes
    returned = _returned(project, codes, YEAR, folder)
    volume = f"{ORGANIZATIONS} ОО × {MECHANISMS * PER_MECHANISM} пок."
    rows: Timings = []
    for what, argv in (
        ("`msoko collect`, 6 книг", [*msoko, "collect", "--year", str(YEAR), *returned]),
        ("`msoko results` за год (с прошлым годом)", [*msoko, "results", *codes, "--year", str(YEAR)]),
    ):
        runs = [timed(argv) for _ in range(3)]
        rows.append(
            (
                what,
                volume,
                [wall for wall, _ in runs],
                f"процессор: {statistics.median(used for _, used in runs):.2f} с",
            )
        )
    return rows


def target_line(rows: Timings) -> str:
    """Issue 28's target judged by the processor time of the two commands together (the medians' sum)."""
    used = sum(float(processor.split()[1]) for *_, processor in rows)
    wall = sum(statistics.median(walls) for _, _, walls, _ in rows)
    return (
        f"Цель #28: сбор и расчёт 1000 ОО × 60 показателей < 2 с процессорного времени — {used:.2f} с, "
        f"{'да' if used < 2 else 'нет'} (по часам {wall:.2f} с при нагрузке {os.getloadavg()[0]:.2f} на "
        f"{os.cpu_count()} ядрах)."
    )


def main() -> None:
    from run import compile_msoko

    compile_msoko()
    with tempfile.TemporaryDirectory(prefix="msoko-bench-") as folder:
        rows = monitoring_timings(Path(folder))
    for what, volume, walls, processor in rows:
        print(
            f"| {what} | {volume} | {min(walls):.2f} / **{statistics.median(walls):.2f}** / {max(walls):.2f} с "
            f"| {processor} |"
        )
    print(f"\n{target_line(rows)}")


if __name__ == "__main__":
    main()

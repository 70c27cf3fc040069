"""PDF timings for ``bench/run.py`` (issue #27): the example's 17 documents of the issue converted, side by side in
one run, by LibreOffice started for each document (as a user converts them by hand), by one LibreOffice for the
set (as ``msoko pdf`` did before #27), and by ``msoko pdf`` three ways: with LibreOffice started for the command on
every core (``MSOKO_OFFICE_IDLE=0``, as before the kept LibreOffices), cold (the kept LibreOffices starting) and warm
(running already). Each with its processor time: the command's and its children's, and for the kept LibreOffices,
which are no command's children, what they spent meanwhile (read from /proc). Target: ``msoko pdf`` twice as fast
as one LibreOffice for the set. ``python bench/pdfs.py`` runs it alone, on a copy of the example."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from importing import timed

ISSUE_SET = (
    "dorozhnaya-karta koncepciya polozhenie-1.1 polozhenie-1.2 polozhenie-1.3 polozhenie-1.4 polozhenie-1.5 "
    "polozhenie-2.1 polozhenie-2.2 polozhenie-2.3 polozhenie-2.4 polozhenie-msoko postanovlenie-2021-615 "
    "prikaz-2021-112 prikaz-2021-140 prikaz-2023-95 samoocenka"
).split()
"""The example's documents when issue #27 was written (it has the monitoring year's since)."""
Row = tuple[str, str, list[float], str]


def kept_processor_seconds(cache: Path) -> float:
    """User and system time of the live processes whose command line names ``cache``: the kept LibreOffices."""
    ticks = 0
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(cache).encode() in (entry / "cmdline").read_bytes():
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                ticks += int(fields[11]) + int(fields[12])
        except OSError:  # ended meanwhile
            continue
    return ticks / os.sysconf("SC_CLK_TCK")


def stop_kept() -> None:
    from generator.docx.converters import stop_converters

    stop_converters()


def libreoffice_alone(example: Path, work: Path, per_document: bool) -> list[tuple[float, float]]:
    """LibreOffice with no msoko around it, glibc's default heap, a new profile each run: in one process for the
    set, or ``per_document``, started anew for each document (the profile kept between starts, as a user's is)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    documents = [str(example / "output" / f"{name}.docx") for name in ISSUE_SET]
    calls = [[document] for document in documents] if per_document else [documents]
    runs = []
    for _ in range(2 if per_document else 3):
        with tempfile.TemporaryDirectory(dir=work) as folder:
            profile = f"-env:UserInstallation=file://{folder}/profile"
            spent = [
                timed(
                    [str(soffice), profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, *c]
                )
                for c in calls
            ]
        runs.append((sum(wall for wall, _ in spent), sum(used for _, used in spent)))
    return runs


def msoko_pdf(example: Path, idle: str, before: str) -> list[tuple[float, float]]:
    """``msoko pdf`` of the set, three runs, its PDFs removed before each; ``before``: «stop» the kept LibreOffices
    (cold), «warm» them with one untimed run first, or nothing."""
    cache = Path(os.environ["XDG_CACHE_HOME"])
    argv = [sys.executable, "-m", "generator", "--project", str(example), "pdf", *ISSUE_SET]
    environment = {**os.environ, "MSOKO_OFFICE_IDLE": idle}
    stop_kept()
    if before == "warm":
        timed(argv, environment)
    runs = []
    for _ in range(3):
        shutil.rmtree(example / "output" / "pdf", ignore_errors=True)
        if before == "stop":
            stop_kept()
        kept_before = kept_processor_seconds(cache)
        wall, used = timed(argv, environment)
        runs.append((wall, used + kept_processor_seconds(cache) - kept_before))
    stop_kept()
    return runs


def pdf_timings(example: Path, work: Path) -> tuple[list[Row], dict[str, float]]:
    """The rows (what, volume, wall seconds of each run, comparison) and the median wall seconds of each way, by
    name; none where LibreOffice is missing. The example's documents must be generated."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        return [], {}
    ways = {
        "per_document": "LibreOffice, запуск на каждый документ (`soffice --convert-to pdf` по одному)",
        "one": "LibreOffice одним процессом на все, как `msoko pdf` до #27",
        "fresh": "`msoko pdf`, LibreOffice на каждом ядре, запущенные для команды (`MSOKO_OFFICE_IDLE=0`)",
        "cold": "`msoko pdf`, холодный: LibreOffice на каждом ядре запускаются и остаются",
        "warm": "`msoko pdf`, тёплый: LibreOffice уже запущены",
    }
    measured = {
        "per_document": libreoffice_alone(example, work, per_document=True),
        "one": libreoffice_alone(example, work, per_document=False),
        "fresh": msoko_pdf(example, "0", ""),
        "cold": msoko_pdf(example, "300", "stop"),
        "warm": msoko_pdf(example, "300", "warm"),
    }
    walls = {name: statistics.median(wall for wall, _ in runs) for name, runs in measured.items()}
    used = {name: statistics.median(spent for _, spent in runs) for name, runs in measured.items()}
    rows = []
    for name, what in ways.items():
        comparison = f"процессор {used[name]:.2f} с"
        if name not in ("per_document", "one"):
            comparison += (
                f"; в {walls['one'] / walls[name]:.1f} раза быстрее одного процесса "
                f"(процессора в {used['one'] / used[name]:.1f} раза меньше)"
            )
        rows.append((what, f"{len(ISSUE_SET)} док.", [wall for wall, _ in measured[name]], comparison))
    return rows, walls


def main() -> None:
    import subprocess

    repo = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="msoko-bench-") as folder:
        work = Path(folder)
        os.environ["XDG_CACHE_HOME"] = str(work / "cache")
        shutil.copytree(repo / "regulations", work / "example" / "regulations")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(repo / "generator"), str(repo / "schemas")])
        generated = [sys.executable, "-m", "generator", "--project", str(work / "example"), "regen", "all"]
        subprocess.run(generated, check=True, capture_output=True)
        load = os.getloadavg()[0]
        rows, walls = pdf_timings(work / "example", work)
    for what, volume, runs, comparison in rows:
        print(
            f"| {what} | {volume} | {min(runs):.2f} / **{statistics.median(runs):.2f}** / {max(runs):.2f} с "
            f"| {comparison} |"
        )
    print(f"\nНагрузка (1 мин): {load:.2f} до, {os.getloadavg()[0]:.2f} после; процессоров: {os.cpu_count()}.")
    print(f"\nЦель #27: `pdf` 17 документов в 2 раза быстрее одного LibreOffice на все — {targets_met(walls)}.")


def targets_met(walls: dict[str, float]) -> str:
    """The target of #27 for ``msoko pdf``, cold and warm."""
    return "; ".join(
        f"{label} — {'да' if walls['one'] >= 2 * walls[name] else 'нет'} ({walls['one'] / walls[name]:.1f}×)"
        for name, label in (("cold", "холодный"), ("warm", "тёплый"))
    )


if __name__ == "__main__":
    main()

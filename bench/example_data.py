"""The example's monitoring data, invented: ``python bench/example_data.py`` fills the collection workbooks of
2023 and 2024 as the schools and the УО would (openpyxl, from the test extras) and collects them into
``data/2023/`` and ``data/2024/`` through ``msoko collect``. The numbers are plausible, not real: every
organization has a size and a standing (a ШНОР lower), each share drifts between the years — up for most, down
for some — so that a few organizations miss the targets and the округ's values move both ways.

``fill_workbook`` is also the bench's way of filling a thousand rows (``bench/monitoring.py``)."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
YEARS = (2023, 2024)
Filler = Callable[[str, str, str, int, tuple[str, ...]], object]
"""(row key, indicator code, header of the column, year, the organizations whose rows break the округ's counts of the
column down — none in any other column or row) → the value of the cell."""

SHARES = {  # indicator: (denominator per 1000 pupils or children of a ДОО; the mean share in %; its spread)
    "1.1.2": (500, 94, 6),
    "1.1.5": (120, 75, 8),
    "1.1.6": (40, 89, 7),
    "1.2.1": (70, 84, 10),
    "1.3.2": (600, 65, 8),
    "1.3.3": (40, 35, 8),
    "1.3.1": (70, 23, 5),
    "1.4.3": (550, 55, 8),
    "1.4.1": (100, 76, 10),
    "1.4.5": (120, 65, 8),
    "1.4.4": (30, 85, 8),
    "2.1.6": (300, 88, 5),
    "2.2.3": (70, 34, 6),
    "2.2.4": (20, 98, 4),
    "2.2.1": (9, 97, 6),
    "2.3.2": (1000, 44, 6),
    "2.3.3": (450, 23, 5),
    "2.3.5": (300, 88, 4),
    "2.4.4": (500, 93, 4),
}
FLAGGED = {"1.5.5": {2023: {"sosh-21", "sosh-43"}, 2024: {"sosh-43"}}}
"""An indicator of organizations counted in organizations: those it counts, by year (the ФИОКО's list of ОО with
signs of non-objectivity); each other organization is 0 of 1."""
MUNICIPAL = {  # indicator: (denominator, numerator in 2023, numerator in 2024) or (value in 2023, value in 2024)
    "1.1.3": (1520, 1471, 1484),
    "1.1.4": (640, 137, 154),
    "1.1.1": (24, 19, 20),
    "1.2.2": (6, 5, 6),
    "1.2.4": (5, 2, 4),
    "1.2.3": (6, 4, 5),
    "1.2.5": (5, 1, 1),
    "1.3.4": (11, 16),
    "1.3.5": (19850, 15721, 16178),
    "1.4.2": (24, 18, 21),
    "1.5.2": (24, 22, 24),
    "1.5.1": (96, 92, 96),
    "1.5.3": (24, 6, 8),
    "1.5.4": (2, 0),
    "2.1.1": (42, 33, 38),
    "2.1.3": (24, 17, 19),
    "2.1.2": (42, 17, 22),
    "2.1.5": (24, 16, 18),
    "2.1.4": (22, 10, 12),
    "2.2.2": (1180, 758, 844),
    "2.2.5": (1020, 625, 652),
    "2.3.1": (24, 23, 24),
    "2.3.4": (21500, 194, 237),
    "2.4.1": (14, 13, 14),
    "2.4.2": (410, 180, 192),
    "2.4.3": (14, 10, 12),
    "2.4.5": (5240, 5125, 5193),
}


def fill_workbook(source: Path, target: Path, value: Filler, year: int) -> None:
    """Every open cell of the data sheet typed as a person would, by ``value``."""
    import openpyxl

    book = openpyxl.load_workbook(source)
    sheet = book["Показатели"]
    titles = [cell.value for cell in sheet[2]]
    labels = [cell.value for cell in sheet[3]]
    rows = list(sheet.iter_rows(min_row=4))
    whole = [cell.column for row in rows if row[0].value == "округ" for cell in row[2:] if not cell.protection.locked]
    among = {
        column: tuple(str(row[0].value) for row in rows[:-1] if not row[column - 1].protection.locked)
        for column in whole
    }
    for row in rows:
        key = str(row[0].value)
        for cell in row[2:]:
            if not cell.protection.locked:
                code = str(titles[cell.column - 1]).partition(". ")[0]
                shared = among.get(cell.column, ()) if key != "округ" else ()
                cell.value = value(key, code, str(labels[cell.column - 1]), year, shared)
    book.save(target)


def _standing(key: str, marks: set[str]) -> tuple[int, float]:
    """An organization's size (pupils, or children of a ДОО) and standing (about −1 … 1; a ШНОР lower)."""
    rng = random.Random(f"standing:{key}")
    size = rng.randint(90, 260) if key.startswith("dou-") else rng.randint(180, 1400)
    return size, rng.uniform(-1.0, 1.0) - (0.8 if key in marks else 0.0)


def invented(marks: set[str]) -> Filler:
    def value(key: str, code: str, label: str, year: int, among: tuple[str, ...]) -> object:
        if among:
            return _part(key, code, label.startswith("Знаменатель"), year, among, marks)
        if key == "округ":
            figures = MUNICIPAL[code]
            if len(figures) == 2:
                return figures[YEARS.index(year)]
            return figures[0] if label.startswith("Знаменатель") else figures[1 + YEARS.index(year)]
        if code in FLAGGED:
            return 1 if label.startswith("Знаменатель") else int(key in FLAGGED[code][year])
        size, standing = _standing(key, marks)
        per, mean, spread = SHARES[code]
        rng, this_year = random.Random(f"{key}:{code}"), random.Random(f"{key}:{code}:{year}")
        denominator = round(size * per / 1000 * rng.uniform(0.85, 1.15) * this_year.uniform(0.95, 1.05))
        drift = this_year.gauss(1.5, 3.0) if year == YEARS[1] else 0.0
        share = min(max(mean + spread * standing + rng.gauss(0, spread / 3) + drift, 0.0), 100.0)
        return denominator if label.startswith("Знаменатель") else round(denominator * share / 100)

    return value


def _part(key: str, code: str, denominator: bool, year: int, among: tuple[str, ...], marks: set[str]) -> int:
    """An organization's part of the округ's counts, which add up to them: in a count of organizations (the округ's
    denominator no greater than their number) 1 or 0 each — the first ones in the denominator, the strongest of them
    in the numerator; in a count of people the denominator by size, the misses by a weaker standing."""
    total, counted = MUNICIPAL[code][0], MUNICIPAL[code][1 + YEARS.index(year)]
    standing = {other: _standing(other, marks) for other in among}
    if total <= len(among):
        inside = sorted(among[:total], key=lambda other: standing[other][1], reverse=True)[:counted]
        return int(key in (among[:total] if denominator else inside))
    sizes = _apportioned(total, {other: float(size) for other, (size, _) in standing.items()})
    misses = _apportioned(total - counted, {other: sizes[other] * (2.0 - standing[other][1]) for other in among})
    return sizes[key] if denominator else sizes[key] - misses[key]


def _apportioned(total: int, weights: dict[str, float]) -> dict[str, int]:
    """``total`` shared by ``weights`` in whole numbers that add up to it (the largest remainders rounded up)."""
    exact = {key: total * weight / sum(weights.values()) for key, weight in weights.items()}
    shares = {key: int(share) for key, share in exact.items()}
    for key in sorted(exact, key=lambda key: exact[key] - shares[key], reverse=True)[: total - sum(shares.values())]:
        shares[key] += 1
    return shares


def main() -> None:
    import yaml

    listed = yaml.safe_load((REPO / "regulations" / "organizations.yaml").read_text(encoding="utf-8"))
    marks = {o["id"] for o in listed["organizations"] if "ШНОР" in o.get("marks", [])}
    msoko = [sys.executable, "-m", "generator", "--project", str(REPO)]
    shutil.rmtree(REPO / "data" / "2023", ignore_errors=True)
    shutil.rmtree(REPO / "data" / "2024", ignore_errors=True)
    with tempfile.TemporaryDirectory() as folder:
        for year in YEARS:
            subprocess.run(
                [*msoko, "collect", "forms", "--year", str(year), "--force"], check=True, stdout=subprocess.DEVNULL
            )
            filled = []
            for form in sorted((REPO / "output" / "collection" / str(year)).glob("*.xlsx")):
                filled.append(Path(folder) / f"{year}-{form.name}")
                fill_workbook(form, filled[-1], invented(marks), year)
            subprocess.run([*msoko, "collect", "--year", str(year), *map(str, filled)], check=True)


if __name__ == "__main__":
    main()

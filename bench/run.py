"""Benchmarks: ``python bench/run.py``.

Times, on this machine and in one run:
  1. a cold ``msoko regen all`` of the bundled example (new process, empty output/);
  2. a no-change ``msoko regen all`` (everything up to date);
  3. a cold ``msoko regen all`` of a synthetic project of 200 Положения, for the marginal cost a document;
  4. pandoc converting equivalent Markdown, one process a document, as a user of pandoc would.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SYNTHETIC_SIZE = 200
PANDOC_SAMPLE = 20
RUNS = 3


def msoko(project: Path, *args: str) -> float:
    start = time.perf_counter()
    completed = subprocess.run([sys.executable, "-m", "generator", "--project", str(project), *args],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if completed.returncode != 0:
        raise SystemExit(f"msoko {' '.join(args)} failed:\n{completed.stderr}")
    return time.perf_counter() - start


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
        text = template.replace('mechanism: "1.1"', f'mechanism: "{code}"').replace('code: "1.1.', f'code: "{code}.')
        text = text.replace("approved_by: prikaz-2021-112\n", "")
        (root / "regulations" / "mechanisms" / f"{code}.yaml").write_text(text, encoding="utf-8")
    profile_path.write_text(yaml.safe_dump(profile, allow_unicode=True, sort_keys=False), encoding="utf-8")
    msoko_path = root / "regulations" / "msoko.yaml"
    umbrella = yaml.safe_load(msoko_path.read_text(encoding="utf-8"))
    umbrella["mechanisms"] += codes
    msoko_path.write_text(yaml.safe_dump(umbrella, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


def markdown_of(source: dict) -> str:
    """The same content a Положение carries, as Markdown for pandoc."""
    lines = [f"# {source['title']}", "", "## Цель мониторинга", "", source["goal"], "", "## Задачи мониторинга", ""]
    lines += [f"{n}. {task}" for n, task in enumerate(source["tasks"], 1)]
    lines += ["", "## Показатели мониторинга", "", "| Код | Показатель | Ед. | Расчёт | Источник | Шкала |",
              "|---|---|---|---|---|---|"]
    for indicator in source["indicators"]:
        calculation = "; ".join(str(v) for v in indicator.get("calculation", {}).values())
        scale = "; ".join(f"{b['condition']} — {b['points']}" for b in indicator.get("scoring", []))
        lines.append(f"| {indicator['code']} | {indicator['name']} | {indicator['unit']} | {calculation} | "
                     f"{indicator.get('source', '')} | {scale} |")
    for title, key in (("Методы сбора и обработки информации", "methods"), ("Периодичность и сроки", "schedule"),
                       ("Критерии оценивания", "criteria"), ("Участники", "participants")):
        lines += ["", f"## {title}", "", source.get(key, "")]
    for text in source.get("use_of_results", {}).values():
        lines += ["", text]
    return "\n".join(lines) + "\n"


def pandoc_per_document(project: Path, work: Path) -> float | None:
    if shutil.which("pandoc") is None:
        return None
    sources = sorted((project / "regulations" / "mechanisms").glob("*.yaml"))[:PANDOC_SAMPLE]
    inputs = []
    for path in sources:
        markdown = work / f"{path.stem}.md"
        markdown.write_text(markdown_of(yaml.safe_load(path.read_text(encoding="utf-8"))), encoding="utf-8")
        inputs.append(markdown)
    start = time.perf_counter()
    for markdown in inputs:
        subprocess.run(["pandoc", str(markdown), "-o", str(markdown.with_suffix(".docx"))], check=True)
    return (time.perf_counter() - start) / len(inputs)


def median_of(runs: int, action) -> float:
    return statistics.median(action() for _ in range(runs))


def diff_one_change(example: Path) -> float:
    """Approve the example, change one indicator's name, regen, then time the first ``msoko diff``."""
    msoko(example, "approve", "--by", "бенчмарк")
    source = example / "regulations" / "mechanisms" / "1.1.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("Доля выпускников 9 классов",
                                                                 "Доля выпускников девятых классов", 1), encoding="utf-8")
    msoko(example, "regen", "all")
    return msoko(example, "diff")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="msoko-bench-") as tmp:
        tmp_path = Path(tmp)
        example = example_project(tmp_path / "example")

        def cold_example() -> float:
            shutil.rmtree(example / "output", ignore_errors=True)
            return msoko(example, "regen", "all")

        cold = median_of(RUNS, cold_example)
        example_documents = len(list((example / "output").glob("*.docx")))
        unchanged = median_of(RUNS, lambda: msoko(example, "regen", "all"))
        large = synthetic_project(tmp_path / "large", SYNTHETIC_SIZE)

        def cold_large() -> float:
            shutil.rmtree(large / "output", ignore_errors=True)
            return msoko(large, "regen", "all")

        large_cold = median_of(RUNS, cold_large)
        large_documents = len(list((large / "output").glob("*.docx")))
        redline = diff_one_change(example)
        large_unchanged = median_of(RUNS, lambda: msoko(large, "regen", "all"))
        marginal = (large_cold - cold) / (large_documents - example_documents)
        pandoc = pandoc_per_document(large, tmp_path)

    rows = [
        ("пример, холодный `regen all`", f"{example_documents} док.", f"{cold:.2f} с"),
        ("пример, `regen all` без изменений", f"{example_documents} док.", f"{unchanged:.2f} с"),
        ("синтетический проект, холодный `regen all`", f"{large_documents} док.", f"{large_cold:.2f} с"),
        ("синтетический проект, без изменений", f"{large_documents} док.", f"{large_unchanged:.2f} с"),
        ("msoko, предельная цена документа", "1 док.", f"{marginal * 1000:.0f} мс"),
        ("`msoko diff`: redline и перечень изменений", "1 изм. док.", f"{redline:.2f} с"),
        ("pandoc 1 процесс на документ (Markdown → DOCX)", "1 док.",
         f"{pandoc * 1000:.0f} мс" if pandoc is not None else "pandoc не установлен"),
    ]
    print(f"| замер | объём | время (медиана из {RUNS}) |")
    print("|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()

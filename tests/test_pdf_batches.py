"""``msoko pdf`` on every core where no LibreOffice is kept (``MSOKO_OFFICE_IDLE=0``, or no ``uno``): the documents
dealt out to one LibreOffice a core (each with its own profile, all started at once), its heap kept for the batch;
the same documents, the same split, every PDF in place. The kept LibreOffices: tests/test_kept_office.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.docx import converters, office
from generator.errors import MsokoError
from generator.review import pdf


def test_the_documents_are_dealt_out_in_turn_to_as_many_processes_as_repay_their_start(monkeypatch):
    documents = [Path(f"d{n}.docx") for n in range(17)]
    monkeypatch.setattr(office.os, "sched_getaffinity", lambda pid: {0, 1})
    assert pdf.batches(documents) == [documents[0::2], documents[1::2]]
    assert pdf.batches(documents[:5]) == [documents[:5]]  # fewer than two processes' worth: one LibreOffice
    monkeypatch.setattr(office.os, "sched_getaffinity", lambda pid: {0})
    assert pdf.batches(documents) == [documents]


def test_two_libreoffices_convert_the_set_at_once(example, libreoffice, monkeypatch, tmp_path):
    assert example.run("regen", "all").exit_code == 0
    documents = sorted(example.path("output").glob("*.docx"))
    monkeypatch.setenv("MSOKO_OFFICE_IDLE", "0")
    monkeypatch.setattr(office.os, "sched_getaffinity", lambda pid: {0, 1})
    started: list[tuple[list[str], dict]] = []
    popen = subprocess.Popen

    def recorded(command, **options):
        started.append((command, options["env"]))
        return popen(command, **options)

    monkeypatch.setattr(office.subprocess, "Popen", recorded)
    converted = pdf.convert_to_pdf(documents, tmp_path / "pdf")
    assert [p.name for p in converted] == [f"{d.stem}.pdf" for d in documents]
    assert all(p.read_bytes().startswith(b"%PDF") for p in converted)
    assert len(started) == 2
    profiles = {next(a for a in command if a.startswith("-env:UserInstallation=")) for command, _ in started}
    assert len(profiles) == 2
    halves = [sorted(a for a in command if a.endswith(".docx")) for command, _ in started]
    assert sorted(halves[0] + halves[1]) == sorted(map(str, documents)) and not set(halves[0]) & set(halves[1])
    assert all(office.MALLOC_TUNING in env["GLIBC_TUNABLES"] for _, env in started)


def test_the_longest_documents_are_sent_first(example, monkeypatch, tmp_path):
    """A LibreOffice that took the self-assessment last would work on it alone while the other cores idle."""
    assert example.run("regen", "all").exit_code == 0
    documents = sorted(example.path("output").glob("*.docx"))
    (broken := tmp_path / "broken.docx").write_bytes(b"not a zip")
    sent: list[list[str]] = []

    def recorded(documents, target_of, export_filter, timeout):
        sent.append([document.stem for document in documents])
        raise converters.Unavailable

    monkeypatch.setattr(converters, "convert_kept", recorded)
    monkeypatch.setattr(pdf, "_convert_fresh", lambda documents, staging, limit: True)
    with pytest.raises(MsokoError):
        pdf.convert_to_pdf([broken, *documents], tmp_path / "pdf")
    [order] = sent
    assert sorted(order) == sorted(["broken", *(document.stem for document in documents)])
    assert order.index("samoocenka") < 2 and order.index("dorozhnaya-karta") < 2
    assert order.index("polozhenie-2.2") < min(order.index(name) for name in order if name.startswith("prikaz-"))
    assert order[-1] == "broken"


def test_pdf_reads_no_source_model_before_it_converts(example):
    """A warm ``msoko pdf`` after a full build proves its documents current from the build's record: importing
    the sources' models (a tenth of a second of processor) would be most of its own time."""
    assert example.run("regen", "all").exit_code == 0
    script = (
        "import sys\n"
        "from generator.review import pdf\n"
        "def stop(documents, target, timeout=None):\n"
        "    print(sorted(m for m in sys.modules if m.startswith(('schemas.', 'pydantic'))))\n"
        "    raise SystemExit(0)\n"
        "pdf.convert_to_pdf = stop\n"
        "from generator.cli import main\n"
        f"main(['--project', {str(example.root)!r}, 'pdf'])\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "['schemas.diagnostics']"

"""``msoko pdf`` on every core where no LibreOffice is kept (``MSOKO_OFFICE_IDLE=0``, or no ``uno``): the documents
dealt out to one LibreOffice a core (each with its own profile, all started at once), its heap kept for the batch;
the same documents, the same split, every PDF in place. The kept LibreOffices: tests/test_kept_office.py."""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.docx import office
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

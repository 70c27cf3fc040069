"""A no-change ``regen`` answers from output/.msoko/fresh.json, and says exactly what a full build says;
any change to a source, a template or an output sends it the full way."""

from __future__ import annotations

FRESH = "output/.msoko/fresh.json"


def test_the_shortcut_says_what_the_full_build_says(example) -> None:
    example.replace("regulations/mechanisms/1.1.yaml", "70 баллов", "70 балла")
    assert example.run("regen", "all").exit_code == 0
    assert example.path(FRESH).is_file()
    example.path(FRESH).unlink()
    full = example.run("regen", "all", "-v")  # the full way, which records the proof again
    assert example.path(FRESH).is_file()
    shortcut = example.run("regen", "all", "-v")
    assert full.exit_code == shortcut.exit_code == 0
    assert (shortcut.stdout, shortcut.stderr) == (full.stdout, full.stderr)
    assert "без изменений: output/polozhenie-1.1.docx — входные данные не менялись" in shortcut.stdout
    assert "предупреждение: числительное не согласовано" in shortcut.stderr


def test_a_changed_source_or_template_is_rebuilt(example) -> None:
    assert example.run("regen", "all").exit_code == 0
    example.replace("regulations/mechanisms/1.1.yaml", "Доля выпускников 9 классов", "Доля выпускников девятых классов")
    changed = example.run("regen", "all")
    assert "записан: output/polozhenie-1.1.docx" in changed.stdout
    example.path("templates").mkdir(exist_ok=True)
    (example.path("templates") / "unused.txt").write_text("x", encoding="utf-8")
    again = example.run("regen", "all", "-v")
    assert "без изменений" in again.stdout and "входные данные не менялись" in again.stdout
    assert example.path(FRESH).is_file()


def test_a_hand_edit_after_the_proof_is_still_refused(example) -> None:
    assert example.run("regen", "all").exit_code == 0
    output = example.path("output/polozhenie-1.1.docx")
    output.write_bytes(output.read_bytes() + b"edited")
    refused = example.run("regen", "all")
    assert refused.exit_code == 1
    assert "polozhenie-1.1.docx" in refused.stderr


def test_pdf_takes_the_documents_the_record_proves_current_without_the_sources(example, libreoffice, monkeypatch):
    from generator.sources import checked

    assert example.run("regen", "all").exit_code == 0
    checks = []
    full_way = checked.valid_project
    monkeypatch.setattr(checked, "valid_project", lambda layout: checks.append(layout) or full_way(layout))
    named = example.run("pdf", "polozhenie-1.1", "koncepciya", "polozhenie-1.1", "--format", "json")
    assert named.exit_code == 0, named.output
    assert named.json()["written"] == ["output/pdf/polozhenie-1.1.pdf", "output/pdf/koncepciya.pdf"]
    assert checks == []  # proven by the last full build: no source loaded
    by_code = example.run("pdf", "1.2")  # a mechanism's code: the plan knows it, the record does not
    assert by_code.exit_code == 0 and "PDF: записано 1, без изменений 0." in by_code.stdout
    unknown = example.run("pdf", "polozhenie-9.9")
    assert unknown.exit_code == 1 and "неизвестный документ «polozhenie-9.9»" in unknown.stderr
    assert len(checks) == 2
    example.replace("regulations/mechanisms/1.1.yaml", "Доля выпускников 9 классов", "Доля выпускников девятых классов")
    stale = example.run("pdf", "polozhenie-1.1")
    assert stale.exit_code == 1 and "документ не соответствует источникам" in stale.stderr and len(checks) == 3

"""A symbolic link planted in ``output/`` in place of a document: ``regen`` never follows it out of the
folder. Without ``--force`` it is a file msoko did not write; with ``--force`` the link itself is kept as the
backup and replaced by the document, and what it led to is neither read into ``output/`` nor changed."""

from __future__ import annotations

import os

SECRET = "пароль от почты: 12345\n"


def test_force_keeps_the_link_not_what_it_leads_to(example, tmp_path):
    assert example.run("regen", "1.1").exit_code == 0
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    document = example.path("output/polozhenie-1.1.docx")
    document.unlink()
    document.symlink_to(secret)

    refused = example.run("regen", "1.1")
    assert refused.exit_code == 1 and "output/polozhenie-1.1.docx" in refused.output
    assert document.is_symlink()

    forced = example.run("regen", "1.1", "--force")
    assert forced.exit_code == 0, forced.output
    backups = list(example.path("output/.msoko/backup").iterdir())
    assert len(backups) == 1 and backups[0].is_symlink() and os.readlink(backups[0]) == str(secret)
    assert f"output/.msoko/backup/{backups[0].name}" in forced.stdout
    copied = [
        p
        for p in example.path("output").rglob("*")
        if p.is_file() and not p.is_symlink() and SECRET.encode() in p.read_bytes()
    ]
    assert copied == []  # the secret's text was copied nowhere under output/
    assert not document.is_symlink() and document.read_bytes()[:2] == b"PK"
    assert secret.read_text(encoding="utf-8") == SECRET


def test_each_link_forced_over_is_kept_once_beside_the_others(example, tmp_path):
    """A second link, to somewhere else, is kept beside the first backup; the first link planted again is the
    backup already kept, not a clash."""
    assert example.run("regen", "1.1").exit_code == 0
    document = example.path("output/polozhenie-1.1.docx")
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    for target in (first, second, first):
        target.write_text(SECRET, encoding="utf-8")
        document.unlink()
        document.symlink_to(target)
        forced = example.run("regen", "1.1", "--force")
        assert forced.exit_code == 0, forced.output
        assert not document.is_symlink() and document.read_bytes()[:2] == b"PK"
    backups = list(example.path("output/.msoko/backup").iterdir())
    assert all(p.is_symlink() for p in backups)
    assert sorted(os.readlink(p) for p in backups) == sorted([str(first), str(second)])

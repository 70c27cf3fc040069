"""Where a project's sources, templates and outputs live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

INSTALLATION = Path(__file__).resolve().parent.parent
"""Where msoko itself is installed: its templates, catalogs and default criteria."""
BUILTIN_TEMPLATES = INSTALLATION / "templates"


def user_cache_folder() -> Path | None:
    """``$XDG_CACHE_HOME/msoko`` or ``~/.cache/msoko``: what msoko keeps for the user between runs (the text
    rules' answers, the kept LibreOffices); none where neither is an absolute path (no home: a relative one would
    put the cache in the current folder, a project's perhaps)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "msoko" if os.path.isabs(base) else None


@dataclass(frozen=True)
class ProjectLayout:
    """The folders of one msoko project (the current directory or ``--project``); where each kind of document
    keeps its source is the kind's (``sources/kinds.py``)."""

    root: Path

    @property
    def regulations(self) -> Path:
        return self.root / "regulations"

    @property
    def profile_file(self) -> Path:
        return self.regulations / "project.yaml"

    @property
    def criteria_file(self) -> Path:
        """A project's own criteria; without it the default set in generator/evaluation/criteria/ applies."""
        return self.regulations / "criteria.yaml"

    @property
    def glossary_file(self) -> Path:
        """The abbreviations every document introduces at first use (optional)."""
        return self.regulations / "glossary.yaml"

    @property
    def citations_file(self) -> Path:
        """The acts the documents cite, each marked as checked or not (optional)."""
        return self.regulations / "citations.yaml"

    @property
    def organizations_file(self) -> Path:
        """The organizations monitoring collects data from (optional until data are collected)."""
        return self.regulations / "organizations.yaml"

    @property
    def data_dir(self) -> Path:
        """The collected monitoring data, one folder a year: ``data/2024/1.1.csv``. Beside the sources, not in
        output/: the data are what the ОО returned, not a build product."""
        return self.root / "data"

    def data_year_dirs(self) -> list[Path]:
        if not self.data_dir.is_dir():
            return []
        return sorted(p for p in self.data_dir.iterdir() if p.is_dir() and p.name.isdigit())

    @property
    def acts_dir(self) -> Path:
        return self.regulations / "acts"

    @property
    def approved_dir(self) -> Path:
        """Approved versions live with the sources: they are the lawyer's record, not a build product."""
        return self.regulations / "approved"

    @property
    def schema_dir(self) -> Path:
        return self.regulations / ".schema"

    @property
    def output(self) -> Path:
        return self.root / "output"

    @property
    def redlines(self) -> Path:
        return self.output / "redlines"

    @property
    def pdf(self) -> Path:
        return self.output / "pdf"

    @property
    def collection(self) -> Path:
        """The data-collection workbooks, one folder a year: ``output/collection/2024/1.1.xlsx``."""
        return self.output / "collection"

    @property
    def state(self) -> Path:
        """msoko's own bookkeeping inside output/: manifests and backups."""
        return self.output / ".msoko"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    def act_files(self) -> list[Path]:
        return yaml_files(self.acts_dir)

    def display(self, path: Path) -> str:
        """The path as the user sees it in messages and the manifest records it: relative to the project;
        msoko's own files as «msoko/…», so a copied project or another installation names them alike."""
        resolved = path.parent.resolve() / path.name  # a symbolic link is named as the user sees it, not its target
        for base, prefix in ((self.root.resolve(), ""), (INSTALLATION, "msoko/")):
            if resolved.is_relative_to(base):
                return prefix + resolved.relative_to(base).as_posix()
        return str(path)

    def template(self, name: str) -> Path:
        """A project's own template wins over the built-in one of the same name."""
        own = self.templates / name
        return own if own.is_file() else BUILTIN_TEMPLATES / name


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files in ``folder``, sorted by name (none when there is no such folder)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())

"""How the pages word what ``check`` reports: a field named by its Russian title from the schema instead of
its YAML key, no «file:line:col» prefix, the file named as the document it is, and the few messages that
send the reader to a command rephrased for a page. The CLI's wording stays as it is: only the web layer
translates."""

from __future__ import annotations

import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field

from schemas.diagnostics import Diagnostic

from .. import messages
from ..messages import web as say
from ..project import ProjectLayout
from ..russian.morphology import past_agreed
from ..sources.kinds import Per
from ..sources.prose import PLACEHOLDER
from .forms import FormField

if typing.TYPE_CHECKING:
    from .editor import Editable

KEY = re.compile(r"«([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)»(?: \(([^()«»]*)\))?")
"""A YAML key or dotted path in a message, with the title the validator may add: «points» (баллы)."""

ON_PAGE = {messages.NOTHING_APPROVED: say.NOTHING_APPROVED}
"""Messages about a command's files, as a page says them."""

COMMANDS = [(re.compile(pattern), button) for pattern, button in say.COMMANDS_AS_BUTTONS]
"""The CLI's advice to run a command, as the button that does the same."""


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def key_path(form: FormField) -> str:
    """The field's YAML path without list positions: «indicators.scoring.points»."""
    return ".".join(part for part in form.path if isinstance(part, str))


@dataclass
class Wording:
    """The titles of one form's fields, to word its diagnostics."""

    titles: dict[str, str] = field(default_factory=dict)
    """Russian title by key path."""
    near: dict[str, str] = field(default_factory=dict)
    """Key path of the field at each anchor: a bare key in a message is looked up there first."""

    @classmethod
    def of(cls, form: FormField) -> Wording:
        wording = cls()
        for item in form.walk():
            if item.path and isinstance(item.path[-1], str):
                wording.titles.setdefault(key_path(item), sentence(item.title))
            wording.near[item.anchor] = key_path(item)
        return wording

    def __call__(self, diagnostic: Diagnostic, anchor: str = "f-top") -> str:
        return spoken(diagnostic, self.titles, self.near.get(anchor, ""))


def spoken(diagnostic: Diagnostic, titles: Mapping[str, str] | None = None, near: str = "") -> str:
    """The diagnostic as a sentence for a person filling in the form."""
    if diagnostic.message in ON_PAGE:
        return ON_PAGE[diagnostic.message]
    known = titles or {}

    def title(match: re.Match[str]) -> str:
        key, label = match.groups()
        scope = near
        while True:
            candidate = f"{scope}.{key}" if scope else key
            if candidate in known:
                return f"«{known[candidate]}»"
            if not scope:
                break
            scope = scope.rpartition(".")[0]
        ending = {t for k, t in known.items() if k.endswith("." + key)}
        if len(ending) == 1:
            return f"«{ending.pop()}»"
        return f"«{sentence(label)}»" if label else match.group(0)

    text = KEY.sub(title, diagnostic.message)
    for command, button in COMMANDS:
        text = command.sub(button, text)
    return sentence(text)


def source_name(layout: ProjectLayout, display: str) -> tuple[str, str] | None:
    """(link, Russian name) of the source a diagnostic points at, when the app edits it."""
    from .editor import editable

    source = editable(layout, display)
    if source is None:
        return None
    per_mechanism = source.document is not None and source.document.per is Per.MECHANISM
    name = f"{source.kind} {source.path.stem}" if per_mechanism else source.kind
    return f"/source/{source.display}", name


def located(layout: ProjectLayout, diagnostic: Diagnostic) -> tuple[str, str, str]:
    """(link or "", where, what) for a list of problems across the project: the document it is in, and
    the message without the file position."""
    found = source_name(layout, diagnostic.location.file)
    link, where = found if found else ("", "")
    return link, where, spoken(diagnostic)


def approved_word(title: str) -> str:
    """«утверждено» for a Положение, «утверждена» for the Концепция, «утверждён» for a приказ."""
    first = title.split(" ", 1)[0].lower()
    return say.APPROVED_BY_KIND.get(first, say.APPROVED_OTHER)


def stale_words(title: str) -> str:
    """«устарел — нужно пересобрать» agreeing with the document ``title`` names: «Аналитическая справка …» →
    «устарела …», «Адресные рекомендации» → «устарели …»."""
    return say.STALE_LISTED.format(stale=past_agreed(say.STALE_VERB, title))


def blocking(layout: ProjectLayout, diagnostics: list[Diagnostic]) -> list[tuple[str, str, int]]:
    """(link, name, how many errors) of each source whose errors stop the build, in order of appearance."""
    counts: dict[tuple[str, str], int] = {}
    for diagnostic in diagnostics:
        link, where, _ = located(layout, diagnostic)
        if diagnostic.is_error and link:
            counts[(link, where)] = counts.get((link, where), 0) + 1
    return [(link, where, count) for (link, where), count in counts.items()]


def heading(source: Editable, form: FormField) -> str:
    """The page's title: the document's own title when it has one («Положение о мониторинге качества …»),
    said once; a draft's title still holding the placeholder gives way to «Положение о мониторинге 2.4»."""
    values = {control.segment: str(control.value or "") for control in form.children}
    title = values.get("title", "")
    if not title.strip() or PLACEHOLDER in title:
        code = values.get("mechanism", "")
        return f"{source.kind} {code}".strip()
    return title if title.startswith(source.kind) else f"{source.kind}: {title}"

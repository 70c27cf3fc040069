"""One file, several documents: a приказ or постановление with its Положения as appendices 1, 2, 3 (the
commonest way they are kept), or several Положения one after another. The file is split at each title
(«Положение …», or another kind's, ``titles``) that an appendix mark or an approval stamp stands over; the act before
the first appendix is
read into an act source of its own (kind, number, date, title, preamble, points, control, signature)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from ..docx.reader import Paragraph, Table
from .requisites import MONTHS, body_requisites, parse_date
from .structure import TYPED_NUMBER
from .text import all_paragraphs, escape, strip_typed
from .titles import is_title_line

ACT_HEAD = re.compile(
    r"^\s*(?P<kind>п\s?р\s?и\s?к\s?а\s?з|п\s?о\s?с\s?т\s?а\s?н\s?о\s?в\s?л\s?е\s?н\s?и\s?е|"
    r"р\s?а\s?с\s?п\s?о\s?р\s?я\s?ж\s?е\s?н\s?и\s?е)\s*$",
    re.IGNORECASE,
)
ORDERING = re.compile(
    r"^\s*(?:п\s?р\s?и\s?к\s?а\s?з\s?ы\s?в\s?а\s?ю|п\s?о\s?с\s?т\s?а\s?н\s?о\s?в\s?л\s?я\s?ю|"
    r"п\s?о\s?с\s?т\s?а\s?н\s?о\s?в\s?л\s?я\s?е\s?т)\s*:?\s*$",
    re.IGNORECASE,
)
ACT_MARK = re.compile(
    r"^\s*(?:приложение\s*(?:№\s*)?(?P<number>\d*)\s+к\s+(?:приказу|постановлению|распоряжению)"
    r"|утвержден[оаы]?\s+(?:приказом|постановлением|распоряжением))",
    re.IGNORECASE,
)
DATE = re.compile(
    rf"(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|[«\"]?\d{{1,2}}[»\"]?\s+(?:{'|'.join(MONTHS)})\s+\d{{4}})", re.IGNORECASE
)
NUMBER = re.compile(r"№\s*(?P<number>[0-9A-Za-zА-Яа-яЁё/-]+)")
CONTROL = re.compile(r"^\s*контроль\s+(?:за\s+)?исполнени", re.IGNORECASE)
APPROVING = re.compile(r"^\s*утвердить\b", re.IGNORECASE)
ACT_KINDS = {"приказ": "приказ", "постановление": "постановление"}


@dataclass
class ActText:
    """What the act itself says, read from the blocks before its first appendix."""

    kind: str
    number: str
    date: datetime.date | None
    title: str
    basis: str
    points: list[dict] = field(default_factory=list)
    control: str = ""
    requisites: list[str] = field(default_factory=list)
    """The signature and other requisites recognised after the points, for the report."""
    appendices: list[int] = field(default_factory=list)
    """The number each appendix mark gives its document, in order."""


@dataclass
class Bundle:
    act: list | None
    """The blocks of the act before its first appendix; None when the file holds no act."""
    documents: list[list]
    marks: list[int]
    """The appendix number each document's mark gives (0 when it has none)."""


def split_bundle(blocks: list) -> Bundle:
    """The file's documents: each from the mark over its title to the next document's mark."""
    titles = [
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Paragraph)
        and not (b.in_table or b.in_textbox)
        and is_title_line(b.text)
        and len(b.text) < 300
        and not b.text.rstrip().endswith(".")
    ]
    starts: list[int] = []
    marks: list[int] = []
    previous = -1
    for title in titles:
        mark = next((i for i in range(previous + 1, title) if _act_mark(blocks, i) is not None), None)
        if mark is not None or not starts:
            starts.append(mark if mark is not None else title)
            marks.append(_act_mark(blocks, mark) or 0 if mark is not None else 0)
        previous = title
    head = blocks[: starts[0]] if starts else blocks
    has_act = any(
        isinstance(p, Paragraph) and (ACT_HEAD.match(p.text) or ORDERING.match(p.text)) for p in all_paragraphs(head)
    )
    if not starts or (len(starts) == 1 and not has_act):
        return Bundle(None, [blocks], [0])
    documents = [blocks[start:end] for start, end in zip(starts, starts[1:] + [len(blocks)])]
    return Bundle(head if has_act else None, documents, marks)


def _act_mark(blocks: list, index: int) -> int | None:
    """The appendix number the mark at ``index`` gives (0 for a stamp), or None when there is no mark."""
    block = blocks[index]
    if isinstance(block, Table):
        text = " ".join(p.text for p in all_paragraphs([block]))
    elif isinstance(block, Paragraph) and block.text.strip():
        following = [b.text for b in blocks[index + 1 : index + 3] if isinstance(b, Paragraph)]
        text = " ".join([block.text, *following])
    else:
        return None
    found = ACT_MARK.match(" ".join(text.split()))
    return int(found.group("number") or 0) if found else None


def read_act(blocks: list) -> ActText | None:
    """The act's kind, number and date from its head, its title, preamble and points; None if no head."""
    paragraphs = [p for p in all_paragraphs(blocks) if p.text.strip()]
    head = next((p for p in paragraphs if ACT_HEAD.match(p.text)), None)
    kind = ACT_KINDS.get("".join(head.text.split()).lower(), "") if head else ""
    ordering = next((i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and ORDERING.match(b.text)), None)
    if not kind or ordering is None:
        return None
    before = " ".join(" ".join(p.text.split()) for p in all_paragraphs(blocks[:ordering]))
    date, number = DATE.search(before), NUMBER.search(before)
    lines = [b for b in blocks[:ordering] if isinstance(b, Paragraph) and b.text.strip() and not b.in_table]
    title_at = next((i for i, p in enumerate(lines) if re.match(r"^\s*(?:о|об)\s", p.text, re.IGNORECASE)), None)
    title = " ".join(lines[title_at].text.split()) if title_at is not None else ""
    basis = " ".join(" ".join(p.text.split()) for p in lines[title_at + 1 :]) if title_at is not None else ""
    body, requisites = body_requisites(blocks[ordering + 1 :])
    act = ActText(
        kind,
        number.group("number") if number else "",
        parse_date(date.group("date")) if date else None,
        title,
        escape(basis.rstrip(",;: ")),
        requisites=requisites,
    )
    _points(act, [b for b in body if isinstance(b, Paragraph) and b.text.strip()])
    return act


def _points(act: ActText, paragraphs: list[Paragraph]) -> None:
    """The points after «приказываю:», without the approving one and its list of documents: msoko writes it
    from the appendices; «Контроль за исполнением …» is the act's control clause."""
    approving = False
    for paragraph in paragraphs:
        text = " ".join(strip_typed(paragraph.text).split())
        typed = TYPED_NUMBER.match(paragraph.text)
        depth = typed.group("label").rstrip(".").count(".") if typed else (paragraph.list_level or 0)
        if CONTROL.match(text):
            act.control = text
        elif depth == 0 and APPROVING.match(text):
            approving = True
        elif depth > 0 and approving:
            continue  # «1.1. Положение о … (приложение 1)»: a document the act approves
        elif depth > 0 and act.points:
            act.points[-1].setdefault("subpoints", []).append(escape(text))
        else:
            approving = False
            act.points.append({"text": escape(text)})

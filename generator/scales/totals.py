"""The total a Положение ranks by, as its criteria state it: «По сумме баллов ОО относится к одной из групп:»
and the groups, one per line («высокий уровень — 10 баллов и более») or on one line separated by commas
(«высокая — 9–10 баллов, достаточная — 6–8 баллов, низкая — менее 6 баллов»); «В сумму баллов входят
показатели 1.1.1, 1.1.4 и 1.1.6.» names the indicators summed. Whose total it is comes from the words
around it: a руководитель, the округ as a whole, a ДОО or an ОО."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from schemas.regulation import SHARE_BOUNDS

from .reading import value_range

TOTAL_MARK = re.compile(r"сумм\w*\s+баллов", re.IGNORECASE)
SHARE_MARK = re.compile(r"дол\w*\s+(?:набранных\s+)?баллов\s+от\s+максимальн\w*", re.IGNORECASE)
"""«По доле набранных баллов от максимальной суммы баллов …»: groups in shares of the maximum, in %."""
_IN_RANGE = r"(?:[^,;]|,(?=\d)|,\s+но\s)"
"""A range's characters: a decimal comma («97,9 %») and «…, но менее 80 %» stay inside it."""
_GROUP = (
    r"^\s*(?:[-–—•·]\s*)?\**(?P<name>[^\d—–:*]+?)\**\s*[—–:-]\s*(?P<range>"
    + _IN_RANGE
    + r"*?\d"
    + _IN_RANGE
    + r"*?{unit}"
    r"(?:\s+(?:и\s+(?:более|менее|выше)|включительно))?)\s*[;.,]?\s*$"
)
GROUP = re.compile(_GROUP.format(unit=r"балл\w*"), re.IGNORECASE)
SHARE_GROUP = re.compile(_GROUP.format(unit="%"), re.IGNORECASE)
"""A group in shares of the maximum («высокий уровень — 80 % и более»), read only under a lead-in that says so."""
SUMMED = re.compile(r"^в\s+сумму\s+баллов\s+входят\s+показатели\s+(?P<codes>[\d.,\sи]+?)(?:;[^;]*)?\.?$", re.IGNORECASE)
CODE = re.compile(r"\d+(?:\.\d+)+")
SUBJECTS = (
    ("руководител", "руководитель"),
    (r"по\s+округу|муниципал", "муниципалитет"),
    (r"\bДОО\b", "ДОО"),
    (r"\bОО\b", "ОО"),
)
"""Words naming whose total it is, the most telling first: «руководителя ОО» names a руководитель."""
MUNICIPAL_NAME = re.compile(
    r"^(?:доля|число|количество)\s+(?:ОО|ДОО|образовательных\s+организаций|школ)\b", re.IGNORECASE
)
"""An indicator that counts organisations («Доля ОО, в которых …») has one value for the округ, not one per
organisation: its level is the municipality's whatever the document leaves unsaid."""


@dataclass
class TotalText:
    total: dict = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    """The paragraphs the total was read from (by position), which are no longer prose."""
    group_lines: list[int] = field(default_factory=list)
    """The paragraph of each group, by position."""


def read_total(texts: list[str]) -> TotalText:
    """The total that paragraphs state, if they state groups by a sum of points."""
    found = TotalText()
    groups: list[dict] = []
    lead = None
    for index, text in enumerate(texts):
        line = " ".join(text.replace("\u00a0", " ").split())
        if summed := SUMMED.match(line):
            found.total["indicators"] = CODE.findall(summed.group("codes"))
            found.used.add(index)
        elif TOTAL_MARK.search(line) and line.endswith(":") and lead is None:
            lead = index
        elif (items := _groups(line, lead is not None and bool(SHARE_MARK.search(texts[lead])))) and (
            lead is not None or TOTAL_MARK.search(line) or groups
        ):
            groups.extend(items)
            found.group_lines.extend([index] * len(items))
            if not (TOTAL_MARK.search(line) and ":" in line):  # a sentence naming groups inline stays prose
                found.used.add(index)
    if not groups:
        return TotalText()
    if lead is not None:
        found.used.add(lead)
    found.total = {"subject": subject_of(texts, lead), **found.total, "groups": groups}
    if lead is not None and SHARE_MARK.search(texts[lead]):
        found.total["bounds"] = SHARE_BOUNDS
    if lead is not None:
        found.group_lines.insert(0, lead)  # the lead-in first: where a finding on the whole total stands
    return found


def _groups(line: str, share: bool = False) -> list[dict]:
    """The groups a line states: one («высокий уровень — 10 баллов и более;») or several after a colon; in
    shares of the maximum («— 80 % и более»), when ``share``."""
    body = line.split(":", 1)[1] if TOTAL_MARK.search(line.split(":", 1)[0]) and ":" in line else line
    parts = [part for part in re.split(r"[,;]\s+(?=\**(?!но\s)[^\d\s])", body) if part.strip()]
    groups = []
    for part in parts:
        match = (SHARE_GROUP if share else GROUP).match(part)
        span = value_range(match.group("range")) if match else None
        if not match or not span or "answer" in span:
            return []
        groups.append({"name": match.group("name").strip(" *").strip(), **span})
    return groups


def subject_of(texts: list[str], lead: int | None) -> str:
    """Whose total: named in the lead-in line, else anywhere in the criteria; an ОО when nothing says."""
    # the lead-in's own sentence first: a PDF may join it to the paragraph before («… руководителя. По сумме …:»)
    own = re.split(r"(?<=[.;])\s+", texts[lead].strip())[-1] if lead is not None else ""
    for text in ([own] if own else []) + [" ".join(texts)]:
        for pattern, subject in SUBJECTS:
            if re.search(pattern, text, re.IGNORECASE if pattern.islower() else 0):
                return subject
    return "ОО"

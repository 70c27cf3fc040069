"""The указатель рассылки of the приказ «Об итогах мониторинга …»: who gets copies of it — exactly those its points
order something, in the order of the points, each once and in the nominative («Разослать: ММЦ, отдел оценки качества
образования управления образования, …, образовательные организации по списку (раздел 5 приложения)»). The
organizations below a target are named by the справка's section, as the points name them; the departments as the
points do, the authority by its own name (:func:`.decisions.own_name`). A point done together with the heads of the
organizations as such, not those of a list («совместно с руководителями ДОО выявить педагогов …»), orders all of
them, and all get it («все ДОО»)."""

from __future__ import annotations

import re

from ..russian.morphology import analyzer
from .decisions import own_name

LEAD = "Разослать: "
ORGANIZATIONS = {"ОО": "образовательные организации", "ДОО": "ДОО"}
"""The organizations as the приказ names them, by the справка's term for them."""
WITH_ALL_HEADS = re.compile(
    r"\bс\s+руководителями\s+(?:ОО|ДОО|(?:дошкольных\s+)?образовательных\s+организаций)(?![А-ЯЁа-яё])(?!\s*[,(])"
)
"""Work with the heads of the organizations, not restricted by a clause («, в которых …») or a list («(раздел 5
приложения)»): «совместно с руководителями ДОО выявить педагогов …»."""


def distribution(addressees: list[str], organizations: str, section: int | None, points: list[str]) -> str:
    """«Разослать: …» from the addressees of the points (in the nominative or the dative, as the Положение writes a
    department: «Отделу общего образования УО»), and the organizations of section ``section`` of the справка where
    a point orders them (None where none does) — all of them where one of the ``points`` (their text) is done with
    the heads of all (:data:`WITH_ALL_HEADS`)."""
    named: list[str] = []
    for addressee in addressees:
        said = own_name(nominative(addressee))
        if said.lower() not in (name.lower() for name in named):
            named.append(said[:1].lower() + said[1:] if not said[:2].isupper() else said)
    kind = ORGANIZATIONS.get(organizations, organizations)
    if any(WITH_ALL_HEADS.search(point) for point in points):
        named.append(f"все {kind}")
    elif section is not None:
        named.append(f"{kind} по списку (раздел {section} приложения)")
    return f"{LEAD}{', '.join(named)}." if named else ""


def nominative(phrase: str) -> str:
    """«отделу общего образования УО» → «отдел общего образования УО»: the head and the words before it from the
    dative; a phrase in the nominative as it is."""
    words = phrase.split(" ")
    for index, word in enumerate(words):
        parse = next((p for p in analyzer().parse(word.lower()) if p.tag.case == "datv"), None)
        if parse is None or "nomn" in {str(p.tag.case) for p in analyzer().parse(word.lower())}:
            return phrase
        nominative = parse.inflect({"nomn"})
        words[index] = nominative.word if nominative else word
        if parse.tag.POS == "NOUN":
            return " ".join(words)
    return phrase

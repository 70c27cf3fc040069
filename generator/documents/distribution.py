"""The указатель рассылки of the приказ «Об итогах мониторинга …»: who gets copies of it — exactly those its points
order something, in the order of the points, each once and in the nominative («Разослать: ММЦ, отдел оценки качества
образования управления образования, …, образовательные организации по списку (раздел 5 приложения)»). The
organizations below a target are named by the справка's section, as the points name them; the departments as the
points do, the authority by its own name (:func:`.decisions.own_name`)."""

from __future__ import annotations

from ..russian.morphology import analyzer
from .decisions import own_name

LEAD = "Разослать: "
ORGANIZATIONS = {"ОО": "образовательные организации", "ДОО": "ДОО"}
"""The organizations as the приказ names them, by the справка's term for them."""


def distribution(addressees: list[str], organizations: str, section: int | None) -> str:
    """«Разослать: …» from the addressees of the points (in the nominative or the dative, as the Положение writes a
    department: «Отделу общего образования УО»), and the organizations of section ``section`` of the справка where
    a point orders them (None where none does)."""
    named: list[str] = []
    for addressee in addressees:
        said = own_name(nominative(addressee))
        if said.lower() not in (name.lower() for name in named):
            named.append(said[:1].lower() + said[1:] if not said[:2].isupper() else said)
    if section is not None:
        named.append(f"{ORGANIZATIONS.get(organizations, organizations)} по списку (раздел {section} приложения)")
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

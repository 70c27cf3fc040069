"""What the lawyer's second read of the monitoring year's documents returned (issue #28), read back from the DOCX:
the decisions of a Положение that says them as what the authority does (N8), the years its «следующий учебный год»
means named from the приказ's date (N4, N10), the letter to an organization with signs of bias (N5), abbreviations
introduced at their first use (M10), and the low findings."""

from __future__ import annotations

from tests.test_year_documents import _texts, year  # noqa: F401  (the module-scoped built example)


def _text(project, name: str) -> str:
    return " ".join(_texts(project, name))


def test_decisions_said_as_what_the_authority_does_are_ordered(year):  # noqa: F811
    """Положение 2.1, п. 9.4: «УО планирует повышение квалификации и стажировки руководителей ОО и формирует резерв
    управленческих кадров» — the приказ orders proposals on both, by the пункт, as the other eight приказы do."""
    order = _texts(year, "prikaz-itogi-2.1")
    lead = next(text for text in order if "в соответствии с пунктом 9.4 Положения о мониторинге" in text)
    assert lead.startswith("Отделу кадровой работы") and lead.endswith("не позднее 13.12.2024:")
    following = order[order.index(lead) + 1 : order.index(lead) + 3]
    assert following == [
        "подготовить и представить начальнику управления образования предложения о планировании повышения "
        "квалификации и стажировки руководителей образовательных организаций;",
        "подготовить и представить начальнику управления образования предложения о формировании резерва "
        "управленческих кадров.",
    ]


def test_an_act_of_the_authority_becomes_the_matter_of_a_decision():
    from generator.russian.verbs import acts_of

    assert acts_of("направляет в ОО наблюдателей и включает эти ОО в перепроверку") == [
        "о направлении в ОО наблюдателей",
        "о включении этих ОО в перепроверку",
    ]
    assert acts_of("повышение квалификации") is None

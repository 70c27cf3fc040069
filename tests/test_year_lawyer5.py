"""What the lawyer's read of the year's documents returned on their content, read back from the DOCX: the ИППР the
Положение's п. 9.2 offers (1), the questionnaire a proposal rests on (2), the numerator and denominator of a
municipal share of people (3), the enumeration of the sources (4), the complement of «причины» (5), the support in
the rest of the school year (6) and the distribution list of the приказ (7)."""

from __future__ import annotations

from tests.test_year_documents import _texts, year  # noqa: F401  (the module-scoped built example)


def _sources(project, name: str) -> list[str]:
    (listed,) = [text for text in _texts(project, name) if text.startswith("Источники данных:")]
    return listed.removeprefix("Источники данных: ").rstrip(".").split("; ")


def test_the_sources_are_listed_whole_and_once(year):  # noqa: F811
    """4: a source whose words after a comma are governed by its head stays one item («данные ФИС ОКО,
    статистической отчётности и мониторингов УО»), and the part of an indicator a source gives is not listed
    without its indicator («для числителя — …»)."""
    sources = _sources(year, "spravka-2.1")
    assert "данные ФИС ОКО, статистической отчётности и мониторингов УО" in sources
    assert not any(item.startswith("статистической") for item in sources)
    assert len(sources) == len(set(sources))
    for name in ("spravka-1.3", "spravka-2.3"):
        assert not any(item.startswith("для ") for item in _sources(year, name)), name

"""What the lawyer's 7th read found in the приказы «Об итогах мониторинга …», read back from the DOCX: the methodical
centre is ordered the measures the Положение's table 2 gives it on the indicators concerned, each with its term, not
a vague «организовать мероприятия, предусмотренные пунктом 9.3 …, в том числе по показателям …» naming indicators
whose measures are other departments' (1); «на следующий финансовый год» of п. 9.4 is the year after the приказ's (2);
a point done with the heads of all the ДОО reaches all of them by the «Разослать» (3)."""

from __future__ import annotations

from tests.test_year_documents import _texts, year  # noqa: F401  (the module-scoped built example)

ORDERS = [f"prikaz-itogi-{code}" for code in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4")]
CENTRE = "ММЦ (О.В. Кузнецова):"


def _centre(texts: list[str]) -> list[str]:
    """The sub-points of the centre's point, up to the next point's lead (a text ending with a colon)."""
    after = texts[texts.index(CENTRE) + 1 :]
    return after[: next(i for i, text in enumerate(after) if text.endswith(":"))]


def test_the_centre_is_ordered_the_measures_table_2_gives_it(year):  # noqa: F811
    """1: 2.1 — by 2.1.3 curators for the ОО with over 10 % «2» by the plans' day, by 2.1.4 internships for the
    teachers of the ОО the справка names, with the measures; nothing on 2.1.1 and 2.1.5, whose measures are the
    departments' and the ОО's. 1.2.3 — the partner school and the draft contract by the day the plans are due, before
    the schools conclude it. 2.4 — the table gives the centre nothing on the indicators missed: no such sub-point.
    No приказ names п. 9.3 vaguely."""
    centre = _centre(_texts(year, "prikaz-itogi-2.1"))
    assert [text for text in centre if text.startswith("по показателю")] == [
        "по показателю 2.1.3 не позднее 09.01.2025 закрепить за образовательными организациями, в которых доля "
        "отметок «2» по всероссийским проверочным работам (далее — ВПР) превышает 10 % (раздел 5 приложения), "
        "кураторов из числа опытных руководителей;",
        "по показателю 2.1.4 в соответствии с пунктом 9.2 Положения о мониторинге не позднее 16.06.2025 организовать "
        "для учителей образовательных организаций (раздел 5 приложения) стажировки в образовательных организациях с "
        "высокими результатами единого государственного экзамена (далее — ЕГЭ);",
    ]
    assert (
        "по показателю 1.2.3 не позднее 16.12.2024 закрепить за каждой школой с низкими результатами обучения (далее "
        "— ШНОР) и школой, функционирующей в неблагоприятных социальных условиях (далее — ШНСУ), не охваченной "
        "сетевым взаимодействием, школу-партнёра с высокими результатами и подготовить проект договора о сетевом "
        "взаимодействии (кураторстве) с планом совместных мероприятий;" in _centre(_texts(year, "prikaz-itogi-1.2"))
    )
    assert not any(text.startswith("по показателю") for text in _centre(_texts(year, "prikaz-itogi-2.4")))
    for name in ORDERS:
        assert not any("пунктом 9.3" in text for text in _texts(year, name)), name


def test_the_next_financial_year_is_the_one_after_the_order_s(year):  # noqa: F811
    """2: п. 9.4 of Положение 2.4 — «на следующий финансовый год»: for a приказ of 13.12.2024, 2025."""
    texts = _texts(year, "prikaz-itogi-2.4")
    assert texts[texts.index("П Р И К А З") + 1].startswith("13.12.2024")
    assert (
        "подготовить и представить начальнику управления образования предложения о приоритетах финансирования "
        "оснащения ДОО развивающей предметно-пространственной средой на 2025 финансовый год;" in texts
    )


def test_a_point_done_with_the_heads_of_all_reaches_them_all(year):  # noqa: F811
    """3: 2.4 orders the department to find the teachers without higher education «совместно с руководителями ДОО» —
    of all 14: all of them get the приказ, not only the ДОО of section 5; 2.1, whose points are done with the heads
    of the ОО named in section 5, is sent to those."""
    texts = _texts(year, "prikaz-itogi-2.4")
    assert (
        "по показателю 2.4.2 не позднее 13.01.2025 совместно с руководителями ДОО выявить педагогов без высшего "
        "педагогического образования;" in texts
    )
    assert texts[-2] == "Разослать: ММЦ, отдел дошкольного образования управления образования, все ДОО."
    assert _texts(year, "prikaz-itogi-2.1")[-2] == (
        "Разослать: ММЦ, отдел кадровой работы управления образования, отдел оценки качества образования управления "
        "образования, образовательные организации по списку (раздел 5 приложения)."
    )

"""The monitoring year's documents name the organizations they act on (#28, the lawyer's second read: N2, N6, N7,
M4, M6): an indicator of the округ whose data give each ОО its part names those below the target in the справка,
sends them адресные рекомендации and orders them the Положение's task in the приказ, whose department then checks
the organizations the справка names; an indicator of ОО counted 0 or 1 of 1 reads «да»/«нет» per ОО and per year;
no document rests a measure on «группа риска», which no Положение defines. Read back from the DOCX."""

from __future__ import annotations

from tests.docx_reader import Docx
from tests.test_year_documents import _one_line, _section, _texts, year  # noqa: F401  (the module-scoped example)

PRESCHOOL_10 = "муниципальное дошкольное образовательное учреждение «Детский сад № 10» Копейского городского округа"
PRESCHOOL_25 = "муниципальное дошкольное образовательное учреждение «Детский сад № 25» Копейского городского округа"


def test_the_spravka_names_the_preschools_whose_environment_is_below_the_base_level(year):  # noqa: F811
    """N2: «вошли 12; не вошли 2» named nobody; the two ДОО are named at the count and in section 5."""
    texts = _texts(year, "spravka-2.4")
    assert any(
        t.startswith(
            "По данным мониторинга на 13.12.2024, из 14 ДОО, участвовавших в МКДО, в числитель показателя 2.4.3"
        )
        and t.endswith("вошли 12; не вошли 2 (МДОУ «ДС № 10» и МДОУ «ДС № 25»).")
        for t in texts
    )
    section = _section(texts, "Адресные рекомендации руководителям ДОО", "Выводы")  # 2.4 scores no ДОО
    assert "Целевых значений хотя бы по одному показателю не достигли ДОО (2 из 14):" in section
    assert "МДОУ «ДС № 10» — по показателям 2.4.3 и 2.4.4;" in section
    assert "МДОУ «ДС № 25» — по показателю 2.4.3." in section


def test_each_preschool_below_the_base_level_gets_one_letter_with_all_its_indicators(year):  # noqa: F811
    """N2: the ДОО get адресные рекомендации by 2.4.3; ДС № 10, also below by 2.4.4, gets one letter of both."""
    assert year.path("output/rekomendacii-2.4-dou-25.docx").is_file()
    letter = _texts(year, "rekomendacii-2.4-dou-25")
    assert (
        "По итогам мониторинга 2024 года в отношении муниципального дошкольного образовательного учреждения «Детский "
        "сад № 25» Копейского городского округа (далее — МДОУ «ДС № 25») установлено следующее."
    ) in letter  # a ДОО counted in a share of ДОО has no target of its own to miss (lawyer read 3, Н4)
    assert any(
        t.startswith("По показателю 2.4.3 «")
        and "МДОУ «ДС № 25» получило по результатам МКДО" in t
        and t.endswith("; значение показателя по округу — 85,7 % при целевом значении 100 %.")
        for t in letter
    )  # the округ's value against the target: an ДОО has no share of one
    assert any(
        t.startswith(
            "По показателю 2.4.3 необходимо разработать план преобразования развивающей предметно-пространственной "
            "среды на второе полугодие 2024/25 учебного года"
        )
        for t in letter
    )  # the task says what it transforms: no «её» left without its noun; as the приказ orders it (read 3, С7)
    both = _texts(year, "rekomendacii-2.4-dou-10")
    assert sum(t.startswith("По показателю 2.4.") and ("рекомендуем" in t or "необходимо" in t) for t in both) == 2


def test_the_order_assigns_the_plans_it_checks_to_the_preschools_the_spravka_names(year):  # noqa: F811
    """N2: п. 5.3 checked plans nobody was ordered to draw up; the heads of the two ДОО are ordered them, by the
    plans' date, before the check, and the check names whose plans (section 5 of the справка). The task names them
    by that section, as 2.1.3 and 2.1.4 do with four ОО each (the stranger's 12: full names for three and fewer,
    the section for more, read as inconsistent)."""
    order = _texts(year, "prikaz-itogi-2.4")
    task = (
        "по показателю 2.4.3 (раздел 5 приложения) разработать план преобразования развивающей "
        "предметно-пространственной среды на второе полугодие 2024/25 учебного года с учётом возрастных групп и "
        "включить приобретение "
        "оборудования в план финансово-хозяйственной деятельности не позднее 23.01.2025;"
    )
    lead = order.index(
        "Руководителям ДОО, не достигших целевых значений показателей мониторинга (раздел 5 приложения):"
    )
    assert order[lead + 2] == task
    check = next(t for t in order if "проверить выполнение планов преобразования" in t)
    assert check.startswith("по показателю 2.4.3 не позднее 16.06.2025")
    assert check.endswith("оценку ниже базового уровня (раздел 5 приложения);")
    assert order.index(task) < order.index(check)


def test_the_orders_act_on_the_organizations_the_spravka_names(year):  # noqa: F811
    """N7, M4: 1.4 п. 5.2 and 2.1 п. 4.1–4.2 refer to the справка's list; 1.1 п. 5 no longer orders to find ОО that
    1.1.3 has found, and acts on them; the справка names them at the count."""
    spravka = _texts(year, "spravka-1.4")
    assert any(
        "в числитель показателя 1.4.2 (число ОО с действующими соглашениями) вошла 21; не вошли 3 (МОУ «СОШ № 16», "
        "МОУ «ООШ № 19» и МОУ «СОШ № 49»)." in t
        for t in spravka
    )
    assert any(
        t.endswith("и предложить их образовательным организациям, не заключившим соглашения (раздел 5 приложения);")
        for t in _texts(year, "prikaz-itogi-1.4")
    )
    order = _texts(year, "prikaz-itogi-2.1")
    assert any(
        t.endswith(
            "провести собеседования с руководителями образовательных организаций, в которых доля отметок «2» по ВПР "
            "превышает 10 % (раздел 5 приложения);"
        )  # «ВПР» introduced by the centre's curators on 2.1.3, above
        for t in order
    )
    assert any(
        "рассмотреть ход реализации программ развития образовательных организаций, не достигших целевых показателей "
        "программы развития (раздел 5 приложения), на совещании руководителей" in t
        for t in order
    )
    first = _texts(year, "prikaz-itogi-1.1")
    assert not any("выявить образовательные организации" in t for t in first)
    section = _section(
        _texts(year, "spravka-1.1"), "ОО, получившие наименьший балл, и ОО, не достигшие целевых значений", "Выводы"
    )
    assert "МОУ «СОШ № 49» — по показателям 1.1.3 и 1.1.6;" in section


def test_the_fioko_list_reads_yes_or_no_per_school_and_year(year):  # noqa: F811
    """N6: 1.5.5 per ОО is «да»/«нет», not «100,0 %» and «−100,0 п. п.»; the list is given per year, and whether
    the ОО listed in 2023 had their 2024 ВПР re-checked (1.5.3)."""
    texts = _texts(year, "spravka-1.5")
    assert (
        "К числу ОО, включённых ФГБУ «ФИОКО» в перечень ОО с признаками необъективности, относились: в 2023 году — "
        "МОУ «СОШ № 21» и МОУ «СОШ № 43»; в 2024 году — МОУ «СОШ № 43»."
    ) in texts
    assert (
        "Из ОО, относившихся в 2023 году к числу ОО, включённых ФГБУ «ФИОКО» в перечень ОО с признаками "
        "необъективности, в числитель показателя 1.5.3 (число ОО, работы которых перепроверены) в 2024 году вошли "
        "МОУ «СОШ № 21» и МОУ «СОШ № 43»."
    ) in texts
    tables = Docx(year.path("output/spravka-1.5.docx")).tables()
    [table] = [t for t in tables if any(_one_line(r[1]) == "МОУ «СОШ № 43»" for r in t[1:]) and len(t[0]) == 5]
    rows = {_one_line(r[1]): [_one_line(c) for c in r] for r in table[1:]}
    # no points of an ОО: Положение 1.5 scores «по сумме баллов в целом по округу» (the lawyer's 7th read)
    assert rows["МОУ «СОШ № 43»"][2:] == ["да", "да", "без изменений"]
    assert rows["МОУ «СОШ № 21»"][2:] == ["нет", "да", "исключена"]
    # the округ's share; its change from the counts, 1 of 24 after 2 of 24, not 4,2 − 8,3 (lawyer С1)
    assert [_one_line(c) for c in table[-1]][-3:] == ["4,2 %", "8,3 %", "−4,2 п. п."]
    assert not any("100,0 %" in _one_line(c) for r in table[1:-1] for c in r)
    assert "Рисунок 2 — Значения показателя 1.5.5 по ОО, %, 2024 год" not in texts


def test_no_document_rests_a_measure_on_a_risk_group(year):  # noqa: F811
    """M6: no Положение defines «группа риска»; the справка and the приказ say the Положение's own terms — and where
    the Положение scores the округ alone (1.5), no ОО's least points at all (the lawyer's 8th read returned a support
    measure resting on them); 1.1, which scores each ОО, keeps them (tests/test_year_documents.py)."""
    spravka, order = _texts(year, "spravka-1.5"), _texts(year, "prikaz-itogi-1.5")
    assert "Адресные рекомендации руководителям ОО" in spravka
    assert not any("наименьший балл" in t.lower() for t in spravka + order)
    assert not any("группа риска" in t or "группу риска" in t or "группы риска (" in t for t in spravka + order)

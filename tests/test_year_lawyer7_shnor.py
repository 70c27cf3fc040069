"""What a lawyer's read of mechanism 1.2 (ШНОР и ШНСУ) returned, read back from the CLI-built example: п. 9.2 of its
Положение sends рекомендации to each ШНОР and ШНСУ, not only to those below a target (1); the school's task on
indicator 1.2.3 names the agreement and who assigns the partner, and the letter says in which перечень the school
stands (2); the справка names the ШНОР left out of 1.2.4 and which school is ШНОР and which ШНСУ (3)."""

from __future__ import annotations

from tests.test_year_documents import _texts, year  # noqa: F401  (the module-scoped built example)


def test_every_shnor_and_shnsu_gets_recommendations_as_its_clause_says(year):  # noqa: F811
    """1: «Каждой ШНОР и ШНСУ направляются адресные рекомендации …» (п. 9.2): МОУ «СОШ № 32», which reached every
    target, got no letter, and the приказ sent them to those «не достигших целевых значений»."""
    letters = sorted(path.name for path in year.path("output").glob("rekomendacii-1.2-*.docx"))
    assert len(letters) == 6 and "rekomendacii-1.2-sosh-32.docx" in letters
    letter = _texts(year, "rekomendacii-1.2-sosh-32")
    assert (
        "МОУ «СОШ № 32» не относится к образовательным организациям (далее — ОО), не достигшим целевых значений "
        "показателей (раздел 5 приложения к приказу)." in letter
    )
    assert any(text.startswith("По показателю 1.2.1 доля") and "составила 93,0 % (40 из 43" in text for text in letter)
    assert (
        "В соответствии с пунктом 9.2 Положения каждой ШНОР и ШНСУ направляются адресные рекомендации по корректировке "
        "программы перехода в эффективный режим работы. Рекомендуем при её корректировке учесть результаты "
        "мониторинга 2024 года, приведённые выше." in letter
    )
    order = _texts(year, "prikaz-itogi-1.2")
    assert "Руководителям образовательных организаций, названных в приложении (раздел 5):" in order
    assert not any("не достигших целевых значений" in text for text in order)
    spravka = _texts(year, "spravka-1.2")
    assert (
        "Адресные рекомендации по корректировке программы перехода в эффективный режим работы в соответствии с "
        "пунктом 9.2 Положения направляются руководителям каждой ШНОР и ШНСУ (6 из 6), в том числе по показателям, "
        "целевые значения которых не достигнуты:" in spravka
    )
    assert "МОУ «СОШ № 32» — целевые значения всех показателей достигнуты;" in spravka


def test_the_agreement_on_1_2_3_is_named_with_who_assigns_the_partner(year):  # noqa: F811
    """2: «заключить договор» — what contract and with whom? Table 2 of the Положение: the ММЦ assigns the partner
    school and drafts the «договор о сетевом взаимодействии (кураторстве)»; and the letter did not say whether the
    school is a ШНОР or a ШНСУ."""
    assert (
        "по показателю 1.2.3 (раздел 5 приложения) не позднее 16.06.2025 заключить договор о сетевом взаимодействии "
        "(кураторстве) со школой-партнёром, закреплённой ММЦ, и предусмотреть в нём взаимопосещение уроков и "
        "совместные методические мероприятия;" in _texts(year, "prikaz-itogi-1.2")
    )
    letter = _texts(year, "rekomendacii-1.2-oosh-8")
    assert (
        "МОУ «ООШ № 8» входит в перечень школ, функционирующих в неблагоприятных социальных условиях (далее — ШНСУ)."
        in letter
    )
    assert any(
        text.startswith(
            "По показателю 1.2.3 необходимо не позднее 16.06.2025 заключить договор о сетевом "
            "взаимодействии (кураторстве) со школой-партнёром, закреплённой муниципальным казённым учреждением"
        )
        for text in letter
    )
    assert (
        "МОУ «ООШ № 19» входит в перечни школ с низкими результатами обучения (далее — ШНОР) и школ, функционирующих в "
        "неблагоприятных социальных условиях (далее — ШНСУ)." in _texts(year, "rekomendacii-1.2-oosh-19")
    )


def test_the_spravka_names_the_shnor_out_of_1_2_4_and_the_lists(year):  # noqa: F811
    """3: «из 4 ШНОР в числитель показателя 1.2.4 … вошли 3; не вошла 1» named nobody, and nothing said which of the
    six are ШНОР and which ШНСУ (nor why 1.2.4 counts 4 ШНОР and 1.2.5 five)."""
    spravka = _texts(year, "spravka-1.2")
    assert (
        "По данным мониторинга на 31.10.2024, из 5 ШНОР в числитель показателя 1.2.4 (число ШНОР, в которых доля "
        "отметок «2» по ВПР снизилась) вошли 4; не вошла 1 (МОУ «СОШ № 7»)." in spravka
    )
    assert (
        "В перечень ШНОР входят МОУ «СОШ № 7», МОУ «СОШ № 16», МОУ «ООШ № 19» и МОУ «СОШ № 49»; в перечень "
        "ШНСУ — МОУ «ООШ № 8», МОУ «ООШ № 19» и МОУ «СОШ № 32»; МОУ «ООШ № 19» входит в оба перечня. "
        "МОУ «СОШ № 32» в перечень ШНОР не входит, но учтена в показателях 1.2.4 и 1.2.5: в отчётном периоде она в "
        "него входила." in spravka
    )

"""What the lawyer's read of the year's documents returned on their content, read back from the DOCX: the ИППР the
Положение's п. 9.2 offers (1), the questionnaire a proposal rests on (2), the numerator and denominator of a
municipal share of people (3), the enumeration of the sources (4), the complement of «причины» (5), the support in
the rest of the school year (6) and the distribution list of the приказ (7)."""

from __future__ import annotations

import datetime
import re

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


def test_a_municipal_share_of_people_shows_its_numerator_and_denominator(year):  # noqa: F811
    """3: the shares of heads and of posts (2.1.1, 2.1.2) are not counted in ОО, and the справка says of how many
    heads or posts how many are counted, so the percentage can be checked; the noun agrees with the number."""
    from generator.documents.counts import _agreed, _people_entered

    spravka = _texts(year, "spravka-2.1")
    assert (
        "По данным мониторинга на 31.10.2024, из 42 руководителей ОО в числитель показателя 2.1.1 (число "
        "руководителей, прошедших повышение квалификации за три года) вошли 38." in spravka
    )
    assert any(
        text.startswith(
            "По данным мониторинга на 31.10.2024, из 42 должностей руководителей ОО в числитель показателя 2.1.2"
        )
        and text.endswith(") вошли 22.")
        for text in spravka
    )
    assert _agreed("руководителей ОО", 21) == "руководителя ОО"
    assert _agreed("должностей руководителей ОО", 42) == "должностей руководителей ОО"
    assert _people_entered("руководителей, прошедших …", 21, 30) == "вошёл 21"
    assert _people_entered("должностей руководителей", 31, 40) == "вошла 31"


def test_causes_say_of_what(year):  # noqa: F811
    """5: «причины» without a complement take the event that defines the organizations the task is about: «рассмотреть
    причины неполучения аттестата с руководителями …» (1.1.3), «причины недостижения целевых
    показателей программы развития» (2.1.5), «причины включения МОУ «СОШ № 43» в перечень ОО с признаками
    необъективности» (1.5.5, the list keeping its name); in no приказ or letter are they bare."""
    assert any(
        "рассмотреть причины неполучения аттестата с руководителями образовательных "
        "организаций, в которых выпускники 9 классов не получили аттестат" in text
        for text in _texts(year, "prikaz-itogi-1.1")
    )
    assert any(
        "проанализировать причины недостижения целевых показателей программы развития в отчёте о самообследовании"
        in text
        for text in _texts(year, "prikaz-itogi-2.1")
    )
    assert any(
        text.startswith("проанализировать причины включения МОУ «СОШ № 43» в перечень ОО с признаками необъективности")
        for text in _texts(year, "rekomendacii-1.5-sosh-43")
    )
    bare = re.compile(r"\bпричины(?: (?:с|в|на|по)\b|[;.]|$)")
    for path in sorted(year.path("output").glob("*itogi*.docx")) + sorted(year.path("output").glob("rekomendacii*")):
        assert not any(bare.search(text) for text in _texts(year, path.stem)), path.stem


def test_what_the_polozhenie_offers_is_ordered_and_told(year):  # noqa: F811
    """1: п. 9.2 of 2.1 offers the heads it sends рекомендации an individual professional development plan: the
    приказ orders the department responsible for the monitoring to offer it with the рекомендации, and each letter
    says it is offered, by whom, when and by which point; the verb is read by its dictionary form."""
    from generator.monitoring.addressing import offered

    order = _texts(year, "prikaz-itogi-2.1")
    department = order.index("Отделу кадровой работы управления образования:")
    assert (
        "в соответствии с пунктом 9.2 Положения о мониторинге предложить руководителям образовательных организаций, "
        "названных в приложении (раздел 5), индивидуальные планы профессионального развития не позднее 09.01.2025;"
    ) == order[department + 2]
    letters = sorted(year.path("output").glob("rekomendacii-2.1-*.docx"))
    assert len(letters) == 11
    for letter in letters:
        assert (
            "В соответствии с пунктом 9.2 Положения о мониторинге Вам предлагается также индивидуальный план "
            "профессионального развития: отделу кадровой работы управления образования поручено предложить его не "
            "позднее 09.01.2025 (подпункт 6.2 приказа)." in _texts(year, letter.stem)
        ), letter.stem
    assert not any("предлагается" in text for text in _texts(year, "rekomendacii-1.1-sosh-4"))
    assert offered(
        "ОО направляются рекомендации; их руководителям предлагаются стажировки в ОО с высокими результатами."
    ) == ["стажировки в ОО с высокими результатами"]
    assert offered("Руководителю предложен индивидуальный план развития, который …") == ["индивидуальный план развития"]


def test_a_proposal_rests_on_a_procedure_the_order_has_held(year):  # noqa: F811
    """2: the proposals on profile classes rest «по итогам анкетирования обучающихся 8–9 классов и их родителей», which
    the monitoring does not hold (its October questionnaire asks no parents): the приказ orders it first, by a day
    before the proposals are due; a proposal resting on nothing unheld is as written."""
    order = _texts(year, "prikaz-itogi-1.4")
    lead = next(text for text in order if "в соответствии с пунктом 9.4" in text)
    item = next(text for text in order if "профильных классов" in text)
    assert item == (
        "организовать проведение анкетирования обучающихся 8–9 классов и их родителей (законных представителей) не "
        "позднее 15.11.2024 и по его итогам подготовить и представить начальнику управления образования предложения "
        "об открытии в образовательных организациях профильных классов (групп) с 1 сентября 2025 года;"
    )
    assert lead.endswith("не позднее 29.11.2024:")
    assert not any("по итогам анкетирования" in text for text in order)
    assert any(
        text.startswith("подготовить и представить начальнику управления образования предложения о заключении")
        for text in order
    )


def test_the_order_says_who_gets_copies(year):  # noqa: F811
    """7: the приказ ends with «Разослать: …» above the executor mark, which is its last line, naming exactly whom
    its points order something: the methodical service, every department a point is given to, and the ОО of
    section 5."""
    order = _texts(year, "prikaz-itogi-2.1")
    assert order[-2] == (
        "Разослать: ММЦ, отдел кадровой работы управления образования, отдел оценки качества образования управления "
        "образования, образовательные организации по списку (раздел 5 приложения)."
    )
    assert order[-1].startswith("Исполнитель: ")
    for path in sorted(year.path("output").glob("prikaz-itogi-*.docx")):
        texts = _texts(year, path.stem)
        ordered = {
            found.group(1) for text in texts if (found := re.match(r"^Отделу (.+?) управления образования\b", text))
        }
        listed = set(re.findall(r"отдел (.+?) управления образования", texts[-2]))
        assert ordered == listed and ordered, path.stem


def _number(text: str) -> float | None:
    found = re.match(r"^[+−-]?\d+(?:,\d+)?", text.replace("\u00a0", " ").strip())
    return float(found.group(0).replace(",", ".").replace("−", "-")) if found else None


def _mismatching_rows(table) -> int:
    """Rows whose «Изменение» is not the difference of the two years' values the row shows."""
    header = [cell.text.replace("\u00ad", "").replace("\u00a0", " ") for cell in table.rows[0].cells]
    years = sorted(title for title in header if re.fullmatch(r"\d{4} год", title))
    if "Изменение" not in header or len(years) != 2:
        return 0
    before, now, change = (header.index(title) for title in (*years, "Изменение"))
    count = 0
    for row in table.rows[1:]:
        cells = [cell.text for cell in row.cells]
        values = [_number(cells[index]) for index in (before, now, change)]
        if None not in values and "п. п." in cells[change].replace("\u00a0", " "):
            count += round(values[1] - values[0], 1) != values[2]
    return count


def test_a_change_that_does_not_subtract_is_explained_under_its_table(year):  # noqa: F811
    """5th read: a change is computed from the counts and rounded once (the 3rd read's С1), so 79,2 % after 70,8 %
    is «+8,3 п. п.»; the 5th read took that for an error. Every table with such a row has the note after it (after
    the note on «—*», if any), and no other table has it."""
    import docx

    seen = 0
    for path in sorted(year.path("output").glob("spravka-*.docx")):
        document = docx.Document(str(path))
        for table in document.tables:
            following = table._tbl.getnext()
            while following is not None and "".join(following.itertext()).startswith("*"):
                following = following.getnext()
            note = following is not None and "".join(following.itertext()).startswith("Изменение рассчитано")
            mismatching = _mismatching_rows(table)
            assert note == bool(mismatching), (path.name, [cell.text for cell in table.rows[0].cells])
            seen += mismatching
    assert seen > 10  # spravka-2.1's 79,2 after 70,8 among them


def test_a_polozhenie_that_keeps_each_oo_s_values_to_the_advice_has_its_spravka_published_without_them(year):  # noqa: F811
    """5th read: Положение 2.1 says «значения показателей по каждой ОО используются только для адресных
    рекомендаций», yet its приказ published the справка with them; Положение 1.1 says nothing of the kind."""
    (published,) = [text for text in _texts(year, "prikaz-itogi-2.1") if "официальном сайте" in text]
    assert published.startswith(
        "разместить аналитическую справку без сведений об отдельных образовательных организациях на официальном сайте"
    )
    (other,) = [text for text in _texts(year, "prikaz-itogi-1.1") if "официальном сайте" in text]
    assert other.startswith("разместить аналитическую справку на официальном сайте")


def _due(text: str) -> datetime.date:
    (day,) = re.findall(r"не позднее (\d\d\.\d\d\.\d{4})", text)
    return datetime.datetime.strptime(day, "%d.%m.%Y").date()


def test_what_feeds_the_individual_plans_comes_before_their_offer(year):  # noqa: F811
    """Lawyer 5, 1: a step done at a meeting of the heads («рассмотреть ход реализации программ развития … на
    совещании руководителей и направить итоги рассмотрения их руководителям для учёта …») is done with the heads,
    halfway between the рекомендации and the ОО's plans, and the step after it goes with it; the individual plans п. 9.2
    offers are offered by the day the ОО's plans are due, after every step that feeds them; the letters follow."""
    from generator.documents.steps import CONSULT, _kind

    order = _texts(year, "prikaz-itogi-2.1")
    (meeting,) = [text for text in order if "на совещании руководителей" in text]
    (offer,) = [text for text in order if text.startswith("в соответствии с пунктом 9.2 Положения о мониторинге пред")]
    (plans,) = [text for text in order if text.startswith("рассмотреть адресные рекомендации и представить")]
    assert "по показателю 2.1.5 не позднее 16.12.2024 рассмотреть ход реализации программ развития" in meeting
    assert _due(meeting) < _due(offer) == _due(plans)
    assert _kind("обсудить их на заседании руководителей ДОО") != CONSULT  # a pronoun's step follows
    assert _kind("рассмотреть итоги на заседании руководителей ДОО") == CONSULT
    letter = _texts(year, "rekomendacii-2.1-sosh-7")
    assert any("не позднее 16.12.2024 рассмотреть ход реализации" in text for text in letter)
    assert any(text.endswith("предложить его не позднее 09.01.2025 (подпункт 6.2 приказа).") for text in letter)


def test_the_plans_are_done_when_the_processes_they_hold_end(year):  # noqa: F811
    """Lawyer 5, 2: a process the приказ orders the ОО (2.1.3: «организовать работу с обучающимися группы риска …
    с 09.01.2025 по 30.05.2025») ends with the school year's lessons, so the plans that hold it are done by the
    last working day of May, not by the earliest term of next year's data (2.1.5, «до 20 апреля» — 18.04.2025), which
    the task done in that document keeps; the letters ask the same."""
    order = _texts(year, "prikaz-itogi-2.1")
    assert any(
        text.endswith(
            "контроль за ней во внутренней системе оценки качества образования (далее — ВСОКО) с 09.01.2025 по "
            "30.05.2025;"
        )
        for text in order
    )
    assert "обеспечить выполнение планов мероприятий не позднее 30.05.2025." in order
    assert any(text.endswith("скорректировать план реализации программы не позднее 18.04.2025;") for text in order)
    assert (
        "Выполнение плана мероприятий просим обеспечить не позднее 30.05.2025; его результаты будут оценены при "
        "мониторинге 2025 года." in _texts(year, "rekomendacii-2.1-sosh-7")
    )


def test_whoever_agrees_the_plans_receives_them(year):  # noqa: F811
    """Lawyer 5, 3: the department that agrees the ОО's plans («не позднее 23.01.2025 согласовать планы мероприятий
    …», 2.1.3) receives them: the heads' point sends them there too on that indicator, and the letter to an ОО the
    indicator names says so; one it does not name is not asked to."""
    from generator.documents.agreeing import agreeing

    order = _texts(year, "prikaz-itogi-2.1")
    assert (
        "рассмотреть адресные рекомендации и представить в ММЦ планы мероприятий по их выполнению не позднее "
        "09.01.2025, а по показателю 2.1.3 — также в отдел оценки качества образования управления образования на "
        "согласование;" in order
    )
    assert any(
        text.endswith("— также в отдел оценки качества образования управления образования на согласование.")
        for text in _texts(year, "rekomendacii-2.1-sosh-7")
    )
    assert not any("на согласование" in text for text in _texts(year, "rekomendacii-2.1-sosh-21"))
    assert not any("на согласование" in text for text in _texts(year, "prikaz-itogi-2.2"))
    assert agreeing(
        [("Отделу общего образования УО", "по показателю 1.2.3 не позднее 01.02.2025 утвердить планы ОО")]
    ) == {"1.2.3": "отдел общего образования УО"}


def test_a_school_takes_part_in_the_questionnaire_the_order_holds(year):  # noqa: F811
    """Lawyer 5, 4: the приказ orders the department to hold the questionnaire of 8–9 graders and their parents
    (п. 4.1, by 15.11.2024): the letters do not recommend the school to hold it again, but to take part in the
    department's, by which point and when; a procedure the приказ does not hold stays the school's own."""
    from generator.documents.held import Held, taking_part

    for name in ("rekomendacii-1.4-sosh-16", "rekomendacii-1.4-licey-1"):
        letter = _texts(year, name)
        assert not any("провести анкетирование" in text for text in letter), name
        assert any(
            text.startswith(
                "По показателю 1.4.1 рекомендуем обеспечить участие в анкетировании обучающихся 8–9 классов и "
                "их родителей (законных представителей) о выборе профиля, организуемом отделом воспитания и "
                "дополнительного образования управления образования не позднее 15.11.2024 (подпункт 4.1 приказа), "
                "по его итогам предусмотреть"
            )
            for text in letter
        ), name
    survey = Held("анкетирование", frozenset({"родитель"}), "отделом", "не позднее 15.11.2024", "пункт 4")
    assert taking_part("провести анкетирование педагогов о нагрузке", [survey]) == (
        "провести анкетирование педагогов о нагрузке"
    )


def test_the_summary_names_every_indicator_the_letter_addresses(year):  # noqa: F811
    """Lawyer 5, 4: the letter's summary named only the indicators the school has a value of its own on (1.4.1,
    1.4.4, 1.4.5) and left out 1.4.2, a share of ОО the school counts 0 or 1 in, which the справка and the letter's
    own findings and recommendations name: it names it too, as counted by the округ, not as a target missed."""
    letter = _texts(year, "rekomendacii-1.4-sosh-16")
    summary = next(text for text in letter if text.startswith("В муниципальном общеобразовательном учреждении"))
    assert summary.endswith(
        "(далее — МОУ «СОШ № 16») не достигнуты целевые значения показателей 1.4.1, 1.4.4 и 1.4.5; рекомендации "
        "направляются также по показателю 1.4.2, значение которого рассчитывается по округу в целом."
    )
    named = set(re.findall(r"\b1\.4\.\d\b", summary))
    findings = {code for text in letter for code in re.findall(r"^По показателю (1\.4\.\d)", text)}
    assert named == findings == {"1.4.1", "1.4.2", "1.4.4", "1.4.5"}


def test_the_okrug_s_sum_of_points_is_given_for_two_years(year):  # noqa: F811
    """Sixth read: Положение 2.1's п. 9.1 asks for «сумма баллов … и их динамика за два года»; the справка gave this
    year's sum only. Now the year before's and the change, a sum that did not move said so (1.4)."""
    assert (
        "Сумма баллов округа по показателям мониторинга составила 9 баллов из 12: достаточная эффективность. В 2023 "
        "году сумма баллов составляла 7 из 12 (достаточная эффективность); за год она увеличилась на 2 балла."
    ) in _texts(year, "spravka-2.1")
    assert any(
        text.endswith("В 2023 году сумма баллов составляла 9 из 10 (система эффективна); за год она не изменилась.")
        for text in _texts(year, "spravka-1.4")
    )

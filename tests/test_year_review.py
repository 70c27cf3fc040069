"""What a methodologist found running a monitoring year in the tool, read back from the documents: the приказ об
итогах dated and numbered as registered (``project.yaml → monitoring.orders``) with the справка, the letters and the
deadlines following it, and `check` warning of a date past the Положение's deadlines; 0 of 0 written as not
applicable, not as a missing report; counts of none and of all said in words; «СОШ № 16» kept on one line; one form
of a phone number on a letter."""

from __future__ import annotations

import csv
import datetime
import re
import zipfile

import pytest

from tests.conftest import ExampleProject, diagnostic_lines
from tests.docx_reader import Docx
from tests.test_year_documents import _one_line, _texts, _with_data

NBSP = "\u00a0"
DATE = re.compile(r"\b(\d{2})\.(\d{2})\.(20\d{2})\b")
ORDER = '  orders:\n    - {year: 2024, mechanism: "1.1", date: 2025-12-10, number: "245"}\n'
LOW = {"1.5.5", "2.3.4"}
"""Indicators whose target is a low share («0 %», «не более 1 %»)."""


def _rewrite(project: ExampleProject, code: str, change) -> None:
    """Rewrite the 2024 data of a mechanism row by row: ``change(row, denominators)`` returns the new value."""
    path = project.path(f"data/2024/{code}.csv")
    with path.open(encoding="utf-8") as table:
        rows = list(csv.DictReader(table))
    denominators = {(r["organization"], r["indicator"]): r["value"] for r in rows if r["part"] == "denominator"}
    for row in rows:
        row["value"] = change(row, denominators)
    with path.open("w", encoding="utf-8", newline="") as table:
        writer = csv.DictWriter(table, fieldnames=["organization", "indicator", "part", "value"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _extreme(met: bool):
    """Every share at its best (``met``) or worst, as the target reads: a row's new value."""

    def change(row: dict, denominators: dict) -> str:
        if row["part"] != "numerator":
            return row["value"]
        high = (row["indicator"] in LOW) != met
        return denominators[(row["organization"], row["indicator"])] if high else "0"

    return change


@pytest.fixture(scope="module")
def altered(tmp_path_factory) -> ExampleProject:
    """The example with the приказ об итогах of 1.1 registered a year late, Лицей № 1 reporting 0 of 0 pupils with ОВЗ
    (1.1.6), and 1.2 missing every target."""
    project = _with_data(tmp_path_factory.mktemp("altered") / "project")
    project.replace("regulations/project.yaml", "  service:\n", ORDER + "  service:\n")
    _rewrite(
        project,
        "1.1",
        lambda row, _: "0" if (row["organization"], row["indicator"]) == ("licey-1", "1.1.6") else row["value"],
    )
    _rewrite(project, "1.2", _extreme(met=False))
    result = project.run("regen", "all")
    assert result.exit_code == 0, result.output
    project.regen_output = result.stdout + result.stderr  # type: ignore[attr-defined]
    return project


def test_a_registered_order_dates_the_spravka_the_order_and_the_letters(altered):
    spravka, order = _texts(altered, "spravka-1.1"), _texts(altered, "prikaz-itogi-1.1")
    assert "от 10.12.2025 № 245" in spravka[:4] and spravka[-1] == "10.12.2025"  # the stamp and the date line
    assert "10.12.2025 № 245" in order
    letter = _texts(altered, "rekomendacii-1.1-sosh-7")
    sent = next(line for line in letter if line.endswith("№ ______"))
    assert datetime.datetime.strptime(sent.split()[0], "%d.%m.%Y").date() > datetime.date(2025, 12, 10)
    assert any("Во исполнение приказа управления образования" in t and "от 10.12.2025 № 245" in t for t in letter)
    assert _texts(altered, "prikaz-itogi-1.2")[5].endswith("№ ______")  # a mechanism without an entry: as planned


def test_no_deadline_the_order_sets_is_already_past_and_each_is_a_working_day(altered):
    from generator.coherence.calendar import is_working

    signed = datetime.date(2025, 12, 10)
    for name in ("prikaz-itogi-1.1", "rekomendacii-1.1-sosh-7"):
        for text in _texts(altered, name):
            for found in DATE.finditer(text.partition("не позднее ")[2] if "не позднее" in text else ""):
                due = datetime.date(int(found[3]), int(found[2]), int(found[1]))
                assert due > signed and is_working(due), (name, text)
    order = " ".join(_texts(altered, "prikaz-itogi-1.1"))
    assert "по итогам мониторинга не позднее 12.01.2026" in order  # a month from the приказ: 9 January is a holiday


def test_check_and_regen_warn_of_an_order_dated_past_the_polozhenie_s_deadlines(altered):
    line = altered.line_of("regulations/project.yaml", "2025-12-10")
    warning = (
        f"regulations/project.yaml:{line}:"
        ".*предупреждение: приказ об итогах мониторинга механизма 1.1 за 2024 год датирован 10.12.2025 — позже "
        "сроков аналитической справки \\(«до 20 декабря» — не позднее 19.12.2024\\), адресных рекомендаций "
        "\\(«до 28 декабря» — не позднее 27.12.2024\\)"
    )
    checked = altered.run("check")
    assert any(re.match(warning, found) for found in diagnostic_lines(checked.stdout + checked.stderr))
    assert re.search(warning, altered.regen_output)
    assert altered.run("check", "--strict").exit_code == 1


def test_an_order_on_time_is_no_warning_and_one_given_twice_is_an_error(example):
    on_time = '  orders:\n    - {year: 2024, mechanism: "1.1", date: 2024-12-16, number: "245"}\n'
    example.replace("regulations/project.yaml", "  service:\n", on_time + "  service:\n")
    assert example.run("check", "--strict").exit_code == 0
    example.replace("regulations/project.yaml", "  service:\n", on_time.partition("\n")[2] + "  service:\n")
    result = example.run("check")
    line = example.line_of("regulations/project.yaml", "2024-12-16") + 1
    assert f"regulations/project.yaml:{line}:" in result.stdout + result.stderr and result.exit_code == 1
    assert "приказ об итогах мониторинга механизма 1.1 за 2024 год уже указан выше" in result.stdout + result.stderr


def test_an_order_signed_on_the_last_day_of_a_deadline_it_sets_is_warned(example):
    """A приказ registered on the day its рекомендации are due (2.2: «до 1 декабря» — 29.11.2024) could not be carried
    out the day it is signed: ``check`` says so at the line, and the letters go out ten days later."""
    signed = '  orders:\n    - {year: 2024, mechanism: "2.2", date: 2024-11-29, number: "245"}\n'
    example.replace("regulations/project.yaml", "  service:\n", signed + "  service:\n")
    result = example.run("check")
    line = example.line_of("regulations/project.yaml", "2024-11-29")
    assert (f"regulations/project.yaml:{line}:") in result.stdout + result.stderr
    assert (
        "предупреждение: приказ об итогах мониторинга механизма 2.2 за 2024 год датирован 29.11.2024 — последним днём "
        "срока адресных рекомендаций («до 1 декабря» — не позднее 29.11.2024), установленного Положением о "
        "мониторинге: поручение не исполнить в день подписания приказа"
    ) in " ".join((result.stdout + result.stderr).split())
    assert example.run("check", "--strict").exit_code == 1


def test_a_polozhenie_dating_its_letters_before_its_spravka_is_warned(example):
    example.replace(
        "regulations/mechanisms/1.1.yaml", "recommendations: до 28 декабря", "recommendations: до 15 декабря"
    )
    result = example.run("check")
    line = example.line_of("regulations/mechanisms/1.1.yaml", "recommendations: до 15 декабря")
    assert (
        f"regulations/mechanisms/1.1.yaml:{line}:20: предупреждение: срок адресных рекомендаций («до 15 декабря») "
        "раньше срока аналитической справки и приказа об итогах мониторинга, по которым они готовятся («до 20 "
        "декабря»)"
    ) in result.stdout + result.stderr


def test_the_order_is_dated_by_the_decisions_deadline_when_it_comes_before_the_spravka_s():
    from generator.coherence.calendar import act_date, cycle_date
    from schemas.regulation import CycleDeadlines, MonitoringRegulation

    regulation = MonitoringRegulation.model_construct(
        schedule="Аналитическая справка готовится до 20 декабря.",
        cycle_deadlines=CycleDeadlines(decisions="до 10 декабря", plan="до 1 декабря"),
    )
    assert act_date(regulation, 2024) == datetime.date(2024, 12, 9)
    assert act_date(regulation, 2024, datetime.date(2025, 3, 3)) == datetime.date(2025, 3, 3)
    act = act_date(regulation, 2024)
    assert cycle_date(regulation, "plan", 2024, act) == datetime.date(
        2025, 1, 9
    )  # passed: a month on, after the holidays


def test_zero_of_zero_is_not_applicable_not_a_missing_report(altered):
    document = Docx(altered.path("output/spravka-1.1.docx"))
    texts = _texts(altered, "spravka-1.1")
    [table] = [t for t in document.tables() if any(_one_line(r[1]) == "МОУ «Лицей № 1»" for r in t[1:])][2:3]
    [row] = [[_one_line(cell) for cell in r] for r in table if _one_line(r[1]) == "МОУ «Лицей № 1»"]
    assert row[2:6] == ["0", "0", "—*", "—"]
    note = (
        "* Показатель 1.1.6 не применяется к МОУ «Лицей № 1»: его знаменатель (общее число обучающихся с ОВЗ) равен "
        "нулю; значение не рассчитывается, баллы не начисляются."
    )
    assert note in texts
    judged = sum(1 for r in table[1:-1] if _one_line(r[4]) != "—*")
    subsection = texts[next(i for i, t in enumerate(texts) if t.startswith("Показатель 1.1.6 «")) :]
    below = next(t for t in subsection if t.startswith("Целевого значения не достигли ОО ("))
    assert f" из {judged}):" in below and judged == len(table) - 3  # the header, Лицей № 1 and the округ left out
    section = texts[texts.index("ОО, получившие наименьший балл, и ОО, не достигшие целевых значений") :]
    assert not any("Лицей № 1» — по показател" in t and "1.1.6" in t for t in section)
    with zipfile.ZipFile(altered.path("output/spravka-1.1.docx")) as archive:
        charts = [archive.read(name).decode("utf-8") for name in archive.namelist() if name.startswith("word/charts/")]
    assert sum(chart.count(">не применяется<") for chart in charts) == 1


def test_none_and_all_are_said_in_words(altered, tmp_path):
    spravka = _texts(altered, "spravka-1.2")
    assert "Целевые значения по округу не достигнуты ни по одному из 5 показателей." in spravka
    assert any(
        text.startswith(
            "Сумма баллов округа по показателям мониторинга составила 0 баллов из 10: работа нерезультативна."
        )
        for text in spravka
    )
    assert "Целевого значения не достигла ни одна из 6 ОО." in spravka
    assert (  # п. 9.2 sends them to each ШНОР and ШНСУ: the lead says so, not «Каждая из 6 ОО не достигла …»
        "Адресные рекомендации по корректировке программы перехода в эффективный режим работы в соответствии с "
        "пунктом 9.2 Положения направляются руководителям каждой ШНОР и ШНСУ (6 из 6), в том числе по показателям, "
        "целевые значения которых не достигнуты:" in spravka
    )
    assert "По сравнению с 2023 годом значения по округу ухудшились по всем 5 показателям." in spravka
    met = _with_data(tmp_path / "met")
    _rewrite(met, "1.1", _extreme(met=True))
    assert met.run("regen", "spravka-1.1", "prikaz-itogi-1.1").exit_code == 0
    assert "Целевые значения по округу достигнуты по всем 6 показателям." in _texts(met, "spravka-1.1")
    order = " ".join(_texts(met, "prikaz-itogi-1.1"))
    assert "пунктом 9.3" not in order and "по показателю" not in order  # no table-2 measure without a missed target
    assert "в программу адресной поддержки" not in order  # no organization below a target to include


def test_a_quoted_name_keeps_its_number_on_the_line(altered):
    from generator.russian.typography import typograph_text

    assert typograph_text("входят: МОУ «СОШ № 16» и МОУ «Гимназия № 1»") == (
        f"входят: МОУ «СОШ{NBSP}№{NBSP}16» и МОУ «Гимназия{NBSP}№{NBSP}1»"
    )
    paragraphs = [p.text for p in Docx(altered.path("output/spravka-1.1.docx")).paragraphs()]
    named = [text for text in paragraphs if text.startswith("Целевого значения не достигли")]
    assert named and all("СОШ №" not in text and "СОШ\u00a0№ " not in text for text in named)
    assert any(f"МОУ «СОШ{NBSP}№{NBSP}16»" in text for text in named)


def test_a_letter_writes_its_phone_numbers_in_one_form(altered):
    import docx

    document = docx.Document(str(altered.path("output/rekomendacii-1.1-sosh-7.docx")))
    phones = [found for p in document.paragraphs for found in re.findall(r"тел\. 8 \(35139\) [0-9\-\u2011]+", p.text)]
    assert phones == ["тел. 8 (35139) 3-55-20", "тел. 8 (35139) 3-55-21"]  # the letterhead's and the executor's
    with zipfile.ZipFile(altered.path("output/rekomendacii-1.1-sosh-7.docx")) as archive:
        assert "\u2011" not in archive.read("word/document.xml").decode("utf-8")  # Word's element for every one

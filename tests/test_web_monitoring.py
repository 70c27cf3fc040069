"""The monitoring pages of ``msoko serve`` in-process (issue 28): the workbooks handed out are the ones
``msoko collect forms`` writes, an upload is refused without this server's origin and token, an upload stores
only its organizations' rows and says what changed, the results matrix shows the values ``msoko results``
computes, and no key, path or YAML word reaches the text of a page."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import html as lxml_html
from starlette.testclient import TestClient

from generator.project import ProjectLayout
from generator.web.app import create_app
from tests.conftest import REPO, ExampleProject
from tests.workbooks import fill

from .test_web import BASE, ORIGIN, token

DATA = "data/2024/1.1.csv"
FORM_URL = "/monitoring/2024/forms/1.1.xlsx"
LATIN_ALLOWED = {"msoko", "Excel", "xlsx", "xls", "ods", "ZIP", "DOCX"}
"""The Latin words a monitoring page may show: the program's name, the spreadsheet and the formats it takes."""


@pytest.fixture
def monitored(example: ExampleProject) -> ExampleProject:
    """The example with its two years of collected data."""
    shutil.copytree(REPO / "data", example.root / "data")
    return example


@pytest.fixture
def client(monitored) -> TestClient:
    return TestClient(create_app(ProjectLayout(monitored.root)), base_url=BASE)


def visible_text(page: str) -> str:
    tree = lxml_html.fromstring(page)
    for hidden in tree.xpath("//script|//style|//head"):
        hidden.drop_tree()
    for block in tree.iter("td", "th", "li", "p", "h1", "h2", "h3", "span"):
        block.tail = " " + (block.tail or "")  # cells and lines read apart, as a screen reader says them
    return squeezed(tree.text_content())


def squeezed(text: str) -> str:
    """Runs of ordinary white space as one space; a no-break space is kept (``str.split`` would take it too)."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def filled_form(client: TestClient, folder: Path, name: str, **changes) -> Path:
    blank = folder / "blank.xlsx"
    blank.write_bytes(client.get(FORM_URL).content)
    return fill(blank, folder / name, **changes)


def upload(client: TestClient, paths: list[Path], headers: dict | None = None, with_token: bool = True):
    data = {"csrftoken": token(client, "/monitoring/2024")} if with_token else {}
    files = [("workbooks", (path.name, path.read_bytes(), "application/octet-stream")) for path in paths]
    return client.post(
        "/monitoring/2024/upload", data=data, files=files, headers=ORIGIN if headers is None else headers
    )


def test_the_workbooks_handed_out_are_those_collect_forms_writes(client, monitored):
    single = client.get(FORM_URL)
    archive = client.get("/monitoring/2024/forms.zip")
    assert not monitored.path("output").exists()  # a download writes nothing
    assert monitored.run("collect", "forms", "--year", "2024").exit_code == 0
    written = monitored.path("output/collection/2024")
    assert single.content == (written / "1.1.xlsx").read_bytes()
    assert single.headers["content-disposition"] == (
        "attachment; filename*=utf-8''%D1%81%D0%B1%D0%BE%D1%80-%D0%B4%D0%B0%D0%BD%D0%BD%D1%8B%D1%85-2024-1.1.xlsx"
    )
    with zipfile.ZipFile(io.BytesIO(archive.content)) as opened:
        assert opened.namelist() == sorted(path.name for path in written.iterdir())
        assert all(opened.read(name) == (written / name).read_bytes() for name in opened.namelist())


def test_an_upload_without_this_servers_origin_or_token_is_refused(client, monitored, tmp_path):
    before = monitored.read(DATA)
    good = filled_form(client, tmp_path, "СОШ-1.xlsx", keys={"sosh-1"})
    forged = upload(client, [good], headers={"origin": "http://evil.example"})
    assert forged.status_code == 403 and "изменять проект можно только со страниц самого msoko" in forged.text
    missing = upload(client, [good], with_token=False)
    assert missing.status_code == 403 and "форма устарела или отправлена с другого сайта" in missing.text
    client.cookies.clear()
    wrong = client.post(
        "/monitoring/2024/upload",
        data={"csrftoken": "подделка"},
        headers=ORIGIN,
        files=[("workbooks", (good.name, good.read_bytes(), "application/octet-stream"))],
    )
    assert wrong.status_code == 403 and "форма устарела" in wrong.text
    token(client, "/monitoring/2024")  # the cookie again, but a file ahead of the token: not this server's form
    body = (
        b'--b\r\nContent-Disposition: form-data; name="workbooks"; filename="a.xlsx"\r\n\r\n'
        + good.read_bytes()
        + b'\r\n--b\r\nContent-Disposition: form-data; name="csrftoken"\r\n\r\n'
        + client.cookies["csrftoken"].encode()
        + b"\r\n--b--\r\n"
    )
    ahead = client.post(
        "/monitoring/2024/upload", content=body, headers={**ORIGIN, "content-type": "multipart/form-data; boundary=b"}
    )
    assert ahead.status_code == 403 and "форма устарела" in ahead.text
    assert monitored.read(DATA) == before


def test_an_upload_streamed_in_small_pieces_is_read_whole(client, monitored, tmp_path):
    """The token is read before asgi-csrf sees the form: a body cut anywhere (in a header's name, in the token)
    is read as a whole, and replayed untouched to the page."""
    import asyncio

    import httpx

    kept = [line for line in monitored.read(DATA).splitlines() if not line.startswith("sosh-3,")]
    monitored.write(DATA, "\n".join(kept) + "\n")  # СОШ № 3 reports for the first time: stored without a question
    good = filled_form(client, tmp_path, "СОШ-3.xlsx", keys={"sosh-3"}, cells={"E6": 41, "F6": 50})
    request = httpx.Request(
        "POST",
        BASE + "/monitoring/2024/upload",
        data={"csrftoken": token(client, "/monitoring/2024")},
        files=[("workbooks", (good.name, good.read_bytes(), "application/octet-stream"))],
    )
    body = request.read()
    pieces = [
        {"type": "http.request", "body": body[at : at + 5], "more_body": at + 5 < len(body)}
        for at in range(0, len(body), 5)
    ]
    sent: list[dict] = []

    async def receive() -> dict:
        return pieces.pop(0)

    async def send(event: dict) -> None:
        sent.append(event)

    headers = [
        (b"host", b"127.0.0.1:8000"),
        (b"origin", BASE.encode()),
        (b"transfer-encoding", b"chunked"),
        (b"content-type", request.headers["content-type"].encode()),
        (b"cookie", f"csrftoken={client.cookies['csrftoken']}".encode()),
    ]
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/monitoring/2024/upload",
        "raw_path": b"/monitoring/2024/upload",
        "query_string": b"",
        "headers": headers,
        "http_version": "1.1",
        "scheme": "http",
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 50000),
        "root_path": "",
    }
    asyncio.run(client.app(scope, receive, send))
    assert next(event for event in sent if event["type"] == "http.response.start")["status"] == 303
    assert "sosh-3,1.1.2,numerator,41" in monitored.read(DATA).splitlines()


def press(client: TestClient, page, button: str):
    """Send the form of ``page`` whose button says ``button``, as the browser would (and follow where it leads)."""
    tree = lxml_html.fromstring(page.text)
    [form] = [form for form in tree.xpath("//form[@method='post']") if button in form.text_content()]
    fields = {field.get("name"): field.get("value") for field in form.xpath(".//input[@type='hidden']")}
    return client.post(form.get("action"), data=fields, headers=ORIGIN)


def test_an_upload_replacing_collected_data_asks_first_and_keeps_what_it_replaced(client, monitored, tmp_path):
    before = monitored.read(DATA).splitlines()
    good = filled_form(client, tmp_path, "СОШ-1.xlsx", keys={"sosh-1"}, cells={"E4": 90, "F4": 100})
    asked = upload(client, [good])
    assert asked.status_code == 200 and asked.history[0].status_code == 303  # redirected after the post
    question = visible_text(asked.text)
    old = {line.rsplit(",", 1)[0]: line.rsplit(",", 1)[1] for line in before if line.startswith("sosh-1,")}
    assert "Подтвердите замену данных" in question
    assert "МОУ «СОШ\xa0№\xa01», 2024\xa0год, механизм 1.1 — будет изменено 6 значений из 6" in question
    assert f"1.1.2, числитель: {old['sosh-1,1.1.2,numerator']} → 90" in question
    assert monitored.read(DATA).splitlines() == before  # nothing replaced before the user's word
    assert client.get(asked.url).text == asked.text  # a reload shows the question again, sends nothing

    accepted = press(client, asked, "Заменить данные")
    report = visible_text(accepted.text)
    assert "Данные приняты Принято: 1 ОО, 6 значений. СОШ-1.xlsx Механизм 1.1" in report
    assert "Прежние данные сохранены в резервной копии" in report
    after = monitored.read(DATA).splitlines()
    assert [line for line in after if not line.startswith("sosh-1,")] == [
        line for line in before if not line.startswith("sosh-1,")
    ]
    assert "sosh-1,1.1.2,numerator,90" in after and "sosh-1,1.1.2,denominator,100" in after
    assert "sosh-1,1.1.1,numerator,1" in after  # the округ's indicator counts the ОО: its form does not ask it
    reloaded = client.get(accepted.url)
    assert reloaded.status_code == 200 and visible_text(reloaded.text) == report  # F5: the same report, no error
    assert monitored.read(DATA).splitlines() == after

    restored = visible_text(press(client, accepted, "Вернуть прежние данные").text)
    assert "Прежние данные возвращены." in restored
    assert monitored.read(DATA).splitlines() == before
    again = upload(client, [good])
    assert "Подтвердите замену данных" in visible_text(again.text)
    press(client, again, "Заменить данные")
    same = visible_text(upload(client, [good]).text)  # the very values again: nothing to replace, nothing asked
    assert "МОУ «СОШ\xa0№\xa01» — без изменений" in same


def test_a_replacement_is_not_stored_when_cancelled_or_changed_meanwhile(client, monitored, tmp_path):
    before = monitored.read(DATA)
    first = filled_form(client, tmp_path, "первая.xlsx", keys={"sosh-1"}, cells={"E4": 90, "F4": 100})
    second = filled_form(client, tmp_path, "вторая.xlsx", keys={"sosh-1"}, cells={"E4": 80, "F4": 100})
    cancelled = press(client, upload(client, [first]), "Отменить загрузку")
    assert "Загрузка отменена: собранные данные не изменились." in visible_text(cancelled.text)
    assert monitored.read(DATA) == before
    shown = upload(client, [first])
    press(client, upload(client, [second]), "Заменить данные")  # another tab replaced the data meanwhile
    again = press(client, shown, "Заменить данные")
    assert "Пока вы читали эту страницу, собранные данные изменились" in visible_text(again.text)
    assert "1.1.2, числитель: 80 → 90" in visible_text(again.text)
    assert "sosh-1,1.1.2,numerator,80" in monitored.read(DATA).splitlines()
    press(client, again, "Заменить данные")
    assert "sosh-1,1.1.2,numerator,90" in monitored.read(DATA).splitlines()


def test_a_past_year_is_changed_only_with_the_users_word(client, monitored, tmp_path):
    blank = tmp_path / "2023.xlsx"
    blank.write_bytes(client.get("/monitoring/2023/forms/1.1.xlsx").content)
    workbook = fill(blank, tmp_path / "СОШ-2.xlsx", keys={"sosh-2"})
    before = monitored.read("data/2023/1.1.csv")
    asked = client.post(
        "/monitoring/2023/upload",
        data={"csrftoken": token(client, "/monitoring/2023")},
        files=[("workbooks", (workbook.name, workbook.read_bytes(), "application/octet-stream"))],
        headers=ORIGIN,
    )
    question = visible_text(asked.text)
    assert "МОУ «СОШ\xa0№\xa02», 2023\xa0год, механизм 1.1 — будет изменено" in question
    assert "2023\xa0год уже закрыт: за ним собраны данные 2024\xa0года." in question
    assert "сравнение с 2023\xa0годом в аналитических справках за 2024\xa0год" in question
    assert monitored.read("data/2023/1.1.csv") == before
    press(client, asked, "Заменить данные")
    assert monitored.read("data/2023/1.1.csv") != before


def test_an_unknown_or_forgotten_upload_is_a_russian_404(client):
    response = client.get("/monitoring/2024/uploads/nothing-of-the-kind")
    assert response.status_code == 404 and "Эта загрузка больше не хранится" in response.text


def test_no_file_chosen_is_said_and_nothing_changes(client, monitored):
    before = monitored.read(DATA)
    response = client.post(
        "/monitoring/2024/upload",
        headers=ORIGIN,
        data={"csrftoken": token(client, "/monitoring/2024")},
        files=[("workbooks", ("", b"", "application/octet-stream"))],
    )
    assert response.status_code == 200 and "Выберите хотя бы одну заполненную книгу." in response.text
    assert monitored.read(DATA) == before


def _cells(page: str, name: str) -> list[str]:
    """The texts of the matrix row headed ``name``."""
    tree = lxml_html.fromstring(page)
    row = next(
        row
        for row in tree.xpath("//table[contains(@class, 'results')]//tr")
        if squeezed(row.xpath("string(th)")) == name
    )
    return [squeezed(cell.text_content()) + f" [{cell.get('class')}]" for cell in row.xpath("td")]


def test_the_matrix_shows_what_msoko_results_computes(client, monitored):
    page = client.get("/monitoring/2024/results/1.1").text
    computed = monitored.run("results", "1.1", "--year", "2024", "--format", "json").json()["mechanisms"][0]
    own = [indicator for indicator in computed["indicators"] if indicator["level"] != "муниципалитет"]
    for key, name in (("sosh-4", "МОУ «СОШ\xa0№\xa04»"), ("sosh-1", "МОУ «СОШ\xa0№\xa01»")):
        cells = _cells(page, name)
        for indicator, cell in zip(own, cells):
            measure = indicator["organizations"][key]
            assert cell.startswith(f"{measure['value']:.1f}".replace(".", ",") + "\xa0%"), cell
            assert ("не достигнуто" in cell) == (not measure["meets_target"])
            assert ("tone-top" in cell) == (measure["points"] == 2)
    assert _cells(page, "МОУ «СОШ\xa0№\xa04»") == [
        "89,7\xa0% 1 балл не достигнуто [value tone-mid]",
        "68,2\xa0% 1 балл не достигнуто [value tone-mid]",
        "86,8\xa0% 2 балла [value tone-top]",
        "не входит в числитель [value tone-unscored]",  # its part of 1.1.1, a share of ОО the округ's data break down
        "94,6\xa0% не достигнуто [value tone-unscored]",  # of 1.1.3, a share of graduates
        "4 из 6 баллов — средний уровень [total]",
    ]
    assert _cells(page, "Копейский городской округ (в целом)")[0] == "94,4\xa0% 2 балла [value tone-top]"
    assert _cells(page, "Целевое значение")[:3] == [
        "не менее 90\xa0% [None]",
        "не менее 70\xa0% [None]",
        "не менее 85\xa0% [None]",
    ]
    text = visible_text(page)
    assert (
        "1.1.3 Доля выпускников 9\xa0классов, получивших аттестат об основном общем образовании 97,6\xa0% 1 балл "
        "не менее 98\xa0% не достигнуто +0,9\xa0п.\xa0п." in text
    )
    assert "наименьший балл по шкале" in text  # the legend says in words what each colour means, as documents do
    assert "группа риска" not in text  # no Положение defines one, and no document says it
    assert 'href="/monitoring/2024/organizations/sosh-4#m-1.1"' in page
    other = visible_text(client.get("/monitoring/2024/results/1.4").text)  # the Положение sums the округ's points
    assert "Сумма баллов округа: 9 из 10 баллов — система эффективна." in other


def test_an_organizations_page_has_its_values_points_changes_and_standing(client):
    text = visible_text(client.get("/monitoring/2024/organizations/sosh-7").text)
    assert "МОУ «СОШ\xa0№\xa07»: результаты мониторинга за 2024 год" in text
    assert (
        "1.1.2 Доля обучающихся 4–\u20608\xa0классов, выполнивших ВПР по русскому языку и математике на базовом "
        "уровне и выше 84,8\xa0% 1 балл не менее 90\xa0% не достигнуто −0,9\xa0п.\xa0п. 94,4\xa0%"
    ) in text
    assert (
        "Целевое значение не достигнуто по 4 показателям из 4. Адресные рекомендации — по показателям 1.1.2, 1.1.3, "
        "1.1.5 и 1.1.6. Сумма баллов: 3 из 6 баллов — средний уровень." in text
    )
    assert not re.search(r"(?<![\d.])2\.4\.", text)  # a school answers for no indicator of preschool education
    risky = visible_text(client.get("/monitoring/2024/organizations/sosh-43").text)
    assert "наименьший балл по шкале" in risky and "группа риска" not in risky  # the documents' words


def test_an_organizations_page_lists_the_mechanisms_without_its_data_in_a_line_each(client, monitored):
    """The stranger методист's December: eight mechanisms of 2025 without data, each «Данных нет.» over a table of
    «нет данных». Each is one line, linked to its results; the mechanism with data keeps its table."""
    monitored.path("data/2025").mkdir()
    for name in ("1.1.csv", "organizations.yaml"):
        shutil.copy(monitored.path(f"data/2024/{name}"), monitored.path(f"data/2025/{name}"))
    tree = lxml_html.fromstring(client.get("/monitoring/2025/organizations/sosh-1").text)
    assert [table.getparent().get("id") for table in tree.xpath("//main//table")] == ["m-1.1"]
    listed = tree.get_element_by_id("without-data")
    assert visible_text(lxml_html.tostring(listed, encoding="unicode")).startswith(
        "Механизмы, по которым данных за 2025\xa0год ещё нет 1.3. Система выявления, поддержки и развития"
    )
    links = [a.get("href").rpartition("/")[2] for a in listed.iter("a")]
    assert links == ["1.3", "1.4", "1.5", "2.1", "2.2", "2.3"]  # those the school answers for: not 1.2's, not 2.4's
    assert "Данных нет." not in visible_text(lxml_html.tostring(tree, encoding="unicode"))


@pytest.mark.parametrize(
    "path",
    [
        "/monitoring/2024",
        "/monitoring/2024/results/1.1",
        "/monitoring/2024/results/1.5",
        "/monitoring/2024/organizations/sosh-1",
        "/monitoring/2031",
    ],
)
def test_no_key_path_or_yaml_word_reaches_a_page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    text = visible_text(response.text)
    assert set(re.findall(r"[A-Za-z_]+", text)) <= LATIN_ALLOWED, text
    assert not re.search(r"\d\.\d+\s?%", text)  # a decimal comma, always


def test_unknown_year_mechanism_or_organization_is_a_russian_404(client):
    for path, words in (
        ("/monitoring/1999", "Такой страницы нет."),
        ("/monitoring/2024/results/9.9", "Такого механизма"),
        ("/monitoring/2024/forms/9.9.xlsx", "Такого механизма"),
        ("/monitoring/2024/organizations/sosh-99", "Такой организации нет"),
    ):
        response = client.get(path)
        assert response.status_code == 404 and words in response.text, path


def test_damaged_stored_data_are_named_in_words(client, monitored):
    monitored.write(DATA, monitored.read(DATA) + "sosh-3,1.1.2,numerator,много\n")
    text = visible_text(client.get("/monitoring/2024").text)
    assert "Собранные ранее данные за 2024 год по механизму 1.1 строка 248 — Значение «много» не читается" in text


@pytest.mark.usefixtures("calc")
def test_an_ods_workbook_is_read_through_libreoffice(client, monitored, tmp_path):
    good = filled_form(client, tmp_path, "good.xlsx", keys={"sosh-2"}, cells={"E5": 70, "F5": 80})
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path),
            str(good),
        ],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    response = press(client, upload(client, [tmp_path / "good.ods"]), "Заменить данные")
    assert response.status_code == 200, visible_text(response.text)
    assert "sosh-2,1.1.2,numerator,70" in monitored.read(DATA).splitlines()


def test_the_pages_word_the_commands_messages_for_a_page(client, monitored, tmp_path):
    foreign = filled_form(client, tmp_path, "чужая.xlsx", keys={"sosh-1"}, edit=lambda book: book.remove(book["msoko"]))
    text = visible_text(upload(client, [foreign]).text)
    assert (
        "чужая.xlsx вся книга — В книге нет служебного листа msoko: она сформирована не на странице "
        "«Мониторинг» msoko или лист удалён"
    ) in text
    monitored.path("regulations/organizations.yaml").unlink()
    page = client.get("/monitoring/2024")
    assert page.status_code == 409
    assert (
        "Нет списка организаций, от которых собираются данные: его добавляет в проект тот, кто настраивал msoko "
        "(образец — в руководстве)"
    ) in visible_text(page.text)
    assert "organizations.yaml" not in visible_text(page.text)


def test_the_year_pages_link_the_years_documents(client, monitored):
    assert monitored.run("regen", "spravka-1.1").exit_code == 0
    page = lxml_html.fromstring(client.get("/monitoring/2024").text)
    section = page.get_element_by_id("documents")
    links = {squeezed(a.text_content()).replace("\xa0", " "): a.get("href") for a in section.iter("a")}
    assert links == {
        "Аналитическая справка по итогам мониторинга качества подготовки обучающихся в 2024 году": (
            "/documents/spravka-1.1"
        ),
        "странице «Обзор»": "/",  # where the rebuild is
    }
    assert client.get("/documents/spravka-1.1").status_code == 200
    listed = visible_text(lxml_html.tostring(section, encoding="unicode")).replace("\xa0", " ")
    assert (
        "Приказ «Об итогах мониторинга качества подготовки обучающихся в 2024 году» — документ ещё не составлен"
        in listed
    )
    assert "Адресные рекомендации организациям, не достигшим целевых значений: 11" in listed
    assert "МОУ «СОШ № 4» — документ ещё не составлен" in listed
    results = lxml_html.fromstring(client.get("/monitoring/2024/results/1.1").text)
    assert [a.get("href") for a in results.get_element_by_id("documents-title").getparent().iter("a")] == [
        "/documents/spravka-1.1"
    ]
    past = visible_text(client.get("/monitoring/2023").text)
    assert "составлены за 2024\xa0год — последний год, за который собраны их данные" in past
    assert "Чтобы составить документы всех механизмов за 2023\xa0год, укажите этот год в профиле проекта" in past


def test_a_document_made_before_the_data_changed_is_marked_stale_wherever_it_is_listed(client, monitored, tmp_path):
    """Finding 1 of the third web read: after an upload was confirmed, the справка's page, the year's list and the
    mechanism's results still offered the old справка, unmarked. The mark agrees with the document's kind
    («справка … устарела», «рекомендации … устарели»), and the letters' folded line says they are out of date."""
    assert monitored.run("regen", "spravka-1.1", "rekomendacii-1.1-sosh-4").exit_code == 0
    stale_mark = "Аналитическая справка по итогам мониторинга качества подготовки обучающихся в 2024 году — устарела"
    assert "устарел" not in visible_text(client.get("/monitoring/2024").text)
    changed = filled_form(client, tmp_path, "СОШ-1.xlsx", keys={"sosh-1"}, cells={"E4": 90, "F4": 100})
    press(client, upload(client, [changed]), "Заменить данные")

    year_page = client.get("/monitoring/2024").text
    listed = visible_text(
        lxml_html.tostring(lxml_html.fromstring(year_page).get_element_by_id("documents"), encoding="unicode")
    ).replace("\xa0", " ")
    assert f"{stale_mark} — нужно пересобрать" in listed
    assert (
        "Адресные рекомендации организациям, не достигшим целевых значений: 12 — нужно пересобрать: 1 из 12" in listed
    )
    assert "МОУ «СОШ № 4» — устарели — нужно пересобрать" in listed
    assert "Документы, отмеченные «нужно пересобрать», составлены до того, как изменились собранные данные" in listed
    results = visible_text(client.get("/monitoring/2024/results/1.1").text).replace("\xa0", " ")
    assert f"{stale_mark} — нужно пересобрать" in results
    document = client.get("/documents/spravka-1.1")
    said = visible_text(document.text)
    assert "Документ устарел: собранные данные (или Положение) изменились после его сборки" in said
    assert "Прежде чем его передавать, пересоберите документы." in said
    for page, path in ((document.text, "/documents/spravka-1.1"), (year_page, "/monitoring/2024")):
        [form] = [f for f in lxml_html.fromstring(page).xpath("//form") if "Пересобрать документы" in f.text_content()]
        assert form.get("action") == "/build" and form.xpath(".//input[@name='csrftoken']/@value") != [""]
        assert form.xpath(".//input[@name='back']/@value") == [path]  # the build's page leads back here


def test_the_build_started_from_a_page_leads_back_to_it_and_only_to_this_server_s(client, monitored):
    """The stranger методист's finding: a rebuild started from the year's page offered only the overview and the
    hand-over. The way back is a path of this server's; anything else (another site, a scheme) is not offered."""
    import time

    monitored.write("regulations/mechanisms/1.1.yaml", "mechanism: [\n")  # the build stops at once, on the error

    def built(back: str) -> lxml_html.HtmlElement:
        client.post("/build", data={"csrftoken": token(client), "back": back}, headers=ORIGIN)
        for _ in range(300):
            progress = client.get("/build/progress").text
            if "Сборка не выполнена" in progress:
                return lxml_html.fromstring(progress)
            time.sleep(0.1)
        raise AssertionError("the build did not finish")

    way_back = "//a[text()='Вернуться на страницу, с которой запущена сборка']/@href"
    assert built("/monitoring/2024/results/1.1").xpath(way_back) == ["/monitoring/2024/results/1.1"]
    for elsewhere in ("//evil.example/monitoring", "https://evil.example/", "/monitoring/../review", "/review", ""):
        page = built(elsewhere)
        assert page.xpath(way_back) == [], elsewhere
        assert page.xpath("//a[text()='Вернуться к обзору']/@href") == ["/"]


def test_a_passports_prose_edited_after_the_workbooks_went_out_leaves_them_usable(client, monitored, tmp_path):
    """Finding 2 of the third web read: a word of «Источник данных» changed in the editor made every workbook
    already sent unusable. The stamp holds what decides the columns, the rows and the meaning of a value; a
    workbook whose columns did change is refused by name of the indicators."""
    sent = filled_form(client, tmp_path, "СОШ-1.xlsx", keys={"sosh-1"}, cells={"E4": 90, "F4": 100})
    passports = "regulations/mechanisms/1.1.yaml"
    monitored.replace(passports, "    source: отчёт ОО\n", "    source: отчёт общеобразовательной организации\n")
    monitored.replace(passports, "    deadline: до 1 июля\n", "    deadline: не позднее 1 июля\n")
    asked = visible_text(upload(client, [sent]).text)
    assert "Подтвердите замену данных" in asked and "другой редакции" not in asked

    monitored.replace(passports, "число участников диагностики", "число участников диагностики 8–9 классов")
    monitored.replace(passports, '  - code: "1.1.6"', '  - code: "1.1.7"')
    refused = visible_text(upload(client, [sent]).text).replace("\xa0", " ")
    assert (
        "книга сформирована по другой редакции паспортов показателей механизма 1.1: после того, как книга была "
        "сформирована, по показателю 1.1.5 изменились наименование, единица измерения, способ расчёта или "
        "организации, от которых собираются данные (столбцы или строки книги), добавлен показатель 1.1.7, исключён "
        "показатель 1.1.6; сформируйте книгу заново и перенесите в неё данные"
    ).lower() in refused.lower()


def test_a_renamed_data_sheet_is_to_be_named_back_not_deleted(client, tmp_path):
    """Finding 5 of the third web read: the data sheet renamed «Лист1» was called an extra sheet to delete."""

    def renamed(book) -> None:
        book["Показатели"].title = "Лист1"

    text = visible_text(
        upload(client, [filled_form(client, tmp_path, "СОШ-1.xlsx", keys={"sosh-1"}, edit=renamed)]).text
    ).replace("\xa0", " ")
    assert (
        "СОШ-1.xlsx лист «Лист1» — Это лист с данными, но он переименован: верните ему название «Показатели» (не "
        "удаляйте его — данные принимаются только с листа «Показатели»)"
    ) in text
    assert "Лишний лист" not in text and "нет листа" not in text


def test_a_code_overwritten_by_the_name_is_recognised_and_a_code_in_capitals_taken(client, monitored, tmp_path):
    """Finding 6 of the third web read: «МОУ «СОШ № 15»» typed over the code gave «неизвестная организация» and
    «нет строки … не удаляйте строки»; «SOSH-21 » was unknown."""
    named = filled_form(client, tmp_path, "СОШ-1.xlsx", keys={"sosh-1"}, cells={"A4": "МОУ «СОШ № 1»"})
    text = visible_text(upload(client, [named]).text).replace("\xa0", " ")
    assert (
        "СОШ-1.xlsx лист «Показатели», ячейка A4 — В столбце кода вместо кода организации указано её наименование "
        "(«МОУ „СОШ № 1“»): это строка МОУ «СОШ № 1»; верните в ячейку код «sosh-1», как в полученной книге"
    ) in text
    assert "Нет строки организации" not in text and "Неизвестная организация" not in text
    capitals = filled_form(client, tmp_path, "СОШ-2.xlsx", keys={"sosh-2"}, cells={"A5": " SOSH-2 ", "E5": 70})
    asked = visible_text(upload(client, [capitals]).text).replace("\xa0", " ")
    assert "Подтвердите замену данных" in asked and "МОУ «СОШ № 2», 2024 год, механизм 1.1" in asked


def test_an_oversized_upload_is_told_its_size_the_limit_and_the_way_back(client, monitored, tmp_path):
    """Finding 7 of the third web read: a bare «слишком большой объём данных формы», no way back."""
    before = monitored.read(DATA)
    big = tmp_path / "большая.xlsx"
    big.write_bytes(b"x" * (5 * 2**20))
    refused = upload(client, [big])
    assert refused.status_code == 413
    text = visible_text(refused.text)
    assert (
        "Книги не загружены: выбранные файлы вместе занимают 5,0\xa0МБ, а за одну загрузку принимается не более "
        "4\xa0МБ. Ничего не сохранено."
    ) in text
    back = lxml_html.fromstring(refused.text).xpath("//a[starts-with(@href, '/monitoring/')]")
    assert [(a.get("href"), a.text_content()) for a in back] == [
        ("/monitoring/2024#upload-title", "Вернуться к мониторингу за 2024\xa0год")
    ]
    assert monitored.read(DATA) == before


def test_the_same_workbook_attached_twice_is_taken_once_and_said_once(client, monitored, tmp_path):
    """Finding 8 of the third web read: «….xlsx» and «… (1).xlsx», the same bytes, gave an error per organization."""
    book = filled_form(client, tmp_path, "СОШ-1.xlsx", keys={"sosh-1"}, cells={"E4": 90, "F4": 100})
    copy = tmp_path / "СОШ-1 (1).xlsx"
    copy.write_bytes(book.read_bytes())
    text = visible_text(upload(client, [book, copy]).text).replace("\xa0", " ")
    assert text.count("приложен дважды") == 1
    assert "Файл «СОШ-1 (1).xlsx» приложен дважды: он совпадает с «СОШ-1.xlsx» байт в байт и учтён один раз." in text
    assert "Подтвердите замену данных" in text and "есть и в файле" not in text


def test_the_replacement_is_summed_up_with_its_buttons_on_top_and_listed_in_the_lists_order(client, tmp_path):
    """Low findings of the third web read: «ООШ № 19» listed before «№ 8» (sorted as text), and «Заменить
    данные» 6000 px down, under the list."""
    book = filled_form(client, tmp_path, "три.xlsx", keys={"oosh-19", "oosh-8", "sosh-9"})
    page = upload(client, [book]).text
    text = visible_text(page).replace("\xa0", " ")
    assert "Замена затронет 3 строки организаций (список — ниже, в порядке списка организаций)." in text
    listed = [
        squeezed(li.text_content()).replace("\xa0", " ")
        for li in lxml_html.fromstring(page).xpath("//ul[@class='accepted']/li/strong")
    ]
    assert listed == [
        "МОУ «ООШ № 8», 2024 год, механизм 1.1",
        "МОУ «СОШ № 9», 2024 год, механизм 1.1",
        "МОУ «ООШ № 19», 2024 год, механизм 1.1",
    ]
    assert text.index("Заменить данные") < text.index("Что изменится")


def test_the_profiles_form_speaks_no_key_or_file_name(client):
    """Low finding of the third web read: «прежнее значение «both»», «redline», «в папке data/» on the profile."""
    text = visible_text(client.get("/source/regulations/project.yaml").text)
    assert "год мониторинга" in text.lower()
    assert not re.search(r"\bboth\b|redline|data/", text), re.findall(r".{40}(?:both|redline|data/).{20}", text)


def test_a_breakdown_that_does_not_add_up_is_named_at_the_cell_on_the_page(client, monitored, tmp_path):
    """The page collects through the same use case as ``msoko collect``: the округ's 1.1.3 (graduates of 9th grade)
    against the sums of the schools' rows, at its cell, named with a text in the округ's 1.1.4 in the same pass."""
    before = monitored.read(DATA)
    schools = {f"{column}{row}": count for row in range(4, 28) for column, count in (("G", 50), ("H", 60))}
    cells = {**schools, "G28": 1000, "H28": 1440, "I28": "5 чел."}
    book = filled_form(client, tmp_path, "УО.xlsx", keys={"округ"}, cells=cells)
    text = visible_text(upload(client, [book]).text).replace("\xa0", " ")
    assert "Найдено ошибок: 2." in text
    assert "ячейка I28 — Копейский городской округ (в целом), показатель 1.1.4 (числитель): текст вместо" in text
    assert (
        "УО.xlsx лист «Показатели», ячейка G28 — Копейский городской округ (в целом), показатель 1.1.3 (числитель): "
        "числитель и знаменатель по округу (1000 и 1440) не равны суммам по строкам организаций (1200 и 1440): "
        "исправьте их или очистите эти ячейки строки по округу — тогда в них будут суммы"
    ) in text
    assert monitored.read(DATA) == before


def test_an_accepted_breakdown_is_counted_apart_from_the_rows_filled(client, monitored, tmp_path):
    """The УО's workbook: the округ's row and the schools' 1.1.3, which no school sent; said so, not «24 ОО»."""
    schools = {f"{column}{row}": count for row in range(4, 28) for column, count in (("G", 50), ("H", 60))}
    book = filled_form(client, tmp_path, "УО.xlsx", keys={"округ"}, cells={**schools, "G28": None, "H28": None})
    page = upload(client, [book])
    if "Заменить данные" in page.text:
        page = press(client, page, "Заменить данные")
    text = visible_text(page.text).replace("\xa0", " ")
    assert "Принято: строка округа и разбивка по организациям, " in text
    assert "По показателю 1.1.3 — значения 24 организаций, заполненные управлением образования." in text
    assert "По показателю 1.1.3\xa0— значения" in page.text  # a no-break space before the dash
    assert "МОУ «СОШ № 1», по показателю 1.1.3 — " in text

"""``msoko serve`` in-process: the ASGI app over a copy of the example, through an httpx client."""

from __future__ import annotations

import re

import pytest
import yaml
from starlette.testclient import TestClient

from generator.project import ProjectLayout
from generator.sources.kinds import CONCEPT, MSOKO, REGULATION, ROADMAP
from generator.sources.prose import PLACEHOLDER
from generator.web.app import create_app
from generator.web.editor import build_form, editable
from generator.web.forms import FormField
from generator.web import sourcefile

BASE = "http://127.0.0.1:8000"
ORIGIN = {"origin": BASE}


@pytest.fixture
def client(example) -> TestClient:
    return TestClient(create_app(ProjectLayout(example.root)), base_url=BASE)


def token(client: TestClient, page: str = "/") -> str:
    html = client.get(page).text
    return re.search(r'name="csrftoken" value="([^"]+)"', html).group(1)


def form_values(page_html: str) -> dict[str, str]:
    """What a browser would submit from the editor: every named control with its current value."""
    values: dict[str, str] = {}
    form = page_html[page_html.index("data-source-form") :]
    form = re.sub(r"<template>.*?</template>", "", form, flags=re.S)
    for match in re.finditer(r"<(input|textarea|select)\b([^>]*)>(.*?)(?=<)", form, re.S):
        tag, attributes, rest = match.groups()
        name = re.search(r'name="([^"]+)"', attributes)
        if not name:
            continue
        if tag == "textarea":
            values[name.group(1)] = _unescape(rest)
        elif tag == "select":
            chosen = re.search(
                r'<option value="([^"]*)" selected', form[match.end() : form.index("</select>", match.end())]
            )
            values[name.group(1)] = _unescape(chosen.group(1)) if chosen else ""
        elif 'type="checkbox"' in attributes:
            if re.search(r"\bchecked\b", attributes):  # a ticked box sends its value (a flag's is «1»)
                value = re.search(r'value="([^"]*)"', attributes)
                values[name.group(1)] = _unescape(value.group(1)) if value else "on"
        else:
            value = re.search(r'value="([^"]*)"', attributes)
            values[name.group(1)] = _unescape(value.group(1)) if value else ""
    return values


def empty_part(example, path: str, part: str, following: str) -> None:
    """Leave ``part`` in the file with no text, as a draft does."""
    example.cut(path, f"{part}:", f"{following}:")
    example.replace(path, f"{following}:", f'{part}: ""\n{following}:')


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def test_dashboard_shows_every_mechanism_and_document_state(client, example):
    page = client.get("/").text
    assert "Копейский городской округ" in page
    for code in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4"):
        assert f'id="m-{code}"' in page
    assert 'href="/source/regulations/mechanisms/1.1.yaml#f-goal"' in page
    assert "ещё не собран" in page
    assert re.search(r'<td class="score score-(high|mid|low)">\d+ из \d+</td>', page)
    assert "Самооценка за 2022 год, баллы" in page.replace(
        "\xad", ""
    )  # the year the scores are for, and what they mean below
    assert "по критериям региональной оценки механизмов управления качеством за 2022 год" in page


def test_a_document_broken_by_another_source_is_red_and_problems_filter(client, example):
    example.replace("regulations/acts/prikaz-2021-112.yaml", "date: 2021-03-15", "date: 2099-01-01")
    page = client.get("/").text
    row = page[page.index('id="m-1.1"') :]
    assert row[: row.index(">")] == 'id="m-1.1" class="has-errors"'  # its own file is fine: the act it cites is not
    assert '<span class="health">ошибок: 1' in row[: row.index("</tr>")]
    document = page[page.index('id="d-polozhenie-1.1"') :]
    assert document.startswith('id="d-polozhenie-1.1" class="has-errors"')
    assert "в источниках ошибок: 1" in document[: document.index("</tr>")]
    warnings = client.get("/?kind=warnings").text
    found = example.run("check", "--format", "json").json()["diagnostics"]
    count = sum(1 for d in found if d["severity"] == "warning")  # a later act cited by the acts before it
    assert count and f'<option value="warnings" selected>предупреждения ({count})</option>' in warnings
    assert (
        '<span class="kind">ошибка</span>' not in warnings
        and warnings.count('<span class="kind">предупреждение</span>') == count
    )
    one = client.get("/?kind=errors&doc=regulations/mechanisms/1.2.yaml").text
    listed = one[one.index('<ul class="diagnostics">') :]
    listed = listed[: listed.index("</ul>")]
    assert listed.count("<li") == 1 and "Положение о мониторинге 1.2</a>: Акт № 112 указан с датой 15.03.2021" in listed
    assert '<option value="errors" selected>ошибки (11)</option>' in one


def test_an_emptied_part_is_a_red_cell_linking_to_its_field(client, example):
    empty_part(example, "regulations/mechanisms/1.2.yaml", "methods", "schedule")
    page = client.get("/").text
    row = page[page.index('id="m-1.2"') :]
    row = row[: row.index("</tr>")]
    assert '<td class="cell empty"><a href="/source/regulations/mechanisms/1.2.yaml#f-methods"' in row


def test_unchanged_form_saves_the_same_bytes(client, example):
    before = example.read("regulations/mechanisms/1.1.yaml")
    values = form_values(client.get("/source/regulations/mechanisms/1.1.yaml").text)
    response = client.post("/source/regulations/mechanisms/1.1.yaml", data=values, headers=ORIGIN)
    assert response.status_code == 200 and "Сохранено." in response.text
    assert example.read("regulations/mechanisms/1.1.yaml") == before


def test_save_keeps_comments_and_writes_the_text(client, example):
    path = "regulations/mechanisms/1.1.yaml"
    values = form_values(client.get(f"/source/{path}").text)
    values["methods"] = "Анализ результатов ВПР и ГИА.\n\nСопоставление с данными ОО."
    values["tasks.5"] = "новая задача мониторинга"
    client.post(f"/source/{path}", data=values, headers=ORIGIN)
    text = example.read(path)
    assert text.startswith("# yaml-language-server: $schema=../.schema/regulation.schema.json\n")
    data = yaml.safe_load(text)
    assert data["methods"] == "Анализ результатов ВПР и ГИА.\n\nСопоставление с данными ОО.\n"
    assert data["tasks"][-1] == "новая задача мониторинга"
    assert "  - {lower: 90, points: 2}" in text


def test_invalid_value_is_shown_at_its_field_and_nothing_is_written(client, example):
    path = "regulations/mechanisms/1.1.yaml"
    before = example.read(path)
    values = form_values(client.get(f"/source/{path}").text)
    values["indicators.0.scoring.0.points"] = "много"
    response = client.post(f"/source/{path}", data=values, headers=ORIGIN)
    assert response.status_code == 422
    assert example.read(path) == before
    field = response.text[response.text.index('id="f-indicators-0-scoring-0-points"') :]
    field = field[: field.index("</div>")]
    assert "Поле «Баллы»: ожидается целое число, указано «много»" in field
    assert "yaml" not in field and "«points»" not in field
    form, status_bar = response.text.split('class="statusbar"')
    assert form.count("ожидается целое число") == 1  # once, at its field (not in the blank items)
    assert '<a href="#f-indicators-0-scoring-0-points">Поле «Баллы»: ожидается целое число' in status_bar
    anchors = re.findall(r'id="(f-[^"]+)"', response.text)
    assert len(anchors) == len(set(anchors))


def test_change_on_disk_since_opening_is_refused(client, example):
    path = "regulations/mechanisms/1.1.yaml"
    values = form_values(client.get(f"/source/{path}").text)
    example.replace(path, "до 1 июля", "до 5 июля")
    values["goal"] = "Другая цель."
    response = client.post(f"/source/{path}", data=values, headers=ORIGIN)
    assert response.status_code == 409 and "Файл изменился на диске" in response.text
    assert "до 5 июля" in example.read(path) and "Другая цель." not in example.read(path)


def test_cross_site_and_tokenless_posts_are_refused(client, example):
    path = "regulations/mechanisms/1.1.yaml"
    before = example.read(path)
    values = form_values(client.get(f"/source/{path}").text)
    values["goal"] = "Подменённая цель."
    foreign = client.post(f"/source/{path}", data=values, headers={"origin": "http://evil.example"})
    assert foreign.status_code == 403 and "Запрос отклонён" in foreign.text
    no_origin = client.post(f"/source/{path}", data=values)
    assert no_origin.status_code == 403
    values["csrftoken"] = "подделка"
    forged = client.post(f"/source/{path}", data=values, headers=ORIGIN)
    assert forged.status_code == 403 and "форма устарела" in forged.text
    fresh = TestClient(create_app(ProjectLayout(example.root)), base_url=BASE)
    cookieless = fresh.post(f"/source/{path}", data={"goal": "x"}, headers=ORIGIN)
    assert cookieless.status_code == 403
    assert example.read(path) == before


def test_foreign_host_header_is_refused(client):
    assert client.get("/", headers={"host": "attacker.example:8000"}).status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/source/..%2F..%2F..%2Fetc%2Fpasswd",
        "/source/%2e%2e/%2e%2e/etc/passwd",
        "/source/regulations/../../outside.yaml",
        "/source/regulations/approved/approvals.json",
        "/download/..%2F..%2Fregulations%2Fproject.docx",
        "/download/pack/..%2Fmanifest.json",
        "/static/..%2F..%2Fcli.py",
        "/pages/..%2F..%2F..%2Fregulations/project.yaml",
        "/pages/" + "0" * 64 + "/..%2F..%2Fmanifest.json",
    ],
)
def test_paths_outside_the_project_are_not_served(client, example, url):
    (example.root.parent / "outside.yaml").write_text("goal: секрет\n", encoding="utf-8")
    response = client.get(url)
    assert response.status_code == 404
    assert "секрет" not in response.text and "root:" not in response.text


def test_editable_refuses_everything_but_sources(example):
    layout = ProjectLayout(example.root)
    assert editable(layout, "regulations/mechanisms/1.1.yaml").kind == "Положение о мониторинге"
    assert editable(layout, "regulations/acts/prikaz-2021-112.yaml").kind == "Распорядительный акт"
    for bad in (
        "../project/regulations/project.yaml/..",
        "/etc/passwd",
        "regulations/.schema/act.schema.json",
        "output/.msoko/manifest.json",
        "regulations/mechanisms/1.1.yaml/../../../x.yaml",
    ):
        assert editable(layout, bad) is None


def test_every_source_round_trips_through_its_form_unchanged(example):
    layout = ProjectLayout(example.root)
    files = [
        layout.profile_file,
        MSOKO.path(layout),
        CONCEPT.path(layout),
        ROADMAP.path(layout),
        *REGULATION.files(layout),
        *layout.act_files(),
    ]
    for path in files:
        source = editable(layout, layout.display(path))
        text = path.read_text(encoding="utf-8")
        document = sourcefile.parse(text)
        form = build_form(source.model, sourcefile.plain(document))
        values: dict[str, str] = {}
        _flatten(form, values)
        from generator.web.forms import read_form

        assert sourcefile.dump(sourcefile.merged(document, form, read_form(form, values))) == text, path.name


def _flatten(form: FormField, values: dict[str, str]) -> None:
    if form.kind in ("object", "list"):
        for child in form.children:
            _flatten(child, values)
    elif form.kind == "flag":
        if form.value:
            values[form.name] = "1"
    else:
        values[form.name] = "" if form.value is None else str(form.value)


def test_forms_carry_titles_and_help_from_the_schema(client):
    page = client.get("/source/regulations/project.yaml").text
    assert "Орган управления образованием" in page and "Орган, издающий документы." in page
    act = client.get("/source/regulations/acts/prikaz-2021-112.yaml").text
    assert 'type="date"' in act and "Контроль исполнения" in act
    assert 'class="field kind-markdown"' in client.get("/source/regulations/concept.yaml").text


def test_markdown_preview_escapes_html(client):
    response = client.post(
        "/preview",
        data={"goal": "**Цель** <script>alert(1)</script>", "csrftoken": token(client)},
        headers={**ORIGIN, "hx-trigger-name": "goal"},
    )
    assert "<strong>Цель</strong>" in response.text and "<script>" not in response.text


def test_new_regulation_for_a_mechanism_without_one(client, example):
    example.path("regulations/mechanisms/2.4.yaml").unlink()
    row = client.get("/").text.split('id="m-2.4"')[1].split("</tr>")[0]
    assert row.count('<td class="cell missing"><a href="/new?mechanism=2.4"') == 6
    assert 'value="2.4" checked' in client.get("/new?mechanism=2.4").text
    response = client.post("/new", data={"mechanism": "2.4", "csrftoken": token(client, "/new")}, headers=ORIGIN)
    assert response.status_code == 200 and "Положение о мониторинге" in response.text
    draft = example.read("regulations/mechanisms/2.4.yaml")
    assert PLACEHOLDER not in draft and PLACEHOLDER not in response.text  # nothing to delete before writing
    assert yaml.safe_load(draft)["approved_by"] == "prikaz-2021-112"  # the act that already lists it
    assert "Взять типовой текст: цель</button>" in response.text and "Взять типовые задачи" in response.text
    again = client.post("/new", data={"mechanism": "2.4", "csrftoken": token(client)}, headers=ORIGIN)
    assert again.status_code == 409 and "2.4" in again.text


def test_bad_form_input_is_a_message_not_a_crash(client):
    response = client.post("/approve", data={"by": " ", "csrftoken": token(client)}, headers=ORIGIN)
    assert response.status_code == 409 and "Укажите, кто утверждает" in response.text
    assert client.get("/documents/polozhenie-9.9").status_code == 404
    assert "Такой страницы нет" in client.get("/nowhere").text


def start_build(client: TestClient) -> str:
    """Press «Пересобрать документы» and wait for the progress fragment to say how it ended."""
    import time

    assert client.post("/build", data={"csrftoken": token(client)}, headers=ORIGIN).status_code == 200
    for _ in range(600):
        progress = client.get("/build/progress").text
        if "Сборка завершена" in progress or "Сборка не выполнена" in progress:
            return progress
        time.sleep(0.1)
    raise AssertionError("the build did not finish")


def build_all(client: TestClient) -> None:
    progress = start_build(client)
    assert "Сборка завершена" in progress, progress


def test_page_images_downloads_and_pack(client, example, libreoffice):
    build_all(client)
    page = client.get("/documents/polozhenie-1.1").text
    pages = re.findall(r'src="(/pages/[0-9a-f]{64}/page-\d+\.png)"', page)
    assert len(pages) >= 3
    assert '<a href="/source/regulations/mechanisms/1.1.yaml">Редактировать источник</a>' in page
    image = client.get(pages[0])
    assert image.headers["content-type"] == "image/png" and image.content.startswith(b"\x89PNG")
    cached = list((example.root / "output" / ".msoko" / "pages").iterdir())
    assert len(cached) == 1 and len(list(cached[0].glob("page-*.png"))) == len(pages)
    docx = client.get("/download/polozhenie-1.1.docx")
    assert docx.content.startswith(b"PK") and "polozhenie-1.1.docx" in docx.headers["content-disposition"]
    packed = client.post("/pack", data={"csrftoken": token(client)}, headers=ORIGIN).text
    name = re.search(r'href="/download/pack/(msoko-\d{4}-\d{2}-\d{2}\.zip)"', packed).group(1)
    archive = client.get(f"/download/pack/{name}")
    import io
    import zipfile

    members = zipfile.ZipFile(io.BytesIO(archive.content)).namelist()
    assert "DOCX/polozhenie-1.1.docx" in members and "PDF/polozhenie-1.1.pdf" in members


def test_build_refuses_a_hand_edited_output_unless_forced(client, example):
    build_all(client)
    output = example.root / "output" / "polozhenie-1.1.docx"
    output.write_bytes(output.read_bytes() + b"\0")
    example.replace("regulations/mechanisms/1.1.yaml", "до 1 июля", "до 5 июля")
    progress = start_build(client)
    assert "Сборка не выполнена" in progress and "изменён вручную" in progress
    assert "изменён вручную" in client.get("/").text


def test_serve_command_warns_off_loopback_and_serves(example):
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "--project",
            str(example.root),
            "serve",
            "--no-browser",
            "--host",
            "0.0.0.0",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        page = ""
        for _ in range(100):
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read().decode()
                break
            except OSError:
                time.sleep(0.1)
        assert "Копейский городской округ" in page
    finally:
        process.terminate()
        stdout, stderr = process.communicate(timeout=10)
    assert f"откройте http://127.0.0.1:{port}/" in stdout
    assert "Внимание: сервер доступен не только с этого компьютера (0.0.0.0)" in stderr


def test_an_act_is_edited_with_the_same_form_machinery(client, example):
    path = "regulations/acts/prikaz-2021-140.yaml"
    values = form_values(client.get(f"/source/{path}").text)
    assert values["date"] == "2021-04-05" and values["kind"] == "приказ"
    values["date"] = "2021-04-06"
    values["points.1.text"] = "Опубликовать приказ на официальном сайте УО."
    values["points.0.subpoints.2"] = "обеспечить участие педагогов в мероприятиях «дорожной карты»."
    response = client.post(f"/source/{path}", data=values, headers=ORIGIN)
    assert "Сохранено." in response.text
    text = example.read(path)
    assert text.startswith("# yaml-language-server: $schema=../.schema/act.schema.json\n# Приказ УО")
    assert "date: 2021-04-06\n" in text and 'number: "140"' in text
    assert "  - {number: 1, document: dorozhnaya-karta}" in text
    data = yaml.safe_load(text)
    assert data["points"][1]["text"] == "Опубликовать приказ на официальном сайте УО."
    assert data["points"][0]["subpoints"][2].startswith("обеспечить участие педагогов")
    bad = dict(values, date="5 апреля")
    refused = client.post(f"/source/{path}", data=bad, headers=ORIGIN)
    assert refused.status_code == 422 and "date: 2021-04-06\n" in example.read(path)
    date_field = refused.text.split('id="f-date"')[1].split('id="f-')[0]
    assert "Поле «Дата»: ожидается дата в формате ГГГГ-ММ-ДД, указано «5 апреля»" in date_field


def test_an_unreadable_or_bombed_source_is_a_message(client, example):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        for prev, name in zip("abcdefgh", "bcdefghi")
    )
    example.write("regulations/mechanisms/1.3.yaml", bomb)
    response = client.get("/source/regulations/mechanisms/1.3.yaml")
    assert response.status_code == 409 and "миллиард смешков" in response.text
    example.write("regulations/mechanisms/1.2.yaml", "goal: [не закрыта\n")
    broken = client.get("/source/regulations/mechanisms/1.2.yaml")
    assert (
        broken.status_code == 409
        and '<a href="/source/regulations/mechanisms/1.2.yaml">Положение о мониторинге 1.2</a>: ' in broken.text
    )
    assert "1.2.yaml:" not in broken.text


def test_errors_speak_in_field_titles_beside_the_field(client, example):
    path = "regulations/mechanisms/1.1.yaml"
    # 1.1.2, the second indicator
    example.replace(
        path,
        "    name: Доля обучающихся 4–8 классов, выполнивших ВПР по русскому языку и математике на базовом уровне и "
        "выше\n",
        "",
    )
    page = client.get(f"/source/{path}").text
    name = page[page.index('id="f-indicators-1-name"') :]
    name = name[: name.index("</div>\n</div>")]
    assert "Отсутствует обязательное поле «Наименование»" in name
    assert "«name»" not in page and "1.1.yaml:" not in page
    dashboard = client.get("/").text
    assert (
        '<a href="/source/regulations/mechanisms/1.1.yaml#f-indicators-1-name">Положение о мониторинге 1.1</a>: '
        "Отсутствует обязательное поле «Наименование»" in dashboard
    )  # the link opens the form at the field


def test_a_message_about_another_file_is_said_for_the_page(client):
    page = client.post("/changes", data={"csrftoken": token(client)}, headers=ORIGIN).text
    assert (
        page.count(
            "<li>Документ не соответствует источникам (новый документ); пересоберите документы "
            "(кнопка «Пересобрать документы» на обзоре)</li>"
        )
        == 1
    )
    assert "msoko" not in page.split("<main")[1]


def test_identifiers_are_offered_as_what_they_name(client, example):
    regulation = client.get("/source/regulations/mechanisms/1.1.yaml").text
    chosen = re.search(r'<option value="prikaz-2021-112" selected>([^<]+)</option>', regulation).group(1)
    assert chosen == "Приказ от 15.03.2021 № 112"
    assert "project.yaml" not in regulation and "Приказ, которым утверждено Положение." in regulation
    act = client.get("/source/regulations/acts/prikaz-2021-112.yaml").text
    assert re.search(r'<option value="polozhenie-1.1" selected>Положение о мониторинге[^<]+</option>', act)
    assert ">polozhenie-1.1<" not in act
    profile = client.get("/source/regulations/project.yaml").text
    assert (
        '<option value="federal-2021" selected>Федеральный перечень механизмов управления качеством образования '
        "(4+4)</option>" in profile
    )
    assert re.findall(r'<option value="(?:stamp|appendix|both)"[^>]*>([^<]+)<', profile) == [
        "гриф утверждения",
        "отметка о приложении",
        "гриф утверждения (прежнее «и то и другое»)",
    ]
    values = form_values(profile)
    assert values["layout.approval_block"] == "both" and values["catalog"] == "federal-2021"


def test_indicator_rows_fold_the_passport_and_new_items_start_sensibly(client, example):
    page = client.get("/source/regulations/mechanisms/1.1.yaml").text
    assert page.count('<details class="passport">') == len(
        yaml.safe_load(example.read("regulations/mechanisms/1.1.yaml"))["indicators"]
    )
    assert re.search(r'id="c-f-mechanism" name="mechanism" data-ctl data-seg="mechanism" value="1.1" readonly', page)
    assert "<h1>Положение о мониторинге качества подготовки обучающихся</h1>" in page
    blank = page[page.index("<template>", page.index("list-indicators")) :]
    assert re.search(r'<option value="процент" selected>', blank) and re.search(
        r'<option value="результат" selected>', blank
    )
    assert 'name="indicators.new.code" data-ctl data-seg="code" value="1.1.7"' in blank  # the next free code
    assert 'name="indicators.new.scoring.1.lower" data-ctl data-seg="lower" value="50"' in page  # the usual bands
    assert 'name="indicators.new.scoring.1.upper" data-ctl data-seg="upper" value="80"' in page
    assert 'value="ежегодно"' in blank  # and the usual passport
    values = form_values(page)
    values["_at"] = "f-indicators-0-name"
    saved = client.post("/source/regulations/mechanisms/1.1.yaml", data=values, headers=ORIGIN, follow_redirects=False)
    assert saved.headers["location"].endswith("?saved=1#f-indicators-0-name")
    dashboard = client.get("/").text
    assert '<a href="/source/regulations/acts/prikaz-2021-112.yaml">редактировать</a>' in dashboard


def test_approval_names_the_documents_and_needs_a_confirmation(client, example):
    build_all(client)
    review = client.get("/review").text
    assert review.count('<input type="checkbox" name="document" value="') == 17
    assert review.count('" checked> ') == 17  # nothing approved yet: everything is offered
    csrf = token(client, "/review")
    refused = client.post(
        "/approve",
        data={"by": "Юрист Е.В. Смирнова", "document": ["polozhenie-1.1"], "csrftoken": csrf},
        headers=ORIGIN,
    )
    assert refused.status_code == 409 and "Подтвердите утверждение" in refused.text
    assert not (example.root / "regulations" / "approved").exists()
    done = client.post(
        "/approve",
        data={
            "by": "Юрист Е.В. Смирнова",
            "confirm": "1",
            "csrftoken": csrf,
            "document": ["polozhenie-1.1", "koncepciya", "prikaz-2021-112"],
        },
        headers=ORIGIN,
    ).text
    assert "Утверждено: Положение о мониторинге качества подготовки обучающихся (Юрист Е.В. Смирнова)." in done
    assert "Утверждена: Концепция развития" in done and "Утверждён: Приказ от 15.03.2021 № 112" in done
    assert "Итого утверждено: 3" in done
    again = client.get("/review").text  # only what is not approved in this version is offered again
    assert again.count('" checked> ') == 14
    assert (
        'value="polozhenie-1.1"> Положение о мониторинге качества подготовки обучающихся <span class="hint">(уже '
        "утверждён" in again
    )


def test_a_draft_with_errors_names_itself_as_what_blocks_the_build(client, example):
    (example.root / "regulations" / "mechanisms" / "2.4.yaml").unlink()
    client.post("/new", data={"mechanism": "2.4", "csrftoken": token(client)}, headers=ORIGIN)
    progress = start_build(client)
    assert "msoko не собирает ни одного документа" in progress
    blocking = progress[progress.index('<ul class="blocking">') :]
    blocking = blocking[: blocking.index("</ul>")]
    assert re.fullmatch(
        r'<ul class="blocking"><li><a href="/source/regulations/mechanisms/2\.4\.yaml">'
        r"Положение о мониторинге 2\.4</a> — ошибок: \d+</li>",
        blocking,
    )


def test_rebuilt_documents_link_to_their_pages_and_back_to_editing(client, example):
    progress = start_build(client)
    assert (
        '<li><a href="/documents/polozhenie-1.1">Положение о мониторинге качества подготовки обучающихся</a> · '
        '<a href="/download/polozhenie-1.1.docx">скачать DOCX'
    ) in progress


def test_a_new_draft_is_headed_by_its_mechanism(client, example):
    (example.root / "regulations" / "mechanisms" / "2.4.yaml").unlink()
    page = client.post("/new", data={"mechanism": "2.4", "csrftoken": token(client)}, headers=ORIGIN).text
    assert "<h1>Положение о мониторинге качества дошкольного образования</h1>" in page  # as the example names it
    assert "«1.1»" not in page and "качества подготовки обучающихся»" not in page.split("<form")[1]


def test_messages_name_documents_and_fields_not_files_and_keys():
    from generator import messages
    from generator.web.wording import spoken
    from schemas.diagnostics import Diagnostic, Location

    said = [
        spoken(Diagnostic.error(Location("regulations/roadmap.yaml"), text, code="test"))
        for text in (
            messages.NOT_AN_APPENDIX.format(document="polozhenie-2.5", act="prikaz-2021-112"),
            messages.MECHANISM_NOT_IN_MSOKO.format(code="2.5"),
            messages.ABBREVIATION_NOT_IN_GLOSSARY.format(word="ГИА"),
            messages.ROADMAP_MISSES_MECHANISM.format(code="2.5", title="Система мониторинга здоровья"),
            "повтор: см. regulations/mechanisms/1.1.yaml:18:11",
        )
    ]
    assert not [text for text in said if re.search(r"\.yaml|→|mechanism:", text)], said
    assert said[1] == "Механизм 2.5 не указан в Положении о МСОКО (поле «Механизмы» Положения о МСОКО)"
    assert said[4] == "Повтор: см. Положение о мониторинге 1.1"


def test_a_local_mechanism_is_created_with_its_group_in_words_and_edited_in_the_profile(client, example):
    page = client.get("/new").text
    assert "Механизмы управления качеством образовательной деятельности</label>" in page
    assert "— получит код 2.5" in page
    refused = client.post(
        "/new/local", data={"title": " ", "group": "2", "csrftoken": token(client, "/new")}, headers=ORIGIN
    )
    assert refused.status_code == 409 and "Напишите название механизма" in refused.text
    client.post(
        "/new/local",
        data={"title": "Система мониторинга здоровья обучающихся", "group": "2", "csrftoken": token(client, "/new")},
        headers=ORIGIN,
    )
    profile = yaml.safe_load(example.read("regulations/project.yaml"))
    assert profile["local_mechanisms"][-1] == {
        "code": "2.5",
        "group": 2,
        "title": "Система мониторинга здоровья обучающихся",
    }
    assert "2.5" in yaml.safe_load(example.read("regulations/msoko.yaml"))["mechanisms"]
    assert "# Профиль проекта" in example.read("regulations/project.yaml")  # comments kept
    form = client.get("/source/regulations/project.yaml").text
    assert '<option value="2" selected>2. Механизмы управления качеством образовательной деятельности</option>' in form
    values = form_values(form)
    saved = client.post("/source/regulations/project.yaml", data=values, headers=ORIGIN, follow_redirects=False)
    assert saved.status_code == 303
    assert yaml.safe_load(example.read("regulations/project.yaml"))["local_mechanisms"][-1]["group"] == 2


def test_a_new_local_regulation_is_approved_by_a_new_order_of_today(client, example):
    import datetime

    from generator.sources.checked import check_project

    client.post(
        "/new/local",
        data={"title": "Система мониторинга здоровья обучающихся", "group": "2", "csrftoken": token(client, "/new")},
        headers=ORIGIN,
    )
    path = "regulations/mechanisms/2.5.yaml"
    page = client.get("/source/" + path).text
    assert "<h1>Положение о мониторинге здоровья обучающихся</h1>" in page  # the name is not repeated
    assert ">Подготовить новый приказ об утверждении</button>" in page
    values = {**form_values(page), "_include": "new", "_roadmap": "1"}
    saved = client.post("/source/" + path, data=values, headers=ORIGIN, follow_redirects=False)
    assert saved.status_code == 303, saved.text
    today = datetime.date.today()
    numbers = [
        int(yaml.safe_load(p.read_text(encoding="utf-8"))["number"])
        for p in (example.root / "regulations" / "acts").glob(f"prikaz-{today.year}-*.yaml")
    ]
    act_id = f"prikaz-{today.year}-{max(numbers)}"
    assert yaml.safe_load(example.read(path))["approved_by"] == act_id
    act = yaml.safe_load(example.read(f"regulations/acts/{act_id}.yaml"))
    assert act["kind"] == "приказ" and act["date"] == today and act["number"] == "1"
    assert act["appendices"] == [{"number": 1, "document": "polozhenie-2.5"}]
    assert act["control"] == "Контроль за исполнением настоящего приказа оставляю за собой."
    assert "title" not in act
    errors = [
        (d.location.file, d.message)
        for d in check_project(ProjectLayout(example.root))[0].diagnostics
        if d.is_error and d.code != "completeness"
    ]  # the draft's empty parts are for later
    assert errors == []
    assert "15.03.2021" not in client.get("/source/" + path).text.split("companions")[1].split("</section>")[0]


def test_a_problem_on_the_overview_opens_the_form_at_its_field(client, example):
    empty_part(example, "regulations/mechanisms/1.2.yaml", "methods", "schedule")
    problems = client.get("/?kind=errors").text.split('id="problems-title"')[1]
    links = re.findall(r'<a href="(/source/regulations/mechanisms/1\.2\.yaml[^"]*)">', problems)
    assert links and all(link.endswith("#f-methods") for link in links), links

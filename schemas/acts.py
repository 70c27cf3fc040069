"""regulations/acts/*.yaml: the orders (приказы) and resolutions (постановления) that approve documents."""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import Field

from .base import Identifier, Markdown, SourceModel, Text
from .profile import Signatory


ActKind = Literal["приказ", "постановление"]


class Appendix(SourceModel):
    """A document the act approves, attached as its numbered appendix."""

    number: int = Field(ge=1, title="номер приложения", description="Номер приложения: 1, 2, …")
    document: Identifier = Field(
        title="документ", description="Документ, который утверждается этим приложением к акту."
    )


class Point(SourceModel):
    """A further point of the act, with optional sub-points."""

    text: Text = Field(title="текст пункта", description="Текст пункта: «Руководителям образовательных организаций:».")
    subpoints: list[Text] = Field(default_factory=list, title="подпункты", description="Подпункты 2.1, 2.2, …")


class Act(SourceModel):
    """An order or resolution; its identifier is the file name («prikaz-2021-112.yaml»)."""

    kind: ActKind = Field(title="вид акта", description="Вид документа.")
    number: str = Field(
        pattern=r"^[0-9A-Za-zА-Яа-яЁё/\-]+$", title="номер", description="Регистрационный номер без знака «№»: «112»."
    )
    date: datetime.date = Field(title="дата", description="Дата документа в формате ГГГГ-ММ-ДД.")
    title: str = Field(
        default="",
        title="заголовок",
        description="Заголовок «Об утверждении …»; если не указан, составляется по утверждаемым документам.",
    )
    basis: Markdown = Field(title="преамбула", description="Основание: «В соответствии с …, в целях …».")
    appendices: list[Appendix] = Field(
        default_factory=list, title="приложения", description="Утверждаемые документы в порядке приложений."
    )
    points: list[Point] = Field(default_factory=list, title="пункты", description="Пункты после пункта об утверждении.")
    control: Text = Field(
        title="контроль исполнения", description="«Контроль за исполнением настоящего приказа возложить на …»."
    )
    signatory: Signatory | None = Field(
        default=None, title="подписант", description="Если не указан — руководитель органа из профиля проекта."
    )
    executor: Text = Field(
        default="",
        title="исполнитель",
        description="Отметка об исполнителе внизу последней страницы (ГОСТ Р 7.0.97-2025, п. 5.26: фамилия, имя, "
        "отчество и телефон): «Исполнитель: Смирнова Ирина Петровна, тел. 8 (35139) 3-55-21». Без неё отметки нет.",
    )
    distribution: Text = Field(
        default="",
        title="рассылка",
        description="Указатель рассылки под отметкой об исполнителе: кому направляются копии — исполнители пунктов "
        "(«Разослать: отдел общего образования управления образования, ММЦ, образовательные организации по списку "
        "(раздел 5 приложения)»). Без него указателя нет.",
    )

"""regulations/citations.yaml: the acts the documents cite (laws, orders of other bodies), each marked as checked
against its official publication or not. A document shows an act's date and number only when they were checked,
or when the author decided to keep them unchecked (``accepted``); ``msoko check`` warns otherwise."""

from __future__ import annotations

import datetime

from pydantic import Field

from .base import SourceModel, Text


class CitedAct(SourceModel):
    """One cited act: «Федеральный закон от 29.12.2012 № 273-ФЗ»."""

    act: Text = Field(title="акт", description="Вид, орган и название акта, как они цитируются.")
    date: datetime.date = Field(title="дата", description="Дата акта в формате ГГГГ-ММ-ДД.")
    number: str = Field(
        pattern=r"^[0-9A-Za-zА-Яа-яЁё/\-]+$", title="номер", description="Номер без знака «№»: «273-ФЗ»."
    )
    verified: bool = Field(
        default=False, title="сверено", description="Дата и номер сверены с официальным опубликованием."
    )
    source: str = Field(
        default="",
        title="где сверено",
        description="Где опубликован акт: «Официальный интернет-портал правовой информации».",
    )
    accepted: bool = Field(
        default=False,
        title="принято автором",
        description="Реквизиты не сверены, но автор решил оставить их в документах.",
    )


class Citations(SourceModel):
    """The project's cited acts."""

    acts: list[CitedAct] = Field(
        default_factory=list, title="цитируемые акты", description="Акты, на которые ссылаются документы."
    )


__all__ = ["CitedAct", "Citations"]

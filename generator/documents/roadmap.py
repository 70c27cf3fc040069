"""The дорожная карта: one landscape table of sections and numbered activities."""

from __future__ import annotations

from schemas.roadmap import Roadmap

from ..docx.blocks import cell, text_paragraph
from ..docx.elements import paragraph, table
from .body import Body, cell_prose, scaled


def roadmap_body(roadmap: Roadmap, width_mm: float) -> Body:
    body = Body(width_mm)
    widths = scaled([16, 150, 45, 60], width_mm)
    rows: list = [[cell(title, style="TableHeading") for title in ("№ п/п", "Мероприятия", "Сроки", "Ответственные")]]
    for section in roadmap.sections:
        rows.append([([text_paragraph("RoadmapSection", section.title)], 4)])
        for item in section.items:
            rows.append(
                [
                    [paragraph("RoadmapItem")],
                    cell_prose(item.activity, width_mm),
                    cell(item.deadline),
                    cell(item.responsible),
                ]
            )
    body.elements.append(table("MsokoTable", widths, rows))
    return body

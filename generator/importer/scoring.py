"""Scoring bands, as municipalities type them: «90 % и более — 2 балла», «≥ 30 % — 2», «от 15 до 29 % — 1»,
«15–29 % — 1», «2 балла — 90 % и более», «менее 75 % (0 баллов)», one per line or several on one line
separated by «;»; and the common scale «от 0 до 2 баллов» a document states once for every indicator."""

from __future__ import annotations

import re

POINTS = r"(?P<points>\d+)"
BALL = r"\s*(?:балл(?:а|ов)?\b|б\.)"
SCORING_LINE = (re.compile(rf"^(?P<condition>.+?)\s*[—–-]\s*{POINTS}{BALL}\s*[.;,]?$", re.IGNORECASE),
                re.compile(rf"^(?P<condition>.+?)\s+[—–-]\s+{POINTS}\s*[.;,]?$"),
                re.compile(rf"^{POINTS}{BALL}\s*[—–:-]\s*(?P<condition>.+?)\s*[.;,]?$", re.IGNORECASE),
                re.compile(rf"^(?P<condition>.+?)\s*\(\s*{POINTS}{BALL}\s*\)\s*[.;,]?$", re.IGNORECASE),
                re.compile(rf"^(?P<condition>.+?)\s*[:=]\s*{POINTS}(?:{BALL})?\s*[.;,]?$", re.IGNORECASE))
"""A band: the condition, a dash and the points (with «балл» or, for a spaced dash, bare); the points first
with «балл»; the points in brackets; or «condition: points»."""
COMMON_SCALE = re.compile(r"\bот\s+0\s+до\s+(?P<top>\d+)\s+балл", re.IGNORECASE)


def read_bands(text: str) -> tuple[list[dict], list[str]]:
    """Bands one per line, or on one line split by «;», or by «,» when every part is a band."""
    bands, rest = [], []
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) == 1 and ";" in lines[0]:
        lines = [part.strip() for part in lines[0].split(";") if part.strip()]
    elif len(lines) == 1 and all(band_of(part) for part in lines[0].split(",")):
        lines = [part.strip() for part in lines[0].split(",")]
    for line in lines:
        band = band_of(line)
        if band:
            bands.append(band)
        else:
            rest.append(line)
    return bands, rest


def only_bands(text: str) -> list[dict]:
    """The bands, when the text is bands and nothing else; else none."""
    bands, rest = read_bands(text)
    return bands if bands and not rest else []


def band_of(line: str) -> dict | None:
    match = next((m for pattern in SCORING_LINE if (m := pattern.match(line.strip()))), None)
    if match is None:
        return None
    condition = " ".join(match.group("condition").split()).rstrip(" :—–-")
    return {"condition": condition, "points": int(match.group("points"))} if condition else None

"""Scoring bands: «90 % и более — 2 балла», one per line or several on one line."""

from __future__ import annotations

import re



SCORING_LINE = (re.compile(r"^(?P<condition>.+?)\s*[—–-]\s*(?P<points>\d+)\s*балл\w*\.?;?$"),
                re.compile(r"^(?P<points>\d+)\s*балл\w*\s*[—–:-]\s*(?P<condition>.+?)[.;]?$"),
                re.compile(r"^(?P<condition>.+?)\s*[:=]\s*(?P<points>\d+)\.?;?$"))


def read_bands(text: str) -> tuple[list[dict], list[str]]:
    """Bands one per line, or on one line split by «;», or by «,» when every part is a band."""
    bands, rest = [], []
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) == 1 and ";" in lines[0]:
        lines = [part.strip() for part in lines[0].split(";") if part.strip()]
    elif len(lines) == 1 and all(_band(part) for part in lines[0].split(",")):
        lines = [part.strip() for part in lines[0].split(",")]
    for line in lines:
        match = _band(line)
        if match:
            bands.append({"condition": match.group("condition").strip(), "points": int(match.group("points"))})
        else:
            rest.append(line)
    return bands, rest


def _band(line: str) -> re.Match | None:
    return next((m for pattern in SCORING_LINE if (m := pattern.match(line.strip()))), None)

"""Who signs an адресные рекомендации letter: the methodical service's head, the position short where the service's
own form already names the organization (ГОСТ Р 7.0.97-2025, п. 5.23)."""

from __future__ import annotations

from schemas.profile import Signatory

from ..russian.morphology import normal_form
from ..sources.model import ProjectSources
from .year_text import service_signatory


def letter_signatory(project: ProjectSources) -> Signatory:
    """Who signs the letter, the position short where the form already names the organization (ГОСТ Р 7.0.97-2025,
    п. 5.23): on the service's own form «Директор», not «Директор муниципального казённого учреждения «…» …»."""
    signatory = service_signatory(project)
    service = project.valid_profile.model.monitoring.service
    if service is None or not service.letterhead:
        return signatory
    return signatory.model_copy(update={"position": short_position(signatory.position, service.letterhead[-1])})


def short_position(position: str, organization: str) -> str:
    """«Директор муниципального казённого учреждения «…» Копейского городского округа» on a form that names
    «МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ «…» КОПЕЙСКОГО ГОРОДСКОГО ОКРУГА» → «Директор»: the position less the words
    that name the organization, word for word by their dictionary forms; the whole position where they do not."""
    words, named = position.split(), [_bare(word) for word in organization.split()]
    start = len(words) - len(named)
    if start > 0 and [_bare(word) for word in words[start:]] == named:
        return " ".join(words[:start])
    return position


def _bare(word: str) -> str:
    return normal_form(word.strip('«»"„“,.').lower())

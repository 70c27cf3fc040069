"""Scales as data: the rules a scoring scale and the groups by total points obey, the same for the sources
(``check``), for any document (``lint``) and beside the field in the editor."""

from .rules import ScaleFinding, scale_findings, total_findings

__all__ = ["ScaleFinding", "scale_findings", "total_findings"]

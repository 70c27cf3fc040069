"""Text that YAML would read as something else when written without quotes: «yes», «no», «on», «off»
(booleans in YAML 1.1), «null», «~», «1e3» (a float in YAML 1.2), «0x1F», «12:30» (a base-60 integer in
YAML 1.1)… msoko reads sources with libyaml (YAML 1.1), the web editor with ruamel.yaml (1.2) and an
editor may use either: text is quoted when any of them would take it for another type."""

from __future__ import annotations

import yaml
from ruamel.yaml.nodes import ScalarNode as RuamelScalar
from ruamel.yaml.resolver import VersionedResolver

_TEXT = "tag:yaml.org,2002:str"
_READERS = (VersionedResolver(version=(1, 1)), VersionedResolver(version=(1, 2)))
_LIBYAML = yaml.resolver.Resolver()


def read_as_another_type(text: str) -> bool:
    """Whether ``text``, written plain, would not come back as the same text."""
    if _LIBYAML.resolve(yaml.ScalarNode, text, (True, False)) != _TEXT:
        return True
    return any(reader.resolve(RuamelScalar, text, (True, False)) != _TEXT for reader in _READERS)

"""Entity name keys and the alias table: which surface forms are one entity ("US", "U.S.", "the
United States"). Plain Python, no spaCy, so corpus-level stages that only compare names (and
runs with nothing new) do not load it."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline import CONFIG_DIR

DEFAULT_ALIASES = CONFIG_DIR / "aliases.yaml"


@dataclass(frozen=True)
class Alias:
    name: str
    labels: frozenset[str]  # empty: any label


def alias_path() -> Path:
    return Path(os.environ.get("CLAIMTRAIL_ALIASES", DEFAULT_ALIASES))


@functools.lru_cache(maxsize=4)
def load_aliases(path: Path | None = None) -> dict[str, Alias]:
    """Normalised alias -> canonical entity, from the user-editable YAML alias table."""
    data = yaml.safe_load((path or alias_path()).read_text(encoding="utf-8")) or {}
    table: dict[str, Alias] = {}
    for entry in data.get("entities", []):
        target = Alias(entry["name"], frozenset(entry.get("labels", [])))
        forms = entry.get("aliases", []) + ([] if target.labels else [entry["name"]])
        for form in forms:
            table[normalize_name(form)] = target
    return table


_LEADING_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=2**18)
def normalize_name(text: str) -> str:
    """Comparable form of a name: no leading "the", possessive, dots or case."""
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip())).replace(".", "")
    return _SPACES.sub(" ", text).strip(" ,;:-").lower()


def apply_alias(name: str, label: str, aliases: dict[str, Alias] | None = None) -> str:
    """The alias table's canonical name for `name`, or `name` itself."""
    alias = (load_aliases() if aliases is None else aliases).get(normalize_name(name))
    if alias and (not alias.labels or label in alias.labels):
        return alias.name
    return name


def entity_key(name: str, label: str) -> str:
    """Merge key of a canonical name: "US", "U.S." and "the United States" share one."""
    return normalize_name(apply_alias(name, label))

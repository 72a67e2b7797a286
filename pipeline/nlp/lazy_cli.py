"""spaCy imported without its command line: a lazy `spacy.cli` while spaCy's `__init__` runs.

`spacy/__init__.py` imports `spacy.cli.info` only to offer `spacy.info`, and with it the whole
CLI package (typer, weasel, rich, jinja2, requests, httpx): about two thirds of spaCy's import
time, 0.3-1 s of a `claimtrail run` that annotates one new file. claimtrail never uses the CLI.
While spaCy's own `__init__` is executing, this finder hands it a stand-in `spacy.cli` (and
`spacy.cli.info`) whose first attribute use imports the real package; submodules
(`spacy.cli.download`, ...) still load from spaCy's own folder. Any other import is untouched.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

STAND_INS = ("spacy.cli", "spacy.cli.info")


class LazySpacyCli(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves the stand-ins, only to spaCy's own `__init__`."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        spacy = sys.modules.get("spacy")
        if (fullname not in STAND_INS or not path or spacy is None
                or not getattr(spacy.__spec__, "_initializing", False)):
            return None
        spec = importlib.machinery.ModuleSpec(fullname, self, is_package=fullname == "spacy.cli")
        if fullname == "spacy.cli":
            spec.submodule_search_locations = [str(Path(path[0]) / "cli")]
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # the default module object

    def exec_module(self, module: types.ModuleType) -> None:
        if module.__name__ == "spacy.cli":
            module.__getattr__ = lambda name: getattr(real_cli(), name)  # PEP 562
        else:
            module.info = lambda *args, **kwargs: real_cli().info(*args, **kwargs)


FINDER = LazySpacyCli()


def real_cli() -> Any:
    """The real `spacy.cli`, imported on first use (the stand-ins dropped first)."""
    for name in STAND_INS:
        if getattr(sys.modules.get(name), "__loader__", None) is FINDER:
            del sys.modules[name]
    return importlib.import_module("spacy.cli")


def install() -> None:
    """Put the finder first on `sys.meta_path` (once)."""
    if FINDER not in sys.meta_path:
        sys.meta_path.insert(0, FINDER)

"""Atomic file writes: readers see the old file or the new one, never a half-written one."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; once the caller has filled it, fsync it and
    rename it over ``path`` (then fsync the folder, so a power cut cannot bring the old file
    back). The temporary file (``.<name>.<pid>-<thread>.tmp``) is removed if anything fails."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        yield staging
        with open(staging, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)
    fsync_directory(path.parent)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; errors (``OSError``) are the caller's to handle."""
    with replacing(path) as staging:
        staging.write_bytes(data)


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

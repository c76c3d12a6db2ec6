"""Where editlint keeps its own files: the user cache folder (LanguageTool's install, the result cache)."""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from typing import Iterator

CACHE_ENV = "EDITLINT_CACHE_DIR"

Cache = str | os.PathLike | None


def cache_root(cache: Cache = None) -> Path:
    """*cache*, else ``$EDITLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/editlint``, else ``~/.cache/editlint``."""
    if cache:
        return Path(cache).expanduser()
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "editlint"


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on *path* (created if missing) for the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

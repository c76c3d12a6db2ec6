"""Where editlint keeps its own files: the user cache folder (LanguageTool's install, the result cache)."""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from typing import Iterator

from editlint import cachedir

Cache = str | os.PathLike | None


def cache_root(cache: Cache = None) -> Path:
    """*cache*, else ``$EDITLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/editlint``, else ``~/.cache/editlint``."""
    return Path(cachedir.cache_root(cache))


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

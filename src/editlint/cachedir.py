"""Where editlint keeps what it installs and runs (LanguageTool, the warm engine): light enough for the client."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "EDITLINT_CACHE_DIR"


def cache_root(cache: str | os.PathLike | None = None) -> Path:
    """*cache*, else ``$EDITLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/editlint``, else ``~/.cache/editlint``."""
    if cache:
        return Path(cache).expanduser()
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "editlint"

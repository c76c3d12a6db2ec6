"""Where editlint keeps what it installs and runs (LanguageTool, the warm engine); light enough for the client."""

from __future__ import annotations

import os

CACHE_ENV = "EDITLINT_CACHE_DIR"


def cache_root(cache: str | os.PathLike | None = None) -> str:
    """*cache*, else ``$EDITLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/editlint``, else ``~/.cache/editlint``."""
    if cache:
        return os.path.expanduser(cache)
    if os.environ.get(CACHE_ENV):
        return os.path.expanduser(os.environ[CACHE_ENV])
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return os.path.join(xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache"), "editlint")

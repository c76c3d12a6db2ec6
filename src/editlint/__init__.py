"""editlint: an editorial style and quality linter for news articles."""

from __future__ import annotations

__version__ = "0.1.0"


def lint_text(*args, **kwargs):
    """See :func:`editlint.api.lint_text`."""
    from editlint.api import lint_text as run

    return run(*args, **kwargs)


def lint_paths(*args, **kwargs):
    """See :func:`editlint.api.lint_paths`."""
    from editlint.api import lint_paths as run

    return run(*args, **kwargs)

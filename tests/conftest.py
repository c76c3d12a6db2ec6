"""Session-wide fixtures: one real LanguageTool server for the whole test session."""

import pytest

from editlint.packs.languagetool.provision import install
from editlint.packs.languagetool.server import LanguageToolServer


@pytest.fixture(scope="session")
def languagetool_url():
    """One real LanguageTool server for the whole session (installed first if needed)."""
    install()
    with LanguageToolServer() as server:
        yield server.url

"""Session-wide fixtures: private caches, and one real LanguageTool server for the whole session."""

import os

import pytest

from editlint.packs.languagetool.provision import cache_root, install, install_dir
from editlint.packs.languagetool.server import LanguageToolServer

# Caches that tools started by the tests write to, all moved into the session's temporary folder.
CACHE_VARIABLES = ("XDG_CACHE_HOME", "PRE_COMMIT_HOME", "VIRTUALENV_OVERRIDE_APP_DATA", "PIP_CACHE_DIR", "EDITLINT_CACHE_DIR")


@pytest.fixture(scope="session", autouse=True)
def private_caches(tmp_path_factory):
    """Point every cache at the session's temporary folder, except the one shared LanguageTool install.

    That install lives in ``$EDITLINT_CACHE_DIR`` as given to the suite (``make test`` names the
    user cache, so it is installed once per machine); the session's own editlint cache links to it.
    """
    shared = cache_root()  # read before the variables below move it
    install(shared)
    caches = tmp_path_factory.mktemp("caches")
    private = caches / "editlint"
    private.mkdir()
    (private / install_dir(shared).name).symlink_to(install_dir(shared), target_is_directory=True)
    values = dict(zip(CACHE_VARIABLES, (caches, caches / "pre-commit", caches / "virtualenv", caches / "pip", private)))
    with pytest.MonkeyPatch.context() as patch:
        for name, value in values.items():
            patch.setenv(name, str(value))
        yield caches


@pytest.fixture(scope="session")
def languagetool_url(private_caches):
    """One real LanguageTool server for the whole session."""
    with LanguageToolServer() as server:
        yield server.url


"""The suite writes only into its own temporary folders (and the one shared LanguageTool install)."""

import os
from pathlib import Path

from conftest import CACHE_VARIABLES

from editlint.packs.languagetool.provision import cache_root, install_dir, is_installed


def test_every_cache_is_the_sessions_own(private_caches):
    home = Path.home().resolve()
    for name in CACHE_VARIABLES:
        value = Path(os.environ[name]).resolve()
        assert value.is_relative_to(private_caches.resolve()), (name, value)
    assert cache_root().resolve().is_relative_to(private_caches.resolve())
    assert is_installed()  # through the link to the shared install
    assert install_dir().is_symlink() and not install_dir().resolve().is_relative_to(private_caches.resolve())

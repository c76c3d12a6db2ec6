import pytest

from editlint.packs.languagetool.provision import install, install_dir


@pytest.fixture
def lt_cache(tmp_path):
    """A private cache dir that reuses the real installation, so daemon tests never touch the user's daemon."""
    install()
    (tmp_path / install_dir().name).symlink_to(install_dir(), target_is_directory=True)
    return tmp_path

"""Session-wide fixtures: private caches, one real LanguageTool server for the whole session, and fake ones for error paths."""

import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

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


@pytest.fixture
def fake_server():
    """Start a tiny HTTP server on 127.0.0.1 whose /v2/check answers with *status*, *body*, after *delay* s.

    ``answer(form)`` (the decoded request form) may return (status, body, delay) instead; the
    forms of all check requests are kept in ``fake_server.requests``, the paths of all requests
    in ``fake_server.paths``.
    """
    servers = []
    seen = []
    paths = []

    def start(status=200, body=b"{}", delay=0.0, answer=None):
        class Handler(BaseHTTPRequestHandler):
            def _reply(self, form=None):
                paths.append(self.path)
                if self.path.startswith("/v2/languages"):
                    code, payload, wait = 200, b'[{"name": "English (US)", "code": "en", "longCode": "en-US"}]', 0.0
                else:
                    seen.append(form or {})
                    code, payload, wait = answer(form or {}) if answer else (status, body, delay)
                threading.Event().wait(wait)
                self.send_response(code)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                self._reply({key: values[0] for key, values in parse_qs(raw).items()})

            do_GET = _reply

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    start.requests = seen
    start.paths = paths
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()

import threading
from urllib.parse import parse_qs
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from editlint.packs.languagetool.provision import install, install_dir


@pytest.fixture
def lt_cache(tmp_path):
    """A private cache dir that reuses the real installation, so daemon tests never touch the user's daemon."""
    install()
    (tmp_path / install_dir().name).symlink_to(install_dir(), target_is_directory=True)
    return tmp_path


@pytest.fixture
def fake_server():
    """Start a tiny HTTP server on 127.0.0.1 whose /v2/check answers with *status*, *body*, after *delay* s.

    ``answer(form)`` (the decoded request form) may return (status, body, delay) instead; the
    forms of all check requests are kept in ``fake_server.requests``.
    """
    servers = []
    seen = []

    def start(status=200, body=b"{}", delay=0.0, answer=None):
        class Handler(BaseHTTPRequestHandler):
            def _reply(self, form=None):
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
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()

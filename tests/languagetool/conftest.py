import threading
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
    """Start a tiny HTTP server on 127.0.0.1 whose /v2/check answers with *status*, *body*, after *delay* s."""
    servers = []

    def start(status=200, body=b"{}", delay=0.0):
        class Handler(BaseHTTPRequestHandler):
            def _reply(self):
                if self.path.startswith("/v2/languages"):
                    code, payload = 200, b'[{"name": "English (US)", "code": "en", "longCode": "en-US"}]'
                else:
                    threading.Event().wait(delay)
                    code, payload = status, body
                self.send_response(code)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self._reply()

            do_GET = _reply

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()

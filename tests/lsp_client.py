"""A small LSP client that drives a real ``editlint lsp`` process over stdio (tests and bench).

It speaks JSON-RPC with ``Content-Length`` framing, answers the server's own requests with
``null``, and keeps every notification so a test can wait for one or look at them all.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

TIMEOUT = 60.0


class LspClient:
    def __init__(self, args: list[str] | None = None, *, cwd: Path | None = None, env: dict[str, str] | None = None):
        self.process = subprocess.Popen(
            args or [sys.executable, "-m", "editlint", "lsp"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env,
        )
        self.ids = itertools.count(1)
        self.responses: dict[int, dict] = {}
        self.notifications: list[dict] = []  # every notification received, in order
        self.unclaimed: list[dict] = []  # those no ``wait_for`` has returned yet
        self.server_requests: list[dict] = []  # requests the server made, answered with null
        self.stderr: list[bytes] = []
        self.changed = threading.Condition()
        self.writing = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.process.stderr), daemon=True).start()

    # Wire format.

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        with self.writing:
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
            self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            headers = {}
            while (line := stream.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            if not line:
                with self.changed:
                    self.changed.notify_all()
                return
            message = json.loads(stream.read(int(headers["content-length"])))
            if "method" in message and "id" in message:  # the server asks something: say nothing
                self.server_requests.append(message)
                self.send({"id": message["id"], "result": None})
                continue
            with self.changed:
                if "id" in message:
                    self.responses[message["id"]] = message
                else:
                    self.notifications.append(message)
                    self.unclaimed.append(message)
                self.changed.notify_all()

    def _wait(self, found: Callable[[], Any], timeout: float, what: str) -> Any:
        deadline = time.monotonic() + timeout
        with self.changed:
            while (result := found()) is None:
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    stderr = b"".join(self.stderr).decode("utf-8", "replace")[-3000:]
                    raise AssertionError(f"no {what} within {timeout}s (server exit status {self.process.poll()}); stderr:\n{stderr}")
                self.changed.wait(min(left, 0.5))
            return result

    # JSON-RPC.

    def request(self, method: str, params: Any = None, timeout: float = TIMEOUT) -> Any:
        request_id = next(self.ids)
        self.send({"id": request_id, "method": method, "params": params})
        response = self._wait(lambda: self.responses.pop(request_id, None), timeout, f"answer to {method}")
        if "error" in response:
            raise AssertionError(f"{method} failed: {response['error']}")
        return response["result"]

    def notify(self, method: str, params: Any = None) -> None:
        self.send({"method": method, "params": params})

    def wait_for(self, method: str, match: Callable[[dict], bool] = lambda params: True, timeout: float = TIMEOUT) -> dict:
        """The params of the first unclaimed ``method`` notification that ``match`` accepts."""

        def first() -> dict | None:
            for notification in self.unclaimed:
                if notification["method"] == method and match(notification["params"]):
                    self.unclaimed.remove(notification)
                    return notification["params"]
            return None

        return self._wait(first, timeout, method)

    def received(self, method: str) -> list[dict]:
        with self.changed:
            return [n["params"] for n in self.notifications if n["method"] == method]

    # LSP.

    def initialize(self, capabilities: dict | None = None) -> dict:
        result = self.request("initialize", {"processId": None, "rootUri": None, "capabilities": capabilities or {}})
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, version: int = 1, language: str = "markdown") -> None:
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}})

    def change(self, uri: str, version: int, text: str) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]})

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = TIMEOUT) -> list[dict]:
        """The next diagnostics published for ``uri`` (for ``version``, if given)."""
        params = self.wait_for(
            "textDocument/publishDiagnostics", lambda p: p["uri"] == uri and version in (None, p.get("version")), timeout
        )
        return params["diagnostics"]

    def code_actions(self, uri: str, span: dict, only: list[str] | None = None, diagnostics: list[dict] = (), timeout: float = TIMEOUT) -> list[dict]:
        context = {"diagnostics": list(diagnostics), **({"only": only} if only else {})}
        return self.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": span, "context": context}, timeout)

    def close(self) -> int:
        """Shut the server down as a client does; its exit status."""
        if self.process.poll() is None:
            self.request("shutdown")
            self.notify("exit")
        try:
            return self.process.wait(timeout=TIMEOUT)
        finally:
            self.process.stdin.close()

    def __enter__(self) -> "LspClient":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


LINE_BREAK = re.compile(r"\r\n|\r|\n")


def offset(text: str, position: dict) -> int:
    """The code point offset of an LSP position (UTF-16 code units on lines broken at \\n, \\r\\n, \\r)."""
    starts = [0, *(m.end() for m in LINE_BREAK.finditer(text))]
    start = starts[position["line"]]
    units = text[start:].encode("utf-16-le")[: 2 * position["character"]]
    return start + len(units.decode("utf-16-le"))


def apply_edits(text: str, edits: list[dict]) -> str:
    """``text`` with LSP text edits applied (as an editor applies a workspace edit)."""
    spans = sorted(((offset(text, e["range"]["start"]), offset(text, e["range"]["end"]), e["newText"]) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text

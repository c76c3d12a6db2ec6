"""`editlint lsp` driven as an editor drives it: a real server process over stdio, raw JSON-RPC."""

import asyncio
import os
import socket
import sys
import threading
import time

import pytest
from lsp_client import LspClient, apply_edits
from pygls.uris import from_fs_path

from editlint.lsp import LintQueue

# Line 3 holds two emoji (four UTF-16 code units, two code points) before the findings, and
# lines end in CRLF: LSP positions count UTF-16 units, editlint's columns count code points.
STORY = "# Storm\r\n\r\n😀😀 The irregardless plan and the abolishment.\r\n"
REGARDLESS = {"start": {"line": 2, "character": 9}, "end": {"line": 2, "character": 21}}
ABOLISHMENT = {"start": {"line": 2, "character": 35}, "end": {"line": 2, "character": 46}}


def span(line: int, start: int, end: int) -> dict:
    return {"start": {"line": line, "character": start}, "end": {"line": line, "character": end}}


@pytest.fixture
def folder(tmp_path):
    """A newsroom folder whose config runs only the AP pack and proselint (quick: no spaCy, no LanguageTool)."""
    (tmp_path / ".editlint.toml").write_text('select = ["ap", "proselint"]\n', encoding="utf-8")
    return tmp_path


@pytest.fixture
def start(tmp_path):
    """Start ``editlint lsp`` (or ``args``) in ``tmp_path`` with an empty user config; initialized."""
    clients = []

    def start(args=None, user_config: str = "", capabilities=None) -> LspClient:
        config_home = tmp_path / "user-config"
        (config_home / "editlint").mkdir(parents=True, exist_ok=True)
        (config_home / "editlint" / "config.toml").write_text(user_config, encoding="utf-8")
        client = LspClient(args, cwd=tmp_path, env={**os.environ, "XDG_CONFIG_HOME": str(config_home)})
        clients.append(client)
        client.initialize(capabilities)
        return client

    yield start
    for client in clients:
        client.__exit__()


def codes(diagnostics: list[dict]) -> list[str]:
    return [d["code"] for d in diagnostics]


def test_diagnostics_on_open_in_utf16_units_on_crlf_lines(folder, start):
    client = start()
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, STORY)
    published = client.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)
    assert published["version"] == 1
    assert published["diagnostics"] == [
        {
            "range": REGARDLESS,
            "message": "'irregardless' is a double negative: write 'regardless'.",
            "severity": 2,
            "code": "ap/regardless",
            "source": "editlint",
            "relatedInformation": [
                {"location": {"uri": uri, "range": REGARDLESS}, "message": "proselint/nonwords gives the same advice here"}
            ],
        },
        {
            "range": ABOLISHMENT,
            "message": "Write 'abolition', not the variant 'abolishment'.",
            "severity": 2,
            "code": "proselint/needless_variants",
            "source": "editlint",
        },
    ]
    assert client.close() == 0


def test_severities_map_to_lsp_and_a_bom_a_lone_cr_or_a_line_separator_shift_no_position(folder, start):
    (folder / ".editlint.toml").write_text(
        'select = ["ap"]\n[severity]\n"ap/ok" = "error"\n"ap/cliches" = "info"\n', encoding="utf-8"
    )
    client = start()
    uri = from_fs_path(str(folder / "notes.md"))
    client.open(uri, "\ufeffIt\u2028was okay, and\r🌧 only time will tell.\r")  # U+2028 breaks no LSP line
    diagnostics = client.diagnostics(uri)
    assert [(d["code"], d["severity"], d["range"]) for d in diagnostics] == [
        ("ap/ok", 1, span(0, 8, 12)),
        ("ap/cliches", 3, span(1, 3, 22)),
    ]


def test_rapid_changes_end_with_the_last_versions_diagnostics_and_never_go_back(folder, start):
    client = start()
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, "# Storm\n\nA calm day.\n")
    assert client.diagnostics(uri, 1) == []
    words = ["amongst", "okay", "irregardless", "whilst", "e-mail"]
    for version, word in enumerate(words, start=2):
        client.change(uri, version, f"# Storm\n\nIt was {word} here.\n")
    assert codes(client.diagnostics(uri, 6)) == ["ap/email"]
    client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": span(0, 0, 0), "context": {"diagnostics": []}})
    versions = [p["version"] for p in client.received("textDocument/publishDiagnostics")]
    # a version is published only while current, so never after a later one; the last may come twice (a change
    # that comes while the lint it scheduled is starting makes that version be linted again, as a save does)
    assert versions[0] == 1 and versions[-1] == 6 and versions == sorted(versions)
    assert client.close() == 0


def test_quick_fixes_prefer_safe_fixes_and_mark_unsafe_ones(folder, start):
    client = start()
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, STORY)
    diagnostics = client.diagnostics(uri)

    [safe] = client.code_actions(uri, REGARDLESS, only=["quickfix"], diagnostics=diagnostics[:1])
    assert safe["title"] == "Replace with 'regardless'"
    assert safe["kind"] == "quickfix"
    assert safe["isPreferred"] is True
    assert safe["diagnostics"] == diagnostics[:1]
    assert safe["edit"] == {"changes": {uri: [{"range": REGARDLESS, "newText": "regardless"}]}}

    [unsafe] = client.code_actions(uri, span(2, 40, 40), only=["quickfix"], diagnostics=diagnostics[1:])
    assert unsafe["title"] == "Replace with 'abolition' (unsafe fix)"
    assert "isPreferred" not in unsafe
    assert unsafe["edit"] == {"changes": {uri: [{"range": ABOLISHMENT, "newText": "abolition"}]}}

    fixed = apply_edits(STORY, safe["edit"]["changes"][uri])
    assert fixed == "# Storm\r\n\r\n😀😀 The regardless plan and the abolishment.\r\n"
    client.change(uri, 2, fixed)
    assert codes(client.diagnostics(uri, 2)) == ["proselint/needless_variants"]
    assert client.code_actions(uri, REGARDLESS, only=["quickfix"]) == []
    assert client.close() == 0


MESSY = "\ufeff# Storm\r\n\r\n😀 It was okay amongst friends.\r\nIrregardless, the abolishment stands, e-mail says.\r\n"
FIXED = "\ufeff# Storm\r\n\r\n😀 It was OK among friends.\r\nRegardless, the abolishment stands, email says.\r\n"


@pytest.mark.parametrize(
    "capabilities",
    [{}, {"textDocument": {"codeAction": {"resolveSupport": {"properties": ["edit"]}}}}],
    ids=["edit-in-action", "edit-resolved"],
)
def test_fix_all_applies_every_safe_fix(folder, start, capabilities):
    client = start(capabilities=capabilities)
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, MESSY)
    assert codes(client.diagnostics(uri)) == ["ap/ok", "ap/among-amid-while", "ap/regardless", "proselint/needless_variants", "ap/email"]

    [action] = client.code_actions(uri, span(0, 0, 0), only=["source.fixAll"])
    assert action["kind"] == "source.fixAll.editlint"
    if capabilities:
        assert "edit" not in action
        action = client.request("codeAction/resolve", action)
    fixed = apply_edits(MESSY, action["edit"]["changes"][uri])
    assert fixed == FIXED

    client.change(uri, 2, fixed)
    assert codes(client.diagnostics(uri, 2)) == ["proselint/needless_variants"]
    assert client.code_actions(uri, span(0, 0, 0), only=["source.fixAll"]) == []
    assert client.close() == 0


def test_an_edited_config_changes_the_next_diagnostics(folder, start):
    client = start(capabilities={"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}})
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, STORY)
    assert codes(client.diagnostics(uri, 1)) == ["ap/regardless", "proselint/needless_variants"]
    [registration] = client.server_requests[0]["params"]["registrations"]
    assert registration["method"] == "workspace/didChangeWatchedFiles"
    assert {"globPattern": "**/.editlint.toml"} in registration["registerOptions"]["watchers"]

    config = folder / ".editlint.toml"
    config.write_text('select = ["ap", "proselint"]\nignore = ["proselint"]\n', encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": from_fs_path(str(config)), "type": 2}]})
    assert codes(client.diagnostics(uri, 1)) == ["ap/regardless"]

    config.write_text('select = ["proselint"]\n', encoding="utf-8")
    client.change(uri, 2, STORY)
    assert codes(client.diagnostics(uri, 2)) == ["proselint/nonwords", "proselint/needless_variants"]
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert codes(client.diagnostics(uri, 2)) == ["proselint/nonwords", "proselint/needless_variants"]
    assert client.close() == 0


# Markdown reads a code span as code, not prose; plain text has no code spans.
CODE_SPAN = "Storm hits the coast\n\nThe `irregardless` plan was approved by the council on Monday after a long debate.\n"


def test_plain_text_and_markdown_by_suffix(folder, start):
    client = start()
    markdown, plain = (from_fs_path(str(folder / name)) for name in ("note.md", "note.txt"))
    client.open(markdown, CODE_SPAN)
    client.open(plain, CODE_SPAN, language="plaintext")
    assert client.diagnostics(markdown) == []
    assert [(d["code"], d["range"]) for d in client.diagnostics(plain)] == [("ap/regardless", span(2, 5, 17))]


def test_untitled_documents_lint_as_markdown_with_the_default_config_and_languagetool(start, languagetool_url):
    client = start(user_config=f'[languagetool]\nurl = "{languagetool_url}"\n')
    uri = "untitled:Untitled-1"
    client.open(uri, f"{CODE_SPAN}\nThis is an test.\n")
    diagnostics = client.diagnostics(uri)
    assert [(d["code"], d["range"]) for d in diagnostics] == [("languagetool/EN_A_VS_AN", span(4, 8, 10))]
    assert client.close() == 0


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(("on_error", "kind", "found"), [("fail", 1, []), ("warn", 2, ["ap/regardless"])])
def test_languagetool_down_is_shown_once_and_the_server_keeps_serving(folder, start, on_error, kind, found):
    (folder / ".editlint.toml").write_text(
        f'select = ["ap", "languagetool"]\n[languagetool]\nurl = "http://127.0.0.1:{closed_port()}"\n'
        f'[grammar]\non-error = "{on_error}"\n',
        encoding="utf-8",
    )
    client = start()
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, STORY)
    assert codes(client.diagnostics(uri, 1)) == found
    client.change(uri, 2, STORY + "More.\r\n")
    assert codes(client.diagnostics(uri, 2)) == found
    [shown] = client.received("window/showMessage")
    assert shown["type"] == kind and "LanguageTool" in shown["message"]
    assert [m["message"] for m in client.received("window/logMessage") if m["type"] == kind] == [shown["message"]] * (2 if on_error == "fail" else 1)
    assert len(client.code_actions(uri, REGARDLESS, only=["quickfix"])) == len(found)
    assert client.close() == 0


def test_a_bad_config_is_shown_not_fatal(folder, start):
    (folder / ".editlint.toml").write_text('select = ["nope/rule"]\n', encoding="utf-8")
    client = start()
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, STORY)
    shown = client.wait_for("window/showMessage")
    assert shown["type"] == 1 and ".editlint.toml" in shown["message"] and "nope/rule" in shown["message"]
    (folder / ".editlint.toml").write_text('select = ["ap"]\n', encoding="utf-8")
    client.change(uri, 2, STORY)
    assert codes(client.diagnostics(uri, 2)) == ["ap/regardless"]
    assert client.close() == 0


def test_closing_a_document_clears_its_diagnostics(folder, start):
    client = start()
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, STORY)
    assert client.diagnostics(uri, 1)
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri) == []
    assert client.code_actions(uri, REGARDLESS) == []
    assert client.close() == 0


def test_python_m_editlint_lsp_serves_too(folder, start):
    client = start([sys.executable, "-m", "editlint.lsp"])
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, STORY)
    assert codes(client.diagnostics(uri)) == ["ap/regardless", "proselint/needless_variants"]
    assert client.close() == 0


def test_the_server_answers_while_a_lint_waits_for_languagetool(folder, start):
    with socket.socket() as silent:  # a LanguageTool "server" that accepts and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        (folder / ".editlint.toml").write_text(
            f'select = ["ap", "languagetool"]\n[languagetool]\nurl = "http://127.0.0.1:{silent.getsockname()[1]}"\ntimeout = 3\n',
            encoding="utf-8",
        )
        client = start()
        uri = from_fs_path(str(folder / "storm.md"))
        client.open(uri, STORY)
        assert client.code_actions(uri, REGARDLESS, timeout=2) == []
        assert client.received("textDocument/publishDiagnostics") == []
        client.diagnostics(uri, 1)
        assert "LanguageTool" in client.wait_for("window/showMessage")["message"]
        assert client.close() == 0


def test_the_lint_queue_lints_at_once_and_takes_requests_made_during_a_lint_together():
    async def scenario() -> list[str]:
        started, release = [], asyncio.Event()

        async def lint(uri: str) -> None:
            started.append(uri)
            await release.wait()

        queue = LintQueue(lint)
        queue.request("a")
        await asyncio.sleep(0)
        assert started == ["a"]  # no pause awaited
        for _ in range(5):
            queue.request("a")
        queue.request("b")
        await asyncio.sleep(0)
        assert started == ["a", "b"]  # "b" does not wait for "a"; "a" runs once at a time
        release.set()
        while queue.running:
            await asyncio.sleep(0)
        queue.request("b")
        queue.cancel("b")
        await asyncio.sleep(0)
        return started

    assert asyncio.run(scenario()) == ["a", "b", "a"]  # five requests during a lint: one more lint


def languagetool_config(folder, url: str) -> None:
    (folder / ".editlint.toml").write_text(f'select = ["languagetool"]\n[languagetool]\nurl = "{url}"\n', encoding="utf-8")


def test_changes_during_a_lint_are_linted_together_once_it_ends(folder, start, fake_server):
    release = threading.Event()
    url = fake_server(answer=lambda form: (release.wait(60), (200, b'{"matches": []}', 0.0))[1])
    languagetool_config(folder, url)
    client = start()
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, "# Storm\n\nIt was calm.\n")
    deadline = time.monotonic() + 60
    while not fake_server.requests and time.monotonic() < deadline:  # the first lint waits for LanguageTool
        time.sleep(0.01)
    for version in range(2, 7):
        client.change(uri, version, f"# Storm\n\nIt was calm {version} times.\n")
    client.code_actions(uri, span(0, 0, 0))  # answered after the changes were taken
    release.set()
    assert client.diagnostics(uri, 6) == []
    assert [form["text"] for form in fake_server.requests] == ["Storm\n\nIt was calm.", "Storm\n\nIt was calm 6 times."]
    assert [p["version"] for p in client.received("textDocument/publishDiagnostics")] == [6]
    assert client.close() == 0


def test_an_edit_is_linted_without_waiting_for_a_pause_in_typing(folder, start, fake_server):
    languagetool_config(folder, fake_server(body=b'{"matches": []}'))
    client = start()
    uri = from_fs_path(str(folder / "storm.md"))
    client.open(uri, "# Storm\n\nIt was calm.\n")
    client.diagnostics(uri, 1)
    for version in range(2, 40):  # typing a key every 0.1 s, for up to 4 s
        client.change(uri, version, f"# Storm\n\nIt was calm {version} times.\n")
        time.sleep(0.1)
        if len(fake_server.requests) > 1:
            break
    assert len(fake_server.requests) > 1, "no lint while the typing went on"
    assert version < 39
    assert client.close() == 0

"""``editlint lsp``: a Language Server over stdio, built on pygls.

An open document is linted when it opens, when it is saved and when it changes: at once when no
lint of it is running; changes that come while one runs are taken together by one more lint when
it ends (the first edit waits for no pause, and a burst of typing keeps one lint running, never a
queue of them). Diagnostics are published only for the version they were computed from. Linting
runs on one worker thread, so the server answers while it works, with one ``Linter`` kept warm
for the server's life. Each document gets the configuration the CLI would find from its path; an
untitled one lints as Markdown.

Positions: editlint counts code points on lines broken at ``\\n``, ``\\r\\n`` and ``\\r``, as
LSP does; LSP counts code units of the negotiated encoding (UTF-16 unless the client asks for
another). Documents are synced whole, so no client range is ever applied to the text here.
"""

from __future__ import annotations

import asyncio
import bisect
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Awaitable, Callable

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import PositionCodec

from editlint import __version__
from editlint.engine.diagnostic import Applicability, Diagnostic, Severity
from editlint.engine.fixes import applicable_fixes
from editlint.errors import EditlintError
from editlint.linter import Linter, fix_loop

FIX_ALL = "source.fixAll.editlint"
WATCHED = ("**/.editlint.toml", "**/pyproject.toml", "**/*.yml", "**/*.yaml")  # config files and rule packs
LINE_BREAK = re.compile(r"\r\n|\r|\n")
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


class Lines:
    """A text's lines as LSP counts them, to turn editlint's positions into LSP positions.

    Diagnostics and fix edits count from after a leading BOM (as editlint reads files); an
    editor's text may keep the BOM as its first character.
    """

    def __init__(self, text: str, codec: PositionCodec):
        self.text = text
        self.codec = codec
        self.starts = [0, *(match.end() for match in LINE_BREAK.finditer(text))]
        self.bom = 1 if text.startswith("\ufeff") else 0

    def position(self, line: int, column: int) -> types.Position:
        """The LSP position of code point ``column`` on 0-based ``line``."""
        start = self.starts[min(line, len(self.starts) - 1)]
        return types.Position(line=line, character=self.codec.client_num_units(self.text[start : start + column]))

    def at(self, line: int, column: int) -> types.Position:
        """The LSP position of a diagnostic's 1-based line and column."""
        return self.position(line - 1, column - 1 + (self.bom if line == 1 else 0))

    def at_offset(self, offset: int) -> types.Position:
        """The LSP position of a fix edit's offset."""
        offset += self.bom
        line = bisect.bisect_right(self.starts, offset) - 1
        return self.position(line, offset - self.starts[line])

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.at_offset(start), end=self.at_offset(end))


class LintQueue:
    """Runs ``lint(uri)`` for documents on request: at once when no lint of that document is running,
    else once more when the running one ends, however many requests came meanwhile."""

    def __init__(self, lint: Callable[[str], Awaitable[None]]):
        self.lint = lint
        self.running: dict[str, asyncio.Task] = {}
        self.again: set[str] = set()

    def request(self, uri: str) -> None:
        if uri in self.running:
            self.again.add(uri)
        else:
            self.running[uri] = asyncio.get_running_loop().create_task(self._run(uri))

    async def _run(self, uri: str) -> None:
        try:
            while True:
                self.again.discard(uri)
                await self.lint(uri)
                if uri not in self.again:
                    return
        finally:
            if self.running.get(uri) is asyncio.current_task():
                del self.running[uri]

    def cancel(self, uri: str) -> None:
        """Drop the lints of ``uri`` (a lint already on the lint thread finishes there unseen)."""
        self.again.discard(uri)
        if (task := self.running.pop(uri, None)) is not None:
            task.cancel()

    def cancel_all(self) -> None:
        for uri in list(self.running):
            self.cancel(uri)


@dataclass(frozen=True)
class Linted:
    """A document's diagnostics and the version and text they were computed from."""

    version: int | None
    text: str
    diagnostics: list[Diagnostic]


def document_path(uri: str) -> str | None:
    """The file a ``file:`` URI names; ``None`` for untitled and other documents."""
    return to_fs_path(uri)


def lsp_diagnostic(diagnostic: Diagnostic, lines: Lines, uri: str) -> types.Diagnostic:
    span = types.Range(start=lines.at(diagnostic.line, diagnostic.column), end=lines.at(diagnostic.end_line, diagnostic.end_column))
    related = [
        types.DiagnosticRelatedInformation(location=types.Location(uri=uri, range=span), message=f"{rule} gives the same advice here")
        for rule in diagnostic.also
    ]
    return types.Diagnostic(
        range=span,
        message=diagnostic.message,
        severity=SEVERITIES[diagnostic.severity],
        code=diagnostic.rule,
        source="editlint",
        related_information=related or None,
    )


def quick_fixes(diagnostic: Diagnostic, lines: Lines, uri: str) -> list[types.CodeAction]:
    """One action per fix, safe fixes first; the first safe one is preferred."""
    fixes = sorted(diagnostic.fixes, key=lambda fix: fix.applicability != Applicability.SAFE)
    return [
        types.CodeAction(
            title=fix.title if fix.applicability == Applicability.SAFE else f"{fix.title} (unsafe fix)",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[lsp_diagnostic(diagnostic, lines, uri)],
            is_preferred=index == 0 and fix.applicability == Applicability.SAFE or None,
            edit=_workspace_edit(uri, [types.TextEdit(range=lines.range(e.start, e.end), new_text=e.replacement) for e in fix.edits]),
        )
        for index, fix in enumerate(fixes)
    ]


def _workspace_edit(uri: str, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: edits})


def _overlaps(a: types.Range, b: types.Range) -> bool:
    return (a.start.line, a.start.character) <= (b.end.line, b.end.character) and (b.start.line, b.start.character) <= (a.end.line, a.end.character)


def _wanted(kind: str, only: list[str] | None) -> bool:
    """Whether a code action request that asks ``only`` for some kinds wants ``kind`` (kinds are hierarchical)."""
    return only is None or any(kind == prefix or kind.startswith(f"{prefix}.") for prefix in only)


def replacement_edit(old: str, new: str, lines: Lines) -> types.TextEdit:
    """One edit turning ``old`` (the text ``lines`` indexes) into ``new``: the changed middle only."""
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    start, end = prefix - lines.bom, len(old) - suffix - lines.bom
    return types.TextEdit(range=lines.range(start, end), new_text=new[prefix : len(new) - suffix])


class EditlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("editlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.lint_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="editlint-lint")
        self.queue = LintQueue(self._lint)
        self.linted: dict[str, Linted] = {}
        self.shown: set[str] = set()
        self.warned = 0  # how many of the Linter's warnings were told
        self.linter = Linter()  # one session for the server's life: spaCy and LanguageTool stay warm

    # Work on the lint thread.

    def lint_now(self, text: str, path: str | None) -> tuple[list[Diagnostic], str | None]:
        """Diagnostics for ``text`` as the file ``path``, and a problem to tell the user, if any."""
        try:
            result = self.linter.lint_text(text, path)
        except EditlintError as err:  # a bad config file
            return [], str(err)
        return result.diagnostics, result.error and result.error.message

    def fixed_text(self, linted: Linted, path: str | None) -> str:
        """The text with safe fixes applied and linted again until stable, as ``editlint --fix`` does."""
        original = linted.text.encode("utf-8")

        def lint(data: bytes) -> list[Diagnostic]:
            return linted.diagnostics if data == original else self.lint_now(data.decode("utf-8"), path)[0]

        fixed, _, _ = fix_loop(original, lint, False, lambda old, new: new)
        return fixed.decode("utf-8")

    # Work on the event loop.

    @property
    def codec(self) -> PositionCodec:
        return self.workspace.position_codec

    def schedule(self, uri: str) -> None:
        """Lint ``uri`` as it is now: at once, or when the lint of it that is running ends."""
        self.queue.request(uri)

    async def _lint(self, uri: str) -> None:
        if uri not in self.workspace.text_documents:
            return
        document = self.workspace.get_text_document(uri)
        version, text = document.version, document.source
        try:
            diagnostics, problem = await asyncio.get_running_loop().run_in_executor(self.lint_thread, self.lint_now, text, document_path(uri))
        except Exception as err:  # a bug outside the rules (a rule's is the result's error): tell, keep serving
            diagnostics, problem = [], f"editlint failed on {uri}: {type(err).__name__}: {err}"
        if problem:
            self.tell(problem, types.MessageType.Error)
        for warning in self.linter.warnings[self.warned :]:
            self.tell(warning, types.MessageType.Warning)
        self.warned = len(self.linter.warnings)
        if self.current_version(uri) != version:
            return
        self.linted[uri] = Linted(version, text, diagnostics)
        lines = Lines(text, self.codec)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=[lsp_diagnostic(d, lines, uri) for d in diagnostics])
        )

    def tell(self, message: str, kind: types.MessageType) -> None:
        """Log ``message``; show it too the first time it comes."""
        self.window_log_message(types.LogMessageParams(type=kind, message=message))
        if message not in self.shown:
            self.shown.add(message)
            self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def forget(self, uri: str) -> None:
        self.queue.cancel(uri)
        self.linted.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def current_version(self, uri: str) -> int | None:
        """The version of open document ``uri`` (None if it is not open)."""
        return self.workspace.get_text_document(uri).version if uri in self.workspace.text_documents else None

    def current(self, uri: str) -> Linted | None:
        """The diagnostics of ``uri`` if they belong to its text as it is now."""
        linted = self.linted.get(uri)
        return linted if linted is not None and self.current_version(uri) == linted.version else None

    async def fix_all_edit(self, uri: str, linted: Linted) -> types.WorkspaceEdit | None:
        fixed = await asyncio.get_running_loop().run_in_executor(self.lint_thread, self.fixed_text, linted, document_path(uri))
        if fixed == linted.text or self.current(uri) is not linted:
            return None
        return _workspace_edit(uri, [replacement_edit(linted.text, fixed, Lines(linted.text, self.codec))])

    @property
    def resolves_edits(self) -> bool:
        """Whether the client fills in a code action's edit with ``codeAction/resolve``."""
        actions = self.client_capabilities.text_document and self.client_capabilities.text_document.code_action
        support = actions and actions.resolve_support
        return bool(support and "edit" in support.properties)

    def close(self) -> None:
        """Stop linting, and the services (a LanguageTool server) the Linter started."""
        self.queue.cancel_all()
        self.lint_thread.shutdown(wait=True, cancel_futures=True)
        self.linter.close()


server = EditlintServer()


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: EditlintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: EditlintServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: EditlintServer, params: types.DidSaveTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(types.INITIALIZED)
async def initialized(ls: EditlintServer, params: types.InitializedParams) -> None:
    """Ask the client to report changes to config files and packs, if it can."""
    watching = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
    if watching and watching.dynamic_registration:
        watchers = [types.FileSystemWatcher(glob_pattern=pattern) for pattern in WATCHED]
        options = types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers)
        registration = types.Registration(id="editlint-settings", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)
        ls.client_register_capability(types.RegistrationParams(registrations=[registration]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
async def settings_changed(ls: EditlintServer, params: types.DidChangeWatchedFilesParams) -> None:
    """A config file or pack changed on disk: lint every open document again."""
    for uri in list(ls.workspace.text_documents):
        ls.schedule(uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
async def did_close(ls: EditlintServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.forget(params.text_document.uri)


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL], resolve_provider=True),
)
async def code_action(ls: EditlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri, only = params.text_document.uri, params.context.only
    linted = ls.current(uri)
    if linted is None:
        return []
    lines = Lines(linted.text, ls.codec)
    actions = []
    if _wanted(types.CodeActionKind.QuickFix, only):
        for diagnostic in linted.diagnostics:
            if diagnostic.fixes and _overlaps(lsp_diagnostic(diagnostic, lines, uri).range, params.range):
                actions += quick_fixes(diagnostic, lines, uri)
    if _wanted(FIX_ALL, only) and applicable_fixes(linted.diagnostics):
        action = types.CodeAction(title="editlint: fix all safe problems", kind=FIX_ALL, data={"uri": uri, "version": linted.version})
        if not ls.resolves_edits:
            action.edit = await ls.fix_all_edit(uri, linted)
        actions.append(action)
    return actions


@server.feature(types.CODE_ACTION_RESOLVE)
async def resolve_code_action(ls: EditlintServer, action: types.CodeAction) -> types.CodeAction:
    uri = action.data["uri"]
    linted = ls.current(uri)
    if action.kind == FIX_ALL and linted is not None and linted.version == action.data["version"]:
        action.edit = await ls.fix_all_edit(uri, linted)
    return action


@server.feature(types.SHUTDOWN)
def shutdown(ls: EditlintServer, params: None) -> None:
    ls.close()


def serve() -> None:
    """Serve over stdin and stdout until the client exits."""
    try:
        server.start_io()
    finally:
        server.close()


if __name__ == "__main__":
    serve()

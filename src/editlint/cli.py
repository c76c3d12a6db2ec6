"""The command line: a thin click layer over :mod:`editlint.api`."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click

from editlint import __version__
from editlint.errors import EditlintError

FORMATS = ("text", "json", "sarif", "github", "rdjson", "html")
SEVERITIES = ("error", "warning", "info")


class DefaultCommandGroup(click.Group):
    """``editlint FILE...`` means ``editlint check FILE...``; subcommands keep their names."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and self.command_for(args):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def command_for(self, args: list[str]) -> str | None:
        """The subcommand ``args`` run (None: the group's own ``--help`` or ``--version``, or no arguments)."""
        if not args or args[0] in ("--help", "-h", "--version"):
            return None
        return args[0] if args[0] in self.commands else "check"


def fail(message: str) -> None:
    click.echo(f"editlint: error: {message}", err=True)
    sys.exit(2)


@click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="editlint")
def main() -> None:
    """editlint: grammar, style and house rules for news articles.

    Run `editlint ARTICLE...` to lint files or folders (`editlint check --help` for options).
    """


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--select", multiple=True, help="Rule ids or prefixes to run (comma-separated), replacing the config's.")
@click.option("--ignore", multiple=True, help="Rule ids or prefixes to skip (comma-separated), added to the config's.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--fail-level", type=click.Choice(SEVERITIES), help="Exit 1 on findings at or above this severity [default: error].")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="Use this config file instead of discovering one.")
@click.option("--stdin-filename", help="Name (and so type: .md or .txt) of the article read from '-'.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (atomically), then lint again; with '-', print the fixed text.")
@click.option("--unsafe-fixes", is_flag=True, help="Count unsafe fixes as available; with --fix, apply them too.")
@click.option("-o", "--output-file", type=click.Path(path_type=Path), help="Write the report to this file (folders are created).")
@click.option("--setup", "setup_missing", is_flag=True, help="First install LanguageTool if the selected rules need it and it is missing (the pre-commit hook does).")
@click.option("--diff-base", metavar="REF", help="Lint only articles changed since this git ref, and report only findings on changed text.")
@click.option("--baseline", "baseline_file", type=click.Path(path_type=Path), help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(path_type=Path), help="Record today's findings in this baseline file (and report nothing).")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule has instead of the findings.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), help="Lint in N worker processes (0: one per available core; 1: in this process) [default: the jobs setting, 0].")
@click.option("-q", "--quiet", is_flag=True, help="Show no progress bar (it shows only on a terminal, outside CI, for runs over a second).")
@click.option("--no-cache", is_flag=True, help="Lint every article again: neither read nor write the result cache.")
def check(paths, select, ignore, output_format, fail_level, config_file, stdin_filename, fix, unsafe_fixes, output_file, setup_missing,
          diff_base, baseline_file, write_baseline, statistics, jobs, quiet, no_cache) -> None:
    """Lint articles (Markdown or plain text) and folders of them."""
    from editlint.api import lint_paths
    from editlint.config.loader import resolve_config
    from editlint.engine import baseline
    from editlint.engine.diagnostic import Severity
    from editlint.formatters import RenderContext, render, statistics as rule_statistics
    from editlint.review import Review

    review = Review(diff_base, baseline_file)
    overrides: dict = {}
    if select:
        overrides["select"] = _split(select)
    if fail_level:
        overrides["fail-level"] = fail_level
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        for report_file in filter(None, (output_file, write_baseline)):
            _refuse_article_as_output(report_file, paths)
        base = resolve_config(None, config_file)
        if ignore:
            overrides["ignore"] = [*base["ignore"], *_split(ignore)]
        if setup_missing:
            _install_languagetool_if_needed(base.merged(overrides))
        with _progress_bar(not quiet and sys.stderr.isatty() and not os.environ.get("CI")) as progress:
            result = lint_paths(
                review.paths(paths), overrides=overrides, config_file=config_file, stdin_filename=stdin_filename, fix=fix, unsafe_fixes=unsafe_fixes, progress=progress,
                cache=not no_cache,
                jobs=base["jobs"] if jobs is None else jobs,
            )
        threshold = Severity.parse(fail_level) if fail_level else base["fail-level"]
        prints = baseline.fingerprints(result.diagnostics, result.sources.get) if baseline_file or write_baseline or output_format == "sarif" else {}
        if write_baseline:
            _report_problems(result)
            if result.errors:  # a file missing from a baseline would have all its old findings reported as new
                fail(f"{write_baseline}: not written: {len(result.errors)} of {result.files} articles could not be checked (see above); fix that and run again")
            click.echo(f"editlint: recorded {baseline.write(write_baseline, result.diagnostics, prints)} findings in {write_baseline}", err=True)
            sys.exit(0)
    except EditlintError as err:
        fail(str(err))
    except KeyboardInterrupt:
        fail("interrupted")
    _report_problems(result)
    to_terminal = output_file is None and sys.stdout.isatty()
    color = to_terminal and not os.environ.get("NO_COLOR") and output_format == "text"
    diagnostics = review.select(result.diagnostics, prints)
    context = RenderContext(
        rules=result.rules, files=result.files, color=color, version=__version__, fixed=result.fixed,
        unsafe_fixes=unsafe_fixes, unchecked=len(result.errors), sources=result.sources, fingerprints=prints,
        source_text=review.source_text,
    )
    if statistics:
        report = rule_statistics.render(diagnostics, context, as_json=output_format == "json")
    else:
        report = render(output_format, diagnostics, context)
    if result.fixed_stdin is not None:  # ruff's way: the fixed text on stdout, the report on stderr
        sys.stdout.buffer.write(result.fixed_stdin)
        sys.stdout.flush()
    if output_file:
        _write_report(output_file, report + ("\n" if report and not report.endswith("\n") else ""))
    elif report:
        click.echo(report, err=result.fixed_stdin is not None)
    if result.errors:
        sys.exit(2)
    sys.exit(1 if any(d.severity >= threshold for d in diagnostics) else 0)


def _report_problems(result) -> None:
    """The run's warnings and the files that could not be checked, one line each on stderr."""
    for warning in result.warnings:
        click.echo(f"editlint: warning: {warning}", err=True)
    for error in result.errors:
        click.echo(f"editlint: error: {error}", err=True)


def _progress_bar(shown: bool):
    """A progress bar on stderr (a context manager, also the ``lint_paths`` callback), or a stand-in that shows nothing."""
    from contextlib import nullcontext

    if not shown:
        return nullcontext()
    from editlint.progress import ProgressBar

    return ProgressBar(sys.stderr)


def _interrupt(signum, frame) -> None:
    """SIGTERM ends a run like Ctrl-C: fixes being written are finished, temporary files removed."""
    raise KeyboardInterrupt


def _refuse_article_as_output(output_file: Path, paths: tuple[str, ...]) -> None:
    from editlint.linter import STDIN, collect_paths
    from editlint.errors import UsageError

    if output_file.exists() and any(name != STDIN and os.path.samefile(name, output_file) for name in collect_paths(paths)):
        raise UsageError(f"{output_file}: is an article being linted; write the report to another file")


def _write_report(output_file: Path, report: str) -> None:
    try:
        output_file.parent.mkdir(parents=True, exist_ok=True)
        output_file.write_text(report, encoding="utf-8")
    except OSError as err:
        fail(f"{output_file}: cannot write the report ({err.strerror})")


def _install_languagetool_if_needed(config) -> None:
    """Install LanguageTool when the run needs a local one and it is missing, saying so on stderr."""
    from editlint.engine.selection import Selection
    from editlint.packs.languagetool.provision import install, is_installed

    cache = config["languagetool.cache-dir"] or None
    selected = Selection(config["select"], config["ignore"]).may_enable_family("languagetool")
    if not selected or config["languagetool.url"] or is_installed(cache):
        return
    click.echo("editlint: LanguageTool is not installed: installing it once now (about 100 MB, a few minutes) ...", err=True)
    install(cache, progress=lambda line: click.echo(f"editlint: {line}", err=True))


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(("text", "json", "markdown")), default="text", show_default=True)
def list_rules(output_format: str) -> None:
    """List every rule with its default severity and summary."""
    from editlint.docs import rules_json, rules_markdown_table, rules_text

    try:
        click.echo({"text": rules_text, "json": rules_json, "markdown": rules_markdown_table}[output_format]())
    except EditlintError as err:
        fail(str(err))


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Explain a rule: what it checks, why, and good and bad examples."""
    from editlint.docs import explain_rule

    try:
        click.echo(explain_rule(rule_id))
    except EditlintError as err:
        fail(str(err))


@main.command("config")
@click.option("--show", "article", type=click.Path(path_type=Path), help="Show the settings in force for this article or folder, and where each comes from.")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="With --show: use this config file instead of discovering one.")
def show_config(article: Path | None, config_file: Path | None) -> None:
    """List every configuration key with its default and meaning, or (--show PATH) the settings in force for PATH."""
    from editlint.docs import effective_settings_text, settings_text

    try:
        click.echo(effective_settings_text(article, config_file) if article else settings_text())
    except EditlintError as err:
        fail(str(err))


def _user_settings():
    """The settings of the user config and the environment (a repository's config may not say what runs or where)."""
    from editlint.config.loader import resolve_config

    try:
        return resolve_config(None)
    except EditlintError as err:
        fail(str(err))


def _cache_dir() -> Path | None:
    """``languagetool.cache-dir`` from the user config or ``EDITLINT_CACHE_DIR``, if set."""
    configured = _user_settings()["languagetool.cache-dir"]
    return Path(configured) if configured else None


@main.command()
def setup() -> None:
    """Install LanguageTool (through Maven) into the user cache; safe to run again."""
    from editlint.packs.languagetool.provision import install

    try:
        path = install(_cache_dir(), progress=lambda line: click.echo(line, err=True))
    except EditlintError as err:
        fail(str(err))
    click.echo(f"LanguageTool is ready in {path}")


@main.command()
def lsp() -> None:
    """Run the Language Server (LSP) over stdin and stdout, for editors."""
    from editlint.lsp import serve

    serve()


@main.group()
def server() -> None:
    """Keep the engine warm between runs: a LanguageTool server, and a worker with spaCy loaded that serves `editlint check`."""


@server.command("start")
def server_start() -> None:
    """Start the LanguageTool server (unless the user config names languagetool.url) and the warm worker."""
    from editlint.packs.languagetool.server import start_daemon
    from editlint.worker import start_worker

    url = _user_settings()["languagetool.url"]
    try:
        record = None if url else start_daemon(_cache_dir())
        worker = start_worker()
    except EditlintError as err:
        fail(str(err))
    click.echo(f"LanguageTool server running on 127.0.0.1:{record.port} (pid {record.pid})" if record else f"LanguageTool server: {url} (languagetool.url)")
    click.echo(f"editlint worker running (pid {worker.pid}): `editlint check` runs start warm")


@server.command("stop")
def server_stop() -> None:
    """Stop the warm worker (runs it is serving finish) and the background LanguageTool server."""
    from editlint.packs.languagetool.server import stop_daemon
    from editlint.worker import stop_worker

    click.echo("editlint worker stopped" if stop_worker() else "No editlint worker was running")
    click.echo("LanguageTool server stopped" if stop_daemon(_cache_dir()) else "No LanguageTool server was running")


@server.command("status")
def server_status() -> None:
    """Tell whether the background LanguageTool server and the warm worker are running; exit 1 when neither is."""
    from editlint.packs.languagetool.server import answers, daemon_status
    from editlint.worker import worker_status

    url = _user_settings()["languagetool.url"]
    record = None if url else daemon_status(_cache_dir())
    if url:
        click.echo(f"LanguageTool server: {url} (languagetool.url)")
    elif record is None:
        click.echo("No LanguageTool server is running")
    else:
        busy = "" if answers(record.url, timeout=5.0) else "; busy: it did not answer within 5s"
        click.echo(f"LanguageTool server running on 127.0.0.1:{record.port} (pid {record.pid}{busy})")
    worker = worker_status()
    click.echo(f"editlint worker running (pid {worker.pid})" if worker else "No editlint worker is running")
    if not worker and not record:
        sys.exit(1)

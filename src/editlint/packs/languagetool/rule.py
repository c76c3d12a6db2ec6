"""LanguageTool as one rule family: ``languagetool/<LanguageTool rule id>``."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from editlint.document.joined import JoinedProse
from editlint.document.model import BlockKind, Document
from editlint.engine.diagnostic import Applicability, Edit, Finding, Fix, Severity
from editlint.engine.rule import CheckContext, FixAvailability, RuleMeta
from editlint.errors import EditlintError, ServiceError

CHECKED_KINDS = (
    BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.CAPTION,
    BlockKind.QUOTE, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL,
)
ISSUE_SEVERITY = {"misspelling": Severity.ERROR, "grammar": Severity.ERROR}
SPELLING_CATEGORY = "TYPOS"
REJECTED_WORD = "EDITLINT_REJECTED_WORD"
MAX_SUGGESTIONS = 5

META = RuleMeta(
    id="languagetool",
    summary="Grammar, spelling and usage checks from LanguageTool (one id per LanguageTool rule).",
    severity=Severity.WARNING,
    rationale="""\
## What it does
Sends the article's prose (no code, URLs, front matter or HTML) to a local LanguageTool
server and reports each match as `languagetool/<RULE_ID>` at its exact line and column.
Spelling and grammar matches are errors; style and typography are warnings
(`languagetool.category-severity` overrides by category).

## Why
Typos and agreement errors are the mistakes readers notice first.

## Use instead
Accept the suggestion, or add names to a vocabulary file (`languagetool.accept`).

## Fix safety
A single suggestion is an unsafe fix; several suggestions are shown, not applied.
""",
    bad=("He go to school every days.\n",),
    good=("He goes to school every day.\n",),
    fix_availability=FixAvailability.UNSAFE,
    needs=frozenset({"languagetool"}),
    family=True,
    skip_quotes=False,
)


@lru_cache(maxsize=32)
def read_vocabulary(path: str) -> frozenset[str]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise EditlintError(f"{path}: cannot read vocabulary file ({err.strerror})") from None
    return frozenset(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def _vocabulary(config, key: str) -> frozenset[str]:
    return frozenset().union(*(read_vocabulary(path) for path in config[key]))


def _client(config):
    """A client on a configured, warm or freshly started server; closed with the run."""
    from editlint.packs.languagetool.client import LanguageToolClient
    from editlint.packs.languagetool.server import acquire_server

    server = acquire_server(config["languagetool.url"] or None, Path(config["languagetool.cache-dir"]) if config["languagetool.cache-dir"] else None)
    url = server.__enter__()
    client = LanguageToolClient(
        url,
        language=config["languagetool.language"],
        enabled_rules=config["languagetool.enabled-rules"],
        disabled_rules=config["languagetool.disabled-rules"],
        enabled_categories=config["languagetool.enabled-categories"],
        disabled_categories=config["languagetool.disabled-categories"],
        picky=config["languagetool.picky"],
        timeout=float(config["languagetool.timeout"]),
    )
    return client, lambda: server.__exit__(None, None, None)


def _severity(match, config) -> Severity:
    by_category = config["languagetool.category-severity"]
    if match.category_id in by_category:
        return by_category[match.category_id]
    return ISSUE_SEVERITY.get(match.issue_type, Severity.WARNING)


def _fixes(match, start: int, end: int) -> tuple[Fix, ...]:
    suggestions = match.replacements[:MAX_SUGGESTIONS]
    applicability = Applicability.UNSAFE if len(suggestions) == 1 else Applicability.DISPLAY
    return tuple(Fix(f"Replace with '{s}'", (Edit(start, end, s),), applicability) for s in suggestions)


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    prose = JoinedProse.of(doc.prose_blocks(CHECKED_KINDS))
    if not prose.text.strip():
        return
    config = ctx.config
    try:
        client = ctx.services.get("languagetool", lambda: _client(config))
        matches = client.check(prose.text)
    except ServiceError as err:
        if config["grammar.on-error"] != "warn":
            raise
        ctx.services.warn(f"{doc.path or '-'}: grammar checks skipped: {err}")
        return
    accepted = _vocabulary(config, "languagetool.accept")
    for match in matches:
        spelling = match.category_id == SPELLING_CATEGORY or match.issue_type == "misspelling"
        word = prose.text[match.offset : match.offset + match.length]
        if spelling and (not config["languagetool.spelling"] or word in accepted or word.strip(".'’") in accepted):
            continue
        start, end = prose.source_span(match.offset, match.offset + match.length)
        message = f"{match.message.rstrip('.')}: '{word}'." if spelling and word not in match.message else match.message
        yield Finding(start, end, message, _fixes(match, start, end), f"languagetool/{match.rule_id}", _severity(match, config))
    yield from _rejected_words(prose, _vocabulary(config, "languagetool.reject"))


def _rejected_words(prose: JoinedProse, rejected: frozenset[str]) -> Iterator[Finding]:
    if not rejected:
        return
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(rejected, key=len, reverse=True)) + r")\b")
    for found in pattern.finditer(prose.text):
        start, end = prose.source_span(found.start(), found.end())
        yield Finding(start, end, f"'{found.group(0)}' is on the rejected word list.", rule=f"languagetool/{REJECTED_WORD}", severity=Severity.ERROR)


class LanguageToolRule:
    meta = META

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return check(doc, ctx)

    def describe(self, rule_id: str, config) -> str:
        """What LanguageTool says about one of its rules (asks the configured, warm or a new server)."""
        client, close = _client(config)
        try:
            return client.rule_info(rule_id.split("/", 1)[1])
        finally:
            close()


def load():
    return [LanguageToolRule()]

"""Inline suppressions in textlint's shape, and the rule that reports broken ones.

Markdown: ``<!-- editlint-disable house/x, ap -->`` ... ``<!-- editlint-enable -->``,
``<!-- editlint-disable-next-line house/x -->``, ``<!-- editlint-disable-line -->`` and
``<!-- editlint-disable-file -->``. Plain text: the same directives on a line of their
own, after ``#`` (``# editlint-disable-next-line house/x``) or inside ``<!-- -->``.
Without ids a directive covers every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from editlint.document.model import Comment, Document
from editlint.engine.diagnostic import Finding, Severity
from editlint.engine.rule import CheckContext, RuleMeta
from editlint.engine.selection import matches

_DIRECTIVE = re.compile(r"^editlint-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*)$", re.DOTALL)
_ANY = ("ALL",)


@dataclass(frozen=True)
class Directive:
    action: str
    rules: tuple[str, ...]
    comment: Comment


def parse_directives(doc: Document) -> Iterator[Directive]:
    for comment in doc.comments:
        match = _DIRECTIVE.match(comment.body.strip())
        if match:
            ids = tuple(part for part in re.split(r"[,\s]+", match.group(2)) if part)
            yield Directive(match.group(1), ids or _ANY, comment)


class Suppressions:
    """Line ranges per rule pattern where findings are dropped."""

    def __init__(self, doc: Document):
        self._ranges: list[tuple[str, int, int]] = []
        open_ranges: dict[str, int] = {}
        end = doc.line_count + 1
        for directive in parse_directives(doc):
            first_line = doc.position(directive.comment.start)[0]
            last_line = doc.position(directive.comment.end)[0]
            for rule in directive.rules:
                if directive.action == "disable-file":
                    self._ranges.append((rule, 1, end))
                elif directive.action == "disable-next-line":
                    self._ranges.append((rule, last_line + 1, last_line + 1))
                elif directive.action == "disable-line":
                    self._ranges.append((rule, first_line, last_line))
                elif directive.action == "disable":
                    open_ranges.setdefault(rule, first_line)
            if directive.action == "enable":
                closing = [r for r in open_ranges if directive.rules == _ANY or r in directive.rules]
                for rule in closing:
                    self._ranges.append((rule, open_ranges.pop(rule), first_line))
        self._ranges.extend((rule, start, end) for rule, start, in open_ranges.items())

    def covers(self, rule_id: str, line: int) -> bool:
        return any(
            start <= line <= stop and (pattern == "ALL" or matches(pattern, rule_id))
            for pattern, start, stop in self._ranges
        )


INVALID_SUPPRESSION = RuleMeta(
    id="editlint/invalid-suppression",
    summary="A suppression comment names a rule that does not exist.",
    severity=Severity.WARNING,
    rationale=(
        "## What it does\nChecks the rule ids in `editlint-disable` comments.\n\n"
        "## Why\nA misspelt id suppresses nothing, so the finding it was meant to silence comes back "
        "and the comment misleads the next editor.\n\n"
        "## Use instead\nThe exact id from `editlint rules`, or a pack prefix such as `house`."
    ),
    bad=("<!-- editlint-disable-next-line house/no-such-rule -->\nText.\n",),
    good=("<!-- editlint-disable-next-line house/duplicate-headline -->\nText.\n",),
    skip_quotes=False,
)


def check_invalid_suppressions(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    registry = ctx.registry
    for directive in parse_directives(doc):
        for rule in directive.rules:
            if rule == "ALL":
                continue
            pack = rule.split("/", 1)[0]
            if pack in registry.pack_names and (rule == pack or registry.find(rule) is not None):
                continue
            yield Finding(directive.comment.start, directive.comment.end, f"Unknown rule '{rule}' in suppression comment.")


def load():
    from editlint.engine.registry import FunctionRule

    return [FunctionRule(INVALID_SUPPRESSION, check_invalid_suppressions)]

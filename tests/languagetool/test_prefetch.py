"""LanguageTool's request is in flight while spaCy parses the same document (not after it)."""

from __future__ import annotations

import threading

from editlint.linter import Linter
from editlint.nlp import pipeline
from editlint.packs.languagetool.client import LanguageToolClient

ARTICLE = "# Storm\n\nThe storm, which hit the coast on Monday, closed three roads. He go home early.\n"


def test_the_grammar_request_is_sent_before_the_parse_finishes(monkeypatch, languagetool_url):
    sent = threading.Event()
    seen_during_parse = []
    real_check, real_parse = LanguageToolClient.check, pipeline.parse_document

    def check(self, text):
        sent.set()
        return real_check(self, text)

    def parse(doc, model=None):
        seen_during_parse.append(sent.wait(timeout=10))
        return real_parse(doc, model)

    monkeypatch.setattr(LanguageToolClient, "check", check)
    monkeypatch.setattr(pipeline, "parse_document", parse)
    with Linter(overrides={"select": ["house", "languagetool"], "languagetool": {"url": languagetool_url}}) as linter:
        result = linter.lint_text(ARTICLE, "storm.md")
    assert seen_during_parse and all(seen_during_parse)  # each rule asks for the (memoized) parse
    assert result.error is None and any(d.rule.startswith("languagetool/") for d in result.diagnostics)

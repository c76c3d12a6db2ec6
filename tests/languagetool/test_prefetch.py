"""LanguageTool's request is in flight while spaCy parses the same document (not after it)."""

from __future__ import annotations

import threading

from editlint.linter import Linter
from editlint.nlp import pipeline
from editlint.packs.languagetool import rule
from editlint.packs.languagetool.client import LanguageToolClient

ARTICLE = "# Storm\n\nThe storm, which hit the coast on Monday, closed three roads. He go home early.\n"


def test_the_grammar_request_is_sent_before_the_parse_finishes(monkeypatch, languagetool_url):
    sent = threading.Event()
    seen_during_parse = []
    real_check, real_parse = LanguageToolClient.check, pipeline.parse_document

    def check(self, text, *told):
        sent.set()
        return real_check(self, text, *told)

    def parse(doc, model=None):
        seen_during_parse.append(sent.wait(timeout=10))
        return real_parse(doc, model)

    monkeypatch.setattr(LanguageToolClient, "check", check)
    monkeypatch.setattr(pipeline, "parse_document", parse)
    with Linter(overrides={"select": ["house", "languagetool"], "languagetool": {"url": languagetool_url}}) as linter:
        result = linter.lint_text(ARTICLE, "storm.md")
    assert seen_during_parse and all(seen_during_parse)  # each rule asks for the (memoized) parse
    assert result.error is None and any(d.rule.startswith("languagetool/") for d in result.diagnostics)


def test_the_parse_waits_until_the_grammar_request_has_gone_out(monkeypatch, fake_server):
    url = fake_server(body=b'{"matches": []}', delay=1.0)
    gone_out = threading.Event()
    gone_out_at_parse = []
    real_check, real_parse = LanguageToolClient.check, pipeline.parse_document

    def check(self, text, told):
        return real_check(self, text, lambda: (gone_out.set(), told()))

    def parse(doc, model=None):
        gone_out_at_parse.append(gone_out.is_set())
        return real_parse(doc, model)

    monkeypatch.setattr(LanguageToolClient, "check", check)
    monkeypatch.setattr(pipeline, "parse_document", parse)
    monkeypatch.setattr(rule, "SEND_WAIT", 30.0)  # however busy the machine: the parse waits for the send, not the reply
    with Linter(overrides={"select": ["house", "languagetool"], "languagetool": {"url": url}}) as linter:
        result = linter.lint_text(ARTICLE, "storm.md")
    assert gone_out_at_parse and all(gone_out_at_parse) and result.error is None

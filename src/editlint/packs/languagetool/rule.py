"""LanguageTool as one rule family: ``languagetool/<LanguageTool rule id>``."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from editlint.config.loader import settings_cache
from editlint.document.joined import JoinedProse
from editlint.document.model import BlockKind, Document
from editlint.document.quotes import inside_quotation
from editlint.engine.diagnostic import Applicability, Edit, Finding, Fix, Severity
from editlint.engine.rule import CheckContext, FixAvailability, RuleMeta
from editlint.engine.runner import Services
from editlint.errors import EditlintError, ServiceError, UsageError
from editlint.nlp.language import foreign_spans
from editlint.packs.languagetool.dates import article_date, wrong_weekdays
from editlint.packs.languagetool.spelling import SEVERITY_NOTES, SpellingFilter, is_speller_match

if TYPE_CHECKING:
    from editlint.packs.languagetool.client import Match

CHECKED_KINDS = (
    BlockKind.HEADLINE, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.CAPTION,
    BlockKind.QUOTE, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL,
)
REJECTED_WORD = "EDITLINT_REJECTED_WORD"
WEEKDAY = "EDITLINT_DATE_WEEKDAY"
MAX_SUGGESTIONS = 5
SHOWN_SUGGESTIONS = 3
# The news profile: LanguageTool rules (ids, id prefixes ending in "*", or categories) off by
# default, with the reason; precision measured by bench/spelling_quality.py on clean published
# news. `languagetool.enabled-rules` (or `enabled-categories`) turns one back on.
NEWS_PROFILE_OFF = {
    "ENGLISH_WORD_REPEAT_BEGINNING_RULE": "successive sentences that begin alike ('We ... We ... We') are normal in news copy",
    "COMMA_COMPOUND_SENTENCE": "AP leaves out the comma between short clauses joined by 'and'; never an error in published copy",
    "COMMA_COMPOUND_SENTENCE_2": "the same for clauses joined by 'so' and 'but'",
    "category:REDUNDANCY": "wordiness hints ('all of the', 'outside of', 'lift up', 'the general public') are taste, not errors",
    "POSSESSIVE_APOSTROPHE": "asks for an apostrophe in plural modifiers ('jobs recovery', 'outcomes data'), standard in news",
    "PLURAL_MODIFIER": "the same for plural nouns used as modifiers ('extractives data')",
    "DETERMINER_GEOGRAPHICAL_WORD": "asks for 'the' before official country names that have none ('Solomon Islands')",
    "IN_THIS_MOMENT": "'in this moment' is an idiom of statements and speeches, not a wrong preposition",
    "EN_DIACRITICS_REPLACE_ORTHOGRAPHY_*": "asks for accents on names ('Lopez Obrador', 'Krakow'); AP writes them without",
    "ERDOGAN": "the same for 'Erdogan'",
    "FIRST_WOMAN_NOUN": "contradicts AP, which accepts 'woman' as a modifier ('the first woman president')",
    "EN_DATE_WEEKDAY_CURRENTYEAR": f"checks a weekday against today's year; editlint checks it against the article's date ({WEEKDAY})",
    "DATE_FUTURE_VERB_PAST": "compares a date with today, not with the article's date",
    "DATE_NEW_YEAR": "compares a year with today's, not with the article's date",
}
CATEGORY = "category:"
# LanguageTool's rules for one variety of English: those it marks "locale-violation" ("lorry" for "truck") and
# PER_CENT, filed under compounding but American usage ("percent"). An article kept to British spelling means them.
VARIETY_RULES = ("PER_CENT",)


def off_in_profile(rule_id: str, category_id: str, config) -> bool:
    """Whether the news profile turns this LanguageTool rule off (and the config does not turn it back on)."""
    if rule_id in config["languagetool.enabled-rules"] or category_id in config["languagetool.enabled-categories"]:
        return False
    return (
        rule_id in NEWS_PROFILE_OFF
        or CATEGORY + category_id in NEWS_PROFILE_OFF
        or any(entry.endswith("*") and rule_id.startswith(entry[:-1]) for entry in NEWS_PROFILE_OFF)
    )


# Severity, from one place for the docs and the check: these ids are errors, other LanguageTool
# findings are warnings; spelling follows ``spelling.SEVERITY_NOTES``.
ERROR_RULES = {
    "EN_DATE_WEEKDAY": "a date whose weekday is wrong for its year",
    WEEKDAY: "a weekday that is wrong for the article's own date",
    REJECTED_WORD: "a word on the `languagetool.reject` list",
}


def _rationale() -> str:
    errors = "\n".join(f"- `{rule_id}`: {why}" for rule_id, why in ERROR_RULES.items())
    spelling = "\n".join(f"- {level}: {why}" for level, why in SEVERITY_NOTES)
    profile = "\n".join(f"- `{rule_id}`: {why}" for rule_id, why in NEWS_PROFILE_OFF.items())
    return f"""\
## What it does
Sends the article's prose (no code, URLs, front matter or HTML) to a local LanguageTool
server and reports each match as `languagetool/<RULE_ID>` at its exact line and column.
Passages in another language (a quotation in Portuguese, a paragraph in Spanish) are not
checked as English. In quotations (quotation marks, block quotes) only spelling is checked:
grammar and style there are the source's. Spelling (`MORFOLOGIK_RULE_*`) skips names: a capitalised word in
mid-sentence, a word the article spells the same way twice (headline, byline and caption
count), a capitalised word at a sentence start with no common word near it, acronyms,
camel-case product names, handles, file names, addresses and inline code. It also skips words in English
usage that LanguageTool's dictionary lacks (word frequencies from wordfreq): a word is
reported when it is rare and a far more common word is one or two letters away, which is
what a typo looks like. Spellings American dictionaries also list pass; British ones pass
unless the article mostly spells the American way or spells the same word both ways; a run
of unknown words that reads as another language is a foreign passage. Words in
`languagetool.reject` files are always reported.

## Severity
Errors are mistakes a desk must fix before publication; everything else is a warning:
{errors}

Spelling:
{spelling}

Other LanguageTool rules are warnings (`languagetool.category-severity` and `severity`
override).

## News profile
These LanguageTool rules and categories are off by default; name a rule in
`languagetool.enabled-rules` (a category in `languagetool.enabled-categories`) to turn it
back on:
{profile}

In an article kept to British spelling (no American spellings beyond its British ones), the rules
that ask for American usage ("percent" for "per cent", "truck" for "lorry": LanguageTool's
locale-violation rules and PER_CENT) are not reported; the AP pack's `ap/percent` still asks for
"percent" where a newsroom selects it. To check British copy as British, set
`languagetool.language = "en-GB"`.

## Why
Typos and agreement errors are the mistakes readers notice first; names and foreign
quotations are not typos, and a checker that flags them is switched off.

## Use instead
Accept the suggestion (the message names up to {SHOWN_SUGGESTIONS}), or add names to a vocabulary
file (`languagetool.accept`). Every finding names its LanguageTool rule id;
`editlint explain languagetool/RULE_ID` describes one rule, and the server's
`/v2/configinfo?language=en-US` lists them all.

## Fix safety
A single suggestion is an unsafe fix; several suggestions, and any spelling fix of a
capitalised word or of a word in a quotation, are shown, not applied.
"""


META = RuleMeta(
    id="languagetool",
    summary="Grammar, spelling and usage checks from LanguageTool; confident misspellings and wrong weekdays are errors.",
    severity=Severity.WARNING,
    rationale=_rationale(),
    bad=("He go to school every days.\n",),
    good=("He goes to school every day.\n",),
    fix_availability=FixAvailability.UNSAFE,
    needs=frozenset({"languagetool"}),
    family=True,
    skip_quotes=False,
)


@settings_cache(maxsize=32)
def read_vocabulary(path: str) -> frozenset[str]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise EditlintError(f"{path}: cannot read vocabulary file ({err.strerror})") from None
    return frozenset(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def _vocabulary(config, key: str) -> frozenset[str]:
    return frozenset().union(*(read_vocabulary(path) for path in config[key]))


CLIENT_SETTINGS = (
    "languagetool.language", "languagetool.enabled-rules", "languagetool.disabled-rules", "languagetool.enabled-categories",
    "languagetool.disabled-categories", "languagetool.picky", "languagetool.timeout",
)


def session_server_url(config, services) -> str:
    """A configured server, the warm daemon, or a server started for (and stopped with) the session."""
    from editlint.packs.languagetool.server import acquire_server

    url, cache = config["languagetool.url"] or None, config["languagetool.cache-dir"] or None

    def acquire():
        server = acquire_server(url, Path(cache) if cache else None)
        return server.__enter__(), lambda: server.__exit__(None, None, None)

    return services.get(("languagetool.server", url, cache), acquire)


def session_client(config, services):
    """The session's client for this config's LanguageTool settings."""
    url = session_server_url(config, services)
    settings = tuple(config[key] for key in CLIENT_SETTINGS)
    return services.get(("languagetool.client", url, settings), lambda: (_new_client(url, config), None))


def _new_client(url: str, config):
    from editlint.packs.languagetool.client import LanguageToolClient

    return LanguageToolClient(
        url,
        language=config["languagetool.language"],
        enabled_rules=config["languagetool.enabled-rules"],
        disabled_rules=config["languagetool.disabled-rules"],
        enabled_categories=config["languagetool.enabled-categories"],
        disabled_categories=config["languagetool.disabled-categories"],
        picky=config["languagetool.picky"],
        timeout=float(config["languagetool.timeout"]),
    )


def _knows(client, rule_id: str) -> bool:
    return rule_id in (REJECTED_WORD, WEEKDAY) or client.rule_info(rule_id).startswith(f"{rule_id}:")


def check_rule_ids(client, config, services) -> None:
    """Raise a UsageError naming the command line or the config file for an id LanguageTool does not have
    (once per session for each set of ids)."""
    from editlint.linter import named_rule_ids

    named = [
        *((key, pattern.split("/", 1)[1], pattern) for key, pattern in named_rule_ids(config) if pattern.startswith("languagetool/") and pattern.rstrip("/") != "languagetool"),
        *((key, rule_id, rule_id) for key in ("languagetool.enabled-rules", "languagetool.disabled-rules") for rule_id in config[key]),
    ]
    services.get(("languagetool.rule-ids", client, tuple((config.origin(key, given), given) for key, _, given in named)), lambda: (_check_known(client, named, config), None))


def _check_known(client, named, config) -> None:
    for key, rule_id, given in named:
        if not _knows(client, rule_id):
            raise UsageError(f"{config.origin(key, given)}: unknown LanguageTool rule id '{given}' (`editlint explain languagetool` tells how to list them)")


def _severity(rule_id: str, category_id: str, config) -> Severity:
    by_category = config["languagetool.category-severity"]
    if category_id in by_category:
        return by_category[category_id]
    return Severity.ERROR if rule_id in ERROR_RULES else Severity.WARNING


def _fixes(suggestions: tuple[str, ...], start: int, end: int, display_only: bool) -> tuple[Fix, ...]:
    suggestions = suggestions[:MAX_SUGGESTIONS]
    applicability = Applicability.UNSAFE if len(suggestions) == 1 and not display_only else Applicability.DISPLAY
    return tuple(Fix(f"Replace with '{s}'", (Edit(start, end, s),), applicability) for s in suggestions)


def _spelling_message(word: str, suggestions: tuple[str, ...]) -> str:
    shown = ", ".join(f"'{s}'" for s in suggestions[:SHOWN_SUGGESTIONS])
    return f"Possible spelling mistake: '{word}'" + (f" (did you mean {shown}?)" if shown else "") + "."


PREFETCHED = "languagetool.matches"
# How long the rules wait for the prefetched requests to go out (about 3 ms to a running server): the
# thread that sends them needs the GIL at each step, and the parse that follows keeps it for
# milliseconds at a time (bench/warm_trace.py: the requests left 6 ms later). A server still to be
# started keeps them longer: then the rules go on after this.
SEND_WAIT = 0.02


def prefetch(doc: Document, ctx: CheckContext) -> None:
    """Send the document's prose to LanguageTool now, in the background, while other rules run."""
    prose = JoinedProse.of(doc.prose_blocks(CHECKED_KINDS))
    if prose.text.strip():
        sent = threading.Event()
        doc.cache[PREFETCHED] = ctx.services.submit(lambda: _matches(prose, ctx, sent.set))
        doc.cache[PREFETCHED].add_done_callback(lambda _: sent.set())
        sent.wait(SEND_WAIT)


def _matches(prose: JoinedProse, ctx: CheckContext, sent=lambda: None):
    client = session_client(ctx.config, ctx.services)
    check_rule_ids(client, ctx.config, ctx.services)
    return client, client.check(prose.text, sent)


def check(doc: Document, ctx: CheckContext) -> Iterator[Finding]:
    prose = JoinedProse.of(doc.prose_blocks(CHECKED_KINDS))
    if not prose.text.strip():
        return
    config = ctx.config
    prefetched = doc.cache.pop(PREFETCHED, None)
    if prefetched is not None and not prefetched.done():
        foreign_spans(prose.text)  # while LanguageTool works: the spelling filter judges the same passages
    try:
        client, matches = prefetched.result() if prefetched else _matches(prose, ctx)
        spelling = spelling_filter(doc, prose, matches)
        accepted, rejected = _vocabulary(config, "languagetool.accept"), _vocabulary(config, "languagetool.reject")
        kept = [m for m in matches if not spelling.in_foreign_passage(m.offset) and not off_in_profile(m.rule_id, m.category_id, config)]
        vocabulary = accepted | rejected  # rejected words are reported by ``_rejected_words``
        judged = [m for m in kept if is_speller_match(m.rule_id) and config["languagetool.spelling"] and not _in_vocabulary(prose, m, vocabulary)]
        severities = spelling.judge(judged, lambda words: known_words(client, words))
    except ServiceError as err:
        if config["grammar.on-error"] != "warn":
            raise
        doc.skipped.append(f"{doc.path or '-'}: grammar checks skipped: {err}")
        return
    for match in kept:
        word = prose.text[match.offset : match.offset + match.length]
        start, end = prose.source_span(match.offset, match.offset + match.length)
        if not is_speller_match(match.rule_id):
            if is_case_only(word, match.replacements):
                continue  # a name in an all-capitals line (a dateline: "SÃO PAULO"): its capitals are typography
            if is_variety_match(match) and spelling.keeps_to_british:
                continue  # "per cent", "lorries" in an article that spells the British way
            if inside_quotation(doc, start, end) and match.rule_id not in ERROR_RULES:
                continue  # a source's words: grammar and style are theirs (a typo in a quotation is still reported)
            severity = _severity(match.rule_id, match.category_id, config)
            yield Finding(start, end, match.message, _fixes(match.replacements, start, end, False), f"languagetool/{match.rule_id}", severity)
            continue
        severity = severities.get(match)
        if severity is None:
            continue  # no misspelling, or not judged (spelling off; a vocabulary word: rejected ones are reported below)
        display_only = word[:1].isupper() or inside_quotation(doc, start, end)
        severity = config["languagetool.category-severity"].get(match.category_id, severity)
        yield Finding(start, end, _spelling_message(word, match.replacements), _fixes(match.replacements, start, end, display_only), f"languagetool/{match.rule_id}", severity)
    yield from _rejected_words(prose, rejected)
    yield from _wrong_weekdays(doc, prose, config)


def is_variety_match(match: Match) -> bool:
    """Whether a LanguageTool match asks for one variety of English's usage ("percent", "truck")."""
    return match.issue_type == "locale-violation" or match.rule_id in VARIETY_RULES


def is_case_only(word: str, replacements: tuple[str, ...]) -> bool:
    """Whether an all-capitals match's only suggestions are the same words in other capitals."""
    return word.isupper() and bool(replacements) and all(r.lower() == word.lower() for r in replacements)


def _in_vocabulary(prose: JoinedProse, match, vocabulary: frozenset[str]) -> bool:
    word = prose.text[match.offset : match.offset + match.length]
    return bool({word, word.strip(".'’")} & vocabulary)


def spelling_filter(doc: Document, prose: JoinedProse, matches) -> SpellingFilter:
    """The filter for one document, with its foreign passages, British-American variants and rate of typos."""
    unknown = [m for m in matches if is_speller_match(m.rule_id)]
    spelling = SpellingFilter(doc, prose, foreign_spans(prose.text, [m.offset for m in unknown]) if matches else [])
    spelling.survey(unknown)
    return spelling


def known_words(client, words: list[str]) -> frozenset[str]:
    """Of ``words``, those LanguageTool's dictionary knows: one more request, each word a paragraph of its own."""
    text = "\n\n".join(words)
    flagged = {text[m.offset : m.offset + m.length] for m in client.check(text) if is_speller_match(m.rule_id)}
    return frozenset(words) - flagged


def _wrong_weekdays(doc: Document, prose: JoinedProse, config) -> Iterator[Finding]:
    dated = article_date(doc)
    if dated is None or WEEKDAY in config["languagetool.disabled-rules"]:
        return
    for start, end, message in wrong_weekdays(prose, dated):
        source_start, source_end = prose.source_span(start, end)
        yield Finding(source_start, source_end, message, rule=f"languagetool/{WEEKDAY}", severity=_severity(WEEKDAY, "", config))


def _rejected_words(prose: JoinedProse, rejected: frozenset[str]) -> Iterator[Finding]:
    if not rejected:
        return
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(rejected, key=len, reverse=True)) + r")\b")
    for found in pattern.finditer(prose.text):
        start, end = prose.source_span(found.start(), found.end())
        yield Finding(start, end, f"'{found.group(0)}' is on the rejected word list.", rule=f"languagetool/{REJECTED_WORD}", severity=Severity.ERROR)


class LanguageToolRule:
    meta = META

    def prefetch(self, doc: Document, ctx: CheckContext) -> None:
        prefetch(doc, ctx)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return check(doc, ctx)

    def describe(self, rule_id: str, config) -> str:
        """What LanguageTool says about one of its rules, and how editlint reports it."""
        rule_id = rule_id.split("/", 1)[1]
        if rule_id in (REJECTED_WORD, WEEKDAY):
            return f"{rule_id}: {ERROR_RULES[rule_id]} (an editlint check in the languagetool family).\nSeverity: error."
        services = Services()
        try:
            client = session_client(config, services)
            if not _knows(client, rule_id):
                raise UsageError(f"LanguageTool has no rule '{rule_id}' for {config['languagetool.language']} (`editlint explain languagetool` tells how to find one)")
            info = client.rule_info(rule_id)
        finally:
            services.close()
        severity = "error" if rule_id in ERROR_RULES else "see the spelling severities in `editlint explain languagetool`" if is_speller_match(rule_id) else "warning"
        entry = next((e for e in NEWS_PROFILE_OFF if e == rule_id or (e.endswith("*") and rule_id.startswith(e[:-1]))), None)
        profile = f"\nOff by default in the news profile: {NEWS_PROFILE_OFF[entry]}." if entry else ""
        return f"{info}\nSeverity in editlint: {severity}.{profile}"


def load():
    return [LanguageToolRule()]

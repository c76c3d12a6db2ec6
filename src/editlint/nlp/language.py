"""Passages of a text that are not English, found by py3langid (its model ships in the package).

Each sentence, and each quotation, is judged on its own; one shorter than ``MIN_WORDS`` words
carries too little evidence and takes the verdict of its whole paragraph, unless most of its
words are unknown to an English dictionary ("Pra mim deu."). So is a run of ``RUN_WORDS`` or
more unknown words inside an English sentence (a French blog title, "Des avions et des hommes"),
and a short quotation of unknown words only (a quoted term: "the \"baojiaolou\" campaign").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from typing import Iterable

ENGLISH = "en"
MIN_WORDS = 3
MIN_CONFIDENCE = 0.5  # normalised probability of the winning language (measured in bench/spelling_quality.py)
UNKNOWN_SHARE = 0.5  # a sentence half made of words unknown to English is in another language
RUN_WORDS = 3  # unknown words, at most one known word apart, that make a passage of their own
RUN_CONFIDENCE = 0.8  # a few words need a surer verdict than a sentence: typos can pass for Albanian
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"[^.!?。！？]+(?:[.!?。！？]+[”’\"]?|$)")
_QUOTATION = re.compile(r"“[^”]+”|\"[^\"\n]+\"|«[^»]+»|„[^“”]+[“”]")
# Single quotes are searched on their own: they nest inside double ones ("We say 'el agua es vida,' water is life").
_SINGLE_QUOTATION = re.compile(r"(?<![\w'’])[‘'][^‘’'\n]+[’'](?![\w'’])")
MAX_TERM_WORDS = 4


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@functools.lru_cache(maxsize=4096)
def _classify(text: str) -> tuple[str, float]:
    """The identifier's language and confidence for ``text`` (memoised: passages are judged again as the
    spelling matches come in, see ``foreign_spans``)."""
    return _identifier().classify(text)


def is_foreign(text: str, unknown_share: float = 0.0) -> bool:
    """Whether ``text`` is in a language other than English.

    Confidently so for ``MIN_WORDS`` words or more; and, whatever its length or the
    confidence, when at least half its words (two or more) are unknown to an English dictionary.
    """
    if not text.strip():
        return False
    language, confidence = _classify(text)
    if language == ENGLISH:
        return False
    return unknown_share >= UNKNOWN_SHARE or (len(text.split()) >= MIN_WORDS and confidence >= MIN_CONFIDENCE)


def _language(text: str, min_confidence: float) -> str:
    """The language of ``text``, or English when the identifier is less sure than ``min_confidence``."""
    language, confidence = _classify(text)
    return language if confidence >= min_confidence else ENGLISH


def foreign_spans(text: str, unknown: Iterable[int] = ()) -> list[tuple[int, int]]:
    """``(start, end)`` spans of ``text`` that are sentences or quotations in another language.

    ``unknown`` are offsets of words an English dictionary does not know (spelling flags). Without
    them, every sentence and quotation is judged once, ahead (the verdicts are kept for the call
    with them).
    """
    flagged = sorted(unknown)
    spans = []
    for paragraph in _PARAGRAPH.finditer(text):
        base, body = paragraph.start(), paragraph.group()
        paragraph_foreign = is_foreign(body)
        for unit in (*_SENTENCE.finditer(body), *_QUOTATION.finditer(body)):
            start, end = base + unit.start(), base + unit.end()
            words = len(unit.group().split())
            unknown_words = bisect_left(flagged, end) - bisect_left(flagged, start)
            share = unknown_words / max(words, 1) if unknown_words >= 2 else 0.0  # one unknown word is a typo
            if (paragraph_foreign and words < MIN_WORDS) or is_foreign(unit.group(), share):
                spans.append((start, end))
    spans += [(start, end) for start, end in unknown_runs(text, flagged) if _language(text[start:end], RUN_CONFIDENCE) != ENGLISH]
    spans += quoted_terms(text, flagged)
    return sorted(spans)


def quoted_terms(text: str, flagged: list[int]) -> list[tuple[int, int]]:
    """Quotations of at most ``MAX_TERM_WORDS`` words, half of them or more unknown: a term quoted from another
    language or a coinage ("the \"baojiaolou\" campaign", "'Bada-neun eomeoni-da'"), whatever the identifier says."""
    found = []
    for quote in (*_QUOTATION.finditer(text), *_SINGLE_QUOTATION.finditer(text)):
        words = len(quote.group().split())
        if words <= MAX_TERM_WORDS and 2 * (bisect_left(flagged, quote.end()) - bisect_left(flagged, quote.start())) >= words:
            found.append(quote.span())
    return found


def unknown_runs(text: str, flagged: list[int]) -> list[tuple[int, int]]:
    """Spans from the first to the last of ``RUN_WORDS`` or more unknown words with at most one word between them."""
    runs, run = [], []
    for offset in flagged:
        between = text[run[-1] : offset] if run else ""
        if len(between.split()) > 2 or "\n" in between:
            runs.append(run)
            run = []
        run.append(offset)
    runs.append(run)
    return [(r[0], r[-1] + len(text[r[-1] :].split(maxsplit=1)[0])) for r in runs if len(r) >= RUN_WORDS]

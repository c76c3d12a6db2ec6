"""Passages of a text that are not English, found by py3langid (its model ships in the package).

Each sentence, and each quotation, is judged on its own; one shorter than ``MIN_WORDS`` words
carries too little evidence and takes the verdict of its whole paragraph.
"""

from __future__ import annotations

import functools
import re

ENGLISH = "en"
MIN_WORDS = 3
MIN_CONFIDENCE = 0.5  # normalised probability of the winning language (measured in bench/spelling_quality.py)
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"[^.!?。！？]+(?:[.!?。！？]+[”’\"]?|$)")
_QUOTATION = re.compile(r"“[^”]+”|\"[^\"\n]+\"|«[^»]+»|„[^“”]+[“”]")


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def is_foreign(text: str) -> bool:
    """Whether ``text`` (of at least ``MIN_WORDS`` words) is confidently in a language other than English."""
    if len(text.split()) < MIN_WORDS:
        return False
    language, confidence = _identifier().classify(text)
    return language != ENGLISH and confidence >= MIN_CONFIDENCE


def foreign_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of ``text`` that are sentences or quotations in another language."""
    spans = []
    for paragraph in _PARAGRAPH.finditer(text):
        base, body = paragraph.start(), paragraph.group()
        paragraph_foreign = is_foreign(body)
        for unit in (*_SENTENCE.finditer(body), *_QUOTATION.finditer(body)):
            short = len(unit.group().split()) < MIN_WORDS
            if (paragraph_foreign and short) or is_foreign(unit.group()):
                spans.append((base + unit.start(), base + unit.end()))
    return sorted(spans)

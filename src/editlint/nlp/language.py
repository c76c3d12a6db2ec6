"""Passages of a text that are not English, found by py3langid (its model ships in the package).

A paragraph is judged as a whole first (long text is identified reliably); in an English
paragraph each sentence, and each quotation in it, is judged on its own. Units shorter than
``MIN_WORDS`` words carry too little evidence and count as English.
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
    """``(start, end)`` spans of ``text`` that are paragraphs, sentences or quotations in another language."""
    spans = []
    for paragraph in _PARAGRAPH.finditer(text):
        if is_foreign(paragraph.group()):
            spans.append(paragraph.span())
            continue
        base = paragraph.start()
        for unit in (*_SENTENCE.finditer(paragraph.group()), *_QUOTATION.finditer(paragraph.group())):
            if is_foreign(unit.group()):
                spans.append((base + unit.start(), base + unit.end()))
    return sorted(spans)

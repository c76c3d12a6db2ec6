"""How common a word is in English usage, from wordfreq's tables (shipped in its package).

wordfreq (code Apache-2.0, data CC BY-SA 4.0) counts words in Wikipedia, subtitles, news,
books and web text. A frequency is given on the Zipf scale: log10 of the uses per billion
words, so 3 is once per million words, 1 once per hundred million, 0 never seen.
"""

from __future__ import annotations

from functools import lru_cache

LANGUAGE = "en"


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` (any case; a phrase is scored as wordfreq combines its words)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, LANGUAGE)


def commonest_words(count: int) -> list[str]:
    """English's ``count`` commonest words, the commonest first (lowercase)."""
    from wordfreq import top_n_list

    return top_n_list(LANGUAGE, count)

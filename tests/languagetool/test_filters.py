"""The spelling filter's building blocks, without a server: shapes, distances, sentence starts, languages, dates."""

import datetime as dt

import pytest

from editlint.document import parse
from editlint.document.joined import JoinedProse
from editlint.nlp.language import foreign_spans, is_foreign, unknown_runs
from editlint.nlp.names import sentence_initial
from editlint.packs.languagetool.dates import article_date, wrong_weekdays
from editlint.packs.languagetool.spelling import (
    case_differs, edit_distance, has_name_shape, is_american_spelling, is_compound_split, is_letter_swap, is_shared_variant,
    is_shifted, is_spelling_variant, is_typo_of, site_names, usage,
)


@pytest.mark.parametrize("word", ["USDS", "TANF", "CDFIs", "betaFEC", "GovConnect", "McGurk", "el-Sissi", "iPhone"])
def test_name_shapes(word):
    assert has_name_shape(word)


@pytest.mark.parametrize("word", ["Teh", "inspiried", "Nebenzia", "A", "Recieved"])
def test_not_name_shapes(word):
    assert not has_name_shape(word)


def test_distances_and_swaps():
    assert edit_distance("teh", "the") == 1 and edit_distance("inspiried", "inspired") == 1
    assert is_letter_swap("Teh", "The") and is_letter_swap("Britian", "Britain")
    assert not is_letter_swap("Vassily", "Vasily") and not is_letter_swap("Yoon", "Moon")
    assert is_compound_split("wildland", "wild land") and not is_compound_split("inspiried", "inspired")


@pytest.mark.parametrize(
    "text, word, initial",
    [
        ("Teh council met.", "Teh", True),
        ("He said. Nebenzia left.", "Nebenzia", True),
        ("“Nebenzia left,” he said.", "Nebenzia", True),
        ("Mr. Yoon left.", "Yoon", False),
        ("John F. Kennedy spoke.", "Kennedy", False),
        ("The U.S. Embassy said.", "Embassy", False),
        ("The envoy Nebenzia left.", "Nebenzia", False),
    ],
)
def test_sentence_starts(text, word, initial):
    assert sentence_initial(text, text.index(word)) is initial


def test_foreign_sentences_and_quotations():
    english = "The council approved the budget on Tuesday after a long debate."
    spanish = "El gobierno accedió al diálogo en medio de la protesta nativa, con los bloqueos ya en marcha."
    assert not is_foreign(english) and is_foreign(spanish)
    text = f"{english} One leader wrote: “{spanish}” Then the vote began."
    (span,) = {s for s in foreign_spans(text) if text[s[0] : s[1]].startswith("“")}
    assert text[span[0] : span[1]] == f"“{spanish}”"
    assert not any(s <= text.index("Then") < e for s, e in foreign_spans(text))


def test_short_sentences_take_the_paragraph_verdict():
    assert foreign_spans("Muna tweeted:") == []
    assert is_foreign("So I think we can not live if old people could not find siences and tecnologies.") is False


@pytest.mark.parametrize(
    "text, expected",
    [
        ("---\ndate: 2023-12-04\n---\n# Title\n\nBody.\n", dt.date(2023, 12, 4)),
        ("# Bush Plan\n\nTuesday, January 4, 2005\n\nBody text.\n", dt.date(2005, 1, 4)),
        ("# Title\n\nWASHINGTON, Dec. 8, 2023 — The agency said.\n", dt.date(2023, 12, 8)),
        ("# Title\n\nNo date here.\n", None),
    ],
)
def test_article_date(text, expected):
    assert article_date(parse(text, "a.md")) == expected


def test_weekdays_against_the_article_year():
    text = "The summit opens on Thursday, September 15 and closes Friday, Sept. 16. A party on Friday, December 8."
    prose = JoinedProse.of(parse(text, "a.md").prose_blocks())
    wrong = [message for _, _, message in wrong_weekdays(prose, dt.date(2022, 9, 1))]
    assert wrong == ["December 8, 2022 is a Thursday, not a Friday (the article is dated 2022-09-01)."]
    # near the turn of a year, the nearest year counts: Monday, January 2, 2023 for a late-2022 article
    prose = JoinedProse.of(parse("Back on Monday, January 2.", "a.md").prose_blocks())
    assert list(wrong_weekdays(prose, dt.date(2022, 12, 28))) == []


def test_a_date_with_its_year_is_left_to_languagetool():
    prose = JoinedProse.of(parse("On Friday, December 8, 2026 we met.", "a.md").prose_blocks())
    assert list(wrong_weekdays(prose, dt.date(2023, 1, 1))) == []


def test_a_short_sentence_of_unknown_words_is_foreign():
    text = "The post drew replies. Pra mim deu. Others agreed."
    start = text.index("Pra")
    unknown = [start, start + 4, start + 8]
    assert foreign_spans(text) == []
    (span,) = foreign_spans(text, unknown)
    assert text[span[0] : span[1]].strip() == "Pra mim deu."


def test_one_unknown_word_after_an_abbreviation_is_a_typo_not_a_language():
    text = "The money benefits all 50 states and U.S. terriories."
    assert foreign_spans(text, [text.index("terriories")]) == []


@pytest.mark.parametrize(
    "word, other",
    [("favourite", "favorite"), ("apologise", "apologize"), ("theatres", "theaters"), ("orthopaedic", "orthopedic"),
     ("defence", "defense"), ("judgement", "judgment"), ("travelled", "traveled"), ("color", "colour")],
)
def test_spelling_variants(word, other):
    assert is_spelling_variant(word, other)


@pytest.mark.parametrize("word, other", [("recieve", "receive"), ("teh", "the"), ("vibrance", "vibrancy"), ("form", "from")])
def test_not_spelling_variants(word, other):
    assert not is_spelling_variant(word, other)


@pytest.mark.parametrize(
    "word, suggestions, verdict",
    [
        ("surveil", ("serval",), "word"),
        ("vibrance", ("vibrancy",), "word"),
        ("crewmembers", ("crew members",), "word"),
        ("favourite", ("favorite",), "variant"),
        ("recieve", ("receive",), None),  # far rarer than its correction, though in use
        ("alot", ("a lot", "allot"), None),  # a run-on with one of the commonest words
        ("italian", ("Italian",), None),  # only the capitals differ
        ("blorvexian", (), None),  # not in use
    ],
)
def test_usage(word, suggestions, verdict):
    assert usage(word, suggestions) == verdict


def test_typo_evidence_grows_with_the_distance():
    assert is_typo_of("Tjhe", "The") and is_typo_of("Recieved", "Received")
    assert not is_typo_of("Najla", "Naval") and not is_typo_of("Erynnyes", "Erinyes")


def test_runs_of_unknown_words():
    text = "The blog Des avions et des hommes wrote. I do not understend thet dhe rules."
    offsets = [text.index(w) for w in ("Des", "avions", "des ", "hommes", "understend", "thet", "dhe")]
    runs = [text[a:b] for a, b in unknown_runs(text, offsets)]
    assert runs == ["Des avions et des hommes", "understend thet dhe"]
    assert [text[a:b] for a, b in foreign_spans(text, offsets) if b - a < 30] == ["Des avions et des hommes"]


def test_shared_and_british_variants():
    assert is_shared_variant("judgements", "judgments") and is_shared_variant("worshipping", "worshiping")
    assert is_shared_variant("unshakeable", "unshakable") and is_shared_variant("catalogue", "catalog")
    assert not is_shared_variant("favourite", "favorite") and not is_shared_variant("centres", "centers")
    # a doubled consonant is a variant before a suffix only
    assert is_spelling_variant("travelled", "traveled") and not is_spelling_variant("accomodating", "accommodating")


@pytest.mark.parametrize("word", ["color", "organized", "centers", "defense", "analyze"])
def test_american_spellings(word):
    assert is_american_spelling(word)


@pytest.mark.parametrize("word", ["colour", "enter", "letter", "prize", "sense", "motor", "for"])
def test_not_american_spellings(word):
    assert not is_american_spelling(word)


def test_shifted_capitals_and_capitals_across_a_compound():
    assert is_shifted("THe", ("The",)) and is_shifted("NIce", ("Nice", "Nine"))
    assert not is_shifted("IDs", ("Ids",)) and not is_shifted("The", ("The",)) and not is_shifted("USA", ("US",))
    assert case_differs("latinamerican", ("Latin-American",)) and not case_differs("wildland", ("wild land",))


def test_site_names():
    assert site_names("http://www.fulue.com/2009/06/x.html") == ["www", "fulue"]
    assert site_names("/relative/path") == [] and site_names("http://[broken") == []

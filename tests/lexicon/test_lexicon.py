"""The lexical data shipped with editlint: WordNet classes, SCOWL's word list."""

import pytest

from editlint.lexicon import classes_of, in_class, is_foreign_function_word, is_listed_word, lemmas, seldom_in, sense_in


@pytest.mark.parametrize(
    ("lemma", "lexname"),
    [("teacher", "noun.person"), ("historian", "noun.person"), ("agency", "noun.group"),
     ("say", "verb.communication"), ("criticize", "verb.communication"), ("believe", "verb.cognition"),
     ("week", "noun.time"), ("climb", "verb.motion"), ("slip", "verb.motion"), ("level", "noun.attribute"),
     ("mile", "noun.quantity"), ("percent", "noun.relation"), ("reduce", "verb.change"),
     ("nairobi", "name.location"), ("west yorkshire", "name.location"), ("snapshot", "noun.picture"),
     ("diagram", "noun.picture"), ("still", "noun.picture"), ("sketch", "verb.creation"), ("capture", "verb.creation")],
)
def test_main_senses_are_in_their_class(lemma, lexname):
    assert in_class(lemma, lexname)


@pytest.mark.parametrize(
    ("lemma", "lexname"),
    [("table", "noun.person"), ("run", "verb.communication"), ("newspaper", "noun.person"), ("teacher", "verb.cognition"),
     ("percent", "noun.time"), ("increase", "verb.motion"), ("committee", "noun.attribute"), ("exceed", "verb.change"),
     ("park", "name.location"), ("post", "name.location"), ("keeper", "noun.picture"), ("update", "noun.picture")],
)
def test_other_words_are_not(lemma, lexname):
    assert not in_class(lemma, lexname)


def test_rank_and_share_separate_main_from_rare_senses():
    blame = sense_in("blame", "verb.cognition")
    assert blame is not None and blame.first_rank > 1 and blame.tagged_share < 0.5
    assert not in_class("blame", "verb.cognition") and in_class("blame", "verb.cognition", max_rank=3)


def test_a_lemma_s_classes_are_every_row_it_has():
    assert {"verb.communication", "frame.that-clause"} <= classes_of("say")
    assert not any(name.startswith("verb.") for name in classes_of("poll"))  # a social act: a class not kept
    assert classes_of("zzyzx") == frozenset()


def test_a_use_is_seldom_when_it_is_absent_or_late_and_rare():
    assert seldom_in("arrive", "frame.object", 0.1)  # no sense takes an object
    assert seldom_in("come", "frame.object", 0.1)  # a late sense, 1 % of tagged uses
    assert not seldom_in("give", "frame.object", 0.1)  # its first sense
    assert not seldom_in("sell", "frame.no-object", 0.15) and seldom_in("sell", "frame.no-object", 0.2)  # 17 %


def test_frames_of_a_predicate_and_a_gerund_and_verbs_of_feeling():
    assert in_class("seem", "frame.predicate") and sense_in("talk", "frame.predicate") is None  # "----s Adjective"
    assert in_class("continue", "frame.gerund") and sense_in("rise", "frame.gerund") is None  # "----s VERB-ing"
    assert in_class("worry", "verb.emotion") and sense_in("predict", "verb.emotion") is None


def test_class_lists_are_large_and_lower_case():
    people = lemmas("noun.person")
    assert len(people) > 10_000 and all(lemma == lemma.lower() for lemma in people)
    assert "spokesperson" in people and "economist" in people


def test_the_large_word_list_has_rare_words_and_no_misspellings_or_names():
    assert all(is_listed_word(w) for w in ("tenge", "myiasis", "dayside", "trevally"))
    # common words are LanguageTool's; names and the misspellings of Wikipedia's list are in no SCOWL list
    assert not any(is_listed_word(w) for w in ("house", "kenya", "Kenya", "recieve", "goverment", "accomodate"))


def test_foreign_function_words_are_other_languages_commonest_and_not_english():
    assert all(is_foreign_function_word(w) for w in ("du", "des", "de", "la", "van", "von", "del", "Der"))
    # English's own commonest words, and letters that are no language's word
    assert not any(is_foreign_function_word(w) for w in ("in", "do", "a", "the", "fo", "ot"))

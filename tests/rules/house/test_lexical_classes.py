"""The WordNet-backed word classes and verb frames the syntax rules share (editlint.nlp.syntax)."""

import pytest

from editlint.lexicon import sense_in
from editlint.nlp.pipeline import load_pipeline
from editlint.nlp.syntax import SAYING_CLASSES, is_people_noun, noun_lemma, verb_class, verb_lemma


def token(sentence: str, word: str):
    return next(t for t in load_pipeline()(sentence) if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Several nurses left.", "nurses", "nurse"),
        ("Two witnesses spoke.", "witnesses", "witness"),
        ("Many fishermen agree.", "fishermen", "fisherman"),
        ("Some deputies resigned.", "deputies", "deputy"),
        ("Many people agree.", "people", "people"),
        ("The findings were clear.", "findings", "finding"),
        ("Local media reported the fire.", "media", "medium"),  # an irregular plural WordNet lists
        ("Many alumni gave money.", "alumni", "alumnus"),
    ],
)
def test_noun_lemma_is_the_singular_wordnet_knows(sentence, word, lemma):
    assert noun_lemma(token(sentence, word)) == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "people"),
    [
        ("Some beekeepers agree.", "beekeepers", True),
        ("The union agreed.", "union", True),
        ("Many people agree.", "people", True),
        ("Several alumni agree.", "alumni", True),
        ("Some bridges collapsed.", "bridges", False),
        ("They said the same.", "same", False),  # an adjective, whatever WordNet files under the word
    ],
)
def test_people_nouns(sentence, word, people):
    assert is_people_noun(token(sentence, word)) is people


def test_verbs_of_saying_and_judging_in_every_form():
    forms = verb_class(SAYING_CLASSES)
    assert all(form in forms for form in ("criticize", "criticized", "questions", "reckoning", "thought", "believes"))
    assert not any(form in forms for form in ("run", "ran", "eat", "swim"))


def test_verb_classes_take_extra_verbs_and_leave_out_excluded_ones():
    forms = verb_class(("verb.cognition",), 1, ("hope",), ("know",))
    assert "hoped" in forms and "hopes" in forms and "believed" in forms
    assert "knew" not in forms and "knows" not in forms


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("waited", "wait"), ("hoped", "hope"), ("stopped", "stop"), ("tried", "try"), ("hopes", "hope"),
        ("passes", "pass"), ("hoping", "hope"), ("following", "follow"), ("running", "run"), ("zzzed", None),
        ("said", "say"), ("worries", "worry"), ("argued", "argue"), ("planned", "plan"), ("stopping", "stop"),
        ("lying", "lie"), ("notes", "note"), ("proceeds", "proceed"), ("bring", "bring"),
        ("slid", "slide"), ("made", "make"),
    ],
)
def test_verb_lemma_undoes_inflection(form, lemma):
    assert verb_lemma(form) == lemma


def test_verb_frames_tell_objects_apart():
    assert sense_in("give", "frame.two-objects").first_rank == 1  # "gave the town a grant"
    assert sense_in("arrive", "frame.object") is None  # no sense takes an object
    assert sense_in("say", "frame.that-clause") is not None
    assert sense_in("force", "frame.object-infinitive") is not None  # "forced them to leave"
    assert sense_in("reach", "frame.two-objects").first_rank > 3  # a rare sense ("reach me the salt")


def test_participial_adjectives():
    assert sense_in("expired", "adj.all") is not None  # "with the contract expired"
    assert sense_in("soared", "adj.all") is None

from editlint.api import lint_text
from editlint.engine.rule import CheckContext
from editlint.nlp import pipeline
from editlint.nlp.syntax import NOUN_TAGS, checked_with_readings, reparsed
from editlint.rules.house import dangling_clause

# Two paragraphs whose phrases after "with" dangling-clause reads a second time on their own.
TWO_READINGS = """Council

The plan drew support, with the mayor, the police chief and two members of the council spoke in favor.

The game was delayed, with fans who arrived early waited in the rain for two hours.
"""
CTX = CheckContext({}, None)


def batches_parsed(monkeypatch) -> list[list[str]]:
    """The texts of each batch ``parse_texts`` parses from now on."""
    batches: list[list[str]] = []
    parse_texts = pipeline.parse_texts

    def recording(texts, model=None):
        batches.append(list(texts))
        return parse_texts(texts, model)

    monkeypatch.setattr(pipeline, "parse_texts", recording)
    return batches


def one_at_a_time(items, check, ctx):
    return (result for item in items for result in check(item))


def test_a_rules_second_readings_are_parsed_in_one_batch_with_the_findings_of_single_readings(monkeypatch):
    batches = batches_parsed(monkeypatch)
    config = {"select": ["house/dangling-clause"]}
    batched = lint_text(TWO_READINGS, path="a.md", config=config)
    assert batches == [[
        "the mayor, the police chief and two members of the council spoke in favor.",
        "fans who arrived early waited in the rain for two hours.",
    ]]
    monkeypatch.setattr(dangling_clause, "checked_with_readings", one_at_a_time)
    assert lint_text(TWO_READINGS, path="a.md", config=config) == batched
    assert len(batched) == 2 and len(batches) == 1  # (read one at a time: no batch)


def test_a_reading_that_decides_whether_another_is_asked_for_comes_in_the_next_batch(monkeypatch):
    batches = batches_parsed(monkeypatch)

    def check(word):
        if reparsed(f"The {word} fell.", CTX)[1].tag_ in NOUN_TAGS:
            yield reparsed(f"The {word} rose sharply.", CTX)[2].tag_

    single = [tag for word in ("price", "index") for tag in check(word)]
    assert batches == []
    assert list(checked_with_readings(["price", "index"], check, CTX)) == single == ["VBD", "VBD"]
    assert batches == [["The price fell.", "The index fell."], ["The price rose sharply.", "The index rose sharply."]]


def test_checks_that_ask_for_no_reading_parse_nothing_and_keep_their_order(monkeypatch):
    batches = batches_parsed(monkeypatch)
    assert list(checked_with_readings(["a", "b", "c"], lambda item: [item, item.upper()], CTX)) == [
        "a", "A", "b", "B", "c", "C",
    ]
    assert batches == []

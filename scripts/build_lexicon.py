"""Build src/editlint/lexicon/wordnet_classes.tsv from WordNet 3.0's database files.

WordNet sorts every word into lexicographer classes (noun.person, verb.communication, ...).
This script keeps, for the classes the house rules use, each word whose senses fall in the class,
with the rank of its first sense there and the share of its tagged corpus uses in the class, so
a rule can ask for "a noun whose main sense is a person" rather than keep a hand list.

Verbs also get rows for the kinds of object their senses take, from WordNet's generic sentence
frames ("Somebody ----s something", "Somebody ----s somebody something" ...): the classes in
``FRAME_CLASSES``, so a rule can ask whether a verb mostly takes an object, or ever two.
The names of places get the class ``name.location`` (``PLACE_NAMES``), so a rule can tell a place's name
("Berlin", "West Yorkshire") from a common noun of place ("park", "post").
Nouns of things and places (noun.artifact, noun.object, noun.location) are kept so a rule can tell a place people
stand in ("the platform", "the depot", "the border crossing") from an idea or a time ("the debate", "this stage").

Irregular verb and noun forms get their base forms from WordNet's exception lists
(``wordnet_verb_forms.tsv``, ``wordnet_noun_forms.tsv``).
Two-word expressions WordNet lists as lemmas ("habeas corpus", "third world") go to
``wordnet_phrases.txt``: the spelling filter tells a run-on ("thirdworld") from a closed compound by them.

Usage: python scripts/build_lexicon.py [WORDNET_DICT_DIR]
The dictionary folder holds index.noun, data.noun, cntlist.rev ...; Debian's package
``wordnet-base`` installs it as /usr/share/wordnet.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
    "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
    "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
    "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
    "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
    "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()
# Kinds of object, by WordNet's verb frame numbers (the frames are listed in WordNet's wninput(5)).
FRAME_CLASSES = {
    "frame.no-object": (1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 27, 28, 32, 33, 35),  # "Somebody ----s", "... PP"
    "frame.object": (5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31),  # "... ----s something"
    "frame.two-objects": (14,),  # "Somebody ----s somebody something"
    "frame.that-clause": (26,),  # "Somebody ----s that CLAUSE"
    "frame.object-infinitive": (24, 25),  # "Somebody ----s somebody to INFINITIVE"
    "frame.infinitive": (28,),  # "Somebody ----s to INFINITIVE"
    "frame.gerund": (33,),  # "Somebody ----s VERB-ing"
    "frame.predicate": (6, 7),  # "Something ----s Adjective/Noun", "Somebody ----s Adjective"
    # a person may be the object, so the subject of the passive: "Somebody ----s somebody", "... somebody PP"
    "frame.person-object": (9, 10, 14, 17, 18, 20, 24, 25, 30),
}
# A pseudo-class of the proper names of places: a noun.location synset that is an instance of another (Berlin is
# an instance of a city, Yorkshire of a region), where a common noun of place ("park", "post", "state") is a kind.
PLACE_NAMES = "name.location"
INSTANCE_POINTER = "@i"
# A pseudo-class of the kinds of picture: a noun synset below one of WordNet's pictures, drawn, painted, filmed,
# mapped or charted (a photograph, a still, a sketch, a map, a graph), so a rule can tell a picture's label ("Photograph:",
# "Video still:", "Diagram:") from another ("Head Keeper:", "Update:").
PICTURE_NOUNS = "noun.picture"
PICTURE_ROOTS = (
    "03931044", "03925226", "03234306", "03720163",  # picture.n.01, photograph.n.01, drawing.n.01, map.n.01
    "03453809", "06998748", "06277803", "06999802", "07000195",  # graphic_art, artwork, video, chart, graph (n.01)
)
HYPERNYM_POINTERS = ("@", INSTANCE_POINTER)
KEPT = {
    "noun": (
        "noun.person", "noun.group", "noun.communication", "noun.cognition", "noun.time", "noun.attribute",
        "noun.quantity", "noun.relation", PLACE_NAMES, PICTURE_NOUNS,
        "noun.artifact", "noun.location", "noun.object",  # places and things, where a reporter can stand among people
    ),
    "verb": (
        "verb.communication", "verb.cognition", "verb.motion", "verb.change", "verb.creation", *FRAME_CLASSES,
        "verb.emotion",  # feelings, whose participles are adjectives that may take a clause ("worried that")
        "verb.stative",  # states, which a verb of saying or thinking may mostly name instead ("include", "total")
    ),
    "adj": ("adj.all", "adj.ppl"),  # participial adjectives only ("expired", "retired"): see ADJECTIVE_ENDING
}
ADJECTIVE_ENDING = "ed"  # an adjective spelled like a past participle may stand after its noun as one
MAX_RANK = 3  # a class sense beyond the third is too rare to characterise the word
SENSE_KEY_POS = {"noun": "1", "verb": "2", "adj": "3"}
OUTPUT = Path(__file__).resolve().parents[1] / "src" / "editlint" / "lexicon" / "wordnet_classes.tsv"
# Irregular verb forms and their base forms ("slid" -> "slide", "made" -> "make"), from WordNet's verb.exc.
FORMS_OUTPUT = OUTPUT.with_name("wordnet_verb_forms.tsv")
# Irregular noun forms ("fora" -> "forum", "criteria" -> "criterion"), from WordNet's noun.exc.
NOUN_FORMS_OUTPUT = OUTPUT.with_name("wordnet_noun_forms.tsv")
PHRASES_OUTPUT = OUTPUT.with_name("wordnet_phrases.txt")


def synsets(data_file: Path) -> dict[str, tuple[set[str], list[str], list[tuple[int, int]]]]:
    """Synset offset -> (its lexicographer class, with PLACE_NAMES for a place's name and PICTURE_NOUNS for a kind
    of picture; its words; its verb frames as (frame, word number))."""
    found, hypernyms = {}, {}
    with data_file.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("  "):
                continue  # licence header
            fields = line.split("|", 1)[0].split()
            words = [fields[4 + 2 * k].lower() for k in range(int(fields[3], 16))]
            at = 4 + 2 * len(words)
            pointers = fields[at + 1 : at + 1 + 4 * int(fields[at]) : 4]
            targets = fields[at + 2 : at + 2 + 4 * int(fields[at]) : 4]
            hypernyms[fields[0]] = [t for p, t in zip(pointers, targets) if p in HYPERNYM_POINTERS]
            at += 1 + 4 * int(fields[at])
            frames = []
            if fields[2] == "v":
                count, at = int(fields[at]), at + 1
                frames = [(int(fields[at + 3 * k + 1]), int(fields[at + 3 * k + 2], 16)) for k in range(count)]
            lexname = LEXNAMES[int(fields[1])]
            place_name = lexname == "noun.location" and INSTANCE_POINTER in pointers
            found[fields[0]] = ({lexname, *([PLACE_NAMES] if place_name else [])}, words, frames)
    for offset in found if data_file.suffix == ".noun" else ():
        if _below(offset, PICTURE_ROOTS, hypernyms):
            found[offset][0].add(PICTURE_NOUNS)
    return found


def _below(offset: str, roots: tuple[str, ...], hypernyms: dict[str, list[str]]) -> bool:
    """Whether a synset is one of ``roots`` or below one of them by its hypernyms."""
    seen, todo = set(), [offset]
    while todo:
        at = todo.pop()
        if at in roots:
            return True
        if at not in seen:
            seen.add(at)
            todo.extend(hypernyms.get(at, ()))
    return False


def frame_classes(lemma: str, words: list[str], frames: list[tuple[int, int]]) -> set[str]:
    """The FRAME_CLASSES of one verb sense of ``lemma`` (a frame may hold for one word of the synset only)."""
    number = words.index(lemma) + 1 if lemma in words else -1
    own = {frame for frame, word in frames if word in (0, number)}
    return {name for name, numbers in FRAME_CLASSES.items() if own & set(numbers)}


def tag_counts(cntlist: Path) -> dict[tuple[str, str, int], int]:
    """(lemma, sense-key pos digit, sense number) -> times the sense was tagged in SemCor."""
    counts = {}
    for line in cntlist.read_text(encoding="utf-8", errors="replace").splitlines():
        key, number, count = line.split()
        lemma, rest = key.split("%", 1)
        counts[(lemma, rest[0], int(number))] = int(count)
    return counts


def rows(wordnet: Path):
    counts = tag_counts(wordnet / "cntlist.rev")
    for pos, kept in KEPT.items():
        found = synsets(wordnet / f"data.{pos}")
        with (wordnet / f"index.{pos}").open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith("  "):
                    continue
                fields = line.split()
                lemma, synset_count = fields[0], int(fields[2])
                if not lemma.islower() and not lemma.replace("_", "").replace("-", "").isalpha():
                    continue
                if lemma != lemma.lower():
                    continue  # proper nouns (Einstein, Congress) are names, not classes
                if pos == "adj" and not lemma.endswith(ADJECTIVE_ENDING):
                    continue
                offsets = fields[-synset_count:]
                senses = [{*found[o][0], *frame_classes(lemma, *found[o][1:])} for o in offsets]
                tags = [counts.get((lemma, SENSE_KEY_POS[pos], n), 0) for n in range(1, synset_count + 1)]
                total = sum(tags)
                by_class: dict[str, list[int]] = defaultdict(list)
                for rank, names in enumerate(senses, start=1):
                    for lexname in names:
                        by_class[lexname].append(rank)
                for lexname in kept:
                    ranks = by_class.get(lexname)
                    if not ranks or ranks[0] > MAX_RANK and lexname not in FRAME_CLASSES:
                        continue  # a verb's frames are kept in every sense: their tagged share tells how rare
                    share = sum(tags[r - 1] for r in ranks) / total if total else 0.0
                    yield lemma.replace("_", " "), lexname, ranks[0], synset_count, round(share, 2)


def main() -> None:
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    lines = ["# lemma\tclass\tfirst_rank\tsenses\ttagged_share  (generated by scripts/build_lexicon.py from WordNet 3.0)"]
    lines += ["\t".join(map(str, row)) for row in sorted(rows(wordnet))]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} rows to {OUTPUT.name}")
    forms = ["# form\tbase  (generated by scripts/build_lexicon.py from WordNet 3.0's verb.exc)"]
    forms += [f"{form}\t{base}" for form, base in sorted(exceptions(wordnet / "verb.exc").items())]
    FORMS_OUTPUT.write_text("\n".join(forms) + "\n", encoding="utf-8")
    print(f"wrote {len(forms) - 1} rows to {FORMS_OUTPUT.name}")
    nouns = ["# form\tbase  (generated by scripts/build_lexicon.py from WordNet 3.0's noun.exc)"]
    nouns += [f"{form}\t{base}" for form, base in sorted(exceptions(wordnet / "noun.exc").items())]
    NOUN_FORMS_OUTPUT.write_text("\n".join(nouns) + "\n", encoding="utf-8")
    print(f"wrote {len(nouns) - 1} rows to {NOUN_FORMS_OUTPUT.name}")
    phrases = ["# two-word lemmas, lower case  (generated by scripts/build_lexicon.py from WordNet 3.0)"]
    phrases += sorted(two_word_lemmas(wordnet))
    PHRASES_OUTPUT.write_text("\n".join(phrases) + "\n", encoding="utf-8")
    print(f"wrote {len(phrases) - 1} rows to {PHRASES_OUTPUT.name}")


def two_word_lemmas(wordnet: Path) -> set[str]:
    """Lemmas of two words of letters ("habeas_corpus", "Latin_American"), lower-cased, a space between."""
    found = set()
    for pos in KEPT | {"adv": ()}:
        with (wordnet / f"index.{pos}").open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                lemma = line.split(" ", 1)[0]
                if not line.startswith("  ") and lemma.count("_") == 1 and lemma.replace("_", "").isalpha():
                    found.add(lemma.replace("_", " "))
    return found


def exceptions(exc_file: Path) -> dict[str, str]:
    """Irregular form -> its first base form, for one-word forms of one-word lemmas."""
    bases: dict[str, str] = {}
    for line in exc_file.read_text(encoding="utf-8", errors="replace").splitlines():
        form, base, *_ = line.split()
        if "_" not in form and "_" not in base and form != base:
            bases.setdefault(form, base)
    return bases


if __name__ == "__main__":
    main()

"""house/unattributed-claim: the word classes, the lexicon, the subject finder and the clause tests every construction
shares."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editlint.nlp.syntax import (
    AUX_DEPS, SAYING_CLASSES, SUBJECT_DEPS, VerbClass, clause_verb, is_people_noun, subject, verb_class, verb_forms,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


QUANTIFIERS = frozenset("some many most several few certain other numerous various countless".split())
# Nouns of an indefinite amount: "a number of experts", "a handful of residents", "scores of teachers"
# (their plurals count too: "growing numbers of voters").
AMOUNTS = frozenset(
    "number handful lot lots chorus host majority minority plenty scores dozens hundreds thousands slew raft "
    "array range bevy legion legions multitude horde bulk".split()
)
# Amounts that count in numbers: "dozens of", "tens of thousands of".
COUNTS = frozenset("dozens hundreds thousands millions".split())
# Amounts that take "the" and stay indefinite: "the majority of economists", "the bulk of analysts".
PROPORTIONS = frozenset({"majority", "minority", "bulk"})
NAMED_SOURCE = "according to"
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
CLAIM_TAGS = frozenset({"VB", "VBZ", "VBP", "VBD", "VBN"})  # "-ing" only with an auxiliary: "are warning"
# Tags of the words a noun phrase and the places after it are made of: "in Ohio's 9th District".
NOUN_PHRASE_TAGS = frozenset(
    {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "IN", "POS", "PRP$", "HYPH", "RB"}
)
DEFINITE = frozenset("the these those this that its their our his her my your whose".split())
# Verbs that name who said something: a named speaker in the sentence (or a lead-in to a quote after
# it) is the claim's source. "testify" is saying as a witness in a hearing, a plain report as "tell" is.
REPORTING = (
    "say", "tell", "report", "state", "announce", "confirm", "add", "note", "write", "tweet", "post", "explain",
    "testify",
)
# "add" reports speech only without an object ("..., she added"); with one it counts ("added 240,000 jobs").
ADDING = frozenset({"add", "adds", "added", "adding"})
# Verbs of judging whose plain object is what they judge ("question the plan", "predict a rate cut",
# "warn of a slowdown"); WordNet files them with every other verb of communication or cognition.
# Left out: verbs of public stance ("condemn", "praise", "applaud", "denounce"), whose object is an
# event a reporter can witness rather than a claim, and "expect" / "anticipate", whose plain object is
# as often a demand ("most Americans expect online services") as a forecast; "say", whose plain object is
# the words said ("say goodbye", "say grace").
JUDGING = (
    "argue", "claim", "criticize", "criticise", "question", "dispute", "doubt", "deny", "challenge",
    "predict", "forecast", "estimate", "fear", "warn", "caution", "complain", "worry", "agree", "disagree", "blame",
    "believe", "suspect",
)
# Verbs of judging that also contest an act or a decision ("challenged the closure of the school", "disputed the
# fines"): their plain object is a claim only when it is a message or an idea ("challenged the findings").
CONTESTING = ("challenge", "dispute", "contest")
# Verbs whose object holds the feeling ("it worries investors that ..."): WordNet files them as verbs of emotion,
# a class the lexicon leaves out, with the many whose subject feels ("fear", "love").
FEELINGS = ("worry", "concern", "trouble", "alarm", "bother", "frighten", "scare", "disturb", "unsettle", "dismay")
# Verbs of expecting, whose plain object is a forecast only when a generic group of opinion expects it.
FORECASTING = ("expect", "anticipate")
# Verbs of disapproval, which judge what someone said, decided or made ("critics slammed the decision",
# "fans mocked the new logo"); several have a physical sense too ("attack", "slam", "blast"), so they
# judge only an object that is a message or an idea (WordNet's noun.communication and noun.cognition).
# "condemn" and "denounce", the usual reactions to a violent event, judge so too: "condemned the decision", not
# "condemned the attack" (an act).
CRITICISM = (
    "criticize", "criticise", "attack", "slam", "blast", "mock", "pan", "dismiss", "deride", "ridicule",
    "lambaste", "decry", "disparage", "belittle", "scorn", "condemn", "denounce",
)
# Verbs of praise, the other half of appraisal beside ``CRITICISM``: "was hailed as a breakthrough" judges as
# "was dismissed as a gimmick" does, and hides who judged when no agent follows.
PRAISE = ("praise", "hail", "laud", "acclaim", "tout", "applaud", "commend", "extol", "herald")
# Verbs of disapproval whose passive is mostly another act: a physical one ("the wall was blasted as part of
# the work") or a court's or an inspector's ("the case was dismissed as moot", "the building was condemned as unsafe").
OTHER_ACTS = ("attack", "slam", "blast", "dismiss", "condemn")
# Prepositions that give a judging verb its object: "warn of", "complain about", "caution against".
OBJECT_PREPS = frozenset({"of", "about", "against", "over", "with"})
# Prepositions that turn an object into a judgement: "blame X for", "accuse X of", "describe X as".
JUDGEMENT_PREPS = frozenset({"for", "of", "as"})
# Verbs of communication and cognition that make no claim: a question ("ask"), or a fact the writer
# vouches for ("know", "learn", "realize", "find": factive verbs).
NOT_CLAIMING = (
    "ask", "know", "learn", "realize", "realise", "discover", "find", "notice", "remember", "recall", "recollect",
    "forget", "recognize",
)
# Conjunctions of a clause of time that dates an event ("since" and "as" also give reasons, "while" contrasts).
TIME_MARKS = frozenset({"after", "before", "until", "till", "once", "when"})
# Words that tie a phrase of place to one occasion: "at the stadium gates after the final whistle", "on the pier
# during the storm", "at the polling station before it closed".
OCCASION_WORDS = TIME_MARKS | {"during"}
# Prepositions that name who published or wrote an account: "a study in Nature", "a report by the World Bank".
PUBLISHING_PREPS = frozenset({"in", "by", "from", "of"})
# Verbs whose "as" gives a name or a term, never a judgement: "refer to such storms as bomb cyclones", "termed".
NAMING = frozenset({"refer", "term", "nickname", "christen"})
# Verbs that give a name or a term as their complement, which judges only with an article or an adjective ("called
# kafala", "dubbed black leg"; "called a disaster", "called reckless").
NAMES = NAMING | {"call", "dub", "name"}
# Verbs that relate one thing to another, whose "with" names the second thing, not what the first is judged for
# ("long associated with the city", "identified with the textile trade"; but "credited with", "charged with").
RELATING = ("associate", "identify", "link", "connect", "equate")
# Verbs of inquiry and deliberation, which hold no answer: their question is what is looked into ("have long debated
# how quickly ...", "are investigating why ...") and their "as" the part in which something is studied ("studied the
# sediments as a record of droughts"); WordNet files them with the verbs of judging.
INQUIRY = ("debate", "discuss", "study", "investigate", "examine", "explore", "research", "analyze", "analyse")
# Participles that give a claim its source: "citing a study by ...", "quoting the agency's figures".
CITING = frozenset({"citing", "quoting"})
# Verbs of communication whose object is whom they spoke to or what they asked, not a judgement.
CONTACT = ("tell", "ask", "call", "answer", "contact", "thank", "address")
CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
# Words that make "that" open an adverbial clause: "so that", "now that", "such that", "except that".
COMPOUND_THAT = frozenset({"so", "now", "such", "except", "given", "provided", "providing", "seeing", "in", "save"})
BE = frozenset({"is", "are", "was", "were", "'s", "'re"})  # the finite forms of "be"
PERFECT = frozenset({"has", "have", "had", "'ve", "'d"})  # the auxiliaries of the perfect
# Dependencies of a clause that a verb reports ("said [the plan will fail]", "the plan, [she said], ...") and of
# clauses that stand on their own ("..., [and] some analysts predicted", "[while] the governor insists").
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
SEPARATE_DEPS = frozenset({"conj", "advcl", "relcl", "acl", "csubj", "ROOT"})
# Verbs that report a noun hedge spreading: "concerns are growing that ..."
SPREADING = frozenset(
    "grow grows growing grew grown mount mounts mounting mounted rise rises rising rose risen swirl swirls swirling swirled "
    "persist persists persisting persisted linger lingers lingering lingered".split()
)
# Nouns of talk that hide a source before "of" or "about": "there is talk of a merger".
TALK_NOUNS = frozenset("talk speculation rumor rumors rumour rumours".split())
# Adverbs of consensus that turn "is expected to" into a hedge ("is widely expected to resign"); plain
# "is expected to" is a schedule ("the vote is expected on Thursday").
CONSENSUS = frozenset("widely generally commonly broadly universally largely".split())
# Adjectives that say a view is held by many: "the prevailing view", "conventional wisdom", "widespread
# agreement" ("common" and "broad" are left out: more often shared by a few, "the common goal", "a broad
# outline").
PREVALENT = frozenset("widespread prevailing conventional popular universal received".split())
# Adverbs of frequency, which make a judgement in the passive one that many have passed over time ("is often
# described as", "has long been criticized for"), as *widely* does.
FREQUENCY = frozenset("often frequently routinely sometimes repeatedly long".split())
# Objects that carry an attitude whatever the verb: "raised doubts", "voiced concerns".
ATTITUDES = frozenset(
    "doubt doubts concern concerns fear fears worry worries suspicion suspicions misgivings reservations objections "
    "questions".split()
)
# Adjectives of likeness, which make an attitude refer back to one the text has named ("similar concerns have been
# raised", "such fears were voiced").
COMPARING = frozenset({"similar", "such", "same", "comparable", "identical"})
# Participles that voice an attitude: "concerns have been raised" ("questions may be directed to" voices none).
VOICED = frozenset("raised voiced expressed aired".split())
# Participles of cognition that do not judge: "known as" names ("the bridge is known as the Iron Lady"),
# "presumed innocent" is the law's wording.
NOT_JUDGING = frozenset({"known", "presumed"})
# Dependencies of the words that modify a noun before it: "Pentagon officials", "Republican senators".
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Prepositions that tie a vague noun to an institution: "economists at the state university".
INSTITUTION_PREPS = frozenset({"at", "from", "with"})
# Prepositions that place unnamed members of a place or a body: "many residents of the Ninth Ward", "some
# in Congress", "several officials at the port authority".
PLACING_PREPS = frozenset(
    {"at", "from", "in", "within", "of", "on", "across", "near", "along", "around", "inside", "outside", "throughout",
     "among", "beyond", "behind", "beside"}
)  # (every preposition of place: a place only locates the members, "some farmers near Mombasa")
# Prepositions of place that cannot tie people to an institution (as "at", "from", "with", "of", "within" can):
# "critics in Washington", "observers across the region".
LOCATING = PLACING_PREPS - INSTITUTION_PREPS - {"of", "within", "inside"}
# Prepositions that only span a region, never a spot, a unit or a body (a closed class): "pharmacists across Bavaria",
# "farmers throughout the valley" stay a kind, as "pharmacists" does.
SPANNING = frozenset({"across", "throughout"})
# Prepositions of a spot a reporter stands at ("at the border", "outside the depot"); "in", "across", "around",
# "throughout" and "within" may span a region ("in the region", "across the euro area").
POINT_PREPS = frozenset({"at", "on", "near", "along", "inside", "outside", "behind", "beside"})
# Classes of the nouns for places a reporter can stand in among people: things made or found there ("the platform",
# "the depot", "the shore"), and places, which name a spot only after a point preposition and with a word that says
# which ("at the border crossing", "on the wing's postnatal ward"; not "in the region", "on the left").
THING_CLASSES = ("noun.artifact", "noun.object")
PLACE_CLASS = "noun.location"
# Classes of a noun's abstract senses: a noun whose sense in one of them comes before its sense as a place is no scene
# ("at this stage", "on the radio").
ABSTRACT_CLASSES = ("noun.communication", "noun.cognition", "noun.time", "noun.attribute")
# Networks where people are read, not met, which WordNet files as artifacts ("on the internet").
NETWORKS = frozenset({"internet", "web", "net"})
# Prepositions that name who holds a noun hedge: "fears among aid workers that ...".
HOLDER_PREPS = frozenset({"among", "from", "within", "in", "at", "by"})
# Articles of one unnamed person: "a source said", "an analyst familiar with the talks said" ("one" counts,
# as "two analysts" does, except for "source", which means an unnamed informant).
INDEFINITE = frozenset({"a", "an", "another"})
# Nouns that name people by their part in an event the article reports, so they refer back to it as "many of
# them" does: a survey's respondents, a meeting's participants.
RELATIONAL = frozenset({"respondents", "participants"})
# Verbs that give a group's members: "critics, who include two senators, say" (as "including" does).
MEMBERSHIP = frozenset({"include", "comprise", "count"})
# Nouns for people who speak for an institution or took part in the event a story reports, which news copy
# credits by their role ("officials say", "investigators believe", "witnesses say"): they are the story's own
# sources, not a population's view.
ROLES = frozenset(
    "officials authorities police officers investigators detectives prosecutors lawyers attorneys witnesses "
    "rescuers firefighters crews doctors physicians medics paramedics organizers organisers forecasters regulators "
    "inspectors spokesmen spokeswomen spokespeople representatives negotiators lawmakers legislators senators "
    "policymakers councillors councilors aldermen commissioners "
    "ministers judges jurors plaintiffs defendants petitioners "
    # bodies that rule or govern speak for themselves as these people do ("courts have held that")
    "courts councils committees boards governments ministries legislatures parliaments".split()
)
# Roles that are also professions: with a verb of advice in the present they speak for the whole profession to
# everyone ("doctors warn that sugary drinks harm teeth"), as "dentists warn" does, not for a case ("doctors believe
# the boy will recover").
PROFESSIONS = frozenset("doctors physicians medics paramedics lawyers attorneys".split())
ADVISING = ("warn", "caution", "advise", "urge", "recommend")
# Words for unnamed people that WordNet files with no class of people ("person" is in noun.Tops).
ANYONE = frozenset({"those", "someone", "somebody", "person", "people"})
# Nouns of access after "with": "a person with knowledge of the talks", "people with access to the files".
ACCESS_NOUNS = frozenset({"knowledge", "access"})
# Adjectives of access that also measure distance ("close to the talks", "close to the border").
NEARNESS = frozenset({"close", "closest", "near", "nearest"})
# Words that make a noun stand for whatever fits its description: "any boat considered unsafe", "those
# thought to be at risk".
GENERIC_DETERMINERS = frozenset({"any", "every", "each", "all", "no"})
GENERIC_PRONOUNS = frozenset(
    {"those", "anyone", "anybody", "anything", "everyone", "everybody", "everything", "whoever"}
)
# Adjectives of belief, whose clause is a claim ("many are skeptical that ..."); WordNet has no classes of
# adjectives, and the other adjectives with a clause mostly take a fact the writer vouches for ("surprised
# that", "aware that", "proud that").
BELIEVING = frozenset(
    "sure certain confident convinced unconvinced positive skeptical sceptical doubtful dubious optimistic "
    "pessimistic hopeful afraid fearful worried concerned adamant".split()
)
# Nouns for people by their stance toward something, whose "of" names what they oppose or back, not who they are
# ("critics of Prime Minister Kishida", "fans of the Chicago Bears"); other vague groups may belong to what "of"
# names ("economists of the central bank").
STANCE = frozenset(
    "critics opponents supporters detractors proponents advocates fans skeptics sceptics backers foes".split()
)
# The ending of the experts of a field of study ("epidemiologists", "seismologists"): like "economists" and
# "scientists", a generic group that is no party to the story (unlike "police", "witnesses", "residents").
DISCIPLINE = "ologists"
# Counts of views that are the source of what a group is said to think: "in a recent poll, most voters said".
POLLS = frozenset("poll polls survey surveys questionnaire census".split())
# The people who write studies, and the studies they write: after an article has reported a study, "researchers"
# in the past tense are its authors telling what they did or found ("Researchers compared ...", "Researchers said
# piece-rate pay may ..."), not a field's view ("researchers have long suspected", "researchers say").
RESEARCHERS = frozenset({"researchers", "scientists", "authors"})
STUDIES = (  # (a study's nouns, their plurals and the verbs that report one: "a team surveyed 40 colonies")
    "study", "studies", "studied", "survey", "surveys", "surveyed", "trial", "trials", "paper", "report", "analysis",
    "findings", "journal", "experiment", "experiments",
)


@dataclass(frozen=True)
class Lexicon:
    """The word classes one run uses (WordNet's classes plus the rule's options)."""

    claims: VerbClass
    not_claiming: frozenset[str]
    criticism: frozenset[str]
    appraisal: frozenset[str]
    advising: frozenset[str]
    judging: frozenset[str]
    forecasting: frozenset[str]
    feelings: frozenset[str]
    reporting: frozenset[str]
    vague: frozenset[str]
    groups: frozenset[str]
    hedges: frozenset[str]
    adverbs: frozenset[str]
    nouns: frozenset[str]
    viewpoints: frozenset[str]
    triggers: frozenset[str]  # the words besides verbs at which a hit starts
    group_words: frozenset[str]  # the words of a vague group besides plural nouns

    @staticmethod
    @functools.cache
    def of(verbs, vague, groups, hedges, adverbs, nouns, viewpoints) -> Lexicon:
        """The classes for one set of option values (built once: the WordNet verb forms are many)."""
        return Lexicon(
            claims=verb_class(SAYING_CLASSES, 2, verbs, NOT_CLAIMING),
            not_claiming=verb_forms((*NOT_CLAIMING, "be")),
            criticism=verb_forms(CRITICISM),
            appraisal=verb_forms((*(v for v in CRITICISM if v not in OTHER_ACTS), *PRAISE, "brand")),
            advising=verb_forms(ADVISING),
            judging=verb_forms(JUDGING),
            forecasting=verb_forms(FORECASTING),
            feelings=verb_forms(FEELINGS),
            reporting=verb_forms(REPORTING),
            vague=frozenset(vague),
            groups=frozenset(groups),
            hedges=frozenset(hedges),
            adverbs=frozenset(adverbs),
            nouns=frozenset(nouns),
            viewpoints=frozenset(viewpoints),
            triggers=frozenset((*adverbs, *nouns, *viewpoints, *PREVALENT, "according", "by")),
            group_words=frozenset(
                (*vague, *(w[:-1] for w in vague if w.endswith("s")), *QUANTIFIERS, *AMOUNTS, *ANYONE, "who")
            ),  # with the singulars of vague groups: "a source", "an analyst"
        )


ACCOUNT_CLASSES = ("noun.communication", "noun.cognition")  # reports, accounts, estimates, studies


def _misread_infinitive(verb: Token) -> bool:
    """An infinitive right after a verb without an object that the parser took for a clause of its own rather than
    the verb's complement: "(researchers have increasingly) come to/aux believe/advcl", "grow to fear"."""
    return (
        verb.dep_ == "advcl" and verb.i == verb.head.i + 2 and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.head.children)
    )


def _to_infinitive(verb: Token) -> bool:
    """Whether a verb has its own "to": an infinitive ("to find out", "(expect the bank) to cut")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _tense_carrier(verb: Token) -> Token:
    """The word that carries a verb's tense: its first auxiliary, or the verb itself."""
    return min((c for c in verb.children if c.dep_ in AUX_DEPS), key=lambda c: c.i, default=verb)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its governor's: "most voters seem to think", "critics were quick to blame"."""
    verb = clause_verb(verb)
    while verb.dep_ in ("xcomp", "acomp") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" and is_people_noun(c) for c in verb.head.children):
            return None  # what the object is to do: "urged residents to report ..." (but a purpose: "have used the
            # index to argue that ...")
        verb = verb.head  # through an adjective: "critics were quick to point out"
    if _misread_infinitive(verb):
        return _subject(verb.head)  # "researchers have come to/aux believe/advcl that ..."
    subj = _nearest_subject(verb) or subject(verb)
    if subj is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj"):
        return _subject(verb.head)  # a participle's speaker is its clause's: "Critics left, saying that ..."
    if subj is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN"):
        return verb.head  # a sentence whose root is a noun: the parser took its verb for a participle
        # ("Several employees alleged/acl in interviews that ...")
    if subj is None and verb.dep_ == "csubj":  # the parser may hang the subject of a "what"-clause on its verb
        # as a compound: "What opponents/compound dispute is that ..."
        return next((c for c in verb.children if c.dep_ == "compound" and c.tag_ == "NNS" and c.i < verb.i), None)
    if subj is None:  # the parser hangs a pronoun subject on the verb as a modifier: "Few/amod doubt that ..."
        return next((c for c in verb.children if c.dep_ == "amod" and c.i < verb.i and c.lower_ in QUANTIFIERS), None)
    return subj if subj.dep_ == "nsubj" else None


def _nearest_subject(verb: Token) -> Token | None:
    """The subject right before a comment's verb to which the parser also gave the subject of the clause it interrupts,
    leaving that clause's verb without one ("The striker, plenty of coaches insist, is ready": "striker" and "plenty"
    both hung on "insist", none on "is")."""
    if verb.dep_ != "parataxis" or any(c.dep_ in SUBJECT_DEPS for c in verb.head.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    return subjects[-1] if len(subjects) > 1 else None


def _coordinated_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a clause coordinated with another one and has a subject of its own ("..., but some
    analysts doubt it will last"); a verb that shares the subject of the one before is in the same clause ("Three
    of the defendants were tried in absentia and are believed to be living abroad")."""
    return verb.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _in_aside(tok: Token) -> bool:
    """Whether ``tok`` is in a relative clause or a participle set off by a comma, which adds the writer's own words
    to a noun ("The app, which purportedly identifies fakes, has been downloaded 400,000 times, according to its
    developer": the developer gives the count)."""
    return any(
        t.dep_ in ("relcl", "acl") and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
        for t in (tok, *tok.ancestors)
    )

"""house/unattributed-claim: whether a verb states a claim (a clause, a judgement of an object, a misread clause) or
reports an act, a demand, a question or a dated event."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from editlint.lexicon import in_class, sense_in
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, NOUN_TAGS, PROPER_TAGS, SAYING_CLASSES, SUBJECT_DEPS, VERB_TAGS,
    is_people_noun, noun_lemma, verb_class, verb_forms, verb_lemma,
)

from .common import (
    ACCOUNT_CLASSES, ADVISING, ANYONE, ATTITUDES, BE, BELIEVING, CLAIM_TAGS, CLAUSE_DEPS, COMPOUND_THAT, CONTACT,
    CONTESTING, COUNTS, DISCIPLINE, INQUIRY, JUDGEMENT_PREPS, JUDGING, Lexicon, NAMES, NAMING, OBJECT_PREPS, QUANTIFIERS,
    RELATING, RELATIVE_PRONOUNS, RELATIVE_TAGS, REPORTING, ROLES, TIME_MARKS, _nearest_subject, _subject, _tense_carrier,
    _to_infinitive,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

RECORDED_ACTS = frozenset({"vote", "abstain"})  # acts a roll call records by name
SIGNED = frozenset({"joint", "open"})  # documents whose signatures name everyone they speak for: "a joint letter"
# The conjunctions that open a content clause (a report's "that", a question's "whether" or "if"): any other opens a
# clause of time, reason or contrast, which the parser at times hangs on a verb as its object
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


def _misread_clause(verb: Token, lex: Lexicon, reread: Callable[[str], Doc]) -> bool:
    """Whether the object of a verb of saying or thinking that takes a that-clause is the subject of a clause the
    parser misread ("critics contend the deal approved by the county shifts/NNS the risk", "most agree the new
    Terminal 2, first promised in 2012, is/conj late"): read on their own, the words from the object on make a
    sentence with a finite verb and a subject at its start. (Asked only when nothing else makes the verb a claim.)"""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ not in NOUN_TAGS or verb.lower_ not in lex.claims or not _takes_clause(verb):
        return False
    end = max(t.i for t in verb.subtree) + 1
    if obj.right_edge.i + 1 >= end:
        return False  # nothing after the object that could be its predicate: "(protested) outside/JJ parliament"
    objects = sense_in(verb_lemma(verb.lower_) or "", "frame.object")
    if objects is None or objects.first_rank > 1:
        return True  # the verb's main sense takes a clause and no object ("contend", "agree", "complain")
    if not any(_lost_subject(t) for t in verb.doc[obj.i + 1 : end]):
        return False  # "doubt the figures": no verb that the object could be the subject of
    reading = reread(verb.doc[obj.left_edge.i : end].text)
    root = next(iter(reading.sents)).root
    finite = root.tag_ in ("VBZ", "VBP", "VBD") or any(c.tag_ == "MD" for c in root.children)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == 0 for c in root.children)


def _judged_past_aside(verb: Token, lex: Lexicon, reread: Callable[[str], Doc]) -> bool:
    """Whether a verb of saying or judging judges an object that an aside set off by commas parts from its complement,
    which the parser then hung inside the aside ("consider the bonds, issued last month at 7.5 per cent, a/appos
    bargain", "consider the ghazal, long attributed to Hafez, to be/advcl the work of ..."): read again without the
    aside, from the verb on, the verb states a claim."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or verb.lower_ not in lex.claims:
        return False
    doc, end = verb.doc, max(t.i for t in verb.subtree) + 1
    commas = [t.i for t in doc[obj.i + 1 : end] if t.text == ","][:2]
    if len(commas) < 2 or any(t.tag_ in ("CC", *VERB_TAGS) and t.dep_ != "acl" for t in doc[obj.i + 1 : commas[0]]):
        return False  # (the aside right after the object's phrase: "the bonds, issued ...,")
    after = doc[commas[1] + 1 : end]
    if not any(t.is_alpha for t in after):
        return False
    text = " ".join(("They", doc[verb.i : commas[0]].text, after.text))
    root = next(iter(reread(text).sents)).root
    return root.i == 1 and root.lower_ == verb.lower_ and _states_claim(root, lex)


def _lost_subject(verb: Token) -> bool:
    """A finite verb without a subject of its own, outside a relative clause: the verb of a clause whose subject
    the parser took for an object ("... the new terminal, first promised in 2012, is/conj late")."""
    finite = verb.tag_ in ("VBZ", "VBP", "VBD") or verb.tag_ == "VB" and any(c.tag_ == "MD" for c in verb.children)
    return finite and verb.dep_ != "relcl" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children)


def _crowd_act(participle: Token, subj: Token) -> bool:
    """A participle that gives the reason a crowd counted in numbers gave for an act in the past: "Tens of thousands
    of borrowers sued, arguing ...", "Hundreds of workers walked out, saying ..." (the crowd's act is the event
    reported, as "firefighters said" is; "some parents pulled their children out, claiming ..." is an unnamed
    few's view)."""
    return (
        participle.tag_ == "VBG" and participle.dep_ == "advcl" and participle.head.tag_ == "VBD"
        and participle.head.i == subj.head.i and subj.lower_ in COUNTS
    )


def _on_record(verb: Token, subj: Token) -> bool:
    """A claim tied to an act that records who made it: a vote, whose roll call names the voters ("most Democrats on
    the panel voted against the bill but said ...", "several board members voted no, saying ..."), or a document that
    members of a body the reader knows all signed ("several Democrats on the committee said in a joint letter that
    ..."; not "several global brands said in a joint statement", whose signatories the reader cannot look up in a
    roster); not a view alone ("several senators have said ...") nor what they said in interviews or posts."""
    shared = verb.dep_ in ("conj", "advcl") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if shared and verb_lemma(verb.head.lower_) in RECORDED_ACTS:
        return True
    members = any(
        o.dep_ == "pobj" and (o.tag_ in PROPER_TAGS or any(d.lower_ == "the" for d in o.children))
        for c in subj.children if c.dep_ == "prep" and c.lower_ in ("on", "of") for o in c.children
    )  # "on the committee", "of the caucus", "of Congress"
    return members and any(
        o.dep_ == "pobj" and o.tag_ == "NN" and any(a.lower_ in SIGNED and a.dep_ == "amod" for a in o.children)
        and in_class(noun_lemma(o), "noun.communication")
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
    )


def _testimony(verb: Token) -> bool:
    """Telling a body that hears the public, or its members: "residents told the council that ...", "with dozens of
    residents telling members that ..." (testimony at the hearing the article reports, as "witnesses said" is; not
    "told reporters", "told the newspaper", "told The Associated Press")."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if verb_lemma(verb.lower_) != "tell" or obj is None or obj.tag_ not in ("NN", "NNS"):
        return False
    return in_class(noun_lemma(obj), "noun.group", min_share=0.5) or obj.lower_ in ROLES or obj.lower_ == "members"


def _dates_event(verb: Token) -> bool:
    """A verb in the past in a clause of time, which tells when something else happened rather than states the
    claim: "yields rose after several Fed officials signaled ...", "before some analysts warned ..." (a clause of
    time is taken as given, not asserted)."""
    finite = _tense_carrier(verb)
    return verb.dep_ == "advcl" and finite.tag_ == "VBD" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < verb.i for c in verb.children
    )  # ("when" is an adverb to the parser)


def _within_dating_event(verb: Token) -> bool:
    """A verb in the past in a relative clause on the event a phrase of time names, which tells when something else
    happened, as a clause of time does (``_dates_event``): "was sentenced after a hearing in which several neighbours
    described ...", "before a debate at which some members argued ..."; not on a span or an amount of time (WordNet's
    noun.time and noun.quantity), which the claim only falls in ("after a decade/quarter in which many economists
    predicted ...")."""
    if verb.dep_ != "relcl" or _tense_carrier(verb).tag_ != "VBD":
        return False
    event = verb.head
    relative = any(
        c.tag_ in RELATIVE_TAGS or c.dep_ == "prep" and any(o.tag_ in RELATIVE_TAGS for o in c.children)
        for c in verb.children
    )  # ("in which", "at which", "where")
    return relative and event.dep_ == "pobj" and event.head.lower_ in TIME_MARKS and event.tag_ == "NN" and not any(
        in_class(noun_lemma(event), name) for name in ("noun.time", "noun.quantity")
    )


def _may_claim(verb: Token, lex: Lexicon) -> bool:
    """A quick test that passes every verb ``_states_claim`` might accept: a verb of saying, judging or
    disapproval, or one with a clause or an attitude as its complement."""
    if verb.lower_ in lex.claims or verb.lower_ in lex.criticism or _phrasal_judgement(verb, lex):
        return True
    return any(c.dep_ in ("ccomp", "acomp") or c.dep_ == "dobj" and c.lower_ in ATTITUDES for c in verb.children)


def _attitude(verb: Token) -> Token | None:
    """An adjective of belief that takes a statement: "(many are) skeptical that ...", "(some remain)
    convinced the plan will fail"; not a question ("unsure whether")."""
    return next(
        (
            c for c in verb.children
            if c.dep_ == "acomp" and c.lower_ in BELIEVING
            and any(g.dep_ == "ccomp" and g.i > c.i and not _asks(g) for g in c.children)
        ),
        None,
    )


def _is_claim_form(verb: Token) -> bool:
    """A finite verb, participle or infinitive; an "-ing" form only in a progressive ("critics are warning"),
    with a subject of its own ("with some traders predicting") or beside a clause whose subject it shares
    ("critics attacked the plan, saying ..."): a gerund names an act ("before saying", "avoided arguing")."""
    if verb.tag_ in CLAIM_TAGS:
        return True
    return verb.tag_ == "VBG" and (verb.dep_ == "advcl" or any(c.dep_ in ("aux", "nsubj") for c in verb.children))


def _asks(clause: Token) -> bool:
    """An interrogative clause: "how many were inside", "whether it will reopen"."""
    first = clause.left_edge
    return first.tag_ in ("WRB", "WP", "WDT", "WP$") and first.lower_ != "that" or first.lower_ in ("whether", "if")


def _comments(verb: Token) -> bool:
    """A verb that interrupts or closes the clause it comments on ("the plan, critics say, is doomed", "..., many
    believe", also after words of that clause the parser hung on it: "What doomed the merger, some insiders contend,
    was ..."); one whose subject opens the sentence before another clause is an event of a list ("Touts argue,
    passengers bargain and a singer appears ...")."""
    subj = _nearest_subject(verb) or next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), verb)
    return verb.dep_ == "parataxis" and not (verb.i < verb.head.i and subj.left_edge.is_sent_start)


def _that_clause(verb: Token) -> bool:
    """A content clause opened by "that" (not a relative clause: "concerns that residents raised", nor an
    adverbial one: "now that the pay was cut")."""
    return any(_content_that(c) for c in verb.children)


def _content_that(mark: Token) -> bool:
    """The "that" of a content clause, not of "so that", "now that" ...; also one the parser took for the relative
    pronoun of a clause that has the pronoun's part already ("a belief that/dobj the mine poisoned the well"): a
    relative clause lacks it."""
    if mark.lower_ != "that" or mark.i > 0 and mark.nbor(-1).lower_ in COMPOUND_THAT:
        return False
    return mark.dep_ == "mark" or mark.dep_ in ("dobj", "nsubj") and mark.head.dep_ in ("relcl", "acl") and any(
        c.dep_ == mark.dep_ and c.i != mark.i for c in mark.head.children
    )


def _bare_content_clause(verb: Token, clause: Token) -> bool:
    """A content clause without "that" after a verb that WordNet says takes one in some sense: a finite clause with a
    subject of its own, after the verb, opened by no conjunction ("(some supporters) maintain it will bankrupt the
    club", "(many historians) hold the treaty was a blunder"; not "hold a vigil", "watched the roof collapse")."""
    lemma = verb_lemma(verb.lower_) or ""
    if clause.i < verb.i or sense_in(lemma, "frame.that-clause") is None or _asks(clause):
        return False
    if any(c.dep_ == "mark" for c in clause.children) or not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False
    return clause.tag_ in FINITE_TAGS or any(c.dep_ in AUX_DEPS and c.tag_ in FINITE_TAGS for c in clause.children)


def _names_a_state(verb: Token) -> bool:
    """A verb whose main sense is a state (WordNet's verb.stative), used so more often than in any sense of saying or
    thinking: "supporters included local employers", "former students include several leading fiddlers" (a list of
    members, not a judgement of them); it states a claim only with a that-clause."""
    lemma = verb_lemma(verb.lower_) or ""
    state = sense_in(lemma, "verb.stative")
    if state is None or state.first_rank != 1:
        return False
    return all(s.tagged_share < state.tagged_share for name in SAYING_CLASSES if (s := sense_in(lemma, name)))


def _states_claim(verb: Token, lex: Lexicon) -> bool:
    """Whether the verb states a claim: it takes a clause, interrupts one ("the plan, critics say, ..."),
    or judges an object ("blame the agency for", "question the plan")."""
    if _attitude(verb) is not None or _pseudo_cleft(verb):
        return True  # "many voters are skeptical that ...", "what critics dispute is that ..."
    if _gives_term(verb):
        return False  # a term for what the clause hangs on: "a process meteorologists call explosive cyclogenesis"
    obj = _judged(verb)
    if obj is not None and obj.lower_ in ATTITUDES and verb.lower_ not in verb_forms(CONTACT):
        return True  # "raised doubts", whatever the verb (but "asked questions")
    if obj is not None and verb.lower_ in lex.criticism and obj.tag_ in ("NN", "NNS"):
        lemma = noun_lemma(obj)
        if any(in_class(lemma, name, max_rank=2) for name in ACCOUNT_CLASSES):
            return True  # "slammed the decision", "mocked the logo"; not "attacked the convoy"
    if _phrasal_judgement(verb, lex):
        return True  # "have written off her bid", "singled out the coach", "took issue with the figures"
    if verb.lower_ not in lex.claims or _names_a_state(verb):
        # a that-clause is a claim whatever the verb ("critics maintain that ..."); not what one found out
        return verb.lower_ not in lex.not_claiming and any(
            c.dep_ == "ccomp" and (_that_clause(c) or _bare_content_clause(verb, c)) for c in verb.children
        )
    if _comments(verb) or any(_reported(c) for c in verb.children):
        return True
    if _displaced_clause(verb):
        return True
    if verb.lower_ in lex.advising and not _bids(verb) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
    ):
        return True  # a warning to act, which claims a danger: "are warning farmers to scout their fields" (not a
        # bidding: "urged the council to delay the vote")
    if _takes_clause(verb) and any(c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1 for c in verb.children):
        return True  # a gerund that stands for a clause: "some residents report seeing a bear" (not after a verb
        # that takes no clause: "avoided using the lift")
    if verb.dep_ == "advcl" and obj is None and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return not _bids(verb)  # a comment on the clause it interrupts: "the plan, as many economists believe, will
        # fail" (not a bidding, whose clause is an act: "Rather than sell the boat, as several relatives urged, ...")
    if any(
        c.lower_ in ("so", "otherwise") and c.dep_ == "advmod" or c.dep_ == "dobj" and c.tag_ in ADJECTIVE_TAGS
        for c in verb.children if c.i > verb.i
    ):
        return True  # a word standing for the clause: "some think so", "others argue otherwise", "say the same"
    if _or_so(verb):
        return True  # "Inflation has peaked, or so many investors hope"
    if obj is None and _judges_as(verb):
        return True  # "point to the rising cost as proof of ..."
    if obj is None and verb.lower_ in lex.judging:
        obj = next(
            (o for c in verb.children if c.lower_ in OBJECT_PREPS for o in c.children if o.dep_ in ("pobj", "pcomp")),
            None,
        )  # "warn of a slowdown", "caution against reading too much into it"
    if obj is None:
        return False
    preps = {
        "as" if c.dep_ in ("advcl", "amod") else c.lower_
        for t in (verb, obj) for c in t.children
        if c.dep_ == "prep" and not _not_a_reason(c) or c.dep_ == "advcl" and _as_clause(c)
        or t is obj and c.i > obj.i and _as_adjective(c, "amod")  # "dismissed the work as/advmod repetitive/amod"
    }
    cognition = "as" in preps and verb.lower_ not in verb_forms(INQUIRY) and (  # "regard him as", "described it as";
        # not a proposal ("suggested Lisbon as") nor the part studied ("studied the sediments as a record of ...")
        verb.lower_ in verb_class(("verb.cognition",), 2)
        or obj.tag_ not in PROPER_TAGS and verb.lower_ not in verb_forms(CONTACT)
    ) or bool(
        {c.lower_ for t in (verb, obj) for c in t.children if c.dep_ == "prep" and c.i > obj.i and not _infinitive(c)}
        & ({"to", "with"} if obj.tag_ in ("PRP", *PROPER_TAGS) or is_people_noun(obj, min_share=0.5) else {"to"})
    ) and verb.lower_ in verb_class(("verb.cognition",))  # "liken it to", "credit her with" (after the object: not a
    # misread infinitive, "decided to/IN home-school their children", "examined the bones to/IN date/VB the burial"; a
    # thing "with" another is compared, not
    # credited: "comparing the readings with satellite images")
    if obj.tag_ not in ("WP", "WDT") and (cognition or _object_complement(verb, lex)):
        return True  # a judgement of anyone or anything: "regard him as", "called the decision a betrayal"
        # (not a definition: "what economists call core inflation")
    communication = verb.lower_ in verb_class(("verb.communication",))
    # a judgement of a person or a body: "accused him of", "blamed the ministry for" (a name's own "of" is no
    # judgement, "the Ministry of Water", nor is a proposal, "suggested Lisbon as")
    judged = preps if obj.tag_ == "PRP" else {c.lower_ for c in verb.children if c.dep_ == "prep"} - {"as"}
    if obj.tag_ in ("PRP", *PROPER_TAGS) and communication and judged & JUDGEMENT_PREPS:
        return verb.lower_ not in verb_forms(CONTACT)
    if obj.lower_ in ("it", "this", "that") and obj.i > verb.i and verb.lower_ in lex.judging:
        return True  # a pronoun for the claim judged: "many doubt it", "others dispute that"
    if obj.tag_ in PROPER_TAGS or obj.tag_ == "PRP" or verb.lower_ in verb_forms(CONTACT):
        return False
    if obj.i != verb.head.i and _clause_as_object(obj):
        return True  # a clause the parser took for an object: "say the new scale confuses/NNS parents" (not the noun
        # the verb's relative clause hangs on, whose words hold the verb's own: "the things people say when they ...")
    if verb.lower_ in verb_class(("verb.cognition",), 2) and not is_people_noun(obj) and any(
        c.dep_ in ("advcl", "xcomp") and c.i > obj.i and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        and (_noun_after_to(c) or _takes_clause(verb) and not any(o.dep_ == "dobj" for o in c.children))
        for c in verb.children
    ):
        return True  # a forecast: "expecting crude oil to stay above $80", or what the object is put down to
        # ("attribute the closures to/aux competition/advcl", "linked the rise to/aux climate/VB change"); not "require
        # months of training to", nor a purpose: after a verb that takes no clause, "studied the letters to trace ...",
        # or with an object of its own, what the subject does, "checked the forecast to time their harvest"
    judging = verb.lower_ in lex.judging or verb.lower_ in lex.forecasting and _forecasters(verb, lex)
    own = {c.lower_ for c in obj.children if c.dep_ == "prep" and not _charge(c, verb)} - {
        c.lower_ for c in verb.children if c.dep_ == "prep"
    }  # (a thing's phrase is its own: "demanded the release of the prisoners", "negotiated lower prices for the
    # season"; of a body, a charge or a reason: "accused the company of fraud", "blamed the ministry for the delays")
    judgements = preps - own if not is_people_noun(obj) else preps
    if judging and verb.lower_ in verb_forms(CONTESTING) and not any(
        in_class(noun_lemma(obj), name) for name in ACCOUNT_CLASSES
    ):
        judging = False  # contesting an act or a decision, not a claim: "challenged the closure of the school"
    return bool(communication and judgements & JUDGEMENT_PREPS) or (
        judging and (not is_people_noun(obj) or _judges_group(verb, obj))
    )


def _judges_group(verb: Token, obj: Token) -> bool:
    """The direct object of a verb of judging that takes no person as its object in any sense (WordNet's frames:
    "predict", "forecast", "estimate"), which is what it judges even when it is a group ("had been predicting a hung
    parliament", "a low turnout"); not one that acts on people ("question the suspects", "warn the residents"), nor a
    preposition's object, which may be people ("complained about fares")."""
    lemma = verb_lemma(verb.lower_)
    return obj.dep_ == "dobj" and lemma is not None and sense_in(lemma, "frame.person-object") is None


def _clause_as_object(obj: Token) -> bool:
    """Whether the parser hung a clause's subject inside ``obj``, which is then a clause it took for an object ("say
    the new scale confuses/NNS parents"); not the subject of a relative clause or a participle, nor any subject in an
    apposition on the noun, which says what the thing is ("announced matinee discounts, a scheme in which pensioners
    pay half when shows start early")."""
    return any(
        t.dep_ == "nsubj" and t.head.dep_ not in ("relcl", "acl") and not _in_apposition(t, obj) for t in obj.subtree
    )


def _in_apposition(word: Token, noun: Token) -> bool:
    """Whether ``word`` is in an apposition below ``noun``."""
    while word.i != noun.i:
        if word.dep_ == "appos":
            return True
        word = word.head
    return False


def _charge(prep: Token, verb: Token) -> bool:
    """An "of" with an act in "-ing" that the parser hung on the object of a verb that judges its object and takes
    no that-clause (WordNet's frames: "accuse", "criticize", "convict"), which is what the object is charged with
    ("accused the festival of pricing out families"), as "of fraud" is; not the noun's own after a verb that may
    report ("described the feeling of standing on the summit", "explained the practice of sharing routes")."""
    return (
        prep.lower_ == "of" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
        and not _takes_clause(verb)
    )


def _judged(verb: Token) -> Token | None:
    """The verb's object; in a relative clause whose relative pronoun is the object, or is left out, the noun
    it stands for: "a decision (that) critics described as rash" judges the decision (not a free relative:
    "what economists call core inflation" defines)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.dep_ != "relcl" or verb.head.tag_ not in NOUN_TAGS:
        return obj
    pronoun = any(t.tag_ in RELATIVE_TAGS for t in verb.subtree if t.i < verb.i) or any(
        c.lower_ == "that" and c.dep_ != "mark" for c in verb.children
    )  # (anywhere before the verb: "suggestions, many of which we decided to adopt"; a relative "that" the parser
    # took for a mark stands for the object, as one left out does: "a result that/mark some scholars attribute to")
    if obj is None and not pronoun:
        return verb.head  # "an outcome most analysts regard as a rebuke"
    return verb.head if obj is not None and obj.lower_ in RELATIVE_PRONOUNS else obj


def _phrasal_judgement(verb: Token, lex: Lexicon) -> bool:
    """A verb of judging that WordNet lists as a phrase of the verb and its particle, with whom or what idea it
    judges ("write off her bid", "single out the coach"), or a verb of saying or judging made of a verb and a bare
    noun ("take issue with the figures", "find fault with"). (A verb of saying with a particle mostly still
    says: "point out the exit", "write down the password".)"""
    lemma = verb_lemma(verb.lower_)
    if lemma is None:
        return False
    for part in verb.children:
        bare = part.dep_ == "dobj" and part.tag_ == "NN" and not any(part.children)  # "take issue (with)"
        if part.dep_ != "prt" and not bare:
            continue
        phrase = f"{lemma} {part.lower_}"
        if bare:
            return any(in_class(phrase, name) for name in SAYING_CLASSES) and any(
                c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children) for c in verb.children
            )
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or verb.lower_ in lex.not_claiming or not in_class(phrase, "verb.cognition"):
            return False  # (a fact: "found out the truth")
        return obj.tag_ == "PRP" or obj.tag_ in ("NN", "NNS") and any(
            sense_in(noun_lemma(obj), name) for name in ("noun.person", *ACCOUNT_CLASSES)
        )  # someone, or a message or an idea ("wrote off her bid"; not "set aside funds")
    return False


def _reported(clause: Token) -> bool:
    """A clause that reports what a verb says or thinks: not a rule of conduct (``_norm``), a question an
    infinitive sets out to answer, nor an adverbial clause the parser took for one ("now that the pay was cut")."""
    verb = clause.head
    adverbial = any(
        m.dep_ == "mark" and (m.lower_ == "that" and not _content_that(m) or _opens_adverbial_clause(m, verb))
        for m in clause.children
    )  # ("now that the pay was cut", "fans waved flags long after the ceremony had/ccomp ended")
    inquiry = _asks(clause) and (
        verb.lower_ in verb_forms(INQUIRY) or verb.lower_ not in verb_forms(JUDGING) and _to_infinitive(verb)
    )  # a question looked into ("have long debated how ...") or one set out to answer: "(used the site) to find out
    # how forests recover" (but "to question whether")
    prescribed = _norm(clause) or _leave_or_bidding(clause)
    goal = clause.i < verb.i and _strives(verb)
    return clause.dep_ in CLAUSE_DEPS and not adverbial and not inquiry and not prescribed and not goal


def _strives(verb: Token) -> bool:
    """A verb of effort (see ``_bids``) with an infinitive of its own whose verb takes no clause: it names what its
    subject works for, so a clause the parser hung on it before it is no report ("no Sunday service, a gap advocates
    have pushed to close"; but "the vote was rigged, critics have sought to argue")."""
    return _bids(verb) and any(
        c.dep_ == "xcomp" and _to_infinitive(c) and not _takes_clause(c) for c in verb.children
    )


def _opens_adverbial_clause(mark: Token, verb: Token) -> bool:
    """A conjunction of time, reason or contrast (any but ``COMPLEMENTIZERS``) opening a clause after ``verb``; a claim
    set before its verb of saying may hold one that the parser took for its own ("Rebuilding the waterfront after/mark
    the tsunami should have come first, many business owners contend")."""
    return mark.lower_ not in COMPLEMENTIZERS and mark.i > verb.i


def _leave_or_bidding(clause: Token) -> bool:
    """An infinitive with a subject after a verb of bidding (see ``_bids``): leave or a bidding given to someone, an
    act rather than a report ("allowed staff to leave early", "urged the council to delay the vote"; but "expect the
    bank to cut rates", "reckon the pound to fall")."""
    return _to_infinitive(clause) and any(
        c.dep_ == "nsubj" for c in clause.children
    ) and _bids(clause.head)


def _bids(verb: Token) -> bool:
    """A verb whose main sense takes no that-clause (WordNet's sentence frames) and that is no verb of thinking, which
    takes its judgement so ("judge the risk to be small"): it gives leave or bids someone act ("allow", "urge",
    "advise", "force")."""
    lemma = verb_lemma(verb.lower_)
    clausal = sense_in(lemma, "frame.that-clause") if lemma else None
    return (clausal is None or clausal.first_rank > 1) and verb.lower_ not in verb_class(("verb.cognition",), 2)


def _norm(clause: Token) -> bool:
    """A clause that prescribes rather than states: an infinitive whose subject is a bare plural of people, which
    a verb of expecting makes a rule of conduct, not a forecast ("(teachers expect) students to arrive on time";
    but "the bank to report"), or a subjunctive, the form of a demand ("(nurses demanded) that the hospital hire
    more staff", "that he be removed"; a base form after its subject, with no modal)."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and not _to_infinitive(clause):
        finite = _tense_carrier(clause)
        # (a verb whose past is its base ends in -t or -d, "cost", "cut", "spread": the tagger's VB may be that past)
        past_alike = finite.lower_.endswith(("t", "d"))
        return finite.tag_ == "VB" and finite.i > subj.i and not past_alike and _takes_demand(clause.head)
    return (
        _to_infinitive(clause)
        and subj is not None and subj.tag_ == "NNS" and in_class(noun_lemma(subj), "noun.person")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children)
    )


def _takes_demand(verb: Token) -> bool:
    """A verb that may take a demand in the subjunctive ("demanded that the hospital hire", "insist that he be removed",
    "recommend that patients rest"): not one whose main sense is thinking, which judges ("consider the subsidy
    scheme/VB a betrayal"), nor one whose main sense takes a that-clause and that bids with no infinitive in its first
    senses (WordNet's frames), which states ("contend that the shards found at the site predate/VB the settlement"):
    the tagger's base form there is a present tense or a noun. A plain report keeps its reading ("said the findings
    strengthen/VB the case"), which the rule judges as before."""
    lemma = verb_lemma(verb.lower_) or ""
    if in_class(lemma, "verb.cognition"):
        return False
    if verb.lower_ in verb_forms(REPORTING):
        return True
    clause = sense_in(lemma, "frame.that-clause")
    bids = any(
        (frame := sense_in(lemma, name)) is not None and frame.first_rank <= 2
        for name in ("frame.infinitive", "frame.object-infinitive")
    )
    return clause is None or clause.first_rank > 1 or bids or verb.lower_ in verb_forms(ADVISING)


def _pseudo_cleft(verb: Token, complements: frozenset[str] = frozenset({"ccomp"})) -> bool:
    """The verb of the "what"-clause of a pseudo-cleft whose other half is a clause: "what critics dispute is
    that ...", "what worries many economists is that ..."; not a definition, whose other half is a noun ("what
    economists call core inflation is the price of ...")."""
    be = verb.head
    return (
        verb.dep_ == "csubj" and be.lower_ in BE
        and any(t.lower_ == "what" for t in verb.subtree if t.i < verb.i)
        and any(c.dep_ in complements and c.i > be.i for c in be.children)
    )


def _feeling_holder(verb: Token) -> Token | None:
    """Who holds the feeling of a verb whose object feels it, when a clause says what they feel: "what
    worries many economists is that ...", "it troubles some lawmakers that ..." (the parser may take the
    object for the subject of "is")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if _pseudo_cleft(verb, frozenset({"ccomp", "attr"})):  # a feeling defines nothing: "what worries them is the cost"
        return obj or next((c for c in verb.head.children if c.dep_ == "nsubj" and verb.i < c.i < verb.head.i), None)
    it = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children)
    return obj if it and any(c.dep_ == "ccomp" and _that_clause(c) for c in verb.children) else None


def _forecasters(verb: Token, lex: Lexicon) -> bool:
    """Whether an expectation is a forecast: of a generic group of opinion ("analysts expect a rate cut", "a
    majority of economists anticipate a recession") or of anyone in the progressive, which waits for an event
    ("some investors had been expecting a larger payout"); not a demand ("most commuters expect real-time
    arrival times")."""
    if verb.tag_ == "VBG":
        return True  # a progressive (``_is_claim_form``)
    subj = _subject(verb)
    if subj is None:
        return False
    group = next((o for c in subj.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), subj)
    generic = group.lower_ in lex.vague and group.lower_ not in QUANTIFIERS | ANYONE | {"others"}  # "people expect"
    return generic or group.lower_.endswith(DISCIPLINE)


def _object_complement(verb: Token, lex: Lexicon) -> bool:
    """A verb of saying or judging with an object complement: "called it a sham", "branded the project a
    disaster" (which the parser may read as two objects); not a verb of contact's two objects ("asked him a
    question")."""
    if any(c.dep_ == "oprd" and not _named_complement(c) for c in verb.children):
        return True  # (not a name: "call the bridge the Iron Lady", "call such storms 'bomb cyclones'")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) == 1 and verb.lower_ in lex.claims and _complement_as_apposition(objects[0]):
        return True
    return len(objects) == 2 and verb.lower_ in lex.claims and verb.lower_ not in verb_forms(CONTACT) and (
        objects[1].tag_ in ("NN", "NNS") and not is_people_noun(objects[0], min_share=0.5)
        and not any(c.dep_ == "nummod" for c in objects[1].children)
    )  # not to whom: "sent the mayor a letter" (but "labeled the line a failure": a line is rarely people); nor a
    # measure, which says how far or how long: "leave the mine about 170 kilometers west of the capital"


def _complement_as_apposition(obj: Token) -> bool:
    """An object complement the parser hung on the object as an apposition, with no comma between them: "consider the
    1933 double eagle [the finest coin ever struck]" (an apposition is set off by commas or names: "the bridge, a
    landmark", "call the bridge the Iron Lady")."""
    return any(
        c.dep_ == "appos" and c.i > obj.i and obj.doc[c.left_edge.i - 1].text != "," and c.tag_ in ("NN", "NNS")
        and not any(t.tag_ in PROPER_TAGS or t.tag_ == "``" for t in (c, *c.lefts))  # (a name's words before the
        # noun, not a clause after it: "the finest coin ever struck by the US Mint")
        and not is_people_noun(obj, min_share=0.5)
        for c in obj.children
    )


def _judges(complement: Token) -> bool:
    """A complement that passes a judgement: "(is widely blamed) for", "(credited) with", "(often described) as
    reckless", "(called) a sham"; not a name ("is often called the Big Apple", "as the 'dairy cliff'") nor a
    time ("(has been documented) for decades")."""
    if complement.dep_ in ("oprd", "dobj") and _bare_term(complement):
        return False
    if complement.dep_ in ("oprd", "dobj") or complement.dep_ == "prep" and complement.lower_ == "as":
        return not _is_name(complement)
    if complement.lower_ == "with" and verb_lemma(complement.head.lower_) in RELATING:
        return False  # the second of two things related: "long associated with the city"
    return complement.dep_ == "prep" and complement.lower_ in JUDGEMENT_PREPS | {"with"} and not _not_a_reason(complement)


def _gives_term(verb: Token) -> bool:
    """A verb of naming whose one complement after it is a term (see ``_bare_term``): it tells what something is
    called ("a phenomenon traffic experts call induced/amod demand/dobj", also when the parser hung the clause before
    on the verb: "Orla deepened/ccomp ..., a process meteorologists call explosive cyclogenesis"); not "call the plan a
    sham", "call it madness", whose object is what they judge."""
    complements = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp") and c.i > verb.i]
    return len(complements) == 1 and complements[0].dep_ != "ccomp" and _bare_term(complements[0])


def _is_name(phrase: Token) -> bool:
    """A phrase that names rather than judges: a proper noun ("the Iron Lady") or a term in quotation marks
    ("the 'dairy cliff'")."""
    return any(t.tag_ in PROPER_TAGS or t.tag_ == "``" for t in phrase.subtree)


def _named_complement(noun: Token) -> bool:
    """An object complement that names: a proper noun as its head or before it ("the Iron Lady", "the Venice of the
    North") or a term in quotation marks; a name inside a phrase after a common noun only places the judgement ("call
    it the most ambitious project of its kind in Europe")."""
    head_words = (noun, *(t for left in noun.lefts for t in left.subtree))
    return any(t.tag_ in PROPER_TAGS for t in head_words) or any(t.tag_ == "``" for t in noun.subtree)


def _bare_term(complement: Token) -> bool:
    """A term given by a verb of naming: a noun with no determiner that is no noun for people ("(often) called
    kafala", "called payday loans", "dubbed black leg"); a judgement takes an article or an adjective ("called a
    disaster", "called reckless") or names people ("called thugs")."""
    return (
        verb_lemma(complement.head.lower_) in NAMES and complement.tag_ in ("NN", "NNS")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in complement.children)
        and not is_people_noun(complement, max_rank=2, min_share=0.5)
    )


def _not_a_reason(prep: Token) -> bool:
    """A "for" of a time, a date or whom something is for, not of a reason: "for decades", "for 2027", "for the
    season", "(reported results) for the latest quarter", "for the first half", "(negotiated higher wages) for its
    members" (a judgement's "for" gives a reason: "blamed for the delays"; a single period may be a noun WordNet
    files with times among its first three senses, as an accounting period comes after a fraction: "quarter",
    "half"; not "blamed the farms for the algal blooms")."""
    return prep.lower_ == "for" and any(
        o.dep_ == "pobj" and (
            o.tag_ == "CD" or o.tag_ in ("NN", "NNS") and (
                in_class(noun_lemma(o), "noun.time", max_rank=3 if o.tag_ == "NN" else 1) or is_people_noun(o)
            )
        )
        for o in prep.children
    )


def _thinking_phrase(participle: Token) -> bool:
    """A participle whose verb and the word after it make a verb of thinking that WordNet lists: "looked
    upon", "thought of"."""
    after = participle.nbor(1) if participle.i + 1 < len(participle.doc) else None
    return (
        after is not None and after.head.i == participle.i and after.dep_ in ("prep", "prt")
        and _thinking_with(participle, after)
    )


def _thinking_with(verb: Token, word: Token) -> bool:
    """Whether WordNet lists the verb with ``word`` as a verb of thinking: "see as", "look upon"."""
    lemma = verb_lemma(verb.lower_)
    return lemma is not None and in_class(f"{lemma} {word.lower_}", "verb.cognition")


def _noun_after_to(word: Token) -> bool:
    """A word the parser took for the verb of an infinitive that is no verb WordNet knows or that it tagged as a noun:
    the preposition "to" and its noun ("to/aux competition/advcl", "to/aux climate/VB change")."""
    return word.tag_ not in VERB_TAGS or verb_lemma(word.lower_) is None


def _infinitive(to: Token) -> bool:
    """A "to" the parser took for a preposition before a verb: "(examined the bones) to/IN date/VB (the burial)"."""
    return to.lower_ == "to" and any(o.dep_ == "pobj" and o.tag_ == "VB" for o in to.children)


def _takes_clause(verb: Token) -> bool:
    """A verb that may take a that-clause (WordNet's sentence frames): "report", "admit", "recall"."""
    lemma = verb_lemma(verb.lower_)
    return lemma is not None and sense_in(lemma, "frame.that-clause") is not None


def _as_adjective(word: Token, dep: str = "advcl") -> bool:
    """A complement of "as" and an adjective that the parser took for a clause with "as" as its adverb ("is widely
    regarded as/advmod beautiful/advcl"), or, with ``dep`` "amod", for an adjective of the object after it ("dismissed
    the later work as/advmod repetitive/amod"); an adverb "as" before an adjective compares only with a second "as":
    "as deep as possible"."""
    return word.dep_ == dep and word.tag_ in ADJECTIVE_TAGS and any(
        c.dep_ == "advmod" and c.lower_ == "as" and c.i == word.i - 1 for c in word.children
    ) and not any(c.dep_ in ("prep", "advcl") and c.lower_ == "as" for c in word.children)


def _as_clause(clause: Token) -> bool:
    """A phrase the parser took for a clause opened by "as": "described the talks [as stalled]"; not a clause
    with a subject ("as the storm approached")."""
    children = list(clause.children)
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in children)  # "as/advmod heroic"
    return marked and not any(c.dep_ in SUBJECT_DEPS for c in children)


def _judges_as(verb: Token) -> bool:
    """A prepositional object judged with "as": "point to the cost as proof", "look on the deal as a
    betrayal"; not a name ("refer to the bridge as the Iron Lady", "refer to it as the 'dairy cliff'", "refer to
    such events as marine heat waves")."""
    if verb_lemma(verb.lower_) in NAMING:
        return False
    objects = [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ != "as" for o in c.children if o.dep_ == "pobj"
    ]
    return any(
        obj.tag_ not in PROPER_TAGS and obj.tag_ != "PRP" and any(
            c.dep_ == "prep" and c.lower_ == "as" and not _is_name(c) for c in (*verb.children, *obj.children)
        )
        for obj in objects
    )


def _or_so(verb: Token) -> bool:
    """A verb joined to the clause before it by "or so", whose "so" stands for that clause: "(the rally will last,) or
    so many investors hope", "or so critics claim"."""
    first = verb.left_edge  # (the parser may hang "so" on the subject's quantifier: "so/advmod many")
    return verb.dep_ == "conj" and verb.head.i < first.i and first.lower_ == "so" and first.i > 0 and (
        first.nbor(-1).lower_ == "or"
    )


def _displaced_clause(verb: Token) -> bool:
    """A that-clause the parser hung on a phrase after the verb, or took for an adverbial clause: "have warned
    for months that ...", "alleged in interviews that ...", "have been complaining since September that ..." (a
    relative clause has no "that" as its marker; an adverbial one has it only after "so", "now", "such" ...)."""
    return any(
        g.dep_ in ("relcl", "acl") and _that_clause(g)
        for c in verb.children if c.dep_ == "prep" for o in c.children for g in o.children
    ) or any(
        c.dep_ == "advcl" and c.i > verb.i and _that_clause(c) for c in verb.children
    )

"""house/unattributed-claim: impersonal and personal passive hedges ("it is believed that", "is said to") and
hedge nouns ("there are fears that")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editlint.lexicon import in_class
from editlint.nlp.syntax import (
    ADJECTIVE_TAGS, AUX_DEPS, FINITE_TAGS, PROPER_TAGS, SUBJECT_DEPS, VERB_TAGS, is_people_noun, noun_lemma, verb_class,
    verb_lemma,
)

from .common import (
    ACCOUNT_CLASSES, ATTITUDES, BE, COMPARING, CONSENSUS, DEFINITE, FREQUENCY, GENERIC_DETERMINERS, GENERIC_PRONOUNS,
    HOLDER_PREPS, Lexicon, NOT_JUDGING, OBJECT_PREPS, PERFECT, PREVALENT, QUANTIFIERS, ROLES, SPREADING, TALK_NOUNS,
    VOICED, _to_infinitive,
)
from .answered import _own_appearance, _presented_in_work, _speaker_after, _spreads_in_past_event
from .claims import (
    _as_adjective, _asks, _content_that, _judges, _takes_clause, _that_clause, _thinking_phrase, _thinking_with,
)
from .groups import _is_people, _is_vague

if TYPE_CHECKING:
    from spacy.tokens import Token

DURATION_PREPS = frozenset({"since", "for", "during", "over", "throughout"})  # "for months", "during the campaign"
LEGAL = frozenset({"alleged"})  # the legal wording for a charge, as "allegedly" is (left out of `hedge-adverbs`)


def _attitude_raised(verb: Token) -> tuple[Token, Token] | None:
    """First and last token of "concerns have been raised", "questions were raised": a passive whose
    subject is an attitude, with no agent."""
    children = list(verb.children)
    subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ not in ATTITUDES or verb.lower_ not in VOICED:
        return None
    if any(c.dep_ == "agent" for c in children):
        return None
    if any(
        c.lower_ in ("no", "any") or c.dep_ in ("poss", "relcl") or c.lower_ in DEFINITE | COMPARING
        for c in subj.children
    ):
        return None  # "no concerns were raised", "their concerns were raised", "similar concerns have been raised"
        # (like those just named)
    return subj.left_edge, verb


def _held_view(adjective: Token, lex: Lexicon) -> bool:
    """An adjective of prevalence on a noun for a view or a statement that is no hedge noun of its own: "the
    prevailing view", "widespread agreement" (not "common ground", nor "widespread fears": a hit at "fears")."""
    noun = adjective.head
    return adjective.dep_ == "amod" and noun.tag_ in ("NN", "NNS") and noun.lower_ not in lex.nouns and any(
        in_class(noun_lemma(noun), name, max_rank=2) for name in ACCOUNT_CLASSES
    )


def _noun_hedge(noun: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """First and last token of "there are fears that", "concerns are growing that", "the thinking is that"
    or "there is talk of", with no named holder."""
    head = noun.head
    if any(c.lower_ in ("no", "any") for c in noun.children):
        return None  # "there is no suggestion that ..."
    if noun.dep_ == "nsubj" and _spreads_in_past_event(head):
        return None  # "as word spread that ...": when something else happened
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in HOLDER_PREPS | {"of"}):
        holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ == "of" and (
            holder is None or noun.lower_ in TALK_NOUNS or not is_people_noun(holder, max_rank=2)
        ):
            continue  # "of" names a holder only when people follow ("the consensus of the panel"), not a topic
            # ("fears of a recession"), and never after talk, whose "of" is what is talked of ("talk of a league")
        if holder is None:
            return None
        if not (_is_vague(holder, lex) or _only_places(prep, holder) or _kind_among(prep, holder, lex)):
            return None  # "fears among aid workers that ...": the holder is named
    there = next((c for c in head.children if c.dep_ == "expl" and c.lower_ == "there"), None)
    if noun.dep_ == "ROOT":  # the parser may take the noun for the root: "There is/aux growing speculation/ROOT that"
        there = next((t for t in noun.subtree if t.i < noun.i and t.dep_ == "expl" and t.lower_ == "there"), None)
    if there is None and noun.dep_ == "dobj" and head.tag_ == "VBG":  # an expletive "there" takes no verb with an
        # object: the parser took the adjective for a verb ("There are growing/VBG fears/dobj that ...")
        there = next(
            (t for a in head.children if a.dep_ in AUX_DEPS for t in a.children if t.dep_ == "expl" and t.lower_ == "there"),
            None,
        )
    if (noun.dep_ in ("attr", "ROOT") or noun.dep_ == "dobj" and head.tag_ == "VBG") and there is not None:
        placed = (g for p in noun.children if p.dep_ == "prep" for o in p.children for g in o.children)
        clause = next(  # the parser may hang the clause on a place: "speculation in the markets [that ...]"
            (c for c in (*noun.children, *placed) if c.dep_ in ("acl", "ccomp", "relcl") and _that_clause(c)), None
        )
        after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
        clause = clause or (after if after is not None and _content_that(after) else None)  # a "that" right after
        # the noun opens its clause wherever the parser hung it ("fears that the outbreak/VBP ... could spread")
        talk = noun.lower_ in TALK_NOUNS and any(c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for c in noun.children)
        return (there, noun) if clause is not None or talk else None
    if noun.dep_ != "nsubj":
        return None
    clause = next((c for c in head.children if c.dep_ == "ccomp" and _that_clause(c)), None)
    if head.lower_ in SPREADING:
        clause = clause or next((c for c in noun.children if c.dep_ == "acl" and _that_clause(c)), None)  # "fears
        # that the dam could fail have grown"
        topic = any(c.dep_ == "prep" and c.lower_ in ("about", "over") for c in (*head.children, *noun.children))
        return (noun, head) if clause is not None or topic else None  # "concerns are growing that", "... over"
    if head.tag_ in VERB_TAGS and head.lower_ not in BE and not _takes_clause(head) and not any(
        c.dep_ in ("dobj", "attr", "acomp", "oprd", "xcomp") for c in head.children
    ) and not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an", "the") for c in noun.children):
        # a verb that takes no clause leaves the clause to its noun: "word has spread that", "a consensus is
        # emerging that", "the belief persists that" (not "the report found that": "find" takes one)
        clause = clause or next((c for c in noun.children if c.dep_ == "acl" and _that_clause(c)), None)
        if clause is not None:
            return noun.left_edge, head
    if head.lower_ in ("has", "had") and head.i + 1 < len(head.doc) and head.nbor(1).lower_ == "it":
        # (the parser may take "it" for the subject of the clause)
        clause = clause or next((c for c in head.children if c.dep_ == "ccomp"), None)
        return (noun, head) if clause is not None else None  # "rumor has it (that)"
    holds = head.lower_ in ("holds", "held") and any(c.dep_ == "ccomp" for c in head.children)  # (with or without
    # "that", which the parser may take for a determiner: "holds that/DT turnout will decide")
    if (holds or _reports_clause(head, lex)) and _unowned(noun):
        return noun.left_edge, head  # "conventional wisdom holds that", "reports suggest the army has ..."
    if head.lower_ in ("is", "was") and not any(c.dep_ in ("det", "poss") and c.lower_ != "the" for c in noun.children):
        clause = clause or next((c for c in head.children if c.dep_ == "ccomp"), None)
        short = noun.left_edge.i >= noun.i - 1 or all(  # "the thinking", "word", "the general feeling"
            t.lower_ == "the" or t.lower_ in PREVALENT or t.dep_ == "amod" and t.tag_ in ADJECTIVE_TAGS
            or _shared_by_many(t, lex) or _shared_by_many(t.head, lex)
            for t in noun.doc[noun.left_edge.i : noun.i]
        )  # (an adjective leaves a view unowned: "the biggest fear is that"; not "the union's fear")
        return (noun.left_edge, head) if clause is not None and short else None
    return None


def _hedge_adverb(adverb: Token, lex: Lexicon) -> bool:
    """A hedge adverb (the ``hedge-adverbs`` option) on a clause, not in the writer's own elliptical aside ("and,
    apparently, a great deal of water")."""
    return adverb.dep_ == "advmod" and not _own_appearance(adverb, lex)


def _shared_by_many(participle: Token, lex: Lexicon) -> bool:
    """A hedge participle on a noun with an adverb of consensus, which says many hold it: "a widely held view", "the
    generally accepted view" (as "prevailing" does; not "a widely used method")."""
    return participle.dep_ == "amod" and participle.lower_ in lex.hedges and any(
        c.dep_ == "advmod" and c.lower_ in CONSENSUS for c in participle.children
    )


def _reports_clause(verb: Token, lex: Lexicon) -> bool:
    return verb.lower_ in lex.claims and any(c.dep_ == "ccomp" for c in verb.children)


def _unowned(noun: Token) -> bool:
    """A hedge noun that belongs to no one in particular: bare ("reports", "rumor") or a view held by many
    ("conventional wisdom", "the prevailing view"); not "the report", "her fear"."""
    before = [c for c in noun.children if c.i < noun.i]
    prevalent = any(c.lower_ in PREVALENT for c in before)
    return all(c.lower_ in PREVALENT or c.lower_ == "the" and prevalent for c in before)


def _only_places(prep: Token, holder: Token) -> bool:
    """A holder that places a view rather than names who holds it: "the thinking in the industry", "fears
    within the government", "speculation in the markets", or a place's name ("the thinking in Whitehall", "in Dar es
    Salaam", which WordNet files as places); not "fears among aid workers", "in the Treasury"."""
    if prep.lower_ not in ("in", "within"):
        return False
    if holder.tag_ in PROPER_TAGS:
        name = " ".join(t.lower_ for t in holder.subtree if t.tag_ in PROPER_TAGS)
        return in_class(name, "name.location", max_rank=3)
    things = holder.tag_ == "NN" or holder.tag_ == "NNS" and not is_people_noun(holder)  # "in the markets"
    return things and not any(t.tag_ in PROPER_TAGS for t in holder.subtree)


def _kind_among(prep: Token, holder: Token, lex: Lexicon) -> bool:
    """A bare plural of people that a present "there is ... among" credits with a view, as a whole kind, as
    "investors sense that" does: "there is a sense among investors that"; not "among the investors", "among
    aid workers" outside "there is", "among police" (a role), "among voters at the rally" (placed)."""
    be = prep.head.head
    return (
        prep.lower_ == "among" and prep.head.dep_ == "attr" and be.lower_ in BE and be.tag_ in ("VBZ", "VBP")
        and holder.tag_ == "NNS" and holder.lower_ not in ROLES and _is_people(holder, lex)
        and all(c.dep_ in ("amod", "compound") and c.tag_ not in PROPER_TAGS for c in holder.children)
    )


def _reduced_relative(participle: Token) -> bool:
    """A participle that describes a noun without "is": "the fort, considered the oldest, ...", "a man
    believed to be the gunman"; the parser may take it for a finite verb set off by a comma ("The company,
    said to be worth $2 billion, is ...", which no finite verb after a lone comma could be)."""
    if _lends_subject(participle):
        return True
    if participle.dep_ == "acl" and participle.tag_ in ("VBN", "VBD"):
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in participle.children)  # a relative clause the parser hung
        # as a participle: "a contract that workers viewed/acl as worth the dues"
        return not own_subject and not _stands_for_any(participle.head)
    if participle.dep_ == "advcl" and participle.tag_ in ("VBN", "VBD") and participle.i < participle.head.i:
        # a participle that opens the sentence describes its subject: "Believed to be the oldest, the oak ..."
        return participle.left_edge.is_sent_start and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in AUX_DEPS or c.dep_ == "mark" for c in participle.children
        )
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    return (
        participle.tag_ == "VBD" and before is not None and before.text == ","
        and any(c.dep_ == "nsubj" and c.i < before.i for c in participle.children)
        and any(c.dep_ == "xcomp" and c.left_edge.lower_ == "to" for c in participle.children)
        and _verb_after_aside(participle)
    )


def _lends_subject(participle: Token) -> bool:
    """A participle with an infinitive that the parser took for the verb of the noun before it, while a later finite
    verb that it hung on the participle (or the participle on it) has no subject of its own: the noun is that verb's
    subject and the participle only describes it ("A man thought to be the leader was arrested", "The wreck,
    believed to date from 1550, was found")."""
    if participle.tag_ not in ("VBD", "VBN") or not any(
        c.dep_ == "nsubj" and c.i < participle.i for c in participle.children
    ):
        return False
    if not any(c.dep_ == "xcomp" and c.left_edge.lower_ == "to" or c.i == participle.i + 1 and c.lower_ == "to"
               for c in participle.children):
        return False  # only an infinitive makes the participle a hedge on the noun ("believed to be", "believed
        # to/prep date"); "a class of antibiotics often reserved as a last line of defence, remained" is an aside
    if participle.dep_ == "advcl" and participle.head.i > participle.i:
        later = participle.head
    else:
        later = next((c for c in participle.children if c.dep_ in ("ccomp", "conj") and c.i > participle.i), None)
    if later is None or any(t.dep_ == "cc" for t in participle.doc[participle.i : later.i]):
        return False  # a verb joined by "and" shares the subject: "He claimed to be a doctor and was arrested"
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in later.children) and (
        later.tag_ in FINITE_TAGS or any(c.dep_ in AUX_DEPS and c.tag_ in FINITE_TAGS for c in later.children)
    )


def _verb_after_aside(participle: Token) -> bool:
    """Whether a finite verb follows a comma after ``participle``, as the sentence's verb follows a participle set
    off by commas ("The company, said to be worth $2 billion, is ..."); a finite verb after the comma that closes
    an aside has none ("The customer, a small cooperative, agreed to discuss its experience.")."""
    after = participle.doc[participle.i + 1 : participle.sent.end]
    comma = next((t.i for t in after if t.text == ","), None)
    return comma is not None and any(t.tag_ in FINITE_TAGS for t in after if t.i > comma)


def _extraposed(participle: Token) -> bool:
    """A clause opened by "that" that the parser hung as a relative clause on the object of a phrase of time after
    the participle: "it had been rumored since the summer that she ...", "it was claimed during the campaign that
    ..." (the clause an "it" before a passive of saying stands for; a place or an occasion says where it was said:
    "it was agreed at the summit that ...", "noted in the minutes")."""
    return any(
        g.dep_ in ("relcl", "acl") and g.left_edge.lower_ == "that"
        and (c.lower_ in DURATION_PREPS or in_class(noun_lemma(o), "noun.time", max_rank=2))
        for c in participle.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj" for g in o.children
    )


def _parenthetical_it(it: Token, participle: Token) -> bool:
    """"It" opening an aside set off by commas that the parser hung on the noun before it: "The verdict, it is widely
    believed/acl, will be overturned" (the impersonal hedge on the clause around it, as a parataxis is)."""
    return participle.dep_ in ("acl", "relcl") and it.i > 0 and it.nbor(-1).text == "," and (
        participle.i + 1 < len(participle.doc) and participle.nbor(1).text == ","
    )


def _as_noun_to(clause: Token) -> bool:
    """A complement with "as" that the parser took for a clause because an infinitive follows its noun: "is seen as
    the frontrunner/nsubj to succeed/advcl the chairman" (a clause opened by "as" has a finite verb: "as the economy
    slows")."""
    as_mark = any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
    return clause.dep_ == "advcl" and as_mark and _to_infinitive(clause)


def _stands_for_any(noun: Token) -> bool:
    """A noun that stands for whatever fits its description, so a participle after it defines rather than
    claims: "any work considered subversive", "those presumed exposed", "anyone thought to be at risk", or a bare
    plural the participle restricts without a comma ("providers of models deemed to pose systemic risk")."""
    bare = noun.tag_ == "NNS" and noun.i + 1 < len(noun.doc) and noun.nbor(1).text != "," and not any(
        c.dep_ in ("det", "poss", "nummod") or c.lower_ in QUANTIFIERS for c in noun.children
    )
    return bare or noun.lower_ in GENERIC_PRONOUNS or any(
        c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in noun.children
    )


def _known_kind(participle: Token) -> bool:
    """"known" right after a noun of things, without a comma: a restrictive participle that picks out the things with
    a known property ("28 genes known to give bacteria resistance", "two pesticides known to harm bees"), as a
    relative clause would; "known" vouches for what it says (not "two men believed to be the gunmen", "the fort,
    known to be the oldest", "a man known to be violent": a claim about a person)."""
    noun = participle.head
    return (
        participle.lower_ == "known" and participle.dep_ == "acl" and participle.i == noun.i + 1
        and noun.tag_ in ("NN", "NNS") and not is_people_noun(noun, max_rank=2)
    )


def _estimates_quantity(participle: Token) -> bool:
    """"estimated to" with an infinitive of state (WordNet's verb.stative in its main sense: cost, be, number, last)
    that states a figure, not widely or often: an estimate of a quantity is a measurement the reporting body makes,
    not a view someone hides ("is estimated to cost $3 million"; not "is estimated to have infected 40 percent",
    an event, nor "is widely estimated to cost billions", nor "is estimated to be worth a fortune")."""
    if participle.lower_ != "estimated" or any(c.lower_ in CONSENSUS | FREQUENCY or c.dep_ == "agent" for c in participle.children):
        return False
    return any(
        c.dep_ == "xcomp" and in_class(verb_lemma(c.lower_) or c.lower_, "verb.stative")
        and any(t.like_num or t.tag_ == "$" for t in c.subtree if t.i > c.i)
        for c in participle.children
    )


def _none(subj: Token) -> bool:
    """A subject that counts nothing: "nobody", "no one", "none", "no injuries"."""
    return subj.lower_ in ("nobody", "none") or any(c.lower_ == "no" for c in subj.children)


def _vague_by(participle: Token, lex: Lexicon) -> bool:
    """A vague agent the parser hung on a word after the participle: "was branded a failure [by some
    lawmakers]", "is expected [by many] to fail"."""
    return any(
        t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.head.i != participle.i
        and any(o.dep_ == "pobj" and _is_vague(o, lex) for o in t.children)
        for t in participle.subtree if t.i > participle.i
    )


def _names_agent(child: Token, lex: Lexicon) -> bool:
    """An agent that names who holds the view: "by the council"; not "by many", "by some critics". The
    parser may hang it on an active infinitive, which has no agent of its own: "considered safe to drink by
    the health department"."""
    if child.dep_ == "agent":
        by = child
    elif child.dep_ in ("xcomp", "oprd", "acomp"):
        by = next(
            (
                t for t in child.subtree
                if t.lower_ == "by" and t.dep_ in ("prep", "agent")
                and not any(c.dep_ == "auxpass" for c in t.head.children)
                and any(o.dep_ == "pobj" and (o.tag_ in PROPER_TAGS or _is_people(o, lex)) for o in t.children)
            ),
            None,
        )
    else:
        return False
    return by is not None and not any(o.dep_ == "pobj" and _is_vague(o, lex) for o in by.children)


def _reported_in_aside(participle: Token, pronoun: Token) -> bool:
    """A hedge with an infinitive in a relative clause set off by a comma, which adds an unsourced report about a noun
    already named ("Ticket sales, which are thought to have topped 40,000, ...", "the captain, who is said to have
    ignored two warnings,"); not a judgement as something, which copy lets describe ("utility stocks, which are often
    seen as safer bets", "a graft, which is considered the gold standard"), nor "alleged", the legal wording for a
    charge ("the defendant, who is alleged to have directed the plot")."""
    aside = pronoun.lower_ in ("which", "who") and pronoun.i > 0 and pronoun.nbor(-1).text == ","
    return aside and participle.lower_ not in LEGAL and any(
        c.dep_ == "xcomp" and _to_infinitive(c) for c in participle.children
    )


def _hedge(participle: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """First and last token of "it is (widely) believed", "is said to" or "is considered (safe)", without
    an agent. Any verb of saying or judging makes the impersonal "it is ... that" ("it is held that", "it
    was predicted that"), and with *widely* a verb of judging ("is widely criticized"); other personal forms
    take the `hedges` participles."""
    phrasal = _thinking_phrase(participle)  # "is looked upon as", "is thought of as"
    listed = participle.lower_ in lex.hedges or phrasal
    if not listed and participle.lower_ not in lex.claims and participle.lower_ not in lex.criticism:
        return None
    children = list(participle.children)
    passive = any(c.dep_ == "auxpass" for c in children)
    if not (passive or _reduced_relative(participle)) or any(_names_agent(c, lex) for c in children):
        return None
    if _presented_in_work(participle, lex) or _speaker_after(participle, lex):
        return None  # the works that present it, a speaker or an account that reports the clause after it
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in children) or any(
        c.dep_ == "ccomp" and _asks(c) for c in children
    ):
        return None  # a question asserts nothing: "to know if anyone is considered a close contact", "it is not
        # known how many ..."
    first = min(
        (c for c in children if c.dep_ in ("aux", "auxpass", "advmod") and c.i < participle.i),
        key=lambda c: c.i,
        default=participle,
    )
    subj = next((c for c in children if c.dep_ in ("nsubjpass", "expl")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and not _reported_in_aside(participle, subj):
        return None  # "what is considered a close contact", "items that are considered unsafe": a definition
    if subj is not None and _none(subj):
        return None  # a report of nothing: "Nobody was reported to have been injured", "no one is thought to be missing"
    if _to_infinitive(participle):
        return None  # an infinitive asserts nothing: "do not want it to be seen as ..."
    after = participle.nbor(1) if participle.i + 1 < len(participle.doc) else None
    if subj is not None and subj.lower_ == "it" and (
        any(c.dep_ == "ccomp" for c in children) or participle.dep_ == "parataxis" or _extraposed(participle)
        or after is not None and after.lower_ == "that" and after.tag_ == "IN"  # (the parser may take the "that"
        or _parenthetical_it(subj, participle)
    ):  # for a preposition) "it is believed that ...", "the law, it is feared, will ..."
        if any(c.tag_ == "MD" for c in children):
            return None  # the writer's own aside: "it should be noted that", "it must be said that"
        return subj, participle
    if not listed:  # a judgement many share: "has been widely criticized", "is widely credited with"
        judgement = any(_judges(c) for c in children if c.dep_ != "dobj" or passive)  # "is widely credited with",
        # "widely blamed for" (an object is a complement only after "be": "was branded/VBN a failure/dobj")
        disapproved = participle.lower_ in lex.criticism and subj is not None and subj.tag_ in ("NN", "NNS") and any(
            in_class(noun_lemma(subj), name, max_rank=2) for name in ACCOUNT_CLASSES
        )  # "the film has been widely panned" (not "the convoy was repeatedly attacked")
        shared = (participle.lower_ in lex.judging or disapproved or judgement) and (
            any(c.lower_ in CONSENSUS | FREQUENCY or c.dep_ == "agent" for c in children) or _vague_by(participle, lex)
        )  # by many: "widely", "often", "by some" (a named agent returned above)
        appraised = participle.lower_ in lex.appraisal and passive and any(
            _judges(c) for c in children if c.dep_ in ("oprd", "dobj") or c.dep_ == "prep" and c.lower_ == "as"
        ) and not any(t.lower_ == "by" for t in participle.subtree if t.i > participle.i)
        # praise or blame as something is a judgement with no judge: "was hailed as a breakthrough", "branded a
        # failure" (not the reason alone: "the group is criticized for its tactics", where the critics are known;
        # nor with a "by" the parser hung on the complement: "was hailed as a taxi by the driver")
        return (first, participle) if shared or appraised else None
    if participle.lower_ == "expected" and not (
        any(c.lower_ in CONSENSUS or c.dep_ == "agent" for c in children) or _vague_by(participle, lex)
    ):
        return None  # a schedule: "the vote is expected to take place on Thursday" (not "is expected by many to")
    if _estimates_quantity(participle):
        return None  # a figure, not a view: "the plan, estimated to cost $40 million", "is estimated to be 900 years old"
    if participle.lower_ in NOT_JUDGING and any(c.dep_ == "aux" and c.lower_ in PERFECT for c in children):
        return None  # the idiom for what has happened at times: "has been known to deliver seed on request"
    if _known_kind(participle):
        return None  # "28 genes known to give bacteria resistance": a class of things picked out by what is known
    to = next(  # (past an adverb: "is said never to run dry")
        (a for c in children if c.dep_ == "xcomp" for a in c.children if a.dep_ == "aux" and a.lower_ == "to"), None
    )
    if to is None and participle.lower_ not in NOT_JUDGING and participle.lower_ in verb_class(("verb.cognition",), 2):
        # no one believes or thinks *to* someone: the parser's preposition is an infinitive ("believed to/prep date")
        to = next((c for c in children if c.dep_ == "prep" and c.lower_ == "to" and c.i == participle.i + 1), None)
    if to is not None:
        return first, to  # was believed to be ...
    by_whom = [g for c in children if c.dep_ == "agent" for o in c.children for g in o.children]  # "by many as"
    judging = participle.lower_ in verb_class(("verb.cognition",), 2) or phrasal or any(
        g.dep_ == "prep" and _thinking_with(participle, g) for g in by_whom
    )  # the phrase split by its agent: "is seen by many as"
    if judging and participle.lower_ not in NOT_JUDGING and any(
        c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and c.lower_ == "as") or _as_noun_to(c) or _as_adjective(c)
        for c in (*children, *by_whom)
    ):
        return first, participle  # is considered safe, is seen as ...
    return None

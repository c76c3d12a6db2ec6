"""house/unattributed-claim: named sources, accounts and "according to", which vouch for a claim."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from editlint.lexicon import in_class
from editlint.nlp.syntax import (
    FINITE_TAGS, NOUN_TAGS, PROPER_TAGS, SUBJECT_DEPS, VERB_TAGS, clause_verb, has_link, is_people_noun, noun_lemma,
    verb_class,
)

from .common import (
    ACCOUNT_CLASSES, ADDING, ANYONE, CITING, CLAIM_TAGS, DEFINITE, Lexicon, NAMED_SOURCE, POLLS, PUBLISHING_PREPS,
    QUANTIFIERS, REPORTED_DEPS, SEPARATE_DEPS, _coordinated_clause, _in_aside, _subject,
)
from .claims import _states_claim, _that_clause
from .groups import _bare_people, _generic_holders, _is_people, _is_vague, _is_vague_source
from .hedges import _reduced_relative

# The wording that explains why a source is not named, which news style asks for with every anonymous source:
# "who spoke on condition of anonymity", "speaking anonymously", "who asked not to be named", "declined to be
# identified", "was not authorized to discuss the talks".
ANONYMITY = re.compile(
    r"\banonym|\bnot (?:to )?(?:be )?(?:named|identified)\b|\bdeclined to be (?:named|identified)\b"
    r"|\bnot (?:authori[sz]ed|permitted|allowed) to (?:speak|talk|comment|discuss|brief)",
    re.IGNORECASE,
)

# How a phrase after a closing speaker's verb hangs on it: when, where, how ("said on Tuesday", "in a statement",
# "later", and "by phone", which the parser may take for a passive's agent).
CLOSING_PHRASE_DEPS = frozenset({"prep", "npadvmod", "advmod", "agent"})
# Tags of the words that join a clause rather than set off a speaker: "and", "but", "whatever", "which", "when".
JOINING_TAGS = frozenset({"CC", "WDT", "WP", "WP$", "WRB"})

# The modals of the future, a closed class ("wo" as in "won't")
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from editlint.document.model import Document
    from editlint.nlp.pipeline import ParsedBlock


def _cites_account(verb: Token) -> bool:
    """Whether the claim cites a named or definite account for itself: "some experts, citing a 2019 study by
    Harvard researchers, say ...", "critics say ..., citing the auditor's report" (not "citing rumors"), or is
    made in one: "in a study published in Nature, researchers reported ...", "writing in The Lancet, doctors
    said ..." (not "in a recent study", "in interviews")."""
    return any(
        t.lower_ in CITING and t.dep_ in ("advcl", "acl")
        and any(_names_account(o) for o in t.children if o.dep_ == "dobj")
        for t in verb.subtree
    ) or any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and _published_in(o) for o in p.children)
        for c in (verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"))
        for p in c.children
    )


def _published_in(noun: Token) -> bool:
    """An account named by its title, publisher or author, or a publication by its name: "a study published in
    Nature", "a report by the World Bank", "a letter to the Financial Times", "The Lancet"."""
    if noun.tag_ in PROPER_TAGS:
        return noun.dep_ == "pobj" and noun.head.head.tag_ == "VBG"  # "writing in The Lancet" (not "in Ohio")
    aside = {
        t.i for c in noun.children
        if any(g.dep_ in SUBJECT_DEPS for g in c.children) or c.dep_ == "prep" and c.lower_ not in PUBLISHING_PREPS
        for t in c.subtree
    }  # (not a name in a clause the parser hung on it, "in interviews [that supervisors at the Dayton plant ...]",
    # nor whom it was given to: "in interviews with the Guardian", "in a letter to the Financial Times")
    return any(in_class(noun_lemma(noun), name, max_rank=3) for name in ACCOUNT_CLASSES) and any(
        t.tag_ in PROPER_TAGS and t.i not in aside for t in noun.subtree
    )


def _names_account(noun: Token) -> bool:
    """An account with a named source ("data from the Labor Department") or a definite one ("the auditor's
    report", "a study by the state university"); not "rumors", "unnamed reports"."""
    if noun.tag_ not in ("NN", "NNS"):
        return False
    if any(t.tag_ in PROPER_TAGS for t in noun.subtree):
        return True
    authors = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children]
    return any(in_class(noun_lemma(noun), name, max_rank=2) for name in ACCOUNT_CLASSES) and any(
        c.dep_ == "poss" or c.lower_ in DEFINITE for t in (noun, *authors) for c in t.children
    )  # (or whose author is definite: "a study by the state university")


def _names_source(sent: Span, lex: Lexicon) -> str | bool:
    """Whether ``sent`` names a source (see ``_named_sources``): "lead-in" when it ends in ":"."""
    if not _named_sources(sent, lex):
        return False
    return "lead-in" if sent.text.rstrip().endswith(":") else True


def _named_sources(
    sent: Span, lex: Lexicon, claimed: set[int] | None = None, heads: set[int] | None = None
) -> list[Token]:
    """The clauses of ``sent`` that name a source: the verb of a named speaker, and the clause an "according
    to" a named source belongs to. A speaker inside the claim (token ids ``claimed``) is not its source:
    "critics say the plan, which the mayor announced, ...", nor one who reports only a later clause than the
    claim's verbs (``heads``)."""
    sources = []
    if NAMED_SOURCE in sent.text.lower():
        for tok in sent:
            source = _according_to(tok)
            if tok.lower_ == "according" and (
                source is None or not (_is_vague_source(source, lex) or _bare_people(source, lex))
            ):
                # "according to the fire department"; not "to some economists"; set off at the end of the
                # sentence it credits the whole sentence, wherever the parser hangs it
                sources.append(sent.root if _closes(tok, source, sent) else _clause_head(tok))
    for tok in sent:
        reports = tok.lower_ in lex.reporting and not any(c.lower_ == "to" for c in tok.children)  # (not "is said to")
        said = tok.tag_ in CLAIM_TAGS and not _reduced_relative(tok) and not _yet_to_say(tok)
        if (reports or _tells_clause(tok) or _quotes_words(tok)) and said:
            if claimed and tok.i in claimed or heads and tok.i in heads:
                continue  # inside the claim, or the claim itself ("conventional wisdom says")
            if heads and _reports_last_clause(tok, heads) or tok.lower_ in ADDING and any(
                c.dep_ == "dobj" for c in tok.children
            ):
                continue  # "yet employers added 240,000 jobs": "add" with an object says nothing
            subj = _subject(tok)
            if subj is not None and subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                subj = tok.head  # who speaks in a relative clause: "the mayor, who said ..."
            if subj is not None and subj.lower_ not in ANYONE | {"it", "who"} and not _is_vague_source(subj, lex):
                sources.append(tok)
    return sources


def _yet_to_say(verb: Token) -> bool:
    """A report in the future, which its speaker has not made: "the airline will announce job cuts on Monday,
    according to people familiar with the matter" (the vague source tells what the named one is yet to say)."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


def _tells_clause(verb: Token) -> bool:
    """A verb of communication (WordNet's verb.communication, main sense) that reports a clause, as "say" does: "warned
    colleagues that", "informed the delegates that", "admitted to aides that", also a clause the parser hung inside a
    phrase after the verb ("confessed to a cellmate that/mark he had set/acl the fire", "warned actors on set/pcomp
    that the shoot would run/ccomp late"), or took for a relative clause of time with "that" and a subject of its own
    ("warned his players at half-time that/advmod anyone ... would be substituted/relcl"), or hung on the person told
    ("assured the trade mission that/mark the quotas would be lifted/relcl"): a named speaker's words, which a hedge on
    the verb only doubts were said ("Ms Novak reportedly warned colleagues in an email that ...")."""
    if verb.lower_ not in verb_class(("verb.communication",)):
        return False
    misplaced = (t for p in verb.children if p.dep_ == "prep" for t in p.subtree if t.head.i != p.i)
    told = (
        c for o in verb.children if o.dep_ in ("dobj", "dative") for c in o.children if c.dep_ in ("acl", "relcl")
    )
    return any(c.dep_ == "ccomp" for c in verb.children) or any(
        t.dep_ == "ccomp" or t.dep_ in ("acl", "relcl") and (_that_clause(t) or _opens_with_that(t)) for t in misplaced
    ) or any(_that_clause(c) for c in told)


def _quotes_words(verb: Token) -> bool:
    """A verb whose clause is a quotation: whatever its class, it reports the speaker's words ("\"...,\" the judge
    observed", "the coach fumed: \"...\""), as "say" does; not a clause that only holds a quoted term ("observed that
    the 'ghost stations' had reopened")."""
    doc = verb.doc
    return any(
        c.dep_ == "ccomp" and (c.left_edge.is_quote or c.left_edge.i > 0 and doc[c.left_edge.i - 1].is_quote)
        for c in verb.children
    )


def _opens_with_that(clause: Token) -> bool:
    """A clause opened by "that" that has a subject of its own, which no relative pronoun "that" leaves it."""
    return clause.left_edge.lower_ == "that" and any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _closes(according: Token, source: Token | None, sent: Span) -> bool:
    """Whether "according to" ``source`` is set off at the end of ``sent``, or before a phrase with no clause of
    its own ("..., according to CME data, after two cuts")."""
    last = source.right_edge.i + 1 if source is not None else according.i + 2
    after = sent.doc[last : sent.end]
    phrase = after[0].text == "," and not any(t.dep_ in SUBJECT_DEPS for t in after) if after else False
    return according.i > sent.start and according.nbor(-1).text == "," and (all(t.is_punct for t in after) or phrase)


def _closing_attribution(sent: Span, lex: Lexicon, heads: set[int]) -> bool:
    """Whether ``sent`` ends in a named source's verb of saying or finding, set off by a comma, which credits
    the whole sentence: "..., a survey by the county found.", "..., the agency said." (the parser may hang it
    anywhere inside the claim); not a vague one ("..., many lawyers believe."), nor one that reports only the
    last of coordinated clauses while an earlier one is the claim (verbs ``heads``, see ``_reports_last_clause``), nor a
    clause joined by a conjunction ("..., and the mayor agreed.", "..., unless both sides agree.")."""
    verb = _closing_verb(sent, lex)
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _speaker_hung_before(verb, sent)
    if subj is None:
        return False
    comma = next((t for t in reversed(sent[: subj.i - sent.start]) if t.text == ","), None)  # (before the speaker, and
    # its name set beside it: "..., its matron, Clare Dunn, said")
    if comma is None or not any(t.tag_ in FINITE_TAGS for t in sent[: comma.i - sent.start]):
        return False  # (a speaker closes a clause: not the subject after an opening phrase, "According to reports,")
    if any(t.tag_ in VERB_TAGS or t.tag_ in JOINING_TAGS or t.dep_ == "mark" for t in verb.doc[comma.i + 1 : verb.i]):
        return False  # (the words after the comma, not the subject's subtree: the parser may hang the claim on it; a
        # clause joined by a conjunction tells something of its own: "..., but the governor disagreed.", "..., unless
        # both sides agree.", "..., whatever their trade body says.")
    if subj.lower_ in ANYONE | {"it", "who"} or _is_vague_source(subj, lex) or _generic_holders(subj, verb, lex):
        return False
    if _reports_last_clause(verb, heads):
        return False
    return any(verb.lower_ in forms for forms in (lex.reporting, lex.claims, lex.not_claiming))


def _closing_verb(sent: Span, lex: Lexicon) -> Token | None:
    """The finite verb that closes ``sent``: its last word, or the last verb, one of plain reporting, when only phrases
    of its own follow it, of time, place or manner, or the person or body told, with no verb among them ("..., its chief
    executive, Ken Murphy, said on Tuesday.", "..., told the BBC.", "..., wrote in a letter to governors."; not "...,
    the agency ignored the warnings.", "..., a trend they link to a warming climate.")."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    verb = next((t for t in reversed(words) if t.tag_ in VERB_TAGS), None)
    if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    after = [t for t in words if t.i > verb.i]
    if after and (verb.lower_ not in lex.reporting or not all(verb in t.ancestors for t in after)):
        return None
    return verb if all(t.dep_ in CLOSING_PHRASE_DEPS or _told(t) for t in after if t.head.i == verb.i) else None


def _told(obj: Token) -> bool:
    """The person or body a closing speaker told: "told the BBC", "told reporters", "told the conference"."""
    return obj.dep_ in ("dobj", "dative") and (obj.tag_ in PROPER_TAGS or is_people_noun(obj, max_rank=2))


def _speaker_hung_before(verb: Token, sent: Span) -> Token | None:
    """The noun phrase between a comma and a closing verb of saying without a subject, which the parser hung on the
    words before that comma ("..., the Nigeria Centre for Disease Control/appos said.", "because of its tall windows,
    its matron/conj, Clare Dunn, said."): the verb's speaker, whom the comma sets off from the claim, and a name set
    beside it by another comma belongs to it. No verb may come between."""
    if verb.i == sent.start or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    phrase = doc[verb.i - 2] if verb.nbor(-1).text == "," and verb.i - 2 >= sent.start else verb.nbor(-1)
    while phrase.head.i < verb.i and phrase.left_edge.i > sent.start and doc[phrase.left_edge.i - 1].text != ",":
        phrase = phrase.head  # up to the phrase the comma opens: "for Disease Control" is part of "the ... Centre"
    if phrase.dep_ == "appos" and phrase.head.left_edge.i > sent.start and doc[phrase.head.left_edge.i - 1].text == ",":
        phrase = phrase.head  # the speaker named beside it: "its matron, Clare Dunn"
    if phrase.tag_ not in NOUN_TAGS or doc[phrase.left_edge.i - 1].text != ",":
        return None
    return None if any(t.tag_ in VERB_TAGS for t in doc[phrase.left_edge.i : verb.i]) else phrase


def _closing_account(sent: Span, lex: Lexicon, claim: Token) -> bool:
    """Whether ``sent`` closes with "according to" a named source (see ``_closes``), which credits what a group
    said or expected, or a hedge, in any clause but a coordinated one, also in a relative clause ("..., below the 96
    cents analysts had expected, according to a survey by FactSet.", "items collected under circumstances that would
    be considered unethical, according to the exhibition text"; not "..., but some analysts doubt it will last,
    according to Reuters."; nor a claim about the account itself: "..., according to ONS data, which economists have
    attributed to ...")."""
    clause = _clause_head(claim)
    while clause.dep_ == "xcomp":  # (the infinitive of a hedge: "but it is widely expected [to be challenged]")
        clause = _clause_head(clause.head)
    if NAMED_SOURCE not in sent.text.lower() or _coordinated_clause(clause) or _in_aside(claim):
        return False
    return any(
        tok.lower_ == "according" and (source := _according_to(tok)) is not None
        and not (_is_vague_source(source, lex) or _bare_people(source, lex)) and _closes(tok, source, sent)
        and not tok.i < claim.i <= source.right_edge.i
        for tok in sent
    )


def _clause_head(tok: Token) -> Token:
    """The verb of the clause ``tok`` belongs to (the root for a token outside any verb's clause)."""
    while tok.dep_ not in REPORTED_DEPS | SEPARATE_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return clause_verb(tok)


def _covers(source: Token, claim: Token) -> bool:
    """Whether a named source (see ``_named_sources``) vouches for the claim ending at ``claim``: the claim
    is its clause, or anywhere in what it reports ("the mayor said many voters believe ...", "she said the
    plan, which many lawmakers criticized, ...", "critics say ..., the mayor said"); not a claim in a clause
    of its own ("the company said profit fell, and some analysts
    predicted ...", "while the governor insists ..., critics argue ...", "a plan, which opponents say ...")."""
    verb = _clause_head(claim)
    if verb.i == source.i or _within_parenthetical_report(source, verb):
        return True
    if _second_report(source, verb):
        return True
    if _semicolon_between(verb, source):
        return False  # a clause of its own: "many scholars had assumed it a forgery; the catalogue still describes ..."
    below, above = (verb, source) if source in verb.ancestors else (source, verb)
    if below.i == above.i or above not in below.ancestors:
        return False
    path = []  # the dependencies from the lower clause up to the higher one
    while below.i != above.i:
        path.append(below.dep_)
        below = below.head
    if above.i == source.i:  # the claim anywhere inside what the source reports
        return path[-1] in REPORTED_DEPS
    return path[0] == "parataxis" and all(dep in REPORTED_DEPS for dep in path)  # "..., the mayor said, ..."


def _second_report(source: Token, verb: Token) -> bool:
    """A second clause the source reports, which "that" opens and the parser joined to the verb of saying itself ("the
    judge said prosecutions had risen, and that/mark many riders appeared/conj not to understand ..."): a clause of its
    own never opens with "that"."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # (the verb that carries the clause: "appeared not to understand")
    return verb.dep_ == "conj" and verb.head.i == source.i and _that_clause(verb)


def _semicolon_between(verb: Token, source: Token) -> bool:
    """Whether a semicolon stands between the clause of ``verb`` and a source after it: a report never reaches back
    across one, wherever the parser hangs the clause before it."""
    doc = verb.doc
    return verb.i < source.i and any(t.text == ";" for t in doc[verb.right_edge.i + 1 : source.i])


def _within_parenthetical_report(source: Token, verb: Token) -> bool:
    """A speaker set off inside the sentence it reports ("In this case, Gilliland said, a supervisor allowed the chase
    to continue because the suspects were believed to be ..."): the claim's clause hangs on the reported root by any
    path but a coordinated clause or an aside on a noun, which the speaker does not vouch for ("..., the mayor said,
    and some analysts predicted ...", "the plan, which critics say ...")."""
    root = source.head
    if source.dep_ != "parataxis" or root not in (verb, *verb.ancestors):
        return False
    if source.left_edge.text != "," or source.right_edge.text != ",":
        return False  # (set off by commas on both sides: inside the sentence, not closing it)
    while verb.i != root.i:
        if verb.dep_ in ("conj", "relcl", "acl"):
            return False
        verb = verb.head
    return True


def _reports_last_clause(report: Token, heads: set[int]) -> bool:
    """Whether ``report``, after coordinated clauses, reports only the last while an earlier one is a claim
    (its verb in ``heads``): "Many economists have been predicting a slowdown, yet employers added 240,000
    jobs, the department reported" (the department reported the jobs, not the prediction)."""
    reported = [c for c in report.children if c.dep_ == "ccomp" and c.i < report.i]
    clauses = [*reported, *(c for r in reported for c in r.children if c.dep_ == "conj")]
    clauses = sorted((c for c in clauses if any(g.dep_ in SUBJECT_DEPS for g in c.children)), key=lambda c: c.i)
    return len(clauses) > 1 and any(c.i in heads for c in clauses[:-1])


def _content(head: Token) -> set[int]:
    """Token ids of the clause ``head`` reports: "say [the plan will fail]"."""
    return {t.i for c in head.children if c.dep_ == "ccomp" for t in c.subtree}


def _cites_link(doc: Document, pb: ParsedBlock, sent: Span, head: Token) -> bool:
    """Whether ``sent`` holds a link outside what ``head`` reports (a link inside the claim is part of it)."""
    content = _content(head)
    outside = [tok for tok in sent if tok.i not in content]
    runs = [[tok for _, tok in run] for _, run in itertools.groupby(enumerate(outside), key=lambda p: p[1].i - p[0])]
    return any(has_link(doc, pb, run[0], run[-1]) for run in runs)


def _explains_anonymity(sent: Span, first: Token, last: Token) -> bool:
    """Whether ``sent`` says why the source from ``first`` to ``last`` is not named ("A person familiar with the
    talks, who spoke on condition of anonymity because they are private, said ..."): a particular informant unnamed
    by the rules of the trade, not a vague share of a group ("some economists, who declined to be named, say")."""
    share = any(t.lower_ in QUANTIFIERS for t in sent.doc[first.i : last.i + 1])
    return not share and ANONYMITY.search(sent.text) is not None


def _within_named_account(head: Token, lex: Lexicon) -> bool:
    """Whether the claim is part of a named account: the clause of a verb with a named or definite subject
    ("the report found that many nurses believe ...", "most said ..., the survey found") or a poll, of the verb
    or of its subject ("in a Gallup poll, many voters said ...", "most economists in a Reuters survey expect")."""
    verb = head
    while verb.dep_ == "ccomp" and verb.head.i != verb.i and not _reports_last_clause(verb.head, {verb.i}) and (
        not _semicolon_between(verb, verb.head)
    ):
        verb = verb.head
        subj = _subject(verb)
        if subj is not None and subj.lower_ not in ("it", "who") and not _is_vague_source(subj, lex):
            return True
    subj = _subject(head)
    return _in_poll(head) or subj is not None and _in_poll(subj)


def _in_poll(word: Token) -> bool:
    """Whether "in" a poll or a survey hangs on ``word``, or on the group after its "of": "(said) in a Gallup poll",
    "(economists) in a survey", "a majority of voters in the Quinnipiac University poll"."""
    groups = (o for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")
    return any(
        o.lower_ in POLLS for w in (word, *groups) for c in w.children if c.dep_ == "prep" and c.lower_ == "in"
        for o in c.children if o.dep_ == "pobj"
    )


def _names_member(sent: Span, lex: Lexicon) -> bool:
    """Whether ``sent`` opens with a named speaker: a verb of saying or judging whose subject holds a name
    ("Ann Ruiz, the mayor of Dayton, called it ..."), the named example that backs a claim of a group."""
    root = sent.root
    reports = root.lower_ in lex.reporting and not any(c.dep_ == "dobj" for c in root.children)
    lead_in = root.lower_ in lex.claims and sent.text.rstrip().endswith(":")  # the words follow: "X pointed out that:"
    if not (reports or lead_in) and not (root.lower_ in lex.claims and _states_claim(root, lex)):
        return False  # an act is no example of a view: "The Heart Association published/announced the guidelines."
    subj = _subject(root)
    return subj is not None and any(t.tag_ in PROPER_TAGS for t in subj.subtree) and not _is_vague(subj, lex)


def _by_accounts(by: Token, lex: Lexicon) -> Token | None:
    """The accounts of "by some estimates", "by most accounts" (a "by" on a clause that is no passive's
    agent), which attribute the clause as "according to" does."""
    accounts = next((c for c in by.children if c.dep_ == "pobj"), None)
    on_clause = by.head.tag_ in VERB_TAGS or by.head.dep_ == "ROOT"
    if by.dep_ != "prep" or not on_clause or accounts is None or _is_people(accounts, lex):
        return None  # not an agent, of a clause or of a noun ("a shift in judgements by some agencies")
    if accounts.lower_ == "accounts" and any(c.lower_ == "all" for c in accounts.children):
        return accounts  # the idiom "by all accounts" (not "by all means", "by all standards")
    quantified = any(c.lower_ in QUANTIFIERS for c in accounts.children)
    return accounts if quantified and _is_vague_source(accounts, lex) else None


def _according_to(tok: Token) -> Token | None:
    """The source after "according to" when ``tok`` is its "according"."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return None
    return next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)


def _viewpoint(noun: Token) -> tuple[Token, Token] | None:
    """The "in" and the holder of a viewpoint that ``noun`` (a viewpoint noun: the ``viewpoint-nouns`` option) names
    after "in", the holder after "of" or before it as a possessive: "in the view of many", "in the eyes of critics",
    "in many economists' opinion"; not a noun with a modifier of its own ("in full view of the crowd")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or any(c.dep_ in ("amod", "compound") for c in noun.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ in ("NNS", "NNPS")), None)
    if owner is None and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None  # ("in view of the delays": a reason, not a holder)
    holder = owner or next(
        (o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"),
        None,
    )
    return (prep, holder) if holder is not None else None

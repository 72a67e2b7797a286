"""Pronouns in a claim that stand for the watched policy ("[It will not work]"), and those
that do not: an extraposed or time "it", the one who feels ("it was disappointed"), the body
that speaks ("the ministry said it would consider ..."), a plural speaker's "they"; and a
pronoun that stands for the policy's opposite, named just before it ("free entry ... keep it")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.trail.evaluative import (
    ATTITUDE,
    CON_ACTS,
    EMOTIONS,
    POLICY_ANAPHORS,
    PRO_ACTS,
    REALISE,
    REMOVE,
    base_forms,
    phrasal_keys,
)
from pipeline.trail.plight import persons
from pipeline.trail.policy_nouns import closes_banned

if TYPE_CHECKING:
    from pipeline.trail.claim_view import ClaimView

_PRONOUNS = frozenset({"it", "this", "they", "them", "these"})
_TIMES = frozenset("day night week weekend month year season time moment period morning "
                   "evening afternoon".split())
_SAID = frozenset({"question", "point", "remark", "observation", "comment"})  # put to them


# What an extraposed "it" may say is insulting, misleading or worrying to say or think.
_SAYING = frozenset("suggest say claim think pretend argue imply believe assume insist "
                    "call describe".split())


def _expletive(tok: Token) -> bool:
    """An extraposed "it" ("it is clear that ...", "make it harder to ..."), or one that stands
    for a time ("it was a difficult day") or for what was just said ("it's a fair point"): it
    names nothing."""
    head = tok.head
    adjs = [c for c in head.children if c.pos_ in {"ADJ", "ADV"}] if tok.dep_ == "dobj" else [
        head]
    if head.lemma_ == "make" or head.head.lemma_ == "make":
        return any(a.pos_ in {"ADJ", "ADV"} and any(c.lower_ == "for" or any(
            (d.lower_, d.dep_) in {("to", "aux"), ("that", "mark")} for d in c.children)
            for c in a.children) for a in adjs)  # "would make it harder for criminals to
    # hide": the hiding; "made it clear that ...": the clause (not "make it work", "make it
    # worse": the policy, the problem)
    if tok.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in head.children):
        return True  # "it is widely accepted that ...", "it was announced that ..."
    if tok.dep_ == "nsubj" and head.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in head.children) and any(
            (c.dep_ == "xcomp" and c.lemma_ in _SAYING) or (c.dep_ == "ccomp" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
            for c in head.children):
        return True  # "it was patronising to suggest ...", "it is worrying that ..."
    if tok.dep_ == "nsubj" and head.lemma_ == "be" and any(  # a cleft: "it's the shop that's
            c.dep_ == "attr" and any(d.lower_ == "the" for d in c.children) and any(  # the
                r.dep_ == "relcl" and r.left_edge.lower_ in {"that", "who", "which"}  # problem"
                for r in c.children) for c in head.children):
        return True
    return tok.dep_ == "nsubj" and (
        head.lemma_ in {"seem", "appear", "remain", "matter", "emerge"}
        or (head.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in _TIMES | _SAID
                                        for c in head.children))  # "it's a fair question"
        or (head.lemma_ == "be" and any(c.dep_ in {"ccomp", "xcomp", "csubj"} or (
            c.dep_ == "advcl" and any(d.lower_ == "to" for d in c.children))
            for c in head.children))
        or any(c.dep_ in {"acomp", "attr"} and any(d.dep_ in {"ccomp", "xcomp"} or (
            d.dep_ in {"relcl", "acl"} and any(e.lower_ in {"to", "that"}
                                               and e.dep_ in {"mark", "aux"} for e in d.children)
            and not _bare_do(d)) for d in c.children)
            for c in head.children))  # "it would be madness to scrap",
    # "it was a scandal that the ban was watered down"; not "it is a tool that will cost jobs"


def _bare_do(verb: Token) -> bool:
    """ "the right thing to do": the thing is what "it" stands for, not an extraposed act."""
    return verb.lemma_ == "do" and not any(c.dep_ in {"dobj", "ccomp", "xcomp"}
                                           for c in verb.children)


def _experiencer(tok: Token) -> bool:
    """ "[it was disappointed that ...]", "[they were relieved]": the subject of a feeling is
    whoever feels it (the speaker), never the policy."""
    head = tok.head
    said = [c for c in head.children if c.dep_ == "acomp"]
    return tok.dep_ in {"nsubj", "nsubjpass"} and any(  # also "surprised and disappointed"
        t.lower_ in EMOTIONS or t.lemma_.lower() in EMOTIONS
        for t in (head, *said, *(g for c in said for g in c.conjuncts)))


# What a body does, never a policy: "it would take an approach / consider / appeal".
_AGENTIVE = frozenset("take consider review study examine appeal comply respond seek intend "
                      "plan continue look lobby campaign write ask challenge decide "
                      "monitor enforce publish release unveil issue express comment buy pay "
                      "offer turn recognise recognize sue watch prefer note respect fund "
                      "receive handle persuade".split())  # "it will not turn back", "it
# will not recognise the result", "it prefers to encourage", "it already funds such schemes"


_INTENTIONS = frozenset({"plan", "intention", "intent"})

# What only people do: "they can complain", "they may not want him" are people, not a policy.
_HUMAN = ATTITUDE | frozenset("complain want protest hope wish like love hate vote campaign "
                              "demand refuse agree criticise criticize oppose welcome play tell "
                              "ask say think know believe feel call value shoot buy shop "
                              "prepare blame fear worry understand learn read write sue "
                              "eat drink travel".split())
_BODY_ACTS = _AGENTIVE | _HUMAN | PRO_ACTS | CON_ACTS  # "it" doing these is the body speaking


def _speaker_itself(view: ClaimView, tok: Token) -> bool:
    """ "The ministry said [it would take a proportionate approach]": "it" acting in indirect
    speech is the body that speaks (a person would be "he"/"she"); "it is unworkable" is not."""
    cue = view.cue_tok
    verb = tok.head.lemma_.lower()
    intends = verb == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in _INTENTIONS
                                     for c in tok.head.children)  # "it has no plans to"
    if (cue is None or tok.lower_ != "it" or tok.dep_ != "nsubj"  # "said I support it": the
            or not (intends or any(f in _BODY_ACTS for f in base_forms(tok.head)))):  # object
        return False  # is no speaker; "the union said it would cost jobs": the policy costs them
    heads = [cue, cue.head] if cue.dep_ == "conj" else [cue]  # "It calls it X and says ..."
    return any(c.dep_ == "nsubj" and (c.lower_ == "it" or (
        c.pos_ in {"NOUN", "PROPN"} and c.tag_ not in {"NNS", "NNPS"}
        and (c.ent_type_ != "PERSON" or _acronym(c))))
        for h in heads for c in h.children)


def _acronym(tok: Token) -> bool:
    """ "BAA", "RSPCA": a body, even when the tagger takes it for a person."""
    return tok.text.isupper() and len(tok.text) >= 2


def _human(tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _HUMAN


def _speaker_plural(view: ClaimView) -> bool:
    """ "Campaigners said they ...": a plural speaker makes "they" the speaker, not the policy."""
    cue = view.cue_tok
    if cue is None:
        return False
    heads = [cue, *([cue.head] if cue.dep_ == "advcl" else [])]
    return any(c.dep_ == "nsubj" and (c.tag_ in {"NNS", "NNPS"} or (c.lower_ in {"they", "we"}
                                      and h is not cue))
               for h in heads for c in h.children)


def _main_clause(view: ClaimView, verb: Token) -> bool:
    """The content's root, or a clause joined to it ("it will not work, it will cost ..."),
    or held by the root's adjective ("we are confident [it will work]")."""
    head = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    return verb == view.root or (verb.dep_ in {"conj", "ccomp"} and head == view.root
                                 and verb.i in view.inside)


def _later_sentence(view: ClaimView, verb: Token) -> bool:
    """The root of a later sentence of a quote joined from pieces ("... ," she said. "But it
    won't help us"); its "it"/"this" is the policy as in the first ("they" may be anyone)."""
    return (verb.dep_ == "ROOT" and verb.i in view.inside and verb.lemma_.lower() != view.cue
            and verb.pos_ in {"VERB", "AUX"})


def pronoun_refs(view: ClaimView, named: dict[int, str]) -> dict[int, str]:
    """Pronouns that stand for the policy of a claim on its topic.

    With the policy named in the sentence (``named``), any "it"/"this" (and "they"/"these"
    after a plural name) refers to it. Without, only the subject pronoun of the content's own
    clause does ("[It will not work]", "[They were needed to protect the public]"): the claim
    is on the topic because the article was just talking about it.
    """
    if view.prop.target_sign < 0 and "target" not in named.values():
        return _removed_thing_refs(view)  # "it" of a removal is the removal, unless what it
        # removes is named or acted on ("[we would abolish it]")
    # an attribute ("the price", "the detail") does not name the policy for a pronoun to take
    named = {i: kind for i, kind in named.items() if kind != "attribute"}
    plural = any(view.sent.doc[i].tag_ in {"NNS", "NNPS"} for i in named)
    speaker_plural = _speaker_plural(view)
    out = {}
    for tok in view.sent:
        low = tok.lower_
        if tok.i in view.inside and _like_this(tok):
            out[tok.i] = "pronoun"  # "we begged for something like this"
            continue
        if low not in _PRONOUNS or tok.pos_ not in {"PRON", "DET"}:
            continue
        if (low == "it" and (_expletive(tok) or _speaker_itself(view, tok) or _nearer_thing(
                view, tok, named))) or _experiencer(tok) or (low == "they" and _human(tok)):
            continue
        if named:
            if low in {"they", "them", "these"} and (not plural or speaker_plural):
                continue
        elif not (tok.i in view.inside and tok.dep_ in {"nsubj", "nsubjpass"}
                  and (_main_clause(view, tok.head) or (
                      low in {"it", "this"} and _later_sentence(view, tok.head)))
                  and not (low == "they" and speaker_plural)
                  and low != "them") and not _sided_object(view, tok):
            continue
        out[tok.i] = "pronoun"
    return out


def _nearer_thing(view: ClaimView, it: Token, named: dict[int, str]) -> bool:
    """ "The bigger the van, the more it pollutes": a thing fronted before the subject "it"
    (the parser's second subject of its verb, the subject of the clause its own is joined to,
    or an object before its verb) is its antecedent, not the policy (unless it names the
    policy, or is a person)."""
    return it.dep_ in {"nsubj", "nsubjpass"} and any(
        t.i < it.i and t.i in view.inside and t.i not in named and t.tag_ == "NN"
        and t.pos_ == "NOUN" and not persons(t) and t.ent_type_ == "" and (
            (t.dep_ == "nsubj" and t.head.i == _joined(it.head).i)
            or (t.dep_ == "dobj" and t.i < t.head.i))
        for t in view.sent)


def _joined(verb: Token) -> Token:
    """The clause a clause is joined to: "hunting is cruel, and [it] serves no purpose"."""
    return verb.head if verb.dep_ == "conj" else verb


def _like_this(tok: Token) -> bool:
    """ "something like this", "anything like it": the policy, as an example of its kind."""
    return tok.lower_ in {"something", "anything"} and any(
        c.lower_ == "like" and any(g.lower_ in {"this", "it", "that"} for g in c.children)
        for c in tok.children)


_FIRMLY = frozenset({"dead", "firmly", "totally", "completely", "strongly", "implacably"})


def for_or_against(prep: Token) -> int:
    """+1 "I'm all for it", "very much for it", "we're for it"; -1 "dead against it", "firmly
    against the ban", "the case against it": a position for or against (not "a fine for
    littering", "the money is for it")."""
    head = prep.head
    if prep.lower_ == "against" and head.pos_ == "NOUN":
        return -1
    if prep.lower_ == "for" and head.lemma_ == "be" and any(
            c.lower_ in {"all", "much"} or (c.dep_ == "nsubj" and c.lower_ in {"i", "we"})
            for c in head.children):
        return 1
    if prep.lower_ == "against" and (head.lemma_ == "be" or (
            head.lower_ in _FIRMLY and head.head.lemma_ == "be")):
        return -1
    return 0


def _sided_object(view: ClaimView, tok: Token) -> bool:
    """ "[We will fight this every step of the way]", "[we welcome it]": "it"/"this" as the
    object of a verb that takes a side, in the content's own clause."""
    verb = tok.head
    if tok.lower_ in {"it", "this"} and tok.dep_ == "pobj" and tok.i in view.inside:
        return bool(for_or_against(verb)) or (  # "[I'm all for it]", "[we will vote against
            _main_clause(view, verb.head)  # it]"
            and bool(set(phrasal_keys(verb.head)) & (PRO_ACTS | CON_ACTS)))
    return (tok.lower_ in {"it", "this"} and tok.dep_ == "dobj" and tok.i in view.inside
            and (_main_clause(view, verb) or _condition(verb) or _later_sentence(view, verb))
            and bool(set(phrasal_keys(verb)) & (PRO_ACTS | CON_ACTS | REMOVE | REALISE)
                     or view.prop.restates(phrasal_keys(verb)) or closes_banned(view.prop, verb))
            and not _kept_so(verb))
    # "we will introduce it", "[try it, and give it six months]", "[never let it through]" (not
    # "keep it in proportion")


# Acts on the thing a removal takes away, never on the removal: "[a Reform government would
# abolish it]", "[I'd defend it today]", "[Keep it]".
_ON_THE_THING = REMOVE | frozenset({"defend", "keep", "retain", "preserve", "save"})
_LOOK_BACK = 60  # tokens: about the sentence before


def _removed_thing_refs(view: ClaimView) -> dict[int, str]:
    """For a proposition that removes something ("X should be scrapped"), "it" is the removal
    ("it would cost billions") unless a verb that acts on the thing itself takes it as its
    object or passive subject in the content's own clause ("abolish it", "it should be
    scrapped"): then it is the thing the removal takes away, unless the noun it last followed
    names a measure ("asked if she would drop the plan: 'We will defend it'")."""
    return {tok.i: "anaphor" if _after_a_measure(view, tok) else "pronoun" for tok in view.sent
            if tok.lower_ in {"it", "they", "them", "this"} and tok.i in view.inside and (
                _goes_or_stays(tok) or ((tok.dep_ == "dobj" or (  # "it should be scrapped"
                    tok.dep_ == "nsubjpass" and tok.lower_ != "them")) and not _expletive(tok)
                    and (_main_clause(view, tok.head) or _condition(tok.head))
                    and bool(set(phrasal_keys(tok.head)) & _ON_THE_THING)
                    and not _kept_so(tok.head)))}


_GOING = frozenset({"go", "stay", "remain", "continue", "stop", "cease"})


def _goes_or_stays(tok: Token) -> bool:
    """ "[It should go]", "[they must stay]", "[it should continue in some form]": the thing
    itself, gone or kept (not "go ahead", "stop at eleven")."""
    verb = next((c for c in tok.head.children if c.dep_ == "xcomp"), tok.head) if (
        tok.head.lemma_ == "have") else tok.head  # "it has to go"
    return tok.dep_ == "nsubj" and verb.lemma_ in _GOING and not any(
        c.dep_ in {"prt", "acomp", "xcomp"} or (c.dep_ == "prep" and not in_a_form(c))
        for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in {"should", "must", "to"} for c in verb.children)


def in_a_form(prep: Token) -> bool:
    """ "in place", "in some form": how a kept thing stays (not "remain in the EU")."""
    return prep.lower_ == "in" and any(g.lower_ in {"place", "form"} for g in prep.children)


def _after_a_measure(view: ClaimView, tok: Token) -> bool:
    """The last singular noun before the claim that names the removal's measure or what it
    removes is a measure's name ("the plan"), not the thing ("the camera")."""
    if tok.lower_ == "them":
        return False
    start = min(view.inside)  # before the claim ("a Reform government would abolish it")
    for t in reversed(tok.doc[max(0, start - _LOOK_BACK):start]):
        lemma = t.lemma_.lower()
        if t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ != "compound" and (
                lemma in view.prop.target or lemma in POLICY_ANAPHORS):
            return lemma not in view.prop.target
    return False


def _kept_so(verb: Token) -> bool:
    """ "keep it in proportion", "keep it simple": kept in a state, not kept."""
    return verb.lemma_.lower() in {"keep", "retain"} and any(
        c.dep_ in {"oprd", "acomp", "xcomp", "ccomp", "prep"} for c in verb.children)



def _condition(verb: Token) -> bool:
    """ "[if we turn it down, ...]": a condition on the act, joined to the content's clause."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "once"}
                                        for c in verb.children)


def relative_antecedent(view: ClaimView) -> Token | None:
    """ "the law, which the EU says [is needed]": the relative pronoun subject of a content
    said in a relative clause on the policy; it stands for the policy (the antecedent)."""
    root = view.root
    if root is None:
        return None
    for pron in (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if pron.lower_ not in {"which", "that"} or pron.i in view.inside:
            continue
        node = root
        for _ in range(3):  # up to the relative clause ("says" in "which the EU says ...")
            if node.dep_ == "relcl":
                return pron if node.head.i in view.refs else None
            node = node.head
    return None


def antecedent(view: ClaimView, pronoun: Token) -> Token | None:
    """The nearest name of the policy or its opposite before ``pronoun`` in the sentence, which
    the pronoun may stand for ("free entry is a triumph and we must keep it")."""
    return next((view.sent.doc[i] for i in sorted(view.refs, reverse=True)
                 if i < pronoun.i and view.refs[i] == "target"), None)

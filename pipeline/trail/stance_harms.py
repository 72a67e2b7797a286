"""What the restricted thing does, judged: "[smoking kills thousands of bar staff]" supports a
ban on smoking, "[vapes help smokers quit]" refutes a ban on vapes.

A ban or curb ("X should be banned", "ban X") is argued for by the harm X does and against by
its good, often without a word for the ban itself. So when the content's clause has the
restricted thing as its active subject, the evaluation of its predicate (stance_eval) counts
with its sign turned round. Only the doer counts: what is done to it ("smoking is being
demonised", "vapes are sold to children"), how much of it there is ("smoking has fallen") and
what it is called in passing are not its deeds. Fondness and need argue against it too ("rural
families love hunting", "smokers rely on vapes to quit"). Said of its harm: "no safe level of
exposure to second-hand smoke" (harmful at any dose), "the dangers of passive smoking were
exaggerated" (less harmful than said).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import HARM_NOUNS, base_forms
from pipeline.trail.scope import TRENDS, negated_here
from pipeline.trail.stance_eval import eval_signals
from pipeline.trail.stance_permission import TRADE
from pipeline.trail.stance_rules import Signal, usable

_EXAGGERATE = frozenset("exaggerate overstate overblow hype inflate overplay overestimate "
                        "overdo".split())
_AMOUNTS = frozenset({"level", "dose", "amount", "limit", "threshold", "quantity"})
# Liking the restricted thing, or living by it: an argument against restricting it.
_FOND = frozenset("love like enjoy adore cherish treasure value".split())
_RELY = frozenset({"rely", "depend"})  # "on" it


def _restricted(view: ClaimView, tok: Token) -> bool:
    """The restricted thing ("smoking", "smoke"), named in the content."""
    return tok.i in view.inside and bool({tok.lower_, tok.lemma_.lower()} & view.prop.restricted)


# The acts a ban is carried on rather than the thing: "the sale of", "imports of".
_CARRIERS = frozenset(TRADE) | frozenset("purchase supply marketing export exports".split())


def banned_thing(view: ClaimView, tok: Token) -> bool:
    """The thing a ban acts on, named anywhere in the sentence ("called fur farming
    'barbaric'"), not the act the ban is carried on ("the sale")."""
    return view.prop.group == 3 and view.prop.target_sign > 0 and tok.i not in view.refs and (
        tok.pos_ == "NOUN" or tok.tag_ == "VBG") and bool(
        {tok.lower_, tok.lemma_.lower()} & (view.prop.restricted - _CARRIERS))


def _doer(view: ClaimView, tok: Token) -> bool:
    """The restricted thing as the active subject of a clause in the content."""
    if (tok.pos_ != "NOUN" and tok.tag_ != "VBG") or tok.i in view.refs or not _restricted(
            view, tok):  # "hunting causes suffering": a gerund subject too
        return False
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "smoking and drinking kill"
    return tok.dep_ in {"nsubj", "csubj"} and tok.head.lemma_.lower() not in TRENDS


def _of(noun: Token) -> list[Token]:
    """What a noun is of, through "exposure to": "level of exposure to smoke" -> smoke."""
    out = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "to"}
           for g in c.children if g.dep_ == "pobj"]
    return out + [h for g in out if g.lemma_.lower() == "exposure" for h in _of(g)]


def _overstated(noun: Token) -> Token | None:
    """The verb that calls a subject overstated: "were exaggerated", "had been overstated"."""
    head = noun.head
    if noun.dep_ == "dobj":  # "the lobby had exaggerated the risks of passive smoking"
        return head if set(base_forms(head)) & _EXAGGERATE else None
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for verb in (head, *(c for c in head.children if c.dep_ in {"acomp", "oprd"})):
        if set(base_forms(verb)) & _EXAGGERATE:
            return verb
    return None


def _harm_judged(view: ClaimView) -> list[Signal]:
    """ "[there is no safe level of exposure to second-hand smoke]" (harmful: for the ban),
    "[the dangers of passive smoking have been exaggerated]" (less harmful: against it)."""
    for noun in view.tokens:
        things = [g for g in _of(noun) if _restricted(view, g)]
        if not things:
            continue
        low = noun.lemma_.lower()
        safe = low in _AMOUNTS and any(c.dep_ == "amod" and c.lower_ == "safe"
                                       for c in noun.children)
        told = _overstated(noun) if low in HARM_NOUNS | {"risk", "danger", "harm"} else None
        if not safe and told is None:
            continue
        w = view.walk(told or noun)
        if not usable(w, could_ok=False):
            continue
        if told is None:  # "a safe level": not harmful; "no safe level" (the walk's "no"): harmful
            what = f"{'no ' if negated_here(noun) else ''}safe level of {things[0].text}"
        else:
            what = f"harm of {things[0].text} {'not ' if w.sign < 0 else ''}{told.text}"
        return [Signal(-w.sign * view.flip, 2, what)]
    return []


def _fondness(view: ClaimView) -> list[Signal]:
    """ "[families love hunting]", "[jobs depend on the sale of vapes]": against the ban;
    "nobody relies on it" is no argument either way, so only the asserted form counts."""
    out = []
    for tok in view.tokens:
        if tok.i in view.refs or not _restricted(view, tok):
            continue
        top = tok
        while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
            top = top.head.head  # "the sale of vapes"
        verb = top.head
        if top.dep_ == "pobj" and verb.lower_ == "on":
            verb, fond = verb.head, verb.head.lemma_.lower() in _RELY
        else:
            fond = (top.dep_ == "dobj" or (top.dep_ == "xcomp" and top.tag_ == "VBG")) and (
                verb.lemma_.lower() in _FOND)  # "they enjoy smoking"
        w = view.walk(verb) if fond and verb.pos_ == "VERB" else None
        if w is not None and w.sign > 0 and usable(w, could_ok=False):
            out.append(Signal(-view.flip, 2, f"fond of {tok.text}: {view.snippet(verb)}"))
    return out


# Missing the restricted thing, or glad to be rid of it: "nobody will mourn them", "I'd
# miss them", "nobody will shed a tear for the worst contracts", "glad to see the back of them".
_MISSED = frozenset({"miss", "mourn", "lament"})


def _missed(thing: Token) -> tuple[Token, int] | None:
    """(the verb, +1 missed / -1 good riddance) for the restricted thing as what is missed."""
    head = thing.head
    if thing.dep_ == "dobj" and head.lemma_.lower() in _MISSED:
        return head, 1
    if thing.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "shed" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "tear" for c in head.head.children):
        return head.head, 1
    if thing.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "back" and (
            head.head.head.lemma_.lower() == "see"):
        return head.head.head, -1
    return None


def _missing(view: ClaimView) -> list[Signal]:
    """The restricted thing (or "them", which no ban is) missed: against the ban; missed by
    nobody, or seen off: for it."""
    out = []
    for tok in view.tokens:
        if not (_restricted(view, tok) or tok.lower_ == "them"):
            continue
        found = _missed(tok)
        if found is None:
            continue
        verb, missed = found
        w = view.walk(verb)
        if w.embedded or (w.hedge and w.hedge != "conditional"):
            continue
        sign = -missed * w.sign * view.flip
        what = "missed" if sign < 0 else "not missed"
        out.append(Signal(sign, 2, f"{tok.text} {what}: {view.snippet(verb)}"))
    return out


def harm_signals(view: ClaimView) -> list[Signal]:
    """The restricted thing's deeds, judged, as the opposite side of its ban."""
    out = _harm_judged(view) + _fondness(view) + (_missing(view) if view.prop.restricted else [])
    for tok in view.tokens:
        if not _doer(view, tok):
            continue
        for s in eval_signals(view, tok):
            if s.basis.startswith("evaluates "):  # its predicate, not a modifier ("calls it")
                basis = s.basis.replace("evaluates ", "says what ", 1).replace(":", " does:", 1)
                out.append(Signal(-s.sign, s.weight, basis))
    return out

"""Evaluations built from a frame rather than a word: "make little difference to crime",
"impossible to enforce" / "easy to forge", "make it harder for terrorists to hide", "favour big
firms over small ones", "in the interests of", "the end of the pub", and the valence of nouns
with their adjectives.
Used by stance_eval.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import ENDINGS, prep_objects
from pipeline.trail.plight import by_plight, persons

PREFER = frozenset({"favour", "favor", "prefer", "prioritise", "prioritize", "privilege"})
WEIGHING = frozenset({"outweigh"})  # a balance struck (stance_balance.py), no evaluation


def noun_valence(view: ClaimView, nouns: list[Token]) -> float:
    """Valence of nouns with their adjectives ("dangerous people")."""
    return sum(view.valence(m) for o in nouns for m in [o, *o.children]
               if m == o or m.dep_ == "amod")


def ending(noun: Token) -> bool:
    """ "the end of the pub", "an end to the misery", "the death of the high street": an
    ending judged by what ends; not a time ("by the end of May"), deaths ("fewer deaths"), an
    ending qualified ("the thin end of the wedge") or an idiom ("the end of the road")."""
    ended = [g for c in noun.children if c.lower_ in {"of", "to"} for g in c.children]
    return noun.lemma_.lower() in ENDINGS and noun.dep_ != "pobj" and noun.tag_ == "NN" and (
        bool(ended) and not any(c.dep_ == "amod" for c in noun.children)
        and not any(g.lemma_.lower() in _IDIOMS for g in ended))


_IDIOMS = frozenset({"road", "line", "day", "tether", "wedge", "world"})  # "the end of the line"


def interests(prep: Token, pobj: Token) -> bool:
    """ "in (against) the best interests of the club", "in our interest": an idiom whose
    words alone are no evaluation ("interest" is not one: "interest rates")."""
    return prep.lower_ in {"in", "against"} and pobj.lemma_.lower() == "interest" and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in pobj.children)


def preference(view: ClaimView, verb: Token, objs: list[Token]
               ) -> tuple[float, list[str], set[int]]:
    """ "would favour large companies over small, innovative ones": what is favoured counts
    for, what it is favoured over counts against; favouring alone is no praise."""
    over = [g for h in (verb, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ in {
        "over", "above"} for g in c.children if g.dep_ == "pobj"]
    used = {m.i for o in (*objs, *over) for m in o.subtree}
    val = noun_valence(view, objs) - noun_valence(view, over)
    return val, ([f"{verb.lemma_} {objs[0].text} over …"] if over and val else []), used


def difference(view: ClaimView, verb: Token, objs: list[Token]
               ) -> tuple[float, list[str], set[int]]:
    """ "make little difference to crime" is a fault, "a real difference in the fight against
    fraud" a merit: only on a bad thing the policy is meant to reduce ("little difference to
    volunteer projects" plays a harm down and takes no side)."""
    preps = [c for h in (verb, *objs) for c in h.children if c.dep_ == "prep"]
    used = {m.i for h in (*objs, *preps) for m in h.subtree}
    little = any(c.lower_ in {"little", "no"} for o in objs for c in o.children)
    if not preps:  # "it will make a real difference", "little difference": its effect (the
        scant = any(c.lower_ in _SCANT for o in objs for c in o.children)  # walk reads "no")
        return (-1.5 if scant else 1.5), ["little difference" if scant else "a difference"], used
    if not any(view.valence(m) < 0 for p in preps for m in p.subtree):
        return 0.0, [], used
    return (-2.0 if little else 2.0), ["little difference" if little else "a difference"], used


_SCANT = frozenset({"little", "marginal", "negligible", "minimal", "slight", "tiny", "small"})
_FEASIBLE = {"easy": 1, "simple": 1, "straightforward": 1, "possible": 1, "impossible": -1,
             "hard": -1, "difficult": -1, "tricky": -1}
# Doing these to a policy defeats it: "easy to forge" is a fault, "hard to evade" a merit.
_DEFEAT = frozenset("forge fake abuse misuse evade avoid dodge circumvent bypass flout exploit "
                    "hack cheat undermine ignore".split())


def feasibility(view: ClaimView, adj: Token) -> tuple[int, str, int] | None:
    """ "the law would be impossible to enforce" (-), "easy to enforce" (+), "easy to forge"
    (-): how doable, times whether what is done is good for it."""
    side = _FEASIBLE.get(adj.lemma_.lower(), 0)
    verb = next((c for c in adj.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if not side or verb is None:
        return None
    if view.valence(verb) < 0 or verb.lemma_.lower() in _DEFEAT:
        side = -side  # easy to abuse, hard to evade
    return side, f"{adj.text} to {verb.text}", verb.i


# What people do, which is owed ease: "made my job easier", "make life harder for families".
_TASKS = frozenset({"job", "life", "lives", "work", "task", "journey", "day"})
_EASE = {"easier": 1, "easy": 1, "simpler": 1, "harder": -1, "hard": -1, "tougher": -1,
         "impossible": -1}


def ease_for(view: ClaimView, make: Token) -> tuple[float, str] | None:
    """ "make it harder for terrorists to hide" (+), "easier for criminals to steal
    identities" (-), "harder for families to pay their bills" (-): how easy, times who acts (a
    bad agent, or people, who are owed ease) or, for anyone else, what they do."""
    adj = next((c for c in make.children if c.dep_ in {"ccomp", "oprd", "acomp"}
                and c.lower_ in _EASE), None)
    if make.lemma_ != "make" or adj is None:
        return None
    acts = [c for h in (make, adj) for c in h.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    agents = [c for a in acts[:1] for c in a.children if c.dep_ == "nsubj"]
    whom = [g for h in (make, adj) for g in prep_objects(h, {"for"})]  # "for criminals"
    if not agents:  # "harder [for criminals] to hide", parsed as a clause on "criminals"
        pairs = [(g, d) for g in whom for n in (g, *g.conjuncts) for d in n.children
                 if d.dep_ in {"relcl", "acl"}
                 and any(e.lower_ == "to" and e.dep_ == "aux" for e in d.children)]
        # or "harder [for them] [to find work]": the "for" and the act both hung on "harder"
        pairs += [(g, d) for g in whom[:1] for h in (make, adj) for d in h.children
                  if d.dep_ in {"advcl", "xcomp"}  # (a quoted "much harder": an xcomp)
                  and not any(e.dep_ == "nsubj" for e in d.children)
                  and any(e.lower_ == "to" and e.dep_ == "aux" for e in d.children)]
        agents, acts = [a for a, _ in pairs[:1]], [d for _, d in pairs[:1]]
    if not agents:  # "would make my job easier", "make life harder": someone's task eased
        done = [c for h in (adj, make) for c in h.children if c.dep_ in {"nsubj", "dobj"}
                and c.lemma_.lower() in _TASKS]
        bad = -1 if whom and noun_valence(view, whom[:1]) < 0 else 1  # "for criminals"
        return (2.0 * _EASE[adj.lower_] * bad, f"{done[0].text} {adj.text}") if done else None
    value = noun_valence(view, agents[:1]) or (1.0 if persons(agents[0]) else 0.0)
    if not value:
        value = sum(view.valence(t) for t in acts[0].subtree if t.i != agents[0].i)
    if not value:
        return None
    sign = _EASE[adj.lower_] * (1 if value > 0 else -1)
    return 2.0 * sign, f"{adj.text} for {agents[0].text} to {acts[0].text}"


# Remedies, which a problem they answer makes good ("an answer to congestion", stance_eval.py).
REMEDIES = frozenset({"answer", "solution", "remedy", "cure", "response", "antidote"})


def misfit_remedy(view: ClaimView, item: Token) -> str:
    """ "a London answer to a village problem", "a 1970s fix for a 2020s problem": a remedy
    made for one place or time, offered for another's problem (not "a local solution to a local
    problem", nor "a sensible answer to a real problem", whose words judge it); else ""."""
    if item.lemma_.lower() not in REMEDIES | {"fix"}:  # (not a remedy of its own: "a quick fix")
        return ""
    own = _kinds(view, item)
    problems = [g for c in item.children if c.dep_ == "prep" and c.lower_ in {"to", "for"}
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "problem"]
    theirs = _kinds(view, problems[0]) if problems else set()
    if own and theirs and not {w.lower() for w in own} & {w.lower() for w in theirs}:
        return f"{min(own)} {item.text} to a {min(theirs)} problem"
    return ""


def _kinds(view: ClaimView, tok: Token) -> set[str]:
    """The words that say whose or what kind a thing is, not how good: "London", "village"."""
    return {c.text for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}
            and not view.valence(c)}


# A fight on a bad thing is a good: "a war on crime" (not "a war on the poor", "a tax on ...").
_FIGHTS = frozenset({"war", "attack", "assault", "crackdown", "onslaught", "offensive"})


def fights(noun: Token, target: Token) -> bool:
    """ "a war on X", "a crackdown against X": a fight on a thing, not on people (whose
    badness the caller weighs: "a war on crime" is a good, "a war on motorists" a harm)."""
    return noun.lemma_.lower() in _FIGHTS and target.head.lower_ in {"on", "against"} and not (
        persons(target) or by_plight(target))

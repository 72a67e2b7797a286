"""The case for an alleged event weighed, with no word for the event: "the evidence was
compelling", "Britain's case is falling apart", "they have yet to produce a single piece of
evidence", "the report leaves no room for doubt", "there is no other explanation", "WADA stands
by its findings", "nothing irregular was found".

In a claim on the topic, evidence, proof or findings that name nothing else (not "evidence of
fraud", which `evidence.py` reads with the event) are the evidence argued over, and the case
someone makes ("Britain's case", "the case against Moscow") is the accusation: called strong,
found or beyond doubt it affirms the event; called weak, missing or in doubt it denies it.
Not a quality claimed for something ("the system is reliable"), where the evidence could be
for either side. A policy's evidence is its case too (`policy_evidence_signals`): "the evidence
is overwhelming", "the evidence from abroad was thin".
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import REPORT_NOUNS, base_forms, phrasal_keys
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, usable

_EVIDENCE = frozenset({"evidence", "proof", "finding", "findings", "fact", "facts"})
# Quantities that stand for their evidence: "a single piece of evidence", "a shred of proof".
_PIECES = frozenset({"piece", "shred", "scrap", "iota", "jot", "ounce", "bit", "item"})
_STRONG = frozenset(
    "compelling overwhelming conclusive convincing damning irrefutable incontrovertible "
    "indisputable undeniable persuasive watertight clear strong solid powerful unambiguous "
    "unanswerable cast-iron clear-cut proven established overpowering encouraging".split())
_WEAK = frozenset(
    "flimsy thin weak circumstantial unconvincing unpersuasive inconclusive flawed shaky "
    "tenuous threadbare patchy insufficient dubious questionable unproven speculative "
    "non-existent nonexistent unsubstantiated".split())
# A case that gives way, or holds: "is falling apart", "does not hold water".
_COLLAPSE = frozenset({"fall_apart", "collapse", "crumble", "unravel", "disintegrate"})
_HOLDS = frozenset({"hold_water", "hold_up", "stand_up", "add_up"})
_EMPTY = frozenset({"nothing", "sand", "air", "speculation", "hearsay", "guesswork", "rumour",
                    "rumours", "innuendo", "assumption", "assumptions", "lies"})
_SHOW = frozenset("find uncover unearth discover produce present provide show publish "
                  "offer give have get".split())
_HAVE = frozenset({"have", "get"})  # only their lack: "has not got a smoking gun"
_NAMING = frozenset({"of", "about", "for", "that", "on", "into"})
# Accounts stood by: "stands by its findings", "stood by every word of its story" (not
# "account" or "version": the accused stand by theirs too).
_STOOD_BY = (REPORT_NOUNS | _EVIDENCE | {"conclusion", "conclusions", "reporting", "article",
                                          "dossier", "word"}) - {"account", "accounts"}


def case_signals(view: ClaimView) -> list[Signal]:
    """+1 for the case for the event called strong, -1 weak or missing."""
    prop = view.prop
    if prop.kind != "event" or (prop.quality and not prop.alleged):
        return []
    for tok in view.tokens:
        whose = _case_for(view, tok)
        found = _weighed(tok) if _case_noun(tok) or whose else (
            _doubt(view, tok) or _stood_by(tok) or _nothing_amiss(tok))
        if found is None:
            continue
        sign, word, basis = found  # the sign with the word's own negation read
        w = view.walk(word)
        if not usable(w, could_ok=False):
            continue
        above = w.sign * (-1 if negated_here(word) else 1)  # "I doubt the evidence is clear"
        if whose < 0 and sign * above < 0:
            continue  # "the case for Oxford is weak": one rival ruled out, no doer named
        return [Signal(sign * above * (whose or 1) * view.flip, 2,
                       f"{basis}: {view.snippet(tok, word)}")]
    return []


def _case_for(view: ClaimView, noun: Token) -> int:
    """Of a person's act (proposition.doer): +1 for "the case for the man from Stratford", its
    doer; -1 for "the case for Oxford", another's; 0 else."""
    if not view.prop.doer or noun.lower_ != "case":
        return 0
    named = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
             for t in c.children if t.dep_ == "pobj" for g in t.subtree]
    if not named:
        return 0
    if {t.lower_ for t in named} & view.prop.doer:
        return 1
    return -1 if any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in named) else 0


def policy_evidence_signals(view: ClaimView) -> list[Signal]:
    """The evidence for a policy weighed, naming nothing else: "the evidence is overwhelming",
    "the evidence from abroad was thin", "the evidence is there" (+1 strong, -1 weak or
    missing). A policy's evidence is its case, as an event's is (`case_signals`)."""
    if view.prop.kind != "policy":
        return []
    for tok in view.tokens:
        if tok.lower_ not in _EVIDENCE or not _case_noun(tok) or any(
                g.dep_ == "pobj" and g.i not in view.refs and g.lemma_.lower() not in _ABROAD
                and g.ent_type_ not in {"GPE", "LOC"} for c in tok.children if c.dep_ == "prep"
                for g in c.children):
            continue  # but "the evidence from abroad", "from Wales"
        found = _weighed(tok) or _there(tok)
        if found is None or found[2].startswith("case"):
            continue  # "will publish its findings": a timetable
        sign, word, basis = found
        w = view.walk(word)  # the sign has the word's own negation read already
        above = w.sign * (-1 if negated_here(word) else 1)
        if usable(w, could_ok=False):
            return [Signal(sign * above * view.flip, 2, f"{basis}: {view.snippet(tok, word)}")]
    return []


_ABROAD = frozenset({"abroad", "elsewhere", "overseas"})
# What an inquiry finds when it finds nothing: "nothing irregular had been found", "the analysis
# shows nothing unusual".
_AMISS = frozenset("irregular unusual untoward suspicious amiss wrong improper abnormal "
                   "anomalous suspect".split())
_FINDS = frozenset({"find", "show", "reveal", "detect", "uncover", "turn_up", "flag"})


def _nothing_amiss(tok: Token) -> tuple[int, Token, str] | None:
    """ "nothing irregular had been found": the case found wanting (the walk reads "not")."""
    if tok.lower_ != "nothing":
        return None
    if tok.dep_ == "nsubj" and tok.head.lower_ in _AMISS and tok.head.dep_ in {"ccomp", "xcomp"}:
        tok = tok.head  # "shows [nothing unusual]", parsed as a clause
    elif tok.dep_ not in {"dobj", "nsubjpass"} or not any(
            c.lower_ in _AMISS for c in tok.children if c.dep_ == "amod"):
        return None
    return (-1, tok.head, "finds nothing amiss") if set(phrasal_keys(tok.head)) & _FINDS else None


def _there(noun: Token) -> tuple[int, Token, str] | None:
    """ "the evidence is there": it exists."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be" and any(
            c.dep_ == "advmod" and c.lower_ == "there" for c in head.children):
        return (-1 if negated_here(head) else 1), head, "the case is there"
    return None


def _case_noun(tok: Token) -> bool:
    """Evidence that names nothing else, or a case someone makes ("Britain's case", "the case
    against Moscow", not "the case was adjourned")."""
    low = tok.lower_
    if tok.pos_ != "NOUN" or not (low in _EVIDENCE | {"case"} or _smoking_gun(tok)):
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _NAMING:
            return False  # "evidence of fraud", "the case for war": named
        if c.dep_ in {"acl", "relcl", "ccomp"} and any(
                g.dep_ in {"mark", "nsubj", "nsubjpass", "ccomp"} or (
                    g.dep_ == "dobj" and g.lower_ not in _STOOD_BY) for g in c.children):
            return False  # "evidence that he lied", "the facts he ignored", "no evidence to
            # suggest he knew" (but "no evidence to support the claims": the case itself)
    return low != "case" or any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "against") for c in tok.children)


def _smoking_gun(tok: Token) -> bool:
    """ "a smoking gun": the proof itself."""
    return tok.lemma_.lower() == "gun" and any(c.lower_ == "smoking" for c in tok.children)


def _strength(word: Token) -> int:
    forms = {word.lower_, word.lemma_.lower()}
    return 1 if forms & _STRONG else -1 if forms & _WEAK else 0


def _weighed(noun: Token) -> tuple[int, Token, str] | None:
    """(side, the word that weighs it, basis) for a case noun, or None; none for evidence
    weighed on both sides ("the evidence is thin either way")."""
    if any(t.lemma_.lower() in {"way", "side"} and any(d.lower_ in {"either", "both"} for d in (
            t.children)) for t in noun.head.subtree):
        return None
    missing = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    for m in noun.children:
        if m.dep_ == "amod" and (side := _strength(m)):  # "compelling evidence", "a flimsy case"
            return (-1 if missing else side), noun.head if noun.dep_ != "nsubj" else m, (
                "weighs the case")  # "found no compelling evidence"
    if missing and noun.dep_ == "nsubj" and negated_here(noun.head) and (
            noun.head.lemma_ in {"be", "mean", "equal", "prove"}):
        return None  # '"No evidence" isn't the same as "it didn't happen"': absence no proof
    if missing:
        return -1, noun.head, "finds no case"  # "there is no evidence", "they have no proof"
    owner = noun.head if noun.dep_ == "pobj" and noun.head.head.lemma_ in _PIECES else None
    target = owner.head if owner is not None else noun  # "a single piece of evidence"
    verb = target.head
    if target.dep_ == "dobj" and verb.lemma_.lower() in _SHOW:
        side = -1 if _not_yet(verb) else 1  # "has yet to show a single piece of evidence"
        if side > 0 and verb.lemma_.lower() in _HAVE:
            return None  # "the evidence we have": held, not shown
        return side, verb, "case shown" if side > 0 else "case not shown"
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    head = noun.head
    own = -1 if negated_here(head) else 1  # "was not compelling", "does not hold water"
    preds = [c for c in head.children if c.dep_ in {"acomp", "attr", "oprd"}]
    preds += [g for p in preds for g in p.conjuncts]
    for pred in (head, *preds):  # "was not proven", "was compelling", "is clear"
        if side := _strength(pred):  # "was “not encouraging”": the "not" on the word
            turned = -1 if pred is not head and negated_here(pred) else 1
            return side * own * turned, head, "weighs the case"
    keys = set(phrasal_keys(head)) | {f"{b}_{c.lower_}" for b in base_forms(head)
                                      for c in head.children if c.dep_ in {"advmod", "prt", "dobj"}}
    if keys & _COLLAPSE:
        return -own, head, "the case gives way"
    if keys & _HOLDS:
        return own, head, "the case holds"
    if head.lemma_.lower() in {"build", "base", "rest", "found"} and any(
            g.lemma_.lower() in _EMPTY for c in head.children if c.dep_ == "prep"
            for g in c.children if g.dep_ == "pobj"):
        return -own, head, "the case rests on nothing"  # "built on nothing", "rests on hearsay"
    return None


def _not_yet(verb: Token) -> bool:
    """Not done: "has not produced", "has yet to show", "failed to provide"."""
    if negated_here(verb):
        return True
    head = verb.head if verb.dep_ == "xcomp" else None
    return head is not None and (
        head.lemma_.lower() in {"fail", "refuse"} or negated_here(head) or any(
            c.lower_ == "yet" for c in head.children))


def _doubt(view: ClaimView, tok: Token) -> tuple[int, Token, str] | None:
    """Doubt about the event ruled out, or another explanation: "leaves no room for doubt",
    "there is no serious doubt about who did this", "beyond reasonable doubt", "no other
    explanation"."""
    low = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or low not in {"doubt", "explanation"} or tok.dep_ not in {
            "attr", "dobj", "pobj", "nsubj", "nsubjpass"}:
        return None  # not "he will no doubt deny it"
    if low == "explanation":
        other = any(c.lower_ in {"other", "alternative"} for c in tok.children)
        return (1, tok, "no other explanation") if other and negated_here(tok) and (
            tok.dep_ != "nsubj") else None  # "no other explanation fits": the rivals ruled out
    named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in _NAMING
             for g in c.children if g.dep_ in {"pobj", "pcomp"}]
    if any(g.tag_ not in {"VBD", "VBN", "VBZ", "VBP", "VB"} and not _case_noun(g)
           and g.i not in view.refs for g in named):
        return None  # "no doubt about his sincerity": something else in doubt
    if tok.dep_ == "pobj" and tok.head.lower_ == "beyond":
        return 1, tok.head, "beyond doubt"
    room = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    if room is not None and negated_here(room):
        return 1, room, "rules out doubt"  # "leaves no room for doubt"
    if negated_here(tok):
        return 1, tok, "rules out doubt"  # "there is no serious doubt about who did it"
    if named and tok.dep_ in {"dobj", "attr"} and tok.lemma_ == "doubt" and any(
            _case_noun(g) for g in named):
        return -1, tok, "doubts the case"  # "serious doubts about the evidence"
    return None


_TOLD = frozenset("say publish write report allege find claim".split())  # "all it had said"


def _stood_by(tok: Token) -> tuple[int, Token, str] | None:
    """ "WADA stands by its findings", "the paper stood by every word of its story", "it
    stands by every word", "the firm stood behind everything it had published"."""
    if tok.lemma_.lower() != "stand":
        return None
    held = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"by", "behind"}
            for g in c.children if g.dep_ == "pobj"]
    of = [g for h in held if h.lower_ == "word" for c in h.children if c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj"]
    own = [h for h in held if (h.lower_ == "word" and not of) or (  # its own words, said
        h.lower_ in {"everything", "all"} and any(r.dep_ == "relcl" and r.lemma_.lower() in (
            _TOLD) for r in h.children))]
    if own or any(h.lower_ in _STOOD_BY and h.lower_ != "word" for h in held + of):
        return (-1 if negated_here(tok) else 1), tok, "stands by the case"
    return None

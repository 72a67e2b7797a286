"""What a claim says exists, or what it calls the policy: "there is no confusion" defends it,
"there should be no ban" refuses it, "called the Act 'unworkable'" attacks it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.conditions import only_in_theory
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_doing import act_named
from pipeline.trail.stance_eval import complex_valence
from pipeline.trail.stance_harms import banned_thing
from pipeline.trail.stance_rules import Signal, usable
from pipeline.trail.valence import token_valence


def existential_signals(view: ClaimView) -> list[Signal]:
    """ "there is no confusion": an existential evaluation on a policy claim (weak); "there
    should be no ban": the policy itself prescribed or refused."""
    out = []
    for verb in view.tokens:
        if verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
            continue
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            own = view.refs.get(attr.i) == "attribute"  # "there are no safeguards": the
            val = token_valence(attr, view.lexicon) if own else view.valence(attr)  # policy's
            w = view.walk(verb)
            if view.refs.get(attr.i) == "target" and w.commit and usable(w, could_ok=False):
                sign = (-1 if negated_here(attr) else 1) * w.sign * view.ref_sign(attr)
                neg = " not" if w.sign < 0 else ""
                out.append(Signal(sign * view.flip, 3, f"says there {w.commit}{neg} be "
                                                       f"{view.snippet(attr)}"))
                continue  # "there should be no ban": the policy prescribed or refused
            if abs(val) < 1.0:
                continue
            if not usable(w, could_ok=True):
                continue
            denied = negated_here(attr) or w.sign < 0 or view.flip < 0
            sign = (1 if val > 0 else -1) * (-1 if negated_here(attr) else 1) * w.sign
            # "there is no confusion", "denied there was any confusion": a defence, said
            # against a charge; "there is confusion" alone may be a mere report (weak)
            weight = 2 if (denied and val < 0) or own else 1
            out.append(Signal(sign * view.flip, weight, f"says there is {view.snippet(attr)}"))
    return out


def label_signals(view: ClaimView) -> list[Signal]:
    """ "called the Act 'unworkable'": a labelling cue whose object is the policy."""
    cue = view.cue_tok
    if cue is None or view.cue not in {"call", "describe", "brand", "label", "dub", "term"}:
        return []
    banned = next((c for c in cue.children if c.dep_ == "dobj" and banned_thing(view, c)), None)
    obj = banned or next((c for c in cue.children if c.dep_ == "dobj" and (
        c.i in view.refs or c.lower_ in {"it", "this", "them"} or act_named(view, c))), None)
    if obj is None:  # "described it as", "called the climbdown [a betrayal]": the act on it
        return []
    label = next((c for c in cue.children if c.dep_ in {"oprd", "attr", "xcomp", "ccomp"}
                  or (c.dep_ == "dobj" and c.i != obj.i)), None)  # "branded it a tax on ..."
    label = label or next((g for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"
                           for g in c.children if g.dep_ == "pobj"), None)
    if label is not None and (only_in_theory(cue) or only_in_theory(label)):
        return []  # "called it lovely on paper": a merit granted on the way to an objection
    banned = banned or (label if label is not None and banned_thing(view, label) else None)
    val, said = complex_valence(view, label) if label is not None else (0.0, [])  # "called
    # them exploitative contracts": a verdict on what is banned
    if label is not None and abs(val) < 1.0:  # "a betrayal of every clever kid": the label's
        own = view.valence(label) + sum(  # own words (not "a missed opportunity", which
            view.valence(c) for c in label.children if c.dep_ in {"amod", "compound"})  # turns)
        if abs(own) >= 1.5:
            val, said = own, [view.word(label)]
    if abs(val) < 1.0 or not said:  # "a tax on honesty" is read whole; else word by word
        val, words = _strong_words(view, skip=obj)
        said = [t.text for t in words]
    if abs(val) < 1.0:
        return []
    acted = act_named(view, obj) if obj.i not in view.refs and obj.pos_ == "NOUN" else 0
    sign = (1 if val > 0 else -1) * (-1 if banned else acted or view.ref_sign(obj))
    return [Signal(sign, 2, f"calls {view.snippet(obj)} '{said[0]}'")]


_CLAUSES = frozenset({"advcl", "relcl", "acl", "pcomp"})
_MANNER = frozenset({"by", "via", "through"})
# A verdict left open: "[happy either way as long as the bar opens]", "[fine if it works]".
_OPEN = re.compile(r"\b(?:if|unless|provided|providing|as long as|so long as|either way)\b", re.I)
# A greeting or a lone discourse marker is no verdict: "Good afternoon.", "Right.", "OK."
_GREETING = re.compile(r"^\W*(?:good\s+(?:morning|afternoon|evening|night|day|luck)\b|(?:right|"
                       r"ok|okay|well|sure|fine|yes|yeah|absolutely|exactly|indeed)\W*$)", re.I)


def _banned_judged(view: ClaimView, word: Token) -> Token | None:
    """The banned thing an adjective judges: its head or a compound of it ("exploitative
    zero-hours contracts"), or, misparsed as a verb, its object ("Ban exploitative contracts")."""
    if word.pos_ != "ADJ":
        return None
    near = [word.head, *(c for c in word.head.children if c.dep_ == "compound" and c.i > word.i)
            ] if word.dep_ == "amod" else [c for c in word.children if c.dep_ == "dobj"]
    return next((t for t in near if banned_thing(view, t)), None)


def fragment_signals(view: ClaimView) -> list[Signal]:
    """A content that is only a quoted verdict, with no verb but in a clause of its own
    ("[pointless and unworkable]", "['a landmark victory for common sense']", "[unreasonable at
    a time when inflation is falling]"), or that opens with one ("[About time. I've driven ...]"):
    on a claim that is on the topic, the verdict is on the policy in the news, or on the act the
    article reports (a last resort, weak)."""
    if view.prop.kind != "policy":
        return []
    return _verdict(view, view.tokens) or _verdict(view, _opening(view))


def _opening(view: ClaimView) -> list[Token]:
    """The first sentence of a content of several, past a lone "Honestly?" or "Right.": where a
    quote may open with its verdict."""
    starts = sorted({t.sent.start for t in view.tokens})
    sentences = [[t for t in view.tokens if t.sent.start == s] for s in starts]
    return next((s for s in sentences if not _GREETING.match(" ".join(t.text for t in s)) and not (
        sum(t.is_alpha for t in s) < 2 and s[-1].text == "?")), []) if len(sentences) > 1 else []


def _verdict(view: ClaimView, said_toks: list[Token]) -> list[Signal]:
    """The verdict of `fragment_signals` in these tokens, if they are one."""
    said = " ".join(t.text for t in said_toks)
    if not said_toks or any(t.pos_ in {"VERB", "AUX"} and not _seeming(t) and not any(
            a.dep_ in _CLAUSES and a.head.i in view.inside for a in (t, *t.ancestors))
            for t in said_toks) or _OPEN.search(said) or _GREETING.match(said):
        return []  # "[unreasonable at a time when inflation is falling]": a verb in a clause
        # of its own is not the content's
    roots = {t.i for t in said_toks if t.head.i not in view.inside or t.head.i == t.i}
    if any(view.sent.doc[i].tag_ == "VBG" or view.sent.doc[i].lower_ in _MANNER for i in roots):
        return []  # "[treating a ban as a silver bullet]": an act named, not a verdict; "[by
        # applause on Zoom]": how it was done
    val, words = _strong_words(view, near=roots)  # "[the figures "a damp squib"]": two heads
    if abs(val) < 1.5 or any(t.lower_ in {"not", "no", "never"} for t in said_toks) or (
            any(only_in_theory(t) for t in (*(view.sent.doc[i] for i in roots), view.cue_tok)
                if t is not None)):  # "[lovely on paper]": a merit granted, then doubted
        return []
    judged = _banned_judged(view, words[0])
    if judged is not None:  # "[exploitative contracts]": a verdict on what is banned
        return [Signal(-1 if val > 0 else 1, 2, f"calls {judged.text} '{view.word(words[0])}'")]
    acts = [act_named(view, t) for t in said_toks if t.pos_ == "NOUN"]
    # "[the refusal a democratic disgrace]": the verdict is on the act named; with none, on
    # what the article reports was done ("[a democratic disgrace]" after a refusal)
    done = next((a for a in acts if a), view.decided or 1)
    sign = (1 if val > 0 else -1) * view.flip * done  # a removal in the news is judged as
    # itself ("a landmark for renters" of scrapping no-fault evictions), not as what it removes
    return [Signal(sign, 2, f"a verdict: '{view.word(words[0])}'")]


def _seeming(verb: Token) -> bool:
    """ "[Sounds sensible.]": a verdict with its subject left out."""
    return verb.lemma_ in {"sound", "seem", "look"} and not any(
        c.dep_ in {"nsubj", "expl"} for c in verb.children) and any(
        c.dep_ in {"acomp", "oprd"} for c in verb.children)


def _strong_words(view: ClaimView, skip: Token | None = None,
                  near: set[int] | None = None) -> tuple[float, list[Token]]:
    """The content's clearly evaluative words (|valence| >= 1) and their summed valence; with
    ``near``, only those heads and their own modifiers ("[a landmark victory]", not the
    "powerful" of "[training for owners of powerful dogs]")."""
    words = [t for t in view.tokens if (skip is None or t.i != skip.i)
             and (near is None or t.i in near or t.head.i in near)
             and abs(view.valence(t)) >= 1.0]
    return sum(view.valence(t) for t in words), words

"""Fears about the policy dismissed: "scare stories about 24-hour drinking", "the scaremongering
over the cards" defend it, as "denied there was any confusion" does. The fear's words ("scare")
are then the speaker's verdict on the critics, not on the policy (stance_eval.py skips them).
The doom of the proverb is read so too: "the sky did not fall", "without the sky falling"
defend a policy on its topic; "the sky will fall" attacks it."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.stance_rules import Signal, usable

_SCARES = frozenset("scaremongering scaremonger scare myth hysteria alarmism".split())
_STORIES = frozenset({"story", "tale", "headline", "claim"})  # "scare stories", "horror tales"
_ABOUT = frozenset({"about", "over", "around", "surrounding", "on"})


def scare_of(tok: Token) -> Token | None:
    """The dismissive noun a policy word is the topic of: "scare stories about [X]". Read from
    the words' order, as the small model often hangs "about" on the verb or on X itself."""
    doc, k = tok.doc, tok.left_edge.i
    about = k if doc[k].lower_ in _ABOUT else k - 1
    if about < 1 or doc[about].lower_ not in _ABOUT:
        return None
    noun = doc[about - 1]
    low = noun.lower_
    if low.startswith("scaremonger") or noun.lemma_.lower() in _SCARES or (
            noun.lemma_.lower() in _STORIES and noun.i > 0
            and doc[noun.i - 1].lower_ in {"scare", "horror"}):
        return noun
    return None


def scare_signals(view: ClaimView) -> list[Signal]:
    """ "scare stories about 24-hour drinking bore no relation to the facts": for it."""
    out = _sky_signals(view)
    for i in sorted(view.refs):
        tok = view.sent.doc[i]
        noun = scare_of(tok)
        if noun is None or noun.i not in view.inside:
            continue
        w = view.walk(noun)
        if (w.sign < 0 and noun.dep_ in {"attr", "oprd"}) or not usable(w, could_ok=True):
            continue  # "this is not scaremongering": the fear is upheld (but "the scare
            # stories bore no relation to the facts" dismiss it all the more)
        out.append(Signal(view.ref_sign(tok) * view.flip, 3,
                          f"dismisses fears about {view.snippet(tok)}: '{noun.text}'"))
    return out


def _sky_signals(view: ClaimView) -> list[Signal]:
    """ "the sky does not fall", "without the sky falling": a doom denied, for the policy."""
    if view.prop.kind != "policy":
        return []
    for fall in view.tokens:
        if fall.lemma_ != "fall" or not any(c.dep_ == "nsubj" and c.lower_ == "sky"
                                            for c in fall.children):
            continue
        w = view.walk(fall)  # "without" turns it already
        if usable(w, could_ok=True):
            sign = -w.sign  # the doom itself is against it
            return [Signal(sign * view.flip, 2, f"the sky falling: {view.snippet(fall)}")]
    return []

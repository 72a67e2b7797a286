"""What a claim says exists, or what it calls the policy: "there is no confusion" defends it,
"there should be no ban" refuses it, "called the Act 'unworkable'" attacks it."""

from __future__ import annotations

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal, usable


def existential_signals(view: ClaimView) -> list[Signal]:
    """ "there is no confusion": an existential evaluation on a policy claim (weak); "there
    should be no ban": the policy itself prescribed or refused."""
    out = []
    for verb in view.tokens:
        if verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
            continue
        for attr in (c for c in verb.children if c.dep_ == "attr"):
            val = view.valence(attr)
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
            weight = 2 if denied and val < 0 else 1
            out.append(Signal(sign * view.flip, weight, f"says there is {view.snippet(attr)}"))
    return out


def label_signals(view: ClaimView) -> list[Signal]:
    """ "called the Act 'unworkable'": a labelling cue whose object is the policy."""
    cue = view.cue_tok
    if cue is None or view.cue not in {"call", "describe", "brand", "label", "dub", "term"}:
        return []
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i in view.refs), None)
    if obj is None:
        return []
    words = [t for t in view.tokens if t.i != obj.i and abs(view.valence(t)) >= 1.0]
    val = sum(view.valence(t) for t in words)
    if abs(val) < 1.0:
        return []
    sign = (1 if val > 0 else -1) * view.ref_sign(obj)
    return [Signal(sign, 2, f"calls {view.snippet(obj)} '{words[0].text}'")]

"""What a granted power allows: "powers to detain terror suspects" (an act of a direction group,
done to people), "powers to close crack houses" (an act of no group, by its lemma, done to the
houses), "powers to impose curfews" (the policy's own means: nothing more to know)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trail.evaluative import REALISE, direction_of, phrasal_keys

if TYPE_CHECKING:
    from spacy.tokens import Token

_CURBED_PEOPLE = frozenset({11})  # "detain intern imprison ...": powers over people
# Verbs whose object is the policy's own means ("use facial recognition", "issue orders").
_WIELD = frozenset({"use", "issue", "deploy", "apply", "levy", "charge", "set"})
# Verbs that name the same act: "shut" or "seal" a crack house is to close it.
ALIKE = {"close": ("shut", "seal", "shut_down", "close_down", "board_up")}


def enabled_act(objects: list[Token], target: set[str]) -> tuple[int | None, set[str], str]:
    """The act a granted power allows ("powers to detain terror suspects": detain's group) and,
    for a curb on people, who it acts on ("suspect", and "detainee" named after the act); an act
    of no group ("powers to close crack houses") by its lemma, with what it acts on."""
    acts = [c for o in objects if o.lemma_.lower() in target for c in o.children
            if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"]
    for act in acts:
        group = next((g for k in phrasal_keys(act) if (g := direction_of(k)) is not None), None)
        lemma = act.lemma_.lower()
        prt = next((c.lower_ for c in act.children if c.dep_ == "prt"), "")
        done = {w for c in act.children if c.dep_ == "dobj" for w in (c.lemma_.lower(), c.lower_)}
        if group is None and lemma in REALISE | _WIELD:
            continue  # "impose curfews": the curfews are the policy's own means
        if group is None:  # "close crack houses": the houses, "crack" too, take part
            done |= {g.lower_ for c in act.children if c.dep_ == "dobj"
                     for g in c.children if g.dep_ == "compound"}
            return None, done, f"{lemma}_{prt}" if prt else lemma
        if group not in _CURBED_PEOPLE:
            return group, set(), ""
        return group, done | {f"{lemma}ee", f"{lemma}ees"}, ""
    return None, set(), ""

"""What a policy will do to people, said without judging the policy in words: the consequence
as the speaker's case.

In a claim on a policy topic, a prediction of harm to people, firms or places ("rural drivers
will be hammered", "we would have to rip up our growth plans", "thousands of jobs will be lost",
"motorists would end up paying more") is the case against the change the proposition proposes,
and a predicted benefit ("drivers on rural roads would pay less", "bar staff will be
protected") the case for it. Only predictions count (will, would, could, might, going to):
present harms ("patients are dying") are often the problem a policy is meant to solve, and as
often the harm a policy in force is doing, so they are not read.

Harm to those a policy targets (criminals, terrorists, fraudsters: words of strongly negative
valence) is its benefit. A prediction on inaction ("without the ban ...", "unless ministers
act ...", "if nothing is done ...") argues for the change. Not for a proposition that removes
something ("the ban should be scrapped"): there the harm foretold is as likely the one the
thing in force does. Read only when nothing else in the claim takes a side (stance.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.eval_verbs import NOTHING
from pipeline.trail.evaluative import POLICY_ANAPHORS, phrasal_keys
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_rules import Signal
from pipeline.trail.valence import word_valence

HARMS = frozenset(
    "hammer hit suffer lose close shut struggle penalise penalize punish squeeze hurt damage "
    "kill die ruin destroy devastate cripple bankrupt sack lose_out go_under go_bust "
    "price_out shut_down close_down rip_up wipe_out".split())
BENEFITS = frozenset("save benefit gain thrive prosper flourish protect".split())
_WORSE = frozenset({"worse", "poorer", "bankrupt", "unemployed", "homeless", "redundant"})
_BETTER = frozenset({"better", "safer", "healthier", "cheaper", "richer"})
_PREDICTS = frozenset({"will", "would", "'ll", "wo", "shall", "could", "might", "may"})
_NOBODY = frozenset({"nobody", "no-one", "none", "nothing"})
# What closes or shuts and is harmed by it: a business or a place, not a consultation.
_PREMISES = frozenset(
    "pub bar shop firm business company factory plant school hospital restaurant club store "
    "branch station office practice mine yard farm we they many hundreds thousands dozens "
    "some".split())


def _predicted(tok: Token) -> bool:
    """Said of the future: a modal on the word or on the verbs it hangs from ("would end up
    paying", "are going to lose")."""
    node = tok.head if tok.dep_ in {"acomp", "attr"} or tok.lower_ == "off" else tok
    # "will be better off": the modal is on the copula
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _PREDICTS for c in node.children):
            return True
        if node.lemma_ == "go" and any(c.dep_ == "aux" for c in node.children) and (
                tok.dep_ == "xcomp"):  # "are going to lose"
            return True
        if node.dep_ not in {"xcomp", "conj"} or node.head == node:
            return False
        node = node.head
    return False


def _subjects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _effect(tok: Token) -> int:
    """-1 a harm, +1 a benefit, 0 neither (before negation)."""
    keys = set(phrasal_keys(tok)) | {tok.lemma_.lower()}
    if keys & {"close", "shut"} and not any(s.lemma_.lower() in _PREMISES
                                             for s in _subjects(tok)):
        return 0  # "the consultation will close in September"
    if keys & HARMS:
        return -1
    if keys & BENEFITS:
        return 1
    if tok.lemma_.lower() == "force" and tok.tag_ == "VBN":  # "would be forced to pay"
        return -1
    if tok.lemma_.lower() == "pay":  # "pay more", "pay less", "would have to pay"
        amount = {g.lower_ for c in tok.children for g in (c, *c.children)}
        obliged = tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in {"have", "force"} or (
            "end_up" in phrasal_keys(tok.head)))  # "would end up paying it"
        return -1 if amount & {"more", "extra", "twice"} or (obliged and not amount & {
            "less", "nothing"}) else 1 if "less" in amount else 0
    if tok.lower_ == "off":  # "better off", "worse off"
        degree = {c.lower_ for c in tok.children}
        return -1 if degree & _WORSE else 1 if degree & _BETTER else 0
    if tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "ROOT", "conj"} and not any(
            c.lower_ == "than" for c in tok.children):  # "better than its rival": a comparison
        low = tok.lower_
        return -1 if low in _WORSE else 1 if low in _BETTER else 0
    return 0


def _nobody(tok: Token) -> bool:
    """No one suffers it: "nobody will lose out", "no student would have to pay"."""
    node = tok.head if tok.dep_ == "xcomp" else tok
    who = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}] + [
        c for c in tok.children if c.lower_ in _NOBODY]
    return any(w.lower_ in _NOBODY or any(d.lower_ == "no" and d.dep_ == "det"
                                          for d in w.children) for w in who)


def _next_to_nothing(tok: Token) -> bool:
    """What is gained or lost is next to nothing: "gain the least", "lose little"."""
    return any(c.dep_ == "dobj" and c.lower_ in NOTHING for c in tok.children)


def _bad_actor(tok: Token) -> bool:
    """The one affected is a target of the policy: "criminals will find it harder"."""
    return any(word_valence(w, "vader") <= -1.5 for w in _subjects(tok))


def _on_inaction(view: ClaimView, tok: Token) -> bool:
    """The prediction is for doing nothing: "without the ban, more will die", "unless
    ministers act, ...", "if nothing is done, ...", "..., otherwise pubs will close"."""
    for node in (tok, *tok.ancestors):
        for c in node.children:
            if (c.dep_ == "prep" and c.lower_ == "without") or (
                    c.dep_ == "advmod" and c.lower_ == "otherwise"):
                return True
            if c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children):
                return True
            if c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) and any(
                    g.lower_ == "nothing" for g in c.children):
                return True
        if node.i not in view.inside:
            break
    return False


def consequence_signals(view: ClaimView) -> list[Signal]:
    """A predicted harm against the change, a predicted benefit for it."""
    if view.prop.kind != "policy" or view.prop.target_sign < 0 or view.rhetorical:
        return []
    signs = {}
    for tok in view.tokens:
        if (tok.pos_ not in {"VERB", "ADJ"} and tok.lower_ != "off") or view.topical(
                tok) or not _predicted(tok) or any(
                s.i in view.refs or s.lemma_.lower() in POLICY_ANAPHORS  # "the bill will die
                for s in _subjects(tok)):  # in the Lords"; "the £50 rule will work": another
            continue
        effect = _effect(tok)
        if not effect:
            continue
        going = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_ == "go" else tok
        if negated_here(tok) or negated_here(going) or _nobody(tok) or _next_to_nothing(tok):
            effect = -effect  # "nobody will lose out", "no student would have to pay", "is
            # not going to lose me a customer", "would gain the least"
        if _bad_actor(tok):
            effect = -effect
        signs.setdefault(effect, tok)
    if len(signs) != 1:
        return []
    ((effect, tok),) = signs.items()
    what = "a harm" if effect < 0 else "a benefit"
    if _on_inaction(view, tok):
        effect, what = -effect, f"{what} without it"
    return [Signal(effect * view.flip, 2, f"foretells {what}: '{tok.text}'")]

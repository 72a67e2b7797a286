"""Who a measure is said to help or hurt, beyond the lexicon: what it pays for ("would fund
public services"), the well-off it benefits ("would mainly benefit the richest", a gift to
those who need it least) and the ordinary people it punishes ("punishes the people who follow
the rules"). Read by eval_verbs.verb_value."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trail.misparses import hyphen_prefix

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.trail.claim_view import ClaimView

_ORDINARY = frozenset("family household worker pensioner parent driver motorist commuter "
                      "taxpayer resident shopper customer consumer patient student".split())
_FUNDS = frozenset({"fund", "finance", "bankroll", "underwrite"})
_MONEY = frozenset({"money", "revenue", "proceeds", "cash", "receipt", "income", "it", "this"})


def funded(view: ClaimView, verb: Token) -> list[Token]:
    """What a measure or its money is said to pay for: "fund public services", "pay for care"
    (not "taxpayers would pay for it": a cost)."""
    if not any(c.dep_ == "nsubj" and (c.i in view.refs or c.lemma_.lower() in _MONEY)
               for c in verb.children):
        return []
    if verb.lemma_.lower() in _FUNDS:
        return [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "pay" and not any(c.dep_ == "dobj" for c in verb.children):
        return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"]
    return []


# The many, and those who keep the rules: "the people who follow the rules", "the majority".
_MANY = frozenset({"people", "majority", "person", "citizen", "everyone", "everybody"})
_KEEPING = frozenset({"follow", "obey", "abide", "keep", "respect"})
_DOING_RIGHT = frozenset({"follow", "obey", "abide", "comply", "invest"})


def ordinary(item: Token) -> bool:
    """Ordinary people, whom punishing is a harm ("people who follow the rules", "who did the
    right thing"; not "people who break the law"), and any who comply or invest."""
    if item.lemma_.lower() in _ORDINARY:
        return True
    deeds = [c for c in item.children if c.dep_ == "relcl"]
    if deeds and all(d.lemma_.lower() in _DOING_RIGHT for d in deeds):
        return True  # "the one sector that is investing in cleaner ships", "firms that comply"
    return item.lemma_.lower() in _MANY and all(d.lemma_.lower() in _KEEPING or any(
        o.dep_ == "dobj" and o.lemma_ == "thing" and any(m.lower_ == "right" for m in o.children)
        for o in d.children) for d in deeds)  # "the people who did the right thing"


FAVOURS = frozenset({"benefit", "favour", "favor", "reward", "enrich"})
_WELL_OFF = frozenset("rich richest wealthy wealthiest well-off better-off affluent privileged "
                      "highest-earning high-earning millionaire millionaires billionaire "
                      "billionaires".split())


def well_off(item: Token) -> bool:
    """The well-off as those a measure helps: "the richest", "the highest-earning graduates"."""
    words = [item, *(c for c in item.children if c.dep_ in {"amod", "compound"})]
    return any(w.lower_ in _WELL_OFF or f"{hyphen_prefix(w)}-{w.lower_}" in _WELL_OFF
               for w in words)

"""How a word names the watched policy or event, by its form: its lemma, hyphenated form and
spelled singular, and whether it is part of a name, a plural of the class, a participant's stem,
a noun that needs its qualifying modifier, another of the policy's kind ("inheritance tax"), a
duty named by its act ("compulsory voting") or what a scrapped charge pays for, called free
("free tuition") (claim_view.ClaimView.is_target reads these)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.nlp.attribution.content import FINITE_TAGS
from pipeline.nlp.person_words import HONORIFICS
from pipeline.trail.direction_groups import CURBS
from pipeline.trail.evaluative import INSTITUTIONS, POLICY_ANAPHORS
from pipeline.trail.misparses import hyphen_prefix
from pipeline.trail.proposition_words import akin
from pipeline.trail.valence import token_valence

if TYPE_CHECKING:
    from pipeline.trail.proposition import Proposition


def in_name(tok: Token, target: frozenset[str] = frozenset()) -> bool:
    """Part of a multi-word proper name ("British American Tobacco"), not the topic's noun;
    not a name made of the proposition's own words only ("the 2040 Winter Olympics" to host)."""
    if tok.pos_ != "PROPN":
        return False
    head = tok.head if tok.dep_ == "compound" else tok
    name = [head, *(c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN")]
    return head.pos_ == "PROPN" and len(name) > 1 and tok.lower_ != "id" and not all(
        word_forms(t) & target for t in name)


def agent_noun(tok: Token, prop: Proposition) -> bool:
    """People named after the watched act by a wildcard term ("detain*" and "detainees",
    "hunt*" and "hunters"): participants, not the policy."""
    lemma = tok.lemma_.lower()
    return any(lemma.endswith(suffix) and p.fullmatch(lemma[:-len(suffix)])
               for suffix in ("ee", "er", "r", "ist") for p in prop.about)


def curbed_thing(tok: Token, prop: Proposition) -> bool:
    """Under a ban or curb, a common noun (matched by a watchlist term, as the caller checks)
    that is no word for a measure names what is curbed ("wood burners" of "Wood-burning stoves
    should be banned"): on the topic, but the thing acted on, not the policy."""
    return prop.group in CURBS and bool(prop.restricted) and tok.pos_ == "NOUN" and not (
        {tok.lower_, tok.lemma_.lower()} & (prop.target | prop.nominals | _MEASURES))


_MEASURES = POLICY_ANAPHORS | {"ban", "bans", "offer", "bid", "deal"}


def class_plural(tok: Token, prop: Proposition) -> bool:
    """A plural that matches a singular watchlist term only by its lemma ("law" and "EU
    laws", "current laws"): laws in general, not the one measure watched."""
    forms = [tok.text] + ([f"{tok.doc[tok.i - 1].text} {tok.text}"] if tok.i > 0 else [])
    return tok.tag_ in {"NNS", "NNPS"} and not any(p.fullmatch(f) for p in prop.about
                                                   for f in forms)  # "control orders" named


def unqualified(tok: Token, prop: Proposition) -> bool:
    """Without the modifier that makes the backers' noun the policy ("trust" schools)."""
    marks = prop.target - prop.qualified
    return not any(c.dep_ in {"compound", "amod"} and {c.lower_, c.lemma_.lower()} & marks
                   for c in tok.children)


# Modifiers that say how far or how long, or whose, not what kind: "a blanket ban", "a
# part-sale", "the core powers", "the government scheme"; and units: "a 2% levy".
_SCOPES = INSTITUTIONS | frozenset(
    "blanket part pilot trial test default flagship landmark emergency interim stopgap core "
    "headline centrepiece cent percent pence pound year month week day".split())


def other_of_kind(tok: Token, prop: Proposition) -> bool:
    """A policy's noun named as another of its kind by a common-noun modifier the proposition
    does not use ("inheritance tax", "capital gains tax" when the tax watched is on wealth; not
    "the wealth tax", "the new tax" or "the Treasury tax"): for its own nouns what
    claim_view._specific is for its anaphors ("the new bankruptcy law")."""
    if prop.kind != "policy":
        return False
    mods = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i
            and c.is_alpha and c.lower_ not in _SCOPES and (
                c.doc[c.i + 1].text != "-" or c.lower_ == "self")]  # "sell-off"; but a
    # "self-checkout" is the other kind of a staffed one
    if not mods:
        return False
    own = (prop.target | prop.args | prop.modifiers | prop.nominals | prop.restricted
           | prop.qualified | prop.replaced)
    return any(
        not word_forms(m) & own and not akin(word_forms(m), own)
        and not any(p.search(f"{m.lower_} {tok.lower_}") or p.fullmatch(m.lower_)
                    for p in prop.about) for m in mods)


_DUTIES = frozenset({"compulsory", "mandatory", "obligatory", "forced", "enforced"})


def duty_named(tok: Token, prop: Proposition) -> bool:
    """A duty named by its act: "compulsory voting", "mandatory helmet-wearing"."""
    return prop.compels and bool(word_forms(tok) & prop.args) and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _DUTIES for c in tok.children)


CHARGES = frozenset("fee fees charge charges toll tolls fare fares levy".split())


def made_free(tok: Token, prop: Proposition) -> bool:
    """What a charge to be scrapped is paid for, called free: "free tuition" when tuition fees
    are to go, "free prescriptions" (the policy done, not the charge)."""
    return made_free_prop(prop) and _called_free(tok)


def freed(tok: Token, prop: Proposition) -> bool:
    """What a charge to be brought in is paid for, called free: "free entry" when museums are
    to charge for entry (the charge's undoing), not when the proposition itself says "free"."""
    charged = prop.predicate == "charge" or bool(prop.target & CHARGES)
    return prop.target_sign > 0 and charged and not re.search(
        r"\bfree\b", prop.text, re.I) and _called_free(tok)


def _called_free(tok: Token) -> bool:
    """ "free tuition", "fee-free entry"."""
    return any(c.dep_ == "amod" and c.lower_ in {"free", "fee-free"} for c in tok.children)


def made_free_prop(prop: Proposition) -> bool:
    """The proposition scraps a charge (fees, charges, tolls, fares)."""
    return prop.target_sign < 0 and bool(prop.target & CHARGES)


def generic_plural(tok: Token) -> bool:
    """A bare plural ("current laws", "EU laws", "tougher rules"): no determiner, owner or
    complement picks out one measure, so it names the class, not the policy watched. So does
    a bare singular after a preposition ("required by law"), "the rule of law", and a market's
    demand ("demand for heat pumps")."""
    bare = not any(c.dep_ in {"det", "poss", "predet", "nummod", "acl", "relcl", "prep"}
                   for c in tok.children)
    if tok.lemma_.lower() == "demand" and (bare or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)):
        return True  # "demand for heat pumps", "demand is low": a market's, not a claim made
    if tok.lemma_.lower() == "rule" and any(g.lower_ == "law" for c in tok.children
                                            if c.lower_ == "of" for g in c.children):
        return True  # "the rule of law": a principle, not a rule
    return bare and (tok.tag_ in {"NNS", "NNPS"} or (
        tok.tag_ == "NN" and tok.dep_ == "pobj" and not any(
            c.dep_ in {"amod", "compound"} for c in tok.children)))


def word_forms(tok: Token) -> set[str]:
    """A word, its lemma, its hyphenated form ("sell-off") and its singular by spelling
    ("taxes", which the lemmatizer makes "taxis")."""
    return {tok.lower_, tok.lemma_.lower(), f"{hyphen_prefix(tok)}-{tok.lower_}", singular(tok)}


def singular(tok: Token) -> str:
    """A plural noun's singular by its spelling ("taxes" -> "tax", "levies" -> "levy")."""
    word = tok.lower_
    if tok.tag_ not in {"NNS", "NNPS"} or not word.endswith("s"):
        return word
    if word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def gerund_object(tok: Token) -> bool:
    """ "halt [fracking]", "a moratorium on [fracking]": a bare gerund after a verb or a
    preposition is what they act on (the parser makes it a clause, "xcomp" or "pcomp"), not an
    act of its own."""
    return tok.tag_ == "VBG" and (tok.dep_ == "pcomp" or (
        tok.dep_ == "xcomp" and tok.head.pos_ == "VERB")) and not any(
        c.dep_ in {"aux", "dobj", "nsubj"} for c in tok.children)


_HEAPS = frozenset({"collection", "tissue", "pack", "bunch", "series", "catalogue", "web"})


def heaped(tok: Token) -> Token:
    """ "a tissue of lies", "a collection of rumours": what the heap is of."""
    if tok.dep_ != "attr" or tok.lemma_.lower() not in _HEAPS:
        return tok
    return next((g for p in tok.children if p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"), tok)


_PARTS = frozenset("all most some many half none few several both each rest majority "
                   "minority".split())


def counted_part(tok: Token) -> Token:
    """ "all 46 of [the cameras]", "most of [the pubs]": the part counted of the whole, which
    stands in the clause for it (else the token itself)."""
    part = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            part.pos_ == "NUM" or part.lower_ in _PARTS):
        return part
    return tok


def finite(tok: Token) -> bool:
    """A tensed verb or an auxiliary: what a bare verdict ("[a fiction written to order]") has
    none of."""
    return tok.pos_ == "AUX" or tok.tag_ in FINITE_TAGS


_GENERIC_MODS = HONORIFICS | frozenset(  # and titles: "Sir Mark" is Mark
    "high low higher lower current key base official headline benchmark main further new "
    "existing proposed planned draft controversial latest".split())


def modifier_of_another_kind(mod: Token, prop: Proposition, lexicon: str) -> bool:
    """A modifier naming another thing of the kind ("the jobless rate"); a judgement names none
    ("exploitative contracts" are still the contracts), nor does a subset of the people the
    policy empowers."""
    return mod.dep_ in {"compound", "amod"} and mod.pos_ in {"NOUN", "PROPN", "ADJ"} and (
        mod.lower_ not in prop.args | _GENERIC_MODS) and not (
        mod.pos_ == "ADJ" and token_valence(mod, lexicon)) and not any(  # "short-sentence
        mod.head.lemma_.lower() in name for name in prop.backers)  # prisoners" are prisoners


def about_modified(tok: Token, about: tuple[re.Pattern[str], ...]) -> bool:
    """The words before a noun are a watchlist term ("[all-lane running] motorways" for the
    term "all-lane running"): the thing by its own name, not another of its kind."""
    return any(p.fullmatch(tok.doc[i:tok.i].text) for i in range(tok.left_edge.i, tok.i)
               for p in about)


def term_forms(tok: Token) -> list[str]:
    """How a watchlist term may cover a word: alone, as its lemma, with its particle ("sat
    down"), the next word, its phrase ("votes at 16"), the words before it ("control orders",
    "all-lane running", "the smart motorway") or a gerund's object ("arming every officer" for
    "arm every officer")."""
    forms = [tok.text, tok.lemma_]
    forms += [f"{tok.lemma_} {c.text}" for c in tok.children if c.dep_ == "prt"]
    if tok.i + 1 < len(tok.doc):
        forms.append(f"{tok.text} {tok.doc[tok.i + 1].text}")
        if tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].dep_ == "prep" and (
                tok.doc[tok.i + 1].head.i == tok.i):  # "votes at 16": its own phrase
            forms.append(f"{forms[-1]} {tok.doc[tok.i + 2].text}")
    for obj in (c for c in tok.children if c.dep_ == "dobj" and tok.tag_ == "VBG"):
        forms += [f"{w} {' '.join(t.text for t in obj.subtree)}" for w in (tok.text, tok.lemma_)]
    if tok.left_edge.i < tok.i - 1:  # "all-lane running", split by the tokenizer
        forms += [tok.doc[i:tok.i + 1].text for i in (tok.left_edge.i, tok.left_edge.i + 1)]
    mods = {"compound", "amod"}
    if tok.i > 0 and tok.doc[tok.i - 1].dep_ in mods:
        forms.append(f"{tok.doc[tok.i - 1].text} {tok.text}")
        if tok.i > 1 and tok.doc[tok.i - 2].dep_ in mods:  # "wood burner ban"
            forms.append(f"{tok.doc[tok.i - 2].text} {forms[-1]}")
    return forms


@lru_cache(maxsize=64)
def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.findall(r"[a-z]{5,}", text.lower()))


def shares_stem(tok: Token, text: str) -> bool:
    """A word of five letters or more that begins as one of the proposition's does: "the
    donation law" of "required to donate", "the parking levy" of "charge for parking"."""
    return len(tok.lower_) >= 5 and tok.lower_[:5] in _stems(text)

"""How a sentence links a cause to an effect ("X caused Y", "Y was due to X", "X was to blame",
"X cannot be held responsible"), for stance_causes.cause_signals."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.evaluative import passive_agents, phrasal_keys, prep_objects
from pipeline.trail.proposition_words import CAUSING, EFFECT_NOUNS, LEADS, because_clause
from pipeline.trail.stance_hypotheses import DEFICITS

# Effects a cause makes as things: "water didn't make the hole", "what made the crack".
_MADE_THINGS = frozenset({"hole", "crack", "crater", "gap", "void", "mess", "damage"})
_POSSIBLE = frozenset({"can", "could", "may", "might"})  # "rain can do the same damage"
_REAL = frozenset({"real", "actual", "true", "root", "main", "direct", "only", "sole"})
HOW_MUCH = {"nothing": -1, "everything": 1, "lot": 1}  # "had nothing to do with it"
_FAULTS = DEFICITS | {"mistake", "error", "fault", "blunder"}  # "this was a failure of X"
_ANSWERABLE = frozenset({"responsible", "liable", "culpable", "accountable"})
_LIABILITY = frozenset({"responsibility", "liability", "blame"})
_BORNE = frozenset({"bear", "accept", "take", "carry", "shoulder", "share"})
_LIES = frozenset({"lie", "rest", "sit"})
# Nouns of a cause: "X was the cause of (the driver behind) Y", "the pump was the culprit";
# verbs that name one: "I'd call X a major driver", "X is considered the main cause".
_CAUSE_NOUNS = frozenset({"cause", "reason", "culprit", "killer", "driver", "heart", "root"})
_CORE = frozenset({"culprit", "heart", "root"})  # the real cause: "X is the heart of this"
_CALLING = frozenset({"call", "consider", "name", "deem", "label", "brand", "regard", "see"})
# "X was also (partly) to blame": a share of the fault, not a cause named for the effect.
_SHARED = frozenset({"also", "too", "partly", "partially", "equally", "jointly", "somewhat",
                     "some"})
# An effect's verbs and nouns with the cause after them: "Y stemmed from X", "Y was the result
# of X".
_ARISING = frozenset({"stem_from", "result_from", "arise_from", "spring_from"})
_OUTCOMES = frozenset({"result", "product", "consequence", "outcome", "legacy", "price", "bill"})
# What a cause makes its effect: "made the disaster inevitable", "made such an accident likely".
_BOUND = frozenset({"inevitable", "likely", "unavoidable", "certain", "probable"})


# What "it was the ..." names that is no cause: "it was the first time", "the same story".
_NO_THING = frozenset("time day night moment year week end start beginning case way point "
                      "thing one question answer story news result problem issue idea worst "
                      "best same first last only right wrong whole kind sort lot job role duty "
                      "task business testimony responsibility whose".split())  # "whose fault"


def _plain_thing(noun: Token) -> bool:
    """ "it was the wind", "it was the outsourcing model": a definite thing named by a cleft, a
    cause (another's, unless the proposition's own); not "the first time", "the same people",
    "the one thing that works", "a disaster"."""
    return noun.pos_ in {"NOUN", "PROPN"} and noun.ent_type_ not in {"DATE", "TIME"} and any(
        c.lower_ == "the" or c.dep_ == "poss" for c in noun.children) and not any(
        c.lower_ in _NO_THING or c.dep_ in {"relcl", "acl", "prep"} or c.tag_ == "JJS"
        for c in (noun, *noun.children))


def cause_link(tok: Token, downing: frozenset[str]) -> tuple[Token, Token | None, bool] | None:
    """(cause, effect, called the real cause) when ``tok`` links a cause to an effect: "X
    caused Y", "Y was started by X", "X led to Y", "X was the cause of Y", "the cause of Y was
    X", "Y was due to (down to) X", "Y was the result (the price) of X", "Y happened because of
    X", "X was to blame", "X was at fault", "X was (held) responsible", "X bears the
    responsibility", "the blame lies with X", "blamed Y on X", a cleft's "it was X", "X did that
    (did it)", "X made Y inevitable", "Y sank because X failed"; with ``downing`` verbs, "Y was
    shot down (was hit) by X"."""
    kids = {c.dep_: c for c in tok.children}
    clause = next((c for c in tok.children if because_clause(c)), None)
    if clause is not None and "nsubj" in kids:  # "it sank because the bow door failed"
        cause = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return (cause, kids["nsubj"], False) if cause is not None else None
    if tok.lemma_ == "make" and "nsubj" in kids and (made := next((c for c in tok.children if (
            c.dep_ in {"ccomp", "oprd", "xcomp"} and c.lower_ in _BOUND)), None)) is not None:
        effect = kids.get("dobj") or next((c for c in made.children if c.dep_ == "nsubj"), None)
        return kids["nsubj"], effect, False  # "the design made the disaster inevitable"
    if tok.lemma_ == "make" and "nsubj" in kids and "dobj" in kids and kids["dobj"].lemma_ in (
            _MADE_THINGS):  # "the miners made the hole": the effect made as a thing
        return kids["nsubj"], kids["dobj"], False
    if tok.pos_ == "VERB" and (tok.lemma_.lower() in CAUSING
                               or set(phrasal_keys(tok)) & (LEADS | downing)):
        if "nsubjpass" in kids:  # "the fire was started by a downed line"
            agent = next(iter(passive_agents(tok)), None)
            return (agent, kids["nsubjpass"], False) if agent is not None else None
        effect = kids.get("dobj") or next(iter(prep_objects(tok, {"to", "in"})), None)
        return (kids["nsubj"], effect, False) if "nsubj" in kids else None
    if tok.lemma_.lower() in _CAUSE_NOUNS and tok.pos_ == "NOUN" and (
            tok.head.lemma_ == "be") and not (tok.lower_ == "culprit" and any(
            c.dep_ == "amod" and c.lower_ not in _REAL for c in tok.children)):  # a culprit is
        # the real cause ("the pump was the culprit"; "the likeliest culprit": a hypothesis)
        the_one = tok.lemma_.lower() == "cause" and any(c.lower_ == "the" for c in tok.children)
        real = any(c.lower_ in _REAL for c in tok.children) or tok.lemma_.lower() in _CORE or (
            the_one)  # "the workings were the cause": the one cause (not "a cause")
        effect = next(iter(prep_objects(tok, {"of", "for", "behind"})), None)
        if effect is None and tok.lemma_.lower() in {"heart", "root"}:
            return None  # "the heart of the city" names no effect
        other = {"attr": "nsubj", "nsubj": "attr"}.get(tok.dep_)
        cause = next((c for c in tok.head.children if c.dep_ == other), None) if other else None
        return (cause, effect, real) if cause is not None and (
            cause.lemma_.lower() not in _NO_THING) else None  # "the cause is a harder question"
    if tok.lemma_.lower() in _CAUSE_NOUNS and (one := one_of(tok)) is not None:
        cause = next((c for c in one.head.children if c.dep_ == "nsubj"), None)
        return (cause, next(iter(prep_objects(tok, {"of", "for", "behind"})), None), False) if (
            cause is not None) else None
    if tok.lemma_.lower() in _CAUSE_NOUNS and tok.pos_ == "NOUN" and tok.dep_ in {
            "oprd", "dobj", "attr"} and tok.head.lemma_.lower() in _CALLING:  # "I'd call neonics
        cause = next((c for c in tok.head.children if c.i < tok.i and (c.dep_ in {  # a major
            "dobj", "nsubjpass", "oprd"})), None)  # driver", "X is considered the main cause"
        return (cause, next(iter(prep_objects(tok, {"of", "for", "behind"})), None), any(
            c.lower_ in _REAL for c in tok.children)) if cause is not None else None
    if tok.lemma_.lower() in {"cause", "reason"} and tok.dep_ == "appos" and (
            tok.head.dep_ == "attr" and tok.head.head.lemma_ == "be"):  # "X was a symptom,
        cause = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)  # not
        return (cause, next(iter(prep_objects(tok, {"of", "for"})), None), False) if (  # the
            cause is not None) else None  # cause" (its "not": denied_cause)
    if tok.lemma_ in _LIABILITY | {"fault"} and (tok.head.lemma_ == "share" or any(
            c.lower_ in _SHARED for t in (tok, tok.head) for c in t.children)):
        return None  # "bears some responsibility", "shares the blame"
    if tok.lower_ == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
        cause = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        effect = next((o for o in prep_objects(tok, {"for"}) if o.pos_ != "VERB"), None)  # "the
        # State is to blame for it" (not the deed: "to blame for refusing a loan")
        return (cause, effect, False) if cause is not None else None
    if tok.lemma_ == "blame" and tok.pos_ == "VERB":  # "blamed the fire on the wiring",
        on = next(iter(prep_objects(tok, {"on"})), None)  # "was blamed on it", "I blame the
        if on is not None:  # wiring (for the fire)"
            return on, kids.get("dobj") or kids.get("nsubjpass"), False
        return (kids["dobj"], next(iter(prep_objects(tok, {"for"})), None), False) if (
            "dobj" in kids) else None
    if tok.lower_ in _ANSWERABLE and tok.dep_ in {"acomp", "oprd"} and tok.head.lemma_ in {
            "be", "hold"}:  # "X was responsible for it", "X cannot be held responsible"
        cause = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        effect = next(iter(prep_objects(tok, {"for"})), None) if tok.head.lemma_ == "be" else None
        return (cause, effect, False) if cause is not None else None
    if tok.lemma_ in _LIABILITY and tok.dep_ == "dobj" and tok.head.lemma_ in _BORNE:
        cause = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "bears no
        effect = next((o for o in prep_objects(tok, {"for"}) if o.pos_ != "VERB"), None)  # blame
        return (cause, effect, False) if cause is not None else None  # (for its navigation)"
    if tok.lemma_ in _LIABILITY | {"fault"} and tok.dep_ == "nsubj" and tok.head.lemma_ in _LIES:
        cause = next(iter(prep_objects(tok.head, {"with", "on", "in"})), None)  # "the blame lay
        effect = next(iter(prep_objects(tok, {"for"})), None)  # with the suppliers", "the
        return (cause, effect, False) if cause is not None else None  # fault lies with him"
    if tok.lower_ == "fault" and tok.head.lower_ == "at" and tok.head.head.lemma_ == "be":
        cause = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        return (cause, None, False) if cause is not None else None  # "the design was at fault"
    if tok.lemma_ == "be" and (said := next(
            (c.lower_ for c in tok.children if c.dep_ == "nsubj"), "")) in {"it", "this", "that"}:
        cause = next((c for c in tok.children if c.dep_ == "attr" and not any(  # "It was the
            m.dep_ == "mark" for d in c.children for m in d.children) and (  # power, plain
            said == "it" or c.lemma_.lower() in _FAULTS or _plain_thing(c))), None)  # and
        return (cause, None, said == "it" and _plain_thing(cause)) if cause is not None else None
        # simple", "this was not a failure of X", "this was the main" (its own cause only: not
        # "it was no surprise that ...", nor a rival in "this is the weather")
    if tok.lemma_ == "lie" and "nsubj" in kids and (  # (who "was behind" it: blame.py)
            behind := next(iter(prep_objects(tok, {"behind"})), None)) is not None:
        return kids["nsubj"], behind, True  # "tiredness lay behind the grounding"
    if tok.lemma_ == "do" and tok.head.lower_ in HOW_MUCH and tok.head.head.lemma_ == "have":
        cause = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        effect = next(iter(prep_objects(tok, {"with"})), None)  # "the weather had nothing to
        return (cause, effect, False) if cause is not None else None  # do with it"
    if tok.lemma_ == "do" and tok.pos_ in {"VERB", "AUX"} and "nsubj" in kids and any(
            c.dep_ == "dobj" and (c.lower_ in {"that", "this"} or (c.lower_ == "it" and kids[
                "nsubj"].pos_ in {"NOUN", "PROPN"})) for c in tok.children):
        return kids["nsubj"], None, False  # "Brexit didn't do that", "the heat did it" (not
        # "we did it")
    if tok.lemma_ == "do" and tok.pos_ == "VERB" and "nsubj" in kids and _damage(
            kids.get("dobj")) and not any(c.lower_ in _POSSIBLE for c in tok.children):
        return kids["nsubj"], None, False  # "sewage did (most of) the damage" (not "jellyfish
        # can do the same damage": what a thing could do)
    if (tok.lower_ == "due" and tok.dep_ == "acomp") or (  # "the collapse was due to the
            tok.lower_ == "down" and tok.dep_ == "advmod"  # blackout", "the shortage is
            and tok.head.lemma_ == "be"):  # down to Brexit"
        cause = next(iter(prep_objects(tok, {"to"})), None)
        effect = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return (cause, effect, False) if cause is not None else None
    if tok.pos_ == "VERB" and "nsubj" in kids and (set(phrasal_keys(tok)) & _ARISING or (
            tok.lemma_ == "reflect" and "dobj" in kids)):  # "the losses stemmed from theft",
        cause = kids.get("dobj") or next(iter(prep_objects(tok, {"from"})), None)  # "they
        return (cause, kids["nsubj"], False) if cause is not None else None  # reflected theft"
    if tok.lemma_ in _OUTCOMES and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        cause = next(iter(prep_objects(tok, {"of", "for"} if tok.lemma_ in {"price", "bill"}
                                       else {"of"})), None)  # "the fire was the result of
        effect = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # arson", "the
        # bill for years of neglect"
        return (cause, effect, False) if cause is not None and effect is not None else None
    if tok.lower_ in {"because", "owing"} and tok.dep_ == "prep":  # "the bridge collapsed
        cause = next((g for c in (tok, *tok.children) for g in c.children if g.dep_ == "pobj"),
                     None)
        effect = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # because of
        return (cause, effect, False) if cause is not None else None  # the power loss"
    return None


def _damage(harm: Token | None) -> bool:
    """ "the damage", "most (some) of the damage": the harm a cause did."""
    if harm is not None and harm.lower_ in {"most", "much", "all", "bulk", "lot"}:
        harm = next(iter(prep_objects(harm, {"of"})), None)
    return harm is not None and harm.lemma_ in {"damage", "harm"}


def one_of(tok: Token) -> Token | None:
    """ "one" in "X is [one] of the main causes": one cause among others, not the only one."""
    one = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return one if one is not None and one.lower_ == "one" and one.dep_ == "attr" and (
        one.head.lemma_ == "be") else None


def after_effect(tok: Token, effects: frozenset[str]) -> bool:
    """A link that names the cause after the effect: "stemmed from", "the result of", "was due
    to", "down to"; "because of", "sank because the door failed" after a verb whose noun is
    one of ``effects`` ("sinking": not "changed course because of the weather")."""
    if tok.lower_ in {"because", "owing"}:
        tok = tok.head
    elif not any(because_clause(c) for c in tok.children):
        return bool(set(phrasal_keys(tok)) & _ARISING) or tok.lemma_ in _OUTCOMES | {
            "reflect"} or tok.lower_ in {"due", "down"}
    return bool(set(EFFECT_NOUNS.get(tok.lemma_.lower(), ())) & effects)


def denied_cause(tok: Token) -> bool:
    """ "The trees were a symptom, [not the cause]": the cause named in a denied apposition."""
    return tok.dep_ == "appos" and any(c.dep_ == "neg" and tok.head.i < c.i < tok.i
                                       for c in (*tok.head.children, *tok.children))


_CONTRASTING = frozenset({",", ";", "—", "–", "-", "but"})
_PREMODS = frozenset({"det", "compound", "amod", "nummod", "poss"})


def set_aside(phrase: Token) -> int:
    """-1 for a phrase set aside after what the claim names instead ("a crowd that surged on
    its own, [not a planning failure]", "rather than a failure"), +1 for one named before what
    it sets aside ("a planning failure, not an accident"), else 0."""
    doc, first, last = phrase.doc, phrase.i, phrase.right_edge.i
    while first > 0 and doc[first - 1].dep_ in _PREMODS and phrase.i >= doc[first - 1].head.i >= (
            first - 1):  # its own words before it ("its own, not [a planning failure]": the
        first -= 1  # parser may take in more)
    before = (doc[first - 2].lower_, doc[first - 1].lower_) if first >= 2 else ("", "")
    if (before[1] == "not" and before[0] in _CONTRASTING) or before == ("rather", "than"):
        return -1
    after = doc[last + 1: last + 3]
    return 1 if len(after) == 2 and after[0].text in _CONTRASTING and (
        after[1].lower_ == "not") else 0

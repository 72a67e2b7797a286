"""Stance toward a property proposition: "The Boeing 737 MAX is safe to fly", "The dossier was
accurate", "The euro is stable".

Such a proposition states a quality of a thing; it neither names an event nor prescribes a
policy. A claim takes a side when it predicates the quality, its negation or its opposite of a
thing ("This plane is still not safe", "the aircraft was safe to return", "not a safe
airplane", "an unsafe jet", "among the safest jets flying"), names the quality as something
trusted or doubted ("full confidence in the safety of the MAX", "concerns about its safety"),
calls the thing by a word of strong opposite value ("a dangerous aeroplane": weaker evidence)
or by that word turned round ("less dangerous than"), or, when the quality is
"safe to V", says whether the speaker would do it ("I would not fly on the MAX").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.nlp.person_words import ROLE_NOUNS
from pipeline.trail.evaluative import PREDICATING, prep_objects
from pipeline.trail.plight import persons
from pipeline.trail.proposition_words import SOUND_QUALITIES
from pipeline.trail.stance_class import class_signals, names_thing
from pipeline.trail.stance_existence import about_existence, existence_signals
from pipeline.trail.stance_harmless import harm_size_signals, limit_signals
from pipeline.trail.stance_rules import Signal
from pipeline.trail.valence import base_lexicon

if TYPE_CHECKING:
    from pipeline.trail.claim_view import ClaimView

# Prefixes that make an adjective's opposite: "unsafe", "inaccurate", "illegal", "dishonest".
_OPPOSITE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non-", "non")
_TRUST_NOUNS = frozenset("confidence faith trust belief assurance".split())
_DOUBT_NOUNS = frozenset("concern concerns fear fears doubt doubts worry worries question "
                         "questions reservation reservations misgiving misgivings anxiety "
                         "anxieties scare alarm".split())  # not "a campaign for safety"
_SPEAKERS = frozenset("i we you me us everyone anyone someone nobody public".split())
# Doing the thing the quality is "for", by other words: "get on", "board", "set foot on".
_USES = frozenset("use board ride travel take get set_foot put".split())
_STRONG = 1.5  # valence of another adjective that counts as the opposite quality
# A quality and its opposite by other words: "not needed", "needless" say "unnecessary".
_KIN = {"necessary": ("needed", "required", "essential", "justified", "warranted"),
        "unnecessary": ("needless", "avoidable", "unjustified", "unwarranted", "gratuitous"),
        "safe": ("harmless", "risk-free", "innocuous"),
        "unsafe": ("harmful", "hazardous", "toxic", "risky", "poisonous", "contaminated"),
        "meaningless": ("gibberish", "nonsense", "nonsensical", "senseless", "unintelligible"),
        "dangerous": ("unsafe", "hazardous", "perilous", "unsound", "unstable")}
# A harm's opposites that no prefix makes: a defect that is "cosmetic" or "minor" is no danger.
_ANTONYMS = {"dangerous": ("safe", "sound", "harmless", "stable", "cosmetic", "superficial",
                           "minor", "trivial")}
# Soundness: any of proposition_words.SOUND_QUALITIES said of the thing says it has a quality
# of the kind ("robust and reliable", "fundamentally sound" for "reliable"); these faults say
# it lacks it.
_FAULTY = frozenset("unreliable flawed faulty buggy defective broken unsound unsafe inaccurate "
                    "insecure unstable dangerous error-prone".split())
_PROBLEMS = frozenset("problem issue flaw fault defect bug error glitch weakness".split())
# What a faulty thing does: "the system caused the losses", "it makes mistakes".
_FAULT_VERBS = frozenset("cause make produce create generate throw introduce".split())
_FAULTS = frozenset("error errors mistake mistakes shortfall shortfalls discrepancy "
                    "discrepancies bug bugs glitch glitches fault faults loss losses".split())


def quality_forms(adjective: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the quality's own words, its opposites): "safe" -> ({safe, safety, safeness},
    {unsafe, ...}); nouns by the usual suffixes, opposites by the usual prefixes."""
    own = _noun_forms(adjective)
    opposite = {f"{p}{w}" for p in _OPPOSITE_PREFIXES for w in own}
    for p in _OPPOSITE_PREFIXES:  # "illegal" -> "legal": a quality stated by its opposite
        if adjective.startswith(p) and len(adjective) - len(p) > 3:
            opposite.add(adjective[len(p):])
    for this, that in (("off", "on"), ("on", "off")):  # "offside" and "onside"
        opposite |= {f"{that}{w[len(this):]}" for w in own if w.startswith(this)}
    for word, kin in _KIN.items():  # "not needed", "needless" say "unnecessary"
        (own if word in own else opposite if word in opposite else set()).update(kin)
    # "safe" and "safety" of "dangerous", and "dangerous" of "safe"
    opposite |= {f for a in _ANTONYMS.get(adjective, ()) for f in _noun_forms(a)} | {
        word for word, antonyms in _ANTONYMS.items() if adjective in antonyms}
    return frozenset(own), frozenset(opposite - own)


def _noun_forms(adjective: str) -> set[str]:
    """An adjective and its nouns by the usual suffixes: safety, fairness, accuracy."""
    stem = adjective.removesuffix("e")
    own = {adjective, f"{adjective}ty", f"{adjective}ness", f"{stem}ity"}  # safety, fairness
    if adjective.endswith("te"):
        own.add(f"{adjective[:-2]}cy")  # accurate: accuracy
    if adjective.endswith("ble"):
        own.add(f"{adjective[:-3]}ility")  # reliable: reliability
    return own


def property_signals(view: ClaimView) -> list[Signal]:
    """Signals from what the content says of the proposition's quality."""
    prop = view.prop
    if prop.classes and ((found := class_signals(view)) or not prop.quality):
        return found  # "was a surveillance craft": a kind (of "a meaningless hoax", a quality too)
    if about_existence(prop):  # "never existed": whether there is such a thing
        return existence_signals(view)
    if not prop.quality:
        return []
    own, opposite = quality_forms(prop.quality)
    if prop.quality in SOUND_QUALITIES:
        own, opposite = own | SOUND_QUALITIES, opposite | _FAULTY
    valence = base_lexicon(view.lexicon).get(prop.quality, 0.0) or (
        -1.0 if prop.quality in _FAULTY else 1.0)  # "reliable" is praise VADER lacks
    compares = _COMPARES.search(prop.text) is not None  # "more dangerous than"
    judging = base_lexicon(view.lexicon).get(prop.quality, 0.0) or prop.quality in _FAULTY
    out: list[Signal] = _faults(view) + _confided(view, 1 if valence > 0 else -1)
    if prop.quality == "safe":  # "its impact would be negligible", "well within the limits"
        out += harm_size_signals(view) + limit_signals(view)
    for tok in view.tokens:
        word = tok.lower_
        sign = 1 if word in own or tok.lemma_.lower() in own else (
            -1 if word in opposite or tok.lemma_.lower() in opposite else 0)
        if sign and (tok.pos_ == "ADJ" or tok.tag_ == "VBN" or (  # "offside", parsed as an
                tok.pos_ == "ADV" and tok.dep_ in {"acomp", "amod", "advmod", "ROOT"}) or (
                tok.pos_ == "NOUN" and tok.dep_ in {"attr", "acomp"}
                and names_thing(view, _holder(tok)))):
            # an adverb; a noun said of the thing: "it is gibberish" (not "the aim is safety")
            holder = _holder(tok)
            sign = (-sign if _far_from(tok) else sign) * _degree(tok, compares and sign > 0)
            # ("as safe as" denies "more dangerous than" as "as dangerous as" does)
            if _thing(view, holder) or (holder is not None and not judging) or (
                    holder is None and tok.dep_ == "ROOT"):  # "he was offside": a quality
                # that judges nothing may be said of a person; "Offside by a mile": of the thing
                w = view.walk(tok)
                said = 1 if _presupposed(tok, holder) else w.sign
                if not w.hedge and not w.irrealis:
                    out.append(Signal(sign * said * view.flip, 3,
                                      f"says it is {'' if sign * said > 0 else 'not '}"
                                      f"{prop.quality}: {view.snippet(tok)}"))
        elif sign and tok.pos_ == "NOUN":
            out += _trusted(view, tok, sign)
        elif not sign and tok.pos_ == "ADJ" and valence and abs(view.valence(tok)) >= _STRONG:
            holder = _holder(tok)
            # opposite value, or the opposite quality turned ("less safe", valued as is)
            turned = _degree(tok, False) < 0
            side = -1 if (view.valence(tok) > 0) != (valence > 0) else int(turned)
            if _thing(view, holder) and side and names_thing(view, holder):
                w = view.walk(tok)
                if not w.hedge and not w.irrealis:
                    out.append(Signal(side * w.sign * view.flip, 2, f"calls it "
                                      f"'{'less ' if turned else ''}{tok.text}'"))
    if prop.quality_use:
        out += _uses(view, prop.quality_use)
    return out


_COMPARES = re.compile(r"\b(?:more|less)\s+\w+\s+than\b|\b\w+er\s+than\b", re.I)


def _degree(adj: Token, compares: bool) -> int:
    """-1 when a comparison turns the quality round: "less dangerous", "no more dangerous than",
    and, against a proposition that compares ("more dangerous than"), "as dangerous as"."""
    for c in adj.children:
        if c.dep_ == "advmod" and (c.lower_ == "less" or (c.lower_ == "more" and any(
                d.dep_ == "neg" for d in c.children)) or (compares and c.lower_ == "as" and any(
                p.dep_ == "prep" and p.lower_ == "as" for p in adj.children))):
            return -1
    return 1


def _faults(view: ClaimView) -> list[Signal]:
    """The thing blamed for faults ("the system had caused the losses", "Horizon makes
    mistakes"), or cleared of them ("the system doesn't make mistakes")."""
    out = []
    for tok in view.tokens:
        if tok.lemma_.lower() in _PROBLEMS and any(
                names_thing(view, g) for g in prep_objects(tok, {"with", "in"})):
            w = view.walk(tok)  # "no systemic issues with the Horizon system"
            if not w.hedge and not w.irrealis:
                out.append(Signal(-w.sign * view.flip, 3, f"{'no ' if w.sign < 0 else ''}"
                                                          f"faults in it: {view.snippet(tok)}"))
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if (tok.pos_ != "VERB" or tok.lemma_.lower() not in _FAULT_VERBS or subject is None
                or not names_thing(view, subject)):
            continue
        done = [c for c in tok.children if c.dep_ == "dobj"]
        done += [g for c in done for p in c.children if p.lower_ == "of" for g in p.children]
        if not any(c.lemma_.lower() in _FAULTS for c in done):  # also "any of the losses"
            continue
        w = view.walk(tok)
        if not w.hedge and not w.irrealis:
            out.append(Signal(-w.sign * view.flip, 3, f"blames it for faults: "
                                                      f"{'not ' if w.sign < 0 else ''}"
                                                      f"{view.snippet(tok)}"))
    return out


def _confided(view: ClaimView, good: int) -> list[Signal]:
    """Trust or doubt in the thing itself: "every confidence in the system", "doubts about
    the jet", "lost all confidence in it", "I would not trust it" (the quality named is
    `_trusted`); ``good`` -1 when the quality is a bad one ("dangerous"), which doubt argues."""
    out = []
    for tok in view.tokens:
        lemma = tok.lemma_.lower()
        side = _trust_side(lemma) if tok.pos_ == "NOUN" else _TRUST_VERBS.get(lemma, 0)
        if tok.pos_ == "VERB" and side:
            things = [c for c in tok.children if c.dep_ == "dobj"] + prep_objects(tok, {"in"})
        elif side:
            things = prep_objects(tok, {"in", "about", "over"})
        else:
            continue
        if not any(names_thing(view, _antecedent(g)) for g in things):
            continue
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LOSING:
            side = -side  # "lost all confidence in the system", "undermined trust in it"
        elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in _RESTORING:
            continue  # "restore confidence in it": lost, but whose doubt?
        w = view.walk(tok)
        if not w.hedge and not w.irrealis:
            out.append(Signal(side * w.sign * view.flip * good, 3,
                              f"{'trusts' if side * w.sign > 0 else 'doubts'} it: "
                              f"{view.snippet(tok)}"))
    return out


# Verbs of trust in a thing ("I trust the system", "believe in it") or of doubt ("doubt it").
_TRUST_VERBS = {"trust": 1, "believe": 1, "doubt": -1, "distrust": -1, "mistrust": -1}
# What takes trust away: "lost confidence in", "shaken faith in", "undermined trust in".
_LOSING = frozenset("lose shake undermine erode destroy dent shatter wreck damage".split())
_RESTORING = frozenset("restore rebuild regain boost win".split())


def _antecedent(tok: Token) -> Token:
    """ "which" in "Horizon, in which we have confidence" stands for "Horizon"."""
    if tok.lower_ not in {"which", "whom"}:
        return tok
    verb = tok
    while verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" else tok


def _holder(adj: Token) -> Token | None:
    """The thing an adjective is said of: the noun it modifies, or its clause's subject
    (also of a conjunct: "robust and [reliable]")."""
    while adj.dep_ == "conj" and adj.head.pos_ == "ADJ" and adj.head.i != adj.i:
        adj = adj.head
    if _far_from(adj):
        adj = adj.head.head  # "were far from robust": said of the subject of "were"
    if member := _member(adj):
        return member
    if adj.dep_ == "amod" or (adj.dep_ == "compound" and adj.pos_ == "ADJ"):
        return adj.head  # also "an offside position"
    passive = [c for c in adj.children if c.dep_ in {"nsubjpass", "csubjpass"}]
    if adj.tag_ == "VBN" and passive:  # "it was not needed"
        return passive[0]
    if adj.dep_ in {"acomp", "attr", "oprd", "xcomp", "ccomp", "advmod"} and (
            adj.head.lemma_ in PREDICATING):
        verb = adj.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
        if not subjects and verb.dep_ == "conj":  # "was tested and [has proved robust]"
            subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return subjects[0] if subjects else None
    return None


def _presupposed(adj: Token, holder: Token | None) -> bool:
    """An adjective on a noun that is no predicate ("condemned the dumping of contaminated
    water"): the thing is called that whatever is said of the act (unlike "not a safe
    jet")."""
    return adj.dep_ == "amod" and holder is not None and holder.dep_ not in {
        "attr", "oprd", "appos", "acomp"} and _member(adj) is None


def _member(adj: Token) -> Token | None:
    """The subject said to be one of a class the adjective qualifies: "smart motorways remain
    [among the safest roads]", "Kessel Bridge is [one of the safest] in Europe"."""
    noun = adj.head if adj.dep_ == "amod" else adj
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"among", "of"}:
        return None
    verb = prep.head.head if prep.lower_ == "of" and prep.head.lower_ == "one" else prep.head
    if (prep.lower_ == "of" and verb is prep.head) or verb.lemma_ not in PREDICATING:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _thing(view: ClaimView, holder: Token | None) -> bool:
    """Not a person, or named as the thing though tagged as one ("Horizon" as a PERSON)."""
    return holder is not None and (not _person(holder) or names_thing(view, holder))


def _far_from(adj: Token) -> bool:
    """ "far from robust": the quality denied."""
    return adj.dep_ == "pobj" and adj.head.lower_ == "from" and adj.head.head.lower_ == "far"


def _person(tok: Token) -> bool:
    """People (plight.persons), a role ("the minister") or the speaker and the public."""
    return persons(tok) or tok.lemma_.lower() in ROLE_NOUNS or tok.lower_ in _SPEAKERS


def _trust_side(lemma: str) -> int:
    """+1 for a noun of trust ("confidence"), -1 of doubt ("concerns"), else 0."""
    return 1 if lemma in _TRUST_NOUNS else (-1 if lemma in _DOUBT_NOUNS else 0)


def _trusted(view: ClaimView, noun: Token, sign: int) -> list[Signal]:
    """The quality named as trusted ("confidence in the safety of") or doubted ("concerns
    about its safety", "safety fears")."""
    governor = noun.head.head if noun.head.dep_ == "prep" else noun.head
    if noun.dep_ == "compound":
        governor = noun.head  # "safety fears"
    side = _trust_side(governor.lemma_.lower())
    if not side:
        return []
    w = view.walk(governor)
    if w.hedge or w.irrealis:
        return []
    return [Signal(side * sign * w.sign * view.flip, 3,
                   f"{'trusts' if side * w.sign > 0 else 'doubts'} its {noun.text}")]


def _uses(view: ClaimView, act: str) -> list[Signal]:
    """The speaker (or people) would, or would not, do what the quality is for: "I would put
    my own family on it", "I will never set foot on one", "he would not fly on the MAX"."""
    out = []
    for tok in view.tokens:
        keys = {tok.lemma_.lower(), *(f"{tok.lemma_.lower()}_{c.lower_}" for c in tok.children
                                      if c.dep_ in {"prt", "dobj"})}
        if tok.pos_ != "VERB" or not (act in keys or keys & _USES):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or not _person(subject):
            continue
        if act not in keys and not _on_it(tok):
            continue  # "take", "put" only as "put my family on it", "set foot on one"
        if not _willing(tok):
            continue  # "I have flown it" tells what was done, not whether it is trusted
        w = view.walk(tok)
        if w.hedge:
            continue
        out.append(Signal(w.sign * view.flip, 2,
                          f"would {'' if w.sign > 0 else 'not '}{act}: {view.snippet(tok)}"))
    return out


def _willing(verb: Token) -> bool:
    """Would or would not: a conditional, a future, or a refusal ("never", "not")."""
    return any(c.lower_ in {"would", "will", "'d", "'ll", "wo", "never", "not", "n't"}
               for c in verb.children)


def _on_it(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in {"on", "aboard", "onto"} for c in verb.children)

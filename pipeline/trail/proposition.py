"""Parsing a watched proposition ("Smoking should be banned in pubs.") into what stance rules need.

Parsed once per topic: its predicate decides which verbs restate it ("ban" vs "allow"; "cut" vs
"raise"/"hold"), its object or nominalised predicate which nouns refer to the policy ("the ban",
"ID cards", "a cut"), its modal the kind: "should"/"must" make a policy (judged by evaluation and
side-taking verbs), anything else an event (judged by whether a claim asserts it happens)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pipeline.nlp.person_words import ROLE_NOUNS
from pipeline.trail import blame
from pipeline.trail.act_verbs import ACT_SYNONYMS
from pipeline.trail.direction_groups import (
    CHANGES,
    CURBS,
    LEVELS,
    REMOVES,
    SCRAPPED,
    direction_sign,
)
from pipeline.trail.effects import Effect, effect_of
from pipeline.trail.evaluative import (
    AVOIDANCE,
    DIRECTIONS,
    MISDEED_QUALITIES,
    MISDEEDS,
    REMOVE,
    WRONGDOINGS,
    direction_of,
    phrasal_keys,
)
from pipeline.trail.granted import ALIKE, enabled_act
from pipeline.trail.interests import Name, parties
from pipeline.trail.lacking import means_misdeeds, means_of
from pipeline.trail.misparses import hyphen_prefix, split_off, with_hung_auxiliaries
from pipeline.trail.proposition_nouns import (
    GENERIC_EVENTS,
    REPLACES,
    abbreviations,
    agents_of,
    collected,
    event_kind,
    named_effect,
    negative,
    noun_lemmas,
    replacement,
    required_objects,
    restricted_things,
    shared_out,
    short_names,
    trial_nouns,
    undertaken_act,
    what_it_acts_on,
)
from pipeline.trail.proposition_words import (
    CREATIONS,
    EFFECT_NOUNS,
    EVENT_NOUNS,
    EVENT_VERBS,
    KINDRED,
    PARTICIPANTS,
    PATIENTS,
    POLICY_NOUNS,
    REFORM_NOUNS,
    REFORMS,
    UNDERTAKINGS,
    cause_of,
    class_words,
    direction_again,
    entered_state,
    explanation_words,
    extent_of,
    manner_quality,
    misdeed_of,
    nominals_of,
    returns_of,
    staged,
)
from pipeline.trail.rewording import reparsed
from pipeline.trail.topics import compile_terms
from pipeline.trail.valence import base_lexicon

if TYPE_CHECKING:  # spaCy's types only: its import is paid when a proposition is parsed
    from spacy.language import Language
    from spacy.tokens import Token

_MODALS = frozenset({"should", "must", "ought", "shall"})
# Verbs whose infinitive is the act: "Mark Thatcher helped to finance the coup" (the financing).
_CATENATIVES = frozenset({"help", "conspire", "plot", "scheme"})
_PERMISSIONS = frozenset({"may", "can"})  # with a passive, a permission: "may be detained"
# Predicates whose subject is the policy itself ("the ID card scheme should go ahead"): the
# subject is what is realised, so they read as "introduce" (DIRECTIONS[7]).
OCCURRENCES = frozenset("go_ahead go_through proceed happen take_place take_effect "
                        "come_into_force come_in come_about press_ahead push_ahead".split())
_REALISED, ALLOWED = 7, 4  # DIRECTIONS indices of "introduce implement ..." and "allow permit ..."
_COMPULSORY = 19  # DIRECTIONS index of "make_compulsory ...": a duty, which these enforce
COMPELLING = frozenset("force compel oblige coerce require fine penalise penalize".split())
_TAXING = frozenset({"tax", "levy", "toll", "charge"})  # a charge's noun, as its verb


@dataclass(frozen=True)
class Proposition:
    """What stance rules know about one watched proposition."""

    text: str
    kind: Literal["event", "policy"]
    negated: bool
    predicate: str  # lemma with particle: "ban", "step_down", "be_in"
    group: int | None  # index in evaluative.DIRECTIONS, for restatements by other verbs
    target: frozenset[str]  # lemmas of nouns naming the policy or event ("ban", "card", "talk")
    args: frozenset[str]  # lemmas of its other participants ("smoking", "pub", "rate")
    event_verbs: frozenset[str]  # verbs naming the event itself ("negotiate", "resign")
    target_sign: int = 1  # -1 when the policy removes its object ("should scrap fees")
    nominals: frozenset[str] = frozenset()  # "ban", "cut", "abolition": always sign +1
    agents: frozenset[str] = frozenset()  # who is to act: "deutsche", "boerse", "government"
    restricted: frozenset[str] = frozenset()  # what a ban or curb acts on: "smoking", "vape"
    avoids: bool = False  # an event that is a non-event: "avoided tests", "boycotted the games"
    alleged: bool = False  # a past act laid at someone's door: "Blunkett's office fast-tracked"
    enabled: int | None = None  # DIRECTIONS group of what granted powers do ("to detain")
    compels: bool = False  # a duty on people: "Voting should be made compulsory"
    backers: tuple[Name, ...] = ()  # who it empowers: ("police",), ("council",) (interests.py)
    resisters: tuple[Name, ...] = ()  # named parties it acts on: ("bbc",)
    replaced: frozenset[str] = frozenset()  # words naming only what it replaces: "council"
    novel: frozenset[str] = frozenset()  # what sets the replacement apart: "elected"
    qualified: frozenset[str] = frozenset()  # target heads that need their modifier: "school"
    modifiers: frozenset[str] = frozenset()  # target words only ever modifiers: "behaviour"
    quality: str = ""  # "safe" of "The 737 MAX is safe to fly" (stance_property.py)
    quality_use: str = ""  # what it is safe, fit or ready to do: "fly"
    classes: frozenset[str] = frozenset()  # "surveillance" of "was a surveillance craft"
    deeds: frozenset[str] = frozenset()  # a deed laid at a door: "poisoning" (blame.py)
    accused: frozenset[str] = frozenset()  # at whose door: "russian" (blame.accused_words)
    accused_person: bool = False  # a person's door ("Richard III"), not a state's or a body's
    doer: frozenset[str] = frozenset()  # who did the event's act: "shakespeare" (blame.py)
    victims: frozenset[str] = frozenset()  # what it was done to: "skripal", "pipeline"
    extent: int = 0  # +1 a wrong went wide, -1 it was one person's (stance_extent.py)
    lacking: frozenset[str] = frozenset()  # "without their consent": done "with" it is not it
    means: frozenset[str] = frozenset()  # "through bribery": done fairly, it is not it
    explains: frozenset[str] = frozenset()  # an event's own nouns: "leak", "lab" (hypotheses)
    effect: Effect | None = None  # what "X lowers Y" moves, which way (effects.py)
    about: tuple[re.Pattern[str], ...] = ()
    supports: tuple[tuple[str, re.Pattern[str]], ...] = ()
    refutes: tuple[tuple[str, re.Pattern[str]], ...] = ()

    def restates(self, keys: Sequence[str]) -> int:
        """+1 when a verb (its phrasal keys) restates the predicate, -1 its opposite, 0 else;
        a level to be moved is also restated by "change" ("no plans to change the voting age"),
        a thing to be scrapped by "replace", "remove", "end" ("the tests should be replaced")."""
        if self.predicate in keys or (set(keys) & self.event_verbs) or (
                self.group in LEVELS and set(keys) & CHANGES) or (
                self.group == SCRAPPED and set(keys) & (REPLACES | REMOVES)) or (
                self.target_sign > 0 and set(keys) & self.target & _TAXING):
            return 1  # "they should tax cordial" for a levy on it
        return direction_sign(self.group, keys)

    def does(self, keys: Sequence[str]) -> int:
        """+1 when a verb does what the granted powers allow ("lock up", "intern" for powers
        to detain), -1 its opposite ("release", "free"), 0 else; of a duty, what enforces it
        ("forcing people to vote")."""
        if self.compels:
            return 1 if set(keys) & COMPELLING else 0
        return direction_sign(self.enabled, keys)


def parse_proposition(
    sentence: str,
    about_terms: Sequence[str] = (),
    nlp: Language | None = None,
    supports: Sequence[str] = (),
    refutes: Sequence[str] = (),
) -> Proposition:
    """Parse one declarative proposition; `about_terms` are the topic's watchlist terms."""
    if nlp is None:
        from pipeline.nlp.model import load_nlp

        nlp = load_nlp()
    doc = reparsed(nlp, sentence)
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    outer: Token | None = None  # the "be" of "should be able to", whose subject acts
    passive = any(c.dep_ == "auxpass" for c in root.children)
    time = next((g for c in root.children if c.dep_ == "attr" and c.lemma_ == "time"
                 for g in c.children if g.dep_ in {"relcl", "acl"} and g.pos_ == "VERB"), None)
    if root.lemma_ in {"need", "have"} and any(c.dep_ == "xcomp" for c in root.children):
        modal = True  # "the bank needs to cut rates"; "cyclists should have to carry plates":
        outer, passive = (root, True) if root.lemma_ == "have" else (None, passive)  # a duty
        root = next(c for c in root.children if c.dep_ == "xcomp")  # laid on them, as passive
    elif root.lemma_ in _CATENATIVES and any(c.dep_ == "xcomp" and c.pos_ == "VERB"
                                             for c in root.children):
        modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in root.children)
        outer = root  # whose subject acts, and whose tense tells a past act
        root = next(c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
    elif root.lemma_ == "be" and time is not None:
        modal, root = True, time  # "it is time to legalise cannabis"
    else:
        modal = any(c.dep_ == "aux" and (c.lower_ in _MODALS or (
            passive and c.lower_ in _PERMISSIONS)) for c in with_hung_auxiliaries(root))
        act = next((c for c in root.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"
                    and (c.dep_ == "xcomp" or any(a.lower_ == "to" for a in c.children))), None)
        if modal and root.lemma_ in {"allow", "permit"} and act is not None:
            if passive:  # "large shops should be allowed to open": the shops do it
                outer = root
            root = act  # "should be allowed to charge fees": the charging; "should allow GM
            passive = any(c.dep_ == "auxpass" for c in act.children)  # maize to be grown"
        able = next((g for c in root.children if c.dep_ == "acomp" and c.lower_ == "able"
                     for g in c.children if g.dep_ == "xcomp" and g.pos_ == "VERB"), None)
        if modal and root.lemma_ == "be" and able is not None:  # "police should be able to
            outer, root = root, able  # impose orders": the imposing, by the police
        done = next((c for c in root.children if c.dep_ == "acomp" and c.tag_ == "VBN"), None)
        if modal and root.lemma_ == "be" and done is not None:  # "cannabis should be
            outer, root, passive = root, done, True  # legalised", parsed as "be" + a complement
    negated = negative(root)
    quality = None if modal or root.lemma_ != "be" else next(
        (c for c in root.children if c.dep_ == "acomp" and c.pos_ in {"ADJ", "ADV"}), None)
    attr = None if modal or root.lemma_ != "be" or quality is not None else next(
        (c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    judged = attr and next((c for c in attr.children if c.dep_ == "amod" and c.pos_ == "ADJ"
                            and abs(base_lexicon().get(c.lower_, 0.0)) >= 1.0), None)
    if judged:  # "The MAX is a safe aircraft": a quality, not a kind; "a meaningless hoax": both
        quality, attr = judged, attr if abs(base_lexicon().get(attr.lower_, 0.0)) >= 1.0 else None
    keys = phrasal_keys(root)
    prt = next((c.lower_ for c in root.children if c.dep_ == "prt"), "")
    lemma = root.lemma_.lower()
    prefix = hyphen_prefix(root)
    if prefix:  # "fast-tracked a visa application"
        lemma = f"{prefix}-{lemma}"
    predicate = next((k for k in keys if k.count("_") <= 1 and direction_of(k) is not None),
                     next((k for k in keys if direction_of(k) is not None),  # "take_back_into_
                          f"{lemma}_{prt}" if prt else lemma))  # ownership", a set phrase
    if root.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "in" for c in root.children):
        predicate = "be_in"
    if occurrence := next((k for k in keys if k in OCCURRENCES), None):
        predicate = occurrence
    group = _REALISED if occurrence else direction_again(predicate)
    if predicate == "hold" and staged(root):
        group = None  # "hold the Games": stage them, not keep them (as "hold rates")
    subjects = [c for c in (outer or root).children if c.dep_ in {"nsubj", "nsubjpass", "expl"}
                or (c.dep_ in {"csubj", "csubjpass"} and c.tag_ == "VBG")]  # "Fracking should"
    subjects = [s for s in subjects if not split_off(s)]  # "e", "-" of "e-scooters"
    objects = [collected(c) for c in root.children if c.dep_ in {"dobj", "attr"}] + (
        required_objects(root))  # "should be required to carry plates": the plates
    also = [v for v in root.conjuncts if v.pos_ == "VERB"]  # "obtained and used the data"
    if not objects:
        objects = [collected(c) for v in also for c in v.children if c.dep_ == "dobj"]
    without = [g for v in [root, *root.conjuncts] for c in v.children
               if c.dep_ == "prep" and c.lower_ == "without"
               for g in c.children if g.dep_ == "pobj"]  # "detained without trial"
    objects += [g for c in root.children if c.dep_ == "prep" and c.lower_ != "without"
                for g in c.children if g.dep_ == "pobj"]
    objects += [g for o in list(objects) for g in o.conjuncts]
    subjects += [g for s in list(subjects) for g in s.conjuncts]
    if occurrence:  # "the scheme should go ahead": the subject is the policy
        objects, passive = objects + [s for s in subjects if s.dep_ != "expl"], True
    target: set[str] = set(nominals_of(predicate, deed=not modal)) | returns_of(predicate)
    args: set[str] = {w for t in without for w in noun_lemmas(t)}
    event_verbs: set[str] = set()  # "Police should be given powers": a recipient, the policy
    recipient = passive and any(o.dep_ == "dobj" for o in objects)
    shared = group == 10 and passive and shared_out(objects)
    for tok in objects + (subjects if passive and not recipient else []):
        lemmas = noun_lemmas(tok)
        head = tok.lemma_.lower()
        if not modal and (tok.pos_ == "PROPN" or tok.ent_type_ in PARTICIPANTS
                          or lemma in UNDERTAKINGS) and not named_effect(tok, lemma):
            args |= lemmas  # "promised Gordon Brown in November 2003": who and when
        elif tok.ent_type_ in {"DATE", "TIME"} and tok.dep_ == "pobj" and tok.head.lower_ in {
                "on", "at", "during"}:
            args |= lemmas  # "open for longer on Sundays": when, not what ("for 24 hours" is)
        elif (tok.ent_type_ in {"GPE", "LOC", "NORP"} and "pobj" in {tok.dep_, tok.head.dep_}) or (
                group == ALLOWED and tok.dep_ == "pobj" and tok.head.lower_ in {"on", "in", "at"}):
            args |= lemmas  # "grown commercially in Britain", "returned to Greece", "legalised
            # on public roads": where
        elif tok.ent_type_ == "PERSON" and not named_effect(tok, lemma):  # (not a crash
            args |= lemmas  # taken for one) "Megrahi should be released": who it is done to
        elif head in EVENT_NOUNS or event_kind(tok):
            kind = head if head in EVENT_NOUNS else event_kind(tok)
            target |= set(EVENT_NOUNS[kind]) | (GENERIC_EVENTS if kind != head else set())
            event_verbs |= set(EVENT_VERBS.get(kind, ()))
            args |= lemmas - {head, tok.lower_, kind}
        elif (group in {0, 1, 3, 11, 12, 17, 18, _COMPULSORY} or shared or root.lemma_ == "be" or (
                group is None and predicate not in CREATIONS and nominals_of(predicate, not modal)
        )) and head not in POLICY_NOUNS:
            args |= lemmas  # "cut rates", "ban smoking", "detain suspects", "buy the LSE",
            # "the grant should be limited to carers": the object is a participant; the
            # policy is the act ("the ban", "detention", "the limit")
        else:
            target |= lemmas
    target |= {w for kin in KINDRED if target & kin for w in kin}  # "the levy": "the tax"
    target |= {"charge", "charging"} if predicate == "charge" else set()  # "be charged by weight"
    args |= what_it_acts_on(objects + subjects, target)  # "the ban on smoking", "fines for X"
    for tok in subjects:
        if not passive or tok not in objects:
            args |= noun_lemmas(tok) - target
        for owner in (c for c in tok.children if c.dep_ == "poss" and (
                c.pos_ == "PROPN" or c.lemma_.lower() in ROLE_NOUNS)):
            args |= noun_lemmas(owner)  # "David Blunkett's office": Blunkett takes part
    if group == _COMPULSORY:  # "Wearing a helmet should be made compulsory": the helmet too
        args |= {w for t in objects + subjects if t.tag_ == "VBG" for c in t.children
                 if c.dep_ == "dobj" for w in noun_lemmas(c)} - target
    args |= {w for kin in KINDRED if args & kin for w in kin} - target  # "the plane"
    cause, because = (None, False) if modal else cause_of(root, passive)
    if because:  # "The fire spread so fast because of the cladding": the spread is the effect
        predicate, target = "cause", {w for t in subjects for w in noun_lemmas(t)} | set(
            EFFECT_NOUNS.get(lemma, ()))  # "the firm collapsed": "the collapse", "its failure"
        args -= target
    if not modal and lemma in UNDERTAKINGS:  # "Blair promised Brown that ...": "the promise",
        target |= set(UNDERTAKINGS[lemma])  # "the deal" name the event; "he never pledged to
        acts, bound = undertaken_act(root)  # go": restated, denied; "agreed to join X": so is
        event_verbs, args = event_verbs | set(UNDERTAKINGS) | acts, args | bound  # "joining X"
    misdeed = None if modal else misdeed_of(root, lemma)
    if misdeed:  # "rigged postal votes": "the fraud", "any wrongdoing" name the misdeed,
        target |= MISDEEDS  # "fixed" and "fiddled" restate it; "used software to cheat": cheat
        event_verbs |= WRONGDOINGS[misdeed]
    faked = MISDEED_QUALITIES.get(quality.lemma_.lower(), ()) if quality is not None else ()
    if faked:  # "the study was fraudulent": "a fraud", "falsified the data"
        target, event_verbs = target | MISDEEDS, event_verbs | faked
    if not modal:  # "bankrolled the coup" restates "financed it"
        event_verbs |= set(ACT_SYNONYMS.get(predicate, ()))
        event_verbs |= {v.lemma_.lower() for v in also}  # "used the data" restates it too
    if (state := None if modal else entered_state(root)) is not None:  # "fell into recession":
        predicate, target, group = "enter", target | noun_lemmas(state), None  # "the recession"
        args -= target  # (not "rates fell")
    if event_verbs:
        group = None  # "holding talks": "hold" is not a direction here
    elif not modal and group is not None:
        event_verbs |= set(DIRECTIONS[group])  # "The minister will resign": resign, quit, ...
    means = frozenset() if modal else means_of(root)
    if means_misdeeds(means):  # "won votes through bribery": "the corruption", "bribed"
        target, event_verbs = target | MISDEEDS, event_verbs | means_misdeeds(means)
    if modal and group == ALLOWED:  # "Fracking should be allowed": "we should frack"
        allowed = [s.lower_[:-3] for s in subjects
                   if s.tag_ in {"VBG", "NN"} and s.lower_.endswith("ing")]
        event_verbs |= {*allowed, *(f"{w}e" for w in allowed)}  # "smoke" of "smoking"
    replaced, novel = set(), set()
    nominals = set(nominals_of(predicate))
    if predicate in REFORMS:  # "Incapacity benefit should be overhauled": the benefit as it
        replaced = set(target)  # is judged argues the other way ("a dumping ground" is for
        target |= REFORM_NOUNS  # the overhaul), "the reforms" as they are judged for it
        nominals |= REFORM_NOUNS
    if lemma in REPLACES:  # "council tax should be replaced by a local income tax"
        old, new, dated, novel, made = replacement(root, passive)
        target, novel = target | new | old, novel - dated
        replaced = (old - new) | (dated - novel)  # "council": the words that name only the old one
        args, event_verbs = args - target, event_verbs | made  # "peers should be elected"
    lifted = group == 4 and any(o.lemma_.lower() in POLICY_NOUNS for o in objects)
    target_sign = -1 if any(k in REMOVE for k in keys) or lifted else 1  # "lift the ban"
    args |= set(PATIENTS.get(predicate, ()))
    args |= short_names(objects, subjects, args)
    target |= (abbreviated := abbreviations(objects + subjects, target))  # "PR"
    target |= (trials := trial_nouns(about_terms) if modal else set())  # of a "scooter trial"
    agents = agents_of(subjects, passive, occurrence) if modal else set()
    restricted, kinds = (restricted_things(objects, subjects, passive, about_terms)
                         if modal and group in CURBS else (set(), set()))
    args |= (restricted | kinds) - target  # "the sale of replica guns": the guns take part too
    enabled, curbed, act = enabled_act(objects, target) if modal else (None, set(), "")
    if act:  # "powers to close crack houses": closing restates the policy, "closure" names it
        # and the houses take part; a grant curbs nothing ("crack houses attract dealers"
        # describes the problem and takes no side)
        event_verbs = {act, *ALIKE.get(act, ())}
        nominals = nominals | event_verbs | set(nominals_of(act))
        target, args, curbed = target | set(nominals_of(act)), args | curbed, set()
    args = {w for w in args if any(ch.isalnum() for ch in w)} - {"there", "it"} - set(
        predicate.split("_"))  # "public ownership" of "take_back_into_ownership" names it
    args |= {w[:-1] for w in args if w.endswith("s") and len(w) > 4}  # "Sundays": a Sunday
    backers, resisters = parties(doc) if modal else ((), ())
    # "Schools should be allowed to become trust schools": a bare "school" is any school.
    qualified = {w for name in backers for w in name} & target
    if not target - qualified - abbreviated - trials:
        qualified = set()  # nothing else names it (but its initials, "es" of "electric
        # scooters", or the trial a watchlist calls it)
    return Proposition(
        text=sentence.strip(), kind="policy" if modal else "event", negated=negated,
        predicate=predicate, group=group, args=frozenset(args),
        target=frozenset(target | ({"duty"} if group == _COMPULSORY else set())),  # no tax
        event_verbs=frozenset(event_verbs), target_sign=target_sign,
        nominals=frozenset(nominals), agents=frozenset(agents),
        restricted=frozenset(restricted | curbed), avoids=not modal and predicate in AVOIDANCE,
        alleged=not modal and not negated and blame.laid_at_door(outer or root, subjects),
        enabled=enabled, compels=group == _COMPULSORY, backers=backers, resisters=resisters,
        replaced=frozenset(replaced), novel=frozenset(novel),
        qualified=frozenset(qualified), modifiers=frozenset(target & {  # "ID card scheme":
            c.lemma_.lower() for t in doc for c in t.children if c.dep_ == "compound" and not any(
                g.dep_ == "compound" for g in c.children)}  # "card" names it, "ID" does not
            - {t.lemma_.lower() for t in doc if t.dep_ != "compound"}),
        quality=quality.lemma_.lower() if quality is not None else manner_quality(root),
        quality_use=next((c.lemma_.lower() for c in (quality.children if quality else ())
                          if c.dep_ == "xcomp" and c.pos_ == "VERB"), ""),
        classes=class_words(attr) if attr is not None else frozenset(),
        deeds=(deeds := blame.blamed_deed(root, modal)),
        accused=blame.accused_words(root, subjects, deeds), victims=blame.victim_words(root, deeds),
        accused_person=blame.person_accused(root, subjects, deeds),
        lacking=frozenset(t.lemma_.lower() for t in without), means=means,
        doer=blame.person_doer(root, subjects, modal), extent=0 if modal else extent_of(sentence),
        explains=frozenset() if modal else explanation_words(doc, args, cause),
        effect=None if modal else effect_of(root, subjects, about_terms),
        about=tuple(p for _, p in compile_terms(about_terms)),
        supports=compile_terms(supports), refutes=compile_terms(refutes),
    )

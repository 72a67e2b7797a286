"""Claims on who did a deed (blame.py): "Russia was behind it", "the attack was planned and
approved inside the Russian state", "Moscow ordered the poisoning", "the men were responsible"
lay it at a door; "Russia had nothing to do with the poisoning", "we have never been involved at
any level", "played no part in the attack", "denied any involvement", "had no knowledge of the
operation", "a rogue operation" deny it. The doer named is matched against the proposition's
only as a state (the state, Moscow, the Kremlin, the GRU are one doer to a reader, not to a
parser): another state named ("Russia blew up its own pipes", "it was the Americans") or a doer
no one accuses ("a disgruntled insider was behind it", "the work of criminal gangs") lays it
elsewhere. The deed must be the proposition's, a deed noun or "it"/"this", what it was done to
("blew up the pipelines"), or left understood ("Russia was not involved").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from pipeline.trail.act_verbs import KILLING_WAYS
from pipeline.trail.blame import ANSWERABLE, BLAME_VERBS, nation_of, pobj_of, same_nation
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import TRUTH, passive_agents, phrasal_keys, prep_objects
from pipeline.trail.stance_rules import Signal, subjects, usable

# Nouns of a deed, whatever the proposition calls it: "the attack", "the operation".
_DEEDS = frozenset("attack poisoning assassination attempt operation plot killing murder "
                   "bombing hack hacking strike crime incident intrusion breach cyberattack "
                   "heist raid explosion blast sabotage demolition detonation death "
                   "deed".split())  # "did the deed himself"
# Nouns of taking part in it: "any involvement in the attack", "no part in it".
_INVOLVEMENT = frozenset({"involvement", "complicity", "responsibility", "culpability",
                          "fingerprint", "hallmark"})
# Only with the deed after their own prepositions: "a hand in it", "no connection with it".
_PARTS = {"role": {"in"}, "part": {"in"}, "hand": {"in"}, "connection": {"with", "to"},
          "link": {"with", "to"}}
_STANDING = frozenset({"it", "this", "that"})
_TALKED_OF = frozenset({"comment", "speak", "talk", "speculate", "discuss", "say"})
# Verbs that call the deed or its story an invention: "fabricated the whole affair", "staged".
_FAKED = frozenset({"fabricate", "invent", "stage", "concoct", "fake", "manufacture"})
# Laying the deed at a door, as someone's act: "linking Moscow to it", "blaming Pyongyang".
_ACCUSING = frozenset({"blame", "link", "accuse", "tie", "connect", "attribute", "implicate"})
# What points to a doer: "the evidence points to Moscow", "all the clues lead to the GRU".
_POINTERS = frozenset({"evidence", "everything", "all", "clue", "trail", "finger", "sign",
                       "intelligence", "proof"})
_DOERS = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC"})  # "the North Koreans" as a LOC
# Who did it, as someone's own doing and not the accused's: "rogue agents", "a rogue element".
_ROGUES = frozenset("agent agents element elements officer officers individual individuals "
                    "unit team act cell".split())
# What the invention is said of, besides the deed: "the whole affair", "the story".
_TOLD = frozenset({"affair", "story", "case", "accusation", "allegation", "provocation"})
# Doers no one accuses, and what makes a doer one: "a disgruntled insider", "criminal gangs",
# "well-wishers abroad", "a lone hacker", "individuals" (not "hackers", who may be the
# accused's own, nor "individuals within the state").
_OTHER_DOERS = frozenset("insider criminal gang activist extremist freelancer amateur wisher "
                         "vigilante prankster teenager individual".split())
_ON_THEIR_OWN = frozenset({"lone", "disgruntled", "independent", "freelance", "criminal"})


def _doer(tok: Token) -> Token | None:
    """Who ``tok`` says did the deed: the subject of "was behind", "carried out" or "was
    responsible", the agent of "was carried out by", the owner of "the work of", the "by" of
    "an attack by Moscow"."""
    if tok.lemma_.lower() == "work":
        return pobj_of(tok, {"of"})
    if tok.pos_ == "NOUN":
        return pobj_of(tok, {"by"})
    verb = tok.head if tok.pos_ == "ADJ" or _caused(tok) else tok  # "Richard had them killed"
    if (orders := ordered_by(verb)) is not None:
        return orders  # "killed them on Richard's orders": who ordered it is behind it
    agent = next(iter(passive_agents(verb)), None)
    found = agent or next((c for c in subjects(verb) if c.dep_ == "nsubj"), None)  # "had mined
    # the dam and blown it up": the first verb's subject
    if found is None and verb.dep_ == "ccomp":  # "believes [Ruritania] did it": the subject
        found = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return found  # parsed as the object of the belief


_ORDERS = frozenset("order orders instruction instructions command commands behest bidding "
                    "request".split())


def ordered_by(verb: Token) -> Token | None:
    """Who a deed was done on the orders of: "on Richard's orders", "at the behest of X"."""
    for prep in (c for t in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
                 for c in t.children if c.dep_ == "prep" and c.lower_ in {"on", "at"}):
        for noun in (g for g in prep.children if g.lower_ in _ORDERS):
            return next((c for c in noun.children if c.dep_ == "poss"), None) or pobj_of(
                noun, {"of"})
    return None


def _caused(tok: Token) -> bool:
    """A deed had done by others: "killed" of "had them killed"."""
    return tok.tag_ in {"VBN", "VBD"} and tok.dep_ in {"ccomp", "xcomp"} and tok.head.lemma_ in {
        "have", "get"} and any(c.dep_ == "nsubj" for c in tok.children)


def _another_doer(tok: Token | None) -> bool:
    """A doer no one accuses, by its noun or its modifier ("a lone hacker")."""
    if tok is None or any(c.dep_ == "prep" and c.lower_ in {"in", "within", "inside", "from"}
                          for c in tok.children):
        return False  # "individuals within the state", "insiders in the regime"
    return tok.lemma_.lower() in _OTHER_DOERS or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _ON_THEIR_OWN for c in tok.children)


def _deed(view: ClaimView, tok: Token | None, understood: bool = True) -> bool:
    """The deed, a word standing for it, its watchlist name ("a hand in [Dunmere]"), or
    (``understood``) none named."""
    if tok is None:
        return understood
    return tok.lemma_.lower() in view.prop.deeds | _DEEDS or tok.lower_ in _STANDING or (
        tok.pos_ == "PROPN" and view.matches_about(tok))


def _deed_by(view: ClaimView, tok: Token) -> int:
    """ "[another terrorist act by the Moscow regime]", "it was an attack by Russia", "Moscow's
    attack": the deed named with its doer, +1 the accused, -1 another state, 0 anyone else
    ("by drones")."""
    lemma = tok.lemma_.lower()
    act = lemma == "act" and any(c.dep_ == "amod" or (c.dep_, c.lower_) == ("prep", "of")
                                 for c in tok.children)  # "a terrorist act", "act of sabotage"
    if tok.pos_ != "NOUN" or not (act or _deed(view, tok, understood=False)) or any(
            not {g.lower_, g.lemma_.lower()} & view.prop.victims
            for g in prep_objects(tok, {"on", "against"})):
        return 0  # "its attack on the port" is another deed than one on the pipeline
    doer = pobj_of(tok, {"by"}) or next((c for c in tok.children if c.dep_ == "poss" and (
        c.pos_ == "PROPN" or c.ent_type_ in {"GPE", "NORP"})), None)
    if doer is None and tok.dep_ == "attr" and any(c.dep_ == "nsubj" and (
            _deed(view, c, understood=False)) for c in tok.head.children):
        doer = next((t for t in tok.subtree if t.i < tok.i and t.dep_ in {"amod", "compound"}
                     and t.ent_type_ in {"GPE", "NORP"}), None)  # "it was a Ruritanian operation"
    if doer is None:  # "Russia's attack on the pipeline" (not "its attack")
        return 0
    return 1 if _names_accused(view, doer.subtree) else -1 if _another_state(view, doer) else 0


def _said(view: ClaimView, tok: Token) -> int:
    """+1 when ``tok`` lays the deed at a door, -1 when its own words deny it, 0 not about it."""
    lemma = tok.lemma_.lower()
    if lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "behind" for c in tok.children):
        return 1 if _deed(view, pobj_of(tok, {"behind"}), understood=False) else 0
    if (lemma in ANSWERABLE and tok.pos_ == "ADJ") or (lemma == "involve" and tok.tag_ == "VBN"
                                                        and tok.dep_ != "amod"):
        return 1 if _deed(view, pobj_of(tok, {"for", "in"})) else 0  # "never been involved"
    if lemma == "do" and tok.head.lower_ in {"nothing", "something", "anything"} and _deed(
            view, pobj_of(tok, {"with"}), understood=False):  # "had nothing to do with it"
        return -1 if tok.head.lower_ == "nothing" else 1
    if tok.pos_ == "VERB" and set(phrasal_keys(tok)) & BLAME_VERBS:  # "ordered the poisoning", "it
        done = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]  # was planned"
        return 1 if any(_deed(view, c, understood=False) for c in done) else 0
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _TALKED_OF:
        return 0  # "would not comment on responsibility": nothing said of it
    if tok.pos_ == "NOUN" and (lemma in _INVOLVEMENT or (lemma in _PARTS and _deed(
            view, pobj_of(tok, _PARTS[lemma]) or (
                pobj_of(tok.head, _PARTS[lemma]) if tok.dep_ == "dobj" else None),
            understood=False))):
        return -1 if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) else 1
    if lemma == "knowledge" and _deed(view, pobj_of(tok, {"of", "about"}), understood=False):
        return -1 if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) else 1
    if lemma == "rogue" and tok.dep_ in {"amod", "compound"} and (_deed(view, tok.head, False) or (
            tok.head.lemma_.lower() in _ROGUES)):  # "a rogue operation", "rogue agents"
        return -1
    if lemma in {"point", "trace", "lead"} and tok.pos_ == "VERB" and pobj_of(
            tok, {"to", "towards", "toward", "at"}) is not None and (
            lemma == "trace" or any(c.dep_ == "nsubj" and c.lemma_.lower() in _POINTERS
                                    for c in tok.children)):
        return 1  # "the evidence pointed overwhelmingly to the Kremlin", "traced it to Russia"
    if lemma == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children) and any(
            c.dep_ == "attr" and c.ent_type_ in _DOERS for c in tok.children):
        return 1  # "Of course it was the Russians"
    account = pobj_of(tok, {"to"}) if lemma == "hold" else None
    if account is not None and _deed(view, pobj_of(tok, {"for"}) or pobj_of(account, {"for"}),
                                     understood=False):
        return 1  # "must be held to account for a chemical attack"
    if lemma == "account" and tok.head.lemma_ == "hold" and _deed(
            view, pobj_of(tok, {"for"}), understood=False):
        return 1  # the same, "account" parsed as the verb
    if lemma == "work" and tok.dep_ == "attr" and any(  # "the hack was the work of insiders"
            c.dep_ == "nsubj" and _deed(view, c, understood=False) for c in tok.head.children):
        doer = _doer(tok)
        return 1 if doer is not None and (doer.ent_type_ in _DOERS or doer.pos_ == "PROPN") else (
            -1 if _another_doer(doer) else 0)
    if lemma in _ACCUSING and tok.tag_ == "VBG" and tok.dep_ in {"csubj", "nsubj"}:
        said = [w for c in tok.head.children if c.dep_ in {"attr", "acomp"} for w in c.subtree]
        return next((v for w in said if (v := TRUTH.get(w.lower_, 0))), 0)  # "linking us to
        # the hack was a fabrication": the charge called false
    if lemma in _FAKED and tok.pos_ == "VERB" and any(  # "Britain fabricated the affair"
            c.dep_ in {"dobj", "nsubjpass"} and (_deed(view, c, understood=False) or (
                c.lemma_.lower() in _TOLD)) for c in tok.children):
        return -1
    return 0


def _named_doer(tok: Token) -> Token | None:
    """The doer a saying names: "[Russia] had blown up its own pipes", "it was [the
    Americans]", the owner of "the work of"."""
    if tok.lemma_ == "be" and tok.pos_ == "AUX" and any(c.lower_ == "it" for c in tok.children):
        return next((c for c in tok.children if c.dep_ == "attr"), None)
    return _doer(tok)


def _names_accused(view: ClaimView, words: Iterable[Token]) -> bool:
    """A word names the accused state ("Ukrainian", "Kyiv" when Ukraine is accused)."""
    return any(same_nation(t.lower_, a) for t in words for a in view.prop.accused)


def _another_state(view: ClaimView, doer: Token | None) -> bool:
    """The doer is a state, by its name, people or capital, other than the accused ("Russia",
    "the Americans", "Washington" when Ukraine is accused); a body or person is no state."""
    if doer is None or not view.prop.accused:
        return False
    words = [t for t in doer.subtree if t.is_alpha and (t.i <= doer.i or (  # "an act of
        t.dep_ == "pobj" and t.head.lower_ in {"by", "of", "from"}))]  # sabotage by Kyiv"
    if _names_accused(view, words):
        return False
    return any(t.ent_type_ in {"GPE", "NORP"} or nation_of(t.lower_) != t.lower_
               for t in words if t.pos_ in {"PROPN", "ADJ", "NOUN"})


def another_person(view: ClaimView, doer: Token | None) -> bool:
    """A person other than the accused person ("Buckingham" when Richard III is accused)."""
    return doer is not None and view.prop.accused_person and (
        doer.ent_type_ == "PERSON" or doer.pos_ == "PROPN") and (
        not _names_accused(view, doer.subtree))


# Whom a deed is done to, by a pronoun of a claim on the topic: "had them killed".
_VICTIM_PRONOUNS = frozenset({"him", "her", "them"})
# The deed's own acts, said with a doer: "blew up the pipes", "planted the charges on them".
_DEED_ACTS = frozenset("blow_up bomb sabotage attack hack poison kill murder assassinate "
                       "destroy plant do shell strike hit mine demolish detonate".split()
                       + list(KILLING_WAYS))


def _deed_done(view: ClaimView, tok: Token) -> int:
    """+1 for the deed itself done by a named doer: "Russia blew up its own pipes", "US divers
    planted the charges on the pipelines", "Washington did it" (the doer is then weighed)."""
    if tok.pos_ != "VERB" or not set(phrasal_keys(tok)) & _DEED_ACTS:
        return 0
    caused = _caused(tok)  # "Richard had them killed": the subject of "had" did it to "them"
    done = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} or (
        caused and c.dep_ == "nsubj")]  # "the dam was blown up by ..."
    done += [g for t in (tok, *done) for g in prep_objects(t, {"on", "to"})]  # "on the
    # pipelines", on the verb or on its object
    if not any(_deed(view, c, understood=False) or c.lower_ in _VICTIM_PRONOUNS
               or {c.lower_, c.lemma_.lower()} & view.prop.victims for c in done):
        return 0  # "killed the princes" (the name's "Princes"), "had them killed"
    doer = _doer(tok)
    return 1 if doer is not None and (doer.ent_type_ in _DOERS or _another_state(view, doer)
                                      or _names_accused(view, doer.subtree)
                                      or another_person(view, doer)) else 0


def blame_signals(view: ClaimView) -> list[Signal]:
    """Each saying of who did the deed, read through its scope and the cue."""
    if not view.prop.deeds:
        return []
    out = []
    for tok in view.tokens:
        by = _deed_by(view, tok)
        side, doer = by or _said(view, tok) or _deed_done(view, tok), _doer(tok)
        if not side or (doer is not None and doer.tag_ in {"WP", "WDT"}):
            continue  # "cannot tell you who was responsible": no one named
        named = _named_doer(tok)
        if side > 0 and not by and (_another_doer(doer) or _another_state(view, named)
                                    or another_person(view, named)):
            side = -1  # "a disgruntled insider was behind it", "Washington did it", "Henry VII
            # did it": not the accused
        anchor = tok.head if not by and (tok.pos_ == "NOUN" or tok.lemma_ in {"do", "account"} or (
            tok.dep_ in {"csubj", "nsubj"} and tok.tag_ == "VBG")) else tok
        rogue = tok.lemma_.lower() == "rogue"
        if rogue:  # "it was [not] a rogue act": said of the noun
            anchor = tok.head.head
        w = view.walk(anchor)
        if not usable(w, could_ok=False):
            continue
        sign = side * w.sign * view.flip
        if tok.pos_ == "NOUN" and not rogue and anchor.i not in view.inside and view.flip > 0:
            continue  # "any involvement" said alone, neither denied nor confirmed
        basis = "lays the deed at a door" if sign > 0 else "denies a part in the deed"
        out.append(Signal(sign, 3, f"{basis}: {view.snippet(tok)}"))
    return out

"""A proposition in the words the parser reads best, before proposition.py parses it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.trail.misparses import verb_rooted
from pipeline.trail.proposition_words import contested_reason
from pipeline.trail.valence import base_lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# "part-" on a participle ("part-privatised") is parsed as an adjective after "be": "partly".
_PART_PREFIX = re.compile(r"\bpart-(?=[a-z]+(?:ed|en)\b)", re.I)
# A prescribed halt to an activity is a ban on it: "should stop issuing new licences" is read
# as "should ban the issuing of new licences" (what is issued is what the ban acts on).
_HALTED = re.compile(r"\b(should|must|to)\s+(?:stop|cease|halt)\s+([a-z]+ing)\s+(?=[a-z])",
                     re.I)

# A prescribed state is a change to make: "should be compulsory" is read as "should be made
# compulsory" (the parser gives a bare "be" no policy to read).
_STATE = re.compile(r"\b(should|must|to)\s+be\s+(?=(?:compulsory|mandatory|obligatory|legal"
                    r"|illegal)\b)", re.I)

# A duty is what the duty-bound do: "should be (legally) required (by law) to provide parts" is
# read as "should have to provide parts", so "provide" is the act restated or refused (the
# parser makes "law" the doer and "to provide" an adverbial clause).
_DUTY = re.compile(r"\bbe\s+(?:legally\s+)?(?:required|obliged|compelled|forced|made)\s+"
                   r"(?:by\s+law\s+)?(?=to\b)", re.I)

# A cause named by a noun is a cause named by a verb: "Neonicotinoids are the main cause of the
# decline of bees" is read as "The decline of bees is caused mainly by neonicotinoids", so a
# rival cause ("varroa is the main driver") argues against it (stance_causes.py), not for it.
_CAUSE_NOUN = re.compile(
    r"^(?P<cause>\S.*?)\s+(?P<be>is|are|was|were)\s+(?:the|a|an)\s+(?:(?P<main>main|chief|"
    r"principal|primary|biggest|single\s+biggest|leading|major)\s+|(?:real|root|underlying)\s+)?"
    r"(?:cause|driver|reason)\s+(?:of|for|behind)\s+(?P<effect>\S.*?)\.?$", re.I)

# A floor on a count is the thing counted: "keep at least one staffed checkout open" is read as
# "keep a staffed checkout open" (the parser makes "one" the object); and a thing kept open is
# kept open ("keep open a staffed checkout": the parser reads "checkout open" as one noun).
_AT_LEAST = re.compile(r"\bat\s+least\s+(?:(one|a|an)\b\s*)?", re.I)
_KEPT_OPEN = re.compile(r"\b(keep|keeps|kept)\s+((?:a|an|the|one|their|its)\s+(?:[\w-]+\s+){0,3}?"
                        r"[\w-]+)\s+open\b", re.I)


def reworded(sentence: str) -> str:
    """The proposition in the words the parser reads best."""
    sentence = _AT_LEAST.sub(lambda m: "a " if m[1] else "", sentence.strip())
    sentence = _KEPT_OPEN.sub(r"\1 open \2", sentence)
    sentence = _DUTY.sub("have ", _STATE.sub(r"\1 be made ", sentence))
    sentence = _HALTED.sub(r"\1 ban the \2 of ", _PART_PREFIX.sub("partly ", sentence))
    cause = _CAUSE_NOUN.match(sentence)
    if cause is None:
        return sentence
    effect, tense = cause["effect"], "is" if cause["be"].lower() in {"is", "are"} else "was"
    how, named = "mainly " if cause["main"] else "", cause["cause"]
    if named[1:2].islower():  # "Pilot error" opened the sentence: "by pilot error"
        named = named[:1].lower() + named[1:]
    return f"{effect[:1].upper()}{effect[1:]} {tense} caused {how}by {named}."


# Deeds one has done by others: "had the princes killed", "had the journalist arrested".
_CAUSED_DEEDS = frozenset("kill murder poison assassinate execute shoot hang strangle smother "
                          "drown arrest jail imprison torture kidnap abduct bug hack burn bomb "
                          "destroy sabotage silence beat attack".split())
_PAST = frozenset({"VBN", "VBD"})  # "had the heirs killed" can be tagged either way


def causative_as_passive(nlp: Language, doc: Doc) -> Doc:
    """ "Richard III had the princes killed" read as "The princes were killed by Richard III":
    the deed is the participle's and is laid at the causer's door (blame.py), not a "have"."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ not in {"have", "get"} or any(
            c.dep_ in {"dobj", "aux", "neg"} for c in root.children):
        return doc  # "the bank had its licence revoked" suffered it: only a deed is caused
    causer = next((c for c in root.children if c.dep_ == "nsubj"), None)
    done = next((c for c in root.children if c.dep_ in {"ccomp", "xcomp"} and c.tag_ in _PAST
                 and c.lemma_.lower() in _CAUSED_DEEDS), None)
    patient = done and next((c for c in done.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if causer is None or patient is None:
        return doc

    def span(tok: Token) -> str:
        return doc[tok.left_edge.i:tok.right_edge.i + 1].text

    rest = " ".join(span(c) for c in done.children if c.i > done.i and c.dep_ != "punct")
    plural = patient.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "cc" for c in patient.children)
    by = span(causer)
    if causer.left_edge.pos_ == "DET":  # "by the Kremlin"
        by = by[:1].lower() + by[1:]
    words = [span(patient), "were" if plural else "was", done.text, rest, "by", by]
    text = " ".join(w for w in words if w)
    return nlp(text[:1].upper() + text[1:] + ".")


def reparsed(nlp: Language, sentence: str) -> Doc:
    """The proposition parsed in the words and shape the rules read best."""
    doc = contested_reason(nlp, verb_rooted(nlp, reworded(sentence)))
    return possessed_quality(nlp, causative_as_passive(nlp, doc))


def possessed_quality(nlp: Language, doc: Doc) -> Doc:
    """ "The Kell viaduct has dangerous cracks" read as "The Kell viaduct and its cracks are
    dangerous": a quality (stance_property.py) of the thing and of what it has, so "the viaduct
    is safe" and "the cracks are dangerous" both take a side (not "has structural cracks")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ != "have" or any(
            c.dep_ in {"aux", "neg"} for c in root.children):
        return doc
    owner = next((c for c in root.children if c.dep_ == "nsubj"), None)
    had = next((c for c in root.children if c.dep_ == "dobj"), None)
    quality = had and next((c for c in had.children if c.dep_ == "amod" and c.i < had.i
                            and abs(base_lexicon().get(c.lower_, 0.0)) >= 1.0), None)
    if owner is None or quality is None or owner.pos_ == "PRON":
        return doc
    rest = " ".join(t.text for t in doc[quality.i + 1:had.i + 1])  # "structural cracks"
    text = f"{doc[owner.left_edge.i:owner.i + 1].text} and its {rest} are {quality.lower_}."
    return nlp(text[:1].upper() + text[1:])

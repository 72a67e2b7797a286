"""A proposition in the words the parser reads best, before proposition.py parses it."""

from __future__ import annotations

import re

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

# A cause named by a noun is a cause named by a verb: "Neonicotinoids are the main cause of the
# decline of bees" is read as "The decline of bees is caused mainly by neonicotinoids", so a
# rival cause ("varroa is the main driver") argues against it (stance_causes.py), not for it.
_CAUSE_NOUN = re.compile(
    r"^(?P<cause>\S.*?)\s+(?P<be>is|are|was|were)\s+(?:the|a|an)\s+(?:(?P<main>main|chief|"
    r"principal|primary|biggest|single\s+biggest|leading|major)\s+|(?:real|root|underlying)\s+)?"
    r"(?:cause|driver|reason)\s+(?:of|for|behind)\s+(?P<effect>\S.*?)\.?$", re.I)


def reworded(sentence: str) -> str:
    """The proposition in the words the parser reads best."""
    sentence = _STATE.sub(r"\1 be made ", sentence)
    sentence = _HALTED.sub(r"\1 ban the \2 of ", _PART_PREFIX.sub("partly ", sentence))
    cause = _CAUSE_NOUN.match(sentence)
    if cause is None:
        return sentence
    effect, tense = cause["effect"], "is" if cause["be"].lower() in {"is", "are"} else "was"
    how, named = "mainly " if cause["main"] else "", cause["cause"]
    if named[1:2].islower():  # "Pilot error" opened the sentence: "by pilot error"
        named = named[:1].lower() + named[1:]
    return f"{effect[:1].upper()}{effect[1:]} {tense} caused {how}by {named}."

"""Who talks: "talk" and "discuss" restate talks only between parties.

"They talked about the weather", "security was discussed" name no talks between the parties;
"talks with Iran", "are talking to Madrid", "the two clubs are talking every day", "they're
talking", "we discussed it with Washington" do: a partner named by "with"/"to"/"between", or
talkers who are several (a plural or a coordination) or a participant of the proposition.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

_PARTNERED = frozenset({"with", "to", "between"})
_SEVERAL = frozenset({"they", "we"})


def between_parties(verb: Token, subjects: list[Token], is_arg: Callable[[Token], bool]) -> bool:
    """``verb`` ("talk", "discuss") is said of parties talking to each other."""
    if any(c.lower_ in _PARTNERED for c in verb.children):
        return True
    talkers = [s for s in subjects if s.dep_ == "nsubj"]
    return any(is_arg(s) or s.lower_ in _SEVERAL or s.tag_ in {"NNS", "NNPS"}
               or any(c.dep_ == "conj" for c in s.children) for s in talkers)

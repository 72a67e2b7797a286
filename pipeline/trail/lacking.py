"""What a proposition says its act lacked: "obtained the data without their consent",
"detained without trial". The act done with it ("collected with users' permission", "held
after a fair trial" aside) is not the act proposed, so such a claim argues against it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from pipeline.trail.proposition import Proposition

# "Consent" is lacked by other words too: "permission", "knowledge", "approval".
_ASSENT = frozenset({"consent", "permission", "agreement", "knowledge", "approval", "authority"})


def done_with_what_lacked(prop: Proposition, verb: Token) -> bool:
    """The act (`verb`) done "with" what the proposition says it was done without."""
    lacked = prop.lacking | (_ASSENT if prop.lacking & _ASSENT else frozenset())
    return bool(lacked) and any(g.lemma_.lower() in lacked for c in verb.children
                                if c.dep_ == "prep" and c.lower_ == "with"
                                for g in c.children if g.dep_ == "pobj")

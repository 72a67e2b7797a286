"""Stance toward an event that is itself a non-event ("avoided tests"), on hand-written
sentences: refusing restates it, undergoing opposes it, a request to undergo is someone else's."""

from __future__ import annotations

import pytest

from pipeline.nlp.model import load_nlp
from pipeline.trail.stance import Proposition, claim_stance, parse_proposition

PROPOSITION = "The boxer deliberately avoided drug tests before the title fight."
ABOUT = ["test*", "dop*", "drug*", "avoid*", "dodg*", "charge*"]

# (cue, polarity, expected, sentence with the claim's [content] in brackets)
CASES = [
    ("say", "negative", "refutes",
     "His manager said [he had never refused a test in ten years as a professional]."),
    ("say", "positive", "supports",
     "Officials said [the boxer had dodged three tests in a row]."),
    ("insist", "positive", "refutes",
     "His trainer insisted [he begged to be tested the same night]."),
    ("say", "positive", "refutes",
     "His promoter said [the fighter took every test he was given]."),
    ("say", "negative", "refutes",
     "The commission said [the boxer was never told to take a test that week]."),
    ("say", "positive", "neutral",
     "The commission said [the boxer was told to take a test that week]."),
    ("say", "positive", "neutral",
     "The federation said [it was sure the panel would uphold the charges of dodging tests "
     "against the boxer]."),
]


@pytest.fixture(scope="module")
def prop() -> Proposition:
    return parse_proposition(PROPOSITION, ABOUT, load_nlp())


def test_the_proposition_is_an_avoidance(prop: Proposition) -> None:
    assert prop.kind == "event" and prop.avoids
    assert not parse_proposition("Iran and the United States are holding talks.",
                                 ["talks"], load_nlp()).avoids


@pytest.mark.parametrize(("cue", "pol", "expected", "marked"), CASES)
def test_avoidance_stance(prop: Proposition, cue: str, pol: str, expected: str,
                          marked: str) -> None:
    start, end = marked.index("["), marked.index("]") - 1
    doc = load_nlp()(marked.replace("[", "").replace("]", ""))
    got = claim_stance(prop, sentence=doc[:], content_start=start, content_end=end, cue=cue,
                       polarity=pol)
    assert got.stance == expected, got

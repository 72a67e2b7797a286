"""Polarity of a statement's main predicate, with negative and negated cues."""

from __future__ import annotations

import pytest

from pipeline.nlp.polarity import statement_polarity


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Indirect talks are being conducted through Oman.", "positive"),
        (
            "The Islamic Republic of Iran is engaged in no negotiations with the "
            "American officials.",
            "negative",
        ),
        ("We have no intention of holding talks with the Americans.", "negative"),
        ("The Islamic Republic will absolutely not sit for talks with America.", "negative"),
        ("The United States was not ready to resume nuclear talks.", "negative"),
        ("There are no ongoing talks between the two countries.", "negative"),
        ("Nobody expected the roof to fail so soon.", "negative"),
        ("Nothing can be done without the favor of America.", "negative"),
        ("He has never met the minister.", "negative"),
        ("We don't sell our best players in midseason.", "negative"),
        ("It was not only Lavrov who offered to mediate.", "positive"),
        ("It is a museum, not a theme park.", "positive"),
        (
            "This is actually not negotiation; it's rather a means for picking the "
            "fruits of pressure.",
            "negative",
        ),
        ("Iran rejects the proposal.", "negative"),
        ("More planning applications were refused under the rules.", "positive"),
        ("The talks could lead to a deal, although nothing is certain.", "positive"),
        ("The family no longer felt safe.", "negative"),
    ],
)
def test_content_polarity(nlp, content, expected):
    assert statement_polarity(nlp(content), "say") == expected


@pytest.mark.parametrize("cue", ["deny", "reject", "dismiss", "rule out", "denial"])
def test_negative_cue_flips(nlp, cue):
    assert statement_polarity(nlp("The reports about talks."), cue) == "negative"


def test_negative_cue_and_negative_content_cancel(nlp):
    assert statement_polarity(nlp("He was not involved."), "deny") == "positive"


def test_negated_cue(nlp):
    assert statement_polarity(nlp("The talks had failed."), "say", cue_negated=True) == "negative"


def test_token_list_and_empty_input(nlp):
    doc = nlp("He said talks are not possible.")
    assert statement_polarity(list(doc[2:]), "say") == "negative"
    assert statement_polarity([], "say") == "positive"

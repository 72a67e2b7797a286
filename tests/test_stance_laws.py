"""Rules of the twenty-third 2026-12-04 session: the law as it stands on what a ban or a
legalisation is about ("change the law on cannabis", "the law on fireworks must change":
policy_nouns.standing_law, stance_need.status_quo_signals); a command the tagger took for a
noun or opening a spliced clause ("Scrap the fee now", "it's a tax, bin it":
misparses.retag_commands), or given on a condition ("if it saves me money, scrap it":
stance_rules.on_condition); fighting to do something strives for it (scope._STRIVE).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "cannabis": ("Cannabis should be legalised for adult use.", ["cannabis"]),
    "fireworks": ("The sale of fireworks to the public should be banned.", ["fireworks"]),
    "licence": ("The television licence should be scrapped.", ["television licence", "licence"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    # the law in force on the thing: changing it is the change proposed
    ("cannabis", "supports", "The campaigner said [ministers should change the law on "
                             "cannabis]."),
    ("cannabis", "refutes", "A spokesman said [the government has no plans to change the law "
                            "on cannabis]."),
    ("cannabis", "supports", "The MP said [ministers must relax the laws on cannabis]."),
    ("cannabis", "refutes", "The MP said [we will defend the law on cannabis]."),
    ("cannabis", "supports", "The MP said [the law on cannabis is outdated]."),
    ("cannabis", "refutes", "The MP said [the law on cannabis should stay as it is]."),
    ("cannabis", "supports", "The doctor said [the law on cannabis must change]."),
    ("cannabis", "neutral", "The historian said [the law on cannabis was passed in 1971]."),
    ("fireworks", "supports", "The vet said [the law on fireworks should be changed]."),
    ("fireworks", "refutes", "The retailer said [ministers should relax the law on "
                             "fireworks]."),  # of a ban, loosening goes the other way
    ("fireworks", "refutes", "The retailer said [the government should keep the law on "
                             "fireworks as it is]."),
    ("fireworks", "supports", "The charity said [the new law on fireworks should be "
                              "introduced quickly]."),  # the ban itself, not the law in force
    # commands the tagger misread
    ("licence", "supports", "The caller shouted: \"[Scrap the licence now]!\""),
    ("licence", "supports", "The caller said: \"[The licence is a tax on owning a telly, bin "
                            "it].\""),
    ("licence", "refutes", "The union said [it would fight to keep the licence]."),  # strive
    ("licence", "supports", "The union said [it would fight to scrap the licence]."),
    ("licence", "refutes", "The union said [it would fight the plan to scrap the licence]."),
    ("licence", "neutral", "The nurse said [they fought to save her life]."),
    ("licence", "supports", "The caller said: \"[If it saves me money, scrap it tomorrow].\""),
])
def test_law_and_command_stance(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected

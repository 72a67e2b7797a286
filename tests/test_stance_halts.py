"""A removal named by a noun and asked for ("called for a halt to drilling", "demanded an end
to the scheme": stance_rules.act_signals), a verb in scare quotes the tagger took for an
adjective ('had "never opposed" the orders'), a policy wrecked by others, lamented
(stance_rules.act_sign), undoing it named by a gerund ("pausing now would waste millions":
stance_doing.py; "wrong to rule it out" judges a side taken), a delay preferred ("would rather
see it delayed": stance_rules.small_clause), no intention of going back on it (evaluative.OPEN_TO,
REMOVE), a prescription with its condition, the speaker's own people polled, and what a policy
brought taking its value (eval_verbs.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "drill": ("Drilling for oil should be allowed in the Weald.", ["drilling", "oil drilling"]),
    "tolls": ("Tolls should be charged on the Severn bridges.", ["tolls", "bridge tolls"]),
    "deposit": ("The Welsh bottle deposit scheme should go ahead.", ["deposit scheme"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("drill", "refutes", "Campaigners called for [a halt to drilling across the county]."),
    ("drill", "refutes", "The group demanded [an immediate end to drilling]."),
    ("tolls", "refutes", "Drivers urged ministers to [put an end to the tolls]."),
    ("tolls", "supports", 'The council said [it had "never opposed" the tolls].'),
    ("tolls", "refutes", 'The chamber said [it had "always opposed" the tolls].'),
    ("drill", "neutral", "The report said [a halt to drilling had been discussed in 2019]."),
    ("deposit", "supports", 'The minister said [Whitehall had "sabotaged" the deposit scheme].'),
    ("deposit", "supports", "The minister said [the scheme has been wrecked by a government that "
                            "never wanted it]."),
    ("deposit", "refutes", "The grocer said: \"[We will wreck this scheme if we can.]\""),
    ("deposit", "supports", "The brewer said [pausing now would waste the millions already "
                            "spent]."),
    ("deposit", "refutes", "The retailers said: \"[We would rather see the scheme delayed.]\""),
    ("tolls", "supports", "The minister said [it would be wrong to rule out the tolls]."),
    ("tolls", "supports", "The minister said [the government had no intention of going back "
                          "on the tolls]."),
    ("tolls", "supports", "The minister said [he did not intend to scrap the tolls]."),
    ("tolls", "supports", "The council said [tolls should be charged if the bridges need "
                          "repair]."),  # a prescription with its condition
    ("tolls", "supports", "The hauliers' body said [most of its members backed the tolls]."),
    ("tolls", "neutral", "The pollster said [most people backed the tolls]."),  # a poll
    ("deposit", "supports", "The minister said [the deposit scheme had brought real relief to "
                            "the beaches]."),  # what it brought takes its value
])
def test_acts_on_the_policy(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis

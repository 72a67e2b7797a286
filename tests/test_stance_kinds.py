"""Another of the policy's kind named by its modifier (word_forms.other_of_kind), a plural
noun naming a kind that is no judgement (valence.py), what a measure drives away, pays for
or gives the well-off, and ordinary people punished (eval_verbs.py), a smoking gun as the proof
and a policy's evidence weighed (stance_case.py), "did little wrong" (stance_guilt.py), the
money of what a ban restricts (claim_view._bridged), "free parking" and "parking should be
free" when a charge is to go (word_forms.made_free, stance_restate.free_signals), "the rules we
have" and "existing controls" as the law in force (evaluative.in_force, stance_need.py) and
"rise to it", no level moved (stance_restate._risen_to), and the sky that did not fall
(stance_scares.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "carbon": ("The government should introduce a tax on the carbon content of imported "
               "goods.", ["border carbon tax", "carbon levy"]),
    "doping": ("Team Aurora broke the anti-doping rules.", ["doping case", "Aurora charges"]),
    "parking": ("Hospital parking charges should be scrapped.", ["hospital parking"]),
    "fares": ("Bus fares in Leeds should be cut.", ["bus fares"]),
    "vending": ("Schools should be banned from taking money from fizzy drink vending firms.",
                ["vending ban", "vending deals"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    # another tax of its kind is not the one watched, and "gains" of "capital gains" no praise
    ("carbon", "neutral", "The economist said [landfill tax had been a success]."),
    ("carbon", "neutral", "The adviser said [capital gains tax raises less than people think]."),
    ("carbon", "refutes", "The minister said [the carbon tax would be a disaster]."),
    ("carbon", "refutes", "The minister said [a blanket tax would be a disaster]."),
    ("carbon", "refutes", "The minister said [the core tax would be a disaster]."),
    ("carbon", "refutes", "The importers said [such taxes drive away the investment the "
                          "country needs]."),
    ("carbon", "supports", "The campaigners said [the tax would drive the worst polluters "
                           "away]."),
    ("carbon", "supports", "The report said [a 3% levy would pay for the new flood "
                           "defences]."),
    ("carbon", "supports", "The report said [the tax would fund cleaner buses]."),
    ("carbon", "refutes", "The importers said [the tax would fund a bloated bureaucracy]."),
    ("carbon", "neutral", "The importers said [customers would pay for the tax in the end]."),
    ("doping", "refutes", "The manager said [the team still has not got a smoking gun]."),
    ("doping", "refutes", "A fan said [there is no smoking gun]."),
    ("doping", "refutes", "The manager said [the agency does not have the evidence]."),
    ("doping", "neutral", "The agency said [it will publish the evidence it has]."),
    ("doping", "refutes", "The manager said [the team did not do much wrong]."),
    ("doping", "refutes", "The manager said [the team did little wrong]."),
    ("doping", "supports", "The rider said [the team did wrong and knew it]."),
    ("vending", "neutral", "The head said [the vending money pays for the school trips]."),
    ("parking", "supports", "The nurses said [free parking was long overdue]."),  # the charge
    ("parking", "refutes", "The trust said [free parking would be a waste of money]."),  # gone
    ("parking", "supports", "The nurses said [parking should be free at every hospital]."),
    ("parking", "refutes", "The trust said [parking should never be free]."),
    ("parking", "neutral", "The trust said [the car park is free on Sundays]."),
    ("parking", "refutes", "The trust said [scrapping the charges would mainly benefit the "
                           "highest-earning consultants]."),  # a gift to those needing it least
    ("parking", "supports", "The nurses said [scrapping the charges would help poorer "
                            "patients]."),
    ("fares", "neutral", "The driver said [cut the fares and passengers will rise to it]."),
    ("fares", "refutes", "The operator said [fares should rise next year]."),  # a level moved
    ("fares", "supports", "The mayor said [York cut its fares and the sky did not fall]."),
    ("fares", "supports", "The mayor said [fares can be cut without the sky falling]."),
    ("fares", "refutes", "The operator said [cut the fares and the sky will fall in]."),
    ("vending", "supports", "The dentists said [the evidence is now overwhelming]."),
    ("vending", "supports", "The dentists said [the evidence is there]."),
    ("vending", "refutes", "The firms said [the evidence from Finland was thin at best]."),
    ("vending", "neutral", "The economist said [the evidence was mixed]."),
    ("vending", "neutral", "The economist said [the evidence is thin either way]."),
    ("doping", "neutral", "The professor said [the evidence was weak on both sides]."),
    ("vending", "refutes", "The firms said [the evidence from abroad was not encouraging]."),
    ("vending", "refutes", "The firms said [there is no evidence]."),
    ("vending", "neutral", "The firms said [the evidence on tooth decay would be published]."),
    ("vending", "refutes", "The firms said [ministers should enforce the rules we have]."),
    ("vending", "supports", "The dentists said [ministers should enforce the new ban]."),
    ("vending", "refutes", "The firms said [existing controls are sufficient]."),
    ("vending", "refutes", "The firms said [a ban punishes the people who follow the rules]."),
    ("vending", "neutral", "The firms said [a ban punishes people who break the rules]."),
])
def test_kinds_funds_and_proof(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis

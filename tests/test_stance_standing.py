"""Negation that leaves a contrast standing ("not a fad but a sound plan", "a date, not
another climbdown": negators.left_standing, negators.rejected_alternative), "the least bad"
(valence._decreased), another's fears only reported (stance_opinions.py), "should have gone"
(stance_restate.py), "only makes sense when" a condition and "it does not take an expert to
see X" plain (scope.py), the doer of a misparsed belief, a deed by its watchlist name and "it was
a Serbian operation" (stance_blame.py), "the culprit" a cause (stance_causes.py), the noun of
a limit (proposition_words.NOMINALS), "a lifeline", "a solution looking for a problem"
(valence.py) and "will not cure these" (eval_verbs.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "levy": ("Cornwall should introduce a tourist bed levy.", ["bed levy", "tourist levy"]),
    "food": ("Cinemas should scrap the ban on outside food.", ["outside food ban"]),
    "extras": ("Nurseries in Scotland should be limited to three paid extras.",
               ["paid extras", "nursery extras"]),
    "fizz": ("England should ban the sale of fizzy drinks to under-10s.", ["fizzy drinks"]),
    "ferry": ("Serbian agents carried out the 1997 Danube ferry bombing.",
              ["Danube ferry bombing", "Kovin"]),
    "flood": ("The 2019 Lydmouth flood was caused mainly by a blocked culvert.",
              ["Lydmouth flood"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("levy", "supports", "She said [the bed levy is not a fad but a sound plan]."),
    ("levy", "refutes", "She said [the bed levy is not cheap but cruel]."),
    ("levy", "supports", "The institute called [it the least bad tax there is]."),
    ("levy", "refutes", "He said [the bed levy was the least effective option]."),
    ("levy", "neutral", "She said [hoteliers' fears about the bed levy could be met]."),
    ("levy", "refutes", "She said [there are real fears about the bed levy]."),
    ("levy", "refutes", "He said [the bed levy was a solution looking for a problem]."),
    ("levy", "supports", 'She said [the bed levy would be "a lifeline for struggling '
                         'villages"].'),
    ("food", "supports", "He said [the food ban should have gone a decade ago]."),
    ("food", "refutes", "He said [the food ban should have gone further]."),
    ("food", "supports", 'She said: "[Cinema-goers need a firm date for when the food ban '
                         'will go, not another climbdown.]"'),
    ("food", "neutral", 'She said: "[Ending the food ban only makes sense when the aisles '
                        'get swept every night.]"'),
    ("extras", "supports", "She said [the limit is overdue and good news for parents]."),
    ("extras", "supports", "She said [the limit should go further]."),
    ("fizz", "supports", 'He said: "[It does not take an expert to see that small children '
                         'should not be drinking fizzy drinks.]"'),
    ("fizz", "refutes", 'Mia said: "[Late nights and poor diets are the trouble. A ban on fizzy '
                        'drinks will not cure these.]"'),
    ("fizz", "refutes", 'The firm said [the fizzy drinks ban "treats a symptom"].'),
    ("ferry", "refutes", "The widow has said [she believes Hungary and the Orsova Syndicate "
                         "- a river gang carried out the attack]."),
    ("ferry", "refutes", "A minister insisted that [Serbia had no hand in Kovin]."),
    ("ferry", "supports", 'The prosecutor said: "[It was a Serbian operation from the first '
                          'day.]"'),
    ("ferry", "refutes", 'The lawyer said: "[It was a Hungarian operation.]"'),
    ("flood", "supports", "The engineer said [the blocked culvert was the main culprit]."),
    ("flood", "refutes", "The council said [the culprit was a month of heavy rain]."),
])
def test_contrasts_and_conditions(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis

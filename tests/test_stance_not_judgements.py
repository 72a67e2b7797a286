"""Words that look like judgements and are not: a cost stated as a figure, the problem a plan is
named after ("the childhood obesity plan"), an extraposed "made it clear that", "the original
forecast", a consultation that closes; and set phrases that are ("long overdue", "central to",
"cost less"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "tram": ("A tram line should be built in Exeter.", ["tram line", "tram"]),
    "levy": ("A levy on takeaway cups should be introduced.", ["cup levy", "levy"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("tram", "neutral", "The council said [the cost of the tram line could reach £90m]."),
    ("tram", "neutral", "The council said [the cost of the tram was now estimated at £90m]."),
    ("tram", "refutes", "Critics said [the true cost of the tram line could reach £300m]."),
    ("tram", "supports", "The mayor said [the tram will cost less than the bus lanes]."),
    ("levy", "neutral", "The minister said [the levy is part of the childhood obesity plan]."),
    ("levy", "supports", "The minister said [the levy is central to the litter plan]."),
    ("levy", "supports", "The charity said [the levy was long overdue]."),
    ("levy", "neutral", "The council said [the survey had made it clear that shoppers were "
                        "divided]."),
    ("levy", "neutral", "The Treasury said [the levy raised £4m, below the original forecast]."),
    ("levy", "neutral", "The Treasury said [the levy would start in May, and the consultation "
                        "closes on 3 April]."),  # a timetable ("close" is a harm of shops)
    ("tram", "refutes", "The traders said [the tram line would close shops on the high street]."),
])
def test_figures_aims_and_set_phrases(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected


def test_a_plural_names_the_policy_by_its_spelled_singular(nlp, props):
    """The lemmatizer makes "taxes" "taxis"; the spelled singular still names a levy's kind."""
    from pipeline.trail.word_forms import singular

    doc = nlp("He listed taxes, levies, charges and bans.")
    assert [singular(t) for t in doc if t.tag_ == "NNS"] == ["tax", "levy", "charge", "ban"]
    assert judge(nlp, props["levy"], "She said [cup taxes work].", None).stance == "supports"

"""Commands in a claim (commands.imperative), on sentences written for these tests: "Put them up!"
prescribes what the proposition says, "Don't ban it!" its opposite; an imperative that states a
condition ("Ban the adverts, lose the jobs") commands nothing."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "rates": ("The Bank of England should raise interest rates.", ["interest rate*"]),
    "ban": ("Smoking should be banned in pubs and restaurants.", ["smoking ban", "ban"]),
    "ads": ("Junk-food adverts should be banned before the 9pm watershed.", ["advert*"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("rates", "supports", 'The saver said: "[I have waited three years for a decent return. Put '
                          'them up!]"'),  # "them": a command's object is the topic
    ("rates", "supports", 'The saver said: "[Raise interest rates now!]"'),
    ("ban", "supports", 'The doctor said: "[Ban it. Ban it today.]"'),
    ("ban", "refutes", 'The landlord said: "[Don\'t ban smoking in pubs!]"'),
    ("ban", "refutes", 'The landlord said: "[Scrap the ban and give us our pubs back!]"'),
    ("ban", "refutes", 'The landlord said: "[Another year of this. Just scrap the ban.]"'),
    ("ban", "supports", 'The nurse said: "[Please keep the ban.]"'),  # adverbs before the verb
])
def test_a_command_prescribes(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected, found


@pytest.mark.parametrize(("key", "marked"), [
    ("ads", 'The owner said: "[Ban the adverts, lose the jobs.]"'),
    ("ads", 'The owner said: "[Ban the adverts and you\'ll see firms move abroad.]"'),
])
def test_a_conditional_imperative_prescribes_nothing(nlp, props, key, marked):
    found = judge(nlp, props[key], marked, "say")
    assert not (found.stance == "supports" and "restates" in found.basis), found


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("ads", "refutes", 'The owner said: "[Ban the adverts, lose the jobs.]"'),
    ("ban", "refutes", 'The landlord said: "[Ban it and you will ruin thousands of pubs.]"'),
    ("ban", "supports", 'The nurse said: "[Ban it and you will save lives.]"'),
    ("rates", "refutes", 'The builder said: "[Raise rates again and you will kill the housing '
                         'market.]"'),
])
def test_a_conditional_imperative_takes_its_consequences_side(nlp, props, key, expected,
                                                               marked):
    """The command's act, judged by what it leads to (commands.conditional_command)."""
    assert judge(nlp, props[key], marked, "say").stance == expected


def test_civil_servants_are_no_civil_liberties_frame(nlp, props):
    found = judge(nlp, props["ban"], "The union said [civil servants would have to enforce "
                                     "it].", "say")
    assert "liberty" not in found.basis, found

"""The speaker's stake (trail/interests.py): who a policy proposition empowers and whom it acts
on, and the weak side an undecided claim of theirs takes, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.consistency import BY_STAKE, carry_speaker_side
from pipeline.trail.interests import stake_side
from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge
from tests.test_trail import _stances

PROPOSITIONS = {
    "powers": "Councils should be given powers to seize empty homes.",
    "audit": "The National Audit Office should be given a free hand to scrutinise how the BBC "
             "spends licence fee money.",
    "bid": "Deutsche Boerse should buy the London Stock Exchange.",
    "rates": "The Bank of England should raise interest rates.",
    "denied": "Police should not be given powers to impose curfews.",
    "talks": "Iran and the United States are holding talks.",
    "exclude": "Britain should exclude Tessaro Telecom from its mobile networks.",
    "where": "Street preaching should be banned in Ruritania and Moldavia.",
}


@pytest.fixture(scope="module")
def props(nlp):
    return {key: parse_proposition(text, ["bid", "offer"] if key == "bid" else [], nlp)
            for key, text in PROPOSITIONS.items()}


def test_the_parties_are_read_from_the_propositions_grammar(props):
    assert props["powers"].backers == (("council",), ("councils",))
    assert props["audit"].backers == (("national", "audit", "office"), ("nao",))
    assert props["audit"].resisters == (("bbc",),)
    assert props["bid"].backers == (("deutsche", "boerse"),)
    assert props["bid"].resisters == (("london", "stock", "exchange"), ("lse",))
    # The Bank decides on rates (holding them is as much its side); an event has no parties.
    assert not props["rates"].backers and not props["rates"].resisters
    assert not props["talks"].backers and not props["talks"].resisters
    assert props["exclude"].resisters == (("tessaro", "telecom"),)  # an exclusion acts on it
    assert not props["where"].resisters  # where a ban holds is no party it acts on


@pytest.mark.parametrize(("speaker", "expected"), [
    ("a council spokeswoman", 1), ("the Local Government Association", None),
    ("the NAO", 1), ("an audit firm", None), ("A BBC spokesman", -1),
    ("the Office for Budget Responsibility", None),  # one word of a name is not the name
])
def test_a_speaker_is_a_party_only_by_the_whole_name(props, speaker, expected):
    prop = props["powers" if "council" in speaker or "Government" in speaker else "audit"]
    found = stake_side(speaker, prop.backers, prop.resisters)
    assert (found[0] if found else None) == expected, found


@pytest.mark.parametrize(("key", "speaker", "marked", "expected"), [
    ("audit", "A BBC spokesman", "A BBC spokesman said [the corporation would study the "
                                 "report].", "refutes"),
    ("bid", "a Deutsche Boerse spokesman", "A Deutsche Boerse spokesman said [the board was "
                                           "studying the response].", "supports"),
    ("bid", "the LSE", "The LSE said [its shareholders would be kept informed].", "refutes"),
    ("denied", "a police spokesman", "A police spokesman said [officers were talking to "
                                     "parents].", "refutes"),  # a negated proposition
    ("rates", "the Bank", "The Bank said [the committee would meet on Thursday].", "neutral"),
])
def test_an_undecided_claim_takes_its_speakers_stake(nlp, props, key, speaker, marked,
                                                     expected):
    found = judge(nlp, props[key], marked, "say", speaker=speaker)
    assert found.stance == expected, found
    assert found.stance == "neutral" or found.basis.startswith(BY_STAKE)


def test_the_speakers_own_words_beat_the_stake(nlp, props):
    """A party's words decide first ("a bid that undervalues us" is the LSE's own attack); and
    a stake gives way to the side the speaker takes elsewhere in the article."""
    own = judge(nlp, props["bid"], "The LSE said [it would back the offer].", "say",
                speaker="the LSE")
    assert own.stance == "supports" and not own.basis.startswith(BY_STAKE), own
    rows = _stances(("c1", "d1", "the LSE", "refutes", f"{BY_STAKE}acted on by it ('lse')"),
                    ("c2", "d1", "the LSE", "supports", "back 'the offer'"))
    carried = dict(carry_speaker_side(rows).select("claim_id", "stance").iter_rows())
    assert carried == {"c1": "supports", "c2": "supports"}


def test_a_backers_own_noun_names_the_policy_only_with_its_modifier(nlp):
    """"Schools should be allowed to become trust schools": "schools are underfunded" is about
    schools, "trust schools will divide communities" about the policy."""
    prop = parse_proposition("Schools should be allowed to become self-governing trust schools.",
                             ["trust school*"], nlp)
    assert prop.qualified == {"school", "schools"}
    generic = judge(nlp, prop, "The head said [schools were badly underfunded].", "say")
    assert generic.stance == "neutral", generic
    named = judge(nlp, prop, "The union said [trust schools would be a disaster].", "say")
    assert named.stance == "refutes", named


def test_a_backers_noun_that_is_all_the_policy_names_it_even_with_its_initials(nlp):
    """"Electric scooters should be allowed on pavements": the scooters are what is allowed, so
    their noun names the policy, though "es" (its initials) is written for it too."""
    prop = parse_proposition("Electric scooters should be allowed on pavements in Kessel.",
                             ["scooters on pavements"], nlp)
    assert not prop.qualified
    said = judge(nlp, prop, "The charity said [scooters have no place on pavements].", "say")
    assert said.stance == "refutes", said


def test_what_is_handed_over_is_not_who_gains_by_it(nlp):
    """"Kessel's museums should be handed over to a trust": the trust gains (it backs the
    policy by its stake), not the museums handed over."""
    prop = parse_proposition("Kessel's museums should be handed over to a trust.", [], nlp)
    assert prop.backers == (("trust",),)
    granted = parse_proposition("Councils should be given powers to close crack houses.", [], nlp)
    assert granted.backers == (("council",), ("councils",))

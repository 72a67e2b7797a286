"""Rules of the nineteenth 2026-12-04 session, on sentences written for these tests: a thing a
ban or a permission is about, prescribed to stay banned or legal (stance_restate.kept_state_
signals); "legal"/"illegal" are the state of a ban's object, not a verdict on it (claim_view.
topical); a proposition whose "should" the parser hangs on its "be" is still a policy
(misparses.with_hung_auxiliaries), and a hyphenated word split in pieces is no target
(misparses.hyphen_piece); "as it stands" and "while the law stands" declare nothing
(stance_restate.standing_signals); a reversal ruled out ("no going back", "will not turn
back"); "justify", "vindicate" take a side on their object; a government figure's "would"
reported by the government is a pledge; set phrases ("grind to a halt", "a relic", "on the
backs of"); "reward" promotes its object and "try it" prescribes the policy; a verb done again
("rejoin") is "join" again. (A removal's "it" and a quoted complement: test_stance_removals.py;
commands stating a condition: test_stance_commands.py.)"""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "scooters": ("Privately owned e-scooters should be legalised on UK public roads.",
                 ["e-scooter*"]),
    "dogs": ("Fighting dogs should be banned.", ["fighting dog*", "ban"]),
    "limit": ("Towns should keep the 20mph speed limit.", ["20mph", "speed limit*"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_a_should_hung_on_be_is_still_a_policy(nlp):
    prop = parse_proposition(PROPOSITIONS["scooters"][0], [], nlp)
    assert prop.kind == "policy" and prop.predicate == "legalise"
    assert {"scooter", "scooters"} <= prop.target and not prop.target & {"-", "e", "roads"}
    assert "roads" in prop.args  # where, not what


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("scooters", "refutes", 'The caller said: "[Keep them banned.]"'),
    ("scooters", "refutes", "The charity said [e-scooters should remain illegal until pavement "
                            "riding can be stopped]."),  # "until": illegal for now
    ("scooters", "supports", "The rider said [e-scooters should not remain illegal]."),
    ("scooters", "neutral", "The officer said [e-scooters remain illegal on public roads]."),
    ("dogs", "supports", 'The postman said: "[Keep the dogs banned.]"'),
    ("scooters", "neutral", "The police said [officers enforce the law as it stands]."),
])
def test_kept_banned_or_legal(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, None).stance == expected


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("limit", "supports", "The minister said [there will be no going back on the limit]."),
    ("limit", "supports", "The council said [it will not turn back]."),
    ("limit", "neutral", "The opposition group said [it would not recognise a ballot held with "
                         "a low count]."),  # "it" is the group: no "low" limit judged
    ("limit", "neutral", "It calls the ballot a sham and says [it will not recognise a ballot held "
                         "with a low count]."),  # the body that speaks, named by "It" in the frame
    ("limit", "supports", "Officials said [the fall in casualties justifies the limit]."),
    ("limit", "refutes", "The driver said [nothing could justify the limit]."),
    ("limit", "refutes", "The driver said [the limit would grind the town to a halt]."),
    ("limit", "refutes", "The driver called the limit \"[a relic of the 1990s]\"."),
    ("limit", "refutes", "The driver said [the limit is paid for on the backs of drivers]."),
])
def test_resolve_verdicts_and_set_phrases(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, None).stance == expected


def test_a_government_speaker_reports_the_governments_pledge(nlp):
    """ "Downing Street said the Prime Minister would not water down the measures": a
    government figure's "would", reported by the government, is its promise
    (scope._scope_at); from anyone else it is a forecast."""
    prop = parse_proposition("The Home Secretary should be given powers to detain terror "
                             "suspects without trial.", ["detention", "detain*"], nlp)
    marked = ("Downing Street said [the Prime Minister would not water down the measures "
              "simply to get the Bill through the Lords].")
    assert judge(nlp, prop, marked, None, speaker="Downing Street").stance == "supports"
    assert judge(nlp, prop, marked, None, speaker="Liberty").stance == "neutral"


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("scooters", "refutes", "Critics said [legalisation would reward years of illegal riding]."),
    ("limit", "supports", 'He said: "[Try it, and give it six months.]"'),  # "it" tried
    ("limit", "neutral", "He said [his town tried the limit last year]."),  # no commitment
])
def test_rewarding_wrongs_and_trying_it(nlp, props, key, expected, marked):
    """ "reward" promotes its object, good or bad ("years of" counts what went on:
    eval_verbs); "try" puts a policy in place when prescribed, and its "it" is the policy
    (pronouns._ADOPT)."""
    assert judge(nlp, props[key], marked, None).stance == expected


def test_a_verb_done_again_is_named_by_a_return(nlp):
    """ "rejoin" is "join" again: "leave" is its opposite and "a return to" names it
    (proposition_words.direction_again, returns_of)."""
    prop = parse_proposition("The UK should rejoin the EU single market.", ["single market"],
                             nlp)
    assert prop.group is not None and "return" in prop.target
    assert judge(nlp, prop, "Ms Badenoch said [her party would oppose any return to the single "
                            "market].", None).stance == "refutes"
    assert judge(nlp, prop, "He said [the British had been right to leave].",
                 None).stance == "refutes"
    assert not parse_proposition("The bank should reduce rates.", [], nlp).target & {"return"}


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", 'The head said: "[Careful drivers have nothing to fear from the limit.]"'),
    ("supports", 'He said: "[If you drive safely, you have nothing to fear from the limit.]"'),
    ("supports", 'He said: "[Good drivers don\'t have anything to fear from the limit.]"'),
    ("refutes", 'She said: "[Rural drivers have everything to fear from the limit.]"'),
    ("supports", 'He said: "[Careful drivers have nothing to fear from this.]"'),  # the policy
    ("neutral", 'She asked: "[Do drivers have anything to fear from the limit?]"'),
    ("refutes", 'She said: "[The real danger comes not from speeding but from the limit.]"'),
    ("refutes", 'She said: "[The threat to the village comes from the limit.]"'),
])
def test_nothing_to_fear_from_it(nlp, props, expected, marked):
    """Nothing to fear from the policy defends it, much to fear attacks it
    (stance_fears.nothing_to_fear_signals), as does a harm coming from it (source_signals);
    the saying's own "if" is no hedge."""
    assert judge(nlp, props["limit"], marked, None).stance == expected

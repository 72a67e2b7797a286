"""A speaker's own change of mind ("I was wrong", "he had changed his mind") takes no side by its
words: it takes the side argued after it in the article, else turns the side of the claim just
before it when that one was said earlier ("At last year's conference he had argued ..."), else
shares that claim's occasion and side (stance.py, consistency.py). Sentences written for these
tests."""

from __future__ import annotations

import polars as pl
import pytest

from pipeline.trail.changes_of_mind import changed_mind, given_up, renounced
from pipeline.trail.consistency import (
    CAME_ROUND,
    CHANGED,
    INHERITED,
    carry_speaker_side,
    reported_earlier,
)
from tests.test_stance import judge, parse_all


@pytest.mark.parametrize(("content", "changed"), [
    ("I was wrong.", True),
    ("he had changed his mind", True),
    ("I have changed my mind, and I am not ashamed of it", True),
    ("a change of heart", True),
    ("She has come round to the idea", True),
    ("I've come round", True),
    ("Eating my words a bit", True),
    ("I've had to eat some humble pie", True),
    ("Well, I'll eat my words.", True),  # owned now, not a condition
    ("I'll eat humble pie on this one", True),
    ("ok I take back what I said in January", True),
    ("I stand corrected", True),
    ("I take it back", True),
    ("I was too quick", True),
    ("I owe Ockham an apology", True),
    ("the minister owes the public an apology", False),  # another's fault, not a turn
    ("I would change my mind tomorrow if the recorders said otherwise", False),
    ("take it back to the shop", False),
    ("the council was wrong about the timetable", False),
    ("we were wrong to trust the brochures", True),  # the speaker's own earlier trust given up
    ("he was wrong to trust the brochures", False),  # may be someone else's mistake
    ("the minds of the voters", False),
    ("he had changed his view", True),
    ("the council has changed its position on the road", True),
    ("the view from the bridge has changed", False),
    ("he had not changed his view", False),
    ("Nothing we have seen so far changes our view", False),
    ("she hasn't changed her mind", False),
    ("There was no doubt he had changed his mind", True),
])
def test_a_change_of_mind(content, changed):
    assert changed_mind(content) is changed


def test_a_change_of_mind_takes_no_side_by_its_words(nlp):
    tram = parse_all(nlp, {"t": ("A tram line should be built in Exeter.", ["tram"])})["t"]
    assert judge(nlp, tram, 'He said: "[I was wrong.]"', None).basis == CHANGED
    assert judge(nlp, tram, "He said [the tram was a waste of money].", None).basis != CHANGED


@pytest.mark.parametrize(("sentence", "content", "earlier"), [
    ("At last year's conference Mr Pryde had argued that the tram would save the city.",
     "the tram would save the city", True),
    ("In 2009 she wrote that the tram was a good idea.", "the tram was a good idea", True),
    ("Ms Orme, whose party voted against it in 2010, said she had been persuaded.",
     "she had been persuaded", False),
    ("He said the tram would save the city.", "the tram would save the city", False),
    ('Mr Asante, who at the May meeting called the tram "a white elephant", said he had '
     'changed his mind.', "a white elephant", True),
    ("Last March she said the tram was a good idea.", "the tram was a good idea", True),
])
def test_a_claim_reported_as_said_earlier(sentence, content, earlier):
    assert reported_earlier(sentence, content) is earlier


def _rows(*rows: tuple) -> pl.DataFrame:
    names = ("claim_id", "doc_id", "speaker", "stance", "stance_basis", "start_char", "earlier")
    return pl.DataFrame([dict(zip(names, r, strict=True)) | {"topic": "tram"} for r in rows])


def test_a_change_of_mind_takes_the_side_argued_after_it():
    out = carry_speaker_side(_rows(
        ("c1", "d1", "Jo Pryde", "supports", "calls it 'a lifeline'", 10, True),
        ("c2", "d1", "Jo Pryde", "neutral", CHANGED, 200, False),
        ("c3", "d1", "Jo Pryde", "refutes", "calls it 'a white elephant'", 300, False)))
    assert out["stance"].to_list() == ["supports", "refutes", "refutes"]
    assert out["stance_basis"][1] == f"{INHERITED}turns to: calls it 'a white elephant'"


@pytest.mark.parametrize(("earlier", "expected"), [(True, "refutes"), (False, "supports")])
def test_a_change_of_mind_turns_a_side_said_earlier_or_shares_its_occasion(earlier, expected):
    out = carry_speaker_side(_rows(
        ("c1", "d1", "Jo Pryde", "supports", "calls it 'a lifeline'", 10, earlier),
        ("c2", "d1", "Jo Pryde", "neutral", CHANGED, 200, False),
        ("c3", "d1", "Al Smith", "refutes", "calls it 'a white elephant'", 300, False)))
    assert out["stance"].to_list() == ["supports", expected, "refutes"]
    assert out.columns == ["claim_id", "doc_id", "speaker", "stance", "stance_basis",
                           "start_char", "earlier", "topic"]


@pytest.mark.parametrize(("renounces", "expected"), [(True, "refutes"), (False, "supports")])
def test_a_renounced_side_is_turned_away_from(renounces, expected):
    """ "I was wrong" gives up the side said before it, on whatever occasion; "I have changed my
    mind" after the new view on the same occasion keeps it."""
    rows = _rows(
        ("c1", "d1", "Jo Pryde", "supports", "calls it 'a lifeline'", 10, False),
        ("c2", "d1", "Jo Pryde", "neutral", CHANGED, 200, False))
    out = carry_speaker_side(rows.with_columns(renounces=pl.Series([False, renounces])))
    assert out["stance"].to_list() == ["supports", expected]


@pytest.mark.parametrize(("content", "renounces"), [
    ("I was wrong about this", True), ("I was wrong about the margins part", True),
    ("she was wrong about this", False),  # another's mistake, as far as the words say
    ("he had got it wrong", True), ("I stand corrected", True), ("I have changed my mind", False),
    ("they were wrong", False),  # a change of mind by the words, but "they" may be others
])
def test_a_renunciation(content, renounces):
    assert renounced(content) is renounces


def test_a_change_of_mind_alone_stays_neutral():
    out = carry_speaker_side(_rows(("c1", "d1", "Jo Pryde", "neutral", CHANGED, 5, False)))
    assert out["stance"].to_list() == ["neutral"] and out["stance_basis"][0] == CHANGED


@pytest.mark.parametrize(("change", "expected"), [
    (("neutral", CHANGED), ["refutes", "refutes", "refutes", "neutral"]),
    (("supports", CAME_ROUND), ["refutes", "refutes", "supports", "supports"]),
])
def test_a_side_is_not_carried_across_a_change_of_mind(change, expected):
    """The side before "I take back what I said" is not the side of what follows it; "I've
    come round" keeps its own side and gives it to what follows, not to what came before."""
    out = carry_speaker_side(_rows(
        ("c1", "d1", "mx_volt", "refutes", "restates the policy, negated", 10, False),
        ("c2", "d1", "mx_volt", "neutral", "no side taken", 50, False),
        ("c3", "d1", "mx_volt", *change, 200, False),
        ("c4", "d1", "mx_volt", "neutral", "no side taken", 300, False)))
    assert out["stance"].to_list() == expected


@pytest.mark.parametrize(("content", "now"), [
    ("he used to oppose the crossing but now backs it", "backs it"),
    ("she had opposed the crossing when it was first announced but had come round to it",
     "had come round to it"),
    ("I was against it in spring. I've changed my mind. Keep it.", "Keep it."),
    ("We opposed the crossing. We have since come round. It will help.", "It will help."),
])
def test_an_earlier_position_given_up(content, now):
    found = given_up(content)
    assert found is not None and content[found[1]:] == now


@pytest.mark.parametrize("content", [
    "I was against it. I haven't changed my mind.",  # no turn
    "I was against it. I've changed my mind.",  # a turn with nothing after it
])
def test_no_position_given_up(content):
    assert given_up(content) is None


@pytest.mark.parametrize(("content", "expected"), [
    ("Having seen the plans, I've come round.", "supports"),
    ("she had come round to it", "supports"),
    ("I've come round to a bus lane instead.", "neutral"),  # to something else named
    ("the engineers came round twice", "neutral"),  # a visit, no turn
])
def test_coming_round_names_its_direction(nlp, content, expected):
    """ "I've come round (to it)" accepts what is argued about: a side, where "I have changed my
    mind" alone has none."""
    tram = parse_all(nlp, {"t": ("A tram line should be built in Exeter.", ["tram"])})["t"]
    assert judge(nlp, tram, f'He said: "[{content}]"', None).stance == expected

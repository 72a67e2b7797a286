"""Rules of the twenty-third 2026-12-04 session on an aircraft or a ship brought down: the
craft named by its kind ("the plane", "the airliner", "the vessel": proposition_words.KINDRED),
downing restated by its synonyms (ACT_SYNONYMS) and by "hit"/"struck" only with the
proposition's own agent (IMPACTS, stance_events._agents); and (twenty-fourth session) another
doer named is a rival cause; (twenty-fifth) a mishap is the rival of a deed, and the
thing it is done with found there argues for it; (forty-second) a sinking put down to a clause
("sank because its bow door failed"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "cargo": ("Rebel artillery brought down the cargo flight over the valley.", ["cargo flight"]),
    "ferry": ("A naval mine sank the island ferry.", ["island ferry"]),
    "blast": ("The jet carrying the general was brought down by a bomb on board.",
              ["general's jet"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("cargo", "supports", "The pilot's union said [rebel artillery shot down the plane]."),
    ("cargo", "supports", "The monitors said [the aircraft was brought down by rebel "
                          "artillery]."),
    ("cargo", "supports", "A source said [the airliner was hit by rebel artillery]."),
    ("cargo", "refutes", "The airline said [the plane was hit by birds on take-off]."),
    ("cargo", "neutral", "The airport said [the plane had left at dawn]."),
    ("ferry", "supports", "The navy said [a mine sank the vessel]."),
    ("ferry", "supports", "The navy said [the ship was sunk by a mine]."),  # by its agent
])
def test_downing_stance(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected


@pytest.mark.parametrize("marked", [
    "The rebels said [their artillery did not shoot down the plane].",
    "The rebels denied [the plane was hit by their artillery].",
])
def test_a_downing_denied_refutes(nlp, props, marked):
    assert judge(nlp, props["cargo"], marked, cue=None, polarity="negative").stance == "refutes"


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("cargo", "refutes", "The army said [the plane was shot down by a government helicopter]."),
    ("cargo", "refutes", "The army said [a lightning strike brought the plane down]."),
    ("cargo", "supports", "The monitors said [rebel artillery hit the plane]."),
    ("cargo", "supports", "The monitors said [the plane was shot down]."),  # no doer named
    ("ferry", "refutes", "The insurers said [the ferry was sunk by a storm]."),
    # a doer named by its kind: fire from the ground, a blast on board (proposition_words.DOWNERS)
    ("cargo", "supports", "The monitors said [the plane was hit by fire from the ground]."),
    ("blast", "supports", "Officials said [an explosion on board had brought the jet down]."),
    ("blast", "refutes", "The bloggers said [the jet was hit by two missiles]."),
    ("blast", "neutral", "The maker said [it had not serviced the jet because of sanctions]."),
    ("cargo", "neutral", "The pilot said [the plane changed course because of the weather]."),
])
def test_a_downing_by_another_doer_is_a_rival_cause(nlp, props, key, expected, marked):
    """Twenty-fourth session: a downing's doer is its cause (proposition_words.DOWNING,
    stance_causes.cause_signals): one doer downs a craft, so any other named is a rival."""
    assert judge(nlp, props[key], marked, cue=None).stance == expected


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("blast", "refutes", "The airline said [the crash was an accident]."),
    ("blast", "refutes", "The airline said [pilot error caused the crash]."),
    ("blast", "refutes", "The airline said [the crash was caused by pilot error]."),
    ("blast", "refutes", "The airline said [the jet crashed because of a technical fault]."),
    ("blast", "supports", "His aide said [it was no accident]."),
    ("blast", "supports", "The inquiry said [it had ruled out an accident]."),
    ("blast", "neutral", "The airline said [the weather was bad that day]."),
    ("blast", "neutral", "The airline said [it may have been an accident]."),  # hedged
    ("blast", "supports", "The inquiry said [there was a bomb on board]."),
    ("blast", "supports", "The inquiry said [traces of explosives were found in the wreckage]."),
    ("blast", "supports", "A source said [a device had been planted in the undercarriage]."),
    ("blast", "refutes", "The airline said [no device was planted]."),
    ("blast", "refutes", "The airline said [there was no explosion on board]."),
    ("blast", "supports", "A witness said [an explosion destroyed the jet]."),
    ("blast", "neutral", "The airline said [the inquiry would find out whether there was a "
                         "bomb]."),
])
def test_a_mishap_or_the_means_of_the_deed(nlp, props, key, expected, marked):
    """Twenty-fifth session: a deed's rival is a mishap, no one's deed (stance_causes.
    mishap_signals); the thing a deed is done with said to be there argues for it, as its
    absence against (stance_hypotheses.cause_there_signals), a blast named by its kind."""
    assert judge(nlp, props[key], marked, cue=None).stance == expected


@pytest.fixture(scope="module")
def visor(nlp):
    """A sinking put down to a clause: "sank because its bow door failed" (forty-second
    session): the sinking is the effect, the clause's subject the cause."""
    return parse_all(nlp, {"visor": ("The Kestrel ferry sank because its bow door failed in a "
                                     "storm.", ["Kestrel ferry", "bow door"])})["visor"]


def test_a_sinking_put_down_to_a_clause_is_a_cause(visor):
    assert visor.predicate == "cause" and "sinking" in visor.target


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The inquiry said [the ferry sank because her bow door was torn off]."),
    ("supports", "The inquiry said [the bow door failure sank the Kestrel]."),
    ("refutes", "The relatives said [the Kestrel sank because a submarine hit her]."),
    ("refutes", "The relatives said [the Kestrel sank because of a collision]."),
    ("refutes", "The relatives said [an explosion sank the Kestrel]."),
    ("neutral", "The captain said [the Kestrel changed course because of the fog]."),
])
def test_another_cause_of_a_sinking_is_a_rival(nlp, visor, expected, marked):
    assert judge(nlp, visor, marked, cue=None).stance == expected

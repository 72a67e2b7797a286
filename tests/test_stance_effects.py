"""An effect measured where its cause is (effects.py, stance_effects.py): "X lowers Y" argued
by "there is less Y where X is", by X or a rival called the reason or the change put down to
it, and by X said to work; on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.effects import stem
from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge

PROPOSITIONS = {
    "lights": ("Street lighting cuts burglaries in villages.", ["street lights"]),
    "shifts": ("Night shifts make nurses less alert.", []),
    "siren": ("The new siren raises the number of complaints.", []),
    "rota": ("The new rota at Fenwick Depot has cut loading times.", ["new rota"]),
    "ferry": ("Free ferry travel for pensioners has led to more crowding on ferries.",
              ["ferry pass"]),
    "choir": ("Choir singing improves mental health.", []),
    "noise": ("Traffic noise harms children's reading.", []),
    "club": ("The closure of Kelby's youth club has led to more vandalism in the park.", []),
    "lanes": ("The new bus lanes have hurt trade for the street's cafes.", ["bus lanes"]),
}

CASES = [
    ("lights", "supports", "The officer said [there were fewer burglaries in villages with street "
                           "lights]."),
    ("lights", "refutes", "The officer said [burglaries rose after the lights went on]."),
    ("lights", "refutes", "The officer said [burglaries were no lower where street lights were "
                          "installed]."),
    ("lights", "refutes", "The officer said [burglaries are lower in villages without street "
                          "lights]."),  # the cause missing: the comparison runs the other way
    ("lights", "supports", "The officer said [burglaries rose after the council scrapped the "
                           "street lights]."),
    ("lights", "supports", "The officer said [lighting has reduced burglaries]."),
    ("lights", "refutes", "The officer said [it has increased burglaries]."),
    ("lights", "neutral", "The officer said [there were more burglaries in towns]."),  # no cause
    ("shifts", "supports", "The matron said [nurses are less alert on night shifts]."),
    ("shifts", "refutes", "The matron said [nurses on night shifts were more alert than those on "
                          "days]."),
    ("shifts", "refutes", "The matron said [nurses are less alert on days than at night]."),
    ("shifts", "refutes", "The matron said [nurses were not less alert at night]."),
    ("shifts", "neutral", "The matron said [nurses are less alert when they are hungry]."),
    ("siren", "supports", "The council said [there were more complaints after the siren was "
                          "fitted]."),
    ("siren", "neutral", "The council said [complaints were higher last year]."),
    ("rota", "refutes", "A driver said [loading times are longer since the new rota began]."),
    ("rota", "supports", "A driver said [loading times have been shorter since the rota "
                         "started]."),
    ("rota", "neutral", "A driver said [loading times are longer at Fenwick Depot]."),  # where
    ("rota", "supports", "The manager said [the new rota is the reason]."),
    ("rota", "refutes", "A driver said [the rota is not the reason]."),
    ("rota", "refutes", "A driver said [the quiet summer is the real reason]."),  # a rival
    ("rota", "supports", "The manager said [the new rota was doing real work]."),
    ("rota", "supports", "The manager said [the new rota clearly works]."),
    ("rota", "neutral", "A driver said [drivers work longer hours now]."),
    ("rota", "supports", "The manager said [the new rota has made a real difference]."),
    ("rota", "refutes", "A driver said [the rota hasn't made any difference]."),
    ("rota", "neutral", "A driver said [the rota made a difference to morale]."),
    # the change put down to the cause or to a rival
    ("rota", "refutes", "A driver said [the fall in loading times was down to a quiet summer]."),
    ("rota", "refutes", "A driver said [the drop is explained by fewer deliveries]."),
    ("rota", "refutes", "A driver said [the real reason is fewer deliveries]."),
    ("rota", "refutes", "A driver said [the cut in loading times has nothing to do with the "
                        "rota]."),
    ("rota", "refutes", "A driver said [the new rota had nothing to do with it]."),
    ("rota", "supports", "The manager said [the improvement is explained by the new rota]."),
    ("rota", "refutes", "A driver said [the rise in loading times was down to the new rota]."),
    ("rota", "neutral", "A driver said [the quiet summer was not the reason for the drop]."),
    ("rota", "neutral", "A driver said [the delay to the lorry was due to a puncture]."),
    ("rota", "supports", "The manager said [it's the new rota]."),
    ("rota", "neutral", "A driver said [it's the loading crews]."),  # a cleft may name the
    # cause in other words: no rival
    # what the cause is said to cut, said moved elsewhere
    ("lights", "refutes", "The officer said [burglaries have simply moved to the next village]."),
    ("lights", "refutes", "The officer said [it is just displacement]."),
    ("lights", "supports", "The officer said [it isn't displacement]."),
    ("lights", "neutral", "The officer said [displacement is real but partial]."),
    # "led to more X": the watchlist's "ferry pass" names the cause, the ferries are where
    ("ferry", "supports", "A skipper said [the pass has caused this]."),
    ("ferry", "supports", "A skipper said [there is more crowding since the pass came in]."),
    ("ferry", "refutes", "The operator said [the rise in crowding is down to the summer "
                         "timetable]."),
    ("ferry", "neutral", "A skipper said [the ferries are busy in August]."),
    ("ferry", "supports", "A skipper said [the pass is to blame]."),
    ("ferry", "refutes", "A pensioner said [stop blaming the pass]."),
    ("ferry", "neutral", "A pensioner said [the weather is to blame]."),  # for what, unsaid
    # the cause said to do good (or harm) as the proposition says, to anyone
    ("choir", "supports", "A singer said [choir singing really helps them]."),
    ("choir", "supports", "A singer said [singing in a choir is good for you]."),
    ("choir", "refutes", "A doctor said [choir singing does not cure depression]."),
    ("choir", "neutral", "A doctor said [singing can hurt your throat]."),  # another harm
    ("choir", "neutral", "A doctor said [exercise helps them]."),  # not the cause
    ("noise", "supports", "A teacher said [the traffic noise damaged their reading]."),
    ("noise", "supports", "A teacher said [road noise is bad for children]."),
    ("noise", "refutes", "A planner said [traffic noise does not hurt anyone]."),
    ("noise", "neutral", "A planner said [noise helps them sleep]."),  # good, of another thing
    # the cause named by its verb ("closed" of "the closure"); before it, the other way
    ("club", "supports", "A warden said [since the club closed there has been more vandalism]."),
    ("club", "refutes", "A warden said [vandalism was higher before the club closed]."),
    ("club", "supports", "A warden said [the closure is behind the rise in vandalism]."),
    ("club", "refutes", "A warden said [the long holidays are behind the rise]."),
    # an impact on the effect
    ("lanes", "supports", "A cafe owner said [the lanes have had a huge impact on trade]."),
    ("lanes", "refutes", "The council said [the lanes have had no impact on trade]."),
    ("lanes", "refutes", "The council said [the lanes had a positive effect on trade]."),
    ("lanes", "neutral", "The council said [the lanes could have an impact on trade]."),
]


@pytest.fixture(scope="module")
def props(nlp):
    return {key: parse_proposition(text, about, nlp) for key, (text, about) in PROPOSITIONS.items()}


@pytest.mark.parametrize(("key", "expected", "marked"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_effect_measured_where_its_cause_is(nlp, props, key, expected, marked):
    result = judge(nlp, props[key], marked, "say")
    assert result.stance == expected, result.basis


def test_what_an_effect_proposition_moves(props):
    lights, shifts, siren = props["lights"].effect, props["shifts"].effect, props["siren"].effect
    assert (lights.way, lights.stems) == (-1, frozenset({"burglary"}))
    assert {"stree", "light"} <= lights.cause  # the watchlist's "street lights" names it too
    assert (shifts.way, shifts.stems, shifts.cause) == (-1, frozenset({"alert"}),
                                                         frozenset({"night", "shift"}))
    assert siren.stems == frozenset({"complaint"})  # "the number of": no word of its own
    rota = props["rota"].effect  # "loading times": the loading; the depot only places the rota
    assert (rota.way, rota.stems, rota.cause) == (-1, frozenset({"load"}), frozenset({"rota"}))
    ferry = props["ferry"].effect  # "led to more crowding on ferries": not the ferries
    assert (ferry.way, ferry.stems) == (1, frozenset({"crowd"})) and "pass" in ferry.cause
    assert "ferry" not in ferry.cause and "ferri" not in ferry.cause
    assert (props["choir"].effect.valence, props["noise"].effect.valence, lights.valence) == (
        1, -1, 0)  # "improves" does good, "harms" harm, "cuts" neither


def test_only_an_effect_has_one(nlp):
    for text in ("Street lighting should be installed in villages.",
                 "The fire was caused by a faulty heater.", "Ministers are holding talks."):
        assert parse_proposition(text, [], nlp).effect is None, text


def test_stem_joins_a_quality_and_its_noun():
    assert stem("productivity") == stem("productive") == "productiv"
    assert stem("alertness") == "alert"
    assert stem("home") == "home"
    assert stem("waiting") == "wait"

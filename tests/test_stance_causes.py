"""A proposition that names a cause (trail/stance_causes.py): its own cause named for the
effect takes its side, its denial or another cause (called the real one, or a doer) the other;
that the effect happened is no side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.rewording import reworded
from pipeline.trail.stance import parse_proposition
from pipeline.trail.stance_hypotheses import phrase_words
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "ferry": ("The ferry's loss of steering caused the pier collapse.", ["pier collapse"]),
    "blaze": ("The moorland wildfire was started by a faulty electricity cable.", ["wildfire"]),
    "spread": ("The warehouse fire spread so fast because of the plastic insulation fitted in "
               "2019.", ["warehouse fire"]),
    "freeze": ("The council's spending freeze caused the rise in bus fares.", ["bus fares"]),
    "bakery": ("Crumbworth Bakeries collapsed because of reckless borrowing by its owners.",
               ["Crumbworth collapse"]),
    "slip": ("The Holm landslip was caused by blasting at the Corran quarry.", ["Holm landslip"]),
    "drain": ("The Brookvale flood was caused by a blocked drain under the ring road.",
              ["Brookvale flood"]),
    "trout": ("The death of the trout at Kessel hatchery was caused by a chlorine leak.",
              ["Kessel hatchery"]),
    "hole": ("The Fenby sinkhole was caused by a leaking water main.", ["Fenby sinkhole"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    # the cause by another word: blasting is explosions
    ("slip", "supports", "Residents said [the explosions at the quarry caused the landslip]."),
    ("slip", "refutes", "The operator said [its explosions had nothing to do with it]."),
    ("ferry", "supports", "The inspector said [the loss of steering caused the collapse]."),
    ("ferry", "supports", "The inspector said [the steering failure led directly to the "
                          "collapse]."),
    ("ferry", "supports", "The inspector said [the loss of steering was the direct cause of the "
                          "accident]."),
    ("ferry", "refutes", "The owners said [the loss of steering did not cause the collapse]."),
    ("ferry", "refutes", "The owners said [the real cause was a pier with no fenders]."),
    ("ferry", "refutes", "The owners said [the collapse was caused by the harbour pilots]."),
    ("blaze", "supports", "The fire service said [the cable started the fire]."),
    ("blaze", "refutes", "A farmer said [the fire was started by arsonists]."),
    ("ferry", "supports", "The inspector said [the steering failures were to blame for the "
                          "collapse]."),  # blamed
    ("ferry", "supports", "A deckhand said: \"[It was the steering, plain and simple].\""),
    ("ferry", "refutes", "A deckhand said: \"[It wasn't the steering].\""),  # a cleft
    ("ferry", "refutes", "The owners said [it was the pier's design, not any steering fault]."),
    ("ferry", "refutes", "A deckhand said: \"[It was the harbour pilots.]\""),  # a rival by a
    ("ferry", "refutes", "The owners said [it was mostly the tide]."),  # cleft of its own
    ("ferry", "refutes", "The owners said [the pilots' fatigue lay behind the collapse]."),
    ("trout", "refutes", "The owners said [an algal bloom killed the trout]."),  # of a death,
    ("trout", "supports", "The vet said [the chlorine leak killed those fish]."),  # the killed
    ("ferry", "supports", "The inspector said [the loss of steering lay behind the collapse]."),
    ("ferry", "refutes", "The owners said [fatigue was the root of the collapse]."),  # the
    ("ferry", "refutes", "The owners said [the tide was the heart of it]."),  # central cause
    ("bakery", "refutes", "The founder said [the company had been destroyed by a smear, not by "
                          "its debts]."),  # a body's fall, by what brought it down
    ("bakery", "refutes", "The founder said [we were killed by rumours]."),
    ("bakery", "supports", "The administrator said [the company was brought down by reckless "
                           "borrowing]."),
    ("blaze", "supports", "The inspector said [the cable was at fault]."),
    ("blaze", "refutes", "A farmer said [the arsonists, not the cable, were to blame]."),
    ("drain", "refutes", "The water board said [the storm was responsible]."),  # a thing laid
    ("drain", "refutes", "The water board said [the river was to blame]."),  # the fault, no
    # effect named
    ("drain", "refutes", "The water board said [the storm did it]."),
    ("drain", "refutes", "The water board said [the drain was only part of the story]."),
    ("slip", "supports", "Residents said [there is a clear link between the blasting and the "
                         "landslip]."),  # its own cause linked to it
    ("slip", "refutes", "The operator said [there is no link between the blasting and the "
                        "landslip]."),
    ("slip", "refutes", "The operator said [the landslip is linked to the heavy rain]."),  # a
    # rival linked
    ("slip", "supports", "Residents said [the landslip is not linked to the heavy rain]."),
    ("slip", "refutes", "The agency said [it had found no evidence of a link]."),  # bare
    ("drain", "supports", "A resident said [the blocked drain did it]."),
    ("drain", "refutes", "The water board said [the storm did most of the damage]."),  # the
    ("drain", "supports", "A resident said [the blocked drain did the damage]."),  # harm done
    ("spread", "supports", "The report said [the insulation was the principal reason the fire "
                           "spread]."),  # "because of": the cause of a proposition
    ("spread", "refutes", "The owner said [the real reason was the lack of sprinklers]."),
    ("freeze", "supports", "The union said [the spending freeze caused the rise]."),  # its
    ("freeze", "refutes", "The council said [the real cause of the rise was fuel prices]."),
    ("ferry", "supports", "The inspector said [the pier collapsed because of the loss of "
                          "steering]."),  # "because of" in the claim too
    ("hole", "supports", "The engineer said [the burst main caused it]."),  # "main", tagged
    ("hole", "refutes", "The water firm said [old mine workings caused it]."),  # an adjective
    ("hole", "refutes", "A geologist said [the old workings were the cause]."),  # the one cause
    ("hole", "refutes", "A geologist said [the miners made the hole]."),  # the effect as a thing
    ("hole", "refutes", "A geologist said [water didn't make the hole]."),
    ("hole", "supports", 'A councillor said: "[This was the water main, full stop.]"'),  # its own
])
def test_a_cause_named(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected and "cause" in found.basis, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("neutral", "The agency said [there is a link]."),  # a link to what?
    ("neutral", "The engineer said [the quarry did not design that connection]."),  # a joint
    ("supports", "Residents said [that is not a coincidence]."),  # chance, any cause's rival
    ("refutes", "The operator said [the landslip was a coincidence]."),
    ("refutes", "The operator said [it was a fluke]."),
    ("refutes", "The operator said [vibration stayed within legal limits]."),  # harmless
    ("supports", "Residents said [the blasts exceeded the permitted limits]."),
    ("supports", "Residents said [the facility caused the landslip]."),  # the quarry, by
])  # the name an article gives an installation
def test_a_bare_link_a_coincidence_limits_and_the_plant(nlp, props, expected, marked):
    assert judge(nlp, props["slip"], marked, "say").stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The survey said [the collapse is most consistent with old workings]."),  # a
    ("supports", "The survey said [the damage is consistent with a burst main]."),  # rating
    ("neutral", "A geologist said [the ground is consistent with a burst main and with old "
                "workings]."),  # both
    ("neutral", "A geologist said [whether the main was the cause is a harder question]."),
    ("neutral", 'A councillor said: "[This is the weather.]"'),  # a rival needs more than "this"
    ("neutral", "A geologist said [rain can do the same damage]."),  # what it could do
    ("refutes", "The council said [the survey did not establish that the main caused it]."),
    ("neutral", "A resident said [I can't prove that the main caused it]."),  # held, unproven
])
def test_explanations_rated_or_no_cause_named(nlp, props, expected, marked):
    assert judge(nlp, props["hole"], marked, "say").stance == expected


@pytest.mark.parametrize("marked", [
    "The inspector said [the collapse was caused on Tuesday night].",  # it happened
    "The inspector said [the cause of the delay was a strike].",  # another effect
    "The inspector said [the harbour board was to blame for the collapse].",  # answerable,
    "The inspector said [it was a long night].",  # maybe for the fault; no cause named
    "The inspector said [we did it in two hours].",  # people doing a task
    "The inspector said [the tide was only part of the story].",  # another cause, partial
    "The inspector said [it was the worst night of his career].",  # "it was the ...": no
    "The inspector said [it was the first time the pier had been hit].",  # thing named
    "The inspector said [it was the one thing nobody had checked].",
    "The inspector said [the pier was the heart of the town].",  # no effect named
    "The inspector said [the pilot was behind the wheel].",
    "The inspector said [if the steering failed, it could have caused the collapse].",
])
def test_no_side_from_the_effect_alone_another_effect_or_a_hypothesis(nlp, props, marked):
    found = judge(nlp, props["ferry"], marked, "say")
    assert found.stance == "neutral", found


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("blaze", "supports", "A police officer said [there was no sign of foul play]."),
    ("blaze", "supports", "The inspector said [arson had been ruled out]."),
    ("blaze", "supports", "The inspector said [investigators found no evidence of sabotage]."),
    ("blaze", "refutes", "A farmer said [it was sabotage, plain and simple]."),
    ("blaze", "neutral", "Police said [they were investigating whether it was arson]."),
    ("blaze", "refutes", "A farmer said [the fire had been started deliberately]."),
    ("blaze", "refutes", "A farmer said [the fire was an act of sabotage]."),
    ("blaze", "supports", "Police said [they had found nothing to suggest criminality]."),
    ("blaze", "refutes", "A farmer said: \"[Somebody did this, mark my words].\""),
])
def test_foul_play_is_the_rival_of_a_cause_that_is_no_ones_deed(nlp, props, key, expected,
                                                                  marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected, found


def test_foul_play_is_no_rival_of_a_deed_done_on_purpose(nlp):
    prop = parse_all(nlp, {"arson": ("The warehouse fire was started deliberately by an "
                                     "arsonist.", ["warehouse fire"])})["arson"]
    found = judge(nlp, prop, "Police said [the fire had been started deliberately].", "say")
    assert "foul play" not in found.basis and "deliberate:" not in found.basis, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The engineer said [the operators failed to control the pump speed]."),
    ("supports", "The engineer said [the station lacked the capacity to control pump speed]."),
    ("supports", "The engineer said [there was not enough speed control that night]."),
    ("supports", "The engineer said [there was no pump speed control at all]."),  # lacking
    ("supports", "A crewman said [we had no speed control on the pump]."),
    ("refutes", "The owners said [the operators did not fail to control pump speed]."),
    ("neutral", "The owners said [the harbour flooded at midnight]."),  # the effect, granted
    ("neutral", "The owners said [the speed failed to impress anyone]."),  # one word of two
])
def test_the_failing_a_cause_blames_said_to_have_happened(nlp, expected, marked):
    prop = parse_all(nlp, {"flood": ("The harbour flood was caused by a failure of pump speed "
                                     "control.", ["harbour flood"])})["flood"]
    found = judge(nlp, prop, marked, "say")
    assert found.stance == expected, found


def test_a_cause_named_by_because_of_or_a_subject_is_the_propositions_own(props):
    """ "X spread because of Y" names Y as the cause as "Y caused X" does; the cause's words are
    its own (its subject's among them), not the effect's."""
    from pipeline.trail.stance_causes import causal
    from pipeline.trail.stance_hypotheses import cause_words

    assert causal(props["spread"]) and {"insulation"} <= cause_words(props["spread"])
    assert "fire" not in cause_words(props["spread"])
    assert "freeze" in cause_words(props["freeze"]) and "fare" not in cause_words(props["freeze"])


def test_what_a_cause_did_names_it_too(nlp):
    """ "static electricity igniting leaking gas": the gas and its leak name the cause too; an
    evaluative word ("poor maintenance") does not."""
    from pipeline.trail.stance_hypotheses import cause_words

    spark = parse_proposition("The Kessel Lane fire was started by static electricity "
                              "igniting leaking gas.", ["Kessel Lane fire"], nlp)
    assert {"electricity", "gas", "leak"} <= cause_words(spark)
    sluice = parse_proposition("The Marlow flood was caused by poor maintenance of the "
                               "sluice.", ["Marlow flood"], nlp)
    assert "maintenance" in cause_words(sluice) and "poor" not in cause_words(sluice)
    found = judge(nlp, spark, "The fire officer said [the gas leak was the cause].", "say")
    assert found.stance == "supports", found



@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The union said [Grexit caused the shortage]."),
    ("supports", "The union said [the shortage is down to Grexit]."),
    ("supports", "A buyer said: \"[Of course it is Grexit].\""),
    ("refutes", "The minister said [Grexit is not to blame]."),
    ("refutes", "The minister said [Grexit is not the reason]."),
    ("refutes", "A driver said: \"[Grexit didn't do that. Low pay did that].\""),
    ("refutes", "The minister said [the shortage was due to the pandemic]."),
    ("refutes", "The minister said [the shortage is down to a testing backlog]."),
    ("neutral", "The minister said [the delay was due to the weather]."),  # another effect
    ("neutral", "The minister said [the decision is down to the council]."),
])
def test_a_cause_that_is_a_name_and_a_whole_effect_put_down_to_one_cause(nlp, expected, marked):
    """Twenty-fourth session: a cause named by a proper noun ("Brexit") is the proposition's
    own cause (proposition_words.explanation_words); "down to X" links like "due to X", "X
    did that" like "X caused it"; another cause the whole effect is put down to is a rival."""
    prop = parse_all(nlp, {"k": ("Grexit caused the shortage of bus drivers in 2021.",
                                 ["driver shortage"])})["k"]
    assert judge(nlp, prop, marked, cue=None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The minister said [the shortage was caused by the pandemic]."),
    ("refutes", "The minister said [the pandemic caused the shortage]."),
    ("supports", "The union said [the shortage was caused by Grexit]."),
    ("refutes", "The minister said [the pandemic may have caused the shortage]."),  # leans
    ("supports", "The union said [Grexit probably caused the shortage]."),
    ("neutral", "The minister said [the delay was caused by the weather]."),  # another effect
    ("neutral", "The minister said [an inquiry will find whether Grexit caused the shortage]."),
])
def test_another_cause_of_the_whole_effect_and_hedged_causes(nlp, expected, marked):
    """Twenty-fifth session: "caused by X" names a rival for the whole effect as "due to X"
    does; a cause that "may have" done it leans its way (the guideline's hedges)."""
    prop = parse_all(nlp, {"k": ("Grexit caused the shortage of bus drivers in 2021.",
                                 ["driver shortage"])})["k"]
    assert judge(nlp, prop, marked, cue=None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The founder said [the board had acted responsibly throughout]."),
    ("supports", "The lender said [the directors had acted recklessly]."),
])
def test_those_the_cause_is_laid_on_judged_by_their_conduct(nlp, props, expected, marked):
    found = judge(nlp, props["bakery"], marked, None)
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "A widow said [this was not fate]."),  # chance is the rival
    ("supports", "The inspector said [that is not bad luck]."),
    ("refutes", "The port authority said [it was a tragic accident]."),
    ("refutes", "The minister said [it was an accident nobody could have prevented]."),
    ("supports", "The families said [officials ignored repeated warnings]."),  # neglect
    ("supports", "The inspector said [the letters were shelved]."),
    ("supports", "A widow said [the port officials looked away for years]."),
    ("refutes", "The council said [every warning was acted on]."),
    ("neutral", "The families said [the judge ignored the question]."),  # no danger left alone
])
def test_chance_and_neglect_of_a_human_failing(nlp, expected, marked):
    prop = parse_all(nlp, {"silo": ("The Harlow silo fire was caused by official negligence.",
                                    ["silo fire"])})["silo"]
    found = judge(nlp, prop, marked, None)
    assert found.stance == expected, found.basis


@pytest.fixture(scope="module")
def moths(nlp):
    """A cause named by a noun: read as "The decline ... is caused mainly by ..."."""
    return parse_all(nlp, {"moths": (
        "Organophosphate sprays are the main cause of the decline of moths in Ruritania.",
        ["organophosphates", "moth decline"])})["moths"]


def test_a_cause_named_by_a_noun_is_read_as_a_cause(moths):
    assert reworded("Pilot error was the real cause of the Marlow crash.") == (
        "The Marlow crash was caused by pilot error.")
    assert reworded("Jousting is cruel.") == "Jousting is cruel."
    assert moths.predicate == "cause"


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", 'The ecologist said: "[Organophosphates are the main cause of the decline.]"'),
    ("supports", 'The ecologist said: "[Organophosphates are a major driver of the decline.]"'),
    ("refutes", 'The grower said: "[Organophosphates are not the main cause of the decline.]"'),
    ("refutes", 'The grower said: "[Light pollution is the main driver of the decline.]"'),
    ("supports", 'The ecologist said: "[I would call organophosphates a major driver.]"'),
    ("supports", "The ecologist said [organophosphates are considered the main cause of the "
                 "decline]."),
    ("neutral", 'The ecologist said: "[I would call on growers to cut spraying.]"'),
    ("supports", 'The ecologist said: "[Organophosphates are one of the main causes of the '
                 'decline.]"'),
    ("refutes", 'The grower said: "[Organophosphates are not one of the main causes.]"'),
    ("neutral", 'The grower said: "[Light pollution is one of the main causes of the '
                'decline.]"'),  # one among others, not the only one (forty-second session)
])
def test_a_rival_cause_is_the_other_side_and_a_plural_names_its_own(nlp, moths, expected,
                                                                    marked):
    """ "Light pollution is the main driver" names a rival, not the proposition's kind of
    thing; "Organophosphates" (a plural the tagger leaves whole) names "organophosphate"."""
    assert judge(nlp, moths, marked, cue=None).stance == expected


def test_a_clipped_or_plural_word_names_the_causes_own(nlp):
    own = frozenset({"neonicotinoid", "pesticide"})
    assert {"neonicotinoid"} <= phrase_words(nlp("Neonics did it.")[0], own)
    assert {"pesticide"} <= phrase_words(nlp("Pesticides did it.")[0], own)
    assert not phrase_words(nlp("Pests did it.")[0], own) & own  # too short for a clipping
    assert not phrase_words(nlp("Neo did it.")[0], own) & own


def test_a_cyberattack_named_by_its_other_words(nlp):
    """ "malicious activity", "a hack", "ransomware" name a cyberattack (forty-third session):
    said not to be the cause, the cause is denied, not a rival ruled out."""
    prop = parse_all(nlp, {"outage": ("The Marlow Mutual outage was caused by a cyberattack.",
                                      ["Marlow Mutual outage"])})["outage"]
    assert judge(nlp, prop, "The regulator said [the outage did not result from malicious "
                 "activity].", cue=None, polarity="negative").stance == "refutes"
    assert judge(nlp, prop, "Ollie said [it is obviously a hack].", cue=None).stance == (
        "supports")


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The rescue said [the dredging is the most likely cause]."),
    ("supports", "She said [the otters were killed by the dredging]."),
    ("refutes", "She said [a hard winter is the most likely cause]."),
])
def test_a_cause_named_by_a_gerund_is_the_propositions_own(nlp, expected, marked):
    """ "caused by dredging work on the harbour": the gerund names the cause ("the dredging"),
    not a rival (proposition_words.explanation_words)."""
    prop = parse_all(nlp, {"otters": ("The Marlow otter deaths were caused by dredging work on "
                                      "the harbour.", ["Marlow otters"])})["otters"]
    assert judge(nlp, prop, marked, cue=None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "Shopkeepers said [the drain under the ring road was blocked]."),
    ("supports", "A resident said [the drain had not been cleared for a year]."),  # undoing denied
    ("refutes", "The council said [the drain was clear when it was inspected]."),
    ("refutes", "The council said [the drain was not blocked]."),
    ("neutral", "The council said [the road was blocked by the water]."),  # another thing
])
def test_the_cause_said_to_be_in_its_state(nlp, props, expected, marked):
    """A cause named by its thing's state ("a blocked drain"): the state said of the thing, or
    its undoing ("clear", "cleared"), takes a side (stance_faulty.condition_signals)."""
    assert judge(nlp, props["drain"], marked, None).stance == expected


def test_a_clipped_word_of_its_own_cause_is_no_rival(nlp):
    """ "the heat did it" of a blackout blamed on a heatwave: not another cause."""
    prop = parse_all(nlp, {"heat": ("The Kessel blackout was caused by the heatwave.",
                                    ["Kessel blackout"])})["heat"]
    assert judge(nlp, prop, "The operator said [the heat did it].", "say").stance != "refutes"
    assert judge(nlp, prop, "Residents said [the storm did it].", "say").stance == "refutes"

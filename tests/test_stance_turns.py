"""Rules of the thirty-eighth 2026-12-06 session, on sentences written for these tests.

A "but" turns from a point granted to the point made (stance.claim_stance). A feeling about the
policy counts with "concerned", "worried" and "by" ("concerned by the ban"), and a feeling about
calls for it turns on them (stance_emotions.py). Something else prescribed "instead" sets a
policy to be brought in aside (stance_preference.instead_signals). A policy prescribed to be
"the law" or "statutory" is wanted (stance_states.duty_state_signals). "Would not thrive
without it" says it is needed (valence.DOMAIN_VERB_VALENCE). A cause may follow its effect
("stemmed from", "the result of", "reflected") or be denied beside another word ("a symptom, not
the cause": cause_links.py), and a cause that is a thing's fault is argued about the thing, sound
or faulty (stance_faulty.py). People fit or unfit for the act a policy opens to them argue for or
against it (stance_fitness.py). "Any ban would need new legislation" is what the policy takes,
not a law wanted (stance_rules.act_signals). A bare "Why not?" says yes (stance_exclaims.py), and
a "not" of the content's that the parser hangs on the cue verb no longer turns the cue, and a
watchlist term of several words ("votes at 16") names a level's policy (claim_view.py)."""

from __future__ import annotations

import pytest

from pipeline.trail.stance_faulty import faulted_things
from pipeline.trail.stance_fitness import act_way
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "jousting": ("Jousting should be banned in Ruritania.", ["jousting", "jousting ban"]),
    "levy": ("The Marlow harbour levy should be scrapped.", ["harbour levy", "levy"]),
    "ledger": ("The shortfalls at Marlow's branches were caused by faults in the Kessel "
               "ledger system.", ["shortfalls", "Kessel ledger"]),
    "ferry": ("The Marlow ferry disaster was caused by Captain Ivo Kessel's errors.",
              ["Marlow ferry", "Kessel"]),
    "pump": ("The Kessel mill flood was caused by a pump failure.", ["Kessel mill flood"]),
    "age": ("The voting age in Ruritania should be lowered to 16.", ["voting age",
                                                                    "votes at 16"]),
    "squires": ("Squires in Ruritania should be given the right to vote.", ["squires"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", 'The knight said: "[The ban is expensive, but it will save lives.]"'),
    ("refutes", 'The knight said: "[I understand why people want the ban, but it is '
                'unworkable.]"'),
    ("refutes", 'The knight said: "[I am sorry, but the ban is a disaster.]"'),
])
def test_the_point_made_after_a_but_decides(nlp, props, expected, marked):
    found = judge(nlp, props["jousting"], marked, "say")
    assert found.stance == expected, found
    assert found.basis.startswith("after 'but'"), found


def test_a_but_with_nothing_said_after_it_leaves_the_whole(nlp, props):
    found = judge(nlp, props["jousting"], 'The knight said: "[The ban is a disaster, but '
                                          'there we are.]"', "say")
    assert found.stance == "refutes", found
    assert not found.basis.startswith("after 'but'"), found


# Each rule's sentences: (the rule, proposition key, expected stance, [content] marked).
CASES = [
    # a feeling about the policy, or about calls for it; about something else, no side
    ("feeling", "jousting", "refutes", "The league said [it was concerned by the ban]."),
    ("feeling", "jousting", "refutes", "The league said [it was deeply concerned about the ban]."),
    ("feeling", "jousting", "supports", "The league said [it was concerned that the ban had been "
                                        "delayed]."),
    ("feeling", "jousting", "supports", "The league said [it was encouraged by the ban]."),
    ("feeling", "jousting", "refutes", "The league said [it was worried by the clamour for a ban "
                                       "on jousting]."),
    ("feeling", "jousting", "neutral", "The league said [it was worried about the horses]."),
    # another way prescribed instead of a policy to be brought in (not of a scrapping)
    ("instead", "jousting", "refutes", "The guild said [knights should be taught safety "
                                       "instead]."),
    ("instead", "jousting", "refutes", "The guild said [ministers should instead invest in "
                                       "training]."),
    ("instead", "jousting", "supports", "The guild said [ministers should bring in a ban "
                                        "instead]."),
    ("instead", "jousting", "neutral", "The guild said [the knights rode horses instead]."),
    ("instead", "levy", "neutral", "The mayor said [the harbour should be funded from rates "
                                   "instead]."),
    # made law, needed to thrive
    ("law", "jousting", "supports", 'The knight said: "[I still think it should be the law.]"'),
    ("law", "jousting", "supports", "The knight said [a ban should be statutory]."),
    ("law", "levy", "refutes", "The mayor said [the levy should remain compulsory]."),
    ("law", "levy", "refutes", "The mayor said [the lifeboats would not thrive without the "
                               "levy]."),
    ("law", "levy", "neutral", "The minister said [the levy bill will become law by the "
                               "summer]."),
    ("law", "jousting", "refutes", "The guild said [the sport would thrive without the ban]."),
    # a cause named after its effect, or denied beside another word
    ("cause", "ledger", "refutes", "The bank said [the shortfalls stemmed from theft by branch "
                                   "staff]."),
    ("cause", "ledger", "refutes", "The bank said [the shortfalls reflected theft by branch "
                                   "staff]."),
    ("cause", "ledger", "supports", "Campaigners said [the shortfalls were the result of faults "
                                    "in the ledger]."),
    ("cause", "ferry", "refutes", "Officials said [the disaster was the result of a freak "
                                  "storm]."),
    ("cause", "ferry", "neutral", "Officials said [the crew reflected on the disaster]."),
    ("cause", "ferry", "refutes", "Officials said [the disaster was the price of years of "
                                  "neglect]."),  # what the effect was the price or bill of
    ("cause", "ledger", "refutes", "The bank said [the shortfalls were the bill for a decade of "
                                   "theft]."),
    ("cause", "ledger", "refutes", "The bank said [the ledger was a symptom, not the cause]."),
    ("cause", "ledger", "supports", "Campaigners said [the ledger was the cause, not a "
                                    "symptom]."),
    # the faulted thing said sound or faulty
    ("fault", "ledger", "refutes", 'The bank said [the ledger was "robust"].'),
    ("fault", "ledger", "refutes", "The bank said [the system was working as designed]."),
    ("fault", "ledger", "refutes", "The bank said [the system had no bugs]."),
    ("fault", "ledger", "supports", 'The clerk said: "[The computer was wrong, the people were '
                                    'right.]"'),
    ("fault", "ledger", "supports", "The clerk said [the software was riddled with bugs]."),
    ("fault", "ledger", "supports", "The clerk said [the system never worked properly]."),
    ("fault", "ledger", "neutral", "The clerk said [the system might have been unreliable]."),
    # a thing's failure blamed: the thing said to work, or to have passed its test
    ("fault", "pump", "refutes", "The owner said [the pump worked perfectly that night]."),
    ("fault", "pump", "refutes", "The owner said [the pump had been serviced in May and had "
                                 "passed its inspection]."),
    ("fault", "pump", "supports", "The engineer said [the pump was faulty]."),
    # people fit or unfit for the act a policy opens to them ("able to" is a permission)
    ("fitness", "age", "supports", "The teacher said [16-year-olds are mature enough to vote]."),
    ("fitness", "age", "refutes", "The teacher said [16-year-olds are too immature to vote]."),
    ("fitness", "age", "refutes", "The teacher said [most 16-year-olds are not ready to "
                                  "vote]."),
    ("fitness", "age", "neutral", "The teacher said [16-year-olds are ready for their exams]."),
    ("fitness", "squires", "refutes", "The lord said [squires are too easily led to be trusted "
                                      "with the vote]."),
    ("fitness", "squires", "supports", "The lord said [squires are perfectly capable of "
                                       "voting]."),
    ("fitness", "squires", "neutral", "The lord said [squires sent home early would be able to "
                                      "vote]."),
    # what a policy takes is not wanted
    ("takes", "jousting", "neutral", "The clerk said [any ban would need new legislation]."),
    ("takes", "jousting", "supports", "The knight said [we need new legislation]."),
    # a bare "Why not?" (its "not" the quotation's, not the cue's), a risk worth taking
    ("why-not", "jousting", "supports", '"[Why not? I pay one in Marlovia and never even '
                                        'noticed,]" said a woman.'),
    ("why-not", "jousting", "supports", '"[Why not?]" said one woman outside the lists.'),
    ("why-not", "jousting", "neutral", 'A woman asked: "[Why not ask the knights first?]"'),
    ("why-not", "jousting", "supports", 'She said: "[The ban is a risk worth taking.]"'),
    ("why-not", "jousting", "refutes", "He did not say [the ban was a good idea]."),
    # a level's watchlist term of several words names the policy, though "votes" alone is a
    # plural of the act it is about
    ("phrase", "age", "supports", "The teacher said [votes at 16 would boost turnout]."),
    ("phrase", "age", "refutes", "The teacher said [votes at 16 would be a disaster]."),
]


@pytest.mark.parametrize(("key", "expected", "marked"), [c[1:] for c in CASES],
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_the_sessions_rules(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "ask" if " asked" in marked else "say")
    assert found.stance == expected, found


def test_which_things_a_fault_is_laid_on(props):
    assert {"system", "ledger", "computer"} <= faulted_things(props["ledger"])
    assert faulted_things(props["ferry"]) == frozenset()  # a person's errors
    assert faulted_things(props["jousting"]) == frozenset()  # a policy


def test_which_way_a_policy_turns_its_act(props):
    assert act_way(props["age"]) == 1  # a lower age opens the vote to the young
    assert act_way(props["squires"]) == 1
    assert act_way(props["jousting"]) == -1  # a ban closes it
    assert act_way(props["levy"]) == 0

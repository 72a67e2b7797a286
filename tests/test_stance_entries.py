"""Rules of the thirty-third 2026-12-05 session, on sentences written for these tests: a state
entered ("fell into recession": proposition_words.entered_state) and an event averted
("avoided a slump": stance_events._AVERTED); the new thing's own act done to the old one
("peers should be elected" of a replacement by an elected chamber); "I'm for it"
(pronouns.for_or_against); a claim under "don't tell me" denied, not commanded
(scope._TELLING); the bare law changed is the law as it stands (policy_nouns.law_to_change);
the slippery slope ("Next they'll be banning ...", "what's next, banning ...?":
stance_exclaims); a clause subject negated ("not banning it would be the mistake":
stance_doing); "has no place in", "served us well" and "the greatest act of vandalism"
(valence.py); "manipulation" among the misdeed nouns, and the verbs of concealment one
misdeed family ("understated his pay", "never hid a cent"); what a ban acts on phased out or ending
("jet skis should be phased out", "jet skiing must end": stance_restate._rid_of); "intends
to ban it" is a plan and "no intention of banning jet skis" rules it out; "into the shadows" and
"the black market" are elsewhere (stance_need._ELSEWHERE); standing by every word of one's own
account (stance_case._stood_by); "it's a start"; a policy prescribed to stay, and what it
raises judged as it is ("the money raised by the levy will help": policy_nouns.proceeds_of);
the verbs of ignoring restate "ignored the warnings", "dismissed" among them though it ends
talks and upstream polarity calls it negative; a hyphenated subject's head is kept
("The drain-and-burn ... was unnecessary": not the split-off "e" of "e-scooters"); a banned
activity named again as "the practice" or "the sport", a banned sale as "the trade"."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "slump": ("The Ruritanian economy fell into recession in 2031.", ["Ruritania", "recession"]),
    "strike": ("Dock workers in Portmere went on strike last spring.", ["dock strike"]),
    "senate": ("The Ruritanian Senate should be replaced by an elected chamber.",
               ["Ruritanian Senate", "Senate", "second chamber"]),
    "knew": ("Glimmer knew that its app harmed young users.", ["Glimmer"]),
    "lights": ("Rear lights should be made compulsory for mobility scooters.",
               ["rear lights", "mobility scooters"]),
    "skis": ("Jet skis should be banned on Marlow beach.", ["jet ski ban", "jet skis"]),
    "crown": ("The Duchy of Ruritania should abolish its crown.", ["crown", "monarchy"]),
    "rigged": ("The Oxbridge Trust manipulated its share price.", ["Oxbridge Trust"]),
    "levy": ("Councils should charge a levy on empty shops.", ["empty shop levy", "levy"]),
    "scrap": ("The dog licence should be scrapped.", ["dog licence"]),
    "ignored": ("The ferry firm ignored warnings that the ramp was unsafe.", ["ferry firm"]),
    "flush": ("The drain-and-burn of the old tanks in 2031 was unnecessary.", ["old tanks"]),
    "skiing": ("Jet skiing should be banned on Marlow beach.", ["jet skiing"]),
    "kites": ("The sale of stunt kites should be banned.", ["stunt kites"]),
    "pay": ("Gerald Vane under-reported his pay to hide it from the bank's shareholders.",
            ["Gerald Vane"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_a_state_entered_is_the_event_not_a_fall(props):
    slump = props["slump"]
    assert slump.predicate == "enter" and "recession" in slump.target
    assert "recession" not in slump.args


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("slump", "supports", "The analyst said [the economy slid into recession]."),
    ("slump", "supports", "The analyst said [Ruritania was in recession by June]."),
    ("slump", "refutes", "The minister said [there was no recession]."),
    ("slump", "refutes", "The minister said [the country never fell into recession]."),
    ("slump", "refutes", "The minister said [Ruritania avoided a recession]."),
    ("slump", "neutral", "The analyst said [interest rates fell in the spring]."),  # no entry
    ("strike", "refutes", "The port said [talks had averted a strike]."),
    ("senate", "supports", "The professor said: \"[Elect the Senate, and halve it].\""),
    ("senate", "supports", "The professor said [the Senate must be elected, full stop]."),
    ("senate", "refutes", "The senator said [the Senate should never be elected]."),
    ("knew", "supports", "The mother said: \"[So don't tell me nobody there knew].\""),
    ("knew", "supports", "The mother said: \"[Don't pretend you didn't know].\""),
    ("knew", "refutes", "The engineer said: \"[Don't tell me they knew].\""),
    ("lights", "supports", "The nurse said: \"[If it saves one life, I'm for it].\""),
    ("lights", "supports", "The nurse said: \"[We are for it].\""),
    ("lights", "neutral", "The nurse said: \"[The money is for it].\""),
    ("lights", "refutes", "A spokesman said [the department has no plans to change the law]."),
    ("lights", "supports", "The charity said [ministers must change the rules]."),
    ("skis", "refutes", "The caller said: \"[Next they'll be banning sandcastles].\""),
    ("skis", "refutes", "The caller said: \"[Whatever next, they'll ban the sea].\""),
    ("skis", "supports", "The council said [it will ban jet skis on the beach]."),
    ("skis", "refutes", "The caller said: \"[What's next, banning sandcastles?]\""),
    ("skis", "supports", "The warden said: \"[Not banning it would be the mistake].\""),
    ("skis", "refutes", "The warden said: \"[Banning it would be a mistake].\""),
    ("skis", "supports", "The warden said [jet skis have no place on a crowded beach]."),
    ("skis", "refutes", "The club said [jet skis have a place on every beach]."),
    ("crown", "refutes", "The historian said [the crown has served the country well]."),
    ("crown", "neutral", "The historian said [the crown has served its time as well]."),
    ("crown", "refutes", "The peer said [abolition would be the greatest act of vandalism in "
                         "our history]."),
    ("rigged", "refutes", "The trust said [there was no manipulation of any kind]."),
    ("skis", "supports", "The warden said [jet skis should be phased out]."),
    ("skis", "supports", "The warden said [the jet skis must end]."),
    ("skis", "neutral", "The warden said [the jet ski race ended at noon]."),
    ("skis", "supports", "The council said [it intends to ban jet skis on the beach]."),
    ("skis", "refutes", "The council said [it had no intention of banning jet skis]."),
    ("skis", "neutral", "The council said [it was considering a ban on jet skis]."),
    ("skis", "refutes", "The hire firm said [a ban would drive jet skiing into the shadows]."),
    ("skis", "refutes", "The hire firm said [a ban would push rentals onto the black market]."),
    ("skis", "refutes", "The hire firm said [a ban would send the racing to other resorts]."),
    ("skis", "refutes", "The hire firm said [a ban would send riders to lakes in Cumbria]."),
    ("skis", "neutral", "The hire firm said [the racing moved to the bay in 2019]."),  # no ban
    ("rigged", "supports", "The short seller said [it stood by every word]."),
    ("rigged", "supports", "The fund said [it stood behind everything it had published]."),
    ("rigged", "neutral", "The banker said [he stood by his friend]."),
    ("levy", "supports", "The charity said [the levy is a start, but councils must do more]."),
    ("levy", "supports", "The charity said: \"[It's a start]\"."),
    ("levy", "supports", "The party said [levies were one tool among many and should stay]."),
    ("levy", "supports", "The party said [the levy must remain in place]."),
    ("levy", "supports", "The party said [the levy should stay for every town]."),  # for whom
    ("levy", "supports", "The party said [the levy must remain until 2030]."),  # how long
    ("levy", "refutes", "The landlords said [the levy would drive shops to units in Fife]."),  # a
    # charge escaped elsewhere
    ("levy", "refutes", "The landlords said [the levy should not stay]."),
    ("levy", "supports", "The council said [the money raised by the levy will help local "
                         "families]."),
    ("scrap", "refutes", "The vet said [the dog licence should stay]."),
    ("ignored", "supports", "The inspector said [the firm dismissed every warning]."),
    ("ignored", "supports", "The inspector said [somebody sat on those warnings]."),
    ("ignored", "supports", "The inspector said [they disregarded the warnings]."),
    ("ignored", "refutes", "The firm said [it never dismissed the warnings]."),
    ("flush", "refutes", "The engineer said [the drain-and-burn was necessary]."),
    ("flush", "supports", "The engineer said [the drain-and-burn was not needed]."),
    ("skiing", "refutes", "The minister said [there were no plans to ban the sport]."),
    ("skiing", "supports", "The charity said [ministers should ban the practice for good]."),
    ("kites", "refutes", "The shop said [a ban would drive the trade on to the internet]."),
    ("pay", "supports", "Prosecutors said [Vane conspired to understate his pay for years]."),
    ("pay", "refutes", "Vane said [he never hid a cent of his pay]."),
    ("pay", "refutes", "His lawyer said [there was no concealment]."),
])
def test_states_replacements_and_set_phrases(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, cue=None, polarity=read_polarity(marked))
    assert found.stance == expected, found


def test_a_banned_activity_or_sale_has_its_class_nouns(props):
    assert {"practice", "sport"} <= props["skiing"].restricted
    assert "trade" in props["kites"].restricted and "practice" not in props["kites"].restricted


def test_a_hyphenated_subject_keeps_its_head(props):
    assert {"drain", "burn"} <= props["flush"].args

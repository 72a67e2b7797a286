"""Who did it: a proposition that lays a deed at a door is about the responsibility, not the
deed ("the bombing took place at night" takes no side). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "behind": ("The Ruritanian state was behind the bombing of the Vesna bridge.",
               ["Vesna bridge", "bridge bombing"]),
    "ordered": ("General Zorin ordered the bombing of the Vesna bridge.",
                ["Vesna bridge", "bridge bombing"]),
    "passive": ("The Vesna bridge was deliberately destroyed by Ruritanian forces.",
                ["Vesna bridge"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_who_is_accused_and_what_it_was_done_to(nlp):
    prop = parse_proposition(PROPOSITIONS["behind"][0], [], nlp)
    assert prop.accused == {"ruritanian"} and {"vesna", "bridge"} <= prop.victims


def test_states_by_name_people_or_capital():
    from pipeline.trail.blame import same_nation

    assert same_nation("Ukrainian", "Ukraine") and same_nation("Moscow", "Russia")
    assert same_nation("Chinese", "China") and same_nation("US", "American")
    assert not same_nation("Russia", "Ukraine") and not same_nation("Washington", "Kyiv")


def test_a_deed_laid_at_a_door_is_read_from_the_proposition(nlp):
    assert parse_proposition(PROPOSITIONS["behind"][0], [], nlp).deeds == {"bombing"}
    assert parse_proposition("Zorin was responsible for the attack.", [], nlp).deeds == {"attack"}
    assert parse_proposition(PROPOSITIONS["ordered"][0], [], nlp).deeds == {"bombing"}
    assert not parse_proposition("Zorin should be sacked.", [], nlp).deeds
    assert not parse_proposition("The bridge was bombed.", [], nlp).deeds
    passive = parse_proposition(PROPOSITIONS["passive"][0], [], nlp)  # laid at the agent
    assert passive.deeds == {"destroy", "destruction"} and passive.accused == {"ruritanian"}
    assert {"vesna", "bridge"} <= passive.victims
    assert not parse_proposition("The bridge was destroyed by a heavy missile.", [], nlp).deeds


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("behind", "supports", "The minister said [Ruritania was behind the bombing]."),
    ("behind", "supports", "She said [the Ruritanian state was responsible for the attack]."),
    ("behind", "supports", "He said [the bombing was planned and approved in the capital]."),
    ("behind", "supports", "He said [the evidence pointed overwhelmingly to Ruritania]."),
    ("behind", "supports", "She said: \"[Of course it was the Ruritanians].\""),
    ("behind", "supports", "He said [Ruritania must be held to account for the bombing]."),
    ("behind", "supports", "He said: \"[Ruritania's fingerprints are all over this].\""),
    ("behind", "refutes", "The ambassador said [Ruritania had nothing to do with the bombing]."),
    # the deed named with its doer: the accused, another state, or no state at all
    ("behind", "supports", "The president called it [another terrorist act by the Ruritanian "
                           "regime]."),
    ("behind", "supports", "He said [Ruritania's bombing of the bridge was a war crime]."),
    ("behind", "refutes", "The envoy said [it was an attack by Moldavian saboteurs]."),
    ("behind", "neutral", "The report said [it was an attack by divers]."),
    ("behind", "neutral", "He said [Ruritania's attack on the port was a war crime]."),
    ("behind", "refutes", "The ambassador said [it was a rogue operation]."),
    ("behind", "refutes", "The ministry said [rogue agents had acted without orders]."),
    ("behind", "supports", "The envoy said [the bombing was not a rogue act but a decision taken "
                           "in the capital]."),
    ("behind", "refutes", "The ministry said [the president had no knowledge of the bombing]."),
    ("behind", "refutes", "The ambassador said [his country had never been involved]."),
    ("behind", "refutes", "Ruritania denied [any involvement in the attack]."),
    ("behind", "refutes", "The envoy said [Ruritania had played no part in the bombing]."),
    ("behind", "refutes", "The envoy said [the West had fabricated the whole affair]."),
    ("behind", "neutral", "Police said [the bombing took place at night]."),
    ("behind", "neutral", "Police said [it was a quiet night]."),
    ("behind", "neutral", "Police said [the bombing was not a random act of vandalism]."),
    ("behind", "neutral", "She said [the police had a role in the investigation]."),
    ("behind", "refutes", "The envoy said [a disgruntled insider was behind the bombing]."),
    ("behind", "refutes", "The envoy said [the bombing was the work of criminal gangs]."),
    ("behind", "refutes", "The envoy said [the attack was carried out by a lone extremist]."),
    ("behind", "supports", "The minister said [the bombing was the work of Ruritania]."),
    ("behind", "supports", "The minister said [Ruritanian agents carried out the intrusion]."),
    ("behind", "neutral", "Police said [the bombing was the work of many hours]."),
    ("behind", "refutes", "The envoy said [linking his country to the bombing was a lie]."),
    ("behind", "refutes", "The envoy said [blaming Ruritania for it was another fabrication]."),
    ("behind", "supports", "The minister said [blaming Ruritania was not a smear]."),
    ("behind", "supports", "An officer said [nobody here doubted it was the Ruritanians]."),
    ("behind", "refutes", "The minister went further, calling the bombing \"[a rogue "
                          "operation]\"."),  # the quoted noun phrase alone
    ("behind", "refutes", "The envoy said [the state had no connection whatsoever with this "
                          "crime]."),
    ("behind", "supports", "The minister said [Ruritania had a connection with the bombing]."),
    ("behind", "neutral", "Police said [the bridge had no connection with the road]."),
    ("behind", "refutes", "The ministry said [the bombing was the work of individuals who had "
                          "defied their chain of command]."),
    ("behind", "neutral", "The minister said [the bombing was the work of individuals within "
                          "the Ruritanian state]."),  # no other doer than the accused's own
    # another state named as the doer lays it elsewhere; the deed's own act with a doer
    ("behind", "refutes", "The envoy said [Germany was behind the bombing]."),
    ("behind", "supports", "The envoy said [Ruritanian agents were behind the bombing]."),
    ("behind", "refutes", "The envoy said [Moscow had blown up the Vesna bridge]."),
    ("behind", "supports", "The prosecutor said [Ruritania had blown up the bridge]."),
    ("behind", "refutes", "The envoy said [US divers planted the charges on the bridge]."),
    ("behind", "refutes", "The envoy said: \"[Everyone knows it was the Americans].\""),
    ("behind", "neutral", "Police said [the storm had destroyed a barn]."),  # another deed
    # a passive proposition's agent accused: the deed happening is no side, its doer is
    ("passive", "supports", "The minister said [Ruritanian troops blew it up]."),
    ("passive", "supports", "The minister said [Ruritanian forces had mined the bridge and "
                            "blown it up at dawn]."),
    ("passive", "supports", "She said [the blast had been carried out by Ruritanian agents]."),
    ("passive", "refutes", "The envoy said [German shelling did it]."),
    ("passive", "refutes", "The envoy said [the bridge had been hit by German strikes]."),
    ("passive", "refutes", "The envoy said [the bridge had been destroyed by \"an act of "
                           "sabotage by Berlin\"]."),
    ("passive", "neutral", "The mayor said [the destruction of the bridge was a tragedy]."),
    ("passive", "neutral", "The mayor said [the bridge had been destroyed overnight]."),
    ("passive", "neutral", "The mayor said [he would not comment on responsibility for the "
                           "attack]."),
    ("passive", "neutral", "A seismologist said [the data cannot tell you who was "
                           "responsible]."),
    ("ordered", "supports", "The prosecutor said [Zorin ordered the bombing]."),
    ("ordered", "refutes", "His lawyer said [Zorin had nothing to do with it]."),
])
def test_claims_on_who_did_it(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("passive", "refutes", "Engineers said [it was an accident]."),
    ("passive", "refutes", "Engineers said [the bridge collapsed because of a structural "
                           "fault]."),
    ("behind", "neutral", "Engineers said [it was no accident]."),  # but whose deed?
    ("behind", "neutral", "Engineers said [it was foul play]."),  # granted by all
    ("behind", "neutral", "Engineers said [it was hard to imagine it was accidental]."),
    ("behind", "neutral", 'The minister said [it was "hard to imagine" they were accidental].'),
    ("behind", "refutes", "Engineers said [the blast was an accident]."),
    ("passive", "neutral", "Engineers said [the repairs were delayed because of a fault in the "
                           "crane]."),
])
def test_a_mishap_is_the_rival_of_a_deed_laid_at_a_door(nlp, props, key, expected, marked):
    """Twenty-fifth session (stance_causes.mishap_signals): no one's deed refutes that it was
    someone's; denying the mishap leaves open whose deed a named one ("the bombing") was."""
    assert judge(nlp, props[key], marked, cue=None).stance == expected


KILLED = ("The dissident was killed by the Ruritanian state.", ["dissident's death"])


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "His wife said [he did not die by accident]."),
    ("refutes", "The prison service said [he died of natural causes]."),
    ("neutral", "The prison service said [he died on Friday]."),
    ("refutes", "Investigators said [they had found no signs of a violent death]."),
    ("supports", "His lawyer said [it was foul play]."),
    ("supports", "His wife said [the state was responsible for his death]."),
    ("supports", "His wife said [he was murdered]."),  # meant: a deed, whoever did it
    ("supports", "His doctor said [he had been poisoned]."),
    ("supports", "His wife said [it was hard to believe he died of natural causes]."),
])
def test_a_killing_against_a_death_by_mishap(nlp, expected, marked):
    """A deed the proposition asserts ("was killed by"), not names: ruling the mishap out is
    for it, ruling foul play out against; his death is the deed's (stance_blame._DEEDS); a
    killing said meant ("murdered") is the deed (proposition_words.meant_deed)."""
    assert judge(nlp, parse_proposition(*KILLED, nlp), marked, cue=None).stance == expected


def test_a_murder_denied(nlp):
    found = judge(nlp, parse_proposition(*KILLED, nlp), "The prison service said [he was not "
                  "murdered].", cue=None, polarity="negative")
    assert found.stance == "refutes"


CAUSED = ("Duke Anselm had the twin heirs of Marlow killed.", ["Marlow heirs"])


def test_a_deed_had_done_is_laid_at_the_causer(nlp):
    """ "X had Y killed" reads as "Y were killed by X" (rewording.causative_as_passive): the
    deed is the killing, laid at a person's door; a deed suffered is no deed caused."""
    prop = parse_proposition(*CAUSED, nlp)
    assert prop.deeds == {"kill"} and prop.accused == {"duke", "anselm"} and prop.accused_person
    assert {"heirs", "marlow"} <= prop.victims
    assert not parse_proposition("The bank had its licence revoked.", [], nlp).deeds
    assert not parse_proposition(*KILLED, nlp).accused_person  # a state's door


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The chronicler wrote that [Anselm had them killed]."),
    ("supports", "She said [Anselm killed the heirs]."),
    ("refutes", "She said [Anselm did not kill the heirs]."),
    ("refutes", "She said [Lord Brenner had them murdered]."),  # another person named
    ("refutes", "She said: \"[Lord Brenner did it, obviously].\""),
    ("refutes", "She said [the heirs were murdered by Lord Brenner]."),  # by another
    ("supports", "She said [the heirs were murdered by Anselm]."),
    ("neutral", "She said [Anselm had the younger heir smuggled abroad]."),  # no deed
    # who gave the orders is behind the deed, whoever carried it out
    ("supports", "The chronicler wrote that [a guard killed the heirs on Anselm's orders]."),
    ("supports", "She said [a steward strangled the heirs at the behest of Anselm]."),
    ("refutes", "She said [the heirs were murdered on the orders of Lord Brenner]."),
    ("refutes", "A chronicle said [Lord Brenner did the deed himself]."),  # "the deed"
    # a verdict on the accused person, named or given bare
    ("supports", "The chronicler wrote that [Anselm was guilty]."),
    ("refutes", "She said [Anselm was innocent]."),
    ("refutes", "She said: \"[Not guilty, and history will prove it].\""),
    ("supports", "She said: \"[Not proven, but guilty].\""),
])
def test_a_person_accused_and_another_person_named(nlp, expected, marked):
    """The accused person, or another person, named as the deed's doer (stance_blame)."""
    assert judge(nlp, parse_proposition(*CAUSED, nlp), marked, cue=None).stance == expected

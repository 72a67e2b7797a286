"""Role words before a name, role nouns pointing back to one person, and person types."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import polars as pl
import pytest

from pipeline.nlp.attribution import ClaimCandidate, extract_claims
from pipeline.nlp.entities import extract_mentions
from pipeline.nlp.entity_merge import build_entities, entity_type, is_person_role
from pipeline.nlp.speakers import clean_name
from pipeline.nlp.speakers.roles import role_holders


@pytest.fixture(scope="module")
def claims(nlp):
    def run(text: str) -> list[ClaimCandidate]:
        return extract_claims(nlp(text), published=dt.date(2005, 3, 1))

    return run


def speakers(found: list[ClaimCandidate]) -> list[tuple[str, str | None, bool]]:
    return [(c.speaker, c.speaker_role, c.speaker_is_named) for c in found]


# -- names: the role the NER took into the person's span -------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Lib Dem MP Lembit Opik", ("Lembit Opik", "Lib Dem MP")),
    ("Tory leader Michael Howard", ("Michael Howard", "Tory leader")),
    ("Secretary of State John Kerry", ("John Kerry", "Secretary of State")),
    ("Shadow spokesman for sport Hugh Robertson", ("Hugh Robertson", "Shadow spokesman for sport")),
    ("Vice President Dick Cheney", ("Dick Cheney", "Vice President")),
    ("Mervyn King", ("Mervyn King", "")),  # a surname that is a title word stays
    ("Billie Jean King", ("Billie Jean King", "")),
    ("Frank Field MP", ("Frank Field", "")),
    ("Lord Rennard", ("Rennard", "")),
    ("Lib Dem Mark Oaten", ("Mark Oaten", "Lib Dem")),  # a party alone is the role
    ("Green Party", ("Green Party", "")),
    ("Mr Keith Onslow CEng", ("Keith Onslow", "")),  # letters after a name
    ("Dr Ruth Amsel FRAeS", ("Ruth Amsel", "")),
    ("Pat McQuaid", ("Pat McQuaid", "")),  # a name's own capitals stay
    ("PAT McQUAID", ("PAT McQUAID", "")),
    ("4.2 Save Wimbledon Park", ("Save Wimbledon Park", "")),  # a report's paragraph number
    ("10 Downing Street", ("10 Downing Street", "")),  # a number that is part of the name
])
def test_clean_name_splits_a_role_before_a_full_name(text, expected):
    assert clean_name(text) == expected


# -- which earlier person a role phrase means (pure) -----------------------------------------


def test_role_holders_prefers_the_same_role_then_all_words_then_the_head_noun():
    people = {"Tony Blair": "prime minister", "John Prescott": "Deputy Prime Minister",
              "Michael Howard": "Tory leader", "Charles Kennedy": "Lib Dem leader",
              "Tony McNulty": "Home Office minister"}
    assert role_holders("prime minister", "minister", "minister", people) == ["Tony Blair"]
    assert role_holders("Tory leader", "leader", "leader", people) == ["Michael Howard"]
    assert set(role_holders("leader", "leader", "leader", people)) == {"Michael Howard",
                                                                       "Charles Kennedy"}
    # a qualified office never answers the bare one
    assert role_holders("minister", "minister", "minister",
                        {"John Prescott": "Deputy Prime Minister"}) == []
    assert role_holders("minister", "minister", "minister",
                        {"Bertie Ahern": "Irish Prime Minister",
                         "Martin Cullen": "Irish Transport Minister"}) == ["Martin Cullen"]
    assert role_holders("spokesman", "spokesman", "spokesman",
                        {"Jo Swinson": "Lib Dem spokeswoman for equality"}) == ["Jo Swinson"]
    # a secretary of state is a minister; a union's general secretary is not
    assert role_holders("minister", "minister", "minister",
                        {"Rachel Okafor": "Transport Secretary"}) == ["Rachel Okafor"]
    assert role_holders("minister", "minister", "minister",
                        {"Brendan Barber": "TUC general secretary"}) == []


# -- speakers in articles ----------------------------------------------------------------------


def test_role_words_before_the_name_go_to_the_role(claims):
    found = claims("Lib Dem MP Lembit Opik said the vote had been a victory for common sense. "
                   "Lib Dem Mark Oaten said the plan was flawed.\n\n"
                   "Shadow spokesman for transport Chris Grayling said the plan would cost "
                   "billions.")
    assert speakers(found) == [("Lembit Opik", "Lib Dem MP", True),
                               ("Mark Oaten", "Lib Dem", True),
                               ("Chris Grayling", "Shadow spokesman for transport", True)]


def test_a_role_parsed_as_a_second_subject_is_the_role(claims):
    found = claims("Lib Dem MP Lembit Opik said the vote had been a victory for common sense.\n\n"
                   "Shadow spokesman for transport Chris Grayling said the plan would cost "
                   "billions.\n\nLabour's Frank Dobson said the plan was wrong.")
    assert speakers(found)[1:] == [("Chris Grayling", "Shadow spokesman for transport", True),
                                   ("Frank Dobson", "Labour", True)]


def test_a_name_closing_a_role_phrase_is_the_speaker(claims):
    found = claims("Harry Potter director Chris Columbus said the third film would be darker.")
    assert speakers(found) == [("Chris Columbus", "Harry Potter director", True)]


def test_a_town_after_a_named_speaker_is_not_the_speaker(claims):
    """Vox pops print "Name, Town, said:"; the tagger may take the town for a person too."""
    found = claims('Mei Lin, Kingsbury North, sees it differently: "I would stop selling '
                   'tobacco tomorrow."\n\nRavi Shah, Rotorua, said: "The age part I could '
                   'live with."\n\nThe minister, Jo Bell, said the plan would go ahead.')
    assert [s for s, _, _ in speakers(found)] == ["Mei Lin", "Ravi Shah", "Jo Bell"]


def test_relational_sources_are_someone_else(claims):
    found = claims("Lib Dem home affairs spokesman Mark Oaten said the bill was flawed.\n\n"
                   "Tony Blair's spokesman said the bill would go ahead.\n\n"
                   "A spokesman for Gordon Brown said the cost was under control.")
    assert [s for s, _, _ in speakers(found)] == [
        "Mark Oaten", "Tony Blair's spokesman", "A spokesman for Gordon Brown"]
    assert [named for _, _, named in speakers(found)] == [True, False, False]


def test_role_noun_resolves_to_the_one_person_with_that_role(claims):
    found = claims("Culture Secretary Tessa Jowell said the costs were under control. "
                   "Tory leader Michael Howard said the bid deserved support.\n\n"
                   "The culture secretary said an update would follow next month.")
    assert found[-1].speaker == "Tessa Jowell"


def test_role_noun_with_two_holders_stays_unresolved(claims):
    found = claims("Foreign Minister Abdullah Gul said Turkey would not accept new conditions. "
                   "Economy Minister Ali Babacan said the talks should go on.\n\n"
                   "The minister said every requirement had been met.")
    assert (found[-1].speaker, found[-1].speaker_is_named) == ("The minister", False)


def test_the_tory_leader_is_not_another_partys_leader(claims):
    found = claims("Lib Dem leader Charles Kennedy said the tax was unfair. "
                   "Tory leader Michael Howard said it would be cut.\n\n"
                   "The Tory leader added that families would gain.")
    assert found[-1].speaker == "Michael Howard"


# -- entity types ------------------------------------------------------------------------------


def test_entity_type_person_wins_over_surnames_tagged_otherwise():
    assert entity_type(Counter(ORG=2, PERSON=1), False, 4, 1) == "PERSON"
    assert entity_type(Counter(ORG=2, PERSON=1), True, 1, 1) == "PERSON"  # it has a role
    assert entity_type(Counter(ORG=5, PERSON=1), False, 2, 2) == "ORG"  # "Lib Dem" once PERSON
    assert entity_type(Counter(GPE=3), False, 0, 1) == "GPE"


def test_only_a_persons_role_makes_a_person():
    assert is_person_role("Former WorldCom boss") and is_person_role("minister for Europe")
    assert not is_person_role("owner of Liffe in London")
    assert not is_person_role("Rival exchange operator")


def test_build_entities_types_a_titled_person_with_orgish_surnames_as_person():
    rows = [("d1", "m1", "Russian Foreign Minister Sergey Lavrov", "PERSON", "Sergey Lavrov",
             "Russian Foreign Minister"),
            ("d1", "m2", "Lavrov", "ORG", "Sergey Lavrov", None),
            ("d1", "m3", "Lavrov", "ORG", "Sergey Lavrov", None),
            ("d2", "m4", "Ming Campbell", "PERSON", "Ming Campbell", None),
            ("d2", "m5", "Campbell", "ORG", "Ming Campbell", None),
            ("d2", "m6", "Campbell", "ORG", "Ming Campbell", None)]
    entities, _ = build_entities(pl.DataFrame(
        rows, schema=["doc_id", "mention_id", "text", "label", "canonical", "role"],
        orient="row"))
    types = dict(entities.select("name", "type").iter_rows())
    assert types == {"Sergey Lavrov": "PERSON", "Ming Campbell": "PERSON"}


def test_mentions_split_the_role_from_the_name(nlp):
    found = extract_mentions(nlp("Lib Dem MP Lembit Opik said the plan was flawed."))
    person = next(m for m in found if m.label == "PERSON")
    assert (person.canonical, person.role) == ("Lembit Opik", "Lib Dem MP")


def test_a_definite_role_noun_points_back_to_its_earlier_unnamed_holder(claims):
    """ "The spokesman" after "a spokesman for the firm" is that spokesman, not the person the
    next sentence introduces; with no earlier spokesman, the next sentence's person is it."""
    text = ('"Nothing has changed," a spokesman for the bakery chain said. The spokesman also '
            "denied that the firm had discussed closing shops. Maria Kessler, a fund manager at "
            'Lindqvist Capital, said the plan "makes no sense".')
    denial = next(c for c in claims(text) if c.cue == "deny")
    assert denial.speaker != "Maria Kessler"
    alone = ("The spokesman denied that the firm had discussed closing shops. Maria Kessler, a "
             "spokesman for the bakery chain, said the plan was sound.")
    assert next(c for c in claims(alone) if c.cue == "deny").speaker == "Maria Kessler"


def test_a_role_holder_named_in_the_quotation_is_not_its_speaker(claims):
    """Twenty-fifth session: ' "Zorin is responsible," the president said' after "President
    Ivan Zorin" elsewhere is the person just introduced, not Zorin speaking of himself."""
    text = ("Officials said President Ivan Zorin had been told of the crash.\n\nHelen Carter "
            'has spoken at the White House. "Let nobody be confused: Zorin is responsible for '
            'this death," the president said.')
    said = next(c for c in claims(text) if "confused" in c.content)
    assert said.speaker == "Helen Carter"
    text = ('President Ivan Zorin spoke on Monday. "We will rebuild," the president said.')
    assert next(c for c in claims(text) if "rebuild" in c.content).speaker == "Ivan Zorin"


@pytest.mark.parametrize("opening", [
    "Hugo Lueders, European director for public policy at CompTIA, said the bill was fair.",
    "Dana Whitcomb, who runs a small firm in Ohio, said the bill was fair.",
])
def test_a_name_the_ner_missed_is_a_person_when_described_as_one(claims, opening):
    second = claims(f"{opening} He said the critics were wrong.")[1]
    assert second.speaker == opening.split(",")[0]


@pytest.mark.parametrize(("text", "speaker"), [
    ("14:25 Okafor said the units would be cheap.", "Okafor"),
    ("11:15 A gilts trader said rates would rise.", "A gilts trader"),
])
def test_a_liveblog_time_stamp_is_not_part_of_the_speaker(claims, text, speaker):
    assert claims(text)[0].speaker == speaker

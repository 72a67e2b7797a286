"""What some words of a policy debate mean for a side, on sentences written for these tests:
the law in force is not the one proposed (claim_view.ref_sign); scare stories about a policy
defend it (stance_scares.py); an embedded question asserts nothing and a gap closed is a
remedy (stance_eval.py, valence.py); a decision kept under review is no side
(stance_restate.py); "needed the law to protect it" needs the law (stance_rules.act_signals);
"what could possibly go wrong?" is said, not asked (stance_exclaims.py); an economic aim makes
the economic frame no camp's (frames.py); a level to be moved is restated by "change", a
reform's object judged argues the other way, "the extension" names an extending
(proposition.py); a date inside what a step acts on is no timetable (stance.py)."""

from __future__ import annotations

import pytest

from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "hate": ("It should be a crime to incite religious hatred.",
             ["religious hatred", "incitement", "law", "bill"]),
    "drink": ("Pubs and bars should be allowed to stay open for 24 hours.",
              ["24-hour drinking", "licensing", "drinking"]),
    "age": ("The voting age should be lowered to 16.", ["voting age", "votes at 16", "change"]),
    "jobs": ("Disability benefit should be reformed to move claimants back into work.",
             ["disability benefit", "welfare reform", "pilots"]),
    "scrap": ("The hunting ban should be scrapped.", ["hunting ban", "ban"]),
    "bid": ("Deutsche Boerse should buy the London Stock Exchange.", ["bid", "takeover"]),
    "zone": ("The city's low-emission zone should be extended to the suburbs.",
             ["low-emission zone", "emission zone"]),
    "ban": ("Smoking should be banned in pubs.", ["smoking ban", "smoking"]),
    "host": ("Norway should host the 2040 Winter Olympics.", ["Norway bid", "2040 Games"]),
    "audit": ("The Audit Commission should be given a free hand to inspect council accounts.",
              ["Audit Commission", "council accounts"]),
    "register": ("The government should introduce a national identity register.",
                 ["identity register", "ID register"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("hate", "refutes", "The QC said [the existing laws on public order were quite sufficient]."),
    ("hate", "supports", "The bishop said [current law was wholly inadequate]."),
    ("hate", "supports", "The minister said [extremists had been exploiting the gap in the law "
                         "for years]."),  # only a law in force has a gap
    ("hate", "supports", "The minister said [the current proposals were sensible]."),  # proposed
    ("scrap", "supports", "The Countryside Alliance said [the existing ban was unworkable]."),
    ("ban", "supports", "The doctor said [the ban was \"worth every penny\"]."),
    ("ban", "refutes", "The landlord said [the ban was not worth every penny it cost]."),
    ("drink", "supports", "The brewers said [the scare stories about 24-hour drinking were "
                          "nonsense]."),
    ("drink", "supports", "The trade body said [the scaremongering about 24-hour drinking was "
                          "wide of the mark]."),
    ("drink", "supports", "The chain said [the myths about late licensing put about by critics "
                          "were wrong]."),
    ("hate", "supports", "The minister said [the law would close a gap that left some faiths "
                         "without protection]."),
    ("hate", "refutes", "The novelist said [the bill would leave authors and comedians unsure "
                        "what they could safely write about faith]."),
    ("age", "supports", "The party said [the change was a matter of basic fairness]."),
    ("age", "refutes", "The peer said [the change would do nothing for turnout]."),
    ("age", "neutral", "The commission said [it would keep the voting age under review]."),
    ("age", "refutes", "The commission said [it would keep the voting age at 18]."),
    ("hate", "refutes", "The comedian said [believers did not need a new law to protect them "
                        "from jokes]."),
    ("hate", "supports", "The imam said [his community needed the law to protect it]."),
    ("hate", "refutes", "[A law against offending the faithful - what could possibly go "
                        "wrong?] the columnist asked."),
    ("age", "refutes", "The spokesman said [ministers had no plans to change the voting age]."),
    ("jobs", "supports", "The think tank said [disability benefit had become a trap that kept "
                         "people out of work]."),  # the thing to be reformed, judged
    ("jobs", "refutes", "The charity said [the reforms would push vulnerable people into "
                        "poverty]."),
    ("jobs", "supports", "The minister said [ministers would press ahead with the reforms]."),
    ("zone", "neutral", "A pollster said [support for the extension had slipped from 60% to "
                        "48%]."),  # a poll's trend
    ("zone", "neutral", "The council said [the consultation would close in September]."),
    ("zone", "neutral", "The councillor said [most people said no, and he is going ahead "
                        "anyway]."),  # another's act reported, no resolve shared
    ("ban", "supports", "The charity said [England should follow Wales and outlaw smoking in "
                        "every enclosed workplace, pubs included]."),  # "outlaw" tagged NOUN
    ("jobs", "neutral", "The minister said [the pilots showed thousands of people could move "
                        "off benefit and into jobs]."),  # no longer read as "against: jobs"
    ("host", "refutes", "The union said [it opposed the 2040 Winter Olympics in Norway]."),
    ("host", "supports", "The mayor said [the 2040 Winter Olympics would be the best ever]."),
    ("host", "neutral", "The union said [it opposed the British American Tobacco deal]."),
    ("zone", "neutral", "The mayor said [the pause was a delay, not a change of course]."),
    ("zone", "refutes", "The firm said [a change of route would add years of disruption]."),
    ("zone", "refutes", "The cabbie said [the emission zone was a stitch-up]."),
    ("zone", "refutes", "The cabbie said [the emission zone was economically unsound]."),
    ("zone", "supports", "The professor said [the emission zone was sound]."),
    ("zone", "refutes", "The cabbie said [the emission zone was cumbersome and impractical]."),
    ("zone", "supports", "The mayor said [the emission zone was convenient for bus users]."),
    ("zone", "supports", "The professor said [the low-emission zone is costly, but the principle "
                         "is sound]."),  # the principle is the zone's (ATTRIBUTES)
])  # a name of the proposition's own words is its object ("the 2040 Winter Olympics"); "a
# change of course" turns, it names no change made (claim_view._measuring)
def test_policy_words(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("neutral", "MPs urged ministers [to give the commission more freedom to inspect how "
                "councils spend their money]."),  # the freedom given is the policy
    ("refutes", "The councils said [inspections would threaten their freedom to run local "
                "services]."),
])
def test_a_liberty_word_the_policy_gives_is_no_argument_against_it(nlp, props, expected,
                                                                    marked):
    """ "give the commission more freedom": what the proposition's own act gives (frames.py),
    not the liberty of those it is done to."""
    found = judge(nlp, props["audit"], marked, None)
    assert found.stance == expected, found


def test_a_protection_set_aside_is_no_argument_for_the_policy(nlp, props):
    """ "far from cutting crime": the frame word is set aside (negators.far_from_act,
    frames._set_aside), so it argues nothing for the policy."""
    marked = ("The campaigner said [far from cutting crime, the register would create a black "
              "market].")
    assert judge(nlp, props["register"], marked, None).stance != "supports"


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The minister said [we will roll it out next year]."),
    ("refutes", "The peer said [the Lords should not wave the register through]."),
    ("neutral", "The adviser said [ministers should keep it in proportion]."),  # kept so
])
def test_an_it_put_in_place_is_the_policy(nlp, props, expected, marked):
    """ "roll it out", "wave it through": "it" as the object of a verb that puts a policy in
    place (evaluative.REALISE) is the policy (pronouns._sided_object)."""
    assert judge(nlp, props["register"], marked, None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The newsletter said [the register should pass]."),  # it happens
    ("refutes", "The peers said [the register must not pass]."),
    ("neutral", "The clerk said [the register passed by 14 votes to 6]."),  # reported
    ("neutral", "The union said [it stands fully behind the teachers]."),  # where it stands
])
def test_a_policy_that_passes_or_stands(nlp, props, expected, marked):
    """ "should pass" said of the policy brings it about (stance_restate.restate_signals); a
    speaker that "stands fully behind" others declares no policy kept (_STANDING)."""
    assert judge(nlp, props["register"], marked, None).stance == expected


def test_a_pronoun_wanted_to_act_is_an_agent(nlp, props):
    found = judge(nlp, props["bid"], "The fund said [it wanted it to buy back its own shares].",
                  "say")
    assert found.stance != "supports", found  # "it" is the bidder, not the bid wanted


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The campaigners welcomed [the extension as a bold step]."),
    ("refutes", "The candidate vowed [to scrap the extension on his first day in office]."),
])
def test_the_extension_names_an_extending(nlp, props, expected, marked):
    found = judge(nlp, props["zone"], marked, None)
    assert found.stance == expected, found


def test_a_date_inside_what_is_ended_is_no_timetable(nlp, props):
    found = judge(nlp, props["ban"], "The charity said [the vote ended decades of cruelty].",
                  "say")
    assert found.basis != "a timetable", found


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The police warned that [longer opening hours would stretch officers even "
                "further]."),
    ("neutral", "The police warned [ministers to think carefully about the timing]."),
    ("neutral", "The police said [longer opening hours would stretch officers even further]."),
])
def test_a_warning_is_the_frame_of_those_against(nlp, props, expected, marked):
    found = judge(nlp, props["drink"], marked, None)
    assert found.stance == expected, found


def test_who_should_be_able_to_act_acts(nlp):
    """ "X should be able to impose Y" is the imposing, by X; Y names the policy."""
    orders = parse_proposition("Councils should be able to impose dispersal orders.",
                               ["dispersal order*"], nlp)
    assert orders.kind == "policy" and orders.predicate == "impose"
    assert "order" in orders.target and "council" in orders.args


def test_a_collection_names_what_it_collects(nlp):
    """ "a new generation of wind farms": the farms, which a building policy makes."""
    farms = parse_proposition("Scotland should build a new generation of offshore wind farms.",
                              ["wind farm*"], nlp)
    assert "farm" in farms.target and "generation" not in farms.args | farms.target
    found = judge(nlp, farms, "Campaigners said [the farms would be an expensive blight].", "say")
    assert found.stance == "refutes", found
    casinos = parse_proposition("The council should allow a new wave of betting shops.", [], nlp)
    assert "shop" in casinos.target and casinos.target_sign == 1  # allowing is no lifting
    lifted = parse_proposition("The council should lift the ban on betting shops.", [], nlp)
    assert lifted.target_sign == -1


@pytest.mark.parametrize(("expected", "marked"), [
    # an "if" that states an aim is no condition
    ("supports", "The scientist said [the ban was needed if the city was to clean its air]."),
    # an opinion noun judged: the judgement turns it
    ("supports", "The minister said [opposition to the ban was a tragic mistake]."),
    ("supports", "The minister said [the opposition to the ban was misguided]."),
    ("refutes", "The landlord said [support for the ban was a terrible error]."),
    ("refutes", "The landlord said [opposition to the ban was entirely understandable]."),
    ("supports", "The doctor said [support for the ban was overwhelming]."),
    # "huge" sizes, it does not praise; "a poll tax" is a byword
    ("neutral", "The landlord said [the ban would be a huge change for pubs]."),
    ("refutes", "The landlord said [the ban was a poll tax on the working man]."),
    # people deciding for themselves is the liberty frame
    ("refutes", "The landlord said [drinkers should be free to choose where they go]."),
    ("refutes", "The landlord said [it should be up to each pub to decide]."),
    ("refutes", "The landlord said [landlords, not ministers, knew their customers]."),
    ("refutes", "The landlord said [publicans were best placed to decide what suited them]."),
    ("neutral", "The landlord said [the council would decide next week]."),
])
def test_aims_opinions_sizes_and_self_rule(nlp, props, expected, marked):
    found = judge(nlp, props["ban"], marked, "say")
    assert found.stance == expected, found


def test_deciding_for_themselves_argues_for_a_permission(nlp, props):
    found = judge(nlp, props["drink"], "The landlord said [drinkers should be free to choose "
                  "when they go home].", "say")
    assert found.stance == "supports", found


@pytest.mark.parametrize(("proposition", "predicate", "group_of"), [
    ("Assisted dying should be made legal in England and Wales.", "make_legal", "legalise"),
    ("Fox hunting should be made illegal.", "make_illegal", "ban"),
    ("Water companies should be taken back into public ownership.",
     "take_back_into_ownership", "nationalise"),
    ("The railways should be renationalised.", "renationalise", "nationalise"),
])
def test_a_policy_said_in_a_set_phrase(nlp, proposition, predicate, group_of):
    """ "made legal" is legalising, "taken back into public ownership" nationalising (with
    "privatise" its opposite); the places of "in England and Wales" take part, both of them."""
    from pipeline.trail.evaluative import direction_of

    prop = parse_proposition(proposition, [], nlp)
    assert prop.predicate == predicate and prop.group == direction_of(group_of)
    assert "wales" not in prop.target and "ownership" not in prop.args


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "Labour said [water should be brought back into public ownership]."),
    ("supports", "Labour said [it would bring water back into public ownership]."),  # "into" on
    # "back", the particle
    ("supports", "The surfer said: \"[Put it back in public hands].\""),
    ("refutes", "The minister said [the Government had no plans to take the water companies "
                "into public ownership]."),
    ("refutes", "The MP said [nationalisation would cost billions]."),
])
def test_public_ownership_restated(nlp, expected, marked):
    prop = parse_proposition("Water companies in England should be taken back into public "
                             "ownership.", ["public ownership", "water companies"], nlp)
    assert judge(nlp, prop, marked, "say").stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The club secretary said: \"[Registration is unworkable].\""),
    ("supports", "The cabbie said [plates were \"long overdue\"]."),
    ("refutes", "The officer said [plates would not help officers much]."),
    ("neutral", "The officer said [cyclists were involved in 4% of crashes]."),
])
def test_a_duty_is_named_by_what_it_requires(nlp, expected, marked):
    """Of "cyclists should be required to carry number plates or registration", the plates and
    the registration name the policy; the cyclists are whom it binds."""
    prop = parse_proposition("Cyclists should be required to carry number plates or "
                             "registration.", ["cycle registration"], nlp)
    assert {"plate", "registration"} <= prop.target and "cyclist" in prop.args
    assert judge(nlp, prop, marked, "say").stance == expected

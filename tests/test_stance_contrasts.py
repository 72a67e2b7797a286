"""Rules of the second 2026-12-02 session, on sentences written for these tests: a policy set
aside for an alternative or chosen over one (stance_preference._contrast), what granted powers
allow (Proposition.enabled: "release the men" undoes powers to detain), what a measure is aimed
at, people cast as suspects, a complaint of not being consulted (stance_process.py), a remedy
for a bad thing, finding dangerous people, "no question of" the policy being abused, a case
that has "grown stronger", people named after the act ("detainees") who are not the policy, a
bare "law" that is law in general ("the rule of law"), a good adjective measured against a
threat ("proportionate to the threat"), a boon to several bad actors, the people detention
powers act on, a gerund doing what is banned, a "they" who complains, a reversal ruled out
or wanted, money taken away, and what a policy makes easier or harder for whom."""

from __future__ import annotations

import pytest

from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge

PROPOSITIONS = {
    "ban": ("Smoking should be banned in pubs and restaurants.", ["smoking ban", "ban"]),
    "id": ("The government should introduce identity cards.", ["ID card*", "identity card*"]),
    "det": ("The Home Secretary should be given powers to detain terror suspects without "
            "trial.", ["detention", "detain*", "control order*"]),
    "hunt": ("Hunting with dogs should be banned.", ["hunt*", "ban"]),
    "default": ("Wales should keep its default 20mph speed limit.", ["20mph"]),
    "fee": ("The BBC licence fee should be scrapped.", ["licence fee"]),
}

CASES = [
    # a contrast in a judgement
    ("ban", "refutes", "The landlords' group said [better ventilation, not a ban, was the "
                       "answer]."),
    ("ban", "refutes", "She said [the answer was education rather than a ban]."),
    ("ban", "supports", "The doctors said [a ban, not voluntary codes, was the answer]."),
    ("ban", "neutral", "The clerk said [the ban, not the weather, was discussed first]."),
    # an act on it set aside for another: against the act, whichever way it goes
    ("ban", "supports", "She said [the ban should be extended rather than scrapped]."),
    ("ban", "supports", "She said [the ban should be tightened, not scrapped]."),
    ("id", "refutes", "He said [the money should be spent on police instead of introducing "
                      "identity cards]."),
    ("ban", "neutral", "The clerk said [the ban was extended rather than scrapped]."),  # a report
    # a noun the parser hangs as "nmod" names the policy ("its default speed limit")
    ("default", "supports", "The cyclist said: \"[Keep the default]\"."),
    ("default", "refutes", "He said [people wanted the old limits back, not a review of them]."),
    ("default", "refutes", "He said [the Senedd should scrap the default]."),  # keep's undoing
    # "get rid of" in either parse; apologising for it calls it a fault
    ("fee", "supports", "The caller said: \"[Get rid of it]\"."),
    ("ban", "refutes", "He said [ministers should get rid of the ban]."),
    ("ban", "supports", "She said [ministers should stop apologising for the ban]."),
    ("ban", "refutes", "She said [ministers should apologise for the ban]."),
    # a quantity gone down or up is valued by what it counts; a contrast's "not" negates nothing
    ("ban", "supports", "She said [smoking-related illness had fallen sharply since the ban]."),
    ("ban", "refutes", "The landlord said [profits have fallen since the ban]."),
    ("ban", "neutral", "The clerk said [the number of pubs had fallen since the ban]."),
    ("ban", "refutes", "He said: \"[The town voted against the ban, not for the Tories]\"."),
    # a claim nobody makes, put aside: no side of its own; what follows it is the speaker's
    ("ban", "neutral", "The landlord said: \"[Nobody is saying the ban is perfect]\"."),
    ("ban", "supports", "The doctor said: \"[Nobody is pretending the ban is perfect. It has "
                        "saved lives]\"."),
    # a position said to be given up: the present side, else the first one turned round
    ("ban", "supports", "She said [she opposed the ban at first, but now she thought it worked]."),
    ("ban", "supports", "She said: \"[I was against the ban at first, but now I eat out more]\"."),
    ("ban", "neutral", "She said: \"[At first there were queues, but now it is quiet]\"."),
    ("ban", "supports", "She said: \"[I was against the ban in May. I have changed my mind. "
                        "It works]\"."),
    # what it is aimed at
    ("det", "supports", "The minister said [the law was aimed at terrorists, not at ordinary "
                        "families]."),
    ("det", "refutes", "The union said [the powers would be aimed at peaceful protesters]."),
    # people cast as bad ones
    ("id", "refutes", "The campaign said [the cards would treat every law-abiding citizen as "
                      "a suspect]."),
    # "no question of" the policy being abused: it will not be
    ("det", "supports", "[There is no question of these powers being misused], the minister "
                        "said."),
    ("det", "refutes", "The lawyer said [there was every chance of the powers being abused]."),
    # a case grown stronger judges it; a trend of support does not
    ("id", "supports", "The minister said [the case for the cards had grown stronger]."),
    ("id", "neutral", "Pollsters said [support for the cards had grown]."),
    # committed to it
    ("id", "supports", "The spokesman said [ministers remained committed to the cards]."),
    ("id", "supports", "The spokesman said [the government was unapologetic about the cards]."),
    ("id", "refutes", "The councillor said [his group would call in the scheme]."),  # scrutiny
    ("id", "neutral", "The councillor said [the council had called in the police]."),
    # "the rule of law" is no reference to the measure
    ("det", "refutes", "The barristers said [the legislation would damage the rule of law]."),
    # a good adjective against a threat; an exposure still a fault
    ("det", "supports", "The minister said [the powers were lawful and proportionate given the "
                        "scale of the threat]."),
    ("det", "supports", "He said [the measures were proportionate to the danger]."),
    ("id", "refutes", "She said [the cards would be open to abuse]."),
    # what granted powers allow, done to people, or undone
    ("det", "refutes", "The charity said [the men should be charged or released]."),
    ("det", "supports", "The commissioner warned [releasing the suspects would put lives at "
                        "risk]."),
    ("det", "refutes", "The peer said [no minister should be able to lock people up without "
                       "trial]."),
    ("det", "neutral", "Officials said [the department would release the figures next week]."),
    ("det", "supports", "The MP said [voters would never forgive ministers if they released the "
                        "suspects]."),
    # left out of the policy's making: a complaint, with or without a name for it
    ("id", "refutes", "The council leader said [councillors had not been consulted]."),
    ("id", "refutes", "The residents said: \"[Nobody asked us.]\""),
    ("id", "refutes", "The union said [there had been no consultation at all]."),
    ("id", "neutral", "The minister said [he had been asked about the cards]."),
    ("id", "neutral", "The clerk said [there must be no vote before the summer]."),
    # a remedy for a bad thing; finding dangerous people is catching them
    ("ban", "supports", "The doctors said [the ban was a cure for the pollution of pubs]."),
    ("det", "supports", "The officer said [the powers help us find people who are a danger to "
                        "the public]."),
    # what is counted, and what is eased; an answer to a bad thing, however parsed
    ("ban", "supports", "Officials said [the ban would prevent around 20,000 cases of heart "
                        "disease]."),
    ("id", "supports", "The minister said [the cards would ease the burden on the police]."),
    ("ban", "supports", 'The doctor said [the law offered "the first real answer in years" to '
                        "pollution in pubs]."),
    # the people detention powers act on, judged (stance_harms.py via Proposition.restricted)
    ("det", "supports", "The minister said [the detainees were dangerous men]."),
    ("det", "refutes", "Their lawyer said [the detainees were innocent men]."),
    ("det", "neutral", "Officials said [the detainees had been moved to another prison]."),
    # a gerund as the doer of a banned activity; "no place in a civilised society"
    ("hunt", "supports", "The charity said [hunting with hounds caused needless suffering]."),
    ("hunt", "supports", "The MP said [hunting had no place in a civilised society]."),
    ("hunt", "supports", "The MP said [hunting had no place in modern Wales]."),
    ("id", "refutes", "The campaigner said [the cards would be a honeypot for fraudsters]."),
    ("ban", "supports", "The minister said [the ban was the most important health measure in "
                        "decades]."),
    # "they" who complain are people, not the policy
    ("ban", "neutral", 'The landlord said: "[They can complain about it all they like.]"'),
    # a reversal ruled out or wanted (stance_reversal.py)
    ("ban", "supports", "A minister said: \"[There will be no U-turn on this.]\""),
    ("ban", "supports", "The source said [there was no appetite for a climbdown]."),
    ("ban", "refutes", "The union said [ministers needed a rethink]."),
    ("ban", "neutral", "The clerk said [the U-turn was announced on Tuesday]."),
    # money taken from someone, or from a debt
    ("ban", "refutes", "The broadcasters said [the ban would remove 200 million pounds a year "
                       "from their revenues]."),
    ("ban", "supports", "The minister said [the ban would take £500m a year from the NHS "
                        "deficit]."),
    ("id", "supports", "The minister said [the cards would cut £30 a year from the cost of a "
                       "passport]."),
    # easier or harder, for whom (eval_frames.ease_for)
    ("id", "supports", "The minister said [the cards would make it harder for terrorists to "
                       "hide]."),
    ("id", "refutes", "The campaign said [the cards would make it easier for criminals to steal "
                      "identities]."),
    ("ban", "refutes", "The landlord said [the ban would make it harder for families to run a "
                       "pub]."),
    ("id", "supports", "The minister said [the cards would make it harder for illegal workers "
                       "to find jobs]."),  # the "for" and the act both on "harder"
    ("id", "supports", "The minister said [the law already covers identity fraud]."),
    ("id", "refutes", "The charity said [the cards would lock out older people]."),  # people
    # shut out of it, like those deterred or priced out
    # ending what is good to have whatever the lexicon says: a firm, an industry
    ("ban", "refutes", "The brewer said [the ban would end the family firm]."),
    ("ban", "refutes", "The brewer said [the ban would wipe out the industry]."),
    # a bad thing answered stays bad, whatever its adjective; a remedy's own fault still counts
    ("det", "supports", 'The minister said [the powers were "a necessary response to a grave '
                        'threat"].'),
    ("det", "refutes", "The lawyer said [the powers were the wrong answer to terrorism]."),
    # kept from the policy: "deterred from", "get the bill through", "a gold standard"
    ("id", "refutes", "The peer said [the government should be deterred from introducing the "
                      "cards]."),
    ("id", "supports", "The minister said [the government was determined to get the bill "
                       "through Parliament]."),
    ("id", "supports", 'The minister said [the cards would be "a gold standard" of identity].'),
    # a boon to several bad actors
    ("id", "refutes", "The expert said [the cards would be a boon for hackers and fraudsters]."),
]


@pytest.fixture(scope="module")
def props(nlp):
    return {key: parse_proposition(text, about, nlp)
            for key, (text, about) in PROPOSITIONS.items()}


@pytest.mark.parametrize(("key", "expected", "marked"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_contrasts_targets_and_casts(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, "say").stance == expected


def test_people_named_after_the_act_are_not_the_policy(nlp, props):
    """ "detain*" covers "detainees", but the evidence against them is not against the powers."""
    marked = ("The solicitor said [the detainees had been held for years without ever being "
              "told the evidence against them].")
    assert judge(nlp, props["det"], marked, "say").stance != "supports"
    assert judge(nlp, props["det"], "He said [the detention was unlawful].",
                 "say").stance == "refutes"  # the act itself is still the policy


def test_granted_powers_name_what_they_allow(props):
    det = props["det"]
    assert det.does(["lock_up"]) == 1 and det.does(["release"]) == -1
    assert det.does(["publish"]) == 0 and props["ban"].does(["release"]) == 0

"""Rules of the eighth 2026-12-03 session, on sentences written for these tests: whether a
measure is needed at all (stance_need.py: the law as it stands is enough, the problem only moves
elsewhere, "the fewer of them the better"); doing what a ban restricts, prescribed as allowed or
not (stance_permission.restricted_signals); a verb done to nothing is turned ("helps no one"),
and taking away a good thing is a harm (eval_verbs.py); "cannot accept" and "begged for" take a
side, "something like this" stands for the policy (evaluative.py, pronouns.py); "it is widely
accepted that ..." names nothing (pronouns.py); discussions are talks, talks "well advanced"
are under way, and talkers who are several talk to each other (proposition.py, talking.py);
things as they are, judged (stance_need.py); "vote against it" makes "it" the policy
(pronouns.py); good things that go are lost
(eval_verbs.py); a part taken in an alleged act and its synonyms restate it ("no involvement in
the coup", "bankrolled it": stance_events.transparent, act_verbs.ACT_SYNONYMS);
"part-privatised" and "should be legalised" parse as passives with nominals of their own
("privatisation", "legalisation": proposition.py, proposition_words.nominals_of); the case for
it (not) made (scope.case_verdict); questions raised, doing little to achieve an aim, and set
phrases (eval_verbs.py, valence.py); "it is the right thing to do" (pronouns.py); "it" acted
on in a condition is the policy, and a body's own acts ("it would buy homes", "would not express
a view") are the body's (pronouns.py); a view on the policy's merits is no judgement of them
(stance_eval.py); taking things off the shelves bans their sale, and winding up or closing down
an agency scraps it (evaluative.DIRECTIONS); "introduce it" makes "it" the policy it restates;
an account in the speaker's frame judged by the content ("dismissed the report as [pure
invention]": stance_accounts.py); the policy called a threat, and set aside for what is needed
instead ("Britain needs better policing, not ID cards": stance_opinions.py,
stance_preference.py); a cost to people is a harm, a price alone is not (eval_verbs.py)."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "knives": ("The sale of samurai swords should be banned.", ["samurai sword*", "swords"]),
    "smoke": ("Smoking should be banned in pubs and restaurants.", ["smoking ban", "smoking"]),
    "hunt": ("Hunting with dogs should be banned.", ["hunt*", "ban"]),
    "cards": ("The government should introduce identity cards.", ["ID card*", "identity card*"]),
    "dispersal": ("Police should be given powers to disperse groups of youths.",
                  ["dispersal order*", "dispersal powers"]),
    "agency": ("The Child Support Agency should be scrapped.", ["Child Support Agency", "CSA"]),
    "rates": ("The Bank of England should raise interest rates.", ["interest rates", "rates"]),
    "talks": ("Iran and the United States are holding talks.", ["talks", "Iran"]),
    "mail": ("The Royal Mail should be part-privatised.", ["Royal Mail"]),
    "runway": ("A third runway should be built at Heathrow.", ["third runway", "Heathrow"]),
    "coup": ("The businessman helped to finance the coup in the republic.", ["coup"]),
    "garrison": ("The Tarn garrison was destroyed in the valley.", ["Tarn garrison"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    # doing what a ban restricts, prescribed
    ("knives", "supports", "The coroner said [nobody should be able to buy a samurai sword "
                           "by mail order]."),
    ("knives", "supports", "The MP said [shops should not be allowed to sell these swords]."),
    ("knives", "supports", "She said [samurai swords should not be sold to the public]."),
    ("knives", "refutes", "The collector said [enthusiasts should be free to own samurai "
                          "swords]."),
    ("smoke", "refutes", "The landlord said [adults should be allowed to smoke in a bar]."),
    ("hunt", "refutes", "The farmer said [people should be able to hunt with hounds]."),
    ("knives", "neutral", "The trader said [he sold forty swords last year]."),
    # the law as it stands is enough, or not
    ("cards", "refutes", "The lawyer said [existing laws are perfectly adequate to deal with "
                         "identity fraud]."),
    ("dispersal", "refutes", "The campaigner said [police already have the powers they "
                             "need]."),
    ("knives", "refutes", "The dealer said [it is already illegal to carry a sword in "
                          "public]."),
    ("dispersal", "supports", "The chief constable said [the current powers are not "
                              "enough]."),
    ("agency", "neutral", "The minister said [the agency already has the powers to take money "
                          "from wages]."),
    # the problem only moves
    ("dispersal", "refutes", "The youth worker said [the gangs will simply move round the "
                             "corner]."),
    ("knives", "refutes", "The dealer said [anyone who wants a sword will just get one "
                          "somewhere else]."),
    ("smoke", "refutes", "The brewer said [smokers will simply go elsewhere]."),
    ("smoke", "refutes", "The brewer said the ban would [shift the problem to the car park]."),
    # how much of the banned thing is wanted
    ("knives", "supports", "The surgeon said [the fewer swords there are in circulation, the "
                           "better]."),
    ("knives", "refutes", "The collector said [the more swords in private hands the better]."),
    # a verb done to nothing; a good thing taken away
    ("agency", "refutes", "The charity said [abolishing the agency would help no one]."),
    ("agency", "refutes", "The MP said [scrapping the agency would solve nothing for "
                          "families]."),
    ("hunt", "refutes", "The huntsman said [the ban would wipe out a legitimate country "
                        "pursuit]."),
    # side-taking verbs and "something like this"
    ("cards", "refutes", "The peer said [she could not accept a scheme that treats every "
                         "citizen as a suspect]."),
    ("dispersal", "supports", "The resident said [we have been crying out for something like "
                              "this for years]."),
    ("dispersal", "supports", "The shopkeeper said [they begged for the powers]."),
    # set phrases
    ("agency", "supports", "The MP said [the agency is beyond repair]."),
    ("agency", "refutes", "The chief executive said [the agency is turning the corner]."),
    ("agency", "supports", "The report said [the agency is not fit for purpose]."),
    # a passive "it" before a clause names nothing
    ("rates", "neutral", "The economist said [it is widely accepted that house prices are "
                         "falling]."),
    # discussions are talks; talks well advanced are under way
    ("talks", "supports", "The newspaper said [negotiations are well advanced]."),
    ("talks", "neutral", "The envoy said [security and trade were discussed]."),
    ("talks", "supports", "The broadcaster said [the two sides are talking every day]."),
    ("talks", "supports", "The analyst said [of course they are talking]."),
    ("talks", "neutral", "The envoy said [he talked about the weather]."),
    # things as they are, judged
    ("mail", "supports", "The regulator said [doing nothing is not an option]."),
    ("mail", "supports", "The postmaster said [the status quo is killing the network]."),
    ("runway", "supports", "The airline said [standing still is the riskiest choice of all]."),
    ("mail", "supports", "The regulator said [the current system is failing customers]."),
    ("mail", "supports",  # people in their plight: failing them is no bad thing reduced
     "The regulator said [the status quo is failing housebound pensioners]."),
    ("mail", "refutes", "The union said [the present system works well for everyone]."),
    ("mail", "supports", 'The regulator said [the current system "no longer reflects" how '
                         'people send letters].'),
    # "against it"; good things lost
    ("runway", "refutes", "A backbencher said [we will vote against it]."),
    ("runway", "refutes", "The council said [if the runway goes ahead, hundreds of homes and "
                          "jobs will go]."),
    ("runway", "supports", "The chamber of commerce said [if the plans are rejected, the "
                           "investment will go to Paris]."),
    # a part taken in an alleged act, and its synonyms
    ("coup", "supports", "The prosecutor said [he had bankrolled the coup]."),
    ("coup", "supports", "The court heard [he played a central role in the coup]."),
    ("coup", "supports", "Investigators said [he had paid $200,000 towards the coup]."),
    ("garrison", "supports", "The curator said [the garrison was wiped out in the valley]."),
    ("garrison", "supports", "A historian said [the garrison was massacred]."),
    # the privatisation named by its nominal
    ("mail", "refutes", "The union said [privatisation would be a disaster for rural "
                        "customers]."),
    ("mail", "supports", "The minister said [the sell-off is the only way to save the "
                         "network]."),
    # the case made or not, doubts, little done, set phrases, support held
    ("cards", "refutes", "The peer said [the case for identity cards has not been made]."),
    ("cards", "supports", "The minister said [the case for the cards has now been made]."),
    ("cards", "refutes", "The watchdog said [the scheme raises serious questions about "
                         "privacy]."),
    ("cards", "refutes", "The MP said [the cards would do little to stop benefit fraud]."),
    ("cards", "refutes", "The MP said [the cards would do nothing to stop benefit fraud]."),
    ("cards", "refutes", "The campaigner said [the scheme is a solution in search of a "
                         "problem]."),
    ("cards", "refutes", "The campaigner said [ID cards go against everything this country "
                         "stands for]."),
    ("dispersal", "supports", "The chief constable said [it is the right thing to do]."),
    ("dispersal", "refutes", "The campaigner said [it is the wrong thing to do]."),
    # "it" in a condition; a body's own acts; a view withheld
    ("runway", "supports", "The MP said [if we turn it down, the investment will go to "
                           "Frankfurt]."),
    ("runway", "neutral", "The commission said [it would not express a view on the merits of "
                          "a third runway]."),
    ("runway", "neutral", "The airport operator said [it would buy homes at market value]."),
    # restatements: off the shelves, wound up, "close it"
    ("knives", "supports", "The MP said [taking them off the shelves is the right thing to "
                           "do]."),
    ("knives", "supports", "The surgeon said [the fewer of these things there are about, the "
                           "better]."),
    ("agency", "supports", "The MP said [the agency should be wound up]."),
    ("cards", "supports", "The minister said [we will introduce it next year]."),
    # a cost to people; set phrases
    ("cards", "refutes", "She said [the scheme would cost each family hundreds of pounds]."),
    ("cards", "neutral", "She said [each card would cost thirty pounds]."),
    ("cards", "refutes", "She said [the cards would create a database state]."),
    ("cards", "supports", "She said [the cards would give people peace of mind]."),
    # a threat; what is needed instead
    ("cards", "refutes", "The union said [the threat of identity cards must be resisted]."),
    ("cards", "refutes", "The union said [the spectre of ID cards hangs over every citizen]."),
    ("cards", "refutes", "The paper said [Britain needs better policing, not identity cards]."),
    ("cards", "refutes", "The paper said [what we need is more police on the streets, not ID "
                         "cards]."),
    ("agency", "supports", "The mother said [they should shut the agency down]."),
])
def test_eighth_session_rules(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected, found


def test_no_discussions_deny_talks(nlp, props):
    """ "discussions" name the talks; the claim's polarity (negative) agrees with the denial."""
    found = judge(nlp, props["talks"], "The ministry said [there have been no discussions "
                  "between Iran and the United States].", "say", polarity="negative")
    assert (found.stance, found.basis) == ("refutes", "restates the event, negated: 'have "
                                                      "been no discussions'"), found


def test_no_involvement_denies_the_act(nlp, props):
    found = judge(nlp, props["coup"], "His lawyer said [he had never had any involvement in the "
                  "coup].", "say", polarity="negative")
    assert found.stance == "refutes", found


def test_participle_propositions_parse_as_passives(nlp):
    props = parse_all(nlp, {"mail": ("The Royal Mail should be part-privatised.", []),
                            "drug": ("Cannabis should be legalised.", [])})
    assert props["mail"].predicate == "privatise"
    assert {"privatisation", "sell-off"} <= props["mail"].nominals
    assert props["drug"].predicate == "legalise"
    assert "legalisation" in props["drug"].nominals


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The embassy dismissed the report as [pure invention]."),
    ("supports", "An official described the story as [accurate]."),
    ("neutral", "The ministry welcomed the report as [a useful contribution]."),
])
def test_an_account_in_the_frame_judged_by_the_content(nlp, props, expected, marked):
    """The cue is the verb before the content ("dismissed", "described"), as extraction gives."""
    found = judge(nlp, props["talks"], marked, None)
    assert found.stance == expected, found

"""Rules of the ninth 2026-12-03 session on acts and amounts: an act on the policy named by a
noun and judged ("the cancellation of HS2 would be a disaster", "a U-turn would be costly",
"approval would be a betrayal": stance_doing.py, proposition_words.ACT_NOUNS), a gerund the
parser took for a modifier ("[scrapping] the bypass would be a mistake"), building is
introducing and cancelling undoes it (evaluative.DIRECTIONS), and less of a bad thing is good
("fewer deaths", "a fall in crime": valence.token_valence); better ways or no other way
(stance_preference.alternative_signals); a party or an industry "not (yet) convinced", "had
been persuaded" (stance_camps.attitude_signals, scope.negated_here); "an act of vandalism" is
no Act (claim_view); custom that goes over the border (stance_need); a content that is only a
quoted verdict (stance_labels.fragment_signals); what is there is full, or has room to spare,
under a policy that builds (stance_need.capacity_signals); the rumour mill's set phrases about an
event, and an account judged by the verb that frames "saying ..." (stance_accounts); the frame
of jobs and business for a project (frames.py); "hard to say it won't work", "hard to deny it
works" (negators.hard_to_credit), "think twice before building it" (negators.far_from_act);
"to be honest", "to be fair", how a thing is said, no judgement (valence._candour); "the
registration law" of a duty to register: the policy named by its act (word_forms.shares_stem).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "bypass": ("The Ledbury bypass should be built.", ["Ledbury bypass", "bypass"]),
    "levy": ("A levy on sugary drinks should be introduced.", ["sugar levy", "levy"]),
    "merger": ("The two building societies are holding merger talks.", ["merger talks"]),
    "tolls": ("The bridge tolls should be scrapped.", ["bridge tolls"]),
    "stables": ("Stables should be legally required to register their horses.", ["stables"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("bypass", "supports", "The councillor said [the cancellation of the bypass would be a "
                           "disaster]."),
    ("bypass", "supports", "The haulier said [cancellation would be a disaster for the town]."),
    ("bypass", "supports", "The chamber said [scrapping the bypass would be a mistake]."),
    ("bypass", "supports", "The union said [cancelling the scheme would cost hundreds of jobs]."),
    ("bypass", "refutes", "The campaigner said [approval would be a betrayal of the "
                          "villagers]."),
    ("bypass", "neutral", "The airline said [the cancellation of flights was a disaster]."),
    ("levy", "supports", "The doctors said [the levy would mean fewer deaths from diabetes]."),
    ("levy", "supports", "The minister said [the levy would bring a fall in obesity]."),
    ("levy", "refutes", "The bottlers said [the levy would mean fewer jobs in the factories]."),
    ("levy", "refutes", "The grocers said [the levy would bring more misery to poor "
                        "families]."),
    ("levy", "refutes", "The brewers said [there were better ways to tackle obesity]."),
    ("levy", "supports", "The surgeon said [there is no other way to cut sugar intake]."),
    ("levy", "refutes", "The federation said [there are cheaper alternatives]."),
    ("levy", "neutral", "The statistician said [there were better ways of counting sales than "
                        "the old survey]."),
    ("levy", "refutes", "The MSP said [her party was not yet convinced by the evidence]."),
    ("levy", "refutes", "The retailer said [the industry remained doubtful]."),
    ("levy", "supports", "The councillor said [he had been persuaded by the evidence from "
                         "Mexico]."),
    ("levy", "refutes", "The shopkeeper said [the levy would send shoppers over the border]."),
    ("bypass", "supports", "The mayor said [dropping the scheme would have been an act of "
                           "vandalism]."),
    ("bypass", "refutes", "The campaigners called it [a vanity project]."),
    ("bypass", "supports", "The mayor said [the scheme would put the town on the map]."),
    ("bypass", "refutes", "The farmer said it was [\"pointless and unworkable\"]."),
    ("bypass", "supports", "A reader wrote: \"[Honestly? Sounds sensible.]\""),  # a verdict with
    ("bypass", "neutral", "A reader wrote: \"[Sounds like the council.]\""),  # its subject left
    # out; no verdict in it
    ("bypass", "refutes", "The minister said: \"[Unaffordable, at a time when budgets are "
                          "falling].\""),  # a verb in a clause of its own, not the content's
    ("bypass", "neutral", "The haulier said: \"[Happy either way, as long as the road opens "
                          "on time].\""),  # a verdict left open
    ("bypass", "supports", "The chamber hailed [\"a landmark victory for common sense\"]."),
    ("tolls", "supports", "The drivers' club hailed [\"a landmark victory for drivers\"]."),  # a
    ("tolls", "refutes", "The operator said it was [\"a sad day for the county\"]."),  # removal
    # in the news is judged as itself, as any policy is (twenty-fourth session)
    ("bypass", "neutral", "The council said [\"the second consultation\"] would follow."),
    ("bypass", "supports", "The haulier called the climbdown \"[a betrayal of every honest "
                           "driver in the county]\"."),  # the act on it, and the label's own word
    ("bypass", "refutes", "The farmer called the climbdown [\"a relief\"]."),
    ("bypass", "supports", "The haulier said: \"[Honestly, the sooner the better].\""),
    ("bypass", "refutes", "The inspector said [the scheme should not go ahead until the flood "
                          "survey is finished]."),  # put off: against it for now
    ("bypass", "neutral", "The farmer said [if the survey fails, then the scheme should not go "
                          "ahead]."),  # a hypothetical
    ("bypass", "neutral", "The surveyor said: \"[It's mixed, honestly].\""),  # candour
    ("bypass", "supports", "The haulier said: \"[About time].\""),  # the act in the news
    ("bypass", "neutral", "The clerk said: \"[By applause, in ten minutes].\""),  # how
    ("bypass", "neutral", "The surveyor said [the prospect of the scheme would bring the "
                          "valuations forward]."),  # what is expected, no hope or fear
    ("bypass", "refutes", "The farmer said [the scheme, however designed, treats the symptom]."),
    ("bypass", "refutes", "The farmer said [it is hard to believe the bypass will work]."),
    ("bypass", "supports", "The haulier said [it is hard to believe anyone opposes the bypass]."),
    ("bypass", "supports", "The haulier said [it is hard to say the bypass won't work]."),
    ("bypass", "supports", "The haulier said [it is hard to deny the bypass will work]."),
    ("bypass", "refutes", "The farmer said [it is hard to argue the bypass will work]."),
    ("bypass", "neutral", "The clerk said [it is hard to say whether the bypass will work]."),
    ("stables", "refutes", "The owner said [the registration law was nonsense]."),  # named
    ("stables", "neutral", "The owner said [the bankruptcy law was nonsense]."),  # by its act
    ("bypass", "refutes", "The farmer said [the council should think twice before building "
                          "the bypass]."),  # warned off
    ("bypass", "refutes", "The farmer said [the bypass is a mistake, to be honest]."),  # how
    ("bypass", "refutes", "The farmer said [the bypass is a mess, to be fair]."),  # it is said
    ("levy", "refutes", "The grocer said [levies like this have failed everywhere]."),  # a record
    ("levy", "supports", "The dentist said [the levy has succeeded in Mexico]."),
    ("levy", "neutral", "The grocer said [the council's bid for the levy money failed]."),
    ("levy", "supports", "The dentists said [they would throw their weight behind the levy]."),
    ("levy", "supports", "The dentists said [they had always stood behind the levy]."),
    ("levy", "refutes", "The grocers said [they would not get behind the levy]."),
    ("levy", "neutral", "The grocers said [the levy was behind schedule]."),
    ("bypass", "refutes", "The farmer said [the scheme needed a proper flood survey before it "
                          "started]."),  # what it lacks
    ("bypass", "supports", "The mayor said [the scheme needed time to work]."),
    ("bypass", "refutes", "The estate agent said [the scheme would drive buyers away]."),
    ("bypass", "refutes", "The campaigners called the traffic forecasts [\"wildly "
                          "optimistic\"]."),  # an excess is a fault
    ("bypass", "refutes", "The trust said [the scheme \"flies in the face\" of the county's own "
                          "climate targets]."),
    ("bypass", "neutral", "The coalition wants [better buses, training for drivers of powerful "
                          "lorries and proper funding for wardens]."),  # no verdict on anything
    ("bypass", "refutes", "The farmer called it [\"not good value at all\"] in a letter."),
    ("bypass", "supports", "The haulier said [the old road was full by seven every morning]."),
    ("bypass", "supports", "The council said [the route was operating at capacity]."),
    ("bypass", "refutes", "The campaigners said [there was spare capacity on the old road]."),
    ("bypass", "refutes", "The economist said [the existing route is not congested]."),
    ("bypass", "neutral", "The vicar said [the church was full for the harvest festival]."),
    ("levy", "neutral", "The grocer said [the shelves were full of sugary drinks]."),
    # jobs and business are a project's backers' words (frames.py), "the job" is a task
    ("bypass", "supports", "The chamber said [for them it was about jobs and business]."),
    ("levy", "refutes", "The bottlers said [for them it was about jobs and business]."),
    ("bypass", "neutral", "The contractor said [the firm was getting on with the job]."),
    ("levy", "refutes", "The grocer said [it was not the job of government to tell adults "
                        "what they can drink]."),
    ("merger", "refutes", "The chairman said [there was \"nothing going on\" between them]."),
    ("merger", "refutes", "A spokeswoman said [it was idle speculation]."),
    ("merger", "supports", "An analyst said [the merger was a done deal]."),
    ("merger", "supports", "A rival said [it was the worst-kept secret in the City]."),
    ("merger", "neutral", "The chairman said [the results were nothing to worry about]."),
    ("merger", "supports", "The broker said [the reports were not idle speculation]."),
    ("merger", "refutes", "The society said [there was no truth in the reports]."),
    ("merger", "neutral", "The broker said [it might be a done deal]."),
    # the account judged by the verb that frames "saying ..." (stance_accounts._framed)
    ("merger", "refutes", "The society dismissed the reports, saying [they were a fantasy]."),
    ("merger", "refutes", "The chairman rejected the claims, saying [they were untrue]."),
    ("merger", "supports", "The regulator confirmed the reports, saying [they were accurate]."),
    ("merger", "neutral", "The society read out the reports, saying [they would be studied]."),
    # the thing a removal takes away, gone or kept ("it" of "should go": pronouns._goes_or_stays)
    ("tolls", "supports", "The haulier said [they are unfair, and they should go]."),
    ("tolls", "supports", "The haulier said [it has to go]."),
    ("tolls", "refutes", "The operator said [they must stay]."),
    ("tolls", "neutral", "The operator said [it will go to the council in May]."),
])
def test_act_and_amount_stance(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected

"""Rules of the third 2026-12-02 session, on sentences written for these tests: rhetorical
questions beyond "why should" ("Where is the evidence that ...?", "Will it really ...?", "How
can ...?", "What kind of ...?", and reported ones: "asked where the evidence was"), verbs that
make more of their object (eval_verbs: "fuel resentment"), gifts judged by who gets them, the
coming of a policy standing for it ("the spread of casinos"), set phrases in the plural
("police states"), an accusation of ignoring warnings (pressing on, not falling short), the
"it" of "make it harder for X to ...", an act not done ("failed to offer"), "for good" (no
praise), the harm of a banned thing judged ("no safe level of exposure", "exaggerated"), and the
speaker's own side taken on a condition ("would back the bill if ..."), what a camp says,
judged ("the critics' figures were scaremongering"), the policy failing ("if the bill
fell, ..."), "we are going to" as a promise, and an answering "Absolutely not -"."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "id": ("The government should introduce identity cards.", ["ID card*", "identity card*"]),
    "det": ("The Home Secretary should be given powers to detain terror suspects without "
            "trial.", ["detention", "detain*", "control order*"]),
    "casino": ("The government should allow a new generation of large casinos.",
               ["casino*", "super-casino*"]),
    "hate": ("It should be a crime to incite religious hatred.", ["religious hatred"]),
    "hours": ("Pubs should be allowed to stay open for 24 hours.", ["licensing", "opening hours"]),
    "ban": ("Smoking should be banned in pubs and restaurants.", ["smoking ban", "ban"]),
}

CASES = [
    # rhetorical questions deny what they ask
    ("id", "ask", "refutes", '"[Where is the proof that identity cards will catch terrorists?]" '
                             "the MP asked."),
    ("id", "ask", "refutes", "The peer asked [where the evidence was that ID cards would cut "
                             "fraud]."),
    ("id", "ask", "refutes", '"[Does anyone really believe identity cards will stop '
                             'terrorism?]" she asked.'),
    ("det", "ask", "supports", '"[How can we keep the public safe without these powers?]" the '
                               "minister asked."),
    ("det", "ask", "refutes", '"[What sort of country locks up suspects indefinitely without '
                              'trial?]" he asked.'),
    ("id", "ask", "neutral", "The MP asked [how much the first cards would cost]."),
    ("id", "ask", "neutral", "The MP asked [when the cards would be introduced]."),
    ("id", "ask", "neutral", "The MP asked [whether the cards would be compulsory]."),
    # making more of something takes its value
    ("casino", "say", "refutes", "The charity said [large casinos would increase crime]."),
    ("id", "say", "refutes", "The group said [the cards would fuel resentment among young "
                             "people]."),
    ("id", "say", "supports", "The minister said [the cards would boost confidence in the "
                              "immigration system]."),
    ("det", "say", "refutes", "The imam said [the powers would worsen the alienation of young "
                              "Muslims]."),
    ("det", "say", "supports", "The minister said [the powers would reduce the danger]."),
    # a gift is judged by who gets it
    ("hate", "say", "refutes", "The author said [the law would give extremists a stick to "
                               "beat their critics with]."),
    ("hate", "say", "refutes", "The author said [the law would hand a weapon to fanatics]."),
    ("id", "say", "refutes", "The expert said [the scheme would be a honeypot for fraudsters]."),
    # the coming of the policy stands for it
    ("casino", "say", "refutes", "The bishops said [the arrival of super-casinos would bring "
                                 "misery to poor families]."),
    ("id", "say", "supports", "The police said [the introduction of identity cards would help "
                              "fight fraud]."),
    # set phrases, also in the plural
    ("hate", "say", "refutes", "The comedian said [the law would have a chilling effect on "
                               "satire]."),
    ("det", "say", "refutes", "The rebel said [holding people without trial was the mark of "
                              "police states]."),
    # "make it harder for X to ...": the "it" is the act, not the policy
    ("id", "say", "supports", "The chief constable said [the cards would make it much harder "
                              "for fraudsters and terrorists to hide]."),
    ("id", "say", "refutes", "The charity said [the cards would make it harder for the "
                             "homeless to claim benefits]."),
    ("id", "say", "supports", "The minister said [the scheme was sound and officials must now "
                              "make it work]."),
    # an act not done
    ("id", "say", "supports", "The minister said [opponents of the bill had failed to suggest "
                              "anything that would protect the public as well]."),
    ("det", "say", "refutes", "The lawyer said [control orders had failed to stop a single "
                              "terrorist]."),
    # "for good" is for ever
    ("ban", "say", "refutes", "The brewers said [the ban would make rural pubs shut their doors "
                              "for good]."),
    # the harm of the banned thing, judged
    ("ban", "say", "supports", "The doctors said [there was no safe level of exposure to "
                               "cigarette smoke]."),
    ("ban", "say", "refutes", "The smokers' group said [the risks of passive smoking were "
                              "wildly overstated]."),
    ("ban", "say", "supports", "The doctors said [the dangers of second-hand smoke had not been "
                               "exaggerated]."),
    ("ban", "say", "refutes", "The smokers' group said [campaigners had exaggerated the harm of "
                              "passive smoking]."),
    ("ban", "say", "neutral", "The council said [inspectors would measure the level of smoke in "
                              "bars]."),
    # a side taken on a condition is still a side; a condition on others' acts is not
    ("det", "say", "supports", "The MP said [she would back the powers if a judge reviewed "
                               "every case]."),
    ("id", "say", "refutes", "The peer said [he would oppose the cards unless they stayed "
                             "voluntary]."),
    ("id", "say", "neutral", "The peer said [ministers would drop the cards if the costs "
                             "rose]."),
    ("id", "say", "neutral", "The peer said [she would decide how to vote once she had read "
                             "the bill]."),
    # what a camp says, judged
    ("id", "say", "supports", "The minister said [the opponents' claims were nonsense]."),
    ("id", "say", "refutes", "The campaign said [the backers' figures were misleading]."),
    # the policy failing, and what follows
    ("det", "say", "supports", "The police chief warned [there would be a shortfall in "
                               "protection if the bill fell]."),
    ("id", "say", "supports", "The minister said [fraud would cost billions if the scheme "
                              "failed]."),
    # "going to" promises; an answering "no" negates nothing after its dash
    ("id", "say", "supports", "She said [we are going to see the scheme through]."),
    ("id", "say", "refutes", "She said [we are not going to see the scheme through]."),
    ("id", "say", "supports", '"[No - we are going to see this scheme through]," she said.'),
    ("id", "say", "neutral", "She said [the Lords are going to debate the scheme]."),
]


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "cue", "expected", "marked"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_questions_increases_and_gifts(nlp, props, key, cue, expected, marked):
    assert judge(nlp, props[key], marked, cue).stance == expected


@pytest.mark.parametrize(("key", "marked", "expected"), [
    ("hours", "The Tories accused ministers of [ignoring the warnings of doctors and the "
              "police].", "refutes"),  # pressing on regardless of warnings: too much of it
    ("det", "The Tories accused ministers of [ignoring the terrorist threat].",
     "supports"),  # doing too little of it: the accuser wants more
])
def test_accused_of_ignoring_warnings_is_pressing_on(nlp, props, key, marked, expected):
    assert judge(nlp, props[key], marked, "accuse").stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "Lou wrote: [AIBU to think smoking should be banned in pubs?]"),
    ("refutes", "Lou wrote: [AIBU to think the smoking ban should just be scrapped?]"),
    ("refutes", "Lou wrote: [Am I wrong to think the smoking ban is a disgrace?]"),
    ("neutral", "Lou wrote: [Should smoking be banned in pubs?]"),
])
def test_a_question_asking_others_to_agree_holds_the_askers_view(nlp, props, expected, marked):
    """ "AIBU to think X?", "Am I wrong to think X?" (forty-third session): the asker's view is
    X; a plain question takes no side."""
    assert judge(nlp, props["ban"], marked, cue="say", polarity="").stance == expected

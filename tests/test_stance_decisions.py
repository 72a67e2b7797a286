"""A decision takes the side of what it decided: the article's title and lead say which way it
went ("the council rejected the tram plans"), and its claims' "the decision", "the vote", "the
ruling" take that way ("the decision was a victory for residents" is against the tram). A
decision the article does not say the way of keeps the policy's sign. Also a bare gerund
after a verb is what the verb acts on ("should halt [fracking]"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from pipeline.trail.decision_nouns import definite_decision
from pipeline.trail.decisions import decided_sign, needs_opening
from pipeline.trail.stance import ClaimText, claim_stance, stances
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "tram": ("A tram line should be built in Exeter.", ["tram line", "tram", "Exeter tram"]),
    "dig": ("Quarrying should be allowed in England.", ["quarrying", "quarry", "Stonecorp"]),
    "cup": ("A levy on takeaway cups should be introduced.", ["cup levy", "latte levy"]),
    "toll": ("The Marlow bridge toll should be scrapped.", ["bridge toll", "toll"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "opening"), [
    ("tram", -1, "Exeter councillors rejected the tram line plans by 31 votes to 12."),
    ("tram", 1, "Ministers approved the Exeter tram line on Tuesday."),
    ("tram", -1, "The city council has scrapped the tram line after costs doubled."),
    ("dig", -1, "The minister halted quarrying on Harrow Down with immediate effect."),
    ("dig", -1, "Planners refused Stonecorp's application to dig near Hawkridge."),
    ("dig", -1, "The government announced a moratorium on quarrying in the downs."),
    ("cup", 1, "The Chancellor announced a cup levy of 25p in the Budget."),
    ("cup", -1, "The Treasury has dropped plans for a latte levy."),
    # a challenge to the policy, dismissed or upheld (parsed on the noun or on the verb)
    ("tram", 1, "The High Court dismissed the residents' challenge to the tram line."),
    ("tram", 1, "Judges dismissed the challenge brought by residents to the Exeter tram line."),
    ("tram", -1, "The court upheld the challenge to the tram line."),
    ("cup", 1, "The Supreme Court dismissed the Cafe Guild's appeal against the latte levy."),
    # a request for the policy, refused or granted; made, it is only asked for
    ("tram", -1, "The minister refused the council's request for a tram line."),
    ("tram", -1, "The minister's letter refusing the council's request for a tram line was "
                 "published on Friday."),
    ("tram", 0, "The council made a request for a tram line."),
    # done together with others: "joined X to throw out" reports it thrown out
    ("tram", -1, "Twelve Liberal councillors joined the Greens to throw out the tram line plans."),
    ("tram", 0, "Twelve councillors are expected to join the Greens to throw out the tram line."),
    # neither asserted nor reported done: a call, a hedge, a question, a reaction
    ("dig", 0, "Campaigners called on ministers to halt quarrying on the down."),
    ("tram", 0, "The council may scrap the tram line."),
    ("dig", 0, "Has the government really banned quarrying?"),
    ("cup", 0, "Coffee chains welcomed the cup levy."),
    ("tram", 0, "Exeter tram line: a guide to the route and the stops"),
    # both ways at once: no way to tell
    ("tram", 0, "Councillors rejected the tram line. Ministers then approved the tram line."),
    # a headline's passive, the policy going ahead, its own act done to what it acts on
    ("tram", -1, "Exeter tram line scrapped after costs double"),
    ("tram", -1, "Ministers have parked the Exeter tram line."),
    ("cup", 1, "Latte levy goes ahead despite coffee chains' protests"),
    ("cup", 1, "The cup levy comes into force today."),
    ("dig", -1, "Ministers have banned quarrying on the downs."),
    ("dig", 0, "Ministers may ban quarrying on the downs."),
    # a removal proposed: its own act done is the policy brought about, the thing kept its refusal
    ("toll", 1, "The council has scrapped the Marlow bridge toll."),
    ("toll", -1, "Councillors voted to keep the bridge toll."),
    ("toll", 0, "Campaigners called on the council to scrap the bridge toll."),
    # a part counted of the whole stands for it: "all 46 of the tolls"
    ("dig", -1, "Most of the quarrying on the downs was halted on Monday."),
    ("tram", -1, "All 12 of the city's tram line plans have been scrapped."),
])
def test_the_way_an_opening_says_a_decision_went(nlp, props, key, expected, opening):
    assert decided_sign(props[key], opening, nlp) == expected


def test_an_event_proposition_has_no_decided_way(nlp):
    talks = parse_all(nlp, {"t": ("The two firms are holding merger talks.", ["merger talks"])})
    assert decided_sign(talks["t"], "The board rejected the merger talks.", nlp) == 0


@pytest.mark.parametrize(("decided", "expected", "marked"), [
    (-1, "refutes", 'She said [the decision was "a huge victory for the residents"].'),
    (1, "supports", 'She said [the decision was "a huge victory for the residents"].'),
    (-1, "supports", "He said [the vote was a blow to the city's economy]."),
    (-1, "supports", "The firm said [it was disappointed by the ruling]."),
    (-1, "refutes", "Residents said [the decision was right]."),
    (-1, "refutes", "They said [the tram line was the wrong decision]."),  # renames the tram
    (1, "refutes", "The parish council said [it was deeply disappointed]."),  # a bare feeling
    (-1, "supports", "The parish council said [it was deeply disappointed]."),  # is about the
    (1, "supports", "The chamber of commerce said [we are delighted]."),  # decision reported
    (-1, "neutral", "The chamber of commerce said [we are delighted to host the meeting]."),
    (-1, "refutes", "Traders said [the council had finally seen sense]."),
    (1, "neutral", "Traders said [the council had seen the plans]."),
    (1, "neutral", "Traders said [we see the plans every week]."),
    (-1, "supports", 'She said [she was "sickened" by the vote].'),  # feelings beyond the list
    (1, "refutes", 'The club said [it was "gutted"].'),
    # a verdict on nothing named ("this", "it") is on the decision reported, and only then
    (-1, "refutes", 'He said: "[This is a victory for common sense]."'),
    (1, "supports", 'He said: "[This is a victory for common sense]."'),
    (0, "supports", 'He said: "[This is a victory for common sense]."'),  # the tram itself
    (1, "supports", 'He said: "[About time. I have waited at that stop for years]."'),  # opens
])
def test_a_decision_takes_the_way_it_went(nlp, props, decided, expected, marked):
    start, end = marked.index("["), marked.index("]") - 1
    doc = nlp(marked.replace("[", "").replace("]", ""))
    cue = [t.lemma_ for t in doc if t.idx < start and t.pos_ == "VERB"][-1]
    found = claim_stance(props["tram"], sentence=doc[:], content_start=start, content_end=end,
                         cue=cue, polarity="positive", decided=decided)
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "sentence"), [
    (True, "This is a victory for common sense."),
    (True, "This is outrageous."),
    (False, "That is a disgrace."),  # "that": the words just said
    (False, "This is a fair point."),  # what was said, not the news
    (False, "This tram is a disgrace."),
])
def test_the_this_of_a_verdict_is_the_decision_reported(nlp, expected, sentence):
    doc = nlp(sentence)
    assert definite_decision(doc[0]) is expected


def test_a_decision_of_unknown_way_keeps_the_policy_sign(nlp, props):
    found = judge(nlp, props["tram"], "She said [the decision was a victory for residents].", None)
    assert found.stance == "supports"


def test_a_decision_with_its_own_clause_is_read_there(nlp, props):
    marked = "He said [the decision to scrap the tram line was a disgrace]."
    start, end = marked.index("["), marked.index("]") - 1
    doc = nlp(marked.replace("[", "").replace("]", ""))
    found = claim_stance(props["tram"], sentence=doc[:], content_start=start, content_end=end,
                         cue="say", polarity="positive", decided=1)
    assert found.stance == "supports", found.basis


@pytest.mark.parametrize(("marked", "expected"), [
    ("He said [the decision to hold rates was correct].", "refutes"),
    ("He said [the decision to leave rates unchanged was right].", "refutes"),
    ("He said [the decision to raise rates was a mistake].", "refutes"),
])
def test_a_decision_on_a_participant_takes_its_clause_way(nlp, marked, expected):
    """ "The decision to hold rates": its clause acts on the rates of "should raise rates",
    the other way, though no word of it names the rise."""
    prop = parse_all(nlp, {"rates": ("The Bank of England should raise interest rates.",
                                     ["interest rates"])})["rates"]
    assert judge(nlp, prop, marked, None).stance == expected


_OPENINGS = ("Councillors rejected the tram line plans.",
             "Ministers approved the Exeter tram line.", "")


@pytest.mark.parametrize(("sentence", "content", "expected"), [
    ('Residents said the decision was "a huge victory for the city".',
     'the decision was "a huge victory for the city"', ["refutes", "supports", "supports"]),
    ('Campaigners called the result "a victory for common sense".',
     "a victory for common sense", ["refutes", "supports", "supports"]),  # the vote's result
    # a bare verdict, with no word for what it judges: the act the opening reports, else the
    # policy
    ('Residents called the news "a shameful betrayal of the city".',
     "a shameful betrayal of the city", ["supports", "refutes", "refutes"]),
])
def test_stances_read_the_opening_of_each_claims_article(nlp, props, sentence, content,
                                                        expected):
    rows = [ClaimText(content, sentence, "say", "positive", "Residents", opening)
            for opening in _OPENINGS]
    assert [s.stance for s in stances(props["tram"], rows, nlp)] == expected


@pytest.mark.parametrize(("expected", "marked"), [
    (True, "Residents said [the vote was a disgrace]."),  # a decision named
    (True, 'Residents called it ["a shameful betrayal of the city"].'),  # a bare verdict
    (False, "Residents said [the tram would cost too much]."),
    (True, "Residents said [this was a disgrace]."),  # a verdict on "this", with "be" only
    (True, "The club said [it was disappointed]."),  # a feeling
    (True, 'He said: "[About time. I have waited at that stop for years]."'),  # first sentence
    (False, "Residents said [it was the tram that would cost too much]."),
])
def test_an_opening_is_parsed_only_for_claims_that_can_use_it(nlp, expected, marked):
    start, end = marked.index("["), marked.index("]") - 1
    doc = nlp(marked.replace("[", "").replace("]", ""))
    assert needs_opening(doc, start, end) is expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The mayor said [the refusal was a disgrace]."),  # refusing it, judged
    ("refutes", "The minister said [a veto would be entirely justified]."),
    # what is fought is the election; the tram line is only what it is fought as
    ("neutral", "She said [her party would fight the May election as a referendum on the "
                "tram line]."),
    ("neutral", 'The leader said [the 2019 result "must be respected"].'),  # another vote's
])
def test_refusing_the_policy_named_by_a_noun(nlp, props, expected, marked):
    assert judge(nlp, props["tram"], marked, None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "Campaigners said [ministers should halt quarrying now]."),
    ("refutes", "She said [we must stop quarrying on the down]."),
    ("supports", "He said [the council should allow quarrying to resume]."),
])
def test_a_gerund_after_a_verb_is_its_object(nlp, props, expected, marked):
    assert judge(nlp, props["dig"], marked, None).stance == expected

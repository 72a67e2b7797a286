"""An alleged misdeed as an event (the misdeed nouns and verb families of proposition.py, the
accused and what was done judged in trail/stance_guilt.py, evidence in evidence.py, verdicts on
the charge in stance_verdicts.py), on sentences written for these tests about invented
allegations."""

from __future__ import annotations

import pytest

from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge, read_polarity

EXPENSES = ("Councillors in Leeds fiddled their expenses claims.", ["expenses", "allegations"])
TALKS = ("Iran and the United States are holding talks.", ["talks"])


@pytest.fixture(scope="module")
def expenses(nlp):
    return parse_proposition(*EXPENSES, nlp)


def test_a_misdeed_is_named_by_the_nouns_of_wrongdoing(expenses):
    assert expenses.kind == "event" and {"fraud", "wrongdoing", "corruption"} <= expenses.target
    assert "councillor" in expenses.args


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The auditor said [there had been widespread fraud]."),
    ("refutes", "The councillors denied [any wrongdoing]."),
    ("supports", "The auditor said [he had found evidence of fraud]."),
    ("refutes", "The auditor said [he had found no evidence of fraud]."),
    ("refutes", "The auditor said [there was no evidence of fraud]."),
    ("supports", "The auditor said [the documents showed clear evidence of fraud]."),
    ("supports", "The auditor said [the evidence of fraud was overwhelming]."),
    ("refutes", "The auditor said [the evidence of fraud was flimsy]."),
    ("neutral", "The auditor said [they were looking for evidence of fraud]."),
    ("supports", "The judge ruled [the councillors were guilty of fraud]."),
    ("refutes", "The councillors said [the inquiry had cleared them of any wrongdoing]."),
    ("refutes", "A spokesman said [the councillors had done nothing wrong]."),
    ("refutes", "The councillor said [he had not done anything wrong]."),
    ("refutes", "The councillors said [they were innocent]."),
    ("refutes", "The councillor said [he was completely innocent of all the charges]."),
    ("supports", "The auditor said [the councillors were corrupt]."),
    ("neutral", "The auditor said [the system was corrupt]."),  # not the accused
    ("neutral", "The police said [they were investigating allegations of fraud]."),
    ("refutes", "Their party said [the audit had completely vindicated the councillors]."),
    ("supports", "The prosecutor said [the jury had convicted the councillors]."),
    ("neutral", "The judge said [the ruling cleared the way for an appeal]."),  # no one accused
    ("supports", "The auditor said [the councillors had falsified their expenses claims]."),
])
def test_what_is_said_of_the_misdeed_and_the_accused(nlp, expenses, expected, marked):
    polarity = "negative" if any(w in marked for w in (" no ", "not", "nothing", "denied")) \
        else "positive"
    cue = "deny" if "denied" in marked else "rule" if "ruled" in marked else "say"
    found = judge(nlp, expenses, marked, cue, polarity)
    assert found.stance == expected, found


def test_exaggerating_is_a_misdeed(nlp):
    claim = parse_proposition("The ministry exaggerated the cost of the old scheme in its 2003 "
                              "report.", ["report"], nlp)
    assert "exaggeration" in claim.target
    found = judge(nlp, claim, "An official said [the ministry had done nothing wrong].", "say",
                  "negative")
    assert found.stance == "refutes", found


def test_what_the_misdeed_was_done_to_judged(nlp):
    fixing = parse_proposition("Three players fixed the match against Leeds.", ["match"], nlp)
    found = judge(nlp, fixing, "The referee said [the match was played fairly].", "say")
    assert found.stance == "refutes", found
    found = judge(nlp, fixing, "The player said [he had never fiddled a match].", "say",
                  "negative")
    assert found.stance == "refutes", found  # a verb of the same family restates it


def test_evidence_of_any_event_counts(nlp):
    talks = parse_proposition(*TALKS, nlp)
    found = judge(nlp, talks, "The minister said [there was no evidence of talks].", "say",
                  "negative")
    assert found.stance == "refutes", found
    found = judge(nlp, talks, "Analysts said [the innocent bystanders were the Iranians].",
                  "say")
    assert found.stance == "neutral", found  # guilt is read for misdeeds only


# An allegation that names no wrongdoing: a past act laid at a named person's or body's door.
PERMIT = ("The mayor's office rushed through a planning permit for his brother's hotel.",
          ["permit", "hotel"])


@pytest.fixture(scope="module")
def permit(nlp):
    return parse_proposition(*PERMIT, nlp)


def test_a_past_act_of_someone_named_is_an_allegation(nlp, permit):
    assert permit.kind == "event" and permit.alleged
    assert "mayor" in permit.args  # the owner of the office takes part
    assert not parse_proposition(*TALKS, nlp).alleged  # present and ongoing: no one accused
    assert not parse_proposition("The new bridge opened in May.", [], nlp).alleged


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", "The mayor said [he had done nothing wrong]."),
    ("refutes", "His deputy said [the mayor had acted with complete integrity]."),
    ("refutes", "His deputy said [the mayor had acted properly throughout]."),
    ("supports", "The auditor said [the mayor had acted improperly]."),
    ("refutes", "His deputy said [the mayor had not acted improperly]."),
    ("supports", "The auditor said [the mayor had not acted properly]."),
    ("refutes", "His lawyer said [the review had cleared his client of any wrongdoing]."),
    ("refutes", "A councillor said [the mayor had \"done nothing wrong\"]."),  # the role named
    ("refutes", "The mayor said [the allegations were a politically motivated witch-hunt]."),
    ("refutes", "The mayor said [the claims were a smear]."),
    # what the act was done to, judged, is no verdict unless the act is a misdeed
    ("neutral", "The planning officer said [the permit was a routine one]."),
])
def test_the_accused_judged_in_any_allegation(nlp, permit, expected, marked):
    found = judge(nlp, permit, marked, "say", "negative" if "nothing" in marked else "positive")
    assert found.stance == expected, found


def test_a_hyphenated_verb_is_one_predicate(nlp):
    visa = parse_proposition("The minister's office fast-tracked a visa for his friend.",
                             ["visa"], nlp)
    assert visa.predicate == "fast-track"
    found = judge(nlp, visa, "The minister said [he had never sought to fast-track the visa].",
                  "say", "negative")
    assert found.stance == "refutes", found


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", 'The chief executive said: "[We have totally screwed up.]"'),
    ("supports", "A director said [the company had broken the trust of its customers]."),
    ("supports", "The firm said [it apologised unreservedly to its customers]."),
    ("refutes", "The firm said [its engines met every legal limit]."),
    ("refutes", "The company said [it had complied with all the regulations]."),
    ("refutes", "The chief executive said [we have nothing to hide]."),
    ("supports", "A regulator said [the company clearly had something to hide]."),
    ("neutral", "An analyst said [the rival firm had nothing to hide]."),  # not the accused
    ("neutral", "The company said [it would comply with the investigation]."),
    ("neutral", "An analyst said [the rival firm had broken the trust of its customers]."),
    ("refutes", "The firm said [it looked forward to clearing its name]."),
    ("refutes", "Its fans said [the tribunal's ruling had cleared the company]."),
    ("neutral", "An analyst said [the tribunal had cleared the rival firm]."),
])
def test_the_accused_owning_up_or_keeping_the_rules(nlp, expected, marked):
    """Admissions by the accused ("screwed up", "broke the trust", an apology) support an
    alleged misdeed; keeping the rules ("met every legal limit", "complied with the
    regulations") refutes it; complying with an inquiry is no defence."""
    cheating = parse_proposition("Kestrel Motors cheated on diesel emissions tests.",
                                 ["Kestrel", "emissions"], nlp)
    assert judge(nlp, cheating, marked, cue=None).stance == expected


DOPING = ("Dana Kerrow used performance-enhancing drugs.", ["Kerrow", "doping", "EPO"])


@pytest.fixture(scope="module")
def doping(nlp):
    return parse_proposition(*DOPING, nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "A team-mate said [he saw Kerrow inject EPO]."),
    ("supports", "Her coach said [Kerrow had admitted doping]."),
    ("refutes", "Her agent said [she had always denied doping]."),
    ("refutes", "Kerrow said [she raced clean]."),
    ("refutes", "Her lawyer said [she was clean]."),
    ("supports", "The rider said [he did not believe Kerrow was clean]."),
    ("refutes", "Her agent said [she had never failed a drugs test]."),
    ("refutes", "Her agent said [Kerrow had passed every test]."),
    ("supports", "The tester said [Kerrow had failed a test in 2009]."),
    ("refutes", "Her lawyer said [the allegations were rumours]."),
    ("supports", "The report said [there was a culture of doping in the team]."),
])
def test_doping_named_taken_denied_and_tested(nlp, doping, expected, marked):
    found = judge(nlp, doping, marked, None)
    assert found.stance == expected, found.basis


def test_taking_the_drugs_restates_using_them(nlp, doping):
    found = judge(nlp, doping, "Kerrow said [she had never taken drugs].", None, "negative")
    assert (found.stance, found.basis) == (
        "refutes", "restates the event, negated: 'had never taken'")


def test_a_statement_after_a_question_is_read_without_the_questions_polarity(nlp, doping):
    marked = "Kerrow said: [How many times do I have to say it? I have never taken a banned drug.]"
    found = judge(nlp, doping, marked, None, "positive")  # upstream read the question too
    assert found.stance == "refutes", found.basis


@pytest.fixture(scope="module")
def fraudulent(nlp):
    return parse_proposition("Dr Ilse Varga's 2009 trial of the Ostrova drug was fraudulent.",
                             ["Varga", "Ostrova trial"], nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The journal called the trial [a deliberate fraud]."),
    ("refutes", "Her colleagues said [the trial was not a fraud]."),
    ("supports", "The regulator said [the trial was fraudulent]."),
    ("supports", "The inspector said [data in the trial had been falsified]."),
    ("refutes", "Her lawyer said [Dr Varga has never falsified anything]."),
    ("refutes", "A patient said: \"[I will never believe she made anything up.]\""),
    ("supports", "The panel said [there had been widespread misconduct]."),
])
def test_a_quality_that_is_a_misdeed_is_named_and_restated_as_one(nlp, fraudulent, expected,
                                                                  marked):
    found = judge(nlp, fraudulent, marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


@pytest.fixture(scope="module")
def rigged(nlp):
    return parse_proposition("Marlow Motors used software to cheat fuel economy tests.",
                             ["Marlow", "economy tests"], nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "A dealer wrote: [Marlow cheated and everybody knew it]."),
    ("refutes", "The owner said [she doubts Marlow ever meant to cheat anybody]."),
    ("supports", "The regulator said [there had been deliberate fraud]."),
])
def test_the_purpose_an_instrument_was_used_for_is_the_misdeed(nlp, rigged, expected, marked):
    """ "used software to cheat the economy tests": the cheating is the misdeed alleged."""
    assert "cheat" in rigged.event_verbs and "fraud" in rigged.target
    found = judge(nlp, rigged, marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


@pytest.fixture(scope="module")
def deposits(nlp):
    return parse_proposition("QRX used customer deposits to fund its trading arm.",
                             ["QRX", "customer deposits"], nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The witness said [the trading arm spent their deposits on property]."),
    ("supports", "She said [the firm took customer money to cover its losses]."),
    ("neutral", "The court said [customers would get their money back]."),
])
def test_spending_or_taking_the_money_restates_using_it(nlp, deposits, expected, marked):
    """ "spent their deposits", "took customer money" restate "used customer deposits" (the
    money's other names are kin of its deposits); getting it back is no side."""
    assert deposits.predicate == "use" and "qrx" in deposits.args and "money" in deposits.target
    found = judge(nlp, deposits, marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "She said [Vale had breached the rules]."),  # the verbs of breaking rules
    ("supports", "She said [Vale flouted the code for years]."),
    ("refutes", "His office said [Vale had not breached any rules]."),
    ("refutes", "He said [he had acted within the rules]."),  # inside or outside the rules
    ("refutes", "He said [nothing he did was against any rule]."),
    ("supports", "She said [what Vale did was against the rules]."),
    ("neutral", "She said [the rules on lobbying are weak]."),
    ("neutral", "She said [Vale had campaigned against the rules]."),  # where he stood on them
])
def test_rules_broken_by_any_verb_and_deeds_inside_or_outside_them(nlp, expected, marked):
    prop = parse_proposition("Senator Vale broke the rules on lobbying.", ["Vale lobbying"], nlp)
    found = judge(nlp, prop, marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


# A broken rule named by its noun ("a breach"), and the accused called to account.
LOANS = ("The club's owner broke the league's rules on loans.", ["loans"])


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "A rival chairman said [the loans were a clear breach of the rules]."),
    ("supports", "The league said [his conduct amounted to a breach of its rules]."),
    ("refutes", "His lawyer said [it was not a breach of anything]."),
    ("refutes", "The panel said [there had been no breach]."),
    ("supports", "A fan said [the owner must be held to account]."),
    ("supports", "A rival said [the owner should be punished]."),
    ("refutes", "His lawyer said [the owner should never have been prosecuted]."),
    ("supports", "A rival said [the club still has to answer for the loans]."),
    ("neutral", "The league said [the hearing will be held in May]."),
    ("neutral", "The club said [two agents acted alone, and they will be held to account]."),
    ("neutral", "A fan said [the owner was prosecuted in 2019 for a driving offence]."),
])
def test_a_breach_and_a_call_to_account(nlp, expected, marked):
    loans = parse_proposition(*LOANS, nlp)
    found = judge(nlp, loans, marked, "say", read_polarity(marked))
    assert found.stance == expected, found


def test_the_accused_body_named_again(nlp):
    knew = parse_proposition("Acme Foods knew that its cereal bars were unsafe.", ["Acme"], nlp)
    found = judge(nlp, knew, "The senator said [the company had known for years].", "say")
    assert found.stance == "supports", found
    found = judge(nlp, knew, "The senator said [a rival firm had known for years].", "say")
    assert found.stance == "neutral", found

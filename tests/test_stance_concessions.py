"""Points granted, disputed and cited: a concession takes no side ("did not deny that the line is
full", "nobody disputes there is a problem", though "nobody disputes that it creates jobs" is the
speaker's own argument); a pseudo-cleft that disputes its complement turns it round ("What we
dispute is that this is the answer"); evidence a speaker cites is the speaker's own claim
("every study says it is a disaster"); a policy called "the answer" is backed. Also a gerund
that names the policy ("fracking"), a noun for its undoing ("the moratorium"), and "Would any
of you ...?", which asks to deny. Granting why others want the policy before a "but" puts the
speaker on the other side ("I understand why people want it, but ..."). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "tram": ("A tram line should be built in Exeter.", ["tram line", "tram", "Exeter tram"]),
    "levy": ("A levy on takeaway cups should be introduced.", ["cup levy", "latte levy", "levy"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("tram", "neutral", "The councillor did not deny [that the buses were overcrowded]."),
    ("tram", "neutral", 'She said: "[Nobody disputes that there is a congestion problem.]"'),
    ("tram", "supports", "He said [no one is denying that the tram would create jobs]."),
    ("tram", "refutes", 'She said: "[What we dispute is that the tram is the answer.]"'),
    ("tram", "refutes", 'He said: "[What I object to is the idea that the tram line is the '
                        'solution.]"'),
    ("tram", "supports", 'He said: "[The tram is the answer to the congestion.]"'),
    ("tram", "refutes", "She said [the tram line is not the solution]."),
    ("tram", "refutes", "He said [every independent study of the tram says it is a disaster]."),
    ("levy", "supports", "She said [the evidence shows the levy is a success]."),
    ("levy", "refutes", "He said [the levy is a waste of money]."),
])
def test_granted_disputed_and_cited(nlp, props, key, expected, marked):
    assert judge(nlp, props[key], marked, cue=None).stance == expected


def test_not_denying_an_event_is_no_concession(nlp):
    talks = parse_all(nlp, {"t": ("The two firms are holding merger talks.", ["merger talks"])})
    found = judge(nlp, talks["t"], "The bank did not deny [that talks had taken place].", None)
    assert found.basis != "a point conceded"


def test_a_concession_basis_says_so(nlp, props):
    found = judge(nlp, props["tram"], "He did not deny [that the buses were too slow].", None)
    assert (found.stance, found.basis) == ("neutral", "a point conceded")


def test_a_gerund_subject_is_the_policy_and_a_moratorium_its_undoing(nlp):
    drilling = parse_all(nlp, {"d": ("Fracking for shale gas should be allowed in Kent.",
                                     ["fracking", "moratorium"])})["d"]
    assert "fracking" in drilling.target
    assert judge(nlp, drilling, "He said [fracking is safe and will bring jobs].",
                 None).stance == "supports"
    assert judge(nlp, drilling, 'She said [the moratorium was "the right decision for the '
                 'county"].', None).stance == "refutes"
    assert judge(nlp, drilling, "He said [the moratorium was a disaster for jobs].",
                 None).stance == "supports"
    assert judge(nlp, drilling, 'He wrote that Kent "cannot afford to miss out" on shale and '
                 "that [fracking could help bring down energy bills].", None).stance == "supports"


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", 'She asked: "[Would any member of this committee accept this tram at the end '
                'of their garden?]"'),
    ("neutral", 'She asked: "[Would the council accept a delay to the tram?]"'),
])
def test_would_anyone_asks_to_deny(nlp, props, expected, marked):
    """ "Would any of you accept this ...?" denies what it asks; a question about one named
    party is asked."""
    assert judge(nlp, props["tram"], marked, cue=None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("refutes", 'She said: "[I understand why people want the tram, but it will not solve the '
                'congestion on the bridge.]"'),  # the point after "but" decides
    ("refutes", 'She said: "[I understand why the commuters want it, I really do, but think '
                'of Fore Street.]"'),  # nothing after "but" takes a side: the grant does
    ("refutes", 'She said: "[I understand why commuters want the tram, but the shops on Fore '
                'Street are my worry.]"'),
    ("supports", 'He said: "[I can see why residents are against the tram, but the buses are '
                 'full every morning.]"'),
    ("supports", 'He said: "[Commuters want the tram.]"'),
    ("neutral", 'He said: "[Commuters explained why they want the tram, but nobody listened.]"'),
    ("supports", 'He said: "[The tram is unfair on Fore Street, but we have to think of the '
                 'commuters.]"'),  # a fault granted, then the case for it
    ("supports", 'She said: "[The tram will help Fore Street, but it will not end the '
                 'queues.]"'),  # a merit granted stays a merit
    ("refutes", 'She said: "[The tram is unfair on Fore Street, but only if it runs at '
                'night.]"'),  # a condition after the "but": the fault stands
])
def test_granting_why_others_hold_a_view(nlp, props, expected, marked):
    """What others are granted to want is not the speaker's side: "I understand why they want
    it, but ..." opposes it; a report of others' reasons ("Commuters explained why ...") grants
    nothing."""
    assert judge(nlp, props["tram"], marked, cue=None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("neutral", "The union said [any levy must protect small cafes]."),
    ("neutral", "The chamber said [any levy would have to be fair to everyone who pays]."),
    ("neutral", "The chamber said [any cut in the levy must be replaced by other funding]."),
    ("neutral", "The council said [any measure should respect the conservation area]."),
    ("supports", "He said [the tram line must be built]."),  # the measure itself, asked for
    ("supports", "She said [any commuter should welcome the tram]."),  # "any" person, a side
])
def test_a_condition_on_any_such_measure_takes_no_side(nlp, props, expected, marked):
    """ "Any levy would have to be ...": a condition on whatever measure comes, not a side on
    this one."""
    key = "levy" if "levy" in marked else "tram"
    assert judge(nlp, props[key], marked, cue=None).stance == expected

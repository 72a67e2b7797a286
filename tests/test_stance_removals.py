"""Rules of the seventh 2026-12-02 session, on sentences written for these tests: more verbs that
remove a policy ("rip out", "switch off", "phase out") and "the cameras must go" restate a
scrapping (evaluative.py, stance_restate.py), and so does "ought to" (stance_rules.verb_of,
scope.py: the parser heads the modal); "did a job" rates its subject (eval_verbs.py); "the fact
that ..." is taken as true whatever governs it (scope.py); banning what a policy brings about,
"a ban on it" or "staying out of" what is to be joined is against it, and so is a promise to
keep a place free of it (stance_rules.act_sign, stance_restate.free_signals); who votes and how
is argued in no frame of protection against liberty (frames.py); "allow GM maize to be grown" is
a permission to grow it, and "should be allowed" brings it about (proposition.py,
evaluative.py); "out of work", "two-tier" and "contaminate" are harms (valence.py); "helped to
finance" is the financing (proposition.py); aimed "against" good people is bad (stance_eval.py);
the government asked to back down is against its policy (stance_camps.resolve_signals);
creating jobs is a benefit, and tackling the causes of a bad thing tackles it (eval_verbs.py);
an embedded "what they were accused of" is not asserted (scope.py); a proposition's word that is
only ever a modifier ("identity" of "identity cards") names the policy only with its head
(claim_view.is_target); what a granted power acts on takes part in it, and the act's noun names
it, with its synonyms (granted.py); "the sale of replica guns" restricts the guns too
(proposition.py); cutting what is neither good nor bad is no harm (eval_verbs.py)."""

from __future__ import annotations

import pytest

from pipeline.trail.stance import parse_proposition
from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "cams": ("Speed cameras should be scrapped.", ["speed camera*", "camera*"]),
    "gm": ("The government should allow GM maize to be grown commercially in Britain.",
           ["GM", "GM crops", "GM maize"]),
    "peers": ("The House of Lords should be wholly elected.",
              ["House of Lords", "second chamber", "elected chamber"]),
    "fees": ("Universities should be allowed to charge top-up fees.", ["top-up fee*", "fees"]),
    "hunt": ("Hunting with dogs should be banned.", ["hunt*", "ban"]),
    "euro": ("Britain should join the euro.", ["euro", "single currency"]),
    "cards": ("The government should introduce identity cards.", ["ID card*", "identity card*"]),
    "casino": ("The government should allow a new generation of large casinos.",
               ["casino*", "super-casino*"]),
    "powers": ("The Home Secretary should be given powers to detain terror suspects without trial.",
               ["detention", "detain*", "powers"]),
    "charge": ("The congestion charge should be extended to west London.",
               ["congestion charge", "extension"]),
    "asbo": ("Police and councils should be able to impose anti-social behaviour orders.",
             ["anti-social behaviour order*", "Asbo*"]),
    "crack": ("Police should be given powers to close crack houses.",
              ["crack houses", "crack house", "closure orders"]),
    "replica": ("The sale of replica guns should be banned.", ["replica guns", "imitation guns"]),
    "agency": ("The Child Support Agency should be scrapped.", ["Child Support Agency", "CSA"]),
    "limit": ("The speed limit on dual carriageways should be raised to 75mph.",
              ["speed limit", "75mph"]),
    "bronzes": ("The Kuma bronzes should be returned to Ghana.", ["Kuma bronzes", "bronzes"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("cams", "supports", "The council said [the cameras should be mothballed]."),  # a scrapping
    # restated by a verb outside the word lists
    ("limit", "supports", "The minister said [the limit should be raised]."),
    ("limit", "refutes", "The charity said [the limit should be cut]."),
    ("limit", "refutes", "The minister said [there were no plans to change the limit]."),
    ("limit", "refutes", "The charity said [raising the limit would cost lives]."),
    ("limit", "supports", 'The minister said [the current limit "no longer reflects" modern '
                          'cars].'),  # things as they stand (stance_need.py)
    ("bronzes", "supports", "The minister said [the bronzes ought to go back to Accra]."),
    ("bronzes", "supports", "The chief said [the time had come for the bronzes to come home]."),
    ("bronzes", "refutes", "The trustees said [the bronzes should stay in Bristol]."),
    ("bronzes", "supports", "The envoy said [restitution remained a national priority]."),
    ("bronzes", "neutral", "The minister said [the law that stops the museum giving away its "
                           "collection had served the country well]."),  # what bars it
    ("hunt", "supports", "The vet said [the law that stops hunting with dogs is working]."),
    ("cams", "supports", "The motoring writer said [the cameras ought to be ripped out]."),
    ("cams", "supports", "The councillor said [we will switch off our speed cameras next "
                         "year]."),
    ("cams", "refutes", "The coroner said [the cameras ought not to be scrapped]."),
    ("cams", "supports", "The drivers' group said [speed cameras should be phased out]."),
    ("cams", "supports", "The MP said [these speed cameras must go]."),
    ("cams", "refutes", "The chief constable said [the speed cameras must not go]."),
    ("cams", "supports", "The MP said [speed cameras have been here for years, and they must "
                         "go]."),
    ("agency", "supports", "The MP said [the agency was set up in 1993 and it must go]."),  # "it"
    # for what a removal removes, when the sentence names that
    ("cams", "supports", "The MP said [she would not stand in the way of scrapping speed "
                         "cameras]."),
    ("cards", "supports", "Ministers said [the pledge stands]."),  # declared kept or dropped
    ("cards", "supports", "Ministers said [the scheme remains in place]."),
    ("cards", "refutes", "The backbencher said [the scheme is dead in the water]."),
    ("cards", "refutes", "A minister said [the scheme was not on the agenda]."),
    ("cards", "supports", "A minister said [the scheme is firmly on the agenda]."),
    ("cams", "refutes", "The chief constable said [the cameras are here to stay]."),  # kept:
    # against scrapping them
    ("cards", "neutral", "Ministers said [the pledge did not stand up to scrutiny]."),
    ("cams", "neutral", "The curator said [the cameras stand beside the old toll booth]."),
    ("cams", "refutes", "The road safety charity said [the cameras did a vital job on "
                        "rural roads]."),
    ("cams", "supports", "The drivers' group said [the cameras did a poor job of cutting "
                         "crashes]."),
    ("fees", "refutes", "The rebel said [nothing could hide the fact that top-up fees broke a "
                        "pledge]."),
    ("peers", "neutral", "The MP said [it was simply a question of whether you believed in "
                         "democracy]."),
    ("gm", "supports", "The science minister said [GM crops should be allowed]."),
    ("gm", "refutes", "The first minister said [GM crops should never be permitted in Wales]."),
    ("gm", "refutes", "The former minister said [the government should not allow GM maize to "
                      "be grown]."),
    ("hunt", "refutes", "The alliance said [the ban would put hundreds of grooms out of work]."),
    ("fees", "refutes", "The union said [top-up fees would create a two-tier university "
                        "system]."),
    ("euro", "refutes", "The Eurosceptic said [Britain should stay out of the euro for good]."),
    ("euro", "supports", "The lobby group said [staying out of the single currency was costing "
                         "exporters dearly]."),
    ("cards", "refutes", "The peer said [Parliament should ban identity cards outright]."),
    ("cards", "refutes", "The campaigner said [there should be a ban on identity cards]."),
    ("casino", "refutes", "The bishop said [large casinos should be banned]."),
    ("gm", "refutes", "The campaign called for [a moratorium on GM crops]."),
    ("gm", "refutes", "The assembly member said [we will keep Wales GM-free]."),
    ("gm", "neutral", "The survey said [most of Wales was GM-free last year]."),
    ("gm", "refutes", "The organic grower said [GM maize would contaminate his fields]."),
    ("powers", "refutes", "The barrister said [the powers would be turned against innocent "
                          "Muslims]."),
    ("powers", "supports", "The minister said [the powers would be used against terrorists]."),
    ("cards", "refutes", "The backbencher said [the government should back down]."),
    ("cards", "supports", "The minister said [the government would not back down]."),
    ("casino", "supports", "The council leader said [the casino would create thousands of jobs "
                           "in run-down areas]."),
    ("casino", "refutes", "The charity said [the casinos would not create any real jobs]."),
    ("charge", "supports", "The mayor said [the charge had cut traffic in the centre by a "
                           "fifth]."),
    ("charge", "refutes", "The shopkeeper said [the extension was a cash grab]."),
    ("powers", "supports", "The minister said [the powers had been used sparingly and "
                           "responsibly]."),
    ("powers", "refutes", "The imam said [the powers did nothing to tackle the causes of "
                          "terrorism]."),
    ("powers", "neutral", "The solicitor said [the detainees had never been told what they "
                          "were accused of]."),  # no side, and not the detainees' guilt
    ("asbo", "refutes", "The youth worker said [the orders did nothing to tackle the causes of "
                        "bad behaviour]."),  # "behaviour" alone is no behaviour order
    ("asbo", "supports", "The tenants said [the orders had tackled the causes of bad "
                         "behaviour]."),
    ("crack", "supports", "The inspector said [officers must be able to close crack houses "
                          "within days]."),
    ("crack", "supports", "The minister said [the closure of crack houses was working]."),
    ("replica", "supports", "The chief constable said [replica guns were terrifying the "
                            "public]."),
    ("replica", "refutes", "The shopkeeper said [imitation guns were harmless toys]."),
    ("replica", "supports", "The mother said [ministers should ban replica guns]."),  # the
    ("replica", "refutes", "The trader said [ministers were wrong to ban replica guns]."),  # guns
    # of the proposition's kind, named by both its words, are what its ban restricts
    ("replica", "refutes", "The trader said [the ban would be a gift to the black market]."),
    ("agency", "supports", "The minister said [the agency had failed too many parents for too "
                           "long]."),  # how many, not how good: still a failing
    ("crack", "supports", "The sergeant said [police should be able to shut crack houses "
                          "quickly]."),  # "shut" is "close"
    ("crack", "neutral", "The inspector said [closures had cut calls from residents by a "
                         "third]."),  # less of something neither good nor bad: no harm
    ("hunt", "refutes", "The alliance said [the ban would cut 500 jobs]."),  # a good lost
    ("hunt", "refutes", "The alliance said [the ban would reduce supply and choice]."),
    ("cams", "supports", "The driver said [the cameras are a menace and should be scrapped]."),
    ("cams", "supports", "The driver said: \"[If it were up to me, the cameras would go "
                         "altogether].\""),  # a wish in power, not a hedge
    ("cams", "supports", "The driver said [the cameras should be replaced with average-speed "
                         "checks]."),  # replacing what is to be scrapped
    ("cams", "supports", "The driver said [the cameras \"have had their day\"]."),
    ("cams", "neutral", "The engineer said [the new cameras would replace the old ones]."),
])


def test_removals_and_permissions(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis


def test_permission_of_a_passive_act(nlp):
    """ "allow GM maize to be grown in Britain": the growing is the act, the maize its target,
    Britain only where."""
    prop = parse_proposition(*PROPOSITIONS["gm"], nlp=nlp)
    assert prop.predicate == "grow"
    assert {"gm", "maize"} <= prop.target
    assert "britain" in prop.args and "britain" not in prop.target


def test_a_place_a_thing_goes_to_takes_part_in_the_act(nlp):
    """ "returned to Greece": Greece is where, not what is returned (so "Greece would never
    accept a loan" does not judge the return)."""
    prop = parse_proposition("The Elgin Marbles should be returned to Greece.", [], nlp=nlp)
    assert "greece" in prop.args and "greece" not in prop.target
    assert "marbles" in prop.target


def test_the_act_a_catenative_verb_helps_to(nlp):
    """ "X helped to finance the coup": the financing, by X, a past act laid at X's door."""
    prop = parse_proposition("Mark Thatcher helped to finance the attempted coup.", [], nlp)
    assert prop.predicate == "finance"
    assert "coup" in prop.target
    assert {"mark", "thatcher"} <= prop.args
    assert prop.alleged


def test_a_democratic_proposition_has_no_frame(nlp, props):
    """Liberty words would argue against a restriction; for an elected chamber they decide
    nothing."""
    found = judge(nlp, props["peers"], "The campaigner said [the reform was about democracy "
                                       "and the rights of voters].", None)
    assert not found.basis.startswith("by its frame"), found.basis


def test_a_modifier_alone_does_not_name_the_policy(nlp, props):
    """ "identity" in "identity cards" names the cards only with them: "proof of identity" is
    not the scheme; a watchlist term still names it ("GM" for GM maize)."""
    assert props["cards"].modifiers == {"identity"}
    assert judge(nlp, props["cards"], "The official said [voters would need proof of identity "
                                      "to vote].", None).stance == "neutral"
    assert judge(nlp, props["gm"], "The farmer said [GM would contaminate his fields].",
                 None).stance == "refutes"


def test_what_a_power_acts_on_is_no_name_of_it(nlp, props):
    """ "powers to close crack houses": the houses take part, "closure" names the act; "powers
    to impose curfews": the curfews are the policy's own means."""
    crack = props["crack"]
    assert {"house", "houses"} <= crack.args and "houses" not in crack.target
    assert "closure" in crack.target and crack.restates(["close"]) == 1
    curfews = parse_proposition("Police should be given powers to impose curfews on under-16s.",
                                ["curfew*"], nlp)
    assert not curfews.restricted and "curfews" not in curfews.args


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The MP said [a Labour government would abolish it]."),  # the cameras
    ("refutes", 'The driver said: "[I\'d keep it, it has slowed people down]."'),  # "'d": would
    ("refutes", 'The officer said: "[I would defend it to anyone]."'),
    ("supports", 'The driver said: "[I can\'t defend them any more]."'),
    ("neutral", "The minister said [it would cost £40m a year]."),  # "it": the scrapping
    ("neutral", "The adviser said [drivers should keep it in proportion]."),  # kept so
    ("supports", 'The founder said: "[Take them down, put traffic police back on the roads '
                 'and you will see the accident figures fall]."'),  # a chain of commands and
])  # what it leads to (commands.conditional_command)
def test_it_acted_on_is_what_a_removal_takes_away(nlp, props, expected, marked):
    """Of "X should be scrapped", "it" is the scrapping ("it would cost ..."), unless a verb that
    acts on the thing itself has it as its object (pronouns._removed_thing_refs)."""
    assert judge(nlp, props["cams"], marked, None).stance == expected


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The head said the cameras were \"[the best thing to happen to this road]\"."),
    ("refutes", "The driver said the cameras were \"[a cruel trap for honest motorists]\"."),
    ("neutral", "The council said the cameras were \"[in place]\" on two roads."),
])
def test_a_quoted_complement_judges_the_subject_before_it(nlp, props, expected, marked):
    """ "said X was '[...]'": the subject outside the quote is described by it
    (stance_rules.quoted_predicate); for a scrapping, praise of the cameras refutes it."""
    want = {"supports": "refutes", "refutes": "supports"}.get(expected, expected)
    assert judge(nlp, props["cams"], marked, None).stance == want


@pytest.fixture(scope="module")
def permits(nlp):
    return parse_proposition("Harbourtown should abolish short-stay mooring permits by 2030.",
                             ["mooring permits", "short-stay moorings"], nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", 'Asked whether she would drop the plan if the courts objected, the mayor said: '
                 '"[We will defend it wherever we have to]."'),  # "it": the plan
    ("refutes", "The owners said [they would defend them in every court]."),  # the permits
    ("supports", "The harbour master said [he backed the phase-out]."),
    ("refutes", "The owners said [the phase-out would be a disaster]."),
    ("refutes", "The owners said [the town should renew the permits]."),
])
def test_a_removals_measure_and_its_phase_out(nlp, permits, expected, marked):
    """ "it" defended after "the plan" is the plan, not the permits it removes
    (pronouns._after_a_measure); "the phase-out" names a removal (proposition_words.NOMINALS,
    its "out" read with "phase-"); renewing what is to go keeps it (evaluative.REALISE)."""
    found = judge(nlp, permits, marked, None)
    assert found.stance == expected, found.basis

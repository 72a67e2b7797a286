"""Propositions of shapes the first watchlists lacked, parsed so that the stance rules can use
them: a person set free ("X should be released"), an event made of a generic noun ("ran a
doping programme"), two coordinated acts ("obtained and used the data"), a permission with its
doers and a day ("shops should be allowed to open on Sundays"), a figure ("cut to £5"), what
the act lacked ("without their consent"). Sentences written for these tests
(proposition_nouns.py, proposition.py, amounts.py, lacking.py)."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "freed": ("Tomas Halvorsen should be released from prison on compassionate grounds.",
              ["Halvorsen"]),
    "doping": ("Norland ran a state-sponsored doping programme at the 2030 Winter Games.",
               ["doping programme", "state doping"]),
    "data": ("Brightwave obtained and used the personal data of millions of Linkly users "
             "without their consent.", ["Brightwave", "Linkly data"]),
    "hours": ("Large shops in Scotland should be allowed to open for longer on Sundays.",
              ["Sunday trading", "Sunday opening"]),
    "stake": ("The maximum stake on betting machines should be cut to £5.",
              ["betting machines", "maximum stake"]),
    "gala": ("Veltania's bid won the hosting vote through bribery.", ["Veltania bid", "gala vote"]),
    "breach": ("Hackers stole customer data from Fenmoor Energy.", ["Fenmoor Energy"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


def test_a_person_set_free_takes_part_and_the_release_is_the_policy(props):
    freed = props["freed"]
    assert {"release"} <= freed.target and "halvorsen" in freed.args
    assert not {"halvorsen", "prison", "-"} & freed.target and "-" not in freed.args


def test_an_event_made_of_a_generic_noun_is_named_by_its_kind(props):
    assert {"doping", "programme"} <= props["doping"].target
    assert props["doping"].kind == "event"


def test_coordinated_acts_share_the_object_and_both_restate_it(props):
    assert "data" in props["data"].target and "use" in props["data"].event_verbs


def test_a_permission_keeps_its_doers_and_its_day_out_of_the_policy(props, nlp):
    hours = props["hours"]
    assert "opening" in hours.target and {"shop", "sundays"} <= hours.args
    assert "sundays" not in hours.target
    late = parse_all(nlp, {"late": ("Pubs should be allowed to stay open for 24 hours.", [])})
    assert "hours" in late["late"].target  # how long is what is allowed, not when


def test_the_kind_of_a_restricted_thing_takes_part_but_is_not_restricted(nlp):
    """ "replica" guns, "street" parking: a safer street is no harm to a parking ban."""
    park = parse_all(nlp, {"park": ("Street parking should be banned in the town centre.",
                                    ["parking ban"])})["park"]
    assert "street" in park.args and "street" not in park.restricted
    marked = "The councillor said [the ban was a sensible idea that would make the streets safer]."
    assert judge(nlp, park, marked, None).stance == "supports"


def test_a_ban_on_people_doing_something_restricts_the_act_or_what_they_would_have(nlp):
    """ "ban drivers from idling their engines": the idling is banned, drivers and engines take
    part; "banned from owning / having X" bans X (also when "having kept" parses as a perfect)."""
    bans = parse_all(nlp, {
        "idle": ("Councils should ban drivers from idling their engines outside schools.", []),
        "own": ("Tenants should be banned from keeping snakes.", []),
        "perfect": ("Referees should be banned from having paid media jobs.", [])})
    assert {"idling", "idle"} <= bans["idle"].restricted
    assert not {"driver", "drivers", "engine", "engines"} & bans["idle"].restricted
    assert {"driver", "engine"} <= bans["idle"].args
    assert "snakes" in bans["own"].restricted and "keeping" not in bans["own"].restricted
    assert "jobs" in bans["perfect"].restricted
    marked = "The head said [idling outside the gates is a cruel and selfish habit]."
    assert judge(nlp, bans["idle"], marked, None).stance == "supports"


def test_the_means_of_an_alleged_act_is_kept(props):
    assert props["gala"].means == {"bribery"} and not props["doping"].means
    assert "bribe" in props["gala"].event_verbs and "corruption" in props["gala"].target


def test_a_halt_to_an_activity_is_a_ban_on_it(nlp):
    """ "should stop issuing licences": a ban on issuing them, the licences what it acts on."""
    halt = parse_all(nlp, {"halt": ("The council should stop issuing new drilling licences.",
                                     ["drilling licences"])})["halt"]
    assert halt.group == 3 and {"licences", "issuing"} <= halt.restricted
    assert halt.text == "The council should stop issuing new drilling licences."
    marked = "The campaigners said [new drilling licences would wreck the valley]."
    assert judge(nlp, halt, marked, None).stance == "supports"
    for marked, expected in (("A resident said [stopping new licences was long overdue].",
                              "supports"),
                             ("The mayor said [she would halt new licences].", "supports"),
                             ("The firm said [the council should stop the ban].", "refutes")):
        assert judge(nlp, halt, marked, None).stance == expected, marked


def test_who_is_allowed_takes_part_but_is_no_bad_thing_to_keep_people_from(nlp):
    fees = parse_all(nlp, {"fees": ("Universities should be allowed to charge top-up fees.",
                                    ["top-up fees"])})["fees"]
    assert "universities" in fees.args
    marked = "She said [the fees would deter students from applying to university at all]."
    assert judge(nlp, fees, marked, None, read_polarity(marked)).stance == "refutes"


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("freed", "supports", "His lawyer said [Halvorsen should be freed]."),
    ("freed", "supports", "The bishop said [the release was an act of mercy]."),
    ("freed", "supports", "His lawyer said [she would seek his release]."),  # seeking it
    ("freed", "refutes", "The families said [Halvorsen should stay in prison]."),  # its opposite
    ("freed", "refutes", "The senator urged officials [to keep Halvorsen behind bars]."),
    ("freed", "neutral", "The agency said [Halvorsen was freed on Thursday]."),  # reported done
    ("doping", "refutes", 'The minister said [Norland "has never had a state system of '
                          'doping"].'),
    ("doping", "supports", "The investigator said [Norland ran a doping programme]."),
    ("data", "refutes", "The firm said [it never used any Linkly data]."),
    ("data", "refutes", "The researcher said [the data was collected with users' permission]."),
    ("data", "supports", "The regulator said [Brightwave harvested the profiles without users' "
                         "consent]."),  # harvesting restates obtaining; lacking consent
    # an act done by a means: said without it, granted by all; said done fairly, denied
    ("gala", "neutral", "The agency said [Veltania won the vote]."),
    ("gala", "refutes", "The organisers said [Veltania won the vote fairly]."),
    ("gala", "refutes", "The organisers said [we won the vote on merit]."),
    ("gala", "supports", "The prosecutor said [Veltania won the vote through bribery]."),
    ("gala", "refutes", "The delegate said [he never received a cent for his vote]."),
    ("gala", "refutes", "The organisers said [the inquiry found no evidence of wrongdoing]."),
    ("gala", "supports", "The prosecutor said [Veltania had bribed three delegates]."),
    # the proposed figure names the policy; a measure named by another figure is another one
    ("stake", "refutes", "The bookmakers said [£5 was the wrong number]."),
    ("stake", "refutes", "The MP said [£5 was always too low]."),
    ("stake", "supports", "The charity said [a £5 stake would save lives]."),
    ("stake", "neutral", "The bookmakers said [the new £50 rule would work]."),
    ("stake", "supports", "The campaigners said [the £5 limit would save lives]."),
    ("stake", "supports", "The campaigners said [the new rule would work]."),
    # data stolen: copied, downloaded, accessed; the files and records are the data
    ("breach", "supports", "The firm said [a limited set of files was copied from a server]."),
    ("breach", "supports", "The union said [customers have had their data stolen]."),
    ("breach", "refutes", "The firm said [the hackers did not access any customer records]."),
    ("breach", "neutral", "The firm said [it took a week to restore the server]."),
    # what the data "brings" is no victim whose data it is
    ("breach", "neutral", "The analyst said [the gang had listed two victims whose data never "
                          "surfaced]."),
])
def test_stance_on_the_new_shapes(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None, read_polarity(marked))
    assert found.stance == expected, found.basis


def test_a_proposition_read_as_a_noun_phrase_is_read_again_with_its_acronyms_as_names(nlp):
    """The small model can tag an opening acronym an adjective and the verb a participle, so
    that "QRX used customer deposits ..." has a noun at its root; the proposition is read again
    with "Qrx", and kept as first read when that does not help either."""
    from spacy.tokens import Doc

    from pipeline.trail.misparses import verb_rooted

    def misread(text: str) -> Doc:  # the first reading the model gave a real proposition
        if not text.startswith("QRX"):
            return nlp(text)
        words = ["QRX", "used", "customer", "deposits", "."]
        return Doc(nlp.vocab, words=words, heads=[3, 3, 3, 3, 3],
                   deps=["amod", "amod", "compound", "ROOT", "punct"],
                   pos=["ADJ", "VERB", "NOUN", "NOUN", "PUNCT"])

    doc = verb_rooted(misread, "QRX used customer deposits.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.lemma_ == "use" and doc[0].text == "Qrx"
    assert verb_rooted(nlp, "BP used customer deposits.")[0].text == "BP"  # read well at once


def test_a_policy_whose_subject_is_none_is_negative(nlp):
    """ "No new jousting arenas should be approved" (forty-third session): approving one
    argues against it, opposing one for it."""
    prop = parse_all(nlp, {"arenas": ("No new jousting arenas should be approved in Ruritania.",
                                      ["jousting arena"])})["arenas"]
    assert prop.negated
    assert judge(nlp, prop, "The mayor said [he opposed the new jousting arena].",
                 cue=None).stance == "supports"
    assert judge(nlp, prop, "The promoter said [the Kessel arena should be approved].",
                 cue=None).stance == "refutes"
    # what it comes to is a moratorium: wanted, for it; judged bad, against it
    assert judge(nlp, prop, "The mayor said [a moratorium on new arenas is needed].",
                 cue=None).stance == "supports"
    assert judge(nlp, prop, "The promoter said [the ban on new arenas is a disaster].",
                 cue=None).stance == "refutes"


def test_an_effect_named_by_initials_and_a_verb_of_pushing(nlp):
    """ "Low-toll corridors push lorries onto village roads": "LTCs" names the corridors, and
    "pushed" restates the effect (no "push for" of a plan)."""
    prop = parse_all(nlp, {"ltc": ("Low-toll corridors push lorries onto village roads.",
                                   ["low-toll corridor", "village roads"])})["ltc"]
    assert "ltc" in prop.args
    assert judge(nlp, prop, "The parish said [the LTC has pushed lorries onto village roads].",
                 cue=None).stance == "supports"
    assert judge(nlp, prop, "The hauliers said [low-toll corridors have not pushed lorries "
                 "onto village roads].", cue=None, polarity="negative").stance == "refutes"


def test_a_floor_on_a_count_and_a_thing_kept_open_keep_their_object(nlp):
    """ "keep at least one staffed kiosk open" is read as "keep open a staffed kiosk"
    (rewording._AT_LEAST, _KEPT_OPEN): the parser would make "one" the object, or read "kiosk
    open" as one noun, and lose the thing to be kept open."""
    from pipeline.trail.proposition import parse_proposition
    from pipeline.trail.rewording import reworded

    assert reworded("Stations should have to keep at least one staffed kiosk open.") == (
        "Stations should have to keep open a staffed kiosk.")
    assert reworded("Councils should run at least two bin rounds a week.") == (
        "Councils should run two bin rounds a week.")
    kiosk = parse_proposition("Stations should be required to keep at least one staffed kiosk "
                              "open.", ["staffed kiosks"], nlp)
    assert kiosk.predicate == "keep" and "kiosk" in kiosk.target and "one" not in kiosk.target
    found = judge(nlp, kiosk, "The charity said [staffed kiosks are a lifeline for older "
                              "passengers].", None)
    assert found.stance == "supports", found.basis


def test_a_self_service_thing_is_the_other_kind(nlp):
    """A "self-checkout" is not the staffed checkout a duty keeps open (word_forms.other_of_kind:
    the hyphenated "self" names another kind, as "sell-off" does not)."""
    from pipeline.trail.proposition import parse_proposition

    tills = parse_proposition("Garden centres should have to keep a staffed checkout open.",
                              ["staffed checkouts"], nlp)
    for expected, marked in [
            ("neutral", "The survey found [theft at self-checkouts had risen]."),
            ("neutral", "He said [self-checkouts were a nightmare for older shoppers]."),
            ("supports", "She said [a staffed checkout was a lifeline for older shoppers]."),
    ]:
        found = judge(nlp, tills, marked, None)
        assert found.stance == expected, (marked, found.basis)


def test_a_trial_named_by_the_watchlist_is_the_policy(nlp):
    """ "the trial" names a policy its watchlist calls a trial, and no other."""
    text = "Delivery robots should be allowed on pavements in Kessel."
    trial = parse_all(nlp, {"t": (text, ["pavement robot trial"])})["t"]
    plain = parse_all(nlp, {"t": (text, ["delivery robots"])})["t"]
    assert "trial" in trial.target and "trial" not in plain.target
    found = judge(nlp, trial, "The operator said [the trial is safer than the status quo].", "say")
    assert found.stance == "supports", found
    bikes = parse_all(nlp, {"t": ("Electric bikes should be allowed on pavements in Kessel.",
                                  ["pavement bike trial"])})["t"]
    found = judge(nlp, bikes, "A resident said [bikes had no place on pavements].", "say")
    assert found.stance == "refutes", found  # the allowed party still names it

"""Rules of the thirty-fifth 2026-12-06 session, on sentences written for these tests.

A cause set aside for another ("a crowd that surged on its own, not a planning failure") or
named before what it sets aside (stance_causes.contrast_signals, cause_links.set_aside); of
people failing, "a failure of planning" names the proposition's own cause, no mishap
(stance_causes.mishap_signals); of a ban, "I'd shut it tomorrow" shuts the banned thing, as a
ban is lifted and never shut (policy_nouns.closes_banned), "it" also in a quote's later
sentence (pronouns._sided_object). A balance struck: gains that outweigh costs argue for the
policy, costs that outweigh gains against, and another thing's gains are another argument
(stance_balance.py); "remains unconvinced that ..." doubts its clause like "is unconvinced
that ..." (scope.py: the adjective beside the verb judges the clause). A bare "make no (a
real) difference" and "not change anything" judge the policy's effect (eval_frames.difference,
eval_verbs.verb_value); "fine" said of it approves, "a fine" is a penalty (valence.py); a set
phrase is judged whole even when it holds the proposition's own word ("a tax on being disliked"
of a tax: valence_phrases.py, ClaimView.valence). What "was caused by" names is the event
even under a proper name (proposition_nouns.named_effect); the cause's names and, of a fault,
its kind are the cause's own words ("Ivo Kessel's hacking", "an electrical fault":
proposition_words.explanation_words); "contributed to" links a cause; fires in general are
no effect of the fire (stance_causes.is_effect). The banned thing "must go" (stance_restate);
another measure "already does everything" the policy would, or the law in force "already gives"
the powers needed (stance_need.enough_signals). Of a thing filed under a category ("regulated as
gambling"), saying it is of the kind argues for it (stance_category.py), and the category said
of the thing is no evaluation ("illegal gambling": stance_category.filed_as). "Nothing points
to" a hypothesis rates it less likely (its negation read once), and "an accident" is no rival
of a fault, which is one, nor is "a problem" named by nothing more (stance_hypotheses.py);
"truly" is emphasis, no praise (valence.py); "not not" affirms (negators.is_negator)."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "stampede": ("The Marlow fair stampede was caused by failures of the fair's organisers.",
                 ["Marlow fair"]),
    "jousting": ("Jousting should be banned in Ruritania.", ["jousting", "jousting ban"]),
    "levy": ("Councils should charge a levy on empty shops.", ["empty shop levy", "levy"]),
    "toll": ("The bridge toll on the Marlow crossing should be abolished.", ["bridge toll"]),
    "blackout": ("The 3 June 2031 Marlow Blackout was caused by Ivo Kessel's hacking.",
                 ["Marlow Blackout"]),
    "abbey": ("The Marlow abbey fire was started by an electrical fault.", ["abbey fire"]),
    "kites": ("Stunt kites should be regulated as aircraft.", ["stunt kites"]),
    "tags": ("Cat licences should be introduced in Ruritania.", ["cat licence"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("stampede", "refutes", "The expert said it was [a crowd that surged on its own, not a "
                            "planning failure]."),
    ("stampede", "refutes", "The promoter said [it was the crowd rather than the organisers]."),
    ("stampede", "supports", "The inquiry said [it was a planning failure, not an accident]."),
    ("stampede", "supports", "The coroner said [the stampede was a failure of planning]."),
    ("stampede", "refutes", "The promoter said [the stampede was not a failure of planning]."),
    ("stampede", "refutes", "The promoter said [the stampede was an accident]."),
    ("stampede", "supports", "The coroner said [it was no accident]."),
    ("jousting", "supports", 'The vet said: "[Then I saw the scars on the horses. I\'d shut it '
                             'tomorrow]."'),
    ("jousting", "supports", "The vet said [they should shut it down]."),
    ("jousting", "refutes", "The rider said [they should not shut it down]."),
    ("jousting", "refutes", "The rider said [the ban should be lifted]."),
    ("levy", "supports", "The council said [the benefits of the levy clearly outweigh its "
                         "costs]."),
    ("levy", "refutes", "The traders said [the costs would outweigh any benefit]."),
    ("levy", "refutes", "The traders said [the benefits of the levy would not outweigh the harm "
                        "to the high street]."),
    ("levy", "supports", "The council said [the need for the levy outweighs the harm it will "
                         "cause to landlords]."),
    ("levy", "neutral", "The cyclists said [the benefits of a busy high street outweigh the "
                        "costs]."),
    ("toll", "refutes", "The operator said [the benefits of the toll outweigh its costs]."),
    ("jousting", "refutes", "The guild said [it remains unconvinced that the ban will work]."),
    ("jousting", "refutes", "The guild said [we are sceptical that the ban would work.]"),
    ("jousting", "refutes", "The guild said [the ban will make no difference]."),
    ("jousting", "supports", "The vet said [the ban will make a real difference]."),
    ("jousting", "refutes", "The guild said [a ban will not change anything]."),
    ("jousting", "supports", "The vet said [the ban is fine]."),
    ("jousting", "neutral", "The clerk said [the ban means a fine for every rider]."),
    ("levy", "refutes", "The trader said [the levy is a tax on being unlucky]."),
    # a disguise: what it is dressed up as is no merit of its own
    ("levy", "refutes", "The trader said [the levy is a tax dressed up as help for shops]."),
    ("levy", "refutes", "The trader said [the levy is a rent rise, dressed up as help]."),
    ("levy", "refutes", "The trader said [the levy is a subsidy dressed up for the benefit of "
                        "landlords]."),
    ("levy", "supports", "The council said [the levy is help for shops]."),
    ("blackout", "supports", "The prosecutor said [Kessel caused the blackout]."),
    ("blackout", "supports", "The prosecutor said [Kessel's hacking contributed to the "
                             "blackout]."),
    ("blackout", "refutes", "The engineer said [a storm caused the blackout]."),
    ("abbey", "supports", "The fire chief said [everything points to the electrics]."),
    ("abbey", "supports", "The fire chief said [it was the electrics]."),
    ("abbey", "refutes", "The electrician said [a cigarette caused the fire]."),
    ("abbey", "supports", "The electrician said [faulty wiring causes a large share of fires "
                          "in old buildings]."),  # a base rate for its own cause (now that
    # "wiring" names an electrical fault: test_stance_leans.py)
    ("abbey", "neutral", "The electrician said [candles cause a large share of fires in old "
                         "buildings]."),  # a rival's base rate is no rival named
    ("jousting", "supports", "The vet said [jousting must go]."),
    ("jousting", "neutral", "The herald said [jousting must go ahead]."),
    ("tags", "refutes", "The charity said [microchips already do everything a licence would "
                        "do]."),
    ("tags", "neutral", "The council said [the licence already does everything we need]."),
    ("kites", "supports", "The pilot said [stunt kites are aircraft]."),
    ("kites", "refutes", "The club said [it's not an aircraft, it's a toy]."),
    ("kites", "neutral", "The club said [aircraft fly much higher]."),
    ("abbey", "supports", "The prosecutor said [nothing points to a criminal act]."),
    ("abbey", "refutes", "The prosecutor said [everything points to a criminal act]."),
    ("abbey", "refutes", "The sceptic said [nothing points to the electrics]."),
    ("abbey", "neutral", "The prosecutor said [it favours an accident]."),
    ("abbey", "neutral", "The warden said [nothing in our inspections pointed to a problem at "
                         "the abbey]."),
    ("jousting", "neutral", "The guild said [From a club with sponsors to please. Truly a "
                            "charity.]"),
    ("kites", "supports", "The pilot said [it's not not an aircraft just because it has a "
                          "string.]"),
])
def test_causes_set_aside_and_banned_things_shut(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, cue=None, polarity=read_polarity(marked))
    assert found.stance == expected, found

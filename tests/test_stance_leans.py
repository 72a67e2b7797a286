"""Rules of the thirty-sixth 2026-12-06 session, on sentences written for these tests.

A cause that is an act left undone ("caused by neglected maintenance"): the act said undone or done
badly argues for it, done (well) against (stance_lapses.py, stance_hypotheses.lapsed_act). A policy
extended, widened or strengthened is realised (evaluative.REALISE). An interviewer's "So for you it
was X" sums up the one spoken to (stance._ADDRESSED). A belief credited to all or none of a kind
("every thatcher on the estate thinks it was the wiring", "no investigator believes ...") is the
speaker's reading of the field, not one group's reported view (holders.consensus, scope.py).
"Blamed the fire on X", "I blame X", "was wrongly blamed on X" link a cause
(cause_links.cause_link, stance_causes.cause_signals); "I'd bet on X", "I suspect X" rate a
hypothesis, and "if I had to bet" is a lean given, no hedge (stance_hypotheses,
conditions.pressed). A fault's kind is named by its parts ("the bell wiring", "old cables":
proposition_words). Harms a measure may stop ("one bite", "dog attacks") and everyday scorn and
praise ("barmy", "codswallop", "a pantomime", "a drop in the ocean", a fault of too little that
wants more, "pioneering") are valued, not "engage" nor "on its merits" (valence.py,
valence_phrases.py); a war on a bad thing is a good (eval_frames.fights); "the least we can do"
wants at least that (valence._LEAST); "Finally." greets it (stance_exclaims). What a ban on doing
something acts on includes the gerund's object and its describing words ("Flying a stunt kite ...
should be banned": proposition_nouns.restricted_things)."""

from __future__ import annotations

import pytest

from pipeline.trail.conditions import pressed
from pipeline.trail.holders import consensus
from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "abbey": ("The Marlow abbey fire was started by an electrical fault.", ["abbey fire"]),
    "tags": ("Cat licences should be introduced in Ruritania.", ["cat licence"]),
    "jousting": ("Jousting should be banned in Ruritania.", ["jousting", "jousting ban"]),
    "pier": ("The 2031 collapse of Marlow pier was caused by neglected maintenance.",
             ["Marlow pier"]),
    "kites": ("Flying a stunt kite on a beach should be banned in Ruritania.", ["stunt kite"]),
    "seawall": ("The 2031 collapse of the Marlow seawall was caused by long-neglected storm "
                "damage.", ["Marlow seawall"]),
    "mint": ("The Ruritanian mint failed because of lax regulation and supervision.",
             ["Ruritanian mint"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("abbey", "supports", 'The verger said: "[Every thatcher in Marlow thinks it was an '
                          'electrical fault.]"'),
    ("abbey", "supports", 'The verger said: "[All the roofers believe it was an electrical '
                          'fault.]"'),
    ("abbey", "refutes", 'The verger said: "[No investigator believes it was an electrical '
                         'fault.]"'),
    ("abbey", "neutral", 'The verger said: "[Thatchers think it was an electrical fault.]"'),
    ("abbey", "supports", 'The verger said [the insurers blamed the fire on an electrical '
                          'fault].'),
    ("abbey", "refutes", 'The verger said [the insurers blamed the fire on a candle].'),
    ("abbey", "refutes", 'The verger said [the fire was wrongly blamed on the wiring].'),
    ("abbey", "supports", 'The verger said: "[I blame the wiring.]"'),
    ("abbey", "refutes", 'The verger said: "[The wiring is not to blame.]"'),
    ("abbey", "supports", 'The verger said: "[If I had to bet, I would bet on the bell wiring, '
                          'not on a candle.]"'),
    ("abbey", "refutes", 'The verger said: "[I would bet on a candle.]"'),
    ("abbey", "supports", 'The verger said: "[I suspect the old cables.]"'),
    ("abbey", "supports", 'The verger said: "[It was the bell circuits.]"'),
    ("tags", "refutes", 'The breeder said "[a licence won\'t stop one bite]."'),
    ("tags", "supports", 'The warden said "[a licence would cut cat attacks]."'),
    ("tags", "supports", 'The warden said [scrapping the old licence "was barmy"].'),
    ("tags", "refutes", 'The breeder called the plan "[codswallop]".'),
    ("tags", "supports", 'The warden said [the £2 licence would be a drop in the ocean].'),
    ("jousting", "refutes", 'The squire said [the ban was a pantomime].'),
    ("jousting", "refutes", 'The squire said [a ban would be "patronising"].'),
    ("jousting", "refutes", 'The squire called the ban [a sledgehammer].'),
    ("jousting", "supports", 'The marshal said [the ban was pioneering].'),
    ("jousting", "neutral", 'The league said [it would look at any ban on its merits].'),
    ("jousting", "supports", 'The marshal said [the ban should be extended to tilting].'),
    ("jousting", "supports", 'The marshal said: "[We must strengthen the ban.]"'),
    ("jousting", "supports", 'The marshal said: "[If it were my call, we would ban jousting.]"'),
    ("jousting", "supports", 'The marshal said: "[If I had a vote, I would vote for the ban.]"'),
    ("pier", "supports", 'The diver said: "[The pier was never maintained.]"'),
    ("pier", "supports", 'The diver said: "[Maintenance that was never carried out.]"'),
    ("pier", "supports", 'The diver said: "[There was no maintenance for decades.]"'),
    ("pier", "supports", 'The diver said [the owners had neglected the maintenance].'),
    ("pier", "refutes", 'The owner said [the pier was properly maintained].'),
    ("pier", "refutes", 'The owner said: "[Maintenance was thorough.]"'),
    ("pier", "neutral", 'The owner maintained [that the pier was safe].'),
    ("seawall", "supports", 'The engineer said: "[The damage was never fixed.]"'),
    ("seawall", "supports", 'The engineer said [the council ignored the damage for years].'),
    ("seawall", "refutes", 'The council said [the damage was repaired in 2030].'),
    ("seawall", "refutes", 'The council said: "[It was an accident.]"'),
    ("mint", "neutral", 'The teller said: "[I do not care whose fault it is yet.]"'),
    ("mint", "refutes", 'The governor said: "[It was bad luck.]"'),
    ("mint", "supports", 'The auditor said [the mint was never properly supervised].'),
    ("mint", "refutes", 'The governor said [the bank supervised the mint rigorously].'),
    ("kites", "supports", 'The lifeguard said: "[Stunt kites should be banned.]"'),
    ("kites", "refutes", 'The minister said [there were no plans to ban stunt kites].'),
    ("kites", "neutral", 'The lifeguard said: "[Paper kites should be banned.]"'),
    ("jousting", "refutes", 'The squire said [the ban is a war on squires].'),
    ("jousting", "supports", 'The marshal said [the ban is a war on cruelty].'),
    ("jousting", "refutes", 'The squire said [the ban poses a risk of fraud].'),
    ("jousting", "refutes", 'The squire said [the ban is a war on the poor].'),
    ("jousting", "refutes", 'The squire said [the ban is another tax on the poor].'),
    ("abbey", "neutral", 'The host asked: "[So for you it was the wiring?]"'),
    ("abbey", "neutral", 'The host said: "[So for you it was the wiring.]"'),
    ("jousting", "neutral", 'The league said [it would engage constructively with the ban].'),
    ("jousting", "supports", 'The marshal said [the ban is the very least we can do].'),
    ("jousting", "neutral", 'The marshal said [the ban is the least of our worries].'),
    ("jousting", "supports", 'A reader wrote: "[Finally. I have seen too many squires hurt.]"'),
    ("jousting", "neutral", 'A reader wrote: "[Finally, the league has decided.]"'),
])
def test_leans_blame_and_scorn(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, cue=None, polarity=read_polarity(marked))
    assert found.stance == expected, found


@pytest.mark.parametrize(("text", "holder", "expected"), [
    ("Every thatcher thinks so.", "thatcher", True),
    ("Most roofers think so.", "roofers", True),
    ("The vast majority of roofers think so.", "majority", True),
    ("No roofer thinks so.", "roofer", True),
    ("Roofers think so.", "Roofers", False),
    ("The roofers think so.", "roofers", False),
])
def test_consensus_holders(nlp, text, holder, expected):
    doc = nlp(text)
    assert consensus(next(t for t in doc if t.text == holder)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("If I had to bet, I would say the wiring.", True),
    ("If you made me guess, I would say the wiring.", True),
    ("If the report is right, it was the wiring.", False),
    ("If they had to pay, they would leave.", False),
    ("If you asked me, I would say the wiring.", True),
    ("If I were a betting man, I would say the wiring.", True),
    ("If I had a vote, I would vote for the ban.", True),
    ("If they asked the council, it would say no.", False),
    ("If I were the owner, I would sue.", False),
])
def test_pressed_conditions(nlp, text, expected):
    doc = nlp(text)
    cond = next(t for t in doc if t.dep_ == "advcl")
    assert pressed(cond) is expected

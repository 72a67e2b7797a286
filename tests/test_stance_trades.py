"""Rules of the thirty-fourth 2026-12-05 session, on sentences written for these tests.

What a ban acts on ended ("end the sale of stunt kites": stance_restate._rid_of), given up
("stop selling them") or let be done ("should not let pupils tackle": stance_permission); a sale
allowed "only" to some is a curb; a judgement does not make the banned thing another of its kind
("exploitative contracts": word_forms.modifier_of_another_kind) and a bare verdict on it takes
the ban's side (stance_labels); inaction as "sitting on our hands"; a set phrase inside
quotation marks ("is 'a start'"); "job done" is no employment frame. A party "(held)
responsible" or bearing "no responsibility" for an effect, and the US spelling of a cause's
words (cause_links, stance_hypotheses.phrase_words); of people failing, chance is the rival
("no one could have foreseen it": stance_neglect.foreseen_signals). "A barrier", "a fantasy",
"a pipe dream"; "get rid of X and you ..." as a conditional; "stamp out fraud" removes a bad
thing; "it should be scrapped" of a removal: "it" is the thing removed (pronouns.py). The
watchlist's other names for what a ban acts on (proposition_nouns._watched_names); its terms
that name no measure are no name of the policy (word_forms.curbed_thing). Support "among"
people or "at" a level is a poll; "I would vote to ban it" is a position, "the council voted
to ban it" news (scope.py). Of "X caused Y because Z", the reason Z is what is argued over
(proposition_words.contested_reason), and "untested" denies its act (stance_events._undone);
of a policy that grants or permits, "the ban" is the bar it would end
(policy_nouns.standing_ban), and a subset of the people it empowers are those people; a past
position set against the present one ("voted to keep the ban but now believes") is no frame
(speaker_frame.py); "test your way to zero bugs" is no test done; "an open fire" no verdict;
punishing "the people who did the right thing" is a harm (beneficiaries.ordinary); "not
considering a ban", said for the government, rules it out (stance_rules._not_considered)."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all, read_polarity

PROPOSITIONS = {
    "kites": ("The sale of stunt kites to the public should be banned.", ["stunt kites"]),
    "shifts": ("Split-shift contracts should be banned in Ruritania.", ["split-shift contracts"]),
    "tackle": ("Tackling should be banned in school hurling.", ["tackling", "school hurling"]),
    "levy": ("Councils should charge a levy on empty shops.", ["empty shop levy", "levy"]),
    "stampede": ("The Marlow fair stampede was caused by failures of the fair's organisers.",
                 ["Marlow fair"]),
    "blaze": ("The moorland fire was caused by a faulty power cable.", ["moorland fire"]),
    "toll": ("The bridge toll on the Marlow crossing should be abolished.", ["bridge toll"]),
    "card": ("Ruritania should introduce a national identity card.", ["identity card"]),
    "stoves": ("Wood-burning stoves should be banned in Ruritanian cities.",
               ["wood burners", "log burner", "wood burner ban", "wood smoke"]),
    "racing": ("Pigeon racing should be banned.", ["pigeon racing", "pigeons", "racing pigeons"]),
    "jousting": ("Jousting should be banned in Ruritania.", ["jousting", "jousting ban"]),
    "ballots": ("Prisoners in Ruritania should be given the right to vote.",
                ["prisoner voting", "prisoner voting ban"]),
    "hover": ("Hoverboards should be legalised on pavements.", ["hoverboards"]),
    "patch": ("Glimmer's faulty patch caused the Marlow blackout because the firm did not test "
              "it properly.", ["Glimmer", "Marlow blackout"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("kites", "supports", 'The MP said: "[I want this House to end the sale of stunt kites to '
                          'the public]."'),
    ("kites", "supports", "The MP said [ministers should end the sale of stunt kites]."),
    ("kites", "refutes", "The shop said [ministers should not stop the sale of stunt kites]."),
    ("kites", "neutral", "The shop said [the sale of stunt kites ended at noon]."),
    ("kites", "supports", 'The caller said: "[Just stop selling them in shops, have the big '
                          'shows, job done]."'),
    ("kites", "supports", "The charity said [shops should stop selling stunt kites]."),
    ("kites", "refutes", "The shop said [shops should not stop selling stunt kites]."),
    ("kites", "neutral", "The shop said [it stopped selling stunt kites last year]."),
    ("kites", "supports", "The charity said [stunt kites should only be sold to licensed "
                          "clubs]."),
    ("shifts", "supports", "Labour promised to [ban exploitative split-shift contracts]."),
    ("shifts", "supports", 'The leaflet said: "[Exploitative split-shift contracts.]"'),
    ("shifts", "supports", "The union called them [exploitative split-shift contracts]."),
    ("shifts", "supports", "The union said [we will ban dangerous split-shift contracts]."),
    ("tackle", "supports", 'The surgeon said: "[Schools should not let pupils tackle]."'),
    ("tackle", "refutes", 'The coach said: "[Let the kids tackle]."'),
    ("tackle", "neutral", 'The coach said: "[Let them play]."'),
    ("levy", "supports", 'The mayor said: "[Sitting on our hands was never an option]."'),
    ("levy", "supports", "The charity said [the levy is \u201ca start\u201d, but that councils "
                         "must spend the money on homes]."),
    ("levy", "supports", "The charity said [the levy is 'a start' at best]."),
    ("stampede", "refutes", "The promoter said [the organisers could not be held responsible "
                            "for the choices of 9,000 adults]."),
    ("stampede", "supports", "The mayor said [the organisers were responsible for the "
                             "stampede]."),
    ("stampede", "refutes", "The promoter said [the organisers bear no responsibility]."),
    ("stampede", "supports", "The mayor said [the organizers were to blame]."),  # US spelling
    ("stampede", "refutes", "The promoter said [no one could have foreseen the surge]."),
    ("stampede", "supports", "The engineer said [the stampede was entirely predictable]."),
    ("stampede", "refutes", "The promoter said [it was an accident]."),
    ("blaze", "neutral", "The engineer said [no one could have foreseen the surge]."),
    ("toll", "supports", "The haulier said [the toll is the single biggest barrier my drivers "
                         "face]."),
    ("toll", "refutes", 'The minister said: "[Scrapping the toll is a fantasy]."'),
    ("toll", "refutes", 'The minister said: "[Scrapping the toll is a pipe dream]."'),
    ("toll", "supports", 'The haulier said: "[Get rid of the toll and you unlock the whole '
                         'valley]."'),
    ("card", "supports", "The minister said [the card would help stamp out fraud]."),
    ("toll", "refutes", 'The pensioner said: "[I don\'t think it should be scrapped]."'),
    ("toll", "supports", 'The haulier said: "[It should be abolished tomorrow]."'),
    ("stoves", "supports", "The doctor said [wood burners should be banned]."),
    ("stoves", "supports", "The doctor said [wood burners have no place in our cities]."),
    ("stoves", "refutes", "The sweep said [the wood burner ban is a disgrace]."),
    ("racing", "neutral", "The vet said [the pigeons deserve better]."),
    ("jousting", "neutral", "The pollster said [support for jousting among the young was at "
                            "historic lows]."),
    ("jousting", "supports", "The knight said [there is strong support for a ban]."),
    ("jousting", "supports", "The squire said: \"[I would vote to ban jousting]\"."),
    ("jousting", "refutes", "The squire said: \"[I would not vote to ban jousting]\"."),
    ("jousting", "supports", "The squire said: \"[I'd vote to end jousting now]\"."),
    ("jousting", "neutral", "The herald said [the council voted to ban jousting]."),
    ("patch", "supports", "The engineer said [the patch was never properly tested]."),
    ("patch", "supports", "The engineer said [Glimmer did not test the patch properly]."),
    ("patch", "refutes", "Glimmer said [the patch had been rigorously tested]."),
    ("patch", "neutral", "The engineer said [the patch caused the blackout]."),  # granted
    ("patch", "supports", "The engineer said [the patch went out untested]."),
    ("patch", "supports", "The engineer said [Glimmer pushed an untested patch]."),
    ("ballots", "refutes", "The MP said [the ban should stay]."),
    ("ballots", "supports", "The charity said [Parliament should end the ban]."),
    ("ballots", "supports", "The charity said [the blanket ban is unjustified]."),
    ("ballots", "refutes", "The MP said [the prisoner voting ban should stay]."),
    ("hover", "supports", "The rider said [the ban is a failure]."),
    ("ballots", "supports", "A former minister said [short-sentence prisoners should vote as a "
                            "matter of course]."),
    ("ballots", "supports", "A former minister told us he had voted to keep the ban in 2011 but "
                            "now believes [short-sentence prisoners should vote]."),
    ("patch", "neutral", "The tester said: \"[You can't test your way to zero bugs]\"."),
    ("stoves", "refutes", "The makers said [a ban would punish the people who did the right "
                          "thing]."),
    ("jousting", "supports", "The charity welcomed the decision but said [it should have come "
                             "sooner]."),
    ("stoves", "neutral", "The makers said [a modern stove emits far less smoke than an open "
                          "fire]."),
])
def test_ends_curbs_causes_and_verdicts(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, cue=None, polarity=read_polarity(marked))
    assert found.stance == expected, found


def test_a_job_done_is_no_employment_argument(nlp, props):
    found = judge(nlp, props["levy"], 'The trader said: "[Charge them, job done]."', cue="say")
    assert "liberty/economy" not in found.basis, found


def test_watchlist_names_for_what_is_banned_are_restricted_things(props):
    """ "wood burners", "log burner": the stem of "wood-burning"; "pigeons" only modify
    "pigeon racing", and the birds are not what is banned."""
    assert {"burner", "burners"} <= props["stoves"].restricted
    assert {"wood", "log"} <= props["stoves"].args
    assert "pigeons" not in props["racing"].restricted


def test_the_reason_a_cause_is_given_is_the_proposition(props):
    patch = props["patch"]
    assert patch.predicate == "test" and patch.negated and "patch" in patch.target


def test_a_policy_not_considered_by_those_who_would_bring_it_in(nlp, props):
    said = "The spokesperson said [the government is not considering a ban on jousting]."
    assert judge(nlp, props["jousting"], said, cue=None, speaker="a Home Office spokesperson",
                 polarity="negative").stance == "refutes"
    assert judge(nlp, props["jousting"], "The minister said [we are not considering a ban].",
                 cue=None, polarity="negative").stance == "refutes"
    assert judge(nlp, props["jousting"], said, cue=None, speaker="campaigners",
                 polarity="negative").stance == "neutral"  # a complaint, reported

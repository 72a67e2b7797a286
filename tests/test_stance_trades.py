"""Rules of the thirty-fourth 2026-12-05 session, on sentences written for these tests: what a ban
acts on ended ("end the sale of stunt kites": stance_restate._rid_of), given up ("stop selling
them") or let be done ("schools should not let pupils tackle": stance_permission); a sale allowed
"only" to some is a curb; a judgement does not make the banned thing another of its kind
("exploitative contracts" are still the contracts: word_forms.modifier_of_another_kind) and a
bare verdict on it takes the ban's side (stance_labels); inaction as "sitting on our hands";
a set phrase inside quotation marks ("is 'a start'"); "job done" is no employment frame; a
party "(held) responsible" or bearing "no responsibility" for an effect, and the US spelling of
a cause's words (cause_links, stance_hypotheses.phrase_words); "a barrier", "a fantasy", "a
pipe dream"; "get rid of X and you ..." as a conditional; "stamp out fraud" removes a bad
thing."""

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
    "toll": ("The bridge toll on the Marlow crossing should be abolished.", ["bridge toll"]),
    "card": ("Ruritania should introduce a national identity card.", ["identity card"]),
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
    ("toll", "supports", "The haulier said [the toll is the single biggest barrier my drivers "
                         "face]."),
    ("toll", "refutes", 'The minister said: "[Scrapping the toll is a fantasy]."'),
    ("toll", "refutes", 'The minister said: "[Scrapping the toll is a pipe dream]."'),
    ("toll", "supports", 'The haulier said: "[Get rid of the toll and you unlock the whole '
                         'valley]."'),
    ("card", "supports", "The minister said [the card would help stamp out fraud]."),
])
def test_ends_curbs_causes_and_verdicts(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, cue=None, polarity=read_polarity(marked))
    assert found.stance == expected, found


def test_a_job_done_is_no_employment_argument(nlp, props):
    found = judge(nlp, props["levy"], 'The trader said: "[Charge them, job done]."', cue="say")
    assert "liberty/economy" not in found.basis, found

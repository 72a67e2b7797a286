"""Rules of the thirty-ninth 2026-12-06 session, on sentences written for these tests.

The fault laid at a door with no effect named ("the blame lay with the crew", "the lenders were to
blame") names the cause, the proposition's or a rival (cause_links.cause_link,
stance_causes.cause_signals), but a share of it does not ("were also to blame", "bears some
responsibility"), nor a responsibility for something else ("for its navigation"), nor the people one
blames ("blamed the voters"); "the real killer was X" names the cause as "the real culprit" does.
Conduct in office a proposition lays at its holders' door ("reckless decisions by its directors",
"poor management by ministers") makes them the ones blamed, with their offices ("the board", "the
government"): erring for, cleared ("acted in good faith") or another erring ("the lenders pulled the
plug too early") against (stance_culprits.py). A "could not" is a refusal, not a hedge ("could not
support a ban": scope.walk; "could not rule out" is still one), and "on paper" grants a merit only
in theory however the merit is said ("lovely on paper", "a lovely idea on paper":
conditions.only_in_theory). What one can or cannot afford is backed or refused
(evaluative.PRO_ACTS), and what has "run its course" or "outlived its usefulness" is past its use
(valence_phrases.py). A frame denied ("never about safety") or a frame word that names a thing ("the
road safety grant") argues for no camp (frames.py)."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "ferry": ("The Marlow ferry company failed mainly because of poor management by its board.",
              ["Marlow ferry"]),
    "jousting": ("Jousting should be banned in Ruritania.", ["jousting", "jousting ban"]),
    "cannons": ("Marlow should scrap its harbour cannons.", ["harbour cannons", "cannons"]),
    "harbour": ("The Marlow harbour company collapsed mainly because of reckless decisions by its "
                "directors.", ["Marlow harbour"]),
    "joust": ("Sir Ivo Kessel cheated in the 2022 Marlow joust.", ["Kessel", "Marlow joust"]),
    "lamp": ("The Marlow lighthouse failure was caused mainly by the harbour board's management "
             "culture.", ["lighthouse failure"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


# Each rule's sentences: (the rule, proposition key, expected stance, [content] marked).
CASES = [
    # the fault laid at one door, with no effect named: its cause or a rival; a share is neither
    ("blame", "ferry", "refutes", "The inspector said [the blame lay with the crew]."),
    ("blame", "ferry", "supports", "The inspector said [the fault lies with the board]."),
    ("blame", "ferry", "refutes", "The inspector said [the lenders were to blame]."),
    ("blame", "ferry", "refutes", "The inspector said [the lenders were to blame for refusing a "
                                  "loan]."),
    ("blame", "ferry", "neutral", "The inspector said [the shipwrights were also to blame]."),
    ("blame", "ferry", "neutral", "The inspector said [the shipwrights bear some "
                                  "responsibility]."),
    ("blame", "ferry", "neutral", "The inspector said [the shipwrights share the blame]."),
    ("blame", "ferry", "refutes", "The inspector said [the real killer was the storm, not the "
                                  "board]."),
    ("blame", "ferry", "neutral", "The inspector said [the crew bears full responsibility for "
                                  "its navigation]."),
    ("blame", "ferry", "neutral", "The inspector said [she blamed the voters]."),
    # conduct in office laid at its holders' door: they, or their board, erring or cleared
    ("conduct", "harbour", "supports", "The inspector said [the directors were reckless]."),
    ("conduct", "harbour", "supports", "The inspector said [the board made a mistake]."),
    ("conduct", "harbour", "refutes", "The inspector said [the directors had acted in good "
                                      "faith]."),
    ("conduct", "harbour", "refutes", "The inspector said [the lenders pulled the plug too "
                                      "early]."),
    # "could not": a refusal; "could" alone is still a hedge
    ("could-not", "jousting", "refutes", "The guild said [it could not support banning "
                                         "jousting]."),
    ("could-not", "jousting", "neutral", "The guild said [it could support banning jousting]."),
    ("could-not", "jousting", "neutral", "The guild said [it could not rule out a ban]."),
    # a merit granted "on paper", on the way to an objection, takes no side
    ("on-paper", "jousting", "neutral", "The knight called the ban [lovely on paper]."),
    ("on-paper", "jousting", "neutral", "The knight said [the ban was a lovely idea on paper]."),
    ("on-paper", "jousting", "supports", "The knight said [the ban was a lovely idea]."),
    # a frame denied ("never about safety") or a frame word naming a thing is no argument
    ("frame", "jousting", "supports", "The clerk said [the sheriff's patrols were about "
                                      "safety]."),
    ("frame", "jousting", "neutral", "The clerk said [the sheriff's patrols were never about "
                                     "safety]."),
    ("frame", "jousting", "neutral", "The clerk said [the council had cut the road safety "
                                     "grant]."),
    # a policy past its use
    ("worn-out", "cannons", "supports", "The mayor said [the cannons had run their course]."),
    ("worn-out", "cannons", "supports", "The mayor said [the cannons had outlived their "
                                        "usefulness]."),
    # what can or cannot be afforded
    ("afford", "jousting", "refutes", "The treasurer said [Ruritania cannot afford the ban]."),
    ("afford", "jousting", "supports", "The treasurer said [Ruritania can afford the ban]."),
    ("afford", "cannons", "supports", "The treasurer said [we can no longer afford the "
                                      "cannons]."),
    # of a removal, a pledge to the thing removed keeps it; a pledge alone is the removal's
    ("pledge", "cannons", "refutes", "The mayor said [the council had reaffirmed its commitment "
                                     "to the cannons]."),
    ("pledge", "cannons", "supports", "The mayor said [the commitment was long overdue]."),
    # the next claim, parsed as a conjunct of this one, is not read with it
    ("next claim", "jousting", "supports", 'The lords said [the ban was "necessary" after a long '
                                           'season of tournaments], and insisted it was '
                                           '"working round the clock" on injuries.'),
    # a cause makes its effect inevitable
    ("made inevitable", "harbour", "refutes", "The analyst said [the old pier's design made the "
                                              "collapse inevitable]."),
    ("made inevitable", "lamp", "supports", "The keeper said [the board's management culture "
                                            "made the failure inevitable]."),
    # a revision called for takes a side; one reported done does not
    ("revised", "jousting", "refutes", "The lord said [the ban must be redrafted]."),
    ("revised", "jousting", "neutral", "The lord said [the ban had been redrafted]."),
    # an inquiry that found nothing amiss
    ("nothing amiss", "joust", "refutes", 'The marshal said ["nothing irregular" had been found '
                                          'in the joust].'),
    ("nothing amiss", "joust", "refutes", "The steward said [the film of the joust shows nothing "
                                          "unusual]."),
    # where the fault lies, with a thing as with a doer; a management's are its managers
    ("fault lies", "harbour", "refutes", "The analyst said [the fault lay in the old pier]."),
    ("fault lies", "harbour", "refutes", "The analyst said [the blame lay with the weather]."),
    ("fault lies", "lamp", "supports", "The keeper said [the blame lay with the managers]."),
    ("fault lies", "lamp", "refutes", "The keeper said [the managers were not to blame]."),
]


@pytest.mark.parametrize(("key", "expected", "marked"), [c[1:] for c in CASES],
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_the_sessions_rules(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "call" if " called " in marked else "say")
    assert found.stance == expected, found

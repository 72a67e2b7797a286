"""A cause's part weighed (stance_roles.py), what explains the event (stance_explains.py), what
would have happened without it (stance_but_for.py) and a cause named by its scarcity
(stance_hypotheses.cause_there_signals), for propositions that name a cause. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import judge, parse_all

PROPOSITIONS = {
    "slip": ("The Penmor landslide was caused by blasting at the Carrow quarry.",
             ["Penmor landslide"]),
    "sky": ("The 1911 Volsk fireball was caused by a comet.", ["Volsk fireball"]),
    "few": ("The crush at the Penn Road gates was caused by too few marshals.", ["Penn Road"]),
    "flu": ("Moving the clocks back in autumn raises the number of flu cases.", ["clock change"]),
    "slump": ("The Venmark economy fell into recession in 2025.", ["Venmark economy"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


CASES = [
    # -- a cause's part weighed (stance_roles.py)
    ("slip", "supports", "The geologist said [the blasting was a major factor in the landslide]."),
    ("slip", "supports", "She said [the quarry's blasting played a part]."),
    ("slip", "refutes", "The operator said [blasting was a minor factor at most]."),
    ("slip", "refutes", "He said [the blasting played no part in the landslide]."),
    ("slip", "refutes", "He said [the quarry did not play any role in it]."),
    ("slip", "refutes", "The engineer said: \"[Blasting is a red herring.]\""),
    ("slip", "refutes", "She said [the blasting was irrelevant]."),
    ("slip", "refutes", "He said [the wet winter was the main factor in the landslide]."),
    # another cause with a part, a part in something else, a factor asked about: no side
    ("slip", "neutral", "He said [the wet winter was a factor too]."),
    ("slip", "neutral", "She said [the quarry was a big factor in house prices]."),
    ("slip", "neutral", "The reporter asked [whether blasting was a factor]."),
    # -- what explains the event (stance_explains.py)
    ("sky", "supports", "The astronomer said [a comet explains the bright nights that followed]."),
    ("sky", "supports", "She said [the glowing skies are explained by a comet's dust]."),
    ("sky", "refutes", "He said [the comet theory does not explain the melted rock]."),
    ("sky", "refutes", "He said: \"[You do not need a comet to explain the flattened trees.]\""),
    ("sky", "refutes", "The geologist said [a stony asteroid explains everything we see]."),
    ("sky", "supports", "She said [an asteroid cannot explain the glowing skies]."),
    ("sky", "supports", "She said [a comet accounts for the missing fragments]."),
    ("sky", "refutes", "He said [a stony asteroid fitted the evidence better]."),
    # a rival that explains one clue, a description any body fits, people explaining: no side
    ("sky", "neutral", "He said [an asteroid explains the melted rock]."),
    ("sky", "neutral", "She said [a body of sixty metres explains everything we see]."),
    ("sky", "neutral", "He said [the curator explained the findings to visitors]."),
    # -- a scarce cause (stance_hypotheses.py), and a habit that holds nothing (stance_events.py)
    ("few", "supports", "A fan said [he did not see a marshal at the gates all night]."),
    ("few", "supports", "The union said [there were not enough marshals]."),
    ("few", "supports", "She said [no marshals were on the gates]."),
    ("few", "refutes", "The club said [there were enough marshals on duty]."),
    # what happened named as the event itself (stance_hypotheses._identified)
    ("slump", "supports", "The economist said [it is a recession, technically]."),
    ("slump", "supports", "The economist said: \"[This was a recession.]\""),
    ("slump", "refutes", "The minister said [it is not a recession]."),
    ("slump", "neutral", "The minister said [a recession would hurt exporters]."),
    # a rise named, then what someone goes on doing: no hold on the rise
    ("flu", "neutral", "The campaign said [it would keep citing the older studies]."),
    # a quantity said to move: the proposition's own, or another (stance_events._event_mention)
    ("flu", "supports", "The doctor said [the number of flu cases rose after the change]."),
    ("flu", "neutral", "The doctor said [the waiting list fell after the change]."),
    # -- what would have happened without the cause (stance_but_for.py)
    ("slip", "supports",
     'He said: "[Without the blasting, the landslide would not have happened.]"'),
    ("slip", "refutes", 'She said: "[The landslide would have happened without the quarry.]"'),
    ("few", "supports", 'He said: "[More marshals would have prevented the crush.]"'),
    ("few", "refutes", 'The club said: "[Extra marshals would not have stopped the crush.]"'),
    # no counterfactual: what the blasting did is said plainly elsewhere
    ("slip", "neutral", "She said [the quarry will keep blasting without a licence]."),
]


@pytest.mark.parametrize(("key", "expected", "marked"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_a_cause_weighed(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, None)
    assert found.stance == expected, found.basis

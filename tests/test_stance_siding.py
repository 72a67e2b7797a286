"""A speaker who takes a side by naming whose side they are on ("I agree with David", "My hon.
Friend is right", "I would gently disagree"): trail/agreements.py. Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from pipeline.trail.agreements import AGREES, DISAGREES, agreement
from pipeline.trail.tagging import assess_stances
from pipeline.trail.topics import load_topics

TOPICS = """topics:
  - id: jousting-ban
    description: Whether jousting should be banned in Ruritania.
    proposition: Jousting should be banned in Ruritania.
    about: [jousting]
"""


@pytest.mark.parametrize(("content", "expected"), [
    ("I agree with Kessel, which doesn't happen often.", (1, "kessel", False)),
    ("I agree entirely.", (1, "", True)),
    ("My right hon. Friend is right.", (1, "", True)),
    ("Professor Marlow is absolutely right on this one.", (1, "marlow", True)),
    ("I'm sorry, but the Chancellor is right", (1, "chancellor", True)),
    ("I would gently disagree with Dr Kessel", (-1, "kessel", True)),
    ("Disagree with you for once, Eleanor.", (-1, "", True)),
    ("I don't agree with Sarah on this.", (-1, "sarah", True)),
    ("You're wrong, Minister.", (-1, "", True)),
    ("For once I agree with a union boss", (1, "union boss", True)),
    # not an agreement with a speaker: a clause, a concession, a verdict on a thing
    ("I agree that the ban works.", None),
    ("I agree with Kessel, but the ban must stay.", None),
    ("He is right that it does not prove it.", None),
    ("It is right that we act.", None),
    ("The plan is right for Ruritania.", None),
    ("The Home Office is right to go after the sellers.", None),
])
def test_what_counts_as_siding_with_a_speaker(content: str, expected):
    assert agreement(content) == expected


def _claim(claim_id: str, speaker: str, content: str, doc: str = "d1") -> dict:
    return {"claim_id": claim_id, "topic": "jousting-ban", "tagged_by": "name", "doc_id": doc,
            "speaker": speaker, "speaker_role": None, "content": content, "sentence": content,
            "cue": "say", "polarity": "positive", "start_char": int(claim_id[1:]) * 100,
            "title": "Debate: jousting", "lead": ""}


def _stances(tmp_path: Path, rows: list[dict]) -> dict[str, tuple[str, str]]:
    path = tmp_path / "topics.yaml"
    path.write_text(TOPICS, encoding="utf-8")
    out = assess_stances(pl.DataFrame(rows), load_topics(path))
    return dict(zip(out["claim_id"], zip(out["stance"], out["stance_basis"], strict=True),
                    strict=True))


def test_a_speaker_takes_the_side_of_whom_they_agree_with(tmp_path: Path):
    got = _stances(tmp_path, [
        _claim("c1", "David Orrell MP", "Jousting should never be banned."),
        _claim("c2", "Naomi Price MP", "I agree with David, which doesn't happen often."),
        _claim("c3", "Naomi Price MP", "The lists are the thing the world envies us for."),
        _claim("c4", "Sir Peter Hallam", "Jousting is a cruel sport and should be banned."),
        _claim("c5", "Jo Adeyemi", "I would gently disagree."),
        _claim("c6", "Ann Lee", "I agree with Marlow."),  # no Marlow speaks here
    ])
    assert got["c2"][0] == "refutes" and got["c2"][1].startswith(AGREES + "David Orrell MP")
    assert got["c3"][0] == "refutes"  # and their other words carry it (consistency.py)
    assert got["c5"][0] == "refutes"  # against the speaker just before
    assert got["c5"][1].startswith(DISAGREES + "Sir Peter Hallam")
    assert got["c6"][0] == "neutral"


def test_an_agreement_alone_replaces_a_verdict_on_a_person(tmp_path: Path):
    got = _stances(tmp_path, [
        _claim("c1", "Mr Kessel", "Jousting is barbaric and must be banned at once."),
        _claim("c2", "Mrs Marlow", "Jousting should never be banned."),
        _claim("c3", "Mr Graham", "My right hon. Friend is right."),
        _claim("c4", "Mr Graham", "I agree with Kessel.", doc="d2"),  # Kessel is not in d2
    ])
    assert got["c3"][0] == "refutes"  # the friend is the speaker before, not the proposition
    assert got["c4"][0] == "neutral"

"""Whose sides are not carried: a programme's or a sitting's host (trail/tagging.py), whose
questions and links belong to the format, in every turn of theirs once one label names them host
(a side they state stands, but none is carried between their turns); and a speaker who says
they take none ("isn't for me to say": trail/abstentions.py), none of whose other claims in the
article then takes a side carried from another. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from pipeline.trail.abstentions import ABSTAINS, abstains
from pipeline.trail.consistency import carry_speaker_side
from pipeline.trail.tagging import HOSTED, assess_stances
from pipeline.trail.topics import load_topics

TOPICS = """topics:
  - id: jousting-ban
    description: Whether jousting should be banned in Ruritania.
    proposition: Jousting should be banned in Ruritania.
    about: [jousting]
"""


def _claim(claim_id: str, speaker: str, role: str | None, content: str) -> dict:
    return {"claim_id": claim_id, "topic": "jousting-ban", "tagged_by": "name", "doc_id": "d1",
            "speaker": speaker, "speaker_role": role, "content": content, "sentence": content,
            "cue": "say", "polarity": "positive", "start_char": int(claim_id[1:]) * 100,
            "title": "Phone-in: jousting", "lead": ""}


def test_a_hosts_turns_lend_and_take_no_side(tmp_path: Path):
    path = tmp_path / "topics.yaml"
    path.write_text(TOPICS, encoding="utf-8")
    tagged = pl.DataFrame([
        _claim("c1", "Dev Sandhu", "PRESENTER", "Jousting is a cruel sport and should be banned."),
        _claim("c2", "Dev Sandhu", None, "Lines are open on jousting."),
        _claim("c3", "Joyce", "CALLER, ERITH", "Jousting is a cruel sport and should be banned."),
        _claim("c4", "Ann Lee", "chairman, Jousting Guild", "Jousting should never be banned."),
    ])
    out = assess_stances(tagged, load_topics(path))
    got = dict(zip(out["claim_id"], zip(out["stance"], out["stance_basis"], strict=True),
                   strict=True))
    assert got["c1"][0] == "supports"  # a side the host states stands
    assert got["c2"] == ("neutral", HOSTED)  # but is carried to no other turn of theirs
    assert got["c3"][0] == "supports"
    assert got["c4"][0] == "refutes"  # a chairman of a body is no host


@pytest.mark.parametrize(("expected", "content"), [
    (True, "Whether the policy is right isn't for me to say; we just run it."),
    (True, "It is not our job to take sides."),
    (True, "We don't take sides on jousting."),
    (True, "I'm strictly neutral on that."),
    (True, "We have no view either way."),
    (True, "The guild takes no position on the ban."),  # a body's own, said of it
    (True, "The council has taken no formal position."),
    (True, "The club neither supports nor opposes the order."),
    (False, "The squire has no doubt the ban will work."),
    (False, "Nobody takes sides more than the lords do."),
    (False, "The ban is wrong."),
    (False, "They just run the ban for the lords."),
])
def test_a_declaration_of_no_side_is_read_from_its_words(expected, content):
    assert abstains(content) is expected


def test_a_speaker_who_declares_no_side_is_given_none():
    rows = pl.DataFrame([
        {"claim_id": c, "doc_id": "d1", "speaker": "Karen Lowe", "topic": "ban", "stance": st,
         "stance_basis": basis}
        for c, st, basis in (("c1", "refutes", "evaluates 'the ban': 'pressure'"),
                             ("c2", "neutral", "no side taken"),
                             ("c3", "neutral", ABSTAINS))])
    out = carry_speaker_side(rows)
    assert dict(zip(out["claim_id"], out["stance"], strict=True)) == {
        "c1": "refutes", "c2": "neutral", "c3": "neutral"}

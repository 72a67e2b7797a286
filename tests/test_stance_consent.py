"""Consent to a project given or refused (trail/stance_consent.py): granting planning
permission, consent or the go-ahead approves the project, refusing or quashing it blocks it;
permission for something else, and a possible grant, take no side. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from pipeline.trail.proposition import parse_proposition
from tests.test_stance import judge


@pytest.fixture(scope="module")
def stadium(nlp):
    return parse_proposition("The rugby club's new stadium on the riverside should go ahead.",
                             ["riverside stadium"], nlp)


@pytest.mark.parametrize(("expected", "marked"), [
    ("supports", "The city council resolved that [permission should be granted]."),
    ("supports", "Officers recommend that [the committee grants planning permission]."),
    ("supports", "The club said [ministers had given the go-ahead]."),
    ("supports", "The club said [the council should give it the green light]."),
    ("refutes", "The neighbours said [the council had refused planning permission]."),
    ("refutes", "The neighbours said [the court should quash the consent]."),
    ("refutes", "The neighbours said [permission should not be granted]."),
    ("neutral", "The club said [it had been given permission to film the final]."),
    ("neutral", "The club said [the council may grant permission next month]."),
])
def test_consent_given_or_refused(nlp, stadium, expected, marked):
    assert judge(nlp, stadium, marked, "say").stance == expected


def test_consent_is_read_only_for_a_project(nlp):
    """Of a ban, "permission should be granted" is someone's permission, not the ban's."""
    ban = parse_proposition("Smoking should be banned in pubs.", ["smoking ban"], nlp)
    found = judge(nlp, ban, "The landlord said [permission should be granted].", "say")
    assert found.stance == "neutral"

"""Relative and explicit dates of speech events."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.nlp.claim_dates import resolve_claim_date

THU = dt.date(2024, 7, 11)  # a Thursday
SUN_2019 = dt.date(2019, 7, 14)  # a Sunday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("spokesperson said Monday.", THU, (dt.date(2024, 7, 8), "weekday:Monday")),
        ("on Thursday quoted the minister", THU, (THU, "weekday:Thursday")),  # same weekday
        ("said on Friday", THU, (dt.date(2024, 7, 5), "weekday:Friday")),  # wraps into last week
        (
            "Speaking to reporters on Sunday, Abbas Mousavi said",
            SUN_2019,
            (SUN_2019, "weekday:Sunday"),
        ),
        ("said last Thursday", THU, (dt.date(2024, 7, 4), "weekday:Thursday")),
        ("said last Wednesday", THU, (dt.date(2024, 7, 10), "weekday:Wednesday")),
        ("told reporters on Tuesday night", THU, (dt.date(2024, 7, 9), "weekday:Tuesday")),
        ("On May 29, Khamenei ruled out", SUN_2019, (dt.date(2019, 5, 29), "explicit:May 29")),
        ("on 29 May, he said", SUN_2019, (dt.date(2019, 5, 29), "explicit:29 May")),
        (
            "On December 30, he said",
            THU,
            (dt.date(2023, 12, 30), "explicit:December 30"),
        ),  # not future
        ("said on July 5, 2024", None, (dt.date(2024, 7, 5), "explicit:July 5, 2024")),
        ("a statement dated 2024-07-05 said", None, (dt.date(2024, 7, 5), "explicit:2024-07-05")),
        ("said yesterday", THU, (dt.date(2024, 7, 10), "relative:yesterday")),
        ("said last night", THU, (dt.date(2024, 7, 10), "relative:last night")),
        ("told reporters today", THU, (THU, "relative:today")),
        ("said three days ago", THU, (dt.date(2024, 7, 8), "relative:three days ago")),
    ],
)
def test_resolves(text, published, expected):
    assert resolve_claim_date(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("said last week", THU),
        ("warned last month ahead of the ballot", THU),
        ("Earlier in April, Rouhani said", SUN_2019),
        ("spokesperson said Monday", None),  # weekday without a publication date
        ("On May 29, he said", None),  # no year to attach
        ("told the Sunday Telegraph", THU),  # a newspaper, not a day
        ("told Sky News' Sunday with Adam Boulton", THU),
        ("after missing Monday's vote", THU),
        ("on February 30 he said", THU),  # impossible date
        ("he may 5 times repeat", THU),  # 'may' is a verb here
        ("", THU),
    ],
)
def test_unresolved(text, published):
    assert resolve_claim_date(text, published) == (None, None)


def test_explicit_date_beats_weekday():
    assert resolve_claim_date("On Monday, July 1, 2024, he said", THU) == (
        dt.date(2024, 7, 1),
        "explicit:July 1, 2024",
    )


def test_year_boundary_weekday():
    new_year = dt.date(2024, 1, 1)  # a Monday
    assert resolve_claim_date("said on Friday", new_year) == (
        dt.date(2023, 12, 29),
        "weekday:Friday",
    )

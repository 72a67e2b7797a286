"""The frame fallback (trail/frames.py): a policy claim no rule decides takes the side of the
frame it argues in, on sentences written for these tests; the side is overridden by the
speaker's own words in the article and never cited by a contradiction (end to end)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.trail.consistency import FRAMED, carry_speaker_side
from tests.conftest import materialize_folder, parking_ban_folder, query
from tests.test_stance import judge, parse_all
from tests.test_trail import _stances

PROPOSITIONS = {
    "ban": ("Smoking should be banned in pubs and restaurants.", ["smoking ban", "ban"]),
    "id": ("The government should introduce identity cards.", ["ID card*", "identity card*"]),
    "hours": ("Pubs should be allowed to stay open for 24 hours.", ["licensing"]),
    "talks": ("Iran and the United States are holding talks.", ["talks"]),
    "bid": ("Deutsche Boerse should buy the London Stock Exchange.", ["bid"]),
    "hate": ("It should be a crime to incite religious hatred.", ["religious hatred"]),
    "scrap": ("The smoking ban should be scrapped.", ["smoking ban"]),
    "road": ("The Marsh Lane relief road should be built.", ["relief road"]),
    "burner": ("The Felling incinerator should be scrapped.", ["incinerator"]),
    "limit": ("The speed limit on dual carriageways should be raised.", ["speed limit"]),
    "jury": ("Jury trials should be restricted to the most serious cases.", ["jury trials"]),
}


@pytest.fixture(scope="module")
def props(nlp):
    return parse_all(nlp, PROPOSITIONS)


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("id", "supports", "The chief constable said [officers spent too long on fraud and "
                       "terrorism cases]."),  # protection: for a state scheme
    ("id", "refutes", "The campaigners said [ordinary people cared about their privacy and "
                      "their freedom]."),  # liberty: against it
    ("ban", "refutes", "The landlord said [this was about jobs and the business of pubs]."),
    ("hours", "supports", "The brewers said [jobs and trade in town centres were at issue]."),
    ("hours", "refutes", "The police said [crime and disorder would follow]."),  # permission:
    # the frames change camps
    ("ban", "neutral", "The minister said [the Health Bill would be published soon]."),  # a name
    ("ban", "neutral", "The chain said [its bars would all be smoke-free by May]."),
    ("id", "neutral", "The peer said [privacy and security were both at stake]."),  # a tie
    ("talks", "neutral", "The envoy said [security and terrorism were discussed]."),  # event
    ("bid", "neutral", "The analyst said [jobs and profits were what mattered]."),  # a company
    ("scrap", "refutes", "The doctors said [the health of bar staff came first]."),  # removing
    # a restriction: the frames change camps
    ("hate", "refutes", "The comedian said [freedom of speech had to come first]."),  # "it"
    # names no agent
    ("ban", "neutral", "The survey said [landlords feared for their jobs and their business]."),
    # another's fear, reported
    ("ban", "supports", "The doctors said [there was no safe level of exposure to smoke at "
                        "work]."),  # kept when denied
    ("road", "refutes", "The residents said [the health of their children and the danger of "
                        "more lorries mattered more]."),  # a built thing: harms are its
    # opponents' words, its safety its backers'
    ("burner", "refutes", "The operator said [the plant was safe and its safety record was "
                          "spotless]."),
    ("road", "supports", "The chamber said [jobs and business would follow]."),
    ("burner", "supports", "The residents said [lives and health were at stake]."),
    ("id", "neutral", "The judge said [the problem came not from terrorism but from laws such "
                      "as these]."),  # a frame word set aside is no argument in its frame
    ("id", "neutral", "The judge said [the greater danger to the public came not from "
                      "terrorism but from poverty]."),  # nor the clause it turns (a danger
    # from the policy itself is against it: stance_fears.source_signals)
    ("limit", "refutes", "The charity said [safety and lives came first]."),  # a ceiling
    # raised is a relaxation: the frames change camps
    ("jury", "refutes", "The barristers said [jury trials must be protected]."),  # a guard
    ("jury", "refutes", "The Bar said [the right to a jury trial should be preserved]."),  # for
    ("jury", "supports", "The minister said [we must protect victims]."),  # the curbed thing
    # a lifetime is no life at stake
    ("ban", "neutral", "The barmaid said [the regulars had sat outside for the first time in "
                       "their lives]."),
    ("ban", "supports", "The barmaid said [lives and crime were at stake]."),
])
def test_an_undecided_policy_claim_takes_its_frames_side(nlp, props, key, expected, marked):
    found = judge(nlp, props[key], marked, "say")
    assert found.stance == expected, found
    assert found.stance == "neutral" or found.basis.startswith(FRAMED)


def test_the_speakers_own_words_beat_a_frame():
    out = carry_speaker_side(_stances(
        ("c1", "d1", "Jo Bloggs", "refutes", "calls it 'unworkable'"),
        ("c2", "d1", "Jo Bloggs", "supports", f"{FRAMED}protection ('crime')"),
        ("c3", "d1", "Al Smith", "supports", f"{FRAMED}protection ('crime')"),
        ("c4", "d1", "Al Smith", "neutral", "no side taken"),  # a frame passes nothing on
    ))
    got = dict(zip(out["claim_id"], out["stance"], strict=True))
    assert got == {"c1": "refutes", "c2": "refutes", "c3": "supports", "c4": "neutral"}


ARTICLE = ("Parking ban splits town\n\nThe council's plan to ban street parking in the town "
           "centre divided opinion on Monday. Jane Porter, the chair of the Traders' "
           "Association, said the ban would be a disaster for local shops. Councillor Ravi "
           "Shah said the ban was a sensible idea that would make the streets safer. Tom "
           "Hale, a local shop owner, said jobs and business in the high street were what "
           "mattered to him.\n")


@pytest.mark.slow
def test_a_framed_claim_counts_in_positions_but_is_never_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news, database = parking_ban_folder(tmp_path, monkeypatch, {"town.txt": ARTICLE})
    assert materialize_folder(news, database).success
    hale = query(database, """
        SELECT s.stance, s.stance_basis FROM claim_stances s JOIN claims c USING (claim_id)
        WHERE c.speaker LIKE '%Hale%'""")
    assert hale and hale[0][0] == "refutes" and hale[0][1].startswith(FRAMED), hale
    assert query(database, "SELECT count(*) FROM positions WHERE speaker LIKE '%Hale%'")[0][0]
    cited = query(database, f"""
        SELECT count(*) FROM contradictions x JOIN claim_stances s
          ON s.claim_id IN (x.claim_id_a, x.claim_id_b) AND s.topic = x.topic
        WHERE starts_with(s.stance_basis, '{FRAMED}')""")
    assert cited == [(0,)]
    assert query(database, "SELECT count(*) FROM contradictions")[0][0] >= 1  # Porter v Shah

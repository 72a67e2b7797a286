"""The claim trail on the seeds, end to end: stances, statement groups, positions and the
contradictions between the camps that deny and affirm Iran-US talks."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.trail.consistency import INHERITED
from tests.conftest import SEEDS, materialize_folder, query

pytestmark = pytest.mark.slow  # spaCy over the seeds

TOPIC = "iran-us-talks"
DENY = {"Abbas Mousavi", "Ali Khamenei", "Abbas Araqchi", "Mahmoud Vaezi",
        "Iranian officials at various levels"}
AFFIRM = {"Nasser Kanaani", "Ali Bagheri Kani", "certain social and other media outlets"}


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("trail") / "claimtrail.duckdb"
    assert materialize_folder(SEEDS, database).success
    return database


def sides(database: Path) -> dict[str, set[str]]:
    rows = query(database, f"SELECT speaker, stance FROM positions WHERE topic = '{TOPIC}'")
    return {side: {speaker for speaker, stance in rows if stance == side}
            for side in ("supports", "refutes")}


def test_deniers_refute_and_affirmers_support_the_proposition(database: Path) -> None:
    found = sides(database)
    assert found["refutes"] >= DENY
    assert found["supports"] >= AFFIRM
    assert not found["supports"] & found["refutes"]  # nobody on both sides in the seeds


def test_a_mediation_offer_takes_no_side(database: Path) -> None:
    rows = query(database, "SELECT DISTINCT s.stance FROM claim_stances s JOIN claims c "
                           f"USING (claim_id) WHERE c.speaker = 'Sergey Lavrov' AND s.topic = "
                           f"'{TOPIC}'")
    assert rows == [("neutral",)]


def test_every_opposing_pair_is_a_contradiction_once(database: Path) -> None:
    pairs = query(database, "SELECT speaker_a, speaker_b, stance_a, stance_b, evidence_pairs "
                            f"FROM contradictions WHERE topic = '{TOPIC}'")
    found = {(a, b) for a, b, *_ in pairs}
    assert {(a, d) for a in AFFIRM for d in DENY} <= found
    assert len(found) == len(pairs)  # one row per pair of positions
    assert {(sa, sb) for _, _, sa, sb, _ in pairs} == {("supports", "refutes")}
    neutral_only = {"Sergey Lavrov", "Masoud Pezeshkian"}
    assert not neutral_only & {s for pair in found for s in pair}


def test_every_stance_has_a_reason_and_claims_carry_their_first_topic_stance(
    database: Path
) -> None:
    assert query(database, "SELECT count(*) FROM claim_stances WHERE stance_basis = ''") == [(0,)]
    mismatched = query(database, """
        SELECT count(*) FROM claims c JOIN claim_stances s
          ON s.claim_id = c.claim_id AND s.topic = c.topic
        WHERE c.stance IS DISTINCT FROM s.stance""")
    assert mismatched == [(0,)]
    basis = query(database, "SELECT s.stance_basis FROM claim_stances s JOIN claims c USING "
                            "(claim_id) WHERE c.speaker = 'Abbas Mousavi' AND s.stance = "
                            "'refutes'")
    assert any("no ongoing talks" in b for (b,) in basis)


def test_a_quote_carried_by_two_articles_is_one_statement(database: Path) -> None:
    groups = query(database, """
        SELECT g.article_count, g.claim_count, len(g.outlets)
        FROM statement_groups g WHERE g.speaker = 'Ali Bagheri Kani'
          AND g.content LIKE 'Indirect talks are being conducted%'""")
    assert groups and groups[0][0] == 2 and groups[0][1] == 2
    linked = query(database, "SELECT count(DISTINCT statement_group_id) FROM claims WHERE "
                             "content LIKE 'Indirect talks are being conducted%'")
    assert linked == [(1,)]
    # copies count once in the speaker's position: one per statement, not per article
    counts = query(database, "SELECT claim_count, len(claim_ids) FROM positions WHERE speaker = "
                             f"'Ali Bagheri Kani' AND topic = '{TOPIC}'")
    statements = query(database, f"""
        SELECT count(DISTINCT c.statement_group_id) FROM claims c JOIN claim_stances s
          USING (claim_id)
        WHERE c.speaker = 'Ali Bagheri Kani' AND s.topic = '{TOPIC}' AND s.stance = 'supports'""")
    assert len(counts) == 1 and counts[0][0] == statements[0][0] >= 2
    assert counts[0][1] == 2 * counts[0][0]  # each statement carried by both articles


def test_views_show_positions_in_order_and_stance_on_the_timeline(database: Path) -> None:
    rows = query(database, f"SELECT speaker, first_date FROM topic_positions WHERE topic = "
                           f"'{TOPIC}'")
    dated = [d for _, d in rows if d is not None]
    assert dated == sorted(dated)
    assert query(database, "SELECT count(*) FROM claim_timeline WHERE stance = 'refutes'")[0][0] > 5


def test_a_side_carried_from_the_speakers_other_claims_is_never_cited_as_evidence(
    database: Path
) -> None:
    carried = query(database, f"""
        SELECT count(*) FROM claim_stances
        WHERE starts_with(stance_basis, '{INHERITED}') AND stance <> 'neutral'""")
    assert carried[0][0] > 0  # the seeds have such claims (Khamenei, Vaezi, Kanaani)
    cited = query(database, f"""
        SELECT count(*) FROM contradictions x JOIN claim_stances s
          ON s.claim_id IN (x.claim_id_a, x.claim_id_b) AND s.topic = x.topic
        WHERE starts_with(s.stance_basis, '{INHERITED}')""")
    assert cited == [(0,)]

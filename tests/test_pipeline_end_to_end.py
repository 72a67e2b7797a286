"""End to end: materialize the asset graph over seeds/ plus bad files into a temporary DuckDB."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, materialize_folder, query

pytestmark = pytest.mark.slow

SEED_IDS = {p.name[:3]: p.name for p in SEEDS.iterdir()}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, dict[str, str]]:
    from tests.conftest import write_bad_files

    tmp = tmp_path_factory.mktemp("e2e")
    folder = tmp / "input"
    shutil.copytree(SEEDS, folder)
    expected = write_bad_files(folder / "bad")
    database = tmp / "claimtrail.duckdb"
    result = materialize_folder(folder, database)
    assert result.success
    return folder, database, expected


def article(database: Path, seed: str) -> dict:
    rows = query(database, f"""SELECT title, outlet, published_date, date_source, dateline, body,
                                      cluster_id, is_canonical, standfirst
                               FROM articles WHERE source_path LIKE '%/{SEED_IDS[seed]}'""")
    assert len(rows) == 1, seed
    keys = ["title", "outlet", "published_date", "date_source", "dateline", "body",
            "cluster_id", "is_canonical", "standfirst"]
    return dict(zip(keys, rows[0], strict=True))


def test_only_the_two_ynetnews_copies_share_a_cluster(built):
    _, database, _ = built
    clusters = query(database, """SELECT list(source_path ORDER BY source_path) FROM articles
                                  GROUP BY cluster_id HAVING count(*) > 1""")
    assert len(clusters) == 1
    names = sorted(Path(p).name[:3] for p in clusters[0][0])
    assert names == ["001", "002"]
    canon = query(database, "SELECT count(*) FROM articles WHERE is_canonical "
                            "AND cluster_id = (SELECT cluster_id FROM articles "
                            "GROUP BY cluster_id HAVING count(*) > 1)")
    assert canon == [(1,)]


def test_titles_outlets_and_dates(built):
    _, database, _ = built
    a0, a1, a2, a3, a4 = (article(database, s) for s in ("000", "001", "002", "003", "004"))
    assert a0["title"] == "Iran: Indirect talks held with US"
    assert a0["dateline"] == "TEHRAN"
    assert a0["published_date"] is None and a0["date_source"] == "none"
    assert a1["title"] == "Iran says indirect talks with US ongoing via Oman"
    assert a1["outlet"] == "Ynetnews"
    assert a2["published_date"] == dt.date(2024, 7, 11) and a2["date_source"] == "header"
    # the duplicate without a date gets it from its cluster, and says so
    assert a1["published_date"] == dt.date(2024, 7, 11) and a1["date_source"] == "duplicate"
    assert a2["title"] == a1["title"]
    assert a3["title"] == "Foreign Ministry: No ongoing negotiations between Iran, US at any level"
    assert a3["outlet"] == "Press TV"
    assert a3["published_date"] == dt.date(2019, 7, 14)
    assert a4["title"] == ("Iran Rejects Russia's Mediation, Says Has No Plans for Direct Talks "
                           "with US")
    assert a4["outlet"] in ("IFP", "Iran Front Page")
    assert a4["published_date"] is None


def test_bodies_keep_article_sentences_and_drop_boilerplate(built):
    _, database, _ = built
    a1, a3, a4 = (article(database, s)["body"] for s in ("001", "003", "004"))
    for kept in ("Indirect talks are being conducted through Oman",
                 "part of a group of Iranian-backed factions in the region"):
        assert kept in a1
    for dropped in ("View gallery", "(Photo:", "Follow Ynetnews", "commenter agrees", "פזשכיאן"):
        assert dropped not in a1
    for kept in ("engaged in no negotiations", "mere lies", "making a return"):
        assert kept in a3
    for dropped in ("Leave a Reply", "commenting using", "Akismet", "Posted by", "No comments"):
        assert dropped not in a3
    for kept in ("We have no intention of holding talks", "dismissed as illegal and futile"):
        assert kept in a4
    for dropped in ("Recent Posts", "Qatar's embassy", "hours ago", "Editorial Staff is composed"):
        assert dropped not in a4


def test_removed_lines_explain_every_drop(built):
    _, database, _ = built
    reasons = dict(query(database, """SELECT r.text, r.reason FROM removed_lines r
                                      JOIN documents d USING (doc_id)
                                      WHERE d.source_path LIKE '%/001_%'"""))
    assert any("View gallery" in text for text in reasons)
    assert any("(Photo: Reuters )" in text for text in reasons)
    assert all(reason for reason in reasons.values())


def test_every_bad_file_is_quarantined_with_a_reason(built):
    _, database, expected = built
    rows = query(database, "SELECT source_path, error, detail FROM quarantine")
    found = {(Path(p).name, e) for p, e, _ in rows}
    for name, error in expected.items():
        assert (name, error) in found, (name, error, sorted(found))
    assert all(detail for _, _, detail in rows)
    # good records and good files of the same run were processed
    titles = {t for (t,) in query(database, "SELECT title FROM articles")}
    assert {"Good one", "Good two"} <= titles
    assert query(database, "SELECT count(*) FROM articles WHERE source_path LIKE '%latin1.txt'") \
        == [(1,)]


def test_running_twice_is_idempotent(built, tmp_path):
    folder, database, _ = built
    tables = ["documents", "articles", "removed_lines", "quarantine"]
    before = [query(database, f"SELECT count(*) FROM {t}")[0][0] for t in tables]
    assert materialize_folder(folder, database).success
    after = [query(database, f"SELECT count(*) FROM {t}")[0][0] for t in tables]
    assert before == after


def test_cli_runs_and_reports_missing_folder(tmp_path):
    database = tmp_path / "cli.duckdb"
    missing = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", "--input", str(tmp_path / "nope"),
         "--db", str(database)], capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 2
    assert "does not exist" in missing.stderr
    rows = query(database, "SELECT stage, error FROM quarantine")
    assert rows == [("ingest", "input_folder_unusable")]


def claims_by(database: Path, surname: str) -> list[tuple]:
    return query(database, f"""SELECT speaker, quote_type, polarity, claim_date, topics, content,
                                      speaker_entity_id
                               FROM claims WHERE speaker LIKE '%{surname}'""")


@pytest.mark.parametrize("surname", ["Kanaani", "Bagheri Kani", "Khamenei", "Mousavi",
                                     "Araqchi", "Rouhani", "Vaezi"])
def test_named_officials_have_claims_linked_to_entities(built, surname):
    _, _database, _ = built
    found = claims_by(built[1], surname)
    assert found, surname
    assert all(row[6] is not None for row in found)  # linked to a canonical entity
    assert {row[1] for row in found} <= {"direct", "indirect", "mixed"}
    names = {row[0] for row in found}
    assert len(names) == 1 and len(next(iter(names)).split()) >= 2  # full canonical name


def test_entities_merge_aliases_and_strip_honorifics(built):
    _, database, _ = built
    names = dict(query(database, "SELECT name, type FROM entities"))
    assert names.get("Ali Khamenei") == "PERSON" and names.get("Nasser Kanaani") == "PERSON"
    assert names.get("United States") == "GPE"
    assert not {"US", "U.S.", "the United States", "Kanaani", "Khamenei"} & set(names)
    unlinked = query(database, "SELECT count(*) FROM entity_mentions WHERE entity_id IS NULL")
    assert unlinked == [(0,)]


def test_no_claims_from_boilerplate(built):
    _, database, _ = built
    rows = query(database, """SELECT c.content FROM claims c JOIN articles a USING (doc_id)
                              WHERE c.end_char > length(a.body)
                                 OR c.content ILIKE '%leave a reply%'
                                 OR c.content ILIKE '%recent posts%'
                                 OR c.speaker ILIKE '%commenting%'""")
    assert rows == []


def test_2019_denial_contradicts_2024_confirmation_via_oman(built):
    _, database, _ = built
    rows = query(database, """
        SELECT x.topic, x.days_apart FROM contradictions x
        JOIN claims a ON a.claim_id = x.claim_id_a JOIN claims b ON b.claim_id = x.claim_id_b
        WHERE x.topic = 'iran-us-talks'
          AND ((a.polarity = 'negative' AND year(a.claim_date) = 2019
                AND b.polarity = 'positive' AND b.content ILIKE '%Oman%')
            OR (b.polarity = 'negative' AND year(b.claim_date) = 2019
                AND a.polarity = 'positive' AND a.content ILIKE '%Oman%'))""")
    assert rows, "no contradiction between the 2019 denial and the 2024 Oman confirmation"
    assert all(days and days > 1500 for _, days in rows)


def test_duplicate_wire_copies_do_not_double_contradictions(built):
    _, database, _ = built
    doubled = query(database, """
        SELECT count(*) FROM contradictions x
        JOIN claims a ON a.claim_id = x.claim_id_a JOIN claims b ON b.claim_id = x.claim_id_b
        GROUP BY x.topic, a.speaker, a.content, b.speaker, b.content HAVING count(*) > 1""")
    assert doubled == []

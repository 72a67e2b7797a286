"""Incremental corpus-level updates give exactly the tables of a full rebuild.

A small corpus (the seeds and a few BBC business and tech articles) is run several times while
files are added, changed (a new quote, a title dropped so it is borrowed from a duplicate) and
deleted, and entity partitions are re-merged (a lone surname joining a new full name, then
made ambiguous by a second; a full name deleted); every corpus-level table is then compared with
a fresh build of the final folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from tests.conftest import SEEDS, materialize_folder, query, require_bbc

pytestmark = pytest.mark.slow

CORPUS_TABLES = ["article_clusters", "dedupe_bands", "entities", "entity_keys", "claims",
                 "claim_stances", "statement_groups", "positions", "contradictions",
                 "claim_speakers", "statement_texts"]
BUSINESS = ["absa-and-barclays-talks-continue.txt", "ad-firm-wpp-s-profits-surge-15.txt",
            "1m-payoff-for-former-shell-boss.txt"]


def bbc_files(bbc: Path, section: str, count: int) -> list[Path]:
    return sorted((bbc / section).glob("*.txt"))[:count]


def asset_metadata(result: dg.ExecuteInProcessResult, asset: str) -> dict[str, object]:
    (event,) = [e for e in result.get_asset_materialization_events()
                if e.materialization.asset_key.path[-1] == asset]
    return {k: v.value for k, v in event.materialization.metadata.items()}



def tables(database: Path) -> dict[str, list[tuple]]:
    return {t: query(database, f"SELECT * FROM {t} ORDER BY ALL") for t in CORPUS_TABLES}


def test_incremental_runs_equal_a_full_rebuild(tmp_path: Path) -> None:
    bbc = require_bbc()
    business, tech = bbc_files(bbc, "business", 8), bbc_files(bbc, "tech", 6)
    folder, database = tmp_path / "input", tmp_path / "claimtrail.duckdb"
    shutil.copytree(SEEDS, folder)
    for path in business[:5] + tech[:3]:
        shutil.copy(path, folder / path.name)
    (folder / "quarrington.txt").write_text(
        "Plan criticised\n\nLONDON, March 3, 2005\n\nMs Quarrington said the merger plan would "
        "cost hundreds of jobs in the north of England.\n\n\"We will not accept it,\" "
        "Ms Quarrington said.\n")
    assert materialize_folder(folder, database).success

    # Run 2: new articles (an exact and a near copy, so clusters change), one changed, one
    # deleted.
    near = folder / f"near-{business[3].name}"
    near.write_text(business[3].read_text() + "\n\nThis story was updated with a new line.\n")
    for path in business[5:] + tech[3:5]:
        shutil.copy(path, folder / path.name)
    shutil.copy(business[0], folder / f"copy-{business[0].name}")
    changed = folder / business[1].name
    changed.write_text(changed.read_text() + "\n\nGordon Brown said the figures were "
                       "encouraging for the whole economy this year.\n")
    (folder / tech[0].name).unlink()
    assert materialize_folder(folder, database).success

    # Run 3: the copy loses its title line (borrowed from its duplicate), a lone surname's
    # entity (an unchanged article's speaker) merges into a new full name, one more article,
    # another deleted, and the near copy's original too (its cluster splits up).
    copy = folder / f"copy-{business[0].name}"
    copy.write_text("\n".join(copy.read_text().splitlines()[1:]))
    (folder / "brown.txt").write_text(
        "Brown backs spending\n\nBrown said the figures were encouraging for the whole "
        "economy this year, and that borrowing would fall.\n")
    (folder / "zelda.txt").write_text(
        "Merger row\n\nLONDON, March 9, 2005\n\nZelda Quarrington, the union leader, said "
        "the merger plan would cost hundreds of jobs in the north of England.\n")
    shutil.copy(tech[5], folder / tech[5].name)
    (folder / business[2].name).unlink()
    (folder / business[3].name).unlink()
    result = materialize_folder(folder, database)
    assert result.success
    redone = asset_metadata(result, "claims")
    assert 0 < redone["changed_documents"] < redone["claims"], "only changed documents redone"
    reclustered = asset_metadata(result, "articles")
    assert 0 < reclustered["articles_reclustered"] < reclustered["articles"]
    assert query(database, "SELECT count(*) FROM entities WHERE name = 'Quarrington'") == [(0,)]

    # Run 4 (entity partitions): a second full name makes the surname ambiguous again, and the
    # full name the lone "Brown" of run 3 may have joined ("Gordon Brown", run 2) is deleted.
    (folder / "yolanda.txt").write_text(
        "Farm protest\n\nLONDON, March 11, 2005\n\nYolanda Quarrington, a farmer, said the "
        "merger plan would hurt the north of England.\n")
    changed.write_text(changed.read_text().split("\n\nGordon Brown said")[0] + "\n")
    result = materialize_folder(folder, database)
    assert result.success
    assert query(database, "SELECT count(*) FROM entities WHERE name = 'Quarrington'") == [(1,)]
    incremental = tables(database)

    fresh = tmp_path / "fresh.duckdb"
    assert materialize_folder(folder, fresh).success
    rebuilt = tables(fresh)
    assert rebuilt["claims"], "the corpus has claims"
    linked = query(fresh, "SELECT count(DISTINCT c.doc_id) FROM claims c JOIN entities e "
                          "ON e.entity_id = c.speaker_entity_id WHERE e.name = 'Quarrington'")
    assert linked == [(1,)], "an ambiguous surname's claims stay with the surname"
    for table in CORPUS_TABLES:
        assert incremental[table] == rebuilt[table], table

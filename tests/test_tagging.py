"""Topic tags of an article's claims (trail/tagging.py): a topic's `context` may be met by the
article's opening as well as its title, on an article written for this test."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pipeline.trail.tagging import tag_topics
from pipeline.trail.topics import load_topics

TOPICS = """topics:
  - id: audit
    description: The audit office and the broadcaster's books.
    proposition: The audit office should be given a free hand to audit the broadcaster.
    about: [audit office, "auditor*"]
    context:
      - [broadcaster, licence fee]
"""
LEAD = ("The row over whether the audit office should be let loose on the broadcaster's books "
        "has all the ingredients of a classic standoff.")


def _claims(lead: str | None) -> pl.DataFrame:
    rows = [("c1", 0, "Nobody is asking the audit office to decide what goes on air"),
            ("c2", 200, "Give the auditors a free hand and they will run the place")]
    frame = pl.DataFrame(
        [{"claim_id": c, "doc_id": "d1", "start_char": s, "content": t, "sentence": t,
          "title": "Who audits the nation's favourite channel?", "speaker": "Jo Bloggs"}
         for c, s, t in rows])
    return frame if lead is None else frame.with_columns(lead=pl.lit(lead))


def test_the_articles_opening_gives_a_claim_its_context(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text(TOPICS)
    topics = load_topics(path)
    assert tag_topics(_claims(None), topics).is_empty()  # no context term in claim or title
    tagged = tag_topics(_claims(LEAD), topics)
    assert set(tagged["claim_id"]) == {"c1", "c2"}
    assert set(tagged["tagged_by"]) == {"name"}
    assert tag_topics(_claims("A story about the weather."), topics).is_empty()

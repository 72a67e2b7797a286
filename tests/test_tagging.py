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


AGENCY = """topics:
  - id: agency
    description: Whether the child support agency should go.
    proposition: The Child Support Agency should be scrapped.
    about: ["Child Support Agency", CSA]
  - id: rates
    description: Interest rates.
    proposition: The Bank of England should raise interest rates.
    about: ["interest rate*"]
"""


def _feature(lead: str) -> pl.DataFrame:
    """A feature whose title names nothing; its opening names the agency once."""
    rows = [("c1", 500, "the agency had lost her file twice"),
            ("c2", 900, "Nothing works"),
            ("c3", 1400, "the agency should be mended, not shut")]
    return pl.DataFrame(
        [{"claim_id": c, "doc_id": "d1", "start_char": s, "content": t, "sentence": t,
          "title": "Waiting for a cheque that never comes", "lead": lead, "speaker": "Ann Roe"}
         for c, s, t in rows])


def test_an_opening_that_names_one_topic_makes_the_article_about_it(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text(AGENCY)
    topics = load_topics(path)
    lead = "For three years Ann Roe has waited for the Child Support Agency to pay up."
    tagged = tag_topics(_feature(lead), topics)
    assert set(tagged.filter(pl.col("topic") == "agency")["claim_id"]) == {"c1", "c2", "c3"}
    both = lead + " Interest rates rose again in May."  # two topics: no single subject
    assert tag_topics(_feature(both), topics).filter(pl.col("claim_id") == "c2").is_empty()
    assert tag_topics(_feature("For three years Ann Roe has waited."), topics).is_empty()


BRIDGE = """topics:
  - id: bridge
    description: Who bombed the Vesna bridge.
    proposition: The Ruritanian state was behind the bombing of the Vesna bridge.
    about: ["Vesna bridge bombing", "bridge bombing"]
    context:
      - [Vesna, Ruritania, Ruritanian, explosives, sappers, bridge, "river police"]
  - id: rates
    description: Interest rates.
    proposition: The Bank of England should raise interest rates.
    about: ["interest rate*"]
    context:
      - [Bank of England, bank, inflation, explosives]
"""


def _bulletin(title: str, lead: str) -> pl.DataFrame:
    """A bulletin whose title and opening name no `about` term but talk of nothing else."""
    rows = [("c1", 500, "the sappers had been trained abroad"),
            ("c2", 900, "it was a matter for the investigators")]
    return pl.DataFrame(
        [{"claim_id": c, "doc_id": "d1", "start_char": s, "content": t, "sentence": t,
          "title": title, "lead": lead, "speaker": "Ann Roe"} for c, s, t in rows])


def test_an_opening_steeped_in_one_topic_makes_the_article_about_it(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text(BRIDGE)
    topics = load_topics(path)
    title = "0800 bulletin: Vesna row, river police at the scene"
    steeped = tag_topics(_bulletin(title, "Ruritania denies sending the sappers."), topics)
    assert set(steeped["claim_id"]) == {"c1", "c2"}
    assert set(steeped["topic"]) == {"bridge"}
    thin = tag_topics(_bulletin("0800 bulletin: Vesna row", "A quiet night."), topics)
    assert thin.is_empty()  # two watchlist terms are a mention, not a subject
    shared = tag_topics(_bulletin(title, "Explosives, the Bank of England said, hit inflation."),
                        topics)  # steeped in two topics: no single subject
    assert shared.filter(pl.col("topic") == "bridge").is_empty()

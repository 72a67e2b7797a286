"""A speaker keeps their side within one article.

A person quoted several times in one article on one topic almost always speaks for one side of
it, but the stance rules find the side in only some of the quotes ("The accident happened." says
nothing about avoided tests until you know who said it). So a claim the rules leave neutral for
lack of evidence ("no side taken", "too weak: ...") takes the side of its speaker's other claims
on the same topic in the same article, when all of those that take a side take the same one.
Its basis then starts with ``INHERITED`` and names the claim it follows; such claims count in
the speaker's position but are never cited as a contradiction's evidence.

Mixed or hedged claims, questions, and claims of anonymous speakers ("he" left unresolved) are
left as they are.
"""

from __future__ import annotations

import polars as pl

INHERITED = "same speaker in this article: "
_OPEN = ("no side taken", "too weak")  # neutral for lack of evidence, not for a reason
# Speakers that say nothing about who spoke: an unresolved pronoun is no one in particular.
ANONYMOUS_SPEAKERS = frozenset({"", "he", "she", "they", "it", "we", "i", "you", "who"})


def carry_speaker_side(stances: pl.DataFrame) -> pl.DataFrame:
    """``stances`` (claim_id, doc_id, speaker, topic, stance, stance_basis, ...) with neutral
    claims given the one side their speaker takes on the topic elsewhere in the article."""
    who = pl.col("speaker").fill_null("").str.strip_chars().str.to_lowercase()
    rows = stances.with_columns(_who=who)
    sided = rows.filter(pl.col("stance").is_in(["supports", "refutes"])
                        & ~pl.col("stance_basis").str.starts_with(INHERITED)
                        & ~pl.col("_who").is_in(list(ANONYMOUS_SPEAKERS)))
    sides = (sided.sort("claim_id").group_by("doc_id", "topic", "_who")
             .agg(_sides=pl.col("stance").n_unique(), _side=pl.col("stance").first(),
                  _basis=pl.col("stance_basis").first())
             .filter(pl.col("_sides") == 1))
    open_ = (pl.col("stance") == "neutral") & pl.any_horizontal(
        pl.col("stance_basis").str.starts_with(p) for p in _OPEN)
    carried = rows.join(sides, on=["doc_id", "topic", "_who"], how="left",
                        maintain_order="left")
    take = open_ & pl.col("_side").is_not_null()
    return carried.with_columns(
        stance=pl.when(take).then("_side").otherwise("stance"),
        stance_basis=pl.when(take).then((pl.lit(INHERITED) + pl.col("_basis")).str.slice(0, 100))
        .otherwise("stance_basis"),
    ).select(stances.columns)

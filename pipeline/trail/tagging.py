"""Which watchlist topics each claim is on (by name or by reference), and its stance on each."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import polars as pl

from pipeline.models.columns import polars_schema
from pipeline.models.trail import ClaimStanceSchema
from pipeline.trail.agreements import follow_agreements
from pipeline.trail.changes_of_mind import renounced
from pipeline.trail.consistency import (
    ANONYMOUS_SPEAKERS,
    OPEN_BASES,
    carry_speaker_side,
    reported_earlier,
    speaker_keys,
)
from pipeline.trail.proposition import Proposition, parse_proposition
from pipeline.trail.references import (
    ArticleClaim,
    about_topics,
    continued_topics,
    reference_pattern,
    referred_topics,
    sole_topic_claims,
)
from pipeline.trail.terms import stop_words
from pipeline.trail.topics import Topic, match_topics


def tag_topics(claims: pl.DataFrame, topics: Sequence[Topic]) -> pl.DataFrame:
    """(claim_id, topic, tagged_by) for every claim and topic it names or refers to, whose
    speaker spoke on it elsewhere in the article (references.continued_topics), or that its
    article is about alone (references.sole_topic_claims).

    ``claims``: claim_id, doc_id, start_char, content, sentence, title and optionally lead (the
    article's opening, which like its title gives a claim's topic its `context`) and speaker;
    a whole article's claims at once (tagging by reference or speaker reads the others).
    """
    by_id = {t.id: t for t in topics}

    @functools.cache
    def pattern_of(topic_id: str) -> re.Pattern[str]:
        """Built when an article is about the topic (parsing a proposition loads spaCy); the
        topic's own `about` terms refer to it there too (the article gives the context)."""
        topic = by_id[topic_id]
        return reference_pattern(*_proposition_words(topic), about=topic.about)

    rows: list[dict] = []
    if "speaker" not in claims.columns:
        claims = claims.with_columns(speaker=pl.lit(None, dtype=pl.String))
    ordered = claims.with_columns(pl.col("speaker").fill_null("").str.strip_chars()
                                  .str.to_lowercase()).sort("doc_id", "start_char")
    keys = speaker_keys([(d, w) for d, w in ordered.select("doc_id", "speaker").unique().rows()
                         if w not in ANONYMOUS_SPEAKERS])
    for (doc_id,), article in ordered.group_by("doc_id", maintain_order=True):
        title = article["title"][0] or ""
        opening = f"{title}\n{article['lead'][0] or ''}" if "lead" in article.columns else title
        items = [ArticleClaim(claim_id, start, content, tuple(match_topics(
            f"{content}\n{sentence}", list(topics), opening)), keys.get((doc_id, who), ""))
            for claim_id, start, content, sentence, who in article.select(
                "claim_id", "start_char", "content", "sentence", "speaker").rows()]
        title_topics = match_topics(title, list(topics), title) if title else []
        lead_topics = [] if title_topics else match_topics(opening, list(topics), opening)
        if len(lead_topics) == 1:  # "Waiting for the cheque that never comes", then a lead
            title_topics = lead_topics  # naming the Child Support Agency: its one subject
        steeped = [] if title_topics or lead_topics else [
            t.id for t in topics if t.steeped(opening)]
        if len(steeped) == 1:  # its opening talks of nothing else ("Porton Down source row")
            title_topics = steeped
        referred = referred_topics(items, title_topics, pattern_of)
        tagged = {i.claim_id: [*i.named_topics, *referred.get(i.claim_id, ())] for i in items}
        about = about_topics(items, title_topics)
        continued = continued_topics(items, about, tagged)
        tagged = {i: [*t, *continued.get(i, ())] for i, t in tagged.items()}
        sole = sole_topic_claims(items, about, tagged)
        for item in items:
            rows += [{"claim_id": item.claim_id, "topic": t, "tagged_by": "name"}
                     for t in item.named_topics]
            rows += [{"claim_id": item.claim_id, "topic": t, "tagged_by": "reference"}
                     for t in referred.get(item.claim_id, ())]
            rows += [{"claim_id": item.claim_id, "topic": t, "tagged_by": "speaker"}
                     for t in continued.get(item.claim_id, ())]
            rows += [{"claim_id": item.claim_id, "topic": t, "tagged_by": "article"}
                     for t in sole.get(item.claim_id, ())]
    return pl.DataFrame(rows, schema={"claim_id": pl.String, "topic": pl.String,
                                      "tagged_by": pl.String})


def assess_stances(tagged: pl.DataFrame, topics: Sequence[Topic]) -> pl.DataFrame:
    """`claim_stances` rows: ``tagged`` (claim_id, topic, tagged_by, doc_id, speaker, content,
    sentence, cue, polarity, optionally speaker_role, start_char, title and lead) with each
    claim's stance toward its topic's proposition; a claim without evidence of its own takes
    its speaker's side in the article (not a host's: `_hosted`), one that sides with another
    speaker that speaker's (agreements.py), and a change of mind the side it turns to
    (consistency.py, in start_char order)."""
    schema = polars_schema(ClaimStanceSchema)
    by_id = {t.id: t for t in topics}
    frames = []
    for (topic_id,), rows in tagged.group_by("topic", maintain_order=True):
        topic = by_id[topic_id]
        base = rows.select("claim_id", "topic", "tagged_by", "doc_id", "speaker", "content",
                           *(["start_char"] if "start_char" in rows.columns else []),
                           earlier=pl.struct("sentence", "content").map_elements(
                               lambda r: reported_earlier(r["sentence"], r["content"]),
                               return_dtype=pl.Boolean),
                           renounces=pl.col("content").map_elements(
                               renounced, return_dtype=pl.Boolean))
        if topic.proposition is None:
            frames.append(base.with_columns(stance=pl.lit("neutral"), stance_basis=pl.lit(
                "the topic has no proposition to take a side on"), hosted=pl.lit(False)))
            continue
        from pipeline.nlp.model import load_nlp  # loaded only when a stance is to be judged
        from pipeline.trail.stance import ClaimText, stances

        proposition = _proposition(topic)
        texts = [ClaimText(*row) for row in rows.select(
            "content", "sentence", "cue", "polarity", pl.col("speaker").fill_null(""),
            _opening(rows)).rows()]
        found = stances(proposition, texts, load_nlp())
        frames.append(_hosted(base.with_columns(
            stance=pl.Series([s.stance for s in found], dtype=pl.String),
            stance_basis=pl.Series([s.basis or s.stance for s in found], dtype=pl.String)),
            rows))
    if not frames:
        return pl.DataFrame(schema=schema)
    return carry_speaker_side(follow_agreements(pl.concat(frames))).select(list(schema))


# Who runs a programme, a debate or a sitting rather than takes part: a transcript's
# "DEV SANDHU (PRESENTER):", "Dame Ann Lee (in the Chair):" (not a body's chairman).
_HOST_ROLE = (r"(?i)^\s*(?:the\s+)?(?:(?:co-)?(?:presenter|host)|anchor|moderator|interviewer|"
              r"newsreader|in the chair)\s*$")
HOSTED = "a host's words"


def _hosted(judged: pl.DataFrame, rows: pl.DataFrame) -> pl.DataFrame:
    """``judged`` with `hosted`: the claims of a host, in every turn of theirs in the article
    once one label names them host. Their questions and links belong to the format: one with
    no side of its own is based `HOSTED`, so none is carried to it, and none of theirs is
    carried to their others (consistency.py); a side they state stands ("it's long overdue")."""
    if "speaker_role" not in rows.columns:
        return judged.with_columns(hosted=pl.lit(False))
    key = pl.concat_str(pl.col("doc_id"), pl.col("speaker").fill_null("").str.to_lowercase(),
                        separator="\x00")
    hosts = rows.filter(pl.col("speaker_role").fill_null("").str.contains(_HOST_ROLE)).select(key)
    host = key.is_in(hosts.to_series().implode())
    open_ = pl.any_horizontal(pl.col("stance_basis").str.starts_with(b) for b in OPEN_BASES)
    return judged.with_columns(hosted=host, stance_basis=pl.when(
        host & (pl.col("stance") == "neutral") & open_).then(pl.lit(HOSTED))
        .otherwise("stance_basis"))


def _opening(rows: pl.DataFrame) -> pl.Expr:
    """The article's title and lead, where its claims' "the decision" is said to go one way."""
    parts = [pl.col(c).fill_null("") for c in ("title", "lead") if c in rows.columns]
    return pl.concat_str(parts, separator="\n") if parts else pl.lit("")


@functools.lru_cache(maxsize=64)
def _proposition(topic: Topic) -> Proposition:
    from pipeline.nlp.model import load_nlp

    return parse_proposition(topic.proposition or "", topic.about_terms, load_nlp(),
                             topic.supports, topic.refutes)


def _proposition_words(topic: Topic) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Nouns of the proposition a reference may use ("ban", "cards", "talks"), and the
    participants it names ("Glazer", "Manchester United", "interest rates")."""
    if not topic.proposition:
        return (), ()
    proposition = _proposition(topic)
    text = re.sub(r"^(?:The|A|An)\s+", "", topic.proposition)
    names = re.findall(r"\b[A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+)*", text)
    participants = {n for n in names if n.lower() not in stop_words()}
    participants |= {a for a in proposition.args if len(a) > 3}
    return tuple(sorted(proposition.target)), tuple(sorted(participants))

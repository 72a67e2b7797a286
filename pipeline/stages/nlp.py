"""NLP stage: one spaCy pass per new article body -> entity mentions and claim candidates.

Each body is parsed once; mentions and attributed statements are extracted from the same Doc,
which is then dropped (memory stays bounded by the batch). With ``n_process > 1`` batches are
spread over worker processes that each load the model once; with a Dask scheduler address, over
the cluster's workers (`pipeline.stages.nlp_dask`). Either way this process is the single writer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

import duckdb
import polars as pl

from pipeline.models import ClaimCandidateSchema, DocMentionSchema
from pipeline.models.columns import polars_schema
from pipeline.models.validation import validate
from pipeline.stages.common import quarantine_row, schema_violations, source_paths, transaction
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import (
    IN_IDS,
    mark_processed,
    pending_doc_ids,
    quarantine_rows,
    replace_rows,
)

NLP_VERSION = 47  # 2: colon-introduced quotations, misread long attributions, descriptions;
# 3: a second that-clause is a claim of its own; 4: "the minister" can be a secretary of state;
# 5: a paragraph starts a sentence (model.paragraph_starts); 6: readers' letters (letters.py);
# 7: "he" can be a person just introduced as an object ("heard from Martin Tett, ...");
# 8: "and that" clauses hung deep in the first, "but that" on the cue, quoted words in a clause,
# transcripts (a labelled paragraph is its speaker's turn: transcripts.py), "opined", "sneered";
# 9: an interjected attribution read as a relative clause ("The delay, he had insisted, was":
# parentheticals.py); 10: a speaker's whole proper name ("Huawei UK", not "UK": resolver.py);
# 11: a rank before a name makes it a person ("Sgt Kerry Ames": person_words.RANKS), more role
# nouns, abbreviated titles end no sentence (model.ABBREVIATIONS), Hansard labels (transcripts.py);
# 12: "its account that", "her view that" (noun cues; possessive pronouns resolved as speakers);
# 13: chat and thread turns ("08:20 Tom H: ...", "5/ Reply from @handle: ...": transcripts.py);
# 14: Hansard's "Minister for X (Name):" and "CALLER (NAME, PLACE):" turns; a that-clause whose
# verb the small model read as a noun keeps its infinitive ("that the exception forces ...");
# 15: a chat label ending in an initial ("Kemi A:") is a speaker, not Q&A's "A:"; a forum
# post under a header line with the poster's handle ("▲ 2.4k · u/name", "#2 name, date");
# an interview's surname label under the whole name introduced ("Marstrand:"); letters headed
# "From <writer>"; "In her view, ..." as "according to"; "replied that good care ..." with
# "that" misread as a determiner; post-nominal letters dropped from names ("Keith Onslow CEng");
# 16: a message read out in a turn ("A text from Sue in Bedminster: "..."") is its sender's
# 17: a post under a header on its own line (parsed text; the cleaner keeps "▲ 2.4k · u/name"
# and "#7 CamelCaseHandle, date"), a chat export's "[09/01/2023 20:41] handle:", a forum's
# "vasilisa_luge:", an AMA's "Q (u/name):" and "A (OP):", a letters page's "From Mrs Irene
# Dolan, Todmorden:", a network's "DR. HELEN YEO, LANSING INSTITUTE:" and "[CLIP] NAME:"
# (transcripts.py); "told the board [he had put ...]" misread as a relative clause (content.py);
# a forum's "ThistleAndBolt, 28 May:" and a mail digest's "From:" / "On <date>, X wrote:"
# headers over the paragraphs below them; 18: a digest's body that opens with its first
# "From:" line (the cleaner keeps it above the message: clean.CLEAN_VERSION 3); 19: a forum
# digest's "Fri 21 Mar, 07:40 - handle:" and a written question's "Asked by ..." / "Answered on
# ... by ..." headers over the paragraphs below them; 20: "rejected suggestions that X,
# insisting that Y" is two statements (content.following_that stops at the participle); 21: a
# forum's piped header ("handle | Posts: 3,412 | 14 Dec 2023, 07:52") over the post, less the
# "> " lines a reply quotes; "recommend", "resolve" and "object" that ... are cues; a report's
# paragraph number is no part of a speaker's name ("1.1 Officers"); 22: a second "that" the
# parser hangs on the first clause's verb opens a statement of its own (split._second_marks);
# 23: letters signed at the end of their own paragraph ("... - Frank, Anfield": letters.py);
# "her neighbour", "one commuter" as people a later "he" or "she" can be (person_words.py);
# 24: a vox pop signed after its closing quotation mark with no dash ('"..." Euan Baxter, The
# Bruntsfield Rooms'); what the speaker is asked about is no antecedent ("Asked whether Brexit
# was ..., she said"); a name opened by "Pani", "Herr", "Signora" is a person; 25: a role
# holder named in the attributing sentence is not "the president" who says it; 26: a broadcast
# script's clip, "[SOUNDBITE - NAME, ROLE]:", and cue line, "[NAME, VO]" (transcripts.py); a
# town after a named speaker is not the speaker ("Ravi Shah, Rotorua, said": resolver.py); what
# follows the colon of "I'll say it straight:" or "she said this:" is what is said (announced.py);
# a quotation whose marks open again on a new sentence is a statement per sentence (split.py);
# a journalist's narration ("NAME (CORRESPONDENT):", "ANCHOR:") is no turn of theirs; 27: a
# quoted phrase opening a clause with an infinitive of its own ('"with no one at the desk to
# check it," the cash left') is a word of the clause, not the statement (content.py); a
# printed interview's "A:" is the interviewee's turn (transcripts.py); 28: a quoted paragraph
# under its speaker's profile ("Tom, 52, a cabbie from Hull") is theirs (letters.py); 29: "the
# club" is no body whose name ends in another kind ("the Premier League": antecedents.py);
# 30: "asked why X" / "whether X" is a statement (cues.indirect_question), cut from a report
# it is joined to ("said A, and asked why B"); 31: a podcast's "[00:01:08] MARCO:" turns and
# a clip's "CLIP (ARON D'SOUZA):" (transcripts.py); 32: a vox pop signed with age, job and
# town ('"Scrap it." - Darren, 42, plumber, Stoke': text/letters.py); 33: a forum poster's
# label on its own line ("BuzzLightyearsMum (98 likes):", "Top reply, by MumOfTwo:"), inline
# ("GlasgowGav wrote: ..."), "#3 name - 20:11", "#1 | handle | date" opening the body and
# "Reply, handle, 21:30" over the post, less a "Quote from:" and its quotation, ended by a
# capitals heading (transcripts.py); a page's unsaluted letters once two of its sign-offs name
# a person to the tagger (letters.py); a quotation introduced after a colon by a handle, or
# after a post count's "):" ("Kessel_Fan (6,010 posts): ...": drafts.add_introduced); a
# labelled turn runs on over up to three unlabelled paragraphs of running text below it
# (Hansard's later paragraphs of a speech: transcripts.py); 34: a bracketed note of the record
# inside a turn ("[Interruption.]", "(Laughter)") is no statement, nor is what a member or a
# writer argues from a speaker ("the low number of cases tells us ...": letters.py), and a
# stretch of time is no pronoun's antecedent ("Forty-one years I've voted ...": antecedents.py);
# 35: nor are studies, surveys and polls a turn cites ("Every study I've seen says ..."),
# and a speaker's own cue in a turn keeps the rest of their sentence (letters.py); 36: a name
# after a role noun is a subject the parser lost, however tagged (drafts._titled); 37: "he"
# is no spokeswoman, "she" no chairman (antecedents._other_sex); 38: a reply's numbered piped
# header ("Reply #1 | handle | 21:15") over its post (cleaning.rules.PIPED_POST_RE); 39: "the
# inquiry found that X" reports a finding ("find" a cue with a finite clause: cues.cue_lemma);
# 40: "as X said, Y" (parentheticals), one turn per line (units._turns_apart), "Q (resident):"
# turns, tag questions and questions about a cue report nothing (cues.tag_question, asked_of);
# 41: a numbered post's header may carry a time ("#2 handle, 20:31": transcripts._NUMBERED), a
# letter signed "Name and address supplied" is its unnamed writer's (letters._signer); 42: a
# comment's label of one handle-shaped word ("KesselKate:", "Marlow88:") names its poster; 43:
# a thread's "u/name [flair] | 8 Apr | 97 points" header, a nested reply's "> u/name | ..." over
# its own "> " lines (transcripts._post), and no statement of a lone ">>" (letters.py); 44: a
# magazine Q&A's answers printed bare under each "Q:" are the interviewee's (interviews.py);
# 45: a social network's "Name \u00b7 14 May at 20:31" header over its post (transcripts._SOCIAL);
# 46: a numbered post's header with a guillemet or a bar ("#2 ann_b \u00bb 11 Feb 19:42"), a
# social header with a name and a handle ("Ann Lee @ann_lee \u00b7 07:40"); "Replying to @ann_lee"
# names no poster; 47: a social header set apart by a dash before a clock time ("Kev Rudd - 2
# March at 19:02"), a numbered post's header ending in a bare time ("#1 ann_b 12:14"); a post
# opened by a section label ("UPDATE: Highways have answered ...") is its poster's; a petition's
# "Ann Lee, 4 February" heads the comment below it, no letter's sign-off (text.letters.sign_off)
BATCH_SIZE = 400  # documents per write transaction
CHUNK_SIZE = 40  # documents per worker task
MIN_DOCS_FOR_WORKERS = 200

Item = tuple[str, str, dt.date | None]  # (doc_id, body, publication date)
Annotations = tuple[list[dict], list[dict]]  # (mention rows, claim candidate rows)
Annotator = Callable[[list[Item]], Annotations]
Handle = TypeVar("Handle")  # what a batch's submission returns (its futures)
CRASH_DETAIL = "crashed an NLP worker (KilledWorker), also run alone, twice; not retried"


def stable_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def annotate(items: list[Item]) -> Annotations:
    """Mentions and claim candidates of each (doc_id, body, published), in one spaCy pass."""
    from pipeline.nlp.attribution import extract_claims  # spaCy loads only when there is work
    from pipeline.nlp.entities import extract_mentions
    from pipeline.nlp.model import load_nlp

    nlp = load_nlp()
    mentions: list[dict] = []
    claims: list[dict] = []
    bodies = (body for _, body, _ in items)
    for (doc_id, _, published), doc in zip(items, nlp.pipe(bodies, batch_size=32), strict=True):
        for mention in extract_mentions(doc):
            row = dataclasses.asdict(mention)
            mentions.append({"mention_id": stable_id(doc_id, row["start_char"], row["end_char"]),
                             "doc_id": doc_id, **row})
        for claim in extract_claims(doc, published=published):
            row = dataclasses.asdict(claim)
            claims.append({"claim_id": stable_id(doc_id, row["start_char"], row["end_char"],
                                                 row["speaker"]),
                           "doc_id": doc_id, **row})
    return mentions, claims


def chunks(items: list[Item], size: int) -> Iterator[list[Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def default_n_process() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def _die_with_parent() -> None:
    """In a worker: be killed when the run process dies (Linux), so no orphan keeps running."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def run_nlp(
    con: duckdb.DuckDBPyConnection, n_process: int | None = None, scheduler: str | None = None,
    annotator: Annotator = annotate,
) -> StageReport:
    """Annotate every cleaned article not yet processed at NLP_VERSION.

    ``scheduler`` (a Dask address) sends the work to that cluster; otherwise a local forked
    pool (or this process, for few documents). With workers, the next batch is queued before
    the current one is written, so the workers never wait for the database (nor for the slowest
    chunk of a batch). ``annotator`` is the function the workers run (tests inject a failing one).
    """
    n_process = n_process or default_n_process()
    pending = pending_doc_ids(con, "nlp", NLP_VERSION, upstream="clean_articles")
    report = StageReport(counts={"documents": 0, "mentions": 0, "claim_candidates": 0,
                                 "workers": 1})
    batches = [pending[start : start + BATCH_SIZE] for start in range(0, len(pending), BATCH_SIZE)]
    if scheduler and batches:  # nothing new: no need for the cluster to be up
        from pipeline.stages.nlp_dask import cluster_annotator

        with cluster_annotator(scheduler, annotator, CHUNK_SIZE) as cluster:
            report.counts["workers"] = cluster.workers()
            _write_pipelined(con, batches, cluster.submit, cluster.collect, report)
        return report
    if n_process < 2 or len(pending) < MIN_DOCS_FOR_WORKERS:
        for doc_ids in batches:
            write_batch(con, doc_ids, [annotator(batch_items(con, doc_ids))], report)
        return report
    from pipeline.nlp import attribution, entities  # noqa: F401 - imported once, before forking
    from pipeline.nlp.model import load_nlp

    load_nlp()  # loaded before forking: workers share it copy-on-write
    report.counts["workers"] = n_process
    pool = ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("fork"),
                               initializer=_die_with_parent)

    def submit(items: list[Item]) -> list[Future]:
        return [pool.submit(annotator, chunk) for chunk in chunks(items, CHUNK_SIZE)]

    def collect(futures: list[Future]) -> tuple[list[Annotations], list[str]]:
        return [future.result() for future in futures], []

    try:
        _write_pipelined(con, batches, submit, collect, report)
    finally:
        pool.shutdown(cancel_futures=True)  # a failed batch does not wait for the queued one
    return report


def _write_pipelined(
    con: duckdb.DuckDBPyConnection, batches: list[list[str]],
    submit: Callable[[list[Item]], Handle],
    collect: Callable[[Handle], tuple[list[Annotations], list[str]]], report: StageReport,
) -> None:
    """Write batch after batch, the next one submitted before the current one is collected;
    ``collect`` gives a batch's annotations and the documents that crashed their workers."""
    queued = submit(batch_items(con, batches[0])) if batches else None
    for number, doc_ids in enumerate(batches):
        current = queued
        if number + 1 < len(batches):
            queued = submit(batch_items(con, batches[number + 1]))
        results, crashed = collect(current)
        write_batch(con, doc_ids, results, report, crashed)


def batch_items(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> list[Item]:
    """(doc_id, body, published_date) of ``doc_ids``, in doc_id order.

    The body comes from `clean_articles`: carried through the `articles` view's window over
    every cluster it costs 0.1 to 0.9 s at 10,000 articles, even for one document."""
    return con.execute(f"""
        SELECT c.doc_id, c.body, a.published_date FROM clean_articles c
        JOIN (SELECT doc_id, published_date FROM articles WHERE doc_id {IN_IDS}) a USING (doc_id)
        ORDER BY c.doc_id""", [doc_ids]).fetchall()


def write_batch(
    con: duckdb.DuckDBPyConnection, doc_ids: list[str],
    results: list[Annotations], report: StageReport, crashed: Collection[str] = (),
) -> None:
    """Validate one batch's mentions and claim candidates and write them in one transaction
    (rows that fail the schema go to quarantine, as do the ``crashed`` documents, which are
    marked processed with the rest so they are not retried on every run)."""
    paths = source_paths(con, doc_ids)
    mentions = validate(DocMentionSchema, pl.DataFrame(
        [m for r in results for m in r[0]], schema=polars_schema(DocMentionSchema),
        strict=False))
    claims = validate(ClaimCandidateSchema, pl.DataFrame(
        [c for r in results for c in r[1]], schema=polars_schema(ClaimCandidateSchema),
        strict=False))
    problems = (schema_violations(mentions, "nlp", paths, "doc_mentions")
                + schema_violations(claims, "nlp", paths, "claims")
                + [quarantine_row(paths.get(doc_id, ""), doc_id, "nlp", "worker_crashed",
                                  CRASH_DETAIL) for doc_id in sorted(crashed)])
    with transaction(con):
        replace_rows(con, "doc_mentions", mentions.valid, doc_ids)
        replace_rows(con, "claim_candidates", claims.valid, doc_ids)
        quarantine_rows(con, "nlp", problems, doc_ids)
        mark_processed(con, "nlp", NLP_VERSION, doc_ids)
    report.record("doc_mentions", mentions)
    report.record("claim_candidates", claims)
    report.counts["documents"] += len(doc_ids)
    report.counts["mentions"] += mentions.valid.height
    report.counts["claim_candidates"] += claims.valid.height
    report.preview = claims.valid.select("doc_id", "speaker", "cue", "quote_type",
                                         "polarity", "content").head(10)


"""Clean stage: each parsed article's body without boilerplate, plus its duplicate fingerprints.

The MinHash signature is computed here, per document, and stored with the cleaned body: the
corpus-level dedupe stage then clusters from stored signatures without re-reading any body.
"""

from __future__ import annotations

import duckdb
import polars as pl

from pipeline.models import CleanArticleSchema, RemovedLineSchema
from pipeline.models.columns import polars_schema
from pipeline.models.validation import validate
from pipeline.stages.common import quarantine_row, schema_violations
from pipeline.stages.per_document import batches, removed_frame, write_stage
from pipeline.stages.stage_report import StageReport
from pipeline.store.database import IN_IDS, pending_doc_ids
from pipeline.text.cleaning import clean_body
from pipeline.text.dedupe import minhash_signature, text_hash
from pipeline.text.language import guess_language

CLEAN_VERSION = 18  # 2: the sign-off under a letters page's last letter is kept; 3: a mail digest's
# first "From:" line above the core (its sender); 4: a forum post's piped header ("handle |
# Posts: 3,412 | 14 Dec 2023, 07:52") is kept, not a link list, and bridges the thread's posts;
# 5: the heading just above the core is dropped as `heading_above` (read with the title); 6: a
# poster's label ("GranOfSeven:") is kept, and a signed vox pop ('"Scrap it." - Darren, Stoke')
# ends a sentence; 7: a numbered piped header ("#1 | handle | 15 May 2024, 18:22") is a post's
# header too; 8: the last sign-off of a page of letters signed under headings is kept, and so
# is a post's header with a day or a time ("Reply, SouthLondonDad, 21:30"); 9: a transcript's
# turn ("NAOMI PRICE MP: Policing by consent ...") is never a notice to the reader; 10: a line of
# five words or more ending with a comma runs on into the next ("(Lab): I beg to move," over the
# motion); 11: a reply's numbered piped header ("Reply #1 | handle | 21:15") is kept; 12: so is
# a header whose fields are set apart by dots ("handle \u00b7 4,812 posts \u00b7 8 Feb 2022, 07:42")
# 13: a letter's "Name and address supplied" is its sign-off (text.letters.ANONYMOUS_RE); 14: a
# handle's header with a dash before the date ("Kessel_Kate (Member) - 9 April 2025, 19:40");
# 15: a thread's piped header of any "u/" handle, with a flair, a nested reply's "> " or a
# byline's "Posted by" ("> u/quiet | 8 Apr | 97 points"); 16: a social network's post header
# ("Dan Whitlock \u00b7 14 May at 20:31": rules.SOCIAL_POST_RE) is kept; 17: so is a numbered
# post's header with a date or a time ("#1 ann_b \u00bb 11 Feb 19:42": rules.NUMBERED_POST_RE),
# and a social header with a name and a handle ("Ann Lee @ann_lee \u00b7 07:40"); a reply's
# "Replying to @ann_lee" is dropped; 18: a social header set apart by a dash before a clock time
# ("Kev Rudd - 2 March at 19:02"), a numbered one ending in a bare time ("#1 ann_b 12:14") and a
# petition's comment header ("Ann Lee, 4 February", "Reply from Ann Lee, 4 February") are kept,
# a post's counts ("212 reactions - 87 comments") dropped


def run_clean(con: duckdb.DuckDBPyConnection) -> StageReport:
    """Clean every parsed article not yet cleaned at CLEAN_VERSION."""
    report = StageReport(counts={"cleaned": 0, "failed": 0, "lines_removed": 0,
                                 "empty_body": 0})
    previews = []
    pending = pending_doc_ids(con, "clean", CLEAN_VERSION, upstream="parsed_articles")
    for batch in batches(pending):
        docs = con.execute("SELECT p.doc_id, d.source_path, p.title, p.body_line_nos, "
                           "p.body_lines FROM parsed_articles p JOIN documents d USING (doc_id) "
                           f"WHERE doc_id {IN_IDS} ORDER BY doc_id", [batch]).pl()
        rows, removed, problems = [], [], []
        for doc in docs.iter_rows(named=True):
            try:
                lines = tuple(zip(doc["body_line_nos"], doc["body_lines"], strict=True))
                cleaned = clean_body(lines, title=doc["title"])
            except Exception as exc:  # a bad document must not stop the others
                problems.append(quarantine_row(doc["source_path"], doc["doc_id"], "clean",
                                               "clean_failed", f"{type(exc).__name__}: {exc}"))
                continue
            body = cleaned.body
            if not body.strip():
                problems.append(quarantine_row(
                    doc["source_path"], doc["doc_id"], "clean", "empty_body",
                    "no article text left after removing boilerplate; see removed_lines",
                    "warning"))
            rows.append({"doc_id": doc["doc_id"], "body": body,
                         "paragraph_count": len(cleaned.paragraphs),
                         "word_count": len(body.split()), "language": guess_language(body),
                         "text_hash": text_hash(body), "minhash": minhash_signature(body)})
            removed += [{"doc_id": doc["doc_id"], "line_no": r.line_no, "text": r.text,
                         "reason": r.reason, "stage": "clean"} for r in cleaned.removed]
        frame = pl.DataFrame(rows, schema=polars_schema(CleanArticleSchema))
        checked = validate(CleanArticleSchema, frame)
        removed_checked = validate(RemovedLineSchema, removed_frame(removed))
        paths = dict(zip(docs["doc_id"], docs["source_path"], strict=True))
        problems += schema_violations(checked, "clean", paths)
        problems += schema_violations(removed_checked, "clean", paths, "removed_lines")
        write_stage(con, "clean", CLEAN_VERSION, "clean_articles", checked.valid,
                    removed_checked.valid, problems, batch)
        report.counts["cleaned"] += checked.valid.height
        report.counts["failed"] += sum(p["severity"] == "error" for p in problems)
        report.counts["empty_body"] += sum(p["error"] == "empty_body" for p in problems)
        report.counts["lines_removed"] += removed_checked.valid.height
        report.record("clean_articles", checked)
        report.record("removed_lines", removed_checked)
        previews.append(removed_checked.valid.head(10))
    report.preview = pl.concat(previews) if previews else None
    return report

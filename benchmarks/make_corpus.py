"""Build a benchmark corpus of N news files from the real BBC articles in the shared corpus.

Each file wraps one story (a real article, or for stories past the 2,095 originals a new story
recombined from sentence runs of three articles of the same section) in the boilerplate of one
of several made-up outlets: a menu of one-word lines, a byline with a date, a share bar, photo
captions, "Related" and "Most read" lists, a cookie notice and a footer. Formats: mostly .txt,
some .html, .json and .jsonl (1-3 records). About 5 % of the files are near-duplicates of an
earlier story (same text with other boilerplate and captions, a changed word, an "updated"
note, sometimes a dropped paragraph), and a few are bad on purpose: empty, a PNG renamed .txt,
invalid JSON, JSONL with one bad line.

The output is deterministic for a given --seed (file bytes, names and order). A hidden
`.manifest.json` (ignored by the pipeline, which skips dot files) lists the counts, the
near-duplicate pairs and the bad files.

    python benchmarks/make_corpus.py --out /tmp/corpus-10k --files 10000 [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import shutil
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

BBC_NEWS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc-2095" / "news"
MANIFEST = ".manifest.json"
FILES_PER_FOLDER = 1000
NEAR_DUPLICATE_SHARE = 0.05
FORMAT_SHARES = (("txt", 0.80), ("html", 0.10), ("json", 0.05), ("jsonl", 0.05))
BAD_KINDS = ("empty", "binary", "invalid_json", "jsonl_bad_line")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Z0-9£$])|(?<=[.!?][\"'])\s+(?=[\"A-Z0-9£$])")


# ---------------------------------------------------------------------------------------------
# Source articles


@dataclass(frozen=True)
class Source:
    section: str
    title: str
    paragraphs: tuple[str, ...]
    sentences: tuple[str, ...]


@lru_cache(maxsize=4)
def load_sources(root: str = str(BBC_NEWS)) -> tuple[Source, ...]:
    """Every article of the shared BBC corpus (first line = title), in path order."""
    sources = []
    for path in sorted(Path(root).rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        title, _, rest = text.strip().partition("\n")
        paragraphs = tuple(p.strip() for p in rest.split("\n\n") if p.strip())
        if not title.strip() or not paragraphs:
            continue
        sentences = tuple(s for p in paragraphs for s in _SENTENCE_BREAK.split(p) if s.strip())
        sources.append(Source(path.parent.name, title.strip(), paragraphs, sentences))
    if not sources:
        raise SystemExit(f"make_corpus: no articles found under {root}")
    return tuple(sources)


@dataclass(frozen=True)
class Story:
    story_id: int
    section: str
    title: str
    paragraphs: tuple[str, ...]
    published: dt.date


class StoryBook:
    """Story ``d`` of a seed, as a pure function of (seed, d): originals first, then mixes."""

    def __init__(self, seed: int, root: str = str(BBC_NEWS)) -> None:
        self.seed = seed
        self.sources = load_sources(root)
        self.order = list(range(len(self.sources)))
        random.Random(f"{seed}/order").shuffle(self.order)
        self.by_section: dict[str, list[int]] = {}
        for index, source in enumerate(self.sources):
            self.by_section.setdefault(source.section, []).append(index)

    def story(self, d: int) -> Story:
        rng = random.Random(f"{self.seed}/story/{d}")
        published = dt.date(2004, 1, 1) + dt.timedelta(days=rng.randrange(730))
        primary = self.sources[self.order[d % len(self.sources)]]
        if d < len(self.sources):
            return Story(d, primary.section, primary.title, primary.paragraphs, published)
        # A new story: the primary's lead and one more run, then runs from two other articles
        # of the same section. Runs of consecutive sentences keep quotes and pronouns local.
        same = self.by_section[primary.section]
        others = [self.sources[rng.choice(same)] for _ in range(2)]
        lead_end = min(len(primary.sentences), rng.randint(2, 3))
        runs = [primary.sentences[:lead_end]]
        runs.append(_run(rng, primary.sentences, lead_end, rng.randint(3, 5)))
        runs += [_run(rng, other.sentences, 0, rng.randint(3, 5)) for other in others]
        paragraphs = []
        for run in runs:
            cut = rng.randint(1, max(1, len(run) - 1)) if len(run) > 3 else len(run)
            paragraphs += [" ".join(part) for part in (run[:cut], run[cut:]) if part]
        title = primary.title if rng.random() < 0.5 else f"{primary.title}: {others[0].title}"
        return Story(d, primary.section, title, tuple(paragraphs), published)


def _run(rng: random.Random, sentences: tuple[str, ...], start: int, length: int) -> tuple:
    if len(sentences) - start < length:
        start = 0
    first = rng.randint(start, max(start, len(sentences) - length))
    return sentences[first : first + length]


def near_duplicate(story: Story, rng: random.Random) -> Story:
    """The same story republished: a changed word, an "updated" title, maybe one paragraph less."""
    paragraphs = list(story.paragraphs)
    index = rng.randrange(len(paragraphs))
    edited = re.sub(r"\bsaid\b", "says", paragraphs[index], count=1)
    if edited == paragraphs[index]:
        edited = re.sub(r"\bthe\b", "this", paragraphs[index], count=1)
    paragraphs[index] = edited
    if len(paragraphs) >= 6 and rng.random() < 0.5:
        del paragraphs[-1]  # trimmed for length by the republisher
    title = story.title if rng.random() < 0.5 else f"UPDATED: {story.title}"
    return Story(story.story_id, story.section, title, tuple(paragraphs), story.published)


# ---------------------------------------------------------------------------------------------
# Boilerplate


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str
    menu: tuple[str, ...]
    share: str
    related: str
    most_read: str
    cookie: str
    footer: str
    byline: str  # format with {author}, {role}, {date}, {time}
    date_format: str


OUTLETS = (
    Outlet("Daily Ledger", "dailyledger.example", ("Home", "News", "Politics", "Business",
           "Sport", "Tech", "Culture", "Opinion", "Video"),
           "Share this article: Facebook | Twitter | WhatsApp | Email",
           "Related", "Most read",
           "We use cookies to improve your experience. By continuing to browse you agree to our "
           "use of cookies. Accept | Manage settings",
           "© {year} Daily Ledger Ltd. All rights reserved.",
           "By {author}, {role}", "Published {date}, {time} GMT"),
    Outlet("The Morning Wire", "morningwire.example", ("News", "World", "UK", "Money",
           "Sport", "Science", "Entertainment", "Weather"),
           "Share | Tweet | Email | Print",
           "Related Topics", "Most Popular",
           "This site uses cookies. Find out more about how we use cookies in our cookie "
           "policy. OK",
           "Copyright {year} The Morning Wire. All rights reserved. Registered in England "
           "No. 1234567.",
           "{author} | {role}", "{date} {time}"),
    Outlet("Northern Courier", "northerncourier.example", ("Menu", "Search", "News",
           "Sport", "Business", "Lifestyle", "Jobs", "Subscribe"),
           "Share on Facebook   Share on Twitter   Share via Email",
           "More on this story", "Trending",
           "Cookies help us deliver our services. By using our services, you agree to our use "
           "of cookies. Learn more",
           "Northern Courier © {year} | Terms | Privacy | Contact us",
           "Written by {author} ({role})", "Last updated: {date} at {time}"),
    Outlet("City Gazette", "citygazette.example", ("Latest", "Local", "National",
           "Business", "Sport", "Arts", "Letters"),
           "Facebook Twitter LinkedIn Email",
           "Read more", "Most viewed",
           "We and our partners use cookies to personalise content and ads. Accept all "
           "cookies or manage your preferences.",
           "City Gazette is published by Gazette Media Group. All rights reserved {year}.",
           "{author}, {role}", "{date} - {time}"),
    Outlet("Pacific Post", "pacificpost.example", ("Home", "Asia", "World", "Economy",
           "Tech", "Sport", "Video", "Podcasts", "Newsletters"),
           "Share: Facebook · X · Reddit · Copy link",
           "You may also like", "Popular now",
           "By clicking Accept, you consent to the use of cookies on this website. Accept "
           "Reject",
           "Pacific Post {year}. All rights reserved. Powered by NewsPress.",
           "Reporting by {author}; editing by {role}", "Updated {date} {time}"),
)
AUTHORS = ("Jane Smith", "Tom Becker", "Priya Natarajan", "Oliver Grant", "Maria Lopez",
           "Kwame Mensah", "Sophie Laurent", "Daniel Okafor", "Hannah Cole", "Li Wei",
           "Ahmed Karim", "Rachel Moore", "Lucas Fischer", "Emma Walsh", "Ravi Kapoor")
ROLES = ("business reporter", "political correspondent", "technology editor",
         "sports correspondent", "arts reporter", "staff writer", "economics editor")
AGENCIES = ("Reuters", "AFP", "Getty Images", "PA Media", "AP", "EPA")
CAPTIONS = (
    "Image caption: {who} at the launch on {weekday}",
    "{who} speaking to reporters earlier this week. Photo: {agency}",
    "(Photo: {agency})",
    "Image source, {agency}",
    "Picture: {agency}/File",
    "Pictured: {who} in {month}",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+|\b[A-Z][a-z]+ [A-Z][a-z]{2,}\b")


@dataclass
class Page:
    """A story with its boilerplate, ready to render in any format."""

    story: Story
    outlet: Outlet
    author: str
    role: str
    stamp: str
    captions: dict[int, str] = field(default_factory=dict)  # before paragraph i
    related: list[str] = field(default_factory=list)
    most_read: list[str] = field(default_factory=list)


def dress(story: Story, rng: random.Random, headlines: list[str]) -> Page:
    outlet = rng.choice(OUTLETS)
    date = story.published
    date_text = (f"{date.day} {date:%B %Y}" if rng.random() < 0.7 else f"{date:%Y-%m-%d}")
    stamp = outlet.date_format.format(date=date_text,
                                      time=f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}")
    names = _NAME.findall(" ".join(story.paragraphs[:3])) or ["Officials"]
    captions = {}
    for _ in range(rng.choice((0, 1, 1, 2))):
        captions[rng.randrange(len(story.paragraphs))] = rng.choice(CAPTIONS).format(
            who=rng.choice(names), weekday=rng.choice(WEEKDAYS), agency=rng.choice(AGENCIES),
            month=f"{date:%B}")
    return Page(story, outlet, rng.choice(AUTHORS), rng.choice(ROLES), stamp, captions,
                rng.sample(headlines, k=min(len(headlines), rng.randint(2, 4))),
                rng.sample(headlines, k=min(len(headlines), rng.randint(3, 5))))


def render_txt(page: Page, rng: random.Random) -> str:
    o, s = page.outlet, page.story
    lines: list[str] = []
    if rng.random() < 0.8:
        lines += [*o.menu, ""]
    lines += [s.title, ""]
    lines += [o.byline.format(author=page.author, role=page.role), page.stamp, ""]
    if rng.random() < 0.6:
        lines += [o.share, ""]
    for i, paragraph in enumerate(s.paragraphs):
        if i in page.captions:
            lines += [page.captions[i], ""]
        lines += [paragraph, ""]
    if rng.random() < 0.5:
        lines += [o.share, ""]
    lines += [o.related, *page.related, ""]
    if rng.random() < 0.7:
        lines += [o.most_read, *(f"{n}. {h}" for n, h in enumerate(page.most_read, 1)), ""]
    if rng.random() < 0.6:
        lines += [o.cookie, ""]
    lines.append(o.footer.format(year=s.published.year))
    return "\n".join(lines) + "\n"


def render_html(page: Page, rng: random.Random) -> str:
    o, s = page.outlet, page.story
    e = html.escape
    body = []
    for i, paragraph in enumerate(s.paragraphs):
        if i in page.captions:
            body.append(f'<figure><img src="/img/{s.story_id}-{i}.jpg" alt="">'
                        f"<figcaption>{e(page.captions[i])}</figcaption></figure>")
        body.append(f"<p>{e(paragraph)}</p>")
    menu = "".join(f'<li><a href="/{m.lower()}">{e(m)}</a></li>' for m in o.menu)
    related = "".join(f'<li><a href="/story/{zlib.crc32(h.encode()) % 10**6}">{e(h)}</a></li>'
                      for h in page.related)
    popular = "".join(f"<li>{e(h)}</li>" for h in page.most_read)
    share = f'<div class="share-bar">{e(o.share)}</div>' if rng.random() < 0.7 else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(s.title)} | {e(o.name)}</title>
<meta property="og:site_name" content="{e(o.name)}">
<meta property="og:title" content="{e(s.title)}">
<meta property="article:published_time" content="{s.published.isoformat()}T09:00:00Z">
</head><body>
<header><nav><ul>{menu}</ul></nav></header>
<main><article>
<h1>{e(s.title)}</h1>
<p class="byline">{e(o.byline.format(author=page.author, role=page.role))}</p>
<time datetime="{s.published.isoformat()}">{e(page.stamp)}</time>
{share}
{chr(10).join(body)}
</article>
<aside class="related"><h2>{e(o.related)}</h2><ul>{related}</ul></aside>
<aside class="most-read"><h2>{e(o.most_read)}</h2><ol>{popular}</ol></aside>
</main>
<div class="cookie-banner">{e(o.cookie)}</div>
<footer><p>{e(o.footer.format(year=s.published.year))}</p></footer>
</body></html>
"""


def json_record(page: Page, rng: random.Random) -> dict:
    """A feed record: clean-ish text (captions and a share line left in), metadata fields."""
    s = page.story
    parts = []
    for i, paragraph in enumerate(s.paragraphs):
        if i in page.captions:
            parts.append(page.captions[i])
        parts.append(paragraph)
    if rng.random() < 0.4:
        parts.append(page.outlet.share)
    title_key, text_key, date_key, outlet_key = rng.choice((
        ("title", "text", "date", "source"), ("headline", "body", "published_at", "publisher"),
        ("title", "content", "datePublished", "site_name")))
    return {title_key: s.title, date_key: s.published.isoformat(),
            outlet_key: page.outlet.name, "author": page.author,
            "url": f"https://{page.outlet.domain}/{s.section}/{s.story_id}",
            text_key: "\n\n".join(parts)}


# ---------------------------------------------------------------------------------------------
# The corpus


@dataclass
class Manifest:
    seed: int
    files: int = 0
    documents: int = 0
    by_format: dict[str, int] = field(default_factory=dict)
    near_duplicates: list[list[str]] = field(default_factory=list)  # [file, original file]
    bad_files: dict[str, str] = field(default_factory=dict)  # file -> kind
    body_words: int = 0


def bad_positions(n_files: int) -> dict[int, str]:
    """Evenly spread bad files: max(4, n/1000) of them (none below 10 files)."""
    count = 0 if n_files < 10 else min(n_files // 10, max(4, n_files // 1000))
    return {int((k + 0.5) * n_files / count): BAD_KINDS[k % len(BAD_KINDS)]
            for k in range(count)}


def _format(rng: random.Random) -> str:
    r = rng.random()
    for fmt, share in FORMAT_SHARES:
        if r < share:
            return fmt
        r -= share
    return FORMAT_SHARES[0][0]


def relative_path(index: int, ext: str) -> str:
    return f"{index // FILES_PER_FOLDER:03d}/{index:06d}.{ext}"


def iter_files(n_files: int, seed: int = 1,
               root: str = str(BBC_NEWS)) -> Iterator[tuple[str, bytes, dict]]:
    """(relative path, bytes, info) for each file; info says kind, story ids, near-dup base."""
    book = StoryBook(seed, root)
    headlines = [source.title for source in book.sources]
    bad = bad_positions(n_files)
    next_story = 0
    originals: list[tuple[int, str]] = []  # (story id, file) of single-story files
    for i in range(n_files):
        rng = random.Random(f"{seed}/file/{i}")
        if i in bad:
            path, data, docs = _bad_file(i, bad[i], book, rng, next_story)
            next_story += docs
            yield path, data, {"kind": "bad", "bad": bad[i], "documents": docs}
            continue
        fmt = _format(rng)
        if originals and rng.random() < NEAR_DUPLICATE_SHARE and fmt != "jsonl":
            base_id, base_path = originals[rng.randrange(len(originals))]
            stories = [near_duplicate(book.story(base_id), rng)]
            info = {"kind": "near_duplicate", "of": base_path}
        else:
            count = rng.choice((1, 2, 3)) if fmt == "jsonl" else 1
            stories = [book.story(next_story + k) for k in range(count)]
            next_story += count
            info = {"kind": "story"}
        pages = [dress(story, rng, headlines) for story in stories]
        path = relative_path(i, fmt)
        if fmt == "txt":
            data = render_txt(pages[0], rng).encode("utf-8")
        elif fmt == "html":
            data = render_html(pages[0], rng).encode("utf-8")
        elif fmt == "json":
            record = json_record(pages[0], rng)
            data = json.dumps({"articles": [record]} if rng.random() < 0.3 else record,
                              ensure_ascii=False, indent=1).encode("utf-8")
        else:
            data = "".join(json.dumps(json_record(p, rng), ensure_ascii=False) + "\n"
                           for p in pages).encode("utf-8")
        if info["kind"] == "story" and fmt != "jsonl":
            originals.append((stories[0].story_id, path))
        info |= {"format": fmt, "documents": len(stories),
                 "body_words": sum(len(p.split()) for s in stories for p in s.paragraphs)}
        yield path, data, info


def _bad_file(i: int, kind: str, book: StoryBook, rng: random.Random,
              next_story: int) -> tuple[str, bytes, int]:
    """(path, bytes, documents it still yields)."""
    if kind == "empty":
        return relative_path(i, "txt"), b"", 0
    if kind == "binary":
        return relative_path(i, "txt"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
                                         + rng.randbytes(2048)), 0
    if kind == "invalid_json":
        story = book.story(next_story)
        text = json.dumps({"title": story.title, "text": story.paragraphs[0]})
        return relative_path(i, "json"), text[: len(text) // 2].encode("utf-8"), 0
    stories = [book.story(next_story), book.story(next_story + 1)]
    good = [json.dumps({"title": s.title, "date": s.published.isoformat(),
                        "text": "\n\n".join(s.paragraphs)}) for s in stories]
    return relative_path(i, "jsonl"), "\n".join(
        [good[0], '{"title": "truncated record", "text": ', good[1]]).encode("utf-8") + b"\n", 2


def build(out: Path, n_files: int, seed: int = 1, force: bool = False,
          root: str = str(BBC_NEWS)) -> Manifest:
    """Write the corpus under ``out`` (which must be empty, or a corpus when ``force``)."""
    if out.exists() and any(out.iterdir()):
        if not force or not (out / MANIFEST).exists():
            raise SystemExit(f"make_corpus: {out} is not empty (use --force to replace a "
                             "corpus made by this script)")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(seed=seed)
    made: set[Path] = set()
    for path, data, info in iter_files(n_files, seed, root):
        target = out / path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(data)
        manifest.files += 1
        manifest.documents += info["documents"]
        manifest.body_words += info.get("body_words", 0)
        fmt = path.rsplit(".", 1)[1]
        manifest.by_format[fmt] = manifest.by_format.get(fmt, 0) + 1
        if info["kind"] == "near_duplicate":
            manifest.near_duplicates.append([path, info["of"]])
        elif info["kind"] == "bad":
            manifest.bad_files[path] = info["bad"]
    (out / MANIFEST).write_text(json.dumps(manifest.__dict__, indent=1))
    return manifest


def extra_article(seed: int, k: int, root: str = str(BBC_NEWS)) -> str:
    """A new .txt article that no corpus of this seed contains (for "add one file" timings)."""
    book = StoryBook(seed, root)
    story = book.story(10**9 + k)
    headlines = [source.title for source in book.sources]
    rng = random.Random(f"{seed}/extra/{k}")
    return render_txt(dress(story, rng, headlines), rng)


def iter_bodies(n: int, seed: int = 1, root: str = str(BBC_NEWS)) -> Iterator[str]:
    """Article bodies (paragraphs joined by blank lines), ~5 % near-duplicates: dedupe input."""
    book = StoryBook(seed, root)
    for d in range(n):
        rng = random.Random(f"{seed}/body/{d}")
        if d and rng.random() < NEAR_DUPLICATE_SHARE:
            story = near_duplicate(book.story(rng.randrange(d)), rng)
        else:
            story = book.story(d)
        yield "\n\n".join(story.paragraphs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="folder to create")
    parser.add_argument("--files", required=True, type=int, help="number of files")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true",
                        help="replace an existing corpus made by this script")
    parser.add_argument("--source", default=str(BBC_NEWS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    m = build(args.out, args.files, args.seed, args.force, args.source)
    formats = ", ".join(f"{k} {v}" for k, v in sorted(m.by_format.items()))
    print(f"make_corpus: {m.files} files ({formats}), "
          f"{m.documents} documents, {len(m.near_duplicates)} near-duplicates, "
          f"{len(m.bad_files)} bad files, {m.body_words:,} body words "
          f"in {time.perf_counter() - started:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

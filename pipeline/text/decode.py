"""Finding, reading and decoding input files into raw documents (pure, no database)."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMATS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
           ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_MAGIC = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
          b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or Office file)",
          b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable"}
_TITLE_KEYS = ("title", "headline", "name", "heading")
_TEXT_KEYS = ("text", "body", "content", "article", "articleBody", "article_body", "full_text",
              "maintext", "story")
_DATE_KEYS = ("published_date", "date", "published", "published_at", "publishedAt",
              "datePublished", "pubDate", "publication_date", "created_at", "timestamp")
_OUTLET_KEYS = ("outlet", "source", "site", "site_name", "publisher", "source_domain", "domain")


class InputFolderError(Exception):
    """The input folder itself cannot be used (missing, not a folder, unreadable)."""


class UnreadableFile(Exception):
    """A file (or record) that cannot become a document; ``error`` is a short code."""

    def __init__(self, error: str, detail: str) -> None:
        super().__init__(f"{error}: {detail}")
        self.error = error
        self.detail = detail


@dataclass(frozen=True)
class FileEntry:
    path: str
    byte_size: int
    mtime_ns: int

    @property
    def format(self) -> str:
        return FORMATS.get(Path(self.path).suffix.lower(), "unsupported")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None  # set when the bytes needed repair or a guessed fallback


@dataclass(frozen=True)
class RawDocument:
    doc_id: str
    record_index: int
    text: str
    hint_title: str | None = None
    hint_outlet: str | None = None
    hint_date: str | None = None


def check_folder(root: str | Path) -> Path:
    """``root`` resolved, or InputFolderError when it cannot be read as a folder."""
    root = Path(root)
    if not root.exists():
        raise InputFolderError(f"input folder {root} does not exist")
    if not root.is_dir():
        raise InputFolderError(f"input path {root} is not a folder")
    if not os.access(root, os.R_OK | os.X_OK):
        raise InputFolderError(f"input folder {root} is not readable")
    return root.resolve()


def scan_folder(root: str | Path) -> list[FileEntry]:
    """Every regular, non-hidden file under ``root``, recursively, sorted by (resolved) path."""
    entries = []
    for dirpath, dirnames, filenames in os.walk(check_folder(root)):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            path = os.path.join(dirpath, name)  # dirpath is real: os.walk follows no links
            if os.path.islink(path):
                path = os.path.realpath(path)
            stat = os.stat(path)
            entries.append(FileEntry(path, stat.st_size, stat.st_mtime_ns))
    return sorted(entries, key=lambda e: e.path)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head:
        return "binary data (contains NUL bytes)"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return "binary data (mostly control bytes)" if controls > len(head) * 0.1 else None


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes) -> Decoded:
    """Decode bytes: BOMs, UTF-8, BOM-less UTF-16, then cp1252/latin-1 with a warning."""
    if not data.strip():
        raise UnreadableFile("empty_file", "the file is empty (or only whitespace)")
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise UnreadableFile("invalid_encoding", f"has a {name} BOM but {exc}") from exc
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    kind = _binary_kind(data)
    if kind:
        raise UnreadableFile("binary_file", f"this is {kind}, not a text, HTML or JSON article")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        mostly_utf8 = data.decode("utf-8", errors="replace")
        if any(ord(ch) > 127 and ch != "\ufffd" for ch in mostly_utf8):
            return Decoded(mostly_utf8, "utf-8",
                           f"invalid UTF-8 ({where}); bad bytes replaced with U+FFFD")
        text = data.decode("cp1252", errors="ignore")
        if len(text) < len(data):
            text = data.decode("latin-1")
            return Decoded(text, "latin-1", f"not valid UTF-8 ({where}); decoded as latin-1")
        return Decoded(text, "cp1252", f"not valid UTF-8 ({where}); decoded as cp1252")


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, dict):  # e.g. {"publisher": {"name": "Reuters"}}
            value = value.get("name") or value.get("title")
        if isinstance(value, list):
            value = "\n\n".join(str(v) for v in value if isinstance(v, str)) or None
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def record_document(record: Any, index: int) -> RawDocument:
    """One JSON object -> one raw document (title/date/outlet kept as hints for parsing)."""
    if not isinstance(record, dict):
        raise UnreadableFile("not_an_object", f"record {index} is a {type(record).__name__}, "
                             "expected a JSON object with a text field")
    text = _first(record, _TEXT_KEYS)
    if not text:
        raise UnreadableFile("no_text_field", f"record {index} has no text; looked for "
                             f"{', '.join(_TEXT_KEYS)} (keys present: {', '.join(record)[:200]})")
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
    return RawDocument(
        doc_id=sha256_hex(canonical.encode("utf-8"))[:16], record_index=index, text=text,
        hint_title=_first(record, _TITLE_KEYS), hint_outlet=_first(record, _OUTLET_KEYS),
        hint_date=_first(record, _DATE_KEYS),
    )


def _json_records(text: str) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile("invalid_json", f"not valid JSON: {exc.msg} at line {exc.lineno} "
                             f"column {exc.colno}") from exc
    if isinstance(data, dict):
        for key in ("articles", "items", "data", "results", "documents"):
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    if isinstance(data, list):
        return data
    raise UnreadableFile("invalid_json", f"top-level JSON is a {type(data).__name__}, "
                         "expected an object or a list of objects")


def read_documents(
    data: bytes, fmt: str
) -> tuple[str, list[RawDocument], list[UnreadableFile], str | None]:
    """Decode a file and split it into documents.

    Returns (encoding, documents, problems with single records, decoding warning). Raises
    UnreadableFile when nothing in the file can be used.
    """
    decoded = decode(data)
    if fmt in ("text", "html"):
        doc_id = sha256_hex(data)[:16]
        return decoded.encoding, [RawDocument(doc_id, 0, decoded.text)], [], decoded.warning
    documents: list[RawDocument] = []
    problems: list[UnreadableFile] = []
    if fmt == "json":
        records: Iterator[tuple[int, Any]] = enumerate(_json_records(decoded.text))
    else:
        records = _jsonl_records(decoded.text, problems)
    for index, record in records:
        try:
            documents.append(record_document(record, index))
        except UnreadableFile as problem:
            problems.append(problem)
    if not documents and problems:
        raise UnreadableFile(problems[0].error, "; ".join(p.detail for p in problems[:5]))
    return decoded.encoding, documents, problems, decoded.warning


def _jsonl_records(text: str, problems: list[UnreadableFile]) -> Iterator[tuple[int, Any]]:
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield line_no, json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(UnreadableFile(
                "invalid_json_line", f"line {line_no} is not valid JSON ({exc.msg} at column "
                f"{exc.colno}); the other lines were ingested"))

"""Paths in, articles out: plain text, HTML, JSON (documents and JSON Lines), CSV, WARC, and folders of these."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsledger.ingest.base import InputError, ReadError, ReadOptions, decode, make_article
from newsledger.ingest.html import read_html
from newsledger.ingest.jsondoc import field_table, from_mapping, read_json
from newsledger.model import Article

TEXT = {".txt", ".text"}
HTML = {".html", ".htm", ".xhtml"}
JSON = {".json"}  # a document (one article, an array, a wrapper), else JSON Lines
JSONL = {".jsonl", ".ndjson"}
CSV = {".csv"}
WARC = {".warc", ".gz"}  # .warc.gz
KNOWN = TEXT | HTML | JSON | JSONL | CSV | WARC

Item = Article | InputError


def read_paths(paths: Iterable[str | Path], options: ReadOptions | None = None) -> Iterator[Item]:
    options = options or ReadOptions()
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p) is not None)
            if not files:
                yield InputError(str(path), "folder holds no readable files (.txt, .html, .json, .jsonl, .csv, .warc)")
            for f in files:
                yield from read_file(f, options)
        elif path.is_file():
            yield from read_file(path, options)
        else:
            yield InputError(str(path), "no such file or folder")


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    suffix = path.suffix.lower()
    for kind, exts in (("text", TEXT), ("html", HTML), ("json", JSON), ("jsonl", JSONL), ("csv", CSV)):
        if suffix in exts:
            return kind
    return None


def read_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    where = str(path)
    kind = _kind(path) or "text"
    try:
        if kind == "warc":
            yield from _read_warc(path, options)
            return
        data = path.read_bytes()
        if kind in ("json", "jsonl"):
            yield from read_json(decode(data), where, options, path.stem, lines_only=kind == "jsonl")
        elif kind == "csv":
            yield from _read_csv(decode(data), where, options)
        else:
            text = decode(data)
            if kind == "html" or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
                yield read_html(text, where, options, id=path.stem)
            else:
                yield make_article(text, where, options, id=path.stem)
    except ReadError as exc:
        yield InputError(where, str(exc))
    except OSError as exc:
        yield InputError(where, f"cannot read: {exc.strerror or exc}")


def _read_csv(text: str, where: str, options: ReadOptions) -> Iterator[Item]:
    csv.field_size_limit(options.max_chars * 4)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        text_columns = {key for field in ("text", "html") for key, _ in field_table()[field]}
        if not reader.fieldnames or not (text_columns & set(reader.fieldnames)):
            raise ReadError(f"CSV has no text column ({', '.join(sorted(text_columns))})")
        for row in reader:
            at = f"{where}:{reader.line_num}"
            if row.get("id") in (None, "") and row.get("") not in (None, ""):
                row["id"] = f"{Path(where).stem}-{row['']}"  # the unnamed index column pandas writes
            try:
                yield from from_mapping(row, at, options)
            except ReadError as exc:
                yield InputError(at, str(exc))
    except csv.Error as exc:
        # The rest of the file cannot be read reliably once the CSV structure breaks.
        yield InputError(f"{where}:{reader.line_num}", f"malformed CSV ({exc}); rest of the file skipped")


def _read_warc(path: Path, options: ReadOptions) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as fh:
        try:
            for n, rec in enumerate(ArchiveIterator(fh), start=1):
                if rec.rec_type != "response":
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
                if "html" not in ctype:
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                at = f"{path}#{n}"
                try:
                    yield read_html(decode(rec.content_stream().read()), at, options, url=url)
                except ReadError as exc:
                    yield InputError(at, str(exc))
        except ArchiveLoadFailed as exc:
            yield InputError(str(path), f"not a readable WARC file: {exc}")

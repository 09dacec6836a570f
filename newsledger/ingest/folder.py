"""Paths in, articles out: plain text, HTML, JSON Lines, CSV, WARC, and folders of these."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsledger.ingest.base import InputError, ReadError, ReadOptions, decode, make_article, parse_published
from newsledger.ingest.html import read_html
from newsledger.model import Article

TEXT = {".txt", ".text"}
HTML = {".html", ".htm", ".xhtml"}
JSONL = {".jsonl", ".ndjson", ".json"}
CSV = {".csv"}
WARC = {".warc", ".gz"}  # .warc.gz
KNOWN = TEXT | HTML | JSONL | CSV | WARC

Item = Article | InputError


def read_paths(paths: Iterable[str | Path], options: ReadOptions | None = None) -> Iterator[Item]:
    options = options or ReadOptions()
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p) is not None)
            if not files:
                yield InputError(str(path), "folder holds no readable files (.txt, .html, .jsonl, .csv, .warc)")
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
    for kind, exts in (("text", TEXT), ("html", HTML), ("jsonl", JSONL), ("csv", CSV)):
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
        if kind == "jsonl":
            yield from _read_jsonl(decode(data), where, options)
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


def _meta_date(value, where: str) -> tuple[str | None, InputError | None]:
    if value in (None, ""):
        return None, None
    try:
        return parse_published(value), None
    except ValueError as exc:
        return None, InputError(where, f"{exc}; article kept without a publication date", fatal=False)


def _from_mapping(obj: dict, where: str, options: ReadOptions) -> Iterator[Item]:
    published, problem = _meta_date(obj.get("published") or obj.get("date"), where)
    if problem:
        yield problem
    meta = {"id": str(obj["id"]) if obj.get("id") not in (None, "") else None,
            "url": obj.get("url") or None, "title": obj.get("title") or None,
            "outlet": obj.get("outlet") or obj.get("source") or None, "published": published}
    if isinstance(obj.get("text"), str) and obj["text"].strip():
        yield make_article(obj["text"], where, options, **meta)
    elif isinstance(obj.get("html"), str) and obj["html"].strip():
        yield read_html(obj["html"], where, options, **meta)
    else:
        raise ReadError('no "text" or "html" field')


def _read_jsonl(text: str, where: str, options: ReadOptions) -> Iterator[Item]:
    for n, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        at = f"{where}:{n}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ReadError("JSON line is not an object")
            yield from _from_mapping(obj, at, options)
        except json.JSONDecodeError as exc:
            yield InputError(at, f"malformed JSON ({exc.msg}, column {exc.colno})")
        except ReadError as exc:
            yield InputError(at, str(exc))


def _read_csv(text: str, where: str, options: ReadOptions) -> Iterator[Item]:
    csv.field_size_limit(options.max_chars * 4)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        if not reader.fieldnames or not ({"text", "html"} & set(reader.fieldnames)):
            raise ReadError('CSV has no "text" or "html" column')
        for row in reader:
            at = f"{where}:{reader.line_num}"
            if row.get("id") in (None, "") and row.get("") not in (None, ""):
                row["id"] = f"{Path(where).stem}-{row['']}"  # the unnamed index column pandas writes
            try:
                yield from _from_mapping(row, at, options)
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

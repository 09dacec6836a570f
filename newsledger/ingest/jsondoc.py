"""JSON articles: one object per file, an array of objects, a wrapper holding the array, or JSON Lines.

The field names of the shapes researchers already have (news-please, trafilatura's JSON output, GDELT DOC
results, ACLED exports, our own JSON Lines) are mapped to the article's fields by the table in
`newsledger/data/inputs/json_fields.tsv`, which names each shape's source. CSV rows go through the same mapping.

Errors: a file that is neither a JSON document nor JSON Lines is one error line; in an array, items that fail
the same way are reported together on one line ("3 of 40 items: no article text (items #2, #7, #9)").
"""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from newsledger.ingest.base import InputError, ReadError, ReadOptions, make_article, parse_published
from newsledger.ingest.html import read_html
from newsledger.model import Article

Item = Article | InputError
FIELDS_FILE = Path(__file__).resolve().parent.parent / "data" / "inputs" / "json_fields.tsv"
SHOWN_ITEMS = 5  # item positions named in one aggregated error line


@lru_cache(maxsize=1)
def field_table() -> dict[str, list[tuple[str, str]]]:
    """Article field -> [(JSON key, check)] in the order they are tried."""
    table: dict[str, list[tuple[str, str]]] = {}
    for line in FIELDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        field, key, check, _source = line.split("\t", 3)
        table.setdefault(field, []).append((key, check))
    return table


def _usable(value: object, check: str) -> str | list | None:
    if check == "list":
        return value if isinstance(value, list) else None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and check == "text":
        return str(value)
    if not isinstance(value, str) or value.strip() in ("", "None", "null"):  # null written as text by some tools
        return None
    is_url = value.strip().lower().startswith(("http://", "https://"))
    if (check == "url" and not is_url) or (check == "name" and is_url):
        return None
    return value.strip() if check != "text" else value


def mapped(obj: dict) -> dict[str, str]:
    """The article fields an object carries, by the field table (first usable key wins)."""
    out: dict[str, str] = {}
    for field, keys in field_table().items():
        if field == "wrapper":
            continue
        for key, check in keys:
            value = _usable(obj.get(key), check)
            if value is not None:
                out[field] = value
                break
    return out


def _with_lead(lead: str | None, text: str) -> str:
    """The lead (news-please's description) before the body, unless the body already starts with it: some
    outlets keep the lead out of the body."""
    lead = (lead or "").strip()
    if not lead or lead[:60] in text[: len(lead) + 200]:
        return text
    return lead + "\n\n" + text.lstrip()


def from_mapping(obj: dict, where: str, options: ReadOptions, default_id: str | None = None) -> Iterator[Item]:
    """The article an object holds (after a warning for an unreadable date); ReadError when it holds no text."""
    f = mapped(obj)
    published = None
    if f.get("published"):
        try:
            published = parse_published(f["published"])
        except ValueError as exc:
            yield InputError(where, f"{exc}; article kept without a publication date", fatal=False)
    meta = {"id": f.get("id") or default_id, "url": f.get("url"), "title": f.get("title"),
            "outlet": f.get("outlet"), "published": published}
    if "text" in f:
        yield make_article(_with_lead(f.get("lead"), f["text"]), where, options, **meta)
    elif "html" in f:
        yield read_html(f["html"], where, options, **meta)
    elif "url" in f:
        raise ReadError("no article text, only a link (fetch the page: newsledger ingest URL)")
    else:
        raise ReadError('no article text (no "text", "maintext", "notes" or "html" field)')


def read_json(text: str, where: str, options: ReadOptions, stem: str, lines_only: bool = False) -> Iterator[Item]:
    """A `.json` file (a document, else JSON Lines) or, with `lines_only`, a `.jsonl` file (line by line)."""
    if lines_only:
        yield from read_json_lines(text, where, options)
        return
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        if _looks_like_lines(text):
            yield from read_json_lines(text, where, options)
        else:
            yield InputError(where, f"malformed JSON ({exc.msg}, line {exc.lineno} column {exc.colno})")
        return
    except RecursionError:
        yield InputError(where, "JSON nested too deeply")
        return
    yield from read_document(doc, where, options, stem)


def _looks_like_lines(text: str) -> bool:
    """JSON Lines: the first non-blank line is a JSON object on its own."""
    first = next((ln for ln in io.StringIO(text) if ln.strip()), "")
    try:
        return isinstance(json.loads(first), dict)
    except (json.JSONDecodeError, RecursionError):
        return False


def read_document(doc: object, where: str, options: ReadOptions, stem: str) -> Iterator[Item]:
    if isinstance(doc, dict):
        for key, check in field_table().get("wrapper", []):
            if _usable(doc.get(key), check) is not None and not mapped(doc).get("text"):
                doc = doc[key]
                break
    if isinstance(doc, dict):
        try:
            yield from from_mapping(doc, where, options, default_id=stem)
        except ReadError as exc:
            yield InputError(where, str(exc))
    elif isinstance(doc, list):
        yield from _read_array(doc, where, options, stem)
    else:
        yield InputError(where, "JSON holds neither an article object nor an array of them")


def _read_array(doc: list, where: str, options: ReadOptions, stem: str) -> Iterator[Item]:
    problems: dict[tuple[str, bool], list[int]] = {}
    for n, obj in enumerate(doc, start=1):
        try:
            if not isinstance(obj, dict):
                raise ReadError("not an article object")
            for item in from_mapping(obj, f"{where}#{n}", options, default_id=f"{stem}-{n}"):
                if isinstance(item, InputError):
                    problems.setdefault((item.message, item.fatal), []).append(n)
                else:
                    yield item
        except ReadError as exc:
            problems.setdefault((str(exc), True), []).append(n)
    if not doc:
        yield InputError(where, "empty JSON array")
    for (message, fatal), positions in problems.items():
        shown = ", ".join(f"#{p}" for p in positions[:SHOWN_ITEMS])
        more = f" and {len(positions) - SHOWN_ITEMS} more" if len(positions) > SHOWN_ITEMS else ""
        yield InputError(where, f"{len(positions)} of {len(doc)} items: {message} (items {shown}{more})", fatal)


def read_json_lines(text: str, where: str, options: ReadOptions) -> Iterator[Item]:
    for n, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        at = f"{where}:{n}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ReadError("JSON line is not an object")
            yield from from_mapping(obj, at, options)
        except json.JSONDecodeError as exc:
            yield InputError(at, f"malformed JSON ({exc.msg}, column {exc.colno})")
        except RecursionError:
            yield InputError(at, "JSON nested too deeply")
        except ReadError as exc:
            yield InputError(at, str(exc))

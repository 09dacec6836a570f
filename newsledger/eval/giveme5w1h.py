"""The Giveme5W1H gold standard (dev/giveme5w1h/data/*.json) as articles with their 5W1H annotations.

Each article becomes an `Article` with its `title` set and, as text, the description (the lead, which some
outlets keep out of the body) followed by the body; when the body already starts with the description the body
alone. `date_publish` (its date part) is the publication date (none when it is not a date: one file says "None").

Annotations per question: a list of phrases {"text", "count", "parsed"} (`count` = coderPhraseCount, how many
of the three coders chose it; `parsed` = the coders' ISO date for "when"). A question whose annotations carry a
count but no text is one where the coders agreed there is no answer: `no_answer` lists those questions.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsledger.model import Article

QUESTIONS = ("who", "what", "when", "where", "why", "how")


@dataclass
class Item:
    name: str  # the upstream file name, e.g. "telegraph-1"
    article: Article
    answers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    no_answer: set[str] = field(default_factory=set)
    category: str | None = None


def _body(d: dict[str, Any]) -> str:
    desc = (d.get("description") or "").strip()
    text = (d.get("text") or "").strip()
    if not desc or desc[:60] in text[: len(desc) + 200]:
        return text
    return desc + "\n\n" + text


def _unescape(text: str) -> str:
    """Some phrases keep JSON escapes as literal text (\\u2018, \\"): decode them."""
    if "\\" not in text:
        return text
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return text.replace('\\"', '"').replace("\\'", "'")


def documents(corpus: Path, limit: int | None = None) -> Iterator[tuple[Path, dict[str, Any], str | None]]:
    """(file, its JSON, its publication date or None) per article, in file-name order."""
    for path in sorted((corpus / "dev" / "giveme5w1h" / "data").glob("*.json"))[:limit]:
        d = json.loads(path.read_text(encoding="utf-8"))
        pub = (d.get("date_publish") or "")[:10] or None
        if pub and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):  # the corpus writes a missing date as "None"
            pub = None
        yield path, d, pub


def load(corpus: Path, limit: int | None = None) -> list[Item]:
    out: list[Item] = []
    for path, d, pub in documents(corpus, limit):
        article = Article(text=_body(d), title=(d.get("title") or "").strip() or None, published=pub,
                          id=path.stem[:16], outlet=d.get("publisher"), url=d.get("url"), source=str(path))
        item = Item(d.get("originalFilename") or path.stem, article, category=d.get("category"))
        for q in QUESTIONS:
            ann = d.get("fiveWoneH", {}).get(q, {}).get("annotated", []) or []
            phrases = [{"text": _unescape(a["text"]).strip(), "count": a.get("coderPhraseCount", 0),
                        "parsed": a.get("parsed")} for a in ann if a.get("text") and a["text"].strip()]
            item.answers[q] = phrases
            if not phrases and ann:
                item.no_answer.add(q)
        out.append(item)
    return out

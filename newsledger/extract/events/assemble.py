"""The record Event from a coded trigger: its date, clause, place and casualty figures."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsledger import nlp
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.extract.events.dates import _date, _latest_in_text
from newsledger.extract.quantities import parse_number_words, vague_table
from newsledger.model import Actor, Event, Record

KILL = {"kill", "slay", "murder", "massacre"}

WOUND = {"wound", "injure", "hurt"}


def _clause_span(ev: RawEvent) -> tuple[int, int]:
    t = ev.trigger
    sent = t.sent  # once: Token.sent walks to the sentence's start
    toks = [x for x in t.subtree if sent.start <= x.i < sent.end]
    return min(x.idx for x in toks), max(x.idx + len(x.text) for x in toks)


def _casualties(sent: Span) -> tuple[int | None, int | None]:
    killed = injured = None
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma not in KILL | WOUND and tok.lower_ not in {"dead", "killed", "wounded", "injured"}:
            continue
        heads = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        heads = [h for x in heads for h in [x, *[c for c in x.subtree if c.dep_ == "conj"]]]
        total = 0
        for h in heads:
            for c in h.children:
                if c.dep_ == "nummod":
                    n = _number(_number_tokens(c))
                    if n:
                        total += n
        if total:
            if lemma in KILL or tok.lower_ in {"dead", "killed"}:
                killed = (killed or 0) + total
            else:
                injured = (injured or 0) + total
    return killed, injured


def _number_tokens(tok: Token) -> list[str]:
    """The words of the number a nummod token ends: "twenty-five" is parsed as "twenty", "-", "five"."""
    doc, start = tok.doc, tok.i
    while start > 0:
        prev = doc[start - 1]
        if not (prev.text == "-" and not prev.whitespace_ or prev.like_num and prev.is_alpha):
            break
        start -= 1
    return [t.text for t in doc[start:tok.i + 1] if t.text != "-"]


def _number(words: list[str]) -> int | None:
    """A casualty count, read as the quantities extractor reads figures (digits, written numbers, and vague
    numbers by its ACLED table: "dozens" is 12)."""
    if len(words) == 1:
        t = words[0].replace(",", "").lower()
        if t.isdigit():
            return int(t)
        return parse_number_words([t]) or vague_table()[0].get(t)
    return parse_number_words(words)


def _event(record: Record, doc: Doc, sent: Span, ev: RawEvent, typ: str, cameo: str, src: Actor | None,
           tgt: Actor | None, status: str, asserted_by: str | None) -> Event:
    from newsledger.extract.places import place_for_span

    date, precision, historical = _date(record, doc, sent, ev)
    if historical and status in {"reported", "claimed"}:
        status = "historical"
    if date is None and record.article.published:
        date, precision = record.article.published[:10], "publication"  # the text gives none: say so
    elif date is None:  # no publication date either
        date = _latest_in_text(record)
        precision = "latest_in_text" if date else None
    c0, c1 = _clause_span(ev)
    place = place_for_span(record, c0, c1) or place_for_span(record, sent.start_char, sent.end_char)
    killed, injured = _casualties(sent) if typ == "ASSAULT" else (None, None)
    mode = D.plover(cameo)[1]
    text = nlp.span_text(sent).rstrip()  # sent.text, sliced from the document's text (no Token per word)
    return Event(id="", type=typ, sentence=text, start=sent.start_char, end=sent.start_char + len(text),
                 cameo=cameo, mode=mode, source=src.id if src else None, target=tgt.id if tgt else None,
                 place=place.id if place else None, date=date, date_precision=precision,
                 asserted_by=asserted_by, status=status, killed=killed, injured=injured,
                 trigger=ev.trigger.text)

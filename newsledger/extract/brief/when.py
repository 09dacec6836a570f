"""When: the record's time expressions and the title's, ranked (see the package doc)."""
from __future__ import annotations

import re
from typing import Any

from newsledger import resources
from newsledger.extract.brief.common import (
    _GRAN,
    _TIME_APPROX,
    _TIME_NEAR,
    _UPDATE_VERBS,
    LEAD_SENTENCES,
    Clause,
    Src,
    _published,
    _value_date,
)
from newsledger.extract.times import names_era

BYLINE_WINDOW = 200  # characters: a byline comes before the lead's first words
BYLINE_PENALTY = 0.3  # a byline's date ranks below any time of the lead (as a time far from the article's date)
_BYLINE_DATE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}$"
                          r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}$")
_INTRODUCERS = {"on", "in", "at", "by", "since", "until", "till", "from", "of", "before", "after", "about", "around",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "a", "the", "and", "or"}


class When:
    """The when part of BriefBuilder (its attributes: see builder.BriefBuilder)."""

    def when(self, main: Clause | None) -> list[dict[str, Any]]:
        pub = _published(self.record)
        cands = []
        pools: list[tuple[Src, list]] = []
        if self.title is not None:
            pools.append((self.title, self._title_times()))
        pools.append((self.text, list(self.record.times)))
        for src, times in pools:
            # the article's text as the record holds it (`doc` parses it): Doc.text rebuilds it token by token
            src_text = self.record.article.text if src is self.text else src.doc.text
            for t in times:
                if t.type in {"DURATION", "SET"} or not t.value or t.value.endswith("_REF") or names_era(t):
                    continue  # an era ("the turn of the millennium") is a story's background, not its event's when
                rank = 0 if src.name == "title" else self._sent_rank(t.start)
                if rank is None:
                    rank = 1 + LEAD_SENTENCES + self._sent_index(t.start)
                pos = 1.0 / (1 + 0.5 * rank)
                gran = _GRAN.get(t.precision or "day", 4) / 7
                d = _value_date(t.value)
                near = 0.3
                if d and pub:
                    delta = (pub - d).days
                    near = 1.0 if -1 <= delta <= 7 else (0.6 if -7 <= delta <= 31 else 0.1)
                elif pub and t.value[:4] == str(pub.year):
                    near = 0.5
                in_main = 1.0 if main is not None and main.src is src and \
                    main.src.doc[main.what[0]].sent.start_char <= t.start < main.src.doc[main.what[0]].sent.end_char \
                    else 0.0
                score = 0.4 * pos + 0.25 * gran + 0.25 * near + 0.1 * in_main
                if self._report_time(src, t.start, t.end):
                    score -= 0.1
                if src is self.text and d is not None and d == pub and self._byline_date(src_text, t.start, t.end):
                    score -= BYLINE_PENALTY
                start, end = self._time_extent(src, t.start, t.end, times)
                item = {"text": src_text[start:end], "start": start, "end": end, "value": t.value,
                        "score": round(score, 3)}
                if src.name == "title":
                    item["in"] = "title"
                cands.append(item)
        return self._rank(cands)

    @staticmethod
    def _byline_date(text: str, start: int, end: int) -> bool:
        """The publication date in the byline the text opens with ("Jane Doe jdoe@example.com March 23, 2009 From
        the Journal", "BY JOHN DOE Advocate Reporter March 30, 2009 NEWARK --"): a bare full date (month, day,
        year) near the start that no preposition, weekday or comma introduces. It dates the article, not the
        event (the Giveme5W1H codebook: when is the time of the main event)."""
        if start > BYLINE_WINDOW or not _BYLINE_DATE.match(text[start:end]):
            return False
        before = text[max(0, start - 30):start].rstrip()
        last = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        return not (before.endswith((",", "(")) or last in _INTRODUCERS)

    @staticmethod
    def _time_extent(src: Src, start: int, end: int, times: list) -> tuple[int, int]:
        """A time with its approximation before it ("about 6.10am", "shortly after 6am") and an alternative
        or end point coordinated after it ("6.10am or 6.15am", "between 5pm and 7pm")."""
        span = src.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return start, end
        doc, i, j = src.doc, span.start, span.end
        if i > 0 and doc[i - 1].lower_ in _TIME_APPROX:
            i -= 1
        elif i > 1 and doc[i - 1].lower_ in {"after", "before"} and doc[i - 2].lower_ in _TIME_NEAR:
            i -= 2
        else:
            i = _relational_start(doc, i)
        if j + 1 < len(doc) and doc[j].lower_ in {"or", "and", "to"}:
            nxt = next((t for t in times if t.start == doc[j + 1].idx), None)
            if nxt is not None and nxt.end - end < 40:
                return doc[i].idx, nxt.end
        return doc[i].idx, span.end_char

    def _report_time(self, src: Src, start: int, end: int) -> bool:
        """A time that dates an update on the event, not the event: a toll's or a figure's change ("the death
        toll rose to six Friday"). (Speech verbs' times stay: the statement is often the main event.)"""
        span = src.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        for _ in range(4):
            if head.dep_ not in {"npadvmod", "pobj", "prep", "advmod", "tmod", "nummod", "compound"} or \
                    head.head == head:
                break
            head = head.head
            if head.pos_ in {"VERB", "NOUN", "AUX"}:
                break
        lemma = head.lemma_.lower()
        return head.pos_ in {"VERB", "AUX"} and lemma in _UPDATE_VERBS

    def _title_times(self) -> list:
        from newsledger.extract import times

        return times.extract_text(self.title.doc.text, self.record.article.published, self.title.doc)

    def _sent_index(self, char: int) -> int:
        for i, s in enumerate(self.record.sentences):
            if s.start <= char < s.end + 1:
                return i
        return len(self.record.sentences)

    def _sent_rank(self, char: int) -> int | None:
        for i, s in enumerate(self.text.sents):
            if s.start_char <= char < s.end_char:
                return i + 1
        return None


def _relational_start(doc, i: int) -> int:
    """The start of "the run-up to" / "the eve of" before a time expression beginning at token i ("in the run-up to
    Christmas": data/brief/relational_times.txt), or i when there is none. The period names the event's when."""
    if i < 3 or doc[i - 1].lower_ not in {"to", "of"}:
        return i
    for n in (1, 3):  # "eve", or a hyphenated noun the parse splits in three ("run - up")
        k = i - 1 - n
        if k < 1 or doc[k - 1].lower_ != "the":
            continue
        if n == 3 and (doc[k + 1].text != "-" or doc[k].whitespace_ or doc[k + 1].whitespace_):
            continue
        noun = "".join(t.text for t in doc[k:i - 1]).lower()
        if f"{noun} {doc[i - 1].lower_}" in resources.words("brief", "relational_times.txt"):
            return k - 1
    return i

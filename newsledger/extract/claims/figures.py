"""Figure claims (tolls, casualties, counts) with their periods and bounds, and when two figures cannot both be
true (figure_bounds.tsv; a later "rose to" is an update; ACLED's conservative total)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from newsledger import resources
from newsledger.extract.claims.model import Claim, View
from newsledger.extract.claims.vocabulary import FIGURE_KINDS, UPDATE, _norm

# a range of two figures: "between 9 and 50", "from 20 to 30", "20 to 30", "20-30" (Quirk et al. 1985, 6.62: the
# range of a number between two limits); the quantity extractor gives its two ends as two figures of one kind
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|-|\u2013)\s*$", re.I)

_RANGE_LEAD = re.compile(r"\bbetween\s*$", re.I)


def _ranges(v: View, quantities: list[dict[str, Any]]) -> dict[int, int]:
    """Index of a range's low end -> index of its high end, among the figures of one record: two figures of one
    kind joined by "and" after "between", or by "to" or a dash (a range's ends, not two tolls)."""
    out = {}
    for i, lo in enumerate(quantities):
        for j, hi in enumerate(quantities):
            if i == j or hi.get("kind") != lo.get("kind") or not (lo["start"] < hi["start"] <= lo["end"]):
                continue
            sent = v.sentence_of(lo["start"], lo["end"])
            m = re.match(r"[\d.,]+|[a-z]+", _norm(lo["text"]), re.I)
            if not sent or not m:
                continue
            text = _norm(sent["text"])
            at = lo["start"] - sent["start"]
            join = text[at + m.end():hi["start"] - sent["start"]]
            if _RANGE_JOIN.match(join) and hi["value"] > lo["value"] and (
                    join.strip().lower() != "and" or _RANGE_LEAD.search(text[:at])):
                out[i] = j
    return out


# a count of people that is a death toll by its clause (issue 14, twenty-third round): the subject of a death
# predicate, past a parenthetical appositive and a raising verb of report ("around 50 people, mostly women and children,
# were killed", "six British citizens are known to have died": Quirk et al. 16.47), or the of-phrase of the deverbal
# noun "death(s)" ("the deaths of up to 500,000 people": Quirk et al. 17.51, the of-phrase names the noun's subject).
# The quantity extractor types these "people" (a count of who, not of what happened to them).
_DIES_AFTER = re.compile(r"^(?:\s*,[^,;:.()\u2013\u2014]{1,60},)?\s+(?:(?:have|has|had|were|are|was|is|been|all|now|"
                         r"\w+ly)\s+)*(?:(?:reported|known|confirmed|believed|thought|said|estimated|feared|presumed)\s+"
                         r"to\s+have\s+(?:been\s+)?)?(?:killed|died|dead)\b", re.I)

_DEATHS_OF = re.compile(r"\bdeaths?\s+of\s+$", re.I)

# a count inside a count is a part of the toll, not its subject ("14 civilians including three children were killed")
_PART_OF = re.compile(r"\b(?:including|includes|included|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$", re.I)


# a forecast is no toll (issue 14, twenty-third round): a count whose verb, within a few words after it, is a modal of
# possibility or prediction with the figure's event ("tens of thousands may die", "700,000 people could be displaced",
# "29 who will die if ...": Quirk et al. 1985, 4.49-4.58, the modals present the event as possible or predicted, not
# as a fact). Read over the 249 Guardian articles: 13 such counts, all warnings of what an offensive would do.
_FORECAST = re.compile(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:may|might|could|would|will|shall)\s+(?:\w+ly\s+)?"
                       r"(?:die|perish|flee|lose\s+their\s+lives|be\s+(?:\w+ly\s+)?(?:killed|displaced|injured|wounded|"
                       r"forced|uprooted|evacuated|arrested|detained|made\s+homeless))\b", re.I)


def _toll_kind(n: dict[str, Any], sentence: str, start: int, end: int) -> str | None:
    """The figure kind of a quantity: its own, or "killed" for a count of people its clause makes a toll."""
    kind = n.get("kind")
    if kind != "people":
        return kind
    before, after = _norm(sentence[max(0, start - 30):start]), _norm(sentence[end:end + 160])
    if not _PART_OF.search(before) and (_DIES_AFTER.match(after) or _DEATHS_OF.search(before)):
        return "killed"
    return kind


def _figure_claims(v: View) -> list[Claim]:
    out = []
    quantities = v.rec.get("quantities", [])
    ranges = _ranges(v, quantities)
    for i, n in enumerate(quantities):
        if i in ranges.values():
            continue
        sent = v.sentence_of(n["start"], n["end"])
        s_text = sent["text"] if sent else n["text"]
        s_start = sent["start"] if sent else n["start"]
        kind = _toll_kind(n, s_text, n["start"] - s_start, n["end"] - s_start)
        if kind not in FIGURE_KINDS or _FORECAST.match(_norm(s_text[n["end"] - s_start:n["end"] - s_start + 120])):
            continue
        if kind != n.get("kind"):
            n = {**n, "kind": kind}
        speaker = v.speaker_of(n["start"], n["end"])
        of = n.get("of")
        of_key = v.name(of).lower() if of in v.actors else (of or n.get("unit") or "").lower()
        places = v.sites_in(s_start, s_start + len(s_text))
        if not places:  # the place named just before: "A bomb hit X on Monday. Officials said 12 were killed."
            k = v.sentence_index(s_start)
            if k > 0:
                prev = v.sentences[k - 1]
                places = v.sites_in(prev["start"], prev["end"])
        for e in v.rec.get("events", []):
            if e.get("place") and e.get("start", 0) <= n["start"] and n["end"] <= e.get("end", 0):
                places |= {p.get("name", p["text"]).lower() for p in v.places
                           if p.get("id") == e["place"] and p.get("kind") != "country" and not v.stands_for_state(p)}
        value, bound = n["value"], _bound(n)
        before = _norm(s_text[:n["start"] - s_start])
        if _HALF.search(before) and re.match(r"an?\s", _norm(n.get("text") or "")):
            value = value / 2  # "half a million": the quantity read from "a million"
            before = _HALF.sub("", before)
        if bound is None:
            # the bounding words right before a quantity whose text leaves them out ("towards 500,000 people")
            bound = next((b for b, pattern in figure_bounds() if pattern.search(before)), bound)
        out.append(Claim(_figure_topic(n), 0, speaker, f"n{i}", s_text, s_start, s_start + len(s_text),
                         value=value, approximate=bool(n.get("approximate")), of=_people_key(of_key),
                         unit=n.get("unit"), bound=bound,
                         high=quantities[ranges[i]]["value"] if i in ranges else None,
                         update=_is_update(s_text, n["start"] - s_start), place=",".join(sorted(places)) or None,
                         period=_period(s_text, n["start"] - s_start, n["end"] - s_start)))
    return out


# the period a figure counts over, in its own clause (Quirk et al. 1985, 8.56-8.60: adjuncts of duration "in three
# months", "over the next five years"; of time position "in 2013", "since 2011", "this year"; of frequency "each
# year"): "700 killed in three months" and "12 killed" (one bombardment), "1,300 died in 2013" and today's toll, a
# quota "230,000 refugees over two years" and "22.5 million refugees worldwide" count different things
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")

_MONTH = r"(?:" + "|".join(_MONTHS) + r")"

_PERIOD = re.compile(
    r"\b(?:(?:in|over|during|within|for|across)\s+(?:the\s+)?(?:(?:past|last|next|first|previous|coming)\s+)?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|a|an)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)"
    r"|(?:since|in|during|by|until)\s+(?:" + _MONTH + r"\s+)?(?:19|20)\d\d"
    r"|(?:each|every|per|a)\s+(?:year|month|week|day)"
    r"|(?:this|last)\s+(?:year|month|week)|so\s+far"
    # a span of named months (Quirk et al. 8.57, adjuncts of duration by their ends): "in June and July", "between
    # June and August", "from March to May"
    r"|(?:in|during|between|from|over)\s+" + _MONTH + r"\s+(?:and|to|through|until|till|-|\u2013)\s+" + _MONTH + r")\b",
    re.I)

_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s(?:but|while|although|whereas)\s")


def _period(sentence: str, start: int, end: int) -> str | None:
    """The period a figure's clause names, lower-cased (None when it names none): after the figure up to the
    clause's end, else before it back to the clause's start."""
    after = _CLAUSE_BREAK.split(sentence[max(end, 0):][:120], maxsplit=1)[0]
    before = _CLAUSE_BREAK.split(sentence[:max(start, 0)][-80:])[-1]
    hit = _PERIOD.search(after) or _PERIOD.search(before)
    return " ".join(hit.group(0).lower().split()) if hit else None


_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}

_DURATION = re.compile(r"^(?:in|over|during|within|for|across)\s+(?:the\s+)?(?:(?:past|last)\s+)?(?P<n>\d+|[a-z]+)\s+"
                       r"(?P<unit>hour|day|week|month|year|decade)s?$")

_MONTH_SPAN = re.compile(r"^\w+\s+(?P<a>" + _MONTH + r")\W+(?:\w+\s+)?(?P<b>" + _MONTH + r")$")


def _period_key(period: str | None) -> str | None:
    """What a period counts, so that two wordings of one duration compare equal (Quirk et al. 1985, 8.57: a
    duration named by its length or by its ends): "in two months", "over the past two months" and "in June and
    July" are two months; "the next two months" or "the first two months" stay as written (another stretch)."""
    if period is None:
        return None
    m = _MONTH_SPAN.match(period)
    if m:
        n = (_MONTHS.index(m.group("b")) - _MONTHS.index(m.group("a"))) % 12 + 1
        return f"{n} months"
    m = _DURATION.match(period)
    if m:
        n = m.group("n")
        count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 1 if n in {"a", "an"} else None)
        if count is not None:
            return f"{count} {m.group('unit')}s"
    return period


_HALF = re.compile(r"\bhalf\s*$", re.I)


def _is_update(sentence: str, offset: int) -> bool:
    """"the toll rose to 15", "has risen overnight to 15", "a revised figure of 15": an update verb a few words
    before the figure (elsewhere in the sentence, "rising prices" says nothing about the figure)."""
    before = sentence[:max(offset, 0)][-80:]
    return bool(re.search(UPDATE.pattern + r"(?:\W+\w+){0,4}?\W*$", before, re.I))


# a casualty figure counts the killed and the injured ("340 civilian casualties"): it is compared with a death toll
# of the same people, which it can never be lower than
CASUALTY_UNITS = {"casualty", "casualties"}

# words that say what happened to the people counted, not who they are: "civilian deaths" and "civilians" are one
# group ("523 civilians have died" / "340 civilian casualties")
_TOLL_WORDS = {"casualty", "casualties", "death", "deaths", "dead", "victims", "fatalities", "killed", "wounded",
               "injured", "injuries",
               # issue 14, seventh round: the other figure kinds' own words ("displaced people" are the people a
               # displacement figure counts), as FIGURE_KINDS names them
               "displaced", "evacuated", "evacuees", "arrested", "detained", "missing"}


def _figure_topic(n: dict[str, Any]) -> str:
    if (n.get("unit") or "").lower() in CASUALTY_UNITS:
        return "figure:casualties"
    return "figure:" + n["kind"]


# the nouns of people in general (WordNet person.n.01 / people.n.01 as tolls use them): a toll with one of these,
# or with no noun ("more than 500 killed"), counts the same people ("about 530 people have died")
_ANYONE = {"", "people", "persons", "person", "individuals"}


def _people_key(of: str) -> str:
    """Whom a figure counts, without the words of what happened to them and with a plural's -s dropped
    ("civilian casualties", "civilian deaths", "civilians" -> "civilian"); "people" for a toll of people in
    general, named or not (`_ANYONE`)."""
    words = [w for w in of.split() if w not in _TOLL_WORDS]
    key = " ".join(w[:-1] if w.endswith("ians") or w.endswith("ers") else w for w in words)
    return "people" if key in _ANYONE else key


@lru_cache(maxsize=1)
def figure_bounds() -> list[tuple[str, re.Pattern]]:
    return [(bound, re.compile(r"\b(?:" + pattern + r")\W*$", re.I))
            for bound, pattern in resources.rows("contradictions", "figure_bounds.tsv", min_fields=2)]


def _bound(n: dict[str, Any]) -> str | None:
    """How the figure's own words bound it (figure_bounds.tsv): the words of its text before the number."""
    text = _norm(n.get("text") or "")
    m = re.search(r"\d", text)
    head = text[:m.start()] if m else ""
    hit = next((bound for bound, pattern in figure_bounds() if pattern.search(head)), None)
    if hit is None and n.get("approximate"):
        return "lower"  # a vague number ("dozens", ACLED's lowest reading) and other approximations: at least
    return hit


def _interval(c: Claim) -> tuple[float, float]:
    """The values a figure allows: a lower bound up from it, an upper bound up to it, "about N" within 10 %,
    "towards N" within 10 % below it."""
    v = float(c.value)
    if c.high is not None:  # a range: its two ends
        return (v, float(c.high))
    return {"lower": (v, float("inf")), "upper": (0.0, v), "about": (v / 1.1, v * 1.1),
            "under": (v / 1.1, v * 0.999)}.get(c.bound or "", (v, v))


def figures_disagree(a: Claim, b: Claim) -> bool:
    """Whether two figures of the same people cannot both be true: their allowed values do not meet (a death toll
    above a casualty figure of the same people, for the two kinds); a later "toll rose to" is an update."""
    if a.value is None or b.value is None:
        return False
    if a.update or b.update:  # "the toll rose to 15": an update, not a dispute
        return False
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    if a.topic != b.topic:
        killed, casualties = (a, b) if a.topic == "figure:killed" else (b, a)
        if {a.topic, b.topic} != {"figure:killed", "figure:casualties"}:
            return False
        return _interval(killed)[0] > _interval(casualties)[1]
    return ahi < blo or bhi < alo


def comparable(a: Claim, b: Claim) -> bool:
    """Two figures of the same people that can be compared: the same kind, or a death toll and a casualty
    figure."""
    kinds = {a.topic, b.topic}
    if _period_key(a.period) != _period_key(b.period):  # different periods: "700 killed in three months" and
        # "12 killed" in one raid
        return False
    return a.of == b.of and (len(kinds) == 1 or kinds == {"figure:killed", "figure:casualties"})


def conservative_total(values: list[float]) -> float:
    """ACLED: where sources differ, the most conservative (lowest) reported figure."""
    return min(values)

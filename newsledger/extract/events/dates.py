"""An event's own date (event-annotation.md: the time expression governing the event's clause, resolved against the
publication date; else the publication date) and the historical rule's month count."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsledger import nlp
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.modality import TO_COME
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.model import Record, TimeExpr


def _time_attaches(record: Record, doc: Doc, tm, trigger: Token) -> str:
    """"direct" when the time expression hangs off the trigger's clause, "noun" when it modifies a noun on
    the way ("arrested them in an operation in 2016"), "clause" when it dates another verb's act or a noun
    nested inside the verb's argument (event-annotation.md: the time governing the event's clause), "other" when
    the parse leaves it elsewhere in the sentence, "" when it is not in the text."""
    span = doc.char_span(tm.start, tm.end, alignment_mode="expand")  # not a walk over the whole article
    tok = next((t for t in span if tm.start <= t.idx < tm.end), None) if span is not None else None
    if tok is None:
        return ""
    nouns = 0  # nouns on the way up from the time to the trigger
    gov = _governing_verb(trigger)
    t = tok
    for _ in range(12):
        if t == trigger or t == gov:  # compare by position (spaCy makes a new Token per access); the governing
            # verb: "killed during an attack on the city in 2016" is the attack's time too
            if nouns >= 2:
                return "clause"  # "searching for a suspect in a March 21 robbery": the robbery's day, a noun
                # inside the verb's argument, not the search's
            return "noun" if nouns else "direct"
        if t.pos_ == "VERB" and t != tok:
            return "clause"  # the time of another clause's act ("pressing X since he was detained in 2016")
        if t != tok and _described_by(t, trigger):
            return "direct"
        h = t.head
        if h == t:
            break
        inside = tm.start <= h.idx < tm.end
        if not inside and h != trigger and h.pos_ in {"NOUN", "PROPN"} \
                and h.lower_ not in {"days", "day", "weeks", "week", "time", "hours", "night", "morning"}:
            nouns += 1  # not the trigger itself: "a March 21 robbery" is the robbery's own day
        t = h
    # the time sits in another clause of the sentence
    return "other"


def _described_by(noun: Token, trigger: Token) -> bool:
    """Whether `noun` names an actor (not an act) that a reduced relative clause holding the trigger describes:
    "Aine Davis, convicted ... and jailed by a court, in May last year", "a man, detained by police, on Monday":
    the parser hangs the trailing time on the person, whom it cannot date; it dates the clause's act."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() in D.nominals():
        return False
    clauses = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    return any(trigger == c or (trigger.dep_ == "conj" and trigger.head == c) for c in clauses)


def _governing_verb(trigger: Token) -> Token | None:
    """The verb an event noun hangs off through a preposition ("killed during an attack", "died in an
    airstrike"), or whose subject or object it is ("a suicide bomber targeted the crowds"): the event happened
    when that verb's act did; for a participle that ends the clause of another verb ("... targeted the crowds,
    killing 169"), that verb."""
    t = trigger
    if t.pos_ == "VERB":
        return t.head if t.tag_ == "VBG" and t.dep_ in {"advcl", "xcomp"} and t.head.pos_ == "VERB" else None
    if t.pos_ not in {"NOUN", "PROPN"}:
        return None
    if t.dep_ in {"nsubj", "nsubjpass", "dobj"} and t.head.pos_ in {"VERB", "AUX"}:
        return t.head
    if t.dep_ != "pobj" or t.head.dep_ != "prep":
        return None
    v = t.head.head
    return v if v.pos_ in {"VERB", "AUX"} else None


@dataclass
class _SentenceTimes:
    """The sentence's times sorted by how they reach the event ("_time_attaches"): its clause's own (`direct`), the
    time it was said (`spoken`) or witnessed, a noun's on the way (`noun`), elsewhere in the sentence (`other`), the
    time a perceiving verb governing it was perceived (`perceived`); `own` holds every time that may date the act."""

    direct: list[TimeExpr] = field(default_factory=list)
    spoken: list[TimeExpr] = field(default_factory=list)
    witnessed: list[TimeExpr] = field(default_factory=list)
    noun: list[TimeExpr] = field(default_factory=list)
    other: list[TimeExpr] = field(default_factory=list)
    perceived: list[TimeExpr] = field(default_factory=list)
    own: list[TimeExpr] = field(default_factory=list)


def _sorted_times(record: Record, doc: Doc, sent: Span, ev: RawEvent) -> _SentenceTimes:
    """The sentence's times, each in the class of how it reaches the event's trigger."""
    times = _SentenceTimes()
    for tm in _sentence_times(record, sent):
        how = _time_attaches(record, doc, tm, ev.trigger)
        if how == "clause":
            if _said_when(record, doc, tm, ev):
                times.own.append(tm)
                times.spoken.append(tm)
            elif _perceived_when(record, doc, tm, ev):
                times.perceived.append(tm)
            elif _witnessed_when(record, doc, tm, ev):
                times.own.append(tm)
                times.witnessed.append(tm)
            continue  # another act's time says nothing about this one
        times.own.append(tm)
        {"direct": times.direct, "noun": times.noun}.get(how, times.other).append(tm)
    return times


def _chosen_time(times: _SentenceTimes) -> tuple[TimeExpr | None, str | None]:
    """The time that dates the act, in order of preference, and its precision (a time on a noun gives its month
    only)."""
    day_other = [t for t in times.other if t.precision == "day"]
    for candidates, month_only in ((times.direct, False), (times.spoken, False), (times.witnessed, False),
                                   (times.noun, True), (day_other, False), (times.other, False)):
        if candidates:
            chosen = candidates[0]
            return chosen, "month" if month_only and chosen.precision == "day" else chosen.precision
    return None, None


def _date(record: Record, doc: Doc, sent: Span, ev: RawEvent) -> tuple[str | None, str | None, bool]:
    """(date, precision, historical)."""
    times = _sorted_times(record, doc, sent, ev)
    chosen, precision = _chosen_time(times)
    if chosen is not None and precision == "day" and _approximate(doc, sent, chosen):
        precision = "month"  # "in the last days of X on <date>", "before <date>": not that day
    if chosen is None and (told := _retold_time(record, doc, sent, ev)) is not None:
        chosen, precision = told
    if chosen is None and times.perceived:
        chosen = times.perceived[0]  # the act was perceived then: it happened then or just before
        precision = "month" if chosen.precision == "day" else chosen.precision
    if chosen is None and (recent := _recent_span(record, doc, sent, ev)) is not None:
        return recent, "month", False
    if chosen is None:
        # the caller dates it by the publication, saying so; a retelling of an old episode is historical, and so is
        # an act the sentence places before an old time (a past perfect under it) or a confinement that has lasted
        # five months or more
        return None, None, (_narrative_past(record, doc, sent, ev) or _anterior_to_old(record, doc, sent, ev)
                            or _confined_for(record, doc, sent, ev) or _before_old_clause(record, doc, sent, ev)
                            or _after_old_semicolon(record, doc, sent, ev) or _later_than_old(record, doc, sent, ev))
    historical = _old_time(record, chosen, times.own)
    value, precision = _event_value(chosen, precision)
    if value and (value.endswith("_REF") or value.startswith("XXXX")):
        return None, None, historical or _later_than_old(record, doc, sent, ev)
    return value, precision, historical


def _old_time(record: Record, chosen: TimeExpr, own: list[TimeExpr]) -> bool:
    """Whether the act's time is five months or more before publication: the chosen time's ("three years ago" by
    its month count), or, when the chosen time has no value, any time of the act's own."""
    if chosen.value:
        value = _ago_month(record, chosen) or chosen.value
        return _months_before(value, record.article.published) >= HISTORICAL_MONTHS
    return any(tm.value and _months_before(tm.value, record.article.published) >= HISTORICAL_MONTHS for tm in own)


def _event_value(chosen: TimeExpr, precision: str | None) -> tuple[str | None, str | None]:
    """The chosen time's value as an event's date: a day at most, the month where the precision says so, a week
    as its month."""
    value = chosen.value  # "a year ago" keeps the tagger's year as its date (the gold's); only the count is monthly
    if value and re.match(r"^\d{4}-\d{2}-\d{2}T", value):
        value, precision = value[:10], "day"  # "on Wednesday night", "at 4.43 p.m.": an event is dated by its day
    if value and precision == "month" and len(value) >= 7 and chosen.precision == "day":
        value = value[:7]
    if value and (m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value)):
        # "last week", "this week", "at the weekend": the gold dates them to the month (events_guardian/
        # INSTRUCTIONS.md: ""last week" and "earlier this month" to the month"), the month holding the week's Thursday
        thursday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
        value, precision = f"{thursday.year:04d}-{thursday.month:02d}", "month"
    return value, precision


AGO = re.compile(r"(?i)(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                 r"(year|month)s?\s+ago")

AGO_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

AGO_HEDGES = {"nearly", "almost", "about", "around", "roughly", "some", "over", "approximately"}


def _ago_month(record: Record, tm) -> str | None:
    """"a year ago", "two years ago", "six months ago" as the month that many before the publication month, for
    counting the five months of `historical` (TimeML's TIMEX3 for "a year ago" is the period a year before the
    document time; the tagger gives "a year ago" only the bare year, whose December is then taken as its latest
    day, so an April article's "a year ago" counted four months, not twelve). None for any other time, or without
    a publication date. The event's date stays the tagger's year."""
    published = record.article.published
    if not published or not re.match(r"^\d{4}-\d{2}", published):
        return None
    m = AGO.fullmatch(tm.text.strip())
    before = record.article.text[max(0, tm.start - 12):tm.start].lower().split()
    if not m or before and before[-1] in AGO_HEDGES or before[-2:] in (["more", "than"], ["less", "than"]):
        return None  # "nearly two years ago", "more than a year ago": the year only
    n = int(m.group(1)) if m.group(1).isdigit() else AGO_NUMBERS[m.group(1).lower()]
    months = n * 12 if m.group(2).lower() == "year" else n
    total = int(published[:4]) * 12 + int(published[5:7]) - 1 - months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


ANTERIOR_DEPS = {"ccomp", "relcl", "advcl", "acl"}


def _anterior_to_old(record: Record, doc: Doc, sent: Span, ev: RawEvent) -> bool:
    """Whether an undated act in the past perfect is told as before a time of the clause it hangs from, five or
    more months before publication: "stated in January 2002 that the army had mined the border", "X, who had fled
    the country, was arrested in 2015", "after the talks had collapsed, the rebels attacked in March 2016"
    (Reichenbach's past perfect: the event precedes the reference time, which the governing clause's time gives;
    TimeML/TempEval-2 task E, the main event's time orders its subordinate's). The time must hang off the governing
    verb itself (event-annotation.md: historical for finished episodes five or more months before publication)."""
    published = record.article.published
    if not published:
        return False
    trig = ev.trigger
    verb = trig if trig.pos_ in {"VERB", "AUX"} else _governing_verb(trig)
    if verb is None or not _past_perfect(verb):
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "had been accused ... and was tortured": the conjunct shares the first verb's clause
    if verb.dep_ not in ANTERIOR_DEPS:
        return False
    gov = verb.head
    for _ in range(4):  # a relative clause hangs from a noun: up to that noun's verb
        if gov.pos_ in {"VERB", "AUX"} or gov.head == gov:
            break
        gov = gov.head
    if gov.pos_ not in {"VERB", "AUX"} or gov == verb:
        return False
    for tm in _sentence_times(record, sent):
        if _time_attaches(record, doc, tm, gov) != "direct":
            continue
        if _age_months(record, tm) >= HISTORICAL_MONTHS:
            return True
    return False


WHEN_MARKS = {"when", "before"}


def _old_time_of(record: Record, doc: Doc, sent: Span, verb: Token) -> bool:
    """Whether a clause is dated five or more months before publication by a time of its own or of a "when" or
    "before" clause it governs ("when the vice president visited in March 2010, he was caught off guard")."""
    clauses = [verb] + [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ in {"mark", "advmod"} and m.lower_ in WHEN_MARKS and m.i < c.i for m in c.children)]
    for tm in _sentence_times(record, sent):
        if any(_time_attaches(record, doc, tm, v) == "direct" for v in clauses) \
                and _age_months(record, tm) >= HISTORICAL_MONTHS:
            return True
    return False


def _before_old_clause(record: Record, doc: Doc, sent: Span, ev: RawEvent) -> bool:
    """Whether an undated act in the past is told at or before an old time of its own sentence: under a "when" or
    "before" clause dated five or more months before publication ("when the envoy visited in March 2010, talks had
    collapsed" - TimeML: a when-clause is simultaneous with its main clause, a before-clause after it), or followed
    by a coordinated simple-past clause so dated ("X finally agreed to a moratorium, but when the envoy visited in
    March 2010, he was caught off guard": a narrative's clauses in the simple past follow one another, Dowty's
    temporal discourse interpretation principle, so the earlier-told act is no later). Not a coordinated clause in
    the past perfect (it steps back) nor one told before the event."""
    if not record.article.published:
        return False
    trig = ev.trigger
    verb = trig if trig.pos_ in {"VERB", "AUX"} else _governing_verb(trig)
    if verb is None or not _past_clause(verb):
        return False
    if _old_time_of(record, doc, sent, verb):
        return True
    return any(c.dep_ == "conj" and c.i > verb.i and c.pos_ in {"VERB", "AUX"} and _past_clause(c)
               and not _past_perfect(c) and _old_time_of(record, doc, sent, c) for c in verb.children)


DURATION = re.compile(r"^P(\d+|X)([YM])$")


def _confined_for(record: Record, doc: Doc, sent: Span, ev: RawEvent) -> bool:
    """Whether a confinement in the perfect has lasted five or more months: "who has been jailed on an island for
    almost 20 years", "the jail where he has been held for the past two years" (the act that began it, the jailing or
    the detention, is a finished episode that long before publication; events_guardian/INSTRUCTIONS.md: captures five
    or more months old are historical even while the captives are still held). Only the perfect ("has/had been
    held for"): "was jailed for two years" gives the sentence's length, not the time since."""
    trig = ev.trigger
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in D.word_class("confinement_verbs"):
        return False
    aux = {c.lower_ for c in trig.children if c.dep_ in {"aux", "auxpass"}}
    perfect = bool(aux & {"has", "have", "had", "'s", "'ve", "'d"}) and "been" in aux
    if not perfect and not _held_for(ev, trig):
        return False
    for tm in record.times:
        if not sent.start_char <= tm.start < sent.end_char or tm.type != "DURATION":
            continue
        m = DURATION.match(tm.value or "")
        before = record.article.text[max(0, tm.start - 12):tm.start].lower().split()
        if not m or "for" not in before[-2:] and tm.text.lower().split()[0] != "for":
            continue
        n = 1 if m.group(1) == "X" else int(m.group(1))
        if m.group(1) == "X" and m.group(2) == "M":
            continue  # "for months": perhaps fewer than five
        months = n * 12 if m.group(2) == "Y" else n
        if months >= HISTORICAL_MONTHS and _time_attaches(record, doc, tm, trig) == "direct":
            return True
    return False


def _held_for(ev: RawEvent, trig: Token) -> bool:
    """A custody act (COERCE) of a verb of word class held_custody_verbs in the past or a reduced relative, not
    under a modal: "a US pastor detained for two years", "he was held for 18 months": the detention began that
    long before it ended, at or before publication (_confined_for counts the duration)."""
    if ev.type != "COERCE" or trig.lemma_.lower() not in D.word_class("held_custody_verbs") \
            or trig.tag_ not in {"VBD", "VBN"}:
        return False
    aux = [c for c in trig.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.lower_ in {"will", "would", "to"} for a in aux):
        return False
    return bool(aux) or trig.dep_ == "acl" or trig.tag_ == "VBD"


NARRATIVE_BACK = 3  # sentences the narrative time is carried over
NARRATIVE_MONTHS = 12  # how old a time a simple-past narrative carries must be (a year), see _narrative_past


def _past_clause(verb: Token) -> bool:
    """A clause in the simple past or the past perfect ("married", "was killed", "had died", "had been accused"):
    the verb tagged VBD, or a participle whose auxiliaries include a VBD ("was", "had") and no present or modal
    one; not the present perfect ("has said"), the present or a modal ("would have been")."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(a.tag_ == "VBD" for a in aux) and not any(a.tag_ in {"MD", "VB", "VBP", "VBZ"} for a in aux)


def _narrative_past(record: Record, doc: Doc, sent: Span, ev: RawEvent) -> bool:
    """Whether an undated event retells an episode an earlier sentence dated five or more months before
    publication: the narrative-time convention (TimeML/TempEval-2 task C, a narrative's sentences without a time of
    their own continue the time last set): "X travelled to Syria in December 2014 ... Her mother had died ... She
    reportedly married a fighter, who was also killed" (a profile's background paragraph), "In January 2017, the
    family left the city. ... her husband was tortured". Only when the earlier time is its sentence's main clause's
    own time, the event's clause and every sentence between are in the simple past or the past perfect (the present
    tense, the present perfect or a modal resumes the report's now), and at most NARRATIVE_BACK sentences back.
    Status only: the date stays the publication's (the convention dates a clause without its own time by the
    publication)."""
    published = record.article.published
    if not published:
        return False
    trig = ev.trigger
    verb = trig if trig.pos_ in {"VERB", "AUX"} else _governing_verb(trig)
    if verb is not None and verb.dep_ in {"xcomp", "conj"} and verb.head.pos_ in {"VERB", "AUX"} \
            and {"to", "have"} <= {c.lower_ for c in verb.children if c.dep_ == "aux"}:
        verb = verb.head  # a perfect infinitive ("was later reported to have been killed") is anterior to its
        # governing verb: the clause is told in that verb's tense (the parser may make it a conjunct of that verb)
    verb = _finite_clause(verb)
    if verb is None or not _past_clause(verb) or not _past_clause(sent.root) or _sentence_times(record, sent):
        return False  # a time of its own sentence, even another clause's, is not the narrative's
    s = sent
    steps = 0  # sentences between in the simple past: each tells a next step of its own
    for _ in range(NARRATIVE_BACK):
        if s.start == 0:
            return False
        s = doc[s.start - 1].sent
        root = s.root
        times = _sentence_times(record, s)
        if not _past_clause(root):
            return False  # the present, the present perfect or a modal resumes the report's now
        mains = [tm for tm in times if _episode_time(doc, tm, root)]
        if mains:
            months = _age_months(record, mains[0])
            # a narrative in the simple past moves forward from the time it set (Dowty's temporal discourse
            # interpretation principle), by an unknown step: only a year-old episode stays five months old after
            # one step, and a year more is asked for each simple-past sentence between (each a step of its own);
            # the past perfect steps back ("Her mother had died ...") and keeps it
            own = HISTORICAL_MONTHS if _past_perfect(verb) else NARRATIVE_MONTHS
            return months >= own + steps * NARRATIVE_MONTHS
        if times:
            return False  # a time of another clause: not a narrative's plain continuation
        if not _past_perfect(root):
            steps += 1
    return False


def _clause_verb(ev: RawEvent) -> Token | None:
    """The verb whose clause tells the event: the trigger itself, or the verb an event noun hangs off; for a
    participle clause, its matrix verb (_finite_clause)."""
    trig = ev.trigger
    return _finite_clause(trig if trig.pos_ in {"VERB", "AUX"} else _governing_verb(trig))


def _finite_clause(verb: Token | None) -> Token | None:
    """The verb whose tense a clause is told in: for an -ing participle clause without auxiliaries hanging off a
    verb ("It called a unilateral ceasefire, pressing for peace talks", "the army shelled the town, killing 12"),
    that verb (a non-finite clause has no tense of its own; its time is inferred from its matrix clause's, Quirk et
    al. 1985, 14.5 and 15.56); otherwise the verb itself."""
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"} or verb.head.i == verb.i:
        return verb
    if verb.head.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children):
        return verb  # "is pressing", "while pressing", "after pressing": a tense or a time relation of its own
    return verb.head


def _after_old_semicolon(record: Record, doc: Doc, sent: Span, ev: RawEvent) -> bool:
    """Whether an undated act in the past is told in an independent clause after a semicolon whose clause before it
    is in the simple past and dated a year or more before publication: "The town fell to the rebels in 2015; the
    rebels destroyed a church and imprisoned its priests" (a semicolon joins independent clauses as a full stop
    would, Quirk et al. 1985 App. III.13: the narrative-time convention of _narrative_past, TimeML/TempEval-2 task
    C, carries the time last set over the clause as over the next sentence, a simple past moving forward by an
    unknown step, so a year-old time; five months under the past perfect, which steps back). Not when the event's
    part has a time of its own, nor a present, perfect or modal clause (they resume the report's now)."""
    published = record.article.published
    verb = _clause_verb(ev)
    if not published or verb is None or not _past_clause(verb):
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "destroyed a church and imprisoned its priests": the second act shares the clause
    semis = [t.i for t in sent if t.text == ";"]
    before = [i for i in semis if i < verb.i]
    if not before:
        return False
    cut = before[-1]
    start = max([i for i in semis if i < cut], default=sent.start - 1) + 1
    end = min([i for i in semis if i > verb.i], default=sent.end)
    end_char = doc[end].idx if end < sent.end else sent.end_char
    times = _sentence_times(record, sent)
    if any(doc[cut].idx < tm.start < end_char for tm in times):
        return False  # a time of the event's own part
    # the previous part's main clause: its verb whose head lies outside the part
    mains = [t for t in doc[start:cut]
             if t.pos_ in {"VERB", "AUX"} and (t.head.i == t.i or not start <= t.head.i < cut)]
    if len(mains) != 1 or not _past_clause(mains[0]):
        return False
    main = mains[0]
    for tm in times:
        if doc[start].idx <= tm.start < doc[cut].idx and _episode_time(doc, tm, main):
            return _age_months(record, tm) >= (HISTORICAL_MONTHS if _past_perfect(verb) else NARRATIVE_MONTHS)
    return False


# "a few weeks later", "several days later", "months later", "two weeks earlier": a time counted from the time the
# narrative last named (TimeML's anchored relative times, TIMEX3 anchorTimeID); the tagger leaves an unknown count
# unresolved (FUTURE_REF) or a sentence-initial one untagged
LATER = re.compile(r"(?i)\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|"
                   r"a\s+few|few|several|a\s+couple\s+of)\s+)?(?P<u>day|week|month|year)s?\s+(?P<dir>later|earlier)\b")


def _later_than_old(record: Record, doc: Doc, sent: Span, ev: RawEvent) -> bool:
    """Whether an act in the past is dated by a count of days, weeks, months or years "later" or "earlier" than the
    time the narrative last named, in its own sentence before it or in the sentence before, and that reckoning lies
    five or more months before publication: "X was killed in a drone strike in 2012. Another man, Y, was killed in
    a second strike a few weeks later" (TimeML: the relative time is anchored to the narrative's reference time, not
    to the publication). An unknown count ("a few", "several", a bare plural) reads as three of its unit, as
    _recent_span reads "few"; years need a count. Status only: the date stays the publication's."""
    published = record.article.published
    verb = _clause_verb(ev)
    if not published or verb is None or not _past_clause(verb):
        return False
    text = record.article.text
    for m in LATER.finditer(text, sent.start_char, sent.end_char):
        later = doc.char_span(m.start("dir"), m.end("dir"), alignment_mode="expand")
        if later is None or not len(later) or later[0].head.i != verb.i:
            continue  # the count must date the event's own clause
        n = (m.group("n") or "").lower()
        n = " ".join(n.split())
        if not n and m.group("u").lower() == "year":
            continue
        count = int(n) if n.isdigit() else 2 if "couple" in n else AGO_NUMBERS.get(n, 3)  # "a few": three
        months = {"day": 0, "week": 0, "month": count, "year": 12 * count}[m.group("u").lower()]
        if m.group("dir").lower() == "earlier":
            months = -months
        prev_start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        anchors = [tm for tm in record.times if prev_start <= tm.start < m.start() and tm.value
                   and re.match(r"^\d{4}", tm.value) and tm.type != "DURATION" and not _street_number(text, tm)]
        if not anchors:
            return False
        anchor = anchors[-1]
        return _age_months(record, anchor) - max(months, 0) - (1 if m.group("u").lower() == "week" else 0) \
            >= HISTORICAL_MONTHS
    return False


def _past_perfect(verb: Token) -> bool:
    """"had died", "had been accused", and a conjunct sharing its "had" ("had been accused ... and was tortured")."""
    if verb.dep_ == "conj" and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)


NOT_EPISODE = {"relcl", "acl", "ccomp", "appos", "parataxis", "csubj"}


def _episode_time(doc: Doc, tm, root: Token) -> bool:
    """Whether a time dates its sentence's main clause: attached to the root directly or through its adverbials
    ("In January 2017, the family left", "married X 10 days after arriving in the city in 2015"), not inside a
    relative, reported or appositive clause ("X, who was elected in 2010, said")."""
    span = doc.char_span(tm.start, tm.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span.root
    for _ in range(12):
        if t == root:
            return True
        if t.dep_ in NOT_EPISODE or t.head == t:
            return False
        t = t.head
    return False


def _sentence_times(record: Record, sent: Span) -> list:
    """The calendar times of a sentence that can date an event (no durations, no house numbers), years joined."""
    text = record.article.text
    return _with_years(text, [t for t in record.times if sent.start_char <= t.start < sent.end_char
                              and t.value and t.type != "DURATION" and not _street_number(text, t)])


SPEECH_ACTS = {"AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"}
# a content to come (modality.TO_COME): "said last month that Russia would shoot down incoming missiles" is
# typed THREATEN only after the date is read (events/status.py turns a future attack under a speech verb into the
# threat, other future acts into planned ones); the threat, promise or plan is voiced when the statement is made
# (event-annotation.md: a THREATEN or AGREE event is itself the threat or the promise)


def _said_when(record: Record, doc: Doc, tm, ev: RawEvent) -> bool:
    """A promise, threat, demand, refusal or accusation made in a statement is dated by the statement's time:
    "France on Tuesday announced it would accept X", "X said on Monday it would retaliate" (event-annotation.md: a
    statement is an event when its content is one; a THREATEN or AGREE event is the threat or promise itself). Only
    a content in the present or to come ("would accept", "will", "must"), not an act the statement reports as done
    ("said on Tuesday it had agreed in March")."""
    head, trig = ev.speech_head, ev.trigger
    if head is None or head.i == trig.i or (ev.type not in SPEECH_ACTS and ev.modality not in TO_COME):
        return False
    if trig.pos_ not in {"VERB", "AUX"} or trig.tag_ not in {"VB", "VBP", "VBZ"}:
        return False
    return _time_attaches(record, doc, tm, head) == "direct"


# VerbNet see-30.1, sight-30.2 and learn-14 (the perception and learning verbs whose object is an event that
# happened at or before the perceiving): "heard news of the attacks in 2015", "watched the bombing on television
# on Monday", "learned of the killing in 2016"
PERCEIVE = {"hear", "see", "watch", "witness", "notice", "learn", "read", "discover", "observe", "sense"}
PERCEIVED_PATH = {"pobj", "prep", "dobj", "compound", "nmod"}


def _perceived_when(record: Record, doc: Doc, tm, ev: RawEvent) -> bool:
    """Whether a time dates a perception or learning of the event noun in its object ("heard news of the Paris
    attacks in 2015": the parse hangs the year on "heard"): the event happened then or shortly before, so its
    month or year is the event's (the time is read as the event's at month precision at the finest)."""
    trig = ev.trigger
    if trig.pos_ not in {"NOUN", "PROPN"}:
        return False
    t = trig
    for _ in range(5):
        if t.dep_ not in PERCEIVED_PATH or t.head == t:
            return False
        t = t.head
        if t.pos_ == "VERB":
            return t.lemma_.lower() in PERCEIVE and _time_attaches(record, doc, tm, t) == "direct"
    return False


# VerbNet see-30.1 and sight-30.2, the direct-perception verbs that take a bare infinitive or -ing complement ("watched
# fighters hold off an army", "heard gunmen attacking the village", "saw police beat protesters"): a direct perception
# report is true only if the perceived event happens while it is perceived (Higginbotham 1983, "The logic of
# perceptual reports"; Barwise 1981, "Scenes and other situations"), so the perceiving's time is the act's (TimeML:
# SIMULTANEOUS). Not the learning verbs of PERCEIVE ("learned that X had been killed" is later than the killing)
WITNESS = {"see", "watch", "hear", "witness", "notice", "observe"}
# a bare-infinitive complement cannot be a real conjunct of a finite verb ("watched fighters ..., hold off": the
# parser's conj), so a VB conjunct of a tensed perception verb is read as its complement
TENSED = {"VBD", "VBZ", "VBP", "VBN"}


def _witnessed_when(record: Record, doc: Doc, tm, ev: RawEvent) -> bool:
    """Whether a time dates a perception verb whose bare-infinitive or -ing complement is the event ("Three years ago
    the world watched fighters hold off an army", "on Monday residents saw soldiers shoot two protesters"): the time
    hangs off the perceiving, the act is perceived as it happens, so the time is the act's own. Not a to-infinitive
    ("saw a chance to attack"), nor a complement with a subject-less finite verb."""
    verb = ev.trigger
    if verb.pos_ != "VERB" or verb.tag_ not in {"VB", "VBG"}:
        return False
    if verb.dep_ == "conj" and verb.head.tag_ in {"VB", "VBG"} and verb.head.dep_ in {"ccomp", "xcomp"}:
        verb = verb.head  # "watched the army burn the town and loot its shops": the second complement
    if any(c.dep_ == "aux" for c in verb.children):
        return False  # "to attack", "would attack": no bare complement
    head = verb.head
    if head.i == verb.i or head.pos_ != "VERB" or head.lemma_.lower() not in WITNESS:
        return False
    complement = verb.dep_ in {"ccomp", "xcomp"} or verb.dep_ == "conj" and verb.tag_ == "VB" and head.tag_ in TENSED
    return complement and verb.i > head.i and _time_attaches(record, doc, tm, head) == "direct"


RECENT_SPAN = re.compile(r"(?i)the\s+(?:past|last)\s+(?:(?P<n>few|several|couple\s+of|two|three|four|five|six|\d)\s+)?"
                         r"(?P<u>days?|weeks?|month)")
RECENT_COUNT = {"few": 3, "several": 3, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
RECENT_DAYS = {"day": 1, "week": 7, "month": 30}
RECENT_PREP = {"in", "over", "during", "within"}


def _recent_span(record: Record, doc: Doc, sent: Span, ev: RawEvent) -> str | None:
    """The month of an act the clause places in the span just before publication: "swept through the region in
    the last month", "over the past few days", "in the past two weeks" (the tagger reads them as durations, which
    date nothing), the month holding the span's middle day ("few" and "several" read as three), as
    events_guardian/INSTRUCTIONS.md dates "last week" to the month holding the week's Thursday. Only "in", "over",
    "during" or "within" before it ("for the past month" measures a state), and only a span hanging off the
    event's own clause."""
    published = record.article.published
    if not published or not re.match(r"^\d{4}-\d{2}-\d{2}", published):
        return None
    text = record.article.text
    for tm in record.times:
        if not sent.start_char <= tm.start < sent.end_char or tm.type != "DURATION":
            continue
        if not (m := RECENT_SPAN.fullmatch(tm.text.strip())):
            continue
        before = text[max(0, tm.start - 10):tm.start].split()
        if not before or before[-1].lower() not in RECENT_PREP:
            continue
        if _time_attaches(record, doc, tm, ev.trigger) == "direct":
            n = (m.group("n") or "1").lower()
            count = int(n) if n.isdigit() else 2 if n.startswith("couple") else RECENT_COUNT.get(n, 1)
            days = count * RECENT_DAYS[m.group("u").lower().rstrip("s")]
            middle = dt.date.fromisoformat(published[:10]) - dt.timedelta(days=days // 2)
            return f"{middle.year:04d}-{middle.month:02d}"
    return None


def _own_time(record: Record, doc: Doc, sent: Span, trigger: Token):
    """(time, precision) the clause of `trigger` gives itself (attached to it directly, or to a noun on the way),
    or None."""
    direct, noun = [], []
    for tm in _sentence_times(record, sent):
        how = _time_attaches(record, doc, tm, trigger)
        (direct if how == "direct" else noun if how == "noun" else []).append(tm)
    if direct:
        return direct[0], direct[0].precision
    if noun:
        return noun[0], "month" if noun[0].precision == "day" else noun[0].precision
    return None


_FAMILIES: dict[str, frozenset[str]] = {}


def _retelling_families() -> dict[str, frozenset[str]]:
    """Lemma -> the lemmas of its act's family (data/events/retelling_families.tsv), read once."""
    if _FAMILIES:
        return _FAMILIES
    from newsledger import resources

    out: dict[str, set[str]] = {}
    path = resources.data_path("events", "retelling_families.tsv")
    for ln in path.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        words = set(ln.split("\t")[1].split(","))
        for w in words:
            out.setdefault(w, set()).update(words)
    _FAMILIES.update({w: frozenset(f) for w, f in out.items()})
    return _FAMILIES


LEAD_SENTENCES = 3  # a headline, a dateline and the lead sentence

RETELL_WITHIN = 2  # sentences after the event's

NOT_THE_SAME = {"another", "other", "second", "separate", "earlier", "previous", "later", "new", "further"}


def _retold_time(record: Record, doc: Doc, sent: Span, ev: RawEvent):
    """The time of a lead's event that the lead leaves undated, from its retelling in the next sentences: a verb or
    noun of the same act's family (data/events/retelling_families.tsv) with its own time. News leads tell the act
    and the next sentence its day ("A British soldier has died in an explosion in Syria. The individual ... was
    killed on Thursday night"; a headline "Woman is robbed ..." and "a suspect in a March 21 robbery"):
    event-annotation.md, other clear mentions of the same event are the same event. Not past the lead, not a
    word marked as another act ("another attack"), not a negated verb."""
    for n, s in enumerate(nlp.sents(doc)):
        if s.start == sent.start:
            break
        if n + 1 >= LEAD_SENTENCES:
            return None
    lemma = ev.trigger.lemma_.lower()
    family = _retelling_families().get(lemma, frozenset({lemma}))
    s = sent
    for _ in range(RETELL_WITHIN):
        if s.end >= len(doc):
            return None
        s = doc[s.end].sent
        for tok in s:
            if tok.lemma_.lower() not in family and tok.lower_ not in family:
                continue
            if tok.pos_ not in {"VERB", "NOUN"} or any(c.dep_ == "neg" for c in tok.children):
                continue
            if any(c.lower_ in NOT_THE_SAME for c in tok.children) or _new_participant(tok):
                continue
            found = _own_time(record, doc, s, tok)
            if found is not None:
                return found
    return None


INDEFINITE = {"a", "an", "another", "some", "several", "many"}


def _new_participant(verb: Token) -> bool:
    """A verb whose subject or object is an indefinite noun phrase ("Police arrested a man in 2016", "two men were
    killed on Monday") introduces someone new: another act, not a retelling of the lead's."""
    if verb.pos_ != "VERB":
        return False
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.pos_ in {"NOUN", "PROPN"}:
            if any(d.dep_ == "det" and d.lower_ in INDEFINITE or d.dep_ == "nummod" for d in c.children):
                return True
    return False


YEAR_JOINERS = {"", ",", "of"}


def _with_years(text: str, times: list) -> list:
    """The times of a sentence with a month or day and the year right after it read as one date: "in May last
    year", "on 5 March this year", "in June of 2016" (the tagger gives "May" this year's May and "last year" a
    year apart; the event happened in the month of that year). Other times as they are."""
    out, skip = [], set()
    for i, tm in enumerate(times):
        if i in skip:
            continue
        nxt = times[i + 1] if i + 1 < len(times) else None
        if (nxt is not None and tm.precision in {"month", "day"} and re.match(r"^\d{4}-\d{2}", tm.value)
                and nxt.precision == "year" and re.fullmatch(r"\d{4}", nxt.value or "")
                and text[tm.end:nxt.start].strip().lower() in YEAR_JOINERS):
            out.append(TimeExpr(text[tm.start:nxt.end], tm.start, nxt.end, nxt.value + tm.value[4:], tm.precision,
                                tm.type))
            skip.add(i + 1)
        else:
            out.append(tm)
    return out


STREET_AFTER = re.compile(r"\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:St|Street|Ave|Avenue|Road|Rd|Drive|Dr|Lane|Ln|Blvd|"
                          r"Boulevard|Way|Court|Ct|Place|Pl|Highway|Hwy|Pike|Circle|Parkway|Pkwy|Terrace|Trail)\b")


def _street_number(text: str, tm) -> bool:
    """A house number the tagger read as a year: "Henry, 19, of 1935 Orchard St., was arrested", "at 2008 Main
    Street" (local news gives addresses so): a bare four-digit number followed by a capitalised street name."""
    return bool(re.fullmatch(r"\d{4}", tm.text.strip())) and bool(STREET_AFTER.match(text, tm.end))


def _latest_in_text(record: Record) -> str | None:
    """For an article without a publication date (a page saved without its dateline): the latest calendar date the
    text names, at its own precision, the nearest stand-in for the report's day, with date_precision
    "latest_in_text" saying so; None when it names none (the all-news annotation dates such an article's undated
    events by the latest date it gives)."""
    from newsledger.extract.times import names_era

    values = [t.value[:10] for t in record.times if t.value and t.type in {"DATE", "TIME"}
              and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t.value[:10])
              and not _street_number(record.article.text, t) and not names_era(t)]
    return max(values, default=None)  # ISO strings: the latest sorts last, "2018" before "2018-04"


HISTORICAL_MONTHS = 5  # event-annotation.md: "finished episodes about five or more months before publication"


def _age_months(record: Record, tm) -> int:
    """How many whole months before publication a time expression lies ("three years ago" counted by its month)."""
    return _months_before(_ago_month(record, tm) or tm.value, record.article.published)


def _months_before(value: str, published: str | None) -> int:
    """Whole months from the latest day a time value can denote to the publication date (0 when unknown or
    later): "2016" before 2018-09 is 20, "2018-04" before 2018-09 is 5, "201X" before 2018 is 0."""
    if not published:
        return 0
    m = re.match(r"^(\d{3})(\d|X)(?:-(\d{2}))?", value)
    if not m:
        return 0
    year = int(m.group(1) + (m.group(2) if m.group(2) != "X" else "9"))
    month = int(m.group(3)) if m.group(3) else 12
    return max(0, (int(published[:4]) - year) * 12 + int(published[5:7]) - month)


APPROX = {"days", "weeks", "months", "before", "ahead", "run-up", "eve", "until", "since", "prior", "leading"}


def _approximate(doc: Doc, sent: Span, tm) -> bool:
    window = [t for t in sent if t.idx < tm.start][-9:]
    return any(t.lower_ in APPROX for t in window)

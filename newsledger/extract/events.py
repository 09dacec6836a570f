"""Events: who did what to whom, coded in PLOVER and CAMEO (issue 6).

Per sentence, newsledger.extract.eventcoding.coder finds triggers from the CAMEO verb dictionary with their
source and target noun-phrase heads; this module turns them into record events:
- heads become canonical actors through the actor index (names, pronouns, "the group", "Taliban fighters");
  a human nominal without an actor ("the people of X", "crowds") becomes a group actor; a nominal with a
  demonym ("American citizens") becomes that country's actor;
- one event per (source, action, target);
- a material-conflict event whose target is a place, missing, or the source itself is aimed at the source's
  adversary: the actor it is in conflict with elsewhere in the article, else the most-mentioned other
  organization; "X suffered losses" gets that adversary as source;
- status: historical when the event's time lies in an earlier year; future and intended actions are planned
  (cooperative ones become AGREE, CAMEO 03) or threatened (conflict becomes THREATEN, CAMEO 13); could/might
  are hypothetical; inside reported speech the speaker is `asserted_by` and the status is claimed (reported
  for admissions, confirmations and "according to"), denied under a denial; an outlet's own negation drops it;
- date: a time expression attached to the trigger's clause; a time that modifies a noun ("the last days of
  X's departure on <date>") gives month precision only; an undated event takes the latest dated sentence
  before it in the same paragraph, else no date (never the publication day by default);
- place: the most specific place in the clause, else the sentence;
- killed/injured: the numbers of kill/wound verbs in the sentence.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from newsledger.extract.eventcoding import actorcodes
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.coder import RawEvent, code_sentence, intent_type, np_head
from newsledger.extract.quantities import parse_number_words, vague_table
from newsledger.model import Actor, Event, Record

CONFLICT = {"ASSAULT", "COERCE"}
ADVERSARY_TYPES = {"ASSAULT", "COERCE", "REJECT"}
HUMAN_HEADS = {"people", "citizen", "civilian", "crowd", "protester", "protestor", "resident", "villager",
               "family", "soldier", "troop", "member", "worker", "student", "journalist", "refugee", "migrant",
               "prisoner", "hostage", "fighter", "militant", "rebel", "child", "woman", "man", "official",
               "demonstrator", "worshipper", "pilgrim", "passenger", "patient", "doctor", "voter", "opposition",
               "insurgent", "force", "army", "police", "group", "population", "minority", "community"}
REPORTED_CUES = {"admit", "confirm", "acknowledge", "according to", "concede", "according"}
DENY_CUES = {"deny", "reject", "dismiss", "refute", "rebut"}
KILL = {"kill", "slay", "murder", "massacre"}
WOUND = {"wound", "injure", "hurt"}


def extract(doc: Doc, record: Record) -> list[Event]:
    index = record.actor_index
    if index is None:
        return []
    _fill_actor_codes(record)
    from newsledger.extract.quotes import speech_verbs

    speech = speech_verbs()
    raw: list[tuple[Span, RawEvent]] = []
    for sent in doc.sents:
        for ev in code_sentence(sent, speech):
            raw.append((sent, ev))
    resolved = []
    for sent, ev in raw:
        srcs = [_actor(index, h, record, create=True) for h in ev.sources] or [_cue_speaker(record, ev)]
        tgts = [_actor(index, h, record, create=True) for h in ev.targets] or [None]
        for h, a in [*zip(ev.sources, srcs), *zip(ev.targets, tgts)]:
            _country_from_phrase(a, h)
        resolved.append((sent, ev, srcs, tgts))
    adversary = _adversaries(record, resolved)
    events: list[Event] = []
    seen: set[tuple] = set()
    for sent, ev, srcs, tgts in resolved:
        status, asserted_by, typ, cameo = _status(record, doc, ev)
        if status is None:
            continue
        for src in srcs:
            for tgt in tgts:
                s, t = src, tgt
                if ev.attacker_unknown:
                    s, t = (adversary(t) if t else None), t
                elif typ in ADVERSARY_TYPES and s is not None and (t is None or _same(record, s, t)):
                    if typ in CONFLICT or ev.trigger.lemma_.lower() in {"deny", "refuse", "reject"}:
                        t = adversary(s)
                if s is None and t is None:
                    continue
                key = (ev.trigger.i, s.id if s else None, t.id if t else None)
                if key in seen:
                    continue
                seen.add(key)
                by = (s.id if s else None) if asserted_by == "SOURCE" else asserted_by
                events.append(_event(record, doc, sent, ev, typ, cameo, s, t, status, by))
    for i, e in enumerate(events, 1):
        e.id = f"e{i}"
    return events


# -- actors -------------------------------------------------------------------------------------------

def _fill_actor_codes(record: Record) -> None:
    for a in record.actors:
        if a.code or a.code_source:  # decided by the actor resolver from the actor itself (issue 17)
            continue
        a.code = _code_for_actor(record, a)


def _code_for_actor(record: Record, a: Actor) -> str | None:
    names = [a.name, *a.aliases]
    for n in names:
        code = D.actor_codes().get(" ".join(re.findall(r"[\w.'-]+", n.lower())))
        if code:
            return code
    country = None
    if a.country:
        from newsledger.resolve import lexicon

        country = actorcodes.iso3_for(lexicon.country_name(a.country))
    aff = record.actor(a.affiliation) if a.affiliation else None
    if aff is not None and aff.code is None and not aff.code_source and aff is not a:
        aff.code = _code_for_actor(record, aff)
    if country is None and a.kind == "organization":
        country = _main_country(record)
    base = aff.code if aff is not None and aff.code else country
    if a.kind == "person" and not a.role and base is None:
        before = _text_before(record, a)
        if before:
            code = D.code_for_text(before + " " + a.name)
            if code:
                return code
    if a.kind == "organization" and base and len(base) == 3:
        sector = _org_sector(a.name) or D.code_for_text(a.name)
        if sector and sector.isalpha() and len(sector) == 3 and not D.actor_codes().get(sector.lower()):
            return base + sector
    sector = None
    if a.role:
        sector = D.code_for_text(a.role)
        if sector and len(sector) > 3 and sector[:3].isalpha() and D.actor_codes().get(sector[:3].lower()):
            sector = None
    if a.kind in {"group", "person"} and sector is None:
        sector = D.code_for_text(a.name)
        if sector and base and sector.startswith(base[:3]):
            sector = sector[3:] or None
    if base and sector and len(base) <= 6 and sector.isalpha() and len(sector) == 3:
        return base if base.endswith(sector) else (base[:3] + sector if len(base) == 3 else base)
    return base or sector


def _country_from_phrase(a: Actor | None, head: Token) -> None:
    """An actor whose code places it in no country ("the rebels" -> REB, or none) takes the country the
    phrase names (actorcodes.deep_code: its own words, a possessor, an "of"/"in" phrase, a participle's object,
    a leader's surname): "rebels in the Ivory Coast" -> CIVREB."""
    if a is None or a.kind == "country" or actorcodes._countryish(a.code) or a.code_source:
        return
    code = actorcodes.deep_code(head, pron=False)
    if not actorcodes._countryish(code):
        return
    sector = a.code if a.code and a.code.isalpha() and len(a.code) == 3 else None
    a.code = code[:3] + sector if sector and len(code) == 3 else code


ORG_SECTORS = {"resistance": "REB", "front": "REB", "rebels": "REB", "rebel": "REB", "militia": "REB",
               "insurgents": "REB", "liberation": "REB", "army": "MIL", "forces": "MIL", "party": "PTY",
               "ministry": "GOV", "government": "GOV", "police": "COP", "court": "JUD", "university": "EDU"}


def _org_sector(name: str) -> str | None:
    for w in name.lower().split():
        if w in ORG_SECTORS:
            return ORG_SECTORS[w]
    return None


def _main_country(record: Record) -> str | None:
    countries = sorted((a for a in record.actors if a.kind == "country"), key=lambda a: -a.mentions)
    for c in countries:
        code = _code_for_actor(record, c) if c.code is None else c.code
        if code:
            return code[:3]
    return None


def _text_before(record: Record, a: Actor) -> str:
    starts = [e.start for e in record.entities if e.actor == a.id]
    if not starts:
        return ""
    text = record.article.text
    start = min(starts)
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), text.rfind(",", 0, start)) + 1
    words = text[line_start:start].split()[-6:]
    return " ".join(words)


def _actor(index, head: Token, record: Record, create: bool) -> Actor | None:
    doc = head.doc
    toks = actorcodes.np_tokens(head)
    span = doc[toks[0].i: toks[-1].i + 1]
    actor = None
    if head.pos_ == "PROPN" and head.ent_type_:
        actor = index.actor_at(head.idx, head.idx + len(head.text))  # the head name, not a modifier's
    actor = actor or index.resolve_span(span, create=False)
    if actor is None and head.lower_ in {"it", "its"}:
        return _pronoun_it(index, head)
    if actor is None and head.pos_ != "PRON":
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:  # "members of the former army": the "of" object's actor
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if pobj is not None and head.lemma_.lower() not in HUMAN_HEADS:
                actor = _actor(index, np_head(pobj), record, create)
        if actor is None and create and head.pos_ in {"NOUN", "PROPN"} and (
                head.lemma_.lower() in HUMAN_HEADS or head.lemma_.lower() in D.agent_codes()
                or head.ent_type_ in {"NORP", "ORG", "PERSON"}):
            end = head.i
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None:
                end = actorcodes.np_tokens(pobj)[-1].i
            full = doc[toks[0].i: end + 1] if end - toks[0].i < 10 else span
            actor = index.resolve_span(full, create=True)
    return actor


def _cue_speaker(record: Record, ev: RawEvent) -> Actor | None:
    """The speaker of a quote whose cue is this trigger (the parser may have missed the subject)."""
    t = ev.trigger
    for q in record.quotes:
        if q.speaker and q.cue and q.cue.split()[0] == t.text and 0 <= q.start - (t.idx + len(t.text)) <= 6:
            return record.actor(q.speaker)
    return None


def _pronoun_it(index, head: Token) -> Actor | None:
    best = None
    for m in index.mentions:
        if m.end <= head.idx:
            a = index.get(m.actor)
            if a is not None and a.kind in {"organization", "country"} and (best is None or m.end > best[0]):
                best = (m.end, a)
    return best[1] if best else None


def _top(record: Record, a: Actor | None) -> Actor | None:
    """The organization or country a person or group belongs to (itself when none)."""
    seen = 0
    while a is not None and a.affiliation and seen < 3:
        nxt = record.actor(a.affiliation)
        if nxt is None:
            break
        a, seen = nxt, seen + 1
    return a


def _same(record: Record, a: Actor, b: Actor) -> bool:
    return a.id == b.id or _top(record, a).id == _top(record, b).id


def _adversaries(record: Record, resolved) -> callable:
    pairs: Counter = Counter()
    for _, ev, srcs, tgts in resolved:
        if ev.type not in {"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "REJECT"}:
            continue
        for s in srcs:
            for t in tgts:
                if s and t and not _same(record, s, t) and t.kind != "country" or (
                        s and t and t.kind == "country" and ev.type in CONFLICT and not _same(record, s, t)):
                    a, b = _top(record, s).id, _top(record, t).id
                    pairs[(a, b)] += 1
                    pairs[(b, a)] += 1
    orgs = sorted((a for a in record.actors if a.kind == "organization" and a.mentions >= 2),
                  key=lambda a: -a.mentions)

    def adversary(actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        top = _top(record, actor)
        known = [(n, b) for (a, b), n in pairs.items() if a == top.id]
        if known:
            return record.actor(max(known)[1])
        for o in orgs:
            if o.id != top.id:
                return o
        return None

    return adversary


# -- status -------------------------------------------------------------------------------------------

def _quote_for(record: Record, char: int):
    best = None
    for q in record.quotes:
        if q.start <= char < q.end and (best is None or (q.end - q.start) < (best.end - best.start)):
            best = q
    return best


def _status(record: Record, doc: Doc, ev: RawEvent) -> tuple[str | None, str | None, str | None, str | None]:
    typ, cameo = ev.type, ev.cameo
    if typ is None:
        return None, None, None, None
    status = "reported"
    if ev.modality in {"future", "intent", "conditional"}:
        new_type, new_code = intent_type(cameo)
        if new_type == "THREATEN" or ev.trigger.lemma_.lower() in {"hit", "strike", "attack"}:
            status = "threatened"
            if typ in {"ASSAULT", "COERCE", "SANCTION"}:
                typ, cameo = "THREATEN", new_code
        else:
            status = "planned"
            if typ != new_type and new_type == "AGREE" and not ev.passive:
                typ, cameo = new_type, new_code
    elif ev.modality == "threat":
        status, typ = "threatened", "THREATEN"
    elif ev.modality == "hypothetical":
        status = "hypothetical"
    asserted_by = None
    q = _quote_for(record, ev.trigger.idx)
    if q is None and (cameo[:2] in {"02", "03", "10", "11", "12", "13"} or ev.trigger.lemma_.lower() in
                      {"assure", "warn", "deny", "call", "urge"}):
        asserted_by = "SOURCE"  # the speech act itself: its source asserts it
    if q is not None:
        asserted_by = q.speaker
        cue = (q.cue or "").lower()
        lemma = _cue_lemma(cue)
        if lemma in DENY_CUES:
            status = "denied"
        elif status == "reported":
            status = "reported" if (lemma in REPORTED_CUES or cue in REPORTED_CUES) else "claimed"
    if ev.negated:
        if q is None and status == "reported" and typ not in {"REJECT"}:
            return None, None, None, None
        if status in {"reported", "claimed"} and typ not in {"REJECT"}:
            status = "denied"
    return status, asserted_by, typ, cameo


def _cue_lemma(cue: str) -> str:
    """"denied" -> "deny", "admitted" -> "admit", "according to" stays."""
    if not cue or " " in cue and cue.startswith("according"):
        return cue
    w = cue.split()[0]
    for cand in (w, re.sub(r"ied$", "y", w), re.sub(r"ies$", "y", w), re.sub(r"(\w)\1ed$", r"\1", w),
                 re.sub(r"ed$", "", w), re.sub(r"d$", "", w), re.sub(r"s$", "", w)):
        if cand in DENY_CUES or cand in REPORTED_CUES:
            return cand
    return w


# -- event fields -------------------------------------------------------------------------------------

def _clause_span(ev: RawEvent) -> tuple[int, int]:
    t = ev.trigger
    toks = [x for x in t.subtree if x.sent == t.sent]
    return min(x.idx for x in toks), max(x.idx + len(x.text) for x in toks)


def _time_attaches(record: Record, doc: Doc, tm, trigger: Token) -> str:
    """"direct" when the time expression hangs off the trigger's clause, "noun" when it modifies a noun on
    the way (a date of something else), "" when it is elsewhere."""
    tok = next((t for t in doc if t.idx >= tm.start and t.idx < tm.end), None)
    if tok is None:
        return ""
    via_noun = False
    t = tok
    for _ in range(12):
        if t is trigger:
            return "noun" if via_noun else "direct"
        h = t.head
        if h is t:
            break
        inside = tm.start <= h.idx < tm.end
        if not inside and h.pos_ in {"NOUN", "PROPN"} and h.lower_ not in {"days", "day", "weeks", "week", "time",
                                                                              "hours", "night", "morning"}:
            via_noun = True
        t = h
    # the time sits in another clause of the sentence
    return "other"


def _date(record: Record, doc: Doc, sent: Span, ev: RawEvent) -> tuple[str | None, str | None, bool]:
    """(date, precision, historical)."""
    pub_year = int(record.article.published[:4]) if record.article.published else None
    cands = [t for t in record.times if sent.start_char <= t.start < sent.end_char and t.value
             and t.type != "DURATION"]
    direct, noun, other = [], [], []
    for tm in cands:
        how = _time_attaches(record, doc, tm, ev.trigger)
        (direct if how == "direct" else noun if how == "noun" else other).append(tm)
    chosen, precision = None, None
    day_other = [t for t in other if t.precision == "day"]
    if direct:
        chosen = direct[0]
        precision = chosen.precision
    elif noun:
        chosen = noun[0]
        precision = "month" if chosen.precision == "day" else chosen.precision
    elif day_other:
        chosen = day_other[0]
        precision = chosen.precision
    elif other and _paragraph_date(record, doc, sent) is None:
        chosen = other[0]
        precision = chosen.precision
    if chosen is not None and precision == "day" and _approximate(doc, sent, chosen):
        precision = "month"  # "in the last days of X on <date>", "before <date>": not that day
    historical = False
    for tm in ([chosen] if chosen else []) + cands:
        if tm is None or not tm.value:
            continue
        y = re.match(r"^(\d{3})(\d|X)", tm.value)
        if y and pub_year:
            year = int(y.group(1) + (y.group(2) if y.group(2) != "X" else "9"))
            if year < pub_year - 1 or (y.group(2) == "X" and year < pub_year):
                historical = True
        if tm is chosen:
            break
    if chosen is None:
        prev = _paragraph_date(record, doc, sent)
        if prev is not None:
            return prev.value, prev.precision, False
        return None, None, False
    value = chosen.value
    if value and precision == "month" and len(value) >= 7 and chosen.precision == "day":
        value = value[:7]
    if value and (value.endswith("_REF") or value.startswith("XXXX")):
        return None, None, historical
    return value, precision, historical


APPROX = {"days", "weeks", "months", "before", "ahead", "run-up", "eve", "until", "since", "prior", "leading"}


def _approximate(doc: Doc, sent: Span, tm) -> bool:
    window = [t for t in sent if t.idx < tm.start][-9:]
    return any(t.lower_ in APPROX for t in window)


def _paragraph_date(record: Record, doc: Doc, sent: Span):
    text = record.article.text
    para_start = text.rfind("\n\n", 0, sent.start_char)
    para_start = 0 if para_start < 0 else para_start
    best = None
    for t in record.times:
        if para_start <= t.start < sent.start_char and t.value and t.type == "DATE" \
                and re.match(r"^\d{4}-\d{2}-\d{2}$", t.value):
            if best is None or t.start > best.start:
                best = t
    return best


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
    if historical:
        status = "historical"
    c0, c1 = _clause_span(ev)
    place = place_for_span(record, c0, c1) or place_for_span(record, sent.start_char, sent.end_char)
    killed, injured = _casualties(sent) if typ == "ASSAULT" else (None, None)
    mode = D.plover(cameo)[1]
    text = sent.text.rstrip()
    return Event(id="", type=typ, sentence=text, start=sent.start_char, end=sent.start_char + len(text),
                 cameo=cameo, mode=mode, source=src.id if src else None, target=tgt.id if tgt else None,
                 place=place.id if place else None, date=date, date_precision=precision,
                 asserted_by=asserted_by, status=status, killed=killed, injured=injured,
                 trigger=ev.trigger.text)

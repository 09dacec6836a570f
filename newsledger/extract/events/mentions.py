"""Article-level merging: one event per sentence and type, the first mention of an act, retellings of an act
already coded, persons described before they are named."""
from __future__ import annotations

import datetime
import re

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from newsledger import nlp
from newsledger.extract.eventcoding import actorcodes
from newsledger.extract.eventcoding.dictionary import word_class
from newsledger.extract.events.actors import CUSTODY_TARGET_HEADS, _actor, _full_name, _phrase_key
from newsledger.extract.events.dates import HISTORICAL_MONTHS, _months_before, _retelling_families
from newsledger.model import Actor, Event, Record

# PLOVER's acts done by the doer's words (a demand, an accusation, a rejection, a threat): each speaker's statement
# is an act of its own (event-annotation.md: distinct doers are distinct acts), so a group and a member named after
# are two speakers. Round 35, evrepeat35r.
SPOKEN_ACTS = {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}
NAMING_ENTITY_TYPES = {"PERSON", "ORG", "GPE", "FAC"}  # entity types by which the text names an actor (_named)

def _new_custody_episode(trigger: Token) -> bool:
    """The custody verb is coordinated with a verb moving the same patient to another custody or country, with a
    destination ("he was transferred by his interlocutors to a custody facility in the United States and detained
    there", "was extradited to Spain and jailed"; word class custody_transfer_verbs): the transfer makes it a new
    custody episode, not a retelling of an earlier arrest of the same person (event-annotation.md: one event per
    act; a transfer to another custody is another act). Round 32 gate, evargs32 item 8."""
    if trigger.lemma_.lower() not in word_class("custody_verbs") | word_class("retold_custody_verbs"):
        return False
    transfer = word_class("custody_transfer_verbs")
    partners = [trigger.head] if trigger.dep_ == "conj" else []
    partners += [c for c in trigger.children if c.dep_ == "conj"]
    return any(v.lemma_.lower() in transfer and v.i != trigger.i
               and any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in v.children)
               and any(c.dep_ == "nsubjpass" for c in (v if v.i < trigger.i else trigger).children)
               for v in partners)


def _first_mentions(record: Record, events: list[Event], fresh: set[int] = frozenset()) -> list[Event]:
    """One event per type, source and target in an article, at its first mention: a later sentence with the same
    actors and type ("launched the assault", "the operation", "the pair were captured") retells it
    (event-annotation.md: "other clear mentions of the same event are the same event"). A later arrest of "the
    suspect" after an earlier one of the same type retells it too: the definite description points back. Events whose
    own dates (`_own_date`) cannot be one act's (`_dates_apart`: "a 2017 attack" and "an attack in 2018" by one side on
    another) are two acts, not a retelling (tenth-round actor census: the first mention of the same pair swallowed a
    later year's attack). `fresh` holds id(event) of new custody episodes (`_new_custody_episode`), never retellings."""
    seen: dict[tuple, list[str | None]] = {}
    out = []
    for e in sorted(events, key=lambda e: e.start):
        k = (e.type, e.source, e.target)
        if id(e) not in fresh and (k in seen and not all(_dates_apart(d, _own_date(e)) for d in seen[k])) or (
                _anaphoric_custody_target(record, e) and any(o.type == e.type for o in out)):
            continue
        seen.setdefault(k, []).append(_own_date(e))
        out.append(e)
    return out


def _own_date(e: Event) -> str | None:
    """The date the text gives an event, None when it was dated by the publication or the latest date in the text."""
    return None if e.date_precision in {"publication", "latest_in_text"} else e.date


def _retold_acts(record: Record, events: list[Event], lemmas: dict[int, str],
                 fresh: set[int] = frozenset()) -> list[Event]:
    """One act once: a later event of the same type and trigger lemma or family (`_one_family`) whose source and target
    are the earlier event's, or descriptions with the same head noun ("man pulled a gun on another man" ... "a
    Charleston man who had been accused of pulling a gun on another man"; "Woman killed by train" ... "A Lakeside woman
    was hit by a train and killed"), and no date more than a week apart, retells it (event-annotation.md: "other clear
    mentions of the same event are the same event"); the first mention is kept. Class: headline and body, and retellings
    later in crime and conflict reports (dev/unlabelled Guardian and LGL texts outside the gold sets, all-news tune-a
    quarter); and, with the same status, parties that are one state told by its government (`_one_state_retelling`).
    `lemmas` maps id(event) to its trigger's lemma; `fresh` holds new custody episodes, never retellings. A custody
    retelling (`_retold_custody`) may retell a mention merged before it ("Kotey ... captured by the Kurdish militia"
    ... "The two men were captured in early January"): round 35, evrepeat35."""
    out: list[Event] = []
    told: list[Event] = []  # every mention so far, merged ones too: a custody retelling may retell a retelling
    for e in sorted(events, key=lambda e: e.start):
        lemma = lemmas.get(id(e)) if id(e) not in fresh else None
        if lemma and any(o.type == e.type and _one_family(lemmas.get(id(o)), lemma) and o.start != e.start
                         and not _dates_apart(o.date, e.date)
                         and (_same_party(record, o.source, e.source) and _same_party(record, o.target, e.target)
                              or _one_state_retelling(record, o, e) or _partial_retelling(record, o, e))
                         for o in out):
            told.append(e)
            continue
        if lemma and any(_retold_custody(record, o, e, lemmas) for o in told):
            told.append(e)
            continue
        out.append(e)
        told.append(e)
    return out


def _retold_custody(record: Record, first: Event, e: Event, lemmas: dict[int, str]) -> bool:
    """`e` retells the arrest `first` (event-annotation.md: "once per event (its first clear mention; other clear
    mentions of the same event are the same event)"): both take a person into custody (word class
    retold_custody_verbs: arrest, detain, capture ...), `e` names no agent of its own, its target is the same
    person the article names (a PERSON entity) and already reported taken, and `e` gives no date of its own that
    differs from the first mention's (`_custody_date_differs`). "X ... were captured by the Kurdish militia. ... The
    two men were captured in early January" is one capture; "Kurds captured X in January" and a later "X was
    arrested again in Turkey in 2016" with a date of its own are two. Round 30 (evprec30)."""
    verbs = word_class("retold_custody_verbs")
    return (e.type == first.type == "COERCE" and e.source is None and first.start != e.start
            and lemmas.get(id(e)) in verbs and lemmas.get(id(first)) in verbs
            and e.target is not None and e.target == first.target and _named_person(record, e.target)
            and not _custody_date_differs(record, first, e))


def _named_person(record: Record, actor_id: str) -> bool:
    """The actor is a person the text names (a PERSON entity resolved to it), not a description."""
    a = record.actor(actor_id)
    return a is not None and a.kind == "person" \
        and any(en.actor == actor_id and en.type == "PERSON" for en in record.entities)


def _custody_date_differs(record: Record, first: Event, e: Event) -> bool:
    """The later mention's own date cannot be the first mention's: both dated by the text and apart
    (`_dates_apart`), or the first dated only by the publication (an undated report of a recent arrest) and the
    later one's date five or more months before it (the historical convention: an episode of its own)."""
    later, earlier = _own_date(e), _own_date(first)
    if later is None:
        return False
    if earlier is not None:
        return _dates_apart(earlier, later)
    return _months_before(later, record.article.published) >= HISTORICAL_MONTHS \
        or bool(record.article.published) and later[:10] > record.article.published[:10]


def _one_family(a: str | None, b: str) -> bool:
    """Two trigger lemmas tell one act: the same lemma, or one family of data/events/retelling_families.tsv
    (VerbNet and CAMEO verb classes with their WordNet nouns: "bombed", "shelled" and "the attack" are one
    assault; "killed" and "murdered" one death; "arrested" and "detained" one custody)."""
    return a == b or (a is not None and a in _retelling_families().get(b, frozenset()))


def _dates_apart(a: str | None, b: str | None) -> bool:
    """Two event dates that cannot be one act's: more than a week apart (a headline dated by its publication and
    its body's "on Sunday" are one act), or of different months or years where one is only a month or year."""
    if not a or not b:
        return False
    if len(a) >= 10 and len(b) >= 10:
        try:
            return abs((datetime.date.fromisoformat(a[:10]) - datetime.date.fromisoformat(b[:10])).days) > 7
        except ValueError:
            return a[:10] != b[:10]
    n = min(len(a), len(b))
    return a[:n] != b[:n]


def _same_party(record: Record, a: str | None, b: str | None) -> bool:
    """Two event arguments are the same party: the same actor (or both absent), or two descriptions the event
    extractor made with the same head noun ("A man", "Charleston man")."""
    if a == b:
        return True
    if a is None or b is None or not (_described(record, a) and _described(record, b)):
        return False
    return _head_noun(record.actor(a)) == _head_noun(record.actor(b)) is not None


def _one_state_retelling(record: Record, first: Event, e: Event) -> bool:
    """`e` tells `first` again with the state for its government or the government for its state: each party the
    same (`_same_party`) or one state (`_state_of`: "Trump urged Erdogan to curtail the operation" ... "'He urged
    Turkey to de-escalate,' a White House statement said"), and the same status (a planned meeting of two leaders
    and the talks their states already hold are two acts). CAMEO actor codes: a government (word class
    state_party_sectors) acts for its state (round 33, evprec33)."""
    def one(a: str | None, b: str | None) -> bool:
        state = _state_of(record, a)
        return _same_party(record, a, b) or state is not None and state == _state_of(record, b)

    return first.status == e.status and one(first.source, e.source) and one(first.target, e.target)


def _partial_retelling(record: Record, first: Event, e: Event) -> bool:
    """`e` tells `first` again with a party named by another form (event-annotation.md: one event, its first clear
    mention; an actor is every surface form that refers to it): each argument one party (`_party_identity`), at
    least one of them the same party, and the same status ("Two British Isis militants ... have been captured by
    US-backed Kurdish fighters" ... "Kotey ... captured by the Kurdish militia"; "A Crafton man is suing WPXI" ...
    "suing WPXI-TV"). Two acts whose dates differ stay two (`_retold_acts`). A party named in one mention and left
    out in the other is not taken as one: "a meeting with May" and "talks" of the same leader are often one act,
    but a second act of one side is as often told without its other party (round 33's trial (a); round 35's trial
    lost a tune-b match). Census of round 35 (evrepeat35): the repeats the merge missed."""
    kinds = [_party_identity(record, first.source, e.source), _party_identity(record, first.target, e.target)]
    if e.type in SPOKEN_ACTS and kinds[0] == "loose":
        return False  # "Several candidates said ..." then "Rubio said ...": a member's own words are his own act
    return first.status == e.status and None not in kinds and "same" in kinds


def _party_identity(record: Record, a: str | None, b: str | None) -> str | None:
    """"same" for one present party (the same actor or description, or two unnamed descriptions of one sector
    code), "empty" for two mentions without the party, "loose" for a party `_loose_party` takes as one, None for
    two parties. Revision (round 35, evrepeat35r; event-annotation.md: the same event is the same act, distinct
    doers or distinct individual victims are distinct acts): two named persons or bodies are never one party by a
    shared state or sector code (Kerry's condemnation after activists', Russia's denial after an official's), and
    two mentions without the party ("was arrested" ... "was arrested") prove no party the same (a third person
    arrested after two others, a woman shot after other victims)."""
    if a is None and b is None:
        return "empty"
    if _same_party(record, a, b) or _one_sector(record, a, b) and not (_named(record, a) or _named(record, b)):
        return "same"
    return "loose" if _loose_party(record, a, b) else None


def _named(record: Record, actor_id: str | None) -> bool:
    """The actor is a person, organisation or place the text names (such an entity resolved to it)."""
    return any(en.actor == actor_id and en.type in NAMING_ENTITY_TYPES for en in record.entities)


def _one_sector(record: Record, a: str | None, b: str | None) -> bool:
    """Two descriptions of one party by their CAMEO code: the same country-and-sector code of six letters or more
    ("Syrian rebels" and "rebel groups", SYRREB; "Kurdish fighters" and "the Kurdish militia", USAUAF)."""
    ca, cb = (record.actor(x).code if x and record.actor(x) else None for x in (a, b))
    return ca is not None and ca == cb and len(ca) >= 6


def _loose_party(record: Record, earlier: str | None, later: str | None) -> bool:
    """The later mention names the earlier mention's party another way: a person or group described first ("A
    Crafton man", "Two British Isis militants") and a person named after; a member for the group it belongs to
    (Actor.affiliation); an organisation named by a prefix of its other name ("WPXI", "WPXI-TV")."""
    if earlier is None or later is None:
        return False
    a, b = record.actor(earlier), record.actor(later)
    if a is None or b is None:
        return False
    if b.affiliation == a.id or a.affiliation == b.id:
        return True
    if a.kind in {"person", "group"} and _described(record, earlier) and _named_person(record, later):
        return not (a.code and b.code and a.code != b.code)  # activists, then a minister: two doers (round 35, r)
    return a.kind == b.kind == "organization" and _name_prefix(a.name, b.name)


def _name_prefix(a: str, b: str) -> bool:
    """One name's words open the other's, and the two differ ("WPXI", "WPXI-TV")."""
    wa, wb = re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())
    short, long = sorted((wa, wb), key=len)
    return bool(short) and short != long and long[:len(short)] == short


def _state_of(record: Record, actor_id: str | None) -> str | None:
    """The country code of a state actor: a country coded by its country code alone, or any actor coded country +
    a state sector (word class state_party_sectors, lower case: USAGOV for Trump and the White House, TURGOV for
    Erdogan)."""
    a = record.actor(actor_id) if actor_id else None
    code = a.code if a is not None else None
    if not code or len(code) < 3:
        return None
    if len(code) == 3:
        return code if a.kind == "country" else None
    return code[:3] if code[3:].lower() in word_class("state_party_sectors") else None


def _head_noun(a: Actor | None) -> str | None:
    words = a.name.lower().split() if a is not None else []
    if not words:
        return None
    w = words[-1]
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


# Verbs of taking into custody and of charging (CAMEO 173 'Arrest, detain, or charge with legal action'; VerbNet
# 10.5 steal/capture): a later sentence with a verb of the same family retells the arrest or the charge.
CUSTODY_FAMILIES = ({"arrest", "detain", "capture", "apprehend", "nab", "seize", "catch"}, {"charge", "indict"})


def _custody_family(lemma: str | None) -> int | None:
    return next((i for i, f in enumerate(CUSTODY_FAMILIES) if lemma in f), None)


def _described(record: Record, actor_id: str | None) -> bool:
    """The actor is a description the event extractor made ("a man", "Scientology defector"), not a name."""
    a = record.actor(actor_id) if actor_id else None
    return a is None or (a.code_source is None and a.kind in {"person", "group"})


NAMING_VERBS = {"name", "identify"}


def _naming_clause_name(index, record: Record, tok: Token, actor: Actor) -> Actor | None:
    """The person a naming clause at `tok` gives the described `actor`: "the soldier has been named as X", "police
    identified the man as X", "the man tells his captors his name is X" (the clause's "his" is the actor, or the
    subject of the verb that reports the clause is: one tells one's own name)."""
    def same(t: Token | None) -> bool:  # the actor, or its description again with "the" ("A man" ... "the man")
        if t is None:
            return False
        a = _actor(index, t, record, create=False)
        if a is not None:
            return a.id == actor.id
        return t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
            and _phrase_key(" ".join(w.text for w in actorcodes.np_tokens(t))) == _phrase_key(actor.name)

    def person(t: Token | None) -> Actor | None:
        if t is None or t.ent_type_ != "PERSON":
            return None
        a = index.actor_at(t.idx, t.idx + len(t.text))
        return _full_name(record, a) if a is not None and a.kind == "person" else None

    if tok.pos_ == "VERB" and tok.lemma_.lower() in NAMING_VERBS:
        as_obj = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                       for p in c.children if p.dep_ == "pobj"), None)
        named = next((c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}), None)
        return person(as_obj) if same(named) else None
    if tok.lower_ == "name" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        attr = next((c for c in tok.head.children if c.dep_ == "attr"), None)
        if poss is None or attr is None:
            return None
        teller = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None) \
            if tok.head.dep_ == "ccomp" else None
        return person(attr) if same(poss) or same(teller) else None
    return None


def _naming_words(doc: Doc) -> list[Token]:
    """The tokens a naming clause can be read at (_naming_clause_name answers None at every other token): a
    NAMING_VERBS lemma or the word "name", in text order, found without a walk over every token."""
    verbs = nlp.indices_where(doc, LEMMA, lambda lemma: lemma.lower() in NAMING_VERBS)
    nouns = nlp.indices_where(doc, LOWER, "name".__eq__)
    return [doc[i] for i in sorted(set(verbs) | set(nouns))]


def _link_described_persons(index, record: Record, doc: Doc, events: list[Event],
                            lemmas: dict[int, str]) -> list[Event]:
    """The one linker of a described person to the name the article gives them later (event-annotation.md: the
    actor by name where the text gives it; "other clear mentions of the same event are the same event"). A person
    the text describes ("A man ... has been detained", "Scientology defector arrested", "A soldier killed ...") is
    the person a later sentence names, by one of two kinds of evidence (_described_names); every event on the
    described person is then on the name, and a sentence that only retold the act on the name is dropped: one
    event, at the first mention. `lemmas` maps id(event) to its trigger's lemma."""
    events = sorted(events, key=lambda e: e.start)
    names, retellings = _described_names(index, record, doc, events, lemmas)
    out = []
    for e in events:
        if id(e) in retellings:
            continue
        e.target = names.get(e.target, e.target)
        out.append(e)
    return out


def _described_names(index, record: Record, doc: Doc, events: list[Event],
                     lemmas: dict[int, str]) -> tuple[dict[str | None, str], set[int]]:
    """Described actor id -> the named person's id, and the ids of the events that retell an act on the name:
    - a naming clause after an event on the described person ("has been named as X", "police identified the man
      as X", "his name is X"; class: news reports that describe a victim or detainee first and name them after,
      dev/unlabelled Guardian and dev/geoparsing texts; issue 16, evtargets);
    - a later sentence that retells the same arrest or charge (a verb of the same CUSTODY_FAMILIES family, no
      other agent) on a named person who is the first the article names after the described one ("Daniel X, 19,
      ... was arrested", "X and Y were charged with burglary"; class: crime reports and wire stories that open
      with a described suspect, all-news tune-a quarter); that sentence is the retelling."""
    names: dict[str | None, str] = {}
    clause_words: list[Token] | None = None
    for e in events:
        a = record.actor(e.target) if e.target else None
        if a is None or a.id in names or a.kind != "person" or not _described(record, a.id) \
                or any(en.actor == a.id and en.type == "PERSON" for en in record.entities):
            continue
        if clause_words is None:
            clause_words = _naming_words(doc)
        name = next((n for t in clause_words if t.idx >= e.start
                     if (n := _naming_clause_name(index, record, t, a)) is not None and n.id != e.source), None)
        if name is not None:
            names[a.id] = name.id
    retellings: set[int] = set()
    for k, e in enumerate(events):
        fam = _custody_family(lemmas.get(id(e)))
        target = names.get(e.target, e.target)
        if e.type != "COERCE" or fam is None or not target or _described(record, target):
            continue
        first = next((o for o in events[:k] if id(o) not in retellings and o.type == "COERCE"
                      and _custody_family(lemmas.get(id(o))) == fam and o.source in {None, e.source}
                      and o.target not in names and _described(record, o.target)
                      and _first_named_after(record, o.start) == target), None)
        if first is not None:
            if first.target is None:
                first.target = target  # an arrest told with no one taken ("police made an arrest")
            else:
                names[first.target] = target
            retellings.add(id(e))
    return names, retellings


def _first_named_after(record: Record, char: int) -> str | None:
    """The person the article names first after `char`, if it names no one before it (the described person of a
    lead, named in a later sentence: "A man who says he is a pharmacist ... Anwar X, 37, ...")."""
    before = {en.actor for en in record.entities if en.actor and en.start < char}
    for en in sorted(record.entities, key=lambda en: en.start):
        a = record.actor(en.actor) if en.actor and en.start >= char else None
        if a is not None and a.kind == "person" and en.type == "PERSON":
            return None if a.id in before else a.id
    return None


def _anaphoric_custody_target(record: Record, e: Event) -> bool:
    """The event's target is a definite singular people noun made by _custody_target ("the suspect")."""
    a = record.actor(e.target) if e.target else None
    words = a.name.lower().split() if a is not None else []
    return len(words) == 2 and words[0] == "the" and words[1] in CUSTODY_TARGET_HEADS


def _one_per_sentence_type(events: list[Event], no_act=lambda e: False) -> list[Event]:
    """One event per sentence and type, the most confident: coordinated actors ("the US-led coalition and
    Russia"), a verb and its restatement ("killed, injured or taken captive") are one event in the annotation
    conventions ("each distinct event once"). An event that asserts no act (`no_act`: a denied act, dropped
    later) never takes the place of one that does ("denied bombing the hospital, though its jets had shelled the
    town": the shelling is the sentence's ASSAULT; evprec22)."""
    best: dict[tuple[int, str], Event] = {}

    def rank(e: Event) -> tuple[bool, float]:
        return not no_act(e), e.confidence or 0

    for e in events:
        k = (e.start, e.type)
        if k not in best or rank(e) > rank(best[k]):
            best[k] = e
    keep = {id(e) for e in best.values()}
    return [e for e in events if id(e) in keep]

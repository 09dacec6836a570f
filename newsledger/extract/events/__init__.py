"""Events: who did what to whom, coded in PLOVER and CAMEO (issue 6; precision rules and confidence, issue 16).

Per sentence, newsledger.extract.eventcoding.coder finds triggers from the CAMEO verb dictionary with their
source and target noun-phrase heads (and event nouns whose phrase names their actor: "Turkey's offensive");
clauses that report no act (conditions, questions, thoughts, feelings, a verb without its required argument:
data/events/non_acts.json) give none. This module turns them into record events:
- heads become canonical actors through the actor index (names, pronouns, "the group", "Taliban fighters");
  a pronoun subject of a reported clause is the speaker ("Turkey said it would ..."), "we"/"I" in a quote its
  speaker, the speaker makes a quoted demand, accusation, threat or refusal; a capital stands for its state;
  a human nominal without an actor ("the people of X", "crowds") becomes a group actor, named without its count
  ("300 militants" -> militants); "its soldiers" is the organization or country "its" points to; "the pair" is
  the person the article names most often; a one-word surname is the person named in full; "US-backed Kurdish
  fighters" are the fighters; "the US-led coalition" is a body of its own; an expletive "it" is no one;
  "the foreign minister, <name>," is the named person; a plain pronoun is not the actor (or a member of the side)
  its clause names on the other side (principle B), a description not its own clause's subject (principle C);
  only a national capital stands for its state; "launched an operation against Y" and "a pastor detained" (a
  reduced passive) give Y and the pastor as targets; "the Kurdish forces" are not an organization of another
  nationality the resolver's recency rule picked (issue 16, fourth round);
- an everyday verb coded only by the dictionary's bare default accuses or asks no one without a target;
- an act needs an identifiable source: only an attack, an arrest or a conviction may be agentless ("were detained",
  "was convicted of genocide": AGENTLESS_ACTS); an actor
  does not act on itself; a material-conflict event whose target is a place or missing is aimed at the
  adversary the article pits the source against in another coded event, never at an unrelated organisation;
  "X suffered losses" gets that adversary as source;
- one event per sentence and type, and one per (type, source, target) in an article, at its first mention;
- status (event-annotation.md): a threat or a promise is itself the event (THREATEN/AGREE, reported); other
  future and intended acts are planned; could/might are hypothetical; a negated future act is none; inside a
  quote the speaker is `asserted_by`: a party's account of an act is claimed (its own losses with no attacker
  named are an admission, reported), a bystander's is reported;
  denied under a denial; an outlet's own negation drops it, and so does a speaker's with no denial verb (an attack
  or arrest excepted: denied); a denied act other than a refusal is then no event (status.not_an_act: the denial
  is the denier's REJECT, coded on the denial verb); historical when the event's date lies five or more
  months before publication;
- date (event-annotation.md: "the time expression governing the event's clause, resolved against the publication
  date; else the publication date"): a time expression attached to the trigger's clause; a time that modifies a
  noun gives month precision only; a time of day gives its day; else the publication date with date_precision
  "publication" (never blank), or for an article without one the latest date its text names ("latest_in_text").
  No day is inherited from an earlier sentence: the convention dates a clause without its own time by the
  publication, and the inherited day was another clause's (issue 16, third round);
- confidence: a calibrated probability that the event is real and typed right (features(), confidence.json);
  events below the default threshold are not kept (default_min_confidence());
- place: the most specific place in the clause, else the sentence; killed/injured: the kill/wound verbs' numbers.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from newsledger import nlp
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.coder import code_sentence
from newsledger.extract.eventcoding.nominal import nominal_events
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.extract.events.actors import _actor, _custody_target, _disjoint, _free_description, _same
from newsledger.extract.events.arguments import (
    _act_agent,
    _act_noun_target,
    _act_owner,
    _aid_recipient,
    _asked_from,
    _clause_party,
    _country_object,
    _eased_sanction,
    _held_site_target,
    _met_with,
    _reciprocal,
    _reduced_passive,
    _resource,
    _retarget,
    _sanctioned_party,
    _sent_to,
    _status_holder,
    _taken_from,
)
from newsledger.extract.events.assemble import _event
from newsledger.extract.events.codes import (
    _coder_codes,
    _country_from_phrase,
    _event_code,
    _fill_actor_codes,
    _lend_local_post_codes,
)
from newsledger.extract.events.confidence import confidence, default_min_confidence, features
from newsledger.extract.events.described import _described_person
from newsledger.extract.events.filters import (
    _adversaries,
    _armed,
    _bare_default,
    _conflict_pairs,
    _contest_verb,
    _electoral_contest,
    _head_of,
    _internal_meeting,
    _no_consult_meeting,
    _no_counterpart,
    _one_person_gathering,
    _prediction,
    _retold_agreement,
    _unofficial_talk,
    _visit_host,
    _won_in_a_vote,
)
from newsledger.extract.events.mentions import (
    _first_mentions,
    _link_described_persons,
    _new_custody_episode,
    _one_per_sentence_type,
    _retold_acts,
)
from newsledger.extract.events.speakers import _cue_speaker, _quoted_speaker, _speaker_for, _speaker_of
from newsledger.extract.events.status import (
    UNASSERTED,
    _alleged,
    _claim_status,
    _custody_act,
    _status,
    arranged_status,
    not_an_act,
)
from newsledger.extract.events.types import ADVERSARY_TYPES, CONFLICT, JUDGED_ACT_TYPES, VERBAL_TYPES
from newsledger.model import Actor, Event, Record
from newsledger.resolve import actor_codes, lexicon


def extract(doc: Doc, record: Record, min_confidence: float | None = None) -> list[Event]:
    """The record's events with a confidence each; those below `min_confidence` (default: the configured
    threshold, see min_confidence()) are not kept.

    A local public post's or body's sector alone (code_source actor_codes.LOCAL_POST, "Gov. X" GOV, "the Dover
    Police" COP) is hidden from the whole event coder while it runs, and given back after: the coder, its filters and
    its confidence read such an actor as uncoded, as before the rule (round 48, actlocal48r: read as coded, the
    visit/meeting filter `_official` took "Gov. X said at a town hall" and "Mayor X called the meeting to order" for
    an official's CONSULT). A code found under another spelling of the actor's name (code_source actor_codes.RESPELT,
    round 50) is hidden the same way. The actor keeps its code in the record; no event is made or dropped by it. An
    actor made after the resolver coded (by this pass or the quotes pass: a bare "Police" as an act's source,
    code_source None) takes such a sector too, once the coder is done (actor_codes.assign_late_local_posts; round 49,
    evpolice49)."""
    hidden = actor_codes.hide_local_posts(record.actors)
    try:
        return _extract(doc, record, min_confidence)
    finally:
        actor_codes.restore_local_posts(record.actors, hidden)
        # the actors made after the resolver coded (this pass's and the quotes pass's "Police", "the court") take a
        # local post's or body's sector as the resolver's would, once no event can read it
        late = actor_codes.assign_late_local_posts(record.actors, record.article.published,
                                                   actor_codes.literal_countries(record.literal_places))
        # a person named by a bare rank ("Capt. X") in a sentence, or an article whose lead, names its police body
        # (round 52, actpolice52)
        late.update(actor_codes.assign_rank_officers(doc, record.actors,
                                                     actor_codes.literal_countries(record.literal_places)))
        _lend_local_post_codes(record, {**{i: code for i, (code, _) in hidden.items()}, **late})


def _extract(doc: Doc, record: Record, min_confidence: float | None = None) -> list[Event]:
    threshold = default_min_confidence() if min_confidence is None else min_confidence
    index = doc._.actor_index
    if index is None:
        return []
    _fill_actor_codes(record)
    from newsledger.extract.quotes import speech_verbs

    speech = speech_verbs()
    raw: list[tuple[Span, RawEvent]] = []  # every sentence coded before any actor is resolved (resolving adds actors)
    for sent in nlp.sents(doc):
        verb_events = code_sentence(sent, speech)
        raw += [(sent, ev) for ev in [*verb_events, *nominal_events(sent, verb_events)]]
    resolved = [(sent, ev, *_arguments(index, record, ev)) for sent, ev in raw]
    pairs = _conflict_pairs(record, resolved)
    adversary = _adversaries(record, pairs)
    events: list[Event] = []
    lemmas: dict[int, str] = {}  # id(event) -> its trigger's lemma
    alleged: set[int] = set()  # id(event) of acts told as a claim's or report's content (status._alleged)
    seen: set[tuple] = set()
    lent: dict[int, tuple] = {}  # id(event) -> (its lent target's id, its target's id): events._on_lent
    lent_src: dict[int, tuple] = {}  # id(event) -> (its lent source's id, its source's id)
    fresh: set[int] = set()  # id(event) of new custody episodes ("transferred to X and detained there")
    for sent, ev, srcs, tgts, codes in resolved:
        for e in _events_of(index, record, doc, sent, ev, srcs, tgts, codes, pairs, adversary, seen, lent, lent_src):
            if e.confidence >= threshold:
                events.append(e)
                lemmas[id(e)] = ev.trigger.lemma_.lower()
                if _new_custody_episode(ev.trigger):
                    fresh.add(id(e))
                if e.status == "denied" and _alleged(ev.trigger):
                    alleged.add(id(e))

    def no_act(e: Event) -> bool:
        return not_an_act(e, id(e) in alleged)

    def merged(events: list[Event]) -> list[Event]:
        # a denied act does not take the place of a real one of its type in the sentence; it is dropped at the end
        events = _one_per_sentence_type(events, lambda e: e.status != UNASSERTED and no_act(e))
        events = _link_described_persons(index, record, doc, events, lemmas)
        events = _on_lent(events, lent, lambda es: _first_mentions(record, es, fresh))
        return [e for e in _on_lent(events, lent, lambda es: _retold_acts(record, es, lemmas, fresh)) if not no_act(e)]

    # a filled source (arguments._resource) is lent out while the acts are merged: they stand on the reading before
    events = _on_lent(events, lent_src, merged, "source")
    for i, e in enumerate(events, 1):
        e.id = f"e{i}"
    return events


def _on_lent(events: list[Event], lent: dict[int, tuple], step, field: str = "target") -> list[Event]:
    """`step` (the merging of an act's later mentions) run with each rewritten event's lent target (or source, with
    `field` "source") in its place: a target rule changes the target field only, so an event it cleared ("We're
    going to be removing our troops" -> none) is not merged into another act it was apart from before
    (arguments._retarget); the source rule likewise (arguments._resource)."""
    for e in events:
        if id(e) in lent and getattr(e, field) == lent[id(e)][1]:
            setattr(e, field, lent[id(e)][0])
    try:
        return step(events)
    finally:
        for e in events:
            if id(e) in lent and getattr(e, field) == lent[id(e)][0]:
                setattr(e, field, lent[id(e)][1])


def _arguments(index, record: Record, ev: RawEvent) -> tuple[list, list, tuple]:
    """A raw event's sources and targets as actors (None where none is identified; see the module docstring for
    the rules, in the order they apply) and the coder's actor codes for them."""
    _reduced_passive(ev)
    index.office_moves.clear()  # the office rule's reads of this event's own arguments (_lend_office_holders)
    srcs = [_speaker_for(record, h, ev) or _actor(index, h, record, create=True) for h in ev.sources] \
        or [_act_agent(index, ev, record) or _cue_speaker(record, ev) or _quoted_speaker(record, ev)]
    if all(a is None for a in srcs) and ev.type in VERBAL_TYPES and ev.speech_head is not None:
        srcs = [_speaker_of(index, record, ev.speech_head)]  # "X said ... and called on Y to ...": X
    tgts = [(_act_owner(index, h, record) if ev.type in JUDGED_ACT_TYPES else None)
            or _status_holder(index, h, record) or _sent_to(index, h, record) or _actor(index, h, record, create=True)
            or _act_noun_target(index, h, record) or _custody_target(index, h, ev)
            or _described_person(index, h, ev) for h in ev.targets] or [None]
    tgts = _met_with(index, record, ev, srcs) or tgts  # "met with X to discuss Y": X, not the topic Y
    srcs, tgts = _reciprocal(index, record, ev, srcs, tgts)  # "A and B met": each other's counterpart
    if all(t is None or any(s is not None and s.id == t.id for s in srcs) for t in tgts):
        tgts = [c] if (c := _country_object(index, record, ev, srcs) or _aid_recipient(index, record, ev)
                       or _clause_party(index, record, ev, srcs)
                       or _taken_from(index, record, ev, srcs)
                       or _asked_from(index, record, ev, srcs)
                       or _sanctioned_party(index, record, ev, srcs)) is not None else tgts
    if ev.type not in ADVERSARY_TYPES:  # a hostile act's self-target goes to the article's adversary later
        tgts = [_free_description(index, h, a, srcs) for h, a in zip(ev.targets, tgts)] or tgts
    if all(t is None for t in tgts):  # "stormed a police barracks": the police, when nothing else is found
        ev.site_target = _held_site_target(index, record, ev)
    srcs = _disjoint(index, record, ev.sources, srcs, ev.targets, tgts)  # an object pronoun stays the
    # resolver's: re-resolved, it revived events the source==target rule had dropped (tune-half precision)
    tgts = _retarget(index, record, ev, srcs, tgts)  # the target field only: the event stands on the lent one
    srcs = _resource(index, record, ev, srcs, tgts)  # the source field only: the event stands on the lent one
    _lend_office_holders(index, record, ev, srcs, tgts)
    for h, a in [*zip(ev.sources, srcs), *zip(ev.targets, tgts)]:
        _country_from_phrase(a, h)
    codes = _coder_codes(ev, srcs, tgts)
    for j, was in ev.lent_targets.items():  # a replaced target is no actor of its head's phrase: its own code
        if was is not None and tgts[j] is not None and tgts[j].id != was.id \
                and all(k in ev.lent_targets for k, t in enumerate(tgts) if t is tgts[j]):
            codes[1].pop(tgts[j].id, None)
    return srcs, tgts, codes


def _lend_office_holders(index, record: Record, ev: RawEvent, srcs: list, tgts: list) -> None:
    """An office phrase the resolver read as its holder ("the Israeli prime minister" -> the person the article
    names so, ActorIndex._office_holder) changes the source or target field only: the event's existence (its
    confidence, the no-act filters, its repeat key, the merging of its later mentions) is decided on the reading
    without the rule, lent as `_resource`'s fill is (ev.lent_sources, ev.lent_targets), so the rule never adds or
    drops an event. Revision quotespk46r: a later "the Israeli premier called for a halt" was no longer merged with
    the headline's call once its source was the holder (a repeat let through). The reading without the rule is the
    argument resolved again with the rule off and nothing created; where it is the holder already ("the Turkish
    president, X": the apposed name, another path's) or nothing, nothing is lent. Only the reads made while this
    event's own arguments were resolved count (`_arguments` clears them first)."""
    moves = index.office_moves
    if not moves:
        return
    for heads, actors, lent, is_src in ((ev.sources, srcs, ev.lent_sources, True),
                                        (ev.targets, tgts, ev.lent_targets, False)):
        for i, (h, a) in enumerate(zip(heads, actors)):
            was = moves.get(getattr(h, "i", -1))
            if a is None or was is None or was[1].id != a.id or i in lent:
                continue
            with index.without_office_rule():
                before = (_speaker_for(record, h, ev) if is_src else None) or _actor(index, h, record, create=False)
            if before is not None and before.id != a.id:
                lent[i] = before


AGENTLESS_ACTS = D.word_class("agentless_acts")
CUSTODY_CHARGE_VERBS = frozenset(D.word_class("custody_charge_verbs"))
CUSTODY_VERBS = frozenset(D.word_class("custody_verbs")) | frozenset(D.word_class("retold_custody_verbs"))


def _custody_charge(trigger) -> bool:
    """A verb of charging (custody_charge_verbs) coordinated with a custody verb (custody_verbs,
    retold_custody_verbs): CAMEO 173 "Arrest, detain, or charge with legal action" codes the arrest and the charge
    as one act, so the charge is no ACCUSE of its own (round 32's gate: an ACCUSE Cuba -> Mora beside the COERCE of
    "Mora was arrested by Cuban authorities in October 2003 and charged with conspiracy")."""
    if trigger.lemma_.lower() not in CUSTODY_CHARGE_VERBS:
        return False
    partners = [trigger.head] if trigger.dep_ == "conj" else []
    partners += [c for c in trigger.children if c.dep_ == "conj"]
    return any(v.lemma_.lower() in CUSTODY_VERBS for v in partners)


def _agentless_act(ev: RawEvent, target) -> bool:
    """A court's act the text leaves agentless, as it leaves an arrest ("Mladic was convicted of genocide", "was
    convicted on terror charges last year in Turkey"): a trigger of AGENTLESS_ACTS (PLOVER SANCTION mode convict; the
    court is the implied agent, and event-annotation.md leaves the source empty when the text never names it). Not
    under a modal ("no member of the government can be convicted": a rule, no act), and not on a state: a court
    convicts persons and bodies, and a country target is the resolver's reading of a possessor or a pronoun
    ("Hungary's former intelligence chief was convicted" read as Hungary; both found in the pool 6 reading)."""
    if ev.trigger.lemma_.lower() not in AGENTLESS_ACTS:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in ev.trigger.children):
        return False
    return getattr(target, "kind", None) != "country"


def _events_of(index, record: Record, doc: Doc, sent: Span, ev: RawEvent, srcs: list, tgts: list, codes: tuple,
               pairs, adversary, seen: set[tuple], lent: dict[int, tuple] | None = None,
               lent_src: dict[int, tuple] | None = None) -> list[Event]:
    """The events of one raw event, one per (source, target) it resolved to, each with its confidence: its status
    and type (none for a clause that asserts no act), an attacker left unknown given the article's adversary,
    and the acts that are none dropped (no identifiable actor, a generic verb without its argument, a contest, no
    counterpart, a body's own meeting, a repeat of the same trigger and actors: `seen`)."""
    status, asserted_by, typ, cameo = _status(record, doc, ev)
    if status is None:
        return []
    out = []
    for i, filled in enumerate(srcs):
        src = ev.lent_sources[i] if i in ev.lent_sources else filled  # the source rule's fill is lent (_resource)
        for j, tgt in enumerate(tgts):
            rewritten = j in ev.lent_targets  # a target rule rewrote it: the event stands on the reading before
            s, t = _actor_pair(record, ev, typ, src, ev.lent_targets[j] if rewritten else tgt, adversary)
            decided_s = s if s is not None else _literal_source(index, ev)  # its existence, on the reading before
            if _no_act(ev, typ, decided_s, t):
                continue
            t = _visit_host(index, record, ev, s, t)
            if _no_act_with(index, record, ev, typ, status, asserted_by, decided_s, t,
                            ev.targets[j] if rewritten else _head_of(ev, tgts, tgt)):
                continue
            lent_t = t  # what the event's existence is decided on (its confidence, the repeat key)
            if rewritten:
                t = tgt if tgt is not None and (s is None or s.id != tgt.id) else None
            key = (ev.trigger.i, s.id if s else None, lent_t.id if lent_t else None)
            if key in seen:
                continue
            seen.add(key)
            by = (s.id if s else None) if asserted_by == "SOURCE" else asserted_by
            arranged = arranged_status(record, doc, ev, typ, cameo, status, s, t)
            e = _event(record, doc, sent, ev, typ, cameo, s, t, _claim_status(record, arranged, by, s, t, pairs,
                                                                   _custody_act(ev)), by)
            e.source_code, e.target_code = _event_code(codes, 0, s), _event_code(codes, 1, t)
            # a target filled by the structural fallbacks lends the act no confidence (arguments._mark_structural)
            e.confidence = round(confidence(features(record, ev, typ, decided_s,
                                                     None if ev.structural_target else lent_t)), 3)
            if lent_t is not t and lent is not None:
                lent[id(e)] = (lent_t.id if lent_t else None, e.target)
            if filled is not src and s is src and filled is not None and (e.target is None or e.target != filled.id):
                e.source, e.source_code = filled.id, _event_code(codes, 0, filled)
                if lent_src is not None:
                    lent_src[id(e)] = (src.id if src else None, filled.id)
            out.append(e)
    return out


def _actor_pair(record: Record, ev: RawEvent, typ: str, src, tgt, adversary) -> tuple:
    """(source, target) of one resolved pair: an unknown attacker or a missing or self target filled from the
    article's adversary, a targeted site's side when the adversary gives none, never an actor acting on itself."""
    s, t = src, tgt
    if ev.attacker_unknown:
        s, t = (adversary(t) if t else None), t
    elif typ in ADVERSARY_TYPES and s is not None and (t is None or _same(record, s, t)):
        if typ in CONFLICT or ev.trigger.lemma_.lower() in {"deny", "refuse", "reject"}:
            t = adversary(s)
    if t is None and ev.site_target is not None:  # a targeted site's side, when the adversary gives none
        site = ev.site_target  # (after it: "attacked an army base, killing 12 soldiers" keeps the soldiers
        if callable(site):  # the reports of the same attack merge on, tests/test_feeds.py)
            kept = confidence(features(record, ev, typ, s, site)) >= default_min_confidence()
            site = ev.site_target = site() if kept and s is not None else None  # made for a kept event only
        t = site if site is not None and (s is None or s.id != site.id) else None
    if s is not None and t is not None and s.id == t.id:
        t = None  # an actor does not act on itself ("Turkey -> Turkey CONCEDE")
    return s, t


def _literal_source(index, ev: RawEvent) -> Actor | None:
    """For an act whose source the coder found in a country's or capital's name read literally, or in a phrase it
    premodifies ("the Brussels subway bomb blast", "protesters in southern India protest", "the Paris attack would
    snap voters out": index.literal_tokens), the state that name was read as before (actors._literal_place), as an
    actor outside the record; else None. The name is no actor, but the act the clause reports is no less real:
    its existence and confidence are decided on the reading before, as a lent target's are, and it is kept with
    its source left empty."""
    words = [i for h in ev.sources for i in range(h.left_edge.i, h.i + 1)]  # the heads and their premodifiers
    iso2 = next((index.literal_tokens[i] for i in words if i in index.literal_tokens), None)
    if iso2 is None:
        return None
    return Actor(id="", name=lexicon.country_name(iso2) or iso2, kind="country", country=iso2,
                 code=lexicon.iso3_of().get(iso2), code_source="country")


def _no_act(ev: RawEvent, typ: str, s, t) -> bool:
    """The pair makes no act of this type: no identifiable actor, a generic verb without its argument, a contest
    or an election won, one person's gathering."""
    if s is None and (t is None or (typ not in CONFLICT and not _agentless_act(ev, t))):
        return True  # an act needs an identifiable actor: only an attack, arrest or conviction may be agentless
    if typ == "ACCUSE" and _custody_charge(ev.trigger):
        return True  # "was arrested by Cuban authorities ... and charged with conspiracy": the arrest's CAMEO 173
    if t is None and typ in {"ACCUSE", "REQUEST"} and _bare_default(ev):
        return True  # PETRARCH's discipline: a generic verb codes an act only with its pattern's argument
    if _contest_verb(ev, typ) and not (_armed(s) or _armed(t)):
        return True  # "the Cubs beat San Francisco", "Trump defeated Clinton": a contest, no fight or threat
    if _electoral_contest(ev) and not (_armed(s) or _armed(t)):
        return True  # "would beat X 52 to 38 percent", "captured the nomination": an election won, no act
    if typ == "COERCE" and _won_in_a_vote(ev, s) and not _armed(s):
        return True  # "Clinton captured Virginia", "capture the Senate": won in a vote, no seizure
    return typ == "PROTEST" and _one_person_gathering(ev, s)  # "a Trump rally": one person's gathering


def _no_act_with(index, record: Record, ev: RawEvent, typ: str, status: str, asserted_by, s, t, head) -> bool:
    """The pair, its target's host settled, makes no act: no counterpart, a body's own meeting, no political
    meeting, a retold agreement, someone else's conjecture."""
    if _no_counterpart(ev, typ, s, t, head):
        return True  # a journey, a place or the public is no one met, visited or threatened
    if t is None and _eased_sanction(ev) is not None:
        return True  # sanctions lifted with no sanctioned party named: the target unknown, no event
    if _internal_meeting(ev, t):
        return True  # a cabinet meeting: one body's own members, no counterpart
    if typ == "CONSULT" and _no_consult_meeting(ev, s, t):
        return True  # "met with resistance", "met up with a friend": no meeting between political actors
    if typ == "CONSULT" and _unofficial_talk(ev, s, t):
        return True  # "X speaks with Y, head of the drama department": no political actor on a side
    if typ == "AGREE" and _retold_agreement(ev):
        return True  # "the agreement had been reached": the deal the article told before
    return _prediction(index, record, ev, typ, status, s, asserted_by)  # could, might, should: no act

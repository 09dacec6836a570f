"""CAMEO actor codes of an event's source and target: the coder's codes for the phrase, else the actor's own
(country, sector), filled once per record."""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsledger.extract.eventcoding import actorcodes
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.model import Actor, Record
from newsledger.resolve import lexicon


def _coder_codes(ev: RawEvent, srcs: list, tgts: list) -> tuple[dict, dict, str | None, str | None]:
    """The coder's country codes for each side (actorcodes.codes_by_head; issue 16: the extract path lost them),
    keyed by the id of the record actor each coder head resolved to ((code, the phrase's own)), then each side's
    event-level code. An actor the resolver left uncoded (no code, no decision: code_source empty) takes its head
    phrase's own country ("Burundian militiamen" -> BDI; not a pronoun's, which the coder reads from the words
    before it); an actor it decided on (a dated role, "none") keeps its decision, the event carrying the phrase's
    code beside it."""
    src_heads, tgt_heads, src_all, tgt_all = actorcodes.codes_by_head(ev)
    sides = []
    for tokens, heads, actors in ((ev.sources, src_heads, srcs), (ev.targets, tgt_heads, tgts)):
        side: dict[str, tuple[str | None, bool]] = {}
        if len(heads) == len(actors):
            for h, (code, own), a in zip(tokens, heads, actors):
                if a is None:
                    continue
                side.setdefault(a.id, (code, own))
                if own and code and h.pos_ != "PRON" and not a.code and not a.code_source and a.kind != "country":
                    a.code = code
        sides.append(side)
    return sides[0], sides[1], src_all, tgt_all


def _event_code(codes: tuple[dict, dict, str | None, str | None], side: int, a: Actor | None) -> str | None:
    """The event's country-level code for one side: the country of the phrase its actor was resolved from, else the
    actor's own country (an actor found elsewhere: a speaker, a country object, the adversary; or a phrase without
    a country: "it" whose actor is the United States), else the coder's guess for that side (the domestic rule: an
    uncoded source beside a coded target is its compatriot), and with no actor on that side the coder's
    event-level code (CAMEO codes the target country of "attacked a camp for Congolese refugees" though no actor is
    named)."""
    by_actor, level = codes[side], codes[2 + side]
    if a is None:
        return level
    code, own = by_actor.get(a.id, (None, False))
    actor_country = (a.code or "")[:3] if actorcodes.countryish(a.code) else None
    return (code if own else None) or actor_country or code


def _fill_actor_codes(record: Record) -> None:
    for a in record.actors:
        if a.code or a.code_source:  # decided by the actor resolver from the actor itself (issue 17)
            continue
        a.code = _code_for_actor(record, a)


def _lend_local_post_codes(record: Record, hidden: dict[str, str]) -> None:
    """After the event coder (extract): a spokesman or officers the coder filled in (code_source None) of a body
    coded by its local public sector alone ("a spokesman for the Dover Police": the body COP, `hidden` = its id ->
    its code, resolve/actor_codes.hide_local_posts) take the body's code, as "a Pentagon spokesman" its body's: the
    body places no one in a country. Given after the events are made, so no event reads it."""
    for a in record.actors:
        aff = hidden.get(a.affiliation or "")
        if aff and a.code_source is None and a.kind in {"person", "group"} and a.id not in hidden \
                and not _dictionary_code(a):
            a.code = aff


def _dictionary_code(a: Actor) -> str | None:
    """The dictionaries' code of the actor's name or first alias that has one."""
    return next(filter(None, (D.actor_codes().get(" ".join(re.findall(r"[\w.'-]+", n.lower())))
                              for n in [a.name, *a.aliases])), None)


def _code_for_actor(record: Record, a: Actor) -> str | None:
    code = _dictionary_code(a)
    if code:
        return code
    country = None
    if a.country:

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
    if a is None or a.kind == "country" or actorcodes.countryish(a.code) or a.code_source:
        return
    code = actorcodes.deep_code(head, pron=False)
    if not actorcodes.countryish(code):
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
    """The article's most mentioned country, counting its names in their literal reading (record.literal_places:
    "the Nairobi residents" names Kenya though it is no actor) with its country actor's mentions."""
    tally: dict[str, int] = {}
    for c in (a for a in record.actors if a.kind == "country"):
        code = _code_for_actor(record, c) if c.code is None else c.code
        if code:
            tally[code[:3]] = tally.get(code[:3], 0) + c.mentions
    for iso2, mentions in record.literal_places.items():
        code = lexicon.iso3_of().get(iso2)
        if code:
            tally[code] = tally.get(code, 0) + mentions
    return max(tally, key=tally.get) if tally else None


def _text_before(record: Record, a: Actor) -> str:
    starts = [e.start for e in record.entities if e.actor == a.id]
    if not starts:
        return ""
    text = record.article.text
    start = min(starts)
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), text.rfind(",", 0, start)) + 1
    words = text[line_start:start].split()[-6:]
    return " ".join(words)

"""What a claim is about: the objects its topic word takes (places, groups, people), the places and victims of an
act, the parties a claim holds responsible or clears, the people it names."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from newsledger.extract.claims.model import ARTICLE, Claim, View
from newsledger.extract.claims.vocabulary import _form_of, _norm, negated_cues, speech_verbs
from newsledger.resolve.lexicon import country_of_name, described_organization, iso3_of


def _state_key(speaker_text: str) -> str | None:
    """The state ("state:SYR", as `_party_keys` names a state) a speaker is named by when its words hold a country
    name or demonym ("Official Syrian", "Syria"), for a speaker the record has no actor for."""
    names = country_of_name()
    words = _norm(speaker_text).lower().replace("'s", "").split()
    iso2 = names.get(" ".join(words)) or next((names[w] for w in reversed(words) if w in names), None)
    iso3 = iso3_of().get(iso2 or "")
    return f"state:{iso3}" if iso3 else None


_NAME = r"[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|(?:al|el|ez|az|as|ad|ar|an|ash|de|du|bin|ibn)(?:-[\w']+)?\b))*"

_LEAD = (r"(?:(?:control|hold|charge)\s+(?:of|over)\s+|over\s+|of\s+|from\s+|out\s+of\s+|back\s+)?(?:the\s+)?"
         r"(?:(?:northern|southern|eastern|western|central|key|strategic|besieged|last|nearby|border|rebel-held|"
         r"government-held|\w+-held)\s+)*")

_GENERIC = r"(?:town|city|village|district|province|region|area|base|airport|stronghold|enclave|pocket|county|valley)"

_AFTER_NAME = re.compile(r"^\s*" + _LEAD + r"(?:" + _GENERIC + r"\s+of\s+)?(?P<name>" + _NAME + r")")

_AFTER_GENERIC = re.compile(r"^\s*" + _LEAD + _GENERIC + r"\b")

_BEFORE_NAME = re.compile(r"(?P<name>" + _NAME + r")(?:\s+" + _GENERIC + r")?\s*$")

# a negation may stand between the auxiliary and the participle ("X is not defeated", "X is far from defeated")
_NOT_YET = r"(?:(?:not|never|yet|still|far from|no longer|\w+ly)\s+)*"

_AUX_TAIL = re.compile(r"\s+(?:had|has|have|would|will|could|did|does)?\s*(?:not\s+|never\s+|n't\s+)?"
                       r"(?:yet\s+|already\s+|now\s+)?(?:been|be|was|were|is|are|'s)?\s*" + _NOT_YET
                       + r"(?:being\s+)?$")

_PASSIVE = re.compile(r"\b(?:been|was|were|be|being|is|are|'s)\s+" + _NOT_YET + "$", re.I)

_FALL = re.compile(r"^(?:fell|fallen|has fallen|have fallen|fell to)", re.I)

# "X no longer holds / still holds territory": the name before the verb is what the claim is about, as for a fall
_HOLDER = re.compile(r"^(?:no\s+longer|still)\s", re.I)

_CLAUSE = re.compile(r"(?:\b(?:that|whether|reports?|claims?|after|when|because|as|and|but)\b|[,;:\u2013\u2014(])",
                     re.I)

_GENERIC_SUFFIX = re.compile(r"\s+(?:province|governorate|city|town|district|region|village|county)$")

_FUNCTION = {"the", "a", "an", "its", "their", "his", "her", "our"}

# a group's name used as a modifier of people ("Isis fighters", "YPG commanders"): the capture of people
_PEOPLE_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:fighters?|militants?|members?|commanders?|leaders?|soldiers?|troops|"
                           r"suspects?|jihadis?|jihadists?|recruits?|prisoners?|detainees?|wives|women|children|"
                           r"families|supporters?|officials?|operatives?)\b", re.I)

# a group named by what it is, not by its name ("the terror group", "the caliphate", "the militants", "it"): the
# nouns news uses for an armed group (WordNet terrorist_organization.n.01, militant.n.01, caliphate.n.01,
# insurgent.n.01, jihadist) and the pronouns that refer back to one
_GROUP_NOUNS = (r"(?:terror\s+|terrorist\s+|jihadist\s+|militant\s+|extremist\s+|armed\s+)?(?:group|organi[sz]ation|"
                r"caliphate|militants|jihadists|jihadis|terrorists|insurgents|extremists|militia)")

_DESCRIPTOR = re.compile(r"^\s*(?:(?:the|its|their|this|that|so-called|self-declared|self-styled|self-proclaimed|"
                         r"territorial|physical)\s+)*(?:"
                         + _GROUP_NOUNS + r"|it|they|them)\s*$|^\s*(?:the\s+)?(?:" + _GROUP_NOUNS + r"|it|them)\b",
                         re.I)

_DESCRIPTOR_TAIL = re.compile(r"\s+" + _GROUP_NOUNS + r"$", re.I)


def _groups_before(v: View, q: dict[str, Any], at: int) -> list[str]:
    """The names of the groups (organizations, armed groups) a descriptor refers back to: those named before `at`
    in its sentence, else in the sentence before, besides the speaker's own side."""
    own = v.side(q.get("speaker"))
    k = v.sentence_index(at)
    spans = []
    if k >= 0:
        spans.append((v.sentences[k]["start"], at))
    if k > 0:
        spans.append((v.sentences[k - 1]["start"], v.sentences[k - 1]["end"]))
    for s, e in spans:
        found = [a for _e, a in v.entity_actors(s, e) if a not in own
                 and v.actors.get(a, {}).get("kind") in {"organization", "group"}]
        if found:
            return sorted({_key(n) for a in found for n in v.names(a)} - {""})
    return []


_PARTICIPLE = re.compile(r"^\w+(?:ed|en)$|^(?:taken|overrun|wiped out)$", re.I)


def _after_verb_of_saying(clause: str) -> str:
    """The complement of the last verb of saying or believing in a clause, when "that" is left out ("the UK does
    not believe Islamic State has been" -> "Islamic State has been"); the clause itself when there is none."""
    words = list(re.finditer(r"\b[a-z]+\b", clause))
    for w in reversed(words):
        if _form_of(w.group(0), speech_verbs() | negated_cues()):
            return clause[w.end():]
    return clause


def _key(name: str) -> str:
    k = " ".join(_norm(name).lower().replace("'s", "").split())
    k = k[4:] if k.startswith("the ") else k
    return _GENERIC_SUFFIX.sub("", k).strip(" .,'\"")


def _objects(v: View, q: dict[str, Any], content: str, m: re.Match) -> list[str] | None:
    """The names of what a topic claim says was taken or lost: the name after an active verb ("captured X",
    "took control of the town of X", "withdrew from X"), or before a passive one or a fall ("X had been
    captured", "X has not fallen"). A generic place noun ("the city's stadium", "the town") stands for the
    places named in the sentence or the one before; a group named by a descriptor or a pronoun ("the terror group
    had been defeated", "defeated them") stands for the groups named before it in the sentence or the one before;
    a person ("its commander had been captured") gives []; None when nothing can be told."""
    passive = (bool(_FALL.match(m.group(0))) or bool(_HOLDER.match(m.group(0)))
               or bool(_PASSIVE.search(content[:m.start()])))
    if passive:
        tail = _after_verb_of_saying(_CLAUSE.split(content[:m.start()])[-1])
        tail = _AUX_TAIL.sub("", tail)
        mm = _BEFORE_NAME.search(_DESCRIPTOR_TAIL.sub("", tail))  # "the Islamic State caliphate": its name
        generic = _AFTER_GENERIC.match(tail)
        name = mm.group("name") if mm and len(tail.split()) <= 6 else None
        if name and name.split()[0].lower() in _FUNCTION:
            name = None
        where = (content.rfind(tail, 0, m.start()) + mm.start("name")) if name else -1
    else:
        after = content[m.end():]
        mm = _AFTER_NAME.match(after)
        generic = _AFTER_GENERIC.match(after)
        name = mm.group("name") if mm else None
        where = m.end() + mm.start("name") if mm else -1
        if mm and _PEOPLE_AFTER.match(after[mm.end():]):
            return []  # "captured Isis fighters": people taken, not ground
        tail = after[:40]
        if not mm and not generic and _PARTICIPLE.match(m.group(0)):
            # a participle after its object, with no verb between: "declared Isis defeated", "with Raqqa captured"
            before = _BEFORE_NAME.search(_after_verb_of_saying(_CLAUSE.split(content[:m.start()])[-1]))
            if before and before.group("name").split()[0].lower() not in _FUNCTION:
                mm, name = before, before.group("name")
                where = content.rfind(name, 0, m.start())
    if name:
        return _name_keys(v, q, name, q["start"] + where)
    if generic:
        return _nearby_place_keys(v, q)
    if _DESCRIPTOR.match(tail):
        # "the caliphate" with no group named before it: the organization it names (lexicon)
        return _groups_before(v, q, q["start"] + m.start()) or described_organization(_DESCRIPTOR.match(tail).group())
    return []


def _name_keys(v: View, q: dict[str, Any], name: str, a0: int) -> list[str]:
    """The keys of a taken or lost name at offset `a0`: the name, the places it overlaps (not a whole country) and
    a group's other names; [] when the name is a side in the dispute (the speaker)."""
    keys = {_key(name)}
    for p in v.places:  # the places the name overlaps: their names too ("kobani" and its gazetteer name)
        if not (p["start"] < a0 + len(name) and a0 < p["end"]):
            continue
        if p.get("kind") in {"country", "continent"}:  # a whole country is no place to match on
            keys -= {_key(p["text"]), _key(name)}
        else:
            keys |= {_key(p["text"]), _key(p.get("name") or p["text"])}
    # a group's other names ("Isis", "Islamic State"): its actor's name and aliases
    for _entity, actor in v.entity_actors(a0, a0 + len(name)):
        if v.actors.get(actor, {}).get("kind") in {"organization", "group"}:
            keys |= {_key(n) for n in v.names(actor)}
    # a name that is a side in the dispute (an actor with a speaker's role) is no place
    if any(_key(v.name(x)) in keys for x in ([q.get("speaker")] if q.get("speaker") else [])):
        return []
    return sorted(k for k in keys if k)


def _nearby_place_keys(v: View, q: dict[str, Any]) -> list[str] | None:
    """A generic place noun ("the town") stands for the places (not countries) named in the claim's sentence or
    the one before: their keys, None when there are none."""
    sent = v.sentence_of(q["start"], q["end"]) or {"start": q["start"], "end": q["end"]}
    k = v.sentence_index(sent["start"])
    spans = [(sent["start"], sent["end"])]
    if k > 0:
        spans.append((v.sentences[k - 1]["start"], v.sentences[k - 1]["end"]))
    keys = set()
    for s, e in spans:
        keys |= {_key(p["text"]) for p in v.places if s <= p["start"] and p["end"] <= e + 1
                 and p.get("kind") not in {"country", "continent"}}
        keys |= {_key(p.get("name") or "") for p in v.places if s <= p["start"] and p["end"] <= e + 1
                 and p.get("kind") not in {"country", "continent"}}
    return sorted(k for k in keys if k) or None


def _act_places(v: View, q: dict[str, Any]) -> list[dict[str, Any]]:
    """The places (below country level) named in the quote, else in its sentence: where the act it is about was (a
    capital standing for its state, "Moscow had evidence", names who speaks or acts, not where)."""
    sites = [p for p in v.places if p.get("kind") not in {"country", "continent"} and not v.stands_for_state(p)]
    inside = [p for p in sites if q["start"] <= p["start"] and p["end"] <= q["end"]]
    if inside:
        return inside
    sent = v.sentence_of(q["start"], q["end"]) or {"start": q["start"], "end": q["end"]}
    return [p for p in sites if sent["start"] <= p["start"] and p["end"] <= sent["end"] + 1]


def _event_places(v: View, q: dict[str, Any]) -> list[str] | None:
    """What a claim about an act is about, for topics whose claims name an act rather than a place taken ("was
    behind the attack on X", "denied carrying out" an attack the sentence places): the names of `_act_places`;
    None when none is named."""
    return sorted({k for p in _act_places(v, q) if (k := _key(p.get("name") or p["text"]))}) or None


VICTIM = "victim:"

# an act named by the person it was done to (Quirk et al. 1985, 17.51: the of-/on-phrase of a deverbal noun names
# its object): "March's attack on Sergei Skripal and his daughter", "the poisoning of the Skripals", "the attempted
# assassination of Mr Skripal", "the murder of dissident journalist Jamal Khashoggi", "the poisoning of Alexander
# Litvinenko" (seven such mentions in four articles of the unscored Guardian sample): that person identifies the
# act as a place does ("the attack on Douma"), so a claim about it answers only claims naming the same person
_ACT_ON = re.compile(r"\b(?:attacks?|poisonings?|murders?|assassinations?|killings?|abductions?|kidnappings?|"
                     r"beheadings?|executions?|shootings?|stabbings?)\s+(?:on|of)\s+(?:(?:the|a|an|mr|mrs|ms|dr|"
                     r"[a-z][\w-]*)\.?\s+){0,4}$")


def _victims(v: View, q: dict[str, Any]) -> list[str]:
    """The people an act the quote names was done to (`_ACT_ON` right before a person's name), as "victim:" and
    the surname ("the Skripals" and "Sergei Skripal" are one family)."""
    out = set()
    for e, a in v.entity_actors(q["start"], q["end"]):
        if v.actors.get(a, {}).get("kind") != "person" or not _ACT_ON.search(
                _norm(q["text"][max(0, e["start"] - q["start"] - 80):e["start"] - q["start"]])):
            continue
        surname = (_key(v.name(a)).split() or [""])[-1]
        if surname.endswith("s") and re.search(r"\bthe\s+$", q["text"][:e["start"] - q["start"]], re.I):
            surname = surname[:-1]  # "the Skripals": the family
        if surname:
            out.add(VICTIM + surname)
    return sorted(out)


def _act_objects(v: View, q: dict[str, Any]) -> list[str] | None:
    """What a claim about an act is about: the places of `_event_places` and the people it was done to
    (`_victims`); None when it names neither."""
    return sorted({*(_event_places(v, q) or []), *_victims(v, q)}) or None


def _same_victims(a: Claim, b: Claim) -> bool:
    """Whether two claims about an act are about acts on the same people, when either names the people an act was
    done to: "denied involvement in the attack on X" does not answer "bears responsibility for the victims of
    chemical weapons in Syria"."""
    va = {o for o in a.objects or [] if o.startswith(VICTIM)}
    vb = {o for o in b.objects or [] if o.startswith(VICTIM)}
    return bool(va & vb) if va or vb else True


def _event_sites(v: View, q: dict[str, Any]) -> list[tuple[float, float]] | None:
    """Where the towns of `_act_places` lie (latitude, longitude): a town or city the gazetteer places, not a region
    or a province (whose point is no place of an act); None when none is placed."""
    return sorted({(p["lat"], p["lon"]) for p in _act_places(v, q)
                   if p.get("kind") == "city" and p.get("lat") is not None and p.get("lon") is not None}) or None


def _event_regions(v: View, q: dict[str, Any]) -> list[str] | None:
    """The provinces (the gazetteer's admin1) that the towns of `_act_places` lie in: one outlet names the town
    of an attack ("the attack on Khan Sheikhoun"), another only its province ("the attack in Idlib province"). A
    province named as such is its own name, not a region (two towns of one province stay apart; `_shared`)."""
    return sorted({k for p in _act_places(v, q) if p.get("kind") != "admin1" and p.get("admin1")
                   if (k := _key(p["admin1"]))}) or None


def _provincial(v: View, q: dict[str, Any]) -> bool:
    """Whether every place of `_act_places` is a province (the claim places the act no closer than that)."""
    places = _act_places(v, q)
    return bool(places) and all(p.get("kind") == "admin1" for p in places)


# CAMEO's role codes of a state's own organs (CAMEO 1.1b3 actor codebook: government, military, police, judiciary,
# legislature, intelligence): "RUSGOV" (the Kremlin) and "RUS" (Russia) are one party in a dispute about an act
STATE_ROLES = {"", "GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def _party_keys(v: View, actor_id: str | None) -> set[str]:
    """The keys one party is matched on across articles: its names, and for a state's organ the state's code
    ("state:RUS" for the Kremlin, Russia, the Russian military; "state:SYR" for Assad and Syria)."""
    if not actor_id:
        return set()
    keys = {_key(n) for n in v.names(actor_id)}
    code = (v.actors.get(actor_id) or {}).get("code") or ""
    if code[3:] in STATE_ROLES and code[:3] in _state_codes():
        keys.add("state:" + code[:3])
    return keys


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    return frozenset(iso3_of().values())


def _act_parties(v: View, q: dict[str, Any], speaker: str | None, polarity: int, m: re.Match | None
                 ) -> list[str] | None:
    """Whom a claim about an act is about: for a claim for, the parties it holds responsible: those named between
    its speech cue and the topic word ("accused Russia of being behind X", "said the regime carried out X",
    "Syria's use of chemical weapons"), else after it ("was carried out by the regime"), or for a cue that is the
    claim the first named after the cue ("blamed the US for the crisis"), besides the speaker's own side; for a
    denial, the parties it clears (the actors named in its content, "denied that government forces carried out
    X", and the denier itself: "the Kremlin denied involvement"). Across articles an act is matched on these when
    one claim names no place (a denial seldom repeats where the act was)."""
    own = v.side(speaker) if speaker != ARTICLE else set()
    kinds = {"organization", "group", "person", "country"}

    def actors(start: int, end: int) -> list[str]:
        return [a for _e, a in sorted(v.entity_actors(start, end), key=lambda ea: ea[0]["start"])
                if a not in own and v.actors.get(a, {}).get("kind") in kinds]

    if polarity < 0:
        named = actors(q["start"], q["end"]) + sorted(own)
        state = _state_key(q.get("speaker_text") or "") if speaker is None else None
        if state:  # a denier the record has no actor for, named by its state ("Official Syrian claims that ...")
            return sorted({state, *(k for a in named for k in _party_keys(v, a) if k)})
    else:
        sent = v.sentence_of(q["start"], q["start"])
        start = q["start"]
        if speaker == ARTICLE and sent:
            start = sent["start"]
        elif sent and q.get("cue"):  # the object of the cue stands before the content: "accused Russia of ..."
            lead = _norm(sent["text"][:max(q["start"] - sent["start"], 0)])
            at = lead.lower().rfind(q["cue"].lower())
            if at >= 0 and sent["start"] + at >= (q.get("speaker_end") or 0):
                start = sent["start"] + at + len(q["cue"])
        if m is None:
            named = actors(start, q["end"])[:1]
        else:
            named = actors(start, q["start"] + m.start()) or actors(q["start"] + m.end(), q["end"])
    keys = set().union(*(_party_keys(v, a) for a in named)) if named else set()
    return sorted(k for k in keys if k) or None


def _named_parties(v: View, q: dict[str, Any], speaker: str | None) -> list[str] | None:
    """What a claim about a relation between parties is about ("the YPG is affiliated with the PKK", "denies any
    links to the PKK"): the names of the groups and people (not countries) the quote's sentence names, besides the
    speaker's own side; None when none is named."""
    own = v.side(speaker)
    sent = v.sentence_of(q["start"], q["end"]) or {"start": q["start"], "end": q["end"]}
    # the sentence, not the quote alone: the second party often stands just outside the quote ("affiliated with
    # the Kurdistan Workers' party (PKK)")
    keys = {k for _entity, actor in v.entity_actors(min(sent["start"], q["start"]), max(sent["end"] + 1, q["end"]))
            if actor not in own and v.actors.get(actor, {}).get("kind") in {"organization", "group", "person"}
            for k in (_key(n) for n in v.names(actor)) if k}
    return sorted(keys) or None


def _people_named(v: View, q: dict[str, Any]) -> list[str]:
    """The people a claim about a relation names in the quote's sentence, the speaker among them (whose membership
    of a group is claimed or denied: "Letts denies being a member of Isis", "X was charged with being a member of
    Y"), by their names' keys; [] when the sentence names none ("charged him with", "their son went to join")."""
    sent = v.sentence_of(q["start"], q["end"]) or {"start": q["start"], "end": q["end"]}
    start, end = min(sent["start"], q["start"]), max(sent["end"] + 1, q["end"])
    actors = {actor for _entity, actor in v.entity_actors(start, end)}
    actors |= {q["speaker"]} if q.get("speaker") else set()
    return sorted({k for a in actors if v.actors.get(a, {}).get("kind") == "person"
                   for k in (_key(n) for n in v.names(a)) if k})


# one person referred to without a name: a singular personal pronoun, a kinship or person noun, an age descriptor
# ("their son", "the 26-year-old"). Grammar, not a word list fitted to any data set.
_ONE_PERSON = re.compile(r"\b(?:he|him|his|himself|she|her|herself|son|daughter|husband|wife|brother|sister|father|"
                         r"mother|man|woman|boy|girl|teenager|\d+-year-old)\b", re.I)


def _same_people(a: Claim, b: Claim) -> bool:
    """Whether two claims about a relation are about the same people: when both name people, one of them (a surname
    alone matching the full name, as for deaths); when one names people and the other none, the other must refer to
    one person without naming them (a pronoun, "their son"): a denial by or about a named person does not answer a
    statement about a group or a class of people ("the YPG is linked to the PKK", "citizens who travelled to join
    Isis", "they were members of a cell"), issue 14 tenth round; when neither names people, what they share decides
    alone."""
    if not (a.subjects and b.subjects):
        if not (a.subjects or b.subjects):
            return True
        return bool(_ONE_PERSON.search((b if a.subjects else a).text))
    last = {n.split()[-1] for n in a.subjects}
    return bool(set(a.subjects) & set(b.subjects) or last & {n.split()[-1] for n in b.subjects})


def _person_named_in(v1: View, a: Claim, v2: View, b: Claim) -> bool:
    """Across articles, a claim that refers to one person without naming them ("he has been charged with being a
    member of Isis", "the 26-year-old travelled to join ...") is about the person the other claim names only when
    its own article names that person (by surname) somewhere, or names no person at all: a pronoun refers within its
    article, to one of the people it names (issue 14)."""
    if bool(a.subjects) == bool(b.subjects):
        return True
    named, unnamed_view = (a, v2) if a.subjects else (b, v1)
    surnames = {n.split()[-1] for n in named.subjects}
    known = {_key(n).split()[-1] for x, act in unnamed_view.actors.items() if act.get("kind") == "person"
             for n in unnamed_view.names(x) if _key(n)}
    return not known or bool(surnames & known)  # an article (or span) naming no one leaves it open


def _group_names(v: View, kinds: frozenset[str] | set[str] = frozenset({"organization", "group"})) -> set[str]:
    return set().union(*(v.names(a) for a, x in v.actors.items() if x.get("kind") in kinds))


def _place_names(v: View) -> set[str]:
    return {_key(p.get(k) or "") for p in v.places for k in ("text", "name")} - {""}

"""Contradictions across stored articles: topic claims, figures, war tolls, propositions, deflections and
accounts, each within its topic's time window."""
from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date
from typing import Any

from newsledger.extract.claims.about import _group_names, _party_keys, _person_named_in, _same_people, _same_victims
from newsledger.extract.claims.figures import _interval, comparable, conservative_total, figures_disagree
from newsledger.extract.claims.model import ARTICLE, Claim, View
from newsledger.extract.claims.statements import DEATH, PROPOSITION, _own_account, claims_of, restates
from newsledger.extract.claims.vocabulary import (
    TOPIC_WINDOW_DAYS,
    WINDOW_DAYS,
    _norm,
    group_windows,
    parties_windows,
    topic_deflected,
    topic_windows,
    topics,
)
from newsledger.extract.claims.within import _deflects, _fmt, _sides
from newsledger.resolve.lexicon import country_of_name


def _date(rec: dict[str, Any]) -> date | None:
    p = (rec.get("article") or {}).get("published")
    try:
        return date.fromisoformat(str(p)[:10]) if p else None
    except ValueError:
        return None


def cross_article(records: list[dict[str, Any]], window_days: int = WINDOW_DAYS,
                  topic_window_days: int = TOPIC_WINDOW_DAYS) -> list[dict[str, Any]]:
    """Contradictions between stored records (their JSON dicts): figures of the same kind about the same people
    and place in articles published within `window_days`, whose values cannot both be true; and a topic claim
    made in one article and disputed in another, published within the topic's window (claim_topics.tsv, else
    `topic_window_days`), by a different side, about the same thing. Each result says which articles, both sides
    (actor names) and the evidence (article id, item id, text), and for figures the conservative total (the
    lowest figure) with the values in dispute."""
    items = []
    for rec in records:
        v = View(rec)
        items.append((rec, v, claims_of(rec), _date(rec)))
    out: list[dict[str, Any]] = []
    for i, (ra, va, ca, da) in enumerate(items):
        for rb, vb, cb, db in items[i + 1:]:
            aid, bid = ra["article"]["id"], rb["article"]["id"]
            if aid == bid or (ra["article"].get("text_sha256") and
                              ra["article"].get("text_sha256") == rb["article"].get("text_sha256")):
                continue
            days = abs((da - db).days) if da and db else 0
            if days <= window_days:
                out.extend(_cross_figures(ra, va, ca, rb, vb, cb))
            out.extend(_cross_topics(ra, va, ca, rb, vb, cb, days, topic_window_days,
                                     lag=(db - da).days if da and db else 0))
            if days <= topic_window_days:
                out.extend(_cross_propositions(ra, va, ca, rb, vb, cb, out))
            out.extend(_cross_deflections(ra, va, ca, rb, vb, cb, days, window_days))
            if days <= window_days:
                out.extend(_cross_accounts(ra, va, ca, rb, vb, cb))
            if da and db and days <= WAR_TOLL_WINDOW_DAYS:
                out.extend(_cross_war_tolls(ra, va, ca, da, rb, vb, cb, db))
    return out


def _side_names(v: View, actor: str | None) -> set[str]:
    return set().union(*(v.names(x) for x in v.side(actor))) if actor else set()


def _evidence(rec: dict[str, Any], claim: Claim) -> dict[str, Any]:
    return {"article": rec["article"]["id"], "id": claim.evidence, "text": claim.text.strip()}


def _cross_figures(ra, va, ca, rb, vb, cb) -> list[dict[str, Any]]:
    out = []
    fa = [c for c in ca if c.topic.startswith("figure:") and c.place]
    fb = [c for c in cb if c.topic.startswith("figure:") and c.place]
    done = set()
    for a in fa:
        for b in fb:
            if not comparable(a, b):
                continue
            if not set(a.place.split(",")) & set(b.place.split(",")):
                continue
            key = (a.topic, a.of)
            if key in done or not figures_disagree(a, b):
                continue
            # a figure the other article also gives (agrees with) is corroborated, not disputed
            if any(_same_figure(a, x) and not figures_disagree(a, x) for x in fb) or \
                    any(_same_figure(b, x) and not figures_disagree(b, x) for x in fa):
                continue
            done.add(key)
            kind = a.topic.split(":", 1)[1]
            total = conservative_total([a.value, b.value])
            out.append({
                "kind": "figure", "scope": "cross-article",
                "claim": f"{kind} {a.of or ''} in {', '.join(sorted(_places(a) & _places(b)))}: "
                         f"{_fmt(a.value)} vs {_fmt(b.value)}",
                "articles": [ra["article"]["id"], rb["article"]["id"]],
                "asserted_by": [va.name(a.speaker) if a.speaker not in (None, ARTICLE) else _outlet(ra)],
                "disputed_by": [vb.name(b.speaker) if b.speaker not in (None, ARTICLE) else _outlet(rb)],
                "evidence_for": [_evidence(ra, a)], "evidence_against": [_evidence(rb, b)],
                "values": [a.value, b.value], "total": total, "total_rule": "ACLED: lowest reported figure",
            })
    return out


# the toll of a whole war (issue 14, seventh round): "more than 500,000 people have been killed in Syria since the
# conflict began" is a cumulative count, stated for years and never tied to one place or one week, so it is
# compared across articles beyond the figure window: a later figure that only allows values below what an earlier
# one allows disagrees with it (ANNOTATION.md, fifth round: a later higher figure of a cumulative count is a rising
# toll, a later lower one disagrees). A toll is the war's when it is in the hundreds of thousands (below), it counts
# people in general or a country's people ("Syrians"), it names one country (the war's; else the article's), it
# names no one who did the killing ("killed by", "X has killed": deaths attributed to one side are not the war's
# toll), no period shorter than the war ("in 2017", "the past three years") and is no part of a count.
# Tried and left out: a sentence naming the war ("the worst year of the war ... 910 killed") with any figure.
WAR_TOLL_WINDOW_DAYS = 365

# a toll in the hundreds of thousands is a war's whether or not its sentence names the war ("more than 500,000 people
# have died since 2011"): no single attack or battle reaches it (UCDP counts a war from 1,000 deaths a year)
WAR_TOLL_MIN = 100_000

_WAR_HEDGE = re.compile(r"\b(?:could|would|might|may|will|risk\w*|threat\w*|warn\w*)\b", re.I)

# a monitor's count of the deaths it documented by name, or a part of the toll ("188,957 of those deaths"), is not the
# war's estimated toll (ANNOTATION.md: parts of a whole agree)
_WAR_PART = re.compile(r"\b(?:documented|recorded|verified|identified|registered|named)\b|"
                       r"\d\s+of\s+(?:those|these|the|them)\b|"  # and a toll of one year or one stretch of the war:
                       r"\b(?<!began\s)(?<!started\s)(?:in|during)\s+(?:19|20)\d\d\b|\b(?:last|this|past|previous)\s+(?:\w+\s+)?(?:year|month|week)s?\b|"
                       r"\bin\s+the\s+interim\b", re.I)

_ATTRIBUTED = re.compile(r"\b(?:killed|murdered|slain)\s+by\b|\bat\s+the\s+hands\s+of\b|"
                         r"\b(?:blamed\s+on|caused\s+by)\b|"
                         r"\b(?:forces|regime|government|army|troops|coalition|militants|rebels|jihadists|fighters|group|"
                         r"strikes|airstrikes|bombing|bombings|bombardment|shelling)\s+(?:has|have|had)\s+(?:now\s+)?"
                         r"killed\b", re.I)


def _war_country(v: View, c: Claim) -> str | None:
    """The country whose war a death toll counts (see above), or None when the figure is no war's toll."""
    # a toll that "has risen to N" states the count too: rising is what a war's toll does (compared in date order)
    if c.topic != "figure:killed" or c.place or c.value is None or _ATTRIBUTED.search(_norm(c.text)):
        return None
    if c.value < WAR_TOLL_MIN or _WAR_HEDGE.search(c.text) or _WAR_PART.search(c.text):
        return None
    if any(v.actors.get(actor, {}).get("kind") not in (None, "country") and re.match(
            r"\s+(?:has|have|had)\s+(?:now\s+)?killed\b", _norm(c.text[e["end"] - c.start:]))
           for e, actor in v.entity_actors(c.start, c.end)):
        return None  # "Isis has killed ...": one side's toll
    of_country = country_of_name().get(c.of or "")
    if c.of != "people" and of_country is None:
        return None
    countries = {country_of_name().get((p.get("name") or p["text"]).lower()) for p in v.places
                 if p.get("kind") == "country" and c.start <= p["start"] and p["end"] <= c.end} - {None}
    countries |= {of_country} - {None}
    if not countries:  # the country the article is about: named most, at least twice
        named = Counter(country_of_name().get((p.get("name") or p["text"]).lower()) for p in v.places
                        if p.get("kind") == "country")
        named.pop(None, None)
        top = named.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            countries = {top[0][0]}
    return next(iter(countries)) if len(countries) == 1 else None


def _cross_war_tolls(ra, va, ca, da, rb, vb, cb, db) -> list[dict[str, Any]]:
    """A war's toll in one article and a later one in the other that only allows lower values (see above)."""
    (r1, v1, c1, d1), (r2, v2, c2, d2) = sorted(((ra, va, ca, da), (rb, vb, cb, db)), key=lambda x: x[3])
    out = []
    for a in c1:
        country = _war_country(v1, a)
        if country is None:
            continue
        for b in c2:
            # both count people in general or the country's people (`_war_country`): "Syrians" are Syria's people
            if _war_country(v2, b) != country or a.value is None or b.value is None:
                continue
            (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
            if not (bhi < alo or (d1 == d2 and ahi < blo)):
                continue
            out.append({
                "kind": "figure", "scope": "cross-article",
                "claim": f"killed {a.of or ''} in the war ({country}): {_fmt(a.value)} vs {_fmt(b.value)} later",
                "articles": [r1["article"]["id"], r2["article"]["id"]],
                "asserted_by": [v1.name(a.speaker) if a.speaker not in (None, ARTICLE) else _outlet(r1)],
                "disputed_by": [v2.name(b.speaker) if b.speaker not in (None, ARTICLE) else _outlet(r2)],
                "evidence_for": [_evidence(r1, a)], "evidence_against": [_evidence(r2, b)],
                "values": [a.value, b.value], "total": conservative_total([a.value, b.value]),
                "total_rule": "ACLED: lowest reported figure",
            })
            return out
    return out


def _places(c: Claim) -> set[str]:
    return set((c.place or "").split(","))


def _outlet(rec: dict[str, Any]) -> str:
    """Who stands for an article's unattributed figure: its outlet, else the article."""
    return rec["article"].get("outlet") or rec["article"]["id"]


def _same_figure(a: Claim, b: Claim) -> bool:
    return comparable(a, b) and bool(_places(a) & _places(b))


def _cross_topics(ra, va, ca, rb, vb, cb, days: int = 0, window_days: int = TOPIC_WINDOW_DAYS, lag: int = 0
                  ) -> list[dict[str, Any]]:
    """A topic claim in one article ("X said its forces captured P") and an explicit dispute of it in the other
    ("Z denied that P had fallen", "the claim that P was captured is false") by a speaker of another side, about
    the same thing: the names the two claims are about must meet (a claim about a person, or about nothing that
    can be named, is never matched). `days` apart, the two articles are compared on the topics whose window holds
    them. `lag`: days from the first article to the second. A group-window (a standing claim, answered for months)
    runs forward from the claim: past the topic's window, a dispute published before the claim answers an earlier
    claim, not this one (ANNOTATION.md: statements about different periods agree; "the fight against X is far from
    over" in December does not answer "X no longer holds any territory" in March)."""
    out = []
    for (r1, v1, c1), (r2, v2, c2), after in (((ra, va, ca), (rb, vb, cb), lag), ((rb, vb, cb), (ra, va, ca), -lag)):
        for topic in sorted({c.topic for c in c1 if c.topic in topics() and c.polarity > 0}):
            limit = topic_windows().get(topic, window_days)
            if days > max(limit, group_windows().get(topic, 0)):
                continue
            pro, con = _claims_and_disputes(topic, v1, c1, v2, c2)
            for c in con:
                hits = [x for x in pro if _disputed_by(topic, v1, x, v2, c, days, limit, after)]
                if not hits:
                    continue
                if any(c.evidence in [e["id"] for e in d["evidence_against"]]
                       and d["articles"][:2] == [r1["article"]["id"], r2["article"]["id"]] for d in out):
                    continue
                out.append(_topic_contradiction(topic, (r1, v1, hits), (r2, v2, con), c))
    return out


def _claims_and_disputes(topic: str, v1, c1, v2, c2) -> tuple[list, list]:
    """The first article's claims on `topic` and the second's explicit disputes of it by a speaker of another side."""
    # a quote whose speaker the article leaves unnamed to the extractor stands for its article: two
    # articles are two sources
    pro = [c for c in c1 if c.topic == topic and c.polarity > 0 and (c.objects or c.parties)]
    con = [c for c in c2 if c.topic == topic and c.polarity < 0 and c.strength == "explicit"
           and (c.objects or c.parties)]
    if not pro or not con:
        return [], []
    pro_names = set().union(*(_side_names(v1, c.speaker) for c in pro))
    con = [c for c in con if not (_side_names(v2, c.speaker) & pro_names)]
    # a claim made in the disputing article too, by the disputing side, is that side's own statement
    con = [c for c in con if not any(_about_same(c, x) and x.speaker and
                                     _side_names(v2, x.speaker) & _side_names(v2, c.speaker)
                                     for x in c2 if x.topic == topic and x.polarity > 0)]
    return pro, con


def _disputed_by(topic: str, v1, x, v2, c, days: int, limit: int, after: int) -> bool:
    """Whether dispute `c` answers claim `x`: the same thing, people and victims, within the topic's window (or its
    group window, forward from the claim)."""
    return ((_about_same(x, c) or _same_act_nearby(topic, x, c, days))
            and (days <= limit or (after >= 0 and _about_groups(v1, x, v2, c)))
            and _same_people(x, c) and _person_named_in(v1, x, v2, c) and _same_victims(x, c)
            and (bool(x.objects and c.objects) or days <= parties_windows().get(topic, days)
                 or _same_act_class(topic, x, c)))


def _topic_contradiction(topic: str, claimed, disputed, c) -> dict[str, Any]:
    """The record of dispute `c` against the claims it answers; `claimed` and `disputed` are (record, view,
    claims) of the two articles."""
    (r1, v1, hits), (r2, v2, con) = claimed, disputed
    # two towns of one act (`_same_act_nearby`) share no name: what it is about is both towns
    about = sorted(set().union(*(_shared(x, c) or {*(x.objects or []), *(c.objects or [])} for x in hits)))
    cons = [y for y in con if y is c or set(_shared(y, hits[0])) & set(about)]
    return {
        "kind": topic, "scope": "cross-article",
        "claim": f"{v1.name(hits[0].speaker)}: {hits[0].text.strip()}",
        "about": about,
        "articles": [r1["article"]["id"], r2["article"]["id"]],
        "asserted_by": _side_list(v1, hits) or [_source(r1)],
        "disputed_by": _side_list(v2, cons) or [_source(r2)],
        "evidence_for": [_evidence(r1, x) for x in hits],
        "evidence_against": [_evidence(r2, y) for y in cons],
    }


def _cross_propositions(ra, va, ca, rb, vb, cb, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A denial in one article and another side's statement of what it denies in the other (`restates`), unless a
    topic contradiction between the two already holds the denial."""
    out = []
    for (r1, v1, c1), (r2, v2, c2) in (((ra, va, ca), (rb, vb, cb)), ((rb, vb, cb), (ra, va, ca))):
        pair = [r1["article"]["id"], r2["article"]["id"]]
        for con in (c for c in c2 if c.topic == PROPOSITION and c.polarity < 0):
            if any(con.evidence in [e["id"] for e in d["evidence_against"]] and sorted(d["articles"]) == sorted(pair)
                   for d in found):
                continue
            con_names = _side_names(v2, con.speaker)
            hits = [x for x in c1 if x.topic == PROPOSITION and x.polarity > 0 and restates(x, con)
                    and not _side_names(v1, x.speaker) & con_names]
            if hits:
                out.append({
                    "kind": PROPOSITION, "scope": "cross-article",
                    "claim": f"{v1.name(hits[0].speaker)}: {hits[0].text.strip()}",
                    "about": sorted(set(hits[0].objects or []) & set(con.objects or [])),
                    "articles": pair,
                    "asserted_by": _side_list(v1, hits) or [_source(r1)],
                    "disputed_by": _side_list(v2, [con]) or [_source(r2)],
                    "evidence_for": [_evidence(r1, x) for x in hits],
                    "evidence_against": [_evidence(r2, con)],
                })
    return out


def _cross_deflections(ra, va, ca, rb, vb, cb, days: int, window_days: int) -> list[dict[str, Any]]:
    """An accused party in one article blaming another for the act the other article blames it for (`_deflects`),
    in articles `days` apart: within the topic's window when the two name the same place, else within
    `window_days` (a counter-accusation answers within days; without a place, a later one may be about another
    act)."""
    out = []
    for (r1, v1, c1), (r2, v2, c2) in (((ra, va, ca), (rb, vb, cb)), ((rb, vb, cb), (ra, va, ca))):
        for blamed in (c for c in c1 if c.topic in topic_deflected() and c.polarity > 0 and c.parties):
            rivals = [c for c in c2 if c.topic == blamed.topic and c.polarity > 0 and _deflects(v1, blamed, v2, c)
                      and days <= (topic_windows().get(c.topic, TOPIC_WINDOW_DAYS)
                                   if blamed.objects and c.objects else window_days)]
            if not rivals:
                continue
            out.append({
                "kind": blamed.topic, "scope": "cross-article",
                "claim": f"{v1.name(blamed.speaker)}: {blamed.text.strip()}",
                "about": sorted(set(blamed.parties)),
                "articles": [r1["article"]["id"], r2["article"]["id"]],
                "asserted_by": _side_list(v1, [blamed]) or [_source(r1)],
                "disputed_by": _side_list(v2, rivals) or [_source(r2)],
                "evidence_for": [_evidence(r1, blamed)],
                "evidence_against": [_evidence(r2, y) for y in rivals],
            })
            break
    return out


def _cross_accounts(ra, va, ca, rb, vb, cb) -> list[dict[str, Any]]:
    """A dispute of a named owner's account in one article ("Turkish officials disputed the White House readout")
    against that account as the other article reports it: a quote of the owner's side given as its account by
    name ("according to the White House readout", "a White House statement said"; `_own_account`). The owner is
    matched on its names and, for a state's organ, the state (`_party_keys`), the account on its noun (a readout
    answers a readout, not any statement of the owner's); the disputing side must not be the owner's. Only for
    articles within days (the caller's figure window): an account is answered at once."""
    out = []
    for (r1, v1, _c1), (r2, v2, c2) in (((ra, va, ca), (rb, vb, cb)), ((rb, vb, cb), (ra, va, ca))):
        for dispute in (c for c in c2 if c.topic.startswith("account:") and c.polarity < 0 and c.against):
            owner = set().union(*(_party_keys(v2, a) for a in v2.side(dispute.against)))
            disputer = set().union(*(_party_keys(v2, a) for a in v2.side(dispute.speaker)))
            said = [q for q in v1.quotes if set(dispute.objects or []) & _own_account(v1, q)
                    and _speaks_for(v1, q["speaker"], owner, disputer)]
            if not said:
                continue
            out.append({
                "kind": "account", "scope": "cross-article",
                "claim": f"{v1.name(said[0]['speaker'])}: "
                         f"{said[0]['text'].strip()}",
                "about": [v2.name(dispute.against)],
                "articles": [r1["article"]["id"], r2["article"]["id"]],
                "asserted_by": list(dict.fromkeys(v1.name(q["speaker"]) for q in said)),
                "disputed_by": _side_list(v2, [dispute]) or [_source(r2)],
                "evidence_for": [{"article": r1["article"]["id"], "id": q["id"], "text": q["text"].strip()}
                                 for q in said],
                "evidence_against": [_evidence(r2, dispute)],
            })
            break
    return out


def _speaks_for(v: View, speaker: str, owner: set[str], disputer: set[str]) -> bool:
    """Whether `speaker`'s side is the owner (by `_party_keys`) and not the disputing side."""
    keys = set().union(*(_party_keys(v, a) for a in v.side(speaker)))
    return bool(keys & owner) and not keys & disputer


def _shared(a: Claim, b: Claim) -> set[str]:
    """What two topic claims are both about: the names of what is claimed when both name one (the places of an
    act, the ground taken), else the parties of an act (whom one holds responsible and the other clears)."""
    if a.topic == DEATH and b.topic == DEATH:  # a person named by surname alone in one: "Cantlie", "John Cantlie"
        one = {n for n in a.objects or [] if " " not in n}
        two = {n for n in b.objects or [] if " " not in n}
        return (set(a.objects or []) & set(b.objects or [])
                | {n for n in b.objects or [] if n.split()[-1] in one} | {n for n in a.objects or []
                                                                           if n.split()[-1] in two})
    if a.objects and b.objects:
        return set(a.objects) & set(b.objects) or _province_of(a, b) or _province_of(b, a)
    return set(a.parties or []) & set(b.parties or [])


# a defeat in one town ("defeated Isis in Raqqa"), not in a country: the capture of that town, not the group's defeat
_DEFEAT_AT = re.compile(r"\W+(?:[\w'’-]+\s+){0,2}?(?:in|at|from)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+)")


def _local_defeat(text: str, m: re.Match) -> bool:
    """Whether the defeat word `m` in `text` is placed in a town (a capitalised name that is no country's)."""
    at = _DEFEAT_AT.match(_norm(text)[m.end():m.end() + 60])
    return bool(at) and at.group("place").lower() not in country_of_name()


def _about_groups(v1: View, a: Claim, v2: View, b: Claim) -> bool:
    """Whether what two claims share is a group each article names as one (a group defeated, not a place taken)."""
    shared = _shared(a, b)
    standing = topics().get(a.topic, {}).get("standing")
    if standing is not None and not any(not _local_defeat(a.text, m) for m in standing.finditer(_norm(a.text))):
        return False  # a place taken ("seized the last strongholds") is no standing claim of the group's defeat
    return bool(shared) and shared <= _group_names(v1) and shared <= _group_names(v2)


def _province_of(town: Claim, province: Claim) -> set[str]:
    """The province `province` names when it names no place below one and `town`'s places lie in it: the act at
    a town and the act in its province are one act for an outlet that names only the province. Matched on the
    admin1 name of the gazetteer, so the province must be resolved to the same admin1 the town's entry gives."""
    if not (town.regions and province.provincial):
        return set()
    return set(town.regions) & set(province.objects or [])


def _act_classes(topic: str, text: str) -> set[str]:
    """The CAMEO classes of the acts a claim's text names (claim_topics.tsv, roles "act-<code>")."""
    return {role for role, rx in topics().get(topic, {}).items() if role.startswith("act-") and rx.search(text)}


def _same_act_class(topic: str, a: Claim, b: Claim) -> bool:
    """Whether two claims name an act of one CAMEO class ("used chemical weapons", "carried out chemical attacks")."""
    return bool(_act_classes(topic, a.text) & _act_classes(topic, b.text))


# one act named by two towns (issue 14, twenty-third round): outlets place an attack at the town it hit or at the
# nearest city ("the chemical attack in Douma" / "near Damascus"). UCDP GED codes an event's place to a point "within a
# 25 km radius" of a known place (where_prec 2), so two towns closer than that can be one act's place; they are taken
# as one act only for claims within the topic's parties-window that meet on the parties (whom one holds responsible,
# whom the other clears) and do not name acts of different CAMEO classes (a shelling is not a chemical attack).
NEARBY_KM = 25.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km (haversine, mean Earth radius)."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _same_act_nearby(topic: str, a: Claim, b: Claim, days: int) -> bool:
    """Whether two claims about an act that name different towns are about one act (see NEARBY_KM)."""
    if not (a.sites and b.sites and set(a.parties or []) & set(b.parties or [])):
        return False
    if days > parties_windows().get(topic, -1):
        return False
    one, two = _act_classes(topic, a.text), _act_classes(topic, b.text)
    if one and two and not one & two:
        return False
    return min(_km(x, y) for x in a.sites for y in b.sites) <= NEARBY_KM


def _about_same(a: Claim, b: Claim) -> bool:
    return bool(_shared(a, b))


def _source(rec: dict[str, Any]) -> str:
    return rec["article"].get("outlet") or rec["article"]["id"]


def _side_list(v: View, claims: list[Claim]) -> list[str]:
    """The speakers' names, each followed by the group it speaks for ("A spokesman for X", "X")."""
    return list(dict.fromkeys(v.name(x) for x in _sides(v, claims)))

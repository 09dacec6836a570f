"""One actor across the corpus: the per-article actors of every stored article linked to corpus actors (issue 17).

Tables (created and written by the store, newsledger.store, from what this module computes):
- `corpus_actors`: one row per real person, organization, country or group: id, name (the fullest form used),
  kind and code (those of most mentions), the dictionary entry it is linked to, aliases, mentions, articles.
- `actor_links`: (article_id, actor_id) -> corpus_id, for every per-article actor; the per-article actors table's
  `corpus_actor` column holds the same link.
- `corpus_actor_redirects`: an id that a later run absorbed into another (a bare "Trump" actor once alone, then
  joined to "Donald Trump"), so links kept elsewhere still resolve.

Identity, by rules that name no one:
- a country is its ISO code; an organization in the curated list is its entry (YPG / People's Protection Units,
  Isis / Islamic State);
- any other actor is its name folded: case, accents and transliteration (Erdoğan / Erdogan), apostrophes, a
  leading "the", the particle "al-" (Bashar al-Assad / Bashar Assad); an acronym joins the one corpus organization
  whose aliases hold it;
- a person's full name joins the one longer full name it shortens: leading given names or initials dropped
  ("Tayyip Erdoğan" / "Recep Tayyip Erdoğan", "Donald J Trump"); two full names with different first names stay
  apart, and so do a name and the same with a middle name (a son "Ali X", his father "Ali Reza X");
- a bare surname joins the full-name person with that surname who holds most of its mentions across the corpus
  (at least DOMINANT of them): "Assad" is Bashar al-Assad unless Hafez al-Assad is as often named; otherwise it
  stays its own actor;
- an actor typed organization in one article and person in others (the model's error) is one actor; its kind is
  the kind of most mentions.
Ids are a hash of the identity key, so a re-ingest or an appended batch gives an actor the same id.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from unidecode import unidecode

from newsledger.resolve import lexicon
from newsledger.store import Store

DOMINANT = 0.8  # share of a surname's full-name mentions one person must hold to take the bare surname
PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "van", "von", "the"}



@dataclass
class Member:
    article_id: str
    actor_id: str
    name: str
    kind: str
    code: str | None
    dictionary: str | None
    country: str | None
    aliases: list[str]
    mentions: int
    relative_of: str | None = None


@dataclass
class Cluster:
    key: str
    members: list[Member] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "A" + hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=100_000)  # the same names recur in every article
def fold(name: str) -> str:
    """A name folded for identity: ASCII, lower case, no leading "the", no possessive, apostrophes and hyphens
    as spaces, particles dropped ("Bashar al-Assad" -> "bashar assad")."""
    text = unidecode(name).lower().replace("'", " ").replace("-", " ")
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"\s+s$", "", text)
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in PARTICLES]
    return " ".join(words)


def _is_acronym(name: str) -> bool:
    return " " not in name and 2 <= len(name) <= 6 and sum(c.isupper() for c in name) >= 2


@lru_cache(maxsize=1)
def _entry_of_fold() -> dict[str, str]:
    """Folded alias of a curated organization -> its entry key (for actors stored without the entry)."""
    table: dict[str, str] = {}
    for org in lexicon.organizations():
        for alias in [org["name"], *org["aliases"]]:
            if not _is_acronym(alias):
                table.setdefault(fold(alias), "entry:" + fold(org["name"]))
    return table


@lru_cache(maxsize=1)
def _curated_name_of_key() -> dict[str, str]:
    """Identity key of a curated organization ("entry:" + its folded name) -> its name (the first entry holding
    the key, in the list's order)."""
    table: dict[str, str] = {}
    for org in lexicon.organizations():
        table.setdefault("entry:" + fold(org["name"]), org["name"])
    return table


def _base_key(m: Member) -> str:
    if m.kind == "country" and m.country and not m.dictionary:  # a seat of government (the Kremlin) keeps its entry
        return "country:" + m.country
    if m.relative_of:
        return f"relative:{m.article_id}/{m.actor_id}"  # "X's son": a person of their own, named by no one
    if m.dictionary:
        return "entry:" + fold(m.dictionary)
    return _entry_of_fold().get(fold(m.name)) or "name:" + fold(m.name)


def _shortens(short: list[str], long: list[str]) -> bool:
    """Whether a full name is a shorter form of another: the same words once initials are dropped, or the longer
    name's leading given names dropped ("Tayyip Erdoğan" of "Recep Tayyip Erdoğan", "Donald Trump" of "Donald J
    Trump"). A dropped middle name is not (a son "Ali X" of his father "Ali Reza X")."""
    short = [w for w in short if len(w) > 1]
    long = [w for w in long if len(w) > 1]
    return len(short) > 1 and len(long) >= len(short) and long[len(long) - len(short):] == short


def cluster(members: list[Member]) -> dict[str, Cluster]:
    """Identity key -> cluster of per-article actors (see the module's rules)."""
    clusters: dict[str, Cluster] = {}
    for m in members:  # the key ignores the kind: a name typed organization here and person there is one actor
        key = _base_key(m)
        clusters.setdefault(key, Cluster(key)).members.append(m)
    merged = _acronym_merges(clusters)
    merged.update(_person_merges(clusters))
    for key, target in merged.items():
        while target in merged:
            target = merged[target]
        clusters[target].members.extend(clusters[key].members)
    for key in merged:
        del clusters[key]
    return clusters


def _acronym_merges(clusters: dict[str, Cluster]) -> dict[str, str]:
    """An acronym-only organization joins the one organization whose aliases hold it: key -> key it joins."""
    alias_owner: dict[str, set[str]] = defaultdict(set)
    for key, c in clusters.items():
        for m in c.members:
            for a in [m.name, *m.aliases]:
                if _is_acronym(a) and fold(a) != key.split(":", 1)[1]:
                    alias_owner[a].add(key)
    merged: dict[str, str] = {}
    for key, c in list(clusters.items()):
        names = {m.name for m in c.members}
        if len(names) == 1 and _is_acronym(next(iter(names))):
            owners = alias_owner.get(next(iter(names)), set()) - {key}
            if len(owners) == 1:
                merged[key] = owners.pop()
    return merged


def _kind_of(c: Cluster) -> str:
    """The kind of most of a cluster's mentions."""
    counts = Counter()
    for m in c.members:
        counts[m.kind] += m.mentions
    return counts.most_common(1)[0][0]


def _person_merges(clusters: dict[str, Cluster]) -> dict[str, str]:
    """A person's shorter full name joins the one longer full name it shortens; a bare surname joins the dominant
    full-name person with that surname: key -> key it joins."""
    persons = {k: c for k, c in clusters.items()
               if k.split(":", 1)[0] in {"name", "entry"} and _kind_of(c) == "person"}
    full = {k: k.split(":", 1)[1].split() for k in persons if len(k.split(":", 1)[1].split()) > 1}
    # Full names by their last word, and by their last word of more than one letter (a shorter form ends with
    # it): each name is compared with those only, not with every other name.
    by_last: dict[str, list[str]] = defaultdict(list)
    by_last_long: dict[str, list[str]] = defaultdict(list)
    for k, words in full.items():
        by_last[words[-1]].append(k)
        if long_words := [w for w in words if len(w) > 1]:
            by_last_long[long_words[-1]].append(k)
    merged: dict[str, str] = {}
    for k, words in sorted(full.items(), key=lambda kv: len(kv[1])):
        long_words = [w for w in words if len(w) > 1]
        same_last = by_last_long.get(long_words[-1], []) if long_words else []
        longer = [o for o in same_last if o != k and len(full[o]) > len(words) and _shortens(words, full[o])]
        if len(longer) == 1:
            merged[k] = longer[0]
    # Bare surnames (whatever the model typed them as): to the dominant full-name person with that surname.
    weight = {k: sum(m.mentions for m in persons[k].members) for k in full}
    for k in clusters:
        words = k[5:].split() if k.startswith("name:") else []
        if len(words) != 1 or k in merged:
            continue
        bearers = [o for o in by_last.get(words[0], []) if o not in merged]
        total = sum(weight[o] for o in bearers)
        if bearers:
            best = max(bearers, key=lambda o: weight[o])
            if weight[best] >= DOMINANT * total:
                merged[k] = best
    return merged


def present(store: Store) -> bool:
    """Whether the database holds the corpus actor table (ingest creates it)."""
    return store.has_tables("corpus_actors")


def _members(store: Store) -> list[Member]:
    return [Member(r[0], r[1], r[2], r[3], r[4], r[5], r[6], list(r[7] or []), r[8] or 0, r[9])
            for r in store.identity_actor_rows()]


def summary(c: Cluster) -> dict:
    weights: dict[str, Counter] = defaultdict(Counter)
    for m in c.members:
        for attr in ("name", "kind", "code", "dictionary"):
            value = getattr(m, attr)
            if value:
                weights[attr][value] += m.mentions or 1
    kind = weights["kind"].most_common(1)[0][0]
    names = [n for n, _ in weights["name"].most_common()]
    # The fullest form among the common ones: the longest name holding a quarter of the top name's mentions.
    top = weights["name"].most_common(1)[0][1]
    name = max((n for n in names if weights["name"][n] * 4 >= top and not _is_acronym(n)), key=len,
               default=names[0])
    curated = _curated_name_of_key().get(c.key)
    name = curated or name  # a curated organization by its entry's name, not a writer's "Kurdish ..." form
    aliases = sorted({a for m in c.members for a in [m.name, *m.aliases]} - {name})
    code = weights["code"].most_common(1)[0][0] if weights["code"] else None
    dictionary = weights["dictionary"].most_common(1)[0][0] if weights["dictionary"] else None
    return {"id": c.id, "name": name, "kind": kind, "code": code, "dictionary": dictionary, "aliases": aliases,
            "mentions": sum(m.mentions for m in c.members), "articles": len({m.article_id for m in c.members})}


def up_to_date(store: Store) -> bool:
    """Whether the corpus actor table was built from the actors stored now: every per-article actor linked, and
    no link without its actor (articles are added, never removed, so a stored article with actors after the last
    rebuild makes the counts differ)."""
    if not present(store):
        return False
    actors, links = store.actor_link_counts()
    return actors == links


def rebuild(store: Store) -> int:
    """Recomputes the corpus actors from every stored article's actors (deterministic: the same articles give the
    same table, whatever their order of ingestion). Returns the number of corpus actors."""
    store.ensure_corpus_actor_tables()
    old = store.actor_links()
    clusters = cluster(_members(store))
    rows = [summary(c) for c in clusters.values()]
    links = [(m.article_id, m.actor_id, c.id) for c in clusters.values() for m in c.members]
    new_ids = {c.id for c in clusters.values()}
    new_of = {f"{a}/{b}": cid for a, b, cid in links}
    redirects = {cid: new_of[k] for k, cid in old.items() if cid not in new_ids and k in new_of}
    store.replace_corpus_actors(
        [tuple(r[k] for k in ("id", "name", "kind", "code", "dictionary", "aliases", "mentions", "articles"))
         for r in rows], links, redirects)
    return len(rows)

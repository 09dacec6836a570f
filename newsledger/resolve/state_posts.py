"""Chambers and officers of a state of a federation (issue 16, round 51, actstate51).

A legislature or chamber of one of a federation's constituent states named with the state's name or with "state"
("the Ohio Senate", "the California State Assembly", "the state Legislature"), its members named by "state" and a
legislator's title ("state Sen. <name>", "state Rep. <name>") and its executive officers named with the state's name or
"state" ("State Treasurer <name>", "<state> Attorney General <name>", "state climatologist <name>") are the state's
bodies and serving office holders: actors_news.md's rule "A state of a federation as its government" codes them in
the country's sectors, LEG for the legislature and its members, GOV for the executive's officers, and never with
Phoenix's USAGOVLEG, the US Congress's chamber (CAMEO codes sub-national government in the country's sectors). The
posts and chambers are data/state_public_posts.tsv (each with its Phoenix agents, AP Stylebook or WordNet
provenance); a state is a first-level subdivision (GeoNames ADM1, as the gazetteer holds it, under its own name) of a
country of data/federations.tsv (the Forum of Federations' list).

The code: the state's country with the sector where the state's name says which country ("the Ohio Senate" USALEG,
"Ohio Attorney General <name>" USAGOV), else the sector alone ("state Sen. <name>" LEG, as a local post's: CAMEO's agent
code with no country), both in the set's lists. Given once the record is complete (pipeline.build_record, as
resolve.actors.type_seats_as_states): events, quotes and the brief read the actors as before the rule (the event
coder's confidence model was fitted before such codes were given: rounds 48-50's LOCAL_POST and RESPELT codes), so the
rule moves the actors' codes only. A person is coded so only where nothing else coded it, or coded it by its country
alone or with the Congress's code; a chamber likewise."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsledger import resources
from newsledger.model import Actor
from newsledger.resolve import actor_codes, gazetteer, lexicon

# code_source of a code this rule gives
STATE_POST = "state post"
# the word that names a state's post without its name ("state Sen.", "the state's attorney general")
_STATE_WORDS = {"state", "state's", "state’s"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
# words that make the title no holder's post beside a post held no more (actor_codes.held_no_more: "former state
# Sen."): a post sought ("candidate for state treasurer": the post after a preposition is the title's object, not its
# head; as resolve.actor_codes.holds_post)
_SOUGHT = {"candidate", "nominee", "hopeful", "challenger"}
_BEFORE_OBJECT = {"for", "to", "as", "against", "with", "at", "from", "by"}
# parts of speech that end a title read leftwards from a name ("said state Sen. <name>", "the", "and")
_TITLE_STOP_POS = {"VERB", "AUX", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "SPACE"}


@lru_cache(maxsize=1)
def posts() -> dict[str, dict[str, tuple[str, frozenset[str]]]]:
    """kind ("person", "organization") -> {the post's or chamber's lower-case words: (its CAMEO sector, what may stand
    before it: "name" the state's name, "state" the word)} (data/state_public_posts.tsv)."""
    table: dict[str, dict[str, tuple[str, frozenset[str]]]] = defaultdict(dict)
    for words, kind, sector, before, *_ in resources.rows("state_public_posts.tsv", min_fields=4):
        table[kind][words] = (sector, frozenset(before.split("|")))
    return dict(table)


@lru_cache(maxsize=1)
def federations() -> frozenset[str]:
    """ISO2 of the federations (data/federations.tsv)."""
    return frozenset(r[0] for r in resources.rows("federations.tsv"))


@lru_cache(maxsize=4096)
def federated_state(name: str) -> str | None:
    """ISO2 of the federation one of whose first-level subdivisions (the gazetteer's admin1 rows: GeoNames ADM1)
    bears this name as its own (not an alternate name: "Federal" is no state), else None; None too where two
    federations have a state of that name."""
    if not name[:1].isupper():
        return None
    found = {e.country for e in gazetteer.get().lookup(name)
             if e.kind == "admin1" and e.country in federations() and e.name == name}
    return next(iter(found)) if len(found) == 1 else None


def match(words: list[str], kind: str) -> tuple[str, str | None] | None:
    """(sector, ISO3 of the state's country or None) of a title or a name whose last words are a state's post or
    chamber of data/state_public_posts.tsv, with the state's name or "state" before them as the row allows; else
    None. `words` as the text writes them ("State", "Treasurer"; "Ohio", "Senate")."""
    rows = posts().get(kind, {})
    lower = [w.lower() for w in words]
    for n in range(min(4, len(words)), 0, -1):
        phrase = " ".join(lower[-n:])
        if phrase not in rows:
            continue
        sector, before = rows[phrase]
        rest, rest_lower = words[:-n], lower[:-n]
        if actor_codes.held_no_more(rest_lower) or any(w in _SOUGHT or w in _BEFORE_OBJECT for w in rest_lower):
            return None
        if rest_lower and rest_lower[-1] in _POSSESSIVE:  # "the state 's attorney general" as tokens
            rest, rest_lower = rest[:-1], rest_lower[:-1]
        state_word = bool(rest_lower) and rest_lower[-1] in _STATE_WORDS
        if state_word:
            rest, rest_lower = rest[:-1], rest_lower[:-1]
            if rest_lower and rest_lower[-1] in _POSSESSIVE:
                rest = rest[:-1]
        for m in (3, 2, 1):  # the state's name: the last words before the post ("New South Wales", "Ohio")
            if len(rest) >= m:
                iso2 = federated_state(" ".join(rest[-m:]))
                if iso2:
                    iso3 = lexicon.iso3_of().get(iso2)
                    if "name" in before:
                        return sector, iso3
                    if state_word and "state" in before:
                        return sector, None
                    return None
        if state_word and "state" in before:
            return sector, None
        return None
    return None


def _unprefixed(words: list[str]) -> list[str]:
    """A name's words without a leading "the"."""
    return words[1:] if words and words[0].lower() == "the" else words


def _title_before(doc: Doc, start: int, end: int, inner: bool = True) -> list[str]:
    """The words of the title before a person's mention [start, end) (chars) and the title words opening it ("State
    | Treasurer Bill Lockyer" tagged from "Treasurer"): read leftwards to a verb, determiner, number or punctuation
    ("said state Sen. <name>")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    words = posts().get("person", {})
    title_words = {w for row in words for w in row.split()}
    opening: list[Token] = []
    for tok in span[:-1] if inner else []:  # the name's own last word is never a title word
        if tok.lower_ in title_words:
            opening.append(tok)
        else:
            break
    before: list[Token] = []
    i = span.start - 1
    while i >= 0 and span.start - i <= 6:
        tok = doc[i]
        if tok.text in _POSSESSIVE:
            before.insert(0, tok)
            i -= 1
            continue
        if tok.text == "-" and i > 0 and not tok.whitespace_ and not doc[i - 1].whitespace_:
            before.insert(0, tok)  # a hyphenated compound, read whole below ("home-state Sen.": no state's post)
            i -= 1
            continue
        if tok.pos_ in _TITLE_STOP_POS and not (tok.pos_ == "PUNCT" and tok.text == "."):
            break
        if tok.pos_ == "ADP" and tok.lower_ != "of":
            before.insert(0, tok)  # kept to be refused by match: "candidate for state treasurer"
            break
        before.insert(0, tok)
        i -= 1
    # the words as the text spaces them: a hyphenated compound is one word ("home-state")
    return "".join(t.text_with_ws for t in before + opening).split()


# Nouns after a chamber's name that make it an election's ("his Maryland Senate race", "the Senate seat"): the state's
# name before them is as often where a race for the US Congress is run (AP Stylebook, "legislative titles")
_ELECTION_NOUNS = {"race", "races", "seat", "seats", "primary", "primaries", "campaign", "campaigns", "contest",
                   "election", "elections", "candidate", "candidates", "nominee", "bid", "matchup", "hopeful"}


def _chamber_at(doc: Doc, start: int, end: int) -> tuple[str, str | None] | None:
    """The state chamber a mention [start, end) names with the words before it ("the state | Senate", "Ohio |
    Senate", "the Missouri House of Representatives"), else None; a chamber named with the state's name and no "state"
    before an election noun is left ("his Maryland Senate race")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    words = _title_before(doc, start, end, inner=False) + _unprefixed(span.text.split())
    hit = match(words, "organization")
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if hit and after in _ELECTION_NOUNS and not any(w.lower() in _STATE_WORDS for w in words):
        return None
    return hit


def _chamber(a: Actor, doc: Doc | None, spans: list[tuple[int, int]]) -> tuple[str, str | None] | None:
    """The state chamber an organization is: every mention of it names one ("the Senate" of an actor that also holds
    "the state Senate" is as often the US Senate: left), the first mention's reading; an actor with no tagged
    mention by its name."""
    if doc is not None and spans:
        hits = [_chamber_at(doc, s, e) for s, e in spans]
        return hits[0] if all(hits) else None
    words = _unprefixed(a.name.split())
    return match(words, "organization") if len(words) > 1 else None


# A national legislature the article names: "the Senate" may then be the nation's (the US Senate, the Congress)
_NATIONAL_LEGISLATURE = re.compile(r"\b(?:Congress|[Cc]ongressional|Capitol Hill|(?:U\.S\.|US|United States|federal|"
                                   r"Federal) (?:Senate|House|Sen\.|Rep\.|senator|Parliament|parliament))")


def _second_references(actors: list[Actor], doc: Doc | None, mentions: dict[str, list[tuple[int, int]]],
                       given: dict[str, str]) -> None:
    """A chamber named by its noun alone ("the Senate", "the House", "the Legislature") in an article that names one
    state's chamber of that noun in full ("the Ohio Senate") and no national legislature is that chamber (AP
    Stylebook, "legislature" and "Senate": a state's chamber is capitalized on second reference without the state's
    name), coded as it; a separate actor where the resolver did not join the two. `mentions`: actor id -> its
    mentions' character spans, as `assign` read them."""
    if doc is None or _NATIONAL_LEGISLATURE.search(doc.text):
        return
    if any(a.kind == "person" and (a.code or "").endswith("GOVLEG") for a in actors):
        return  # a member of the US Congress the dictionary knows: "the Senate" may be his
    by_id = {a.id: a for a in actors}
    chambers = [(" ".join(_unprefixed(by_id[i].name.split())).lower(), code) for i, code in given.items()
                if by_id[i].kind == "organization"]
    rows = posts().get("organization", {})
    for a in actors:
        bare = " ".join(_unprefixed(a.name.split())).lower()
        if a.kind != "organization" or a.id in given or bare not in rows or not _codable(a):
            continue
        codes = {code for name, code in chambers if name.endswith(" " + bare)}
        if any(_followed_by_election_noun(doc, e) for _, e in mentions.get(a.id, [])):
            continue  # "the Senate race": the election's chamber, as often the nation's
        if len(codes) == 1:
            a.code, a.code_source = codes.pop(), STATE_POST
            given[a.id] = a.code


def _followed_by_election_noun(doc: Doc, end: int) -> bool:
    """The word after the character offset `end` is an election noun ("Senate race")."""
    span = doc.char_span(end, len(doc.text), alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].lower_ in _ELECTION_NOUNS


def _codable(a: Actor) -> bool:
    """Nothing else coded the actor, or only by its country, or with the US Congress's code (never a state's)."""
    return not a.code or a.code in set(lexicon.iso3_of().values()) or a.code.endswith("GOVLEG")


def assign(actors: list[Actor], doc: Doc | None) -> dict[str, str]:
    """Code the record's chambers and officers of a state of a federation (module docstring); actor id -> the code
    given. A person by its title (actor.role) or by the title before any of its mentions; an organization where
    every mention of it names the state's chamber (`_chamber`), or, its noun alone, on second reference
    (`_second_references`)."""
    given: dict[str, str] = {}
    index = getattr(doc._, "actor_index", None) if doc is not None and doc.has_extension("actor_index") else None
    mentions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in (index.mentions if index is not None else []):
        mentions[m.actor].append((m.start, m.end))
    for a in actors:
        if not _codable(a) or a.kind not in {"person", "organization"}:
            continue
        hit = None
        if a.kind == "organization":
            hit = _chamber(a, doc, mentions.get(a.id, []))
        else:
            titles = [a.role.split()] if a.role else []
            titles += [_title_before(doc, s, e) for s, e in mentions.get(a.id, [])] if doc is not None else []
            hit = next(filter(None, (match(t, "person") for t in titles if t)), None)
        if hit:
            sector, iso3 = hit
            code = (iso3 or "") + sector
            a.code, a.code_source = code, STATE_POST
            given[a.id] = code
    _second_references(actors, doc, mentions, given)
    return given

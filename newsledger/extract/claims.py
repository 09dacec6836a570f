"""Claims and the contradictions between them, within one article and across stored articles.

A claim is a statement an actor asserts (a quote, or an event with an `asserted_by`). Rules, each general:
- topic claims: a quote whose content carries a topic word (newsledger/data/quantities/claim_topics.tsv:
  "seized", "captured", "victory" for control) is a claim FOR the topic's event by its speaker; a quote with a
  dispute cue ("denied", "rejected"; dispute_cues.txt) on a topic word ("denied giving up the fight"), a
  negated topic word ("has not fallen") or a statement that a claim is false ("X's claim of victory was false")
  is a claim AGAINST it; statements that the fight goes on ("we will continue the fight") are evidence against
  but never make a contradiction alone;
- responsibility claims (claim_topics.tsv, CAMEO 015/016/112): "X was behind / carried out / is responsible
  for" an act, or a speech cue that is itself the claim ("blamed X for the attack"), against a denial of it;
  they are about the places the quote or its sentence names (the act's place), not a place taken;
- a topic word after an infinitive or a future ("the offensive to capture X") is an aim, no claim;
- a negated neg-raising or acceptance cue ("the UK does not believe X"; negated_cues.txt) and a dispute word a few
  words before the topic word ("continue to deny responsibility") make a claim against; a rebuttal by reference
  ("that is not true", "rejected the claim") disputes, within one article, the topic claims reported before it;
- affiliation claims (claim_topics.tsv: "affiliated with", "linked to", "member of", "went to Syria to join X")
  against their denial ("denies any links to X"), matched on the groups the sentence names besides the speaker's;
- an accusation event no quote carries (PLOVER ACCUSE: "charged him with being a member of X") is a claim of its
  source; a dispute no quote carries ("X has vehemently denied Y", "a charge refuted by X") is a claim of its
  actor, cited by sentence ("s<index>");
- the article's own unhedged statements (no quote, no speech verb, no hedge word) are topic claims of the article
  (speaker ARTICLE): a report's or a reader's letter's "Isis is not defeated" answers a claim made elsewhere;
  "there is no evidence that p" is against p;
- a dispute of a named owner's account ("the White House readout did not accurately reflect the call") is, within
  one article, a claim against what that owner's side is quoted saying before it; across articles within days,
  against the owner's account reported by the same noun ("according to the White House readout");
- a quote the quote extractor leaves unattributed gets a speaker here when its sentence introduces it with a name
  and a speech verb before a colon ('X tweeted: "..."'), or when its speaker is a pronoun ('"...," it said': the
  first actor of the pronoun's kind in the sentence before);
- a contradiction needs a claim for and a claim against from different sides: neither speaker is the other, nor
  its affiliate; when both name what they are about, the same thing; when the dispute names whose claim it
  rejects ("the Taliban's claim"), the claims for must come from that actor's side; across articles a quote
  whose speaker is not found stands for its article (two articles are two sources), and the two articles are
  published within the topic's window (claim_topics.tsv: a year for who carried out an attack, else 30 days);
- acts (claim_topics.tsv, about "places"): a claim names the parties it holds responsible ("accused Russia of
  being behind X"), a denial the parties it clears (its content's, and the denier: "the Kremlin denied
  involvement"; a denier the record has no actor for, by the state its name holds: "Official Syrian claims"); a
  state's organs are the state (CAMEO codes: the Kremlin is Russia). Across articles a claim and a denial that
  do not both name places are matched on these. A party held responsible that blames another for the
  same act disputes the claim (claim_topics.tsv "deflect"). "The attack was staged / fabricated", "no attack took
  place" are against the act's occurrence (topic "occurrence"), which every claim of who did it implies. Across
  articles an act at a town and one placed only in the town's province (the gazetteer's admin1) are one act;
- a claim named by a claim noun with its owner ("Official Syrian claims that p", "claims by X that p") is the
  owner's; "it is wrong / premature / reckless to say p" and a negated belief verb inside a quote are against p;
  a group named by a descriptor ("the terror group", "the caliphate", "them") stands for the groups named before
  it; a rebuttal by reference also answers the acts reported before it that name its speaker as their actor or
  as the accused ("Israel accused Hezbollah of X. Hezbollah denied the charge.");
- a group's defeat in more shapes (claim_topics.tsv): "X is not finished", "the fight against X is far from over"
  (role "unfinished") and "X still holds (pockets of) territory" (role "holds") are against it, "X no longer holds
  any territory" for it; across articles a control claim that shares a group, not a place, is answered within the
  topic's "group-window" (a standing claim, 120 days) after it: past the topic's window, a dispute published
  before the claim answers an earlier claim (different periods);
- a capital the record resolves to a country actor, with no locative preposition before it ("Moscow said",
  "the forces Ankara is using"), names who acts, so it is no place of an act or a toll;
- whereabouts: "X escaped to P" asserted by one speaker against X's own statement "we are in Q" (Q is not P);
- figures: two figures of the same kind about the same people, attributed to different speakers near each other
  (or, across articles, in articles within a few days that name the same place), whose values cannot both be
  true: each figure allows the values its own words give (figure_bounds.tsv: "at least 10" agrees with 12, "up to
  250" not with "nearly 300", "169" not with "170"; a range "between 9 and 50" its two ends), a death toll cannot
  exceed a casualty figure of the same people ("civilian casualties" and "civilians" are one group; a toll with no
  noun counts "people"), a later "toll rose to" is an update. The event's
  total follows ACLED's conservative rule (the lowest reported figure) and keeps the dispute;
- events: the same event type between the same actors, claimed or reported by one side and denied by another;
- propositions: a denial that restates what it denies (most of its content words, most of those no names) answers
  another side's statement of it, within one article and across articles within the topic window, when no topic
  contradiction holds the denial already; a rejected request, call or proposal disputes no fact.

Evidence lists hold the ids of quotes ("q2") and events ("e1"); figures are cited as "n<index>" (the index in the
record's `quantities`). `evidence_texts` turns ids back into text.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from newsledger import resources
from newsledger.model import Contradiction, Record
from newsledger.resolve.lexicon import country_of_name, described_organization, iso3_of

FIGURE_KINDS = {"killed", "injured", "arrested", "displaced", "evacuated", "missing"}
# "far from" negates what follows it as "not" does ("Isis is far from defeated")
NEGATION = re.compile(r"\b(?:not|never|no|n't|neither|nor|far from)\b(?:\W+\w+){0,3}\W*$", re.I)
# a cue word negated right before a quote's content ("does not believe", "has never accepted that")
NEGATED_CUE = r"\b(?:not|n't|never|no longer)\s+(?:\w+ly\s+)?(?:{cue})\W*(?:that\W*)?$"
# an infinitive or a future right before a topic word: the act is intended, not claimed as done
# a negated universal ("not all Kurds are affiliated with militias", "not every attack was ...") says something of a
# share of a class, neither for nor against anyone's membership or act: no claim (issue 14, tenth round; the
# quantifier reading of "not all", as any grammar gives it)
NOT_ALL = re.compile(r"\bnot\s+(?:all|every|everyone|everybody|each)\b(?:\W+\w+){0,5}\W*$", re.I)
INTENDED = re.compile(r"\b(?:to|will|would|shall|'ll)\s+(?:\w+ly\s+)?$", re.I)
UPDATE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|reached|revised|updated|now stands|has grown)\b",
                    re.I)
WINDOW_DAYS = 3  # figures: two tolls of one event are reported within days of it
# topic claims: a statement of a state of affairs (a group defeated, a town held, who did an attack) stands, and is
# answered, for weeks; a month bounds it so that statements about different phases of a war stay apart
TOPIC_WINDOW_DAYS = 30


@lru_cache(maxsize=1)
def topics() -> dict[str, dict[str, re.Pattern]]:
    out: dict[str, dict[str, re.Pattern]] = {}
    for topic, role, pattern in resources.rows("quantities", "claim_topics.tsv", min_fields=3):
        if role not in {"window", "group-window", "parties-window", "about", "implied", "deflect"}:
            out.setdefault(topic, {})[role] = re.compile(r"\b(?:" + pattern + r")", re.I)
    return out


@lru_cache(maxsize=1)
def topic_about() -> dict[str, str]:
    """What a topic's claims are matched on (claim_topics.tsv, role "about"): "places" (the places the quote, else
    its sentence, names: the act's place), "actors" (the groups and people it names besides the speaker's side);
    topics without one match on the place or group taken (`_objects`)."""
    out = {topic: value for topic, role, value in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
           if role == "about"}
    unknown = {v for v in out.values()} - {"places", "actors"}
    if unknown:
        raise ValueError(f"claim_topics.tsv: role 'about' must be places or actors, not {sorted(unknown)}")
    return out


@lru_cache(maxsize=1)
def topic_implied() -> dict[str, str]:
    """Topics a claim for another topic implies (claim_topics.tsv, role "implied"): saying who carried out an act
    says the act happened, so it answers a claim that the act was staged."""
    out = {topic: value for topic, role, value in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
           if role == "implied"}
    unknown = set(out.values()) - set(topics())
    if unknown:
        raise ValueError(f"claim_topics.tsv: role 'implied' names no topic: {sorted(unknown)}")
    return out


@lru_cache(maxsize=1)
def topic_deflected() -> frozenset[str]:
    """Topics on which a party held responsible answers by blaming another (claim_topics.tsv, role "deflect")."""
    return frozenset(topic for topic, role, _value in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
                     if role == "deflect")


@lru_cache(maxsize=1)
def topic_windows() -> dict[str, int]:
    """Days within which a topic's claim and its dispute in two articles are about the same thing (claim_topics.tsv,
    role "window"); topics without one use the caller's window."""
    return {topic: int(days) for topic, role, days in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
            if role == "window"}


@lru_cache(maxsize=1)
def group_windows() -> dict[str, int]:
    """Days within which a claim and its dispute in two articles are about the same thing when what they share is
    a group, not a place (claim_topics.tsv, role "group-window": a group's defeat is a standing claim, answered for
    months); topics without one use their window."""
    return {topic: int(days) for topic, role, days in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
            if role == "group-window"}


@lru_cache(maxsize=1)
def parties_windows() -> dict[str, int]:
    """Days within which a claim and its dispute in two articles are about the same act when they share only its
    parties, no place (claim_topics.tsv, role "parties-window"); topics without one use their window."""
    return {topic: int(days) for topic, role, days in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
            if role == "parties-window"}


@lru_cache(maxsize=1)
def dispute_cues() -> set[str]:
    return {w.lower() for w in resources.words("quantities", "dispute_cues.txt")}


@lru_cache(maxsize=1)
def negated_cues() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.words("quantities", "negated_cues.txt"))


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    from newsledger.extract.quotes import speech_verbs as verbs

    return verbs()


def _norm(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


@dataclass
class Claim:
    """One claim of one article: for (+1) or against (-1) a topic, with its speaker and evidence."""
    topic: str
    polarity: int
    speaker: str | None
    evidence: str  # an id in its record: q3, e1, n4
    text: str
    start: int
    end: int
    strength: str = "explicit"  # explicit, or "continue" (supporting evidence only)
    against: str | None = None  # the actor whose claim a dispute names
    subjects: list[str] = field(default_factory=list)  # whereabouts: whom the claim places
    place: str | None = None
    value: float | None = None
    approximate: bool = False
    of: str | None = None
    unit: str | None = None
    update: bool = False
    bound: str | None = None  # figures: lower, upper, about or under (figure_bounds.tsv), None for an exact figure
    high: float | None = None  # figures: the top of a range ("between 9 and 50": value 9, high 50)
    period: str | None = None  # figures: the period its clause names ("in three months", "in 2013", "each year")
    objects: list[str] | None = None  # topic claims: the names of what is claimed ("manbij"); [] for a person
    parties: list[str] | None = None  # claims about an act: whom a claim for holds responsible, whom a denial clears
    regions: list[str] | None = None  # claims about an act: the provinces (admin1) its towns lie in
    provincial: bool = False  # claims about an act: every place it names is a province (admin1)


# -- one record -------------------------------------------------------------------------------------

class View:
    """What the claim rules need from a record, given as the JSON dict (so stored records work too)."""

    def __init__(self, rec: dict[str, Any]):
        self.rec = rec
        self.actors = {a["id"]: a for a in rec.get("actors", [])}
        self.entities = rec.get("entities", [])
        self.sentences = rec.get("sentences", [])
        self.quotes = rec.get("quotes", [])
        self.places = rec.get("places", [])
        self._country_starts: set[int] | None = None  # starts of entities resolved to a country actor
        self._stands_for_state: dict[tuple[int, int], bool] = {}  # by (start, end): it reads nothing else
        self._members: dict[Any, list[str]] | None = None  # affiliation -> the actors holding it, in record order

    def side(self, actor_id: str | None) -> set[str]:
        if actor_id is None:
            return set()
        a = self.actors.get(actor_id)
        out = {actor_id}
        if a and a.get("affiliation"):
            out.add(a["affiliation"])
        # members: actors affiliated to this one
        if self._members is None:
            self._members = {}
            for i, b in self.actors.items():
                self._members.setdefault(b.get("affiliation"), []).append(i)
        out |= set(self._members.get(actor_id, ()))
        return out

    def name(self, actor_id: str | None) -> str:
        a = self.actors.get(actor_id or "")
        if not a and actor_id and actor_id.startswith(UNNAMED):
            return actor_id[len(UNNAMED):]  # an agent named by what it is ("many experts")
        return a["name"] if a else (actor_id or "?")

    def names(self, actor_id: str | None) -> set[str]:
        a = self.actors.get(actor_id or "")
        if not a:
            return set()
        # with the curated entry it matched: "Isis" in one article is "Islamic State" in another
        return {n.lower() for n in [a["name"], *a.get("aliases", []), a.get("dictionary")] if n}

    def entity_actors(self, start: int, end: int) -> list[tuple[dict[str, Any], str]]:
        return [(e, e["actor"]) for e in self.entities if e.get("actor") and start <= e["start"] and e["end"] <= end]

    def sentence_of(self, start: int, end: int) -> dict[str, Any] | None:
        return next((s for s in self.sentences if s["start"] <= start and end <= s["end"] + 1), None)

    def sentence_index(self, pos: int) -> int:
        for i, s in enumerate(self.sentences):
            if s["start"] <= pos <= s["end"]:
                return i
        return -1

    def places_in(self, start: int, end: int) -> set[str]:
        return {(p.get("name") or p["text"]).lower() for p in self.places
                if start <= p["start"] and p["end"] <= end and p.get("kind") != "country"}

    def sites_in(self, start: int, end: int) -> set[str]:
        """`places_in` without the capitals that stand for their state (`stands_for_state`)."""
        return {(p.get("name") or p["text"]).lower() for p in self.places
                if start <= p["start"] and p["end"] <= end and p.get("kind") != "country"
                and not self.stands_for_state(p)}

    def stands_for_state(self, place: dict[str, Any]) -> bool:
        """Whether a place names who acts, not where: a capital the record resolves to a country actor with no
        locative preposition before it ("the forces Ankara is using", "Moscow said"; not "in Moscow")."""
        key = (place["start"], place["end"])
        known = self._stands_for_state.get(key)
        if known is None:
            known = self._stands_for_state[key] = self._stands_for_state_at(*key)
        return known

    def _stands_for_state_at(self, start: int, end: int) -> bool:
        if self._country_starts is None:
            self._country_starts = {e["start"] for e in self.entities
                                    if self.actors.get(e.get("actor") or "", {}).get("kind") == "country"}
        if start not in self._country_starts:
            return False
        sent = self.sentence_of(start, end)
        if not sent:
            return False
        at = start - sent["start"]
        return not _LOCATIVE.search(sent["text"][max(0, at - 40):at])

    def speaker_of(self, start: int, end: int) -> str | None:
        """The speaker of the innermost quote holding this span."""
        best = None
        for q in self.quotes:
            if q["start"] <= start and end <= q["end"] and q.get("speaker"):
                if best is None or q["end"] - q["start"] < best["end"] - best["start"]:
                    best = q
        return best["speaker"] if best else None


def claims_of(rec: dict[str, Any]) -> list[Claim]:
    v = View(rec)
    out: list[Claim] = []
    cues = dispute_cues()
    rebuttals: list[tuple[dict[str, Any], str | None]] = []
    said = [*v.quotes, *_accusations(v), *_unquoted_disputes(v)]
    said += _nominal_claims(v, said)
    for q in [*said, *_article_statements(v, said)]:
        content = _norm(q["text"])
        cue = (q.get("cue") or "").lower()
        lead = _lead_in(v, q)
        speaker = q.get("speaker") or _introducer(v, q, lead) or _pronoun_speaker(v, q)
        denial = bool(set(cue.split()) & cues) or _cue_negated(cue, lead)
        dispute = topics()["*"]["dispute"].search(content)
        for topic, roles in topics().items():
            if topic == "*":
                continue
            hit = None
            # a topic's referring phrases ("relationships with members of X") are masked, offsets kept
            text = roles["reference"].sub(lambda x: " " * len(x.group()), content) if "reference" in roles else content
            for role in ("assert", "lose", "fake", "unfinished", "holds", "rout"):
                m = roles[role].search(text) if role in roles else None
                if m and (hit is None or m.start() < hit[1].start()):
                    hit = (role, m)
            if hit is None and "cue" in roles and any(roles["cue"].fullmatch(w) for w in cue.split()):
                hit = ("assert", None)  # the speech act is the claim: "X blamed Y for the attack"
            if hit is not None and hit[1] is not None and INTENDED.search(content[:hit[1].start()]) and not (
                    "done" in roles and roles["done"].search(content[:hit[1].start()])):
                hit = None  # "the campaign to liberate X", "vowed to retake X": an aim, not a claim it happened
            if hit is not None and hit[1] is not None and NOT_ALL.search(content[:hit[1].start()]):
                hit = None
            if hit is not None and hit[1] is not None and "concessive" in topics()["*"] and \
                    topics()["*"]["concessive"].match(content[hit[1].end():].lstrip()):
                hit = None  # "the capture of X does not mean an end to the threat": concedes the act, no claim
            if hit is not None and hit[1] is not None and "reason" in topics()["*"] and \
                    topics()["*"]["reason"].search(content[:hit[1].start()]):
                hit = None  # "It is not because X has been defeated": a negated reason, neither claim nor denial
            if hit is not None and hit[1] is not None and "conditional" in topics()["*"] and \
                    topics()["*"]["conditional"].search(content[:hit[1].start()]):
                hit = None  # "would respond if Assad used chemical weapons again": a hypothetical
            if hit is not None and hit[0] == "fake" and hit[1] is not None and "organised" in roles and \
                    roles["organised"].search(content[:hit[1].start()]):
                hit = None  # "protests staged by X": an event held, not one made up
            if hit is not None and hit[1] is not None and "duty" in roles and \
                    roles["duty"].search(content[:hit[1].end()]):
                hit = None  # "we have a responsibility as a society", "countries must take responsibility": a duty
            if hit is not None and hit[1] is not None and "anyone" in roles and \
                    roles["anyone"].search(content[:hit[1].end()]):
                hit = None  # "whoever's responsible for this", "prosecute those responsible": no one named
            if hit is not None:
                role, m = hit
                negated = m is not None and (bool(NEGATION.search(content[:m.start()]))
                                             or _disputed_before(content, m.start())
                                             or bool(topics()["*"]["unsupported"].search(content[:m.start()]))
                                             or bool(topics()["*"]["premature"].search(content[:m.start()]))
                                             or _negated_belief_before(content, m.start()))
                if role == "fake":  # "the attack was staged": against the act; "denied it was staged": for
                    polarity = 1 if denial or negated else -1
                elif role in ("unfinished", "holds"):  # "the fight against X is far from over", "X still holds
                    polarity = 1 if denial else -1      # territory": against X's defeat
                elif denial or negated:
                    polarity = -1
                elif role == "lose":
                    if not dispute:
                        continue  # "we will not surrender" is handled above; a plain loss is not a claim for
                    polarity = -1  # "the claim that X had fallen was propaganda"
                else:
                    polarity = 1
                    if dispute:  # "the claim of victory was false"
                        polarity = -1
                about = topic_about().get(topic)
                objects = (_act_objects(v, q) if about == "places" else _named_parties(v, q, speaker)
                           if about == "actors" else _objects(v, q, content, m))
                if role == "rout" and not set(objects or []) & (_group_names(v, {"organization"}) - _place_names(v)):
                    continue  # "homes were destroyed", "Raqqa was destroyed": a rout is said of a named group
                out.append(Claim(topic, polarity, speaker, q["id"], q["text"], q["start"], q["end"],
                                 subjects=_people_named(v, q) if about == "actors" else [],
                                 against=_named_target(v, q) if polarity < 0 else None, objects=objects,
                                 parties=_act_parties(v, q, speaker, polarity, m) if about == "places" else None,
                                 regions=_event_regions(v, q) if about == "places" else None,
                                 provincial=about == "places" and _provincial(v, q)))
                continue
            if "continue" in roles and roles["continue"].search(content):
                out.append(Claim(topic, -1, speaker, q["id"], q["text"], q["start"], q["end"],
                                 strength="continue"))
        prop = _proposition(q, content, speaker, denial or _countered(cue, content))
        if prop:
            out.append(prop)
        out.extend(_deaths(v, q, content, speaker, denial))
        if speaker == ARTICLE:
            continue  # the article's own statements make topic and proposition claims only
        if not any(c.evidence == q["id"] and c.topic != PROPOSITION for c in out) and _rebuts_by_reference(
                content, denial):
            rebuttals.append((q, speaker))
        where = _whereabouts(v, q)
        if where:
            out.append(where)
    out.extend(_account_disputes(v, out))
    out.extend(_article_verdicts(v, said, out))
    events = _event_claims(v)
    # a rebuttal by reference answers the topic claims the article has reported before it (what it is about is
    # not named), and the acts reported before it that name its speaker as their actor, or as the accused of an
    # accusation ("Israel accused Hezbollah of X. Hezbollah denied the charge.")
    for q, speaker in rebuttals:
        # an unnamed agent's dispute of "a claim" is an apposition to the claim it follows ("X said p, a claim
        # dismissed by the court"): it answers the claims of its sentence and the one before only
        k = v.sentence_index(q["start"]) if (speaker or "").startswith(UNNAMED) else -1
        asserted = sorted({c.topic for c in out if c.polarity > 0 and c.topic != "*" and c.topic in topics()
                           and c.start < q["start"] and (k < 0 or v.sentence_index(c.start) >= k - 1)})
        asserted += sorted({c.topic for c in events if c.polarity > 0 and c.start < q["start"]
                            and _accused_in_event(v, c, speaker)})
        out.extend(Claim(topic, -1, speaker, q["id"], q["text"], q["start"], q["end"],
                         objects=_rebutted_objects(v, out, topic, q))
                   for topic in asserted)
    out.extend(_implied(out))
    out.extend(_figure_claims(v))
    out.extend(events)
    return _dedup(out)


def _rebutted_objects(v: View, claims: list[Claim], topic: str, q: dict[str, Any]) -> list[str] | None:
    """What a rebuttal by reference is about, when the claims it points back to are in its own sentence or the one
    before ("X declared that Isis was defeated, a proposition disputed by many experts"; "X said P had fallen. Y
    rejected the claim."): the names those claims are about, on a topic matched on what was taken or lost (no
    "about" row: the parties of an act are not what a third side's rebuttal clears). None (nothing named) else, as
    before: such a rebuttal answers within its article only."""
    if topic_about().get(topic):
        return None
    k = v.sentence_index(q["start"])
    near = [c for c in claims if c.topic == topic and c.polarity > 0 and c.objects and c.start < q["start"]
            and k >= 0 and v.sentence_index(c.start) >= k - 1]
    return sorted(set().union(*(c.objects for c in near))) if near else None


def _accused_in_event(v: View, claim: Claim, speaker: str | None) -> bool:
    """Whether an event claim ("event:TYPE:source>target") holds `speaker`'s side to account: its actor, or for an
    accusation its target (matched by name: "rebels" and "the rebels" are two mentions of one side)."""
    _kind, etype, pair = claim.topic.split(":", 2)
    source, target = pair.split(">", 1)
    accused = target if etype in ACCUSATION_EVENTS else source
    return bool(speaker and accused in v.actors
                and _party_keys(v, accused) & set().union(*(_party_keys(v, a) for a in v.side(speaker))))


def _implied(claims: list[Claim]) -> list[Claim]:
    """The claims for a topic that claims for another topic imply (claim_topics.tsv "implied": who carried out an
    act says it happened), as claims of the same speaker on the same evidence."""
    return [replace(c, topic=topic) for topic, source in topic_implied().items()
            for c in claims if c.topic == source and c.polarity > 0 and c.strength == "explicit"]


# "Official Syrian claims that p", "Russia's assertion that p", "claims by the army that p": a claim named by its noun,
# with its owner right before it or after "by"
_NOMINAL = re.compile(r"\b(?P<noun>claims?|assertions?|allegations?|insistence|contention)\s+(?:by\s+(?:the\s+)?"
                      r"(?P<by>[\w'. -]{1,50}?)\s+)?that\s+(?P<content>\S[^;:?!]*)", re.I)


def _country_actor(v: View, word: str) -> str | None:
    """The record's country actor a country name or demonym stands for ("Syrian" -> Syria), if it has one."""
    iso2 = country_of_name().get(word.lower())
    return next((i for i, a in v.actors.items() if iso2 and a.get("kind") == "country" and a.get("country") == iso2),
                None)


def _nominal_claims(v: View, said: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims the article names by a claim noun with their owner ("Official Syrian claims that the killings were
    fabricated"), as quotes of the owner when no quote already holds them: the clause after "that" is the content.
    Cited by sentence ("s<index>")."""
    out = []
    for k, sent in enumerate(v.sentences):
        text = _norm(sent["text"])
        for m in _NOMINAL.finditer(text):
            at = sent["start"] + m.start("content")
            if any(q["start"] <= at < q["end"] for q in said):
                continue
            noun_at = sent["start"] + m.start("noun")
            owners = [a for e in v.entities if sent["start"] <= e["start"] and 0 <= noun_at - e["end"] <= 3
                      for a in [e.get("actor") or _country_actor(v, e["text"])] if a]
            if m.group("by"):
                by_at = sent["start"] + m.start("by")
                owners = [a for e, a in v.entity_actors(by_at, sent["start"] + m.end("by")) if e["start"] == by_at]
            if not owners:
                continue
            content = m.group("content").rstrip(" .")
            out.append({"id": f"s{k}", "text": content, "start": at, "end": at + len(content),
                        "speaker": owners[-1], "cue": ""})
    return out


def _state_key(speaker_text: str) -> str | None:
    """The state ("state:SYR", as `_party_keys` names a state) a speaker is named by when its words hold a country
    name or demonym ("Official Syrian", "Syria"), for a speaker the record has no actor for."""
    names = country_of_name()
    words = _norm(speaker_text).lower().replace("'s", "").split()
    iso2 = names.get(" ".join(words)) or next((names[w] for w in reversed(words) if w in names), None)
    iso3 = iso3_of().get(iso2 or "")
    return f"state:{iso3}" if iso3 else None


# PLOVER ACCUSE (CAMEO 112): the accuser asserts that the accused did or is something ("charged him with being a
# member of X"); the accusation is a claim by its source even when no quote is extracted for it
ACCUSATION_EVENTS = {"ACCUSE"}
_CLAUSE_END = re.compile(r"[,;:\u2013\u2014]|\s(?:but|while|although)\s")


def _accusations(v: View) -> list[dict[str, Any]]:
    """Accusation events no quote already carries, as quotes of their source: the words from the trigger to the
    end of its clause are the content, the trigger the cue."""
    out = []
    for e in v.rec.get("events", []):
        speaker, trigger, sentence = e.get("asserted_by") or e.get("source"), e.get("trigger"), e.get("sentence", "")
        if e.get("type") not in ACCUSATION_EVENTS or e.get("status") == "denied" or not (speaker and trigger):
            continue
        m = re.search(r"\b" + re.escape(trigger) + r"\b", sentence)
        at = e["start"] + m.start() if m else -1
        # a quote carries it: the trigger is the quote's cue, or lies inside a quote ("deny X, blaming it on Y")
        if not m or any(q["start"] <= at < q["end"] or ((q.get("cue") or "").lower() == trigger.lower()
                                                         and e["start"] <= q["start"] <= e["end"]) for q in v.quotes):
            continue
        end = _CLAUSE_END.search(sentence, m.end())
        content = sentence[m.end():end.start() if end else len(sentence)]
        start = e["start"] + m.end() + (len(content) - len(content.lstrip()))
        out.append({"id": e["id"], "text": content.strip(), "start": start, "end": start + len(content.strip()),
                    "speaker": speaker, "cue": trigger})
    return out


def _account_disputes(v: View, claims: list[Claim]) -> list[Claim]:
    """A dispute of a named owner's account ("the White House readout did not accurately reflect the call",
    "disputed the White House readout, saying ..."): a claim against what that owner's side is quoted saying before
    it in the article, and those quotes as claims for (topic "account:<owner>"; within one article only)."""
    roles = topics()["*"]
    out: list[Claim] = []
    carried = {c.evidence for c in claims if c.topic != PROPOSITION}  # any statement is a proposition too
    for q in v.quotes:
        if q["id"] in carried or not q.get("speaker"):
            continue
        content, lead = _norm(q["text"]), _lead_in(v, q)
        denial = bool(set((q.get("cue") or "").lower().split()) & dispute_cues()) or bool(
            set(w.lower() for w in re.findall(r"[\w']+", lead)) & dispute_cues())
        false = any(roles[r].search(content) for r in ("dispute", "inaccurate", "rebuttal") if r in roles)
        if not (denial or false):
            continue
        owner, noun = _account_owner(v, q, lead)
        if owner is None or owner in v.side(q["speaker"]) or v.side(owner) & v.side(q["speaker"]):
            continue
        said = [x for x in v.quotes if x.get("speaker") in v.side(owner) and x["start"] < q["start"]]
        topic = f"account:{owner}"
        out.extend(Claim(topic, 1, x["speaker"], x["id"], x["text"], x["start"], x["end"]) for x in said)
        # kept without the account quoted before it: another article may report the account (`_cross_accounts`)
        out.append(Claim(topic, -1, q["speaker"], q["id"], q["text"], q["start"], q["end"], against=owner,
                         objects=[noun]))
    return out


def _account_key(noun: str) -> str:
    """An account noun in one form: "readouts" and "readout" name one kind of account."""
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") else noun


def _own_account(v: View, q: dict[str, Any]) -> set[str]:
    """The account nouns by which a quote is reported as its speaker's account: those of the speaker's side in its
    sentence outside the quote ("according to the White House readout, ...", '"...," a White House statement
    said'), in `_account_key` form."""
    sent = v.sentence_of(q["start"], q["start"])
    if not sent or not q.get("speaker"):
        return set()
    own = v.side(q["speaker"])
    out = set()
    for m in topics()["*"]["account"].finditer(_norm(sent["text"])):
        at = sent["start"] + m.start()
        if not q["start"] <= at < q["end"] and any(a in own for e, a in v.entity_actors(sent["start"], at)
                                                   if 0 <= at - e["end"] <= 3):
            out.add(_account_key(m.group()))
    return out


def _account_owner(v: View, q: dict[str, Any], lead: str) -> tuple[str | None, str]:
    """The actor whose account a quote or its lead-in names, and the account noun (`_account_key` form): an actor
    named right before an account noun ("the White House readout", "Turkey's version"), or after one ("the claims
    by the army"); (None, "") when none is named."""
    sent_start = q["start"] - len(lead)
    nouns = topics()["*"]["account"]
    for text, base in ((lead, sent_start), (_norm(q["text"]), q["start"])):
        for m in nouns.finditer(text):
            before = [a for e, a in v.entity_actors(base, base + m.start())
                      if 0 <= base + m.start() - e["end"] <= 3]
            if before:
                return before[-1], _account_key(m.group())
            after = re.match(r"\s+(?:by|of|from)\s+(?:the\s+)?", text[m.end():])
            if after:
                at = base + m.end() + after.end()
                hits = [a for e, a in v.entity_actors(at, at + 60) if e["start"] == at]
                if hits:
                    return hits[0], _account_key(m.group())
    return None, ""


_DISPUTE_VERB = (r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:e|es|ed)|refut(?:e|es|ed)|dismiss(?:es|ed)?|"
                 r"rebut(?:s|ted)?)")
# "X (has) (vehemently) denied ...": the subject ends right before
_ACTIVE_DISPUTE = re.compile(r"^\s*(?:(?:has|have|had|again|also|repeatedly|\w+ly)\s+)*(?P<cue>" + _DISPUTE_VERB
                             + r")\s+(?P<content>\S.*)", re.I)
# "a charge (was) refuted by X", "the claim was disputed by X": a claim noun, then the verb, then its agent
# Either pattern holds a dispute verb: a sentence without one needs neither tried at each of its actors
_DISPUTE_VERB_RE = re.compile(_DISPUTE_VERB, re.I)
# the claim nouns: those of claim_topics.tsv's "reference" row (WordNet statement.n.01, proposition.n.01, charge.n.01)
_CLAIM_NOUN = (r"(?:claims?|charges?|accusations?|allegations?|assertions?|reports?|propositions?|contentions?|"
               r"versions?|narratives?|notions?)")
_PASSIVE_DISPUTE = re.compile(r"\b(?P<content>(?:the|a|an|this|that|these|such)\s+(?:\w+\s+)?" + _CLAIM_NOUN
                              + r")\s+(?:(?:was|were|has|have|had|been|"
                              r"since|\w+ly)\s+)*(?P<cue>" + _DISPUTE_VERB + r")\s+by\s+(?:the\s+)?$", re.I)
# the same dispute by an agent the record has no actor for, named by what it is ("a proposition disputed by many
# experts", "a claim rejected by analysts"): the agent is the words after "by" up to the clause's end (at most six,
# the first in lower case: a name would be an actor of the record)
_UNNAMED_DISPUTE = re.compile(r"\b(?P<content>(?:the|a|an|this|that|these|such)\s+(?:\w+\s+)?" + _CLAIM_NOUN
                              + r")\s+(?:(?:was|were|has|have|had|been|since|\w+ly)\s+)*(?P<cue>" + _DISPUTE_VERB
                              + r")\s+by\s+(?P<agent>[a-z][\w-]*(?:\s+[\w'-]+){0,5}?)"
                              r"(?=\s*(?:[,;:.()\u2013\u2014]|\s(?:who|which|that|and|but|as|because|since)\b|$))")


def _unquoted_disputes(v: View) -> list[dict[str, Any]]:
    """Disputes no quote carries, as quotes of their actor: "X (has) denied Y" with X a named actor right before
    the verb, and "a charge refuted by X" (the claim noun is the content, a rebuttal by reference). Cited by
    sentence ("s<index>")."""
    out = []
    for k, sent in enumerate(v.sentences):
        text = _norm(sent["text"])
        if not _DISPUTE_VERB_RE.search(text):
            continue
        for entity, actor in v.entity_actors(sent["start"], sent["end"] + 1):
            at = entity["end"] - sent["start"]
            active = _ACTIVE_DISPUTE.match(text[at:])
            passive = _PASSIVE_DISPUTE.search(text[:entity["start"] - sent["start"]])
            if active:
                end = _CLAUSE_END.search(text, at + active.start("content"))
                content_at = at + active.start("content")
                content = text[content_at:end.start() if end else len(text)].rstrip(" .")
                cue_at = sent["start"] + at + active.start("cue")
            elif passive:
                content_at, content = passive.start("content"), passive.group("content")
                cue_at = sent["start"] + passive.start("cue")
            else:
                continue
            # a quote carries it: a quote of the actor in the sentence, or (an active dispute) one holding the verb;
            # a passive one inside another's quote is the quote's tail ("accused X of Y - a charge refuted by Z")
            if any((q.get("speaker") == actor and sent["start"] <= q["start"] <= sent["end"])
                   or (active and q["start"] <= cue_at < q["end"]) for q in v.quotes):
                continue
            start = sent["start"] + content_at
            out.append({"id": f"s{k}", "text": content, "start": start, "end": start + len(content),
                        "speaker": actor, "cue": (active or passive).group("cue")})
        if any(d["id"] == f"s{k}" for d in out):
            continue
        for m in _UNNAMED_DISPUTE.finditer(text):
            agent_at = sent["start"] + m.start("agent")
            named = any(agent_at <= e["start"] <= agent_at + 4 for e, _a in v.entity_actors(agent_at, sent["end"] + 1))
            if named or any(q["start"] <= sent["start"] + m.start("cue") < q["end"] for q in v.quotes):
                continue  # a named agent ("by (the) X": above), or a dispute inside a quote (the quote's own)
            start, content = sent["start"] + m.start("content"), m.group("content")
            out.append({"id": f"s{k}", "text": content, "start": start, "end": start + len(content),
                        "speaker": UNNAMED + m.group("agent").lower(), "cue": m.group("cue")})
            break
    return out


# the speaker of a dispute by an agent the record has no actor for: "unnamed:" and its words ("unnamed:many experts"), a
# side of its own (it is no actor of the record, so no other speaker is on its side)
UNNAMED = "unnamed:"


ARTICLE = "article"  # the speaker of the article's own statements


def _article_statements(v: View, said: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The article's own statements of fact, as quotes of the article (speaker ARTICLE, cited by sentence): the
    sentences no quote, accusation or dispute touches, with no speech verb (in lower case: "Islamic State" is a
    name) and no hedge (claim_topics.tsv "hedge": "alleged", "reportedly", "may")."""
    hedge = topics()["*"]["hedge"]
    out = []
    spans = [(q["start"], q["end"]) for q in said]
    for k, sent in enumerate(v.sentences):
        s_start, s_end = sent["start"], sent["end"]
        if any(start < s_end and s_start < end for start, end in spans) or sent["text"].rstrip().endswith("?"):
            continue
        text = _norm(sent["text"])
        if hedge.search(text) or any(_speech_form(w) for w in _LOWER_WORD.findall(text)):
            continue
        out.append({"id": f"s{k}", "text": sent["text"], "start": sent["start"], "end": sent["end"],
                    "speaker": ARTICLE, "cue": ""})
    return out


# a counter-statement (issue 14, seventh round): "X insisted / countered / retorted that it had not ...": a verb of
# answering or of maintaining against another (WordNet counter.v.02 "speak in response", retort.v.01, insist.v.01
# "be emphatic or resolute and refuse to budge", maintain.v.03 "state categorically") whose content is negated in
# its main clause (the negation within its first words) denies what it negates, as a dispute cue does; ANNOTATION.md
# lists these verbs as the fourth round's dispute class.
_COUNTER_CUES = frozenset("insist insisted insists insisting counter countered counters countering retort retorted "
                          "retorts hit maintain maintained maintains responded replied".split())
# (no comma before it: "that the market, which was not crowded, ..." negates a side clause)
_MAIN_NEGATION = re.compile(r"^\W*(?:that\s+)?(?:[^\s,;]+\s+){0,5}?(?:not|never|no\s+longer|\w+n't)\b", re.I)


def _countered(cue: str, content: str) -> bool:
    return bool(set(cue.lower().split()) & _COUNTER_CUES) and bool(_MAIN_NEGATION.search(_norm(content)))


# the article's verdict on what it reports (issue 14, seventh round): "Trump claimed X. The claim was inaccurate."
# The sentence right before is what a verdict answers: its claims, else the statement its last clause-taking speech
# verb reports ("writing that ...", "a war he claims to be winning") by the actor named before the verb.
_REPORTING = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:that|to)\b", re.I)


def _article_verdicts(v: View, said: list[dict[str, Any]], claims: list[Claim]) -> list[Claim]:
    """The article's own rebuttals by reference (claim_topics.tsv "verdict": "the claim was inaccurate", "the
    facts point to a different conclusion"), each against the claims of other sides in the sentence before it, or,
    when that sentence holds none, against the statement it reports (a claim of its speaker, matched as a
    proposition on the sentence's content words)."""
    verdict = topics()["*"].get("verdict")
    if verdict is None:
        return []
    out: list[Claim] = []
    for k, sent in enumerate(v.sentences[1:], start=1):
        text = _norm(sent["text"])
        first = sent["start"] + len(text) - len(text.lstrip(" \"'([-\u2013\u2014"))
        # someone's words when a quote holds its start ("the claim was false, he said"); a quote the verb of
        # showing opens ("history points to 'a different conclusion'") is the verdict's tail
        if any(q["start"] <= first < q["end"] and q.get("speaker") for q in said) or not verdict.match(
                re.sub(r"^\W+", "", text)):
            continue
        prev = v.sentences[k - 1]
        here = {"id": f"s{k}", "text": sent["text"], "start": sent["start"], "end": sent["end"]}
        answered = [c for c in claims if prev["start"] <= c.start <= prev["end"] and c.speaker not in (None, ARTICLE)
                    and c.strength == "explicit" and (c.topic == PROPOSITION or c.topic in topics())]
        # what the verdict names: a claim answers the claims for, a denial the claims against; the evidence form
        # ("the facts point to a different conclusion") answers a sentence of one polarity only
        noun = re.search(r"\b(?:(?P<denial>denials?)|claims?|assertions?|allegations?|statements?|accounts?|version)\b",
                         text[:60], re.I)
        if noun:
            answered = [c for c in answered if (c.polarity < 0) == bool(noun.group("denial"))]
        elif len({c.polarity for c in answered}) > 1:
            continue
        if not answered:
            reported = _reported_statement(v, k - 1)
            answered = [reported] if reported else []
            out.extend(answered)
        out.extend(replace(c, polarity=-c.polarity, speaker=ARTICLE, evidence=here["id"], text=here["text"],
                           start=here["start"], end=here["end"], against=c.speaker if c.polarity > 0 else None)
                   for c in answered)
    return out


def _reported_statement(v: View, k: int) -> Claim | None:
    """The statement sentence k reports, as a proposition of its speaker on the sentence's content words: the
    speaker of its last attributed quote, else the actor named last before its last clause-taking speech verb
    ("writing that", "claims to"); None without one."""
    sent = v.sentences[k]
    text = _norm(sent["text"])
    words = _content_words(text)
    if len(words) < PROPOSITION_MIN_SHARED:
        return None
    quoted = [q for q in v.quotes if sent["start"] <= q["start"] <= sent["end"] and q.get("speaker")]
    speaker = max(quoted, key=lambda q: q["start"])["speaker"] if quoted else None
    verbs = [m for m in _REPORTING.finditer(text) if _form_of(m.group("verb").lower(), speech_verbs())]
    if speaker is None and verbs:
        at = sent["start"] + verbs[-1].start("verb")
        before = sorted(v.entity_actors(sent["start"], at), key=lambda ea: ea[0]["end"])
        speaker = before[-1][1] if before else None
    if speaker is None:
        return None
    return Claim(PROPOSITION, 1, speaker, f"s{k}", sent["text"], sent["start"], sent["end"], objects=words)


MAX_REBUTTAL_WORDS = 12  # a rebuttal by reference is short: a longer quote says what it rebuts, or something else


def _rebuts_by_reference(content: str, denial: bool) -> bool:
    """A short quote that calls something false ("that is not true"), or a denial of a bare claim noun ("rejected
    the claim"): it answers a claim without repeating it (claim_topics.tsv, rows "rebuttal" and "reference")."""
    text = _CLAUSE_END.split(re.sub(r"^\W+", "", content).strip() + " ")[0].strip()  # "the accusations but ..."
    if not text or len(text.split()) > MAX_REBUTTAL_WORDS:
        return False
    roles = topics()["*"]
    return bool(roles["rebuttal"].match(text)) or (denial and bool(roles["reference"].match(text)))


def _lead_in(v: View, q: dict[str, Any]) -> str:
    """The quote's sentence up to the quote: where its cue and speaker stand in most sentences."""
    sent = v.sentence_of(q["start"], q["start"])
    if not sent or sent["start"] > q["start"]:
        return ""
    return _norm(sent["text"][:q["start"] - sent["start"]])


def _form_of(word: str, lemmas: frozenset[str] | set[str]) -> bool:
    """Whether a verb form is one of the lemmas ("believes", "accepted", "tweeted", "said")."""
    word = _IRREGULAR.get(word, word)
    return any(word[:len(word) - k] in lemmas for k in range(4) if len(word) - k >= 3)


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


@lru_cache(maxsize=1 << 16)
def _speech_form(word: str) -> bool:
    """`_form_of(word, speech_verbs())`, answered once per word."""
    return _form_of(word, speech_verbs())


_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "thought": "think"}


def _cue_negated(cue: str, lead: str) -> bool:
    """A neg-raising or acceptance cue negated before the content ("the UK does not believe X"): the speaker
    holds the content false, as with a dispute cue."""
    return any(_form_of(w, negated_cues()) and re.search(NEGATED_CUE.format(cue=re.escape(w)), lead, re.I)
               for w in cue.split())


def _disputed_before(content: str, pos: int) -> bool:
    """A dispute word a few words before the topic word inside the content ("to deny responsibility for X",
    "which they denied carrying out"), or a dispute word governing the clause that holds it ("the ambassador
    denied that Syrian forces had carried out X", a denial reported inside another's statement): the statement is
    against it."""
    before = content[:pos]
    if set(w.lower() for w in re.findall(r"[\w']+", before)[-3:]) & dispute_cues():
        return True
    m = re.search(r"\b([a-z]+)\s+that\b[^,;:.?!\u2013\u2014]*$", before, re.I)
    return bool(m and m.group(1).lower() in dispute_cues())


_NEGATED_VERB = re.compile(r"\b(?:not|n't|never|no longer)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\s+(?:that\s+)?"
                           r"[^,;:.?!\u2013\u2014]*$", re.I)


def _negated_belief_before(content: str, pos: int) -> bool:
    """A negated neg-raising or acceptance verb governing the clause of the topic word inside the content ("the UK
    does not believe Islamic State has been defeated"): against it, as when the verb is the quote's cue."""
    m = _NEGATED_VERB.search(content[:pos])
    return bool(m and _form_of(m.group("verb").lower(), negated_cues()))


_INTRODUCED = re.compile(r"(?P<verb>[a-z]+)\s*:\s*\"?\s*$")


def _introducer(v: View, q: dict[str, Any], lead: str) -> str | None:
    """The speaker of a quote the record leaves unattributed, when its own sentence introduces it with a name
    and a speech verb before a colon ('X tweeted: "..."', 'X said: "..."'): the actor named right before the verb.
    (A fallback for the quote extractor's misses, so that such a claim has a side.)"""
    m = _INTRODUCED.search(lead)
    if not m or not _form_of(m.group("verb"), speech_verbs()):
        return None
    sent_start = q["start"] - len(lead)
    verb_at = sent_start + m.start("verb")
    near = [actor for entity, actor in v.entity_actors(sent_start, verb_at) if verb_at - entity["end"] <= 2]
    return near[-1] if near else None


_PRONOUN_KINDS = {"it": {"organization", "group", "country"}, "they": {"organization", "group", "country"},
                  "he": {"person"}, "she": {"person"}}


def _pronoun_speaker(v: View, q: dict[str, Any]) -> str | None:
    """The speaker of a quote the record leaves unattributed whose speaker is a pronoun ('"...," it said'): the
    first actor of the pronoun's kind named in the sentence before the quote's (the subject there, in most
    sentences: "The SDF responded with a statement. '...,' it said"); none when that sentence names none. (A
    fallback for the quote extractor's misses, so that such a claim has a side.)"""
    kinds = _PRONOUN_KINDS.get((q.get("speaker_text") or "").lower())
    k = v.sentence_index(q["start"])
    if not kinds or k <= 0:
        return None
    prev = v.sentences[k - 1]
    for _entity, actor in sorted(v.entity_actors(prev["start"], prev["end"]), key=lambda ea: ea[0]["start"]):
        if v.actors.get(actor, {}).get("kind") in kinds:
            return actor
    return None


# propositions (issue 14, fifth round): a denial that restates what it denies ("X denied that a truce had been
# agreed for the army to leave the valley") answers another side's statement of the same thing whatever its topic,
# when the claim-topic table has no row for it. A class of sentences outside the pair set: denials restating a
# deal, an alliance under discussion, a policy shift, a decision's timing, in four articles of the sample.
# Matched on content words: most of the denial's words, and at least PROPOSITION_MIN_SHARED of them, in the other
# statement. A statement with a negation and no dispute cue is left out (a negation may sit in a side clause).
PROPOSITION = "proposition"
PROPOSITION_MIN_SHARED = 3
PROPOSITION_SHARE = 0.6
_NEGATED = re.compile(r"\b(?:not|never|no|n't|nor|neither|without)\b", re.I)
# rejecting a request, a call or a proposal ("rejected Australia's request for the extradition of X") refuses it,
# it disputes no fact (ANNOTATION.md, second round: "not a request, a proposal, a venue"); the nouns of WordNet's
# request.n.01, proposal.n.01 and demand.n.01 as the denial's object (after an owner: "Erdogan's calls for")
_REQUEST = re.compile(r"^\W*(?:(?:the|a|an|this|these|those|his|her|its|their|any)\s+)?(?:[\w.-]+(?:'s|s')\s+)?"
                      r"(?:\w+\s+)?(?:requests?|calls?|demands?|proposals?|offers?|plans?|appeals?|bids?|"
                      r"invitations?|pleas?|suggestions?|requirements?|conditions?|ultimatums?|overtures?|deals?)\b",
                      re.I)
# function words, and the nouns that name a statement rather than its content ("the claim", "reports")
_PLAIN = frozenset("""the a an and or but of to in on at by for with from into over under that this these those it
its their his her they them he him she we us you i our your is are was were be been being has have had do does did
will would could should may might must can as than then there here which who whom whose what when where why how
also only just about after before since while any all some more most other such so if because very even still
yet again last first one two three week weeks day days month months year years monday tuesday wednesday thursday
friday saturday sunday claim claims report reports allegation allegations accusation accusations charge charges
statement statements suggestion suggestions""".split())


def _content_words(text: str) -> list[str]:
    """The content words of a statement, each cut to a crude stem (suffix off, seven letters), speech verbs and
    dispute cues left out; a word written with a capital inside the text (a name) is marked "^"."""
    out = []
    for m in _WORD.finditer(_norm(text)):
        w = _content_stem(m.group().lower())
        if w is None:
            continue
        name = m.group()[0].isupper() and m.start() > 0
        out.append(("^" if name else "") + w)
    return sorted(set(out))


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


@lru_cache(maxsize=1 << 16)
def _content_stem(w: str) -> str | None:
    """A lower-case word's crude stem for `_content_words` (suffix off, seven letters); None for a word left out."""
    if len(w) < 3 or w in _PLAIN or w in dispute_cues() or _form_of(w, speech_verbs()):
        return None
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[:-len(suffix)]
            break
    return w[:7]


def _proposition(q: dict[str, Any], content: str, speaker: str | None, denial: bool) -> Claim | None:
    """A statement as a claim for (+1) or, with a dispute cue, against (-1) what its content says."""
    if denial and (speaker == ARTICLE or _REQUEST.match(content)):
        return None
    if not denial and _NEGATED.search(content):
        return None
    words = _content_words(content)
    if len(words) < PROPOSITION_MIN_SHARED:
        return None
    return Claim(PROPOSITION, -1 if denial else 1, speaker, q["id"], q["text"], q["start"], q["end"], objects=words)


def restates(pro: Claim, con: Claim) -> bool:
    """Whether a statement (`pro`) says what a denial (`con`) denies: most of the denial's content words, and at
    least PROPOSITION_MIN_SHARED of them, are the statement's, and so are most of its words that are no names (what
    is said of a place, not only the place: "its commander was captured near P" is not "captured P")."""
    shared = set(pro.objects or []) & set(con.objects or [])
    plain = [w for w in shared if not w.startswith("^")]
    con_plain = [w for w in con.objects or [] if not w.startswith("^")]
    return (len(plain) >= max(2, PROPOSITION_SHARE * len(con_plain))
            and len(shared) >= max(PROPOSITION_MIN_SHARED, PROPOSITION_SHARE * len(con.objects or [])))


def _dedup(claims: list[Claim]) -> list[Claim]:
    """A partial quote inside an indirect one repeats it: keep the enclosing quote's claim."""
    keep = []
    alike: dict[tuple, list[Claim]] = {}  # only a claim of the same topic, polarity and speaker can hold another
    for c in claims:
        alike.setdefault((c.topic, c.polarity, c.speaker), []).append(c)
    for c in claims:
        inside = any(o is not c and o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start)
                     for o in alike[(c.topic, c.polarity, c.speaker)])
        if not inside:
            keep.append(c)
    return keep


def _named_target(v: View, q: dict[str, Any]) -> str | None:
    """"the Taliban's claim", "claims by the army": the actor named as the claim's owner."""
    content = _norm(q["text"])
    m = re.search(r"(\w[\w .-]*?)'s? (?:claims?|announcement|statement|assertion)", content)
    if m:
        off = q["start"] + m.start(1)
        for _entity, actor in v.entity_actors(off, q["start"] + m.end(1)):
            return actor
    m = re.search(r"(?:claims?|announcement|statement) (?:by|of|from) (?:the )?([\w .-]+)", content)
    if m:
        for _entity, actor in v.entity_actors(q["start"] + m.start(1), q["start"] + m.end(1)):
            return actor
    return None


# -- what a topic claim is about -------------------------------------------------------------------

# a locative preposition (and an optional "the ... of") right before a place name: the place is where, not who
_LOCATIVE = re.compile(r"\b(?:in|of|near|at|from|to|into|outside|around|across|towards?|on|over|inside|"
                       r"through|beyond)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:of\s+)?$", re.I)
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
        keys = {_key(name)}
        a0 = q["start"] + where
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
    if generic:
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
    if _DESCRIPTOR.match(tail):
        # "the caliphate" with no group named before it: the organization it names (lexicon)
        return _groups_before(v, q, q["start"] + m.start()) or described_organization(_DESCRIPTOR.match(tail).group())
    return []


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


_ESCAPE = re.compile(r"\b(?:escaped|fled|gone|went|moved|left|travelled|traveled|flown|flew)\s+(?:to|for|into)\s+"
                     r"(?:the\s+)?(?:neighbou?ring\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")
_PRESENT = re.compile(r"\b(?:we|i)\s+(?:are|am|'re|'m|remain|stay)\s+(?:still\s+)?in\s+(?:the\s+)?"
                      r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)", re.I)


def _whereabouts(v: View, q: dict[str, Any]) -> Claim | None:
    content = _norm(q["text"])
    m = _ESCAPE.search(content)
    if m:
        subj = [actor for _entity, actor in v.entity_actors(q["start"], q["start"] + m.start())
                if v.actors.get(actor, {}).get("kind") == "person" and actor != q.get("speaker")]
        if subj:
            return Claim("whereabouts", 1, q.get("speaker"), q["id"], q["text"], q["start"], q["end"],
                         subjects=sorted(set(subj)), place=m.group("place").lower())
    m = _PRESENT.search(content)
    if m and q.get("speaker"):
        return Claim("whereabouts", -1, q.get("speaker"), q["id"], q["text"], q["start"], q["end"],
                     subjects=[q["speaker"]], place=m.group("place").lower())
    return None


DEATH = "death"
# between a person's name and what is said of them: nothing, or an appositive ("X, the journalist captured in 2012,")
# or a passive verb of belief or report that raises the subject ("X was believed to have been killed", "X is
# reported to have died": Quirk et al. 16.47)
_SUBJECT_GAP = re.compile(r"^\s*(?:,[^,;:.]{1,100},\s*)?(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                          r"(?:believed|thought|reported|said|presumed|understood|known|confirmed)\s+to\s+)?$")
# a name after "of" is not the subject but whose the subject is ("the son of Shamima Begum", "a friend of X, Y,")
_OWNER_BEFORE = re.compile(r"\bof\s+(?:[\w-]+\s+){0,2}$", re.I)
_NOT_NAMES = frozenset("both all many some most few several none each either neither others everyone nobody".split())
# a clause that asks for, hopes for or doubts the state rather than stating it ("demanded proof that X is alive")
_UNSTATED = re.compile(r"\b(?:proof|whether|if|hopes?|hoped|hoping|pray\w*|wish\w*|fears?|feared|unclear|unknown)\b"
                       r"[^.;:]*$", re.I)


def _deaths(v: View, q: dict[str, Any], content: str, speaker: str | None, denial: bool) -> list[Claim]:
    """Claims that a named person is dead (+1) or alive (-1) (claim_topics.tsv, topic "death"), about the people
    the record names as the subject right before the phrase; a negation inside the phrase or a dispute cue on the
    statement turns it. Objects: the person's names (`_shared` matches a surname alone against a full name)."""
    roles = topics().get(DEATH)
    if not roles or "dead" not in roles or "alive" not in roles:
        return []
    out = []
    lead = _lead_in(v, q) + " "  # the clause may open before the quote: "demanded proof that <quote>"
    for role, polarity in (("dead", 1), ("alive", -1)):
        for m in roles[role].finditer(content):
            # a perfect infinitive after a verb of belief or report states a past fact, no aim ("was believed to
            # have been killed", "is thought to have died": Quirk et al. 16.47)
            if _UNSTATED.search(lead + content[:m.start()]) or (INTENDED.search(content[:m.start()])
                                                               and not m.group().lower().startswith("have ")):
                continue
            subjects = [actor for entity, actor in v.entity_actors(q["start"], q["start"] + m.start())
                        if v.actors.get(actor, {}).get("kind") == "person"
                        and _SUBJECT_GAP.match(content[entity["end"] - q["start"]:m.start()])
                        and not _OWNER_BEFORE.search(content[:max(0, entity["start"] - q["start"])])]
            names = sorted({_key(n) for a in subjects for n in v.names(a)} - {""})
            if not names:
                names = _unrecognised_subject(v, q, content, m.start())
            if not names:
                continue
            turned = bool(re.search(r"\b(?:not|never|no longer)\b", m.group())) != denial
            out.append(Claim(DEATH, -polarity if turned else polarity, speaker, q["id"], q["text"], q["start"],
                             q["end"], objects=names))
    return out


_CLAUSE_SUBJECT = re.compile(r"(?:^|\bthat\s+)(?P<name>" + _NAME + r")\s+$")


def _unrecognised_subject(v: View, q: dict[str, Any], content: str, at: int) -> list[str]:
    """A name the record leaves without an entity as the subject of a reported clause ("claiming Cantlie had been
    killed": the quote's content, or its clause after "that", starts with it): a person's name when it is no
    entity of another kind, no country or demonym and no plural ("Kurds", "Americans")."""
    m = _CLAUSE_SUBJECT.search(content[:at])
    if not m:
        return []
    name = m.group("name")
    start = q["start"] + m.start("name")
    if (name.endswith("s") or name.split()[0].lower() in _PLAIN | _NOT_NAMES or _key(name) in country_of_name()
            or _OWNER_BEFORE.search(content[:m.start("name")])
            or any(e["start"] < start + len(name) and start < e["end"] for e in v.entities)
            or any(p["start"] < start + len(name) and start < p["end"] for p in v.places)):
        return []
    return [_key(name)]


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


def _figure_claims(v: View) -> list[Claim]:
    out = []
    quantities = v.rec.get("quantities", [])
    ranges = _ranges(v, quantities)
    for i, n in enumerate(quantities):
        if n.get("kind") not in FIGURE_KINDS or i in ranges.values():
            continue
        sent = v.sentence_of(n["start"], n["end"])
        s_text = sent["text"] if sent else n["text"]
        s_start = sent["start"] if sent else n["start"]
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


def _event_claims(v: View) -> list[Claim]:
    out = []
    for e in v.rec.get("events", []):
        status = e.get("status")
        if status not in {"claimed", "denied", "reported"}:
            continue
        speaker = e.get("asserted_by")
        if status == "reported" and not speaker:
            continue
        topic = f"event:{e.get('type')}:{e.get('source')}>{e.get('target')}"
        out.append(Claim(topic, -1 if status == "denied" else 1, speaker, e["id"], e.get("sentence", ""),
                         e.get("start", 0), e.get("end", 0)))
    return out


# -- figures: when two values cannot both be true --------------------------------------------------

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


# -- within one article ----------------------------------------------------------------------------

def contradictions_in(rec: dict[str, Any]) -> list[dict[str, Any]]:
    v = View(rec)
    claims = claims_of(rec)
    out: list[dict[str, Any]] = []
    # topic claims
    # topics in the order the article first states them (a set's order would change with the hash seed)
    for topic in dict.fromkeys(c.topic for c in claims
                               if not c.topic.startswith(("figure:", "whereabouts", PROPOSITION))):
        pro = [c for c in claims if c.topic == topic and c.polarity > 0]
        con = [c for c in claims if c.topic == topic and c.polarity < 0]
        explicit = [c for c in con if c.strength == "explicit"]
        if not pro or not explicit:
            continue
        named = {c.against for c in explicit if c.against}
        if named:
            sides = set().union(*(v.side(n) for n in named))
            pro = [c for c in pro if c.speaker in sides] or pro
        pro_side = set().union(*(v.side(c.speaker) for c in pro))
        con = [c for c in con if c.speaker and c.speaker not in pro_side and not (v.side(c.speaker) & pro_side)]
        # when both name what they are about, they must name the same thing (an attack on X, not one on Y)
        con = [c for c in con if not c.objects or any(not x.objects or set(x.objects) & set(c.objects) for x in pro)]
        # and the same way round: the claims for are those about what the dispute is about, and about the same
        # people (`_same_people`, as across articles): "the YPG denies any links to the PKK" answers "the YPG is
        # linked to the PKK", not "he was charged with being a member of a terrorist organisation" (issue 14)
        con = [c for c in con if any(_same_people(x, c) and _same_victims(x, c) for x in pro)]
        pro = [x for x in pro if any(_same_people(x, c) and _same_victims(x, c)
                                     and (not x.objects or not c.objects or set(x.objects) & set(c.objects))
                                     for c in con)]
        if not pro or not any(c.strength == "explicit" for c in con):
            continue
        # a person taken ("the journalist captured by X": objects []) is no claim about ground held, as across
        # articles
        pro = [c for c in pro if c.speaker and c.objects != []]
        if not pro:
            continue
        # an act's event answered on a topic already ("denied the charge" against a claim of responsibility) is not
        # reported again
        if topic.startswith("event:") and any(set(d["evidence_against"]) >= {c.evidence for c in con} for d in out):
            continue
        out.append(_contradiction(v, topic, pro, con))
    out.extend(_propositions_in(v, claims, out))
    # an accused party blaming another for the same act
    for topic in dict.fromkeys(c.topic for c in claims if c.topic in topic_deflected()):
        pro = [c for c in claims if c.topic == topic and c.polarity > 0 and c.parties and c.speaker]
        for blamed in pro:
            rivals = [c for c in pro if _deflects(v, blamed, v, c)]
            if rivals and not any(blamed.evidence in d["evidence_for"] for d in out):
                out.append(_contradiction(v, topic, [blamed], rivals))
    # whereabouts
    placed = [c for c in claims if c.topic == "whereabouts" and c.polarity > 0]
    present = [c for c in claims if c.topic == "whereabouts" and c.polarity < 0]
    for p in placed:
        against = [c for c in present if set(c.subjects) & set(p.subjects) and c.place != p.place
                   and c.speaker != p.speaker]
        if against:
            out.append(_contradiction(v, "whereabouts", [p], against,
                                      claim=f"{' and '.join(v.name(s) for s in p.subjects)} left for "
                                            f"{p.place.title()} (said by {v.name(p.speaker)})"))
    # figures from different speakers close together
    figs = [c for c in claims if c.topic.startswith("figure:") and c.speaker]
    seen = set()
    for i, a in enumerate(figs):
        for b in figs[i + 1:]:
            if not comparable(a, b) or a.speaker == b.speaker or v.side(a.speaker) & v.side(b.speaker):
                continue
            near = abs(v.sentence_index(a.start) - v.sentence_index(b.start)) <= 2
            if not near and not (a.place and a.place == b.place):
                continue
            if not figures_disagree(a, b) or (a.evidence, b.evidence) in seen:
                continue
            seen.add((a.evidence, b.evidence))
            out.append(_figure_contradiction(v, a, b))
    # events claimed by one side, denied by another
    for topic in dict.fromkeys(c.topic for c in claims if c.topic.startswith("event:")):
        pro = [c for c in claims if c.topic == topic and c.polarity > 0]
        con = [c for c in claims if c.topic == topic and c.polarity < 0 and c.speaker]
        pro_side = set().union(*(v.side(c.speaker) for c in pro)) if pro else set()
        con = [c for c in con if c.speaker not in pro_side]
        # one dispute answered on a topic already ("denied the charge" against a claim of responsibility) is not
        # reported again as the accusation event's
        if pro and con and not any(set(d["evidence_for"]) & {c.evidence for c in pro}
                                   or set(d["evidence_against"]) >= {c.evidence for c in con} for d in out):
            out.append(_contradiction(v, topic, pro, con))
    return out


def _propositions_in(v: View, claims: list[Claim], found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A denial and another side's statement of what it denies, within one article, unless a topic contradiction
    already holds the denial."""
    out: list[dict[str, Any]] = []
    props = [c for c in claims if c.topic == PROPOSITION and c.speaker]
    for con in (c for c in props if c.polarity < 0):
        if any(con.evidence in d["evidence_against"] for d in found):
            continue
        pro = [c for c in props if c.polarity > 0 and c.evidence != con.evidence and restates(c, con)
               and not v.side(c.speaker) & v.side(con.speaker)]
        if pro:
            out.append(_contradiction(v, PROPOSITION, pro, [con]))
    return out


def _sides(v: View, claims: list[Claim]) -> list[str]:
    out: list[str] = []
    for c in claims:
        if c.speaker == ARTICLE:
            continue  # the outlet is no actor of the record; `_contradiction` marks its side instead
        a = v.actors.get(c.speaker or "")
        for x in ([c.speaker] if c.speaker else []) + ([a["affiliation"]] if a and a.get("affiliation") else []):
            if x not in out:
                out.append(x)
    return out


def _contradiction(v: View, topic: str, pro: list[Claim], con: list[Claim], claim: str | None = None
                   ) -> dict[str, Any]:
    main = next((c for c in pro if c.evidence.startswith("q") and not c.evidence.startswith("n")), pro[0])
    text = claim or f"{v.name(main.speaker)}: {main.text.strip()}"
    pro_side = set(_sides(v, pro))
    return {"claim": text, "asserted_by": _sides(v, pro),
            "disputed_by": [x for x in _sides(v, con) if x not in pro_side],
            "evidence_for": [c.evidence for c in pro], "evidence_against": [c.evidence for c in con],
            "kind": topic.split(":")[0] if not topic.startswith("event:") else "event",
            "article_side": _article_side(pro, con)}


def _article_side(pro: list[Claim], con: list[Claim]) -> str | None:
    """Which side the article's own unattributed statements take ("for", "against"), if any."""
    return next((side for side, claims in (("for", pro), ("against", con))
                 if any(c.speaker == ARTICLE for c in claims)), None)


def _figure_contradiction(v: View, a: Claim, b: Claim) -> dict[str, Any]:
    kind = a.topic.split(":", 1)[1]
    total = conservative_total([a.value, b.value])
    return {"claim": f"{_fmt(a.value)} {kind} ({a.of or a.unit or 'people'}), said by {v.name(a.speaker)}; "
                     f"{_fmt(b.value)} said by {v.name(b.speaker)}; conservative total {_fmt(total)}",
            "asserted_by": [a.speaker], "disputed_by": [b.speaker], "evidence_for": [a.evidence],
            "evidence_against": [b.evidence], "kind": "figure"}


def _fmt(x: float | None) -> str:
    return str(int(x)) if isinstance(x, float) and x == int(x) else str(x)


def evidence_texts(rec: dict[str, Any], ids: list[str], text: str | None = None, with_speaker: bool = True
                   ) -> list[str]:
    """The text behind evidence ids: a quote from its speaker's mention to its end ("the Taliban said that
    they have seized ..."), an event's sentence, a figure's sentence."""
    text = text or rec.get("text") or rec.get("article", {}).get("text")
    quotes = {q["id"]: q for q in rec.get("quotes", [])}
    events = {e["id"]: e for e in rec.get("events", [])}
    v = View(rec)
    out = []
    for i in ids:
        if i in quotes:
            q = quotes[i]
            s = q.get("speaker_start")
            if with_speaker and text and s is not None and s < q["start"] and q["start"] - s < 200:
                out.append(text[s:q["end"]])
            elif with_speaker and text and s is not None and s > q["end"] and s - q["end"] < 60:
                out.append(text[q["start"]:q.get("speaker_end") or s])
            else:
                out.append(q["text"])
        elif i in events:
            out.append(events[i].get("sentence", ""))
        elif i.startswith("s") and i[1:].isdigit() and int(i[1:]) < len(v.sentences):
            out.append(v.sentences[int(i[1:])]["text"])
        elif i.startswith("n") and i[1:].isdigit():
            n = rec.get("quantities", [])[int(i[1:])]
            sent = v.sentence_of(n["start"], n["end"])
            out.append(sent["text"] if sent else n["text"])
    return out


def extract(doc: Doc, record: Record) -> list[Contradiction]:
    rec = record.to_dict()
    return [Contradiction(**c) for c in contradictions_in(rec)]


# -- across articles -------------------------------------------------------------------------------

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
            # a quote whose speaker the article leaves unnamed to the extractor stands for its article: two
            # articles are two sources
            pro = [c for c in c1 if c.topic == topic and c.polarity > 0 and (c.objects or c.parties)]
            con = [c for c in c2 if c.topic == topic and c.polarity < 0 and c.strength == "explicit"
                   and (c.objects or c.parties)]
            if not pro or not con:
                continue
            pro_names = set().union(*(_side_names(v1, c.speaker) for c in pro))
            con = [c for c in con if not (_side_names(v2, c.speaker) & pro_names)]
            # a claim made in the disputing article too, by the disputing side, is that side's own statement
            con = [c for c in con if not any(_about_same(c, x) and x.speaker and
                                             _side_names(v2, x.speaker) & _side_names(v2, c.speaker)
                                             for x in c2 if x.topic == topic and x.polarity > 0)]
            for c in con:
                hits = [x for x in pro if _about_same(x, c)
                        and (days <= limit or (after >= 0 and _about_groups(v1, x, v2, c)))
                        and _same_people(x, c) and _person_named_in(v1, x, v2, c) and _same_victims(x, c)
                        and (bool(x.objects and c.objects) or days <= parties_windows().get(topic, days)
                             or _same_act_class(topic, x, c))]
                if not hits:
                    continue
                if any(c.evidence in [e["id"] for e in d["evidence_against"]]
                       and d["articles"][:2] == [r1["article"]["id"], r2["article"]["id"]] for d in out):
                    continue
                about = sorted(set().union(*(_shared(x, c) for x in hits)))
                cons = [y for y in con if set(_shared(y, hits[0])) & set(about)]
                out.append({
                    "kind": topic, "scope": "cross-article",
                    "claim": f"{v1.name(hits[0].speaker)}: {hits[0].text.strip()}",
                    "about": about,
                    "articles": [r1["article"]["id"], r2["article"]["id"]],
                    "asserted_by": _side_list(v1, hits) or [_source(r1)],
                    "disputed_by": _side_list(v2, cons) or [_source(r2)],
                    "evidence_for": [_evidence(r1, x) for x in hits],
                    "evidence_against": [_evidence(r2, y) for y in cons],
                })
    return out


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


def _deflects(v1: View, blamed: Claim, v2: View, rival: Claim) -> bool:
    """Whether a claim for (`rival`) is the answer of a party `blamed` holds responsible, blaming another instead
    ("Russia blamed the US for the crisis" against "the YPG blamed Moscow"): its speaker is among the parties
    `blamed` names, the parties it names are others, and the two do not name different places."""
    if rival.speaker in (None, ARTICLE) or blamed.speaker is None or not (rival.parties and blamed.parties):
        return False
    speaker_keys = set().union(*(_party_keys(v2, a) for a in v2.side(rival.speaker)))
    blamer_keys = set().union(*(_party_keys(v1, a) for a in v1.side(blamed.speaker))) \
        if blamed.speaker != ARTICLE else set()
    if not speaker_keys & set(blamed.parties) or speaker_keys & blamer_keys:
        return False
    if set(rival.parties) & set(blamed.parties):
        return False
    return not (blamed.objects and rival.objects and not set(blamed.objects) & set(rival.objects))


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


def _group_names(v: View, kinds: frozenset[str] | set[str] = frozenset({"organization", "group"})) -> set[str]:
    return set().union(*(v.names(a) for a, x in v.actors.items() if x.get("kind") in kinds))


def _place_names(v: View) -> set[str]:
    return {_key(p.get(k) or "") for p in v.places for k in ("text", "name")} - {""}


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


def _about_same(a: Claim, b: Claim) -> bool:
    return bool(_shared(a, b))


def _source(rec: dict[str, Any]) -> str:
    return rec["article"].get("outlet") or rec["article"]["id"]


def _side_list(v: View, claims: list[Claim]) -> list[str]:
    """The speakers' names, each followed by the group it speaks for ("A spokesman for X", "X")."""
    return list(dict.fromkeys(v.name(x) for x in _sides(v, claims)))

"""The claims of one record: quotes with a topic word or a dispute cue, accusations and disputes no quote
carries, the article's own statements and verdicts, denials that restate what they deny, deaths, whereabouts and
event claims."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate
from typing import Any

from newsledger import literal_gate
from newsledger.extract.claims.about import (
    _NAME,
    _ONE_PERSON,
    _act_objects,
    _act_parties,
    _event_regions,
    _event_sites,
    _group_names,
    _key,
    _named_parties,
    _objects,
    _party_keys,
    _people_named,
    _place_names,
    _provincial,
)
from newsledger.extract.claims.figures import _figure_claims
from newsledger.extract.claims.model import ARTICLE, UNNAMED, Claim, View
from newsledger.extract.claims.vocabulary import (
    _LOWER_WORD,
    CLAUSE_OPENER,
    HIT_ROLES,
    INTENDED,
    NEGATED_CUE,
    NEGATION,
    NEGATIVE_SUBJECT,
    NOT_ALL,
    _form_of,
    _norm,
    _speech_form,
    dispute_cues,
    hit_gates,
    negated_cues,
    own_clause,
    speech_verbs,
    topic_about,
    topic_implied,
    topics,
)
from newsledger.literal_gate import Gate
from newsledger.resolve.lexicon import country_of_name


def claims_of(rec: dict[str, Any]) -> list[Claim]:
    """Every claim of one record: each statement's topic claims, proposition, deaths and whereabouts, then the
    claims drawn from the whole (account disputes, the article's verdicts, rebuttals by reference, implied
    claims, figures, events), deduplicated."""
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
        out.extend(_topic_claims(v, q, content, cue, speaker, denial))
        prop = _proposition(q, content, speaker, denial or _countered(cue, content))
        if prop:
            out.append(prop)
        out.extend(_deaths(v, q, content, speaker, denial, lead))
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
    _add_rebuttals(v, out, events, rebuttals)
    out.extend(_implied(out))
    out.extend(_figure_claims(v))
    out.extend(events)
    return _dedup(out)


def _topic_claims(v: View, q: dict[str, Any], content: str, cue: str, speaker: str | None,
                  denial: bool) -> list[Claim]:
    """One statement's claims on the topics of claim_topics.tsv: for or against the act each topic names, with
    what it is about (places, actors or objects); a topic's "continue" phrase is a claim against its end."""
    out: list[Claim] = []
    dispute = topics()["*"]["dispute"].search(content)
    gated = _GatedText(content)  # the content lowered once for every topic's gate
    for topic, roles in topics().items():
        if topic == "*":
            continue
        hit = _topic_hit(roles, content, cue, hit_gates()[topic], gated)
        if hit is not None:
            role, m = hit
            polarity = _polarity(role, m, content, denial, bool(dispute))
            if polarity is None:
                continue
            about = topic_about().get(topic)
            objects = (_act_objects(v, q) if about == "places" else _named_parties(v, q, speaker)
                       if about == "actors" else _objects(v, q, content, m))
            if role == "rout" and not set(objects or []) & (_group_names(v, {"organization"}) - _place_names(v)):
                continue  # "homes were destroyed", "Raqqa was destroyed": a rout is said of a named group
            numbered = _numbered_group(roles, content, m)
            if numbered:
                key, alone = numbered
                if alone and not _people_named(v, q) and not _ONE_PERSON.search(content):
                    continue  # "Mosul, one of two former centres": a place or a thing counted, no one's membership
                objects = sorted({*(objects or []), key})
            out.append(Claim(topic, polarity, speaker, q["id"], q["text"], q["start"], q["end"],
                             subjects=_people_named(v, q) if about == "actors" else [],
                             against=_named_target(v, q) if polarity < 0 else None, objects=objects,
                             parties=_act_parties(v, q, speaker, polarity, m) if about == "places" else None,
                             regions=_event_regions(v, q) if about == "places" else None,
                             sites=_event_sites(v, q) if about == "places" else None,
                             provincial=about == "places" and _provincial(v, q)))
        elif "continue" in roles and roles["continue"].search(content):
            out.append(Claim(topic, -1, speaker, q["id"], q["text"], q["start"], q["end"], strength="continue"))
    return out


_NUMBER_WORDS = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}


def _numbered_group(roles: dict[str, re.Pattern], content: str, m: re.Match | None) -> tuple[str, bool] | None:
    """A group named by its count (claim_topics.tsv "numbered": "one of the four", "the cell of four had
    included", "a four-strong cell"), keyed by its number ("group of 4"), which joins what the claim is about, and
    whether the topic's phrase is the count itself ("X was one of the four"; then the claim must name or refer to a
    person: a membership is a person's). None without such a group."""
    if "numbered" not in roles or m is None:
        return None
    g = roles["numbered"].search(content)
    if g is None:
        return None
    word = next(x for x in g.groups() if x).lower()
    n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    return f"group of {n}", g.start() <= m.start() < g.end() or m.start() <= g.start() < m.end()


class _GatedText:
    """A statement's content lowered once for the gates of all topics (`_topic_hit`): `fails(gate)` says that no
    literal of the gate is in it, as Gate.passes says of the content (a content with a character lowering does not
    fold, Gate's odd case, fails no gate)."""

    def __init__(self, content: str):
        self.odd = literal_gate.unfolded(content)
        self.low = content.lower()

    def fails(self, gate: Gate) -> bool:
        return not self.odd and not gate.holds(self.low)


def _topic_hit(roles: dict[str, re.Pattern], content: str, cue: str,
               gate: Gate | None, gated: _GatedText | None = None) -> tuple[str, re.Match | None] | None:
    """The topic's first role phrase in the content, or the cue itself when the speech act is the claim ("X
    blamed Y for the attack"); None when the words before or after it make it no claim. `gate`: the topic's
    hit_gates() entry, which a content with a role phrase passes. `gated`: the content lowered once per statement;
    a gate with no literal in it fails the content, and the masked text too when none of its literals holds a space
    (masking only writes spaces), so neither the mask nor the gate's own lowering is made."""
    hit = None
    masked = "reference" in roles
    if gate is not None and gated is not None and (not masked or not any(" " in w for w in gate.literals)) \
            and gated.fails(gate):
        text = None
    else:
        # a topic's referring phrases ("relationships with members of X") are masked, offsets kept
        text = roles["reference"].sub(lambda x: " " * len(x.group()), content) if masked else content
    # unmasked, the content passed the gate above already (`gated` said it holds a literal, or is Gate's odd case)
    if text is not None and (gate is None or (gated is not None and not masked) or gate.passes(text)):
        for role in HIT_ROLES:
            m = roles[role].search(text) if role in roles else None
            if m and (hit is None or m.start() < hit[1].start()):
                hit = (role, m)
    if hit is None:
        return ("assert", None) if "cue" in roles and any(roles["cue"].fullmatch(w) for w in cue.split()) else None
    role, m = hit
    before, common = content[:m.start()], topics()["*"]
    if INTENDED.search(before) and not ("done" in roles and roles["done"].search(before)):
        return None  # "the campaign to liberate X", "vowed to retake X": an aim, not a claim it happened
    if NOT_ALL.search(before):
        return None
    if "concessive" in common and common["concessive"].match(content[m.end():].lstrip()):
        return None  # "the capture of X does not mean an end to the threat": concedes the act, no claim
    if "reason" in common and common["reason"].search(before):
        return None  # "It is not because X has been defeated": a negated reason, neither claim nor denial
    if "conditional" in common and common["conditional"].search(before):
        return None  # "would respond if Assad used chemical weapons again": a hypothetical
    if role == "fake" and "organised" in roles and roles["organised"].search(before):
        return None  # "protests staged by X": an event held, not one made up
    if "duty" in roles and roles["duty"].search(content[:m.end()]):
        return None  # "we have a responsibility as a society", "countries must take responsibility": a duty
    if "anyone" in roles and roles["anyone"].search(content[:m.end()]):
        return None  # "whoever's responsible for this", "prosecute those responsible": no one named
    return hit


def _polarity(role: str, m: re.Match | None, content: str, denial: bool, dispute: bool) -> int | None:
    """For (1) or against (-1) the act of a topic hit; None for a plain loss, which is no claim."""
    subject = m is not None and _negative_subject_before(content, m.start())
    negated = m is not None and subject is not None and (
        subject or bool(NEGATION.search(own_clause(content[:m.start()])))
        or _disputed_before(content, m.start())
        or bool(topics()["*"]["unsupported"].search(content[:m.start()]))
        or bool(topics()["*"]["premature"].search(content[:m.start()]))
        or _negated_belief_before(content, m.start()))
    if subject is None:  # "nobody denies that X carried out the attack": the two negatives make a claim for
        dispute = False
    if role == "fake":  # "the attack was staged": against the act; "denied it was staged": for
        return 1 if denial or negated else -1
    if role in ("unfinished", "holds", "exempt"):  # "the fight against X is far from over", "X still holds
        return 1 if denial else -1                  # territory": against X's defeat; "the ceasefire would not
                                                    # affect its operation": against the truce binding it
    if denial or negated:
        return -1
    if role == "lose":  # "we will not surrender" is handled above; a plain loss is no claim, a disputed one is
        return -1 if dispute else None  # "the claim that X had fallen was propaganda"
    return -1 if dispute else 1  # "the claim of victory was false"


def _add_rebuttals(v: View, out: list[Claim], events: list[Claim],
                   rebuttals: list[tuple[dict[str, Any], str | None]]) -> None:
    """A rebuttal by reference answers the topic claims the article has reported before it (what it is about is
    not named), and the acts reported before it that name its speaker as their actor, or as the accused of an
    accusation ("Israel accused Hezbollah of X. Hezbollah denied the charge."). Appended to `out` one rebuttal at
    a time: a later rebuttal's objects see the earlier ones."""
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
        out.extend(Claim(PROPOSITION, -1, speaker, q["id"], q["text"], q["start"], q["end"], objects=c.objects)
                   for c in _charged_statements(v, out, q, speaker))


def _charged_statements(v: View, claims: list[Claim], q: dict[str, Any], speaker: str | None) -> list[Claim]:
    """The statements a rebuttal by reference ("Tehran denies the charge", "Moscow rejected the allegations")
    answers when it names no topic: those of its own sentence or the one before, by another side, that name the
    rebutting speaker's side (issue 14, round 32). The reference noun is anaphoric (Halliday & Hasan 1976,
    Cohesion in English, ch. 2: "the charge" points back to the text before it), and what one denies is what one
    is charged with: CAMEO 016 "Deny responsibility" answers a 112 "Accuse" whose target is the denier. Matched
    on the party keys (`_party_keys`: a state's organs and capital are the state)."""
    if speaker in (None, ARTICLE) or (speaker or "").startswith(UNNAMED):
        return []
    k = v.sentence_index(q["start"])
    if k < 0:
        return []
    mine = set().union(*(_party_keys(v, a) for a in v.side(speaker)))
    return [c for c in claims if c.topic == PROPOSITION and c.polarity > 0 and c.start < q["start"] and c.objects
            and k - 1 <= v.sentence_index(c.start) <= k and not v.side(c.speaker) & v.side(speaker)
            and any(_party_keys(v, a) & mine for _e, a in v.entity_actors(c.start, c.end)
                    if a not in v.side(c.speaker))]


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
_NOMINAL = literal_gate.gated(_NOMINAL)  # searched only in a sentence holding a claim noun (newsledger.literal_gate)


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
_DISPUTE_VERB_RE = literal_gate.gated(re.compile(_DISPUTE_VERB, re.I))  # searched in sentences holding a literal

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


def _article_statements(v: View, said: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The article's own statements of fact, as quotes of the article (speaker ARTICLE, cited by sentence): the
    sentences no quote, accusation or dispute touches, with no speech verb (in lower case: "Islamic State" is a
    name) and no hedge (claim_topics.tsv "hedge": "alleged", "reportedly", "may")."""
    hedge = topics()["*"]["hedge"]
    out = []
    # a sentence [s_start, s_end) meets a statement when the latest end of the statements starting before s_end
    # lies after s_start: the statements by start, with the running maximum of their ends (one bisection each)
    spans = sorted((q["start"], q["end"]) for q in said)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    for k, sent in enumerate(v.sentences):
        s_start, s_end = sent["start"], sent["end"]
        before = bisect.bisect_left(starts, s_end)
        if (before and reach[before - 1] > s_start) or sent["text"].rstrip().endswith("?"):
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
        # the verdict's pattern first: most sentences open no verdict, and then no quote need be looked at
        if not verdict.match(re.sub(r"^\W+", "", text)) or any(
                q["start"] <= first < q["end"] and q.get("speaker") for q in said):
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


def _negative_subject_before(content: str, pos: int) -> bool | None:
    """A negative pronoun as the subject of the clause that holds the topic word (vocabulary.NEGATIVE_SUBJECT): True,
    against it. None when a dispute word follows the pronoun in its own clause ("nobody denies that X carried out the
    attack"): a negative subject of a denial is a claim for. False without one, or when another clause opens between
    the pronoun and the topic word ("no one died in the blast which was carried out by X")."""
    m = NEGATIVE_SUBJECT.search(content[:pos])
    if m is None:
        return False
    opener = CLAUSE_OPENER.search(m.group("clause"))
    own = m.group("clause")[:opener.start()] if opener else m.group("clause")
    if set(w.lower() for w in re.findall(r"[\w']+", own)) & dispute_cues():
        return None
    return opener is None


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

# a negative pronoun is a negation too ("nobody has authorized the attacks": vocabulary.NEGATIVE_SUBJECT)
_NEGATED = re.compile(r"\b(?:not|never|no|n't|nor|neither|without|nobody|no[\s-]one|none)\b", re.I)

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

# between a person's name and what is said of them: nothing, the comma closing the name as an appositive ("One of
# them, X, was killed": issue 14, twenty-second round), or an appositive ("X, the journalist captured in 2012,")
# or a passive verb of belief or report that raises the subject ("X was believed to have been killed", "X is
# reported to have died": Quirk et al. 16.47)
_SUBJECT_GAP = re.compile(r"^\s*,?\s*(?:,[^,;:.]{1,100},\s*)?"
                          r"(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                          r"(?:believed|thought|reported|said|presumed|understood|known|confirmed)\s+to\s+)?$")

# a name closing an appositive opens after a comma ("One of them, X, was killed"), not after a preposition ("X, from
# Birkenhead, was killed": Birkenhead is no subject)
_APPOSITIVE_OPEN = re.compile(r",\s*$")

# a name after "of" is not the subject but whose the subject is ("the son of Shamima Begum", "a friend of X, Y,")
_OWNER_BEFORE = re.compile(r"\bof\s+(?:[\w-]+\s+){0,2}$", re.I)

_NOT_NAMES = frozenset("both all many some most few several none each either neither others everyone nobody".split())

# a clause that asks for, hopes for or doubts the state rather than stating it ("demanded proof that X is alive")
_UNSTATED = re.compile(r"\b(?:proof|whether|if|hopes?|hoped|hoping|pray\w*|wish\w*|fears?|feared|unclear|unknown)\b"
                       r"[^.;:]*$", re.I)


@lru_cache(maxsize=1)
def _death_gate() -> Gate | None:
    """The literal words one of the death topic's "dead" and "alive" phrases needs (newsledger.literal_gate)."""
    roles = topics()[DEATH]
    return literal_gate.gate(roles["dead"], roles["alive"])


def _deaths(v: View, q: dict[str, Any], content: str, speaker: str | None, denial: bool,
            lead: str | None = None) -> list[Claim]:
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
                        if _animate(v, actor)
                        and _SUBJECT_GAP.match(content[entity["end"] - q["start"]:m.start()])
                        and (content[entity["end"] - q["start"]:m.start()].strip() != ","
                             or _APPOSITIVE_OPEN.search(content[:max(0, entity["start"] - q["start"])]))
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


# the patient of a verb of killing and the one who dies are animate (VerbNet murder-42.1, whose Patient is
# [+animate]; WordNet kill.v.01 "cause to die", die.v.01 "pass from physical life", said of organisms; quoted from
# memory, no VerbNet or WordNet in the venv): a name the NER types as an organisation but that no dictionary or code
# knows as one ("Emwazi was killed", "reports that Abase had been killed") is a person's when it is the subject of such
# a phrase (issue 14, twenty-second round). Only a name of capitalised words (a particle like "al-" allowed) without
# an article: "intelligence agencies", "the department" or "The Times" stay what they are.
_PROPER_NAME = re.compile(r"^(?!(?i:the)\b)"
                          r"(?:(?:[A-Z][\w'’.-]*|al-[A-Z][\w'’-]*|bin|ibn|de|van|von|el-[A-Z][\w'’-]*)\s*)+$")


def _animate(v: View, actor: str) -> bool:
    """Whether an actor can be the subject of a death phrase: a person, or a name the NER typed as an organisation
    that no dictionary or code knows (a mistyped person's name)."""
    a = v.actors.get(actor, {})
    if a.get("kind") == "person":
        return True
    return (a.get("kind") == "organization" and not a.get("code") and not a.get("dictionary")
            and bool(_PROPER_NAME.match(a.get("name") or "")))


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

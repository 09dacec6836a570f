"""Event-level filters: journeys, places and the public are no counterpart; a contest is no fight; the
adversary a hostile act without its own target is aimed at; a generic verb's missing argument."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from newsledger.extract.eventcoding import actorcodes
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding import senses as S
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.extract.eventcoding.tree import in_words, phrasal_lemma
from newsledger.extract.eventcoding.words import PURE_SPEECH
from newsledger.extract.events.actors import _same, _top
from newsledger.extract.events.arguments import AGREEMENT_NOUNS, MOTION_WORDS
from newsledger.extract.events.codes import _code_for_actor
from newsledger.extract.events.speakers import _speaker_of
from newsledger.extract.events.types import CONFLICT
from newsledger.model import Actor, Record
from newsledger.resolve import actor_codes


def _head_of(ev: RawEvent, actors: list, actor: Actor | None) -> Token | None:
    """The coder's head token `actor` was resolved from (None when it came from elsewhere, e.g. a country object)."""
    if actor is None or len(actors) != len(ev.targets):
        return None
    return next((h for h, a in zip(ev.targets, actors) if a is actor), None)


LOCATIVE_PREPS = {"at", "in", "inside", "near", "outside", "around"}

PARTITIVE_KINDS = {"kind", "sort", "type", "lot", "variety"}  # "all kinds of people": the people


def _public(head: Token | None) -> bool:
    """A bare or quantified noun of the public at large (non_acts.json public_audience): "people", "all kinds of
    people", "motorists"; "the people of Idlib", "its residents" name a group."""
    if head is not None and head.lemma_.lower() in PARTITIVE_KINDS:
        head = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), head)
    public = D.non_acts()["public_audience"]
    if head is None or head.lemma_.lower() not in public and head.lower_ not in public:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "these", "those", "this", "that"})
                   or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)


def _official(a: Actor | None) -> bool:
    """The actor stands for a state or body: a country or organization, a person the Phoenix dictionary codes, or a
    code of a state or political sector (non_acts.json visit_official_sectors). A code from a free title ("film-maker
    and activist") is not enough (Guardian tune-a: an activist's journey to Syria)."""
    if a is None:
        return False
    return a.kind in {"country", "organization"} or a.code_source == "dictionary" or actorcodes.code_in_sectors(
        a.code, D.non_acts()["visit_official_sectors"])


def _visit_host(index, record: Record, ev: RawEvent, s: Actor | None, t: Actor | None) -> Actor | None:
    """The host of an official's journey, "travelled to Egypt", "flew to Moscow": the country of the motion verb's
    to/in place (CAMEO 042 'Make a visit': the target is the host; _country_object leaves destinations to places)."""
    if t is not None or not ev.cameo.startswith("042") or ev.trigger.lemma_.lower() not in MOTION_WORDS \
            or not _official(s):
        return t
    for prep in ev.trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"to", "in"}:
            continue
        for p in prep.children:
            if p.dep_ == "pobj" and p.ent_type_ == "GPE":
                name = " ".join(x.text for x in actorcodes.np_tokens(p) if x.dep_ != "det")
                host = index.country_named(name) or index.country_named(p.text)
                if host is not None and host.id != s.id and host.country != s.country:
                    if not host.code and not host.code_source:
                        host.code = _code_for_actor(record, host)
                    return host
    return t


def _no_counterpart(ev: RawEvent, typ: str, s: Actor | None, t: Actor | None, t_head: Token | None) -> bool:
    """Acts between actors whose other side is no actor (non_acts.json _visit_host, _public_audience):
    - a visit by a motion verb (CAMEO 042) without a host, or to a country by a visitor who holds no state or
      political office ("he travelled to Syria", "flew to Florida");
    - a consultation (CONSULT) whose counterpart is a place ("talk about the plans at the community centre"; a
      visit's host country excepted, "landed in Qatar") or the public ("I met all kinds of people");
    - a warning to the public to do or avoid something: an advisory, no threat ("warned people not to swim");
    - an appeal to the public to do something: a public-service appeal, no request of an actor ("urges motorists to
      drive with caution", "residents are encouraged to compost")."""
    lemma = ev.trigger.lemma_.lower()
    na = D.non_acts()
    if typ == "CONSULT" and ev.cameo.startswith("042") and lemma in MOTION_WORDS:
        if t is None or (t.kind == "country" and not _official(s)):
            return True
    if typ == "CONSULT" and t_head is not None and (_public(t_head) or (
            t_head.dep_ == "pobj" and t_head.head.lower_ in LOCATIVE_PREPS
            and not (ev.cameo.startswith("042") and t.kind == "country"))):  # "landed in Qatar": the host
        return True
    if typ == "REQUEST" and lemma in na["public_appeal_verbs"] and any(
            c.dep_ in {"xcomp", "ccomp"} for c in ev.trigger.children) and any(
            _public(h) for h in [t_head, *ev.targets, *(c for c in ev.trigger.children if c.dep_ in {"dobj",
                                                                                             "nsubjpass"})]):
        return True  # "urges motorists to drive with caution": a public-service appeal
    if typ == "THREATEN" and (lemma in na["advisory_verbs"] or ev.trigger.lower_ in na["advisory_verbs"]) \
            and _public(t_head) and (any(c.dep_ in {"xcomp", "ccomp"} for c in ev.trigger.children)
                                    or any(c.dep_ == "prep" and c.lower_ in {"against", "about", "of"}
                                           for c in ev.trigger.children)):
        return True
    return False


def _political(a: Actor | None, sectors: tuple[str, ...], named: bool) -> bool:
    """The actor is a political party to a talk: a state (a country actor), or an actor whose CAMEO code holds one
    of these sectors (verb_senses.tsv's interlocutor row: government, international organisation, elite,
    legislature), the code resolve.actor_codes gave it from the actor itself (the dated Phoenix roles at the
    article's date: "Donald Trump" USAGOV in 2018; a title with its country: "Foreign Secretary X" GBRGOV, or the one
    events.codes filled in); a person the text names (`named`) whom the dictionary knows to have held a post of
    these sectors at another date is a political elite too (Phoenix codes former leaders ELI: "Joe Biden" in 2019),
    but a title the resolver took for such a person is not ("the president also has spoken with X" resolved to a
    former secretary of state: the title names a post held now). A name alone, a title of no such sector
    ("Festival Director X", "head of the drama department"), a company's president, is none; a title of these
    sectors with its country is one even where the resolver left the person uncoded ("Uruguayan Ambassador X")."""
    if a is None:
        return False
    if a.kind == "country":
        return True
    if actorcodes.code_in_sectors(a.code, sectors):
        return True
    title = D.code_for_text(a.role) or "" if a.kind == "person" and a.role else ""
    if actorcodes.countryish(title) and actorcodes.code_in_sectors(title[3:], sectors):
        return True  # "Uruguayan Ambassador X": a title with its country (Phoenix demonym and agent noun), URYGOV
    return named and a.kind == "person" and a.code_source == "dictionary" and actor_codes.held_post_in(a.name, sectors)


def _unofficial_talk(ev: RawEvent, s: Actor | None, t: Actor | None) -> bool:
    """A talk coded by an interlocutor row of verb_senses.tsv ("X spoke to Y", "X called Y": CAMEO 040/041, PLOVER
    CONSULT, "meetings and discussions between actors" of the political kind the codebook codes) whose two sides
    are not both political actors (_political, the row's sectors). The parse cannot tell a leader's call from any
    person's talk ("Festival Director X, right, speaks with Y, head of the drama department": a photo caption of
    the all-news tune-a set, round 20); the resolved actors' codes can.
    Since round 35, the verb's talk coded by another row or by the dictionary's default (the phone row, CAMEO 040
    for "talk") needs one political side at least: the row says when a talk is a consultation (CAMEO 040/041,
    PLOVER CONSULT: between political actors), so a talk with no political actor on either side is everyday talk
    ("she talks to a woman who ...", "approached the window speaking on a cell phone"; issue 16's "everyday verbs
    read as political acts"). One side is enough there: "Trump and Erdoğan spoke by phone" names the other in its
    subject. A noun ("the Baghdad–Washington talks") is read by its own rows."""
    lemma = ev.trigger.lemma_.lower()
    sectors = _interlocutor_sectors(lemma)
    if sectors is None:
        return False

    def named(heads: list[Token]) -> bool:  # a name, or a pronoun the resolver took to a name before it
        return any(h.pos_ == "PROPN" or h.ent_type_ == "PERSON" or h.lower_ in S.PERSON_PRONOUNS for h in heads)

    sides = (_political(s, sectors, named(ev.sources)), _political(t, sectors, named(ev.targets)))
    row = S.sense_row(ev.trigger, lemma)
    if row is not None and row[0][0] == "interlocutor":
        return not all(sides)
    return ev.trigger.pos_ == "VERB" and not any(sides)


def _interlocutor_sectors(lemma: str) -> tuple[str, ...] | None:
    """The CAMEO sectors of the lemma's interlocutor row in verb_senses.tsv ("call", "speak", "talk"), else None."""
    return next((words for (kind, words), _ in S.senses().get(lemma, []) if kind == "interlocutor"), None)


def _internal_meeting(ev: RawEvent, t: Actor | None) -> bool:
    """A meeting of one body's own members with no outside party (non_acts.json internal_bodies): "held a cabinet
    meeting", "summoned an emergency cabinet meeting", "the cabinet met", "after meeting for two hours, the cabinet
    issued a statement". A target named ("a cabinet meeting with the Kurdish delegation") keeps the event."""
    if t is not None:
        return False
    na = D.non_acts()
    bodies = na["internal_bodies"]
    trig = ev.trigger
    meetings = [x for x in [trig, *(c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"})]
                if x.lemma_.lower() in na["meeting_nouns"] or x.lemma_.lower() == "meet"]
    for m in meetings:
        if any(c.dep_ in {"compound", "amod", "poss", "nsubj"} and c.lemma_.lower() in bodies for c in m.children):
            return True
        main = m.head.head if m.dep_ == "pcomp" else m.head  # "after meeting ...": the preposition's verb
        if m is trig and m.pos_ == "VERB" and m.dep_ in {"advcl", "pcomp"} and not any(
                c.dep_ == "nsubj" for c in m.children) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in bodies for c in main.children):
            return True  # "after meeting for two hours, the cabinet issued ...": the main clause's subject met
    return False


def _contest_verb(ev: RawEvent, typ: str) -> bool:
    """A verb of winning a contest (non_acts.json contest_verbs: beat, defeat, overtake, wipe out ...) coded as one
    of contest_types (a fight, or a threat: "X beat the goalie with a backhand" 130, "promised to defeat X" 138)
    and used without a weapon ("firing artillery at X" is a use of arms whoever fires). The caller keeps it between
    armed actors."""
    t = ev.trigger
    if typ not in D.non_acts()["contest_types"]:
        return False
    instruments = D.non_acts()["instrument_nouns"]
    if any(c.dep_ == "dobj" and c.lemma_.lower() in instruments for c in t.children):
        return False
    return _verb_listed(t, D.non_acts()["contest_verbs"])


def _verb_listed(t: Token, verbs) -> bool:
    """The verb's lemma, or its lemma with its particle ("beat_out"), is one of `verbs`."""
    lemma = t.lemma_.lower()
    return lemma in verbs or phrasal_lemma(t, lemma) in verbs


def _electoral_contest(ev: RawEvent) -> bool:
    """An election won, no act (non_acts.json electoral_contest): a verb of electoral_verbs whose own clause (the
    words after it, its object, the nouns of its prepositions before it: "in the match-ups, X would beat Y") holds
    an electoral noun ("captured the nomination", "beat X in the primary"), or for the contest verbs a score
    ("would defeat X 52 to 38 percent", "by five points"), or that is reported by a poll ("a poll found X would
    beat Y", "..., the survey said"). The caller keeps it between armed actors."""
    t = ev.trigger
    na = D.non_acts()
    if not _verb_listed(t, na["electoral_verbs"]):
        return False
    words = set(na["electoral_words"])
    if t.lemma_.lower() in na["contest_verbs"]:
        words |= set(na["electoral_scores"])
    clause = [*S._clause_after(t), *(c for c in t.children if c.dep_ in {"dobj", "nsubjpass"})]
    clause += [o for c in t.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if any(not words.isdisjoint({w.lower_, w.lemma_.lower()}) for w in clause):
        return True
    hyphened = [w for w in words if "-" in w]  # "match-ups": three tokens; read in the noun's phrase text
    if any(h in t.doc[w.left_edge.i : w.i + 1].text.lower() for w in clause if w.pos_ in {"NOUN", "PROPN"}
           for h in hyphened):
        return True
    reporters = [*t.ancestors, *(c for c in t.children if c.dep_ in {"parataxis", "ccomp"})]
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in na["poll_nouns"] for v in reporters for c in v.children)


def _one_person_gathering(ev: RawEvent, actor: Actor | None) -> bool:
    """A rally or a march of one person, no protest (non_acts.json _one_person_gathering): the trigger, or the light
    verb's object ("will be holding a rally"), is a gathering word (rally, march: nominals.tsv and overrides.tsv code
    them 141), and the source is one person who is no protester ("a Trump rally", "her march to the nomination",
    "the senator was rallying for a candidate"), with no protest marker on the rally or march ("against", "protest",
    an "anti-" modifier). The caller reads it for PROTEST events only."""
    if actor is None or actor.kind != "person":
        return False
    na = D.non_acts()
    words = na["gathering_words"]
    trig = ev.trigger
    gathering = [x for x in [trig, *(c for c in trig.children if c.dep_ in {"dobj", "attr"})]
                 if in_words(x, words)]
    if not gathering:
        return False
    if any(w.lower().rstrip("s") in na["protest_doers"] for w in actor.name.lower().split()):
        return False
    markers = na["gathering_protest_markers"]
    phrases = [c for g in gathering for c in g.children] + [c for c in trig.children if c.dep_ in {"prep", "advcl"}]

    def marked(w: Token) -> bool:  # "against", "in protest", "protesting", "anti-war" ("anti" "-" "war")
        return in_words(w, markers) or w.lower_.split("-")[0] in markers

    return not any(marked(w) for c in phrases for w in c.subtree)


def _no_consult_meeting(ev: RawEvent, s: Actor | None = None, t: Actor | None = None) -> bool:
    """A "meet" that is no consultation (non_acts.json _no_consult_meeting, _meet_senses27): a reaction met with or a
    fate met ("his ideas have met with resistance", "was met with applause", "met with a lot of skepticism", "met his
    death": WordNet meet.v.11-12), force met with ("were met with pepper spray and tear gas"), a private meeting with
    a relative or a friend named by a possessive or an indefinite article ("met up with a friend from Dallas", "met
    his older brother for dinner"), or an acquaintance made ("first met", "met over the Internet": meet.v.08) where
    the two sides `s`, `t` are not both political. The caller reads it for CONSULT events only."""
    trig = ev.trigger
    if trig.lemma_.lower() != "meet":
        return False
    na = D.non_acts()
    met = [p for c in trig.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    met += [c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"}]
    met += [p for m in list(met) if m.lemma_.lower() in na["reaction_quantities"]  # "a lot of skepticism"
            for c in m.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    met += [c for m in list(met) for c in m.children if c.dep_ == "conj"]  # "with jeers and boos"
    definite = {"the", "this", "that", "these", "those"}  # "met with the opposition", "the Resistance": a party
    if any(in_words(m, na["reaction_nouns"]) and not any(
            c.dep_ == "poss" and c.lemma_.lower() not in {"his", "her", "their", "its"}
            or c.dep_ == "det" and c.lower_ in definite for c in m.children) for m in met):
        return True
    force = na["instrument_nouns"] | na["reaction_force_nouns"]
    with_nouns = [m for m in met if m.head.dep_ == "prep" and m.head.lower_ == "with" or m.dep_ == "conj"]
    if any(in_words(m, force) for m in with_nouns):
        return True  # "were met with pepper spray and tear gas": the force is the act
    private, dets = na["private_counterparts"], na["private_determiners"]
    if any(in_words(m, private)
           and any(c.dep_ in {"det", "poss"} and c.lower_ in dets for c in m.children) for m in met):
        return True
    sectors = tuple(na["acquaintance_political_sectors"])
    return _acquaintance(trig) and not (_political(s, sectors, True) and _political(t, sectors, True))


def _acquaintance(trig: Token) -> bool:
    """meet.v.08 "get to know" (non_acts.json _meet_senses27): "first met", "met ... for the first time", "met over
    the Internet", "met online", "met through a dating site"."""
    na = D.non_acts()
    marks, media = na["acquaintance_marks"], na["acquaintance_media"]
    for c in trig.children:
        if c.dep_ == "advmod" and (c.lower_ in marks or c.lower_ in media):
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                p.dep_ == "pobj" and p.lower_ == "time" and any(a.lower_ in marks for a in p.children)
                for p in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in {"over", "through", "on", "via"} and any(
                w.lower_ in media for p in c.children if p.dep_ == "pobj" for w in p.subtree):
            return True
    return False


def _won_in_a_vote(ev: RawEvent, actor: Actor | None) -> bool:
    """A state or an office captured with no arms (non_acts.json _won_in_a_vote): an office (won_offices) by anyone
    ("capture the Senate"), a state or a GPE by one person ("Clinton captured Virginia, Georgia ...", "captured his
    home state of Vermont"). The caller reads it for COERCE events and keeps it for an armed source (_armed)."""
    na = D.non_acts()
    if actor is None or not _verb_listed(ev.trigger, na["won_verbs"]):
        return False
    objects = [c for c in ev.trigger.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in na["won_offices"] for o in objects):
        return True
    if actor.kind != "person" or _armed(Actor(actor.id, actor.role or "", "person")):
        return False  # "rebel commander Abu Omar captured Idlib": an armed role
    return any(o.ent_type_ == "GPE" or o.lemma_.lower() in na["won_states"] for o in objects)


def _armed(actor: Actor | None) -> bool:
    """The actor bears arms: its CAMEO code has an armed sector (non_acts.json armed_sectors: MIL, REB, COP ...),
    or its name ends in an armed agent noun ("troops", "gunmen", "militants")."""
    if actor is None:
        return False
    sectors = D.non_acts()["armed_sectors"]
    if actorcodes.code_in_sectors(actor.code, sectors):
        return True
    words = actor.name.lower().split()
    if not words:
        return False
    last = words[-1]
    agent = D.agent_codes().get(last) or D.agent_codes().get(re.sub(r"(e?s)$", "", last)) \
        or D.agent_codes().get(last[:-1] if last.endswith("s") else last) or ""
    return any(agent[i:i + 3] in sectors for i in range(0, len(agent), 3))


def _conflict_pairs(record: Record, resolved) -> Counter:
    """(side, other side) -> how many coded conflict or hostile verbal events pit them against each other (top
    bodies' ids, both directions)."""
    pairs: Counter = Counter()
    for _, ev, srcs, tgts, _codes in resolved:
        if ev.type not in {"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "REJECT"}:
            continue
        # a target rule's rewrite is the target field only: the pairs count the target it replaced
        tgts = [ev.lent_targets.get(j) if j in ev.lent_targets else t for j, t in enumerate(tgts)]
        srcs = [ev.lent_sources.get(i) if i in ev.lent_sources else s for i, s in enumerate(srcs)]  # likewise
        for s in srcs:
            for t in tgts:
                if s and t and not _same(record, s, t) and t.kind != "country" or (
                        s and t and t.kind == "country" and ev.type in CONFLICT and not _same(record, s, t)):
                    a, b = _top(record, s).id, _top(record, t).id
                    pairs[(a, b)] += 1
                    pairs[(b, a)] += 1
    return pairs


def _adversaries(record: Record, pairs: Counter) -> callable:
    def adversary(actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        top = _top(record, actor)
        known = [(n, b) for (a, b), n in pairs.items() if a == top.id]
        # Only an adversary the article itself pits against this actor in a coded event: the most-mentioned
        # other organization is GDELT's "actor from an unrelated part of the story". With several adversaries
        # (Turkey fights Isis and threatens the Kurds) the text does not say which one an attack is aimed at.
        return record.actor(known[0][1]) if len(known) == 1 else None

    return adversary


# Verbs whose object or passive subject is the agreement reached (verb_senses.tsv: "reach &TREATY", "strike deal").
AGREEMENT_VERBS = {"reach", "strike"}


def _retold_agreement(ev: RawEvent) -> bool:
    """"The spokesman said the agreement had been reached with X", "they struck the deal in March": a bare definite
    agreement noun (no modifier naming which deal) reached or struck, after an earlier sentence of the article told
    of an agreement (an agreement noun or the verb agree), points back to that deal: a retelling, not an act of its
    own (event-annotation.md: "other clear mentions of the same event are the same event"; as the definite "the
    suspect" of a later arrest, mentions._first_mentions). Class: round 19's gate (a vague restatement of a deal
    the article had told)."""
    t = ev.trigger
    if t.lemma_.lower() not in AGREEMENT_VERBS:
        return False
    noun = next((c for c in t.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in AGREEMENT_NOUNS),
                None)
    if noun is None or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
        return False
    if any(c.dep_ in {"amod", "compound", "nmod", "poss", "nummod"} for c in noun.children):
        return False  # "the Paris agreement", "the nuclear deal": a deal named by its own words
    return any(w.lemma_.lower() in AGREEMENT_NOUNS or w.lemma_.lower() == "agree" for w in t.doc[:t.sent.start])


def _bare_default(ev: RawEvent) -> bool:
    """The code is only the CAMEO dictionary's default for an everyday verb (no pattern matched, not one of the
    project's core or curated verbs): "fans expressed disappointment", "the boys cried", "Raff studied law"
    (ACCUSE), "the US is counting on support", "the toll highlights the need" (REQUEST) accuse or ask no one.
    Class found on dev/unlabelled Guardian articles outside the gold set."""
    lemma = ev.trigger.lemma_.lower()
    return ev.basis == "default" and lemma not in D.core_verbs() and lemma not in D.curated_verbs()


def _own_clause_tense(verb: Token) -> bool:
    """A conjunct with its own subject or auxiliary and no modal of possibility of its own is a clause of its own,
    not under the first conjunct's modal ("the violence must stop, and I am urging the government to act"; "must pay
    fines and were ordered by the court to ...": CGEL ch. 15, coordination of clauses); "and that may yet pull the
    US deeper" has its own modal."""
    hypo = D.word_class("hypo_aux")
    return verb.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children) \
        and not any(c.dep_ == "aux" and c.lower_ in hypo for c in verb.children)


def _hedged_count(verb: Token) -> bool:
    """"the conflict may have killed up to 250,000 people": an epistemic modal with the perfect over a counted
    object hedges the count of a past act, not the act (as non_acts.json count_estimate_heads)."""
    return any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children) and any(
        o.dep_ in {"dobj", "nsubjpass"} and any(n.dep_ == "nummod" or n.tag_ == "CD" for n in o.subtree)
        for o in verb.children)


def _thought_not_told(verb: Token) -> bool:
    """The act's clause is the complement of a verb of knowing or thinking (non_acts.json cognition_heads and
    word_classes.json knowing_verbs: WordNet 3.0 verb.cognition, know.v.01, realize.v.01, understand.v.01) before
    any verb of saying: "Assad knows he can bomb the opposition" tells what someone knows or thinks, not a statement
    of his own possible act, though the quote finder takes "knows" for a cue (round 34)."""
    thinking = D.non_acts()["cognition_heads"] | D.word_class("knowing_verbs")
    t = verb
    for _ in range(4):
        if t.dep_ not in {"ccomp", "xcomp", "conj"} or t.head.i == t.i:
            return False
        t = t.head
        lemma = t.lemma_.lower()
        if lemma in PURE_SPEECH:
            return False
        if lemma in thinking:
            return True
    return False


def _prediction(index, record: Record, ev: RawEvent, typ: str, status: str, s: Actor | None,
                asserted_by: str | None) -> bool:
    """A possible or obligatory act (status hypothetical: could, might, may, should, must; word_classes.json
    hypo_aux; "can" not negated, ability_aux) told by someone other than its own doer is a prediction, a conjecture
    or a recommendation, no act (event-annotation.md: predictions and conditions are not events; Quirk et al. 1985,
    4.49-4.58: epistemic possibility and obligation assert no occurrence): "that may yet pull the US deeper into the
    battlefield", "hundreds of thousands of people could be killed", "voters might blame a Democrat", "the group
    must be destroyed", "X should ask why ...". Kept:
    - a party's own possible act told by that party (the speaker of the quote or of the speech verb is the source's
      side, or an official, _official, telling a state's or body's act: "Slovakia could suspend relations, Fico told
      journalists", "the military announced the deal could be signed next week"): its plan or veiled threat, which
      the guide counts as a hypothetical event;
    - a conjunct with its own subject or auxiliary (_own_clause_tense);
    - a negated refusal under the modal ("said she could not support the deal"): a refusal voiced now, as "will not
      accept" (status.py);
    - a hedged count of a past act (_hedged_count)."""
    if status != "hypothetical" or ev.trigger is None:
        return False
    trig = ev.trigger
    if _own_clause_tense(trig) or _hedged_count(trig):
        return False
    if typ == "REJECT" and ev.negated:
        return False
    speakers = []
    if asserted_by not in {None, "SOURCE"} and not _thought_not_told(trig):
        speakers.append(record.actor(asserted_by))
    if ev.speech_head is not None:
        speakers.append(_speaker_of(index, record, ev.speech_head))
    if s is not None and any(sp is not None and _same(record, s, sp) for sp in speakers):
        return False
    if s is not None and s.kind in {"country", "organization"} and any(
            sp is not None and sp.kind == "person" and _official(sp) for sp in speakers):
        return False  # an official tells a state's or body's possible act ("..., Prime Minister Fico told
        # journalists", "the interim president said"): taken as his own side's plan (the official's own state is
        # not always resolved)
    return True

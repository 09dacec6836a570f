"""Sources and targets from the structure of the sentence when the coder's heads give none: reduced passives,
the owner and target of act nouns, sent forces, recipients, threatened and requested parties, a verb's people
object, the agent of an attack noun, the parties of a reciprocal act, the one a request's from-phrase asks."""
from __future__ import annotations

from spacy.tokens import Token

from newsledger import nlp
from newsledger.extract.eventcoding import actorcodes
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.arguments import _agent_heads, subject_of
from newsledger.extract.eventcoding.modality import PLANNED
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.extract.eventcoding.tree import expand_conj, first_conjunct, in_words, np_head
from newsledger.extract.events.actors import (
    HUMAN_HEADS,
    NAME_ENTITIES,
    _actor,
    _name_start,
    _nationality_clash,
    _place_noun,
    _same,
)
from newsledger.extract.events.codes import _code_for_actor
from newsledger.extract.events.types import CONFLICT
from newsledger.model import Actor, Record
from newsledger.resolve import lexicon
from newsledger.resolve.actor_codes import NON_STATE_PREFIXES


def _reduced_passive(ev: RawEvent) -> None:
    """"Turkey released a US pastor detained for two years", "civilians killed in the strike": a past participle
    modifying a noun (a reduced passive relative clause) has that noun as its patient, the target; its source is
    its by-phrase, if any. The verb coder reads the modified noun as the subject."""
    t = ev.trigger
    source_heads = [h.i for h in ev.sources]
    relative_of = _misparsed_relative(t)  # the same reduced relative, parsed as a clause complement
    if not (relative_of is not None and source_heads == [relative_of.i]) \
            and (t.dep_ != "acl" or t.tag_ != "VBN" or source_heads != [t.head.i]):
        return
    agent = next((p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    ev.targets = [h for h in ev.sources]
    ev.sources = [np_head(agent)] if agent is not None else []
    ev.passive = True


def _misparsed_relative(verb: Token) -> Token | None:
    """The noun a past participle modifies when the parser read the reduced relative as a clause complement with that
    noun as its subject ("released a US pastor detained for two years": "pastor" nsubj of "detained", ccomp of
    "released", tagged VBD or VBN): a past-tense clause complement with no auxiliary, object or clause of its own, of a
    verb that takes no clause (not a verb of saying or thinking), whose common-noun subject follows the governing
    verb. None otherwise."""
    if verb.dep_ != "ccomp" or verb.tag_ not in {"VBN", "VBD"} or verb.head.i >= verb.i \
            or any(c.dep_ in {"aux", "auxpass", "mark", "dobj", "ccomp", "dative"} for c in verb.children):
        return None  # an object or a clause of its own: an active finite verb, not a passive participle
    if not _no_clause_verb(verb.head):
        return None  # "said a pastor detained ...", "is the cell that ... beheaded": a real clause
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and verb.head.i < c.i < verb.i), None)
    return subj if subj is not None and subj.pos_ == "NOUN" else None  # "a US pastor", not "Turkey came in"


# Verbs of thinking and perceiving that take a finite clause (VerbNet consider-29.9, see-30.1, wish-62 classes),
# beside the quote module's verbs of saying.
CLAUSE_VERBS = {"believe", "think", "know", "find", "show", "fear", "hope", "suggest", "mean", "expect", "suspect",
                "see", "hear", "learn", "realise", "realize", "feel", "assume", "understand", "prove", "reveal"}


def _no_clause_verb(verb: Token) -> bool:
    """A verb that takes no finite clause complement: not a verb of saying (quotes.speech_verbs) or thinking."""
    from newsledger.extract.quotes import speech_verbs

    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and lemma not in CLAUSE_VERBS and lemma not in speech_verbs()


ACT_NOUN_PREPS = {"against", "on", "upon", "into", "targeting"}


def _act_noun_target(index, head: Token, record: Record) -> Actor | None:
    """An object that names no actor but an act aimed at one ("will launch a military operation against the
    Kurds", "stepped up its campaign against Isis", "announced strikes on militant positions"): the actor the
    act's against/on/into phrase names, on the noun or on the verb whose object it is (the parser hangs it on
    either) (issue 16: the prepositional target of a nominal act)."""
    if head.pos_ != "NOUN":
        return None
    counterpart = _agreement_counterpart(index, head, record)
    if counterpart is not None:
        return counterpart
    verb_preps = [c for c in head.head.children if c.i > head.i] if head.dep_ == "dobj" else []
    for c in [*head.children, *verb_preps]:
        if c.dep_ == "prep" and c.lower_ in ACT_NOUN_PREPS:
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                return _actor(index, np_head(pobj), record, create=True) \
                    or _act_owner(index, np_head(pobj), record)
    return None


HELD_STATUS_NOUNS = D.word_class("held_status_nouns")


def _status_holder(index, head: Token, record: Record) -> Actor | None:
    """The person an act on a citizenship, nationality or passport falls on: its possessor ("revoked both men's
    British citizenship", "her passport was cancelled"), the document's holder, not the document (the CAMEO
    dictionary's "STRIP * (OF CITIZENSHIP) [170]" acts on the person; word class held_status_nouns)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in HELD_STATUS_NOUNS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    return _actor(index, np_head(owner), record, create=True) if owner is not None else None


HELD_SITES = D.word_class("held_sites")

SITE_HOLDER_DEPS = {"compound", "amod", "poss", "nmod"}


def _held_site(index, head: Token, record: Record, ev: RawEvent):
    """The side a military site belongs to, when an attack or a seizure is aimed at the site ("launched an offensive
    against rebel positions", "bombed Kurdish positions", "shelled militant strongholds"): the actor its modifier
    names, a name, a nationality or a noun of people or forces (HUMAN_HEADS, the Phoenix agents), nearest the noun
    first. The site (word class held_sites) is no actor itself (event-annotation.md: the target is an actor); the
    phrase becomes the side's group actor when the article has no actor for the modifier. Only for an act of force
    (CONFLICT) and not for a site named by a place ("positions inside Syria", "the base in Idlib": a location, not a
    holder). An actor the article already has for the modifier ("police") is returned; else a function that makes
    the phrase's group actor, called only for an event kept (gate of round 27: a stray "police station" actor, kind
    person, took the brief's link from the police). The target counts in the confidence as a coder's target does:
    marked structural, it dropped a real attack whose target the article's adversary had filled before
    ("Militants ... attacked a police checkpoint", pool 6 of round 27). Provenance: word_classes.json _held_sites."""
    if ev.type not in CONFLICT or head.pos_ != "NOUN" or head.lemma_.lower() not in HELD_SITES:
        return None
    mods = sorted((c for c in head.children if c.dep_ in SITE_HOLDER_DEPS and c.i < head.i), key=lambda c: -c.i)
    for m in mods:
        if m.pos_ == "PRON" or m.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"}:
            continue
        lemma = m.lemma_.lower()
        named = m.ent_type_ in {"NORP", "ORG", "PERSON"}
        if not named and not (m.pos_ == "NOUN" and (lemma in HUMAN_HEADS or lemma in D.agent_codes())
                              or m.pos_ == "ADJ" and lemma in HUMAN_HEADS):
            continue  # "military positions", "forward bases": no side named
        found = index.resolve_span(head.doc[m.i: m.i + 1], create=False) if m.pos_ != "ADJ" else None
        if found is None and m.pos_ == "NOUN":  # "police barracks" where the article has "police": that actor
            forms = {lemma, lemma + "s", lemma + "es"}
            found = next((a for a in record.actors if a.name.lower().split()[-1:] and
                          a.name.lower().split()[-1] in forms), None)
        if found is not None:
            return found
        start = min(t.i for t in m.subtree)
        span = head.doc[start: head.i + 1]

        def make(span=span) -> Actor:  # made only when an event keeps it (_events_of): no actor no event uses
            made = index.resolve_span(span, create=True) or index.nominal(span)
            if made.kind == "person":
                made.kind = "group"  # the side holding the site, not one person
            return made
        return make
    return None


def _held_site_target(index, record: Record, ev: RawEvent):
    """The side of the military site an act of force is aimed at (_held_site): the site as the verb's object or
    passive subject ("stormed a police barracks"), or as the against/on/into object of the act noun it takes ("launched
    an offensive against rebel positions", as _act_noun_target reads it). Kept apart from the event's targets
    (RawEvent.site_target) and used only when no other target is found, after the article's conflict pairs are
    counted: a site's holder is no adversary of the article (pool 6 of round 27: with "police station" counted as
    ISIS's adversary, a mosque "targeted by ISIS" took that target, and the storming of the station merged into it)."""
    if ev.type not in CONFLICT:
        return None
    for h in ev.targets:
        cands = [h]
        if h.pos_ == "NOUN":
            verb_preps = [c for c in h.head.children if c.i > h.i] if h.dep_ == "dobj" else []
            cands += [p for c in [*h.children, *verb_preps] if c.dep_ == "prep" and c.lower_ in ACT_NOUN_PREPS
                      for p in c.children if p.dep_ == "pobj"]
        for c in cands:
            found = _held_site(index, np_head(c), record, ev)
            if found is not None:
                return found
    return None


OWNER_ENTITIES = {"GPE", "NORP", "ORG", "PERSON"}

# Nouns of a concluded agreement between parties (the CAMEO dictionary's &TREATY synset: treaty, pact, accord,
# agreement; and "deal", its patterns' other agreement noun: "REACH * DEAL", "STRUCK DEAL WITH +").
AGREEMENT_NOUNS = {"agreement", "accord", "treaty", "pact", "deal"}

# Modifiers naming a deal of commerce, court or sport, no pact between political actors (WordNet 3.0 deal.n.01 "a
# particular instance of buying or selling", plea_bargain.n.01; a player's or performer's contract).
COMMERCIAL_DEAL_WORDS = {"plea", "book", "record", "recording", "sponsorship", "transfer", "contract", "licensing",
                         "television", "tv", "broadcast", "broadcasting", "media", "film", "movie", "publishing",
                         "endorsement", "business", "property", "land", "estate", "merger", "takeover", "loan",
                         "shoe", "apparel", "naming", "rights", "kit", "boot", "modelling", "modeling"}


def _agreement_counterpart(index, head: Token, record: Record) -> Actor | None:
    """The other party of an agreement noun (AGREEMENT_NOUNS) named in its "with" phrase: on the noun ("its
    agreement with the EU"), on a participle modifying it ("an agreement signed last year with the bloc"), or on the
    verb whose object or passive subject it is ("reached a deal with Baghdad", "an agreement was reached with
    Baghdad"). The act on the agreement (reaching, signing, denouncing, reneging on it) is aimed at that party (CAMEO:
    the target is the actor acted upon; the counterpart of a pact, VerbNet correspond-36.1 "agree with"). Class
    (Guardian tune-a): "an agreement was reached with Baghdad" (21), "denounced an agreement signed last year with
    the bloc" (684), "negotiated a deal with Ankara" (634), "its agreement with the EU" (684). Only a name of a state,
    people, body or person (or a description with such a name in apposition: "a deal with the equity firm X"), or an
    actor the article already knows told by a definite description whose nationality word the actor carries ("the
    Chinese company" is not a firm of another country the resolver named last: _foreign_description, _indefinite);
    not a deal of commerce, court or sport (COMMERCIAL_DEAL_WORDS)."""
    if head.lemma_.lower() not in AGREEMENT_NOUNS and head.lower_ not in AGREEMENT_NOUNS:
        return None
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in COMMERCIAL_DEAL_WORDS for c in head.children):
        return None
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children):
        return None  # "criticised Obama's deal with Iran": the named owner is the one judged (_act_owner)
    holders = [head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    if head.dep_ in {"dobj", "nsubjpass"}:
        holders.append(head.head)
    for c in (c for h in holders for c in h.children):
        if c.dep_ != "prep" or c.lower_ != "with" or (c.head.i == head.head.i and c.i < head.i):
            continue
        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ in {"DATE", "TIME"}:
            continue
        party = np_head(pobj)
        if party.ent_type_ not in OWNER_ENTITIES:  # "a deal with the private equity firm Blackstone Capital"
            party = next((c for c in party.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                          and c.ent_type_ in OWNER_ENTITIES), party)
        if party.ent_type_ in OWNER_ENTITIES:
            return _actor(index, party, record, create=True) or _named_country(index, record, party)
        if _indefinite(party):
            return None
        actor = _actor(index, party, record, create=False)
        return None if actor is not None and _foreign_description(actor, party) else actor
    return None


def _foreign_description(actor: Actor, noun: Token) -> bool:
    """A description whose country adjective (a NORP modifier the CAMEO actor dictionary codes as a country:
    "Chinese" CHN) the resolved actor does not carry ("signed agreements with the Chinese company" is no firm of
    another country the resolver named last; _nationality_clash). A religious or political word ("Islamist", no
    country code) says nothing of the state: "an agreement with Jordan's ruling Islamist government" is Jordan's."""
    return any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP"
               and len(D.actor_codes().get(c.lower_) or "") == 3 for c in noun.children) \
        and _nationality_clash(actor, noun)


# Determiners of a new referent (English grammars: an indefinite or quantified noun phrase introduces a referent,
# it does not point back to one the text has named).
INDEFINITE_DETS = {"a", "an", "some", "several", "many", "other", *D.word_class("nonspecific_words")}


def _indefinite(noun: Token) -> bool:
    """A common noun phrase that introduces a new referent ("a Palestinian side", "six other countries", "any
    company"): no actor the article already knows (round 19's gate: the resolver's recency rule gave an unrelated
    named actor as the deal's party)."""
    return noun.pos_ == "NOUN" and any(
        (c.dep_ in {"det", "amod"} and c.lower_ in INDEFINITE_DETS) or c.dep_ == "nummod" for c in noun.children)


# Nouns naming an actor's decision rather than an event (WordNet noun.act / noun.communication nominalizations of
# decide, rule, order, move, plan; the verdict of a court): "criticised Trump's decision", "condemned the White
# House's decision", "a challenge against the Home Office's decision", "a claim against a decision by the
# government", "opposed Trump's decision to ..." (class seen in dev/unlabelled Guardian articles, issue 16): the
# one who decided is what the criticism, challenge or refusal is aimed at, like the owner of an act noun.
DECISION_NOUNS = {"decision", "ruling", "order", "move", "plan", "policy", "verdict", "judgment", "judgement"}


def _act_owner(index, head: Token, record: Record) -> Actor | None:
    """The actor whose act an accusation or refusal is aimed at: "condemned Russia's invasion of Ukraine",
    "denounced the Israeli raid on ...", "rejected the Turkish offensive": CAMEO 111/112 (criticize, accuse) and
    PLOVER ACCUSE/REJECT take the actor criticised as target, the owner of the act noun (nominals.tsv), not
    the place or people the act was aimed at (issue 16: the possessor of a nominal act). A decision noun
    (DECISION_NOUNS) is such an act, and its "by" phrase names its owner as a possessor does."""
    if head.pos_ != "NOUN" or (head.lemma_.lower() not in D.nominals() and head.lower_ not in DECISION_NOUNS):
        return None
    owner = next((c for c in head.children if c.i < head.i and (
        c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.ent_type_ in OWNER_ENTITIES))), None)
    if owner is None:  # "a decision by the UK government", "the raid by Israeli forces": the by-agent
        owner = next((np_head(p) for c in head.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                      for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}), None)
    return _actor(index, owner, record, create=True) if owner is not None else None


FORCE_NOUNS = {"troop", "troops", "force", "forces", "soldier", "soldiers", "army", "warship", "warships", "tank",
               "tanks", "jet", "jets", "fighter", "fighters", "marine", "marines", "ship", "ships", "unit", "units"}

DEPLOY_VERBS = {"send", "deploy", "dispatch", "move", "order", "station", "mass"}

DEPLOY_PREPS = {"into", "to", "in", "toward", "towards", "across"}


def _sent_to(index, head: Token, record: Record) -> Actor | None:
    """The actor a deployment is aimed at, not the sender's own forces: "threatened to send troops into northern
    Syria", "will deploy warships to the Gulf of Guinea", "sent its army across the border into Lebanon": the
    into/to phrase on the verb or on the forces noun (PLOVER MOBILIZE/THREATEN: the target is where force is
    sent; issue 16: "threatened to send his forces" target)."""
    if not in_words(head, FORCE_NOUNS):
        return None
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in DEPLOY_VERBS:
        return None
    for c in [*verb.children, *head.children]:
        if c.dep_ in {"prep", "dative"} and c.lower_ in DEPLOY_PREPS and c.i > head.i:
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in {"GPE", "LOC", "NORP", "ORG"}:
                return _actor(index, np_head(pobj), record, create=True) or index.country_named(np_head(pobj).text)
    return None


def _sent_to_country(index, head: Token, record: Record) -> Actor | None:
    """The country whose place the forces are sent to, when the to/into phrase names a place of it rather than the
    country ("sent troops to Afghanistan's Helmand province", "into the Kunar province of Afghanistan"): the
    possessor or the of-phrase of the place noun, a country's name (index.country_named; PLOVER MOBILIZE: the target
    is the one force is sent to, a state for its territory, as _sent_to reads "into northern Syria")."""
    if not in_words(head, FORCE_NOUNS):
        return None
    verb = head.head
    for c in [*verb.children, *head.children]:
        if c.dep_ not in {"prep", "dative"} or c.lower_ not in DEPLOY_PREPS or c.i < head.i:
            continue
        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
        if pobj is None:
            continue
        owners = [o for o in pobj.children if o.dep_ == "poss"]
        owners += [p for o in pobj.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children
                   if p.dep_ == "pobj"]
        for o in owners:
            country = index.country_named(" ".join(t.text for t in actorcodes.np_tokens(o)).removeprefix("the "))
            if country is None and o.ent_type_ == "GPE":
                country = index.country_named(o.text)
            if country is not None:
                return country
    return None


def _own_forces(head: Token, ev: RawEvent) -> bool:
    """The forces a deployment or a drawdown moves are the source's own (VerbNet send-11.1, put-9.1, remove-10.1:
    the direct object is the theme moved, THEME_OBJECT_VERBS), not the one acted upon: "Turkey sent troops - and Arab
    militia - into Afrin" (CAMEO 15 MOBILIZE: the target is the one force is raised or sent against, PLOVER
    MOBILIZE; event-annotation.md: the target is the actor acted upon). A force noun (FORCE_NOUNS) that is the
    direct object of the trigger or of its xcomp, or a conjunct of one, is no target."""
    first = first_conjunct(head)
    verb = first.head
    if first.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in THEME_OBJECT_VERBS:
        return False
    if not in_words(first, FORCE_NOUNS):
        return False
    return verb.i == ev.trigger.i or (verb.dep_ == "xcomp" and verb.head.i == ev.trigger.i)


HELPED_PARTY_VERBS = D.word_class("helped_party_verbs")
PARTNER_PREPS = {"with", "alongside"}


def _purpose_party(index, head: Token, record: Record, sources: list, typ: str | None) -> Actor | None:
    """The party forces are sent to fight, help or work with, named by the sending verb's purpose infinitive (a
    purpose clause's "to V" names the act the forces are sent for): the object of a verb of force (core_verbs.tsv,
    CAMEO roots 18-20: "sent troops into Afrin to fight Kurdish militias" -> the militias, the one force is sent
    against); for a cooperative act (COOPERATE, AID, SUPPORT), the object of a verb of helping (word class
    helped_party_verbs: "to assist the local authorities") or the with/alongside partner of any purpose verb ("to
    train with Latvian troops": CAMEO 06 material cooperation's partner). A name of a group, body, person or people,
    or a noun of people; never a place or the source's side."""
    first = first_conjunct(head)
    verb = first.head
    cooperative = typ in {"COOPERATE", "AID", "SUPPORT"}
    for c in verb.children:
        if c.dep_ not in {"advcl", "xcomp"} or c.pos_ != "VERB" or c.i < first.i:
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        lemma = c.lemma_.lower()
        obj = None
        if (D.core_verb_roots().get(lemma) or "") >= "18" or (cooperative and lemma in HELPED_PARTY_VERBS):
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
        if obj is None and cooperative:
            obj = next((p for o in c.children if o.dep_ == "prep" and o.lower_ in PARTNER_PREPS
                        for p in o.children if p.dep_ == "pobj"), None)
        if obj is None:
            return None
        return _named_party(index, np_head(obj), record, sources)
    return None


def _named_party(index, obj: Token, record: Record, sources: list) -> Actor | None:
    """The actor a purpose clause's object names: a name of a group, body, person or people, or a noun of people;
    None for a place, a thing or the source's own side."""
    if obj.pos_ not in {"NOUN", "PROPN"} or _place_noun(obj) or obj.ent_type_ in {"GPE", "LOC", "FAC"}:
        return None
    if not (obj.lemma_.lower() in HUMAN_HEADS or obj.lemma_.lower() in D.agent_codes()
            or obj.ent_type_ in {"PERSON", "ORG", "NORP"}):
        return None
    actor = _actor(index, obj, record, create=True)
    if actor is None or any(s is not None and (_same(record, s, actor) or _one_state(s, actor)) for s in sources):
        return None
    return actor


def _with_absolute(head: Token, ev: RawEvent) -> bool:
    """A target head that is the subject of a "with" absolute clause before the trigger ("the western powers, with
    forces deployed in the country, refuse to intervene"; "With troops massed on the border, Russia threatened"):
    "with" + noun + participle is a nonfinite adverbial clause of circumstance (Quirk et al. 15.58, 15.60), no
    argument of the verb; its noun is no counterpart of the act. Only before the trigger and set off by a comma or
    opening the sentence, so that a with-counterpart after the verb ("met with leaders gathered in Paris") stays."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "with" or prep.i >= ev.trigger.i:
        return False
    if not any(c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"} and c.i > head.i for c in head.children):
        return False
    before = prep.doc[prep.i - 1] if prep.i > prep.sent.start else None
    return before is None or before.is_punct


ANIMATE_HARM_VERBS = D.word_class("animate_harm_verbs")
PLURAL_PRONOUNS = {"they", "them"}


def _harmed_people(index, head: Token, actor: Actor | None, ev: RawEvent) -> Actor | None:
    """The people a pronoun that is the passive subject of a verb of bodily harm stands for, where the resolver read
    a country: "An Iraqi family from Baghdad ... says they ... were injured by a U.S. drone strike" -> the family,
    not Iraq (round 31's gate: a demonym modifying a group read as its state). A verb of killing or injuring takes
    a living patient (word class animate_harm_verbs: VerbNet murder-42.1 and hurt-40.8.3, Patient [+animate]), so
    a state is no antecedent: the people a noun names as the subject of a verb above the pronoun are ("X says
    they ...": the group by its own words, index.nominal), else the latest person or group mentioned before it (the
    resolver's recency rule, index.recent, restricted to people). The harm verb is the trigger or, for an act noun,
    the passive verb whose by-agent it is (eventcoding.nominal._passive_victims); passive only. None when the
    reading was an actor other than a country or no such actor precedes (a pronoun left unresolved is read only
    for an act noun's victims, whose target field the rule fills anyway)."""
    if head.pos_ != "PRON" or head.lower_ not in PLURAL_PRONOUNS | {"he", "him", "she", "her"}:
        return None
    trigger = ev.trigger
    verb = trigger if trigger.pos_ == "VERB" else trigger.head.head if trigger.head.dep_ == "agent" else None
    if (actor is not None and actor.kind != "country") or verb is None \
            or verb.lemma_.lower() not in ANIMATE_HARM_VERBS:
        return None  # the harm verb: the trigger, or the passive verb whose by-agent the act noun is
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    tok = head
    while tok.head.i != tok.i:  # "An Iraqi family ... says they were injured": the subject of the saying verb
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in HUMAN_HEADS:
            toks = actorcodes.np_tokens(subj)
            people = index.nominal(subj.doc[_name_start(subj, toks): subj.i + 1])
            iso3 = lexicon.iso3_of().get(people.country or "")
            if not people.code and not people.code_source and iso3 and subj.lemma_.lower() not in D.agent_codes():
                people.code = iso3 + "CVL"  # "an Iraqi family": civilians of Iraq (a noun of no sector of its own)
            return people
    kinds = {"group", "person"} if head.lower_ in PLURAL_PRONOUNS else {"person"}
    return index.recent(head.idx, lambda a: a.kind in kinds)


# The prepositions of the place a withdrawal leaves: "troops in Afghanistan", "withdraw troops from Syria", "pull
# troops out of Iraq" (VerbNet remove-10.1: Theme "from" Source).
WITHDRAWN_FROM_PREPS = {"in", "from", "of"}
PRESENCE_NOUNS = {"presence", "deployment", "contingent", "garrison"}


def _withdrawn_from(index, head: Token, ev: RawEvent) -> Actor | None:
    """The country a withdrawal or drawdown leaves, where the reading took the country's name for the target but
    found no actor for it (a country named as a place makes none): "is planning to halve the US troop presence in
    Afghanistan" (Guardian tune-a 149@286), "are pulling back in Syria". PLOVER RETREAT (CAMEO 087 de-escalate
    military engagement, 0873 demobilize armed forces, 0874 retreat militarily): the target is the one the forces
    are withdrawn from, the state for its territory, as a deployment's target is the country the forces are sent to
    (_sent_to, _sent_to_country, round 32; VerbNet remove-10.1: Theme "from" Source). Only a RETREAT, only a
    country's name (index.country_named: no region, no town), only in an in/from/out-of phrase of the trigger, of
    its force or presence object (FORCE_NOUNS, PRESENCE_NOUNS) or of its particle "out"; the target field only
    (_retarget)."""
    if ev.type != "RETREAT" or head.dep_ != "pobj" or head.ent_type_ != "GPE":
        return None
    trigger, prep = ev.trigger, head.head
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "prt" and c.lower_ == "out")]
    holders += [o for o in trigger.children if o.dep_ == "dobj"
                and (in_words(o, FORCE_NOUNS) or o.lemma_.lower() in PRESENCE_NOUNS)]
    if prep.lower_ not in WITHDRAWN_FROM_PREPS or not any(prep.head.i == x.i for x in holders):
        return None
    if prep.lower_ == "of" and prep.head.lower_ != "out":
        return None  # "out of Syria", not "the people of Syria"
    return index.country_named(head.text)


def _retarget(index, record: Record, ev: RawEvent, srcs: list, tgts: list) -> list:
    """The target rules that rewrite a target the reading found (issue 16, rounds 31-32): the source's own forces a
    deployment moves give way to the party the clause names: the one they are sent to (_sent_to, the country of the
    place they are sent to: _sent_to_country), against or to work with (_purpose_party), else none (_own_forces); the
    noun of a "with" absolute clause before the trigger is no target (_with_absolute); a pronoun hurt or killed
    stands for people, not the state the resolver read (_harmed_people). A rule changes the target
    field only: the actor it replaces is kept in ev.lent_targets, and the event's existence (its confidence, the
    no-act filters: events._events_of) is decided on it as before, so that clearing a wrong target never drops a
    real act (round 31's gate: a COOPERATE "sent a military force ... to assist" lost with its target) and filling
    one never adds an act. Positions the fallbacks refilled (a list of another length) are left alone."""
    if len(tgts) != len(ev.targets):
        return tgts
    out = list(tgts)
    for j, (h, t) in enumerate(zip(ev.targets, tgts)):
        if j in ev.lent_targets:  # filled by a rule already (eventcoding.nominal._passive_victims): its reading
            victims = _harmed_people(index, h, t, ev)
            out[j] = victims if victims is not None else t
            continue
        if t is None:
            left = _withdrawn_from(index, h, ev)  # "halve the US troop presence in Afghanistan": Afghanistan
            if left is not None and not any(s is not None and s.id == left.id for s in srcs):
                ev.lent_targets[j] = None
                out[j] = left
            continue
        if _own_forces(h, ev):
            new = _sent_to(index, h, record) or _sent_to_country(index, h, record) \
                or _purpose_party(index, h, record, srcs, ev.type)
        elif _with_absolute(h, ev):
            new = None
        elif (victims := _harmed_people(index, h, t, ev)) is not None:
            new = victims
        else:
            continue
        if new is None or new.id != t.id:
            ev.lent_targets[j] = t
            out[j] = new
    return out


# The prepositions of a verb's recipient or counterpart (CAMEO's target: "hand over to Great Britain", "talks with
# Russia", "sanctions on Iran"), not of a place it happens in ("in", "at", "into", "across": a place, see _sent_to).
RECIPIENT_PREPS = {"to", "with", "against", "on", "upon", "toward", "towards"}

# VerbNet's motion classes (51.1 escape, 51.2 leave, 51.3.2 run, 51.4.2 fly/travel, 51.7 accompany...) and their
# nouns: the country after them is a destination or origin, a place ("travelled to Syria", "flying to the United
# States", "advises against travel to Syria"), not a state acted upon (Guardian and all-news tune-a).
MOTION_WORDS = {"travel", "fly", "go", "come", "return", "move", "head", "leave", "flee", "escape", "drive",
                "sail", "walk", "run", "journey", "arrive", "migrate", "emigrate", "immigrate", "relocate", "depart",
                "trip", "flight", "voyage", "departure", "arrival", "cross", "enter",
                "smuggle", "traffic"}


def _country_object(index, record: Record, ev: RawEvent, sources: list) -> Actor | None:
    """A country named as the object, indirect object or recipient of the trigger (or of the infinitive it
    governs), or in a to/for phrase on the act's object noun, when the coder's target phrase gives no actor (or
    only the source itself): "will give Tanzania a grant", "visited Russia", "offered to hand over to Great Britain
    two of its nationals", "aid to Iraq" (PLOVER GSR tune-a class, issue 16: the coder's country-level codes found
    these, the record's events lost them). The resolver keeps such a country out of the actors as a place; a
    state receiving, met or acted upon is the act's target (CAMEO: the target is the actor acted upon). Only a
    name the country lists know as a country: a capital or city is a place ("an attack on Mosul"), and so is the
    destination of a motion verb or noun (MOTION_WORDS)."""
    verbs = [ev.trigger, *(c for c in ev.trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    verbs = [v for v in verbs if v.lemma_.lower() not in MOTION_WORDS]
    cands: list[Token] = []
    for v in verbs:
        cands += [c for c in v.children if c.dep_ in {"dobj", "dative"} and c.i > ev.trigger.i]
        cands += [p for c in v.children if c.dep_ in {"prep", "dative"} and c.lower_ in RECIPIENT_PREPS
                  and c.i > ev.trigger.i for p in c.children if p.dep_ == "pobj"]
    for h in [h for h in ev.targets if h.lemma_.lower() not in MOTION_WORDS]:  # the act's object noun: "aid to Iraq"
        cands += [p for c in h.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS | {"for"}
                  for p in c.children if p.dep_ == "pobj"]
    src_countries = {a.country for a in sources if a is not None and a.country}
    for c in sorted(cands, key=lambda t: t.i):
        actor = _named_country(index, record, c, exclude=src_countries)
        if actor is not None:
            return actor
    return None


def _named_country(index, record: Record, c: Token, exclude: set = frozenset()) -> Actor | None:
    """The country actor a proper GPE name stands for when the country lists know it as a country (not a capital or
    a city: "an attack on Mosul" is a place) and not one of `exclude` (ISO2 codes), made if the article has none yet
    and given its code."""
    if c.ent_type_ != "GPE" or c.pos_ != "PROPN":
        return None
    name = " ".join(t.text for t in actorcodes.np_tokens(c) if t.dep_ != "det")
    iso2 = lexicon.country_of_name().get(name.lower()) or lexicon.country_of_name().get(c.lower_)
    if not iso2 or iso2 in exclude:
        return None
    actor = index.country_named(name) or index.country_named(c.text)
    if actor is not None and not actor.code and not actor.code_source:
        actor.code = _code_for_actor(record, actor)
    return actor


# WordNet's aid.n.01 / assistance and its transfer kin (loan, grant, arms): the object of giving, halting or
# withholding whose to/for phrase names the recipient, the act's target ("prohibit all aid to the rebels",
# "suspended a loan to the government"; CAMEO 07x provide aid / 16x reduce aid: the target is the recipient).
AID_NOUNS = {"aid", "assistance", "help", "support", "loan", "loans", "grant", "grants", "funding", "funds", "credit",
             "arms", "weapons", "supplies", "subsidy", "subsidies"}


def _aid_recipient(index, record: Record, ev: RawEvent) -> Actor | None:
    """The recipient actor of an aid noun the event acts on (AID_NOUNS): its to/for phrase's actor."""
    for h in ev.targets:
        if h.lemma_.lower() not in AID_NOUNS and h.lower_ not in AID_NOUNS:
            continue
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in {"to", "for"}:
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is not None and (pobj.ent_type_ in NAME_ENTITIES or any(
                        t.ent_type_ in NAME_ENTITIES for t in actorcodes.np_tokens(pobj))):
                    a = _actor(index, np_head(pobj), record, create=True)
                    if a is not None:
                        return a
    return None


def _clause_party(index, record: Record, ev: RawEvent, sources: list) -> Actor | None:
    """The target a threat or a request names as the subject of its clause (_threatened_party, _requested_party),
    or else as the subject of a conditional threat's if-clause (_conditional_party), when the coder's target phrase
    gives none: an actor the article already knows (no group is made of "the economy"), not the actor itself or its
    own state."""
    obj = _object_party(ev)
    subj = _threatened_party(ev) or _requested_party(ev) or obj
    actor = _party_actor(index, record, subj, sources, create=subj == obj, ev=ev)
    if actor is None:  # "the White House warned that the US would respond if Assad used ...": Assad
        actor = _party_actor(index, record, _conditional_party(ev), sources, create=False, ev=ev)
    return actor


def _party_actor(index, record: Record, subj: Token | None, sources: list, create: bool,
                 ev: RawEvent | None = None) -> Actor | None:
    """The actor a clause party names, not a pronoun and not the source's own side."""
    if subj is None or subj.pos_ == "PRON":
        return None  # the resolver's antecedent for a pronoun in a reported clause is often the speaker
    actor = _actor(index, np_head(subj), record, create=create)
    if actor is None and subj.pos_ == "NOUN":  # "if a US strike on Syria threatened ...": the strike's owner
        actor = _act_owner(index, subj, record)
    country = False
    if actor is None:  # "calls for Israel to accept", "warned Iran would face ...": a country is an actor as the
        actor = _named_country(index, record, np_head(subj))  # subject of the clause (the resolver keeps it a place)
        country = actor is not None
    if actor is None or any(s is not None and (_same(record, s, actor) or _one_state(s, actor)) for s in sources):
        return None  # "the White House warned that the US would respond if ...": its own side's action
    if country and ev is not None:
        _mark_structural(ev)
    return actor


CONDITION_MARKS = {"if", "unless"}

THREATENED_HARM = {"ASSAULT", "COERCE", "SANCTION"}

# Verbs that state a threat or warning themselves (VerbNet warn-37.9, promise-13.3 "vow"; CAMEO 13 verb patterns):
# "threatened to impose sanctions if Turkey attacked" needs no modal to be a threat of future harm.
THREAT_VERBS = {"threaten", "warn", "vow", "pledge"}


def _conditional_party(ev: RawEvent) -> Token | None:
    """The party a conditional threat is made against: the subject of its if/unless clause, the act that would set
    off the harm ("Russia would shoot down missiles ... if a US strike on Syria threatened Russian personnel", "the
    US would respond if Assad used chemical weapons again", "threatened to impose sanctions if Turkey attacked"; CAMEO
    13 Threaten / 138 threaten with military force: the target is the one threatened, and a conditional threat is
    aimed at the one whose act is the condition). Only a threat stated as a future harm (a modal on the threatening
    clause or on the verb it is conjoined with, or a verb of threatening with its infinitive, THREAT_VERBS); the
    parser hangs the condition on that clause as advcl or conj."""
    if ev.type != "THREATEN" and not (ev.type in THREATENED_HARM and ev.modality in PLANNED):
        return None  # a future attack, arrest or sanction is read as a threat (status._status)
    t = ev.trigger
    clauses = [t, *(c for c in t.children if c.dep_ in {"ccomp", "xcomp"} and c.i > t.i)]
    for v in clauses:
        modal_on = [v, v.head] if v.dep_ == "conj" else [v]
        threat_verb = (t.lemma_.lower() in THREAT_VERBS and (v is t or v.dep_ == "xcomp")) \
            or (v is t and t.dep_ == "xcomp" and t.head.lemma_.lower() in THREAT_VERBS)  # "vowed to launch ... if"
        if not threat_verb and not any(m.dep_ == "aux" and m.tag_ == "MD" for w in modal_on for m in w.children):
            continue
        for c in [*v.children, *(g for k in v.children if k.dep_ == "conj" and k.i > v.i for g in k.children)]:
            if c.dep_ not in {"advcl", "conj"} or (c.dep_ == "conj" and c.i < v.i) \
                    or not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
                continue
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


# Verbs whose direct object is the thing moved or handed over (a theme), not the one acted upon: VerbNet send-11.1,
# slide-11.2, bring-11.3, carry-11.4, remove-10.1 (withdraw, pull), put-9.1 (deploy, station), give-13.1 and
# contribute-13.2, keep-15.2 ("sent fewer soldiers", "withdraw troops", "deployed forces", "keep forces in Lebanon").
THEME_OBJECT_VERBS = {"send", "ship", "dispatch", "forward", "transfer", "deliver", "bring", "carry", "pull",
                      "withdraw", "remove", "evacuate", "deploy", "station", "put", "place", "position", "give", "hand",
                      "provide", "supply", "offer", "lend", "sell", "contribute", "donate", "commit", "mobilise",
                      "mobilize", "recall", "redeploy", "reduce", "cut", "increase", "boost", "raise", "keep", "retain",
                      "maintain", "store"}


def _object_party(ev: RawEvent) -> Token | None:
    """The direct object of an event verb whose coder pattern named no target phrase at all, when it is a noun of
    people (HUMAN_HEADS, a sector noun of the Phoenix agents dictionary: "released a US pastor", "freed two
    journalists") or a name of a person, group or body: CAMEO's target is the actor acted upon, and a transitive
    verb's object is the one it acts upon. Sample tune-a class (events_sample, tenth round): target missing."""
    if ev.targets or ev.trigger.pos_ != "VERB" or ev.trigger.lemma_.lower() in THEME_OBJECT_VERBS | MOTION_WORDS:
        return None
    obj = next((c for c in ev.trigger.children if c.dep_ == "dobj" and c.i > ev.trigger.i), None) or next(
        (r for c in ev.trigger.children if (r := _misparsed_relative(c)) is not None), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or _place_noun(obj):
        return None
    lemma = obj.lemma_.lower()
    if lemma in HUMAN_HEADS or lemma in D.agent_codes() or obj.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return obj
    return None


def _requested_party(ev: RawEvent) -> Token | None:
    """The one asked to act in a request noun's for-to clause: "renewed calls for Israel to accept", "her call for
    Turkey to end the offensive", the noun the trigger or the trigger's object (the subject of the infinitive
    after "for"; CAMEO 02 Make an appeal or request: the target is the one asked; the verb "called for X to"
    already has X as its object). Tenth-round actor census."""
    if ev.type != "REQUEST":
        return None
    t = ev.trigger  # the request noun, or the verb whose object it is ("renewed calls", "repeated her call")
    t = t if t.pos_ == "NOUN" else next((c for c in t.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if t is None or t.i + 1 >= len(t.doc):
        return None
    nxt = t.doc[t.i + 1]
    if nxt.lower_ != "for":
        return None
    if nxt.dep_ == "mark":
        verb = nxt.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > nxt.i), None)
    elif nxt.dep_ == "prep":
        subj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        verb = next((c for c in subj.children if c.dep_ in {"acl", "relcl"} and c.i > subj.i), None) if subj else None
    else:
        return None
    if verb is None or subj is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return subj


def _threatened_party(ev: RawEvent) -> Token | None:
    """The party a threat or warning is made against when the verb states the threat as a clause of a future
    harm (a modal: would, will, could): the clause's subject ("threatened that Mr Assad would pay a big price",
    "warned Iran would face consequences"; CAMEO 13 Threaten: the target is the one threatened). Tenth-round actor
    census: a threat's target left empty."""
    if ev.type != "THREATEN":
        return None
    clause = next((c for c in ev.trigger.children if c.dep_ == "ccomp" and c.i > ev.trigger.i
                   and any(m.dep_ == "aux" and m.tag_ == "MD" for m in c.children)), None)
    return next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if clause else None


def _one_state(a: Actor, b: Actor) -> bool:
    """Two actors of one state: the same country, or CAMEO codes with the same country prefix ("USAGOV", "USA")."""
    if a.country and a.country == b.country:
        return True
    ca, cb = a.code or "", b.code or ""
    return len(ca) >= 3 and len(cb) >= 3 and ca[:3] == cb[:3] and ca[:3] not in NON_STATE_PREFIXES


ACT_AGENT_PREPS = {"in", "during", "by", "from"}

# WordNet-style lexical class: hyponyms of attack.n.01 / military operation (+ nominals.tsv's acts)
ATTACK_NOUNS = {"ambush", "airstrike", "strike", "raid", "shelling", "bombardment", "bombing", "assault", "attack",
                "offensive", "shooting", "onslaught", "incursion", "invasion", "barrage", "massacre", "crossfire"}


def _act_agent(index, ev: RawEvent, record: Record) -> Actor | None:
    """The attacker of an agentless passive named by the act it happened in: "killed in an ambush by Taliban
    fighters", "died in a US airstrike", "wounded in Russia's shelling of the city": the act noun's (nominals.tsv)
    by-agent, possessor or naming modifier (CAMEO's source is the actor of the act; issue 16: passive by-agents,
    the possessor of a nominal act)."""
    if ev.passive and ev.type not in CONFLICT:
        return _passive_agreement_party(index, ev, record)
    if not ev.passive:
        return None
    for prep in ev.trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ACT_AGENT_PREPS:
            continue
        act = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if act is None or act.pos_ != "NOUN" or act.lemma_.lower() not in ATTACK_NOUNS | set(D.nominals()):
            continue
        by = next((p for c in act.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                   for p in c.children if p.dep_ == "pobj"), None)
        if by is not None:
            return _actor(index, np_head(by), record, create=True)
        owner = next((c for c in act.children if c.i < act.i and (
            c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.ent_type_ in OWNER_ENTITIES))), None)
        if owner is not None:
            return _actor(index, owner, record, create=True)
    return None


def _passive_agreement_party(index, ev: RawEvent, record: Record) -> Actor | None:
    """A party of an agreement reached, struck or signed in the passive with no by-agent: the one its "with" phrase
    names ("an agreement was reached with Baghdad", "a deal was struck with the Taliban"). A pact is a reciprocal act
    (VerbNet correspond-36.1: "A agreed with B" = "A and B agreed"): the named party is one of its doers, the act's
    source when no other is named. Class: the counterpart of an agreement noun (_agreement_counterpart)."""
    t = ev.trigger
    if any(c.dep_ == "agent" for c in t.children):
        return None
    noun = next((c for c in t.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    return _agreement_counterpart(index, noun, record) if noun is not None else None


# Verbs of social interaction whose participants may all stand in the subject (VerbNet 3.4 frame "NP-Plural V",
# "Brenda and Molly met"): correspond-36.1 (agree, cooperate, collaborate, negotiate), meet-36.3 (meet, fight,
# battle, clash, consult), talk-37.5 (talk, speak), chitchat-37.6 (chat, confer, converse), and the event nouns of
# meeting and negotiation (WordNet meeting.n.01, talk.n.07 "talks", negotiation.n.01, summit.n.05). CAMEO 04 Consult,
# 03 Express intent to cooperate, 06 Engage in material cooperation and 19 Fight take the other party as target.
# "fight" and "battle" are left out: "the SDF and US forces fought in Raqqa" fight side by side, not each other.
RECIPROCAL_WORDS = {"meet", "talk", "speak", "chat", "confer", "converse", "consult", "negotiate", "agree",
                    "cooperate", "collaborate", "clash", "talks", "meeting", "negotiation", "negotiations", "summit"}

RECIPROCAL_PRONOUNS = {"other", "another"}  # "each other", "one another"

# Verbs of talking take the parties as each other's counterparts only when the subject names representatives of
# states or bodies ("the leaders of A and B spoke"): two named people talking are as often a chat or a joint
# statement to the reader ("X and Y talked glowingly of ..."; PolNeAR train gate, fourteenth round).
TALK_WORDS = {"talk", "speak", "chat", "converse"}

# "agree" with a that-clause is concurring in an opinion (VerbNet conjecture-29.5), with an infinitive or object a
# pact (correspond-36.1): only the pact makes the parties each other's counterpart.
AGREE_WORDS = {"agree"}

# Nouns of a state's or body's representatives ("the leaders of the UK and US", "officials from Iran and Turkey"):
# the participants are the states or bodies named in their of/from phrase (Phoenix agents: GOV, the head of state).
DELEGATE_NOUNS = {"leader", "leaders", "official", "officials", "minister", "ministers", "president", "presidents",
                  "head", "heads", "delegation", "delegations", "representative", "representatives", "envoy",
                  "envoys", "diplomat", "diplomats", "negotiator", "negotiators", "counterpart", "counterparts"}


def _reciprocal_pronoun(tok: Token) -> bool:
    return tok.lower_ in RECIPROCAL_PRONOUNS and any(c.lower_ in {"each", "one"} for c in tok.children)


def _participants(heads: list[Token]) -> list[Token]:
    """The parties the subject names: its coordinated heads, or the coordinated names in the of/from phrase of one
    representatives noun ("the leaders of the UK and US")."""
    if len(heads) >= 2:
        return heads
    if len(heads) != 1 or heads[0].lower_ not in DELEGATE_NOUNS or heads[0].tag_ != "NNS":
        return heads
    pobj = next((p for c in heads[0].children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                 for p in c.children if p.dep_ == "pobj"), None)
    if pobj is None:
        return heads
    names = expand_conj(pobj)
    return names if len(names) >= 2 and all(n.ent_type_ in OWNER_ENTITIES for n in names) else heads


def _below_clause(head: Token, trigger: Token) -> bool:
    """A target head inside an adverbial clause under the trigger (its path up to the trigger passes a verb of an
    advcl: the purpose clause "met to discuss Idlib"), not "met with reporters", "met each other" or the object of an
    infinitive complement ("agreed to supply Iran": xcomp, the act agreed on)."""
    tok = head.head
    while tok.i != trigger.i:
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ == "advcl":
            return True
        if tok.head.i == tok.i:
            return False  # the trigger is not above the head
        tok = tok.head
    return False


def _reciprocal(index, record: Record, ev: RawEvent, srcs: list, tgts: list) -> tuple[list, list]:
    """Parties of a reciprocal act named together as its subject are each other's counterpart: "the leaders of the
    UK and US spoke on the phone", "rebels and Turkish-supported groups have fought alongside each other" (VerbNet's
    "NP-Plural V" frame of the verbs of social interaction, RECIPROCAL_WORDS, or any verb whose object is "each
    other"): the first party that is an actor is the source, the others its targets, when the coder found no other
    target (issue 16, fourteenth round: a talk, agreement or alliance with its target missing). Returns the
    (sources, targets) actors, and re-points the raw event's heads to them; unchanged when fewer than two parties
    are actors."""
    t = ev.trigger
    topic = [_below_clause(h, t) for h in ev.targets]  # "met ... to discuss Libya": the topic, not a party
    if ev.passive or not ev.sources or any(a is not None and not below for a, below in zip(tgts, topic)):
        return srcs, tgts
    # "met on Sunday", "are due to meet ... to discuss Idlib": a date or the topic of a purpose clause is no party
    heads = [h for h, below in zip(ev.targets, topic) if h.ent_type_ not in {"DATE", "TIME"} and not below]
    recip_obj = bool(heads) and all(_reciprocal_pronoun(t) for t in heads)
    if heads and not recip_obj:
        return srcs, tgts
    if any(c.dep_ == "prep" and c.lower_ == "with" and not any(_reciprocal_pronoun(p) for p in c.children)
           for c in t.children):
        return srcs, tgts  # "A and B met with C to discuss ...": C is the counterpart (VerbNet meet-36.3 "with NP")
    words = {t.lemma_.lower(), t.lower_, *(c.lemma_.lower() for c in t.children if c.dep_ == "dobj")}
    if not recip_obj and not words & RECIPROCAL_WORDS:
        return srcs, tgts
    if not recip_obj and t.lemma_.lower() in AGREE_WORDS and any(c.dep_ == "ccomp" for c in t.children):
        return srcs, tgts  # "A and B agreed that ...": a shared opinion (VerbNet conjecture-29.5), no pact
    parties = _participants(ev.sources)
    if len(parties) < 2 or any(p.pos_ == "PRON" for p in parties):
        return srcs, tgts
    if not recip_obj and t.lemma_.lower() in TALK_WORDS and parties == ev.sources:
        return srcs, tgts  # "the brothers were talking", "X and Y talked glowingly of": only representatives talk
    if parties == ev.sources and len(srcs) == len(parties):
        actors = list(srcs)
    else:  # the names after "the leaders of"
        actors = [_actor(index, p, record, create=True) or _named_country(index, record, p) for p in parties]
    found: list[tuple[Token, Actor]] = []
    for head, actor in zip(parties, actors):
        if actor is not None and all(actor.id != a.id for _, a in found):
            found.append((head, actor))
    if len(found) < 2:
        return srcs, tgts
    # a reciprocal act has no direction: the party the article introduced first is the source, so that a retelling
    # ("Ryan and Trump will meet" ... "Trump and Ryan are meeting") is the same (type, source, target) and merges
    found.sort(key=lambda f: int(f[1].id[1:]) if f[1].id[1:].isdigit() else 10**9)
    ev.sources, ev.targets = [found[0][0]], [h for h, _ in found[1:]]
    _mark_structural(ev)
    return [found[0][1]], [a for _, a in found[1:]]


def _met_with(index, record: Record, ev: RawEvent, srcs: list) -> list | None:
    """The party a meeting's with-phrase names when the coder's target heads are all the topic of its purpose clause
    ("met with Navi Pillay to discuss the election", "Macron met with Putin to discuss Libya"): VerbNet meet-36.3 and
    talk-37.5 "NP V with NP" name the counterpart, CAMEO 04 Consult's target; the topic (_below_clause) is none.
    Class: the same purpose-clause topic as Guardian tune-a 223 ("are due to meet ... to discuss Idlib"). None when
    the phrase names no actor or the source's own side."""
    t = ev.trigger
    if ev.passive or not ev.targets or not all(_below_clause(h, t) for h in ev.targets) \
            or not {t.lemma_.lower(), t.lower_} & RECIPROCAL_WORDS:
        return None
    pobj = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > t.i
                 for p in c.children if p.dep_ == "pobj"), None)
    if pobj is None or _reciprocal_pronoun(pobj) or pobj.ent_type_ in {"DATE", "TIME"}:
        return None
    actor = _actor(index, np_head(pobj), record, create=True) or _named_country(index, record, np_head(pobj))
    if actor is None or any(s is not None and (_same(record, s, actor) or _one_state(s, actor)) for s in srcs):
        return None
    ev.targets = [np_head(pobj)]
    _mark_structural(ev)
    return [actor]


# Verbs of taking something from someone (VerbNet 3.4 steal-10.5: capture, seize, snatch, take, wrest, grab ...;
# with re- and phrasal forms: recapture, retake, take over): the "from" phrase names the one it was taken from, the
# act's target when its object is a place or territory ("recaptured east Aleppo from opposition groups", "captured a
# plateau from Syria", "areas it had taken over from Isis"; CAMEO 19 Fight / 17x seize: the target is the actor
# acted upon, not the ground).
TAKE_FROM_VERBS = {"capture", "recapture", "seize", "take", "retake", "wrest", "grab", "snatch", "win", "regain"}

FROM_ACTOR_ENTITIES = {"ORG", "NORP", "GPE", "PERSON"}

# Nouns of ground held (WordNet territory.n.01, land.n.04, control.n.05 "control of an area" and the resolver's
# settlement and area nouns, PLACE_NOUNS): what a capture from an armed actor takes.
GROUND_NOUNS = {"territory", "land", "ground", "control", "plateau", "hill", "heights", "border", "crossing",
                "base", "airport", "airbase", "port", "road", "highway", "bridge", "dam", "field", "oilfield",
                "countryside", "stronghold", "enclave", "pocket", "outskirts", "part", "parts", "swathe", "swath"}


def _ground(tok: Token) -> bool:
    """A place or piece of territory: a GPE, LOC or FAC name, or a ground or settlement noun."""
    head = np_head(tok)
    return head.ent_type_ in {"GPE", "LOC", "FAC"} or head.lemma_.lower() in GROUND_NOUNS or _place_noun(head)


def _taken_from(index, record: Record, ev: RawEvent, sources: list) -> Actor | None:
    """The actor a capture verb's (TAKE_FROM_VERBS) "from" phrase (on the verb or its object) names when the act's
    object resolved to no actor: a name of a group, body, people or country, or a noun of armed people ("rebels",
    "opposition groups"); never the source's own side."""
    t = ev.trigger
    if t.pos_ != "VERB" or t.lemma_.lower() not in TAKE_FROM_VERBS:
        return None
    objs = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]  # the ground taken
    if not objs or not all(_ground(o) for o in objs):
        return None  # "seized the floor from Republicans": no territory taken
    objs = [c for c in objs if c.dep_ == "dobj"]  # the parser hangs "from" on the verb or on its object
    pobj = next((p for c in [*t.children, *(k for o in objs for k in o.children)]
                 if c.dep_ == "prep" and c.lower_ == "from" and c.i > t.i
                 for p in c.children if p.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in {"DATE", "TIME"} or _place_noun(pobj):
        return None
    head = np_head(pobj)
    if not (head.ent_type_ in FROM_ACTOR_ENTITIES or head.lemma_.lower() in HUMAN_HEADS
            or head.lemma_.lower() in D.agent_codes()):
        return None
    return _from_party(index, record, ev, head, sources)


def _asked_from(index, record: Record, ev: RawEvent, sources: list) -> Actor | None:
    """The one a request asks when its from-phrase names them: "pleading for help from the Trump administration",
    "tried to extract a pledge from Washington", "demanded an apology from the BBC" (VerbNet require-103 "NP V NP
    from NP"; CAMEO 02 Appeal / 10 Demand: the target is the one asked). The phrase hangs on a noun of what is asked
    (word class requested_nouns) that is the object or for-object of the request verb or of its infinitive, or on
    the verb after that noun. Only a verb trigger: on a noun ("a plea for help from villagers", "calls from
    lawmakers") the from-phrase names the one asking. A name of a body, state, people or person, or a noun of
    people; never the source's own side."""
    t = ev.trigger
    if ev.type != "REQUEST" or t.pos_ != "VERB":
        return None
    requested = D.word_class("requested_nouns")
    pobj = None
    for v in [t, *(c for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]:
        wanted = [c for c in v.children if c.dep_ == "dobj" and c.i > v.i]
        wanted += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                   if p.dep_ == "pobj"]
        wanted = [n for n in wanted if n.pos_ == "NOUN" and (n.lemma_.lower() in requested or n.lower_ in requested)]
        if not wanted:
            continue
        pobj = next((p for c in [*wanted[0].children, *(k for k in v.children if k.i > wanted[0].i)]
                     if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"), None)
        if pobj is not None:
            break
    if pobj is None or pobj.ent_type_ in {"DATE", "TIME"} or _place_noun(pobj):
        return None
    head = np_head(pobj)
    if not (any(k.ent_type_ in FROM_ACTOR_ENTITIES for k in actorcodes.np_tokens(pobj))
            or head.lemma_.lower() in HUMAN_HEADS or head.lemma_.lower() in D.agent_codes()):
        return None
    return _from_party(index, record, ev, head, sources)


# The CAMEO codes of an easing of sanctions: 085 "Ease economic sanctions, boycott, or embargo" (PLOVER RETREAT) and
# 0354 "Express intent to ease economic sanctions, boycott, embargo" (AGREE, the promise of it).
EASE_CODES = {"085", "0354"}

# Relations of the clauses that name the party an easing is for: a participle or other adverbial clause of the verb
# ("lifted sanctions, giving Iran access to ...", "allowing Cuba to buy ..."), and on the sanction noun, a reduced
# or full relative clause ("sanctions imposed on Sudan", "sanctions that had crippled Iran's economy").
EASED_CLAUSE_DEPS = {"advcl", "xcomp"}
SANCTION_CLAUSE_DEPS = {"acl", "relcl"}
PARTY_DEPS = {"dobj", "dative", "nsubjpass"}
PARTY_PREPS = {"on", "upon", "against", "to", "for"}


def _eased_sanction(ev: RawEvent) -> Token | None:
    """The sanction noun (word class sanction_nouns) an easing of sanctions acts on (EASE_CODES: "lifted sanctions",
    "ended the embargo", "sanctions were lifted"): the trigger verb's object or the subject of its passive."""
    t = ev.trigger
    if ev.cameo not in EASE_CODES or t.pos_ not in {"VERB", "AUX"}:
        return None
    nouns = D.word_class("sanction_nouns")
    return next((c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}
                 and (c.lemma_.lower() in nouns or c.lower_ in nouns)), None)


def _sanctioned_party(index, record: Record, ev: RawEvent, sources: list) -> Actor | None:
    """The party an easing of sanctions is for (CAMEO 085: the target is the actor whose sanctions are eased) when the
    coder's target phrase gives none: a name in a clause on the sanction noun (its participle's or relative's object
    or on/against phrase: "sanctions imposed on Sudan", "sanctions that had crippled Iran's economy"), a name modifying
    the noun ("the Iran sanctions"), or a name that is the object or recipient of a participle or other adverbial
    clause of the verb, or the subject of its infinitive ("the United States lifted sanctions, giving Iran access to
    ...", "allowing Cuba to buy ..."). Names only (a state, body,
    group or person), never the source's own side ("lifted US sanctions"). Without it the easing is no event
    (extract: two gates found the lifting of sanctions with its target left empty)."""
    noun = _eased_sanction(ev)
    if noun is None:
        return None
    phrases = [c for c in noun.children if c.dep_ in {"poss", "compound"} and c.i < noun.i]
    for clause in [*(c for c in noun.children if c.dep_ in SANCTION_CLAUSE_DEPS),
                   *(c for c in ev.trigger.children if c.dep_ in EASED_CLAUSE_DEPS and c.i > ev.trigger.i
                     and c.pos_ == "VERB")]:
        phrases += [c for c in clause.children if c.dep_ in PARTY_DEPS and c.i > clause.i]
        phrases += [n for c in clause.children if c.dep_ in {"ccomp", "xcomp"} and c.i > clause.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for n in c.children if n.dep_ == "nsubj"]  # "allowing Cuba to buy ...": Cuba
        phrases += [p for c in clause.children if c.dep_ == "prep" and c.lower_ in PARTY_PREPS
                    for p in c.children if p.dep_ == "pobj"]
    for phrase in phrases:
        for tok in actorcodes.np_tokens(phrase):
            if tok.ent_type_ not in OWNER_ENTITIES or tok.pos_ != "PROPN" or not _entity_root(tok):
                continue
            actor = _actor(index, tok, record, create=True) or _named_country(index, record, tok)
            if actor is not None and not any(s is not None and (_same(record, s, actor) or _one_state(s, actor))
                                             for s in sources):
                return actor
    return None


def _entity_root(tok: Token) -> bool:
    """The token is the syntactic root of its named entity ("States" of "the United States")."""
    return any(e.start <= tok.i < e.end and e.root.i == tok.i for e in nlp.ents(tok.doc))


def _from_party(index, record: Record, ev: RawEvent, head, sources: list) -> Actor | None:
    """The actor a from-phrase's head names, as the event's structural target; None when it is the source's own side."""
    actor = _actor(index, head, record, create=True) or _named_country(index, record, head)
    if actor is None or any(s is not None and (_same(record, s, actor) or _one_state(s, actor)) for s in sources):
        return None
    _mark_structural(ev)
    return actor


def _mark_structural(ev: RawEvent) -> None:
    """Mark a raw event whose target the structural rules filled (reciprocal parties, a capture's "from" phrase, a
    country clause subject): the confidence model weighs it as targetless, since the PolNeAR gate of 4af02f5 (the
    fourteenth round) found these targets right on events that existed (7/7) but the confidence they lent wrong on
    events they brought over the threshold (3/8 right)."""
    ev.structural_target = True


NAMED_AGENT_VERBS = frozenset(D.word_class("named_agent_verbs"))
DETAINING_NOUNS = frozenset(D.word_class("detaining_actor_nouns"))
DETAINING_CODES = frozenset(D.word_class("detaining_actor_codes"))
AGENT_PHRASES = [tuple(p.split()) for p in D.word_class("agent_phrases")]


CUSTODY_TRIGGERS = frozenset(D.word_class("custody_verbs")) | frozenset(D.word_class("retold_custody_verbs")) \
    | frozenset(D.word_class("held_custody_verbs"))
HARM_TRIGGERS = frozenset(D.word_class("animate_harm_verbs"))


def _passive_act(ev: RawEvent) -> str | None:
    """"custody" for a passive custody act (its trigger of custody_verbs, retold_custody_verbs, held_custody_verbs),
    "harm" for a passive act of killing or bodily harm (animate_harm_verbs), the one acted on its target; else None."""
    if not ev.passive or ev.type not in CONFLICT:
        return None
    lemma = ev.trigger.lemma_.lower()
    return "custody" if lemma in CUSTODY_TRIGGERS else "harm" if lemma in HARM_TRIGGERS else None


def _resource(index, record: Record, ev: RawEvent, srcs: list, tgts: list) -> list:
    """The source rule of an agentless passive custody or harm act (issue 16, round 33): the source the text names
    outside the act's own by-phrase (_named_agent) fills the source field only. As a target rule's rewrite
    (_retarget), the event's existence (its confidence, the no-act filters, its repeat key, the merging of its later
    mentions) is decided on the empty source it replaces (ev.lent_sources), so the rule never adds or drops an
    event."""
    kind = _passive_act(ev)
    if len(srcs) != 1 or srcs[0] is not None or kind is None:
        return srcs
    agent = _named_agent(index, record, ev, across=kind == "custody")
    if agent is None or any(t is not None and t.id == agent.id for t in tgts):
        return srcs
    ev.lent_sources[0] = None
    return [agent]


def _named_agent(index, record: Record, ev: RawEvent, across: bool = True) -> Actor | None:
    """The agent the text names for an agentless passive custody or harm act (event-annotation.md: the source is
    empty only when the text never names the agent): first its own sentence, the by-phrase of a verb coordinated
    with it ("was transferred by X ... and detained") or an agent phrase (agent_phrases: "under orders from Yemen",
    "at the hands of", "held by"); then, for a custody act (`across`), the nearest preceding sentence of its
    paragraph (the sentence before at least) with a coercive or security act (named_agent_verbs: custody, force,
    search) whose subject is a named side that can detain (a country, or an actor named or coded as government,
    police, military, court, armed group: detaining_actor_nouns, detaining_actor_codes): "security forces stopped
    his car and searched his vehicle before detaining him. The detainees were ... detained"; else none."""
    t = ev.trigger
    for v in _conjoined(t):
        for h in _agent_heads(v):
            a = _actor(index, h, record, create=True)
            if a is not None:
                return a
    for h in _phrase_agents(t.sent):
        a = _actor(index, h, record, create=True)
        if a is not None:
            return a
    for sent in _sentences_before(t) if across else []:
        found = None
        for v in sent:
            if v.pos_ not in {"VERB", "AUX"} or v.lemma_.lower() not in NAMED_AGENT_VERBS:
                continue
            subj, passive, _ = subject_of(v)
            if passive:
                continue
            for h in subj:
                a = _actor(index, h, record, create=False)
                if a is not None and _can_detain(a, h):
                    found = a
        if found is not None:
            return found
    return None


def _conjoined(t: Token) -> list[Token]:
    """The verbs coordinated with the trigger (its first conjunct and the conjuncts of that), not itself."""
    first = first_conjunct(t)
    return [v for v in [first, *[c for c in first.subtree if c.dep_ == "conj" and c.head.i in {first.i, t.i}]]
            if v.i != t.i and v.pos_ in {"VERB", "AUX"}]


def _phrase_agents(sent) -> list[Token]:
    """The nouns an agent phrase (agent_phrases) takes in the sentence: the object of the phrase's last word."""
    words = [w.lower_ for w in sent]
    out = []
    for k in range(len(sent)):
        for p in AGENT_PHRASES:
            if tuple(words[k:k + len(p)]) == p:
                last = sent[k + len(p) - 1]
                out += [np_head(c) for c in last.children if c.dep_ == "pobj"]
    return out


def _sentences_before(t: Token) -> list:
    """The sentences before the trigger's, nearest first: those of its paragraph (no line break between), and the
    one right before it in any case. A text with no line break at all marks no paragraphs: the sentence before
    only."""
    doc, sents = t.doc, list(nlp.sents(t.doc))
    k = next((i for i, s in enumerate(sents) if s.start <= t.i < s.end), 0)
    if k == 0:
        return []
    if "\n" not in nlp.doc_text(doc):
        return [sents[k - 1]]
    out = []
    for i in range(k - 1, -1, -1):
        if out and _line_break(sents[i], sents[i + 1]):
            break
        out.append(sents[i])
        if _line_break(sents[i], sents[i + 1]):
            break
    return out


def _line_break(before, after) -> bool:
    """A line break between two sentences' words (whitespace tokens at a sentence's edge included)."""
    last = next((w for w in reversed(before) if not w.is_space), before[-1])
    first = next((w for w in after if not w.is_space), after[0])
    return "\n" in nlp.doc_text(last.doc)[last.idx + len(last.text):first.idx]


def _can_detain(a: Actor, head: Token) -> bool:
    """A side that can detain: a country, or an actor named or coded as a government, police, military, court or
    armed group (detaining_actor_nouns, detaining_actor_codes); not a person."""
    if a.kind == "country":
        return True
    if a.kind == "person":
        return False
    code = (a.code or "").lower()
    if any(code[i:i + 3] in DETAINING_CODES for i in range(0, len(code), 3)):
        return True
    return head.lower_ in DETAINING_NOUNS or head.lemma_.lower() in DETAINING_NOUNS \
        or (a.name.split()[-1].lower() in DETAINING_NOUNS if a.name else False)

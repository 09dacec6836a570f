"""Events named by nouns (nominals.tsv): "Turkey's offensive", "talks between X and Y", a weapon's use, an attack
that killed someone; their sources from owners, by-agents and light verbs."""
from __future__ import annotations

from functools import lru_cache

from spacy.parts_of_speech import NOUN
from spacy.tokens import Span, Token

from newsledger.extract.eventcoding import actorcodes as AC
from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding import senses as S
from newsledger.extract.eventcoding.arguments import subject_of
from newsledger.extract.eventcoding.matching import armed_strike
from newsledger.extract.eventcoding.modality import copula_modality
from newsledger.extract.eventcoding.non_acts import reports_no_act
from newsledger.extract.eventcoding.raw import RawEvent
from newsledger.extract.eventcoding.tree import _by_agents, _sentence_tokens, expand_conj, np_head, phrasal_lemma
from newsledger.extract.eventcoding.words import LIGHT_VERBS, NOMINAL_SOURCE_ENTS

_NOUN = frozenset({NOUN})


@lru_cache(maxsize=1)
def _nominal_heads() -> frozenset[str]:
    """The last words of the nominals.tsv entries ("strike" of "missile strike")."""
    return frozenset(k.rsplit(" ", 1)[-1] for k in D.nominals())


def _nominal_code(tok: Token) -> str | None:
    """The nominals.tsv code of an event noun, compound nouns and "<adjective> <noun>" first, then the one compound
    word next to the noun ("a Tomahawk missile strike": missile strike). A noun that ends no entry and whose lemma
    is none has no code: its modifiers are not read."""
    table = D.nominals()
    if tok.lower_ not in _nominal_heads() and tok.lemma_.lower() not in table:
        return None
    comp = " ".join(t.lower_ for t in tok.children if t.dep_ == "compound" and t.i < tok.i)
    adj = " ".join(t.lower_ for t in tok.children if t.dep_ == "amod" and t.i == tok.i - 1
                   and t.pos_ == "ADJ")  # "a Turkish military campaign": military campaign
    near = next((t.lower_ for t in tok.children if t.dep_ == "compound" and t.i == tok.i - 1), "")
    keys = [f"{m} {tok.lower_}" for m in (comp, adj, near) if m] + [tok.lower_, tok.lemma_.lower()]
    code = next((table[k] for k in keys if k in table), None)
    return "190" if code == "143" and armed_strike(tok) else code


def _noun_sources(tok: Token) -> list[Token]:
    """The actor an event noun's own phrase names: its possessor ("Turkey's offensive"), a naming modifier ("a US
    airstrike", "Russian airstrikes") or the leader of a "-led" modifier ("a US-led attack")."""
    sources = [c for c in tok.children if c.dep_ == "poss" and c.lower_ not in {"its", "their", "his", "her"}
               and c.ent_type_ not in {"DATE", "TIME"}]  # "Saturday's chemical attack": a time, no actor
    sources += [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ in
                NOMINAL_SOURCE_ENTS]
    sources += [g for c in tok.children if c.dep_ == "amod" and c.lower_.endswith("-led") or c.lower_ == "led"
                for g in c.children if g.ent_type_ in NOMINAL_SOURCE_ENTS]
    return sources + _light_participle_agents(tok) + _by_agents(tok) + _relative_light_subjects(tok)


def _time_phrase(pobj: Token) -> bool:
    """An event noun's on/with phrase that names a time, not a party: "a telephone call to the Kremlin on Sunday",
    "the attack on Tuesday on the rebels" (issue 16, round 33: a time is no actor, event-annotation.md; the reading
    of a verb's prepositional object leaves times out the same way, arguments.objects_of: "called on Wednesday on
    tech companies"), unless the time names an event through its of-phrase ("the first day of the Convention")."""
    return pobj.ent_type_ in {"DATE", "TIME"} and not any(k.dep_ == "prep" and k.lower_ == "of"
                                                          for k in pobj.children)


NONSPECIFIC_WORDS = D.word_class("nonspecific_words")


def _weapon_use(noun: Token) -> str | None:
    """The noun "use" with an "of" phrase naming a chemical or biological weapon ("Syria's use of chemical weapons
    against its own people", "the use of sarin by the regime"): the act the verb "use" codes with the same words
    (verb_senses.tsv, CAMEO 2041 "Use chemical, biological, or radiological weapons"), a CAMEO root 20 code only.
    A use no one has made is no event: "any use of chemical weapons by X would cross a red line", "another use of
    chemical weapons could change this", "further use" (a non-specific determiner or modifier, NONSPECIFIC_WORDS)."""
    if noun.lemma_.lower() != "use" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    if any(c.dep_ in {"det", "amod"} and c.lower_ in NONSPECIFIC_WORDS for c in noun.children):
        return None
    code = S.sense_code(noun, "use")
    return code if code and code.startswith("20") else None


def _relative_light_subjects(noun: Token) -> list[Token]:
    """The subject of a relative clause whose light verb takes the event noun as its object: "the murders the gang
    is said to have committed", "the attacks the group carried out" (the relative form of "X committed murders",
    _nominal_object). The light verb may sit under a raising or hedging verb ("alleged to have", "said to have");
    a relative pronoun is no subject of its own."""
    out = []
    for rel in (c for c in noun.children if c.dep_ == "relcl"):
        verb, found = rel, False
        for _ in range(3):
            if phrasal_lemma(verb, verb.lemma_.lower()) in LIGHT_VERBS:
                found = True
                break
            verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if verb is None:
                break
        if found:
            out += [s for s in rel.children if s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ not in {"WP", "WDT"}
                    and (s.pos_ != "PRON" or s.lower_ in {"they", "he", "she"})]
    return out


def _light_participle_agents(noun: Token) -> list[Token]:
    """The by-agent of a light verb's participle on the noun: "attacks mounted by Isis forces", "a legal challenge
    launched by the mother of one of the men", "protests staged by a nationalist group", "the siege conducted by
    the government" (the reduced passive of "X mounted attacks"). Class: dev/unlabelled Guardian articles outside
    the gold set (six such phrases in different articles)."""
    out = []
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and phrasal_lemma(c, c.lemma_.lower()) in LIGHT_VERBS:
            out += [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return out


def passive_light_verb(verb: Token, lemma: str) -> RawEvent | None:
    """"The attack on the convoy was carried out by Islamic State", "the raid was launched by Turkish forces": a
    light verb in the passive whose subject is an event noun of nominals.tsv is that act, the by-agent its source
    and the noun's on/against/into object its target (the passive of _nominal_object's "X carried out an attack
    on Y"). Class: attributions of attacks and protests in news reports (dev/unlabelled Guardian articles)."""
    if phrasal_lemma(verb, lemma) not in LIGHT_VERBS:
        return None
    coded = ((n, _nominal_code(n)) for n in verb.children if n.dep_ == "nsubjpass" and n.pos_ == "NOUN")
    noun, code = next(((n, c) for n, c in coded if c), (None, None))
    _, passive, agent = subject_of(verb)
    if code is None or not passive or not agent:
        return None
    targets = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "into"}
               for p in c.children if p.dep_ == "pobj"]
    return RawEvent(verb, code, agent, [h for x in targets[:1] for h in expand_conj(np_head(x))], basis="nominal")


def death_in_attack(verb: Token) -> RawEvent | None:
    """"A soldier has died in an explosion", "three civilians died in a Russian airstrike": a death in an act of
    force (an event noun of nominals.tsv with a CAMEO 18-20 code) is that act, aimed at the dead; its source is
    the actor the noun's phrase names, else none. The CAMEO dictionary leaves "die" uncoded (overrides.tsv: a
    death is an outcome) because it codes the attack's own verb or noun; with the noun as the verb's "in" or
    "during" phrase, the death is the only mention of the attack. Class: casualty reports (Guardian tune half:
    a soldier dead in an explosion, a man killed in a US airstrike); accidents stay no event (_accident)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in {"in", "during"}:
            continue
        for noun in (p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
            code = _nominal_code(noun)
            if code and code[:2] in {"18", "19", "20"}:
                victims, _, _ = subject_of(verb)
                return RawEvent(verb, code, [np_head(x) for x in _noun_sources(noun)[:1]], victims,
                                basis="nominal")  # the code is the event noun's (nominals.tsv, curated)
    return None


HARMED_BY_VERBS = D.word_class("harmed_by_verbs")


def _passive_victims(noun: Token, verb_events: list[RawEvent]) -> list[Token]:
    """The ones an act of force falls on when its noun is the by-agent of a passive verb: "tens of thousands of
    civilians have been uprooted by Russian and Syrian airstrikes" -> the civilians. The by-phrase of a passive
    names the cause of what befell its subject (Quirk et al. 3.64, the agent of a passive); an act of force (a
    nominals.tsv code of CAMEO roots 18-20) that caused it fell on that subject, as death_in_attack's "died in an
    airstrike" does. Only verbs of harm, destruction or expulsion (word class harmed_by_verbs: "were terrified by
    the airstrikes" names no one the act fell on); a subject that names no actor resolves to none."""
    agent = noun.head
    if noun.dep_ != "pobj" or agent.dep_ != "agent":
        return []
    verb = agent.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HARMED_BY_VERBS:
        return []
    victims, passive, _ = subject_of(verb)
    return victims if passive else []


POSSIBILITY_NOUNS = D.word_class("possibility_nouns")


PROTECTION_NOUNS = D.word_class("protection_nouns")


def _possible_act(noun: Token) -> bool:
    """The event noun is the "of" object of a noun of possibility or risk (POSSIBILITY_NOUNS), or the non-specific
    "from"/"against" object of a noun of protection (_guarded_against)."""
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return (of is not None and of.head.lemma_.lower() in POSSIBILITY_NOUNS) or _guarded_against(noun)


def _guarded_against(noun: Token) -> bool:
    """"insurance from Israeli attack", "a shield against any invasion": an event noun with no definite determiner
    or possessor (generic or non-specific reference: Quirk et al. 1985, 5.52-5.59) as the "from"/"against" object
    of a noun of protection (PROTECTION_NOUNS) names an act guarded against, still to come, not one that happened;
    "protection from the bombing" (definite) refers to an act that did (round 34)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"from", "against"} or prep.head.i == prep.i:
        return False
    if prep.head.lemma_.lower() not in PROTECTION_NOUNS:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in NONSPECIFIC_WORDS | {"a", "an"})
                   for c in noun.children)


OCCASION_PREPS = D.word_class("occasion_preps")
OCCASION_COUNTERPART_PREPS = D.word_class("occasion_counterpart_preps")
TWO_PARTY_MEETING_NOUNS = D.word_class("two_party_meeting_nouns")


def _counterparts(noun: Token, party: Token | None = None) -> list[Token]:
    """The heads of a meeting noun's counterpart phrases (OCCASION_COUNTERPART_PREPS): "a meeting with X", and
    with `party` (the one who met) known, "a visit to Japan", "a telephone call to the Kremlin" (_foreign_party)."""
    return [np_head(p) for c in noun.children if c.dep_ == "prep" and c.lower_ in OCCASION_COUNTERPART_PREPS
            for p in c.children if p.dep_ == "pobj"
            and (c.lower_ == "with" or (party is not None and _foreign_party(party, np_head(p))))]


def _foreign_party(party: Token, head: Token) -> bool:
    """A "to" counterpart names a party of another state than the one who went or called: a name the CAMEO actor
    dictionary codes with a country ("a visit to Japan", "a call to the Kremlin") and a party coded with another
    country. Not a person or place described ("a visit to his mother", "a visit to the hospital"), nor a journey
    inside one's own country ("the French president's visit to Lyon") or by someone with no code of a state."""
    if head.ent_type_ not in NOMINAL_SOURCE_ENTS:
        return False
    host, guest = AC.head_code(head), AC.head_code(party)
    return AC.countryish(host) and AC.countryish(guest) and host[:3] != guest[:3]


def _occasion_participants(noun: Token) -> list[Token]:
    """The participant of a meeting noun (nominals.tsv, CAMEO 04 "Consult": meeting, talks, phone call, visit)
    that names no party of its own but has a "with" counterpart naming an actor (a name, or a role noun of the
    Phoenix agents table), or a "to" counterpart naming a party of another state (_foreign_party), and is the
    object of an occasion preposition (OCCASION_PREPS) on a clause: the clause's active subject held the meeting
    with that counterpart. Class (issue 16): dev/unlabelled Guardian articles outside the gold set (leaders
    speaking after, during or in a meeting or phone call with another leader; twelve such phrases in nine
    articles); round 27, Guardian tune half: "during a visit to X, Y said", "in a telephone call to X, Y urged"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPS or noun.head.head.i == noun.head.i:
        return []
    verb = noun.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    subj, passive, _ = subject_of(verb)
    subj = [] if passive else [s for s in subj if s.tag_ not in {"WP", "WDT"}][:1]
    partners = _counterparts(noun, subj[0] if subj else None)
    if not any(p.ent_type_ in NOMINAL_SOURCE_ENTS or AC._actorish(p) for p in partners):
        return []  # a counterpart that names an actor: not "a meeting with his team", "talks with officials"
    return subj


NEGOTIATION_NOUNS = D.word_class("negotiation_nouns")


def _parties_in_talks(noun: Token) -> tuple[list[Token], list[Token]]:
    """"Baghdad and Washington are in talks to ...": the coordinated subject of "be in talks/negotiations"
    (NEGOTIATION_NOUNS) negotiates, the first party with the second (CAMEO 046 "Engage in negotiation"). Both must
    be names the CAMEO actor dictionary codes with a state or a body of states: "Apple and Google are in talks to
    ..." is business, no event."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.lemma_.lower() != "be":
        return [], []
    subj, passive, _ = subject_of(noun.head.head)
    parties = expand_conj(np_head(subj[0])) if subj and not passive else []
    if len(parties) < 2 or not all(AC.countryish(AC.head_code(p)) for p in parties[:2]):
        return [], []
    return parties[:1], parties[1:2]


def nominal_events(sent: Span, verb_events: list[RawEvent]) -> list[RawEvent]:
    """Event nouns (nominals.tsv) whose actor the noun phrase itself names: "Turkey's offensive against the
    Kurdish enclave", "a US-led attack on Mosul", "Russian airstrikes", "talks between X and Y": the possessor,
    a naming modifier or the first "between" actor is the source; the object of on/against/into (or the second
    "between" actor) the target. A noun already read as a light verb's object is left to that verb's event."""
    taken = {c.i for e in verb_events for c in e.trigger.children}
    out = []
    for tok in _sentence_tokens(sent, _NOUN):
        if tok.pos_ != "NOUN" or tok.i in taken:
            continue
        code = _nominal_code(tok) or _weapon_use(tok)
        if code is None or reports_no_act(tok, tok.lemma_.lower(), []) or _possible_act(tok):
            continue
        sources = _noun_sources(tok)
        read = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "into", "with"}
                for p in c.children if p.dep_ == "pobj"]
        targets = [p for p in read if not _time_phrase(p)]  # "a telephone call to the Kremlin on Sunday"
        timed = bool(read) and _time_phrase(read[0])  # the reading before took the time for the target
        between = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj"]
        if between:
            parties = expand_conj(np_head(between[0]))
            sources, targets = sources or parties[:1], targets or parties[1:2]
        two_party = tok.lower_ in TWO_PARTY_MEETING_NOUNS
        if two_party:  # "the Singapore summit", "the Nato summit": a venue or host body, no party
            sources = [s for s in sources if s.dep_ == "poss"] or (expand_conj(np_head(between[0]))[:1]
                                                                   if between else [])
        if not sources and not targets and tok.lower_ in NEGOTIATION_NOUNS:
            sources, targets = _parties_in_talks(tok)  # "X and Y are in talks to ...": X negotiates with Y
        if not sources and code.startswith("04"):
            sources = _occasion_participants(tok)  # "speaking after a meeting with X, Y said": Y met X
            targets = targets or _counterparts(tok, sources[0] if sources else None)  # "during a visit to Japan"
        if not sources:
            continue  # an event noun with no actor of its own: no identifiable source
        victims = []
        if not targets and code[:2] in {"18", "19", "20"}:
            targets = victims = _passive_victims(tok, verb_events)  # "civilians have been uprooted by airstrikes"
        if two_party and not (targets or timed):
            continue  # a summit with one party named: no counterpart (a summit "on Sunday" was kept before)
        heads = [h for x in targets[:1] for h in expand_conj(np_head(x))]
        out.append(RawEvent(tok, code, [np_head(x) for x in sources[:1]], heads, basis="nominal",
                            modality=copula_modality(tok),  # "what may be an attack by X": hypothetical
                            # the victims, and a party found where the reading before took a time, fill the
                            # target field only: the act stands on no target, as before (a time is no actor;
                            # events._events_of, events.arguments._retarget)
                            lent_targets=dict.fromkeys(range(len(heads))) if victims or timed else {}))
    return out

"""Canonical actors: every mention of one person, group or country clustered into one actor.

Rules, each general (no names are special):
- a multi-token person name is an actor; a bare surname joins the person it was last used for;
- a kinship phrase ("the son of X", "X's widow") introduces a different person who shares X's family name,
  and later bare surnames go to that person: a writer who introduces the relative and then uses the bare
  surname means the relative, and names the other in full;
- titles before a name and appositions after it give role and affiliation ("Taliban spokesman X",
  "X, head of foreign relations at Y");
- an acronym joins the organization it abbreviates (a parenthesis after the name, or matching initials);
- a name the article has given an actor denotes it where it recurs untagged (one sense per discourse);
- country names, their aliases and demonyms join one country actor;
- `resolve_span` maps nominal and pronoun mentions ("the group", "the spokesperson", "he") to actors for the
  quote and event extractors, and creates group actors ("witnesses") on request.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import DEP, ENT_TYPE, HEAD, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsledger import nlp, resources
from newsledger.model import Actor, Entity, Record
from newsledger.resolve import (
    actor_codes,
    lexicon,
    membership,
    nationality,
    outlets,
    place_use,
    state_posts,
    street_names,
)
from newsledger.resolve.place_use import INSIDE_PREPS, used_as_a_place_in

NAMED_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "gen", "lt", "col", "maj", "capt", "sgt", "president",
              "general", "minister", "senator", "rep", "sen", "gov", "judge", "prof", "mullah", "sheikh",
              "imam", "king", "queen", "prince", "princess", "lord", "lady", "dame", "st", "saint",
              "sergeant", "master", "corporal", "cpl", "colonel", "captain", "lieutenant", "major", "brigadier",
              "admiral", "pte", "lance", "staff"}
# The honorifics that are abbreviations, as written before a name with their period ("Capt. X", "Gov. X"; AP
# Stylebook, titles): a period after one of these is the abbreviation's, not a full stop (round 49, actrank49).
ABBREVIATED_TITLES = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Rep", "Sen", "Gov", "Prof",
                      "St", "Cpl", "Pte"}
# Military ranks among the honorifics: a rank before a name is also the person's role ("Sgt X": a soldier).
RANKS = {"gen", "lt", "col", "maj", "capt", "sgt", "general", "sergeant", "corporal", "cpl", "colonel", "captain",
         "lieutenant", "major", "brigadier", "admiral", "pte"}
# Letters after a name that are not part of it ("X QC", "X MP").
POSTNOMINALS = {"qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "phd"}
# Prepositions after which a place name is where something happens, not who acts ("killed in Syria").
LOCATIVE_PREPS = {"in", "into", "inside", "across", "throughout", "near", "at", "to", "around", "within",
                  "outside", "towards", "toward", "through", "via", "along", "beyond", "of", "onto", "off"}
# Prepositions whose object is the body a title or a person before them belongs to ("a spokesman for the Ministry",
# "a member of the Senate", "an officer with the Army", "Col. <name> from the Office"); not the prepositions of
# place ("a cadet at the Academy", "a man in the Ministry": LOCATIVE_PREPS but "of").
PARTY_PREPS = {"of", "for", "with", "from"}
# Verbs whose object is a place one is present at (WordNet 3.0 attend.v.01, "be present at"; "attended the
# Academy"), beside the verbs of motion (MOTION_VERBS: "visited the Memorial").
PRESENCE_VERBS = {"attend"}
# Verbs whose object is a place one moves to or from ("attempted to enter Turkey").
MOTION_VERBS = {"enter", "leave", "reach", "visit", "cross", "flee", "return", "travel", "arrive", "head",
                "evacuate", "tour", "exit", "relocate", "move"}
# Head nouns under a demonym that make the demonym stand for its state ("Turkish forces", "Russian jets").
STATE_NOUNS = {"government", "authorities", "authority", "forces", "force", "troops", "army", "military", "navy",
               "jets", "warplanes", "aircraft", "air", "police", "state", "regime", "officials", "ministry",
               "embassy", "president", "administration", "leadership", "security", "intelligence", "soldiers",
               "artillery", "diplomats", "delegation", "side", "offensive", "strikes", "airstrikes", "coalition",
               "parliament", "courts", "court", "prosecutors", "judiciary", "cabinet", "service", "jet", "warplane",
               "troop", "soldier", "official", "diplomat", "prosecutor", "strike", "airstrike",
               "servicemen",
               "personnel", "sailors", "marines", "pilots", "envoy", "commander", "commanders", "base",
               "bases", "drone", "drones", "warships", "planes", "ambassador", "minister", "ministers",
               "general", "generals", "agents", "spies", "spy"}
# Dependencies of a word premodifying a noun ("Kurdish forces", "Kurdish-majority coalition").
PREMODIFIER_DEPS = {"amod", "compound", "npadvmod", "nmod"}
PLACE_NOUNS = {"town", "city", "village", "district", "province", "region", "area", "suburb", "neighbourhood",
               "neighborhood", "governorate", "county", "camp", "enclave", "outskirts", "border", "countryside"}
# Words that make a government noun a sub-national body ("Aleppo's local government", "the provincial government"):
# not the state (CAMEO's GOV is the state's executive; a city's own bodies, as MUNICIPAL_NOUNS).
LOCAL_GOVERNMENT_WORDS = {"local", "provincial", "regional", "municipal", "city", "county", "district", "state",
                          "town", "village", "council"}
# A city's own local bodies ("London city council rejected", "the Paris mayor said", "Washington County"): a capital
# modifying these names the city's (or county's) own body, not the state the capital stands for in "Ankara said"
# (a class of local-news sentences; event-annotation.md's gold names the council, not the country).
MUNICIPAL_NOUNS = {"council", "councillor", "councilor", "councillors", "councilors", "mayor", "city", "municipality",
                   "borough", "hall", "county"}
# Things a place has that do not make it act ("Kabul's airport", "Raqqa's residents").
FACILITY_NOUNS = {"airport", "street", "streets", "residents", "resident", "mayor", "hospital", "university",
                  "skyline", "centre", "center", "population", "people", "north", "south", "east", "west",
                  "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
                  "southwest", "capital", "port", "coast", "mountains", "desert", "countryside", "territory"}
REGION_WORDS = {"eastern", "western", "northern", "southern", "north", "south", "east", "west", "upper", "lower",
                "greater", "central", "north-east", "north-west", "south-east", "south-west", "northeastern",
                "northwestern", "southeastern", "southwestern"}
# Words that premodify a place name to pick a part of it ("northeast Syria", "central London"): REGION_WORDS and the
# compass points written solid (WordNet 3.0 northeast, noun.location: "a location in the northeastern part of a
# country, region, or city"; so southeast, northwest, southwest).
COMPASS_WORDS = REGION_WORDS | {"northeast", "northwest", "southeast", "southwest"}
DASHES = {"-", "\u2013", "\u2014"}  # hyphen, en dash, em dash: "Ankara-Washington", "Baghdad\u2013Washington"
# Titles whose organization is their subject, not their employer ("Isis expert X", "envoy against Isis").
TOPIC_ROLES = {"expert", "analyst", "researcher", "scholar", "specialist", "critic", "envoy", "victim", "hostage",
               "survivor", "opponent", "observer", "watcher", "historian", "journalist", "reporter", "correspondent",
               "author", "biographer", "defector", "prisoner", "captive", "negotiator", "monitor"}
# Words before an organization in a title that make it an adversary, not an affiliation.
OPPOSING_WORDS = {"against", "versus", "vs", "fighting", "battling", "combating", "countering", "opposing",
                  "defeating", "anti", "counter"}
# A town at least this large, named as an organization by the model, is taken for the town.
PLACE_POPULATION = 10_000
# Days and months are times, never actors ("Saturday's attack" with the day untagged by the model: issue 16 defect,
# a weekday became an actor).
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                  "march", "april", "june", "july", "august", "september", "october", "november", "december",
                  "weekend", "today", "yesterday", "tomorrow", "tonight"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
GENDERED_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS  # made once: _agrees asks for every candidate
IT_PRONOUNS = {"it", "its", "itself"}
REFLEXIVES = {"himself", "herself", "itself", "themselves"}
POSSESSIVES = {"his", "her", "hers", "its", "their", "theirs"}
# Sex-specific person nouns (WordNet: female, female aristocrat, female parent ... and their male counterparts).
FEMALE_NOUNS = {"woman", "girl", "mother", "daughter", "wife", "sister", "widow", "grandmother", "granddaughter",
                "aunt", "niece", "actress", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "queen",
                "princess", "lady", "mum", "mom", "bride", "girlfriend", "stepmother", "policewoman", "nun"}
MALE_NOUNS = {"man", "boy", "father", "son", "husband", "brother", "widower", "grandfather", "grandson", "uncle",
              "nephew", "spokesman", "chairman", "businessman", "congressman", "king", "prince", "lord",
              "dad", "groom", "boyfriend", "stepfather", "policeman", "monk"}
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "sheikh"}
COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "dr"}  # titles of address, not of office
FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess"}
# The pronoun resolver's window: the pronoun's sentence and this many before it (Lappin and Leass's salience
# halves with every sentence back; beyond three it no longer outweighs a fresh mention).
SALIENCE_WINDOW = 3
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
DEFINITE_DETS = {"the", "this", "that", "these", "those"}
NUMERIC_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}
# A verb's arguments (binding: a plain pronoun is not a co-argument of its own verb).
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "agent"}
_ARG_DEP_IDS = frozenset(get_string_id(d) for d in ARG_DEPS)  # ARG_DEPS as the DEP array holds them
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
ANAPHORIC_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | IT_PRONOUNS
# Heads of a quantity: "thousands of people", "dozens of fighters" (the people are the quantity's role).
QUANTITY_HEADS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
                  "many", "some", "most", "all", "several", "group", "number", "majority", "handful", "scores"}
# Pronouns of a thing: they compete with actors for "it" ("put something on the table ... jump on it").
INDEFINITE_PRONOUNS = {"something", "anything", "nothing", "everything", "this", "that"}
GROUP_NOUNS = {"group", "organisation", "organization", "movement", "militants", "militia", "insurgents",
               "rebels", "party", "government", "administration", "ministry", "force", "forces", "army",
               "alliance", "coalition", "front", "regime", "faction", "company", "agency"}

# Collective nouns (WordNet noun.group, the ones news writes "their" after: "the team ... their"): a plain one
# competes with actors for "they".
COLLECTIVE_NOUNS = GROUP_NOUNS | {"team", "garrison", "unit", "crowd", "family", "staff", "crew", "club", "band",
                                  "audience", "public", "community", "couple", "pair", "squad", "delegation"}

# Nouns naming a country's kind: "the country" points back to a country actor.
COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic", "emirate"}
# Type words of organization names ("Islamic State", "Klingon Assault Group", "National Resistance Front"): a
# definite description with such a head names the type, not the organization ("the state", "the group").
GENERIC_NAME_WORDS = GROUP_NOUNS | {"state", "states", "front", "union", "council", "committee", "commission",
                                   "team", "club", "association", "society", "foundation", "institute", "centre",
                                   "center", "department", "office", "service", "unit", "units", "brigade",
                                   "brigades", "corps", "network", "league", "federation", "assembly"}

# Bodies, not persons, though their nouns are singular (WordNet noun.group: institutions, assemblies, courts); only
# for the kind of a plain nominal: unlike GROUP_NOUNS, "the court" does not point back to the last organization.
INSTITUTION_NOUNS = {"court", "tribunal", "council", "committee", "commission", "parliament", "assembly", "senate",
                     "congress", "cabinet", "board", "department", "legislature", "police", "navy", "embassy",
                     "consulate", "secretariat", "directorate", "bureau", "authority", "union", "junta"}


def _local_post_tail(words: list[Token], role_toks: list[Token]) -> list[Token]:
    """"County Commissioner" before a name, "County" tagged a body of its own (an entity wholly inside the title's
    words) and so not read into the title: the title's last words, the entity's and role_toks' together, where they
    are a local public post of more than one word of data/local_public_posts.tsv (read whole: round 51,
    actpostrows51); else [] (also where role_toks alone already end in the post, or the entity reaches outside the
    post's words: "Israeli Police" is a state's body)."""
    if not role_toks:
        return []
    end = next((i for i, t in enumerate(words) if t.i == role_toks[-1].i), None)
    if end is None:
        return []
    for post in actor_codes.local_person_posts():
        k = len(post.split())
        if k < 2 or end + 1 < k:
            continue
        tail = list(words[end + 1 - k:end + 1])
        if [t.lower_.rstrip(".") for t in tail] != post.split():
            continue
        extra = [t for t in tail if t not in role_toks]
        if not extra:
            return []  # the title read the post itself: nothing to add
        first, last = tail[0].i, tail[-1].i
        doc = tail[0].doc
        if all(t.ent_type_ and t.ent_type_ not in {"PERSON", "GPE", "NORP"} for t in extra) \
                and all(first <= e.start and e.end - 1 <= last for e in doc.ents if e.start <= extra[-1].i < e.end
                        or e.start <= extra[0].i < e.end):
            return tail
    return []


def _rank_tagged_alone(tok: Token) -> bool:
    """A rank word of data/local_public_posts.tsv's rank rows ("Sgt") the model tagged as a PERSON entity of its own,
    one token long, right after a police body's name ("<town> police Sgt. X": actor_codes.body_rank_sector): no
    name, a title word (round 52, actpolice52). After any other word ("Army Sgt. X") the title reading stops at it,
    as before."""
    if tok.ent_type_ != "PERSON" or not actor_codes.is_body_rank(tok.lower_):
        return False
    ent = nlp.entity_of(tok)
    if ent is None or len(ent) != 1:
        return False
    doc = tok.doc
    return any(actor_codes.body_rank_sector(doc[j:tok.i + 1].text)
               for j in range(max(0, tok.i - 3), tok.i))


def _load_list(name: str) -> set[str]:
    return {w.lower() for w in resources.words(name)}


@lru_cache(maxsize=1)
def role_words() -> set[str]:
    """Title words: data/roles.txt and the local public posts of data/local_public_posts.tsv ("sheriff",
    "selectman", "gov.": a title before a name, as "mayor" in roles.txt)."""
    return _load_list("roles.txt") | set(actor_codes.local_person_posts())


@lru_cache(maxsize=1)
def client_nouns() -> set[str]:
    return _load_list("client_nouns.txt")


@lru_cache(maxsize=1)
def commissioned_text_nouns() -> set[str]:
    return _load_list("commissioned_text_nouns.txt")


@lru_cache(maxsize=1)
def kinship_words() -> set[str]:
    return _load_list("kinship.txt")


@lru_cache(maxsize=1)
def relation_nouns() -> set[str]:
    return _load_list("relation_nouns.txt")


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Nouns whose first WordNet 3.0 sense is a group (noun.group: company, firm, council, band; the brief's
    group_nouns.txt), less the relation nouns ("family"): a name in apposition to one names a body."""
    return resources.words("brief", "group_nouns.txt") - relation_nouns()


# The singular body nouns of GROUP_NOUNS that WordNet files outside organization.n.01 (faction, group: a clique, a
# social group), which news sets before a body's name as it sets "alliance" ("rebel factions - X and Y").
BODY_CLASSIFIERS = {"alliance", "faction", "front", "group", "movement"}


@lru_cache(maxsize=1)
def organization_nouns() -> frozenset[str]:
    """Nouns that classify a body (organization_nouns.txt: a sense under WordNet 3.0's organization.n.01, no person
    sense; with BODY_CLASSIFIERS): "the rock band X", "the state news agency X", "an extremist alliance, X"."""
    return resources.words("organization_nouns.txt") | BODY_CLASSIFIERS


@lru_cache(maxsize=1)
def firm_nouns() -> frozenset[str]:
    """The organization nouns that classify a firm (firm_nouns.txt: first WordNet 3.0 sense under business.n.01:
    firm, corporation, partnership, carmaker)."""
    return resources.words("firm_nouns.txt")


@lru_cache(maxsize=1)
def nameplate_words() -> frozenset[str]:
    """The words newspaper names are built from (outlet_name_words.txt: Journal, Times, Herald, Post ...)."""
    return resources.words("outlet_name_words.txt")


@lru_cache(maxsize=1)
def speech_lemmas() -> frozenset[str]:
    """The cue verbs of reported speech (speech_verbs.txt, VerbNet's communication classes): their subject speaks."""
    return frozenset(row[0].lower() for row in resources.rows("speech_verbs.txt"))


@lru_cache(maxsize=1)
def government_nouns() -> set[str]:
    return _load_list("government_nouns.txt")


@lru_cache(maxsize=1)
def stateless_peoples() -> dict[str, str]:
    """Demonym adjective of a people without a state -> the people's name ("kurdish" -> "Kurds")."""
    return {adj.lower(): people for adj, people, *_ in resources.rows("stateless_peoples.tsv", min_fields=2)}


@lru_cache(maxsize=1)
def state_act_heads() -> frozenset[str]:
    """Head nouns of a state's own act, plan, claim, wish, relations or arms (state_act_heads.tsv)."""
    return frozenset(row[0].lower() for row in resources.rows("state_act_heads.tsv"))


@lru_cache(maxsize=1)
def stance_prefixes() -> frozenset[str]:
    """Prefixes that, joined by a hyphen to a name, make an adjective of stance toward its bearer
    (stance_prefixes.tsv: "anti-Assad", "pro-Assad", "counter-Daesh")."""
    return frozenset(row[0].lower() for row in resources.rows("stance_prefixes.tsv"))


@lru_cache(maxsize=1)
def state_holder_heads() -> frozenset[str]:
    """Head nouns whose premodifying demonym can only be their holder or agent (state_holder_heads.tsv: "Turkish
    fears", "Turkish intentions", "his Turkish counterpart", "the Turkish invasion")."""
    return frozenset(row[0].lower() for row in resources.rows("state_holder_heads.tsv"))


@lru_cache(maxsize=1)
def stateless_people_heads() -> dict[str, bool]:
    """Head noun of a people's forces or authorities -> whether it counts only in the plural."""
    return {row[0].lower(): row[1:] == ["plural"] for row in resources.rows("stateless_people_heads.txt")}


@lru_cache(maxsize=1)
def motion_path_heads() -> dict[str, frozenset[str]]:
    """Preposition and part of speech ("from verb", "from noun", "for verb") -> the verbs of motion and their nouns
    whose phrase with it names a place (motion_path_heads.tsv: "fled from Syria", "left for Syria")."""
    return resources.words_by_kind("motion_path_heads.tsv")


@lru_cache(maxsize=1)
def contiguous_location() -> dict[str, frozenset[str]]:
    """Part of speech ("verb", "noun") -> the words of contiguous location whose object, "with" complement or
    possessor names land, not a state (contiguous_location.tsv: "bordering Turkey", "the border with Turkey")."""
    return resources.words_by_kind("contiguous_location.tsv")


@lru_cache(maxsize=1)
def resident_nouns() -> frozenset[str]:
    """Nouns of a person by residence, sex or age whose premodifying place name only says where the person lives
    (resident_nouns.tsv: "a <town> man", "<town> residents")."""
    return frozenset(row[0] for row in resources.rows("resident_nouns.tsv"))


@lru_cache(maxsize=1)
def origin_of_people() -> dict[str, frozenset[str]]:
    """Kind ("agent", "pronoun") -> the state agents' person nouns whose "from" phrase is their state, and the
    pronouns of a person subject of "be from" (origin_of_people.tsv: "refugees from Syria" is a place)."""
    return resources.words_by_kind("origin_of_people.tsv")


@lru_cache(maxsize=1)
def topic_complement() -> dict[str, frozenset[str]]:
    """Kind ("prep", "noun") -> the prepositions of subject matter and the nouns of a post, a text, a plan or a talk
    whose phrase with one names a topic, not a state (topic_complement_nouns.tsv: "the envoy for Syria", "US policy
    on Syria")."""
    return resources.words_by_kind("topic_complement_nouns.tsv")


@lru_cache(maxsize=1)
def land_heads() -> dict[str, frozenset[str]]:
    """Kind ("arena", "condition", "people", "extent") -> the words whose construction with a country's or capital's
    name makes it the land, not the state (land_heads.tsv: "Syria is now the battlefield", "Syria's civil war",
    "Syria's Kurds", "ranging from Norway to Zimbabwe")."""
    return resources.words_by_kind("land_heads.tsv")


@lru_cache(maxsize=1)
def _iso2_of() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> alpha-2."""
    return {iso3: iso2 for iso2, iso3 in lexicon.iso3_of().items()}


@dataclass
class Mention:
    start: int
    end: int
    actor: str
    text: str


def _clean_name(span: Span) -> list[Token]:
    toks = [t for t in span if not t.is_punct or t.text in {"-", "'", "’", "."}]
    while toks and (toks[0].lower_.rstrip(".") in HONORIFICS or toks[0].lower_ in role_words()
                    or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].text in {"'s", "’s", "'", "’", "-", "."}
                    or toks[-1].lower_.rstrip(".") in POSTNOMINALS):
        toks = toks[:-1]
    return toks


def _whole_person_names(ents: list[Span]) -> list[Span]:
    """Person names the model cut short: a PERSON span followed at once by a capitalised proper noun outside any
    entity that the article names on its own as a person elsewhere ("lawyer Mehmet Alper | Unver said ...
    Unver said"): the later surname mention shows the word is the name's last part; so does a month word after a
    one-word first name ("Theresa | May met", the model reading "May" as a date). Other spans as they are."""
    lone = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    out = []
    for e in ents:
        nxt = e.doc[e.end] if e.end < len(e.doc) else None
        after = e.doc[e.end + 1] if e.end + 1 < len(e.doc) else None
        # a month word right after a first name is a surname ("Theresa | May met ..."), not a date ("May 5")
        month = nxt is not None and nxt.lower_ in MONTHS and nxt.ent_type_ in {"", "DATE"} and len(e) == 1 \
            and not (after is not None and after.like_num)
        if (e.label_ == "PERSON" and nxt is not None and (nxt.ent_type_ == "" or month) and nxt.pos_ == "PROPN"
                and nxt.text[:1].isupper() and (nxt.text in lone or month) and e.doc[e.end - 1].whitespace_):
            e = Span(e.doc, e.start, e.end + 1, label=e.label_)
        out.append(e)
    return out


def _titles(span: Span) -> list[Token]:
    """The honorifics and ranks before the name in an entity span ("Master Sgt" of "Master Sgt X")."""
    out = []
    for t in span:
        if t.lower_.rstrip(".") in HONORIFICS:
            out.append(t)
        else:
            break
    return out


def name_text(toks: list[Token]) -> str:
    """The name as the text spells it ("Bashar al-Assad", not the tokens joined: "Bashar al - Assad"),
    without a possessive ending."""
    if not toks:
        return ""
    text = nlp.span_text(toks[0].doc[toks[0].i: toks[-1].i + 1])
    text = re.sub(r"[’']s?$", "", " ".join(text.split()))
    return text.strip()


def _lex_entry(name: str) -> lexicon.LexEntry | None:
    """The curated entry of an organization name: as written, in another case ("Kurdistan Workers' party"), or
    without leading descriptive words ("Kurdish People's Protection Units", "Syrian Kurdish YPG")."""
    words = name.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        entry = lexicon.by_text().get(tail) or lexicon.by_lower_text().get(tail.lower().replace("’", "'"))
        if entry is not None and entry.kind == "organization" and (i == 0 or words[i - 1][:1].isupper()):
            return entry
    return None


_LEADING_THE = re.compile(r"^(the|The)\s+")
_INDEFINITE = re.compile(r"^(a|an|A|An)\s+")
_POSSESSIVE = re.compile(r"\s*[’']s?$")


@lru_cache(maxsize=8192)
def _strip_det(text: str) -> str:
    """The name without a leading "the" and a possessive ending (cached: asked of every entity several times)."""
    text = _LEADING_THE.sub("", text).strip(" ,;:")
    return _POSSESSIVE.sub("", text)



def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name)
                   if w[0].isupper() and w.lower() not in {"of", "the", "and", "for"})


def _is_acronym(name: str) -> bool:
    """"YPG", "MoD": one short word with at least two capitals."""
    return " " not in name and len(name) <= 6 and sum(c.isupper() for c in name) >= 2


def _abbreviates(acronym: str, name: str) -> bool:
    """"SDF" for "Syrian Democratic Forces"; "MoD" for "Ministry of Defence" (every word's first letter)."""
    words = re.findall(r"[A-Za-z][\w'-]*", name)
    return _initials(name) == acronym or "".join(w[0] for w in words).lower() == acronym.lower() and len(words) > 1


_BLOCK = 64  # characters per block of the mention index (ActorIndex._mentions_over)


class ActorIndex:
    """Builds the actors of one document and answers "which actor is this span?"."""

    def __init__(self, doc: Doc, record: Record):
        self.doc = doc
        self.record = record
        self.actors: list[Actor] = []
        self.mentions: list[Mention] = []
        # untagged recurrences of an actor's name (`_untagged_recurrences`): found by `actor_at` only
        self.recurrences: list[Mention] = []
        # a country's demonym before a noun it can only be the holder or agent of (`_state_holder`): (iso2, start,
        # end, text), filed among the recurrences once every tagged mention is made (`_state_holders`)
        self._holders: list[tuple[str, int, int, str]] = []
        # office phrase's root token -> (the country or body it names, the holder `_office_holder` read it as): the
        # events layer decides an event's existence on the country or body (events._arguments, lent sources)
        self.office_moves: dict[int, tuple[Actor, Actor]] = {}
        self._office_off = False  # `without_office_rule`: the reading before the rule (events._lend_office_holders)
        self._date_ents: list[tuple[int, int, str]] | None = None  # `_dates`
        self._by_key: dict[str, Actor] = {}
        self._relatives: set[str] = set()  # ids of persons introduced by a kinship phrase
        # (start, end) of the names a relation noun made persons (`_related_names`): kept out of the pronoun pass
        self._relation_made: set[tuple[int, int]] = set()
        # names the model typed PERSON that a body noun classifies -> a firm's code (`_classified_bodies`), and the
        # ids of the organizations made of them (a government noun does not describe them: `_describe`)
        self._body_codes: dict[str, str | None] = {}
        self._classified_ids: set[str] = set()
        # organizations `_local_body_actor` made of a place's name and lower-case words ("Richmond police"):
        # `_describe` gives them only a description whose head noun is in their name ("the police", not "the police
        # union")
        self._local_body_ids: set[str] = set()
        self._links: dict[int, str | None] | None = None  # pronoun token -> actor id (pronoun_links)
        # the mentions by the blocks of _BLOCK characters they cover, for tagged_actor_at (`_mentions_over`)
        self._filed_list: list[Mention] | None = None
        self._filed = 0
        self._blocks: dict[int, list[int]] = {}
        self._empty_mentions: list[int] = []
        # tokens of the country and capital names a motion path left places ("travelled to Syria", "sent troops
        # into Syria"): the phrase layer reads the same decision (`resolve_span`), so such a place is not made a
        # country mention again by its name
        self._places: set[int] = set()
        self._site_places: set[tuple[int, int]] = set()  # `_site_as_a_place`'s names: a place, never a nominal
        self._pupil_schools: set[tuple[int, int]] = set()  # `_pupil_school`'s mentions (characters), left out last
        # token -> ISO2 of the country or capital names among them read literally (`_literal_place`: "northeast
        # Syria", "the Brussels bomb blast"): an act whose only source was such a name is not dropped for want of
        # it (events._literal_source), and a described person's name leaves the town out (`_without_city`)
        self.literal_tokens: dict[int, str] = {}
        # (head lemma, event type) -> the described person the events layer made of it (events.described): kept
        # with the index, whose actor it is, and not with the parsed document, which a second extraction reuses
        self.described_persons: dict[tuple[str, str], Actor] = {}

    # -- building ---------------------------------------------------------------------------------
    def _new(self, name: str, kind: str, **fields) -> Actor:
        actor = Actor(id=f"a{len(self.actors) + 1}", name=name, kind=kind, **fields)
        self.actors.append(actor)
        return actor

    def _mention(self, actor: Actor, start: int, end: int, text: str, phrase: str | None = None) -> None:
        """Files a mention of `actor` at [start, end); its alias is read from `phrase` where the mention covers
        less than the phrase that named it (`nominal`), else from `text`."""
        actor.mentions += 1
        said = text if phrase is None else phrase
        alias = (_strip_det(said) if actor.kind != "group" else said).strip(" ,;:")
        if alias and alias not in actor.aliases and alias != actor.name:
            actor.aliases.append(alias)
        self.mentions.append(Mention(start, end, actor.id, text))

    def build(self) -> tuple[list[Entity], list[Actor]]:
        # A model "entity" with no capitalized word ("hardline group") is a nominal mention, not a name.
        ents = [e for e in nlp.ents(self.doc) if e.label_ in NAMED_TYPES and any(t.text[:1].isupper() for t in e)]
        ents = _whole_person_names(ents)
        self._labels = self._actor_labels(ents)
        self._collect_orgs(ents)
        entities: list[Entity] = []
        for ent in ents:
            actor = None
            label = self._labels[ent.start, ent.end]
            body = _local_body(ent, listed_only=label == "NORP") if label in {"GPE", "NORP"} else None
            if body is not None:  # "the Toronto district school board": the body, filed as `_local_body_actor` says
                self._local_body_actor(body)
            if label == "PERSON" and not self._is_place(ent):
                actor = self._person(ent)
            elif label == "ORG":
                actor = self._org(ent)
                if actor is not None and _pupil_school(ent):
                    self._pupil_schools.add((ent.start_char, ent.end_char))
            elif label == "GPE" and self._acting(ent):
                actor = self._country(ent)
            elif label == "GPE" and _state_name(ent) and _literal_place(ent):
                self._places.update(range(ent.start, ent.end))
                if self._acts(ent):  # a name that acted before the literal reading: "the Nairobi residents"
                    self._literal_place(ent)
            elif label == "GPE" and _state_name(ent) and (_contiguous_place(ent) or _origin_place(ent)
                                                          or _topic_place(ent) or _land_place(ent)):
                self._places.update(range(ent.start, ent.end))
                if self._acts(ent):  # the article still names the country ("the border with Turkey", "refugees from")
                    self._literal_place(ent, tokens=False)
            elif label == "GPE" and _state_name(ent) and _on_motion_path(ent.root):
                self._places.update(range(ent.start, ent.end))
            elif label == "NORP":
                actor = self._people(ent)
            elif (ent.start, ent.end) in self._site_places:
                # a site named as where something happens: a place for the later passes too, which take no nominal
                # over it ("enrolled at <name> University": no person "<name> University")
                self._places.update(range(ent.start, ent.end))
            if actor is not None:
                self._mention(actor, ent.start_char, ent.end_char, nlp.span_text(ent))
            entities.append(Entity(nlp.span_text(ent), ent.start_char, ent.end_char, ent.label_,
                                   actor.id if actor else None, "rule" if ent._.rule else "model"))
        for ent in ents:
            if self._labels[ent.start, ent.end] == "PERSON":
                self._roles(ent)
        self._month_surnames()
        self._untagged_stateless_peoples()
        made = self._outlets()
        self._untagged_recurrences()
        self._state_holders()
        self._stance_names()
        actor_codes.assign(self.actors, self.record.article.published,
                           actor_codes.literal_countries(self.record.literal_places),
                           states=self._named_states(ents), titled=self._titled_surnames(),
                           form_reads=self._legal_form_reads(),
                           firm_reads={**self._firm_role_reads(), **self._firm_phrase_reads()},
                           body_lands=self.state_body_lands(ents), title_posts=self.state_title_posts(ents))
        for actor in made:
            if not actor.code:  # an outlet the dictionaries do not code: MED, its country left out (actors_guardian.md)
                actor.code, actor.code_source = "MED", actor_codes.OUTLET_FRAME
        return entities, self.actors

    def leave_out_pupil_schools(self, record: Record) -> None:
        """Once every component has read the article, the mentions `_pupil_school` found ("a student at <name>
        University") are no actor mentions. An actor left with no mention is dropped, with its pupils' affiliation
        and the brief summary's evidence of it (the pupils' codes stay: the set's rule gives them EDU beside `-`),
        unless another mention of the same body is left (`_body_named_again`) or a part of the record names it (an
        event, a quote, a brief's answer, a contradiction). Until then the name is the school's actor, as its other
        mentions read it ("The school said", "<name> University (<acronym>)")."""
        spans = self._pupil_schools
        left_out = [m for m in self.mentions if (m.start, m.end) in spans]
        if not left_out:
            return
        self.mentions = [m for m in self.mentions if (m.start, m.end) not in spans]
        for m in left_out:
            self.get(m.actor).mentions -= 1
        for ent in record.entities:
            if (ent.start, ent.end) in spans:
                ent.actor = None
        held = {m.actor for m in (*self.mentions, *self.recurrences)} | _used_ids(record)
        dropped = {m.actor for m in left_out if m.actor not in held and not self._body_named_again(m)}
        self.actors[:] = [a for a in self.actors if a.id not in dropped]
        for actor in self.actors:
            if actor.affiliation in dropped:
                actor.affiliation = None
        for line in (record.brief or {}).get("summary") or []:
            line["evidence"] = [e for e in line.get("evidence") or [] if e not in dropped]

    def _body_named_again(self, mention: Mention) -> bool:
        """Whether the text names the school of a left-out mention again outside every left-out mention: its name
        in any case ("<name> middle school chess club members"), or after the mention "the" and its head noun
        (`_site_kind`'s) or a noun that names any school (pupil_nouns.tsv's `school`: "The school said" after
        "<name> State University", "the university's management")."""
        spans = self._pupil_schools
        outside = [i for i in _find_all(nlp.doc_text(self.doc).lower(), _strip_det(mention.text).lower())
                   if not any(s <= i < e for s, e in spans)]
        if outside:
            return True
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        words = [t for t in _clean_name(span) if not t.is_punct]
        of = next((k for k, t in enumerate(words) if t.lower_ == "of"), None)
        heads = {(words[of - 1] if of else words[-1]).lower_} | resources.words_by_kind("pupil_nouns.tsv").get(
            "school", frozenset())
        return any(t.lower_ in heads and self.doc[t.i - 1].lower_ == "the" for t in self.doc[span.end:])

    def _outlets(self) -> list[Actor]:
        """Organizations of the news outlets the model left without an actor, read from their frame
        (outlets.outlet_names: "told the <name> that", "airs on <name>", "the website <name>"); a name that already
        has an actor (or is a place the resolver read) keeps it. One actor per name. Returns the actors made."""
        made: dict[str, Actor] = {}
        bodies = frozenset(organization_nouns() | government_nouns() | INSTITUTION_NOUNS)
        for span in outlets.outlet_names(self.doc, bodies, frozenset(role_words())):
            name = name_text(list(span))
            same = next((a for a in self.actors if a.name == name), None)
            if self.tagged_actor_at(span.start_char, span.end_char) is not None \
                    or any(t.i in self._places for t in span) or same is not None and same.kind != "organization":
                continue  # a name the article gave an actor of another kind keeps it
            actor = made.get(name) or same or made.setdefault(name, self._new(name, "organization"))
            self._mention(actor, span.start_char, span.end_char, span.text)
        return list(made.values())

    def _legal_form_reads(self) -> dict[str, str | None]:
        """For each organization whose name ends in a legal form, what the text makes of it (actor_codes
        .legal_form_read: drawn short of its name, or a body the text calls a nonprofit)."""
        orgs = {a.id: a for a in self.actors if a.kind == "organization" and actor_codes.legal_form_sector(a.name)}
        if not orgs:
            return {}
        text, spans = nlp.doc_text(self.doc), self._mention_spans(set(orgs))
        return {i: actor_codes.legal_form_read(text, spans.get(i, []), actor_codes.legal_form_sector(a.name))
                for i, a in orgs.items()}

    def _firm_phrase_reads(self) -> dict[str, str | None]:
        """For each organization the text calls a firm by a noun of a firm (`_firm_phrase_code`: "<name>, a software
        company", "<name> is a company"), the code that gives it, for actor_codes.assign to take where nothing else
        codes the body (FIRM_NOUN). As for a legal form (actor_codes.legal_form_read), read at the mention the noun
        is said of: none where that mention is drawn short of the body's name ("the William and <name>, a company"),
        "NGO" where the text calls the body a nonprofit or a charity (round 52, actfirmctx52). A coordinated mention
        elsewhere ("<Name> and <name>") is another name beside it, no part of it."""
        orgs = {a.id for a in self.actors if a.kind == "organization"}
        text = nlp.doc_text(self.doc)
        out: dict[str, str | None] = {}
        for i, found in self._mention_spans(orgs, recurrences=True).items():
            for start, end in sorted(found):
                code = _firm_phrase_code(self.doc, start, end)
                if code:
                    out[i] = actor_codes.legal_form_read(text, [(start, end)], code)
                    break
        return out

    def _firm_role_reads(self) -> dict[str, str | None]:
        """For each organization the text gives a firm's role at one of its mentions (`_firm_role_code`: "<name> sells
        into ninety countries", "the <name> store on <road>"), the code that gives it, for actor_codes.assign to take
        where nothing else codes the body (FIRM_NOUN; a noun of a firm said of it, `_firm_phrase_reads`, first): read
        at that mention as a firm noun's is (actor_codes.legal_form_read: none where the mention is drawn short of its
        name, "NGO" for a body the text calls a nonprofit or a charity), else BUS with the country the text gives before
        a mention of the body or of its fuller name, an organization named by the body's name and more words ("Costa
        Rica's <name> Investment Group ... <name> sold": `_country_before`; round 54, actbus54)."""
        orgs = {a.id: a for a in self.actors if a.kind == "organization"}
        text = nlp.doc_text(self.doc)
        spans = self._mention_spans(set(orgs), recurrences=True)
        out: dict[str, str | None] = {}
        for i, found in spans.items():
            start, end = next(((s, e) for s, e in sorted(found) if _firm_role_code(self.doc, s, e)), (None, None))
            if start is None:
                continue
            code = actor_codes.legal_form_read(text, [(start, end)], "BUS")
            if code == "BUS":
                named = [se for j, a in orgs.items() if j == i or a.name.startswith(orgs[i].name + " ")
                         for se in spans.get(j, [])]
                code = next(filter(None, (_country_before(self.doc, s, e) for s, e in named)), "") + "BUS"
            out[i] = code
        return out

    def _mention_spans(self, ids: set[str], recurrences: bool = False) -> dict[str, list[tuple[int, int]]]:
        """Actor id -> the (start, end) of each of its mentions, for these actors, in filing order (then the
        recurrences' where asked)."""
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in [*self.mentions, *(self.recurrences if recurrences else [])]:
            if m.actor in ids:
                spans.setdefault(m.actor, []).append((m.start, m.end))
        return spans

    def _named_states(self, ents) -> set[str]:
        """ISO3 of the states the article's place and people names bring in: a country's name, a capital's, a
        demonym or a province's ("the UK", "London", "British", "Pennsylvania": the country the article is about),
        whatever reading the resolver gives the name (actor_codes: the state a bare office holder's surname may
        belong to)."""
        iso3, out = lexicon.iso3_of(), set()
        for ent in ents:
            if ent.label_ not in {"GPE", "NORP", "LOC"}:
                continue
            text = nlp.span_text(ent)
            iso2 = actor_codes.place_country(text[4:] if text.lower().startswith("the ") else text)
            if iso2 and iso3.get(iso2):
                out.add(iso3[iso2])
        return out

    def state_body_lands(self, ents) -> dict[str, str]:
        """For each organization some mention of which acts or is a party (`_party_position`), the one state the
        article brings in (`_lands`), for actor_codes.state_body_code to read its name in; empty when the article
        brings in none or several. A body the text only names as a place ("at the <name> Memorial", "outside the
        Ministry") or as a premodifier of a common noun ("a Navy petty officer", "a Cabinet slot") is no actor
        there (round 52's judge, actnatl52r: such names were coded as bodies)."""
        lands = _lands(ents, self.actors)
        if len(lands) != 1:
            return {}
        text = nlp.doc_text(self.doc)
        orgs = {a.id for a in self.actors if a.kind == "organization" and not _written_as_a_party(text, a.name)}
        acting = {i for i, spans in self._mention_spans(orgs, recurrences=True).items() if self._acts_at(spans)}
        return dict.fromkeys(acting, next(iter(lands)))

    def state_title_posts(self, ents) -> dict[str, tuple[str, str | None]]:
        """For each person the text names by a title only a state's post holder bears (actor_codes.
        state_title_sector: the whole of his title, "Congressman", or the lone title right before a mention that
        the resolver drops as an honorific, "Sen. <name>", "Lt. Col. <name>"; not with "former" or "retired" in
        the three words before it, "Retired Army Col. <name>"), its sector and, where some mention of the person
        acts or is a party (`_party_position`), the one state the article brings in (`_lands`, with its country
        actors read by their country, whose codes are not yet set; None when it brings in none or several), and
        only where the text names one of its constituent states (data/federations.tsv: "Ohio", "Kentucky"): a text
        about a state's home affairs; a text that names a foreign state alone ("the Iran sanctions bill", "the
        Afghan interpreters Senator <name> wants to admit") is as often the writer's own officials on it, for
        actor_codes.state_title_code."""
        iso3 = lexicon.iso3_of()
        text = nlp.doc_text(self.doc)
        lands = _lands(ents, self.actors) | {iso3[a.country] for a in self.actors
                                             if a.kind == "country" and iso3.get(a.country or "")}
        home = {iso3.get(state_posts.federated_state(_strip_det(nlp.span_text(ent))) or "") for ent in ents
                if ent.label_ in {"GPE", "LOC"} and not _inside_a_name(ent)}
        persons = [a for a in self.actors if a.kind == "person"]
        spans = self._mention_spans({a.id for a in persons}, recurrences=True)
        out: dict[str, tuple[str, str | None]] = {}
        for actor in persons:
            sector = actor_codes.state_title_sector(actor.role)
            for start, _ in spans.get(actor.id, []) if not sector else []:
                before = re.search(r"((?:\S+\s+){0,3}?)(\w+)\.?\s+$", text[max(0, start - 60):start])
                if before and before.group(2)[:1].isupper() \
                        and not actor_codes.held_no_more(before.group(1).lower().split()):
                    sector = actor_codes.state_title_sector(before.group(2)) or sector
            if not sector:
                continue
            acts = len(lands) == 1 and lands <= home and self._acts_at(spans.get(actor.id, []))
            out[actor.id] = (sector, next(iter(lands)) if acts else None)
        return out

    def _acts_at(self, spans: list[tuple[int, int]]) -> bool:
        """Whether a mention at one of these (start, end) spans acts or is a party (`_party_position`)."""
        return any(_party_position(span.root) for span in (self.doc.char_span(s, e, alignment_mode="expand")
                                                           for s, e in spans) if span is not None)

    def _titled_surnames(self) -> dict[str, set[str]]:
        """For each one-word person actor, the names a title before a mention makes of it ("President Carter":
        the mention with the capitalised words right before it, one or two), for the dictionary to read
        (actor_codes: a title that makes the surname another person's Phoenix name)."""
        out: dict[str, set[str]] = {}
        text = nlp.doc_text(self.doc)
        for m in self.mentions:
            actor = self.get(m.actor)
            if actor is None or actor.kind != "person" or len(actor.name.split()) != 1:
                continue
            before = re.search(r"((?:[A-Z][A-Za-z.]*[ ]){1,2})$", text[max(0, m.start - 40):m.start])
            names = {m.text}
            if before:
                words = before.group(1).split()
                names |= {" ".join(words[i:] + [actor.name]) for i in range(len(words))}
            out.setdefault(actor.id, set()).update(n for n in names if len(n.split()) > 1)
        return out

    def _literal_place(self, ent: Span, tokens: bool = True) -> None:
        """Counts a country's or capital's name in its literal reading (record.literal_places): no actor, but the
        article still names that country, and a body named without its country ("Police", "the union") takes it
        as it would a country actor's (actor_codes.assign, events.codes._main_country). With `tokens`, its tokens
        join `literal_tokens` (a premodifier's city: `_city_thing`, `_without_city`, events' literal source); a
        name after its head ("the border with Turkey") premodifies nothing, and is counted only."""
        text = _strip_det(nlp.span_text(ent))
        iso2 = _state_of(text)
        if iso2:
            self.record.literal_places[iso2] = self.record.literal_places.get(iso2, 0) + 1
            if tokens:
                self.literal_tokens.update((i, iso2) for i in range(ent.start, ent.end))

    def _month_surnames(self) -> None:
        """A bare surname that is a month word, which the model tags as a date ("Theresa May ... May told MPs"):
        the person named in full with it, when it stands as a noun phrase of its own (subject, object, possessor)
        with no number, day or time preposition at it ("in May", "May 5", "last May" stay dates)."""
        if not len(self.doc):
            return
        # the DATE tokens that are month words, from one array (not every token made)
        date = get_string_id("DATE")
        ents = nlp.column(self.doc, ENT_TYPE)  # the month words by the lower-case column's distinct strings
        found = [i for i in nlp.indices_where(self.doc, LOWER, lambda w: w in MONTHS) if ents[i] == date]
        for tok in (self.doc[i] for i in found):
            if tok.ent_type_ != "DATE" or tok.lower_ not in MONTHS or not tok.text[:1].isupper():
                continue
            person = self._by_key.get("S:" + tok.lower_)
            if person is None or person.kind != "person" or " " not in person.name:
                continue
            ent = nlp.entity_of(tok)
            # "May told MPs": the tagger may read the name as the modal, but a modal takes a bare verb, not "told"
            subject_modal = tok.dep_ == "aux" and tok.head.tag_ in {"VBD", "VBZ"}
            if ent is None or len(ent) != 1 or (tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "poss"}
                                                and not subject_modal):
                continue
            if any(c.like_num or c.dep_ in {"nummod", "det", "amod"} for c in tok.children):
                continue
            self._mention(person, tok.idx, tok.idx + len(tok.text), tok.text)

    def _actor_labels(self, ents: list[Span]) -> dict[tuple[int, int], str]:
        """The entity type each name is resolved as (`_actor_label`). A name a relation noun names is a person
        (`_related_names`), and so is the same name elsewhere and its surname's; those it made persons are kept in
        `_relation_made`."""
        # The last word of a region named in the article ("Ghouta" after "Eastern Ghouta") is that place.
        region_tails = {e[-1].text for e in ents if len(e) > 1 and e[0].lower_ in REGION_WORDS}
        # A one-word "person" the article puts inside something ("in Ghouta", "across Idlib") is a place.
        region_tails |= {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1 and e.root.dep_ == "pobj"
                         and e.root.head.lower_ in INSIDE_PREPS and e.root.head.head.pos_ in {"VERB", "AUX"}}
        related = self._related_names(ents)
        bodies = self._body_codes = self._classified_bodies(ents)
        # A name typed PERSON that a compass word opens ("Eastern Ghouta" capitalised at a sentence's start) is a
        # region (`_is_place`), so it lends no surname: its last word stays the region's name ("eastern Ghouta",
        # "in Ghouta") and the region rule below reads it (the set's convention: a compass word capitalised only
        # because it opens a sentence is no part of the name; a compass word is never a person's first name).
        tagged = [e for e in ents if e.label_ == "PERSON" and _strip_det(nlp.span_text(e)) not in bodies
                  and not _compass_led(e)]
        model = self._with_resolved_persons(ents, tagged, region_tails)
        widened = self._with_resolved_persons(
            ents, tagged + [e for e in ents if e.label_ != "PERSON" and _strip_det(nlp.span_text(e)) in related],
            region_tails)
        labels = {}
        for ent in ents:
            text = _strip_det(nlp.span_text(ent))
            label = self._actor_label(ent, *widened, region_tails)
            if label != "PERSON" and ent.label_ in {"ORG", "GPE", "LOC"} and text in related:
                label = "PERSON"  # "his girlfriend, Olivia", and the same name elsewhere (one sense per discourse)
            if label == "PERSON" and related and self._actor_label(ent, *model, region_tails) != "PERSON":
                self._relation_made.add((ent.start_char, ent.end_char))
            if label == "PERSON" and ent.label_ == "PERSON" and text in bodies:
                label = "ORG"  # "the rock band X", and the same name elsewhere (one sense per discourse)
            labels[ent.start, ent.end] = label
        return labels

    def _with_resolved_persons(self, ents: list[Span], persons: list[Span], region_tails: set[str]) \
            -> tuple[set[str], set[str]]:
        """The surnames and full names of these persons' names and of the multiword names the resolver takes for
        persons by the dated dictionaries though the model typed them ORG (`_actor_label`: "Donald Trump" typed
        ORG, a leader's name of Phoenix's or the curated roles): one name, one sense in the article (Gale, Church
        and Yarowsky 1992), so their bare surname ("Trump" typed ORG) names the person too, as a surname of a name
        the model typed PERSON does. Not a name made a person by its place alone ("the parents of X": the
        kinship rule reads that phrase, not the name elsewhere)."""
        names = _person_names(persons)
        resolved = [e for e in ents if e.label_ == "ORG" and len(_clean_name(e)) > 1
                    and actor_codes.is_dated_person(name_text(_clean_name(e)))
                    and self._actor_label(e, *names, region_tails) == "PERSON"]
        return _person_names([*persons, *resolved]) if resolved else names

    def _actor_label(self, ent: Span, surnames: set[str], persons: set[str], region_tails: set[str]) -> str:
        """The model's label, except: a one-word ORG, GPE or NORP that is the surname of a person named in full in
        the article is that person ("Matthews" after "James Matthews"); a one-word PERSON or ORG that is a
        country or capital name is a place ("Washington's support"), and acts only as places do. A one-word ORG
        that no lexicon entry names and that is the surname of the one person the curated office holders' table
        gives a post at the article's date is that person, though the article never names them in full ("the
        Trump administration", "Trump's travel ban" in 2018; actor_codes.sole_post_holder): a bare surname in
        the news names the holder of a national office who bears it. A name the model typed GPE, NORP or FAC that
        the dictionaries give a body (`_names_a_body`: "MI5", "Unicef", "the United Nations") is an organization."""
        text = _strip_det(nlp.span_text(ent))
        label = ent.label_
        entry = lexicon.by_text().get(text)
        known = entry is not None and entry.kind in {"organization", "country"}
        if label in {"ORG", "GPE", "NORP", "FAC"} and " " not in text and text in surnames and not known:
            label = "PERSON"
        elif label in BODY_MISTYPES and not ent._.rule and not _titles(ent) and not _joined_part(ent) \
                and _names_a_body(text):
            label = "ORG"  # "MI5" typed NORP, "Unicef" GPE, "the United Nations" FAC: a body the dictionaries name
        elif label == "ORG" and not known and (text in persons or actor_codes.is_dated_person(text)):
            label = "PERSON"  # "Donald Trump" typed ORG in one sentence; a Phoenix leader's name
        elif label == "ORG" and entry is None and " " not in text and not _is_acronym(text) \
                and actor_codes.sole_post_holder(text, self.record.article.published):
            label = "PERSON"  # "the Trump administration", "Trump's travel ban" (2018): the one office holder so named
        elif label == "ORG" and not known and " " in text and self._kin_head(ent) is not None:
            label = "PERSON"  # "the mother of X": a kinship noun's "of" or possessor is a person, not an org
        elif label in {"PERSON", "ORG"} and entry is None and _site_as_a_place(ent):
            label = "FAC" if label == "ORG" else "LOC"  # "a vigil at the <name> Community Centre", "on <name> Road"
            self._site_places.add((ent.start, ent.end))
        elif label in {"PERSON", "ORG"} and entry is None and street_names.address_road(ent):
            label = "LOC"  # "the intersection of Northwest 34th Street and ...": a street in an address's form
            self._site_places.add((ent.start, ent.end))
        elif label in {"PERSON", "ORG"} and entry is None and self._named_as_a_place(ent, text, surnames):
            label = "LOC"  # "Fua" after "the towns of Fua and Kefraya": a town, wherever the article names it
        elif label == "ORG" and not known and self._is_place(ent, strict=False):
            label = "GPE"  # "al-Hawl", "Manbij": a town the model took for an organization
        elif label in {"PERSON", "ORG"} and " " not in text and not ent._.rule and (
                text in lexicon.capital_of() or lexicon.country_of_name().get(text.lower())):
            label = "GPE"
        elif label in {"PERSON", "ORG"} and text not in surnames and not actor_codes.is_dated_person(text) \
                and (text in region_tails or (ent.start > 0 and self.doc[ent.start - 1].lower_ in REGION_WORDS)):
            label = "LOC"  # "Ghouta" after "Eastern Ghouta"; "in eastern Ghouta"
        return label

    def _named_as_a_place(self, ent: Span, text: str, surnames: set[str]) -> bool:
        """A name the article uses as a place elsewhere or here (place_use: "the towns of Fua and Kefraya", "the
        al-Shayrat airbase", "in Baghuz"), with no sign of a person here: no title before it, not the surname of
        a person the article names in full, no frequent given name opening it (given_names.txt), not a dated
        leader's name, not the subject of a verb of speaking ("Jordan said"). The model's own PERSON type on the
        name ("Abu Kamal", "al-Shayrat") is no sign: it is the error in question."""
        if _titles(ent) or text in surnames or text.split()[0] in resources.words("given_names.txt") \
                or actor_codes.is_dated_person(text):
            return False
        if ent.root.dep_ in SUBJECT_DEPS and ent.root.head.lemma_.lower() in speech_lemmas():
            return False
        return used_as_a_place_in(self.doc, text)

    def _related_names(self, ents: list[Span]) -> set[str]:
        """The names a relation noun makes persons (`_named_by_relation`), less a name the article also sets in
        apposition to a noun of a body ("Trellis Dynamics, a company with ..."): appositives share their kind
        of referent (Quirk et al. 1985, 17.65), and the name names one thing in the article."""
        bodies = {_strip_det(nlp.span_text(e)) for e in ents if _apposed_to_a_body(e)}
        named = {_strip_det(nlp.span_text(e)) for e in ents if self._named_by_relation(e)}
        return named - bodies

    def _classified_bodies(self, ents: list[Span]) -> dict[str, str | None]:
        """The names the model typed PERSON that an organization noun classifies (`_classified_as_a_body`): a
        body's name, here and wherever the article repeats it (one sense per discourse, Gale, Church and Yarowsky
        1992), each with the code a firm's phrase gives it (`_firm_code`) or None. Not a name with a title (in it or
        just before it), a dated person's name, one a relation noun names, nor one Phoenix's dictionary codes as a
        bare country (a place's name: Sana, Yemen's capital, would become a body coded YEM). Not a name a frequent
        given name opens (given_names.txt: "Brian Burton"), nor one whose last word the article uses alone as a
        person's name (news names a person again by the surname alone, AP Stylebook's second reference: "the ...
        media office Abdullah al-Hams ... Hams expressed"): a person's name, whatever the noun before it
        (actkind44b, from actkind44's judged failures)."""
        given = resources.words("given_names.txt")
        alone: set[str] | None = None  # read from the parse only when a name is a candidate
        out: dict[str, str | None] = {}
        for ent in ents:
            if ent.label_ != "PERSON" or _titles(ent) or not _classified_as_a_body(ent):
                continue
            if alone is None:
                alone = _bare_subject_names(self.doc)
            before = ent.doc[ent.start - 1] if ent.start else None
            if before is not None and before.lower_.rstrip(".") in HONORIFICS:
                continue
            name = name_text(_clean_name(ent))
            words = name.split()
            if not words or words[0] in given or (len(words) > 1 and _surname_part(words[-1]) in alone):
                continue
            if actor_codes.is_dated_person(name) or self._named_by_relation(ent):
                continue
            code = actor_codes.code_at(name, self.record.article.published)
            if code and len(code) == 3:
                continue  # Phoenix reads the name as a place of that country ("Sana"): not retyped, not coded so
            text = _strip_det(nlp.span_text(ent))
            out[text] = out.get(text) or _firm_code(ent)
        return out

    def _named_by_relation(self, ent: Span) -> bool:
        """A name the model typed ORG, GPE or LOC that a noun of kinship or friendship names: in apposition to
        it ("his girlfriend, Olivia"; through a list, "her friends, Amira Abase and Kadiza Sultana"), named by it
        ("a daughter called Sarayah") or possessing it ("Sultana's family"). The relatum of such a noun is a
        person (relation_nouns.txt); a country, a lexicon name or a town of some size keeps its label, and so
        does a firm: an appositive not juxtaposed to the noun, a noun said of a thing ("its parent"), a name of
        a firm's or a paper's shape (`_shaped_as_a_name`)."""
        if ent.label_ not in {"ORG", "GPE", "LOC"} or ent._.rule or not _shaped_as_a_name(ent):
            return False
        tok = ent.root
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "appos":
            noun = _juxtaposed_noun(tok)
        elif tok.dep_ == "poss" and head.tag_ == "NN":
            noun = head
        elif tok.dep_ in {"oprd", "attr", "dobj"} and head.lemma_.lower() in {"call", "name"} \
                and head.dep_ in {"acl", "relcl"}:
            noun = head.head  # "a daughter called Sarayah", "a son named X"
        else:
            return False
        # the tagger takes a bare noun in a list for a verb at times ("his uncle, Bram, and fiancee, Corisande")
        if noun is None or (noun.pos_ != "NOUN" and noun.lower_ not in relation_nouns()) \
                or noun.lemma_.lower() not in relation_nouns() or _said_of_a_thing(noun):
            return False
        from newsledger.resolve import gazetteer

        text = name_text(_clean_name(ent))
        town = max((e.population or 0 for e in gazetteer.get().lookup(text)), default=0) >= PLACE_POPULATION
        return not town and lexicon.by_text().get(text) is None and text not in lexicon.capital_of() \
            and not lexicon.country_of_name().get(text.lower())

    def _acting(self, ent: Span) -> bool:
        """Whether a place name acts (a state, its government or forces: "Turkey said", "pressing Turkey",
        "Turkey's aid", "US forces") rather than names where something happens ("killed in Syria", "tried in
        the US", "attempted to enter Turkey"); not in its literal reading ("controlling northeast Syria", "the
        Paris terror attacks": the land or the city)."""
        return not _literal_place(ent) and not _contiguous_place(ent) and not _origin_place(ent) \
            and not _topic_place(ent) and not _land_place(ent) and self._acts(ent)

    def _acts(self, ent: Span) -> bool:
        """Whether a place name's position is an actor's (`_acting` without the literal reading)."""
        tok = _list_first(ent.root)  # "Russia, Turkey and Iran", "Victoria, Australia": as the first of the list
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
            # "the government of Syria" acts; "the town of Kilis", "in Syria" do not.
            return tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in STATE_NOUNS | role_words()
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in MOTION_VERBS:
            return False
        if tok.dep_ == "pobj" and _motion_path(tok.head):
            return False  # "fled from Syria", "left for Syria", "bound for Greece": where the motion starts or heads
        if tok.dep_ == "nsubj" and _for_destination(tok):
            return False  # "left for Syria to join Isis": the destination parsed as the infinitive's subject
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in PLACE_NOUNS | FACILITY_NOUNS:
            return False  # "Kabul's airport", "Syria's north-east"
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in MUNICIPAL_NOUNS \
                and not lexicon.country_of_name().get(_strip_det(nlp.span_text(ent)).lower()):
            return False  # "London city council", "the Paris mayor": the city's own body, not the state
        return not (tok.dep_ in {"compound", "amod"} and tok.head.ent_type_ == "GPE")

    def _is_place(self, ent: Span, strict: bool = True) -> bool:
        """A name the model took for a person (strict) or an organization that is a gazetteer place in a
        place's position ("in Ain Issa", "the town of Abu Kamal"); for an organization also a town of some
        size anywhere ("Manbij"): towns are neither persons nor organizations."""
        toks = _clean_name(ent)
        if not toks or _titles(ent):
            return False
        if len(toks) > 1 and toks[0].lower_ in REGION_WORDS:
            return True  # "Eastern Ghouta", "Northern Syria": a region, never a person's first name
        if ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in PLACE_NOUNS:
            return True  # "the al-Hawl camp", "the Manbij area"
        from newsledger.resolve import gazetteer

        places = [e for e in gazetteer.get().lookup(name_text(toks)) if e.kind != "country"]
        if not places:
            return False
        root = ent.root
        located = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS and (
            root.head.lower_ != "of" or root.head.head.lemma_.lower() in PLACE_NOUNS)
        return located or (not strict and max(e.population or 0 for e in places) >= PLACE_POPULATION)

    def _people(self, ent: Span) -> Actor | None:
        """A demonym: a plural noun ("the Qataris", "Australians") is its country's actor, as the reference gold
        has it, or a group for a people without a state ("the Kurds"); an adjective stands for the state only
        before a state noun ("Turkish forces", "the Syrian regime") or the state's own act, plan, claim, wish,
        relations or arms ("Russian rhetoric", "American policy"), not elsewhere ("British values")."""
        text = _strip_det(nlp.span_text(ent))
        iso2 = lexicon.country_of_name().get(text.lower())
        root = ent.root
        if not iso2 and text.lower() in stateless_peoples() and root.dep_ in PREMODIFIER_DEPS:
            return self._stateless_people(root)  # a noun ("the Rohingya fled") stays the plural's group below
        if root.dep_ in {"amod", "compound"} and root.head.i >= ent.end:
            compounds = [c for c in root.head.children if c.dep_ == "compound" and c.i > root.i]
            head_words = {w for t in [root.head, *compounds] for w in (t.lemma_.lower(), t.lower_)}
            if iso2 and (head_words & (STATE_NOUNS | {"official"}) or _names_state_act(root.head)):
                return self._country_actor(iso2, text)
            if iso2 and _state_holder(root):
                self._holders.append((iso2, ent.start_char, ent.end_char, nlp.span_text(ent)))
            return None
        if iso2:
            return self._country_actor(iso2, text)
        if root.tag_ in {"NNPS", "NNS"} or (text.endswith("s") and root.pos_ in {"PROPN", "NOUN"}):
            return self._group(text)
        return None

    def _group(self, name: str) -> Actor:
        """The group actor of this name ("Australians", "Kurds"), made on its first mention."""
        key = "N:" + name.lower()
        actor = self._by_key.get(key)
        if actor is None:
            actor = self._new(name, "group")
            self._by_key[key] = actor
        return actor

    def _stateless_people(self, tok: Token) -> Actor | None:
        """A stateless people's demonym ("Kurdish") standing for its forces or authorities: the people's group
        ("Kurdish forces", "the Kurdish-Arab forces", "Kurdish custody": the Kurds), as its plural ("the Kurds") is;
        describing anything else ("Kurdish community", "Kurdish officials") it is no actor."""
        if not _names_peoples_body(tok):
            return None
        return self._group(stateless_peoples()[tok.lower_])

    def _untagged_stateless_peoples(self) -> None:
        """A stateless people's demonym the model tagged no entity ("Arab" of "the Kurdish-Arab forces"): read as
        a tagged one."""
        if not len(self.doc):
            return
        peoples = {get_string_id(w) for w in stateless_peoples()}
        found = [i for i, low in enumerate(self.doc.to_array(LOWER).tolist()) if low in peoples]
        for tok in (self.doc[i] for i in found):
            if tok.ent_type_ or not tok.text[:1].isupper():
                continue
            actor = self._stateless_people(tok)
            if actor is not None:
                self._mention(actor, tok.idx, tok.idx + len(tok.text), tok.text)

    def _untagged_recurrences(self) -> None:
        """One sense per discourse (Gale, Church and Yarowsky 1992; for names, the document-level consistency of
        Krishnan and Manning 2006): a name the article has given an actor denotes that actor where it recurs and
        the model tagged nothing ("Roger Waters ... Waters pulled off", "the World Health Organization (WHO)",
        "Elizabeth Hoff, the WHO Representative"). A whole name only: no capitalised word joined to it.
        They are kept apart from `mentions` and the actor's count and aliases: `actor_at` finds one only for a
        span that is the name (`resolve_span` as its last resort), so salience (the pronoun pass, `recent`, the
        brief's counts) stays as the model's tags make it (counted, they moved pronouns and the brief's who to a
        much-named actor: "she attacks" -> Trump)."""
        names = self._recurring_names()
        if not names:
            return
        longest = max(len(n) for n in names)
        firsts = {n[0] for n in names}  # most tokens start no name: skip them before building any tuple
        covered = {i for m in self.mentions for i in range(m.start, m.end)}
        # the names and the tokens compared as string ids (nlp.orths): no Token or Span per word of the article
        by_ids = {tuple(get_string_id(w) for w in name): actor for name, actor in names.items()}
        first_ids = {get_string_id(w) for w in firsts}
        orth = nlp.orths(self.doc)
        i = 0
        while i < len(orth):
            size = 0 if orth[i] not in first_ids else next(
                (n for n in range(min(longest, len(orth) - i), 0, -1) if tuple(orth[i: i + n]) in by_ids), 0)
            span = self.doc[i: i + size] if size else None
            actor = by_ids[tuple(orth[i: i + size])] if span is not None else None
            if actor is not None and self._stands_alone(span, actor) and span.start_char not in covered:
                self.recurrences.append(Mention(span.start_char, span.end_char, actor.id, span.text))
            i += size or 1

    def _state_holders(self) -> None:
        """A country's demonym before a noun it can only be the holder or agent of ("Turkish fears", "Turkish
        intentions", "his Turkish counterpart": `_state_holder`) is the state, found by `actor_at` as an untagged
        recurrence is, and only where the article has made that country's actor by another mention (no new actor).
        It is kept out of `mentions` and the actor's count: an adjectival premodifier is not a mention of a
        coreference chain (OntoNotes coreference guidelines: adjectival forms of names are not marked), so salience
        (the pronoun pass, `recent`, the brief's counts) stays as the tagged mentions make it (counted, new country
        mentions moved the brief's who: round 41's actdemonym41)."""
        for iso2, start, end, text in self._holders:
            actor = self._by_key.get("C:" + iso2)
            if actor is not None:
                self.recurrences.append(Mention(start, end, actor.id, text))

    def _stance_names(self) -> None:
        """A name joined by a hyphen to a prefix of stance ("anti-Assad fighters", "the anti-Assad opposition",
        "pro-Assad militiamen", "anti-Kurdish": stance_prefixes.tsv) names whom they oppose or support, as the actor
        set's written rules have it; where the article names that actor elsewhere (a person by the surname its
        bearer holds, an organization by a name it recurs by, a stateless people by its demonym, a country by its
        name or demonym) the name is filed as an untagged recurrence is: found by `actor_at` for the name's own
        span, kept out of `mentions` and the actor's count (an adjective's part is not a coreference chain's
        mention: OntoNotes coreference guidelines), so salience, the brief, events and quotes stay as the tagged
        mentions make them, as `_state_holders` files a demonym. A name the article names nowhere else makes no
        actor. The surrounding phrase keeps whatever actor it had ("anti-Assad forces")."""
        prefixes = stance_prefixes()
        doc = self.doc
        names = None
        for i in nlp.indices_where(doc, LOWER, prefixes.__contains__):  # the prefixes' tokens, no Token per word
            if i + 2 >= len(doc):
                continue
            pre, dash, tok = doc[i], doc[i + 1], doc[i + 2]
            if dash.text not in {"-", "‑"} or pre.whitespace_ or dash.whitespace_ or not tok.text[:1].isupper():
                continue
            if names is None:
                names = self._recurring_names()
            actor = self._stance_actor(tok, names)
            if actor is None or self._recurrence_at(tok.idx, tok.idx + len(tok.text)) is not None:
                continue
            if any(tok.idx <= m.start and m.end <= tok.idx + len(tok.text) for m in self.mentions):
                continue  # the model tagged the name itself ("anti-Isis"): its mention stands
            self.recurrences.append(Mention(tok.idx, tok.idx + len(tok.text), actor.id, tok.text))

    def _stance_actor(self, tok: Token, names: dict[tuple[str, ...], Actor]) -> Actor | None:
        """The actor the article made elsewhere that the name after a stance prefix names, or None."""
        low = tok.lower_
        iso2 = lexicon.country_of_name().get(low)
        if iso2:
            return self._by_key.get("C:" + iso2)
        if low in stateless_peoples():
            return self._by_key.get("N:" + stateless_peoples()[low].lower())
        holder = self._by_key.get("S:" + low)
        # a name in capitals is an acronym, not a surname ("anti-LGBT"); a surname that is also a month, a country
        # or a body is not taken for the person (`_names_other_thing`, as `_recurring_names`)
        if holder is not None and holder.kind == "person" and not tok.text.isupper() \
                and not _names_other_thing(tok.text):
            return holder
        # an organization by the names it recurs by (`_recurring_names`: a name of several words or an acronym; a
        # one-word name the model took for a body is often a common noun or a person: "Islam", "Trump")
        found = names.get((tok.text,))
        return found if found is not None and found.kind == "organization" else None

    def _recurring_names(self) -> dict[tuple[str, ...], Actor]:
        """The names that recur as their actor: a person's full name and the surname its bearer holds (the
        relative a kinship phrase introduced keeps it, as in `_person`); an organization's name and aliases (the
        forms the model tagged) and the acronyms the article declares for it in parentheses."""
        names: dict[tuple[str, ...], Actor] = {}
        full = [a for a in self.actors if a.kind == "person" and " " in a.name and a.id not in self._relatives]
        bearers = Counter(a.name.split()[-1] for a in full)
        for actor in full:
            names[tuple(actor.name.split())] = actor
            surname = actor.name.split()[-1]
            holder = self._by_key.get("S:" + surname.lower())
            # two persons of one name ("John Letts", "Jack Letts"): the bare name's bearer is not known
            if holder is not None and bearers[surname] == 1 and not _names_other_thing(surname):
                names[(surname,)] = holder
        for actor in self.actors:
            if actor.kind == "organization":
                # one word only as an acronym: a one-word name is often a common noun the model took for one
                # ("Observatory", "Ministry", "Pride"), which the phrase layer reads as a description
                for name in [actor.name, *actor.aliases]:
                    if " " in name or name.isupper() and _is_acronym(name):
                        names.setdefault(tuple(name.split()), actor)
        orth, opening, closing = nlp.orths(self.doc), get_string_id("("), get_string_id(")")
        for tok in (self.doc[i] for i in range(1, len(orth) - 1) if orth[i - 1] == opening and orth[i + 1] == closing):
            # "Long Name and More Words (ACR)": an acronym in parentheses that abbreviates an organization named
            # in the article declares it (Schwartz and Hearst 2003), though the model cut the name before it
            if tok.text.isupper() and _is_acronym(tok.text) and (tok.text,) not in names:
                match = next((a for a in self.actors if a.kind == "organization" and _abbreviates(tok.text, a.name)),
                             None)
                if match is not None:
                    names[(tok.text,)] = match
        return {name: actor for name, actor in names.items()
                if name and name[0][:1].isupper() and name[-1][:1].isupper()}

    def _stands_alone(self, span: Span, actor: Actor) -> bool:
        """Untagged, and a whole name standing for its bearer: no capitalised proper noun joined before it (a
        title of address may be) or after it (an organization's may be a title: "the WHO Representative"), not
        a premodifier or a hyphen's part ("Trump supporters", "anti-Trump": they name others), not a possessor
        ("Trump's campaign": the genitive is a determiner, the phrase names the thing owned; Quirk et al. 1985
        5.115-5.118); at a sentence's start tagged a proper noun or a noun phrase of its own ("Waters pulled
        off", not "Young people" or "Bush fires")."""
        if any(t.ent_type_ for t in span):
            return False
        before = self.doc[span.start - 1] if span.start > 0 else None
        after = self.doc[span.end] if span.end < len(self.doc) else None
        if span.root.dep_ == "poss" or after is not None and after.text in {"'s", "’s"}:
            return False
        title = actor.kind == "organization" and after is not None and after.text[:1].isupper() \
            and after.lower_ in role_words()
        if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN" and not after.is_sent_start \
                and not title:
            return False
        if "-" in {before.text if before is not None else "", after.text if after is not None else ""}:
            return False
        if span.root.dep_ in PREMODIFIER_DEPS and span.root.head.i >= span.end and not title:
            return False
        if before is not None and not span[0].is_sent_start and before.text[:1].isupper() \
                and before.pos_ == "PROPN" and before.lower_.rstrip(".") not in HONORIFICS:
            return False
        if span[0].is_sent_start or (before is not None and before.text in {"“", '"', "‘"}):
            return span[0].tag_ in {"NNP", "NNPS"} or len(span) == 1 and (span.text.isupper() or _bare_noun_phrase(
                span[0]))
        return True

    def _person(self, ent: Span) -> Actor | None:
        toks = self._with_surname(_clean_name(ent))
        if not toks or (len(toks) > 1 and toks[0].lower_ in {"pro", "anti"} and toks[1].text == "-"):
            return None  # "pro-Assad", "anti-Assad": an adjective, not a person
        name = name_text(toks)
        surname = name_text(toks[-1:])
        if len(toks) > 1:
            actor = self._by_key.get("P:" + name.lower())
            if actor is None:
                # An earlier bare surname that was waiting for its full name takes it now.
                bare = self._by_key.get("S:" + surname.lower())
                if bare is not None and bare.name == surname and bare.id not in self._relatives:
                    actor = bare
                    actor.aliases.append(actor.name)
                    actor.name = name
                else:
                    actor = self._new(name, "person")
                self._by_key["P:" + name.lower()] = actor
            relative = self._relative_of(ent, surname)
            if relative is not None:
                relative.relative_of = actor.id
                self._by_key["S:" + surname.lower()] = relative
            else:
                self._by_key.setdefault("S:" + surname.lower(), actor)
                # A later full-name mention makes that person the current bearer of the surname,
                # unless a relative introduced by a kinship phrase holds it.
                holder = self._by_key["S:" + surname.lower()]
                # ... nor the bearer's kin a relation noun named ("his wife Mira Dray"): "Dray" stays his
                if holder.id not in self._relatives and (ent.start_char, ent.end_char) not in self._relation_made:
                    self._by_key["S:" + surname.lower()] = actor
            return actor
        actor = self._by_key.get("S:" + surname.lower()) or self._by_key.get("P:" + surname.lower())
        if actor is None:
            actor = self._new(surname, "person")
            self._by_key["S:" + surname.lower()] = actor
        return actor

    def _with_surname(self, toks: list[Token]) -> list[Token]:
        """A name the model cut after a middle initial ("Johnathan J" of "Johnathan J Dunbar") gets the
        capitalised word that follows."""
        if len(toks) < 2 or not re.fullmatch(r"[A-Z]\.?", toks[-1].text):
            return toks
        nxt = toks[-1].i + 1
        tok = self.doc[nxt] if nxt < len(self.doc) else None
        if tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.isalpha():
            return [*toks, tok]
        return toks

    @staticmethod
    def _kin_head(ent: Span) -> Token | None:
        """The kinship noun a name depends on ("the son of ... NAME", "NAME's son"), or None."""
        for anc in [ent.root, *list(ent.root.ancestors)[:4]]:
            if anc.lower_ == "of" and anc.head.lemma_.lower() in kinship_words():
                return anc.head
            if anc.dep_ == "poss" and anc.head.lemma_.lower() in kinship_words():
                return anc.head
        return None

    def _relative_of(self, ent: Span, surname: str) -> Actor | None:
        """For a name inside "the son of ... NAME" or "NAME's son", the relative: a new person actor."""
        kin = self._kin_head(ent)
        if kin is None:
            return None
        phrase = self.doc[kin.left_edge.i: max(kin.right_edge.i, ent.end - 1) + 1]
        relative = self._new(surname, "person")
        self._relatives.add(relative.id)
        relative.aliases.append(phrase.text)
        self.mentions.append(Mention(phrase.start_char, phrase.end_char, relative.id, phrase.text))
        return relative

    def _collect_orgs(self, ents: list[Span]) -> None:
        """Organizations first, so that an acronym used before its long form still finds it."""
        for ent in ents:
            if self._labels[ent.start, ent.end] != "ORG":
                continue
            name = _strip_det(nlp.span_text(ent))
            entry = _lex_entry(name)
            canonical = entry.canonical if entry else name
            key = "O:" + canonical.lower()
            actor = self._by_key.get(key)
            if entry and entry.channel:
                continue
            if actor is None and not _is_acronym(name):
                actor = self._new(name, "organization", country=entry.country if entry else None,
                                  code=(entry.code if entry else None) or self._body_codes.get(name),
                                  dictionary=entry.canonical if entry else None)
                self._by_key[key] = actor
                if name in self._body_codes:
                    self._classified_ids.add(actor.id)
            elif actor is not None and len(name) > len(actor.name) and not _is_acronym(name):
                # The fullest form the text uses names the actor ("Islamic State" over "Isis").
                actor.aliases.append(actor.name)
                actor.name = name
            # "Long Name (ACR)" declares the acronym.
            nxt = self.doc[ent.end: ent.end + 3]
            if actor is not None and len(nxt) == 3 and nxt[0].text == "(" and nxt[2].text == ")" \
                    and nxt[1].text.isupper():
                self._by_key["O:" + nxt[1].text.lower()] = actor
        for ent in ents:
            name = _strip_det(nlp.span_text(ent))
            if self._labels[ent.start, ent.end] == "ORG" and _is_acronym(name) \
                    and "O:" + name.lower() not in self._by_key:
                match = next((a for a in self.actors if a.kind == "organization" and _abbreviates(name, a.name)), None)
                entry = lexicon.by_text().get(name)
                if match is None:
                    match = self._new(name, "organization", country=entry.country if entry else None,
                                      code=entry.code if entry else None,
                                      dictionary=entry.canonical if entry else None)
                    self._by_key["O:" + (entry.canonical if entry else name).lower()] = match
                self._by_key["O:" + name.lower()] = match

    def _org(self, ent: Span) -> Actor | None:
        name = _strip_det(nlp.span_text(ent))
        entry = _lex_entry(name)
        if entry and entry.channel:
            return None  # a medium (Twitter), not an actor
        return self._by_key.get("O:" + name.lower()) or self._by_key.get(
            "O:" + (entry.canonical.lower() if entry else name.lower()))

    def _local_body_actor(self, body: Span) -> Actor:
        """The organization actor of a public body named by a place's name and lower-case words (`_local_body`),
        made on its first phrase and coded by actor_codes as any organization named without a dictionary entry.
        The phrase is filed as an untagged recurrence is: found by `actor_at` for a span within it, kept out of
        `mentions` and the actor's count, and the name's entity keeps the reading it had (a place, no actor), so
        salience (the pronoun pass, `recent`, the brief's counts), events and quotes stay as the tagged mentions make
        them, as `_state_holders` and `_stance_names` file theirs (counted, the new mention drew a later "its" from
        the state the text means: candidate 58d3b964, Guardian tune-a, an act's source lost)."""
        name = _strip_det(nlp.span_text(body))
        key = "O:" + name.lower()
        # the body's capitalised full name the article gives, the phrase and one more head noun ("the Richmond
        # Police Department"), is the same body; not a longer name ("the Cleveland Police Patrolmen's Association")
        full = {f"{name.lower()} {head}" for head in local_body_heads().get("head", frozenset())}
        actor = self._by_key.get(key) or next(
            (a for a in self.actors if a.kind == "organization" and a.name.lower() in full), None)
        if actor is None:
            actor = self._new(name, "organization")
            self._local_body_ids.add(actor.id)
        elif name != actor.name and name not in actor.aliases:
            actor.aliases.append(name)  # a form the article writes for it ("Berea police"), as `_mention` keeps one
        self._by_key.setdefault(key, actor)
        self.recurrences.append(Mention(body.start_char, body.end_char, actor.id, nlp.span_text(body)))
        return actor

    def _country(self, ent: Span) -> Actor | None:
        """A country named by its name, alias or capital ("Ankara" for Turkey's government)."""
        text = _strip_det(nlp.span_text(ent))
        iso2 = _state_of(text)
        return self._country_actor(iso2, text) if iso2 else None

    def country_named(self, text: str) -> Actor | None:
        """The country actor a country's name, alias or capital stands for (made when the article has none yet),
        or None: for a country in a place's position that an act is nevertheless aimed at ("send troops into
        Syria")."""
        iso2 = _state_of(text)
        return self._country_actor(iso2, text) if iso2 else None

    def _country_actor(self, iso2: str, text: str) -> Actor:
        key = "C:" + iso2
        actor = self._by_key.get(key)
        if actor is None:
            actor = self._new(lexicon.country_name(iso2) or text, "country", country=iso2)
            self._by_key[key] = actor
        return actor

    def _roles(self, ent: Span) -> None:
        actor = self.actor_at(ent.start_char, ent.end_char)
        if actor is None or actor.kind != "person":
            return
        role, affiliation = self._premodifier_role(ent)
        if role is None:
            role, later = self._appositive_role(ent)
            affiliation = affiliation or later
        if role is None:
            role, later = self._title_before_role(ent)
            affiliation = affiliation or later
        if affiliation is None:
            # "X, who joined Isis", "the Isis recruit X": a membership the grammar states (membership.py)
            affiliation = membership.stated_organization(ent.root, self._organization_at) \
                or self._coordinated_apposition(ent)
        if affiliation is None:
            affiliation = self._local_body_of(ent)
        if affiliation is None:
            # "X, a Dutch convert", "A British soldier ... has been named as X": a nationality the grammar states
            # (nationality.py); a described noun that is a title also gives the role ("soldier")
            iso2, noun = nationality.stated_country(ent.root)
            actor.country = actor.country or iso2
            if role is None and noun is not None and noun.lemma_.lower() in role_words():
                role = noun.lemma_.lower()
        ranks = [t for t in _titles(ent) if t.lower_.rstrip(".") in RANKS or t.lower_ == "master"]
        if role is None and ranks:
            role = " ".join(t.text for t in ranks)  # "Sgt", "Master Sgt": a soldier's rank
        if role is None:
            # a local public post opening the entity ("Sheriff X", "Police Chief X" tagged whole): the title
            posts = actor_codes.local_person_posts()
            role = next((ent[:n].text for n in (2, 1) if len(ent) > n and ent[:n].text.lower() in posts), None)
        if role and actor.role is None:
            actor.role = role
        if affiliation and actor.affiliation is None and affiliation != actor.id:
            actor.affiliation = affiliation

    def _local_body_of(self, ent: Span) -> str | None:
        """"Investigator X of the Oakton Department of Public Safety": a name postmodified by "of" and a local
        public body (data/local_public_posts.tsv; Quirk et al. 1985, 17.37: the of-phrase after the head names what
        it belongs to) is the body's staff: the body's id, else None. Only such bodies: "X of <place>" is where he
        lives, and another body's staff are read by membership.py's words."""
        for child in ent.root.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= ent.end:
                body = next((self.get(self._organization_at(g)) for g in child.children if g.dep_ == "pobj"), None)
                if body is not None and actor_codes.local_post_sector(body.name, "organization"):
                    return body.id
        return None

    def _organization_at(self, tok: Token) -> str | None:
        """The organization actor named at a token, or None (membership.stated_organization asks)."""
        actor = self._entity_actor(tok)
        return actor.id if actor is not None and actor.kind == "organization" else None

    def _coordinated_apposition(self, ent: Span) -> str | None:
        """"two men ... of an Islamic State execution squad, Alexanda Kotey and El Shafee Elsheikh": an apposition
        to a coordination of names holds for each name (Quirk et al. 1985, apposition), though the parse hangs it
        on the first. Only an organization, not through a title of office ("the Labour leader, X and Y" makes one
        leader), and only where no comma closes the first name ("the US president, X, and Y": Y is no president)."""
        first = membership.first_conjunct(ent.root)
        first_ent = nlp.entity_of(first) if first.i != ent.root.i else None
        if first_ent is None or (first_ent.end < len(self.doc) and self.doc[first_ent.end].text == ","):
            return None
        title = first.head.lemma_.lower() if first.dep_ == "appos" else ""
        if title in role_words() and title not in membership.words()["noun"]:
            return None
        _, affiliation = self._title_before_role(first_ent)
        owner = self.get(affiliation)
        if owner is not None and owner.kind == "organization":
            return affiliation
        return membership.stated_organization(first, self._organization_at)

    def _premodifier_role(self, ent: Span) -> tuple[str | None, str | None]:
        """Title words right before the name: "Taliban spokesman", "US secretary of state"."""
        i = ent.start - 1
        words: list[Token] = []
        while i >= 0 and ent.start - i <= 7:
            tok = self.doc[i]
            if tok.text == "-" and not tok.whitespace_ and i > 0 and not self.doc[i - 1].whitespace_:
                # A hyphenated compound ("vice-president", "anti-Taliban"): keep it whole.
                words.insert(0, tok)
                i -= 1
                continue
            if tok.text == "." and i == ent.start - 1 and i > 0 and not self.doc[i - 1].whitespace_ \
                    and self.doc[i - 1].text in ABBREVIATED_TITLES \
                    and (not self.doc[i - 1].ent_type_ or _rank_tagged_alone(self.doc[i - 1])):
                # the period of an abbreviated rank the tokenizer split off right before the name ("<county>
                # sheriff's Capt. X"): part of the title, which goes on before it, as it does before "Capt X" (AP
                # style writes the period); not a sentence's full stop after a title word ("... an impulsive
                # president. Pompeo said"), nor a rank the model tagged as a name of its own ("Cpl" an ORG: no body
                # the person belongs to), nor a rank before another title ("Lt. Gov. X": the title is "Gov."); a rank
                # the model tagged as a person of its own ("<town> police Sgt. X", "Sgt" a PERSON) is no name: the
                # title goes on before it (round 52, actpolice52)
                words.insert(0, tok)
                i -= 1
                continue
            if tok.is_punct or tok.is_space or tok.pos_ in {"VERB", "AUX", "DET", "PRON", "CCONJ", "SCONJ", "NUM"}:
                break
            if tok.pos_ == "ADP" and tok.lower_ != "of":
                break
            words.insert(0, tok)
            i -= 1
        return self._role_from(words)

    def _appositive_role(self, ent: Span) -> tuple[str | None, str | None]:
        """", head of foreign relations at NRF," after the name (dependency appos of the name's head)."""
        aged = False
        for child in ent.root.children:
            if child.dep_ == "appos" and child.i >= ent.end:
                if _age_apposition(child):
                    aged = True  # "X, 65, commission member": the age set off by commas before the title (below)
                    continue
                words = []
                # "X, 65, commission member, and commission Chairman Y": a conjunct holding another person's name is
                # that person's phrase, not X's title (its words and the comma and "and" before it are left out)
                other = min((c.left_edge.i for c in child.children if c.dep_ == "conj" and c.i > child.i
                             and c.ent_type_ == "PERSON"), default=child.right_edge.i + 1)
                for t in self.doc[child.left_edge.i: other]:
                    if t.dep_ in {"relcl", "acl"} or t.lower_ in {"who", "which", "that", "whose", "whom"}:
                        break  # "X, a film-maker who was killed by Isis": the clause is no title
                    words.append(t)
                while other <= child.right_edge.i and words and (words[-1].is_punct or words[-1].pos_ == "CCONJ"):
                    words.pop()
                role, affiliation = self._role_from(words)
                # after an age, only a title is read (with the body it names): "X, 27, a Dutch convert to Islam" is
                # left to the nationality its phrase states, as it was before ages were skipped (round 51, actpost51)
                return (role, affiliation) if role or not aged else (None, None)
        return None, None

    def _title_before_role(self, ent: Span) -> tuple[str | None, str | None]:
        """"the US president, Donald Trump": the name in apposition to a title before it."""
        root = ent.root
        head = root.head
        if root.dep_ != "appos" or head.i >= ent.start or head.pos_ not in {"NOUN", "PROPN"}:
            return None, None
        words = [t for t in self.doc[head.left_edge.i: head.i + 1] if t.dep_ not in {"det", "poss"}]
        return self._role_from(words)

    def _role_from(self, words: list[Token]) -> tuple[str | None, str | None]:
        affiliation = None
        role_toks: list[Token] = []
        for n, tok in enumerate(words):
            actor = None if _demonym_of_state_act(tok) else self._entity_actor(tok)
            opposed = (n >= 2 and words[n - 1].text == "-" and words[n - 2].lower_ in {"anti", "counter", "non"}) \
                or any(w.lower_ in OPPOSING_WORDS for w in words[:n])  # "envoy to the coalition fighting Isis"
            if actor is not None and actor.kind != "person" and not opposed:
                affiliation = affiliation or actor.id
                if role_toks:
                    body = _state_body_after(role_toks, words[n:]) if actor.kind == "country" else []
                    if body:
                        # "the chief of the general staff of the Russian armed forces": the office is the state
                        # body's after the country, and the title is read whole (below)
                        role_toks = role_toks + body
                        break
                    # "head of foreign relations at NRF": the role ends where the affiliation starts.
                    while role_toks and role_toks[-1].pos_ == "ADP":
                        role_toks.pop()
                    break
                continue
            if tok.ent_type_ in {"PERSON", "DATE"} and not _rank_tagged_alone(tok):
                break
            role_toks.append(tok)
        # a body the title is about ("Isis expert X", "the envoy to the coalition against Isis") or deals with from
        # outside ("X, a Verizon customer", "a client of the bank, X": only membership and staff lend its code,
        # client_nouns.txt) is no affiliation; a country still is
        if affiliation and (any(t.lemma_.lower() in TOPIC_ROLES or t.lower_ in OPPOSING_WORDS for t in words)
                            or any(t.lemma_.lower() in client_nouns() and t.dep_ != "compound" for t in words)):
            owner = self.get(affiliation)
            if owner is not None and owner.kind != "country":
                affiliation = None
        while role_toks and (role_toks[0].pos_ in {"ADP", "DET", "PART"} or role_toks[0].is_punct):
            role_toks.pop(0)
        if len(role_toks) > 1 and role_toks[-1].text == "." and role_toks[-2].text in ABBREVIATED_TITLES:
            role_toks.pop()  # the abbreviation's period ("Capt."): the rank is dropped below, as "Capt" is
        post_toks = _local_post_tail(words, role_toks)
        if post_toks:
            # "County Commissioner X", "County" tagged a body of its own and so taken as his affiliation: the post's
            # words are the title whole, and the capitalised area noun names no body of his (actors_news.md: "the
            # capitalised 'County' names no body"; round 51, actpostrows51)
            role_toks = post_toks
            affiliation = None
        # "<town> police Sgt. X", "Police Officer X": a rank after a police body's name in the title names that
        # body's officer (data/local_public_posts.tsv's rank rows, actor_codes.body_rank_sector): the rank is his
        # title's head, kept (round 52, actpolice52)
        body_rank = bool(actor_codes.body_rank_sector(" ".join(t.text for t in role_toks)))
        while role_toks and role_toks[-1].lower_.rstrip(".") in HONORIFICS and role_toks[-1].text[:1].isupper() \
                and not (len(role_toks) == 1 and role_toks[0].lower_ in actor_codes.local_person_posts()) \
                and not post_toks and not body_rank:
            # "commander General X": the honorific is part of the name, not the role; a lone local post's
            # abbreviation is the title ("Gov. X": data/local_public_posts.tsv), and so is a local post read whole
            # above
            role_toks.pop()
        text = "".join(t.text_with_ws for t in role_toks).strip()
        if not text:
            return None, affiliation
        heads = {t.lemma_.lower() for t in role_toks} | {text}
        if not post_toks and not body_rank and not (heads & role_words()) \
                and not any(r in text for r in role_words() if " " in r):
            return None, affiliation
        # Keep the title's core: drop leading adjectives like "iconic", keep "former", "top", "deputy".
        return text, affiliation

    # -- lookups for other extractors ---------------------------------------------------------------
    def actor_at(self, start: int, end: int) -> Actor | None:
        """For a span that is (a word of) an untagged recurrence of a name, that name's actor (a larger phrase
        holding it does not find it); else the actor of the shortest mention overlapping [start, end)."""
        return self._recurrence_at(start, end) or self.tagged_actor_at(start, end)

    def _recurrence_at(self, start: int, end: int) -> Actor | None:
        """The actor of the untagged recurrence [start, end) lies within (the name, or a word of it), or None."""
        named = next((m for m in self.recurrences if m.start <= start and end <= m.end), None)
        return self.get(named.actor) if named is not None else None

    def tagged_actor_at(self, start: int, end: int) -> Actor | None:
        """The actor of the shortest mention overlapping [start, end), recurrences left out (the first of the
        shortest, in the order the mentions were made)."""
        mentions = self.mentions
        # a mention overlaps [start, end) only if it covers one of its characters: the mentions filed under the
        # character blocks of the span (`_mention_blocks`), in the order they were made, are the only ones to test
        candidates = self._mentions_over(start, end) if start < end else range(len(mentions))
        best = None
        for k in candidates:
            m = mentions[k]
            if m.start < end and start < m.end:
                if best is None or (m.end - m.start) < (best.end - best.start):
                    best = m
        return self.get(best.actor) if best else None

    def _mentions_over(self, start: int, end: int) -> list[int]:
        """The positions in `mentions` of those covering a character of [start, end) (start < end), and of any
        empty mention, in order. The blocks are filed as mentions are appended (the list only grows: filed up to
        `_filed`); a list put in its place is filed anew."""
        if self._filed_list is not self.mentions or self._filed > len(self.mentions):
            self._filed_list, self._filed, self._blocks, self._empty_mentions = self.mentions, 0, {}, []
        blocks = self._blocks
        for k in range(self._filed, len(self.mentions)):
            m = self.mentions[k]
            if m.start < m.end:
                for b in range(m.start // _BLOCK, (m.end - 1) // _BLOCK + 1):
                    blocks.setdefault(b, []).append(k)
            else:
                self._empty_mentions.append(k)
        self._filed = len(self.mentions)
        first, last = start // _BLOCK, (end - 1) // _BLOCK
        if first == last and not self._empty_mentions:
            return blocks.get(first, [])
        found = set(self._empty_mentions)
        for b in range(first, last + 1):
            found.update(blocks.get(b, ()))
        return sorted(found)

    def get(self, actor_id: str | None) -> Actor | None:
        # ids are "a<n>" for the n-th actor made (_new) and actors are only appended: look there first
        if actor_id is None:
            return None
        if actor_id[:1] == "a" and actor_id[1:].isdecimal():
            n = int(actor_id[1:])
            if 0 < n <= len(self.actors) and self.actors[n - 1].id == actor_id:
                return self.actors[n - 1]
        return next((a for a in self.actors if a.id == actor_id), None)

    def _entity_actor(self, tok: Token) -> Actor | None:
        if not tok.ent_type_:
            return None
        return self.actor_at(tok.idx, tok.idx + len(tok.text))

    # -- salience: pronouns (Lappin and Leass 1994, "An algorithm for pronominal anaphora resolution") -----------
    def _salience_mentions(self) -> list[tuple[int, int, int, str]]:
        """The actor mentions the pronoun pass starts from, as (root token, first token, sentence start, actor
        id), in text order: the mentions known at the first pronoun asked about (names, and the nominals the
        quote extractor made before), so one pronoun's answer never depends on which was asked first. Not the
        names a relation noun made persons (`_relation_made`): the pronouns stay as the model's tags make them
        (counted, they moved a "she" from the daughter just named to the wife the rule had named)."""
        out = []
        for m in self.mentions:
            if (m.start, m.end) in self._relation_made:
                continue  # a name a relation noun made a person: it names her, it does not make her salient
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            out.append((span.root.i, span.start, span.root.sent.start, m.actor))
        return sorted(out)

    def _gender_from_title(self, first: int) -> str | None:
        """"Mr X" is male, "Mrs/Ms/Miss X" female (the honorific before the name)."""
        for i in (first, first - 1):
            if 0 <= i < len(self.doc):
                word = self.doc[i].lower_.rstrip(".")
                if word in MALE_TITLES:
                    return "m"
                if word in FEMALE_TITLES:
                    return "f"
        return None

    def pronoun_links(self) -> dict[int, str | None]:
        """Every third-person pronoun of the text (token index) to its actor id or None, resolved in text order
        so each answer adds to its actor's salience for the pronouns after it (a chain of "he" stays on one
        person). Computed once per document."""
        if self._links is not None:
            return self._links
        links: dict[int, str | None] = {}
        self._links = links
        self._cands: list[_Cand] = []  # every noun phrase so far: actor mentions, plain noun phrases, pronouns
        self._head_info: dict[int, tuple[int, str]] = {}  # a candidate token -> its phrase head's weight and role
        self._sent_no = _sentence_numbers(self.doc)
        parse = _ParseArrays.of(self.doc)
        self._rel_heads, self._deps = parse.heads, parse.dep  # _salient's tree tests read these, not Token objects
        actor_at_root: dict[int, str] = {}
        gender: dict[str, str] = {}
        for root, first, _sent, actor_id in self._salience_mentions():
            actor_at_root.setdefault(root, actor_id)
            g = self._gender_from_title(first) or _gender_from_nouns(self.doc[root], self.get(actor_id))
            if g and actor_id not in gender:
                gender[actor_id] = g
        renamed: set[int] = set()
        for i in range(len(self.doc)):
            # a token that is no noun, proper noun, pronoun or relative word and no actor mention's root passes
            # none of the tests below
            if parse.pos[i] not in _LOOKED_AT and parse.tag[i] not in _RELATIVE_TAGS and i not in actor_at_root:
                continue
            tok = self.doc[i]
            if parse.pos[i] == _PRON and tok.lower_ in ANAPHORIC_PRONOUNS:
                answer = links[i] = self._salient(tok, self._cands, gender)
                if answer is not None:
                    if tok.lower_ in GENDERED_PRONOUNS:
                        gender.setdefault(answer, "m" if tok.lower_ in MALE_PRONOUNS else "f")
                    self._cands.append(_Cand(tok, answer, _plural_pronoun(tok.lower_)))
            else:
                self._add_phrase(tok, parse, actor_at_root, renamed)
        return links

    def _add_phrase(self, tok: Token, parse: _ParseArrays, actor_at_root: dict[int, str], renamed: set[int]) -> None:
        """Add the noun phrase headed by `tok` (not an anaphoric pronoun) to the candidates, with its actor if it
        is an actor's mention, a described actor ("the group") or a role noun beside its appositive name."""
        i, p, doc, cands = tok.i, parse.pos[tok.i], self.doc, self._cands
        heads, dep, tag = parse.heads, parse.dep, parse.tag
        if tag[i] in _RELATIVE_TAGS:
            h = i + heads[i]
            hh = h + heads[h]
            if dep[h] == _RELCL and parse.pos[hh] in _NOUNISH:
                # "X, who is believed to have died alongside his sons": the relative pronoun is X in its
                # clause (an actor, or a plain phrase: "witnesses who spoke ... because they feared")
                cands.append(_Cand(tok, actor_at_root.get(hh), tag[hh] in _PLURAL_TAGS, noun=doc[hh]))
                return
        if tok.lower_ in INDEFINITE_PRONOUNS and p == _PRON:
            cands.append(_Cand(tok, None, False))  # "put something on the table ... jump on it"
            return
        plural = tag[i] in _PLURAL_TAGS
        coordinated = dep[i] == _CONJ or i in parse.conj_heads
        if coordinated and dep[i] != _CONJ and p in _NOUNISH:
            # "X, Y and Z": the set is a plural phrase of its own, no actor ("they" after it is not X)
            cands.append(_Cand(tok, None, True, whole=True))
        if i in renamed:
            return  # the name in "the foreign secretary, X," counted with its role noun
        appos = None
        if i not in actor_at_root and i in parse.appos_children:
            appos = next((c for c in parse.appos_children[i] if c in actor_at_root), None)
        if dep[i] == _APPOS and i + heads[i] in actor_at_root and i not in actor_at_root and p == _NOUN:
            return  # "X, the president of Y,": the appositive is X, counted with X's name
        if appos is not None and p == _NOUN:
            # "the foreign secretary, X, said": the role noun and its appositive name are one actor
            cands.append(_Cand(tok, actor_at_root[appos], plural))
            renamed.add(appos)
            return
        if p == _NOUN and i not in actor_at_root and dep[i] not in _INNER_DEPS and i in parse.definite_heads:
            described, found = self._describe(tok)
            if found is not None:  # "the group", "the country": an actor's mention from here on
                cands.append(_Cand(tok, found.id, plural))
                return
        surname = self._by_key.get("S:" + tok.lower_) if p == _PROPN and not parse.ents[i] \
            and tok.text[:1].isupper() and dep[i] != _COMPOUND else None
        if i in actor_at_root or surname is not None:
            # an actor's mention; a bare surname the model tagged no entity ("Atwood, a Booker winner")
            # is the person last named with it
            actor_id = actor_at_root[i] if i in actor_at_root else surname.id
            cands.append(_Cand(tok, actor_id, plural, coordinated=coordinated))
        elif p in _NOUNISH and dep[i] not in _INNER_DEPS and parse.ents[i] not in _NUMERIC_ENT_IDS:
            # A noun phrase no actor was found in: it competes, and when it wins the pronoun gets no actor
            # (precision first: "thousands of fans ... many of which they created" is not the last group).
            cands.append(_Cand(tok, None, plural, coordinated=coordinated))

    def _salient(self, pron: Token, cands: list[_Cand], gender: dict[str, str]) -> str | None:
        """The pronoun's antecedent actor: the most salient agreeing noun phrase of this sentence (before the
        pronoun) and the SALIENCE_WINDOW sentences before it, if that phrase is an actor's mention.
        Salience per phrase (Lappin and Leass's weights): sentence recency 100, subject 80, object 50,
        indirect object or oblique 40, head noun (not inside another noun phrase) 80, not in an adverbial
        prepositional phrase 50, all halved for each sentence back; the phrases of one actor add up; a phrase
        in the pronoun's own grammatical role gets 35 (parallelism). Filters: agreement (he/she a person of
        that gender or unknown, it/its an organization or country, they/them/their a plural phrase or an
        organization, group or country) and binding (a plain pronoun is not a co-argument of its own verb; a
        reflexive is its clause's subject)."""
        low = pron.lower_
        if low in {"it", "its"} and _expletive_it(pron):
            return None
        k = self._sent_no[pron.i]
        if low in REFLEXIVES:
            verb = pron.head
            subj = next((c for c in self._window(cands, k) if c.tok.head == verb and c.tok.dep_ in SUBJECT_DEPS),
                        None)
            return subj.actor if subj is not None and self._agrees(low, subj, gender) else None
        role = _role(pron)
        head_lemma = pron.head.lemma_.lower() if pron.dep_ == "poss" else ""
        scores: dict[object, float] = {}
        last: dict[object, int] = {}
        bound = self._co_argument_actors(pron) if low not in POSSESSIVES and pron.dep_ in ARG_DEPS else set()
        # the pronoun's and the candidates' heads and relations from the per-document arrays (the same tests as
        # on Token objects, without making two head Tokens per candidate)
        rel_heads, deps, sent_no = self._rel_heads, self._deps, self._sent_no
        pron_i = pron.i
        pron_head = pron_i + rel_heads[pron_i]
        pron_arg = pron.dep_ in ARG_DEPS
        bind = low not in POSSESSIVES and pron_arg
        head_info = self._head_info  # `_head_of`'s answers by the candidate's index, read here without the call
        for c in self._window(cands, k):
            ci = c.i
            dist = k - sent_no[ci]
            if dist > SALIENCE_WINDOW or ci >= pron_i:
                continue
            if c.actor is not None and c.actor in bound:
                continue  # "He urged the council to ...": not the council
            if not self._agrees(low, c, gender, head_lemma):
                continue
            if bind and ci + rel_heads[ci] == pron_head and deps[ci] in _ARG_DEP_IDS:
                continue  # binding (principle B): "X accused him" is not X
            if pron_arg and _in_complement(ci, pron_head, rel_heads, deps):
                continue  # principle C: a name the pronoun c-commands ("'... X has not been defeated,' it said")
            head_weight, head_role = head_info.get(ci) or self._head_of(c.tok)
            weight = 100 + head_weight + (35 if head_role == role and role != "other" else 0)
            # a plain phrase's salience adds up over the window by its head word ("the fighters ... the fighters")
            key = c.actor if c.actor is not None else ("np", c.lemma)
            scores[key] = scores.get(key, 0.0) + weight / 2 ** dist
            last[key] = ci
        if not scores:
            return None
        best = max(scores, key=lambda x: (scores[x], last[x]))  # a tie goes to the nearer
        return None if isinstance(best, tuple) else best

    def _head_of(self, tok: Token) -> tuple[int, str]:
        """The Lappin and Leass weight and the role of the phrase head a candidate token shares (_conj_head), once
        per token."""
        info = self._head_info.get(tok.i)
        if info is None:
            head = _conj_head(tok)
            info = self._head_info[tok.i] = (_role_weight(head), _role(head))
        return info

    def _agrees(self, low: str, c: _Cand, gender: dict[str, str], pron_head_lemma: str = "") -> bool:
        actor = self.get(c.actor) if c.actor is not None else None
        if c.whole and low not in GROUP_PRONOUNS:
            return False
        if c.coordinated and low in GROUP_PRONOUNS and not c.whole:
            return False  # one of "X, Y and Z" is not "they": the set is
        if low in GENDERED_PRONOUNS:
            if actor is None:
                return not c.plural and c.lemma in person_nouns()
            want = "m" if low in MALE_PRONOUNS else "f"
            return actor.kind == "person" and gender.get(actor.id, want) == want and not c.plural
        if actor is None and low in {"its", "their"} and pron_head_lemma in STATE_NOUNS \
                and c.lemma not in COLLECTIVE_NOUNS:
            return False  # "its military forces": only a state or a body has forces, not "the town" before it
        if low in IT_PRONOUNS:
            if actor is None:
                return not c.plural and c.pos in {"NOUN", "PROPN", "PRON"} and (
                    c.noun is None or c.tok.lower_ != "who")
            # a plural name of a state ("the Iraqis") is "they", not "it"; an organization's is not plural
            # ("the Syrian Democratic Forces ... it said")
            return actor.kind == "organization" or (actor.kind == "country" and not c.plural)
        # they / them / their: a plural phrase, a collective noun ("the garrison ... their"), or one person of
        # unknown sex ("one player was caught with their headset off")
        if actor is None:
            lemma = c.lemma
            return c.plural or lemma in COLLECTIVE_NOUNS or lemma in person_nouns()
        return actor.kind in {"organization", "group", "country"} or (c.plural and actor.kind != "person")

    def _describe(self, root: Token) -> tuple[bool, Actor | None]:
        """A definite description's actor by its head noun: (whether the rules here decide it, the actor).
        - "the country", "the kingdom": the country last named in the window, if the last place named is that
          country (after "Kabul's airport", "flee the country" is not the country named before), else none;
        - "the resistance", "the resistance leaders": an organization with that distinctive word in its name, the
          head or a noun modifier of the head (not a word further off: "the robotics team from Afghanistan" is no
          organization named "... Afghanistan ..."), never a generic type word ("the state" is not Islamic State,
          "the group" not every "... Group"); the most salient of them, else the last named;
        - "the group", "the militants": the most salient organization of the window, else undecided (a check of
          the CAMEO agent type the head names, "the militants" only an REB/INS/IMG group, lost a right answer on
          GUM's tune-b quarter and was left out).
        A body `_local_body_actor` made of a place's name and lower-case words ("Richmond police") is the
        description's only by its head noun ("the police"): a word of its name as the description's modifier names
        another body ("the police union": the officers' union, Quirk et al. 1985, 17.108, a noun premodifier names
        what the head is of or for), which the pools' gate of round 48 showed taking a union's quote (actfound49)."""
        lemma = root.lemma_.lower()
        if lemma in COUNTRY_NOUNS:
            return True, self._last_country(root)
        head_words = {lemma, root.lower_} | {c.lemma_.lower() for c in root.children if c.dep_ == "compound"}
        head_words -= GENERIC_NAME_WORDS
        if head_words:
            # the word test (its set cached by name) before the split: few organizations share a head word
            matches = [a for a in self.actors if a.kind == "organization"
                       and not head_words.isdisjoint(_name_words(a.name)) and len(a.name.split()) > 1
                       and (a.id not in self._local_body_ids or not {lemma, root.lower_}.isdisjoint(
                           _name_words(a.name)))]
            if matches:
                ids = {a.id for a in matches}
                return True, self._salient_actor(root, lambda a: a.id in ids) or matches[-1]
        if lemma in GROUP_NOUNS:
            # "the Paraguayan government" is no newspaper or firm a body noun made an organization
            made = self._classified_ids if lemma in government_nouns() else set()
            found = self._salient_actor(root, lambda a: a.kind == "organization" and a.id not in made)
            if found:
                return True, found
        return False, None

    def _window(self, cands: list[_Cand], k: int) -> list[_Cand]:
        """The candidates of sentence k and the SALIENCE_WINDOW before it (cands are in text order)."""
        lo = bisect.bisect_left(cands, k - SALIENCE_WINDOW, key=lambda c: self._sent_no[c.i])
        return cands[lo:]

    def _last_country(self, tok: Token) -> Actor | None:
        self.pronoun_links()
        k = self._sent_no[tok.i]
        for c in reversed(self._cands):
            if c.tok.i >= tok.i:
                continue
            if k - self._sent_no[c.tok.i] > SALIENCE_WINDOW:
                return None
            actor = self.get(c.actor) if c.actor is not None else None
            if actor is not None and actor.kind == "country":
                return actor
            if c.tok.ent_type_ in {"GPE", "LOC"}:
                return None
        return None

    def _co_argument_actors(self, pron: Token) -> set[str]:
        """The actors of the pronoun's verb's other arguments, before or after it, which binding (principle B) keeps
        from being its antecedent. The pronoun pass sees the tagged mentions only: a recurrence bound here moved
        the pronoun's link and, through its salience, the links after it."""
        bound: set[str] = set()
        for arg in pron.head.children:
            if arg.dep_ in ARG_DEPS and arg.i != pron.i:
                for t in (arg, *arg.conjuncts):
                    found = self.tagged_actor_at(t.idx, t.idx + len(t.text)) if t.pos_ != "PRON" else (
                        self.get(self._links.get(t.i)) if self._links else None)
                    if found is not None:
                        bound.add(found.id)
        return bound

    def _salient_actor(self, tok: Token, accept, place=None) -> Actor | None:
        """The most salient actor accepted by `accept` among the mentions of the window before the token (the
        pronoun pass's weights, without parallelism), or None. `place` admits plain phrases that compete (when
        one wins, None)."""
        self.pronoun_links()
        k = self._sent_no[tok.i]
        scores: dict[str, float] = {}
        last: dict[str, int] = {}
        for c in self._window(self._cands, k):
            dist = k - self._sent_no[c.i]
            if c.i >= tok.i or dist > SALIENCE_WINDOW:
                continue
            if c.actor is None:
                if place is None or not place(c.tok):
                    continue
                key = "~" + c.tok.lower_
            else:
                actor = self.get(c.actor)
                if actor is None or not accept(actor):
                    continue
                key = c.actor
            scores[key] = scores.get(key, 0.0) + (100 + self._head_of(c.tok)[0]) / 2 ** dist
            last[key] = c.i
        if not scores:
            return None
        return self.get(max(scores, key=lambda x: (scores[x], last[x])))

    def resolve_pronoun(self, tok: Token) -> Actor | None:
        """The actor a third-person pronoun token refers to (pronoun_links), or None."""
        return self.get(self.pronoun_links().get(tok.i))

    def recent(self, before: int, pred) -> Actor | None:
        """The actor of the latest mention ending before this offset that satisfies pred, or None."""
        for m in sorted((m for m in self.mentions if m.end <= before), key=lambda m: -m.end):
            actor = self.get(m.actor)
            if actor is not None and pred(actor):
                return actor
        return None

    def resolve_span(self, span: Span, create: bool = False) -> Actor | None:
        """The actor a noun phrase (or pronoun) denotes, or None. With create=True a plain nominal
        ("witnesses from the area", "an American official") becomes a group or person actor. An untagged recurrence
        of a name only when nothing else is found: the steps before may add a mention, as without it."""
        direct = self.tagged_actor_at(span.start_char, span.end_char)
        root = span.root
        if direct is not None and _commissioner_only(span):
            direct = None  # "a report for Oxfam (by E3G)": the body it was written for is not the text's speaker
        named = self._apposed_name(root)
        if named is not None:
            return named
        if direct is not None:
            state = self._leaders_government(root, direct)
            if state is not None:
                return state
            holder = self._office_holder(span, direct)
            if holder is not None:
                return holder
            head_named = self.tagged_actor_at(root.idx, root.idx + len(root.text)) is not None
            if head_named or not create or root.tag_ != "NN":
                # "Taliban fighters": a group named by its modifier is that group.
                return direct
            # "an American official": one member of the modifier's group, a person of their own.
            return self.nominal(span, affiliation=direct)
        low = root.lower_
        if root.pos_ == "PRON" and low in ANAPHORIC_PRONOUNS:
            return self.resolve_pronoun(root)
        # The determiner may lie outside the span handed in ("the hardline group" given as "hardline group").
        det = next((c.lower_ for c in root.children if c.dep_ in {"det", "poss"}), "")
        definite = det in DEFINITE_DETS
        poss = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in GROUP_PRONOUNS | {"its"}), None)
        if poss is not None:
            # "their fighters": the group the possessive points to.
            owner = self.resolve_pronoun(poss)
            if owner is not None:
                return owner
        lemma = root.lemma_.lower()
        # "the spokesperson": the last person with that role.
        if lemma in role_words() and root.pos_ == "NOUN" and definite:
            found = self.recent(span.start_char, lambda a: a.kind == "person" and a.role is not None
                                 and _same_role(a.role, lemma))
            if found:
                return found
        if definite:
            described, found = self._describe(root)
            if described:
                return found
        if root.ent_type_ in {"DATE", "TIME"} or root.lower_ in CALENDAR_WORDS:
            return None  # a time is no actor
        if root.i in self._places:
            # a country a motion path left a place ("travelled to Syria", "sent troops into Syria"): no actor
            # mention here, as in build; an act aimed at the place may still take the state it names, never a
            # nominal
            return self._named(span)
        if root.text[:1].isupper() and root.pos_ in {"PROPN", "NOUN"}:  # the model tags "Trump" NOUN at times
            named = self._named(span)
            if named is not None:  # "Trump" where the model tagged no name: the "Donald Trump" already known
                self._mention(named, span.start_char, span.end_char, span.text)
                return named
        recurring = self._recurrence_at(span.start_char, span.end_char)
        if recurring is not None:
            return recurring
        if create and root.pos_ in {"NOUN", "PROPN"} and not self._city_thing(span):
            return self.nominal(span)
        return None

    def _city_thing(self, span: Span) -> bool:
        """A phrase whose premodifier is a capital read literally and whose head is no person noun ("the Paris
        attack", "the London newspaper", "the Damascus suburbs"): a thing of the city, no actor; a person of it
        ("A Bangkok student", "Nairobi residents") is one (`_without_city`). Person nouns: WordNet 3.0 nouns
        whose first sense is noun.person (data/events/person_nouns.txt)."""
        root = span.root
        if not any(t.i in self.literal_tokens for t in span if t.i < root.i):
            return False
        wordnet_persons = resources.words("events", "person_nouns.txt")  # cached by resources.words
        return root.lemma_.lower() not in wordnet_persons and root.lower_ not in wordnet_persons

    def _leaders_government(self, root: Token, leader: Actor) -> Actor | None:
        """The country a government noun modified by its leader's name stands for ("the Trump administration",
        "Erdogan's government", "the Assad regime": the United States, Turkey, Syria as governments, CAMEO agent
        GOV), or None. Only for a tagged name whose actor holds a government post (its code at the article's date,
        else a GOV post in the dated roles) and is not the phrase itself; a local body ("Aleppo's local
        government") and a leader's staff or campaign ("the Trump campaign", "Trump's lawyers") are no state."""
        if root.lemma_.lower() not in government_nouns() or root.pos_ != "NOUN" or root.ent_type_:
            return None
        if leader.kind not in {"person", "organization"} or self.actor_at(root.idx, root.idx + len(root.text)):
            return None
        if any(c.dep_ in {"amod", "compound"} and c.lower_ in LOCAL_GOVERNMENT_WORDS for c in root.children):
            return None
        names = [t for t in root.children if t.dep_ in {"compound", "poss"} and t.ent_type_ in {"PERSON", "ORG"}
                 and self._entity_actor(t) is leader]
        # the code the leader's own words give (actor_codes.named_view): a code inferred from the article's date
        # (a bare surname read as the office holder at the date) opens no state reading of its own
        code = actor_codes.named_view(leader).code or ""
        iso3 = code[:3] if len(code) == 6 and code.endswith("GOV") else actor_codes.government_of(
            leader.name, self.record.article.published)
        iso2 = _iso2_of().get(iso3 or "")
        if not names or iso2 is None:
            return None
        state = self._country_actor(iso2, lexicon.country_name(iso2) or iso3)
        if state.code is None:
            state.code, state.code_source = iso3, "country"
        phrase = _strip_det(self.doc[min(t.i for t in names): root.i + 1].text)
        if phrase not in state.aliases and phrase != state.name:
            state.aliases.append(phrase)  # "Trump administration": the phrase is also the state's name here
        return state

    @contextmanager
    def without_office_rule(self):
        """Resolve as if `_office_holder` did not exist (the office phrase reads as its country or body): the events
        layer decides an event's existence on that reading (events._lend_office_holders)."""
        self._office_off = True
        try:
            yield
        finally:
            self._office_off = False

    def _office_holder(self, span: Span, direct: Actor) -> Actor | None:
        """The person the article names as the holder of the office a definite office phrase names ("the Turkish
        president", "Russia's UN ambassador", "the US defence secretary"), where the phrase's tagged words give the
        country or body (`direct`), or None. An office phrase: a singular common noun of data/roles.txt (no entity
        tag of its own) with "the" or a possessor, a country or body named in it. The holder: a name in apposition to
        the phrase, else the one person of the article with the phrase's office words as a title at a mention
        (`_offices_of`: "Turkish President X", "President X", "X, the Turkish president", "the Turkish president,
        X", wherever in the article), who holds it of the same countries and bodies: the title names those the phrase
        names ("Sweden's UN ambassador X" is not "Russia's UN ambassador"), or none, and the curated office holders'
        table gives the person the government of the phrase's one country at the article's date ("President X" in
        an article about Turkey). A definite description of an already named
        referent is that referent (Quirk et al. 1985, 5.28-5.31, 17.4: anaphoric definite descriptions; ACE's NOM
        mentions co-referring with a NAM; GUM's coreference of a description with the named person). No holder,
        or two, leaves the country or body (no person of its own is made: round 45's quotespk45, judged wrong
        where the holder is named)."""
        root = span.root
        if self._office_off or root.pos_ != "NOUN" or root.tag_ != "NN" or root.ent_type_ \
                or root.lower_ not in _one_word_roles() \
                or direct.kind not in {"country", "organization"}:
            return None
        toks = list(self.doc[root.left_edge.i: root.i + 1])
        if not any(t.dep_ == "poss" or t.lower_ == "the" for t in toks if t.head.i == root.i):
            return None  # "a Turkish official", "Turkish officials": no one office holder
        bodies: set[str] = set()
        words: list[str] = []
        for t in toks:
            if t.ent_type_:
                found = self.tagged_actor_at(t.idx, t.idx + len(t.text))
                if found is not None and found.kind in {"country", "organization"}:
                    bodies.add(found.id)
                    continue
                if found is not None or t.ent_type_ == "PERSON":
                    return None  # a person's name inside the phrase ("Trump's chief of staff")
            if t.dep_ in {"det", "poss", "case", "punct"} or t.is_punct:
                continue
            words.append(t.lower_)
        if direct.id not in bodies:
            return None
        for named in (c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            # "the Turkish president, Recep Tayyip Erdogan,": the name in apposition is the holder (the apposition
            # rule, as _apposed_name reads it the other way)
            holder = self.tagged_actor_at(named.idx, named.idx + len(named.text))
            if holder is not None and holder.kind == "person":
                self.office_moves[span.root.i] = (direct, holder)
                return holder
        office = _office_key(" ".join(words))
        date = self.record.article.published
        states = {b.country for b in map(self.get, bodies) if b is not None and b.kind == "country" and b.country}
        holders = set()
        for person in self.actors:
            if person.kind != "person" or person.id == direct.id:
                continue
            for title, named, around in self._offices_of(person):
                # the same office of the same country or body: the title names the phrase's countries and bodies
                # ("Sweden's UN ambassador X" is not "Russia's UN ambassador"), or names none ("President X") and
                # the curated office holders' table gives the person the government of the phrase's one country.
                # Revision (quotespk46r): the text is the evidence, the table only a fallback: a bare title in a
                # sentence naming another country and not the phrase's ("Latvia's parliament approved the move but
                # President X said") is that country's office by the text, whatever the table says, so it does
                # not count; a holder by the text and another by the table are two (no holder, as today).
                if title == office and (named == bodies or not named and len(bodies) == 1 and len(states) == 1
                                        and around <= bodies
                                        and _iso2_of().get(actor_codes.government_of(person.name, date) or "")
                                        in states):
                    holders.add(person.id)
        if len(holders) != 1:
            return None
        holder = self.get(holders.pop())
        self.office_moves[span.root.i] = (direct, holder)
        return holder

    def _offices_of(self, person: Actor) -> set[tuple[str, frozenset[str], frozenset[str]]]:
        """The offices the article gives a person, as (`_office_key` of the title's words, the countries and bodies
        the title names), read at each mention of the name: the title words
        right before it ("Turkish President X", "President X": the capitalised title _role_from leaves to the name
        as an honorific), the title it is apposed to ("the Turkish president, X"), and the title apposed to it ("X,
        the Turkish defence minister,"), a country's or body's name left out. Not a mention in a sentence naming a
        year before the article's ("in 2012 ... GOP nominee X"): a past holder of the office, not its holder at
        the article's time."""
        offices: set[tuple[str, frozenset[str], frozenset[str]]] = set()
        year = (self.record.article.published or "")[:4]
        for m in self.mentions:
            if m.actor != person.id:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent
            if year.isdigit() and any(sent.start <= start and end <= sent.end and any(
                    y < year for y in re.findall(r"\b(?:19|20)\d\d\b", text)) for start, end, text in self._dates()):
                continue
            i = span.start
            while i > 0 and span.start - i < 6:
                tok = self.doc[i - 1]
                if tok.is_punct or tok.is_space or tok.ent_type_ == "PERSON" or tok.pos_ in {
                        "VERB", "AUX", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "ADP", "PART"}:
                    break
                i -= 1
            office = self._office_words(self.doc[i: span.start])
            if office[0]:
                # with the countries the mention's sentence names (a bare title's country by the text)
                offices.add((*office, self._countries_in(span.sent) if not office[1] else frozenset()))
            root = span.root
            titles = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
            if root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ in {"NOUN", "PROPN"}:
                titles.append(root.head)
            for title in titles:
                # "X, the Turkish defence minister,", "the Turkish president, X": the apposed title, its country's
                # name left out (_role_from ends a role where the affiliation starts)
                office = self._office_words(self.doc[title.left_edge.i: title.i + 1])
                if office[0]:
                    offices.add((*office, self._countries_in(span.sent) if not office[1] else frozenset()))
        return offices

    def _dates(self) -> list[tuple[int, int, str]]:
        """The document's DATE entities as (start token, end token, text), made once: `Span.ents` rebuilds every
        entity of the document at each call."""
        if self._date_ents is None:
            self._date_ents = [(e.start, e.end, e.text) for e in self.doc.ents if e.label_ == "DATE"]
        return self._date_ents

    def _countries_in(self, sent: Span) -> frozenset[str]:
        """The countries a sentence names (tagged words resolved to a country actor)."""
        found = set()
        for t in sent:
            if t.ent_type_:
                a = self.tagged_actor_at(t.idx, t.idx + len(t.text))
                if a is not None and a.kind == "country":
                    found.add(a.id)
        return frozenset(found)

    def _office_words(self, toks) -> tuple[str, frozenset[str]]:
        """A title's office words (`_office_key`; determiners, possessive marks and punctuation left out) and the
        countries and bodies whose names it holds ("Russia's UN ambassador": "ambassador", Russia and the UN)."""
        words: list[str] = []
        bodies: set[str] = set()
        for t in toks:
            found = self.tagged_actor_at(t.idx, t.idx + len(t.text)) if t.ent_type_ else None
            if found is not None and found.kind in {"country", "organization"}:
                bodies.add(found.id)
            elif t.dep_ not in {"det", "poss", "case"} and not t.is_punct and not t.is_space:
                words.append(t.lower_)
        return _office_key(" ".join(words)), frozenset(bodies)

    def _apposed_name(self, root: Token) -> Actor | None:
        """A description in apposition to a name is the named actor ("X, the film-maker and activist who was
        killed ...": "activist" and "film-maker" are X; "the Y group, an alliance that ..."): the apposition
        rule of English grammar, for a common noun whose appositive head (through a coordination) is a person
        or organization name with an actor."""
        if root.pos_ != "NOUN":
            return None
        desc = root
        while desc.dep_ == "conj" and desc.head is not desc:
            desc = desc.head
        name = desc.head
        if desc.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ not in {"PERSON", "ORG"}:
            return None
        return self.actor_at(name.idx, name.idx + len(name.text))

    def _named(self, span: Span) -> Actor | None:
        """The known actor a capitalised phrase names when the model tagged no entity there: a person by full name
        or surname; for a proper noun also another actor by its name or an alias (case-insensitive; determiners
        and "'s" dropped)."""
        toks = [t for t in span if t.pos_ in {"PROPN", "NOUN"} and t.text[:1].isupper()]
        # "Mr Trump", "Dr Smith" where the model tagged no name: a courtesy title is no part of the name (as
        # _clean_name drops it from a tagged name), so the surname finds the person named in full (tenth round,
        # actor census: a title and surname left as a person of its own). Only courtesy titles: an office or
        # rank ("Judge X", "General X") may be another holder of the surname
        while len(toks) > 1 and toks[0].lower_.rstrip(".") in COURTESY_TITLES:
            toks = toks[1:]
        if not toks:
            return None
        text = name_text(toks).lower()
        found = self._by_key.get("P:" + text) or (self._by_key.get("S:" + text) if len(toks) == 1 else None)
        if found is not None or span.root.pos_ != "PROPN":
            return found  # a common noun ("AN EXPLOSION") is a known name only as a person's
        return next((a for a in self.actors if a.kind in {"organization", "country", "person"}
                     and text in {a.name.lower(), *(x.lower() for x in a.aliases)}), None)

    def nominal(self, span: Span, affiliation: Actor | None = None) -> Actor:
        """A group or person actor for a plain noun phrase ("witnesses from the area")."""
        key = "G:" + span.text.lower()
        actor = self._by_key.get(key)
        if actor is None:
            if span.root.lemma_.lower() in GROUP_NOUNS | INSTITUTION_NOUNS:
                kind = "organization"  # "an interim government", "the army", "the council", "a court"
            else:
                kind = "group" if span.root.tag_ in {"NNS", "NNPS"} else "person"
            country = next((c for t in span if (c := lexicon.country_of_name().get(t.lower_))), None)
            if affiliation is None and country:
                affiliation = self._by_key.get("C:" + country)
            name, city = self._without_city(span, kind)
            actor = self._new(name, kind, country=country or (affiliation.country if affiliation else None),
                              affiliation=affiliation.id if affiliation else None)
            if city:
                actor.code_source = "none"  # the town gives no code: no nationality, no sector of its own
            bare = _INDEFINITE.sub("", name)
            if bare and bare != name:
                # "A man", "an official": the bare description is also its name (event-annotation.md names
                # described actors without the indefinite article); the phrase stays the name, so two people
                # described alike ("a man ... another man") keep apart
                actor.aliases.append(bare)
            self._by_key[key] = actor
        start, end = self._without_place_edges(span)
        self._mention(actor, start, end, nlp.doc_text(self.doc)[start:end], phrase=span.text)
        return actor

    def _without_place_edges(self, span: Span) -> tuple[int, int]:
        """The characters a plain nominal's mention covers: its phrase less a place name at either edge that is no
        actor of its own, a town or state premodifying the head ("a 55-year-old <town>, <state> man", "<town>
        residents") or the object of an "in"-type preposition after it ("officials in <town>"). The place is
        where the people live or are, no part of the people (the reference convention labels it apart, as a
        place: actors_guardian.md, "What is a mention"; `_without_city` leaves it out of the name), so a
        phrase asked about at the place's own words finds no actor there. A place before a state noun ("<town>
        officials", "Tehran officials") may stand for its government (`_city_premodifier`) and stays: the head before
        which it is dropped is a noun of a person by residence, sex or age (`resident_nouns`)."""
        root, start, end = span.root, span.start, span.end
        if root.lemma_.lower() in resident_nouns() or root.lower_ in resident_nouns():
            places = [t.i for t in span if t.i < root.i and self._bare_place(t)]
            if places:
                start = places[-1] + 1
        after = [t for t in span if t.i > root.i]
        if after and after[0].dep_ == "prep" and after[0].head.i == root.i and after[0].lower_ in INSIDE_PREPS \
                and all(self._bare_place(t) or t.lower_ == "the" for t in after[1:]) \
                and any(self._bare_place(t) for t in after[1:]):
            end = after[0].i
        if not start < end or not start <= root.i < end:
            return span.start_char, span.end_char
        first, last = self.doc[start], self.doc[end - 1]
        return first.idx, last.idx + len(last.text)

    def _bare_place(self, tok: Token) -> bool:
        """A word of a place name (the model's GPE or LOC) that is no actor's mention, or a comma between two
        ("<town>, <state>")."""
        if tok.text == ",":
            return tok.i > 0 and tok.i + 1 < len(self.doc) and self.doc[tok.i - 1].ent_type_ in {"GPE", "LOC"} \
                and self.doc[tok.i + 1].ent_type_ in {"GPE", "LOC"}
        if tok.ent_type_ not in {"GPE", "LOC"} or self.tagged_actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
            return False
        # the model's place may be a body's whole name ("<county> Sheriff's Office", "<county> Circuit Court"): a
        # word that classifies a body (`organization_nouns`) or names a state's agent (STATE_NOUNS) in it makes it none
        first, last = tok.i, tok.i
        while first > 0 and self.doc[first].ent_iob_ == "I":
            first -= 1
        while last + 1 < len(self.doc) and self.doc[last + 1].ent_iob_ == "I":
            last += 1
        return not any(t.lower_ in organization_nouns() or t.lower_ in STATE_NOUNS for t in self.doc[first:last + 1])

    def _without_city(self, span: Span, kind: str) -> tuple[str, bool]:
        """A described person's name without a capital's name read literally before the person noun ("a
        26-year-old Berlin man", "A Bangkok student": `_city_premodifier`), and whether one was left out: the town
        where a person lives is no part of their name, and gives no nationality (CAMEO codes a person's country
        from a stated nationality; the Phoenix agents have no sector for "man"). Groups keep theirs ("Nairobi
        residents")."""
        if kind != "person" or not any(t.i in self.literal_tokens for t in span):
            return span.text, False
        name = _INDEFINITE.sub("", "".join(t.text_with_ws for t in span if t.i not in self.literal_tokens)).strip()
        return (name, True) if name else (span.text, False)  # bare, as described actors are named: "airport official"


def _age_apposition(tok: Token) -> bool:
    """An appositive that is a bare number after a person's name: the age, which news style sets off by commas
    between the name and the title ("X, 65, commission member, said": AP Stylebook, "ages"; the parse hangs both on
    the name as appositions). It is no title, and the title is the next apposition."""
    return tok.like_num and tok.n_lefts == 0 and tok.n_rights == 0


def _motion_path(prep: Token) -> bool:
    """A "from" or "for" phrase of a verb of motion or its noun: the source or destination of the motion, a place
    (Quirk et al. 1985, 9.15-9.25; VerbNet's escape-51.1, leave-51.2, run-51.3.2: motion_path_heads.tsv)."""
    heads = motion_path_heads().get(f"{prep.lower_} {_verb_or_noun(prep.head)}")
    return bool(heads) and prep.dep_ == "prep" and (prep.head.lemma_.lower() in heads or prep.head.lower_ in heads)


def _on_motion_path(name: Token) -> bool:
    """A name as the goal, source or path of a verb of motion or its noun: its object ("attempted to enter Turkey":
    MOTION_VERBS), the object of its "from", "for", "to", "into" or "towards" (motion_path_heads.tsv: "fled from
    Syria", "travelled to Syria", "sent troops into Syria") or the destination parsed as an infinitive's subject
    ("left for Syria to join"). Quirk et al. 1985, 9.15-9.25; VerbNet escape-51.1, leave-51.2, run-51.3.2,
    send-11.1 (its goal with "into" only)."""
    while name.dep_ in {"conj", "appos"} and name.head is not name:
        name = name.head  # "Syria and Iraq", as the first of the list (as `_acting` reads it)
    if name.dep_ == "dobj":
        return name.head.lemma_.lower() in MOTION_VERBS
    if name.dep_ == "pobj":
        return _motion_path(name.head) and not _recipient_to(name.head)
    return name.dep_ == "nsubj" and _for_destination(name)


def _recipient_to(prep: Token) -> bool:
    """A "to" after a verb with a direct object: the recipient as often as the goal ("returned the land to Syria",
    "sent aid to Syria"; Quirk et al. 1985, 10.18), no motion path."""
    return prep.lower_ == "to" and any(c.dep_ == "dobj" for c in prep.head.children)


@lru_cache(maxsize=1)
def site_place_preps() -> dict[str, dict[str, str]]:
    """The prepositions of position by the kind of head they take (site_place_preps.tsv): kind -> {preposition: the
    noun it must hang on, or "-"}."""
    table: dict[str, dict[str, str]] = {}
    for kind, prep, noun, *_ in resources.rows("site_place_preps.tsv", min_fields=3):
        table.setdefault(kind, {})[prep] = noun
    return table


def _site_kind(ent: Span) -> str | None:
    """"site" for a name headed by a building's, a site's or a school's noun ("<name> Community Centre", "University
    of <place>": site_heads.txt, WordNet), "road" for one closed by a road's word ("<name> Road", "SW 2nd Ave.":
    road_heads.tsv, USPS); the head is the last word or the word before "of"."""
    words = [t for t in _clean_name(ent) if not t.is_punct]
    if len(words) < 2:
        return None
    last = words[-1].lower_.rstrip(".")
    if last in resources.words("site_heads.txt"):
        return "site"
    of = next((k for k, t in enumerate(words) if t.lower_ == "of"), None)
    if of and words[of - 1].lower_ in resources.words("site_heads.txt"):
        return "site"
    return "road" if last in place_use.road_heads() else None


def _site_as_a_place(ent: Span) -> bool:
    """A building, a site, a school or a street named as where something happens: a name headed by such a noun
    (`_site_kind`) as the object of a preposition of position for its kind (site_place_preps.tsv: "held a vigil at the
    <name> Community Centre", "rehearse ... at <name> High School", "lives on <name> Road", "the 500 block of <name>
    Lane"), the preposition said of no person (not "director at <school>", "a fellow at <university>": the employer,
    an organization; the noun's own compound head read, "the terrorism researcher at <body>") nor of a verb of
    holding a job or a noun of personnel (employer_words.tsv: "teaches at <university>", "her team at <school>").
    The set's rule (actors_news.md "Places of local news"; the sixth draw's tune-a part's second reading): an
    institution named as where something happens is a place, `none`; named as an employer, as the body of its pupils
    or as what acts, the organization (each mention by its own role: the name's other mentions keep their reading)."""
    kind = _site_kind(ent)
    if kind is None or (kind == "site" and ent.label_ != "ORG"):
        return False  # a person's name may close with a site's word ("<name> Mill"), not with a road's after "on"
    tok = _list_first(ent.root)
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    noun = site_place_preps().get(kind, {}).get(prep.lower_)
    if noun is None or (noun != "-" and prep.head.lemma_.lower() != noun):
        return False
    gov = prep.head
    while gov.dep_ in {"compound", "amod"} and gov.head is not gov:
        gov = gov.head
    verbs = resources.words_by_kind("employer_words.tsv").get("verb", frozenset())
    if prep.head.pos_ in {"VERB", "AUX"} and prep.head.lemma_.lower() in verbs:
        return False  # "teaches at <university>": the employer
    persons = _employee_nouns()
    return not any(t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in persons for t in (prep.head, gov))


def _used_ids(record: Record) -> set[str]:
    """The ids of the actors a part of the record names: an event's source, target or asserter, a quote's
    speaker, a contradiction's sides, a brief's answer."""
    used = {a for e in record.events for a in (e.source, e.target, e.asserted_by)}
    used |= {q.speaker for q in record.quotes}
    used |= {a for c in record.contradictions for a in (*c.asserted_by, *c.disputed_by)}
    used |= {a.get("actor") for answers in (record.brief or {}).values() if isinstance(answers, list)
             for a in answers if isinstance(a, dict) and "evidence" not in a}
    return used - {None}


def _find_all(text: str, key: str) -> list[int]:
    """Every position of `key` in `text`."""
    out, i = [], text.find(key)
    while i >= 0:
        out.append(i)
        i = text.find(key, i + 1)
    return out


def _pupil_school(ent: Span) -> bool:
    """A school's name (an ORG headed by a site noun, `_site_kind`) as the object of a preposition of position
    (site_place_preps.tsv) said of a pupil (`_pupil_noun`): "a student at <name> University", "a fifth-grader at
    <name> School" name where the pupil studies, a place (actors_news.md, the eleventh draw: "students at <school>
    in <town>", "a fifth-grader at <school>", the school `none`). The one mention only: the name stays an actor
    while it makes the pupil's affiliation and code, and its other mentions keep their reading
    (`ActorIndex.leave_out_pupil_schools`)."""
    if ent.label_ != "ORG" or _site_kind(ent) != "site":
        return False
    tok = _list_first(ent.root)
    if tok.dep_ != "pobj":
        return False
    return site_place_preps().get("site", {}).get(tok.head.lower_) == "-" and _pupil_noun(tok.head.head)


def _pupil_noun(tok: Token) -> bool:
    """A noun of a person who attends a school (pupil_nouns.tsv: WordNet's student.n.01 and schoolchild.n.01 and
    their hyponyms, "student", "pupil", "freshman"; the AP Stylebook's "<ordinal>-grader", "a fifth-grader")."""
    if tok.pos_ != "NOUN":
        return False
    table = resources.words_by_kind("pupil_nouns.tsv")
    lemma = tok.lemma_.lower()
    if lemma in table.get("noun", frozenset()):
        return True
    doc = tok.doc
    return lemma in table.get("after_ordinal", frozenset()) and tok.i >= 2 and doc[tok.i - 1].text == "-" \
        and doc[tok.i - 2].like_num


@lru_cache(maxsize=1)
def _employee_nouns() -> frozenset[str]:
    """The nouns "at <institution>" may be said of to name the employer: person nouns (WordNet, person_nouns.txt),
    titles (`role_words`) and nouns of personnel (employer_words.tsv), joined once (about 10,000 words)."""
    staff = resources.words_by_kind("employer_words.tsv").get("noun", frozenset())
    return frozenset(resources.words("events", "person_nouns.txt") | role_words() | staff)


def _literal_place(ent: Span) -> bool:
    """A country's or capital's name in its literal reading, as a part of the land or as the city (`_region_of`,
    `_city_premodifier`): no actor, in build and in the phrase layer (ActorIndex._places)."""
    return _region_of(ent) or _city_premodifier(ent)


def _region_of(ent: Span) -> bool:
    """A country's or capital's name premodified by a compass or part word ("northeast Syria", "western Syria's
    airspace", "a swath of northern Syria", "central London"): the literal reading, a part of the land, which a
    state or its government never is (Markert and Nissim 2007, SemEval-2007 task 8: the place-for-people
    metonymy needs a reading as the people or the state; a region of the territory has only the literal one).
    Not where the word and the name make a country's own name ("South Sudan", "North Korea" split by the model)."""
    if ent.start == 0 or not _state_name(ent):
        return False
    word = ent.doc[ent.start - 1]
    if word.lower_ not in COMPASS_WORDS or word.dep_ not in PREMODIFIER_DEPS or word.head.i < ent.start:
        return False
    return not lexicon.country_of_name().get(f"{word.lower_} {_strip_det(nlp.span_text(ent)).lower()}")


def _city_premodifier(ent: Span) -> bool:
    """A capital's name (not also a country's) premodifying a noun other than a state noun ("the Paris terror
    attacks", "the Damascus suburbs", "east London schoolgirls", "the Washington summit"): the city, where the
    thing is; before a state noun ("the Damascus regime", "Tehran officials") the capital stands for its
    government (CAMEO/Phoenix code it as the state's). Census round 42 (actors_guardian.md, actmetonymy42): no
    capital premodifying another noun is labelled an actor on either tune half. A participle ("Tehran-backed") is
    no noun: the state's act, as "US-backed"."""
    tok = _list_first(ent.root)  # "the Paris and Brussels attacks": as the first of the list (as `_acting` reads it)
    if tok.dep_ not in PREMODIFIER_DEPS or tok.head.i < ent.end or tok.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    text = _strip_det(nlp.span_text(ent))
    if text not in lexicon.capital_of() or lexicon.country_of_name().get(text.lower()) or _dash_paired(ent):
        return False
    if _in_title(tok):
        return False
    return tok.head.lemma_.lower() not in STATE_NOUNS and tok.head.lower_ not in STATE_NOUNS


def _list_first(tok: Token) -> Token:
    """The first member of the list or apposition a token stands in ("Iraq" of "Iraq and Syria", "Victoria" of
    "Victoria, Australia"), whose head places the whole list; the token itself when it stands alone."""
    while tok.dep_ in {"conj", "appos"} and tok.head is not tok:
        tok = tok.head
    return tok


def _contiguous_place(ent: Span) -> bool:
    """A country's or capital's name as land a line runs along or a thing extends across: the object of a verb of
    contiguous location ("the region bordering Turkey", "a caliphate straddling Iraq and Syria": VerbNet 3.4
    contiguous_location-47.8, Theme and Co-Theme concrete), the "with" complement of a border noun ("the border with
    Turkey"; also where the parser hangs the phrase on the motion verb whose object the noun is, "cross the border
    with Turkey", or on the word whose locative phrase holds the noun, "arrested near the border with Turkey", "a
    portion of the frontier with Jordan"; not on a verb the noun is the object of, "discussed the border with
    Turkey", where "with" may name the other party) or a border noun's possessor ("Syria's frontiers"). Markert
    and Nissim 2007: a name in a relation of location has only the literal reading; contiguous_location.tsv. A
    state is named in these positions only as its territory."""
    if not _state_name(ent):
        return False
    tok = _list_first(ent.root)  # "straddling Iraq and Syria": as the first of the list (as `_acting` reads it)
    words, head = contiguous_location(), tok.head
    nouns = words.get("noun", frozenset())
    if tok.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in words.get("verb", frozenset())
    if tok.dep_ == "poss":
        return head.pos_ == "NOUN" and head.lemma_.lower() in nouns
    if tok.dep_ != "pobj" or head.lower_ != "with" or head.i == 0:
        return False
    border = tok.doc[head.i - 1]  # "border with": the noun the phrase complements, just before it
    if border.lemma_.lower() not in nouns or border.pos_ != "NOUN":
        return False
    governor = head.head
    if governor.i == border.i:
        return True
    if border.dep_ == "dobj" and border.head.i == governor.i:  # "cross the border with Turkey"
        return governor.lemma_.lower() in MOTION_VERBS | words.get("verb", frozenset())
    # "arrested near the border with Turkey", "a portion of the frontier with Jordan": the noun the object of a
    # locative preposition (LOCATIVE_PREPS, "of" among them) whose phrase hangs on the same word
    return border.dep_ == "pobj" and border.head.lower_ in LOCATIVE_PREPS and border.head.head.i == governor.i


def _state_preposition(ent: Span) -> Token | None:
    """The preposition whose object a country's or capital's name is, as the first of its list (as `_acting` reads
    it: "from Yemen, Eritrea and Tunisia"), when the preposition hangs on a head; None for any other name or
    position. The shared first step of `_origin_place` and `_topic_place`."""
    if not _state_name(ent):
        return None
    tok = _list_first(ent.root)
    prep = tok.head
    return prep if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head is not prep else None


def _origin_place(ent: Span) -> bool:
    """A country's or capital's name as where a person comes from: the "from" phrase of a person noun (first WordNet
    3.0 sense noun.person: "refugees from Syria", "newcomers from Yemen, Eritrea and Tunisia"), of a person's name
    ("X, 32, from London"), of a cardinal counting people ("12 from Britain") or of "be" with a person subject ("all
    of whom are from Syria", "she is from Syria"). Quirk et al. 1985 9.18, FrameNet Origin: a place. Not after a
    state's own agent ("officials from Turkey", "a delegation from Russia": origin_of_people.tsv agents,
    STATE_NOUNS, government_nouns.txt), which is the state."""
    prep = _state_preposition(ent)  # "from Yemen, Eritrea and Tunisia": as the first of the list
    if prep is None or prep.lower_ != "from":
        return False
    head = prep.head
    if head.lemma_.lower() == "be" and head.pos_ in {"AUX", "VERB"}:
        return any(c.dep_ == "nsubj" and _a_person(c) for c in head.children)
    if head.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"}:
        return False  # "$5bn from Saudi Arabia": a sum the state gives
    if head.pos_ == "NUM" and head.like_num:
        return head.ent_type_ in {"CARDINAL", ""}  # "at least 12 from Britain": a count of people
    return head.pos_ in {"NOUN", "PROPN"} and _a_person(head)


def _topic_place(ent: Span) -> bool:
    """A country's or capital's name as what a post, a text, a plan or a talk is about: the object of a preposition of
    subject matter ("for", "on", "over", "about") whose phrase hangs on a noun of topic_complement_nouns.tsv ("the UN
    special envoy for Syria", "a new constitution for Syria", "US policy on Syria", "talks on Syria"). Quirk et al.
    1985 9.54; FrameNet's Topic and Domain elements: the topic, no party. Not the subject of a "for" infinitive ("a
    plan for Turkey to withdraw"), which acts."""
    prep = _state_preposition(ent)  # "talks on Syria and Iraq": as the first of the list
    words = topic_complement()
    if prep is None or prep.lower_ not in words.get("prep", frozenset()):
        return False
    head = prep.head
    if head.pos_ != "NOUN" or (head.lemma_.lower() not in words.get("noun", frozenset())
                               and head.lower_ not in words.get("noun", frozenset())):
        return False
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    # "a plan for Turkey to withdraw": the infinitive's subject, which acts
    return not (prep.lower_ == "for" and after is not None and after.tag_ == "TO")


# Verbs whose subject the complement describes ("Syria is the battlefield", "has become a battleground").
COPULAS = {"be", "become", "remain"}
# The preposition of an object's complement ("sees Syria as a buffer zone", "to use Syria as a base"); not "into",
# which after a verb of motion is the goal ("pull the US deeper into the battlefield": the state moved).
OBJECT_COMPLEMENT_PREPS = {"as"}
# Prepositions after a war naming where or against whom it is waged: the possessor is the state that wages it.
WAGED_PREPS = {"in", "against", "on", "with", "over", "for", "between", "inside", "across"}


def _noun_keys(noun: Token) -> set[str]:
    """A noun's lemma, and the lemma with the premodifier just before it ("launching pad", "buffer zone")."""
    lemma = noun.lemma_.lower()
    keys = {lemma, noun.lower_}
    keys.update(f"{c.lower_} {lemma}" for c in noun.children if c.dep_ in PREMODIFIER_DEPS and c.i == noun.i - 1)
    return keys


def _land_place(ent: Span) -> bool:
    """A country's or capital's name named as the land, not the state (land_heads.tsv; the set's rules on the land,
    actors_guardian.md): the subject of "be", "become" or "remain" whose complement is a place where others fight,
    act or launch from ("Syria is now the battlefield for ...", "Syria would be a launching pad"), or the object whose
    "as" complement is one ("sees Syria as a buffer zone", "to use Syria as a base"; Quirk et al. 1985 10.8,
    16.44-16.47); the possessor of the chaos or misery it suffers or of a war its name puts inside the land ("Syria's
    civil war", "Syria's chaos"; not a proxy war nor one with a phrase of where or against whom) or of its people
    ("Syria's Kurds"); the start of a range of places ("ranging from Norway to Zimbabwe", "a swath of the Middle
    East, from Afghanistan to Lebanon"; Quirk et al. 1985 9.17). Markert and Nissim 2007: the literal reading."""
    if not _state_name(ent):
        return False
    tok = _list_first(ent.root)  # "Syria and Iraq are the battlefield": as the first of the list
    words, head = land_heads(), tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() in COPULAS:
        arena = words.get("arena", frozenset())
        return any(c.dep_ in {"attr", "oprd"} and c.pos_ in {"NOUN", "PROPN"} and _noun_keys(c) & arena
                   for c in head.children)
    if tok.dep_ in {"dobj", "nsubjpass"}:
        arena = words.get("arena", frozenset())
        return any(p.dep_ == "prep" and p.lower_ in OBJECT_COMPLEMENT_PREPS and _noun_keys(o) & arena
                   for p in head.children if p.i > tok.i for o in p.children if o.dep_ == "pobj")
    if tok.dep_ == "poss" and head.pos_ in {"NOUN", "PROPN"}:
        keys = _noun_keys(head)
        if keys & words.get("people", frozenset()):
            return True
        if not keys & words.get("condition", frozenset()):
            return False
        return not any((c.dep_ == "prep" and c.lower_ in WAGED_PREPS)
                       or (c.dep_ in PREMODIFIER_DEPS and c.lower_ == "proxy") for c in head.children)
    if tok.dep_ == "pobj" and head.lower_ == "from" and head.dep_ == "prep":
        if not _noun_keys(head.head) & words.get("extent", frozenset()):
            return False
        # "from Norway to Zimbabwe": the "to" the parser hangs on the name, its list, "from" or the word of extent
        holders = [tok, head, head.head, *(t for t in tok.subtree if t.dep_ == "conj")]
        return any(c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i
                   and any(o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"} for o in c.children)
                   for t in holders for c in t.children)
    return False


def _a_person(tok: Token) -> bool:
    """A person, not a state's agent: a person's name, a pronoun of a person, a noun whose first WordNet 3.0 sense is a
    person (data/events/person_nouns.txt) or a quantifier of them ("all of whom", "many of them")."""
    words = origin_of_people()
    lemma = tok.lemma_.lower()
    if tok.ent_type_ == "PERSON":
        return True
    if lemma in QUANTITY_HEADS or tok.lower_ in QUANTITY_HEADS:  # "all of whom are", "thousands of refugees from"
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.lower_ in {"whom", "them", "us"} or _a_person(g)) for g in c.children)
            for c in tok.children)
    if tok.pos_ == "PRON":
        return lemma in words.get("pronoun", frozenset()) or tok.lower_ in words.get("pronoun", frozenset())
    if tok.pos_ not in {"NOUN", "PROPN"} or lemma in words.get("agent", frozenset()) | STATE_NOUNS \
            | government_nouns() or tok.lower_ in words.get("agent", frozenset()):
        return False
    return lemma in resources.words("events", "person_nouns.txt")


def _in_title(tok: Token) -> bool:
    """A word of the title before a person's name ("Washington Political Editor Matthew Boyle", "Prague police
    spokesman Petr Karalis"): its chain of premodifier heads reaches the name. A capital there is the seat of the
    post, which the title reads as the state it serves, as a country word in a title does ("Taiwan Labor
    Secretary-General Chang"): not the city-before-a-noun reading (the census of round 42 counted common nouns)."""
    while tok.dep_ in PREMODIFIER_DEPS and tok.head is not tok and tok.head.i > tok.i:
        tok = tok.head
        if tok.ent_type_ == "PERSON":
            return True
    return False


def _dash_paired(ent: Span) -> bool:
    """A name joined by a dash to another state's name ("the Baghdad–Washington talks", "Ankara-Washington
    relations"): the pair names the two parties of a relation between them, as "US-Russian relations" does
    (actors_guardian.md: the states such a pair names), not a city."""
    doc = ent.doc
    sides = [(ent.start - 1, ent.start - 2), (ent.end, ent.end + 1)]
    return any(0 <= other < len(doc) and doc[dash].text in DASHES and _state_of(doc[other].text)
               for dash, other in sides)


def type_seats_as_states(actors: list[Actor], doc: Doc | None = None) -> None:
    """A seat of government named for its state's government (organizations.json "seat": the Kremlin, the White
    House; WordNet 3.0 and Phoenix GOV) is reported as the state it stands for when the article uses it as the
    government: its actor typed country, keeping its own name and Phoenix code (actors_guardian.md: a seat of
    government standing for the state is the country; the Pentagon, a department, stays an organization). Typed so
    only if one mention of the seat in `doc` stands in a government position and none in a literal one (the
    building, the presidency sought, the press beat; data/seat_use.json, `_seat_use`); otherwise main's
    organization stays. Done once the record is complete (pipeline.build_record): while extracting, the seat is
    read as the government body it houses, whose staff take its code ("White House press secretary X" USAGOV)
    and which "the administration" may resume."""
    for actor in actors:
        if actor.kind != "organization" or actor.dictionary not in _seats() or doc is None:
            continue
        uses = {_seat_use(h) for h in _seat_heads(doc, actor.dictionary)}
        if "government" in uses and "literal" not in uses:
            actor.kind = "country"


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    """The canonical names of the seats of government (organizations.json "seat"), read once, not per record."""
    return frozenset(e.canonical for e in lexicon.entries() if e.seat)


@lru_cache(maxsize=1)
def _seat_use_data() -> dict:
    data = resources.json_data("seat_use.json")
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


def _seat_heads(doc: Doc, name: str) -> list[Token]:
    """The last token of every occurrence of the seat's name, as printed ("White House", "Kremlin"), in `doc`."""
    words = [get_string_id(w) for w in name.split()]  # compared as string ids: no Token or Span per word
    n, orth = len(words), nlp.orths(doc)
    return [doc[i + n - 1] for i in range(len(orth) - n + 1)
            if orth[i] == words[0] and orth[i:i + n] == words]


def _seat_use(head: Token) -> str | None:
    """"literal" (the building, the office sought, the press beat), "government" (the seat acting or acted on as
    the government, or titling a named office holder) or None, from the position of the seat's head token
    (data/seat_use.json: Markert and Nissim 2007's metonymy against the literal reading; WordNet's senses)."""
    d = _seat_use_data()
    tok = head
    while tok.dep_ == "conj" and tok.head is not tok:  # "the State Department and the White House": the first's place
        tok = tok.head
    dep, gov = tok.dep_, tok.head
    # premodifier chain: "White House (press) corps", "White House press secretary Josh Earnest"
    chain: list[Token] = []
    cur = head
    while cur.dep_ in ("compound", "nmod", "amod") and cur.head is not cur:
        cur = cur.head
        chain.append(cur)
    top = chain[-1].i if chain else head.i
    # the words between the seat and the head of its noun phrase: "a White House pool report", "bureau chief"
    if any(t.lower_ in d["literal_premodified"] for t in head.doc[head.i + 1:max(top, head.i) + 1]):
        return "literal"
    if dep in ("dobj", "obj") and gov.lemma_.lower() in d["office_verbs"] | d["building_verbs"]:
        return "literal"
    if dep == "pobj":
        prep = gov
        if prep.lower_ == "for" and prep.head.lemma_.lower() in d["office_for_heads"]:
            return "literal"
        if prep.lower_ in d["building_preps"]:
            return "literal"
        if prep.lower_ == "by" and (prep.dep_ == "agent" or prep.head.tag_ == "VBN"):
            return "government"
        if prep.lower_ == "to" and prep.head.lemma_.lower() in d["government_to_heads"]:
            return "government"
    if chain:
        roles = set(lexicon_roles())
        for i, c in enumerate(chain):
            if c.lower_ in roles and (
                    any(x.pos_ == "PROPN" for x in chain[i + 1:])
                    or any(ch.dep_ == "appos" and ch.pos_ == "PROPN" for ch in c.children)
                    or (c.dep_ == "appos" and c.head.pos_ == "PROPN")):
                return "government"
        return None
    if dep in ("nsubj", "nsubjpass") and gov.pos_ in ("VERB", "AUX"):
        return "government"
    if dep == "poss":
        return "government"
    if dep in ("dobj", "obj") and gov.lemma_.lower() in d["government_verbs"]:
        return "government"
    return None


@lru_cache(maxsize=1)
def lexicon_roles() -> tuple[str, ...]:
    """Office titles (data/roles.txt), one word each, for the seat's "White House spokesman X" reading."""
    return tuple(r for r in resources.lines("roles.txt") if " " not in r)


def _state_of(text: str) -> str | None:
    """ISO2 of the state a country's name, alias or demonym, or a capital names ("Turkey", "Turkish", "Ankara")."""
    return lexicon.country_of_name().get(text.lower()) or lexicon.capital_of().get(text)


def local_body_heads() -> dict[str, frozenset[str]]:
    """Head nouns of a public body a place's name and lower-case words name, and the nouns after the head that make
    the phrase the body's building or site (local_body_heads.tsv, by kind: "head", "site")."""
    return resources.words_by_kind("local_body_heads.tsv")


def _local_body(ent: Span, listed_only: bool = False) -> Span | None:
    """The public body a place's name or a proper adjective and the lower-case words after it name ("the Toronto
    district school board", "Richmond police officers", "the Sochi elections commission", "Metropolitan police
    commissioner"): the span from the name to the last head noun of local_body_heads.tsv among the next four words,
    every word before the head a lower-case premodifier of a later word (the name too), or None. Not a country's or a
    capital's name or a demonym, nor a name holding one (the state: "Turkish police", "the US state department",
    as STATE_NOUNS read them), nor a people's ("Kurdish police"), nor the body's building ("the <town> police
    station": a place), nor a body whose name goes on ("the <state> department of transportation"). The sets label
    such a body an organization on its name and lower-case words (local_body_heads.tsv's provenance); round 48,
    actcity48. `listed_only` (a proper adjective, NORP): only a body the project's table of bodies named without
    their country lists ("Metropolitan police", national_bodies.tsv): an adjective of a region's people ("South
    Ossetian ... committee") is no place's name, and reading it so moved the events layer's described actors."""
    doc = ent.doc
    text = _strip_det(nlp.span_text(ent))
    if not text or _state_of(text) or text.lower() in stateless_peoples() or ent[-1].tag_ == "POS" \
            or any(_state_of(t.text) or (t.is_alpha and not t.text[:1].isupper()) for t in ent if t.lower_ != "the"):
        return None
    if ent.root.dep_ not in PREMODIFIER_DEPS or ent.root.head.i < ent.end:
        return None
    kinds = local_body_heads()
    heads, sites = kinds.get("head", frozenset()), kinds.get("site", frozenset())
    end = None
    for j in range(ent.end, min(ent.end + 4, len(doc))):
        tok = doc[j]
        if not (tok.is_alpha and tok.is_lower and tok.pos_ in {"NOUN", "ADJ", "PROPN"}):
            break
        if tok.lower_ in heads and tok.pos_ in {"NOUN", "PROPN"}:
            end = j + 1
        if tok.dep_ not in PREMODIFIER_DEPS or tok.head.i <= tok.i:
            break  # the phrase's head: no later word belongs to it
    if end is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in doc[end - 1].children):
        return None
    if any(t.dep_ not in PREMODIFIER_DEPS or t.head.i <= t.i for t in doc[ent.end: end - 1]):
        return None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.is_lower and (nxt.lower_ in sites or nxt.lemma_.lower() in sites):
        return None
    body = doc[ent.start: end]
    if listed_only and _strip_det(nlp.span_text(body)).lower() not in actor_codes.national_bodies():
        return None
    return body


def _state_name(ent: Span) -> bool:
    """A country's name, alias or capital: the names `country_named` makes a state of."""
    return bool(_state_of(_strip_det(nlp.span_text(ent))))


def _verb_or_noun(tok: Token) -> str:
    """"verb" for a verb or participle, "noun" for a noun: a verb's row must not match its noun homograph ("ships
    from the Philippines" names whose ships, not where they sail from)."""
    return "verb" if tok.tag_.startswith("VB") or tok.tag_ == "JJ" else "noun" if tok.tag_.startswith("NN") else ""


def _for_destination(name: Token) -> bool:
    """A name the parser took for the subject of an infinitive after "for" ("left for Syria to join"), where the
    "for" follows a verb of leaving whose destination it marks: the for-phrase of that verb, a place."""
    verb = name.head
    mark = name.doc[name.i - 1] if name.i > 0 else None
    if mark is None or mark.lower_ != "for" or mark.dep_ != "mark" or mark.head.i != verb.i or verb.tag_ != "VB":
        return False
    leaving, heads = verb.head, motion_path_heads().get("for verb", frozenset())
    return leaving.i < mark.i and (leaving.lemma_.lower() in heads or leaving.lower_ in heads)


def _shaped_as_a_name(ent: Span) -> bool:
    """One to three capitalised alphabetic words: the shape of a person's name, not "Kurdish People's Assembly";
    not a firm's or a paper's shape: no "&" ("Hale & Price"), no last word that is a body's noun or a nameplate
    word ("Eastport Journal", "Acme Group")."""
    toks = _clean_name(ent)
    if any(t.text == "&" for t in ent) or (len(toks) > 1 and (toks[-1].lower_ in body_nouns()
                                                              or toks[-1].lower_ in nameplate_words())):
        return False  # (two tests: the union of the two lists was built at every call, 1,238 words)
    return 0 < len(toks) <= 3 and all(t.text.isalpha() and t.text[:1].isupper() for t in toks)


def _compass_led(ent: Span) -> bool:
    """A multiword name whose first word is a compass or part word ("Eastern Ghouta", "Northern Syria")."""
    toks = _clean_name(ent)
    return len(toks) > 1 and toks[0].lower_ in REGION_WORDS


# The model's name types that `_names_a_body` may correct to ORG: places and peoples (a body's name is no place or
# nationality), and facilities ("at the United Nations"). Not LOC (rivers, regions and seas share the names of firms:
# "Amazon") nor PERSON (a person typed so is `_person`'s).
BODY_MISTYPES = {"GPE", "NORP", "FAC"}


@lru_cache(maxsize=4096)
def _names_a_body(text: str) -> bool:
    """A name the dictionaries give a body, not a country, a people or a person: an organization of the curated
    lexicon (organizations.json, kind organization: "United Nations"), or a name Phoenix's actor dictionary codes
    (data/events/actors.tsv) with a CAMEO actor type of a body beyond the state (IGO, NGO, IMG, MNC: CAMEO
    codebook 1.1b3, ch. 3, international and transnational actors; actor_codes.NON_STATE_PREFIXES: "Unicef"
    IGOUNOKID) or written as an acronym (capitals and digits, a body's abbreviation, no person's or town's name:
    "MI5" GBRSPY, "UN" IGOUNO). Never a country's, capital's or demonym's name (the lexicon), a dated person's name
    (actor_roles.tsv) or a frequent given name's (given_names.txt), nor a medium (a channel) or a seat of government
    (organizations.json "seat": the Kremlin stands for its state, `type_seats_as_states`), nor, unless an acronym, a
    gazetteer town of some size (PLACE_POPULATION: "Nokia" is a town too)."""
    if not text or lexicon.country_of_name().get(text.lower()) or text in lexicon.capital_of() \
            or actor_codes.is_dated_person(text) or text.split()[0] in resources.words("given_names.txt"):
        return False
    entry = lexicon.by_text().get(text)
    if entry is not None:
        return entry.kind == "organization" and not entry.channel and not entry.seat  # a seat: type_seats_as_states
    code = actor_codes.flat_code(text)
    if not code or len(code) <= 3:
        return False
    acronym = re.fullmatch(r"[A-Z][A-Z0-9]+", text) is not None
    if not acronym and code[:3] not in actor_codes.NON_STATE_PREFIXES:
        return False
    from newsledger.resolve import gazetteer

    town = max((e.population or 0 for e in gazetteer.get().lookup(text) if e.kind != "country"), default=0)
    return acronym or town < PLACE_POPULATION


def _commissioner_only(span: Span) -> bool:
    """Whether every name in a phrase headed by a noun of a text (commissioned_text_nouns.txt: report, study,
    letter, analysis ...) lies in the text noun's "for" phrase ("a report for Oxfam"): that names whom the text was
    written for, not its author (VerbNet create-26.4's Beneficiary "for NP"), so the body is not what the phrase
    denotes. The phrase is then read as it is without the body (a nominal)."""
    root = span.root
    if root.lemma_.lower() not in commissioned_text_nouns() or root.pos_ != "NOUN":
        return False
    fors = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "for" and c.i >= span.start]
    if not fors:
        return False
    inside = set()
    for c in fors:
        inside.update(range(c.left_edge.i, c.right_edge.i + 1))
    named = [t for t in span if t.ent_type_ and t.i != root.i]
    return bool(named) and all(t.i in inside for t in named)


def _joined_part(ent: Span) -> bool:
    """Whether the entity is only a part of a longer name written as one word: joined by a hyphen or a slash with
    no space to a word before or after it ("ZANU" of "ZANU-PF", the ruling party, not the liberation movement
    Phoenix's "ZANU" row codes; "Unicef" of "Unicef-backed" is a premodifier, not a mention), or glued to a word
    ("MI5s"). A dictionary's row names the whole word, not a part the model cut from it: compound names are
    hyphenated as one name (AP Stylebook, "hyphen": compound modifiers and proper names joined by hyphens are one
    unit; CGEL ch. 19, compounds written solid or hyphenated are single lexemes). Not "'s" (a possessive)."""
    doc = ent.doc
    if ent.end < len(doc) and not doc[ent.end - 1].whitespace_:
        nxt = doc[ent.end]
        if nxt.text in DASHES | {"/"}:
            if not nxt.whitespace_ and ent.end + 1 < len(doc) and doc[ent.end + 1].text[:1].isalnum():
                return True
        elif nxt.text[:1].isalnum():
            return True
    if ent.start > 0 and not doc[ent.start - 1].whitespace_:
        prev = doc[ent.start - 1]
        if prev.text in DASHES | {"/"}:
            if ent.start > 1 and not doc[ent.start - 2].whitespace_ and doc[ent.start - 2].text[-1:].isalnum():
                return True
        elif prev.text[-1:].isalnum():
            return True
    return False


def _person_names(ents) -> tuple[set[str], set[str]]:
    """The surnames and the full names of the persons named in full by these entities."""
    surnames, persons = set(), set()
    for ent in ents:
        toks = _clean_name(ent)
        if len(toks) > 1:
            surnames.add(toks[-1].text)
            persons.add(name_text(toks))
    return surnames, persons


def _juxtaposed_noun(name: Token) -> Token | None:
    """The noun an appositive name stands in apposition to: the word right before the name's phrase, past
    punctuation ("his wife, Marisol"), whichever noun the parse hung it on. Appositives are juxtaposed (Quirk et
    al. 1985, 17.65): "his uncle, Bram, and fiancee, Corisande" makes Corisande the fiancee, and "her husband,
    X, who sold homes through their company, Y" does not make Y the husband."""
    i = name.left_edge.i - 1
    while i >= 0 and name.doc[i].is_punct:
        i -= 1
    return name.doc[i] if i >= 0 else None


def _classified_as_a_body(ent: Span) -> bool:
    """A name in apposition to a noun that classifies a body (`organization_nouns`), the noun before it: close
    ("the British rock band X", "the state news agency X") or loose, set off by punctuation ("an extremist
    alliance, X"; "rebel factions in Ghouta - X and Y"). Appositives corefer and share their kind of referent
    (Quirk et al. 1985, 17.65-17.93). The noun agrees in number with what it classifies: a singular noun one name,
    a plural noun a list of names ("a squad, X and Y" names the squad's members, persons). A loose appositive's noun
    is no object of a preposition ("a member of the band, X": the member) and no quotation mark stands between."""
    tok = ent.root
    listed = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "appos":
        return False
    noun = tok.head
    if noun.i >= ent.start or noun.pos_ != "NOUN" or noun.lemma_.lower() not in organization_nouns():
        return False
    if (noun.tag_ == "NNS") != listed:
        return False
    between = ent.doc[noun.i + 1: tok.left_edge.i]
    if any(t.is_quote for t in between):
        return False
    if any(t.pos_ == "NOUN" for t in between):
        return False  # a common noun between is the name's nearer head ("his band and collaborator X", "the house
        # of investor X"): the name is its appositive, not the body noun's (actkind44b)
    loose = any(t.is_punct for t in between)
    return not (loose and noun.dep_ == "pobj")


def _surname_part(word: str) -> str:
    """A surname without the Arabic article glued to it ("al-Hams" -> "Hams"; name_articles.txt)."""
    head, dash, rest = word.partition("-")
    return rest if dash and rest and head.lower() in resources.words("name_articles.txt") else word


def _bare_subject_names(doc: Doc) -> set[str]:
    """The capitalized one-word proper nouns that stand alone as a clause's subject, no entity of another kind and
    no part of a longer name ("Hams expressed ..."): where news names a person again by the surname alone."""
    out = set()
    for t in doc:
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.pos_ != "PROPN" or not t.text[:1].isupper():
            continue
        if t.ent_type_ not in {"", "PERSON"} or any(c.dep_ in {"compound", "amod", "det"} for c in t.children):
            continue
        if t.i and (doc[t.i - 1].text == "-" or doc[t.i - 1].pos_ == "PROPN"):
            continue
        out.add(t.text)
    return out


def _firm_code(ent: Span) -> str | None:
    """The code of a firm named by its trade with its country ("Dutch pharmaceutical firm X", "Kuwait state gas
    firm X"): the country the noun's own phrase names (a demonym or a country's name before the noun) and BUS, as
    actors_guardian.md codes a firm the text names by its trade (Phoenix's agents dictionary: company BUS; no
    country the text does not give). None for a body noun of another kind, or a firm's phrase that names no
    country (the code stays as the dictionaries give it)."""
    tok = ent.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    noun = tok.head
    if noun.lemma_.lower() not in firm_nouns():
        return None
    country = actor_codes.country_in(" ".join(t.text for t in ent.doc[noun.left_edge.i: noun.i]))
    return country + "BUS" if country else None


# Nouns of a firm that also name an activity of trade (WordNet 3.0 business: besides the enterprise, noun.act senses
# "the activity of providing goods and services" and "line of work"): in apposition they may say what a body does,
# not that it is a firm ("<name>, the abortion business", a charity so called by its critics), so `_firm_phrase_code`
# does not read them.
TRADE_NOUNS = frozenset({"business"})


def _firm_phrase_code(doc: Doc, start: int, end: int) -> str | None:
    """The code a noun of a firm (firm_nouns.txt: company, firm, corporation) gives the name at [start, end): BUS, with
    the country the noun's own phrase names ("a Dutch company" NLDBUS; Phoenix's agents dictionary: company BUS; the
    labels: a firm with no country the text gives takes its sector alone), where the noun is set in apposition to the
    name, either way round and juxtaposed ("<name>, a <place> software company"; "the firm that hired them - <name>";
    "the law firm <name>"), or is the predicate of a copula whose subject is the name ("<name> is a young company", not
    "is not"). Appositives, and a copula's subject and its predicate noun, corefer and share their kind of referent
    (Quirk et al. 1985, 17.65, 10.8). Else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    nouns = []
    for c in root.children:
        if c.dep_ == "appos" and c.i >= span.end and all(t.is_punct for t in doc[span.end:c.left_edge.i]):
            nouns.append(c)  # the appositive right after the name, past punctuation
        elif c.dep_ == "compound" and c.i == span.start - 1:
            nouns.append(c)  # "the law firm <name>": the noun right before the name, outside it
    if root.dep_ == "appos" and root.head.i < span.start:
        j = root.left_edge.i - 1
        while j > root.head.i and doc[j].is_punct:
            j -= 1
        if j >= root.head.i and doc[j] in root.head.subtree:
            nouns.append(root.head)  # the noun's phrase ends right before the name
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in root.head.children):
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    nouns += filter(None, [_loose_appositive(doc, span.end)])
    for noun in nouns:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in firm_nouns() - TRADE_NOUNS:
            # the noun's own premodifiers, none of the name's words ("<name>, a Dutch company")
            first = max(noun.left_edge.i, span.end) if noun.i >= span.end else noun.left_edge.i
            country = actor_codes.country_in(" ".join(t.text for t in doc[first: noun.i]))
            return country + "BUS" if country else "BUS"
    return None


def _firm_role_code(doc: Doc, start: int, end: int) -> str | None:
    """BUS where the text gives the name at [start, end) a firm's role (data/firm_roles.tsv): the subject of a verb of
    selling that sells something ("<name> sells into ninety countries"; not sell.v.02's "<product> would sell for $80
    million", no object and a price after "for"), the subject of a verb of acquiring whose object is a holding in a
    firm ("<name> acquires 51% of the shares in ..."), the seller after "from" of a verb of acquiring or of its object
    ("the town is purchasing the shed from <name>"; the verb no noun misread, "a $1 million ad buy from <name>"), or
    the possessor or compound modifier of a noun of a firm's premises or holders ("<name> stores", "<name>'s
    shareholders"; not a street's name, "a <name> Avenue store": where the store is; not the name of premises named
    as where something happens, `_premises_as_a_place`). BUS alone: the country the text gives is read by
    ActorIndex._firm_role_reads (round 53, actbus53; round 54, actbus54). Else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    roles, root = resources.words_by_kind("firm_roles.tsv"), span.root
    head, lemma = root.head, root.head.lemma_.lower()
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if root.dep_ == "nsubj" and head.pos_ == "VERB":
        if lemma in roles.get("seller", ()) and (objects or not any(c.lower_ == "for" for c in head.children)):
            return "BUS"
        if lemma in roles.get("buyer", ()) and any(
                t.lemma_.lower() in roles.get("share", ()) and t.pos_ == "NOUN" for c in objects for t in c.subtree):
            return "BUS"
    if root.dep_ in {"poss", "compound"} and head.pos_ == "NOUN" and head.i >= span.end \
            and lemma in roles.get("owned", ()) and span[-1].lower_.rstrip(".") not in place_use.road_heads() \
            and not (root.dep_ == "compound" and _premises_as_a_place(head, roles)):
        return "BUS"
    if root.dep_ == "pobj" and head.lower_ == "from":
        buyer = head.head if head.head.pos_ == "VERB" else head.head.head if head.head.dep_ == "dobj" else None
        if buyer is not None and buyer.pos_ == "VERB" and buyer.dep_ not in _NOUN_SLOTS \
                and buyer.lemma_.lower() in roles.get("buyer", ()):
            return "BUS"  # the seller ("purchasing the shed from <name>")
    return None


def _premises_as_a_place(noun: Token, roles: dict[str, frozenset[str]]) -> bool:
    """Whether a noun of a firm's premises a name premodifies ("the <name> store") names them as where something
    happens: the noun's phrase (the noun, or the compound it heads: "the <name> store parking lot") is the object of a
    preposition of place or of a verb of filling or entering (firm_roles.tsv place_prep, place_verb: "at the <name>
    store", "a window at the <name> dealership", "filled the <name> store"), and picks no one of several outlets (the
    noun singular, no "a"/"an", no road's name after it: "a <name> store", "the <name> store on <name> Road" name a
    chain before one of its outlets, an actor). The premises so named are an institution as a place, `none`
    (actors_guardian.md, "at the Ka3kaya Cafe"; round 53's blind verdict on actbus53, round 54, actbus54)."""
    phrase = noun
    while phrase.dep_ == "compound" and phrase.head is not phrase:
        phrase = phrase.head
    gov = phrase.head
    if not (phrase.dep_ == "pobj" and gov.lower_ in roles.get("place_prep", ())
            or phrase.dep_ == "dobj" and gov.pos_ == "VERB" and gov.lemma_.lower() in roles.get("place_verb", ())):
        return False
    if noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in phrase.children):
        return False  # several outlets, or one of them
    return not any(c.dep_ == "prep" and t.dep_ == "pobj" and t.lower_.rstrip(".") in place_use.road_heads()
                   for c in phrase.children for t in c.children)


def _country_before(doc: Doc, start: int, end: int) -> str | None:
    """ISO3 of the country the text gives a body before its name at [start, end): a country's name as the possessor
    of the name's phrase, or a country's name or demonym premodifying it ("Costa Rica's <name>", "the Dutch <name>";
    the possessor or premodifier a proper noun or an adjective, not "the U.S. government's <name>"), else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for c in span.root.lefts:
        if c.i < span.start and c.dep_ in {"poss", "amod", "compound", "nmod"} and c.pos_ in {"PROPN", "ADJ"}:
            country = actor_codes.country_in(" ".join(t.text for t in c.subtree if t.dep_ != "case"))
            if country:
                return country
    return None


# A word's dependency in a noun's slot: a "verb" there is a noun misread ("part of a $1 million ad buy").
_NOUN_SLOTS = {"pobj", "dobj", "nsubj", "nsubjpass", "attr", "compound", "appos"}


# What may stand between a loose appositive's article and its head noun: its premodifiers ("a privately held Dutch
# software company").
_PREMODIFIER_POS = {"ADJ", "NOUN", "PROPN", "ADV", "NUM"}


def _loose_appositive(doc: Doc, i: int) -> Token | None:
    """The head noun of a loose appositive noun phrase that starts right after a name ending before token i, read from
    the words, not the parse (a long sentence's parse may hang it elsewhere): a comma or a dash, an article, at most
    four premodifiers (adjectives, nouns, participles) and the head, no noun or possessive after it ("<name>, a company
    that makes ..."; not "<name>, a company spokesman", whose head is the spokesman). Else None."""
    if i + 2 >= len(doc) or doc[i].text not in {",", "-", "–", "—"} or doc[i + 1].lower_ not in {"a", "an", "the"}:
        return None
    for j in range(i + 2, min(i + 7, len(doc))):
        tok = doc[j]
        after = doc[j + 1] if j + 1 < len(doc) else None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in firm_nouns() - TRADE_NOUNS and (
                after is None or (after.pos_ not in {"NOUN", "PROPN"} and after.tag_ != "POS")):
            return tok
        if tok.pos_ not in _PREMODIFIER_POS and tok.tag_ not in {"VBN", "VBG", "HYPH"}:
            return None
    return None


def _said_of_a_thing(noun: Token) -> bool:
    """A relation noun whose possessor is "its" ("its corporate cousin", "its parent"): the relatum is of its
    anchor's kind, and "its" is the non-personal possessive pronoun: a firm's kin by metaphor (a parent company,
    a sister paper), not a person's."""
    return any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children)


def _apposed_to_a_body(ent: Span) -> bool:
    """A name in apposition to a noun of a body, either way round ("Trellis Dynamics, a company with ...",
    "its parent company, Trellis Dynamics")."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in body_nouns() for n in nouns)


def _bare_noun_phrase(tok: Token) -> bool:
    """A word that is a noun phrase of its own, a subject, with no determiner or modifier."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and not any(
        c.dep_ in {"det", "amod", "compound", "nummod"} for c in tok.children)


def _names_other_thing(word: str) -> bool:
    """A surname that is also a month, a day, a country, a capital or a curated organization ("May", "Jordan"):
    its untagged recurrences are not taken for the person."""
    return word.lower() in CALENDAR_WORDS | MONTHS or bool(lexicon.country_of_name().get(word.lower())) \
        or word in lexicon.capital_of() or word in lexicon.by_text()


def _names_state_act(head: Token) -> bool:
    """Whether the noun a country's demonym premodifies is the state's own act, plan, claim, wish, relations or arms
    ("Russian rhetoric", "American policy", "US-Russian relations"): the head itself, not a compound before it
    ("Syrian aid workers" are people)."""
    return head.pos_ == "NOUN" and (head.lower_ in state_act_heads() or head.lemma_.lower() in state_act_heads())


def _state_holder(tok: Token) -> bool:
    """Whether a demonym premodifies, directly and with no noun compounded between, a noun whose premodifier can
    only be its holder or agent (state_holder_heads.tsv: "Turkish fears", "his Turkish counterpart"), not its
    origin or its people ("under Chinese supervision", "the British fight" are no rows)."""
    head = tok.head
    if tok.dep_ not in {"amod", "compound"} or head.i <= tok.i or head.pos_ != "NOUN":
        return False
    if any(c.dep_ == "compound" and c.i > tok.i for c in head.children):
        return False
    return head.lemma_.lower() in state_holder_heads() or head.lower_ in state_holder_heads()


def _demonym_of_state_act(tok: Token) -> bool:
    """Whether a title word is a demonym before the state's own act or mission ("the head of Italian diplomatic
    mission, X"): no affiliation of the person, so that his nationality is read from it (nationality.py) and he
    keeps his state's code (ITA), as before the demonym stood for the state there (state_act_heads.tsv)."""
    return tok.dep_ in {"amod", "compound"} and tok.ent_type_ == "NORP" and _names_state_act(tok.head)


def _state_body_after(role: list[Token], after: list[Token]) -> list[Token]:
    """The words naming a state's body after the country that cut a title ("the Russian armed forces" of "the chief
    of the general staff of the Russian armed forces", "the US joint chiefs of staff" of "the chairman of the US
    joint chiefs of staff"), or [] when the title is not of that shape. The shape: the role before the country opens
    with a role noun (roles.txt) and ends in its "of" ("chief of the general staff of the", "chairman of the"), no
    Phoenix agent noun in it, and the words from the country on, up to a name, date or punctuation, name a
    body of the state's own sectors (Phoenix agents: "armed forces", "joint chiefs of staff" MIL). CAMEO codes a
    state's official by the sector of the body he heads or serves, so the title is read whole ("... of the Russian
    armed forces" RUSMIL). A role word qualified otherwise ("former", "father of a slain U.S. soldier", "adviser on
    Syria") is left as it was."""
    words = [t for t in role if not (t.pos_ in {"DET", "PART"} or t.is_punct)]
    if len(words) < 2 or words[-1].lower_ != "of" or words[0].lemma_.lower() not in role_words() \
            or actor_codes.sector_of(" ".join(t.text for t in role)):
        return []
    body: list[Token] = []
    for tok in after:
        if tok.is_punct or tok.ent_type_ in {"PERSON", "DATE"}:
            break
        body.append(tok)
    sector = actor_codes.sector_of(" ".join(t.text for t in body)) or ""
    return body if sector[:3] in actor_codes.STATE_SECTORS else []


def _names_peoples_body(tok: Token) -> bool:
    """Whether a demonym premodifies, directly or through the words joined to it ("Kurdish-Arab forces",
    "the Kurdish-majority coalition"), a noun of a people's forces or authorities (stateless_people_heads.txt), not
    one named organization ("the Kurdish YPG militia") nor one body described ("a Kurdish militia")."""
    heads = stateless_people_heads()
    head = tok
    for _ in range(3):
        if head.dep_ not in PREMODIFIER_DEPS or head.head.i <= head.i:
            return False
        head = head.head
        word = head.lower_ if head.lower_ in heads else head.lemma_.lower()
        if word in heads:
            break
    else:
        return False
    if heads[word] and head.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(c.ent_type_ == "ORG" and c.dep_ == "compound" for c in head.children) or head.ent_type_ == "ORG":
        return False
    return not (head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children))


@lru_cache(maxsize=1)
def _one_word_roles() -> frozenset[str]:
    """The one-word office nouns of data/roles.txt ("president", "ambassador", "spokesman")."""
    return frozenset(w for w in role_words() if " " not in w and "-" not in w)


def _office_key(title: str) -> str:
    """An office's words for comparison: lower case, "spokeswoman"/"spokesperson" as "spokesman", "defense" as
    "defence", hyphens as spaces ("vice-president")."""
    words = title.lower().replace("-", " ").split()
    words = ["spokesman" if w in {"spokeswoman", "spokesperson"} else "defence" if w == "defense" else w
             for w in words]
    return " ".join(words)


def _same_role(role: str, noun: str) -> bool:
    """A title `role` names the holder of the post a definite "the <noun>" refers to. For a local public post
    (data/local_public_posts.tsv: "the sheriff", "the mayor", "the governor") the post must be the title's head, held
    now (actor_codes.holds_post): "sheriff's deputy", "deputy sheriff", "the governor's chief of staff", "former
    governor" name another post or a past holder, never the sheriff or governor. The guard only takes matches away:
    a title the words below do not match stays unmatched ("incumbent Mayor X" is not "the new mayor")."""
    def stem(w: str) -> str:
        return re.sub(r"(man|woman|person)$", "", w)
    same = noun in role or stem(noun) == stem(role.split()[-1])
    if same and noun in actor_codes.local_person_posts():
        return actor_codes.holds_post(role, noun)
    return same


# String ids of the parse labels pronoun_links tests (hashes of the strings: the same in every vocabulary).
_PRON, _NOUN, _PROPN = (get_string_id(p) for p in ("PRON", "NOUN", "PROPN"))
_NOUNISH = {_NOUN, _PROPN}
_LOOKED_AT = {_NOUN, _PROPN, _PRON}
_RELATIVE_TAGS = {get_string_id(t) for t in ("WP", "WDT")}
_PLURAL_TAGS = {get_string_id(t) for t in ("NNS", "NNPS")}
_CONJ, _APPOS, _DET, _RELCL, _COMPOUND = (get_string_id(d) for d in ("conj", "appos", "det", "relcl", "compound"))
_INNER_DEPS = {get_string_id(d) for d in ("compound", "amod", "nmod")}
_NUMERIC_ENT_IDS = {get_string_id(e) for e in NUMERIC_ENTS}
_DEFINITE_IDS = {get_string_id(w) for w in DEFINITE_DETS}


@dataclass(frozen=True)
class _ParseArrays:
    """A document's parse as lists of string ids and relative heads, read by pronoun_links instead of Token
    objects (the same answers, in a fraction of the time), with the heads of conjuncts, of definite determiners
    and of appositions found in one pass."""
    pos: list[int]
    tag: list[int]
    dep: list[int]
    ents: list[int]
    heads: list[int]  # relative: the head of token i is i + heads[i]
    conj_heads: set[int]
    definite_heads: set[int]
    appos_children: dict[int, list[int]]

    @classmethod
    def of(cls, doc: Doc) -> _ParseArrays:
        if not len(doc):
            return cls([], [], [], [], [], set(), set(), {})
        pos, tag, dep, low = doc.to_array([POS, TAG, DEP, LOWER]).T.tolist()
        heads = doc.to_array(HEAD).astype("int64").tolist()
        conj_heads: set[int] = set()
        definite_heads: set[int] = set()
        appos_children: dict[int, list[int]] = {}
        for i, rel in enumerate(heads):
            if rel == 0:
                continue
            if dep[i] == _CONJ:
                conj_heads.add(i + rel)
            elif dep[i] == _APPOS:
                appos_children.setdefault(i + rel, []).append(i)
            elif dep[i] == _DET and low[i] in _DEFINITE_IDS:
                definite_heads.add(i + rel)
        return cls(pos, tag, dep, nlp.column(doc, ENT_TYPE), heads, conj_heads, definite_heads, appos_children)


@dataclass
class _Cand:
    """A noun phrase a pronoun may point back to: its head token, its actor (None: a phrase no actor was found in)
    and its number."""
    tok: Token
    actor: str | None
    plural: bool
    coordinated: bool = False  # one conjunct of "X, Y and Z"
    whole: bool = False  # the coordination "X, Y and Z" itself
    noun: Token | None = None  # for a relative pronoun, the noun it stands for
    # read once when the candidate is made, not at each pronoun that weighs it (`_salient`, `_agrees`): the head
    # token's index, and the lower-cased lemma and the part of speech of the noun it stands for (`noun`, else `tok`)
    i: int = field(init=False, repr=False, compare=False)
    lemma: str = field(init=False, repr=False, compare=False)
    pos: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.i = self.tok.i
        word = self.noun or self.tok
        self.lemma = word.lemma_.lower()
        self.pos = word.pos_


@lru_cache(maxsize=1)
def person_nouns() -> set[str]:
    """Nouns of a person (roles, kinship and the plain ones): a plain "the official" competes for "he"."""
    return role_words() | kinship_words() | {"man", "woman", "boy", "girl", "person", "child", "teenager",
                                             "player", "fan", "resident", "victim", "suspect", "worker"}


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """A name's words, lowercased, without "of", "the", "and", "for" (_describe matches head nouns to them)."""
    return frozenset({w.lower() for w in re.findall(r"\w+", name)} - {"of", "the", "and", "for"})


def _sentence_numbers(doc: Doc) -> list[int]:
    """Each token's sentence number, as doc.sents counts them (a sentence starts at token 0 and at every later
    token whose SENT_START is 1), from one array instead of the sentence spans."""
    if not len(doc):
        return []
    starts = doc.to_array("SENT_START") == 1
    starts[0] = False
    return starts.cumsum().tolist()


_COMPLEMENT_DEP_IDS = frozenset(get_string_id(d) for d in ("ccomp", "parataxis", "xcomp"))


def _in_complement(i: int, verb: int, rel_heads: list[int], deps: list[int]) -> bool:
    """Whether token i lies in a clausal complement of token `verb` (its reported content: "'...,' it said"), not
    in a preposed adverbial clause ("When I asked X about it, he ..." may be X). Reads the document's HEAD
    (relative) and DEP arrays and walks the ancestors as Token.ancestors does (at most len(doc) steps)."""
    prev, steps, n = i, 0, len(rel_heads)
    while rel_heads[i] != 0 and steps < n:
        i += rel_heads[i]
        if i == verb:
            return deps[prev] in _COMPLEMENT_DEP_IDS
        prev, steps = i, steps + 1
    return False


def _conj_head(tok: Token) -> Token:
    """The token whose role a phrase shares: the first conjunct of a coordination, the noun an appositive renames,
    the quantity of "thousands of people" (the numeral is the subject)."""
    while tok.head.i != tok.i:  # spaCy makes a new Token per access, so `tok.head is not tok` was always true
        if tok.dep_ in {"conj", "appos"}:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.pos_ == "NUM" or tok.head.head.lemma_.lower() in QUANTITY_HEADS):
            tok = tok.head.head
        else:
            break
    return tok


def _gender_from_nouns(tok: Token, actor: Actor | None) -> str | None:
    """A person's sex from a sex-specific noun the text gives them (WordNet's female/male person nouns: "X, a
    24-year-old woman", "actress X", "X's widow" is not X but "the widow, X" is; and the role "spokeswoman")."""
    if actor is None or actor.kind != "person":
        return None
    words = [c.lemma_.lower() for c in tok.children if c.dep_ in {"appos", "compound"}]
    if tok.dep_ == "appos":
        words.append(tok.head.lemma_.lower())
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        words += [c.lemma_.lower() for c in tok.head.children if c.dep_ == "attr"]
    words += (actor.role or "").lower().split()
    for w in words:
        if w in FEMALE_NOUNS:
            return "f"
        if w in MALE_NOUNS:
            return "m"
    return None


def _plural_pronoun(low: str) -> bool:
    return low in GROUP_PRONOUNS


def _role(tok: Token) -> str:
    if tok.dep_ in SUBJECT_DEPS:
        return "subject"
    if tok.dep_ in {"dobj", "attr", "oprd"}:
        return "object"
    return "other"


def _role_weight(tok: Token) -> int:
    """Lappin and Leass's grammatical weights of a phrase's head: subject 80, direct object 50, indirect object
    or oblique 40 (a possessor takes its noun's: "X's message was one of bravado. '...,' he said" is X, as
    Hobbs's left-to-right search finds it); head noun emphasis 80 (not a possessor, compound or appositive
    inside another phrase, nor the object of a preposition on a noun); non-adverbial 50 (not the object of a
    preposition on a verb)."""
    role = _role(tok.head) if tok.dep_ == "poss" else _role(tok)
    w = {"subject": 80, "object": 50}.get(role, 40 if tok.dep_ in {"dative", "pobj", "agent"} else 0)
    prep_head = tok.head.head if tok.dep_ == "pobj" else None
    embedded = tok.dep_ in {"poss", "compound", "appos", "nmod"} or (
        prep_head is not None and prep_head.pos_ in {"NOUN", "PROPN", "PRON"})
    adverbial = prep_head is not None and prep_head.pos_ in {"VERB", "AUX"}
    return w + (0 if embedded else 80) + (0 if adverbial else 50)


def _expletive_it(tok: Token) -> bool:
    """"It" as the dummy subject ("It is hard to ...", "it emerged that ...")."""
    verb = tok.head
    return tok.dep_ == "expl" or (tok.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ in {"acomp", "attr"} for c in verb.children) and any(
        c.dep_ in {"xcomp", "ccomp", "advcl"} for c in [*verb.children, *(
            g for c in verb.children if c.dep_ in {"acomp", "attr"} for g in c.children)]))


def _lands(ents, actors: list[Actor]) -> set[str]:
    """ISO3 of the states an article brings in, for a state's body named without its country: its country actors,
    and its place and people names read as a country's name or demonym ("Kenya", "Kenyan") or as a constituent
    state of a federation ("Kentucky": data/federations.tsv, state_posts.federated_state). Not a capital ("Athens"
    is a town in Georgia too) nor a unitary state's province (the gazetteer's ADM1 "Berea", "Charlotte" are towns
    elsewhere), nor a name inside another proper name ("the Malaysian Kitchen": a capitalised word right before and
    after it)."""
    iso3 = lexicon.iso3_of()
    out = {a.code[:3] for a in actors if a.kind == "country" and a.code}
    for ent in ents:
        if ent.label_ not in {"GPE", "NORP", "LOC"} or _inside_a_name(ent):
            continue
        text = _strip_det(nlp.span_text(ent))
        iso2 = lexicon.country_of_name().get(text.lower()) or state_posts.federated_state(text)
        if iso2 and iso3.get(iso2):
            out.add(iso3[iso2])
    return out


def _written_as_a_party(text: str, name: str) -> bool:
    """Whether the text also writes the name before "party" ("the Congress party"): a political party, which CAMEO
    codes PTY, not the state's chamber its name may also be."""
    return re.search(rf"\b{re.escape(name)}\s+[Pp]arty\b", text) is not None


def _inside_a_name(ent: Span) -> bool:
    """A name with a capitalised word right before it (not a sentence's first) and right after it: part of a longer
    proper name the model did not tag."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return before is not None and after is not None and not before.is_sent_start \
        and before.text[:1].isupper() and after.text[:1].isupper()


def _party_position(tok: Token) -> bool:
    """Whether a body's mention (its root; a list's or an apposition's first) is an actor's or a party's: the
    subject or the agent of a verb ("the Ministry said", "was approved by the Senate"), a possessor ("the Army's
    soldiers"; not of a place's noun, "the Academy's campus"), a verb's object not of motion ("the governor
    asked the Legislature"; not of presence, "attended the Academy"), the source of "according to", or the body
    of a person, by title or by name (PARTY_PREPS: "a spokesman for the Ministry", "Col. <name> from the
    Office"). Not the object of a preposition of place ("at the Memorial", "outside the Ministry") nor a
    premodifier ("a Navy petty officer", "a Cabinet slot"): no actor there."""
    while tok.dep_ in {"conj", "appos"} and tok.head is not tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if tok.dep_ == "poss":
        return head.lemma_.lower() not in PLACE_NOUNS | FACILITY_NOUNS
    if tok.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() not in MOTION_VERBS | PRESENCE_VERBS
    if tok.dep_ != "pobj":
        return False
    member = head.head
    return head.dep_ == "agent" or (head.lower_ == "to" and member.lower_ == "according") \
        or (head.lower_ in PARTY_PREPS and (member.ent_type_ == "PERSON" or (
            member.pos_ == "NOUN" and member.lemma_.lower() in role_words())))

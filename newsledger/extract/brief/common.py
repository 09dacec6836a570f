"""What the brief's parts share: its settings, word classes, the parsed pieces (title and lead) and the
clauses they hold, and helpers over spaCy spans."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsledger import literal_gate, resources
from newsledger.model import Record

LEAD_SENTENCES = 4  # text sentences (after the title) that may hold the main event
MAX_WHO = 8  # tokens
MAX_WHAT = 8
MAX_WHERE = 7  # words ("Mazar-i-Sharif" is one)
MAX_WHY = 14
HOW_INSTRUMENT = 0.3  # bonus over the clause's score: an instrument or means ("with", "by")
LEAD_POS = 0.6  # position score of the first lead sentence (the title scores 1)
WHAT_POS = 0.8  # weight of position in a clause's score for what (0.5 for who)
NO_TITLE_DECAY = 0.3  # what's position score lost per lead sentence without a headline (0.1 with one): a later sentence
# loses 0.24, about what a named, most-mentioned subject adds (0.25)
DATELINE_CHARS = 300  # a dateline stands within the text's first characters (after a byline at most)
DATELINE_SCORE = 0.7  # a dateline's place: like a first-sentence place; a place the main event names wins
# penalties on a place's where score: a country standing for its state (metonymy, a guess from the parse), and a
# place said of a person ("X residents", "three adults from X": where they live or come from, stated outright)
NOT_EVENT_PLACE = 0.2
# a place of an earlier event, told as background (Reichenbach's tenses: a past perfect "had been carried out in X"
# lies before the story's past; a time distance "a year after the fall of X", "seven years ago in X")
EARLIER_PLACE = 0.2
PERSON_PLACE = 0.3
VEHICLE_WHO = 0.2  # penalty on a who score: a vehicle as the subject (the who is who it carried or who drove it)
WHY_LATER_SENTENCES = 8  # sentences after the lead searched for an explicit reason when the lead gives none
CHANNEL_SENTENCES = 6  # lead sentences searched for a statement's channel (it often follows the lead's claim)
MAX_CLAIMS = 3  # quotes in the summary
MAX_FIGURES = 5

_SUBJ = {"nsubj", "nsubjpass"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which", "there", "one",
             "these", "those", "him", "her", "them"}
_OBJ = {"dobj", "attr", "acomp", "oprd", "dative", "xcomp", "ccomp"}
_CUT = {"relcl", "acl", "advcl", "punct", "cc", "conj", "appos", "parataxis", "mark"}
_BOILER = re.compile(r"subscri|newsletter|click to share|opens in new window|image copyright|image caption|"
                     r"cookie|sign up|follow us|read more|all rights reserved|\bembed\b|loading\.\.\.",
                     re.IGNORECASE)
# a sentence without one of the boilerplate phrases' literal words is not searched (newsledger.literal_gate)
_BOILER_GATE = literal_gate.gate(_BOILER)
_CAUSE_PHRASE = [  # (regex on the lowered text, strength)
    (re.compile(r"\b(?:because of|due to|owing to|as a result of|thanks to|in retaliation for|in revenge for|"
                r"in response to|in protest (?:at|against|over)|in an? (?:attempt|effort|bid) to)\s"), 1.0),
    # purpose idioms, the phrase kept with its "to" ("as a way to say thanks"): dictionary purpose connectives
    (re.compile(r"\b(?:as a (?:way|means)|in order|so as)\s(?=to\s)"), 1.0),
    (re.compile(r"\bbecause\s(?!of\b)"), 1.0),
    # the reason an arrest or a charge states: police-report idioms ("arrested on suspicion of X", "held in
    # connection with the killing"); the weaker one only before an event or a situation
    (re.compile(r"\b(?=on suspicion (?:of|that)\s)"), 1.0),
    (re.compile(r"\bin connection with\s"), 0.8),
    (re.compile(r"\b(?:amid|over|after|following|since)\s"), 0.6),
]
_CAUSE_WORDS = {"revenge", "retaliation", "reprisal"}
# verbs whose "for" phrase is the reason (an offence, a merit: "fined for speeding", "praised for its courage"):
# VerbNet's judgement class (judgment-33: praise, punish, fine, sue, thank, ...; "blame" has its own rule: "blamed
# X for Y" names the cause first) and the police and court
# verbs of arrest and sentence that take the same "for" reason (detain-type and the COERCE/CAMEO 17x acts)
_FOR_REASON = frozenset({
    "acclaim", "applaud", "castigate", "celebrate", "censure", "chastise", "commend", "compliment",
    "condemn", "congratulate", "criticise", "criticize", "denounce", "excuse", "fault", "fine", "forgive", "honor",
    "honour", "impeach", "mock", "pardon", "penalise", "penalize", "praise", "prosecute", "punish", "rebuke",
    "reprimand", "reproach", "reward", "ridicule", "salute", "scold", "sue", "thank", "arrest", "detain", "jail",
    "imprison", "convict", "sentence", "stop", "cite", "ticket", "charge", "indict", "suspend", "sack", "fire",
    "ban", "expel", "investigate", "hold", "want", "apologise", "apologize", "recall"})
# verbs of arrest and arraignment (the police and court verbs of _FOR_REASON): a headline's "X charged with Y",
# "X jailed for Y" is about X, the one the story follows, whoever charged or jailed them
ARRAIGN = frozenset({"arrest", "detain", "jail", "imprison", "convict", "sentence", "charge", "indict", "fine",
                     "accuse", "suspend", "sack", "fire"})
_CAUSE_NOUNS = {"catalyst", "cause", "reason", "trigger", "motive", "driver"}  # "X was the cause": X is why
# causative phrasal verbs and their preposition: the subject is the event that brought the outcome about ("a
# traffic stop leads to charges", "the dispute resulted in a strike"; WordNet's lead/result-in "cause" senses)
_CAUSATIVE_PREP = {"lead": "to", "result": "in"}
_CAUSED_BY = {"drive", "cause", "prompt", "trigger", "spark", "fuel", "motivate", "inspire", "provoke"}
_FEELINGS = {"disappoint", "disappointed", "angry", "furious", "upset", "frustrate", "frustrated", "outrage",
             "outraged", "anger", "annoy", "annoyed", "unhappy", "dissatisfied", "concerned", "worried", "worry"}
_MOVES = _FEELINGS | {"stun", "surprise", "shock", "impress", "delight", "amaze", "astonish", "thrill", "infuriate",
                      "enrage", "dismay", "anger", "please", "embarrass", "horrify"}  # "X stuns Y by doing Z"
# buildings a local report places its event at ("at an X County residence", "X's Y Restaurant"): nouns whose first
# WordNet 3.0 sense is a structure or facility (structure.n.01: restaurant, apartment, store/shop, factory, library,
# theater; facility.n.01: warehouse, museum) or a point location (geographic_point.n.01: residence, farm; cemetery);
# "house" left out ("the House", "the White House" name bodies), "home" too ("went home"). They extend the phrase
# of a place the text names; a business's name ending in one ("X Donut Shop") names the business as much as the
# building and is no place by itself (Where._fac_entities)
_BUILDING_NOUNS = {"residence", "apartment", "restaurant", "store", "shop", "farm", "factory", "warehouse", "cemetery",
                   "library", "museum", "theater", "theatre"}
_PLACE_NOUNS = {"city", "town", "village", "province", "county", "state", "district", "region", "capital", "suburb",
                "suburbs", "area", "valley", "station", "stop", "airport", "circuit", "track", "stadium", "street",
                "road", "avenue", "square", "port", "island", "border", "neighbourhood", "neighborhood", "borough",
                "prefecture", "municipality", "township", "coast", "headquarters", "consulate", "embassy", "underpass",
                "tunnel", "bridge", "junction", "terminal", "field", "park", "market", "mall", "hotel",
                # buildings and roads named after their place ("X Town Hall", "Old X Highway"): GeoWebNews
                # annotates such facility names as literal locations
                "hall", "church", "mosque", "hospital", "school", "prison", "courthouse", "highway", "motorway",
                "camp", "base"} | _BUILDING_NOUNS
# the place nouns that name a site rather than an area (GeoNames feature classes S, spots and buildings, and R,
# roads): "a refugee camp in eastern X", "the Y stop in X" place the event more precisely than X alone
_SITE_NOUNS = _PLACE_NOUNS - {"city", "town", "village", "province", "county", "state", "district", "region",
                              "capital", "suburb", "suburbs", "area", "valley", "island", "border", "coast",
                              "neighbourhood", "neighborhood", "borough", "prefecture", "municipality", "township"}
_CIRCUMSTANCE = {"after", "before", "as", "since", "despite", "amid", "following", "during", "while", "because",
                 "until", "like", "than", "ahead", "with", "without", "by", "of", "for", "over", "from"}
_OUTCOME = {"kill", "die", "injure", "wound", "hurt", "spark", "upset", "anger", "outrage", "cause", "leave",
            "trigger", "prompt", "provoke", "fuel", "halt", "arrest", "face", "suffer", "treat", "hospitalise",
            "hospitalize", "survive"}
_LIGHT = {"be", "have", "remain", "get", "make", "take", "do", "go", "come", "become", "seem", "appear", "use",
          "set", "show", "need", "want", "try", "begin", "start", "continue"}
_NOT_MANNER = {"only", "early", "likely", "reportedly", "allegedly", "finally", "currently", "apparently",
               "initially", "formally", "momentarily", "previously", "recently", "already", "also",
               # -ly adverbs that focus, grade, hedge, or place in time or frequency rather than tell the manner
               # (Quirk et al. 1985: subjuncts, disjuncts, time and frequency adjuncts)
               "simply", "merely", "really", "actually", "certainly", "clearly", "probably", "possibly", "obviously",
               "largely", "mostly", "partly", "nearly", "fully", "particularly", "especially", "mainly", "entirely",
               "completely", "totally", "hardly", "barely", "roughly", "exactly", "precisely", "immediately",
               "subsequently", "eventually", "ultimately", "originally", "lately", "shortly", "usually", "normally",
               "typically", "generally", "increasingly", "repeatedly", "regularly", "frequently", "occasionally",
               "rarely", "seemingly", "supposedly", "purportedly", "presumably", "understandably", "surely",
               "truly", "newly", "fairly", "relatively", "slightly", "highly", "deeply", "strongly", "firmly",
               "nationally", "locally", "internationally", "daily", "weekly", "monthly", "yearly", "annually"}
_NOT_IN_WHAT = {"also", "then", "now", "later", "today", "already", "reportedly", "allegedly", "apparently",
                "initially", "previously", "recently", "currently", "when", "where", "how", "why", "so", "just",
                "however", "meanwhile", "yesterday", "tonight", "again", "once"}
_INSTRUMENT = {"with", "by", "using", "via", "through"}
# prepositions that put a statement on a channel ("in a statement", "during a speech", "on Twitter", "at a news
# conference", "via video link"): the quotes extractor's channel cues, narrowed to prepositional phrases
_CHANNEL_PREPS = {"in", "during", "on", "at", "via", "through", "over"}
# broadcast programmes a statement is made on ("speaking on X's Y Show"), beside the channels of data/channels.txt
_PROGRAMMES = ("show", "programme", "program", "documentary", "debate")
# verbs whose "with" phrase is their partner, an argument and not a circumstance ("meets with X", "clashed with
# X"): VerbNet's social-interaction classes (meet-36.3, talk-37.5, correspond-36.1, battle-36.4, amalgamate-22.2)
_WITH_PARTNER = {"meet", "talk", "speak", "confer", "consult", "negotiate", "agree", "disagree", "argue",
                 "quarrel", "clash", "fight", "battle", "wrestle", "spar", "side", "cooperate", "collaborate",
                 "correspond", "communicate", "merge", "collide", "reconcile", "break", "split", "part"}
# a time's approximation is part of the time a reader gives ("about 6.10am", "shortly after midnight"; TIMEX2
# extents include such modifiers)
_TIME_APPROX = {"about", "around", "approximately", "roughly", "nearly", "almost", "some", "circa"}
_TIME_NEAR = {"shortly", "just", "soon", "sometime", "right"}  # before "after"/"before"
_INCIDENT = {"crash", "derailment", "collision", "accident", "explosion", "blast", "attack", "bombing", "shooting",
             "stabbing", "fire", "blaze", "earthquake", "quake", "flood", "landslide", "avalanche", "storm",
             "hurricane", "typhoon", "tsunami", "eruption", "shipwreck", "sinking", "disaster", "siege", "massacre",
             "riot"}
# vehicles (WordNet's conveyance class, the ones news tells of): the means of a journey ("fled in a dinghy") and,
# as the subject of an incident ("tram overturns", "bus plunged"), no who: the who is the people it happened to
# or who acted (Giveme5W1H's who is a person or an organisation)
_VEHICLES = frozenset({"convoy", "motorcade", "car", "truck", "lorry", "van", "bus", "boat", "dinghy", "ferry",
                       "ship", "plane", "helicopter", "train", "tram", "taxi", "vehicle"})
# an event noun in an "in"/"through" phrase is the way the main event came about ("died in a collision", "approved
# in an online vote", "killed in a dawn raid"): the incidents above, the procedures a decision or an operation is
# carried out by (votes and ballots, raids and strikes, ceremonies) and vehicles; Giveme5W1H's how takes such phrases
_MEANS_EVENTS = frozenset(_INCIDENT | {
    "vote", "ballot", "referendum", "poll", "raid", "operation", "ambush", "airstrike", "strike", "assault",
    "offensive", "ceremony", "lottery", "auction", "ruling", "settlement", "lawsuit", "petition", "crackdown",
    "clash", "gunfight", "shootout", "pileup", "incident", "blaze", "rampage"} | _VEHICLES)
_MEANS_PREPS = {"in", "through"}
# the contest or procedure an outcome was reached through, in an "after"/"following" phrase ("has fallen to X after a
# gruelling four-month battle", "eliminated the Falcons after a 54-43 victory", "acquitted following a four-day
# trial", "reached a deal after weeks of talks"): nouns of FrameNet's Hostile_encounter, Attack, Trial, Discussion,
# Criminal_investigation and Finish_competition frames; an incident after which something happened is its cause
# (a why), not one of these
_PROCESS_EVENTS = frozenset({
    "battle", "fight", "fighting", "combat", "siege", "offensive", "campaign", "bombardment", "shelling",
    "talks", "negotiation", "negotiations", "deliberation", "deliberations", "debate", "meeting",
    "trial", "hearing", "vote", "ballot", "referendum", "investigation", "probe", "inquiry", "search", "manhunt",
    "chase", "pursuit", "standoff", "struggle", "victory", "win", "defeat", "loss", "game", "match"})
_PROCESS_PREPS = {"after", "following"}
_TIME_UNITS = {"hour", "day", "week", "month", "year", "decade"}
_TOLL = re.compile(r"(?i)(?:at least |more than |up to |about )?(?:\w+ )(?:\w+ )?(?:dead|killed|injured|hurt|wounded|"
                   r"die|dies|missing)(?: and (?:\w+ ){1,2}(?:dead|killed|injured|hurt|wounded|missing))? "
                   r"(?:after|as|when) (?P<tail>\w.*)$")
_UPDATE_VERBS = {"rise", "climb", "reach", "increase", "mount", "jump", "grow", "update", "confirm"}
_LOCATIVE = {"in", "at", "outside", "inside", "near", "on", "behind", "beside"}
# nouns for settlements and areas whose name follows with "of" ("the town of X"): GeoNames feature class P and
# the administrative divisions of class A
_SETTLEMENT_NOUNS = {"city", "town", "village", "hamlet", "province", "district", "region", "suburb", "county",
                     "neighbourhood", "neighborhood", "borough", "municipality", "township", "prefecture", "enclave"}
# compass parts of a place ("X's north-east", "the north of X"): the place itself, not something it owns
_DIRECTIONS = {"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast",
               "northwest", "southeast", "southwest", "centre", "center", "interior", "outskirts", "heartland"}
_PERSON_NOUNS = {"fan", "supporter", "player", "resident", "native", "man", "woman", "boy", "girl", "singer",
                 "star", "team", "club", "side", "born", "mp", "lawmaker", "senator", "governor", "mayor"}
# collective nouns for a country's people or forces that neither the role list nor the Phoenix agents dictionary
# holds in this form ("X forces", "X authorities", "X citizens": GeoWebNews's non-literal modifiers)
_AGENT_GROUPS = {"force", "authority", "citizen", "national", "people", "official", "troop", "soldier", "diplomat",
                 "leader", "voter", "investor", "consumer", "shopper", "customer", "worker", "student", "family",
                 # relational nouns naming states and groups as actors ("X's allies", "partners such as X")
                 "partner", "ally", "member", "neighbour", "neighbor", "rival", "enemy", "adversary", "donor"}
_GRAN = {"ref": 0, "century": 1, "decade": 2, "year": 3, "season": 3, "quarter": 3, "month": 4, "week": 5,
         "day": 6, "time": 7, "minute": 7, "hour": 7}
_PLACE_RANK = {"country": 0.4, "region": 0.5, "admin1": 0.7, "admin2": 0.8, "landform": 0.8, "city": 1.0,
               "airport": 1.0, "other": 0.8}


@dataclass
class Src:
    """A parsed piece the answers come from: the title (offsets index the title) or the text."""
    name: str  # "title" or "text"
    doc: Doc
    sents: list[Span]


@dataclass
class Clause:
    src: Src
    rank: int  # 0 = title, 1.. = lead sentences
    verb: Token
    subj: Token
    who: tuple[int, int]  # token indices [start, end)
    what: tuple[int, int]
    score: float = 0.0
    actor: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# -- helpers -----------------------------------------------------------------------------------------------------

def _speech_verbs() -> frozenset[str]:
    from newsledger.extract.quotes import speech_verbs

    return speech_verbs()


def agent_noun(tok: Token) -> bool:
    """A noun for people acting (for a place): the brief's person nouns, the role nouns (data/roles.txt) and the
    Phoenix agents dictionary's nouns (data/events/agents.tsv), buildings left out ("embassy" is a place)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma in _PLACE_NOUNS:
        return False
    from newsledger.resolve.actor_codes import agents

    return lemma in _PERSON_NOUNS or lemma in _AGENT_GROUPS or lemma in _roles() or lemma in agents()


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.words("roles.txt"))


def _trim_span(tokens: list[Token]) -> tuple[int, int] | None:
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ in {"cc", "punct"}):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ in {"cc", "case"}
                    or (toks[-1].pos_ in {"ADP", "CCONJ", "DET"} and toks[-1].dep_ != "prt")):  # "put prices up"
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].i, toks[-1].i + 1


def _subtree(tok: Token, cut: set[str] = _CUT, keep_first_prep: bool = True, limit: int = 99) -> list[Token]:
    """The token's subtree without the children whose relation is in `cut` (recursively), contiguous from the
    token: words past a cut child on the right are dropped."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in cut and not _word_hyphen(child):
            continue
        if child.dep_ == "prep" and not keep_first_prep:
            continue
        out.extend(_subtree(child, cut, True, limit))
    run = contiguous_run(out, tok)
    return run[:limit] if len(run) > limit else run


def contiguous_run(tokens: list[Token], tok: Token) -> list[Token]:
    """The tokens, in text order, of the unbroken run of positions around `tok` (a phrase's words past a gap left by
    a cut child are not part of it)."""
    out = sorted(tokens, key=lambda t: t.i)
    idx = [t.i for t in out]
    lo = hi = idx.index(tok.i)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi + 1 < len(idx) and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    return out[lo:hi + 1]


def _word_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("108-year", "three-week-old"): punctuation by its tag, part of the phrase."""
    doc = tok.doc
    return tok.text in {"-", "\u2010", "\u2011"} and tok.i > 0 and not doc[tok.i - 1].whitespace_ \
        and not tok.whitespace_ and tok.i + 1 < len(doc)


def time_phrase(tok: Token) -> bool:
    """A prepositional phrase that dates the event ("on Monday", "in 2009"): its object a time, which answers
    when."""
    return tok.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in tok.children)


def _before_time(toks: list[Token], head: Token) -> list[Token]:
    """The tokens before the first time phrase after `head` ("... without triggering the alarm on Sunday"): the
    time answers when, not how."""
    timed = next((t.i for t in toks if t.dep_ == "prep" and t.i > head.i and any(
        g.ent_type_ in {"DATE", "TIME"} for g in t.children)), None)
    return [t for t in toks if timed is None or t.i < timed]


def _argument_prep(verb: Token, prep: Token) -> bool:
    """Whether a preposition that usually opens a circumstance is the verb's argument here ("meets with X", the
    charge of "charged with X", "accused of X")."""
    return (prep.lower_ == "with" and verb.lemma_.lower() in _WITH_PARTNER) or legal_charge(verb, prep)


# verbs of accusing whose "with"/"of" phrase is the offence (VerbNet's judgment-33 and the charge senses of
# "charge", "accuse", "indict", "suspect", "convict", "acquit", "clear"): "charged with X" is a legal act, not a
# statement, though "charged that X" is one (the speech verbs list holds the words for their quote uses)
_CHARGE_VERBS = {"charge": "with", "accuse": "of", "indict": "on", "suspect": "of", "convict": "of",
                 "acquit": "of", "clear": "of"}


def legal_charge(verb: Token, prep: Token | None = None) -> bool:
    """Whether `verb` names its offence ("charged with drug dealing", "accused of fraud"): with `prep`, whether
    that preposition is the offence's."""
    want = _CHARGE_VERBS.get(verb.lemma_.lower())
    if want is None:
        return False
    preps = [prep] if prep is not None else [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    return any(p.head == verb and p.lower_ in {want, "with"} and p.i > verb.i for p in preps)


def _words(doc: Doc, start: int, end: int) -> int:
    """Words of doc[start:end] as a reader counts them: hyphenated and glued tokens are one word."""
    return len(doc[start:end].text.split())


def _glued(span: Span) -> Span:
    """The span grown over words glued to it without a space ("Mazar-i-" + "Sharif")."""
    doc, start, end = span.doc, span.start, span.end
    while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].is_alpha or doc[end].text == "-") \
            and (doc[end - 1].text.endswith("-") or doc[end].text == "-"):
        end += 1
    return doc[start:end]


def _whole_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole hyphenated words: spaCy splits "tug-of-war" or "Isis-held" at the hyphens, and a
    phrase ending or starting at such a split cuts a word ("are engaged in a tug")."""
    def joined(i: int) -> bool:  # token i is a hyphen written without spaces between two tokens
        return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
    while end < len(doc) - 1 and end > start and joined(end):
        end += 2
    while start > 1 and start < end and joined(start - 1):
        start -= 2
    return start, end


def _phrase(src: Src, span: tuple[int, int]) -> dict[str, Any]:
    s = src.doc[slice(*_whole_words(src.doc, *span))]
    out = {"text": s.text, "start": s.start_char, "end": s.end_char}
    if src.name == "title":
        out["in"] = "title"
    return out


def _is_boiler(sent: Span, text: str | None = None) -> bool:
    """`text`: what the sentence's doc parses (the article's text), sliced instead of rebuilding Span.text token by
    token. Fewer than four words is boilerplate too: counting stops at the fourth (the lead's sentences are long)."""
    body = text[sent.start_char:sent.end_char] if text is not None else sent.text
    boiler = (_BOILER_GATE is None or _BOILER_GATE.passes(body)) and _BOILER.search(body) is not None
    return boiler or next(islice((t for t in sent if t.is_alpha), 3, None), None) is None


def _published(record: Record) -> dt.date | None:
    p = record.article.published
    try:
        return dt.date.fromisoformat(str(p)[:10]) if p else None
    except ValueError:
        return None


def _value_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None



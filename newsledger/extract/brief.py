"""The article brief: the main event as who, what, when, where, why and how, and a short summary with evidence.

The 5W1H follow the Giveme5W1H idea (Hamborg et al.): candidates come from the title and the lead, where news
puts its main event, and are ranked by position, by how often the article mentions them, and by type.

- who/what: each clause of the title and of the first lead sentences with a nominal subject gives a candidate
  (subject phrase, verb phrase); a speech verb's reported clause is preferred to the "said" itself. Ranked by
  position (title first), the subject's mention count (actor index), whether it names an actor (a count such as
  "84 people" does not, unless it is the dead of a toll), and the shape of the phrases (pronouns and long
  phrases rank low).
- when: the record's time expressions (and the title's), dated ones near the publication date first, then by
  position and by precision (a time of day over a day over a month); a time that dates an update ("the toll
  rose to six Friday") ranks lower.
- where: the record's places (and the title's, and facility/location entities the gazetteer does not hold),
  extended to the phrase that holds them ("the northern city of X", "the Y stop in X"), ranked by position,
  mention count, being attached to the main event (a phrase on its verb, object or subject), and specificity.
  Names of resolved places found again where the tagger missed them, and names in the main event's locative
  phrase ("outside X Towers") are candidates too; origins ("adults from X") and supporters ("an X fan") are not
  event places. A place named early inside a broader one named early (a city in the headline's country, a
  suburb of a much bigger city nearby) takes the broader one's rank.
- what: the verb with its object and its first argument-like prepositional phrase ("blames loss on X"), not a
  time, cause or circumstance ("after ...", "as ..."); ranked with position weighing most (the headline states the
  main event); who keeps a ranking where mentions and names weigh more. Headline verbs parsed as nouns or with
  their subject as a compound ("X slams Y") get the name on their left as subject. A verbless toll headline
  ("Five dead after X overturns") is the what as a whole, and so is the incident a headline opens with before
  a colon ("Harbour ferry fire: captain arrested"); a passive's agent may sit on its event noun ("bombed in an
  attack by X": X is who, "Y bombed" is what). Coordinated names are one who; a thing named after its owner
  ("X bar shape change sparks anger") has the owner as who.
- why: causal markers ("because", "due to", "in retaliation for", "after", "over", "for <doing>", purpose
  "to <do>") in the title and lead, the clause or phrase they introduce: a noun phrase to its head and a close
  complement ("retaliation for X"), a clause without its own purpose, a purpose to its verb and object (never a
  name parsed as a verb). Also what a "blame" verb names ("blames X on Y", "blamed Y for X"; not a bare name),
  the agent of a causal passive ("driven by X"), the "as" clause of an event (without a pronoun subject; a
  toll's "killed as X" clause is the event itself), a feeling with what it is about ("was disappointed
  with X"), and what moved someone ("stuns Y by doing Z": Z, without its place or time).
- how: the main event's instrument ("with/by/using ...", coordinated means as one); else its action: the verb
  with an adjacent manner adverb or its particle, a coordinated verb and a short object; the "while doing"
  circumstance of an event. An outcome ("killed", "sparks outrage", "treated for injuries") happened by way of its cause: the action of
  the cause that is the outcome's subject where the lead restates it ("a decision to do X has upset fans"), the
  verb of its "as/after/when" clause, else the lead's first action verb.

Answers from the title carry "in": "title" and title offsets. Links: who -> actor id, when -> value,
where -> place id (null when the record has no such item).

The summary: the main event's sentence, the claims and who makes them (contradictions first, then the leading
quotes of distinct speakers), and the figures (quantities); each sentence with the ids of the record's events,
quotes, actors and places that support it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsledger.model import Article, Record

LEAD_SENTENCES = 4  # text sentences (after the title) that may hold the main event
MAX_WHO = 8  # tokens
MAX_WHAT = 8
MAX_WHERE = 7  # words ("Mazar-i-Sharif" is one)
MAX_WHY = 14
HOW_INSTRUMENT = 0.3  # bonus over the clause's score: an instrument or means ("with", "by")
HOW_MANNER = 0.2  # a manner adverb
LEAD_POS = 0.6  # position score of the first lead sentence (the title scores 1)
WHAT_POS = 0.8  # weight of position in a clause's score for what (0.5 for who)
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
_CAUSE_PHRASE = [  # (regex on the lowered text, strength)
    (re.compile(r"\b(?:because of|due to|owing to|as a result of|thanks to|in retaliation for|in revenge for|"
                r"in response to|in protest (?:at|against|over)|in an (?:attempt|effort|bid) to)\s"), 1.0),
    (re.compile(r"\bbecause\s(?!of\b)"), 1.0),
    (re.compile(r"\b(?:amid|over|after|following|since)\s"), 0.6),
]
_CAUSE_WORDS = {"revenge", "retaliation", "reprisal"}
_CAUSED_BY = {"drive", "cause", "prompt", "trigger", "spark", "fuel", "motivate", "inspire", "provoke"}
_FEELINGS = {"disappoint", "disappointed", "angry", "furious", "upset", "frustrate", "frustrated", "outrage",
             "outraged", "anger", "annoy", "annoyed", "unhappy", "dissatisfied", "concerned", "worried", "worry"}
_MOVES = _FEELINGS | {"stun", "surprise", "shock", "impress", "delight", "amaze", "astonish", "thrill", "infuriate",
                      "enrage", "dismay", "anger", "please", "embarrass", "horrify"}  # "X stuns Y by doing Z"
_PLACE_NOUNS = {"city", "town", "village", "province", "county", "state", "district", "region", "capital", "suburb",
                "suburbs", "area", "valley", "station", "stop", "airport", "circuit", "track", "stadium", "street",
                "road", "avenue", "square", "port", "island", "border", "neighbourhood", "neighborhood", "borough",
                "prefecture", "municipality", "township", "coast", "headquarters", "consulate", "embassy", "underpass",
                "tunnel", "bridge", "junction", "terminal", "field", "park", "market", "mall", "hotel"}
_CIRCUMSTANCE = {"after", "before", "as", "since", "despite", "amid", "following", "during", "while", "because",
                 "until", "like", "than", "ahead", "with", "without", "by", "of", "for", "over", "from"}
_OUTCOME = {"kill", "die", "injure", "wound", "hurt", "spark", "upset", "anger", "outrage", "cause", "leave",
            "trigger", "prompt", "provoke", "fuel", "halt", "arrest", "face", "suffer", "treat", "hospitalise",
            "hospitalize", "survive"}
_LIGHT = {"be", "have", "remain", "get", "make", "take", "do", "go", "come", "become", "seem", "appear", "use",
          "set", "show", "need", "want", "try", "begin", "start", "continue"}
_NOT_MANNER = {"only", "early", "likely", "reportedly", "allegedly", "finally", "currently", "apparently",
               "initially", "formally", "momentarily", "previously", "recently", "already", "also"}
_NOT_IN_WHAT = {"also", "then", "now", "later", "today", "already", "reportedly", "allegedly", "apparently",
                "initially", "previously", "recently", "currently", "when", "where", "how", "why", "so", "just",
                "however", "meanwhile", "yesterday", "tonight", "again", "once"}
_INSTRUMENT = {"with", "by", "using", "via", "through"}
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
             "stabbing", "fire", "blaze", "earthquake", "quake", "flood", "landslide", "avalanche", "storm", "hurricane",
             "typhoon", "tsunami", "eruption", "shipwreck", "sinking", "disaster", "siege", "massacre", "riot"}
_TOLL = re.compile(r"(?i)(?:at least |more than |up to |about )?(?:\w+ )(?:\w+ )?(?:dead|killed|injured|hurt|wounded|"
                   r"die|dies|missing)(?: and (?:\w+ ){1,2}(?:dead|killed|injured|hurt|wounded|missing))? "
                   r"(?:after|as|when) (?P<tail>\w.*)$")
_UPDATE_VERBS = {"rise", "climb", "reach", "increase", "mount", "jump", "grow", "update", "confirm"}
_LOCATIVE = {"in", "at", "outside", "inside", "near", "on", "behind", "beside"}
_PERSON_NOUNS = {"fan", "supporter", "player", "resident", "native", "man", "woman", "boy", "girl", "singer",
                 "star", "team", "club", "side", "born", "mp", "lawmaker", "senator", "governor", "mayor"}
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
    try:
        from newsledger.extract.quotes import speech_verbs
        return speech_verbs()
    except Exception:  # the quotes module is optional for the brief
        return frozenset({"say", "tell", "add", "claim", "announce", "state", "report"})


def _trim_span(tokens: list[Token]) -> tuple[int, int] | None:
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ in {"cc", "punct"}):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ in {"cc", "case"}
                    or toks[-1].pos_ in {"ADP", "CCONJ", "DET"}):
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].i, toks[-1].i + 1


def _subtree(tok: Token, cut: set[str] = _CUT, keep_first_prep: bool = True, limit: int = 99) -> list[Token]:
    """The token's subtree without the children whose relation is in `cut` (recursively), contiguous from the
    token: words past a cut child on the right are dropped."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in cut:
            continue
        if child.dep_ == "prep" and not keep_first_prep:
            continue
        out.extend(_subtree(child, cut, True, limit))
    out.sort(key=lambda t: t.i)
    # keep the contiguous run around the token
    idx = [t.i for t in out]
    lo = hi = idx.index(tok.i)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi + 1 < len(idx) and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    run = out[lo:hi + 1]
    return run[:limit] if len(run) > limit else run


def _argument_prep(verb: Token, prep: Token) -> bool:
    """Whether a preposition that usually opens a circumstance is the verb's argument here ("meets with X")."""
    return prep.lower_ == "with" and verb.lemma_.lower() in _WITH_PARTNER


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


def _phrase(src: Src, span: tuple[int, int]) -> dict[str, Any]:
    s = src.doc[span[0]:span[1]]
    out = {"text": s.text, "start": s.start_char, "end": s.end_char}
    if src.name == "title":
        out["in"] = "title"
    return out


def _is_boiler(sent: Span) -> bool:
    return bool(_BOILER.search(sent.text)) or sum(t.is_alpha for t in sent) < 4


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


# -- the extractor -------------------------------------------------------------------------------------------------

class BriefBuilder:
    def __init__(self, doc: Doc, record: Record, title_doc: Doc | None = None):
        self.doc = doc
        self.record = record
        self.speech = _speech_verbs()
        self.srcs: list[Src] = []
        self.title: Src | None = None
        if title_doc is not None and len(title_doc):
            self.title = Src("title", title_doc, [title_doc[:]])  # a headline is one unit
        text_sents = [s for s in doc.sents if s.text.strip()]
        lead = [s for s in text_sents[:LEAD_SENTENCES * 3] if not _is_boiler(s)][:LEAD_SENTENCES]
        self.text = Src("text", doc, lead)
        self.units: list[tuple[Src, int, Span]] = []  # (source, rank, sentence)
        if self.title:
            self.units.append((self.title, 0, self.title.sents[0]))
        self.units += [(self.text, i + 1, s) for i, s in enumerate(lead)]
        self.mention_counts = {a.id: max(a.mentions, 1) for a in record.actors}
        self.max_mentions = max(self.mention_counts.values(), default=1)

    # -- who / what -------------------------------------------------------------------------------------------
    def clauses(self) -> list[Clause]:
        out: list[Clause] = []
        for src, rank, sent in self.units:
            for tok in sent:
                if tok.pos_ not in {"VERB", "AUX"} and not (tok.dep_ == "ROOT" and tok.pos_ in {"NOUN", "ADJ"}):
                    continue
                subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
                if subj is None and tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
                    subj = next((c for c in tok.head.children if c.dep_ in _SUBJ), None)
                if subj is None and src.name == "title" and tok.dep_ == "ROOT":
                    subj = self._headline_subject(tok)
                if subj is None:
                    continue
                c = self._clause(src, rank, sent, tok, subj)
                if c is not None:
                    out.append(c)
        return out

    def _name_of_subject(self, src: Src, who: tuple[int, int], subj: Token) -> tuple[tuple[int, int], Token]:
        """A subject that is a thing or an event named after its owner ("X chocolate bar shape change sparks
        anger"): the owner's name, when it names an actor, is who."""
        if subj.pos_ != "NOUN" or subj.ent_type_:
            return who, subj
        toks = list(src.doc[who[0]:who[1]])
        lead = []
        for t in toks:
            if not (t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "NORP", "PRODUCT"}) or \
                    t.dep_ not in {"compound", "nmod", "amod"}:
                break
            lead.append(t)
        if not lead or len(lead) == len(toks):
            return who, subj
        a = self._actor_by_name(" ".join(t.text for t in lead))
        if a is None or a.kind not in {"organization", "person", "group"}:
            return who, subj
        return (lead[0].i, lead[-1].i + 1), lead[-1]

    def _counted_in_lead(self, title_who: str) -> tuple[int, int] | None:
        """A headline's bare count as who ("Seven killed as ..."): the noun phrase the lead counts the same
        people with ("At least seven people were killed"), when it does."""
        from newsledger.extract.quantities import parse_number_words

        words = title_who.lower().split()
        value = parse_number_words(words) if words and all(w.isalpha() for w in words) else \
            (int(title_who.replace(",", "")) if title_who.replace(",", "").isdigit() else None)
        if value is None:
            return None
        for sent in self.text.sents:
            for t in sent:
                if t.like_num and t.head.pos_ == "NOUN" and t.dep_ == "nummod" and \
                        (t.lower_ == words[-1] or t.text.replace(",", "") == str(value)):
                    return self._np(t.head)
        return None

    def _toll_headline(self) -> tuple[int, int] | None:
        """A verbless toll headline ("Five dead after vehicle overturns", "Seven killed as tram derails"): the
        toll with its event clause is the what (the parser finds no clause in it). After a colon, the part
        after it."""
        if self.title is None:
            return None
        doc = self.title.doc
        colon = max((t.i for t in doc if t.text == ":"), default=-1)
        seg = doc[colon + 1:]
        m = _TOLL.match(seg.text)
        if m is None:
            return None
        start = seg.start
        tail = doc.char_span(seg.start_char + m.start("tail"), seg.end_char, alignment_mode="expand")
        if tail is None:
            return None
        end = None
        for t in tail:
            if t.i > tail.start and (t.pos_ in {"ADP", "PUNCT", "SCONJ", "CCONJ"} or t.is_quote):
                end = t.i
                break
        end = end if end is not None else tail.end
        if end - tail.start < 2 or end - start > MAX_WHAT + 2:
            return None
        return start, end

    def _incident_prefix(self) -> tuple[int, int] | None:
        """A headline that opens with the incident it reports, then a colon ("Harbour ferry fire: two missing as
        ..."): the verbless noun phrase naming a sudden event (a crash, an attack, a fire) is the what; what follows
        the colon is its aftermath. A topic prefix ("Election: ...") is not an incident."""
        if self.title is None:
            return None
        doc = self.title.doc
        colon = next((t.i for t in doc if t.text == ":"), None)
        if colon is None or colon < 1 or colon > MAX_WHAT:
            return None
        seg = doc[:colon]
        if any(t.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJ for c in t.children) for t in seg) or \
                any(t.is_quote for t in seg) or seg[-1].pos_ not in {"NOUN", "PROPN"}:  # a clause, a quote
            return None
        last = seg[-1]
        if last.lemma_.lower() not in _INCIDENT and last.lower_ not in _INCIDENT:
            return None
        return _trim_span(list(seg))

    @staticmethod
    def _headline_subject(tok: Token) -> Token | None:
        """Headlines parse badly: "X slams Y" with X as a compound of the verb, "X crashes but ..." with the verb
        taken for a plural noun. The nearest name on the verb's left, attached to it, stands for its subject."""
        if tok.pos_ == "NOUN" and not (tok.tag_ == "NNS" and tok.lower_.endswith("s")
                                       and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in tok.children)):
            return None
        if tok.pos_ not in {"VERB", "NOUN"}:
            return None
        left = [c for c in tok.lefts if c.dep_ in {"compound", "npadvmod", "nmod", "poss"} and c.pos_ == "PROPN"
                and c.i == tok.i - 1]
        return left[-1] if left else None

    def _clause(self, src: Src, rank: int, sent: Span, verb: Token, subj: Token) -> Clause | None:
        who = self._np(subj)
        what = self._what(verb)
        if who is None or what is None:
            return None
        # A passive with its agent ("X bombed by Y"): the agent is who, the patient belongs to what.
        agent = next((ch for ch in verb.children if ch.dep_ == "agent"
                      or (ch.dep_ == "prep" and ch.lower_ == "by" and verb.tag_ == "VBN")), None)
        if agent is None and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(ch.dep_ == "dobj" for ch in
                                                                                     verb.children))) \
                and any(ch.dep_ in {"nsubjpass", "nsubj"} for ch in verb.children):
            # "bombed in an attack by X": the agent on the event noun of the verb's phrase
            agent = next((b for p in verb.children if p.dep_ == "prep" and p.i > verb.i
                          for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"
                          for b in n.children if b.dep_ == "prep" and b.lower_ == "by"), None)
        agent_obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if agent_obj is not None and agent_obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
            patient = who
            who = self._np(agent_obj)
            if who is None:
                return None
            if patient[1] >= verb.i - 2 and patient[0] < what[0]:
                what = (patient[0], what[1])
            subj = agent_obj
        who, subj = self._name_of_subject(src, who, subj)
        c = Clause(src, rank, verb, subj, who, what)
        pos = 1.0 if rank == 0 else max(0.1, LEAD_POS - 0.1 * (rank - 1))
        is_root = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        lemma = verb.lemma_.lower()
        speech = lemma in self.speech
        reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.speech
        pron = subj.lower_ in _PRONOUNS
        actor = self._actor(src, who)
        c.actor = actor.id if actor else None
        freq = (self.mention_counts.get(actor.id, 1) / self.max_mentions) if actor else 0.0
        root = src.doc[who[0]:who[1]].root
        # a count ("84 people were taken to hospital") is no name, except the dead, whom a toll story is about
        dead = lemma in {"kill", "die"} or any(c.dep_ == "acomp" and c.lower_ == "dead" for c in verb.children)
        counted = root.pos_ == "NOUN" and any(c.dep_ == "nummod" or c.like_num for c in root.children) and not dead
        named = 1.0 if (root.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or (
            actor is not None and root.lower_ in actor.name.lower())) and not counted else 0.0
        n_who, n_what = who[1] - who[0], what[1] - what[0]
        shape = 1.0
        if pron:
            shape -= 0.6
        if n_who > MAX_WHO:
            shape -= 0.3
        if n_what > MAX_WHAT + 2:
            shape -= 0.2
        if verb.pos_ == "AUX" and n_what <= 1:
            shape -= 0.3
        role = 1.0 if is_root else (0.8 if reported else 0.5)
        if speech:
            role = 0.0
            if n_what <= 1:
                shape -= 0.5
        # what: the headline states the main event, so position weighs most; who: the main actor is also the
        # one the article names and mentions most
        c.score = WHAT_POS * pos + 0.1 * freq + 0.15 * named + 0.1 * shape + 0.15 * role
        who_score = 0.5 * pos + 0.1 * freq + 0.15 * named + 0.1 * shape + 0.15 * role
        c.extra = {"pos": pos, "freq": freq, "named": named, "shape": shape, "role": role, "who_score": who_score}
        return c

    @staticmethod
    def _np(tok: Token) -> tuple[int, int] | None:
        cut = _CUT | {"prep"} if len(list(tok.subtree)) > MAX_WHO else _CUT
        if tok.pos_ == "PROPN" and any(c.dep_ in {"conj", "appos"} and c.pos_ == "PROPN" for c in tok.children):
            # coordinated names ("A, B and C crash out"): all of them
            names = _subtree(tok, (cut - {"conj", "appos", "cc", "punct"}) | {"prep", "relcl", "acl"})
            if len(names) <= MAX_WHO and all(t.pos_ in {"PROPN", "CCONJ", "PUNCT"} for t in names):
                return _trim_span(names)
        span = _trim_span(_subtree(tok, cut))
        if span is None:
            return None
        # a quotation closing inside the phrase ("'I BLAME X' Clinton"): the phrase starts after it
        doc = tok.doc
        sent_start = tok.sent.start
        for i in range(tok.i - 1, span[0] - 1, -1):
            if doc[i].text in {"'", "\u2019", '"', "\u201d"} and \
                    sum(doc[j].text in {"'", "\u2018", "\u2019", '"', "\u201c", "\u201d"} for j in range(sent_start, i)) % 2 == 1:
                return (i + 1, span[1]) if i + 1 <= tok.i else span
        return span

    def _what(self, verb: Token) -> tuple[int, int] | None:
        toks = [verb]
        left = verb.i - 1
        while left >= 0 and verb.doc[left].head == verb and (
                verb.doc[left].dep_ in {"aux", "auxpass", "neg"} or
                (verb.doc[left].dep_ == "advmod" and verb.doc[left].lower_ not in _NOT_IN_WHAT)):
            toks.append(verb.doc[left])  # "has been", "even stuns", "narrowly avoids"
            left -= 1
        has_obj = False
        for ch in verb.children:
            if ch.dep_ in {"prt"}:
                toks.append(ch)
            elif ch.dep_ in _OBJ and ch.i > verb.i:
                sub = _subtree(ch, _CUT | {"prep"}) if len(list(ch.subtree)) > MAX_WHAT else _subtree(ch, _CUT)
                if ch.dep_ in {"xcomp", "ccomp"}:
                    sub = [t for t in ch.subtree if t.i <= max(x.i for x in self._short_vp(ch))]
                toks.extend(sub)
                has_obj = True
                break
        # the verb's first argument-like prepositional phrase ("blames loss on X", "wins at Y", "fell down a
        # well"), not a time, cause or circumstance ("after ...", "as ...", "despite ..."), while it stays short
        prep = next((ch for ch in verb.children if ch.dep_ in {"prep", "agent"} and ch.i > verb.i), None)
        if prep is not None and (prep.lower_ not in _CIRCUMSTANCE or _argument_prep(verb, prep)) and \
                not any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree):
            sub = _subtree(prep, _CUT | {"prep"} if len(list(prep.subtree)) > 5 else _CUT)
            if not has_obj or (max(t.i for t in sub) - verb.i < MAX_WHAT and
                               all(t.i < prep.i for t in toks)):
                toks.extend(sub)
                if not any(g.dep_ in {"pobj", "pcomp"} for g in prep.children):
                    # a particle-like preposition whose object was parsed as the verb's ("fell down a well")
                    np = next((ch for ch in verb.children if ch.dep_ in {"npadvmod", "dobj"} and
                               ch.i > prep.i and ch.pos_ == "NOUN"), None)
                    if np is not None and np.i - prep.i <= 4:
                        toks.extend(_subtree(np, _CUT | {"prep"}))
        toks = [t for t in toks if t.i >= verb.i or t.head == verb]
        span = _trim_span(toks)
        if span is None:
            return None
        # contiguous from the first to the last kept token, capped
        start, end = span
        if end - start > MAX_WHAT + 4:
            end = start + MAX_WHAT + 4
        return start, end

    def _short_vp(self, verb: Token) -> list[Token]:
        out = [verb]
        for ch in verb.children:
            if ch.dep_ in {"dobj", "prt", "attr", "acomp"} and ch.i > verb.i:
                out.extend(_subtree(ch, _CUT | {"prep"}))
                for pred in verb.children:  # an object's predicate: "make them lighter"
                    if pred.dep_ in {"oprd", "ccomp", "xcomp"} and pred.i == out[-1].i + 1 and len(list(pred.subtree)) <= 2:
                        out.extend(pred.subtree)
                break
            if ch.dep_ == "ccomp" and ch.i > verb.i and len(list(ch.subtree)) <= 3:  # "make them lighter"
                out.extend(ch.subtree)
                break
            if ch.dep_ in {"aux"} and ch.i < verb.i:
                out.append(ch)
        return out

    def _actor(self, src: Src, span: tuple[int, int]):
        s = src.doc[span[0]:span[1]]
        if src.name == "text":
            idx = self.record.actor_index
            if idx is not None:
                try:
                    a = idx.resolve_span(s)
                except Exception:
                    a = idx.actor_at(s.start_char, s.end_char)
                if a is not None:
                    return a
            for e in self.record.entities:
                if e.actor and e.start < s.end_char and s.start_char < e.end:
                    return self.record.actor(e.actor)
            return None
        return self._actor_by_name(s.text)

    def _actor_by_name(self, text: str):
        low = " " + re.sub(r"[^\w]+", " ", text.lower()) + " "
        best, best_len = None, 0
        for a in self.record.actors:
            for name in [a.name, *a.aliases]:
                n = " " + re.sub(r"[^\w]+", " ", name.lower()).strip() + " "
                if len(n) > 3 and n in low and len(n) > best_len:
                    best, best_len = a, len(n)
        return best

    # -- when ---------------------------------------------------------------------------------------------------
    def when(self, main: Clause | None) -> list[dict[str, Any]]:
        pub = _published(self.record)
        cands = []
        pools: list[tuple[Src, list]] = []
        if self.title is not None:
            pools.append((self.title, self._title_times()))
        pools.append((self.text, list(self.record.times)))
        for src, times in pools:
            for t in times:
                if t.type in {"DURATION", "SET"} or not t.value or t.value.endswith("_REF"):
                    continue
                rank = 0 if src.name == "title" else self._sent_rank(t.start)
                if rank is None:
                    rank = 1 + LEAD_SENTENCES + self._sent_index(t.start)
                pos = 1.0 / (1 + 0.5 * rank)
                gran = _GRAN.get(t.precision or "day", 4) / 7
                d = _value_date(t.value)
                near = 0.3
                if d and pub:
                    delta = (pub - d).days
                    near = 1.0 if -1 <= delta <= 7 else (0.6 if -7 <= delta <= 31 else 0.1)
                elif pub and t.value[:4] == str(pub.year):
                    near = 0.5
                in_main = 1.0 if main is not None and main.src is src and \
                    main.src.doc[main.what[0]].sent.start_char <= t.start < main.src.doc[main.what[0]].sent.end_char \
                    else 0.0
                score = 0.4 * pos + 0.25 * gran + 0.25 * near + 0.1 * in_main
                if self._report_time(src, t.start, t.end):
                    score -= 0.1
                start, end = self._time_extent(src, t.start, t.end, times)
                item = {"text": src.doc.text[start:end], "start": start, "end": end, "value": t.value,
                        "score": round(score, 3)}
                if src.name == "title":
                    item["in"] = "title"
                cands.append(item)
        return self._rank(cands)

    @staticmethod
    def _time_extent(src: Src, start: int, end: int, times: list) -> tuple[int, int]:
        """A time with its approximation before it ("about 6.10am", "shortly after 6am") and an alternative
        or end point coordinated after it ("6.10am or 6.15am", "between 5pm and 7pm")."""
        span = src.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return start, end
        doc, i, j = src.doc, span.start, span.end
        if i > 0 and doc[i - 1].lower_ in _TIME_APPROX:
            i -= 1
        elif i > 1 and doc[i - 1].lower_ in {"after", "before"} and doc[i - 2].lower_ in _TIME_NEAR:
            i -= 2
        if j + 1 < len(doc) and doc[j].lower_ in {"or", "and", "to"}:
            nxt = next((t for t in times if t.start == doc[j + 1].idx), None)
            if nxt is not None and nxt.end - end < 40:
                return doc[i].idx, nxt.end
        return doc[i].idx, span.end_char

    def _report_time(self, src: Src, start: int, end: int) -> bool:
        """A time that dates an update on the event, not the event: a toll's or a figure's change ("the death
        toll rose to six Friday"). (Speech verbs' times stay: the statement is often the main event.)"""
        span = src.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        for _ in range(4):
            if head.dep_ not in {"npadvmod", "pobj", "prep", "advmod", "tmod", "nummod", "compound"} or \
                    head.head == head:
                break
            head = head.head
            if head.pos_ in {"VERB", "NOUN", "AUX"}:
                break
        lemma = head.lemma_.lower()
        return head.pos_ in {"VERB", "AUX"} and lemma in _UPDATE_VERBS

    def _title_times(self) -> list:
        from newsledger.extract import times
        try:
            return times.extract_text(self.title.doc.text, self.record.article.published, self.title.doc)
        except Exception:
            return []

    def _sent_index(self, char: int) -> int:
        for i, s in enumerate(self.record.sentences):
            if s.start <= char < s.end + 1:
                return i
        return len(self.record.sentences)

    def _sent_rank(self, char: int) -> int | None:
        for i, s in enumerate(self.text.sents):
            if s.start_char <= char < s.end_char:
                return i + 1
        return None

    # -- where --------------------------------------------------------------------------------------------------
    def where(self, main: Clause | None) -> list[dict[str, Any]]:
        cands = []
        counts: dict[str, int] = {}
        for p in self.record.places:
            counts[p.name.lower()] = counts.get(p.name.lower(), 0) + 1
        top = max(counts.values(), default=1)
        pools: list[tuple[Src, list[tuple[int, int, Any]]]] = []
        if self.title is not None:
            title_items = self._title_places()
            title_items += self._named_again(self.title, [self.title.sents[0]], title_items)
            title_items += self._locative_args(self.title, main, title_items)
            pools.append((self.title, title_items))
        text_items = [(p.start, p.end, p) for p in self.record.places] + self._fac_entities()
        text_items += self._named_again(self.text, self.text.sents[:2], text_items)
        text_items += self._locative_args(self.text, main, text_items)
        pools.append((self.text, text_items))
        for src, items in pools:
            for start, end, p in items:
                span = src.doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                span = _glued(span)
                if self._not_a_place(span) or self._names_person(span.text):
                    continue
                if src.name == "text":
                    rank = self._sent_rank(start)
                    if rank is None:
                        rank = 1 + LEAD_SENTENCES + self._sent_index(start)
                else:
                    rank = 0
                pos = 1.0 / (1 + 0.5 * rank)
                place = p if p is not None and hasattr(p, "id") and src.name == "text" else self._place_by_name(span.text)
                known = place if place is not None else (p if hasattr(p, "kind") else None)
                kind = known.kind if known is not None else "other"
                freq = counts.get(place.name.lower(), 1) / top if place is not None else 0.3
                spec = _PLACE_RANK.get(kind, 0.8)
                ext = self._place_phrase(span)
                attached = self._attached(span, main, src)
                first = 1.0 - min(1.0, (start - (self._sent_start(src, start))) / 300)
                score = 0.4 * pos + 0.1 * freq + 0.25 * spec + 0.15 * attached + 0.1 * first
                score -= 0.2 * self._not_event_place(span)
                s = src.doc[ext[0]:ext[1]]
                item = {"text": s.text, "start": s.start_char, "end": s.end_char,
                        "place": place.id if place is not None else None, "score": round(score, 3)}
                if src.name == "title":
                    item["in"] = "title"
                cands.append(item)
                item["_rank"], item["_place"] = rank, known
        self._narrow(cands)
        self._fuller_in_lead(cands)
        for c in cands:
            c.pop("_rank", None)
            c.pop("_place", None)
        return self._rank(cands)

    @staticmethod
    def _fuller_in_lead(cands: list[dict[str, Any]]) -> None:
        """A place the title names bare and the lead names with what places it ("X" / "the northern city of X",
        "X, south London"): the lead's phrase is the answer a reader gives, so it takes the title's score."""
        for short in [c for c in cands if c.get("in") == "title"]:
            pattern = re.compile(r"\b" + re.escape(short["text"]) + r"\b")
            for full in cands:
                if full.get("in") != "title" and full["_rank"] <= 2 and len(full["text"]) > len(short["text"]) \
                        and pattern.search(full["text"]) and full["score"] <= short["score"]:
                    full["score"] = round(short["score"] + 0.005, 3)

    def _attached(self, span: Span, main: Clause | None, src: Src) -> float:
        """Whether the place belongs to the main event: in a prepositional phrase or a modifier attached to
        the main verb, or to the verb's object or subject ("stages protest outside X", "X tram crash")."""
        if main is None or main.src is not src:
            return 0.0
        head = span.root
        seen = 0
        while head.head != head and seen < 8:
            seen += 1
            dep = head.dep_
            if dep not in {"pobj", "compound", "poss", "appos", "prep", "nmod", "amod", "dobj", "nsubj",
                           "nsubjpass"}:
                return 0.0
            if dep in {"dobj", "nsubj", "nsubjpass"} and head.head != main.verb:
                return 0.0
            head = head.head
            if head == main.verb or (head.dep_ == "prep" and head.head == main.verb):
                return 1.0
        return 0.0

    def _not_event_place(self, span: Span) -> float:
        """A place that tells where someone comes from or what they support, not where the event happened:
        "three adults from X", "a X fan"."""
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ in {"NOUN", "PRON", "NUM"}:
            return 1.0
        if root.dep_ in {"compound", "nmod", "amod"} and root.head.lemma_.lower() in _PERSON_NOUNS:
            return 1.0
        return 0.0

    def _named_again(self, src: Src, sents: list[Span], have: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
        """Names of the record's resolved places found again where the tagger missed them ("X tram crash" with
        X tagged as an organization)."""
        names = {p.text for p in self.record.places if p.lat is not None and p.kind in
                 {"city", "admin1", "admin2", "country"} and len(p.text) > 2 and p.text[:1].isupper()}
        out = []
        for sent in sents:
            for name in names:
                for m in re.finditer(r"\b" + re.escape(name) + r"\b", sent.text):
                    a = sent.start_char + m.start()
                    b = a + len(name)
                    if any(x < b and a < y for x, y, _ in have + out):
                        continue
                    out.append((a, b, None))
        return out

    def _locative_args(self, src: Src, main: Clause | None, have: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
        """A name in the main event's locative phrase ("stages protest outside X"), also when no gazetteer
        holds it (a building, a venue)."""
        if main is None or main.src is not src:
            return []
        out = []
        heads = [main.verb] + [c for c in main.verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        for h in heads:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE or prep.i < h.i:
                    continue
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is None or pobj.pos_ != "PROPN" or pobj.ent_type_ in {"PERSON", "NORP", "DATE", "TIME"}:
                    continue
                toks = [t for t in pobj.subtree if t.dep_ not in {"prep", "punct"} and t.i <= pobj.i]
                if sum(t.pos_ == "PROPN" for t in toks) < 2:  # a lone unknown name is often a team or a brand
                    continue
                a, b = toks[0].idx, pobj.idx + len(pobj.text)
                if any(x < b and a < y for x, y, _ in have + out):
                    continue
                out.append((prep.idx, b, None))
        return out

    def _narrow(self, cands: list[dict[str, Any]]) -> None:
        """A place the title or the lead's first sentences name inside a broader one named there too (a city
        in the country, a suburb of the city) is the more precise answer: it takes the broader one's score."""
        from newsledger.resolve.gazetteer import distance_km
        early = [c for c in cands if c["_rank"] <= 2 and c["_place"] is not None]
        for wide in early:
            for fine in early:
                if fine is wide or not self._inside(fine["_place"], wide["_place"], wide["text"], distance_km):
                    continue
                if fine["score"] <= wide["score"]:
                    fine["score"] = round(wide["score"] + 0.01, 3)

    def _inside(self, fine, wide, wide_text: str, distance_km) -> bool:
        if fine.name == wide.name:
            return False
        if wide.kind == "country":
            return fine.kind != "country" and fine.country == wide.country
        if wide.kind == "admin1":
            return fine.kind in {"city", "admin2"} and fine.admin1 == wide.name
        if fine.kind != "city" or wide.kind != "city" or None in (fine.lat, wide.lat):
            return False
        pf, pw = self._population(fine), self._population(wide)
        return distance_km(fine.lat, fine.lon, wide.lat, wide.lon) < 30 and pw > 5 * max(pf, 1)

    @staticmethod
    def _population(place) -> int:
        if not getattr(place, "geonames_id", None):
            return 0
        try:
            from newsledger.resolve import gazetteer
            e = gazetteer.get().by_geonames_id(place.geonames_id)
            return e.population if e else 0
        except Exception:
            return 0

    @staticmethod
    def _sent_start(src: Src, char: int) -> int:
        span = src.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.sent.start_char if span is not None else char

    def _names_person(self, text: str) -> bool:
        low = text.lower().strip()
        return any(a.kind == "person" and (low in {n.lower() for n in (a.name, *a.aliases)}
                                           or (len(a.name.split()) > 1 and low == a.name.split()[-1].lower()))
                   for a in self.record.actors)

    @staticmethod
    def _not_a_place(span: Span) -> bool:
        """A demonym or adjective ("Swiss", "Peruvian"), or a word of a person's or organization's name."""
        if span.root.pos_ == "ADJ" or span.root.ent_type_ == "NORP" or span.root.dep_ == "amod":
            return True
        if span.text.startswith("@") or span.text.startswith("#") or any(t.like_url or t.like_email for t in span):
            return True
        doc = span.doc
        for t in span:
            if t.ent_type_ in {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT"}:
                ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
                if ent is not None and (ent.start < span.start or ent.end > span.end or ent.label_ in {"PERSON", "NORP"}):
                    return True
        return False

    def _title_places(self) -> list[tuple[int, int, Any]]:
        from newsledger.extract import places
        try:
            found = places.extract(self.title.doc, Record(article=Article(text=self.title.doc.text,
                                                                           published=self.record.article.published)))
        except Exception:
            found = []
        out = [(p.start, p.end, p) for p in found]  # the title's own resolution (its ids are not the record's)
        covered = [(a, b) for a, b, _ in out]
        for e in self.title.doc.ents:
            if e.label_ in {"FAC", "LOC", "GPE"} and not any(a < e.end_char and e.start_char < b for a, b in covered):
                out.append((e.start_char, e.end_char, None))
        return out

    def _fac_entities(self) -> list[tuple[int, int, Any]]:
        covered = [(p.start, p.end) for p in self.record.places]
        out = []
        for e in self.doc.ents:
            if e.label_ in {"FAC", "LOC"} and not any(a < e.end_char and e.start_char < b for a, b in covered):
                out.append((e.start_char, e.end_char, None))
        return out

    def _place_by_name(self, text: str):
        low = text.lower().strip()
        for p in self.record.places:
            if p.text.lower() == low or p.name.lower() == low:
                return p
        for p in self.record.places:
            if low and (low in p.text.lower() or p.text.lower() in low):
                return p
        return None

    def _place_phrase(self, span: Span) -> tuple[int, int]:
        """The noun phrase holding the place: "the northern city of X", "X, Y province", "Y's X city"."""
        start, end = span.start, span.end
        head = span.root
        for _ in range(3):
            h = head.head
            if h == head:
                break
            if head.dep_ == "pobj" and head.head.lower_ in {"of", "in", "near", "on"} and h.head.lemma_.lower() in _PLACE_NOUNS \
                    and h.head.i < head.i:
                h = h.head
            elif head.dep_ in {"compound", "poss"} and h.lemma_.lower() in _PLACE_NOUNS:
                pass
            else:
                break
            toks = [t for t in _subtree(h, _CUT | {"prep"}) if t.dep_ != "det" or t.i > h.i] + list(span)
            if head.dep_ == "pobj":
                toks += list(head.head.subtree)
            s = _trim_span(toks)
            if s is None or _words(span.doc, s[0], s[1]) > MAX_WHERE:
                break
            start, end = min(start, s[0]), max(end, s[1])
            head = h
        # "X, Y province": an apposition or compound after the place
        nxt = span.root
        for ch in nxt.children:
            if ch.dep_ == "appos" and ch.i > nxt.i and ch.ent_type_ in {"GPE", "LOC"}:
                s = _trim_span(list(ch.subtree))
                if s and _words(span.doc, start, s[1]) <= MAX_WHERE:
                    end = max(end, s[1])
        return start, end

    # -- why / how ----------------------------------------------------------------------------------------------
    def why(self, main: Clause | None) -> list[dict[str, Any]]:
        cands = []
        for src, rank, sent in self.units:
            low = sent.text.lower()
            base = sent.start_char
            for rx, strength in _CAUSE_PHRASE:
                for m in rx.finditer(low):
                    if strength < 1.0:
                        marker = next((t for t in sent if t.idx == base + m.start()), None)
                        if marker is not None and marker.dep_ == "prt":
                            continue  # "tipped over at a bend": a particle, not a cause
                    span = self._after(src, base + m.end())
                    if span is None:
                        continue
                    if strength < 1.0 and not self._causal_object(src, span):
                        continue
                    cands.append(self._why_item(src, span, rank, strength))
            for tok in sent:
                if tok.lower_ in _CAUSE_WORDS:
                    s = _trim_span(_subtree(tok.head if tok.dep_ in {"amod", "compound"} else tok, _CUT | {"prep"}))
                    if s:
                        cands.append(self._why_item(src, s, rank, 0.9))
                # "blames X for doing", "to do" (purpose); a coordinated second cause is its own phrase
                pcomp = next((c for c in tok.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) \
                    if tok.dep_ == "prep" and tok.lower_ == "for" and tok.head.pos_ == "VERB" else None
                if pcomp is not None:
                    s = _trim_span(_subtree(pcomp)[:MAX_WHY])
                    if s:
                        cands.append(self._why_item(src, s, rank, 0.7))
                # what an outcome is blamed on: "blames X on Y", "blamed Y for X" (not "for doing", above);
                # a bare name is an actor (a who) more than a reason and is left out
                if tok.lemma_.lower() == "blame" and tok.pos_ == "VERB":
                    cause = self._blamed_cause(src, tok)
                    if cause is not None and not cause[1]:
                        cands.append(self._why_item(src, cause[0], rank, 0.9))
                # what moved someone: "stuns his rivals by winning the race" (the "by doing" of a feeling)
                if tok.dep_ == "prep" and tok.lower_ == "by" and tok.head.lemma_.lower() in _MOVES and \
                        tok.head.pos_ == "VERB":
                    pcomp = next((c for c in tok.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
                    toks = _subtree(pcomp)[:MAX_WHY] if pcomp is not None else []
                    # without the event's place or time ("... at the Grand Prix"): those answer where and when
                    cut = next((t.i for t in toks if t.dep_ == "prep" and t.i > pcomp.i and any(
                        g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "FAC", "EVENT", "DATE", "TIME"}
                        for g in t.children)), None)
                    s = _trim_span([t for t in toks if cut is None or t.i < cut]) if toks else None
                    if s:
                        cands.append(self._why_item(src, s, rank, 0.8))
                # a passive whose agent is the cause ("the decision was driven by higher costs")
                if tok.dep_ == "agent" and tok.head.lemma_.lower() in _CAUSED_BY:
                    s = self._after(src, tok.idx + len(tok.text))
                    if s:
                        cands.append(self._why_item(src, s, rank, 1.0))
                # the circumstance an event happened as ("died when the tram overturned as it entered a bend",
                # "lead celebrations as X end a curse"): the clause, without a pronoun subject
                if tok.dep_ == "mark" and tok.lower_ == "as" and tok.head.dep_ == "advcl" and \
                        tok.head.pos_ in {"VERB", "AUX"} and tok.head.head.pos_ in {"VERB", "AUX"} and \
                        tok.head.head.lemma_.lower() not in _OUTCOME:  # "killed as X derails": X is the event
                    s = self._as_clause(tok.head)
                    if s:
                        cands.append(self._why_item(src, s, rank, 0.6))
                # a feeling and what it is about ("was disappointed with the results")
                if tok.lemma_.lower() in _FEELINGS and tok.dep_ in {"ROOT", "acomp"} | ({"advcl", "ccomp", "conj"}
                                                                      if tok.tag_ == "VBN" else set()):
                    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                                 and c.lower_ in {"with", "at", "about", "by", "over"}), None)
                    aux = [c for c in (tok.head.children if tok.dep_ == "acomp" else tok.children)
                           if c.dep_ in {"auxpass", "cop"} or (tok.dep_ == "acomp" and c == tok.head)]
                    if tok.dep_ == "acomp":
                        aux = [tok.head]
                    if prep is not None and any(g.dep_ == "pobj" for g in prep.children):
                        toks = [t for t in aux if t.i < tok.i] + [tok] + _subtree(prep, _CUT | {"relcl"})
                        s = _trim_span(toks)
                        if s and s[1] - s[0] <= MAX_WHY:
                            cands.append(self._why_item(src, s, rank, 0.8))
                if tok.dep_ in {"advcl", "xcomp"} and tok.tag_ == "VB" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB" and \
                        not (tok.ent_type_ or (tok.is_title and not tok.is_sent_start and src.name == "text")) and \
                        any(c.lower_ == "to" for c in tok.children) and tok.head.lemma_.lower() not in \
                        {"try", "want", "need", "have", "plan", "hope", "seek", "begin", "start", "continue", "be",
                         "set", "expect", "fail", "manage", "refuse", "decide", "agree", "ask", "tell", "urge",
                         "vow", "pledge", "promise", "threaten", "get", "go", "come", "like", "love", "use"} | self.speech:
                    s = _trim_span([t for t in tok.subtree if t.i < tok.i] + self._short_vp(tok))
                    if s:
                        cands.append(self._why_item(src, s, rank, 0.5))
        return self._rank(cands)

    def _blamed_cause(self, src: Src, verb: Token) -> tuple[tuple[int, int], bool] | None:
        """The cause a "blame" verb names: the object of "on" ("blames X on Y"), else the direct object when a
        "for" phrase names the outcome ("blamed Y for X"); and whether it is a bare name."""
        preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
        on = next((c for c in preps if c.lower_ == "on" and any(g.dep_ == "pobj" for g in c.children)), None)
        if on is not None:
            s = self._after(src, on.idx + len(on.text))
            head = next((g for g in on.children if g.dep_ == "pobj"), None)
        else:
            head = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if head is None:
                return None
            # the "for" phrase may hang inside the object's parse ("the decision to revive X for her defeat")
            fr = next((c for c in verb.subtree if c.i > head.i and c.dep_ == "prep" and c.lower_ == "for"), None)
            if fr is None or not any(g.dep_ == "pobj" for g in fr.children):
                return None
            toks = [t for t in _subtree(head, _CUT - {"acl"}) if t.i < fr.i]
            s = _trim_span(toks[:MAX_WHY]) if toks else None
        if s is None or head is None:
            return None
        named = head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        return s, named

    @staticmethod
    def _as_clause(verb: Token) -> tuple[int, int] | None:
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is None:
            return None
        cut = _CUT | ({"nsubj", "nsubjpass"} if subj.lower_ in _PRONOUNS else set())
        toks = _subtree(verb, cut)
        if len(toks) > MAX_WHY or len(toks) < 2:
            return None
        return _trim_span(toks)

    def _causal_object(self, src: Src, span: tuple[int, int]) -> bool:
        """For weak markers (after, over, amid): the phrase is an event or a situation, not a time."""
        s = src.doc[span[0]:span[1]]
        if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL"} for t in s[:2]):
            return False
        return any(t.pos_ in {"VERB", "NOUN"} for t in s)

    def _after(self, src: Src, char: int) -> tuple[int, int] | None:
        """The phrase a causal marker introduces: up to a comma or a line break; a noun phrase to its head noun
        with a close complement ("retaliation for X", "higher costs for Y"), not the circumstances after it;
        a clause without its own purpose ("... is increased to reduce ...")."""
        tok = next((t for t in src.doc if t.idx >= char), None)
        if tok is None:
            return None
        sent_end = tok.sent.end
        toks = []
        for t in src.doc[tok.i:sent_end]:
            if (t.is_punct and t.text in {",", ";", ":", ".", "—", "--", "(", "!", "?"} or "\n" in t.text) and toks:
                break
            toks.append(t)
            if len(toks) >= MAX_WHY:
                break
        span = _trim_span(toks)
        if span is None:
            return None
        inside = src.doc[span[0]:span[1]]
        heads = [t for t in inside if not (span[0] <= t.head.i < span[1]) or t.head == t]
        head = heads[0] if heads else None
        if head is not None and head.pos_ in {"NOUN", "PROPN"}:
            keep = _subtree(head, _CUT | {"prep"})
            comp = next((c for c in head.children if c.dep_ == "prep" and c.i > head.i
                         and c.lower_ in {"of", "for", "on", "against", "to", "over"}), None)
            if comp is not None:
                keep += _subtree(comp, _CUT | {"prep"})
            keep = [t for t in keep if span[0] <= t.i < span[1]]
            return _trim_span(keep) or span
        if head is not None and head.pos_ in {"VERB", "AUX"}:
            purpose = next((c for c in head.children if c.dep_ in {"advcl", "xcomp"} and c.i > head.i and
                            any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)), None)
            if purpose is not None:
                cut = min(t.i for t in purpose.subtree)
                if cut > span[0]:
                    return _trim_span([t for t in inside if t.i < cut]) or span
        return span

    def _why_item(self, src: Src, span: tuple[int, int], rank: int, strength: float) -> dict[str, Any]:
        item = _phrase(src, span)
        item["score"] = round(0.5 * strength + 0.5 / (1 + 0.5 * rank), 3)
        return item

    def how(self, main: Clause | None, clauses: list[Clause]) -> list[dict[str, Any]]:
        cands = []
        for c in clauses[:6]:
            verb = c.verb
            base = c.score
            for ch in verb.children:
                if ch.dep_ == "prep" and ch.lower_ in _INSTRUMENT and ch.i > verb.i:
                    pobj = next((g for g in ch.children if g.dep_ in {"pobj", "pcomp"}), None)
                    if pobj is None or pobj.ent_type_ in {"PERSON", "ORG", "GPE", "DATE", "TIME", "CARDINAL"} \
                            or pobj.lemma_.lower() in {"other", "one", "people"}:
                        continue
                    s = _trim_span(_subtree(ch, _CUT | {"prep"}))
                    # coordinated means are one ("with narrower triangles and a wider gap between peaks")
                    both = _trim_span(_subtree(ch, _CUT - {"cc", "conj"}))
                    if both and both != s and any(t.dep_ == "conj" and t.head == pobj for t in
                                                   ch.doc[both[0]:both[1]]) and both[1] - both[0] <= MAX_WHAT + 2:
                        s = both
                    if s and s[1] - s[0] <= MAX_WHAT + (2 if s == both else 0):
                        cands.append(self._how_item(c, s, base + HOW_INSTRUMENT))
            # the circumstance the event happened in ("fell down a well while picking cabbages")
            for ch in verb.children:
                if ch.dep_ == "advcl" and ch.tag_ == "VBG" and ch.i > verb.i and \
                        any(m.dep_ == "mark" and m.lower_ == "while" for m in ch.children):
                    act = self._action(c, ch)
                    if act is not None:
                        cands.append(self._how_item(c, act, base + HOW_INSTRUMENT))
            # the action itself: the verb with an adjacent manner adverb ("narrowly avoids") and a coordinated
            # verb ("derailed and overturned"); an outcome ("killed", "sparks outrage") happened by way of the
            # action that caused it, which gets the bonus instead
            act = self._action(c, verb)
            if act is not None:
                outcome = verb.lemma_.lower() in _OUTCOME
                cands.append(self._how_item(c, act, base + (0.05 if c.src.name == "text" else 0.0)
                                            - (HOW_INSTRUMENT if outcome else 0.0)))
            if verb.lemma_.lower() in _OUTCOME:
                # the outcome restated in the lead with its cause as subject: "a decision to do X has upset fans"
                act = self._outcome_subject_action(verb.lemma_.lower())
                if act is not None:
                    cands.append({**_phrase(self.text, act), "score": round(base + HOW_INSTRUMENT + 0.05, 3)})
                for cause in self._cause_verbs(c, clauses):
                    act = self._action(cause, cause.verb)
                    if act is not None:
                        cands.append(self._how_item(cause, act, base + HOW_INSTRUMENT))
                        break
        return self._rank(cands)

    def _action(self, c: Clause, verb: Token) -> tuple[int, int] | None:
        if verb.lemma_.lower() in self.speech or verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT:
            return None
        toks = [verb] + [x for x in verb.children if x.dep_ == "conj" and x.pos_ == "VERB"
                         and x.i - verb.i <= 3][:1]
        toks += [x for x in verb.children if x.dep_ == "advmod" and x.i == verb.i - 1 and x.lower_.endswith("ly")
                 and x.lower_ not in _NOT_MANNER]
        toks += [x for x in verb.children if x.dep_ == "prt" and x.i == verb.i + 1]  # "space out", "hit out"
        last = max(toks, key=lambda t: t.i)
        obj = next((x for x in last.children if x.dep_ == "dobj" and x.i > last.i), None)
        if obj is not None:  # the object's head with its close modifiers: "increased the gap"
            sub = [t for t in _subtree(obj, _CUT | {"prep"}) if t.i <= obj.i]
            if len(sub) <= 3 and obj.pos_ in {"NOUN", "PROPN"}:
                toks += sub
        if len(toks) > 1:
            toks += [x for x in verb.doc[min(t.i for t in toks):max(t.i for t in toks)]]
        span = _trim_span(toks)
        prt = max((t.i for t in toks if t.dep_ == "prt"), default=-1)
        return (span[0], prt + 1) if span and prt >= span[1] else span  # the particle stays

    def _outcome_subject_action(self, lemma: str) -> tuple[int, int] | None:
        for sent in list(self.doc.sents)[:LEAD_SENTENCES * 2]:  # a caption may run into the restating sentence
            for tok in sent:
                if tok.lemma_.lower() != lemma or tok.pos_ not in {"VERB", "ADJ", "AUX"}:
                    continue
                subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
                acl = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VB" and c.i > subj.i
                            and any(g.lower_ == "to" for g in c.children)), None) if subj is not None else None
                if acl is not None:
                    c = Clause(self.text, 1, acl, subj, (subj.i, subj.i + 1), (acl.i, acl.i + 1))
                    return self._action(c, acl)
        return None

    def _cause_verbs(self, c: Clause, clauses: list[Clause]) -> list[Clause]:
        """The clauses for the action behind an outcome: its own "as/after/when" clause, else the first lead
        clauses whose verb is an action (not an outcome, speech or state)."""
        own = [x for x in clauses if x.src is c.src and x.verb.head == c.verb and x.verb.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ in {"as", "after", "when", "because"} for m in x.verb.children)]
        rest = sorted((x for x in clauses if x.src.name == "text" and x.verb.lemma_.lower() not in _OUTCOME
                       and x.verb.pos_ == "VERB" and x.verb.lemma_.lower() not in _LIGHT), key=lambda x: (x.rank, x.verb.i))
        return own + rest[:2]

    def _how_item(self, c: Clause, span: tuple[int, int], score: float) -> dict[str, Any]:
        item = _phrase(c.src, span)
        item["score"] = round(score, 3)
        return item

    # -- ranking and assembly -------------------------------------------------------------------------------------
    @staticmethod
    def _rank(cands: list[dict[str, Any]], limit: int = 5) -> list[dict[str, Any]]:
        cands.sort(key=lambda x: (-x["score"], x.get("in") != "title", x["start"]))
        out, seen = [], set()
        for c in cands:
            key = c["text"].lower().strip()
            if key in seen:
                continue
            seen.add(key)
            out.append(c)
            if len(out) >= limit:
                break
        return out

    def build(self) -> dict[str, Any]:
        clauses = sorted(self.clauses(), key=lambda c: (-c.score, c.rank, c.verb.i))
        main = clauses[0] if clauses else None
        who, what, seen_who, seen_what = [], [], set(), set()
        for c in sorted(clauses, key=lambda c: (-c.extra["who_score"], c.rank, c.verb.i)):
            w = _phrase(c.src, c.who)
            if w["text"].lower() not in seen_who and c.subj.lower_ not in _PRONOUNS:
                seen_who.add(w["text"].lower())
                who.append({**w, "score": round(c.extra["who_score"], 3), "actor": c.actor})
        if who and who[0].get("in") == "title":
            counted = self._counted_in_lead(who[0]["text"])
            if counted is not None:
                who[0] = {**_phrase(self.text, counted), "score": who[0]["score"], "actor": None}
        incident = self._incident_prefix()
        if incident is not None:
            what.append({**_phrase(self.title, incident),
                         "score": round(clauses[0].score + 0.02, 3) if clauses else 1.0})
            seen_what.add(what[0]["text"].lower())
        toll = self._toll_headline()
        if toll is not None and self.title.doc[toll[0]:toll[1]].text.lower() not in seen_what:
            what.append({**_phrase(self.title, toll), "score": round(clauses[0].score + 0.01, 3) if clauses else 1.0})
            seen_what.add(what[-1]["text"].lower())
        for c in clauses:
            v = _phrase(c.src, c.what)
            if v["text"].lower() not in seen_what:
                seen_what.add(v["text"].lower())
                what.append({**v, "score": round(c.score, 3)})
        brief: dict[str, Any] = {
            "who": who[:5], "what": what[:5],
            "when": self.when(main), "where": self.where(main),
            "why": self.why(main), "how": self.how(main, clauses),
        }
        brief["summary"] = summary(self, main, brief)
        return brief


# -- the summary -------------------------------------------------------------------------------------------------

def _ids_in(record: Record, start: int, end: int) -> list[str]:
    ids = [e.id for e in record.events if e.start < end and start < e.end]
    ids += [q.id for q in record.quotes if q.start < end and start < q.end and q.kind != "partial"]
    ids += sorted({e.actor for e in record.entities if e.actor and start <= e.start < end},
                  key=lambda a: int(re.sub(r"\D", "", a) or 0))
    ids += [p.id for p in record.places if start <= p.start < end][:2]
    seen: list[str] = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return seen


def _name(record: Record, actor_id: str | None) -> str | None:
    a = record.actor(actor_id)
    return a.name if a else None


def _sentence_of(record: Record, start: int):
    return next((s for s in record.sentences if s.start <= start < s.end + 1), None)


def summary(b: BriefBuilder, main: Clause | None, brief: dict[str, Any]) -> list[dict[str, Any]]:
    record = b.record
    out: list[dict[str, Any]] = []
    used: set[tuple[int, int]] = set()

    # 1. the main event: its text sentence (the lead when the event comes from the title)
    sent = None
    if main is not None and main.src.name == "text":
        sent = _sentence_of(record, main.src.doc[main.what[0]].idx)
    if sent is None:
        events = sorted(record.events, key=lambda e: e.start)
        if events:
            sent = _sentence_of(record, events[0].start)
        elif b.text.sents:
            sent = _sentence_of(record, b.text.sents[0].start_char)
    if sent is not None:
        ev = _ids_in(record, sent.start, sent.end)
        if ev:
            out.append({"text": sent.text, "evidence": ev, "kind": "event", "start": sent.start, "end": sent.end})
            used.add((sent.start, sent.end))

    # 2. the claims and who makes them: contradictions, then leading quotes of distinct speakers
    cited: set[str] = set()
    for c in record.contradictions[:2]:
        ev = [*c.evidence_for, *c.evidence_against]
        if not ev:
            continue
        who_for = ", ".join(n for n in (_name(record, a) for a in c.asserted_by) if n) or "a source"
        who_against = ", ".join(n for n in (_name(record, a) for a in c.disputed_by) if n)
        claim = c.claim.strip().rstrip(".")
        text = f"Disputed claim: {claim} \u2014 asserted by {who_for}" + \
            (f"; disputed by {who_against}." if who_against else ".")
        out.append({"text": text, "evidence": ev, "kind": "contradiction"})
        cited.update(ev)
    speakers: set[str] = set()
    n_claims = 0
    for q in sorted(record.quotes, key=lambda q: q.start):
        if n_claims >= MAX_CLAIMS:
            break
        if q.kind == "partial" or not q.speaker or q.speaker in speakers or q.id in cited:
            continue
        actor = record.actor(q.speaker)
        if actor is None or len(q.text.split()) < 5:
            continue
        speakers.add(q.speaker)
        n_claims += 1
        body = q.text.strip().rstrip(",. ")
        name = actor.name[:1].upper() + actor.name[1:]
        if q.kind == "direct":
            text = f"{name}: \u201c{body}.\u201d"
        elif q.cue and q.cue.lower() != "according to":
            # The content may open with the cue's own particle ("called for" + "for citizens to ...").
            last = q.cue.split()[-1].lower()
            body = body[len(last) + 1:] if body.lower().startswith(last + " ") else body
            text = f"{name} {q.cue} {body}."
        else:
            text = f"According to {actor.name}, {body}."
        out.append({"text": text, "evidence": [q.id, q.speaker], "kind": "claim", "start": q.start, "end": q.end})

    # 3. the figures: casualties and other tolls first
    figures, ev = [], []
    order = {"killed": 0, "injured": 1, "arrested": 2, "displaced": 3, "evacuated": 4}
    for qt in sorted(record.quantities, key=lambda x: (order.get(x.kind, 9), x.start)):
        if len(figures) >= MAX_FIGURES:
            break
        support = [e.id for e in record.events if e.start <= qt.start < e.end] or \
                  [q.id for q in record.quotes if q.start <= qt.start < q.end and q.kind != "partial"]
        if not support:
            s = _sentence_of(record, qt.start)
            support = _ids_in(record, s.start, s.end)[:2] if s else []
        if not support:
            continue
        label = qt.text if qt.kind in {"count", None} or qt.kind in qt.text.lower() else f"{qt.text} ({qt.kind})"
        figures.append(label)
        ev += [x for x in support if x not in ev]
    if figures:
        out.append({"text": "Figures: " + "; ".join(figures) + ".", "evidence": ev, "kind": "figures"})
    return out


def extract(doc: Doc, record: Record) -> dict | None:
    if not doc.text.strip() and not record.article.title:
        return None
    title_doc = None
    if record.article.title and record.article.title.strip():
        from newsledger import nlp
        title_doc = nlp.parse(record.article.title)
    return BriefBuilder(doc, record, title_doc).build()

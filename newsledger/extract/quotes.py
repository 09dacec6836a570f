"""Quotes and who said them: direct quotes, quoted fragments inside reported speech, and indirect quotes.

How it works (rules, no names are special):
- quotation marks are paired per paragraph (curly and straight double marks; single marks only in a text
  that uses no double marks); a quote left open at a paragraph's end runs to that end, and the next
  paragraph opening with a mark continues it (the press convention for quotes over several paragraphs);
- each quote looks for its cue: first a speech verb (newsledger/data/speech_verbs.txt) that governs a word
  of the quote in the dependency parse ("warned that anyone who "tries ..." "), else the nearest speech verb
  in the quote's frame (the sentences holding the quote and the clause right after it: ""...," he said");
  a quote with no cue continues the speaker of the previous quote nearby (same or previous paragraph), or
  takes the cue of a sentence ending in a colon just before it;
- the speaker is the cue's subject (climbing from "sought to assure" or "adding that" to the governing
  verb's subject) or the object of "according to"; named speakers map through the actor index, "he"/"she"
  go to whoever spoke last unless another person was named since, other nominals ("the spokesperson",
  "the group", "witnesses from the area") go through `ActorIndex.resolve_span`;
- indirect quotes are content clauses of speech verbs ("said that X", complementizer included, "X, he
  added"), negated ones too ("would not say whether X"), gerund objects of verbs like deny/admit ("denied
  giving up the fight", "admitted to suffering heavy losses"), the sentence a closing cue clause follows
  ("X, Sen. Y told reporters on Tuesday.") or surrounds ("X, Mr. Y said, until Z": two pieces), and the
  sentence "according to X" opens or closes (else the clause it is attached to); a content that is nothing
  but quoted words is a direct or partial quote, not an indirect one;
- more contents: a cue set off by commas inside its clause ("A, he said, B": the whole clause), statement
  nouns ("her claim that X", "an agreement to X", "criticism of X", said by the possessor or the subject of
  the verb taking the noun), stance adjectives ("was sure X"), passives with an agent ("X is supported by
  Y"), belief verbs with object and infinitive ("expect X to win"), and "X Verbs Y" headlines;
- a content ends where the writer takes over: before a which-clause closing it (one after its subject
  stays), a participle, while/although clause, closing apposition, "according to", a comma hanging on the
  cue, a time phrase of the cue's, or a coordinated speech verb ("said X and warned Y"); one
  that ends inside its quoted fragment runs to the closing mark; a report inside another report (a
  belief, stance or speech cue within a speech cue's content) is part of it unless a name says it;
- a quote interrupted by its cue (""A," she said, "B."") is one quote listing its pieces (quote_pieces.py);
- stage notes in quotation marks ("(CROSSTALK)") and datelines ("WASHINGTON -- ") are nobody's words;
- the channel comes from the cue's prepositional phrases and objects (newsledger/data/channels.txt, plus
  channel organizations of the lexicon such as Twitter).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsledger import resources
from newsledger.extract.quote_pieces import join_interrupted
from newsledger.model import Actor, Quote, Record
from newsledger.resolve import lexicon

OPEN_DOUBLE = {"\u201c", "\u201e", "\u00ab"}
CLOSE_DOUBLE = {"\u201d", "\u00bb"}
STRAIGHT = '"'
OPEN_SINGLE = {"\u2018"}
CLOSE_SINGLE = {"\u2019"}

PERSON_PRONOUNS = {"he", "she"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Verbs whose object (a gerund or a "to"-phrase) is what was said: "denied giving up", "admitted to suffering".
GERUND_OBJECT_VERBS = {"deny", "admit", "acknowledge", "confirm", "announce", "report", "claim", "concede",
                       "threaten", "promise", "pledge", "vow", "suggest", "recommend", "propose", "insist"}
# Cues whose object is the addressee or the words' form, not what was said ("told reporters", "spoke French").
NO_OBJECT_CONTENT = {"tell", "ask", "speak", "brief", "inform", "quote", "read", "answer", "call", "add", "post"}
# Objects that are an amount of talk, not what was said: "isn't saying much about X".
AMOUNT_OBJECTS = {"much", "little", "nothing", "something", "anything", "more", "less", "lot"}
# Cues whose object is the person addressed: "X, he told reporters", "X, she warned them".
ADDRESSEE_OBJECT = {"tell", "ask", "brief", "inform", "assure", "reassure", "remind", "warn"}
# Dependencies a cue without a subject climbs to find its speaker: "sought to assure", "adding that", "X,
# who said", "by saying", "was unable to ... accuse".
CLIMB_DEPS = {"xcomp", "advcl", "conj", "ccomp", "acl", "relcl", "acomp", "pcomp"}
# Words opening an embedded question: "did not say when X", "asked whether Y".
# Verbs whose "if" clause is an embedded question ("asked if the vote would count").
QUESTION_VERBS = {"ask", "wonder", "question", "inquire", "query"}
WH_WORDS = {"when", "whether", "how", "why", "what", "where", "who", "which"}
# Cues that come with their particle or preposition: "called for", "pointed out".
CUE_PARTICLES = {"call": {"for", "on"}, "point": {"out", "to"}, "speak": {"of", "about"}}
# Cues whose content is the object of a preposition: "spoke of the war", "pointed to the polls".
PREP_CONTENT = {
    "speak": {"of", "about", "against"}, "talk": {"about", "of"}, "point": {"to"}, "refer": {"to"}, "comment": {"on"},
    "complain": {"about", "of"}, "warn": {"of", "about", "against"}, "argue": {"for", "against"},
    "testify": {"about"}, "write": {"about", "of"}, "ask": {"about"}, "respond": {"to"}, "reply": {"to"},
    "boast": {"about", "of"}, "joke": {"about"}, "rail": {"against"}, "push": {"for"}, "press": {"for"},
    "advocate": {"for"}, "campaign": {"for", "against"}, "vote": {"for", "against"}, "focus": {"on"},
    "lash": {"out"}, "agree": {"on", "with"}, "object": {"to"}, "weigh": {"in"}, "worry": {"about"},
    "remind": {"of"}, "brag": {"about"}, "question": {"about"}, "criticize": {"for"}, "praise": {"for"},
    "blame": {"for"}, "apologize": {"for"}, "care": {"about"}, "think": {"about", "of"}, "hear": {"about", "of"},
}
# Prepositions opening a phrase about the circumstances of a report (where, when, on what occasion), which
# stays the cue's when the parse hangs it on the cue after an object content; measured on the tune half and a
# PolNeAR train sample (the phrases PolNeAR leaves outside its Contents).
CIRCUMSTANCE_PREPS = {"at", "during", "on", "in", "before", "after", "since", "from", "while", "amid", "through"}
# Cues whose object is the one charged and whose preposition brings the charge, which alone is the content
# (PolNeAR marks "accused Holt of" as the cue and "being a Democrat" as the content).
CHARGE_PREPS = {"accuse": "of"}
# Cues whose object comes with what it is charged with or praised for: "accused X of Y", "blamed X for Y".
OBJECT_PREPS = {"accuse": {"of"}, "blame": {"for"}, "criticize": {"for"}, "criticise": {"for"}, "praise": {"for"},
                "endorse": {"for"}, "attack": {"for", "over"}, "blast": {"for", "over"}, "slam": {"for", "over"},
                "thank": {"for"}, "condemn": {"for"}, "mock": {"for"}, "warn": {"of", "about", "against"},
                "remind": {"of"}, "compare": {"to", "with"}, "liken": {"to"}}
# Nouns of statement, stance and plan that carry what they state: "her claim that X", "a pledge to X";
# NOUN_PREPS: the prepositions that introduce it ("criticism of X", "calls for X").
SPEECH_NOUNS = {"claim", "charge", "argument", "assertion", "allegation", "accusation", "warning", "promise",
                "pledge", "vow", "threat", "statement", "suggestion", "insistence", "belief", "view", "plan",
                "proposal", "call", "demand", "agreement", "criticism", "denial", "admission", "announcement",
                "prediction", "assurance", "request", "complaint", "concern", "fear", "hope", "commitment",
                "contention", "recommendation", "question", "offer", "attack", "praise", "support", "opposition"}
NOUN_PREPS = {"criticism": {"of"}, "call": {"for"}, "plan": {"for"}, "proposal": {"for"}, "demand": {"for"},
              "request": {"for"}, "support": {"for"}, "opposition": {"to"}, "praise": {"for"},
              "attack": {"on"}, "complaint": {"about"}, "concern": {"about", "over"}, "question": {"about"},
              "warning": {"about", "of", "against"}, "fear": {"of", "about"}, "commitment": {"to"}}
# Adjectives of certainty and feeling that report their clause: "she was sure (that) X".
STANCE_ADJECTIVES = {"sure", "convinced", "confident", "certain", "worried", "concerned", "afraid", "aware",
                     "hopeful", "optimistic", "skeptical", "adamant", "frustrated", "upset", "happy", "glad",
                     "proud", "angry", "disappointed", "pleased", "fearful", "insistent", "unaware"}
# Head nouns that make a nominal mention a source of its own ("a French official", "witnesses").
SOURCE_NOUNS = {"official", "officials", "witness", "witnesses", "source", "sources", "spokesman",
                "spokeswoman", "spokesperson", "diplomat", "diplomats", "analyst", "analysts", "expert",
                "experts", "resident", "residents", "observer", "observers", "aide", "aides", "adviser",
                "advisers", "advisor", "advisors", "officer", "officers", "commander", "commanders",
                "lawmaker", "lawmakers", "leader", "leaders", "minister", "ministers", "person", "people",
                "member", "members", "activist", "activists", "doctor", "doctors", "police", "authorities"}


@lru_cache(maxsize=1)
def _verb_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    speech: set[str] = set()
    belief: set[str] = set()
    stance: set[str] = set()
    target = speech
    # one file, three lists: "## belief" and "## stance" headers start the second and third
    for line in resources.data_path("speech_verbs.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("## belief"):
            target = belief
            continue
        if line.startswith("## stance"):
            target = stance
            continue
        if line and not line.startswith("#"):
            target.add(line.lower())
    return frozenset(speech), frozenset(belief), frozenset(stance)


def stance_verbs() -> frozenset[str]:
    """Verbs of stance, wish and plan ("endorsed X", "wants to Y"): they cue their complement only."""
    return _verb_lists()[2]


def speech_verbs() -> frozenset[str]:
    return _verb_lists()[0]


def belief_verbs() -> frozenset[str]:
    return _verb_lists()[1]


@lru_cache(maxsize=1)
def channel_words() -> tuple[str, ...]:
    words = [w.lower() for w in resources.words("channels.txt")]
    words += [o["name"].lower() for o in lexicon.organizations() if o.get("channel")]
    return tuple(sorted(set(words), key=len, reverse=True))


# -- quotation marks ----------------------------------------------------------------------------------

@dataclass
class Marked:
    """One quotation: `start`/`end` index its content (inside the marks); `open`/`close` the marks
    (close is None when the quote runs to the paragraph's end)."""
    open: int
    start: int
    end: int
    close: int | None
    continues: bool = False  # opens a paragraph that continues an unclosed quote of the previous one


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{\u2014-:;,/":
        return not after.isspace()
    return False


def find_quotations(text: str) -> list[Marked]:
    """Top-level quotations, paired per paragraph. Marks inside a quotation that are of the other kind
    (single inside double) are nested quotes and stay part of the outer quotation's text. A text with no
    double marks that writes them as two apostrophes (''like this'', an archive convention) is read with
    those as its double marks."""
    if "''" in text and not any(c in text for c in OPEN_DOUBLE | CLOSE_DOUBLE | {STRAIGHT}):
        # the same length, so offsets hold: the first apostrophe becomes the mark, the second a filler
        marks = _find_quotations(text.replace("''", '"\x01'))
        for m in marks:
            if text[m.open:m.open + 2] == "''":
                m.start = m.open + 2
            if m.close is not None and text[m.close:m.close + 2] == "''":
                m.close += 1
        return [m for m in marks if m.end > m.start]
    return _find_quotations(text)


def _find_quotations(text: str) -> list[Marked]:
    uses_double = any(c in text for c in OPEN_DOUBLE | CLOSE_DOUBLE | {STRAIGHT})
    out: list[Marked] = []
    prev_open_at_end = False
    for p_start, p_end in _paragraphs(text):
        open_at: int | None = None
        open_char = ""
        first_in_par = True
        for i in range(p_start, p_end):
            c = text[i]
            if uses_double:
                is_open = c in OPEN_DOUBLE or (c == STRAIGHT and open_at is None and _is_opening_straight(text, i))
                is_close = c in CLOSE_DOUBLE or (c == STRAIGHT and open_at is not None)
            else:
                is_open = c in OPEN_SINGLE and (i == 0 or not text[i - 1].isalnum())
                is_close = c in CLOSE_SINGLE and open_at is not None and \
                    (i + 1 >= len(text) or not text[i + 1].isalpha())
            if open_at is None and is_open:
                open_at, open_char = i, c
            elif open_at is not None and is_close:
                if c == STRAIGHT and open_char != STRAIGHT and c not in CLOSE_DOUBLE:
                    continue
                if i > open_at + 1:
                    out.append(Marked(open_at, open_at + 1, i, i,
                                      continues=first_in_par and prev_open_at_end and open_at == p_start))
                    first_in_par = False
                open_at = None
            elif open_at is None and is_close and c != STRAIGHT and uses_double:
                continue  # a stray closing mark
        prev_open_at_end = False
        if open_at is not None:
            end = p_end
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            if end > open_at + 1:
                out.append(Marked(open_at, open_at + 1, end, None,
                                  continues=first_in_par and open_at == p_start))
                prev_open_at_end = True
    return out


# -- the extractor ------------------------------------------------------------------------------------

@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: Token | None = None
    cue_text: str | None = None
    speaker_span: Span | None = None
    speaker: Actor | None = None
    channel: str | None = None
    marked: Marked | None = None
    inherited: bool = False
    pieces: list[list[int]] = field(default_factory=list)


class _Extractor:
    def __init__(self, doc: Doc, record: Record):
        self.doc = doc
        self.text = record.article.text  # what `doc` parses: Doc.text would rebuild it token by token
        self.record = record
        self.index = doc._.actor_index
        self.paragraphs = _paragraphs(self.text)
        self.paragraph_starts = [s for s, _ in self.paragraphs]
        self.body_starts: dict[int, int] = {}  # paragraph start -> where its text starts after a dateline
        self.marks = find_quotations(self.text)
        self.quoted = [(m.start, m.end) for m in self.marks]
        self.speech, self.belief, self.stance = speech_verbs(), belief_verbs(), stance_verbs()
        self.ents = list(doc.ents)  # doc.ents builds new spans on every call
        self.quote_starts = [s for s, _ in self.quoted]

    # helpers
    def in_quote(self, tok: Token) -> bool:
        return self.quoted_at(tok.idx)

    def quoted_at(self, char: int) -> bool:
        """The character lies inside a quotation (the quotations are disjoint and in text order)."""
        n = bisect_right(self.quote_starts, char) - 1
        return n >= 0 and char < self.quoted[n][1]

    def paragraph_of(self, char: int) -> int:
        """The paragraph holding the character or ending right at it (by bisection: the paragraphs are in text
        order); any other character (a line break between paragraphs) gives the last paragraph."""
        n = bisect_right(self.paragraph_starts, char) - 1
        if n >= 1 and char == self.paragraphs[n - 1][1]:
            return n - 1
        if n >= 0 and char <= self.paragraphs[n][1]:
            return n
        return len(self.paragraphs) - 1

    def is_cue(self, tok: Token, belief: bool = False) -> bool:
        if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")):
            return False
        lemma = tok.lemma_.lower()
        return lemma in self.speech or (belief and (lemma in self.belief or lemma in self.stance))

    def according_to(self, tok: Token) -> bool:
        return tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to"

    # -- main
    def run(self) -> list[Quote]:
        found: list[_Found] = []
        for m in self.marks:
            f = self.direct(m)
            if f.kind == "partial" and f.cue is None:
                continue  # scare quotes and titles: a quoted fragment with no one reported as saying it
            if self.is_title(m):
                continue
            found.append(f)
        kept: list[_Found] = []
        for f in self.indirect():
            # the same content cued twice ("X said ... , he said"): keep the first cue
            if not any(_overlap(f, k) >= 0.8 for k in kept):
                kept.append(f)
        for f in self.fragment_contents(found):
            # a cue's content clause found already is what it reports, not the cue's whole complement
            if not any(_overlap(f, k) >= 0.8 or (k.cue is not None and k.cue.i == f.cue.i
                                                    and k.start < f.end and f.start < k.end)
                       for k in kept):
                kept.append(f)
        # what is reported inside another report ("said the union expected X", "said he doubted X", "said
        # that she had told them X") is part of that report, not a report of its own, unless someone else
        # is named as saying it
        kept = [f for f in kept if not any(
            k is not f and k.cue is not None and k.cue.lemma_.lower() in self.speech and f.cue is not None
            and f.cue_text != "according to" and k.start <= f.cue.idx and f.end <= k.end
            and (f.cue.lemma_.lower() not in self.speech or not self.other_speaker(f, k)) for k in kept)]
        kept = self.uncross(kept)
        found += kept
        found += self.transcript_lines(found)
        found += self.headline(found)
        found.sort(key=lambda f: (f.start, f.end))
        self.resolve(found)
        for f in found:
            f.pieces = self.pieces_of(f)
        found = join_interrupted(found, self.text, self.paragraph_of, self.opens_paragraph,
                                 lambda f: f.marked is not None and f.marked.continues)
        self.according_over_quotes(found)
        quotes = []
        for n, f in enumerate(found, 1):
            sp = f.speaker_span
            quotes.append(Quote(
                id=f"q{n}", text=" ".join(self.text[a:b] for a, b in f.pieces), start=f.start, end=f.end,
                kind=f.kind, pieces=f.pieces,
                speaker=f.speaker.id if f.speaker else None, speaker_text=sp.text if sp is not None else None,
                cue=f.cue_text, channel=f.channel,
                speaker_start=sp.start_char if sp is not None else None,
                speaker_end=sp.end_char if sp is not None else None,
                date=self.date_for(f)))
        return quotes

    def uncross(self, kept: list[_Found]) -> list[_Found]:
        """Two reports whose contents each hold the other's cue ("A, Mr. X said, B, as Y said before he died"):
        the one cued first is the sentence's report and ends where the later cue's clause begins; the later
        one, reaching back over it, goes."""
        out = []
        for f in kept:
            outer = next((k for k in kept if k is not f and k.cue is not None and f.cue is not None
                          and k.cue.i < f.cue.i and f.start < k.cue.idx < f.end and k.start < f.cue.idx < k.end),
                         None)
            if outer is None:
                out.append(f)
                continue
            cut = f.cue.left_edge.i
            while cut > outer.cue.i + 1 and (self.doc[cut - 1].is_punct or self.doc[cut - 1].is_space) \
                    and self.doc[cut - 1].text not in CLOSE_DOUBLE | {STRAIGHT, "''"}:
                cut -= 1
            if outer.cue.i < cut and self.doc[cut - 1].idx > outer.start:
                outer.end = min(outer.end, self.doc[cut - 1].idx + len(self.doc[cut - 1].text))
        return out

    # -- direct and partial quotes
    def quote_tokens(self, m: Marked) -> list[Token]:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return list(span) if span is not None else []

    def other_speaker(self, inner: _Found, outer: _Found) -> bool:
        """The inner report names a speaker of its own: a name or nominal, not a pronoun, unlike the outer's."""
        a, b = inner.speaker_span, outer.speaker_span
        if a is None or b is None:
            return False
        if a.root.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            return False
        return a.text.lower() != b.text.lower() and a.root.lower_ != b.root.lower_

    def is_title(self, m: Marked) -> bool:
        """A stage note in quotation marks ("(CROSSTALK)", "[APPLAUSE]"): nobody's words."""
        content = self.text[m.start:m.end].strip()
        return bool(re.fullmatch(r"[(\[][A-Z ]+\.?[)\]][.,]?", content))

    def kind_of(self, m: Marked) -> str:
        content = self.text[m.start:m.end].strip()
        first = next((c for c in content if c.isalnum()), "")
        if not first or not (first.isupper() or first.isdigit()):
            return "partial"
        if m.close is None or m.continues:
            return "direct"
        if content[-1:] in {",", ".", "!", "?", "\u2026", ":", ";", "-", "\u2014", "\u2013"}:
            return "direct"
        before = self.text[:m.open].rstrip()
        p_start = self.paragraphs[self.paragraph_of(m.open)][0]
        if m.open == p_start or before.endswith((":", ".", "!", "?")) or len(before) <= p_start:
            return "direct"
        after = self.text[m.close + 1: m.close + 3]
        if after.startswith(","):
            return "direct"
        return "partial"

    def frame(self, m: Marked) -> list[Token]:
        """Tokens around the quote, outside any quotation, that may hold its cue: the sentence before the
        opening mark up to the mark, and after the closing mark up to the end of that sentence, within the
        paragraph."""
        p_start, p_end = self.paragraphs[self.paragraph_of(m.open)]
        toks: list[Token] = []
        first = self.doc.char_span(m.open, m.open + 1, alignment_mode="expand")
        if first is not None:
            # the sentence's tokens up to the mark's (tokens after it start after the mark)
            sent = first[0].sent
            toks += [t for t in self.doc[sent.start:first[0].i + 1] if t.idx < m.open and t.idx >= p_start]
        end_char = m.close + 1 if m.close is not None else m.end
        tail = self.doc.char_span(end_char, p_end, alignment_mode="contract") if end_char < p_end else None
        if tail is not None and len(tail):
            # read token by token as far as needed, not the whole rest of the paragraph
            sent_end = tail[0].sent.end
            # A quote ending with a comma is followed by its cue clause, even when the parser split there.
            for t in tail:
                if self.in_quote(t):
                    break
                if t.i >= sent_end and not (t.i == sent_end and self.text[m.start:m.end].rstrip().endswith(",")):
                    break
                toks.append(t)
                if t.text in {".", "!", "?"} and t.i > tail.start:
                    break
        return [t for t in toks if not self.in_quote(t)]

    def direct(self, m: Marked) -> _Found:
        f = _Found(m.start, m.end, self.kind_of(m), marked=m)
        qtoks = self.quote_tokens(m)
        # 1. a speech verb outside the quote that governs a word of it
        # (the outermost one: in "X said the group will announce it "within days"", the words are X's)
        qset = {t.i for t in qtoks}
        governing: Token | None = None
        for t in qtoks:
            for anc in t.ancestors:
                if anc.i in qset or self.in_quote(anc) or not self.same_paragraph(anc, m.open):
                    continue
                if self.is_cue(anc) and not self.negated(anc) and (governing is None or (
                        anc in governing.ancestors and not self.own_report(governing))):
                    governing = anc
        if governing is not None:
            self.set_cue(f, governing)
            return f
        # 2. the nearest cue in the frame
        frame = self.frame(m)
        cands = [t for t in frame if self.is_cue(t) or self.according_to(t)]
        if cands:
            def dist(t: Token) -> int:
                return m.open - t.idx if t.idx < m.open else t.idx - (m.close or m.end)
            best = min(cands, key=dist)
            if self.according_to(best):
                self.set_according(f, best)
            else:
                self.set_cue(f, best)
            return f
        # 3. a sentence ending in a colon just before the quote: "He said:"
        before = self.text[:m.open].rstrip()
        if before.endswith(":"):
            colon = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
            if colon is not None:
                cands = [t for t in colon[0].sent if self.is_cue(t) and not self.in_quote(t)]
                if cands:
                    self.set_cue(f, cands[-1])
                    return f
        return f

    @staticmethod
    def own_report(cue: Token) -> bool:
        """A participle cue hanging on another cue ("he said, adding that "X"", "said Y, warning that "X""):
        a report of its own, not part of the other cue's content."""
        return cue.tag_ == "VBG" and cue.dep_ in {"advcl", "conj"}

    def set_according(self, f: _Found, tok: Token) -> None:
        f.cue = tok
        f.cue_text = "according to"
        to = self.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            f.speaker_span = self.noun_phrase(pobj)

    def set_cue(self, f: _Found, cue: Token) -> None:
        f.cue = cue
        text = cue.text
        parts = CUE_PARTICLES.get(cue.lemma_.lower(), set())
        nxt = self.doc[cue.i + 1] if cue.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.lower_ in parts:
            text += " " + nxt.text
        subj = self.subject(cue)
        head = cue
        if subj is None:
            subj = self.inverted_subject(cue)
        if subj is None:
            subj = self.main_clause_subject(cue)
        if subj is None and cue.dep_ in {"ROOT", "parataxis"}:
            subj = self.loose_subject(cue)
        while subj is None and head.dep_ in CLIMB_DEPS and head.head != head:
            if head.dep_ == "pcomp":
                head, subj = self.gerund_holder(head)
                if head is None:
                    break
                continue
            if head.dep_ == "xcomp" and head.head.i < head.i:
                text = self.text[head.head.idx: cue.idx + len(cue.text)] if head is cue else text
            from_adjective = head.dep_ == "acomp"
            head = head.head
            if self.in_quote(head) and not self.in_quote(cue):
                # the parse hangs the cue on quoted words ("asserting, "Of course, I pay taxes""): the quotation's
                # words are not the cue's subject; the sentence's subject outside them is
                subj = self.sentence_subject(cue)
                break
            if head.dep_ == "relcl" and not self.subject(head):
                break
            subj = self.subject(head)
            if subj is not None and (subj.dep_ == "expl" or from_adjective and subj.lower_ in {"it", "there"}):
                subj = None  # "it is worth noting that X": nobody's report
            if head.dep_ == "relcl" and subj is not None and subj.tag_ in {"WP", "WDT"}:
                subj = head.head
        if cue.dep_ == "xcomp" and cue.head.i < cue.i and head is not cue:
            text = self.text[cue.head.idx: cue.idx + len(cue.text)]
            if nxt is not None and nxt.lower_ in parts:
                text += " " + nxt.text
        if subj is not None and subj.tag_ in {"WP", "WDT"} and cue.dep_ == "relcl":
            subj = cue.head
        f.cue_text = text
        if subj is not None and subj.dep_ != "nsubjpass":
            f.speaker_span = self.noun_phrase(subj)
        elif subj is not None:
            agent = next((c for c in cue.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                f.speaker_span = self.noun_phrase(pobj)
        f.channel = self.channel(cue)

    def gerund_holder(self, gerund: Token) -> tuple[Token | None, Token | None]:
        """A cue that is the object of a preposition ("by saying X", "stopped short of calling X Y", "accused
        her of saying X"): the verb holding the preposition, and who speaks: that verb's object before "for" or
        "of" (the one accused, praised, blamed), else its subject ("left the hall after saying X")."""
        prep = gerund.head
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"} or verb is prep:
            return None, None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None) \
            if prep.lower_ in {"for", "of"} else None
        return verb, (obj if obj is not None else self.subject(verb))

    def opens_paragraph(self, f: _Found) -> bool:
        """The quote's opening mark is the first thing in its paragraph's text."""
        if f.marked is None:
            return False
        return f.marked.open == self.body_start(self.paragraphs[self.paragraph_of(f.marked.open)][0])

    def same_paragraph(self, tok: Token, char: int) -> bool:
        return self.paragraph_of(tok.idx) == self.paragraph_of(char)

    @staticmethod
    def negated(tok: Token) -> bool:
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        return tok.dep_ == "conj" and any(c.dep_ == "neg" for c in tok.head.children)

    def subject(self, verb: Token) -> Token | None:
        """The verb's subject in its own paragraph (a headline run into the sentence is no subject) and, for a
        verb outside quotation marks, outside them too ("asserting, "I pay taxes"" is not said by "I"); the one
        closest to the verb."""
        subs = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and self.same_paragraph(c, verb.idx)
                and (self.in_quote(verb) or not self.in_quote(c))  # a word quoted is no subject of the cue
                and not (verb.tag_ == "VBG" and c.i > verb.i)]  # "citing factors": no subject after a participle
        subs = [s for s in (self.named_subject(c) for c in subs) if s is not None]
        return min(subs, key=lambda c: abs(c.i - verb.i)) if subs else None

    def named_subject(self, subj: Token) -> Token | None:
        """The subject, or the name in apposition to it: a subject the parse found in the paragraph's dateline
        ("WASHINGTON -- President X, ..., said") is the apposition after it, else nobody; a subject that is
        no name, with a person's name in apposition ("With 50 days until the election, Jane Doe, an adviser,
        called ...", "One of the men, Jessie Doe, 70, said"), is that name."""
        body = self.body_start(self.paragraphs[self.paragraph_of(subj.idx)][0])
        appos = [c for c in subj.children if c.dep_ == "appos" and c.idx >= body]
        if subj.idx < body:
            return appos[0] if appos else None
        if subj.ent_type_ in {"", "CARDINAL"} and (subj.pos_ == "NOUN" or subj.lower_ == "one"):
            return next((c for c in appos if c.ent_type_ == "PERSON"), subj)
        return subj

    _DATELINE = re.compile(r"[A-Z][A-Z .,'-]+(?:\([^)]*\))?\s*(?:\u2014|\u2013|--|-)\s")

    def body_start(self, p_start: int) -> int:
        """Where a paragraph's text starts after its dateline ("WASHINGTON -- "), which is nobody's words."""
        if p_start not in self.body_starts:
            m = self._DATELINE.match(self.text, p_start, p_start + 60)
            self.body_starts[p_start] = m.end() if m else p_start
        return self.body_starts[p_start]

    def sentence_subject(self, cue: Token) -> Token | None:
        """The first subject in the cue's sentence before it, outside quotation marks and the dateline."""
        body = self.body_start(self.paragraphs[self.paragraph_of(cue.idx)][0])
        return next((t for t in self.doc[cue.sent.start: cue.i] if t.dep_ == "nsubj" and t.idx >= body
                     and not self.in_quote(t) and t.tag_ not in {"WP", "WDT"}), None)

    def main_clause_subject(self, cue: Token) -> Token | None:
        """A finite cue the parse coordinates with the verb of an embedded question ("X put off deciding
        whether Y could question Z but said ..."): a question has no "but said" of its own, so the cue goes
        with the clause holding the question, whose subject speaks."""
        if cue.dep_ != "conj" or cue.tag_ not in {"VBD", "VBZ", "VBP"} or not any(
                c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in cue.head.children):
            return None
        head = cue.head.head
        while head.dep_ in {"xcomp", "ccomp", "advcl", "pcomp"} and self.subject(head) is None and head.head != head:
            head = head.head
        return self.subject(head)

    def inverted_subject(self, cue: Token) -> Token | None:
        """A cue right after a quotation with its speaker after it (""The risk," said X, an economist",
        ""How big is it?" asked the boy"), which the parse may give the quoted words as subject or take the
        speaker for an object: the first name, noun or pronoun after the cue, before any comma, is who speaks."""
        prev = self.doc[cue.i - 1] if cue.i > 0 else None
        if prev is None or not (prev.text in CLOSE_DOUBLE | {STRAIGHT, "''"} or self.in_quote(prev)) \
                or cue.tag_ in {"VBG", "VBN"}:  # ", adding that X": a participle has no subject after it
            return None
        for t in self.doc[cue.i + 1: min(cue.i + 8, cue.sent.end)]:
            if t.is_punct or self.in_quote(t) or t.dep_ == "mark":
                return None
            if t.lower_ in PERSON_PRONOUNS or (t.pos_ in {"PROPN", "NOUN"} and t.dep_ not in {"npadvmod", "pobj"}
                                                 and t.ent_type_ not in {"DATE", "TIME"}):
                while t.dep_ in {"compound", "amod", "nmod"} and t.head.i > t.i:
                    t = t.head
                return t
        return None

    def loose_subject(self, cue: Token) -> Token | None:
        """When the parse gives the cue no subject ("Lopez, who leads ..., said", a name parsed as an
        apposition): the nearest person named before the cue in its clause, else the nearest name or
        pronoun; never inside a quotation or the dateline."""
        p_start = self.paragraphs[self.paragraph_of(cue.idx)][0]
        sent = cue.sent
        toks = [t for t in self.doc[sent.start: cue.i] if t.idx >= p_start and not self.in_quote(t)]
        toks = [t for t in toks if t.idx >= self.body_start(p_start)]
        for pred in (lambda t: t.ent_type_ == "PERSON",
                     lambda t: t.ent_type_ in {"ORG", "NORP", "GPE"} or t.lower_ in {"he", "she", "they"}):
            cands = [t for t in toks if pred(t)]
            if cands:
                tok = cands[-1]
                ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
                return self.doc[ent.end - 1] if ent is not None else tok
        return None

    def noun_phrase(self, head: Token) -> Span:
        """The mention a subject token stands for: the named entity holding it, else the head with its
        left modifiers and prepositional phrases (no relative clauses or appositions)."""
        for ent in self.ents:
            if ent.start <= head.i < ent.end and ent.label_ in {"PERSON", "ORG", "NORP", "GPE"}:
                # "Army spokesman John Doe": the name, not the title
                return ent
        start = head.left_edge.i
        end = head.i + 1
        for c in head.rights:
            if c.dep_ == "prep" and c.lower_ in {"of", "from", "in", "at", "for", "with"} and c.i == end:
                end = c.right_edge.i + 1
                # stop at a relative clause inside the prepositional phrase
                for t in self.doc[c.i: end]:
                    if t.dep_ in {"relcl", "acl"} or t.text in {",", "(", "\u2014", "--"}:
                        end = min(t.left_edge.i, t.i) if t.dep_ in {"relcl", "acl"} else t.i
                        break
            elif c.dep_ in {"compound", "amod"} and c.i == end:
                end = c.i + 1
            else:
                break
        while start < head.i and self.doc[start].is_punct:
            start += 1
        while end - 1 > head.i and self.doc[end - 1].is_punct:
            end -= 1
        return self.doc[start:end]

    def channel(self, cue: Token) -> str | None:
        cands: list[Token] = []
        for c in cue.children:
            if c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "during", "via", "through", "to", "from"}:
                cands += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN"}:
                cands.append(c)
        # a channel phrase fronted before the clause: "In another audio message, he called for ..."
        head = cue
        while head.dep_ in {"xcomp"} and head.head != head:
            head = head.head
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "during", "via"}:
                    cands += [g for g in c.children if g.dep_ == "pobj"]
        for obj in cands:
            phrase = self.channel_phrase(obj)
            if phrase:
                return phrase
        return None

    def channel_phrase(self, obj: Token) -> str | None:
        mods = [c for c in obj.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.i >= obj.i - 3
                and c.lower_ not in {"another", "other", "own", "new", "recent", "latest"}]
        start = min([m.i for m in mods] + [obj.i])
        words = self.doc[start: obj.i + 1]
        low = " ".join(t.lower_ for t in words)
        for ch in channel_words():
            if re.search(r"(^|\s)" + re.escape(ch) + r"$", low) or (len(words) == 1 and low == ch):
                text = words.text
                # "a news conference in Denver": keep a following place
                for c in obj.rights:
                    if c.dep_ == "prep" and c.lower_ in {"in", "at"}:
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if pobj is not None and pobj.ent_type_ in {"GPE", "LOC", "FAC"}:
                            text = self.text[words.start_char: pobj.right_edge.idx + len(pobj.right_edge.text)]
                        break
                # the word itself must be a channel, not a channel word used as an adjective
                if obj.lower_ in ch.split() or obj.lower_ == ch.split()[-1]:
                    return text
        return None

    # -- indirect quotes
    def indirect(self) -> list[_Found]:
        out: list[_Found] = []
        for tok in self.doc:
            if self.in_quote(tok):
                continue
            if self.according_to(tok):
                f = self.according_content(tok)
                if f:
                    out.append(f)
                continue
            if tok.pos_ == "ADJ" and tok.lower_ in STANCE_ADJECTIVES:
                f = self.adjective_content(tok)
                if f is not None:
                    out.append(f)
                continue
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
                f = self.noun_content(tok)
                if f is not None:
                    out.append(f)
                continue
            if not self.is_cue(tok, belief=True):
                continue
            content = self.content_of(tok)
            if content is None:
                continue
            start, end = self.trim_cue_adjuncts(*content, tok)
            if start > tok.idx:
                start = self.from_complementizer(start, end)
                start, end = self.trim_tail(start, end)
            elif end > tok.idx:  # a content around its cue: the writer's tail is sought after the cue clause only
                end = self.trim_tail(tok.idx + len(tok.text), end)[1]
            start, end = self.close_quotation(start, end)
            if self.inside_quotation(start, end):
                continue
            f = _Found(start, end, "indirect")
            self.set_cue(f, tok)
            if f.speaker_span is None:
                continue
            out.append(f)
        return out

    def from_complementizer(self, start: int, end: int) -> int:
        """Where a content after its cue starts when a "that" clause follows words with no verb ("told one of
        his proteges on a regular basis that X", "telling a veterans group that X"): at the "that", the
        addressee and the cue's phrases before it left to the cue."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return start
        for t in span[1:]:
            # a verb, a quotation or a subject before the "that" ("said the claim that X was false"): the clause
            # starts earlier
            if t.pos_ in {"VERB", "AUX"} or self.in_quote(t) or SUBJECT_DEPS & {span[0].dep_, t.dep_}:
                return start
            if t.lower_ == "that" and t.i + 1 < span.end and (t.dep_ == "mark" or self.doc[t.i + 1].dep_ in
                                                               SUBJECT_DEPS | {"det", "punct"}):
                return t.idx
        return start

    def adjective_content(self, adj: Token) -> _Found | None:
        """A stance adjective with its clause: "she was sure (that) X", "they are convinced X", "he is worried
        that X"; its source is the subject of the copula."""
        if adj.dep_ not in {"acomp", "ROOT"}:
            return None
        clause = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        if clause is None and adj.dep_ == "acomp":
            clause = next((c for c in adj.head.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        if clause is None:
            return None
        verb = adj.head if adj.dep_ == "acomp" else adj
        subj = self.subject(verb)
        if subj is None or subj.dep_ == "csubj" or subj.lower_ in {"it", "there", "this", "that"} \
                or subj.tag_ in {"WP", "WDT"} or self.negated(verb):
            return None
        span = self.clause_span(clause)
        if span is None:
            return None
        start, end = self.close_quotation(*self.trim_tail(*span))
        if self.inside_quotation(start, end):
            return None
        return _Found(start, end, "indirect", cue=adj, cue_text=adj.text, speaker_span=self.noun_phrase(subj))

    def noun_content(self, noun: Token) -> _Found | None:
        """A statement noun with what it states: "her claim that X", "an agreement to X", "his criticism of
        X", "calls for X". Its source is the noun's possessor ("her", "the senator's"), else the subject of
        the verb it is the object of ("they extracted an agreement to X", "Democrats persisted in arguments
        that X"); a noun with neither is the writer's and no report."""
        toks: list[Token] = []
        for c in noun.children:
            if c.i < noun.i:
                continue
            if c.dep_ in {"acl", "ccomp"} and (any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                                               or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)):
                toks = list(c.subtree)
                break
            if c.dep_ == "prep" and c.lower_ in NOUN_PREPS.get(noun.lemma_.lower(), ()) and c.i == noun.i + 1:
                toks = [t for g in c.children if g.dep_ in {"pobj", "pcomp"} for t in g.subtree]
                break
        if len(toks) < 2:
            return None
        span = self.token_span(toks)
        if span is None:
            return None
        start, end = self.close_quotation(*self.trim_tail(*span))
        if self.inside_quotation(start, end):
            return None
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        if source is None:
            head = noun.head
            if noun.dep_ == "pobj" and head.dep_ == "prep":
                head = head.head
            if noun.dep_ in {"dobj", "pobj"} and head.pos_ in {"VERB", "AUX"} and head.i < noun.i:
                source = self.subject(head)
                if source is not None and source.dep_ == "nsubjpass":
                    source = None
        if source is None or source.tag_ in {"WP", "WDT"} or source.lower_ in {"it", "there", "this", "that"}:
            return None
        f = _Found(start, end, "indirect", cue=noun, cue_text=noun.text, speaker_span=self.noun_phrase(source))
        return f

    _LINE = re.compile(r"^([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}):[ \t]+(\S.*)$")

    # A headline that ends with its cue: "Dam Will Hold, Chief Engineer Says."
    _HEAD_SAYS = re.compile(r"^(\S.*\S),\s+((?:[A-Z][\w.'\u2019-]*\s+){1,6})(Says|Said|Warns|Claims|Insists|Argues"
                            r"|Admits|Tells \w+|Predicts|Contends|Concedes)\.?$")
    # Labels that head a headline without being anyone who says it.
    _HEAD_LABELS = {"the latest", "update", "updated", "breaking", "exclusive", "watch", "video", "analysis",
                    "opinion", "live", "photos", "editorial", "fact check", "correction"}

    def headline(self, found: list[_Found]) -> list[_Found]:
        """The opening line when it is a headline (no more than a line, no sentence inside) reporting a claim
        with its cue at the end ("X, Y Says.")."""
        if not self.paragraphs:
            return []
        p_start, p_end = self.paragraphs[0]
        line = self.text[p_start:p_end]
        if any(f.start < p_end for f in found) or len(line) > 160:
            return []
        m = self._HEAD_SAYS.match(line.strip())
        if not m:
            return self.headline_verb(p_start, p_end)
        off = p_start + (len(line) - len(line.lstrip()))
        name_span = self.doc.char_span(off + m.start(2), off + m.end(2) - 1, alignment_mode="expand")
        if name_span is None:
            return []
        return [_Found(off + m.start(1), off + m.end(1), "indirect", cue=None, cue_text=m.group(3),
                       speaker_span=name_span)]

    # Headline cues beyond the speech and stance verbs: attack verbs of headline style.
    _HEAD_VERBS = {"rip", "hammer", "knock", "torch", "scold", "rap"}

    def headline_verb(self, p_start: int, p_end: int) -> list[_Found]:
        """A headline "X Verbs Y" ("Lawmakers Rip Y As Z", "Senator urges Y"), one line with no sentence
        inside, whose first present-tense verb is a cue: X says or holds Y. Headline case confuses the
        parser, so the verb is found by its form (the third person "-s") and the word lists."""
        line = self.text[p_start:p_end].rstrip()
        if line.rstrip(".;: ").count(".") and not re.search(r"\b[A-Z]\.", line):
            return []
        words = list(re.finditer(r"[\w'\u2019-]+", line))
        verbs = self.speech | self.stance | self._HEAD_VERBS
        for n, w in enumerate(words[1:6], 1):
            low = w.group().lower()
            if not low.endswith("s") or len(low) < 4:
                continue
            stem = low[:-1]
            if stem not in verbs and not (low.endswith("es") and low[:-2] in verbs):
                continue
            if ":" in line[:w.start()] or any(c in line[:w.start()] for c in "\u2018\u201c\"'"):
                return []
            start = p_start + words[n].end()
            while start < p_end and self.text[start] == " ":
                start += 1
            end = p_start + len(line)
            while end > start and self.text[end - 1] in ".;: ":
                end -= 1
            if end - start < 3:
                return []
            name_span = self.doc.char_span(p_start + words[0].start(), p_start + words[n - 1].end(),
                                           alignment_mode="expand")
            if name_span is None:
                return []
            return [_Found(start, end, "indirect", cue=None, cue_text=w.group(), speaker_span=name_span)]
        return []

    def transcript_lines(self, found: list[_Found]) -> list[_Found]:
        """"NAME: words" paragraphs (interview transcripts, "Speaker: claim" headlines): the words are the
        named speaker's. On the opening line (a headline) the name need not be recognised as one
        ("Poll: ..."), unless it is a label ("The Latest: ...")."""
        out = []
        for n, (p_start, p_end) in enumerate(self.paragraphs):
            m = self._LINE.match(self.text[p_start:p_end])
            if not m:
                continue
            name_span = self.doc.char_span(p_start, p_start + len(m.group(1)), alignment_mode="expand")
            if name_span is None:
                continue
            is_name = m.group(1).isupper() or any(t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in name_span)
            if n == 0 and p_end - p_start <= 160 and m.group(1).lower() not in self._HEAD_LABELS:
                is_name = True
            if not is_name:
                continue
            start = p_start + m.start(2)
            end = p_end
            while end > start and self.text[end - 1].isspace():
                end -= 1
            if any(f.start <= start < f.end or start <= f.start < end for f in found if f.kind == "direct"):
                continue
            out.append(_Found(start, end, "direct", cue=None, cue_text=":", speaker_span=name_span))
        return out

    def fragment_contents(self, found: list[_Found]) -> list[_Found]:
        """A quoted fragment that is the object of its cue ("called it "the biggest attack in history"",
        "says it is "dangerous"") with no content clause: what the cue reports is the cue's whole
        complement, an indirect quote holding the fragment."""
        out = []
        for f in found:
            if f.kind != "partial" or f.cue is None or f.cue_text == "according to" or f.speaker_span is None:
                continue
            cue = f.cue
            comps = [c for c in cue.children if c.i > cue.i and c.dep_ in
                     {"dobj", "oprd", "xcomp", "ccomp", "prep", "attr", "acomp", "dative", "advcl", "npadvmod"}]
            if not comps or any(c.dep_ == "ccomp" and any(g.dep_ == "mark" for g in c.children) for c in comps):
                continue  # no complement, or a content clause of its own (an indirect quote already)
            toks = [t for c in comps for t in c.subtree]
            if not toks:
                continue
            lo, hi = min(t.i for t in toks), max(t.i for t in toks)
            span = self.token_span(list(self.doc[lo: hi + 1]))
            if span is None or not (span[0] <= f.start and f.end <= span[1] + 1) \
                    or span[1] - span[0] <= (f.end - f.start) + 3:
                continue
            span = self.close_quotation(self.from_complementizer(*span), span[1])
            g = _Found(span[0], span[1], "indirect", cue=f.cue, cue_text=f.cue_text, speaker_span=f.speaker_span,
                       channel=f.channel)
            out.append(g)
        return out

    # Words that open a trailing clause of the writer's after a comma: "X, although ...", "X, while ...".
    # Concessive words that open the writer's aside. Not "while", "whereas", "despite": PolNeAR keeps the
    # contrast and the concession inside the content ("that his assessment hasn't changed, despite their
    # recent call"), and so does a reader; measured on the tune half and a PolNeAR train sample.
    _TAIL_MARKS = {"although", "though", "even", "which", "who", "whom", "whose"}

    def trim_tail(self, start: int, end: int) -> tuple[int, int]:
        """The content without what the writer hangs on it after a comma: a non-restrictive relative
        clause (", which ..."), a participle (", forcing ...", ", contradicting ..."), a concessive clause
        (", although ..."), a source phrase (", according to ..."), or a coordinated clause with a speech verb
        of its own (", and others warned that ..."). An apposition closing the content (", a former
        governor ...") and a contrast (", while ...", ", despite ...") stay: they describe what is reported."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return start, end
        for tok in span:
            # "X and warned Y", "X and called on Y": the reporter's next report, coordinated with the cue
            if tok.lower_ in {"and", "but"} and tok.dep_ == "cc" and tok.i - span.start >= 3 \
                    and not self.in_quote(tok) and tok.i + 1 < span.end:
                nxt = self.doc[tok.i + 1]
                if nxt.dep_ == "conj" and nxt.pos_ == "VERB" and nxt.tag_ in {"VBD", "VBZ"} \
                        and (nxt.lemma_.lower() in self.speech or nxt.lemma_.lower() in self.stance) \
                        and self.subject(nxt) is None:
                    prev = self.doc[tok.i - 1]
                    if prev.text == ",":
                        prev = self.doc[tok.i - 2]
                    return start, prev.idx + len(prev.text)
            if tok.text not in {",", "(", "\u2014", "--", "\u2015"} or tok.i + 1 >= span.end \
                    or self.in_quote(self.doc[tok.i + 1]):
                continue
            if tok.i - span.start < 3:
                continue
            n = self.doc[tok.i + 1]
            if n.text in CLOSE_DOUBLE | {STRAIGHT, "''"} and n.i + 1 < span.end:  # '"partial," meaning ...'
                n = self.doc[n.i + 1]
            low = n.lower_
            cut = False
            if low in {"who", "which", "whom", "whose"}:
                # a relative clause is the writer's only when it closes the content; one after the content's
                # subject ("that the province, which is north of the capital, was captured") is part of it
                cut = n.tag_ in {"WDT", "WP", "WP$"} and n.head.right_edge.i >= span.end - 2
            elif low in self._TAIL_MARKS:
                cut = low != "even" or (n.i + 1 < len(self.doc) and self.doc[n.i + 1].lower_ in {"though", "as", "if"})
            elif n.tag_ == "VBG" and n.dep_ in {"advcl", "acl", "xcomp", "conj", "dep"} \
                    and low not in {"including", "according"}:
                cut = True
            elif n.tag_ == "RB" and n.i + 1 < span.end and self.doc[n.i + 1].tag_ == "VBG" \
                    and self.doc[n.i + 1].dep_ in {"advcl", "acl", "xcomp", "conj", "dep"}:
                cut = True  # ", implicitly putting ...": a participle with its adverb
            elif low == "according" and n.i + 1 < len(self.doc) and self.doc[n.i + 1].lower_ == "to":
                cut = True
            elif low in {"and", "but"}:
                verb = next((t for t in self.doc[n.i + 1: span.end]
                             if t.pos_ in {"VERB", "AUX"} and t.dep_ == "conj"), None)
                cut = verb is not None and verb.lemma_.lower() in self.speech and self.subject(verb) is not None
            if cut:
                last = self.doc[tok.i - 1]
                if n.i > tok.i + 1:  # the comma and the mark close a quoted fragment: keep them
                    return start, self.doc[n.i - 1].idx + len(self.doc[n.i - 1].text)
                if self.in_quote(tok):  # the comma closes a quoted fragment: keep it and its mark
                    return start, tok.idx + len(tok.text)
                return start, last.idx + len(last.text)
        return start, end

    # Dependents of a cue that say when or how it was said, never what: "endorsed X on Thursday", "told
    # reporters this weekend X", "blasted X as a disgrace Wednesday".
    _ADJUNCT_DEPS = {"npadvmod", "advmod", "prep", "tmod", "advcl"}

    def trim_cue_adjuncts(self, start: int, end: int, cue: Token) -> tuple[int, int]:
        """The content without a time phrase of the cue's at either edge (a DATE or TIME entity hanging on
        the cue itself, with its preposition), which a contiguous span running over the cue's complements
        takes in."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return start, end
        adjuncts = [c for c in cue.children if c.dep_ in self._ADJUNCT_DEPS and span.start <= c.i < span.end
                    and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
                    and all(t.ent_type_ in {"DATE", "TIME"} or t.dep_ in {"prep", "det", "punct"} or t is c
                            for t in c.subtree)]
        lo, hi = span.start, span.end
        if cue.i < lo:
            # "told voters this weekend he would ...": a time phrase opening the content without a comma is the
            # cue's, whatever the parse attaches it to
            t = lo
            while t < hi and (self.doc[t].ent_type_ in {"DATE", "TIME"} or (t == lo and self.doc[t].dep_ == "prep"
                                                                            and self.doc[t].lower_ in {"on", "in"})):
                t += 1
            if lo < t < hi and self.doc[t - 1].ent_type_ in {"DATE", "TIME"} and self.doc[t].text != "," \
                    and self.doc[t].dep_ in SUBJECT_DEPS | {"mark"}:
                lo = t
        for c in sorted(adjuncts, key=lambda c: c.i):
            a, b = c.left_edge.i, c.right_edge.i + 1
            if a == lo:
                lo = b
            elif b == hi:
                hi = a
        while lo < hi and (self.doc[lo].is_punct or self.doc[lo].is_space) \
                and self.doc[lo].text not in OPEN_DOUBLE | {STRAIGHT}:
            lo += 1
        while hi > lo and (self.doc[hi - 1].is_punct or self.doc[hi - 1].is_space) \
                and self.doc[hi - 1].text not in CLOSE_DOUBLE | {STRAIGHT}:
            hi -= 1
        if hi <= lo:
            return start, end
        return self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1].text)

    def close_quotation(self, start: int, end: int) -> tuple[int, int]:
        """A content that ends inside a quoted fragment it opened (the parse leaves the closing mark and the
        fragment's last words to the cue): it runs to the fragment's closing mark, so the fragment is part
        of it."""
        for m in self.marks:
            if start <= m.open and m.start < end < m.end + 1 and m.close is not None \
                    and not self.text[end:m.end].count("\n"):
                return start, m.close + 1
            if start <= m.open and end == m.end and m.close is not None:
                return start, m.close + 1
        return start, end

    def inside_quotation(self, start: int, end: int) -> bool:
        """True when the content is one quotation's words (give or take its marks and punctuation): then it is
        a direct or partial quote, not an indirect one. A content clause with words of the writer's around
        its quoted part ("that Pyongyang "stop its escapades"", "The country "has made changes"") is
        indirect, the quoted fragment inside it (PolNeAR's contents run over the whole clause)."""
        return not any(c.isalnum() and not self.quoted_at(i) for i, c in enumerate(self.text[start:end], start))

    def content_of(self, cue: Token) -> tuple[int, int] | None:
        # "said (that) X": the clausal complement
        after = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
        relative = self.relative_content(cue, after)
        if relative is not None:
            return relative
        if after:
            # a parse may split one content clause into two complements ("that X chartered ... have been")
            toks = [t for c in after for t in c.subtree]
            if len(after) > 1:
                toks = list(self.doc[min(t.i for t in toks): max(t.i for t in toks) + 1])
            # a phrase the parse hangs on the clause before its "that" ("said at a rally that X", "told
            # a crowd in Ohio that X") is the cue's, not the content's
            mark = next((g for c in after for g in c.children if g.dep_ == "mark" and g.lower_ == "that"
                         and g.i > c.left_edge.i), None)
            if mark is not None:
                toks = [t for t in toks if t.i >= mark.i]
            return self.token_span(toks)
        closing = self.around_cue_clause(cue)
        if closing is not None:
            return closing
        for c in cue.children:
            if c.dep_ == "ccomp" and c.i < cue.i and self.subject(cue) is not None \
                    and any(t.text == "," for t in self.doc[c.right_edge.i: cue.i]):
                # "X, but Y, another source said": everything before the cue clause in its sentence
                subj = self.subject(cue)
                first = min(cue.left_edge.i, subj.left_edge.i)
                p_start = self.paragraphs[self.paragraph_of(cue.idx)][0]
                toks = [t for t in self.doc[cue.sent.start: first] if t.idx >= p_start]
                return self.token_span(toks) if toks else self.clause_span(c)
        lemma = cue.lemma_.lower()
        # "X is supported by Y", "X was criticized by Y": the passive subject is what Y says or holds
        subjpass = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i), None)
        if subjpass is not None and (lemma in self.speech or lemma in self.stance) and any(
                c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in cue.children) \
                and subjpass.tag_ not in {"WP", "WDT"} and subjpass.pos_ != "PRON":
            return self.clause_span(subjpass)
        special = self.object_content(cue, lemma)
        if special is not None:
            return special
        wh = self.wh_clause(cue) or self.as_clause(cue)
        if wh is not None:
            return wh
        if (lemma in self.speech and lemma not in NO_OBJECT_CONTENT) or lemma in self.stance:
            # "urged his supporters to monitor polling places", "announced the capture of ...": the object
            # and what follows it is what the cue reports
            comps = [c for c in cue.children if c.i > cue.i and c.dep_ in {"dobj", "xcomp", "oprd", "ccomp"}]
            dobj = next((c for c in comps if c.dep_ == "dobj"), None)
            if dobj is not None:
                # "described the plan as a failure", "accused the agency of lying", "blamed X for Y": the
                # object and what it is called or charged with
                for c in cue.children:
                    if c.dep_ == "prep" and c.i == dobj.right_edge.i + 1 and (
                            c.lower_ == "as" or c.lower_ in OBJECT_PREPS.get(lemma, ())):
                        comps.append(c)
            if comps and any(c.dep_ in {"dobj", "xcomp"} for c in comps):
                if dobj is not None:
                    # "defended his call to raise the wage", "opposes abortions in all cases except X": a phrase
                    # the parse hangs on the cue after its object belongs to the object, unless it says where,
                    # when or on what occasion it was said ("endorsed X at a rally in Ohio")
                    comps += [c for c in cue.children if c.dep_ == "prep" and c.i > dobj.i and c not in comps
                              and c.lower_ not in CIRCUMSTANCE_PREPS]
                toks = [t for c in comps for t in c.subtree]
                if len(toks) >= 2 or (len(toks) == 1 and toks[0].pos_ == "PROPN"):
                    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
                    # a comma hanging on the cue itself closes its complement: what follows is the writer's
                    # ("endorsed X on Thursday, another example of ...")
                    hi = min([c.i - 1 for c in cue.children if c.text == "," and lo < c.i <= hi] + [hi])
                    return self.token_span(list(self.doc[lo: hi + 1]))
        if lemma in self.belief:
            # "expect the senator to win", "fear the bill to fail": an object with its infinitive
            dobj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
            xcomp = next((c for c in cue.children if c.dep_ in {"xcomp", "ccomp"} and c.i > cue.i and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
            if xcomp is not None:
                toks = ([dobj] if dobj is not None and dobj.i < xcomp.i else []) + [xcomp]
                return self.contiguous([t for c in toks for t in c.subtree])
        if lemma in GERUND_OBJECT_VERBS:
            for c in cue.children:
                if c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG" and c.i > cue.i:
                    return self.clause_span(c)
                if c.dep_ == "prep" and c.lower_ == "to" and c.i == cue.i + 1:
                    g = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                    if g is not None:
                        return self.clause_span(g)
        # "X, he added": the cue hangs off the clause it reports
        if cue.dep_ in {"parataxis", "ccomp", "advcl", "conj"} and cue.head.i < cue.i \
                and self.subject(cue) is not None \
                and lemma in self.speech:
            between = self.doc[cue.head.i: cue.i]
            if any(t.text == "," for t in between) and not self.has_own_content(cue, {"dobj", "ccomp"}):
                head = cue.head
                toks = [t for t in head.subtree if not (cue.left_edge.i <= t.i <= cue.right_edge.i)]
                return self.token_span(toks)
        # "A, he said, B": a cue set off by commas inside the clause it reports; the content is the whole
        # clause, the cue clause within it
        if cue.dep_ in {"parataxis", "ccomp", "advcl"} and cue.head.i > cue.i and lemma in self.speech \
                and self.subject(cue) is not None and not self.has_own_content(cue, {"dobj", "ccomp", "xcomp"}):
            lo, hi = cue.left_edge.i, cue.right_edge.i
            while lo < cue.i and self.doc[lo].text == ",":
                lo += 1
            while hi > cue.i and self.doc[hi].text == ",":
                hi -= 1
            if lo > cue.sent.start and self.doc[lo - 1].text == "," and hi + 1 < cue.sent.end \
                    and self.doc[hi + 1].text == "," and not self.in_quote(self.doc[lo]):
                toks = [t for t in cue.head.subtree if t.sent == cue.sent]
                if min(t.i for t in toks) < lo - 1 and max(t.i for t in toks) > hi + 1:
                    return self.contiguous(toks)
        return None

    def relative_content(self, cue: Token, after: list[Token]) -> tuple[int, int] | None:
        """A cue in a relative clause whose complement's gap is the relative ("the plan, which he believes will
        fail", "emails she said were personal"): the content runs from the relative pronoun, or from the noun
        it describes when there is none, over the cue clause to the complement's end, as PolNeAR annotates."""
        if cue.dep_ != "relcl" or len(after) != 1:
            return None
        comp = after[0]
        rel = next((t for t in comp.subtree if t.tag_ in {"WDT", "WP"} and t.i < cue.i), None)
        if rel is not None:
            first = rel.i
        elif not any(c.dep_ in SUBJECT_DEPS for c in comp.children) and cue.head.i < cue.i:
            first = cue.head.left_edge.i
        else:
            return None
        return self.token_span(list(self.doc[first: comp.right_edge.i + 1]))

    def cue_clause(self, cue: Token) -> tuple[int, int] | None:
        """The first and last token of a cue clause with a subject of its own ("Mr. Clarke said", "said Victor
        Cha, who served ..."), when nothing after the cue is a complement that could be what it reports."""
        subj = self.subject(cue)
        if subj is None or subj.dep_ != "nsubj" or subj.tag_ in {"WP", "WDT"}:
            return None
        lemma = cue.lemma_.lower()
        for c in cue.children:
            # after the cue only who said it, to whom, when, where and how: no complement of its own
            if c.i > cue.i and not (c.dep_ in {"nsubj", "punct", "advmod", "npadvmod", "agent", "cc"}
                                    or (c.dep_ == "prep" and c.lower_ not in PREP_CONTENT.get(lemma, ()))
                                    or (c.dep_ in {"dobj", "dative"} and lemma in ADDRESSEE_OBJECT)):
                return None
        last = max(cue.right_edge.i, subj.right_edge.i)
        while last > cue.i and self.doc[last].is_punct:
            last -= 1
        return min(subj.left_edge.i, cue.i), last

    def around_cue_clause(self, cue: Token) -> tuple[int, int] | None:
        """"X, Y said.", "X, said Y, who ...", "X, Y told reporters on Friday.": a cue clause that closes its
        sentence after a comma reports everything before it in the sentence (within the paragraph, after any
        dateline), whatever the parse hangs where; one set off by commas inside the sentence ("X, Mr. Clarke
        said, until Y.") reports the whole sentence around it (PolNeAR's Content runs over the cue clause; the
        record lists the two pieces)."""
        clause = self.cue_clause(cue)
        if clause is None:
            return None
        first, last = clause
        sent = cue.sent
        if not self.follows_comma(first, sent.start):
            return None
        rest = [t for t in self.doc[last + 1: sent.end] if not (t.is_punct or t.is_space)]
        if rest and (self.doc[last + 1].text != "," or self.in_quote(self.doc[last + 1])):
            return None
        p_start = self.body_start(self.paragraphs[self.paragraph_of(cue.idx)][0])
        toks = [t for t in self.doc[sent.start: first] if t.idx >= p_start]
        while toks and (toks[-1].is_punct and toks[-1].text not in CLOSE_DOUBLE | {STRAIGHT, "''"}):
            toks.pop()
        if len(toks) < 2 or not any(t.pos_ in {"VERB", "AUX"} for t in toks):
            return None
        before = self.token_span(toks)
        if not rest or before is None:
            return before
        if self.quoted_at(toks[-1].idx) or toks[-1].text in CLOSE_DOUBLE | {STRAIGHT, "''"}:
            return None  # a quotation before the cue clause: a direct quote, continued or not after it
        after = self.token_span(list(self.doc[last + 2: sent.end]))
        return (before[0], after[1]) if after is not None else before

    def pieces_of(self, f: _Found) -> list[list[int]]:
        """An indirect content holding its own cue clause ("X, Mr. Clarke said, until Y") in two pieces, the
        cue clause and its commas left out; any other content in one."""
        if f.kind != "indirect" or f.cue is None or not (f.start < f.cue.idx < f.end):
            return [[f.start, f.end]]
        clause = self.cue_clause(f.cue)
        if clause is None:
            return [[f.start, f.end]]
        a = self.doc[clause[0] - 1]  # the comma before the cue clause
        b = self.doc[clause[1] + 1] if clause[1] + 1 < len(self.doc) else None
        if a.text not in {",", "\u2014"} or b is None or b.text not in {",", "\u2014"} or not (f.start < a.idx):
            return [[f.start, f.end]]
        nxt = b.i + 1
        while nxt < len(self.doc) and self.doc[nxt].is_space:
            nxt += 1
        if nxt >= len(self.doc) or self.doc[nxt].idx >= f.end:
            return [[f.start, f.end]]
        prev = self.doc[a.i - 1]
        return [[f.start, prev.idx + len(prev.text)], [self.doc[nxt].idx, f.end]]

    def follows_comma(self, i: int, sent_start: int) -> bool:
        """Token i comes right after a comma (or a comma and the closing mark of a quotation: "X," said Y)."""
        j = i - 1
        if j > sent_start and self.doc[j].text in CLOSE_DOUBLE | {STRAIGHT, "''"}:
            j -= 1
        return j >= sent_start and self.doc[j].text == ","

    @staticmethod
    def has_own_content(cue: Token, deps: set[str]) -> bool:
        """The cue has a complement of its own that may be what it reports; the object of a cue whose object is
        the addressee ("X, he told reporters", "X, she told me on Friday, Y") is not one."""
        if cue.lemma_.lower() in NO_OBJECT_CONTENT:
            deps = deps - {"dobj", "dative"}
        return any(c.dep_ in deps for c in cue.children)

    def object_content(self, cue: Token, lemma: str) -> tuple[int, int] | None:
        """Contents carried by an object or a prepositional phrase rather than a clause:
        "called for new tariffs", "called on Congress to act", "called the charges baseless",
        "told his aides to leave", "asked voters to stay home", "spoke of the war", "pointed to the polls"."""
        right = [c for c in cue.children if c.i > cue.i]
        dobj = next((c for c in right if c.dep_ == "dobj"), None)
        charge = CHARGE_PREPS.get(lemma)
        if charge is not None and dobj is not None:
            # "accused Holt of being a Democrat": the charge is the content, the accused is part of the cue
            prep = next((c for c in [*right, *dobj.children] if c.dep_ == "prep" and c.lower_ == charge
                         and c.i > dobj.i), None)
            if prep is not None:
                return self.contiguous([t for g in prep.children if g.dep_ in {"pobj", "pcomp"} for t in g.subtree])
        if lemma == "call":
            prep = next((c for c in right if c.dep_ in {"prep", "prt"} and c.lower_ in {"for", "on"}), None)
            if prep is not None and prep.i == cue.i + 1:
                if prep.dep_ == "prt":  # "called on X to Y" parsed with a particle
                    toks = [t for c in right if c.i > prep.i for t in c.subtree]
                else:
                    toks = [t for c in prep.children if c.dep_ in {"pobj", "pcomp"} for t in c.subtree]
                    if prep.lower_ == "on":
                        toks += [t for c in right if c.i > prep.i and c.dep_ in {"xcomp", "advcl"} for t in c.subtree]
                return self.contiguous(toks)
            if dobj is not None:
                comps = [c for c in right if c.i > dobj.i and c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "acomp"}]
                if comps:
                    return self.contiguous([t for c in [dobj, *comps] for t in c.subtree])
                if any(c.i > dobj.i and c.dep_ in {"acl", "amod"} and c.tag_ in {"JJ", "VBN"} for c in dobj.children) \
                        or any(c.i > dobj.i and c.dep_ == "appos" and self.in_quote(c) for c in dobj.children):
                    # "called the charges unsubstantiated", "called the frontrunner "the best recruiter"": the parse
                    # hangs what they are called on the object
                    return self.contiguous(list(dobj.subtree))
            return None
        if lemma in {"tell", "ask", "urge", "encourage", "advise", "warn", "order", "invite", "implore", "beg"}:
            xcomp = next((c for c in right if c.dep_ in {"xcomp", "ccomp"} and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
            if xcomp is not None:
                obj = dobj if dobj is not None and dobj.i < xcomp.i else None
                return self.contiguous([t for c in ([obj] if obj is not None else []) + [xcomp] for t in c.subtree])
        preps = PREP_CONTENT.get(lemma)
        # an object before the preposition that is the addressee or an amount ("asked him about X", "isn't
        # saying much about X") leaves the preposition's object as the content
        objects_ok = dobj is None or lemma in ADDRESSEE_OBJECT or dobj.lower_ in AMOUNT_OBJECTS
        if preps and objects_ok and not any(c.dep_ in {"ccomp", "xcomp"} for c in right):
            prep = next((c for c in right if c.dep_ == "prep"), None)
            between = self.doc[cue.i + 1: prep.i] if prep is not None else []
            # only a particle, a time phrase or the object between the cue and its preposition: "spoke out
            # Tuesday about X"
            if prep is not None and prep.lower_ in preps and all(
                    t.dep_ in {"prt", "npadvmod", "det", "dobj", "neg", "advmod", "compound"} or t.ent_type_ in
                    {"DATE", "TIME"} or t.is_punct for t in between) and len(between) <= 4:
                toks = [t for g in prep.children if g.dep_ in {"pobj", "pcomp"} for t in g.subtree]
                # "referred to X as Y": what X is called is part of the content
                named = next((c for c in right if c.dep_ == "prep" and c.lower_ == "as" and c.i > prep.i), None)
                if toks and named is not None and named.i == max(t.i for t in toks) + 1:
                    toks += list(named.subtree)
                if toks:
                    return self.contiguous(toks)
        return None

    def wh_clause(self, cue: Token) -> tuple[int, int] | None:
        """An embedded question the parse took for an adverbial clause ("have not said when they would take up
        X", "asked whether Y", "asked if Y"): the clause after the cue opening with its wh-word is the content."""
        if any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > cue.i for c in cue.children):
            return None
        # "if" asks only after a verb of asking ("asked if X"); elsewhere it opens a condition
        opens = WH_WORDS | ({"if"} if cue.lemma_.lower() in QUESTION_VERBS else set())
        clause = next((c for c in cue.children if c.dep_ == "advcl" and c.left_edge.i > cue.i
                       and c.left_edge.lower_ in opens), None)
        if clause is None:
            return None
        between = [t for t in self.doc[cue.i + 1: clause.left_edge.i] if not (t.is_punct or t.is_space)]
        if any(t.dep_ not in {"prt", "advmod", "neg"} for t in between):
            return None
        return self.clause_span(clause)

    def as_clause(self, cue: Token) -> tuple[int, int] | None:
        """"As many experts have pointed out, X." and "X, as she said.": a cue in an as-clause reports the
        clause it hangs on, all of it but the as-clause."""
        if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
                or self.has_own_content(cue, {"dobj", "ccomp", "xcomp"}) or self.subject(cue) is None:
            return None
        lo, hi = cue.left_edge.i, cue.right_edge.i
        toks = [t for t in cue.head.subtree if not lo <= t.i <= hi and t.sent == cue.sent]
        if not any(t.pos_ in {"VERB", "AUX"} for t in toks):
            return None
        return self.token_span(toks)

    def contiguous(self, toks: list[Token]) -> tuple[int, int] | None:
        if not toks:
            return None
        return self.token_span(list(self.doc[min(t.i for t in toks): max(t.i for t in toks) + 1]))

    def according_content(self, tok: Token) -> _Found | None:
        head = tok.head
        if head == tok or head.i == tok.i:
            return None
        pp = [t.i for t in tok.subtree]
        lo, hi = min(pp), max(pp)
        span = self.around_according(lo, hi)
        if span is None:
            toks = [t for t in head.subtree if not (lo <= t.i <= hi)]
            span = self.token_span(toks)
        if span is None:
            return None
        f = _Found(span[0], span[1], "indirect")
        self.set_according(f, tok)
        if f.speaker_span is None:
            return None
        return f

    @staticmethod
    def according_over_quotes(found: list[_Found]) -> None:
        """"A," the judge said, according to the Post. "B.": the outlet reports the judge's whole quote, so an
        "according to" content holding a direct quote's cue takes that quote's outer span and pieces (PolNeAR
        annotates both attributions over the same words)."""
        for f in found:
            if f.kind != "indirect" or f.cue_text != "according to":
                continue
            quote = next((d for d in found if d.kind == "direct" and d.cue is not None and len(d.pieces) > 1
                          and f.start <= d.cue.idx < f.end and d.start - 2 <= f.start and f.end <= d.end + 2), None)
            if quote is not None:
                f.start, f.end, f.pieces = quote.start, quote.end, [list(p) for p in quote.pieces]

    def around_according(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The sentence an "according to X" phrase (tokens lo..hi) opens or closes, whatever the parse attaches
        it to: "According to X, Y." and "Y, according to X." report all of Y (within the paragraph)."""
        sent = self.doc[lo].sent
        p_start, p_end = self.paragraphs[self.paragraph_of(self.doc[lo].idx)]
        inside = [t for t in sent if self.body_start(p_start) <= t.idx < p_end and not (lo <= t.i <= hi)]
        if all(t.is_punct or t.is_space for t in self.doc[hi + 1: sent.end]) and self.follows_comma(lo, sent.start):
            toks = [t for t in inside if t.i < lo]
        elif all(t.is_punct or t.is_space or t.dep_ == "cc" for t in self.doc[sent.start: lo]) and hi + 1 < sent.end \
                and self.doc[hi + 1].text == ",":
            toks = [t for t in inside if t.i > hi + 1]
        else:
            return None
        if not any(t.pos_ in {"VERB", "AUX"} for t in toks):
            return None
        return self.token_span(toks)

    def clause_span(self, head: Token) -> tuple[int, int] | None:
        """The clause a token heads, its complementizer ("that", "whether") included: the reported content
        runs from the complementizer on (PolNeAR's convention, 135 of 137 tune-half contents after a "that")."""
        return self.token_span(list(head.subtree))

    def token_span(self, toks: list[Token]) -> tuple[int, int] | None:
        if not toks:
            return None
        toks = sorted(toks, key=lambda t: t.i)
        # keep the contiguous run that holds most tokens (a removed phrase may split the clause)
        runs: list[list[Token]] = [[toks[0]]]
        for t in toks[1:]:
            if t.i == runs[-1][-1].i + 1:
                runs[-1].append(t)
            else:
                runs.append([t])
        run = max(runs, key=len)
        while run and (run[0].is_punct and run[0].text not in OPEN_DOUBLE | {STRAIGHT} or run[0].dep_ == "cc"
                       or run[0].is_space):
            run = run[1:]
        while run and (run[-1].is_punct and run[-1].text not in CLOSE_DOUBLE | {STRAIGHT} or run[-1].is_space):
            run = run[:-1]
        if not run:
            return None
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        return (start, end) if end > start else None

    # -- speakers
    def resolve(self, found: list[_Found]) -> None:
        last: _Found | None = None
        for f in found:
            if f.kind != "indirect" and f.cue is None and f.speaker_span is None:
                self.inherit(f, last)
            elif f.speaker_span is not None:
                f.speaker = self.actor_for(f.speaker_span, last)
            if f.speaker is not None and not self.aside(f, last):
                last = f

    @staticmethod
    def aside(f: _Found, last: _Found | None) -> bool:
        """A report made inside the cue sentence of the quote before it, after that cue ("A," said X, whose
        group does not endorse candidates. "B."; "she said, showing off the hat his campaign gave her"), or an
        outlet's report of that cue clause ("A," the judge said, according to the Post. "B."): the quote's
        speaker is still the one talking."""
        if last is None or last.kind != "direct" or f.kind != "indirect" or last.cue is None or f.cue is None:
            return False
        if f.cue_text == "according to":  # "A," the judge said, according to the Post. "B."
            return f.start <= last.cue.idx < f.end
        return f.cue.sent == last.cue.sent and f.start > last.cue.idx

    def inherit(self, f: _Found, last: _Found | None) -> None:
        """A quote with no cue: the previous speaker goes on (a continuing quote keeps its speaker), when the
        previous quote is close: in the same paragraph, or in the one before unless another person is named
        between the two."""
        if last is None:
            return
        gap = self.paragraph_of(f.start) - self.paragraph_of(last.start)
        if gap > 1:
            return
        between = self.text[last.end: f.start]
        if gap == 1 and f.marked is not None and not f.marked.continues and between.strip(' \n"\u201d\u201c.,'):
            named = [m for m in self.mentions(last.end, f.start)
                     if m.kind == "person" and (last.speaker is None or m.id != last.speaker.id)]
            if named:
                return
        f.speaker = last.speaker
        f.speaker_span = last.speaker_span
        f.inherited = True

    def mentions(self, start: int, end: int) -> list[Actor]:
        if self.index is None:
            return []
        out = []
        for m in self.index.mentions:
            if start <= m.start and m.end <= end:
                a = self.index.get(m.actor)
                if a is not None:
                    out.append(a)
        return out

    def actor_for(self, span: Span, last: _Found | None) -> Actor | None:
        if self.index is None:
            return None
        low = span.text.lower()
        if low in PERSON_PRONOUNS:
            # whoever spoke last, unless another person was named since
            if last is not None and last.speaker is not None and last.speaker.kind == "person" \
                    and self.paragraph_of(span.start_char) - self.paragraph_of(last.start) <= 2:
                since = [a for a in self.mentions(last.end, span.start_char) if a.kind == "person"]
                if not since or all(a.id == last.speaker.id for a in since):
                    return last.speaker
            return self.index.resolve_span(span)
        root = span.root
        if root.ent_type_ in {"PERSON", "ORG"} or root.pos_ == "PROPN":
            actor = self.index.actor_at(span.start_char, span.end_char)
            if actor is not None:
                return actor
        if root.lower_ in SOURCE_NOUNS and root.ent_type_ == "" and root.pos_ == "NOUN" \
                and span[0].lower_ not in {"the", "this", "that", "these", "those"}:
            # "a French official", "witnesses from the area": a source of its own, not the country or
            # group named inside it
            return self.nominal_actor(span)
        actor = self.index.resolve_span(span, create=False)
        if actor is not None:
            return actor
        return self.index.resolve_span(span, create=True)

    def nominal_actor(self, span: Span) -> Actor:
        """A group or person actor of its own for a plain nominal source, affiliated with the country or
        group a modifier names ("French")."""
        overlapping = self.index.actor_at(span.start_char, span.end_char)
        is_group = overlapping is not None and overlapping.kind in {"country", "organization"}
        affiliation = overlapping if is_group else None
        return self.index.nominal(span, affiliation=affiliation)

    def date_for(self, f: _Found) -> str | None:
        if f.cue is None:
            return None
        sent = f.cue.sent
        best = None
        for t in getattr(self.record, "times", []) or []:
            if sent.start_char <= t.start < sent.end_char and not (f.start <= t.start < f.end) \
                    and getattr(t, "value", None):
                if best is None or abs(t.start - f.cue.idx) < abs(best.start - f.cue.idx):
                    best = t
        return best.value if best is not None else None


def _overlap(a: _Found, b: _Found) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    return max(inter, 0) / max(a.end - a.start, b.end - b.start, 1)


def extract(doc: Doc, record: Record) -> list[Quote]:
    return _Extractor(doc, record).run()

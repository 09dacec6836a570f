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
- verbs of the data file's preposition list report only through their preposition ("talked about X", "pushed
  for Y"); an elaboration after a dash ("X — including Y", "X — from A to B") is part of the content;
- more contents: a cue set off by commas inside its clause ("A, he said, B": the whole clause), statement
  nouns ("her claim that X", "an agreement to X", "criticism of X", said by the possessor or the subject of
  the verb taking the noun), stance adjectives ("was sure X"), passives with an agent ("X is supported by
  Y"), belief verbs with object and infinitive ("expect X to win"), and "X Verbs Y" headlines; a cue clause
  set off by commas inside its sentence ("A, he told me, is that B": the whole sentence, in two pieces); a
  cue in the passive with no agent ("X is expected to win": the whole clause, no source), yielding to a named
  source's report of the same words; a poll or survey in an "in" phrase ("In the latest poll, X");
- a content ends where the writer takes over: before a which-clause closing it (one after its subject
  stays), a participle, while/although clause, closing apposition, "according to", a comma hanging on the
  cue, a time phrase of the cue's, or a coordinated speech verb ("said X and warned Y"); one
  that ends inside its quoted fragment runs to the closing mark; a report inside another report (a
  belief, stance or speech cue within a speech cue's content) is part of it unless a name says it;
- a quote interrupted by its cue (""A," she said, "B."") is one quote listing its pieces (pieces.py);
- stage notes in quotation marks ("(CROSSTALK)") and datelines ("WASHINGTON -- ") are nobody's words;
- the channel comes from the cue's prepositional phrases and objects (newsledger/data/channels.txt, plus
  channel organizations of the lexicon such as Twitter).

The package, one job a module: cues.py (the cue words and word sets), marks.py (quotation marks and
paragraphs), reading.py (one article as the rules read it), channels.py, speakers.py (who a cue says spoke),
boundaries.py (where a content starts and ends), contents.py (what a cue reports), indirect.py, direct.py,
lines.py (headlines and transcript lines), pieces.py (joining a quote interrupted by its cue), attribution.py
(speaker spans to actors); this module runs them in order.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from newsledger.extract.quotes.attribution import Attribution
from newsledger.extract.quotes.cues import belief_verbs, channel_words, speech_verbs, stance_verbs
from newsledger.extract.quotes.direct import DirectQuotes
from newsledger.extract.quotes.indirect import IndirectQuotes
from newsledger.extract.quotes.lines import Lines
from newsledger.extract.quotes.marks import CLOSE_DOUBLE, STRAIGHT, Marked, find_quotations
from newsledger.extract.quotes.pieces import join_interrupted
from newsledger.extract.quotes.reading import Found
from newsledger.model import Quote, Record

__all__ = ["Marked", "belief_verbs", "channel_words", "extract", "find_quotations", "speech_verbs", "stance_verbs"]


# A quotation with no cue of at most this many words is a name, a title or a chant, not a report: PolNeAR
# train (every seventh text, two samples of 120): 4 of 39 such quotes match a Content, against 41 of 102
# longer ones; tune-a: three (an ad's title, a chanted first name, a three-word line of a story the article
# quotes) in three articles, none gold.
SHORT_QUOTE_WORDS = 4


class _Extractor(IndirectQuotes, DirectQuotes, Lines, Attribution):
    """All the quotes of one article: direct, indirect, from headlines and transcripts, joined and attributed."""

    def words(self, f: Found) -> int:
        return len(re.findall(r"\w+", self.text[f.start:f.end]))

    def run(self) -> list[Quote]:
        """The article's quotes in text order, numbered."""
        found, fragments = self.marked_quotes()
        found += self.uncross(self.unnested(self.reported_contents(fragments)))
        found += self.transcript_lines(found)
        found += self.headline(found)
        found.sort(key=lambda f: (f.start, f.end))
        self.resolve(found)
        found = sorted(found + self.resolved_apart(self.persuasions(found), found), key=lambda f: (f.start, f.end))
        # a quoted term inside the phrase naming its own speaker ('the "Never Trump" movement said', 'members of
        # the so-called "Freedom Caucus" argued'): a name the writer quotes, part of who speaks, not what is said
        found = [f for f in found if not (f.kind in {"direct", "partial"} and f.speaker_span is not None and
                                          f.speaker_span.start_char <= f.start <= f.end <= f.speaker_span.end_char)]
        for f in found:
            f.pieces = f.pieces or self.pieces_of(f)  # a rule that cut its content into pieces has set them
        found = join_interrupted(found, self.text, self.paragraph_of, self.opens_paragraph,
                                 lambda f: f.marked is not None and f.marked.continues)
        self.according_over_quotes(found)
        # a name, title or chant standing alone in quotation marks ("Arrogant," "Bobby"), not a piece of a
        # longer quote: nobody's report
        found = [f for f in found if not (f.kind == "direct" and f.cue_text is None and len(f.pieces) == 1
                                          and self.words(f) <= SHORT_QUOTE_WORDS)]
        # a quoted fragment whose cue names no one ('the so-called "rebels"', 'a statement describing X as "Y"'):
        # PolNeAR annotates an attribution only with its source, and a fragment is a report only as someone's
        # words. PolNeAR train (round 36, counts): 92 such fragments, 14 matching a Content strictly (P .15)
        found = [f for f in found if not (f.kind == "partial" and f.speaker_span is None)]
        return [self.quote(n, f) for n, f in enumerate(found, 1)]

    def marked_quotes(self) -> tuple[list[Found], list[Found]]:
        """The quotes in quotation marks, and the quoted fragments whose cue's complement may be a content (a
        label modifying a noun among them: no quote of its own, but the clause around it may still be a report);
        scare quotes and titles are neither."""
        found: list[Found] = []
        fragments: list[Found] = []
        for m in self.marks:
            f = self.direct(m)
            if f.kind == "partial" and f.cue is None:
                continue  # scare quotes and titles: a quoted fragment with no one reported as saying it
            if self.is_title(m) or self.quoted_title(m):
                continue
            fragments.append(f)
            if not self.attributive_quotation(m):
                found.append(f)
        return found, fragments

    def reported_contents(self, fragments: list[Found]) -> list[Found]:
        """The indirect reports, then the complements of the quoted fragments' cues, each content once."""
        kept: list[Found] = []
        for f in self.indirect():
            # the same content cued twice ("X said ... , he said"): keep the first cue
            if not any(_overlap(f, k) >= 0.8 for k in kept):
                kept.append(f)
        for f in self.fragment_contents(fragments):
            # a cue's content clause found already is what it reports, not the cue's whole complement
            if not any(_overlap(f, k) >= 0.8 or (k.cue is not None and k.cue.i == f.cue.i
                                                    and k.start < f.end and f.start < k.end)
                       for k in kept):
                kept.append(f)
        return kept

    def unnested(self, kept: list[Found]) -> list[Found]:
        """What is reported inside another report ("said the union expected X", "said he doubted X", "said that
        she had told them X") is part of that report, not a report of its own, unless someone else is named as
        saying it."""
        return [f for f in kept if not any(
            k is not f and k.cue is not None and k.cue.lemma_.lower() in self.speech and f.cue is not None
            and f.cue_text != "according to" and k.start <= f.cue.idx < k.end and f.end <= k.end
            and (f.cue.lemma_.lower() not in self.speech or not self.other_speaker(f, k)) for k in kept)]

    def quote(self, n: int, f: Found) -> Quote:
        """The record's quote `q<n>` for a found report."""
        sp = f.speaker_span
        return Quote(
            id=f"q{n}", text=" ".join(self.text[a:b] for a, b in f.pieces), start=f.start, end=f.end,
            kind=f.kind, pieces=f.pieces,
            speaker=f.speaker.id if f.speaker else None, speaker_text=sp.text if sp is not None else None,
            cue=f.cue_text, channel=f.channel,
            speaker_start=sp.start_char if sp is not None else None,
            speaker_end=sp.end_char if sp is not None else None,
            date=self.date_for(f))

    def uncross(self, kept: list[Found]) -> list[Found]:
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


def _overlap(a: Found, b: Found) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    return max(inter, 0) / max(a.end - a.start, b.end - b.start, 1)


def extract(doc: Doc, record: Record) -> list[Quote]:
    return _Extractor(doc, record).run()

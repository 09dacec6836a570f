"""Headlines and transcript lines: "X, Y Says" and "X Verbs Y" headlines and "NAME: words" paragraphs,
read by their form.
"""
from __future__ import annotations

import re

from newsledger.extract.quotes.cues import HEADLINE_VERBS
from newsledger.extract.quotes.reading import Found, Reading


class Lines(Reading):
    """Quotes given by the form of a line rather than by quotation marks or a parsed cue."""

    _LINE = re.compile(r"^([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}):[ \t]+(\S.*)$")

    # A headline that ends with its cue: "Dam Will Hold, Chief Engineer Says."
    _HEAD_SAYS = re.compile(r"^(\S.*\S),\s+((?:[A-Z][\w.'\u2019-]*\s+){1,6})(Says|Said|Warns|Claims|Insists|Argues"
                            r"|Admits|Tells \w+|Predicts|Contends|Concedes)\.?$")

    # Labels that head a headline without being anyone who says it.
    _HEAD_LABELS = {"the latest", "update", "updated", "breaking", "exclusive", "watch", "video", "analysis",
                    "opinion", "live", "photos", "editorial", "fact check", "correction"}

    def headline(self, found: list[Found]) -> list[Found]:
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
        return [Found(off + m.start(1), off + m.end(1), "indirect", cue=None, cue_text=m.group(3),
                       speaker_span=name_span)]

    # Headline cues beyond the speech and stance verbs: attack verbs of headline style.
    _HEAD_VERBS = HEADLINE_VERBS  # data/quote_words.tsv: verb.communication senses of WordNet 3.0

    def headline_verb(self, p_start: int, p_end: int) -> list[Found]:
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
            return [Found(start, end, "indirect", cue=None, cue_text=w.group(), speaker_span=name_span)]
        return []

    def transcript_lines(self, found: list[Found]) -> list[Found]:
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
            out.append(Found(start, end, "direct", cue=None, cue_text=":", speaker_span=name_span))
        return out

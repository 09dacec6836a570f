"""Channels: where the words were said or published ("told CNN", "in a statement"), from the cue's
prepositional phrases and objects.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsledger.extract.quotes.cues import channel_words
from newsledger.extract.quotes.reading import Reading


class Channels(Reading):
    """The channel of a cue."""

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
            # (a match contains the word: the substring test only skips the regular expression where it fails)
            if ch in low and (re.search(r"(^|\s)" + re.escape(ch) + r"$", low) or (len(words) == 1 and low == ch)):
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

"""Attribution: the actor each quote's speaker stands for (names, "he"/"she", nominal sources), a
quote with no cue continuing the previous speaker, and the date of the cue.
"""
from __future__ import annotations

from spacy.tokens import Span

from newsledger.extract.quotes.cues import COPULAR_MARKS, PERSON_PRONOUNS, SOURCE_NOUNS
from newsledger.extract.quotes.reading import Found, Reading
from newsledger.model import Actor


class Attribution(Reading):
    """Maps speaker spans to actors and carries the speaker over to quotes with no cue."""

    def resolve(self, found: list[Found]) -> None:
        last: Found | None = None
        for f in found:
            if f.kind != "indirect" and f.cue is None and f.speaker_span is None:
                self.inherit(f, last)
            elif f.speaker_span is not None:
                f.speaker = self.actor_for(f.speaker_span, last)
            if f.speaker is not None and not self.aside(f, last):
                last = f

    def resolved_apart(self, added: list[Found], found: list[Found]) -> list[Found]:
        """Reports added after `resolve` (`IndirectQuotes.persuasions`), each speaker read as `resolve` reads it
        (after the last quote before it with a speaker) without becoming anyone's last speaker; one whose speaker
        maps to no actor goes."""
        out = []
        for f in added:
            last = max((k for k in found if k.start < f.start and k.speaker is not None), default=None,
                       key=lambda k: k.start)
            f.speaker = self.actor_for(f.speaker_span, last) if f.speaker_span is not None else None
            if f.speaker is not None:
                out.append(f)
        return out

    @staticmethod
    def aside(f: Found, last: Found | None) -> bool:
        """A report made inside the cue sentence of the quote before it, after that cue ("A," said X, whose
        group does not endorse candidates. "B."; "she said, showing off the hat his campaign gave her"), or an
        outlet's report of that cue clause ("A," the judge said, according to the Post. "B."): the quote's
        speaker is still the one talking."""
        if last is None or last.kind != "direct" or f.kind != "indirect" or last.cue is None or f.cue is None:
            return False
        if f.cue_text == "according to":  # "A," the judge said, according to the Post. "B."
            # ("A," he told the court, according to News Corp. "B.": the outlet's phrase closes the cue's sentence)
            return f.start <= last.cue.idx < f.end or f.cue.sent == last.cue.sent
        return f.cue.sent == last.cue.sent and f.start > last.cue.idx

    def inherit(self, f: Found, last: Found | None) -> None:
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

    def actor_for(self, span: Span, last: Found | None) -> Actor | None:
        if self.index is None:
            return None
        low = span.text.lower()
        root = span.root
        # "His fear was that X" (copular_content): the possessor of the clause's subject stands where "he" stands
        # in "he feared that X", and is read as that subject pronoun is
        possessor = low in {"his", "her"} and root.dep_ == "poss" and root.head.dep_ == "nsubj" \
            and root.head.head.lemma_ == "be" and any(
                c.dep_ == "ccomp" and c.i > root.head.head.i and any(
                    g.dep_ == "mark" and g.lower_ in COPULAR_MARKS for g in c.children)
                for c in root.head.head.children)
        if low in PERSON_PRONOUNS or possessor:
            # whoever spoke last, unless another person was named since
            if last is not None and last.speaker is not None and last.speaker.kind == "person" \
                    and self.paragraph_of(span.start_char) - self.paragraph_of(last.start) <= 2:
                since = [a for a in self.mentions(last.end, span.start_char) if a.kind == "person"]
                if not since or all(a.id == last.speaker.id for a in since):
                    return last.speaker
                if possessor and all(a.id == since[-1].id for a in since):
                    # one other person named since the last speaker is the nearer antecedent of the possessive
                    return since[-1]
            if possessor:
                subject = self.previous_subject(span)
                if subject is not None:
                    return subject
            return self.index.resolve_span(span)
        if root.ent_type_ in {"PERSON", "ORG"} or root.pos_ == "PROPN":
            # the tagged mentions first: an untagged name goes on to resolve_span, whose mention of a known name
            # feeds the pronoun pass (a recurrence of the name is its last resort)
            actor = self.index.tagged_actor_at(span.start_char, span.end_char)
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

    def previous_subject(self, span: Span) -> Actor | None:
        """The antecedent of a sentence-initial possessive ("Trump can't count on that support. His message has
        been that X") when the last speaker cannot be it: the subject of the sentence before, if a person's name
        (the preferred centre of centering theory, Grosz, Joshi and Weinstein 1995: the previous sentence's
        subject). A name the model did not tag counts (a capitalised noun with no entity type); an organisation's
        name does not."""
        sent = span.sent
        if span.start - sent.start > 1 or sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subj is None or not subj.text[:1].isupper() or subj.pos_ not in {"PROPN", "NOUN"} \
                or subj.ent_type_ not in {"PERSON", ""}:
            return None
        actor = self.index.resolve_span(self.doc[subj.left_edge.i: subj.i + 1], create=False)
        if actor is None and subj.ent_type_ == "":
            # a name the model tagged as a common noun and the actors work keeps under that name alone
            found = [a for a in self.index.actors if a.kind in {"person", "organization"}
                     and subj.text in {a.name, a.name.split()[-1]}]
            actor = found[0] if len(found) == 1 else None
        return actor if actor is not None and actor.kind in {"person", "organization"} else None

    def nominal_actor(self, span: Span) -> Actor:
        """A group or person actor of its own for a plain nominal source, affiliated with the country or
        group a modifier names ("French")."""
        overlapping = self.index.actor_at(span.start_char, span.end_char)
        is_group = overlapping is not None and overlapping.kind in {"country", "organization"}
        affiliation = overlapping if is_group else None
        return self.index.nominal(span, affiliation=affiliation)

    def date_for(self, f: Found) -> str | None:
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

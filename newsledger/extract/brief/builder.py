"""The brief's builder: one object per article holding its parsed title and lead, answering each question with
the part (mixin) for it and assembling the brief."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from newsledger import nlp, resources
from newsledger.extract.brief.common import (
    _PRONOUNS,
    ARRAIGN,
    LEAD_SENTENCES,
    Src,
    _is_boiler,
    _phrase,
    _speech_verbs,
    agent_noun,
)
from newsledger.extract.brief.how import How
from newsledger.extract.brief.summary import summary
from newsledger.extract.brief.when import When
from newsledger.extract.brief.where import Where
from newsledger.extract.brief.who_what import WhoWhat
from newsledger.extract.brief.why import Why
from newsledger.model import Record


class BriefBuilder(WhoWhat, When, Where, Why, How):
    def __init__(self, doc: Doc, record: Record, title_doc: Doc | None = None):
        self.doc = doc
        self.record = record
        self.speech = _speech_verbs()
        self.srcs: list[Src] = []
        self.title: Src | None = None
        if title_doc is not None and len(title_doc):
            self.title = Src("title", title_doc, [title_doc[:]])  # a headline is one unit
        text = record.article.text  # what `doc` parses: Span.text would rebuild each sentence token by token
        text_sents = [s for s in nlp.sents(doc) if text[s.start_char:s.end_char].strip()]
        lead = [s for s in text_sents[:LEAD_SENTENCES * 3] if not _is_boiler(s, text)][:LEAD_SENTENCES]
        self.text = Src("text", doc, lead)
        self.units: list[tuple[Src, int, Span]] = []  # (source, rank, sentence)
        if self.title:
            self.units.append((self.title, 0, self.title.sents[0]))
        self.units += [(self.text, i + 1, s) for i, s in enumerate(lead)]
        self.mention_counts = {a.id: max(a.mentions, 1) for a in record.actors}
        self.max_mentions = max(self.mention_counts.values(), default=1)

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
        # a headline passive's clause (its subject the patient) gives a what, not the agent's event for the others
        main = next((c for c in clauses if not c.extra.get("patient")), clauses[0] if clauses else None)
        who, what, seen_who, seen_what = [], [], set(), set()
        for c in _thing_gives_way(sorted(clauses, key=lambda c: (-c.extra["who_score"], c.rank, c.verb.i))):
            w = _phrase(c.src, c.who)
            if w["text"].lower() not in seen_who and c.subj.lower_ not in _PRONOUNS and not _proposition_label(c) \
                    and (not c.extra.get("patient") or c.verb.lemma_.lower() in ARRAIGN):
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
        top_clause = None
        for c in sorted(clauses, key=lambda c: (-c.score, c.extra.get("bare", False), c.rank, c.verb.i)):
            v = _phrase(c.src, c.what)
            if v["text"].lower() not in seen_what:
                seen_what.add(v["text"].lower())
                what.append({**v, "score": round(c.score, 3)})
                top_clause = top_clause or (c if len(what) == 1 else False)
        if top_clause:
            what = self._eventive_what(top_clause, self._whole_main_what(top_clause, what))
        brief: dict[str, Any] = {
            "who": who[:5], "what": what[:5],
            "when": self.when(main), "where": self.where(main),
            "why": self.why(main), "how": self.how(main, [c for c in clauses if not c.extra.get("patient")]),
        }
        brief["summary"] = summary(self, main, brief)
        return brief


THING_MARGIN = 0.16  # how far above an actor a thing subject may score and still give way to it


def _thing_subject(c: Any) -> bool:
    """A subject that is a thing, not an actor: a common noun, no name, no actor resolved for it, no person or
    agent noun, every WordNet 3.0 sense outside the files of people, groups and animals (data/brief/thing_nouns.txt).
    The news gold's instructions (a subject that only undergoes the event is not a who) and Giveme5W1H's who (the
    actor of the event)."""
    root = c.src.doc[c.who[0]:c.who[1]].root
    return root.pos_ == "NOUN" and not root.ent_type_ and c.actor is None and not agent_noun(root) \
        and root.lemma_.lower() in resources.words("brief", "thing_nouns.txt")


def _proposition_label(c: Any) -> bool:
    """The subject of a specifying "be" whose complement is a content clause ("One lesson of history is that X",
    "The problem is that Y", "The question is whether Z"): the thing noun only labels the proposition the clause
    states, it takes no part in an event (Quirk et al. 1985, ch. 16, the nominal content clause as subject
    complement), so it is no who (the news gold's INSTRUCTIONS.md: who is the actor of the main event)."""
    verb = c.verb
    return verb.lemma_.lower() == "be" and c.subj.dep_ == "nsubj" and _thing_subject(c) and any(
        ch.dep_ == "ccomp" and ch.i > verb.i and any(g.dep_ in {"nsubj", "nsubjpass"} for g in ch.children)
        for ch in verb.children)


def _actor_subject(c: Any) -> bool:
    """A subject that names or describes an actor: a person, organisation, group or country named (not a dateline
    in capitals), or a person or agent noun (agent_noun, or a first WordNet 3.0 sense noun.person:
    data/events/person_nouns.txt)."""
    root = c.src.doc[c.who[0]:c.who[1]].root
    if root.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return not root.text.isupper()
    return agent_noun(root) or (root.pos_ == "NOUN"
                                and root.lemma_.lower() in resources.words("events", "person_nouns.txt"))


def _thing_gives_way(ranked: list[Any]) -> list[Any]:
    """The top who clause whose subject is a thing gives way to the best actor subject of the same or the next
    sentence (the headline's next is the lead's first) scoring within THING_MARGIN of it, the subject (or passive
    agent) of a main clause (no subordinate clause: "while civilians pay", no speech): it names who acted.
    Guards by class (brief25's pool reading): a headline label before a colon ("Briefs: X") is no subject; an
    owner named for a thing ("X's unemployment rate reached") acts no more than the thing; the subject of a verb of
    perception or emotion ("admirers sense a faded magnetism") experiences, it does not act; a word the parse cut
    off a spaced hyphen ("Garden- goers") is no phrase; a passive's patient ("five soldiers were injured") undergoes
    the event (gatejudge25's wrong item on brief25)."""
    top = next((c for c in ranked if c.subj.lower_ not in _PRONOUNS and not c.extra.get("patient")), None)
    if top is None or not _thing_subject(top) or _label(top):
        return ranked
    unit = _unit(top)
    rival = next((c for c in ranked if c is not top and c.subj.lower_ not in _PRONOUNS
                  and not c.extra.get("patient") and top.extra["who_score"] - c.extra["who_score"] <= THING_MARGIN
                  and _unit(c) in {unit, unit + 1} and c.extra["role"] == 1.0 and _actor_subject(c)
                  and c.extra.get("act") is None and not _experiencer(c) and not _split_compound(c)
                  and c.subj.dep_ != "nsubjpass"), None)
    if rival is None:
        return ranked
    rival.extra["who_score"] = top.extra["who_score"]
    out = [c for c in ranked if c is not rival]
    out.insert(out.index(top), rival)
    return out


def _unit(c: Any) -> int:
    """The clause's sentence in reading order: the headline 0, the text's sentences from 1."""
    return c.rank


def _label(c: Any) -> bool:
    """A headline's label before a colon ("Briefs: ...", "Analysis: ..."): it names the page or the kind of text."""
    doc = c.src.doc
    return c.who[1] < len(doc) and doc[c.who[1]].text == ":"


def _experiencer(c: Any) -> bool:
    """A subject of a verb whose first WordNet 3.0 sense is perception or emotion (data/brief/experiencer_verbs.txt)."""
    return c.verb.lemma_.lower() in resources.words("brief", "experiencer_verbs.txt")


def _split_compound(c: Any) -> bool:
    """A phrase right after a hyphen the text spaced ("Garden- goers"): the parse cut a compound word."""
    return c.who[0] > 0 and c.src.doc[c.who[0] - 1].text.endswith("-")

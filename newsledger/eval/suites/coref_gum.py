"""GUM news coreference (CC BY; an independent gold, not tuned on events or quotes): pronouns and definite
descriptions resolved to actors by `ActorIndex.resolve_span`, the resolver the quote and event extractors use.

Items are GUM mentions of two classes:
- a third-person pronoun ("he", "its", "them") or a definite description (a noun phrase opening with "the",
  "this", "these" ... and no proper noun: "the team", "the company") of a person, organization or place;
- whose gold chain has a proper-name mention (person, organization or place whose minimal span, GUM's head
  words, is proper nouns) before it, which the pipeline made an actor (the actor at that minimal span).
The resolver is right when it answers that name's actor, wrong when it answers another, abstains when it answers
none. Precision first: `precision` is right / answered, `recall` right / items, `value` the abstention rate.

A second row counts the same classes of mention whose chain has no name (a description or pronoun of something
never named, or named after it): any actor the resolver gives one is wrong (`value`: the share answered).

An item's half is its document's (the file name), newsledger.eval.split.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsledger import nlp
from newsledger.eval import gum
from newsledger.eval.metrics import Score
from newsledger.eval.split import select
from newsledger.model import Article
from newsledger.pipeline import build_record

COMPONENT = "coref"
DATASET = "gum"

THIRD_PERSON = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
                "them", "their", "theirs", "themselves"}
IT = {"it", "its", "itself"}
THEY = {"they", "them", "their", "theirs", "themselves"}
DEFINITE = {"the", "this", "that", "these", "those"}
CONTENT = {"NOUN", "PROPN", "ADJ", "NUM", "VERB", "ADV", "PRON"}


@dataclass
class Item:
    doc: str
    start: int
    end: int
    text: str
    kind: str  # "pronoun" or "description"
    gold: set[str]  # ids of the actors of the chain's names before it (empty: the chain has no name)
    answer: str | None  # the resolver's actor id
    answer_name: str | None = None

    @property
    def outcome(self) -> str:
        if self.answer is None:
            return "abstain"
        return "right" if self.answer in self.gold else "wrong"


def _kind(m: gum.GumMention) -> str | None:
    if m.upos == ("PRON",) and m.text.lower() in THIRD_PERSON:
        return "pronoun"
    if m.type and len(m.upos) > 1 and m.upos[0] == "DET" and m.text.split()[0].lower() in DEFINITE \
            and "PROPN" not in m.upos and "NOUN" in m.upos:
        return "description"
    return None


def _is_name(m: gum.GumMention) -> bool:
    """A person, organization or place mention whose minimal span (GUM's head words) is proper nouns."""
    heads = [m.upos[k - 1] for k in m.minspan if 0 < k <= len(m.upos)]
    return bool(m.type) and bool(heads) and all(u == "PROPN" for u in heads)


def items(gdocs: list[gum.GumDoc]) -> tuple[list[Item], int]:
    """The scored items and how many were left out because the chain's name got no actor."""
    out: list[Item] = []
    no_actor = 0
    articles = [Article(text=d.text, id=d.name, published=d.published) for d in gdocs]
    for gdoc, article, (doc, title) in zip(gdocs, articles, nlp.parse_many_titled([(a.text, a.title)
                                                                                  for a in articles])):
        build_record(article, doc, title)
        index = doc._.actor_index
        by_chain: dict[str, list[gum.GumMention]] = {}
        for m in gdoc.chains:
            by_chain.setdefault(m.chain, []).append(m)
        for m in sorted(gdoc.chains, key=lambda m: m.start):
            kind = _kind(m)
            if kind is None:
                continue
            names = [n for n in by_chain[m.chain] if _is_name(n) and n.end <= m.start]
            gold = {a.id for n in names if (a := index.actor_at(n.min_start, n.min_end)) is not None}
            if names and not gold:
                no_actor += 1
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            actor = index.resolve_span(span) if span is not None else None
            out.append(Item(gdoc.name, m.start, m.end, m.text, kind, gold, actor.id if actor else None,
                            actor.name if actor else None))
    return out, no_actor


def _named_score(label: str, group: list, extra: dict | None = None) -> Score:
    """Right of answered (precision), right of all (recall) and the share abstained (value) of a group of items."""
    right = sum(i.outcome == "right" for i in group)
    answered = sum(i.outcome != "abstain" for i in group)
    return Score(COMPONENT, DATASET, f"named_{label}",
                 precision=round(right / answered, 4) if answered else 0.0,
                 recall=round(right / len(group), 4) if group else 0.0,
                 value=round(1 - answered / len(group), 4) if group else 0.0, n=len(group),
                 extra={"right": right, "answered": answered, **(extra or {})})


def run(corpus: Path, limit: int | None = None, split: str = "check") -> list[Score]:
    gdocs = select(gum.docs(corpus), lambda d: d.name, split, limit)
    found, no_actor = items(gdocs)
    named = [i for i in found if i.gold]
    unnamed = [i for i in found if not i.gold]
    scores = [_named_score("all", named, {"docs": len(gdocs), "name_not_actor": no_actor,
                                          "note": "precision right/answered, recall right/items, value abstained"})]
    scores += [_named_score(kind, [i for i in named if i.kind == kind]) for kind in ("pronoun", "description")]
    for label, words in (("he_she", THIRD_PERSON - IT - THEY), ("it", IT), ("they", THEY)):
        scores.append(_named_score(f"pronoun_{label}",
                                   [i for i in named if i.kind == "pronoun" and i.text.lower() in words]))
    answered = sum(i.answer is not None for i in unnamed)
    scores.append(Score(COMPONENT, DATASET, "unnamed_answered",
                        value=round(answered / len(unnamed), 4) if unnamed else 0.0, n=len(unnamed),
                        extra={"answered": answered, "note": "chain without a name before it: any answer is wrong"}))
    return scores

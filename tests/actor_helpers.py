"""Shared helpers for actor tests: an actor index built over hand-set model entities (a rule, not the model, is
what such a test checks), the actor and the span at words of it, and the code an invented article's record gives an
actor."""
from newsledger import nlp
from newsledger.model import Article, Record
from newsledger.pipeline import extract_record
from newsledger.resolve.actors import ActorIndex


def index_with_entities(text: str, names: list[tuple[str, str]], published: str | None = "2019-01-01") -> ActorIndex:
    """The actors of the text, published that day, with only these (name, model label) entities, each at its first
    occurrence after the previous one."""
    doc = nlp.load()(text)
    ents, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        ents.append(doc.char_span(start, start + len(name), label=label))
        at = start + len(name)
    doc.ents = ents
    doc.user_data.pop(nlp._ENTS_KEY, None)
    index = ActorIndex(doc, Record(article=Article(text=text, id="x", published=published)))
    index.build()
    return index


def _word_start(index: ActorIndex, word: str, nth: int) -> int:
    start = -1
    for _ in range(nth + 1):
        start = index.doc.text.index(word, start + 1)
    return start


def actor_at_word(index: ActorIndex, word: str, nth: int = 0):
    """The actor at the nth occurrence (from 0) of the word in the index's text, or None."""
    start = _word_start(index, word, nth)
    return index.actor_at(start, start + len(word))


def span_at_words(index: ActorIndex, words: str, nth: int = 0):
    """The parse's span of the nth occurrence (from 0) of the words in the index's text."""
    start = _word_start(index, words, nth)
    return index.doc.char_span(start, start + len(words))


def kind_at_word(index: ActorIndex, word: str, nth: int = 0) -> str | None:
    """The kind of the actor at the nth occurrence (from 0) of the word in the index's text (None where none stands)."""
    return getattr(actor_at_word(index, word, nth), "kind", None)


def kinds_at_words(index: ActorIndex, words: list[str]) -> dict[str, str | None]:
    """Each word's actor kind at its first occurrence in the index's text (None where no actor stands)."""
    return {w: kind_at_word(index, w) for w in words}


def record_actor(text: str, name: str, published: str | None = "2019-03-01"):
    """The actor named `name` in the record of an invented article published that day."""
    rec = extract_record(Article(text=text, published=published))
    return next(a for a in rec.actors if a.name == name)


def actor_code(text: str, name: str) -> str | None:
    """The code of the actor named `name` in the record of an invented article dated 2019-03-01."""
    return record_actor(text, name).code


def code_if_named(text: str, name: str) -> str | None:
    """The code of the actor named `name` in the record of an invented article dated 2019-03-01, or None where the
    record names no such actor (actor_code fails there)."""
    rec = extract_record(Article(text=text, published="2019-03-01"))
    return next((a.code for a in rec.actors if a.name == name), None)

"""Issue 16, sixteenth round (evactors): the right source and target.
- a plural pronoun whose nearest plural antecedent is a coordination of named people is that coordination, coded
  as its first person (as "A and B were held" is); a nearer plural noun phrase or organization leaves the pronoun
  to the resolver, and a pronoun its own clause's coordinated subject binds (principle B) is not them.
The sentences are written for the tests, not taken from any article."""
from __future__ import annotations

from newsledger.extract.events.actors import _clause_verb, _coordinated_persons
from tests.event_helpers import actor_name, extract_events, parse


def _pronoun(doc, nth: int = 0):
    return [t for t in doc if t.lower_ in {"they", "them"}][nth]


class _Index:
    """Stands in for the actor index: the name at the offsets asked for."""

    def __init__(self, doc):
        self.doc = doc

    def actor_at(self, start: int, end: int):
        return self.doc.char_span(start, end).text


def _antecedent(text: str, nth: int = 0):
    doc = parse(text)
    return _coordinated_persons(_Index(doc), _pronoun(doc, nth))


def test_they_after_a_coordination_of_named_people_is_its_first_person(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = extract_events(
        "The Kurdish militia has fought the Islamic State for years. Peter Lindqvist, a teacher from Malmo, and "
        "Adam Karlsson, a mechanic, were seized last month. They are being held by the Kurdish militia in the "
        "north.", published="2018-07-20")
    targets = [actor_name(rec, e.target) for e in events if e.type == "COERCE" and e.trigger == "held"]
    assert targets == ["Peter Lindqvist"]


def test_they_after_people_in_apposition_to_a_plural_noun(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_EVENT_MIN_CONFIDENCE", "0")
    rec, events = extract_events(
        "The minister wrote about the case of two men, Peter Lindqvist and Adam Karlsson. They are being held by "
        "the Kurdish militia.", published="2018-07-20")
    targets = [actor_name(rec, e.target) for e in events if e.type == "COERCE"]
    assert targets == ["Peter Lindqvist"]


def test_a_nearer_plural_noun_phrase_leaves_the_pronoun_to_the_resolver():
    assert _antecedent("Peter Lindqvist and Adam Karlsson met the protesters. They were arrested later.") is None


def test_an_object_pronoun_is_not_its_own_clauses_coordinated_subject():
    assert _antecedent("Peter Lindqvist and Adam Karlsson praised them at the meeting.") is None


def test_a_chain_of_plural_pronouns_goes_back_to_the_coordination():
    assert _antecedent("Peter Lindqvist and Adam Karlsson were seized in May. They were moved to a prison. They "
                       "are being questioned there.", 1) == "Lindqvist"


def test_a_coordination_of_organizations_is_not_taken():
    assert _antecedent("Hamas and Hezbollah issued a statement. They were criticised by the minister.") is None



def test_a_coordination_the_parse_blurs_stops_the_search():
    # a parse as the model gives "Gov. A (D) and former Gov. B (R) announced they ...": the second name hung on the
    # first as an apposition, "Gov." the conjunct; the nearer coordination is not the last sentence's pair
    from spacy.tokens import Doc

    from newsledger import nlp
    words = ["Smith", "and", "Jones", "won", ".", "Gov.", "Brown", "(", "D", ")", "and", "Gov.", "Green",
             "announced", "they", "will", "quit", "."]
    heads = [3, 0, 0, 3, 3, 6, 13, 8, 6, 6, 6, 6, 6, 13, 16, 16, 13, 13]
    deps = ["nsubj", "cc", "conj", "ROOT", "punct", "compound", "nsubj", "punct", "appos", "punct", "cc", "conj",
            "appos", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ",
           "PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    ents = ["B-PERSON", "O", "B-PERSON"] + ["O"] * 9 + ["B-PERSON"] + ["O"] * 5
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert _coordinated_persons(_Index(doc), _pronoun(doc)) is None


def test_clause_verb_of_a_verbless_sentence_is_its_root():
    # a verbless fragment ("Two men, A and B.") has a noun root; the climb must stop there, not loop
    doc = parse("Two men, Alan Henning and David Haines.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.pos_ not in {"VERB", "AUX"}
    assert _clause_verb(doc[0]).i == root.i

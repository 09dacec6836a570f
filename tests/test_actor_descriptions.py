"""Issue 16, second wave (evactors): actor resolution classes from the event census
(newsledger/eval/annotations/events_guardian/FALSE_POSITIVES.md). Invented texts."""
from spacy.tokens import Span

from newsledger import nlp
from newsledger.model import Article, Record
from newsledger.resolve.actors import ActorIndex


def _index(text: str) -> tuple:
    doc = nlp.load()(text)
    return doc, ActorIndex(doc, Record(article=Article(text=text, id="x", published="2019-01-01")))


def test_an_indefinite_description_is_also_named_bare_and_two_alike_stay_apart():
    doc, index = _index("A man pulled a knife on another man outside the station.")
    index.build()
    first = index.nominal(doc[0:2])
    assert first.name == "A man" and "man" in first.aliases
    other = index.nominal(doc[7:8])
    assert other.id != first.id and other.name == "man"


def test_a_capital_before_a_city_body_names_the_city_not_the_state():
    doc, index = _index("Ottawa city council rejected the plan on Monday.")
    council = next(e for e in doc.ents if e.text == "Ottawa")
    assert council.label_ == "GPE" and council.root.dep_ == "compound"
    assert not index._acting(council)


def test_the_relative_of_a_name_the_model_typed_org_is_a_person_apart():
    doc, index = _index("The mother of Karim Haddad Selim lodged a claim on Monday. Selim denies the charges.")
    words = [t.text for t in doc]
    start = words.index("Karim")
    doc.ents = [Span(doc, start, start + 3, label="ORG")]  # the model's mistake, set by hand
    index.build()
    relative = index.actor_at(doc[0:2].start_char, doc[3].idx)  # "The mother of": only the relative's mention
    named = index.actor_at(doc[start].idx, doc[start + 2].idx + len(doc[start + 2].text))
    assert named is not None and named.kind == "person" and named.name == "Karim Haddad Selim"
    assert relative is not None and relative.id != named.id
    assert any("mother of" in a for a in relative.aliases)


def test_a_description_in_apposition_to_a_name_is_that_named_actor():
    doc, index = _index("Crowds gathered to mourn Karim Selim, the film-maker and activist who was killed last year.")
    index.build()
    words = [t.text for t in doc]
    named = index.actor_at(doc[words.index("Selim")].idx, doc[words.index("Selim")].idx + 5)
    activist = doc[words.index("activist")]
    assert named is not None and named.name == "Karim Selim"
    assert index.resolve_span(doc[activist.i: activist.i + 1]) is named
    # a description with no name beside it is left alone
    doc2, index2 = _index("Crowds gathered to mourn the activist who was killed last year.")
    index2.build()
    root = next(t for t in doc2 if t.text == "activist")
    assert index2.resolve_span(doc2[root.i: root.i + 1]) is None

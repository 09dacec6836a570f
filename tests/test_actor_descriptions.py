"""Issue 16, second wave (evactors): actor resolution classes from the event census
(newsledger/eval/annotations/events_guardian/FALSE_POSITIVES.md). Invented texts."""
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



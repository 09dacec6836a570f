"""A body the text calls a firm by a noun of a firm (data/firm_nouns.txt: company, firm, corporation) set in
apposition to its name or as the predicate of a copula whose subject is its name takes BUS, with the country the
noun's phrase names, where nothing else codes it (round 52, actfirmctx52; code_source FIRM_NOUN, hidden from the event
coder as a legal form's sector is). Made-up sentences and names, and the look-alikes that keep their old codes: a
negated copula, a nonprofit, a dictionary entry, a noun that is no firm's."""
import pytest

from newsledger import nlp
from newsledger.model import Article
from newsledger.pipeline import extract_record
from newsledger.resolve import actor_codes
from newsledger.resolve.actors import _firm_phrase_code, firm_nouns


def _body(text: str, name: str):
    rec = extract_record(Article(text=text, published="2019-03-01"))
    return next(a for a in rec.actors if a.name.endswith(name))


@pytest.mark.parametrize("text, name, code", [
    # apposition after the name
    ("Harlow Mills bought 51% of the shares in Corvane Labs, a company that makes seed coatings, on Friday.",
     "Corvane Labs", "BUS"),
    ("The grant went to Corvane Labs, a Dutch company, last year.", "Corvane Labs", "NLDBUS"),
    # apposition before the name, set off by dashes
    ("Officials believe the company that hired the guards – the Ostrava Group – is run by a banker.",
     "Ostrava Group", "BUS"),
])
def test_a_body_the_text_calls_a_company_is_bus(text, name, code):
    body = _body(text, name)
    assert (body.code, body.code_source) == (code, actor_codes.FIRM_NOUN)
    assert actor_codes.named_view(body).code is None  # hidden from the event coder


@pytest.mark.parametrize("text, name", [
    ("The grant went to Corvane Labs, a nonprofit, last year.", "Corvane Labs"),  # no noun of a firm
    ("The grant went to Corvane Labs, a research institute, last year.", "Corvane Labs"),
])
def test_a_body_called_by_another_noun_stays_uncoded(text, name):
    body = _body(text, name)
    assert body.code is None and body.code_source != actor_codes.FIRM_NOUN


def test_a_dictionary_entry_keeps_its_code():
    body = _body("The contract went to United Parcel Service, a company based in Atlanta, last year.",
                 "United Parcel Service")
    assert body.code_source == "dictionary"


def _code_at(text: str, name: str) -> str | None:
    doc = nlp.load()(text)
    start = text.index(name)
    return _firm_phrase_code(doc, start, start + len(name))


@pytest.mark.parametrize("text, name, code", [
    ("Ostrava Group is a young company founded by three engineers.", "Ostrava Group", "BUS"),
    ("Ostrava Group is not a company, its founder said.", "Ostrava Group", None),
    ("Ostrava Group is a charity founded by three engineers.", "Ostrava Group", None),
    ("A statement from Ostrava Group, the law firm representing the family, was read out.", "Ostrava Group", "BUS"),
    # a noun that also names a line of trade says what a body does
    ("The senator defended Ostrava Group, the abortion business, on Monday.", "Ostrava Group", None),
])
def test_the_firm_phrase(text, name, code):
    assert _code_at(text, name) == code


def test_the_firm_nouns():
    assert {"company", "firm", "corporation", "business"} <= firm_nouns()
    assert not {"utility", "waterworks", "charity", "institute"} & firm_nouns()

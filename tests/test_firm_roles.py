"""A body the text gives a firm's role (data/firm_roles.tsv: a seller, a buyer of shares, the seller something is
bought from, the owner of stores or shareholders) takes BUS where nothing else codes it (round 53, actbus53; read with
the firm-noun reading, code_source FIRM_NOUN, hidden from the event coder). Made-up sentences and names, and the
look-alikes that keep their old codes: a body that buys no holding, a noun no firm owns alone, a dictionary entry, a
charity."""
import pytest

from newsledger import nlp
from newsledger.model import Article
from newsledger.pipeline import extract_record
from newsledger.resolve import actor_codes
from newsledger.resolve.actors import _firm_role_code


def _code_at(text: str, name: str) -> str | None:
    doc = nlp.load()(text)
    start = text.index(name)
    return _firm_role_code(doc, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("Corvane Feeds sells into more than forty countries and employs 900 people.", "Corvane Feeds"),
    ("Last week Corvane Feeds acquired 30% of the shares in a Polish mill.", "Corvane Feeds"),
    ("Harlow Mills bought a stake in the bakery chain in May.", "Harlow Mills"),
    ("Brackmoor's shareholders will vote on the offer in June.", "Brackmoor"),
    ("Residents said the Brackmoor store on Elm Street would close.", "Brackmoor"),
    ("The council bought the old mill from Harlow Mills in 2015.", "Harlow Mills"),
    ("The town is purchasing a prefabricated shed from Harlow Mills of Leeds.", "Harlow Mills"),
])
def test_a_firm_role_reads_bus(text, name):
    assert _code_at(text, name) == "BUS"


@pytest.mark.parametrize("text, name", [
    ("Harlow Mills acquired the old station building in May.", "Harlow Mills"),  # no holding in a firm
    ("The Brackmoor Trust volunteers cleared the path on Sunday.", "Brackmoor Trust"),  # not a firm's people
    ("Brackmoor's director spoke to the council on Monday.", "Brackmoor"),
    ("The Ostrava Group praised the decision on Monday.", "Ostrava Group"),
    ("The council heard from Harlow Mills in 2015.", "Harlow Mills"),  # "from" of no verb of acquiring
    ("Two Brackmoor employees stopped the man outside the shop on Sunday.", "Brackmoor"),  # bodies of any kind employ
    ("Officers said a 2015 Corvane Sprinter would sell for about $80,000 today.", "Corvane Sprinter"),  # a price
    ("The ad is part of a $1 million Iowa buy from Brackmoor Action Fund, its sponsors said.",
     "Brackmoor Action Fund"),  # a noun misread as a verb
    ("She left her baby in a car outside a Millbrook Avenue store for an hour.", "Millbrook Avenue"),  # where
])
def test_no_firm_role(text, name):
    assert _code_at(text, name) is None


def _body(text: str, name: str):
    rec = extract_record(Article(text=text, published="2019-03-01"))
    return next(a for a in rec.actors if a.name.endswith(name))


def test_an_uncoded_body_that_sells_is_bus_hidden_from_the_coder():
    body = _body("Corvane Feeds sells into more than forty countries, its director said on Friday.", "Corvane Feeds")
    assert (body.code, body.code_source) == ("BUS", actor_codes.FIRM_NOUN)
    assert actor_codes.named_view(body).code is None


def test_a_charity_that_sells_reads_ngo():
    body = _body("The Ostrava Alliance, a charity based in Leeds, sells donated furniture to fund its shelters.",
                 "Ostrava Alliance")
    assert body.code == "NGO"


def test_a_dictionary_entry_keeps_its_code():
    body = _body("United Parcel Service's shareholders will vote on the offer in June.", "United Parcel Service")
    assert body.code_source == "dictionary"

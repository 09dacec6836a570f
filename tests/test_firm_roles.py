"""A body the text gives a firm's role (data/firm_roles.tsv: a seller, a buyer of shares, the seller something is
bought from, the owner of stores or shareholders) takes BUS where nothing else codes it (round 53, actbus53; read with
the firm-noun reading, code_source FIRM_NOUN, hidden from the event coder). Made-up sentences and names, and the
look-alikes that keep their old codes: a body that buys no holding, a noun no firm owns alone, a dictionary entry, a
charity. Round 54 (actbus54): premises named as where something happens ("at the <name> store") are no firm's role,
a chain named before one of its outlets is; a country the text gives before the body's name is the firm's."""
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


@pytest.mark.parametrize("text, name", [
    ("Two men were arrested at the Brackmoor store on Saturday.", "Brackmoor"),
    ("Police said a thief broke a window at the Corvane Motors dealership overnight.", "Corvane Motors"),
    ("Two artists sat in bed in a shop window at Brackmoor store in central Leeds.", "Brackmoor"),
    ("By noon, fiddle music filled the Brackmoor store and the queue reached the car park.", "Brackmoor"),
    ("Shoppers waited outside the Brackmoor store yesterday in Hadley.", "Brackmoor"),
])
def test_premises_named_as_where_something_happens_are_no_role(text, name):
    assert _code_at(text, name) is None


@pytest.mark.parametrize("text, name", [
    ("She walked into a Brackmoor store and printed two signs.", "Brackmoor"),  # one of the chain's outlets
    ("He worked as a security guard in the Brackmoor store on Elm Road.", "Brackmoor"),  # one outlet, by its road
    ("Protesters gathered outside Brackmoor stores in ten cities.", "Brackmoor"),  # several outlets
    ("Brackmoor's shareholders met in the Brackmoor store's back room.", "Brackmoor"),  # a possessor: the owner
])
def test_a_chain_named_before_its_outlets_reads_bus(text, name):
    assert _code_at(text, name) == "BUS"


def test_a_country_given_before_the_fuller_name_is_the_firms():
    body = _body("The deal was signed by Portugal's Harlow Mills Investment Group on Monday. Last year Harlow Mills "
                 "sold its bakery chain to a rival.", "Harlow Mills")
    assert (body.code, body.code_source) == ("PRTBUS", actor_codes.FIRM_NOUN)


def test_a_country_said_of_a_subsidiary_is_not_the_parents():
    body = _body("Officials said the sanctions against Harlow Mills's Chinese subsidiary would anger Beijing. "
                 "Harlow Mills sells tractors in forty countries.", "Harlow Mills")
    assert body.code == "BUS"

"""A person named by a title only a state's post holder bears (data/state_titles.tsv: "Congressman <name>", "Sen.
<name>", "Rep. <name>", "Lt. Col. <name>"), whom nothing else codes, holds a post of a state: the title's sector,
with the country of his own phrase ("U.S. Rep. <name>") or else the one state the article brings in, where some
mention of him acts and the text names one of its constituent states (actor_codes.state_title_code,
actors.ActorIndex.state_title_posts; round 54, actpost54). Made-up sentences and names."""
import pytest

from newsledger.model import Article
from newsledger.pipeline import extract_record
from newsledger.resolve import actor_codes
from tests.actor_helpers import code_if_named


@pytest.mark.parametrize("title, sector", [
    ("Congressman", "LEG"),
    ("Sen.", "LEG"),
    ("Rep", "LEG"),
    ("a legislator", "LEG"),
    ("Col.", "MIL"),
    ("former Congressman", None),  # a post left
    ("Senator's aide", None),  # a longer title
    ("president", None),  # a firm's head as often
    ("attorney", None),  # a private lawyer as often
    ("commander", None),  # a police commander as often
    ("judge", None),
    (None, None),
])
def test_state_title_sector(title, sector):
    assert actor_codes.state_title_sector(title) == sector


def test_state_title_code():
    assert actor_codes.state_title_code("LEG", "USA") == ("USALEG", actor_codes.STATE_TITLE)
    assert actor_codes.state_title_code("LEG", None) == (None, "none")
    assert actor_codes.state_title_code(None, "USA") == (None, "none")


def test_congressman_in_a_one_state_text():
    text = ("Congressman Tobias Wendlecott spoke in Ohio on Monday about a new bridge. Wendlecott said the United "
            "States would pay for half of the work.")
    assert code_if_named(text, "Tobias Wendlecott") == "USALEG"


def test_lone_senator_title_in_a_one_state_text():
    text = ("Senator Marla Quenby praised the grant on Tuesday. Quenby said Nevada would build the road within two "
            "years.")
    assert code_if_named(text, "Marla Quenby") == "USALEG"


def test_hidden_from_the_event_coder():
    # the event coder reads such a person as the resolver gave him before the rule: uncoded (round 54, actpost54r)
    text = ("Congressman Tobias Wendlecott spoke in Ohio on Monday about a new bridge. Wendlecott said the United "
            "States would pay for half of the work.")
    rec = extract_record(Article(text=text, published="2019-03-01"))
    person = next(a for a in rec.actors if a.name == "Tobias Wendlecott")
    hidden = actor_codes.hide_local_posts(rec.actors)
    assert (person.code, person.code_source) == (None, "none")
    assert actor_codes.named_view(person).code is None
    actor_codes.restore_local_posts(rec.actors, hidden)
    assert (person.code, person.code_source) == ("USALEG", actor_codes.STATE_TITLE)


def test_a_foreign_state_alone_no_code():
    text = ("Senator Marla Quenby praised the grant on Tuesday. Quenby said Kenya would build the road within two "
            "years.")  # no constituent state named: the writer's own senator as often
    assert code_if_named(text, "Marla Quenby") is None


def test_lone_colonel_title_in_a_one_state_text():
    text = ("Col. Harlan Oatridge announced the awards on Friday. The ceremony will be held in Texas next month, "
            "Oatridge said.")
    assert code_if_named(text, "Harlan Oatridge") == "USAMIL"


def test_country_in_the_persons_own_phrase():
    text = "U.S. Rep. Dorrin Faulke spoke at the funeral on Monday in Peru. Faulke told the crowd to call the police."
    assert code_if_named(text, "Dorrin Faulke") == "USALEG"


def test_two_states_no_code():
    text = ("Senator Marla Quenby praised the grant on Tuesday. Quenby said Kenya and Uganda would build the road "
            "within two years.")
    assert code_if_named(text, "Marla Quenby") is None


def test_former_title_no_code():
    text = ("Former Sen. Marla Quenby praised the grant on Tuesday. Quenby said Kenya would build the road within "
            "two years.")
    assert code_if_named(text, "Marla Quenby") is None


def test_retired_rank_no_code():
    text = ("Retired Army Col. Harlan Oatridge spoke on Friday. The ceremony will be held in Texas next month, "
            "Oatridge said.")
    assert code_if_named(text, "Harlan Oatridge") is None


def test_private_title_no_code():
    text = ("Attorney Marla Quenby praised the ruling on Tuesday. Quenby said Kenya would appeal within two years.")
    assert code_if_named(text, "Marla Quenby") is None

"""Event actors, tenth round (issue 16): a title and surname is the person named in full, a role noun the tagger
reads as a proper noun takes its appositive name, a threat stated as a clause of future harm is aimed at that
clause's subject, and a settlement noun ("villages") is a place, not a group actor. Invented sentences."""
from __future__ import annotations

from tests.event_helpers import actor_name, extract_events


def _pairs(text: str, typ: str) -> list[tuple[str | None, str | None]]:
    rec, events = extract_events(text, published="2019-03-04")
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if e.type == typ]


def test_a_title_and_surname_is_the_person_named_in_full():
    # the model tags no name on "Mr Trump" here: the honorific must not keep it from the full name
    pairs = _pairs("Policy changed under Donald Trump. On Sunday Mr Trump threatened that Iran would pay a big price.",
                   "THREATEN")
    assert pairs and pairs[0][0] == "Donald Trump", pairs


def test_a_role_noun_read_as_a_proper_noun_takes_its_appositive_name():
    pairs = _pairs("In January, the then secretary of state, Rex Tillerson, pledged that US forces would remain "
                   "in Iraq.", "AGREE")
    assert pairs and pairs[0][0] == "Rex Tillerson", pairs


def test_a_threat_of_future_harm_is_aimed_at_the_clauses_subject():
    pairs = _pairs("Bashar al-Assad spoke in Damascus on Friday. On Sunday Donald Trump threatened that "
                   "Mr Assad would pay a big price.", "THREATEN")
    assert ("Donald Trump", "Bashar al-Assad") in pairs, pairs


def test_a_threat_about_a_thing_has_no_target_made_of_it():
    pairs = _pairs("On Sunday Donald Trump threatened that the economy would pay a big price.", "THREATEN")
    assert all(t is None for _, t in pairs), pairs


def test_villages_are_a_place_not_a_group_actor():
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    rec = extract_record(Article(text="Turkey shelled villages near the border on Monday.", published="2019-03-04"))
    assert not any(a.name.lower() == "villages" for a in rec.actors), [a.name for a in rec.actors]
    assert not any(e.target and actor_name(rec, e.target).lower() == "villages" for e in rec.events)


def test_a_threat_stating_the_own_sides_response_is_not_aimed_at_it():
    pairs = _pairs("The White House warned that the US would retaliate if Iran attacked its ships.", "THREATEN")
    assert pairs and all(t != "United States" for _, t in pairs), pairs


def test_a_request_nouns_for_to_clause_names_the_one_asked():
    pairs = _pairs("Angela Merkel repeated her call for Turkey to end the offensive.", "REQUEST")
    assert ("Angela Merkel", "Turkey") in pairs, pairs

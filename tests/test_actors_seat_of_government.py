"""A seat of government named for its state's government (organizations.json "seat": the Kremlin, the White House;
WordNet 3.0 and Phoenix GOV) stands for the state: its actor is typed country, keeping the seat's name and code,
as the actor set labels "the Kremlin said", "a call to the White House" (issue 16, round 43). Made-up sentences,
and the look-alike the rule leaves alone: the Pentagon, a department, stays an organization."""
import pytest

from tests.actor_helpers import record_actor as _actor


@pytest.mark.parametrize("text, name, code", [
    ("The Kremlin said on Tuesday that it had received no request for talks about the pipeline.", "Kremlin",
     "RUSGOV"),
    ("The White House announced on Friday that the tariffs on steel would be lifted next month.", "White House",
     "USAGOV"),
    ("In a telephone call to the Kremlin, the Austrian chancellor urged restraint over the blockade.", "Kremlin",
     "RUSGOV"),
])
def test_a_seat_of_government_is_its_state(text, name, code):
    actor = _actor(text, name)
    assert actor.kind == "country"
    assert actor.code == code


def test_a_department_named_for_its_building_stays_an_organization():
    actor = _actor("The Pentagon said on Monday that the drills in the Baltic would go ahead as planned.", "Pentagon")
    assert actor.kind == "organization"
    assert actor.code == "USAMIL"


def test_the_staff_of_a_seat_keep_its_government_code():
    # while extracting, the seat is the government body it houses: its press secretary takes its code
    person = _actor("White House press secretary Carla Benning told reporters on Monday that the visit was off.",
                    "Carla Benning")
    assert person.code == "USAGOV"


def _seat_kind(text: str, name: str) -> str:
    return _actor(text, name).kind


def test_seat_sought_in_a_campaign_stays_an_organization():
    # the presidency sought, not the government (seat_use.json office_verbs / office_for_heads)
    assert _seat_kind("The senator said the White House announced new rules. Republicans hope to win back the "
                      "White House next year.", "White House") == "organization"


def test_seat_as_a_building_or_press_beat_stays_an_organization():
    assert _seat_kind("The White House said the talks would go on. The mayor will visit the White House on "
                      "Friday.", "White House") == "organization"
    assert _seat_kind("The White House said the talks would go on, according to a White House pool report.",
                      "White House") == "organization"

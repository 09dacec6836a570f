"""A title cut by its country whose office is named only after the country ("the chief of the general staff of the
Russian armed forces", "the chairman of the US joint chiefs of staff") is read whole: the person takes the sector
of the state's body (Phoenix agents: "armed forces", "joint chiefs of staff" MIL), issue 16, round 43. Made-up
sentences, and the look-alikes the rule leaves alone: a role with its own agent noun, an organization after it."""
import pytest

from tests.actor_helpers import record_actor as _person


@pytest.mark.parametrize("text, name, code", [
    ("Pavel Orlenko, the chief of the general staff of the Russian armed forces, said on Monday that the drills "
     "would go ahead.", "Pavel Orlenko", "RUSMIL"),
    ("Daniel Whitmore, the chairman of the US joint chiefs of staff, told reporters that no decision had been "
     "taken.", "Daniel Whitmore", "USAMIL"),
])
def test_the_office_named_after_the_country_gives_the_sector(text, name, code):
    person = _person(text, name)
    assert person.code == code
    assert person.role.endswith(("armed forces", "chiefs of staff"))


def test_a_role_with_its_own_agent_noun_is_not_read_past_the_country():
    # "minister" is a Phoenix agent (GOV): the title keeps its own sector, the army after the country does not win
    person = _person("Marta Kovacs, the minister for veterans of the British armed forces, said the pensions would "
                     "rise.", "Marta Kovacs")
    assert person.code == "GBRGOV"


def test_an_organization_after_the_role_still_ends_it():
    # "head of foreign relations at X": the affiliation is an organization, not a country: the role ends there
    person = _person("Lina Haddad, head of foreign relations at the Red Crescent, said the convoy had arrived.",
                     "Lina Haddad")
    assert person.role is None or "Red Crescent" not in person.role

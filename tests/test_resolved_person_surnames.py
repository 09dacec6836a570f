"""Issue 16, round 41 (actkind41): a multiword name the resolver takes for a person though the model typed it
otherwise (a leader's name of the dated dictionaries typed ORG) gives its surname to the article's surnames, so the
bare surname typed ORG names that person too, as it does after a name the model typed PERSON (one name, one sense
in the article). Invented sentences; the model's entities are set by hand so that the rule, not the model, is what
is tested."""
from tests.actor_helpers import actor_at_word as _actor_at
from tests.actor_helpers import index_with_entities as _index


def test_the_surname_of_a_leader_typed_org_is_the_leader():
    text = ("Mike Pompeo flew to Ankara on Tuesday. Officials there said Pompeo had asked for more time, and "
            "Pompeo’s aides confirmed it.")
    index = _index(text, [("Mike Pompeo", "ORG"), ("Ankara", "GPE"), ("Pompeo", "ORG"), ("Pompeo", "ORG")])
    leader = _actor_at(index, "Mike Pompeo")
    assert leader is not None and leader.kind == "person"
    assert _actor_at(index, "Pompeo", 1) is leader
    assert _actor_at(index, "Pompeo", 2) is leader
    assert not any(a.kind == "organization" for a in index.actors)


def test_an_organization_typed_name_unknown_as_a_person_keeps_its_surname_word_apart():
    text = "Harbor Logistics said on Monday that Logistics had no comment."
    index = _index(text, [("Harbor Logistics", "ORG"), ("Logistics", "ORG")])
    assert all(a.kind == "organization" for a in index.actors)




def test_a_name_made_a_person_by_a_kinship_phrase_does_not_spread():
    text = ("She thanked Clara Voss, the daughter of slain Maple Grove Academy principal Ann Voss. “Her mother was "
            "the principal of Maple Grove Academy,” she said.")
    index = _index(text, [("Clara Voss", "PERSON"), ("Maple Grove Academy", "ORG"), ("Ann Voss", "PERSON"),
                          ("Maple Grove Academy", "ORG")])
    assert _actor_at(index, "Maple Grove Academy", 1).kind == "organization"

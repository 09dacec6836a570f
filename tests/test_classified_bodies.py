"""Issue 16, round 44 (actkind44): a name the model typed PERSON in apposition to a noun that classifies a body
(organization_nouns.txt: a sense under WordNet 3.0's organization.n.01 and no person sense; faction, alliance,
group, front, movement) is an organization, here and wherever the article repeats it ("the folk band X", "the
state news agency X", "an armed alliance, X", "two rebel factions - X and Y"). Not when the noun disagrees in
number (a singular noun before a list names its members), not a noun of persons ("his men, X"), not a name with a
title, not a loose appositive of a preposition's object ("a member of the band, X"). Invented sentences; the
model's entities are set by hand so that the rule, not the model, is what is tested."""
from tests.actor_helpers import actor_at_word as _actor_at
from tests.actor_helpers import index_with_entities as _index


def test_a_name_after_a_band_noun_and_its_repetition_are_one_organization():
    text = ("Tomas Berg, a founder of the folk band Velvet Marrow, flew to the camp. "
            "It should not take Velvet Marrow to bring the children home.")
    index = _index(text, [("Tomas Berg", "PERSON"), ("Velvet Marrow", "PERSON"), ("Velvet Marrow", "PERSON")])
    first, second = _actor_at(index, "Velvet"), _actor_at(index, "Velvet", 1)
    assert first is not None and first.kind == "organization"
    assert second is first
    assert _actor_at(index, "Tomas").kind == "person"


def test_a_news_agency_and_a_loose_alliance_appositive_are_organizations():
    text = ("The deal was confirmed by the state news agency Karan Dor. "
            "An armed alliance, Liwa Sahel, holds sway in the hills, and officials want to dissolve Liwa Sahel.")
    index = _index(text, [("Karan Dor", "PERSON"), ("Liwa Sahel", "PERSON"), ("Liwa Sahel", "PERSON")])
    assert _actor_at(index, "Karan").kind == "organization"
    assert _actor_at(index, "Liwa").kind == "organization"
    assert _actor_at(index, "Liwa", 1).kind == "organization"


def test_a_plural_body_noun_before_a_list_classifies_each_name():
    text = "The two main rebel factions – Liwa Sahel and Jund Qamar – said they would accept the truce."
    index = _index(text, [("Liwa Sahel", "PERSON"), ("Jund Qamar", "PERSON")])
    assert _actor_at(index, "Liwa").kind == "organization"
    assert _actor_at(index, "Jund").kind == "organization"


def test_members_persons_and_titled_names_stay_persons():
    text = ("The squad, Mara Olsen and Pia Lund, trained at dawn. A member of the band, Ivo Petrov, said he was "
            "tired. His men, Karl Voss among them, waited. The agency chief, Dr Lena Hart, resigned.")
    ents = [("Mara Olsen", "PERSON"), ("Pia Lund", "PERSON"), ("Ivo Petrov", "PERSON"), ("Karl Voss", "PERSON"),
            ("Dr Lena Hart", "PERSON")]
    index = _index(text, ents)
    for word in ("Mara", "Pia", "Ivo", "Karl", "Lena"):
        actor = _actor_at(index, word)
        assert actor is not None and actor.kind == "person", word


# actkind44b: the name itself must be the body noun's appositive, and a person's name stays a person's.

def test_a_common_noun_between_the_body_noun_and_the_name_keeps_a_person():
    text = ("Ivo said his band and collaborator Rem Castel wrote the songs. "
            "They met at the beach house of investor Oskar Vane in June.")
    index = _index(text, [("Ivo", "PERSON"), ("Rem Castel", "PERSON"), ("Oskar Vane", "PERSON")])
    assert _actor_at(index, "Rem").kind == "person"
    assert _actor_at(index, "Oskar").kind == "person"


def test_a_given_name_or_a_bare_surname_later_keeps_a_person():
    text = ("The talks were led by the head of the opposition's media office Karim al-Tawil. "
            "Tawil expressed hope. A statement came from the press agency Michael Orvo.")
    index = _index(text, [("Karim al-Tawil", "PERSON"), ("Michael Orvo", "PERSON")])
    assert _actor_at(index, "Karim").kind == "person"
    assert _actor_at(index, "Michael").kind == "person"


def test_a_firm_named_by_its_trade_and_country_is_coded_by_them():
    text = "The ministry lost a tax dispute with Dutch pharmaceutical firm Velkora over patents."
    index = _index(text, [("Velkora", "PERSON")])
    actor = _actor_at(index, "Velkora")
    assert actor.kind == "organization" and actor.code == "NLDBUS"


def test_a_government_descriptor_does_not_resolve_to_a_newly_made_body():
    text = ("The minister told the Chilean newspaper Diario Boreal that arms would flow. "
            "The Chilean government says it will allow the transfer.")
    index = _index(text, [("Diario Boreal", "PERSON")])
    assert _actor_at(index, "Diario").kind == "organization"
    start = text.index("The Chilean government")
    span = index.doc.char_span(start, start + len("The Chilean government"))
    found = index.resolve_span(span)
    assert found is None or found.name != "Diario Boreal"

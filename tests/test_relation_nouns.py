"""Issue 16, round 40 (actkind40): a name the model typed ORG, GPE or LOC that a noun of kinship or friendship
names (apposition, "a son called X", the possessor of the noun) is a person, and so is the same name elsewhere in
the article. Invented sentences; the model's entities are set by hand so that the rule, not the model, is tested."""
from newsledger.resolve.actors import ActorIndex
from tests.actor_helpers import index_with_entities as _index


def _kind_at(index: ActorIndex, word: str, nth: int = 0) -> str | None:
    start = -1
    for _ in range(nth + 1):
        start = index.doc.text.index(word, start + 1)
    actor = index.actor_at(start, start + len(word))
    return actor.kind if actor else None


def test_names_in_apposition_to_kin_nouns_are_persons():
    text = "The pilot Aaron Pell is survived by his wife, Marisol, and his son, Dario."
    index = _index(text, [("Aaron Pell", "PERSON"), ("Marisol", "GPE"), ("Dario", "ORG")])
    assert _kind_at(index, "Marisol") == "person"
    assert _kind_at(index, "Dario") == "person"


def test_a_name_a_kin_noun_is_called_by():
    text = "After her release Noor Hadi gave birth to a son called Tamir in a clinic near the border."
    index = _index(text, [("Noor Hadi", "PERSON"), ("Tamir", "LOC")])
    assert _kind_at(index, "Tamir") == "person"


def test_a_list_apposed_to_friends_and_a_later_title_and_surname():
    text = ("She was arrested with her friends, Nadira Qasim and Leyla Osman, at the airport. Ms Osman was "
            "released without charge on Friday.")
    index = _index(text, [("Nadira Qasim", "PERSON"), ("Leyla Osman", "ORG"), ("Friday", "DATE")])
    assert _kind_at(index, "Leyla Osman") == "person"
    assert _kind_at(index, "Osman", 1) == "person"


def test_the_possessor_of_a_family_and_the_same_name_elsewhere():
    text = "Rahimi's family said he had been detained for a month. Rahimi was 24 and worked as a driver."
    index = _index(text, [("Rahimi", "LOC"), ("Rahimi", "ORG")])
    assert _kind_at(index, "Rahimi") == "person"
    assert _kind_at(index, "Rahimi", 1) == "person"


def test_a_country_a_town_or_a_business_partner_keeps_its_kind():
    text = ("His daughter, Georgia, lives abroad. The bank and its partner, Halvorsen Capital, signed the deal. "
            "Chicago's family courts were closed.")
    index = _index(text, [("Georgia", "GPE"), ("Halvorsen Capital", "ORG"), ("Chicago", "GPE")])
    assert _kind_at(index, "Georgia") != "person"
    assert _kind_at(index, "Halvorsen Capital") == "organization"
    assert _kind_at(index, "Chicago") != "person"


def test_a_firm_named_as_a_parent_or_cousin_stays_an_organization():
    # "its parent": the relatum of a noun said of a thing; "Journal": a paper's nameplate word; "Hale & Price": "&"
    text = ("The brewer and its parent, Korvan Holdings, cut jobs. Its corporate cousin The Eastport Journal "
            "reported the cuts. Her brother, Hale & Price, paid for it.")
    index = _index(text, [("Korvan Holdings", "ORG"), ("The Eastport Journal", "ORG"), ("Hale & Price", "ORG")])
    assert _kind_at(index, "Korvan Holdings") == "organization"
    assert _kind_at(index, "Eastport Journal") == "organization"
    assert _kind_at(index, "Hale & Price") == "organization"


def test_a_name_the_article_also_calls_a_company_is_no_person():
    text = ("Workers blamed Marlow's parent, Trellis Dynamics. Trellis Dynamics, a company with revenue of $4 "
            "billion, said little.")
    index = _index(text, [("Trellis Dynamics", "ORG"), ("Trellis Dynamics", "ORG")])
    assert _kind_at(index, "Trellis Dynamics") == "organization"


def test_a_name_hung_on_a_kin_noun_across_other_words_is_not_the_kin():
    text = "He ran it with his wife, Edda Lunn, who sold homes through their company, Rook Valley."
    index = _index(text, [("Edda Lunn", "PERSON"), ("Rook Valley", "ORG")])
    assert _kind_at(index, "Rook Valley") != "person"


def test_a_wife_the_rule_names_does_not_take_the_pronouns_or_the_surname():
    text = ("Senator Paul Dray spoke first. His wife Mira Dray waved from the stage as the Dray team cheered. "
            "His daughter Ilse Dray spoke next. She praised her father.")
    index = _index(text, [("Paul Dray", "PERSON"), ("Mira Dray", "ORG"), ("Dray", "ORG"), ("Ilse Dray", "PERSON")])
    assert _kind_at(index, "Mira Dray") == "person"
    she = next(t for t in index.doc if t.text == "She")
    assert index.resolve_pronoun(she).name == "Ilse Dray"
    start = text.index("Dray team")
    assert index.actor_at(start, start + 4).name == "Paul Dray"


def test_the_kin_noun_right_before_the_name_in_a_list_of_pairs():
    text = "He leaves his sister, Dana, his uncle, Bram, and fiancee, Corisande. The funeral is on Monday."
    index = _index(text, [("Dana", "PERSON"), ("Bram", "PERSON"), ("Corisande", "GPE")])
    assert _kind_at(index, "Corisande") == "person"

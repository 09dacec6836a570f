"""Issue 16, round 40 (actkind40): a name the model typed ORG, GPE or LOC that a noun of kinship or friendship
names (apposition, "a son called X", the possessor of the noun) is a person, and so is the same name elsewhere in
the article. Invented sentences; the model's entities are set by hand so that the rule, not the model, is tested."""
from newsledger import nlp
from newsledger.model import Article, Record
from newsledger.resolve.actors import ActorIndex


def _index(text: str, names: list[tuple[str, str]]) -> ActorIndex:
    """The actors of the text with only these (name, model label) entities, each at its first occurrence after the
    previous one."""
    doc = nlp.load()(text)
    ents, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        ents.append(doc.char_span(start, start + len(name), label=label))
        at = start + len(name)
    doc.ents = ents
    doc.user_data.pop(nlp._ENTS_KEY, None)
    index = ActorIndex(doc, Record(article=Article(text=text, id="x", published="2019-01-01")))
    index.build()
    return index


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

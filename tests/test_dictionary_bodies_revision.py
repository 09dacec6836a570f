"""Issue 16, round 47 (actfound47r, the revision of actfound47's dictionary bodies): a name the model cut from a
longer hyphenated or joined word is no dictionary body; a body's code reaches no person through a noun of its
customers, clients, users, patients or visitors (data/client_nouns.txt); a body in the "for" phrase of a text noun
(data/commissioned_text_nouns.txt) is whom the text was written for, not what the phrase denotes. Invented
sentences; the model's entities are set by hand so that the rule, not the model, is what is tested."""
from newsledger.resolve.actors import _joined_part
from tests.actor_helpers import actor_at_word as _actor_at
from tests.actor_helpers import index_with_entities as _index


def test_a_name_cut_from_a_hyphenated_party_name_is_no_dictionary_body():
    text = "Delegates of the ruling ZANU-PF met in Harare on Friday to choose a new chairman."
    index = _index(text, [("ZANU", "NORP"), ("Harare", "GPE"), ("Friday", "DATE")])
    actor = _actor_at(index, "ZANU")
    assert actor is None or actor.kind != "organization"
    ent = next(e for e in index.doc.ents if e.text == "ZANU")
    assert _joined_part(ent)


def test_a_whole_name_before_a_space_or_possessive_is_not_a_part():
    text = "Officers from MI5's Leeds office questioned the two men, MI5 said."
    index = _index(text, [("MI5", "NORP"), ("Leeds", "GPE"), ("MI5", "NORP")])
    assert all(not _joined_part(e) for e in index.doc.ents if e.text == "MI5")
    actor = _actor_at(index, "MI5", 1)
    assert actor is not None and actor.kind == "organization"


def test_a_customer_of_a_body_takes_no_affiliation():
    text = "Dana Kollar, a Verizon customer in Ohio, said the outage had lasted two days."
    index = _index(text, [("Dana Kollar", "PERSON"), ("Verizon", "ORG"), ("Ohio", "GPE")])
    person = _actor_at(index, "Dana Kollar")
    assert person is not None and person.kind == "person" and person.affiliation is None


def test_a_patient_after_the_body_takes_no_affiliation():
    text = "Marek Solvani, a patient of the Red Cross clinic, said the doctors had left."
    index = _index(text, [("Marek Solvani", "PERSON"), ("the Red Cross", "ORG")])
    person = _actor_at(index, "Marek Solvani")
    assert person is not None and person.affiliation is None


def test_a_spokeswoman_of_the_body_keeps_its_affiliation():
    text = "Dana Kollar, a Verizon spokeswoman, said the outage had lasted two days."
    index = _index(text, [("Dana Kollar", "PERSON"), ("Verizon", "ORG")])
    person = _actor_at(index, "Dana Kollar")
    body = _actor_at(index, "Verizon")
    assert person is not None and body is not None and person.affiliation == body.id


def _span(index, phrase):
    start = index.doc.text.index(phrase)
    return index.doc.char_span(start, start + len(phrase))


def test_a_body_a_report_was_written_for_is_not_the_report():
    text = "The levy is a gift to utilities, noted a report for Greenpeace by the research group Carbon Watch."
    index = _index(text, [("Greenpeace", "ORG"), ("Carbon Watch", "ORG")])
    body = _actor_at(index, "Greenpeace")
    assert body is not None and body.kind == "organization"
    found = index.resolve_span(_span(index, "a report for Greenpeace"))
    assert found is None or found.id != body.id


def test_a_body_a_report_is_by_is_still_the_report():
    text = "The levy is a gift to utilities, noted a report by Greenpeace on the new law."
    index = _index(text, [("Greenpeace", "ORG")])
    body = _actor_at(index, "Greenpeace")
    found = index.resolve_span(_span(index, "a report by Greenpeace"))
    assert body is not None and found is not None and found.id == body.id

"""A news outlet the model left without an actor is an organization coded MED when the text's frame says it is one
(round 53, actmedia53; resolve/outlets.py, data/outlet_frames.json): the subject of "reported" or the object of
"told" with the clause reported ("The <name> has reported that", "told the <name> that"), the channel a programme
airs on, a name in apposition to a media noun ("the website <name>"). A person's or a government's name in the same
frames is no outlet, and a name that already has an actor keeps its kind. Revision (round 53, actmedia53r): a
capitalised "The" inside a sentence opens the title and stays in the name; a name after a name particle ("<name>
della <name>"), a quoted programme title after "aired on" and a name after "agency" or "station" with no medium
word are no outlet; the outlet frame's MED is hidden from the event coder. Sentences made up for the test."""
from newsledger.model import Actor
from newsledger.resolve import actor_codes
from tests.actor_helpers import actor_at_word, index_with_entities


def _actor(index, word, nth=0):
    a = actor_at_word(index, word, nth)
    return (a.name, a.kind, a.code) if a is not None else None


def test_an_outlet_that_reported_or_was_told_is_a_media_organization():
    text = ("The council has delayed the vote again. The \"Valley Lantern\" has reported that the mayor met the "
            "builders twice. Since then, Harris has told the Clarion Ledgerline that he never saw the plans.")
    index = index_with_entities(text, [("Harris", "PERSON")])
    assert _actor(index, "Valley Lantern") == ("Valley Lantern", "organization", "MED")
    assert _actor(index, "Clarion Ledgerline") == ("Clarion Ledgerline", "organization", "MED")


def test_a_channel_a_programme_airs_on_and_a_named_website_are_media_organizations():
    text = ("The documentary will air on Crimson Docs next month. In his 20s he worked as editor for the rights "
            "website The Northern Question.")
    index = index_with_entities(text, [("Crimson Docs", "WORK_OF_ART"), ("Northern", "NORP")])
    assert _actor(index, "Crimson Docs") == ("Crimson Docs", "organization", "MED")
    assert _actor(index, "Northern Question") == ("The Northern Question", "organization", "MED")


def test_a_person_a_government_or_a_body_in_the_same_frames_is_no_outlet():
    text = ("The mayor told Dana Whitfield that the plan was dead. Russia reported that two jets had crashed. "
            "Officials told the Commission that the budget was short. Aides told the Senate that it would pass. "
            "The farmer told Kestrel that he would sell. Aides told the President that the bill was dead. "
            "Leaves go to Fire Station 4, 210 N. Elm St., on Saturdays.")
    index = index_with_entities(text, [("Dana Whitfield", "PERSON"), ("Russia", "GPE")])
    assert _actor(index, "Dana Whitfield")[1] == "person"
    assert _actor(index, "Russia")[1] == "country"
    assert _actor(index, "Commission") is None
    assert _actor(index, "Senate") is None
    assert _actor(index, "Kestrel") is None
    assert _actor(index, "Elm St.") is None
    assert _actor(index, "President") is None


def test_a_body_already_an_actor_keeps_its_kind_and_code():
    text = "The Harbour Authority reported that the pier was unsafe. Staff told the Harbour Authority that it leaked."
    index = index_with_entities(text, [("Harbour Authority", "ORG"), ("Harbour Authority", "ORG")])
    a = actor_at_word(index, "Harbour Authority", 1)
    assert a is not None and a.kind == "organization" and a.code != "MED"


def test_a_capitalised_the_inside_a_sentence_stays_in_the_outlet_name():
    text = ("The vote was delayed again. Two aides told The Valley Lamp that the mayor had left, and the "
            "claim was denied on Monday, The Valley Lamp reported.")
    index = index_with_entities(text, [])
    assert _actor(index, "Valley Lamp") == ("The Valley Lamp", "organization", "MED")


def test_the_end_of_a_name_after_a_particle_is_no_outlet():
    text = "Gianni Moro, a writer at the Italian newspaper Voce della Valle, said the plan was dead."
    assert _actor(index_with_entities(text, []), "Valle") is None


def test_a_quoted_programme_title_is_no_outlet():
    text = "The plan was dead, he said in an interview that aired Monday on \"Morning Round.\""
    assert _actor(index_with_entities(text, []), "Morning Round") is None


def test_a_name_after_an_agency_with_no_medium_word_is_no_outlet():
    text = "Norway's foreign trade agency, NFTA, said the talks would go on."
    assert _actor(index_with_entities(text, []), "NFTA") is None


def test_the_outlet_frame_code_is_hidden_from_the_event_coder():
    outlet = Actor(id="a1", name="The Valley Lamp", kind="organization", code="MED",
                   code_source=actor_codes.OUTLET_FRAME)
    hidden = actor_codes.hide_local_posts([outlet])
    assert outlet.code is None and hidden == {"a1": ("MED", actor_codes.OUTLET_FRAME)}
    actor_codes.restore_local_posts([outlet], hidden)
    assert outlet.code == "MED"

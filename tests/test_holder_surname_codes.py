"""Issue 16, round 45 (actfull45): a person the article names only by a bare surname that is the surname of the one
curated office holder at the article's date (actor_codes.sole_post_holder over data/events/actor_roles_extra.tsv)
is coded as that holder is at the date (code_at: <ISO3>GOV in office, <ISO3>ELI after it), whatever type the model
gave the name. Not in an undated article, not before the post begins, not a person named in full, not a surname no
curated holder bears. Invented sentences; the model's entities are set by hand so that the rule, not the model, is
what is tested."""
from tests.actor_helpers import actor_at_word as _actor_at
from tests.actor_helpers import index_with_entities as _index

TEXT = ("Farmers in Manitoba say Trump wants cheaper American dairy. A trade lawyer in Winnipeg said the Obama "
        "approach had been gentler.")
ENTS = [("Manitoba", "GPE"), ("Trump", "PERSON"), ("American", "NORP"), ("Winnipeg", "GPE"), ("Obama", "PERSON")]


def test_a_bare_surname_typed_person_is_coded_as_the_holder_at_the_date():
    index = _index(TEXT, ENTS, "2018-06-01")
    trump, obama = _actor_at(index, "Trump"), _actor_at(index, "Obama")
    assert trump.kind == "person" and trump.code == "USAGOV"
    assert obama.kind == "person" and obama.code == "USAELI"  # a former holder: the dated table's ELI


def test_undated_or_before_the_post_no_code():
    for published in (None, "2016-05-01"):
        index = _index(TEXT, ENTS, published)
        assert _actor_at(index, "Trump").code is None


def test_a_person_named_in_full_and_an_unknown_surname_keep_their_codes():
    text = ("Eric Trump opened a golf course in Aberdeen on Monday. Trump said the course would employ forty "
            "people, and Harbison, a local builder, agreed.")
    index = _index(text, [("Eric Trump", "PERSON"), ("Aberdeen", "GPE"), ("Trump", "PERSON"),
                          ("Harbison", "PERSON")], "2018-06-01")
    assert _actor_at(index, "Trump", 1).name == "Eric Trump"
    assert _actor_at(index, "Trump", 1).code is None
    assert _actor_at(index, "Harbison").code is None


# Round 46 (actcode46): the code comes from the article's date, not the text's words, so it is kept apart
# (code_source "article date") and named_view, which the event coder's confidence and the government phrase read,
# leaves it out; the government phrase with a bare surname stays the person's, as before the rule.
def test_the_date_inferred_code_is_out_of_the_named_view():
    from newsledger.resolve import actor_codes
    index = _index(TEXT, ENTS, "2018-06-01")
    trump = _actor_at(index, "Trump")
    assert trump.code == "USAGOV" and trump.code_source == actor_codes.FROM_ARTICLE_DATE
    assert actor_codes.named_view(trump).code is None


def test_a_full_name_keeps_its_dictionary_code_in_the_named_view():
    from newsledger.resolve import actor_codes
    text = "Donald Trump met farmers in Iowa on Monday."
    index = _index(text, [("Donald Trump", "PERSON"), ("Iowa", "GPE")], "2018-06-01")
    trump = _actor_at(index, "Trump")
    assert trump.code == "USAGOV" and actor_codes.named_view(trump).code == "USAGOV"


# Round 46, the revision (actcode46r): the date inference stands in for a post the text does not state and for a
# state the article brings in. (1) A title or post the text gives the person ("President Carter") codes the person
# by that post, not by the date; (2) the holder's state must be among the states the article names (a country, a
# capital, a demonym, a state's body, a country named as a place); a surname the context gives no such state for
# ("the Hammond protest" in a story about ranchers in Nevada) is no office holder.
def test_a_title_naming_another_person_blocks_the_date_inference():
    text = "Voters in Ohio and officials in Washington still praise President Carter for the farm bill."
    index = _index(text, [("Ohio", "GPE"), ("Washington", "GPE"), ("Carter", "PERSON")], "2016-06-01")
    assert _actor_at(index, "Carter").code is None  # the dictionary's "president carter" is Jimmy Carter
    text = "Voters in Ohio and officials in Washington still praise President Obama for the farm bill."
    index = _index(text, [("Ohio", "GPE"), ("Washington", "GPE"), ("Obama", "PERSON")], "2016-06-01")
    assert _actor_at(index, "Obama").code == "USAGOV"  # the dictionary gives the title to the holder


def test_the_holders_state_unnamed_no_code():
    text = "Ranchers from Nevada drove to Idaho to join the Hammond protest outside the courthouse."
    index = _index(text, [("Nevada", "GPE"), ("Idaho", "GPE"), ("Hammond", "PERSON")], "2016-02-01")
    assert _actor_at(index, "Hammond").code is None


def test_the_holders_state_named_by_a_demonym_a_country_or_a_province():
    text = "British diplomats in Geneva said Hammond would meet the envoy on Friday."
    index = _index(text, [("British", "NORP"), ("Geneva", "GPE"), ("Hammond", "PERSON")], "2016-02-01")
    assert _actor_at(index, "Hammond").code == "GBRGOV"
    text = "Dairy farmers in Manitoba say the United States wants more access, and Trump wants cheaper milk."
    index = _index(text, [("Manitoba", "GPE"), ("the United States", "GPE"), ("Trump", "PERSON")], "2018-06-01")
    assert _actor_at(index, "Trump").code == "USAGOV"
    text = "Voters in Pennsylvania say Obama should sign the farm bill."
    index = _index(text, [("Pennsylvania", "GPE"), ("Obama", "PERSON")], "2016-06-01")
    assert _actor_at(index, "Obama").code == "USAGOV"  # a province brings its country in

"""A building's, a site's, a school's or a street's name named as where something happens is a place, no actor (round
50, actvenue50; actors._site_as_a_place): a name the model typed ORG or PERSON, headed by a noun of a building, a site
or a school (site_heads.txt, WordNet 3.0) or closed by a road's word (road_heads.tsv, USPS), as the object of a
preposition of position for its kind (site_place_preps.tsv), not said of a person ("director at <school>": the
employer) nor of a verb of holding a job (employer_words.tsv). The set's rule: actors_news.md "Places of local news"
and the sixth draw's tune-a part's second reading. The same name as an employer, as what acts or in another position
stays the organization (each mention by its own role). Sentences made up for the test."""
from newsledger import resources
from tests.actor_helpers import index_with_entities, kind_at_word


def test_a_centre_or_a_school_named_as_where_something_happens_is_a_place():
    text = ("Hundreds of families held a candlelit vigil at the Marlow Community Centre on Sunday. The choir "
            "rehearsed on Friday at Fenwick Valley High School in Dunmore. She swims every morning in the pool at "
            "the Ashby sports centre.")
    names = [("Marlow Community Centre", "ORG"), ("Fenwick Valley High School", "ORG"), ("Ashby sports centre", "ORG")]
    index = index_with_entities(text, names)
    assert [kind_at_word(index, n) for n, _ in names] == [None, None, None]


def test_a_street_in_an_address_is_a_place():
    text = ("The suspect, 31, of the 300 block of Birchmore Lane, was charged on Monday. A neighbour who lives on "
            "Calloway Mill Road said she heard shouting.")
    index = index_with_entities(text, [("Birchmore Lane", "PERSON"), ("Calloway Mill Road", "ORG")])
    assert [kind_at_word(index, "Birchmore Lane"), kind_at_word(index, "Calloway Mill Road")] == [None, None]


def test_an_employer_or_a_body_that_acts_stays_the_organization():
    text = ("Dr. Helen Marsh, director of bands at Westbrook State College, led the clinic. Her husband teaches at "
            "Ridgeford University. Ridgeford University said the concert would go ahead. A research fellow at "
            "Ormond University also spoke.")
    names = [("Helen Marsh", "PERSON"), ("Westbrook State College", "ORG"), ("Ridgeford University", "ORG"),
             ("Ridgeford University", "ORG"), ("Ormond University", "ORG")]
    index = index_with_entities(text, names)
    assert kind_at_word(index, "Westbrook State College") == "organization"
    assert kind_at_word(index, "Ridgeford University") == "organization"
    assert kind_at_word(index, "Ridgeford University", 1) == "organization"
    assert kind_at_word(index, "Ormond University") == "organization"


def test_a_body_named_after_at_with_no_site_noun_stays_the_organization():
    text = ("Russia used its veto at the Security Council again. Officials at the Harwell Commission declined to "
            "comment.")
    index = index_with_entities(text, [("Security Council", "ORG"), ("Harwell Commission", "ORG")])
    assert kind_at_word(index, "Security Council") == "organization"
    assert kind_at_word(index, "Harwell Commission") == "organization"


def test_the_head_lists_keep_out_the_nouns_of_bodies_that_act():
    heads = resources.words("site_heads.txt")
    assert {"centre", "center", "hall", "school", "college", "university", "stadium", "theatre", "plant"} <= heads
    assert not heads & {"house", "office", "embassy", "court", "church", "club", "post", "ministry", "chamber",
                        "treasury", "headquarters", "base", "transportation", "works", "commons"}
    preps = {(k, p) for k, p, *_ in resources.rows("site_place_preps.tsv", min_fields=3)}
    assert ("site", "at") in preps and ("road", "on") in preps and ("site", "of") not in preps


def test_a_site_named_as_a_place_takes_no_nominal_in_the_later_passes():
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    text = ("Daniel Rourke enrolled at Fenwick State University in 1988, his brother said on Monday. Thousands of "
            "supporters gathered at the Calder Valley Arena to hear the senator speak.")
    rec = extract_record(Article(text=text, published="2019-03-01"))
    names = {a.name: a.kind for a in rec.actors}
    assert "Fenwick State University" not in names and "Calder Valley Arena" not in names


def test_a_team_at_a_school_names_the_employer():
    text = "The paper published the reports with Laura Pike and her team at the Halden School of Journalism."
    index = index_with_entities(text, [("Laura Pike", "PERSON"), ("Halden School of Journalism", "ORG")])
    assert kind_at_word(index, "Halden School of Journalism") == "organization"

"""Issue 16, round 43 (actkind43): a one-word name the model typed ORG that no lexicon entry names and that is the
surname of the one person the curated office holders' table (data/events/actor_roles_extra.tsv) gives a post at
the article's date is that person, though the article never names them in full ("the Trump administration",
"Trump's travel ban" in a 2018 article). Not before the post begins, not in an undated article, not a multiword
name, not a surname no curated holder bears. Invented sentences; the model's entities are set by hand so that the
rule, not the model, is what is tested."""
from newsledger.resolve import actor_codes
from tests.actor_helpers import actor_at_word as _actor_at
from tests.actor_helpers import index_with_entities as _index

TEXT = ("Exporters in Halifax fear the Trump administration will widen the tariffs. Under Trump’s new rules, "
        "a crate of lobster costs a third more.")
ENTS = [("Halifax", "GPE"), ("Trump", "ORG"), ("Trump", "ORG")]


def test_the_surname_of_the_one_office_holder_at_the_date_is_that_person():
    index = _index(TEXT, ENTS, "2018-06-01")
    first, second = _actor_at(index, "Trump"), _actor_at(index, "Trump", 1)
    assert first is not None and first.kind == "person"
    assert second is first
    assert not any(a.kind == "organization" for a in index.actors)


def test_before_the_post_begins_or_undated_the_model_s_type_stays():
    for published in ("2016-05-01", None):
        index = _index(TEXT, ENTS, published)
        assert _actor_at(index, "Trump").kind == "organization"


def test_a_multiword_name_and_a_surname_no_holder_bears_stay_organizations():
    text = "Trump Hotels said on Monday that Harbor had bought the site, and Harbor confirmed it."
    index = _index(text, [("Trump Hotels", "ORG"), ("Harbor", "ORG"), ("Harbor", "ORG")], "2018-06-01")
    assert all(a.kind == "organization" for a in index.actors)


def test_sole_post_holder_reads_the_curated_table_at_the_date():
    assert actor_codes.sole_post_holder("Trump", "2018-06-01") == "donald trump"
    assert actor_codes.sole_post_holder("Trump", "2016-05-01") is None
    assert actor_codes.sole_post_holder("Trump", None) is None
    # a lesser official of Phoenix's dated entries whose surname is a firm's or a common word: not read
    assert actor_codes.sole_post_holder("Fox", "2012-01-01") is None

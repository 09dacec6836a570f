"""Local officials and officers named by a post the table lacked or by a rank beside their body (round 49, actrank49;
data/local_public_posts.tsv, actor_codes.local_post_sector, actors._local_body_of): "Councilman X" GOV, "<county>
sheriff's Capt. X" COP, "Investigator X of the <town> Department of Public Safety" COP with the body. Made-up
sentences, and the look-alikes that stay uncoded: a rank alone (an army's captain, a colonel), a person "of" a place
or of another body, a bare director or treasurer."""
import pytest

from newsledger.resolve import actor_codes
from tests.actor_helpers import actor_code as _code
from tests.actor_helpers import record_actor as _actor


@pytest.mark.parametrize("text, name", [
    ("The plan was backed by City Councilman Will Reyes, who wants a new park.", "Will Reyes"),
    ("Councilman Ann Lowe said the town would wait for the study.", "Ann Lowe"),
    ("Councilwoman Rita Gomez voted against the new parking rules on Tuesday.", "Rita Gomez"),
])
def test_a_council_member_named_by_the_post_is_gov(text, name):
    assert _code(text, name) == "GOV"


def test_an_officer_named_by_his_sheriffs_rank_is_cop():
    text = "The warrants were dropped on Friday, Marsh County sheriff's Capt. Tom Brady said."
    brady = _actor(text, "Tom Brady")
    assert (brady.code, brady.code_source) == ("COP", actor_codes.LOCAL_POST)
    assert not actor_codes.holds_post(brady.role, "sheriff")  # the sheriff's captain is not the sheriff


def test_staff_of_a_local_public_body_named_after_the_name_take_its_sector():
    text = ("A neighbor called for help, said Investigator Paul Kerr of the Oakton Department of Public Safety. "
            "The car was found in a lot, Investigator Kerr said.")
    assert _code(text, "Oakton Department of Public Safety") == "COP"
    kerr = _actor(text, "Paul Kerr")
    assert (kerr.code, kerr.code_source) == ("COP", actor_codes.LOCAL_POST)
    assert actor_codes.named_view(kerr).code is None  # hidden from the event coder as the body's sector is


@pytest.mark.parametrize("text, name", [
    # a rank alone: armies and rebel groups have captains, sergeants and colonels too
    ("The convoy was led by Capt. Tom Brady of the 3rd Infantry Division, officials said.", "Tom Brady"),
    ("Lt. Col. Ann Lowe said the battalion had moved north overnight.", "Ann Lowe"),
    ("Sgt Matt Hale was wounded near the border, the regiment said.", "Matt Hale"),
    # "of" a place is where he lives; a bare director or treasurer is no post only a public body has
    ("Paul Kerr of Oakton said the road had been closed for a week.", "Paul Kerr"),
    ("The audit was ordered by finance director Ruth Alder on Monday.", "Ruth Alder"),
])
def test_a_rank_alone_or_another_phrase_gives_nothing(text, name):
    assert _code(text, name) is None


@pytest.mark.parametrize("title, kind, sector", [
    ("City Councilman", "person", "GOV"), ("Councilwoman", "person", "GOV"),
    ("Marsh County sheriff's", "person", "COP"), ("the governor's", "person", "GOV"),
    ("Grovetown Department of Public Safety", "organization", "COP"),
    ("Capt.", "person", None), ("sheriff's deputy", "person", None), ("former councilman", "person", None),
    ("candidate for councilman", "person", None), ("treasurer", "person", None),
])
def test_the_rows_and_the_possessive_post(title, kind, sector):
    assert actor_codes.local_post_sector(title, kind) == sector


def test_a_rank_before_another_abbreviated_title_leaves_that_title():
    # "Lt. Gov. X": the title before the name is "Gov." (GOV, as before the rule), not the rank before it
    assert _code("Westland Lt. Gov. Dan Porter said the bill would pass this week.", "Dan Porter") == "GOV"


def test_an_abbreviated_rank_before_the_name_reads_the_title_before_it():
    # "US military spokesman Capt. X": the period no longer ends the title (the country and the sector are read)
    assert _code("The drill involves 5,700 troops, according to US military spokesman Capt. Jeff Moss.",
                 "Jeff Moss") == "USAMIL"

"""Officers of a police body named by rank (round 52, actpolice52; data/local_public_posts.tsv's rank rows,
actor_codes.body_rank_sector, actor_codes.assign_rank_officers): "<town> police Sgt. X", "Police Officer X",
"Patrolman X" COP by their title; a bare "Capt. X", "Officer X" COP in a story whose one ranked body is the local
police the table codes, and his later surname with him. Made-up sentences, and the look-alikes that stay uncoded: an
army's sergeant, a captain of a division, a rank in a story naming no police or naming a fire company or an army
too, a firm's officer, a former officer."""
import pytest

from newsledger.model import Article
from newsledger.pipeline import extract_record
from newsledger.resolve import actor_codes
from tests.actor_helpers import actor_code as _code
from tests.actor_helpers import record_actor as _actor


@pytest.mark.parametrize("text, name", [
    ("Oakton police Sgt. Mark Dolan said the man was arrested on Tuesday.", "Mark Dolan"),
    ("Police Sgt. Mark Dolan said the man was arrested on Tuesday.", "Mark Dolan"),
    ("Police Officer Dana Hale said the driver was charged with drunken driving.", "Dana Hale"),
    ("Patrolman Joe Kent stopped the car near the bridge on Main Street.", "Joe Kent"),
])
def test_a_rank_after_a_police_body_in_the_title_is_cop(text, name):
    officer = _actor(text, name)
    assert (officer.code, officer.code_source) == ("COP", actor_codes.LOCAL_POST)


def test_a_bare_rank_in_a_story_of_the_town_police_is_cop_and_so_is_the_surname():
    text = ("Millbrook police arrested a man on Tuesday after a fight outside a bar. The man had a knife, "
            "Capt. Ellen Ruiz said. Officer Tom Reyes was not hurt. Ruiz said the man would appear in court.")
    rec = extract_record(Article(text=text, published="2019-03-01"))
    ruiz = next(a for a in rec.actors if a.name == "Ellen Ruiz")
    reyes = next(a for a in rec.actors if a.name == "Tom Reyes")
    assert (ruiz.code, ruiz.code_source) == ("COP", actor_codes.LOCAL_POST)
    assert reyes.code == "COP"
    assert "Ruiz" not in [a.name for a in rec.actors]  # the surname is the same actor, coded with her


@pytest.mark.parametrize("text, name", [
    # a rank alone: armies and ships have captains and sergeants too
    ("Army Sgt. Mark Dolan said the convoy was attacked near the border.", "Mark Dolan"),
    ("Capt. Ross Adler of the 3rd Infantry Division said the soldiers were safe.", "Ross Adler"),
    ("A man was arrested on Tuesday. The man had a knife, Capt. Ellen Ruiz said.", "Ellen Ruiz"),
    # a firm's officer, a former officer
    ("Chief Financial Officer Tom Reyes said profits rose in the third quarter.", "Tom Reyes"),
    ("Former police Sgt. Mark Dolan was charged with theft on Monday.", "Mark Dolan"),
    # another ranked body in the story: a fire company's captain
    ("Millbrook police closed the road on Tuesday. The Millbrook Fire Department put out the blaze, "
     "Capt. Ellen Ruiz said.", "Ellen Ruiz"),
])
def test_a_rank_with_no_police_body_of_its_own_gives_nothing(text, name):
    assert _code(text, name) is None


@pytest.mark.parametrize("title, sector", [
    ("oakton police sgt", "COP"), ("Oakton Police Sgt.", "COP"), ("police officer", "COP"),
    ("sheriff's office lt.", "COP"),
    ("police department capt.", "COP"), ("army sgt", None), ("fire department capt.", None), ("sgt", None),
    ("police spokesman", None), ("former police sgt", None),
])
def test_body_rank_sector(title, sector):
    assert actor_codes.body_rank_sector(title) == sector


def test_rank_rows_have_provenance():
    rows = [r for r in __import__("newsledger.resources", fromlist=["rows"]).rows("local_public_posts.tsv",
                                                                                    min_fields=3) if r[1] == "rank"]
    assert rows and all(len(r) >= 4 and r[3].strip() and r[2] == "COP" for r in rows)


@pytest.mark.parametrize("text, name", [
    # a state named other than the United States: its police may be its national body, which takes its country's code
    ("Turkish police said Police Sgt. Kemal Arslan died in clashes with militants on Sunday.", "Kemal Arslan"),
    ("Kenyan police arrested two men on Friday. Officer Tom Okello said the men had rifles.", "Tom Okello"),
])
def test_a_rank_in_a_story_naming_another_state_gives_nothing(text, name):
    assert _code(text, name) is None


@pytest.mark.parametrize("text, name", [
    # a rank after another rank, or after a body's post noun it stands in apposition to
    ("Oakton police are looking for vandals. The cases are a nuisance, Detective Sgt. Don Yarbrough said.",
     "Don Yarbrough"),
    ("Oakton police are looking for a man. Oakton Police Department spokesman Capt. Ken Clark said the victim was "
     "hurt.", "Ken Clark"),
])
def test_a_rank_after_a_rank_or_a_post_noun_in_a_story_of_the_town_police_is_cop(text, name):
    assert _code(text, name) == "COP"


def test_a_bare_rank_opening_a_sentence_after_a_full_stop_is_read():
    text = "Millbrook police said the video was released on Tuesday. Officer Tom Reyes opened fire, the video shows."
    assert _code(text, "Tom Reyes") == "COP"

"""Local posts only a public body has, named with their area or public service (round 51, actpostrows51;
data/local_public_posts.tsv): "County Commissioner X" (the capitalised "County" tagged a body of its own is read into
the post, actors._local_post_tail), "Director of Public Works X", "public works director", "assistant district
attorney for <county>" (the post before a postmodifying "for", actor_codes.local_post_sector), an alderman. Made-up
sentences, and the look-alikes that keep no code: a bare commissioner, director or attorney (firms and leagues have
them), a candidate for the post, a former holder, "of" after a post that is no local one."""
import pytest

from newsledger.resolve import actor_codes
from tests.actor_helpers import actor_code as _code


@pytest.mark.parametrize("text, name, code", [
    ("The grant will pay for new sidewalks, County Commissioner Dolores Brink said on Friday.", "Dolores Brink", "GOV"),
    ("Director of Public Works Amos Tillery said the new restrooms would open in June.", "Amos Tillery", "GOV"),
    ("The road stays closed, public works director Amos Tillery said on Monday.", "Amos Tillery", "GOV"),
    ("District Attorney Helen Marwick said the charges would be filed this week.", "Helen Marwick", "JUD"),
    ("Alderman Petra Oslund said the ward needed more street lights.", "Petra Oslund", "GOV"),
])
def test_a_local_post_of_a_public_body_gives_its_sector(text, name, code):
    assert _code(text, name) == code


@pytest.mark.parametrize("text, name", [
    # a bare commissioner, director or attorney: leagues, firms and clients have them
    ("League Commissioner Dolores Brink said the season would start in May.", "Dolores Brink"),
    ("Amos Tillery, the company's director, said profits rose.", "Amos Tillery"),
    ("Helen Marwick, an attorney for the family, said the suit was filed.", "Helen Marwick"),
    # sought or held no more
    ("Helen Marwick, a candidate for district attorney, said the office was slow.", "Helen Marwick"),
    ("Former County Commissioner Dolores Brink said the grant came too late.", "Dolores Brink"),
])
def test_no_sector_for_a_post_others_have_or_one_not_held(text, name):
    assert _code(text, name) is None


@pytest.mark.parametrize("title, sector", [
    ("assistant district attorney for Harlan County", "JUD"),
    ("public works director for the town", "GOV"),
    ("Director of Public Works", "GOV"),
    ("county commissioner", "GOV"),
    ("candidate for district attorney for Harlan County", None),
    ("governor of the Bank of Mardovia", None),
    ("director for the town", None),
    ("commissioner", None),
])
def test_local_post_sector_reads_the_post_before_a_for_phrase(title, sector):
    assert actor_codes.local_post_sector(title, "person") == sector

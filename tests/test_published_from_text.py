"""A publication date printed in a text's opening lines dates an article that carries none (issue 16: event dates
on plain text); a date inside a sentence is an event's, never the article's."""
import pytest

from newsledger.extract.timex.absolute import published_from_text
from newsledger.ingest.base import ReadOptions, make_article
from newsledger.model import Article
from newsledger.pipeline import extract_record


@pytest.mark.parametrize("text, date", [
    ("Cleve R. Wootson Jr., The Washington Post March 31, 2018 2:36 pm. A few moments before", "2018-03-31"),
    ("A headline\nApril 5, 2018 Honolulu Are there downsides to a low rate", "2018-04-05"),
    ("LOS ANGELES, April 05, 2018 (GLOBE NEWSWIRE) -- Investment fraud", "2018-04-05"),
    ("Published Saturday, March 31, 2018\nThe council met.", "2018-03-31"),
    ("By Jane Doe\nUpdated: 12 May 2019 10:31 BST\nThe story", "2019-05-12"),
])
def test_opening_dates(text, date):
    assert published_from_text(text) == date


@pytest.mark.parametrize("text", [
    "On March 30, 2018, police arrested a man in the town.",  # the event's date
    "The winning numbers were picked for the Friday, March 30, 2018, drawing.",  # inside a sentence
    "March 3, 2015 was a day the town remembers.",  # a sentence's subject
    "By April 5, 2018, the council must decide.",  # a deadline
    "WASHINGTON (Reuters) - The president said on Sunday that talks would resume.",  # no full date
    "The council met.\n" + "x" * 700 + "\nMarch 31, 2018",  # past the opening
])
def test_no_opening_date(text):
    assert published_from_text(text) is None


def test_pipeline_dates_an_undated_article_from_its_dateline():
    text = ("LOS ANGELES, April 5, 2018 (Reuters) - Police arrested a man on Wednesday after a car was attacked "
            "in Beverly Hills, officials said.")
    record = extract_record(Article(text=text, id="a"))
    assert record.article.published == "2018-04-05" and record.article.published_from == "text"
    assert record.to_dict()["article"]["published_from"] == "text"
    assert any(t.value == "2018-04-04" for t in record.times)  # "Wednesday" resolved against it


def test_given_date_wins_and_default_yields():
    text = "LOS ANGELES, April 5, 2018 (Reuters) - Police arrested a man."
    given = extract_record(Article(text=text, id="b", published="2018-04-06"))
    assert given.article.published == "2018-04-06" and given.article.published_from is None
    # --published is for articles that carry no date: one printed in the text is kept over it
    assert make_article(text, "f.txt", ReadOptions(published="2020-01-01")).published is None
    assert make_article("Police arrested a man.", "f.txt", ReadOptions(published="2020-01-01")).published == \
        "2020-01-01"

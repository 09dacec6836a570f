"""Issue 4: time expressions resolved against the publication date."""
from __future__ import annotations

import pytest

from newsledger.eval.suites import times_giveme5w1h as g5
from newsledger.eval.suites import times_reference
from newsledger.extract.times import date_for_span, extract, extract_text
from newsledger.extract.timex.absolute import published_from_html, published_from_metadata
from newsledger.model import Article, Record

MONDAY = "2021-09-06"


def values(text: str, published: str | None = MONDAY, doc=None) -> dict[str, str | None]:
    return {t.text: t.value for t in extract_text(text, published, doc)}


@pytest.fixture(scope="module")
def reference_doc(corpus):
    from newsledger import nlp

    text = (corpus / "articles" / "panjshir-2021-09-06.txt").read_text(encoding="utf-8")
    return nlp.parse(text)


# --- the reference article ---------------------------------------------------------------------------------

@pytest.mark.parametrize("with_doc", [True, False])
def test_reference_all_13_values(reference_doc, gold, with_doc):
    text = reference_doc.text
    pred = extract_text(text, gold["article"]["published"], reference_doc if with_doc else None)
    rows = times_reference.match(pred, gold["times"], text)
    wrong = [(g["text"], p.value if p else None, g["value"]) for g, p, ok in rows if not ok]
    assert len(gold["times"]) == 13
    assert not wrong


def test_reference_no_false_hits(reference_doc, gold):
    pred = extract(reference_doc, Record(article=Article(text=reference_doc.text, published=MONDAY)))
    scores = times_reference.score("ref", pred, gold["times"], reference_doc.text)
    assert scores[0].extra["false_hits"] == []
    texts = {t.text.lower() for t in pred}
    assert not texts & {"now", "we", "this time around", "the final days", "the past", "for days"}


def test_pipeline_fills_times(reference_record, gold):
    assert reference_record.times, "pipeline.build_record must call times.extract"
    rows = times_reference.match(reference_record.times, gold["times"], reference_record.article.text)
    assert sum(ok for _, _, ok in rows) == 13


def test_date_for_span(reference_doc):
    text = reference_doc.text
    record = Record(article=Article(text=text, published=MONDAY))
    record.times = extract(reference_doc, record)
    i = text.index("officials said on Sunday")
    got = date_for_span(record, i, i + 80)
    assert got is not None and got.value == "2021-09-05"
    i = text.index("Experts have long doubted")
    assert date_for_span(record, i, text.index("\n", i)) is None  # only a duration ("20-year") there
    i = text.index("Thousands of Taliban fighters")
    assert date_for_span(record, i, text.index("\n", i)).value == MONDAY  # "overnight"


# --- rules -------------------------------------------------------------------------------------------------

def test_weekdays_by_tense():
    v = values("Officials met on Monday. Rebels said on Sunday they left. Talks will resume on Friday. "
               "He arrived last Monday and leaves next Monday. Troops withdrew on Thursday.")
    assert v["Monday"] == MONDAY  # same day as publication
    assert v["Sunday"] == "2021-09-05"  # the day before
    assert v["Friday"] == "2021-09-10"  # future tense: the coming Friday
    assert v["last Monday"] == "2021-08-30"
    assert v["next Monday"] == "2021-09-13"
    assert v["Thursday"] == "2021-09-02"


def test_weekday_tense_from_parse():
    from newsledger import nlp

    text = "The minister will travel to Doha on Friday. The minister travelled to Doha on Friday."
    got = [t.value for t in extract_text(text, MONDAY, nlp.parse(text))]
    assert got == ["2021-09-10", "2021-09-03"]


def test_relative_expressions():
    v = values("It fell last month. Troops left a week ago. Yesterday was quiet; tomorrow may not be. "
               "Prices rose last year and will rise next week. He quit three years ago. "
               "The talks ran overnight and ended later on Monday. It happened this morning.")
    assert v["last month"] == "2021-08"
    assert v["a week ago"] == "2021-08-30"
    assert v["Yesterday"] == "2021-09-05"
    assert v["tomorrow"] == "2021-09-07"
    assert v["last year"] == "2020"
    assert v["next week"] == "2021-W37"
    assert v["three years ago"] == "2018"
    assert v["overnight"] == MONDAY
    assert v["later on Monday"] == MONDAY
    assert v["this morning"] == "2021-09-06TMO"


def test_decades_and_relative_to_last_mentioned():
    v = values("They fought in the 1980s and again a decade later. In the late 1990s they ruled. "
               "The early 2000s were calm; the 19th century was not. In 2005 it began and two years later ended.")
    assert v["the 1980s"] == "198X"
    assert v["a decade later"] == "199X"
    assert v["the late 1990s"] == "199X"
    assert v["The early 2000s"] == "200X"
    assert v["the 19th century"] == "18"
    assert v["2005"] == "2005"
    assert v["two years later"] == "2007"


def test_year_from_context():
    assert values("The takeover on August 15 was swift.")["August 15"] == "2021-08-15"
    # published in January, an unyeared December in the past is last year's
    assert values("The deal was signed on December 20.", "2021-01-10")["December 20"] == "2020-12-20"
    assert values("The vote will be held in March.", "2021-11-10")["March"] == "2022-03"
    # no publication date: the year of the same month written out elsewhere, else unknown
    v = values("They celebrated their Nov. 2 victory. The game ended on Nov. 2, 2016.", None)
    assert v["Nov. 2"] == "2016-11-02"
    assert values("It opened on August 15.", None)["August 15"] == "XXXX-08-15"


def test_vague_references():
    v = values("A government will be announced within days. Attacks have grown in recent weeks. "
               "More talks are planned in the coming weeks.")
    assert v["within days"] == "FUTURE_REF"
    assert v["in recent weeks"] == "PAST_REF"
    assert v["in the coming weeks"] == "FUTURE_REF"


def test_durations_are_not_dates():
    got = {t.text: t for t in extract_text("The 20-year war ended. They waited for three weeks, then a 24-hour "
                                           "truce; the past two years were hard. A five-year-old boy fell.", MONDAY)}
    assert got["20-year"].value == "P20Y" and got["20-year"].type == "DURATION"
    assert got["three weeks"].value == "P3W"
    assert got["24-hour"].value == "PT24H"
    assert got["the past two years"].value == "P2Y"
    assert not any("five-year" in t for t in got)


def test_explicit_formats():
    v = values("Dates: 2021-09-06; 6 September 2021; Sept. 6, 2021; on Monday, Sept. 6, 2021; 25/12/2020; "
               "the 4th of July 1976; in September 2021; Tue, March 22, 2016.", None)
    assert v["2021-09-06"] == "2021-09-06"
    assert v["6 September 2021"] == "2021-09-06"
    assert v["Sept. 6, 2021"] == "2021-09-06"
    assert v["Monday, Sept. 6, 2021"] == "2021-09-06"
    assert v["25/12/2020"] == "2020-12-25"
    assert v["the 4th of July 1976"] == "1976-07-04"
    assert v["September 2021"] == "2021-09"
    assert v["Tue, March 22, 2016"] == "2016-03-22"


def test_clock_times():
    v = values("The tram overturned at around 6.10am on Wednesday. Rescue began at 7:30 a.m. It was "
               "reported at 11:30pm local time.", "2016-11-09")
    assert v["6.10am on Wednesday"] == "2016-11-09T06:10"
    assert v["7:30 a.m."] == "2016-11-09T07:30"
    assert v["11:30pm local time"] == "2016-11-09T23:30"


def test_small_hours_after_an_evening_are_the_next_day():
    thursday = "2016-11-10"
    v = values("The game ended late Wednesday night, at 00:48 local time.", thursday)
    assert v["late Wednesday night, at 00:48 local time"] == "2016-11-10T00:48"
    v = values("On Wednesday night, shortly after 1am, police arrived.", thursday)
    assert v["Wednesday night, shortly after 1am"] == "2016-11-10T01:00"
    v = values("The attack began on Tuesday evening and at 2am the gunmen surrendered.", thursday)
    assert v["2am"] == "2016-11-09T02:00"
    v = values("The game began on Wednesday evening at 8pm and ended at 00:48.", thursday)
    assert v["Wednesday evening at 8pm"] == "2016-11-09T20:00"
    assert v["00:48"] == "2016-11-10T00:48"
    assert values("Last night at 2am, a blast hit the city.", thursday)["Last night at 2am"] == "2016-11-10T02:00"
    assert values("Tonight at 1am the curfew begins.", thursday)["Tonight at 1am"] == "2016-11-11T01:00"
    # a clock time named with its own day, or a morning, stays on that day
    assert values("The game ended at 12:47 a.m. Thursday.", thursday)["12:47 a.m. Thursday"] == "2016-11-10T00:47"
    assert values("It began on Wednesday morning at 5am.", thursday)["Wednesday morning at 5am"] == \
        "2016-11-09T05:00"
    assert values("It ended late Wednesday, at 11pm.", thursday)["late Wednesday, at 11pm"] == "2016-11-09T23:00"


def test_midnight_opens_or_closes_a_day():
    thursday = "2016-11-10"
    assert values("It happened almost midnight on Wednesday.", thursday)["midnight on Wednesday"] == \
        "2016-11-09T24:00"
    assert values("It happened just after midnight on Thursday.", thursday)["midnight on Thursday"] == \
        "2016-11-10T00:00"
    assert values("On Tuesday night, just after midnight, the polls closed.", thursday)[
        "Tuesday night, just after midnight"] == "2016-11-09T00:00"


def test_early_hours_of_a_day():
    v = values("Police were called in the early hours of Wednesday. It happened in the small hours of "
               "November 6, in the early hours of Sunday morning, in the early hours of yesterday.", "2016-11-10")
    assert v["the early hours of Wednesday"] == "2016-11-09"
    assert v["the small hours of November 6"] == "2016-11-06"
    assert v["the early hours of Sunday morning"] == "2016-11-06"
    assert v["the early hours of yesterday"] == "2016-11-09"
    assert values("in the early hours of Wednesday", None)["the early hours of Wednesday"] is None


def test_no_publication_date_stays_unresolved():
    got = {t.text: t for t in extract_text("On Monday, a week ago, last month, yesterday and later on Monday, "
                                           "and within days; the 20-year war; 6 September 2021.", None)}
    for rel in ("Monday", "a week ago", "last month", "yesterday", "later on Monday"):
        assert got[rel].value is None, rel
        assert got[rel].precision is not None  # precision is kept
    assert got["within days"].value == "FUTURE_REF"
    assert got["20-year"].value == "P20Y"
    assert got["6 September 2021"].value == "2021-09-06"


def test_may_and_other_false_hits():
    assert values("They may leave now. We will see. March on, said the general. May we ask?") == {}
    assert values("Elections are due in May.")["May"] == "2022-05"  # future: the next May
    assert values("It rained in May.")["May"] == "2021-05"
    assert values("They marched on May 5.")["May 5"] == "2021-05-05"
    assert values("The 2000 troops and 1500 police left; 2,016 votes were cast.") == {}


def test_may_as_verb_with_parse():
    from newsledger import nlp

    text = "Officials said that in May they may return, and that March would be too late."
    got = {t.text: t.value for t in extract_text(text, MONDAY, nlp.parse(text))}
    assert got == {"May": "2021-05"}


def test_publication_date_from_html_and_metadata():
    html = ('<html><head><meta property="article:published_time" content="2021-09-06T10:12:00Z">'
            '</head><body><time datetime="2020-01-01">x</time></body></html>')
    assert published_from_html(html) == "2021-09-06"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "Sep 6, 2021"}</script>'
    assert published_from_html(ld) == "2021-09-06"
    assert published_from_html("<p>no date</p>") is None
    assert published_from_metadata({"date_publish": "2016-11-09 22:58:21"}) == "2016-11-09"
    assert published_from_metadata({"date": "yesterday"}) is None


def test_text_times_need_no_parse(corpus, monkeypatch):
    """`extract_text` reads times from the text alone (its cost is measured in benchmarks/components.py)."""
    from newsledger import nlp

    text = (corpus / "articles" / "panjshir-2021-09-06.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(nlp, "parse", lambda *a, **k: pytest.fail("extract_text parsed the text"))
    assert extract_text(text, MONDAY)


# --- Giveme5W1H --------------------------------------------------------------------------------------------

def test_giveme5w1h_handful(corpus):
    cases = g5.cases(corpus, limit=10)
    rows = [(c, g5.score_case(c, p)) for c, p in zip(cases, g5.predict(cases))]
    scored = [r for c, r in rows if c.phrases]
    assert len(scored) >= 8
    assert sum(r["found"] for r in scored) >= len(scored) - 1
    assert sum(r["right"] for r in scored) >= len(scored) - 3  # the gold's parsed dates are sometimes off


def test_giveme5w1h_agreement_and_gold_audit():
    assert g5.agrees("2016-11-09T06:10", "2016-11-09") and g5.agrees("2016-11", "2016-11-09")
    assert not g5.agrees("2016-11-03T00:48", "2016-11-02")  # a clock time keeps its calendar day
    assert g5.agrees("2016-11-03T00:48", "2016-11-02", 1)
    assert g5.agrees("2016-FA", "2016-10-15") and not g5.agrees("2016-FA", "2016-12-15")
    assert g5.agrees("2016-WI", "2017-01-20") and not g5.agrees("2016-WI", "2016-01-20")
    case = g5.Case("x", Article(text="He fell on Sunday morning, Tue, March 22, 2016, last month.",
                                published="2016-11-08"), [])
    assert g5.gold_inconsistency(case, {"text": "Sunday morning", "parsed": "2016-11-06"}) is None
    assert g5.gold_inconsistency(case, {"text": "Sunday morning", "parsed": "2016-11-12"})
    assert g5.gold_inconsistency(case, {"text": "Tue, March 22, 2016", "parsed": "2016-11-13"})
    assert g5.gold_inconsistency(case, {"text": "Tue, March 22, 2016", "parsed": "2016-03-22"}) is None
    assert g5.gold_inconsistency(case, {"text": "last month", "parsed": "2016-11-08"})
    assert g5.gold_inconsistency(case, {"text": "last month", "parsed": "2016-10-12"}) is None
    assert g5.gold_inconsistency(case, {"text": "Sunday's race", "parsed": "2016-11-06"}) == "phrase not in text"


@pytest.mark.slow
def test_giveme5w1h_all(corpus):
    scores = {s.metric: s for s in g5.run(corpus, split="all")}  # all 48 articles, as the name says
    assert scores["when_found"].value >= 0.9
    assert scores["when_found_and_date"].value >= 0.7
    assert scores["when_found_and_date_pm1day"].value >= 0.75
    assert scores["when_found_and_date_consistent_gold"].value >= 0.9


@pytest.mark.parametrize("text, value", [
    ("He left last weekend.", "2016-W33-WE"),  # published on a Saturday of ISO week 34
    ("He left the previous weekend.", "2016-W33-WE"),
    ("They will meet this weekend.", "2016-W34-WE"),
    ("They will meet next weekend.", "2016-W35-WE"),
])
def test_a_weekend_named_relative_to_publication(text, value):
    assert [t.value for t in extract_text(text, "2016-08-27")] == [value]

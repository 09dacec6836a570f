"""Issue 16, fourth round: the arguments of an event. An appositive names the role noun's actor; a pronoun is not
the actor its clause names on the other side (principle B); only a national capital stands for its state; an act
noun's against/on phrase is its target; a people noun keeps its nationality; a reduced passive's noun is its
target; an event is dated by its day; an article without a dateline dates by the latest date its text names; a
month and the year after it are one date; a time hung on a reduced relative's noun dates its act; an accusation
of an act targets the act's owner.
Sentences invented for the tests (no evaluation sentence)."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def _events(text: str, published: str | None = "2018-05-10"):
    return extract_events(text, published=published)


def _pairs(rec, events, typ):
    return [(actor_name(rec, e.source), actor_name(rec, e.target)) for e in events if e.type == typ]


def test_an_appositive_names_the_role_nouns_actor():
    rec, events = _events("Hungary's interior minister, Sandor Pinter, met Austrian officials on Monday. "
                          "The foreign minister, Peter Szijjarto, accused Austria of hypocrisy.")
    assert ("Peter Szijjarto", "Austria") in _pairs(rec, events, "ACCUSE"), _pairs(rec, events, "ACCUSE")


def test_a_pronoun_is_not_the_object_of_its_own_clause():
    rec, events = _events("Mayor Tom Keller spoke to reporters after the council met. "
                          "He urged the council to cancel the new road.")
    sources = [actor_name(rec, e.source) for e in events if e.type == "REQUEST"]
    assert sources and "council" not in " ".join(s or "" for s in sources).lower(), _pairs(rec, events, "REQUEST")


def test_a_pronoun_is_not_a_member_of_the_side_it_acts_on():
    rec, events = _events("Joe Biden telephoned Recep Tayyip Erdoğan on Tuesday. "
                          "He urged Turkey to limit its military actions in Syria.")
    assert ("Joe Biden", "Turkey") in _pairs(rec, events, "REQUEST"), _pairs(rec, events, "REQUEST")


def test_only_a_national_capital_stands_for_its_state():
    from newsledger.extract.events.actors import _national_capital

    assert _national_capital("Damascus") and not _national_capital("Aleppo")


def test_an_act_nouns_against_phrase_is_the_target():
    rec, events = _events("Ethiopia will launch a military operation against the Tigrayan rebels within days, "
                          "the prime minister said.")
    targets = {t for _, t in _pairs(rec, events, "THREATEN") + _pairs(rec, events, "ASSAULT")}
    assert any(t and "rebels" in t for t in targets), targets


def test_a_people_noun_keeps_its_nationality():
    rec, events = _events("Islamic State fighters retreated from the town on Monday. "
                          "Ankara accused the Kurdish forces in the town of terrorism.")
    targets = [t for _, t in _pairs(rec, events, "ACCUSE")]
    assert targets and all(t != "Islamic State" for t in targets), targets


def test_an_event_is_dated_by_its_day_not_its_hour():
    rec, events = _events("Police arrested three protesters in Athens on May 8 at 4.30pm.")
    dates = {e.date for e in events if e.type == "COERCE"}
    assert dates == {"2018-05-08"}, dates


def test_an_article_without_a_dateline_dates_by_the_latest_date_it_names():
    from newsledger.extract.events.dates import _latest_in_text
    from newsledger.model import Article, TimeExpr

    class Times:
        article = Article(text="x" * 40)
        times = [TimeExpr("2016", 0, 4, "2016"), TimeExpr("April 4, 2018", 10, 23, "2018-04-04T16:43", type="TIME"),
                 TimeExpr("20 years", 30, 38, "P20Y", type="DURATION")]

    assert _latest_in_text(Times()) == "2018-04-04"
    rec, events = _events("Police arrested three protesters in Athens in March 2017. "
                          "On Friday a court charged them with rioting.", published=None)
    assert events and all(e.date for e in events), [(e.type, e.date) for e in events]


def test_a_sides_account_is_a_claim_its_own_losses_an_admission():
    from collections import Counter

    from newsledger.extract.events.status import _claim_status
    from newsledger.model import Actor, Article, Record

    army = Actor("a1", "Ruritania", "country", code="RUR")
    spokesman = Actor("a2", "Ruritanian army spokesman", "person", affiliation="a1")
    rebels = Actor("a3", "Freedom Front", "organization")
    rec = Record(article=Article(text="x"), actors=[army, spokesman, rebels])
    pairs = Counter({("a1", "a3"): 1, ("a3", "a1"): 1})
    # its own act: claimed; its losses with no attacker named: reported; a named attacker: claimed
    assert _claim_status(rec, "claimed:party", "a2", army, rebels, pairs) == "claimed"
    assert _claim_status(rec, "claimed:party", "a2", None, army, pairs) == "reported"
    assert _claim_status(rec, "claimed:party", "a2", rebels, army, pairs) == "claimed"
    # the attacker's adversary tells of an attack on a third party: claimed; a bystander: reported
    civilians = Actor("a4", "villagers", "group")
    rec.actors.append(civilians)
    assert _claim_status(rec, "claimed:party", "a2", rebels, civilians, pairs) == "claimed"
    assert _claim_status(rec, "claimed:party", "a4", army, None, pairs) == "reported"


def test_a_body_of_people_is_a_target():
    rec, events = _events("The United Nations on Monday accused the pro-government coalition of bombing hospitals.")
    targets = [t for _, t in _pairs(rec, events, "ACCUSE")]
    assert any(t and "coalition" in t for t in targets), targets


def test_a_month_and_the_year_after_it_are_one_date():
    rec, events = _events("Germany imposed sanctions on Belarus in March last year.")
    assert {e.date for e in events if e.type == "SANCTION"} == {"2017-03"}, [(e.type, e.date) for e in events]
    assert {e.status for e in events if e.type == "SANCTION"} == {"historical"}


def test_a_time_after_a_reduced_relative_dates_its_act():
    rec, events = _events("The suspects are Karl Hansen and Ole Berg, detained by Danish police in "
                          "Aarhus, in June last year.")
    dates = {e.date for e in events if e.type == "COERCE"}
    assert dates == {"2017-06"}, [(e.type, e.date) for e in events]


def test_an_accusation_of_an_act_targets_its_owner():
    rec, events = _events("Britain condemned Russia's invasion of Georgia on Thursday. "
                          "The European Union criticised the Turkish offensive against Kurdish fighters.")
    pairs = _pairs(rec, events, "ACCUSE")
    assert ("United Kingdom", "Russia") in pairs and ("European Union", "Turkey") in pairs, pairs


def test_police_telling_of_their_own_arrest_is_routine_attribution():
    rec, events = _events("Police said they had arrested a 25-year-old man in connection with the stabbing.")
    assert {e.status for e in events if e.type == "COERCE"} == {"reported"}, [(e.type, e.status) for e in events]


def test_forces_sent_into_a_country_target_that_country():
    rec, events = _events("The president of Ruritania threatened to send troops into northern Syria. "
                          "Egypt sent troops to Libya in 2016.")
    targets = {t for _, t in _pairs(rec, events, "THREATEN") + _pairs(rec, events, "COOPERATE")
               + _pairs(rec, events, "MOBILIZE") + _pairs(rec, events, "ASSAULT")}
    assert "Syria" in targets and "Libya" in targets and "troops" not in targets, targets


def test_an_agentless_killing_takes_its_attacker_from_the_act_it_happened_in():
    rec, events = _events("Two soldiers were killed in an ambush by Taliban fighters on Sunday. "
                          "Five civilians were wounded in Russia's shelling of Kharkiv.")
    sources = {s for s, _ in _pairs(rec, events, "ASSAULT")}
    assert "Taliban" in sources and "Russia" in sources, _pairs(rec, events, "ASSAULT")


def test_the_accused_denying_a_charge_leaves_the_accusation_made():
    rec, events = _events("Egypt accused Sudan of shelling the dam, a charge Sudan denied. "
                          "Moscow denied that it had threatened Kyiv.")
    status = {(e.type, actor_name(rec, e.source)): e.status for e in events}
    assert status.get(("ACCUSE", "Egypt")) == "reported", status
    # the denial is Moscow's REJECT; the denied threat is no event (evprec22: status.not_an_act)
    assert status.get(("REJECT", "Russia")) == "reported" and ("THREATEN", "Russia") not in status, status


def test_a_voiced_refusal_is_reported_not_planned():
    rec, events = _events("Iran will not allow inspectors into the site, its foreign minister said on Monday.")
    assert {e.status for e in events if e.type == "REJECT"} == {"reported"}, [(e.type, e.status) for e in events]


def test_a_house_number_is_no_year():
    rec, events = _events("Jane Miller, 19, of 1935 Orchard St., Springfield, was arrested and charged with arson. "
                          "Police arrested a man at 2210 Main Street in 2016.", published="2009-03-20")
    dates = sorted(e.date for e in events if e.type == "COERCE")
    assert dates == ["2009-03-20", "2016"], [(e.type, e.date) for e in events]


def test_a_name_hung_on_the_body_a_role_serves_is_the_role_holder():
    rec, events = _events("A spokesman for the Iraqi foreign ministry, Ahmed Saleh, accused Turkey of violating "
                          "Iraqi sovereignty.")
    sources = {s for s, _ in _pairs(rec, events, "ACCUSE")}
    assert "Ahmed Saleh" in sources, _pairs(rec, events, "ACCUSE")


def test_a_warning_of_a_possible_strike_is_a_threat_made():
    for text in ("Iran warned it could strike US bases if attacked.",
                 "Iran warned on Sunday it could strike US bases in the region."):
        rec, events = _events(text)
        assert [(e.type, e.status) for e in events] == [("THREATEN", "reported")], [(e.type, e.status) for e in events]

"""The brief: 5W1H of the main event with links into the record, and a summary whose sentences cite evidence."""
from __future__ import annotations

import re

import pytest

from newsledger.model import Article


def _ids(record) -> set[str]:
    ids = {a.id for a in record.actors} | {q.id for q in record.quotes} | {p.id for p in record.places}
    return ids | {e.id for e in record.events}


def test_reference_who_is_the_taliban(reference_record):
    brief = reference_record.brief
    top = brief["who"][0]
    actor = reference_record.actor(top["actor"])
    assert actor is not None and actor.name == "Taliban"
    assert reference_record.article.text[top["start"]:top["end"]] == top["text"]


def test_reference_when_is_resolved(reference_record):
    top = reference_record.brief["when"][0]
    assert top["value"] == "2021-09-06"
    assert reference_record.article.text[top["start"]:top["end"]] == top["text"]


def test_reference_where_is_panjshir(reference_record):
    top = reference_record.brief["where"][0]
    assert "Panjshir" in top["text"]
    place = next(p for p in reference_record.places if p.id == top["place"])
    assert place.country == "AF" and place.kind == "admin1"


def test_reference_answers_have_offsets_and_shape(reference_record):
    brief = reference_record.brief
    text = reference_record.article.text
    for q in ("who", "what", "when", "where", "why", "how"):
        assert isinstance(brief[q], list)
        for a in brief[q]:
            assert text[a["start"]:a["end"]] == a["text"], (q, a)
    assert brief["what"], "the main event has a what"
    assert all(a["place"] is None or a["place"].startswith("p") for a in brief["where"])


def test_reference_summary_cites_existing_evidence(reference_record):
    summary = reference_record.brief["summary"]
    assert len(summary) >= 2
    ids = _ids(reference_record)
    for s in summary:
        assert s["text"].strip()
        assert s["evidence"], s
        assert set(s["evidence"]) <= ids, (s, set(s["evidence"]) - ids)
    # the main event first, and claims attributed to who makes them
    assert summary[0]["kind"] == "event"
    claims = [s for s in summary if s["kind"] in {"claim", "contradiction"}]
    assert claims and all(any(e.startswith("q") for e in s["evidence"]) for s in claims)


def test_title_answers_carry_in_title():
    from newsledger.pipeline import extract_record

    title = "Rebels seize airport in Mosul after heavy fighting"
    text = ("Rebel fighters took control of the airport in the northern city of Mosul on Tuesday after two days of "
            "heavy fighting, officials said. The army said it had withdrawn its troops to avoid civilian casualties.")
    rec = extract_record(Article(text=text, title=title, published="2024-01-30"))
    brief = rec.brief
    for q in ("who", "what", "when", "where", "why", "how"):
        for a in brief[q]:
            src = title if a.get("in") == "title" else text
            assert src[a["start"]:a["end"]] == a["text"], (q, a)
    assert brief["when"] and brief["when"][0]["value"] == "2024-01-30"
    assert any("Mosul" in a["text"] for a in brief["where"][:2])
    assert brief["what"][0]["text"].startswith(("seize", "took"))


def test_toll_headline_and_precise_place():
    from newsledger.pipeline import extract_record

    title = "Three dead after bus overturns in France"
    text = ("At least three people were killed when a bus overturned on a motorway near Lyon on Monday, police said. "
            "The death toll rose to three on Tuesday. Dozens of passengers were taken to hospital.")
    rec = extract_record(Article(text=text, title=title, published="2024-03-05"))
    brief = rec.brief
    # a verbless toll headline: the toll with its event clause
    assert brief["what"][0]["text"] == "Three dead after bus overturns"
    # the city the lead names inside the headline's country
    assert "Lyon" in brief["where"][0]["text"]
    # the event's own day, not the day the toll was updated
    assert brief["when"][0]["value"] == "2024-03-04"


def test_coordinated_names_are_one_who():
    from newsledger.pipeline import extract_record

    title = "Maria Lopez, Peter Brandt and Olga Ivanova win the city marathon"
    text = "Three runners shared the podium in the city marathon on Sunday after a close finish."
    rec = extract_record(Article(text=text, title=title, published="2024-03-05"))
    assert rec.brief["who"][0]["text"] == "Maria Lopez, Peter Brandt and Olga Ivanova"


def _why(title, text):
    from newsledger.pipeline import extract_record

    rec = extract_record(Article(text=text, title=title, published="2024-03-05"))
    return [a["text"] for a in rec.brief["why"]]


def test_why_passive_cause_agent():
    why = _why("Bakery cuts the size of its loaves",
               "The bakery said the decision to shrink the loaves was driven by higher costs for flour.")
    assert why and why[0] == "higher costs for flour"


def test_why_as_clause_without_pronoun_subject():
    why = _why("Lorry overturns on the motorway",
               "Two people were hurt when the lorry overturned as it entered a bend at high speed, police said.")
    assert "entered a bend at high speed" in why
    # a toll's "as" clause is the event itself, not its cause
    why = _why("Four killed as ferry sinks after storm", "Four people died when a ferry sank on Monday.")
    assert "ferry sinks" not in why


def test_why_feeling_and_its_object():
    why = _why("Singer joins protest in the capital",
               "The singer was disappointed with the results of the vote.")
    assert why and why[0] == "was disappointed with the results of the vote"


def test_why_for_doing_stops_at_coordination():
    why = _why("Coach blames the referee for stopping the game and the crowd for booing players",
               "The coach spoke after the match.")
    assert "stopping the game" in why


def test_why_purpose_is_no_name():
    why = _why("'I BLAME JONES' Mayor blames rival Ann Jones for election defeat to Smith",
               "The mayor has blamed his defeat to Smith on Ann Jones, who reopened the inquiry into his "
               "finances. He criticised Jones for reopening the inquiry close to the vote.")
    assert not any(w.startswith("to Smith") for w in why)


def test_how_while_doing_and_particles():
    from newsledger.pipeline import extract_record

    text = "A farmer fell into a river on Sunday while picking berries. Neighbours pulled him out."
    rec = extract_record(Article(text=text, title="Farmer rescued from river", published="2024-03-05"))
    how = [a["text"] for a in rec.brief["how"]]
    assert "picking berries" in how and how.index("picking berries") < how.index("fell")
    text = "Residents have hit out at the council over the new parking charges."
    rec = extract_record(Article(text=text, title="Parking charges anger residents", published="2024-03-05"))
    assert any(a["text"].startswith("hit out") for a in rec.brief["how"])


def test_how_outcome_restated_with_its_cause_as_subject():
    from newsledger.pipeline import extract_record

    text = ("The council changes the timetable of two bus lines. A decision to cut back the late evening services "
            "has upset commuters who rely on them.")
    rec = extract_record(Article(text=text, title="Bus timetable change upsets commuters", published="2024-03-05"))
    assert rec.brief["how"][0]["text"].startswith("cut back")


def test_how_coordinated_means_are_one():
    from newsledger.pipeline import extract_record

    text = "The baker has reshaped two of its loaves, with thinner crusts and a wider cut between slices."
    rec = extract_record(Article(text=text, title="Bakery reshapes its loaves", published="2024-03-05"))
    assert "with thinner crusts and a wider cut between slices" in [a["text"] for a in rec.brief["how"]]


def test_giveme5w1h_scoring_rules():
    from newsledger.eval.suites.brief_giveme5w1h import grade

    phrases = [{"text": "attacks German consulate", "count": 2}, {"text": "truck bombing", "count": 2}]
    assert grade("attacks German consulate", phrases) == 1.0
    # inflection and articles do not matter to a judge: a full match
    assert grade("attacked the German consulate", phrases) == 1.0
    assert grade("stages", [{"text": "staged", "count": 3}]) == 1.0
    assert grade("attacked the German embassy", phrases) == 0.5  # shares words only
    long = "Taliban attacks German consulate in northern Afghan city of Mazar-i-Sharif with truck bomb"
    assert grade(long, phrases) == 0.5  # contains the phrase, but is a whole headline
    assert grade("rose to at least six", phrases) == 0.0
    assert grade(None, phrases) == 0.0
    # strict: full credit only when the shorter is at least half the longer
    assert grade("German consulate", phrases) == 1.0
    assert grade("consulate", phrases) == 0.5
    assert grade("consulate", phrases, strict=False) == 1.0  # lenient: up to twice the shorter plus two
    # when, lenient only: a time inside the coders' phrase that names their date is a match
    when = [{"text": "Sunday's Brazilian Grand Prix", "count": 2, "parsed": "2016-11-13"}]
    assert grade("Sunday", when, "2016-11-13") == 0.5
    assert grade("Sunday", when, "2016-11-13", strict=False) == 1.0
    assert grade("Sunday", when, "2016-11-06", strict=False) == 0.5


def test_giveme5w1h_few_articles(corpus):
    from newsledger.eval.suites import brief_giveme5w1h as suite

    scores = {s.metric: s for s in suite.run(corpus, limit=6)}
    assert scores["who"].n == 6
    assert scores["who"].value >= 0.5
    assert scores["overall"].value >= 0.4


@pytest.mark.slow
def test_giveme5w1h_full(corpus):
    """Floors at the check half's strict figures (newsledger.eval.split), so a fall shows."""
    from newsledger.eval.suites import brief_giveme5w1h as suite

    scores = {s.metric: s.value for s in suite.run(corpus, split="check")}
    assert scores["who"] >= 0.8
    assert scores["what"] >= 0.70
    assert scores["when"] >= 0.75
    assert scores["where"] >= 0.90
    assert scores["4w"] >= 0.79
    # issue 14's second round: manner and means phrases of the lead answer how before a bare verb (whole news
    # articles); the coders of this set often chose the verb, so how fell 0.431 -> 0.362 here (two articles)
    assert scores["overall"] >= 0.67
    assert scores["why"] >= 0.5
    assert scores["how"] >= 0.36
    assert scores["overall_lenient"] >= scores["overall"]


def test_particle_over_is_not_a_cause():
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    rec = extract_record(Article(text="A lorry tipped over at a bend on the motorway on Tuesday, police said.",
                                 published="2021-09-07"))
    assert not any("bend" in a["text"] for a in rec.brief["why"])


def test_why_what_is_blamed():
    # "blames X on Y": Y is the cause
    why = _why("Coach blames defeat on the wet pitch", "The coach spoke to reporters on Sunday.")
    assert why and why[0] == "the wet pitch"
    # "blamed Y for X": Y, with its clause, is the cause; a bare name is an actor, not a reason
    why = _why("Mayor blames Ann Jones for election defeat",
               "The mayor has blamed the council's decision to close the library for his defeat in the vote.")
    assert why and why[0] == "the council's decision to close the library"
    assert "Ann Jones" not in why


def _brief(title, text):
    from newsledger.pipeline import extract_record

    return extract_record(Article(text=text, title=title, published="2024-03-05")).brief


def test_what_incident_prefix_of_headline():
    # "Incident: aftermath" headlines: the incident is the what
    brief = _brief("Harbour ferry fire: Captain arrested as two missing",
                   "A ferry caught fire in the harbour on Monday and two passengers are missing.")
    assert brief["what"][0]["text"] == "Harbour ferry fire"
    # a topic prefix is not an incident
    brief = _brief("Council election: Mayor blames defeat on the weather",
                   "The mayor lost the vote on Sunday.")
    assert brief["what"][0]["text"] != "Council election"


def test_how_aftermath_verbs_are_outcomes():
    # "treated for injuries after X": the treatment is an outcome; the how is the action behind it
    brief = _brief("Bus crash: driver questioned",
                   "Six passengers were treated for serious injuries after the bus skidded off a wet road.")
    assert brief["how"][0]["text"] != "treated"
    assert "skidded" in brief["how"][0]["text"]


def test_why_by_doing_of_a_feeling():
    why = _why("Young runner stuns her coach by winning the marathon at the Summer Games",
               "The runner finished first.")
    assert why and why[0] == "winning the marathon"


def test_who_a_count_is_no_name_except_the_dead():
    brief = _brief("Gas blast rocks market town",
                   "A gas explosion in the town centre has killed two people. Witnesses heard a loud bang. "
                   "More than 40 people have been taken to hospital, and 40 people were treated at the scene.")
    assert not brief["who"][0]["text"].startswith("More than 40")
    brief = _brief("Tragedy off the coast",
                   "At least six people were killed when gunmen attacked a ferry. More than 30 people have been "
                   "injured. "  # an attack: a death in an accident is no event (issue 16), so it makes no actor
                   "More than 30 people were taken to hospital.")
    assert brief["who"][0]["text"] == "At least six people"


def test_when_keeps_its_approximation_and_alternative():
    brief = _brief("Lorry overturns on the motorway",
                   "A lorry overturned on the motorway at about 6.10am or 6.15am on Monday, police said.")
    assert any(a["text"].startswith("about 6.10am") for a in brief["when"])
    brief = _brief("Lorry overturns on the motorway",
                   "A lorry overturned on the motorway shortly after 6am on Monday, police said.")
    assert any(a["text"].startswith("shortly after 6am") for a in brief["when"])


def test_where_takes_the_leads_fuller_phrase_of_a_bare_title_place():
    brief = _brief("Tram overturns in Croydon",
                   "A tram overturned in Croydon, south London, on Wednesday morning, police said.")
    assert brief["where"][0]["text"] == "Croydon, south London"


def test_what_keeps_a_partner_verbs_with_phrase():
    brief = _brief("Mayor meets with union leaders at city hall",
                   "The mayor met union leaders on Monday to discuss the strike.")
    assert brief["what"][0]["text"] == "meets with union leaders"


def test_who_of_a_count_headline_is_the_leads_noun_phrase():
    brief = _brief("Seven killed as bus plunges off bridge",
                   "At least seven people were killed when a bus plunged off a bridge on Monday, police said.")
    assert brief["who"][0]["text"] == "At least seven people"


def test_what_of_a_headline_passive_without_auxiliary():
    # headlinese drops the passive's auxiliary: the participle is the verb, its noun the patient (not who); the
    # what is the two together, as a coder writes it (issue 14: a bare participle rarely gets full credit)
    brief = _brief("Football: Derby match abandoned after fans invade pitch",
                   "The match was stopped in the second half on Saturday when hundreds of fans ran onto the field.")
    assert brief["what"][0]["text"] == "Derby match abandoned"
    assert brief["who"][0]["text"] != "Derby match"
    # a verb glued to its first part by a hyphen is one verb
    brief = _brief("Grand Prix: Monaco race red-flagged after dramatic crash",
                   "The race was halted after 20 laps on Sunday following a series of crashes.")
    assert brief["what"][0]["text"] == "red-flagged"


def test_where_an_origins_apposition_is_an_origin_too():
    # "a passenger, from X, Y": Y places X, where someone comes from: no better an event place than X
    brief = _brief("Bus crash survivor describes chaos",
                   "A passenger who survived a bus crash has described the chaos. The bus overturned near the station "
                   "on Monday. The passenger, from Hull, East Yorkshire, said people were screaming.")
    scores = {w["text"]: w["score"] for w in brief["where"]}
    assert scores["East Yorkshire"] <= scores["Hull, East Yorkshire"], scores


def test_where_a_place_followed_by_its_region_after_a_comma():
    # the lead's "X, Y" (Y a place holding X) is the fuller answer, also when the parser does not make Y X's apposition
    brief = _brief("Bus crash: driver arrested as bus overturns in Bromley",
                   "Eight of those hurt were treated after the vehicle tipped over at a bend in Bromley, South London"
                   "\n\nThe driver was arrested on Monday.")
    assert brief["where"][0]["text"] == "Bromley, South London", brief["where"]


# -- issue 14: classes found on the tune halves of the whole-article set (brief_news) and Giveme5W1H -----------------

def test_where_a_country_standing_for_its_state_is_no_event_place():
    # a country as the subject of an active verb or the modifier of an agent noun is an actor (GeoWebNews metonymy)
    brief = _brief(None, "Canada is counting on support from its allies, Canadian officials said on Monday, as a "
                         "storm hit the port of Halifax.")
    assert brief["where"][0]["text"] != "Canada"


def test_where_a_dateline_names_the_place():
    brief = _brief("Council votes to reopen pool", "SPRINGFIELD -- The city council voted on Tuesday to reopen the "
                                                  "public pool after repairs.")
    assert brief["where"] and brief["where"][0]["text"] == "SPRINGFIELD"


def test_who_is_the_owner_of_an_act_subject_and_what_its_content():
    brief = _brief(None, "Mary Hale's announcement that she is in talks with the ministry represents a change of "
                         "course for the party.")
    assert brief["who"][0]["text"] == "Mary Hale"
    assert brief["what"][0]["text"].startswith("announcement that she is in talks")


def test_what_goes_on_over_infinitives_and_a_shared_object():
    brief = _brief("Investors rush to buy city bonds", "Investors this week rushed to a bond sale in the city.")
    assert brief["what"][0]["text"] == "rush to buy city bonds"
    brief = _brief(None, "The town invited all donors to join in a ceremony at the town hall on Friday.")
    assert brief["what"][0]["text"].startswith("invited all donors to join in a ceremony")
    brief = _brief(None, "Spain and Italy will repatriate and prosecute their citizens, the ministers said.")
    assert brief["what"][0]["text"] == "will repatriate and prosecute their citizens"


def test_how_of_a_statement_is_its_channel():
    brief = _brief(None, "The president said the army would launch an operation within days. The president said "
                         "during a televised speech in the capital on Wednesday that the operation was imminent.")
    assert brief["how"][0]["text"] == "during a televised speech in the capital"


def test_why_cause_noun_purpose_idiom_and_non_causes():
    why = _why(None, "The death of the young soldier was a catalyst for the change of policy.")
    assert why and why[0] == "The death of the young soldier"
    why = _why(None, "As a way to say thank you, the club invited all donors to join a dinner.")
    assert why and why[0] == "to say thank you"
    assert "to join a dinner" not in why
    why = _why(None, "The army has pushed deeper into the province since sending troops there in May.")
    assert not any(w.startswith("sending") for w in why)


def test_how_without_doing_is_the_manner():
    brief = _brief(None, "The thieves entered the museum without triggering the alarm on Sunday.")
    assert brief["how"][0]["text"] == "without triggering the alarm"



# -- issue 14, second round: classes from the grown tune half of brief_news ------------------------------------------

def test_why_marker_phrase_stops_at_the_verb_it_modifies():
    why = _why(None, "A former soldier jailed in Turkey after joining a militia fighting the army has fled the "
                     "country.")
    assert why and why[0] == "joining a militia fighting the army"


def test_why_reason_of_a_judgement_or_an_arrest():
    why = _why(None, "A state trooper stopped a van for speeding on the highway on Tuesday.")
    assert why and why[0] == "for speeding"
    why = _why(None, "Police arrested a 30-year-old man on suspicion of arson on Sunday.")
    assert why and why[0] == "on suspicion of arson"
    # a length of time or a sum is no reason
    assert not _why(None, "The court jailed the driver for seven years on Monday.")


def test_why_purpose_on_the_object_not_a_control_complement():
    why = _why(None, "Students at the college have voted to approve a fee to help build a new arena.")
    assert why and why[0] == "to help build a new arena"
    assert "to approve a fee" not in why


def test_how_means_event_using_clause_and_manner_adverb():
    brief = _brief(None, "In an online vote, students approved a new fee for the arena on Friday.")
    assert brief["how"][0]["text"] == "In an online vote"
    brief = _brief(None, "The girl entered the bar on Saturday using a wristband her mother had given her.")
    assert brief["how"][0]["text"] == "using a wristband"
    brief = _brief(None, "The prisoner secretly fled the country and returned home on Monday.")
    assert brief["how"][0]["text"] == "secretly"
    # a focusing or time adverb tells no manner
    brief = _brief(None, "The champion simply won the race in Brazil on Sunday.")
    assert not brief["how"] or brief["how"][0]["text"] != "simply"


def test_how_without_a_noun_and_a_manner_phrase_of_the_lead_before_a_headline_verb():
    brief = _brief(None, "The prisoner left the country without the permission of the court on Monday.")
    assert brief["how"][0]["text"] == "without the permission of the court"
    brief = _brief("Students endorse fee for new arena", "Students at the state university have voted to approve a "
                   "fee for a new arena. In an online vote, 2,630 students cast ballots in favour of the fee.")
    assert brief["how"][0]["text"] == "In an online vote"


def test_what_of_a_delayed_identification_lead():
    brief = _brief(None, "A former British soldier jailed in Turkey for seven years has secretly fled the country. "
                         "John Ashby, 25, was on bail pending an appeal against his sentence.")
    assert brief["what"][0]["text"] == "has secretly fled the country"


def test_who_is_the_named_agent_of_an_act_subject():
    brief = _brief(None, "The remarks made by the teenager Mary Hale to a journalist in a camp are horrifying.")
    assert "Mary Hale" in brief["who"][0]["text"] or brief["who"][0]["text"] == "the teenager"


def test_where_a_country_as_group_member_or_counterpart_is_no_event_place():
    brief = _brief(None, "As the risk grows of a confrontation with Russia in the skies over Syria, the US is "
                         "counting on support from partners such as France and the UK.")
    assert brief["where"][0]["text"] not in {"Russia", "France", "UK"}

def test_where_residents_of_a_town_are_no_event_place():
    # "two X residents" tells where the accused live; the road of the stop is where it happened, also when the
    # road resolves to the state that holds X (a place said of a person takes no broader place's score)
    brief = _brief("Traffic stop leads to drug charges",
                   "A state trooper made a traffic stop Tuesday, resulting in two London residents being charged. "
                   "The trooper stopped a vehicle for speeding at 8:40 a.m. Tuesday on KY 80 west.")
    assert brief["where"] and brief["where"][0]["text"] != "London", brief["where"]


def test_what_of_a_feature_lead_opening_on_a_pronoun():
    # "They left X ...": the pronoun's referent is named only later (cataphora); its clause is still the what
    brief = _brief(None, "They left the village in a convoy of trucks, slowly crossing the desert. The Houthi "
                         "fighters dangled their legs off the backs of the vehicles. They stared at the soldiers.")
    assert brief["what"][0]["text"].startswith("left the village"), brief["what"]
    assert brief["who"][0]["text"] != "They", brief["who"]



def test_news_gold_is_well_formed(corpus):
    """The hand-annotated whole-article set: every article has a row for each question, offsets fall inside its
    text, and dates are ISO days."""
    from newsledger.eval.giveme5w1h import QUESTIONS
    from newsledger.eval.suites import brief_news as suite

    rows = suite.gold_rows()
    assert len(rows) == 101  # four rounds: 30 + 20 Guardian, 31 + 20 LGL (INSTRUCTIONS.md)
    items = {it.name: it for it in suite.load(corpus)}
    for name, labels in rows.items():
        assert {r["question"] for r in labels} == set(QUESTIONS), name
        item = items[name]
        for q in QUESTIONS:
            for phrase in item.answers[q]:
                text = phrase["text"]
                assert text and text == text.strip(), (name, q)
                if phrase["parsed"] is not None:
                    assert q == "when" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", phrase["parsed"]), (name, text)


@pytest.mark.slow
def test_news_full(corpus):
    """Floors at the check half's strict figures on the whole-article set, so a fall shows."""
    from newsledger.eval.suites import brief_news as suite

    scores = {s.metric: s.value for s in suite.run(corpus, split="check")}
    # 37 check articles since the set grew (issue 14's second and third rounds); the first 15 alone keep their level
    assert scores["who"] >= 0.74
    assert scores["what"] >= 0.62
    assert scores["when"] >= 0.79
    assert scores["where"] >= 0.60
    assert scores["why"] >= 0.30  # 0.268 -> 0.304 with a later explicit reason and intention verbs (issue 14)
    assert scores["how"] >= 0.26
    assert scores["4w"] >= 0.69
    assert scores["overall"] >= 0.55
    assert scores["overall_lenient"] >= scores["overall"]


def test_who_a_vehicle_subject_is_no_who():
    # "tram overturns", "bus skids": the who is who it happened to, named in the lead
    brief = _brief("Ferry sinking: Two dead and dozens hurt after ferry capsizes at harbour",
                   "Two people died and dozens were hurt after a ferry capsized in the harbour.")
    assert brief["who"][0]["text"] == "Two people"


def test_who_keeps_a_close_appositive_name():
    # "the British recruit Jane Doe": no comma, the name is part of the phrase (close apposition)
    brief = _brief(None, "Remarks made by the 19-year-old British recruit Jane Doe to a reporter were alarming.")
    assert any(a["text"].endswith("recruit Jane Doe") for a in brief["who"])


def test_why_the_goal_of_an_intention_verb():
    # "they aim to X", "seeks to X": the infinitive is the subject's goal, a why; "tried to X" stays no purpose
    why = _why(None, "Five reporters were hurt in an attack on Monday. Such attacks aim to silence the local press.")
    assert why and why[0] == "to silence the local press"
    assert not _why(None, "The council tried to close the library on Monday.")


def test_where_a_site_in_a_country_outranks_a_country_mentioned_more():
    # "a refugee camp in eastern X" is as precise as a city; the country left ("leave the UK") is not
    brief = _brief(None, "The remarks made by a British recruit to a journalist in a refugee camp in eastern Syria "
                         "are alarming. She said she had no regrets about her decision to leave the UK.")
    assert brief["where"][0]["text"] == "refugee camp in eastern Syria"


def test_what_keeps_a_reduced_relative_on_its_object():
    # "rammed a lorry laden with explosives": the participle describes the object (a reduced relative clause)
    brief = _brief(None, "Militants rammed a lorry packed with explosives into a police station on Monday.")
    assert brief["what"][0]["text"].startswith("rammed a lorry packed with explosives")


def test_how_the_subject_event_of_lead_to():
    # "X leads to Y", "X resulted in Y": the subject event is how Y came about; a person subject is a who
    brief = _brief("Routine safety check leads to arrest of two smugglers",
                   "Border officers found drugs in a lorry on Monday and arrested two men.")
    assert brief["how"][0]["text"] == "Routine safety check"


def test_where_a_surname_only_of_a_capitalized_name():
    from types import SimpleNamespace

    from newsledger.extract.brief.where import Where

    w = Where()
    w.record = SimpleNamespace(actors=[SimpleNamespace(kind="person", name="The human toll in Ruritania", aliases=[]),
                                       SimpleNamespace(kind="person", name="Paris Hilton", aliases=[])])
    assert not w._names_person("Ruritania")  # a description taken for a person ends in a place
    assert w._names_person("Hilton")


def test_where_a_building_tagged_as_an_organization():
    # "the X Elementary School club": a name ending in a site noun is a building, a place
    brief = _brief(None, "The Maple Grove Elementary School garden club is planting trees this spring. The trees "
                         "were donated by a nursery in Ohio.")
    assert brief["where"] and brief["where"][0]["text"].startswith("Maple Grove Elementary School")


def test_why_a_later_explicit_reason_when_the_lead_gives_none():
    text = ("The bakery has shrunk its loaves. Customers noticed on Monday. The loaves look the same. "
            "The shop is in the high street. The loaves were cut to 700 grams because of rising prices for flour, "
            "the owner said.")
    why = _why("Bakery shrinks its loaves", text)
    assert why and why[0] == "rising prices for flour"


def test_how_the_event_that_breaks_into_a_progressive():
    # "was cycling home when a van hit him": the "when" clause is the event, its action the how
    brief = _brief(None, "A local teacher was cycling home when a delivery van struck his bicycle on Friday.")
    assert brief["how"] and brief["how"][0]["text"].startswith("struck")

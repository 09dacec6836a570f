"""A public body a place's name (or a proper adjective naming no state) and lower-case words name is one organization
mention, named with the lower-case words (local_body_heads.tsv, round 48, actcity48): "the Dunmore elections
commission", "Marion police officers", "the Lakeview district school board", "Metropolitan police commissioner" (a
proper adjective only for a body national_bodies.tsv lists; "the Marion Police Department", where the article gives
it, is the same body). The sets' rules: actors_guardian.md's twelfth draw (a local public body written as a town's
name and lower-case words) and eighteenth draw ("Metropolitan police" labelled with its "police"); actors_news.md
("<town> police", "the <town> school board", the second draw's elections commission). Not a country's or a capital's
name or a name holding one (the state), not the body's building ("the <town> police station"), not a body whose name
goes on ("the <town> department of parks"). Sentences made up for the test."""
from tests.actor_helpers import actor_at_word, index_with_entities


def _body(index, word):
    actor = actor_at_word(index, word)
    return None if actor is None else (actor.name, actor.kind)


def test_a_town_and_lower_case_body_words_name_the_body():
    text = ("He filed his papers with the Dunmore elections commission on Monday. Marion police officers arrested "
            "two men. The Lakeview district school board approved the budget. The Ashford city council voted.")
    index = index_with_entities(text, [("Dunmore", "GPE"), ("Marion", "GPE"), ("Lakeview", "GPE"),
                                       ("Ashford", "GPE")])
    assert _body(index, "Dunmore elections commission") == ("Dunmore elections commission", "organization")
    assert _body(index, "Marion police") == ("Marion police", "organization")
    assert _body(index, "Lakeview district school board") == ("Lakeview district school board", "organization")
    assert _body(index, "Ashford city council") == ("Ashford city council", "organization")


def test_a_proper_adjective_only_for_a_listed_body():
    text = ("Jane Roe, who was Metropolitan police commissioner at the time, declined to comment. A Northern police "
            "officer was hurt.")
    index = index_with_entities(text, [("Jane Roe", "PERSON"), ("Metropolitan", "NORP"), ("Northern", "NORP")])
    assert _body(index, "Metropolitan police") == ("Metropolitan police", "organization")
    assert _body(index, "Jane Roe") == ("Jane Roe", "person")
    assert actor_at_word(index, "Northern police") is None


def test_the_full_name_the_article_gives_is_the_same_body():
    text = "The Marion Police Department said on Monday that Marion police officers had arrested two men."
    index = index_with_entities(text, [("Marion Police Department", "ORG"), ("Marion", "GPE")])
    assert _body(index, "Marion police") == ("Marion Police Department", "organization")
    assert "Marion police" in actor_at_word(index, "Marion police").aliases
    text = "The Marion Police Patrolmen's Association backed him. Marion police officers arrested two men."
    index = index_with_entities(text, [("Marion Police Patrolmen's Association", "ORG"), ("Marion", "GPE")])
    assert _body(index, "Marion police") == ("Marion police", "organization")


def test_a_state_a_building_or_a_longer_name_is_no_local_body():
    text = ("Turkish police detained twelve people. The meeting was held at the Marion police station on Main "
            "Street. The Ashford department of parks closed the pool. A Marion resident called the police.")
    index = index_with_entities(text, [("Turkish", "NORP"), ("Marion", "GPE"), ("Ashford", "GPE"),
                                       ("Marion", "GPE")])
    assert getattr(actor_at_word(index, "Turkish"), "kind", None) == "country"
    assert actor_at_word(index, "Marion police") is None
    assert actor_at_word(index, "Ashford") is None
    assert actor_at_word(index, "Marion", nth=1) is None


def test_a_committee_is_named_by_its_matter_not_its_seat():
    # round 49 (actfound49): "committee" is no head of the class (local_body_heads.tsv): a place's name before it
    # names the committee's topic or host ("the Benghazi committee" of a legislature, "the host committee")
    text = "The Marlow committee asked for the files. The Dunmore elections commission met on Monday."
    index = index_with_entities(text, [("Marlow", "GPE"), ("Dunmore", "GPE")])
    assert actor_at_word(index, "Marlow committee") is None
    assert _body(index, "Dunmore elections commission") == ("Dunmore elections commission", "organization")


def test_a_description_reaches_the_body_only_by_its_head_noun():
    # round 49 (actfound49): "the police union" is the officers' union the article named, not the town's police the
    # rule made (named later, the union out of the salience window)
    text = ("The Marion Police Officers Guild objected in January. The vote was close. The budget passed. The mayor "
            "left. Marion police officers arrested two men on Friday. The police union said the arrests were lawful.")
    index = index_with_entities(text, [("Marion Police Officers Guild", "ORG"), ("January", "DATE"),
                                       ("Marion", "GPE"), ("Friday", "DATE")])
    body = actor_at_word(index, "Marion police")
    assert body is not None and body.name == "Marion police"
    doc = index.doc
    union = doc.text.index("The police union")
    union_span = doc.char_span(union, union + len("The police union"))
    assert index.resolve_span(union_span).name == "Marion Police Officers Guild"

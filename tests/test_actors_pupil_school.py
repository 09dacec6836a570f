"""A school named with "at" after a noun of a person who attends it ("students at <name> School", "a fifth-grader at
<name> School", "pupils at <name> Academy") is where the pupil studies: a place, no actor (round 54, actvenue54;
actors._site_as_a_place, actors._pupil_noun, data/pupil_nouns.tsv: WordNet 3.0's student.n.01 and schoolchild.n.01
with their hyponyms, the AP Stylebook's "<ordinal>-grader"). The sets' rules: actors_news.md, the eleventh draw
("students at <school> in <town>", "a fifth-grader at <school>": the school `none`), actors_guardian.md, the second
draw's "at Goldsmiths". Guards: the employer guard still reads staff and teachers ("a teacher at <school>",
"director of bands at <college>"), and the school as the body of its pupils or as what acts stays the
organization. Sentences made up for the test."""
from newsledger import resources
from tests.actor_helpers import actor_at_word, index_with_entities


def _kind(index, word, nth=0):
    return getattr(actor_at_word(index, word, nth), "kind", None)


def test_a_school_where_pupils_study_is_a_place():
    text = ("Two brothers, students at Holloway Creek Middle School in Marfield, won the county spelling bee. "
            "The runner-up was Ada Brennick, a fifth-grader at Linden Grove School. Three pupils at Ashcombe "
            "Academy also reached the final, as did a freshman at Carrow State University.")
    names = [("Holloway Creek Middle School", "ORG"), ("Ada Brennick", "PERSON"), ("Linden Grove School", "ORG"),
             ("Ashcombe Academy", "ORG"), ("Carrow State University", "ORG")]
    index = index_with_entities(text, names)
    assert [_kind(index, n) for n, _ in names if n != "Ada Brennick"] == [None, None, None, None]
    assert _kind(index, "Ada Brennick") == "person"


def test_staff_at_a_school_and_a_school_that_acts_stay_the_organization():
    text = ("Maya Corr, a science teacher at Holloway Creek Middle School, coached the team. The head of music at "
            "Linden Grove School also helped. Linden Grove School said the prize money would buy new books. "
            "Holloway Creek Middle School had about 30 students taking part.")
    names = [("Maya Corr", "PERSON"), ("Holloway Creek Middle School", "ORG"), ("Linden Grove School", "ORG"),
             ("Linden Grove School", "ORG"), ("Holloway Creek Middle School", "ORG")]
    index = index_with_entities(text, names)
    assert _kind(index, "Holloway Creek Middle School") == "organization"
    assert _kind(index, "Linden Grove School") == "organization"
    assert _kind(index, "Linden Grove School", 1) == "organization"
    assert _kind(index, "Holloway Creek Middle School", 1) == "organization"


def test_a_pupil_noun_before_a_name_with_no_site_noun_changes_nothing():
    text = "Students at Brightwell Partners, a consulting firm, said the internships were unpaid."
    index = index_with_entities(text, [("Brightwell Partners", "ORG")])
    assert _kind(index, "Brightwell Partners") == "organization"


def test_the_pupil_list_holds_pupils_and_no_employees():
    table = resources.words_by_kind("pupil_nouns.tsv")
    assert {"student", "pupil", "schoolchild", "freshman", "sophomore", "undergraduate"} <= table["noun"]
    assert not table["noun"] & {"scholar", "auditor", "major", "junior", "teacher", "professor", "fellow", "skipper",
                                "researcher", "director"}
    assert table["after_ordinal"] == {"grader"}

"""A school named with "at" after a noun of a person who attends it ("students at <name> School", "a fifth-grader at
<name> School", "pupils at <name> Academy") is where the pupil studies: that mention is no actor mention (round 54,
actvenue54 revised as actvenue54r; actors._pupil_school, actors._pupil_noun, data/pupil_nouns.tsv: WordNet 3.0's
student.n.01 and schoolchild.n.01 with their hyponyms, the AP Stylebook's "<ordinal>-grader";
ActorIndex.leave_out_pupil_schools). The sets' rules: actors_news.md, the eleventh draw ("students at <school> in
<town>", "a fifth-grader at <school>": the school `none`, the pupils EDU beside `-`), actors_guardian.md, the second
draw's "at Goldsmiths". The round's judge (verdicts54/actvenue54_actors.md) kept: the pupils' codes as the school lent
them; the school an actor wherever another mention of it acts ("<school> said", its acronym); no acronym split off as
an actor of its own. Guards: staff and teachers ("a teacher at <school>") and a name with no site noun. Sentences made
up for the test."""
from newsledger import resources
from newsledger.model import Entity
from tests.actor_helpers import actor_at_word, index_with_entities, kind_at_word


def _finished(text, names):
    """The index after the whole record: its entities filed, then the pupils' schools left out."""
    index = index_with_entities(text, names)
    index.record.entities = [Entity(index.doc.text[m.start:m.end], m.start, m.end, "ORG", m.actor)
                             for m in index.mentions]
    codes = {a.name: a.code for a in index.actors}
    index.leave_out_pupil_schools(index.record)
    return index, codes


def test_a_school_where_pupils_study_is_no_actor_and_the_pupils_keep_their_code():
    text = ("Two brothers, students at Holloway Creek Middle School in Marfield, won the county spelling bee. "
            "The runner-up was Ada Brennick, a fifth-grader at Linden Grove School. Three pupils at Ashcombe "
            "Academy also reached the final, as did a freshman at Carrow State University.")
    schools = ["Holloway Creek Middle School", "Linden Grove School", "Ashcombe Academy", "Carrow State University"]
    index, codes = _finished(text, [("Holloway Creek Middle School", "ORG"), ("Ada Brennick", "PERSON"),
                                    ("Linden Grove School", "ORG"), ("Ashcombe Academy", "ORG"),
                                    ("Carrow State University", "ORG")])
    assert [kind_at_word(index, n) for n in schools] == [None, None, None, None]
    assert not {a.name for a in index.actors} & set(schools)
    ada = actor_at_word(index, "Ada Brennick")
    assert ada.kind == "person" and ada.code == codes["Ada Brennick"] and ada.affiliation is None


def test_a_school_whose_other_mention_acts_stays_an_actor():
    text = ("Ada Brennick, a fifth-grader at Linden Grove School, won the county spelling bee. Linden Grove School "
            "said the prize money would buy new books.")
    index, codes = _finished(text, [("Ada Brennick", "PERSON"), ("Linden Grove School", "ORG"),
                                    ("Linden Grove School", "ORG")])
    assert kind_at_word(index, "Linden Grove School") is None
    assert kind_at_word(index, "Linden Grove School", 1) == "organization"
    school = actor_at_word(index, "Linden Grove School", 1)
    assert school.mentions == 1 and school.code == codes["Linden Grove School"]
    ada = actor_at_word(index, "Ada Brennick")
    assert ada.code == codes["Ada Brennick"] and ada.affiliation == school.id


def test_a_school_named_again_untagged_keeps_its_actor():
    text = ("Students at Carrow State University voted on the union plan. The school said turnout rose. Ada "
            "Brennick, a fifth-grader at Linden Grove School, won. Linden Grove school chess club members placed "
            "seventh. Tom Ashe, a senior at Marlow Law School, also spoke.")
    index, codes = _finished(text, [("Carrow State University", "ORG"), ("Ada Brennick", "PERSON"),
                                    ("Linden Grove School", "ORG"), ("Tom Ashe", "PERSON"),
                                    ("Marlow Law School", "ORG")])
    assert [kind_at_word(index, n) for n in ("Carrow State University", "Linden Grove School", "Marlow Law School")] \
        == [None, None, None]
    names = {a.name for a in index.actors}
    assert {"Carrow State University", "Linden Grove School"} <= names and "Marlow Law School" not in names
    assert actor_at_word(index, "Tom Ashe").code == codes["Tom Ashe"]


def test_an_acronym_of_the_school_keeps_its_actor():
    text = ("Students at Carrow State University (CSU) marched on Friday. CSU said the march was peaceful.")
    index, codes = _finished(text, [("Carrow State University", "ORG"), ("CSU", "ORG"), ("CSU", "ORG")])
    assert kind_at_word(index, "Carrow State University") is None
    csu = actor_at_word(index, "CSU", 1)
    assert csu.name == "Carrow State University" and csu.code == codes["Carrow State University"]
    assert [a.name for a in index.actors if a.kind == "organization"] == ["Carrow State University"]


def test_staff_at_a_school_and_a_school_that_acts_stay_the_organization():
    text = ("Maya Corr, a science teacher at Holloway Creek Middle School, coached the team. The head of music at "
            "Linden Grove School also helped. Linden Grove School said the prize money would buy new books. "
            "Holloway Creek Middle School had about 30 students taking part.")
    index, _ = _finished(text, [("Maya Corr", "PERSON"), ("Holloway Creek Middle School", "ORG"),
                                ("Linden Grove School", "ORG"), ("Linden Grove School", "ORG"),
                                ("Holloway Creek Middle School", "ORG")])
    assert kind_at_word(index, "Holloway Creek Middle School") == "organization"
    assert kind_at_word(index, "Linden Grove School") == "organization"
    assert kind_at_word(index, "Linden Grove School", 1) == "organization"
    assert kind_at_word(index, "Holloway Creek Middle School", 1) == "organization"


def test_a_pupil_noun_before_a_name_with_no_site_noun_changes_nothing():
    text = "Students at Brightwell Partners, a consulting firm, said the internships were unpaid."
    index, _ = _finished(text, [("Brightwell Partners", "ORG")])
    assert kind_at_word(index, "Brightwell Partners") == "organization"


def test_the_pupil_list_holds_pupils_and_no_employees():
    table = resources.words_by_kind("pupil_nouns.tsv")
    assert {"student", "pupil", "schoolchild", "freshman", "sophomore", "undergraduate"} <= table["noun"]
    assert not table["noun"] & {"scholar", "auditor", "major", "junior", "teacher", "professor", "fellow", "skipper",
                                "researcher", "director"}
    assert table["after_ordinal"] == {"grader"}

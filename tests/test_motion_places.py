"""Issue 16, round 40 (actplace40): a country named as the source or destination of motion is a place, not an
actor ("fled from Syria", "left for Greece", "a boat bound for Greece"; motion_path_heads.tsv: VerbNet's motion
classes, Quirk et al. 1985 9.15-9.25), while a country that gives, threatens or deals stays an actor. Made-up
sentences."""
from newsledger.model import Article
from newsledger.pipeline import extract_record


def _country_mentions(text: str, name: str) -> list:
    rec = extract_record(Article(text=text, published="2019-03-01"))
    return [e for e in rec.entities if e.text == name]


def test_the_source_of_motion_is_a_place():
    for text in ("Thousands of families fled from Syria last winter.",
                 "The government evacuated its diplomats from Libya on Monday.",
                 "The army withdrew its last battalion from Lebanon in April.",
                 "The two boys were rescued from Syria by a former soldier."):
        name = next(w for w in ("Syria", "Libya", "Lebanon") if w in text)
        found = _country_mentions(text, name)
        assert found and all(e.actor is None for e in found), text


def test_the_destination_after_a_verb_of_leaving_is_a_place():
    for text, name in (("The student left for Syria in 2015 and never came back.", "Syria"),
                       ("A dinghy bound for Greece capsized off the coast.", "Greece"),
                       ("She left for Syria to join the group when she was 16.", "Syria")):
        found = _country_mentions(text, name)
        assert found and all(e.actor is None for e in found), text


def test_a_country_that_gives_threatens_or_deals_stays_an_actor():
    for text, name in (("The aid from Britain arrived on Tuesday.", "Britain"),
                       ("Officials warned of a growing threat from Russia.", "Russia"),
                       ("Brussels signed a refugee deal with Turkey in 2016.", "Turkey"),
                       ("The opposition called for Germany to act.", "Germany")):
        found = _country_mentions(text, name)
        assert found and all(e.actor is not None for e in found), text


def test_a_sender_a_beneficiary_and_an_owner_stay_actors():
    """Revision (actplace40b): send/bring verbs' "from" names the sender (VerbNet send-11.1), "for" after a verb
    that is not one of departure names whom one serves (Quirk 9.58), and "from" on a noun that is no motion
    nominalisation names the thing's owner or origin (Quirk 9.18), even where the noun shares a verb's lemma."""
    for text, name in (("Medical teams were sent from Norway to the camps last week.", "Norway"),
                       ("Several retired officers flew for Israel during the 1948 war.", "Israel"),
                       ("The drills involved ships from Australia in the Coral Sea.", "Australia")):
        found = _country_mentions(text, name)
        assert found and all(e.actor is not None for e in found), text

"""A person whose membership of a coded organization the grammar states takes its code (membership.py, issue 16).
Made-up sentences, one per shape, and the look-alikes that state no membership."""
import pytest

from newsledger.model import Article
from newsledger.pipeline import extract_record
from tests.actor_helpers import actor_code as _code


def _group_codes(text):
    rec = extract_record(Article(text=text, published="2019-03-01"))
    return {a.code for a in rec.actors if a.kind == "organization" and a.code}


@pytest.mark.parametrize("text, name", [
    # relative clause with a joining verb, also through a bridge verb
    ("Omar Haddad, who joined Islamic State in 2014, was arrested in Iraq last week.", "Omar Haddad"),
    ("Omar Haddad, who is suspected of joining Islamic State, was arrested in Iraq.", "Omar Haddad"),
    ("Police named Lena Brandt, who left for Syria to join Isis in 2015, as the woman in the video.", "Lena Brandt"),
    # apposition with a membership noun, before or after the name
    ("The Isis recruit Lena Brandt spoke to reporters at the camp on Tuesday.", "Lena Brandt"),
    ("Omar Haddad, a member of al-Shabaab, was detained in Nairobi on Friday.", "Omar Haddad"),
    # an appositive whose infinitival relative joins
    ("Lena Brandt, the first of the students to join Isis, travelled to Syria in 2014.", "Lena Brandt"),
    # the name as subject
    ("Omar Haddad joined Islamic State after his brother was killed.", "Omar Haddad"),
    ("Omar Haddad is thought to have joined Isis in 2014.", "Omar Haddad"),
])
def test_a_stated_membership_codes_the_person_with_the_group(text, name):
    assert _code(text, name) in _group_codes(text)


def test_an_apposition_to_a_coordination_holds_for_each_name():
    text = "Officers arrested two members of an Islamic State cell, Omar Haddad and Karim Nasser, in Mosul."
    assert _code(text, "Omar Haddad").startswith("IMG") and _code(text, "Karim Nasser").startswith("IMG")


@pytest.mark.parametrize("text, name", [
    ("Omar Haddad, who was killed by Islamic State fighters in 2016, was buried in London.", "Omar Haddad"),
    ("Omar Haddad, who travelled to Syria to fight against Isis, returned home in May.", "Omar Haddad"),
    ("Lena Brandt, who married an Isis fighter in Raqqa, wants to come home.", "Lena Brandt"),
    ("Omar Haddad, who is a former Isis fighter, now runs a bakery in Mosul.", "Omar Haddad"),
    ("Omar Haddad, a fighter in the war against Isis, returned home in May.", "Omar Haddad"),
    ("Omar Haddad, who never joined Islamic State, was released on Friday.", "Omar Haddad"),
    ("Omar Haddad, who left Isis in 2016, was released on Friday.", "Omar Haddad"),
    ("His parents deny that Omar Haddad travelled to Syria. They say Isis recruited other boys.", "Omar Haddad"),
])
def test_no_membership_is_read_from_a_group_the_person_opposed_left_or_only_met(text, name):
    assert _code(text, name) not in _group_codes(text)


def test_a_title_of_office_is_not_shared_by_a_coordinated_name():
    text = "The Taliban spokesman, Zabihullah Mujahid and Ashraf Ghani both spoke on Monday."
    assert _code(text, "Ashraf Ghani") not in _group_codes(text)

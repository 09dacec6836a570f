"""Issue 16, round 34 (evrecall34): event recall. A past participle with a by-agent on a noun that names an act ("a
ceasefire ordered by X", "a pullout promised by Y", "an accusation refuted by Z") is a reduced passive relative
clause (Quirk et al. 1985, ch. 17) that reports the agent's stance on that act (CAMEO roots 02, 03, 10-13) when
the agent is a named person or a coded actor of a state; the description filter leaves it to the coder. A
participle on a noun that names a person or thing ("images released by", "fighters backed by") stays a
description. The sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.extract.eventcoding.descriptions import _in_description
from tests.event_helpers import parties

PUBLISHED = "2021-05-12"


def _participle(text: str, word: str):
    return next(t for t in nlp.parse(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fighting resumed despite a truce ordered by the African Union last week.", "ordered"),
        ("Critics attacked the pullout promised by President Kenyatta.", "promised"),
        ("The minister repeated an accusation rejected by Kenya on Monday.", "rejected"),
        ("The rebels broke an agreement denounced by Qatar in March.", "denounced"),
    ],
)
def test_a_participle_with_its_doer_on_an_act_noun_is_no_description(text, word):
    assert not _in_description(_participle(text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The court studied images released by the ministry.", "released"),  # a thing, no act
        ("Villagers fled from fighters backed by Uganda.", "backed"),  # people described
        ("Critics attacked the pullout promised last year.", "promised"),  # no doer named
        ("Regulators dropped charges denied by the company.", "denied"),  # a doer with no state: no coded actor
        ("The ministry published an inquiry conducted by Kenya.", "conducted"),  # the noun's own act carried out
    ],
)
def test_other_participles_on_nouns_stay_descriptions(text, word):
    assert _in_description(_participle(text, word))


def test_an_accusation_rejected_by_a_state_is_its_rejection():
    found = parties("Ethiopia repeated an accusation rejected by Kenya on Monday.", "rejected", "REJECT",
                    published=PUBLISHED)
    assert found and found[0][0] == "Kenya"


def test_a_pullout_promised_by_a_president_is_his_promise():
    found = parties("Opposition leaders criticised a troop pullout promised by Uhuru Kenyatta.", "promised", "AGREE",
                    published=PUBLISHED)
    assert found and found[0][0] == "Uhuru Kenyatta"

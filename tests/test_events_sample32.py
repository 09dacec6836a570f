"""Issue 16, round 32 (evsample32): custody named as a state. A verb of holding people in custody (non_acts.json
custody_state_verbs: WordNet detain.v.01, hold.v.07, imprison.v.01, intern.v.01, confine.v.02) as a bare participle
after its noun, undated and with no occasion, in a sentence whose main verb is in the present, names people by where
they are now, not the act of taking (CAMEO 173, 181): no event. Finite clauses ("are being held": the Guardian gold's
custody convention), the past and a participle with a date or an occasion stay. The sentences are invented for the
tests, not taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import assert_coded, assert_no_event

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2024-05-02"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("What to do with the 3,000 fighters detained in the northern camps continues to divide the coalition.",
         "detained"),
        ("The fate of the foreign women detained in the camps remains a problem for their governments.", "detained"),
    ],
)
def test_a_participle_naming_people_in_custody_is_no_event(text, trigger):
    assert_no_event(text, trigger, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, trigger, typ",
    [
        ("Police detained three protesters outside the parliament on Monday.", "detained", "COERCE"),
        ("The two journalists were detained by security forces in the capital.", "detained", "COERCE"),
        ("The activists detained after Friday's raid remain in custody, their lawyers said.", "detained", "COERCE"),
        ("The men detained in the capital on Monday are due in court.", "detained", "COERCE"),
        ("The fighters detained in the northern camps were questioned by the coalition.", "detained", "COERCE"),
        ("The two aid workers are being held by the militia, their families say.", "held", "COERCE"),
    ],
)
def test_the_act_and_the_finite_clause_stay(text, trigger, typ):
    assert_coded(text, trigger, typ, published=PUBLISHED)

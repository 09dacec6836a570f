"""Round 34 (evplover34). Aid forbidden (verb_senses.tsv "Aid forbidden or stopped"): "prohibit", "ban" and
"forbid" with "aid" are CAMEO 162 "Reduce or stop material aid" (PLOVER SANCTION, mode "discontinue"), a row that
names the sense, so the act keeps a curated verb's confidence and is stored; a law that forbids aid stays no act.
A riot is CAMEO 145 (overrides.tsv, core_verbs.tsv). Sentences written for the test."""
from __future__ import annotations

import pytest

from tests.event_helpers import describe_events, extract_events

PUBLISHED = "2011-05-04"


@pytest.mark.parametrize("text, trigger", [
    ("Germany announced on Tuesday it would prohibit all aid to the military junta in Myanmar.", "prohibit"),
    ("Japan banned aid to the rebels in Sudan after the massacre.", "banned"),
    ("Canada forbade any aid to the Libyan rebels.", "forbade"),
])
def test_forbidding_aid_is_a_stored_sanction(text, trigger):
    rec, events = extract_events(text, published=PUBLISHED)
    assert any(e.trigger == trigger and e.type == "SANCTION" and e.cameo.startswith("162") for e in events), \
        describe_events(rec, events)


def test_a_law_forbidding_aid_is_no_act():
    rec, events = extract_events("The new law bans aid to unregistered charities in the region.", published=PUBLISHED)
    assert not any(e.trigger == "bans" for e in events), describe_events(rec, events)


@pytest.mark.parametrize("text, trigger", [
    ("Workers rioted at the textile factory over unpaid wages.", "rioted"),
    ("Hundreds of students rioted in the capital after the verdict.", "rioted"),
])
def test_a_riot_is_a_stored_protest(text, trigger):
    """Round 34, riot (overrides.tsv, core_verbs.tsv): CAMEO 145 "Protest violently, riot" is kept, whoever riots."""
    rec, events = extract_events(text, published=PUBLISHED)
    assert any(e.trigger == trigger and e.type == "PROTEST" for e in events), describe_events(rec, events)

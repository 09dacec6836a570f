"""Issue 16, nineteenth round (evagree19): an agreement reached or struck is AGREE (verb_senses.tsv: "reach
&TREATY", "strike deal"; signing stays SUPPORT, CAMEO 057), and the party an agreement noun's "with" phrase names is
the act's target (arguments._agreement_counterpart), or its source when the agreement is reached in the passive with
no by-agent; not a deal of commerce, court or sport. Sentences written for the test."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

PUB = "2018-04-12"


def _events(text: str) -> list[tuple]:
    rec, events = extract_events(text, published=PUB)
    return [((e.trigger or "").lower(), e.type, actor_name(rec, e.source), actor_name(rec, e.target))
            for e in events]


def _by_trigger(text: str, trigger: str) -> tuple | None:
    return next((e for e in _events(text) if e[0] == trigger), None)


def test_an_agreement_reached_is_agree_with_its_counterpart():
    e = _by_trigger("Turkey reached an agreement with Russia on Tuesday to end the fighting in the province.",
                    "reached")
    assert e is not None and e[1] == "AGREE" and e[2] == "Turkey" and e[3] == "Russia"


def test_a_passive_agreement_names_its_party():
    e = _by_trigger("The Red Cross said on Monday that an agreement was reached with Jordan last week.", "reached")
    assert e is not None and e[1] == "AGREE" and e[2] == "Jordan"


def test_a_denounced_agreement_is_aimed_at_its_counterpart():
    e = _by_trigger("The Hungarian prime minister denounced the agreement signed last year with the European "
                    "Union.", "denounced")
    assert e is not None and e[3] == "European Union"


@pytest.mark.parametrize("text, trigger", [
    ("The defendant reached a plea deal with prosecutors in Ohio on Tuesday.", "reached"),
    ("The singer signed a record deal with Sony Music last year.", "signed"),
])
def test_a_commercial_or_court_deal_has_no_counterpart(text, trigger):
    e = _by_trigger(text, trigger)
    assert e is None or e[3] is None

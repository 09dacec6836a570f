"""Issue 16, round 34 (evtarget34): the target of an event, class F of the wrong-target census (the right party
named with a quantifier or by the wrong kind of noun phrase).
1. A name in apposition to the region that locates a role noun names the role's holder: "an embargo on a fellow US
   ally in the Gulf, Qatar" is aimed at Qatar, not the US (events.actors._appositive_past_region; Quirk et al.
   1985 17.65-17.72: the appositive follows its anchor's whole noun phrase). Not the address form "in Kabul,
   Afghanistan" (a place without an article, its country after it).
2. A described plural group is named without its count and postdeterminer: "Other westerners were held hostage"
   falls on westerners (events.described._group_start; Quirk et al. 1985 5.17-5.23, as actors._name_start names a
   new group); a singular description keeps its article.
Sentences invented for the tests (no evaluation sentence)."""

from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events


def _targets(text: str, typ: str) -> list[str | None]:
    rec, events = extract_events(text, published="2018-05-10")
    return [actor_name(rec, e.target) for e in events if e.type == typ]


@pytest.mark.parametrize("text, typ, target", [
    ("Saudi Arabia has imposed a trade embargo on a fellow US ally in the Gulf, Qatar.", "SANCTION", "Qatar"),
    ("Iran threatened a key US partner in the Middle East, Israel.", "THREATEN", "Israel"),
])
def test_a_name_past_the_region_is_the_role_holder(text, typ, target):
    assert _targets(text, typ) == [target]


def test_an_address_form_is_no_apposition_to_the_role():
    assert "Afghanistan" not in _targets("The Taliban attacked foreign troops in Kabul, Afghanistan.", "ASSAULT")


@pytest.mark.parametrize("text, target", [
    ("It was a brutal regime. Other westerners were held hostage and tortured.", "westerners"),
    ("Several foreign journalists were kidnapped in the north.", "foreign journalists"),
])
def test_a_described_group_is_named_without_its_postdeterminer(text, target):
    assert _targets(text, "ASSAULT") == [target]

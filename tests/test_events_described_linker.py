"""Issue 16, ninth round (evactors2): one linker of a described person to the name given later
(events._link_described_persons). A headline's described suspect, charged, is the person the text names after it;
a later sentence that charges the named person again retells the headline's act, whatever other verb of custody
comes between. Invented texts."""
from __future__ import annotations

import pytest

from tests.event_helpers import actor_name, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence


def test_a_charge_retold_on_the_name_after_an_arrest_names_the_headline_suspect():
    text = ("Riverton man charged with burglary\n\nA retired teacher was held on Thursday, police said. "
            "Martin Okafor, 64, was arrested at his home on Thursday. "
            "Okafor was charged with two counts of burglary on Friday.")
    rec, events = extract_events(text, published="2018-05-10")
    custody = [(e.trigger, actor_name(rec, e.target)) for e in events if e.type == "COERCE"]
    assert custody and custody[0][1] == "Martin Okafor", custody
    assert not any(t in {"Riverton man", "man"} for _, t in custody), custody

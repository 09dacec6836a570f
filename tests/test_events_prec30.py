"""Issue 16, round 30 (evprec30): two narrow retellings, each one event at its first clear mention
(event-annotation.md: "once per event (its first clear mention; other clear mentions of the same event are the same
event)"). (1) An agentless later mention of taking a named person into custody (word class retold_custody_verbs),
the person already reported taken earlier in the article, with no date of its own that differs, retells that arrest
(events.mentions._retold_custody). (2) A request told again by the same speaker to the same addressee, where a
leader or an executive office (CAMEO role GOV, word class state_voice_roles) and its state are one party, retells
it unless another date governs it (events.mentions._retold_request). The sentences are invented for the tests, not
taken from any article."""

from __future__ import annotations

import pytest

from tests.event_helpers import describe_events, extract_events

pytestmark = pytest.mark.usefixtures("keep_all")  # every event, whatever its confidence
PUBLISHED = "2024-05-02"


def _events(text: str, typ: str, triggers: set[str]):
    rec, events = extract_events(text, published=PUBLISHED)
    return rec, [e for e in events if e.type == typ and e.trigger in triggers]


@pytest.mark.parametrize(
    "text",
    [
        "Marko Petrovic was arrested by border police near Subotica on Tuesday, officials said. "
        "His lawyer said Petrovic was arrested without a warrant.",
        "Kurdish fighters captured Samir Haddad in Raqqa last week. "
        "Haddad was captured while trying to cross into Turkey, a spokesman said.",
    ],
)
def test_an_agentless_retelling_of_an_arrest_is_one_event(text):
    rec, found = _events(text, "COERCE", {"arrested", "captured"})
    assert len(found) == 1, describe_events(rec, rec.events)
    assert found[0].source is not None, describe_events(rec, rec.events)


@pytest.mark.parametrize(
    "text",
    [
        # a date of its own that cannot be the first mention's: another arrest
        "Marko Petrovic was arrested by border police near Subotica on Tuesday, officials said. "
        "Petrovic was also arrested in 2015 on smuggling charges.",
        # a new agent: not an agentless retelling
        "Marko Petrovic was arrested by border police near Subotica on Tuesday, officials said. "
        "In March, Petrovic was arrested by Hungarian police in Szeged.",
    ],
)
def test_an_arrest_with_its_own_date_or_agent_stays(text):
    rec, found = _events(text, "COERCE", {"arrested"})
    assert len(found) == 2, describe_events(rec, rec.events)

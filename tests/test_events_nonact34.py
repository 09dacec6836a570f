"""Issue 16, round 34 (evnonact34): acts told as possible, not as done (the census's largest class of false events that
are no acts). (1) A copula with an adjective of feeling or possibility governs the clause that complements it at any
level of the sentence, the extraposed "it was possible for X to V" included (non_acts._adjective_governs; Quirk et al.
1985, 16.69-16.82, 18.33-18.36); an adverbial clause ("was pleased when he heard ... and blamed") is no complement.
(2) The modal "can" of ability and possibility makes an act hypothetical, not when negated ("cannot allow": a refusal
voiced now; modality._ability, word class ability_aux; Quirk 4.50-4.51); a clause under a verb of knowing or thinking
is no statement of its own possible act (filters._thought_not_told). (3) A verb of denial whose only complement is a
dependent yes/no question denies nothing (non_acts._denies_a_question; Quirk 15.4-15.5). (4) A non-specific event noun
guarded against by a noun of protection names no act (nominal._guarded_against, word class protection_nouns). The
sentences are invented for the tests, not taken from any article."""

from __future__ import annotations

import pytest

from newsledger.extract.eventcoding import dictionary as D
from newsledger.extract.eventcoding.modality import modality_of
from newsledger.extract.eventcoding.nominal import _guarded_against
from newsledger.extract.eventcoding.non_acts import _denies_a_question, _governing_clause_reports_no_act
from newsledger.extract.events.filters import _thought_not_told
from newsledger.nlp import parse


def _tok(text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The minister said it was possible for Hungary to suspend its treaty with Serbia.", "suspend"),
        ("The envoy told reporters it was likely that the army would attack the port.", "attack"),
        ("She said it was unlikely for the rebels to release the hostages this week.", "release"),
    ],
)
def test_an_act_under_an_embedded_adjective_of_possibility_is_no_act(text, word):
    assert _governing_clause_reports_no_act(_tok(text, word), D.non_acts())


@pytest.mark.parametrize(
    "text, word",
    [
        ("The farmer said he was pleased when he heard the verdict and blamed the police for the delay.", "blamed"),
        ("The minister said the army attacked the port on Monday.", "attacked"),
    ],
)
def test_an_act_beside_or_outside_the_adjective_stays(text, word):
    assert not _governing_clause_reports_no_act(_tok(text, word), D.non_acts())


@pytest.mark.parametrize(
    "text, word, modality",
    [
        ("The general knows he can shell the town from the hills.", "shell", "hypothetical"),
        ("Analysts say the navy can blockade the port within a day.", "blockade", "hypothetical"),
        ("We cannot allow the militia to seize the airport.", "allow", None),
        ("I can assure you that our troops will stay in the region.", "assure", None),
        ("We can confirm that the ministry has expelled the envoy.", "confirm", None),
        ("They can promise the rebels safe passage if the talks succeed.", "promise", "hypothetical"),
        ("The navy blockaded the port on Monday.", "blockaded", None),
    ],
)
def test_an_act_of_ability_is_hypothetical_unless_negated(text, word, modality):
    assert modality_of(_tok(text, word)) == modality


@pytest.mark.parametrize(
    "text, word, thought",
    [
        ("The general knows he can shell the town from the hills.", "shell", True),
        ("The colonel believes his men could storm the base.", "storm", True),
        ("The general said he could shell the town from the hills.", "shell", False),
    ],
)
def test_a_clause_known_or_thought_is_not_told(text, word, thought):
    assert _thought_not_told(_tok(text, word)) is thought


@pytest.mark.parametrize(
    "text, word, question",
    [
        ("The ministry refused to confirm or deny whether its jets had struck the convoy.", "deny", True),
        ("The spokesman would neither confirm nor deny whether the envoy had left.", "deny", True),
        ("The ministry denied that its jets had struck the convoy.", "denied", False),
        ("The ministry denied the report.", "denied", False),
    ],
)
def test_a_denial_of_a_question_denies_nothing(text, word, question):
    tok = _tok(text, word)
    dobj = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
    assert _denies_a_question(tok, tok.lemma_.lower(), dobj, D.non_acts()) is question


@pytest.mark.parametrize(
    "text, word, guarded",
    [
        ("The treaty serves as insurance against Ukrainian attack.", "attack", True),
        ("The wall was built as a shield against any invasion from the north.", "invasion", True),
        ("Villagers sought protection from the bombing of the market.", "bombing", False),
        ("Villagers sought protection from the army's shelling.", "shelling", False),
        ("Villagers fled from an attack on the market.", "attack", False),
    ],
)
def test_an_act_guarded_against_is_no_act(text, word, guarded):
    assert _guarded_against(_tok(text, word)) is guarded


@pytest.mark.usefixtures("keep_all")
def test_a_capability_told_by_the_outlet_is_no_event():
    from tests.event_helpers import extract_events

    _, events = extract_events("The general knows he can shell the rebel town of Idlib from the hills.",
                               published="2024-05-02")
    assert not [e for e in events if e.trigger == "shell"]

"""Issue 16 fourteenth round (evnoact): thoughts that report no act. A verb of thinking in the active
perfect ("has suggested") is a thought like the simple past, only the passive is the reporter's hedge; the adjectives
of belief and doubt ("sceptical", "convinced": non_acts.json feeling_adjectives). A verb of knowing is no such
head: "know" is factive ("we now know the bureau is investigating" asserts the act; the gate failed a rule on it).
Sentences written for the test."""
from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.extract.eventcoding.coder import code_sentence
from newsledger.extract.quotes import speech_verbs


def _triggers(text: str) -> set[str]:
    doc = nlp.parse(text)
    return {e.trigger.lower_ for s in doc.sents for e in code_sentence(s, speech_verbs())}


@pytest.mark.parametrize("text, trigger", [
    ("The minister has suggested that the sanctions might persuade the junta to release the prisoners.", "release"),
    ("Analysts have suggested the embargo could force the rebels to negotiate.", "negotiate"),
    ("The mayor is sceptical that the governor will attack the council over the budget.", "attack"),
    ("Many residents are convinced the militia will kidnap more farmers.", "kidnap"),
])
def test_thought_or_knowledge_reports_no_act(text, trigger):
    assert trigger not in _triggers(text)


@pytest.mark.parametrize("text, trigger", [
    ("The soldier is believed to have been killed by rebels near the border.", "killed"),  # the reporter's hedge
    ("The prosecutor knew that the police had arrested the two journalists.", "arrested"),  # a past act known
    ("The villagers knew the army shelled the market on Sunday.", "shelled"),
    ("The gang is known to have kidnapped several farmers in the hills.", "kidnapped"),
    ("Everyone knows the army is shelling the villages in the valley.", "shelling"),  # going on
    ("It is understood that the two presidents will meet in Geneva next week.", "meet"),  # hearsay: a plan
    ("Police arrested the two journalists on Sunday.", "arrested"),
    ("The health ministry has estimated that 300 people were killed in the shelling.", "killed"),  # a count
    ("Officials estimated that 40 villagers had been kidnapped by the gang.", "kidnapped"),
])
def test_reported_act_stays(text, trigger):
    assert trigger in _triggers(text)


def _all_triggers(text: str) -> set[str]:
    """Verb and noun triggers of every sentence (the coder, then nominal_events on the same sentence)."""
    from newsledger.extract.eventcoding.nominal import nominal_events
    doc = nlp.parse(text)
    out = set()
    for s in doc.sents:
        verbs = code_sentence(s, speech_verbs())
        out |= {e.trigger.lower_ for e in verbs}
        out |= {e.trigger.lower_ for e in nominal_events(s, verbs)}
    return out


@pytest.mark.parametrize("text, trigger", [
    ("The ministry did not deny the reports of a raid.", "deny"),  # a negated refusal verb: no refusal
    ("The ambassador has not ruled out a conflict with the alliance.", "rule"),
    ("The council never rejected the peace plan.", "rejected"),
    ("Croatia agreed to back the government if the sanctions were put into place.", "sanctions"),  # a condition
    ("Tehran said it would stand by Damascus in the event of an attack by the coalition.", "attack"),
])
def test_negated_refusal_or_condition_reports_no_act(text, trigger):
    assert trigger not in _all_triggers(text)


@pytest.mark.parametrize("text, trigger", [
    ("The ministry denied the reports of a raid on the camp.", "denied"),
    ("The council rejected the peace plan on Monday.", "rejected"),
    ("The rebels will not accept the ceasefire.", "accept"),  # a refusal voiced now
    ("A US strike on the airbase in the north on Sunday left the runway in ruins.", "strike"),  # a real strike
    ("In the case of the attack on the convoy, police arrested two men.", "arrested"),  # 'as regards', no condition
])
def test_refusal_and_reported_noun_stay(text, trigger):
    assert trigger in _all_triggers(text)

"""Issue 16 round 36 (evverbs36): the automatic tallies of scripts/events_verbs_census.py (the verb class of a
missed gold event with no raw event, the CAMEO group's root, the pattern that nearly matched) and its refusal to
write item-level output off tune-a. Sentences written for the test."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsledger.extract.events as E
from newsledger import nlp
from tests.script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "events_verbs_census.py"


@pytest.fixture()
def census():
    plain = E.code_sentence, E.nominal_events
    sys.path.insert(0, str(SCRIPT.parent))
    mod = load_script(SCRIPT)
    yield mod
    E.code_sentence, E.nominal_events = plain  # the script wraps them at import to log raw events
    sys.path.remove(str(SCRIPT.parent))


def _row(step: str, lemma: str = "make", near=()) -> dict:
    return dict(step=step, lemma=lemma, span_near=list(near), wn_first="verb.social", verb_code=None, in_verbs=True,
                span_verbs=[])


def test_item_output_is_refused_off_tune_a(census):
    with pytest.raises(SystemExit):
        census.main("tune-b", "/tmp/never_written.json")


def test_verb_class_puts_the_pattern_evidence_first(census):
    near = [("give", {"synonym": ("help", {"aid": "070"})})]
    assert census.verb_class(_row("no code (entry without default)", "give", near)) == \
        "object a synonym of a pattern noun"
    assert census.verb_class(_row("pure speech")) == "speech"
    assert census.verb_class(_row("no code (entry without default)", "continue")) == "aspectual head"
    assert census.verb_class(_row("no code (entry without default)")) == "entry without default: verb.social"


def test_group_root_needs_one_root_for_most_patterns(census):
    assert census.group_root("make") == "no clear root"  # visits, preparations for invasion, peace, losses
    assert census.group_root("noverbsuchas") == "not in dictionary"


def test_near_pattern_reads_a_synonym_of_the_objects_noun(census):
    from wordnet30 import WordNet
    doc = nlp.parse("The government gave help to the flood victims.")
    verb = next(t for t in doc if t.lemma_ == "give")
    near = census.near_pattern(WordNet(), verb)
    assert near["synonym"][0] == "help" and "070" in near["synonym"][1].values()


def test_counts_print_tallies_and_no_item(census, capsys):
    census.counts([_row("no code (entry without default)", "make"), _row("pure speech", "say")])
    out = capsys.readouterr().out
    assert "## class" in out and "1\tspeech" in out and "1\tno clear root" in out

"""Issue 16 round 39 (evfull39): the keys of scripts/events_fullright_census.py (which field of a matched event is
wrong, where its trigger stands against the gold mention, the events sample's field labels) and its refusal to
list items off tune-a or to read the check half. Sentences and rows written for the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.eval.suites.events_sample import Judged
from tests.script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "events_fullright_census.py"


@pytest.fixture(scope="module")
def census():
    mod = load_script(SCRIPT)
    return mod


def test_fields_name_each_wrong_field(census):
    assert census.fields(True, True, True) == ""
    assert census.fields(False, True, True) == "S"
    assert census.fields(True, False, False) == "TZ"
    assert census.fields(False, False, False) == "STZ"


def test_anchor_is_the_trigger_inside_the_gold_mention(census):
    text = "The ministers met in Geneva. Rebels shelled the town on Monday, officials said."
    start = text.index("Rebels")
    end = text.index(" on Monday")
    assert census.anchored(text, "shelled", start, end)
    assert not census.anchored(text, "said", start, end)
    assert not census.anchored(text, "shell", start, end)  # a whole word only
    assert not census.anchored(text, None, start, end)


def _row(article: str, source: str, target: str, status: str, act: str = "right") -> Judged:
    return Judged(article, 0, 5, "ASSAULT", act, "-", source, target, status, "-")


def test_sample_counts_right_acts_by_field_label(census):
    aid = next(f"guardian-{i}" for i in range(1000) if census.select([str(i)], lambda x: x, "tune-a"))
    rows = [_row(aid, "right", "missing", "right"), _row(aid, "none", "right", "wrong"),
            _row(aid, "right", "none", "right"), _row(aid, "wrong", "wrong", "right", "no-act")]
    counts = census.sample_counts("tune-a", rows)
    assert counts["right act"] == 3  # the no-act row is no right act
    assert counts["fully right"] == 1
    assert counts["fields T"] == 1 and counts["target missing"] == 1
    assert counts["fields Z"] == 1 and counts["status wrong"] == 1


def test_items_and_check_half_are_refused(census):
    with pytest.raises(SystemExit):
        census.census("guardian", "tune-b", Path("."), True)
    with pytest.raises(SystemExit):
        census.sample_counts("check")
    with pytest.raises(SystemExit):
        census.main(["guardian", "check"])

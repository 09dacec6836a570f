"""The quotes sample's census by mechanism (scripts/quotes_sample_census.py, round 54): each not-strict row keyed by
its labels, kind and reason (rows made up for the test; no article text)."""
from __future__ import annotations

import sys
from pathlib import Path

from newsledger.eval.suites.quotes_sample import Judged

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import quotes_sample_census as census  # noqa: E402


def _row(kind: str, labels: str, reason: str, article: str = "guardian-1") -> Judged:
    attribution, content, speaker = labels.split("/")
    return Judged(article, 0, 10, kind, None, None, attribution, content, speaker, reason)


def test_a_quoted_fragment_inside_reported_speech():
    row = _row("partial", "yes/partial/right", "quoted word inside reported speech; the content is the whole clause")
    assert census.mechanism(row) == census.FRAGMENT


def test_a_partial_kind_row_with_an_exact_content_is_a_speaker_failure():
    row = _row("partial", "yes/exact/wrong", "spoke of with a quoted noun phrase; a state for a former ambassador")
    assert census.mechanism(row) == "speaker: a body or state for the person"


def test_not_an_attribution_by_its_reason():
    assert census.mechanism(_row("indirect", "no/-/-", "evidence (images) showing a fact")) \
        == "not: evidence showing or indicating a fact"
    assert census.mechanism(_row("indirect", "no/-/-", "a career event in the passive")) == "not: other"


def test_a_pronoun_with_no_actor_whatever_the_reason():
    row = _row("indirect", "yes/exact/none", "object of a wanting verb; the record gives the bare pronoun")
    assert census.mechanism(row) == "speaker: a pronoun with no actor"


def test_a_relaying_source_comes_before_the_state_it_resolves_to():
    row = _row("indirect", "yes/exact/wrong", "according to; the record resolves the state news agency to its state")
    assert census.mechanism(row) == "speaker: a relaying or nested source"


def test_content_edges_and_the_residue():
    assert census.mechanism(_row("indirect", "yes/partial/right", "a coordinated second content left out")) \
        == "short: a coordinated second content left out"
    assert census.mechanism(_row("indirect", "yes/partial/-", "run on into a coordinated predicate of the writer's")) \
        == "long: run on into a predicate coordinated with the cue's clause"
    assert census.mechanism(_row("direct", "yes/partial/right", "cut inside its last sentence")) \
        == "short: other (cut inside, the subject or an inner cue left out)"


def test_census_counts_rows_and_articles_of_the_failures_only():
    rows = [_row("partial", "yes/partial/right", "quoted fragment inside a that-clause", "guardian-1"),
            _row("partial", "yes/partial/right", "quoted fragment inside a that-clause", "guardian-2"),
            _row("indirect", "yes/exact/right", "that-clause of a speech verb", "guardian-3")]
    counts, articles = census.census(rows)
    assert counts == {census.FRAGMENT: 2}
    assert articles[census.FRAGMENT] == {"guardian-1", "guardian-2"}

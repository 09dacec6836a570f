"""Regression floors for the foundation's measured figures (see the README's measurements)."""
from newsledger.eval.runner import run
from newsledger.eval.split import select


def by(scores, component, dataset_prefix):
    return next(s for s in scores if s.component == component and s.dataset.startswith(dataset_prefix))


def test_reference_entities_and_actors(corpus):
    scores = run(corpus, ["entities", "actors"], ["reference"])
    ents = by(scores, "entities", "reference")
    assert ents.recall == 1.0 and ents.extra["type_accuracy"] == 1.0
    assert by(scores, "actors", "reference").value == 1.0


def test_gum_names_only(corpus):
    """Floors at the check half's levels (names F1 0.671, clustering B3 F1 0.839)."""
    scores = run(corpus, ["entities"], ["gum"])
    assert by(scores, "entities", "gum").f1 >= 0.65
    assert by(scores, "actors", "gum").f1 >= 0.82


def test_tune_quarters_partition_the_tune_half():
    """tune-a and tune-b are disjoint, together the tune half, and never touch the check half."""
    ids = [f"item-{i}" for i in range(400)]
    tune, check = set(select(ids, str, "tune")), set(select(ids, str, "check"))
    a, b = set(select(ids, str, "tune-a")), set(select(ids, str, "tune-b"))
    assert a and b and not a & b and a | b == tune and not tune & check


def test_check_half_withholds_item_details(monkeypatch):
    """On the check half a suite's item-by-item details (misses, failures) are withheld; on the tune half they stay."""
    from pathlib import Path
    from types import SimpleNamespace

    from newsledger.eval import runner
    from newsledger.eval.metrics import Score

    def fake_run(corpus, limit, split):
        details = {"partial": 1, "misses": [["a-1", "X", ["Y"]]]}
        return [Score("brief", "invented", "who", value=0.5, n=2, extra=details)]

    suite = SimpleNamespace(COMPONENT="brief", DATASET="invented", run=fake_run)
    monkeypatch.setattr(runner, "all_suites", lambda: [suite])
    check = runner.run(Path("."), split="check")
    tune = runner.run(Path("."), split="tune")
    assert check[0].extra == {"partial": 1}
    assert tune[0].extra["misses"] == [["a-1", "X", ["Y"]]]

"""Regression floors for the foundation's measured figures (see the README's measurements)."""
from newsledger.eval.runner import run


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

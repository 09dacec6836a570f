"""The extractor registry: components run in the order their declarations imply."""
import pytest

from newsledger.pipeline import COMPONENTS, GIVEN, ORDER, Component, ordered


def _c(name, assigns, requires=()):
    return Component(name, lambda doc, record: None, tuple(assigns), tuple(requires))


def test_registry_order_satisfies_every_declaration():
    have = set(GIVEN)
    for c in ORDER:
        assert set(c.requires) <= have, c.name
        have.update(c.assigns)
    assert {c.name for c in ORDER} == {c.name for c in COMPONENTS}


def test_order_follows_requirements_not_listing():
    got = ordered([_c("b", ["y"], ["x"]), _c("a", ["x"]), _c("c", ["z"])])
    assert [c.name for c in got] == ["a", "b", "c"]


def test_missing_part_and_cycle_are_named():
    with pytest.raises(ValueError, match="'b' requires w"):
        ordered([_c("b", ["y"], ["w"])])
    with pytest.raises(ValueError, match="require each other"):
        ordered([_c("a", ["x"], ["y"]), _c("b", ["y"], ["x"])])

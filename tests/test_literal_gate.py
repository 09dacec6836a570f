"""newsledger.literal_gate: the literals a pattern requires, and a gated search that answers as the pattern does."""
import re

from newsledger.literal_gate import Gate, gate, required_literals


def test_required_literals_of_alternations_groups_and_repeats():
    assert required_literals(re.compile(r"\b(?:captur\w*|took control|fell to)", re.I)) == {
        "captur", "took control", "fell to"}
    assert required_literals(re.compile(r"(?:was|were)\s+behind")) == {"behind"}  # the longest run of a sequence
    assert required_literals(re.compile(r"(?:attack)+ed")) == {"attack"}  # a repeat taken at least once
    assert required_literals(re.compile(r"\w+ly|behind")) is None  # an alternative with no literal
    assert required_literals(re.compile(r"(?:attack)?on")) is None  # too short a literal alone
    assert required_literals(re.compile("caf\u00e9s? owner")) == {" owner"}  # ASCII literals only


def test_gate_drops_literals_holding_another():
    g = gate(re.compile(r"defeat\w*|defeated|Routed"), re.compile(r"routed by"))
    assert g.literals == ("defeat", "routed")
    assert gate() is None and gate(re.compile(r"\d+")) is None


def test_gated_search_answers_as_the_pattern():
    pattern = re.compile(r"\b(?:captur\w*|took control|fell to)", re.I)
    g = gate(pattern)
    texts = ["The town FELL TO the rebels.", "Forces captured it.", "Nothing happened here.", "",
             "Capture\u017f were made", "It was TOOK control"]
    for text in texts:
        want, got = pattern.search(text), pattern.search(text) if g.passes(text) else None
        assert (want and want.span()) == (got and got.span())
    assert not Gate({"fell to"}).passes("the town fell, to")
    assert Gate({"sto"}).passes("\u017ft\u00f3")  # "ſ" matches "s" case-insensitively: such a text passes


def test_gated_pattern_answers_as_the_pattern_in_every_method():
    from newsledger.literal_gate import GatedPattern, gated

    pattern = re.compile(r"\b(?:captur\w*|took control|fell to)", re.I)
    rx = gated(pattern)
    assert isinstance(rx, GatedPattern) and rx.pattern == pattern.pattern and rx.flags == pattern.flags
    assert gated(re.compile(r"\d+")).pattern == r"\d+" and not isinstance(gated(re.compile(r"\d+")), GatedPattern)
    for text in ["The town FELL TO the rebels.", "Forces captured it, then captured more.", "Nothing happened.",
                 "", "Capture\u017f were made", "took control"]:
        span = lambda m: m and m.span()  # noqa: E731
        assert span(rx.search(text)) == span(pattern.search(text))
        assert span(rx.search(text, 3)) == span(pattern.search(text, 3))
        assert span(rx.match(text)) == span(pattern.match(text))
        assert span(rx.fullmatch(text)) == span(pattern.fullmatch(text))
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert rx.findall(text) == pattern.findall(text)
        assert rx.sub(lambda m: " " * len(m.group()), text) == pattern.sub(lambda m: " " * len(m.group()), text)
        assert rx.split(text) == pattern.split(text)
    assert rx.groupindex == pattern.groupindex  # anything else is the pattern's own

"""A compiled regex searched only when a literal word it requires is in the text: most texts name none of a long
alternation's words, and looking for its literals in the lowercased text (str's substring test) rules them out in a
fraction of the time the pattern takes to try every alternative at every word boundary.

The literals are derived from the pattern (`required_literals`): one of them is in every match, so a text without
any has no match, and a search made only in texts the Gate passes answers as the pattern does. The test is
case-insensitive whatever the pattern's flags, which only lets more texts through to the pattern; only ASCII
literals are used, and a text with a character that a case-insensitive pattern matches to an ASCII letter but
str.lower() does not lower to it ("ſ", "ı", "İ") always passes.
"""
from __future__ import annotations

import re
from re import _constants as C
from re import _parser

# A literal shorter than this rules out too few texts to pay for the extra search.
MIN_LITERAL = 3

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
# Characters an IGNORECASE pattern matches to an ASCII letter that str.lower() does not lower to that letter.
_UNLOWERED = re.compile("[\u017f\u0131\u0130]")


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, each at least MIN_LITERAL long; None when the
    pattern has no such set (a match may be made of classes, or one alternative has no literal)."""
    return _required(_parser.parse(pattern.pattern, pattern.flags & ~re.DEBUG))


def _required(seq) -> frozenset[str] | None:
    """The best literal set of a parsed sequence: a run of its literal characters, or the set a group, a branch
    or a repeat taken at least once requires; the one whose shortest literal is longest."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in seq:
        if op is C.LITERAL and av < 128:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        inner = _item(op, av)
        if inner is not None:
            options.append(inner)
    if run:
        options.append(frozenset({"".join(run)}))
    options = [o for o in options if min(map(len, o)) >= MIN_LITERAL]
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def _item(op, av) -> frozenset[str] | None:
    """The literal set a group, a branch or a repeat requires; None for anything else (classes, anchors,
    lookarounds, back references)."""
    if op is C.SUBPATTERN:
        return _required(av[3])
    if op is C.ATOMIC_GROUP:
        return _required(av)
    if op is C.BRANCH:
        branches = [_required(b) for b in av[1]]
        return None if any(b is None for b in branches) else frozenset().union(*branches)
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])
    return None


class Gate:
    """The literals one of which a text must hold for any of some patterns to match in it."""

    def __init__(self, literals: set[str]):
        lowered = {w.lower() for w in literals}
        # a literal holding another one adds nothing; the shortest first
        self.literals = tuple(sorted((w for w in lowered if not any(v != w and v in w for v in lowered)),
                                     key=lambda w: (len(w), w)))

    def passes(self, text: str) -> bool:
        """Whether `text` may hold a match: it has one of the literals (any case), or a character that lowering
        does not fold as the patterns' case-insensitive matching does."""
        return unfolded(text) or self.holds(text.lower())

    def holds(self, low: str) -> bool:
        """Whether an already lowered text holds one of the literals (for a text lowered once and tested against
        many gates; `unfolded` says when lowering is not enough)."""
        for w in self.literals:  # a plain loop: any() over a generator costs a frame step per literal
            if w in low:
                return True
        return False


def unfolded(text: str) -> bool:
    """Whether `text` has a character that str.lower() does not fold as case-insensitive matching does: every Gate
    passes it."""
    return not text.isascii() and _UNLOWERED.search(text) is not None


def gate(*patterns: re.Pattern) -> Gate | None:
    """The Gate of the patterns' required literals: a text it does not pass has no match of any of them. None when
    there are no patterns or one of them requires no literal."""
    if not patterns:
        return None
    found: set[str] = set()
    for pattern in patterns:
        literals = required_literals(pattern)
        if literals is None:
            return None
        found |= literals
    return Gate(found)


class GatedPattern:
    """A compiled pattern whose every search is made only in a text its Gate passes: the same answers (a text the
    gate rules out holds no match, at any position), without trying a long case-insensitive alternation at every
    word of the many statements that hold none of its words. Anything else is the pattern's own."""

    __slots__ = ("rx", "gate")

    def __init__(self, rx: re.Pattern, gate: Gate):
        self.rx = rx
        self.gate = gate

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    @property
    def flags(self) -> int:
        return self.rx.flags

    def search(self, string: str, *args):
        return self.rx.search(string, *args) if self.gate.passes(string) else None

    def match(self, string: str, *args):
        return self.rx.match(string, *args) if self.gate.passes(string) else None

    def fullmatch(self, string: str, *args):
        return self.rx.fullmatch(string, *args) if self.gate.passes(string) else None

    def finditer(self, string: str, *args):
        return self.rx.finditer(string, *args) if self.gate.passes(string) else iter(())

    def findall(self, string: str, *args):
        return self.rx.findall(string, *args) if self.gate.passes(string) else []

    def sub(self, repl, string: str, count: int = 0):
        return self.rx.sub(repl, string, count) if self.gate.passes(string) else string

    def split(self, string: str, maxsplit: int = 0):
        return self.rx.split(string, maxsplit) if self.gate.passes(string) else [string]

    def __getattr__(self, name: str):
        return getattr(self.rx, name)

    def __repr__(self) -> str:
        return f"GatedPattern({self.rx!r})"


def gated(rx: re.Pattern) -> re.Pattern | GatedPattern:
    """`rx` searched only in the texts its required literals' Gate passes; `rx` itself when it requires none."""
    g = gate(rx)
    return rx if g is None else GatedPattern(rx, g)

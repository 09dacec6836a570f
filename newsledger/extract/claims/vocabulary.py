"""The claim rules' vocabulary: claim topics and their windows (data/quantities/claim_topics.tsv), dispute and
negated cues, speech verbs and their forms, shared negation and update patterns."""
from __future__ import annotations

import re
from functools import lru_cache

from newsledger import literal_gate, resources

FIGURE_KINDS = {"killed", "injured", "arrested", "displaced", "evacuated", "missing"}

# "far from" negates what follows it as "not" does ("Isis is far from defeated")
# "not just / only / merely / simply" opens the additive correlative "not only X but (also) Y" (Quirk et al. 1985,
# ch. 13 on correlative coordination): X is asserted, not negated ("it would not just ethnically cleanse the Kurdish
# population but also ...")
NEGATION = re.compile(r"\b(?:not(?!\s+(?:just|only|merely|simply)\b)|never|no|n't|neither|nor|far from)\b"
                      r"(?:\W+\w+){0,3}\W*$", re.I)

# The scope of a negation is its own clause (Quirk et al. 1985, 10.64: the scope of clause negation extends from the
# negative item to the end of the clause; a clause after it is outside): a negation counts for a topic word only when
# no clause boundary stands between them (issue 14, round 34). Two shapes of boundary, read back from the topic word:
# - a comma-delimited aside is dropped first, so that a negation inside it does not reach the clause around it
#   ("Isis, not the Kurds, captured the town") and one around it still does ("Isis has not, as yet, been defeated");
# - then the clause is cut at the last punctuation mark between clauses ("not far from the front, the SDF captured X").
_ASIDE = re.compile(r",[^,;:.!?()\u2013\u2014]{1,60},")
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]")

# A negative pronoun as the subject ("Nobody in the Donetsk People's Republic has authorized attacks on civilians",
# "no one has taken the town", "none of our forces carried out the strike") negates its clause as "not" does, however
# many words stand between it and the topic word (Quirk et al. 1985, 6.62-6.64 on nobody / no one / none, and 10.60
# on clause negation by a negative subject). At the start of the content or of a clause; not "nobody but / except X"
# (X is asserted). Its scope ends where its clause does (10.64): at a punctuation mark or at a word that opens another
# clause (a relative pronoun, a subordinator): "no one died in the blast which was carried out by X" says nothing
# against the attack (round 33's revision read it so; this is the bound its verdict asked for).
NEGATIVE_SUBJECT = re.compile(r"(?:^|[.;:!?\"\u201c\u201d]\s*|,\s*|\b(?:that|and|but)\s+)"
                              r"(?:nobody|no[\s-]one|none\s+of)\b(?!\s+(?:but|except|else|other\s+than)\b)"
                              r"(?P<clause>[^.;:!?]*)$", re.I)

CLAUSE_OPENER = re.compile(r"[,;:()\u2013\u2014]|\b(?:which|who|whom|whose|that|where|when|while|whereas|although|"
                           r"though|because|after|before|since|until|unless|if|as|but)\b", re.I)


def own_clause(before: str) -> str:
    """The words of a topic word's own clause before it (`before` ends at the topic word): asides dropped, cut at the
    last clause mark."""
    text = _ASIDE.sub(" ", before)
    marks = list(_CLAUSE_MARK.finditer(text))
    return text[marks[-1].end():] if marks else text

# a cue word negated right before a quote's content ("does not believe", "has never accepted that")
NEGATED_CUE = r"\b(?:not|n't|never|no longer)\s+(?:\w+ly\s+)?(?:{cue})\W*(?:that\W*)?$"

# an infinitive or a future right before a topic word: the act is intended, not claimed as done
# a negated universal ("not all Kurds are affiliated with militias", "not every attack was ...") says something of a
# share of a class, neither for nor against anyone's membership or act: no claim (issue 14, tenth round; the
# quantifier reading of "not all", as any grammar gives it)
NOT_ALL = re.compile(r"\bnot\s+(?:all|every|everyone|everybody|each)\b(?:\W+\w+){0,5}\W*$", re.I)

INTENDED = re.compile(r"\b(?:to|will|would|shall|'ll)\s+(?:\w+ly\s+)?$", re.I)

UPDATE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|reached|revised|updated|now stands|has grown)\b",
                    re.I)

WINDOW_DAYS = 3  # figures: two tolls of one event are reported within days of it

# topic claims: a statement of a state of affairs (a group defeated, a town held, who did an attack) stands, and is
# answered, for weeks; a month bounds it so that statements about different phases of a war stay apart
TOPIC_WINDOW_DAYS = 30


@lru_cache(maxsize=1)
def topics() -> dict[str, dict[str, re.Pattern]]:
    out: dict[str, dict[str, re.Pattern]] = {}
    for topic, role, pattern in resources.rows("quantities", "claim_topics.tsv", min_fields=3):
        if role not in {"window", "group-window", "parties-window", "about", "implied", "deflect"}:
            # searched only in a statement holding one of its literal words (newsledger.literal_gate: the same
            # answers; most statements hold none of a role's words)
            out.setdefault(topic, {})[role] = literal_gate.gated(re.compile(r"\b(?:" + pattern + r")", re.I))
    return out


# The roles whose phrase in a statement makes it a claim on the topic (statements._topic_hit), in order.
HIT_ROLES = ("assert", "lose", "fake", "unfinished", "holds", "rout", "exempt")


@lru_cache(maxsize=1)
def hit_gates() -> dict[str, literal_gate.Gate | None]:
    """Per topic, the literal words one of its HIT_ROLES phrases needs (newsledger.literal_gate): a statement the
    gate does not pass has none of them; None where a phrase needs no literal word."""
    return {topic: literal_gate.gate(*(roles[r] for r in HIT_ROLES if r in roles)) for topic, roles in topics().items()}


@lru_cache(maxsize=1)
def topic_about() -> dict[str, str]:
    """What a topic's claims are matched on (claim_topics.tsv, role "about"): "places" (the places the quote, else
    its sentence, names: the act's place), "actors" (the groups and people it names besides the speaker's side);
    topics without one match on the place or group taken (`_objects`)."""
    out = {topic: value for topic, role, value in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
           if role == "about"}
    unknown = {v for v in out.values()} - {"places", "actors"}
    if unknown:
        raise ValueError(f"claim_topics.tsv: role 'about' must be places or actors, not {sorted(unknown)}")
    return out


@lru_cache(maxsize=1)
def topic_implied() -> dict[str, str]:
    """Topics a claim for another topic implies (claim_topics.tsv, role "implied"): saying who carried out an act
    says the act happened, so it answers a claim that the act was staged."""
    out = {topic: value for topic, role, value in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
           if role == "implied"}
    unknown = set(out.values()) - set(topics())
    if unknown:
        raise ValueError(f"claim_topics.tsv: role 'implied' names no topic: {sorted(unknown)}")
    return out


@lru_cache(maxsize=1)
def topic_deflected() -> frozenset[str]:
    """Topics on which a party held responsible answers by blaming another (claim_topics.tsv, role "deflect")."""
    return frozenset(topic for topic, role, _value in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
                     if role == "deflect")


@lru_cache(maxsize=1)
def topic_windows() -> dict[str, int]:
    """Days within which a topic's claim and its dispute in two articles are about the same thing (claim_topics.tsv,
    role "window"); topics without one use the caller's window."""
    return {topic: int(days) for topic, role, days in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
            if role == "window"}


@lru_cache(maxsize=1)
def group_windows() -> dict[str, int]:
    """Days within which a claim and its dispute in two articles are about the same thing when what they share is
    a group, not a place (claim_topics.tsv, role "group-window": a group's defeat is a standing claim, answered for
    months); topics without one use their window."""
    return {topic: int(days) for topic, role, days in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
            if role == "group-window"}


@lru_cache(maxsize=1)
def parties_windows() -> dict[str, int]:
    """Days within which a claim and its dispute in two articles are about the same act when they share only its
    parties, no place (claim_topics.tsv, role "parties-window"); topics without one use their window."""
    return {topic: int(days) for topic, role, days in resources.rows("quantities", "claim_topics.tsv", min_fields=3)
            if role == "parties-window"}


@lru_cache(maxsize=1)
def dispute_cues() -> set[str]:
    return {w.lower() for w in resources.words("quantities", "dispute_cues.txt")}


@lru_cache(maxsize=1)
def negated_cues() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.words("quantities", "negated_cues.txt"))


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    from newsledger.extract.quotes import speech_verbs as verbs

    return verbs()


def _norm(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def _form_of(word: str, lemmas: frozenset[str] | set[str]) -> bool:
    """Whether a verb form is one of the lemmas ("believes", "accepted", "tweeted", "said")."""
    word = _IRREGULAR.get(word, word)
    return any(word[:len(word) - k] in lemmas for k in range(4) if len(word) - k >= 3)


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


@lru_cache(maxsize=1 << 16)
def _speech_form(word: str) -> bool:
    """`_form_of(word, speech_verbs())`, answered once per word."""
    return _form_of(word, speech_verbs())


_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "thought": "think"}

"""Figures about people and things: each number with its value, kind, whom it is about and whether it is approximate.

Rules, each general:
- a figure is a numeral (digits "55,000", "1.5 million"), a written number ("eight", "twenty-five", "two
  hundred") or a vague number ("dozens", "thousands of", "several hundred"); vague numbers take the lowest
  plausible value from newsledger/data/quantities/vague.tsv (ACLED's rules: tens 10, dozens 12, hundreds 100);
- a figure counts a noun: the noun it modifies ("eight districts") or the noun after "of" ("thousands of
  fighters"); figures inside time expressions, years, ordinals, percentages, money and durations are not counts;
- its kind comes, in this order, from the verb that acts on the counted noun ("killing 169 Afghans and 13 ...":
  both objects of "killing"; "people airlifted"; "were wounded"), from an adjective ("dead", "displaced"),
  then from the noun itself ("fighters", "planes", "districts"); a toll's or a count's value takes the kind of
  what it counts ("the death toll rose to 15", "the number of civilian deaths stood at 151"); data:
  newsledger/data/quantities/kinds.tsv;
  an action that is only intended ("planes chartered to evacuate N people") gives its kind with "_planned"
  ("evacuated_planned"), whatever the action;
- "at least", "about", "nearly", "more than", "some", "up to", and every vague number make it approximate;
- `of` is the actor the counted noun phrase names ("Taliban fighters" -> the Taliban's actor), else the noun
  phrase's own words; `unit` is the counted noun.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsledger import resources
from newsledger.model import Quantity, Record

APPROX_BEFORE = ("at least", "more than", "over", "nearly", "almost", "about", "around", "some", "roughly",
                 "approximately", "an estimated", "estimated", "up to", "as many as", "at most", "fewer than",
                 "less than", "close to", "just over", "just under", "upwards of", "well over", "some",
                 "perhaps", "possibly", "maybe")
TIME_NOUNS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "night",
              "morning", "evening", "time", "times", "o'clock", "am", "pm", "a.m.", "p.m."}
MEASURE_NOUNS = {"percent", "per", "cent", "%", "km", "kilometre", "kilometer", "mile", "metre", "meter", "kg",
                 "kilogram", "ton", "tonne", "dollar", "pound", "euro", "degree", "inch", "foot", "feet",
                 "point", "page", "mph", "kmh", "billion", "trillion"}
PEOPLE_NOUNS = {"people", "person", "civilian", "resident", "man", "woman", "child", "citizen", "national",
                "member", "family", "individual", "worker", "student", "villager", "migrant", "passenger",
                "evacuee", "refugee", "asylum-seeker", "journalist", "staff", "employee", "local", "voter",
                "supporter", "crowd", "boy", "girl", "adult", "baby", "infant", "teenager", "tourist"}
PLANNED_MARKERS = {"to"}  # an infinitival action is intended, not done
PLANNED_SUFFIX = "_planned"  # "evacuated_planned": the figure is whom the action is for, not whom it befell
TALLY_NOUNS = {"number", "total", "tally", "count"}  # "the number of deaths stood at N": N counts the deaths
HELP_VERBS = {"help", "assist", "allow", "enable", "let", "aid"}
ASSISTED_EVAC = {"flee", "leave", "escape", "exit", "cross"}
WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
DIGITS_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                       r"(?:\s+(million|billion|thousand|hundred))?(?![\w%])")


@lru_cache(maxsize=1)
def number_words() -> tuple[dict[str, int], set[str]]:
    values, scales = {}, set()
    for parts in resources.rows("quantities", "numbers.tsv", min_fields=2):
        values[parts[0]] = int(parts[1])
        if len(parts) > 2 and parts[2] == "scale":
            scales.add(parts[0])
    return values, scales


@lru_cache(maxsize=1)
def vague_table() -> tuple[dict[str, int], dict[str, int]]:
    """(vague phrase -> value, quantifier before a scale word -> multiplier)."""
    plain, multipliers = {}, {}
    for phrase, value, *_ in resources.rows("quantities", "vague.tsv", min_fields=2):
        if phrase.startswith("*"):
            multipliers[phrase[1:]] = int(value)
        else:
            plain[phrase] = int(value)
    return plain, multipliers


@lru_cache(maxsize=1)
def kind_words() -> dict[str, dict[str, str]]:
    """usage (verb, subj_verb, noun, adj) -> lemma -> kind."""
    out: dict[str, dict[str, str]] = {}
    for kind, usage, words in resources.rows("quantities", "kinds.tsv", min_fields=3):
        for w in words.split():
            out.setdefault(usage, {})[w] = kind
    return out


def parse_number_words(words: list[str]) -> int | None:
    """'two hundred fifty' -> 250, 'twenty-five' -> 25, 'hundred' alone -> None (a vague or 'a hundred' case)."""
    values, scales = number_words()
    total, current, seen = 0, 0, False
    for w in words:
        for part in w.lower().split("-"):
            if part == "and":
                continue
            if part not in values:
                return None
            v = values[part]
            if part in scales:
                if not seen:
                    return None
                current = max(current, 1) * v
                if v >= 1000:
                    total, current = total + current, 0
            else:
                current += v
            seen = True
    return total + current if seen else None


# -- candidate figures -------------------------------------------------------------------------------

class Figure:
    def __init__(self, start: int, end: int, value: int | float, approximate: bool, vague: bool):
        self.start, self.end, self.value, self.approximate, self.vague = start, end, value, approximate, vague


def _digit_figures(text: str) -> list[Figure]:
    out = []
    for m in DIGITS_RE.finditer(text):
        raw = m.group(1).replace(",", "")
        value: float = float(raw)
        if m.group(2):
            value *= {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}[m.group(2)]
        value = int(value) if value == int(value) else value
        out.append(Figure(m.start(), m.end(), value, False, False))
    return out


@lru_cache(maxsize=1)
def _vague_starts() -> frozenset[str]:
    """First words of the vague phrases and of the quantifiers before a scale word: no vague figure starts at
    any other word, so the phrase tables are consulted only at these."""
    _, scales = number_words()
    plain, multipliers = vague_table()
    starts = {p.split(" ")[0] for p in plain} | {q.split(" ")[0] for q in multipliers if q}
    return frozenset(starts | scales if "" in multipliers else starts)


def _word_figures(text: str) -> list[Figure]:
    values, scales = number_words()
    starts = _vague_starts()
    words = [(m.start(), m.end(), m.group(0)) for m in WORD_RE.finditer(text)]
    lows = [w[2].lower() for w in words]
    heads = [w.split("-")[0] for w in lows]  # "twenty-five" -> "twenty"
    out: list[Figure] = []
    i = 0
    while i < len(words):
        if lows[i] in starts:
            n = _vague_figure(text, words, lows, i, out)
            if n:
                i += n
                continue
        if heads[i] in values and heads[i] not in scales:
            j = i + 1
            while j < len(words) and _adjacent(text, words[j - 1:j + 1]) and (
                    heads[j] in values or (lows[j] == "and" and j + 1 < len(words) and heads[j + 1] in values)):
                j += 1
            while j > i and lows[j - 1] == "and":
                j -= 1
            value = parse_number_words([w[2] for w in words[i:j]])
            if value is not None:
                out.append(Figure(words[i][0], words[j - 1][1], value, False, False))
                i = j
                continue
        i += 1
    return out


def _vague_figure(text: str, words: list[tuple[int, int, str]], lows: list[str], i: int, out: list[Figure]) -> int:
    """The vague figure starting at word i appended to out ("hundreds of thousands", "several hundred",
    "dozens"; longest first); returns how many words it took, 0 for none."""
    values, scales = number_words()
    plain, multipliers = vague_table()
    for n in (4, 3, 2, 1):
        if i + n > len(words):
            continue
        chunk = lows[i:i + n]
        phrase = " ".join(chunk)
        if not _adjacent(text, words[i:i + n]):
            continue
        # quantifier + scale word: "several hundred", "a few thousand", "a hundred"
        for q, mult in multipliers.items():
            qn = len(q.split())
            if n == qn + 1 and " ".join(chunk[:qn]) == q and chunk[-1] in scales:
                # "a hundred" is exact; "several hundred" is not
                out.append(Figure(words[i][0], words[i + n - 1][1], mult * values[chunk[-1]], q != "a", q != "a"))
                return n
        if phrase in plain:
            if phrase in {"a couple", "a few", "several", "a handful", "a dozen", "dozen", "a score"}:
                # only a figure when it counts something: "several people", "a few of them"
                nxt = lows[i + n] if i + n < len(words) else ""
                if phrase in {"a couple", "a handful", "a score"} and nxt != "of":
                    continue
                if nxt in scales:
                    continue
            exact = phrase in {"a dozen", "dozen"}
            out.append(Figure(words[i][0], words[i + n - 1][1], plain[phrase], not exact, not exact))
            return n
    return 0


def _adjacent(text: str, words: list[tuple[int, int, str]]) -> bool:
    return all(text[a[1]:b[0]].strip() == "" for a, b in zip(words, words[1:]))


# -- the counted noun and the kind -------------------------------------------------------------------

def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _counted_noun(toks: list[Token]) -> Token | None:
    last = toks[-1]
    head = last.head
    # "Thousands of Taliban fighters", "dozens of them"
    of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    if last.dep_ in {"nummod", "quantmod", "amod", "compound", "det"} and head.pos_ in {"NOUN", "PROPN"} \
            and head.i > last.i:
        return head
    if last.dep_ == "quantmod" and head.dep_ == "nummod":
        return head.head
    # the number itself is the noun ("wounded 20", "45 injured", "a family of four")
    if last.pos_ == "NUM" or " ".join(t.lower_ for t in toks) in vague_table()[0] or last.lower_ in vague_table()[0]:
        nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
        if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.i == last.i + 1:
            return nxt
        return last
    return None


def _is_excluded(doc: Doc, fig: Figure, toks: list[Token], noun: Token | None, record: Record) -> bool:
    text = record.article.text
    after = text[fig.end:fig.end + 12]
    before = text[max(0, fig.start - 12):fig.start]
    if re.match(r"(?:-|\s)?(?:st|nd|rd|th|s)\b", after) and re.match(r"\d", text[fig.start]):
        return True  # 1980s, 21st
    if re.match(r"\s*(%|per ?cent|percent)", after) or re.search(r"[$£€¥]\s*$", before):
        return True
    if re.match(r"-(year|month|week|day|hour|minute|mile|km|metre|meter|foot|storey|story|point|member)", after):
        return True  # "20-year war": an adjective, not a count
    if re.match(r"\s*[:.]\d", after) or re.match(r"\s*(am|pm|a\.m\.|p\.m\.|GMT|BST)\b", after):
        return True
    if isinstance(fig.value, int) and 1800 <= fig.value <= 2100 and re.fullmatch(r"\d{4}", text[fig.start:fig.end]):
        return True  # a year
    for t in record.times:
        if t.start < fig.end and fig.start < t.end:
            return True
    if noun is None:
        return True
    lemma = noun.lemma_.lower()
    if lemma in TIME_NOUNS or noun.lower_ in TIME_NOUNS or lemma in MEASURE_NOUNS:
        return True
    if noun.ent_type_ in {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"} and noun.pos_ == "NUM":
        return True
    if toks and toks[0].lower_ == "one" and len(toks) == 1 and (noun is toks[0] or noun.pos_ != "NOUN"):
        return True  # "one that would be inclusive": a pronoun
    if noun is toks[-1] and not _kind_from_context(noun):
        return True  # a bare number with nothing counted
    return False


def _verb_kind(verb: Token, role: str) -> str | None:
    kw = kind_words()
    lemma = verb.lemma_.lower()
    if role == "obj":
        return kw.get("verb", {}).get(lemma)
    if role == "subj":
        return kw.get("subj_verb", {}).get(lemma)
    return None


def _governing(noun: Token) -> Token:
    """Climb conjunctions and appositions: in "169 Afghans and 13 members", the second noun's role is the first's."""
    while noun.dep_ in {"conj", "appos"} and noun.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
        noun = noun.head
    return noun


def _kind_from_context(noun: Token) -> str | None:
    """The kind of a figure (killed, wounded, evacuated...) from the words around its noun: a toll it is the value
    of, the noun's own verbs and adjectives, the verb it is the object or subject of, a participle after it."""
    gov = _governing(noun)
    head = gov.head
    # "dozens of others were wounded", "tens of thousands of people have fled": the figure's role is the noun's
    while gov.dep_ == "pobj" and head.lower_ == "of" and (head.head.pos_ == "NUM" or head.head.lower_ in
                                                          vague_table()[0] or head.head.like_num):
        gov = _governing(head.head)
        head = gov.head
    # "the death toll rose to 15", "a death toll of 15"
    toll = _toll_kind(gov)
    if toll:
        return toll
    # "a family of four ...": the counted group inside "family of"
    if gov.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PEOPLE_NOUNS:
        gov = head.head
        head = gov.head
    adjectives = kind_words().get("adj", {})
    k = _own_modifier_kind(gov, adjectives)
    if not k and (gov.dep_ in {"dobj", "nsubjpass", "obj", "pobj"} and head.pos_ in {"VERB", "AUX"}
                  or (gov.dep_ == "pobj" and head.dep_ == "agent")):
        k = _object_kind(gov, head)
    if not k and gov.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"}:
        k = _subject_kind(head, adjectives)
    if k:
        return k
    # a participle right after the figure: "10 killed and 45 injured"
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    return adjectives.get(nxt.lower_) if nxt is not None else None


def _own_modifier_kind(gov: Token, adjectives: dict) -> str | None:
    """The kind the noun's own verbs or adjectives give: "people airlifted", "people who were killed",
    "civilians killed in", "wounded soldiers"."""
    for child in gov.children:
        if child.dep_ in {"acl", "relcl"} and child.pos_ in {"VERB", "AUX"}:
            passive = child.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in child.children)
            k = _verb_kind(child, "obj" if passive else "subj")
            if k:
                return k
        if child.dep_ == "amod":
            k = adjectives.get(child.lower_) or adjectives.get(child.lemma_.lower())
            if k:
                return k
    return None


def _object_kind(gov: Token, verb: Token) -> str | None:
    """The kind the verb whose object (or passive subject, or agent) the noun is gives it."""
    # "helped a family ... to flee": the assisted movement is an evacuation
    xcomp = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "advcl"} and c.i > gov.i), None)
    if verb.lemma_.lower() in HELP_VERBS and xcomp is not None:
        if xcomp.lemma_.lower() in ASSISTED_EVAC or _verb_kind(xcomp, "obj") == "evacuated":
            return "evacuated"
    k = _verb_kind(verb, "obj")
    if k and any(c.dep_ == "aux" and c.lower_ in PLANNED_MARKERS for c in verb.children):
        # an intended action ("planes chartered to evacuate N people"), unless a helping verb says it happened
        if not (verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in HELP_VERBS):
            return k + PLANNED_SUFFIX
    return k


def _subject_kind(verb: Token, adjectives: dict) -> str | None:
    """The kind the verb whose subject the noun is gives it, or its participle predicate ("45 injured", "ten were
    wounded")."""
    k = _verb_kind(verb, "subj")
    if k:
        return k
    for c in verb.children:
        if c.dep_ in {"acomp", "attr", "oprd"} and adjectives.get(c.lower_):
            return adjectives[c.lower_]
    return adjectives.get(verb.lower_)


def _toll_kind(tok: Token) -> str | None:
    """A figure that is the value of a toll: "death toll of 15", "the toll rose to 15", "toll stands at 15", and of
    a count of a kind's noun: "the number of civilian deaths stood at 151", "the total of injured reached 40"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        owner = head.head
        if owner.lemma_.lower() == "toll":
            return _toll_of(owner)
        if owner.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in owner.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and (subj.lemma_.lower() == "toll" or head.lower_ in {"at", "to"}):
                return _tally_kind(subj)
    if tok.dep_ == "attr" and head.pos_ in {"AUX", "VERB"}:
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return _tally_kind(subj)
    return None


def _tally_kind(subj: Token) -> str | None:
    """The kind a toll or a count subject gives its value: a toll's, or that of the noun a count is "of"."""
    lemma = subj.lemma_.lower()
    if lemma == "toll":
        return _toll_of(subj)
    if lemma not in TALLY_NOUNS:
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if counted is None:
        return None
    return kind_words().get("noun", {}).get(counted.lemma_.lower())


def _toll_of(toll: Token) -> str:
    mods = {c.lemma_.lower() for c in toll.children if c.dep_ in {"compound", "amod"}}
    return "injured" if mods & {"injury", "casualty", "injured", "wounded"} else "killed"


def _kind(noun: Token) -> str:
    k = _kind_from_context(noun)
    if k:
        return k
    kw = kind_words()
    lemma = noun.lemma_.lower()
    k = kw.get("noun", {}).get(lemma) or kw.get("noun", {}).get(noun.lower_.rstrip("s"))
    if k:
        return k
    # "service members", "American citizens": people
    if lemma in PEOPLE_NOUNS or noun.ent_type_ == "NORP" or noun.tag_ == "NNPS":
        return "people"
    return lemma if noun.pos_ == "NOUN" else "count"


def _noun_phrase(noun: Token, fig_end: int) -> tuple[int, int]:
    """The counted noun with its pre-modifiers after the figure ("13 American service members")."""
    start = noun.idx
    for t in sorted(noun.children, key=lambda t: t.i):
        if t.i < noun.i and t.dep_ in {"compound", "amod", "nmod", "poss"} and t.idx >= fig_end:
            start = min(start, t.idx)
    return start, noun.idx + len(noun.text)


def _approx_prefix(text: str, start: int) -> int | None:
    before = text[max(0, start - 20):start].lower()
    for p in sorted(APPROX_BEFORE, key=len, reverse=True):
        if re.search(r"(?:^|\W)" + re.escape(p) + r"\s+$", before):
            return start - len(re.search(re.escape(p) + r"\s+$", before).group(0))
    return None


def _of(record: Record, noun: Token, np_start: int, np_end: int) -> str | None:
    index = noun.doc._.actor_index
    if index is not None:
        for e in record.entities:
            if np_start <= e.start and e.end <= np_end and e.actor:
                return e.actor
    if noun.pos_ == "NUM" or np_start >= noun.idx:
        return None  # the bare noun ("eight districts") names no one beyond the unit
    return record.article.text[np_start:np_end]


def extract(doc: Doc, record: Record) -> list[Quantity]:
    text = record.article.text  # the parse's text, without rebuilding it from the tokens
    figures = _digit_figures(text) + _word_figures(text)
    figures.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Quantity] = []
    last_end = -1
    for fig in figures:
        if fig.start < last_end:
            continue
        toks = _tokens(doc, fig.start, fig.end)
        if not toks:
            continue
        noun = _counted_noun(toks)
        if _is_excluded(doc, fig, toks, noun, record):
            continue
        last_end = fig.end
        assert noun is not None
        if noun.pos_ == "NUM" or noun in toks:
            np_start, np_end = fig.start, fig.end
            kind = _kind_from_context(noun) or "count"
            of = None
            unit = None
        else:
            np_start, np_end = _noun_phrase(noun, fig.end)
            kind = _kind(noun)
            of = _of(record, noun, np_start, np_end)
            unit = noun.lower_
        approx_start = _approx_prefix(text, fig.start)
        start = approx_start if approx_start is not None else fig.start
        end = max(fig.end, np_end)
        out.append(Quantity(text=text[start:end], start=start, end=end, value=fig.value, kind=kind,
                            approximate=fig.approximate or approx_start is not None, of=of, unit=unit))
    return out

"""Place names the entity layer misses, found by their written form: a name opened by an abbreviation split
from its period ("ST. PAUL"), AP-style party labels ("D-Kanawha") and dash datelines ("WINDSOR - ")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from newsledger.extract.places.names import Mention
from newsledger.resolve import gazetteer

# Abbreviations that open place names ("St. Paul", "Mt. Pleasant", "Ft. Worth") and the words they stand for;
# the tokenizer splits an all-capital one from its period ("ST. PAUL, Minn. --"), and the NER then tags its
# halves apart.
_NAME_OPENERS = {"st": "Saint", "ste": "Sainte", "mt": "Mount", "ft": "Fort"}


def _saint_names(doc: Doc, gaz: gazetteer.Gazetteer) -> tuple[list[Mention], set[int]]:
    """Place names opened by an abbreviation split from its period ("ST" "." "PAUL", "ST" "." "JOHN'S"), as
    one mention where the gazetteer knows the whole name (as written or with the word spelled out); and the
    character offsets of the abbreviations, which are no place by themselves ("ST" is not Sète)."""
    out, openers = [], set()
    opener_hashes = {doc.vocab.strings[w] for w in _NAME_OPENERS}
    # the tokens that may open one, found from the lower-case column without making a Token per token
    for tok in (doc[i] for i, h in enumerate(doc.to_array("LOWER").tolist()[:-2]) if h in opener_hashes):
        if tok.lower_ not in _NAME_OPENERS or tok.nbor(1).text != "." or not tok.nbor(2).text[:1].isupper():
            continue
        openers.add(tok.idx)
        end = tok.i + 3
        while end < len(doc) and end - tok.i < 5 and (doc[end].lower_ in {"'s", "’s"} or (
                doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end].ent_iob_ == "I")):
            end += 1
        text = doc[tok.i:end].text
        spelled = " ".join([_NAME_OPENERS[tok.lower_], doc[tok.i + 2:end].text])
        key = next((t for t in (text, spelled) if any(e.primary for e in gaz.lookup(t))), None)
        if key is not None:
            out.append(Mention(tok.idx, doc[end - 1].idx + len(doc[end - 1]), text, key, "GPE"))
    return out, openers


# AP style gives a legislator's party and home after the name: "Carrie Webster, D-Kanawha," "Jay Roberts
# (R-Ocilla)", "Jon Westrom, R-Elbow Lake;"; the NER tags the pair as NORP, PERSON or nothing.
_PARTY_HOME = re.compile(r"(?:(?<=, )|(?<=\())[DRI]-([A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*){0,2})(?=[,;).]|\s*$)",
                         re.M)


def _party_homes(doc: Doc, text: str, gaz: gazetteer.Gazetteer) -> list[Mention]:
    """The home towns, counties and states in AP-style party labels ("D-Kanawha", "(R-Ocilla)"), where the
    gazetteer knows the name (LGL tune half: 15 such toponyms, none tagged before). The span leaves out the
    party letter, as the gold sets do."""
    out = []
    for match in _PARTY_HOME.finditer(text):
        name = match.group(1)
        if any(e.primary for e in gaz.lookup(name)):
            out.append(Mention(match.start(1), match.end(1), name, name, "GPE"))
    return out


# A dateline set off by a dash ("WINDSOR - The town", "BANTAM — A Danbury mason", "PATASKALA -- City officials",
# "RIDGE FARM, Ill. -- "): a capitalised place name, its province after a comma at most, then a spaced dash and
# the story. The NER often tags none of it (LGL tune-a: 3 such datelines in 3 articles, none tagged).
_DASH_DATELINE = re.compile(r"(?<![\w'’.-])([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,2})(?=(?:,\s*[A-Z][A-Za-z.]+)?"
                            r"\s+(?:--?|—|–)\s+[A-Z\"“])")


def _dash_datelines(text: str, gaz: gazetteer.Gazetteer) -> list[Mention]:
    """The places of dash datelines, where the gazetteer knows the name as a country's, a province's or a
    town's own name (the dateline's form is the evidence: towns of any size)."""
    out = []
    for match in _DASH_DATELINE.finditer(text):
        name = match.group(1)
        if sum(c.isalpha() for c in name) < 4:
            continue  # "AP", "UPI": an agency, not a place
        if any(e.primary and e.kind in {"country", "admin1", "city"} for e in gaz.lookup(name)):
            out.append(Mention(match.start(1), match.end(1), name, name, "GPE"))
    return out

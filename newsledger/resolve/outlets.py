"""News outlets the model did not make actors of, read from the frame the text puts their name in.

An outlet is the source or the medium of what an article reports (actors_guardian.md, news organisations: an
organization coded MED). The model often leaves its name untagged or types it a work, a law or a facility ("The
<name> has reported that", "told the <name> that", "airs at 9 PM on <name>", "the website The <name>"). The frames
and media nouns are data (data/outlet_frames.json); `outlet_names` finds the names, the resolver makes them actors.

Guards: a name whose head word the model typed a person, a place, a people or a body is not read (a person's or a
government's name in the same frames: "told Smith", "Russia reported"; a people's adjective inside the name is no
guard: "the website The Kurdish <noun>"); nor one opening with a frequent given name; a name whose last word
is a body's noun ("the Senate", "the Commission") is a body, not an outlet. In the frames of speech (reported, told)
the name is an outlet's only with a determiner ("the <name>") or a nameplate word (Times, Herald: a person's name
takes neither); after "told", only where the verb has the clause it reports ("told the Senate" of a hearing has none).
A name of nameplate, media, channel and role words alone is a common noun ("told the President", "the Local"), and a
media noun classifies a name only as a common noun ("Fire Station 2, <address>" is no website's name), and an
ambiguous one (agency, station) only with a medium word ("news agency", not "foreign policy agency"). A name after a
name particle ("Corriere della <name>") is a cut name, and a quoted title after "aired on" a programme's. A capitalised
"The" inside a sentence opens the title and stays in the name ("told The Hill"; a lower-case "the" stays out).
The MED these outlets take is hidden from the event coder (actor_codes.OUTLET_FRAME): an outlet reports acts.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsledger import resources

# the model's types that say the name is not an outlet's: a person, a place, a people, a body or a number
NOT_OUTLET_TYPES = {"PERSON", "GPE", "LOC", "NORP", "ORG", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
                    "ORDINAL", "QUANTITY"}
QUOTES = {'"', "“", "”", "‘", "’", "'"}


@lru_cache(maxsize=1)
def frames() -> dict[str, frozenset[str]]:
    """The frame word lists of data/outlet_frames.json, by name."""
    data = resources.json_data("outlet_frames.json")
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


def _name_span(root: Token) -> tuple[Span, bool] | None:
    """The capitalised name `root` heads (its proper-noun and adjective premodifiers; a determiner and quotation
    marks before it left out) and whether "the" opens it; None when a word of it is not capitalised."""
    doc, start, the = root.doc, root.i, False
    while start > 0:
        prev = doc[start - 1]
        if prev.head.i != root.i and prev.head.i not in range(start, root.i + 1):
            break
        if prev.text in QUOTES:
            start -= 1
        elif prev.dep_ in {"compound", "amod", "nmod"} and prev.text[:1].isupper():
            start -= 1
        else:
            the = prev.lower_ == "the" and prev.dep_ == "det"
            if the and prev.text == "The" and not prev.is_sent_start:
                start -= 1  # a capitalised "The" inside a sentence opens the title itself ("told The Hill")
            break
    if start > 1 and doc[start - 1].lower_ in frames()["name_particles"] and doc[start - 2].text[:1].isupper():
        return None  # the name goes on before a particle ("Corriere della <name>"): its end is no name
    toks = [t for t in doc[start: root.i + 1] if t.text not in QUOTES]
    if not toks or not all(t.text[:1].isupper() for t in toks) or root.tag_ not in {"NNP", "NNPS"}:
        return None
    return doc[toks[0].i: root.i + 1], the


def _frame(root: Token) -> str | None:
    """The frame `root` (a name's head) stands in, or None. A media noun classifies only as a common noun ("the
    website <name>"; not the head of a name: "Fire Station 2, <address>")."""
    f, head = frames(), root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() in f["reporting_subject"]:
        return "speech"
    reports = any(c.dep_ == "ccomp" for c in head.children) or head.dep_ in {"ccomp", "parataxis"}
    if root.dep_ in {"dobj", "dative"} and head.lemma_.lower() in f["reporting_object"] and reports:
        return "speech"
    if root.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in f["broadcast_verbs"]:
        return "broadcast"
    if root.dep_ == "appos" and head.tag_ in {"NN", "NNS"} and head.lemma_.lower() in f["media_nouns"]:
        # an ambiguous media noun classifies an outlet only with the medium before it ("news agency", "TV station";
        # not "foreign policy agency")
        kinds = f["media_noun_kinds"]
        if head.lemma_.lower() in f["ambiguous_media_nouns"] and not any(
                c.dep_ in {"compound", "amod"} and c.lower_ in kinds for c in head.children):
            return None
        return "classified"
    return None


def outlet_names(doc: Doc, bodies: frozenset[str], roles: frozenset[str]) -> list[Span]:
    """The names of news outlets the frames find in `doc` (module docstring), in text order; `bodies`: the nouns
    of bodies that end a body's name, not an outlet's (the resolver's organization and institution nouns); `roles`:
    the role words (roles.txt)."""
    bodies = bodies - frames()["media_nouns"]
    # a name of nameplate, media, channel and role words alone is a common noun capitalised ("told the President",
    # "the Local", "on TV"), not an outlet's own name
    generic = resources.words("outlet_name_words.txt") | frames()["media_nouns"] | resources.words("channels.txt") \
        | roles
    found = []
    for root in doc:
        if root.tag_ not in {"NNP", "NNPS"} or root.dep_ not in {"nsubj", "dobj", "dative", "pobj", "appos"}:
            continue
        frame = _frame(root)
        named = _name_span(root) if frame else None
        if named is None:
            continue
        span, the = named
        if frame == "broadcast" and span.start > 0 and doc[span.start - 1].text in QUOTES:
            continue  # a quoted title is a programme's, not its channel's (AP Stylebook, composition titles)
        words = [t for t in span if t.lower_ != "the"]
        if root.ent_type_ in NOT_OUTLET_TYPES or words[0].text in resources.words("given_names.txt") \
                or span[-1].lower_ in bodies:
            continue
        if all(t.lower_ in generic for t in words):
            continue
        if frame == "speech" and not the and not any(t.lower_ in resources.words("outlet_name_words.txt")
                                                       for t in span):
            continue
        found.append(span)
    return found

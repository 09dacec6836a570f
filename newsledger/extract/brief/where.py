"""Where: the record's places and the title's, extended to the phrase that holds them, ranked (see the package doc)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsledger import nlp
from newsledger.extract.brief.common import (
    _BUILDING_NOUNS,
    _CUT,
    _DIRECTIONS,
    _LOCATIVE,
    _PERSON_NOUNS,
    _PLACE_NOUNS,
    _PLACE_RANK,
    _SETTLEMENT_NOUNS,
    _SITE_NOUNS,
    DATELINE_CHARS,
    DATELINE_SCORE,
    EARLIER_PLACE,
    LEAD_SENTENCES,
    MAX_WHERE,
    NOT_EVENT_PLACE,
    PERSON_PLACE,
    Clause,
    Src,
    _glued,
    _subtree,
    _trim_span,
    _words,
    agent_noun,
)
from newsledger.model import Article, Record

# an all-capitals place name, an optional state or country and an agency, then a dash, at a line or sentence
# start or after a byline's date ("March 29, 2009 X --")
_DATELINE = re.compile(r"(?:^|\n|[.:] |\d{4} )\s*(?P<name>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
                       r"(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?(?: \([A-Za-z ]+\))? ?(?:—|–|--|-(?= ))")


_TIME_UNITS = {"year", "month", "week", "day", "decade", "century", "hour", "minute"}


def _earlier(span: Span) -> bool:
    """A place of an earlier event, told as background of the main one: in a phrase after a time distance ("a year
    after the fall of X", "weeks since the siege of X"), or in a clause whose verb is in the past perfect ("had
    been carried out before, in X") or set back by "ago" ("where seven years ago the protests began")."""
    tok = span.root
    seen = 0
    while seen < 12:
        seen += 1
        if tok.dep_ == "prep" and tok.lower_ in {"after", "since"} and any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS for c in tok.children):
            return True
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"amod", "acl"}:
            kids = list(tok.children)
            if tok.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in kids):
                return True
            if any(c.dep_ == "advmod" and c.lower_ == "ago" for k in kids if k.dep_ == "npadvmod"
                   for c in k.children) or any(c.dep_ == "advmod" and c.lower_ == "ago" for c in kids):
                return True
            return False
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def _place_noun(tok: Token) -> bool:
    """A place noun that heads a place phrase: not a verb with a subject of its own (a clause: "reporters tracked
    down X in Y"; a "stop" the parser took for a verb still is one), nor an area noun inside an organization's
    name ("Islamic State in Y", "X City Council"); a site noun there is a building ("X Hospital in Y")."""
    lemma = tok.lemma_.lower()
    if lemma not in _PLACE_NOUNS:
        return False
    if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    return not (tok.ent_type_ == "ORG" and lemma not in _SITE_NOUNS)


def _at_venue(tok: Token) -> bool:
    """A named venue: a proper name that is the object of "at" in an adjunct of place of a verb ("is conducting a
    drive at Pizzeria Uno in Concord", "spoke at Wrigley Field in Chicago"). "At" places an event at a point, "in"
    within an area (Quirk et al. 1985, 9.17); the adjunct of the verb is the event's place (8.4x), so "at X in Y" is
    one place, the venue inside the town, whether or not the venue's name ends in a site noun. Not a person's name
    ("at John's in Y" names a home, a gathering) nor a place name of its own ("at Y in Z")."""
    if tok.pos_ != "PROPN" or tok.dep_ != "pobj" or tok.ent_type_ in {"PERSON", "NORP", "GPE", "LOC", "DATE", "TIME"}:
        return False
    prep = tok.head
    return prep.lower_ == "at" and prep.dep_ == "prep" and prep.head.pos_ in {"VERB", "AUX"}


_SETTLEMENT = "settlement"  # an item's place: named by the text as a settlement (_settlement_names)


def _dateline_place(name: str) -> bool:
    """Whether an all-capitals dateline word names a place: the gazetteer holds it and it is no organization's
    acronym (an "X --" opening a text can be an organization's name)."""
    from newsledger.resolve import gazetteer, lexicon

    low = name.lower()
    if any(low in {o["name"].lower(), *(a.lower() for a in o.get("aliases", []))} for o in lexicon.organizations()):
        return False
    return bool(gazetteer.get().lookup(name))


_CAMPUS_NOUNS = {"university", "college", "campus"}  # sites a name holding a place stands in, as _SITE_NOUNS
_NAME_LINKS = {"of", "de", "del", "la", "al", "el"}  # inside a proper name: "Gulf of Aqaba", "Rio de Janeiro"


def _name_word(word: str) -> bool:
    """A word that belongs to a proper name: capitalized and no function word ("In", "The" of a title-case
    headline are not)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return word[:1].isupper() and word.lower() not in STOP_WORDS


def _whole_name(phrase: str, name: str) -> bool:
    """Whether the place name is said in the phrase as a whole name of its own ("in the city of X", "X's old
    quarter"): on word boundaries, and not joined to the capitalized words next to it into a longer name ("North
    X", "X Citadel", "X of Y", "Y of X" name other places)."""
    if not name or not name[:1].isalnum():
        return False
    return any(_whole_at(phrase, m.start(), m.end())
               for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", phrase, flags=re.IGNORECASE))


def _whole_at(phrase: str, a: int, b: int) -> bool:
    """Whether phrase[a:b] is a whole name of its own in the phrase (_whole_name)."""
    if (a > 0 and phrase[a - 1].isalnum()) or (b < len(phrase) and phrase[b].isalnum()):
        return False
    if (b < len(phrase) and phrase[b] == "-") or (a > 0 and phrase[a - 1] == "-"):  # glued: "X-Y", "X-based"
        return False
    before = phrase[:a].split()
    after = re.findall(r"[\w'’-]+", phrase[b:])
    run = []  # the name words after it: a site named after the place it stands in ("X High School", "Eastern X
    for w in after:  # University", "X Circuit") is in that place, which stays its link
        if not (_name_word(w) or w.lower() in _NAME_LINKS):
            break
        run.append(re.sub(r"['’]s$", "", w).lower())
    if any(w in _SITE_NOUNS or w.rstrip("s") in _SITE_NOUNS or w in _CAMPUS_NOUNS for w in run):
        return True
    if before and (_name_word(before[-1]) or (before[-1].lower() in _NAME_LINKS and len(before) > 1
                                              and _name_word(before[-2]))):
        return False
    return not (after and (_name_word(after[0]) or (after[0].lower() in _NAME_LINKS and len(after) > 1
                                                    and _name_word(after[1]))))


_CLAUSE_POS = {"VERB", "AUX", "NOUN", "PROPN"}  # what follows a place name that is the subject of its own clause


class Where:
    """The where part of BriefBuilder (its attributes: see builder.BriefBuilder)."""

    def where(self, main: Clause | None) -> list[dict[str, Any]]:
        """The brief's where: every place-like span of the title and the text scored as the event's place, the
        dateline's, narrowed and ranked."""
        counts: dict[str, int] = {}
        for p in self.record.places:
            counts[p.name.lower()] = counts.get(p.name.lower(), 0) + 1
        top = max(counts.values(), default=1)
        cands = []
        for src, items in self._candidate_pools(main):
            for start, end, p in items:
                item = self._candidate(src, start, end, p, main, counts, top)
                if item is not None:
                    cands.append(item)
        cands += self._dateline()
        self._narrow(cands)
        self._fuller_in_lead(cands)
        for c in cands:
            c.pop("_rank", None)
            c.pop("_place", None)
            c.pop("_penalty", None)
        return self._rank(cands)

    def _candidate_pools(self, main: Clause | None) -> list[tuple[Src, list[tuple[int, int, Any]]]]:
        """The title's place spans and the text's (the record's places, facilities, names said again, settlement
        names of the lead, the main clause's locative arguments), as (start, end, place or marker)."""
        pools: list[tuple[Src, list[tuple[int, int, Any]]]] = []
        if self.title is not None:
            title_items = self._title_places()
            title_items += self._named_again(self.title, [self.title.sents[0]], title_items)
            title_items += self._locative_args(self.title, main, title_items)
            pools.append((self.title, title_items))
        text_items = [(p.start, p.end, p) for p in self.record.places] + self._fac_entities()
        text_items += self._named_again(self.text, self.text.sents[:2], text_items)
        text_items += self._settlement_names(self.text.sents[:2], text_items)
        text_items += self._locative_args(self.text, main, text_items)
        pools.append((self.text, text_items))
        return pools

    def _candidate(self, src: Src, start: int, end: int, p: Any, main: Clause | None, counts: dict[str, int],
                   top: int) -> dict[str, Any] | None:
        """One span as a where candidate, scored by its sentence's rank, the place's frequency and precision, its
        attachment to the main clause and its place in the sentence; None when it is no place."""
        span = src.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        span = _glued(span)
        if p is not _SETTLEMENT and (self._not_a_place(span) or self._names_person(span.text)):
            return None
        if src.name == "text":
            rank = self._sent_rank(start)
            if rank is None:
                rank = 1 + LEAD_SENTENCES + self._sent_index(start)
        else:
            rank = 0
        pos = 1.0 / (1 + 0.5 * rank)
        in_record = p is not None and hasattr(p, "id") and src.name == "text"
        place = p if in_record else self._place_sharing_name(span.text)
        # the link is the place the phrase names or none; the score still counts a place whose name the phrase
        # shares (its frequency and precision: the ranking is the same as before the link was made strict)
        link = p if in_record else self._place_by_name(
            span.text, (span.start_char, span.end_char) if src.name == "text" else None)
        known = place if place is not None else (p if hasattr(p, "kind") else None)
        kind = known.kind if known is not None else "other"
        freq = counts.get(place.name.lower(), 1) / top if place is not None else 0.3
        spec = _PLACE_RANK.get(kind, 0.8)
        ext = self._place_phrase(span)
        if any(t.lemma_.lower() in _SITE_NOUNS for t in src.doc[ext[0]:span.start]):
            spec = max(spec, _PLACE_RANK["city"])  # a site in the place: as precise as a city at least
        attached = self._attached(span, main, src)
        first = 1.0 - min(1.0, (start - (self._sent_start(src, start))) / 300)
        score = 0.4 * pos + 0.1 * freq + 0.25 * spec + 0.15 * attached + 0.1 * first
        penalty = self._not_event_place(span, kind, known) or (EARLIER_PLACE if _earlier(span) else 0.0)
        score -= penalty
        while ext[1] - ext[0] > 1 and src.doc[ext[1] - 1].tag_ == "POS":  # "X County's rate": the name
            ext = (ext[0], ext[1] - 1)
        # a time the parse hung on the place ("at X's residence in Y, Friday"): the when's, not part of the place
        cut = ext[1]
        while cut > span.end and src.doc[cut - 1].ent_type_ in {"DATE", "TIME"}:
            cut -= 1
        while span.end < cut < ext[1] and src.doc[cut - 1].text in {",", ";"}:
            cut -= 1
        ext = (ext[0], cut)
        ext = self._unclosed_bracket(src.doc, ext, span)
        s = src.doc[ext[0]:ext[1]]
        item = {"text": s.text, "start": s.start_char, "end": s.end_char,
                "place": link.id if link is not None else None, "score": round(score, 3)}
        if src.name == "title":
            item["in"] = "title"
        item["_rank"], item["_place"], item["_penalty"] = rank, known, penalty
        return item

    def _dateline(self) -> list[dict[str, Any]]:
        """The dateline that opens a report ("SPRINGFIELD -- City officials said ...", "NEW YORK (AP) —"): the
        place the story is filed from, which in news style is where it happened (AP Stylebook, "datelines")."""
        m = _DATELINE.search(self.record.article.text[:DATELINE_CHARS])  # what self.doc parses; not Doc.text
        if m is None or not _dateline_place(m.group("name")):
            return []
        # a name the tagger took for an organization is no dateline, unless the places component resolved it
        # there ("TBILISI, Georgia --" tagged ORG)
        resolved = any(p.start == m.start("name") for p in self.record.places)
        if not resolved and any(e.label_ == "ORG" and e.start_char <= m.start("name") < e.end_char
                                for e in nlp.ents(self.doc)):
            return []
        place = self._place_sharing_name(m.group("name"))
        link = self._place_by_name(m.group("name"), (m.start("name"), m.end("name")))
        # the resolved place, so that a dateline's city inside the headline's country or state ("TBILISI, Georgia
        # --" under "... Detained in Georgia") is the more precise answer (_narrow)
        return [{"text": m.group("name"), "start": m.start("name"), "end": m.end("name"),
                 "place": link.id if link is not None else None, "score": DATELINE_SCORE, "_rank": 1,
                 "_place": place}]

    @staticmethod
    def _unclosed_bracket(doc: Doc, ext: tuple[int, int], span: Span) -> tuple[int, int]:
        """A phrase that runs into a bracket it does not close ("X, Ohio (AP" of a dateline "X, Ohio (AP) --")
        ends before the bracket: a wire agency or an aside is not part of the place."""
        for i in range(max(ext[0], span.end), ext[1]):
            if doc[i].text == "(" and not any(doc[j].text == ")" for j in range(i + 1, ext[1])):
                cut = _trim_span(list(doc[ext[0]:i]))
                return cut if cut is not None and cut[1] >= span.end else ext
        return ext

    @staticmethod
    def _fuller_in_lead(cands: list[dict[str, Any]]) -> None:
        """A place the title (or the lead's first sentence) names bare and the lead names with what places it
        ("X" / "the northern city of X", "X, south London"): the lead's phrase is the answer a reader gives, so it
        takes the bare name's score; a bare name in the lead gives way only to a fuller phrase of its own sentence
        ("X's water project ... at X Town Hall")."""
        for short in [c for c in cands if c.get("in") == "title" or c["_rank"] <= 1]:
            pattern = re.compile(r"\b" + re.escape(short["text"]) + r"\b")
            for full in cands:
                if full is not short and full.get("in") != "title" \
                        and full["_rank"] <= (2 if short.get("in") == "title" else short["_rank"]) \
                        and len(full["text"]) > len(short["text"]) \
                        and pattern.search(full["text"]) and full["score"] <= short["score"]:
                    full["score"] = round(short["score"] + 0.005, 3)

    def _attached(self, span: Span, main: Clause | None, src: Src) -> float:
        """Whether the place belongs to the main event: in a prepositional phrase or a modifier attached to
        the main verb, or to the verb's object or subject ("stages protest outside X", "X tram crash")."""
        if main is None or main.src is not src:
            return 0.0
        head = span.root
        seen = 0
        while head.head != head and seen < 8:
            seen += 1
            dep = head.dep_
            if dep not in {"pobj", "compound", "poss", "appos", "prep", "nmod", "amod", "dobj", "nsubj",
                           "nsubjpass"}:
                return 0.0
            if dep in {"dobj", "nsubj", "nsubjpass"} and head.head != main.verb:
                return 0.0
            head = head.head
            if head == main.verb or (head.dep_ == "prep" and head.head == main.verb):
                return 1.0
        return 0.0

    def _not_event_place(self, span: Span, kind: str, place=None) -> float:
        """The penalty (0 when none) for a place that tells where someone comes from or what they support, not
        where the event happened: "three adults from X", "a X fan", "two X residents" (stated outright:
        PERSON_PLACE); or a country's name standing for its state, people or forces (metonymy, read from the
        parse: NOT_EVENT_PLACE; GeoWebNews's Metonymic and Non_Literal_Modifier types, which its guide tells apart
        from literal places): the subject of an active verb ("the X is counting on", "X, Y and Z repatriate") or
        the modifier of a person or agent noun ("X officials", "the X secretary of state", "X troops"), or a
        member named of a group of actors ("partners such as X") or a counterpart ("talks with X"). A town used
        so ("X celebrates", "X police said") still tells where a local story happens."""
        root = span.root
        while root.dep_ == "appos" and root.head != root:  # "from X, south east London": London places X
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ in {"NOUN", "PRON", "NUM"}:
            return PERSON_PLACE
        if root.dep_ == "pobj" and self._residence(root.head):
            return PERSON_PLACE
        if root.dep_ in {"compound", "nmod", "amod"} and root.head.lemma_.lower() in _PERSON_NOUNS and \
                span[-1].lemma_.lower() not in _SITE_NOUNS:  # "the X School ecology club" meets at the school
            return PERSON_PLACE
        capital = kind == "city" and self._capital(place)
        if kind != "country" and not capital:
            return 0.0
        if not capital and root.dep_ in {"compound", "nmod", "amod", "poss"} and agent_noun(root.head):
            return NOT_EVENT_PLACE
        # the possessor of an act or a thing ("X's offensive against Y", "X's efforts to broker", "Moscow's
        # congress"): the state owns it, the act happens elsewhere; a part of the country ("X's north-east", "X's
        # border") is a place
        if root.dep_ == "poss" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() not in _PLACE_NOUNS \
                and root.head.lemma_.lower() not in _DIRECTIONS:
            return NOT_EVENT_PLACE
        while root.dep_ == "conj" and root.head != root:  # coordinated subjects
            root = root.head
        if root.dep_ == "nsubj" and root.head.pos_ in {"VERB", "AUX"}:
            return NOT_EVENT_PLACE
        # a member named of a group of actors ("partners such as X and Y", "allies including X"): the state
        if root.dep_ == "pobj" and root.head.lower_ in {"as", "like", "including"} and agent_noun(root.head.head):
            return NOT_EVENT_PLACE
        # a counterpart ("confrontation with X", "ties with X", "sanctions against X", "tensions between X and
        # Y"): the state as an actor
        if root.dep_ == "pobj" and root.head.lower_ in {"with", "against", "between"}:
            return NOT_EVENT_PLACE
        return 0.0

    @staticmethod
    def _residence(prep: Token) -> bool:
        """A person's home or origin after their name ("Jane Doe, 52, of Gun Barrel City", "John Roe of X",
        "Mehmet Aksoy, 32, from London"): news style's identification of a person (AP Stylebook, "addresses" and
        "hometowns"), where they live, not where the event happened. The preposition hangs on the name or on
        the age after it."""
        if prep.lower_ not in {"of", "from"}:
            return False
        head = prep.head
        if head.like_num and head.dep_ in {"appos", "amod", "npadvmod", "nummod"}:  # the age after a name
            head = head.head
        return head.pos_ == "PROPN" and head.ent_type_ == "PERSON"

    @staticmethod
    def _capital(place) -> bool:
        """Whether the place is a national capital (the gazetteer's countrystatecity capitals): named as a
        subject or a counterpart it stands for its state ("Ankara regards", "tensions between X and Y"), as the
        actors do (README, "places act only as states")."""
        if place is None or not getattr(place, "geonames_id", None):
            return False
        from newsledger.resolve import gazetteer

        e = gazetteer.get().by_geonames_id(place.geonames_id)
        return bool(e is not None and e.capital)

    def _named_again(self, src: Src, sents: list[Span], have: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
        """Names of the record's resolved places found again where the tagger missed them ("X tram crash" with
        X tagged as an organization)."""
        names = {p.text for p in self.record.places if p.lat is not None and p.kind in
                 {"city", "admin1", "admin2", "country"} and len(p.text) > 2 and p.text[:1].isupper()}
        out = []
        for sent in sents:
            text = sent.text  # Span.text joins the tokens anew on every call
            for name in names:
                if name not in text:  # no match possible: the regex compile and scan are skipped
                    continue
                for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
                    a = sent.start_char + m.start()
                    b = a + len(name)
                    if any(x < b and a < y for x, y, _ in have + out):
                        continue
                    out.append((a, b, None))
        return out

    @staticmethod
    def _settlement_names(sents: list[Span], have: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
        """A name the text itself calls a settlement ("the eastern town of X", "the village of Y", "the Z
        district"... of: an appositive of-phrase after a settlement noun, Quirk et al. 1985, 17.46), also when
        the gazetteer does not hold it (a small town, a transliteration): the phrase says it is a place."""
        out = []
        for sent in sents:
            for t in sent:
                if t.lemma_.lower() not in _SETTLEMENT_NOUNS or t.pos_ != "NOUN":
                    continue
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == t.i + 1), None)
                pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                if pobj is None or pobj.pos_ != "PROPN" or pobj.ent_type_ in {"NORP", "DATE", "TIME"}:
                    continue
                toks = [x for x in pobj.subtree if x.i <= pobj.i and x.i > of.i]
                if any(x.pos_ != "PROPN" and x.text != "-" for x in toks):
                    continue
                a, b = toks[0].idx, pobj.idx + len(pobj.text)
                if any(x < b and a < y for x, y, _ in have + out):
                    continue
                out.append((a, b, _SETTLEMENT))  # the phrase outranks the tagger ("Albu Kamal" tagged PERSON)
        return out

    def _locative_args(self, src: Src, main: Clause | None,
                       have: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
        """A name in the main event's locative phrase ("stages protest outside X"), also when no gazetteer
        holds it (a building, a venue)."""
        if main is None or main.src is not src:
            return []
        out = []
        heads = [main.verb] + [c for c in main.verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        for h in heads:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE or prep.i < h.i:
                    continue
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is None or pobj.pos_ != "PROPN" or pobj.ent_type_ in {"NORP", "DATE", "TIME"}:
                    continue
                toks = [t for t in pobj.subtree if t.dep_ not in {"prep", "punct"} and t.i <= pobj.i]
                if sum(t.pos_ == "PROPN" for t in toks) < 2:  # a lone unknown name is often a team or a brand
                    continue
                a, b = toks[0].idx, pobj.idx + len(pobj.text)
                if any(x < b and a < y for x, y, _ in have + out):
                    continue
                out.append((prep.idx, b, None))
        return out

    def _narrow(self, cands: list[dict[str, Any]]) -> None:
        """A place the title or the lead's first sentences name inside a broader one named there too (a city
        in the country, a suburb of the city) is the more precise answer: it takes the broader one's score. Not a
        place said of a person or standing for a state ("two X residents" beside "on Y 80"): it is no event place."""
        from newsledger.resolve.gazetteer import distance_km
        early = [c for c in cands if c["_rank"] <= 2 and c["_place"] is not None]
        for wide in early:
            for fine in early:
                if fine is wide or fine.get("_penalty") or \
                        not self._inside(fine["_place"], wide["_place"], distance_km):
                    continue
                if fine["score"] <= wide["score"]:
                    fine["score"] = round(wide["score"] + 0.01, 3)

    def _inside(self, fine, wide, distance_km) -> bool:
        if fine.name == wide.name:
            return False
        if wide.kind == "country":
            return fine.kind != "country" and fine.country == wide.country
        if wide.kind == "admin1":
            return fine.kind in {"city", "admin2"} and fine.admin1 == wide.name
        if fine.kind != "city" or wide.kind != "city" or None in (fine.lat, wide.lat):
            return False
        pf, pw = self._population(fine), self._population(wide)
        return distance_km(fine.lat, fine.lon, wide.lat, wide.lon) < 30 and pw > 5 * max(pf, 1)

    @staticmethod
    def _population(place) -> int:
        if not getattr(place, "geonames_id", None):
            return 0
        from newsledger.resolve import gazetteer

        e = gazetteer.get().by_geonames_id(place.geonames_id)
        return e.population if e else 0

    @staticmethod
    def _sent_start(src: Src, char: int) -> int:
        span = src.doc.char_span(char, char + 1, alignment_mode="expand")
        return span.sent.start_char if span is not None else char

    def _names_person(self, text: str) -> bool:
        """Whether the text is a person's name or surname ("Paris" for Paris Hilton). The surname only of a name
        written as one, every word capitalized: a description that the actors took for a person ("the human toll
        in X") ends in a place, not a surname."""
        names = self.__dict__.get("_person_names")
        if names is None:  # once per record: the names, aliases and surnames of its persons
            names = self.__dict__["_person_names"] = set()
            for a in self.record.actors:
                if a.kind == "person":
                    names.update(n.lower() for n in (a.name, *a.aliases))
                    words = a.name.split()
                    if len(words) > 1 and all(w[:1].isupper() for w in words):
                        names.add(words[-1].lower())
        return text.lower().strip() in names

    def _not_a_place(self, span: Span) -> bool:
        """A demonym or adjective ("Swiss", "Peruvian"), or a word of a person's or organization's name."""
        if span.root.pos_ == "ADJ" or span.root.ent_type_ == "NORP" or span.root.dep_ == "amod":
            return True
        if span.text.startswith("@") or span.text.startswith("#") or any(t.like_url or t.like_email for t in span):
            return True
        for t in span:
            if t.ent_type_ in {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT"}:
                ent = nlp.entity_of(t)
                if ent is not None and (ent.start < span.start or ent.end > span.end
                                        or ent.label_ in {"PERSON", "NORP"}):
                    return True
        return False

    def _title_places(self) -> list[tuple[int, int, Any]]:
        from newsledger.extract import places
        found = places.extract(self.title.doc, Record(article=Article(text=self.title.doc.text,
                                                                       published=self.record.article.published)))
        out = [(p.start, p.end, p) for p in found]  # the title's own resolution (its ids are not the record's)
        covered = [(a, b) for a, b, _ in out]
        for e in nlp.ents(self.title.doc):
            if e.label_ in {"FAC", "LOC", "GPE"} and not any(a < e.end_char and e.start_char < b for a, b in covered):
                out.append((e.start_char, e.end_char, None))
        return out

    def _fac_entities(self) -> list[tuple[int, int, Any]]:
        """Facilities and locations the gazetteer does not hold, and buildings the tagger takes for organizations
        ("the X Elementary School club", "at Y Hospital": a name ending in a site noun; GeoWebNews annotates
        buildings as literal locations)."""
        covered = [(p.start, p.end) for p in self.record.places]
        out = []
        for e in nlp.ents(self.doc):
            site = e.label_ == "ORG" and len(e) > 1 and e[-1].lemma_.lower() in _SITE_NOUNS - _BUILDING_NOUNS
            if site or (e.label_ in {"FAC", "LOC"} and  # a building's name may hold a town's ("X Grove School")
                        not any(a < e.end_char and e.start_char < b for a, b in covered)):
                out.append((e.start_char, e.end_char, None))
        return out

    def _place_by_name(self, text: str, offsets: tuple[int, int] | None = None):
        """The record's place an answer phrase names: one whose name or mention is the whole phrase; else one the
        places component resolved inside the phrase (offsets: the phrase's in the record's text, "the city of X"
        holding the mention X); else a record place's name said inside the phrase as a whole name of its own
        (_whole_name). Never a shorter name inside a longer one ("Gulf" of "Gulf of Aqaba", "York" of "New York"):
        that is a different place, and the answer has no link rather than a wrong one."""
        low = text.lower().strip()
        for p in self.record.places:
            if p.text.lower() == low or p.name.lower() == low:
                return p
        if not low:
            return None
        if offsets is not None:  # the places component's mention inside the phrase, a whole name there
            for p in self.record.places:
                if offsets[0] <= p.start and p.end <= offsets[1] and _whole_at(
                        text, p.start - offsets[0], p.end - offsets[0]):
                    return p
        for p in self.record.places:
            if _whole_name(text, p.text):
                return p
        return None

    def _place_sharing_name(self, text: str):
        """A record place whose name or mention is the phrase, holds it or is held in it (the ranking's: a phrase
        sharing a name the text says often is as salient as the name; not the link, see _place_by_name)."""
        low = text.lower().strip()
        for p in self.record.places:
            if p.text.lower() == low or p.name.lower() == low:
                return p
        for p in self.record.places:
            if low and (low in p.text.lower() or p.text.lower() in low):
                return p
        return None

    def _place_phrase(self, span: Span) -> tuple[int, int]:
        """The noun phrase holding the place: "the northern city of X", "X, Y province", "Y's X city"."""
        start, end = span.start, span.end
        head = span.root
        for _ in range(3):
            h = head.head
            if h == head:
                break
            if head.dep_ == "pobj" and head.head.lower_ in {"of", "in", "near", "on"} \
                    and _place_noun(h.head) and h.head.i < head.i:
                # a verb with its subject is no place noun ("the Guardian tracked down X in Y"; a "stop" the parser
                # took for a verb still is one: "near the Sandilands stop on Z")
                h = h.head
            elif head.dep_ == "pobj" and head.head.lower_ == "in" and _at_venue(h.head) and h.head.i < head.i:
                h = h.head  # "at Pizzeria Uno in Concord": the venue in the town
            elif head.dep_ in {"compound", "poss"} and _place_noun(h):
                pass
            else:
                break
            if h.dep_ == "attr" and h.lemma_.lower() in _BUILDING_NOUNS:
                # a subject complement classifies its subject ("X was the premiere theater in Y", Quirk et al. 1985,
                # 16.21): a description, not where an event happened
                break
            toks = [t for t in _subtree(h, _CUT | {"prep"}) if t.dep_ != "det" or t.i > h.i] + list(span)
            if head.dep_ == "pobj":
                toks += list(head.head.subtree)
            s = _trim_span(toks)
            if s is None or _words(span.doc, s[0], s[1]) > MAX_WHERE:
                break
            start, end = min(start, s[0]), max(end, s[1])
            head = h
        # "X, Y province": an apposition or compound after the place
        nxt = span.root
        for ch in nxt.children:
            if ch.dep_ == "appos" and ch.i > nxt.i and ch.ent_type_ in {"GPE", "LOC"}:
                s = _trim_span(list(ch.subtree))
                if s and _words(span.doc, start, s[1]) <= MAX_WHERE:
                    end = max(end, s[1])
        # "X, south London": the record's place right after a comma places X, whatever the parse made of it
        doc = span.doc
        if end == span.end and end + 1 < len(doc) and doc[end].text == "," and span.doc is self.doc:
            at = doc[end + 1].idx  # one Token, not one per place of the record
            after = next((p for p in self.record.places if p.start == at), None)
            region = doc.char_span(after.start, after.end, alignment_mode="expand") if after is not None else None
            # the region ends its phrase ("in X, south London on Monday"); a name that goes on into a clause is
            # its subject ("in north-east Syria, Unicef estimates": the tagger's place is the estimate's source)
            ends = region is not None and (region.end == len(doc) or doc[region.end].pos_ not in _CLAUSE_POS)
            if ends and _words(doc, start, region.end) <= MAX_WHERE:
                end = region.end
        if (start, end) == (span.start, span.end):
            start, end = self._coordinated_places(span)
        return start, end

    @staticmethod
    def _coordinated_places(span: Span) -> tuple[int, int]:
        """Places coordinated in one phrase ("in X and Y", "across X, Y and Z"): the event happened in all of them,
        and the coordination is the answer, not one conjunct; the parse hangs the later names on the first."""
        _NAMED = {"GPE", "LOC", "FAC"}
        root = span.root
        first = root.head if root.dep_ == "conj" and root.head.ent_type_ in _NAMED and root.head.i < root.i \
            else root
        if first is not root and first.dep_ == "conj":
            return span.start, span.end
        conjs = [t for t in first.subtree if t.dep_ == "conj" and t.head == first and t.ent_type_ in _NAMED]
        if not conjs:
            return span.start, span.end
        toks = [t for t in first.subtree if t.i >= first.i or t.dep_ == "compound"]
        toks = [t for t in toks if t.dep_ not in {"relcl", "acl", "appos", "prep"}
                and not any(a.dep_ in {"relcl", "acl", "appos", "prep"} and a.i < t.i for a in t.ancestors
                            if a.i > first.i)]
        s = _trim_span(toks)
        if s is None or s[0] > span.start or s[1] < span.end or _words(span.doc, s[0], s[1]) > MAX_WHERE \
                or any(t.is_punct and t.text not in {","} for t in span.doc[s[0]:s[1]]):
            return span.start, span.end
        return s


"""Contradictions within one article: a claim for and a claim against from different sides, figures that
disagree, propositions denied; evidence_texts turns evidence ids back into text."""
from __future__ import annotations

from typing import Any

from newsledger.extract.claims.about import _party_keys, _same_people, _same_victims
from newsledger.extract.claims.figures import comparable, conservative_total, figures_disagree
from newsledger.extract.claims.model import ARTICLE, Claim, View
from newsledger.extract.claims.statements import PROPOSITION, claims_of, restates
from newsledger.extract.claims.vocabulary import topic_deflected


def contradictions_in(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """The contradictions within one record, in this order: topic claims answered by an explicit dispute,
    propositions, an accused party blaming another, whereabouts, figures, events claimed and denied. Each kind
    sees those found before it (a dispute is not reported twice)."""
    v = View(rec)
    claims = claims_of(rec)
    out: list[dict[str, Any]] = []
    _add_topic_disputes(v, claims, out)
    out.extend(_propositions_in(v, claims, out))
    _add_deflections(v, claims, out)
    _add_whereabouts(v, claims, out)
    _add_figures(v, claims, out)
    _add_event_disputes(v, claims, out)
    return out


def _add_topic_disputes(v: View, claims: list[Claim], out: list[dict[str, Any]]) -> None:
    """A topic claim and an explicit dispute of it by another side, about the same things and people."""
    # topics in the order the article first states them (a set's order would change with the hash seed)
    for topic in dict.fromkeys(c.topic for c in claims
                               if not c.topic.startswith(("figure:", "whereabouts", PROPOSITION))):
        pro = [c for c in claims if c.topic == topic and c.polarity > 0]
        con = [c for c in claims if c.topic == topic and c.polarity < 0]
        explicit = [c for c in con if c.strength == "explicit"]
        if not pro or not explicit:
            continue
        named = {c.against for c in explicit if c.against}
        if named:
            sides = set().union(*(v.side(n) for n in named))
            pro = [c for c in pro if c.speaker in sides] or pro
        pro_side = set().union(*(v.side(c.speaker) for c in pro))
        con = [c for c in con if c.speaker and c.speaker not in pro_side and not (v.side(c.speaker) & pro_side)]
        # when both name what they are about, they must name the same thing (an attack on X, not one on Y)
        con = [c for c in con if not c.objects or any(not x.objects or set(x.objects) & set(c.objects) for x in pro)]
        # and the same way round: the claims for are those about what the dispute is about, and about the same
        # people (`_same_people`, as across articles): "the YPG denies any links to the PKK" answers "the YPG is
        # linked to the PKK", not "he was charged with being a member of a terrorist organisation" (issue 14)
        con = [c for c in con if any(_same_people(x, c) and _same_victims(x, c) for x in pro)]
        pro = [x for x in pro if any(_same_people(x, c) and _same_victims(x, c)
                                     and (not x.objects or not c.objects or set(x.objects) & set(c.objects))
                                     for c in con)]
        if not pro or not any(c.strength == "explicit" for c in con):
            continue
        # a person taken ("the journalist captured by X": objects []) is no claim about ground held, as across
        # articles
        pro = [c for c in pro if c.speaker and c.objects != []]
        if not pro:
            continue
        # an act's event answered on a topic already ("denied the charge" against a claim of responsibility) is not
        # reported again
        if topic.startswith("event:") and any(set(d["evidence_against"]) >= {c.evidence for c in con} for d in out):
            continue
        out.append(_contradiction(v, topic, pro, con))


def _add_deflections(v: View, claims: list[Claim], out: list[dict[str, Any]]) -> None:
    """An accused party blaming another for the same act."""
    for topic in dict.fromkeys(c.topic for c in claims if c.topic in topic_deflected()):
        pro = [c for c in claims if c.topic == topic and c.polarity > 0 and c.parties and c.speaker]
        for blamed in pro:
            rivals = [c for c in pro if _deflects(v, blamed, v, c)]
            if rivals and not any(blamed.evidence in d["evidence_for"] for d in out):
                out.append(_contradiction(v, topic, [blamed], rivals))


def _add_whereabouts(v: View, claims: list[Claim], out: list[dict[str, Any]]) -> None:
    """Someone said to have left for one place and, by another speaker, to be in another."""
    placed = [c for c in claims if c.topic == "whereabouts" and c.polarity > 0]
    present = [c for c in claims if c.topic == "whereabouts" and c.polarity < 0]
    for p in placed:
        against = [c for c in present if set(c.subjects) & set(p.subjects) and c.place != p.place
                   and c.speaker != p.speaker]
        if against:
            out.append(_contradiction(v, "whereabouts", [p], against,
                                      claim=f"{' and '.join(v.name(s) for s in p.subjects)} left for "
                                            f"{p.place.title()} (said by {v.name(p.speaker)})"))


def _add_figures(v: View, claims: list[Claim], out: list[dict[str, Any]]) -> None:
    """Figures of one thing from speakers of different sides, close together (two sentences or one place), that
    disagree."""
    figs = [c for c in claims if c.topic.startswith("figure:") and c.speaker]
    seen = set()
    for i, a in enumerate(figs):
        for b in figs[i + 1:]:
            if not comparable(a, b) or a.speaker == b.speaker or v.side(a.speaker) & v.side(b.speaker):
                continue
            near = abs(v.sentence_index(a.start) - v.sentence_index(b.start)) <= 2
            if not near and not (a.place and a.place == b.place):
                continue
            if not figures_disagree(a, b) or (a.evidence, b.evidence) in seen:
                continue
            seen.add((a.evidence, b.evidence))
            out.append(_figure_contradiction(v, a, b))


def _add_event_disputes(v: View, claims: list[Claim], out: list[dict[str, Any]]) -> None:
    """Events claimed by one side, denied by another, unless a dispute found before answers them already
    ("denied the charge" against a claim of responsibility is not reported again as the accusation event's)."""
    for topic in dict.fromkeys(c.topic for c in claims if c.topic.startswith("event:")):
        pro = [c for c in claims if c.topic == topic and c.polarity > 0]
        con = [c for c in claims if c.topic == topic and c.polarity < 0 and c.speaker]
        pro_side = set().union(*(v.side(c.speaker) for c in pro)) if pro else set()
        con = [c for c in con if c.speaker not in pro_side]
        if pro and con and not any(set(d["evidence_for"]) & {c.evidence for c in pro}
                                   or set(d["evidence_against"]) >= {c.evidence for c in con} for d in out):
            out.append(_contradiction(v, topic, pro, con))


def _propositions_in(v: View, claims: list[Claim], found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A denial and another side's statement of what it denies, within one article, unless a topic contradiction
    already holds the denial."""
    out: list[dict[str, Any]] = []
    props = [c for c in claims if c.topic == PROPOSITION and c.speaker]
    for con in (c for c in props if c.polarity < 0):
        if any(con.evidence in d["evidence_against"] for d in found):
            continue
        pro = [c for c in props if c.polarity > 0 and c.evidence != con.evidence and restates(c, con)
               and not v.side(c.speaker) & v.side(con.speaker)]
        if pro:
            out.append(_contradiction(v, PROPOSITION, pro, [con]))
    return out


def _sides(v: View, claims: list[Claim]) -> list[str]:
    out: list[str] = []
    for c in claims:
        if c.speaker == ARTICLE:
            continue  # the outlet is no actor of the record; `_contradiction` marks its side instead
        a = v.actors.get(c.speaker or "")
        for x in ([c.speaker] if c.speaker else []) + ([a["affiliation"]] if a and a.get("affiliation") else []):
            if x not in out:
                out.append(x)
    return out


def _contradiction(v: View, topic: str, pro: list[Claim], con: list[Claim], claim: str | None = None
                   ) -> dict[str, Any]:
    main = next((c for c in pro if c.evidence.startswith("q") and not c.evidence.startswith("n")), pro[0])
    text = claim or f"{v.name(main.speaker)}: {main.text.strip()}"
    pro_side = set(_sides(v, pro))
    return {"claim": text, "asserted_by": _sides(v, pro),
            "disputed_by": [x for x in _sides(v, con) if x not in pro_side],
            "evidence_for": [c.evidence for c in pro], "evidence_against": [c.evidence for c in con],
            "kind": topic.split(":")[0] if not topic.startswith("event:") else "event",
            "article_side": _article_side(pro, con)}


def _article_side(pro: list[Claim], con: list[Claim]) -> str | None:
    """Which side the article's own unattributed statements take ("for", "against"), if any."""
    return next((side for side, claims in (("for", pro), ("against", con))
                 if any(c.speaker == ARTICLE for c in claims)), None)


def _figure_contradiction(v: View, a: Claim, b: Claim) -> dict[str, Any]:
    kind = a.topic.split(":", 1)[1]
    total = conservative_total([a.value, b.value])
    return {"claim": f"{_fmt(a.value)} {kind} ({a.of or a.unit or 'people'}), said by {v.name(a.speaker)}; "
                     f"{_fmt(b.value)} said by {v.name(b.speaker)}; conservative total {_fmt(total)}",
            "asserted_by": [a.speaker], "disputed_by": [b.speaker], "evidence_for": [a.evidence],
            "evidence_against": [b.evidence], "kind": "figure"}


def _fmt(x: float | None) -> str:
    return str(int(x)) if isinstance(x, float) and x == int(x) else str(x)


def evidence_texts(rec: dict[str, Any], ids: list[str], text: str | None = None, with_speaker: bool = True
                   ) -> list[str]:
    """The text behind evidence ids: a quote from its speaker's mention to its end ("the Taliban said that
    they have seized ..."), an event's sentence, a figure's sentence."""
    text = text or rec.get("text") or rec.get("article", {}).get("text")
    quotes = {q["id"]: q for q in rec.get("quotes", [])}
    events = {e["id"]: e for e in rec.get("events", [])}
    v = View(rec)
    out = []
    for i in ids:
        if i in quotes:
            q = quotes[i]
            s = q.get("speaker_start")
            if with_speaker and text and s is not None and s < q["start"] and q["start"] - s < 200:
                out.append(text[s:q["end"]])
            elif with_speaker and text and s is not None and s > q["end"] and s - q["end"] < 60:
                out.append(text[q["start"]:q.get("speaker_end") or s])
            else:
                out.append(q["text"])
        elif i in events:
            out.append(events[i].get("sentence", ""))
        elif i.startswith("s") and i[1:].isdigit() and int(i[1:]) < len(v.sentences):
            out.append(v.sentences[int(i[1:])]["text"])
        elif i.startswith("n") and i[1:].isdigit():
            n = rec.get("quantities", [])[int(i[1:])]
            sent = v.sentence_of(n["start"], n["end"])
            out.append(sent["text"] if sent else n["text"])
    return out


def _deflects(v1: View, blamed: Claim, v2: View, rival: Claim) -> bool:
    """Whether a claim for (`rival`) is the answer of a party `blamed` holds responsible, blaming another instead
    ("Russia blamed the US for the crisis" against "the YPG blamed Moscow"): its speaker is among the parties
    `blamed` names, the parties it names are others, and the two do not name different places."""
    if rival.speaker in (None, ARTICLE) or blamed.speaker is None or not (rival.parties and blamed.parties):
        return False
    speaker_keys = set().union(*(_party_keys(v2, a) for a in v2.side(rival.speaker)))
    blamer_keys = set().union(*(_party_keys(v1, a) for a in v1.side(blamed.speaker))) \
        if blamed.speaker != ARTICLE else set()
    if not speaker_keys & set(blamed.parties) or speaker_keys & blamer_keys:
        return False
    if set(rival.parties) & set(blamed.parties):
        return False
    return not (blamed.objects and rival.objects and not set(blamed.objects) & set(rival.objects))

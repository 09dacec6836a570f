"""Census of the missed attributions with another cue verb (issue 18, round 15): every gold PolNeAR Content that no
prediction overlaps and whose cue is a verb other than say/tell/belief/according to (scripts/quotes_census14.py's
"other verb" class), counted by the cue's lemma, the cue list it is in (speech, belief, stance, preposition or none,
data/speech_verbs.txt) and the construction (the content root's dependency on the cue: dobj, ccomp+that, xcomp+to,
prep:<word>, quote; "not child" when the parse hangs it elsewhere).

    python scripts/quotes_census15.py train|tune-a [LEMMA|CONSTRUCTION|LIST]

Counts only (train and tune-a; an optional key prints the items of that lemma, construction or list).
"""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_census14 as c14  # noqa: E402
import quotes_polnear_train as train  # noqa: E402

from newsledger.extract.quotes import cues  # noqa: E402


def main() -> None:
    SP, BE, ST, PR = cues.speech_verbs(), cues.belief_verbs(), cues.stance_verbs(), cues.preposition_verbs()
    assert sys.argv[1] in {"train", "tune-a"}, "train or tune-a only"
    setname = sys.argv[1]
    ex = sys.argv[2] if len(sys.argv) > 2 else None
    docs, parsed, recs = train.census_inputs(setname, train.CORPUS, 1, True)
    lem, lst, cons, pair = Counter(), Counter(), Counter(), Counter()
    n = 0
    for (name, text, gold), rec, doc in zip(docs, recs, parsed):
        for g, gs, best in train.unmatched_gold(text, gold, rec):
            if best is not None and best[0] > 0:
                continue
            cc = c14.cue_class(doc, text, g.cue_text, g.cues)
            if cc != "other verb":
                continue
            n += 1
            a, b = g.cues[0]
            cs = doc.char_span(a, b, alignment_mode="expand")
            cue = cs.root
            L = cue.lemma_.lower()
            which = next((k for k, words in (("speech", SP), ("belief", BE), ("stance", ST), ("prep", PR))
                          if L in words), "none")
            span = doc.char_span(gs[0], gs[1], alignment_mode="expand")
            ctext = text[gs[0]:gs[1]].lstrip()
            if ctext[:1] in "\"\u201c'":
                c = "quote"
            elif span is None or not len(span):
                c = "nospan"
            else:
                r = span.root
                first = span[0].lower_
                if r.head == cue or r.head.head == cue and r.head.dep_ == "prep":
                    d = r.dep_ if r.head == cue else "prep:" + r.head.lower_
                    wh = first in cues.WH_WORDS or first == "if"
                    c = d + ("+that" if first == "that" else "+to" if first == "to" else "+wh" if wh else "")
                elif cue.head == r or cue in r.subtree and cue != r:
                    c = "cue inside content"
                elif r == cue:
                    c = "content root is cue"
                else:
                    c = "not child:" + r.dep_
            lem[L] += 1
            lst[which] += 1
            cons[c] += 1
            pair[(which, c)] += 1
            if ex and (ex == L or ex == c or ex == which):
                print(f"[{name[:25]}] {L} {which} {c}\n  S: {text[max(0, gs[0] - 120):gs[0]]!r}\n"
                      f"  G: {text[gs[0]:gs[1]][:200]!r}")
    print(setname, "n", n)
    for t, C in (("list", lst), ("construction", cons), ("list x construction", pair), ("lemma", lem)):
        print("##", t)
        for k, v in C.most_common(45):
            print(f"{v:6d} {k}")


if __name__ == "__main__":
    main()

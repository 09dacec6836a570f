"""Claims and contradictions: the reference article's gold contradiction, and cross-article figures."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsledger.eval.suites.contradictions_reference import evidence_found, side_right
from newsledger.extract.claims import conservative_total, cross_article


def test_reference_contradiction_both_sides_and_evidence(reference_record, gold):
    g = gold["contradictions"][0]
    rec = reference_record.to_dict()
    text = reference_record.article.text
    hits = [c for c in reference_record.contradictions
            if evidence_found(rec, text, c.evidence_for, g["evidence_for"])
            and evidence_found(rec, text, c.evidence_against, g["evidence_against"])]
    assert len(hits) == 1
    c = hits[0]
    assert side_right(reference_record, c.asserted_by, g["asserted_by"], g["disputed_by"], gold["actors"])
    assert side_right(reference_record, c.disputed_by, g["disputed_by"], g["asserted_by"], gold["actors"])


def test_reference_whereabouts(reference_record):
    kinds = {c.kind for c in reference_record.contradictions}
    assert "whereabouts" in kinds


def _rec(aid, text, published="2021-08-27"):
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    return extract_record(Article(text=text, id=aid, published=published)).to_dict()


A = ("A suicide bomber attacked a crowd outside the main gate of Kabul airport on Thursday. "
     "Health officials said {n} people were killed in the blast.")
B = ("Officials at the hospital said {n} people were killed when a bomber struck a crowd outside Kabul airport "
     "on Thursday.")


def test_cross_article_169_vs_170():
    found = cross_article([_rec("a", A.format(n=169)), _rec("b", B.format(n=170))])
    figs = [c for c in found if c["kind"] == "figure"]
    assert len(figs) == 1
    c = figs[0]
    assert sorted(c["values"]) == [169, 170] and c["total"] == 169
    assert "169" in c["evidence_for"][0]["text"] and "170" in c["evidence_against"][0]["text"]


def test_cross_article_agreement_is_not_a_contradiction():
    assert not cross_article([_rec("a", A.format(n=169)), _rec("b", B.format(n=169))])
    # a lower bound agrees with a higher exact figure
    assert not cross_article([_rec("a", A.format(n=169)), _rec("b", B.format(n="at least 150"))])
    # far apart in time: not the same event
    assert not cross_article([_rec("a", A.format(n=169)), _rec("b", B.format(n=170), published="2021-10-30")])


def test_conservative_total():
    assert conservative_total([170, 169, 182]) == 169


CLAIM = "The Syrian Democratic Forces said on Tuesday that their fighters had captured Manbij after heavy fighting."


def _cross(b_text, published="2019-03-13"):
    return cross_article([_rec("a", CLAIM, "2019-03-12"), _rec("b", b_text, published)])


def test_cross_article_claim_vs_denial():
    for denial in ("Islamic State denied that Manbij had fallen, saying its fighters still held the town.",
                   "A spokesman for Islamic State said the claim that Manbij had been captured was false.",
                   "Islamic State denied withdrawing from Manbij."):
        found = [c for c in _cross(denial) if c["kind"] == "control"]
        assert len(found) == 1, denial
        c = found[0]
        assert c["articles"] == ["a", "b"] and "manbij" in c["about"]
        assert c["asserted_by"] == ["Syrian Democratic Forces"] and "Islamic State" in c["disputed_by"]
        assert "captured Manbij" in c["evidence_for"][0]["text"] and "Manbij" in c["evidence_against"][0]["text"]


def test_cross_article_claim_agreements_and_other_events():
    # a confirmation, another place, a captured person, an unconfirmed report, the claimant's own denial
    for other in ("The Syrian Observatory for Human Rights confirmed that the Syrian Democratic Forces had taken "
                  "control of Manbij.",
                  "Islamic State denied that Raqqa had fallen.",
                  "Islamic State denied that its commander had been captured near Manbij.",
                  "Local officials said they could not yet confirm whether Manbij had been captured.",
                  "The Syrian Democratic Forces denied reports that Manbij had fallen back to Islamic State."):
        assert not _cross(other), other
    # the same denial six weeks later is another moment of the war, not this claim's dispute; three weeks later it
    # still answers the claim (a rebuttal weeks after a claim of victory: the real pairs, issue 14)
    assert not _cross("Islamic State denied that Manbij had fallen.", published="2019-04-25")
    assert _cross("Islamic State denied that Manbij had fallen.", published="2019-04-02")


def test_update_only_when_it_leads_to_the_figure():
    from newsledger.extract.claims.figures import _is_update

    s = "The death toll rose overnight to 21, officials said."
    assert _is_update(s, s.index("21"))
    s = "At least 21 were killed in protests that began against rising prices."
    assert not _is_update(s, s.index("21"))


def test_cross_article_lower_bound_vs_lower_exact_figure():
    a = _rec("a", A.format(n="at least 20"))
    assert [c["kind"] for c in cross_article([a, _rec("b", B.format(n=9))])] == ["figure"]
    assert not cross_article([a, _rec("b", B.format(n=23))])


def test_contradictions_command_lists_cross_article_claims_and_merged_events(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    def run(*args):
        return subprocess.run([sys.executable, "-m", "newsledger.cli", *map(str, args)], capture_output=True,
                              text=True, timeout=600,
                              env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(CLAIM + "\n")
    (src / "b.txt").write_text("Islamic State denied that Manbij had fallen, saying its fighters still held "
                               "the town.\n")
    (src / "c.txt").write_text("Kurdish officials said Turkish warplanes bombed the town of Kobani on Monday, "
                               "killing five civilians.\n")
    (src / "d.txt").write_text("Turkey denied that its warplanes had bombed Kobani on Monday.\n")
    db = tmp_path / "c.duckdb"
    res = run("ingest", src, "--db", db, "--published", "2019-03-12", "--workers", "1")
    assert res.returncode == 0, res.stderr
    res = run("contradictions", "--db", db, "--scope", "cross", "--json")
    assert res.returncode == 0, res.stderr
    rows = [json.loads(ln) for ln in res.stdout.splitlines() if ln.strip()]
    claim = [r for r in rows if r["kind"] == "control"]
    assert len(claim) == 1 and claim[0]["articles"] == ["a", "b"]
    assert claim[0]["evidence_against"][0]["text"].startswith("Islamic State denied")
    # the bombing and its denial: a merged event's disagreement, or (listed first, the merge then leaves the pair
    # out) the denial restating the report across articles ("proposition")
    assert any(r["scope"] == "merged-event" and r["asserted_by"] == ["c"] and r["disputed_by"] == ["d"]
               or r["kind"] == "proposition" and r["articles"] == ["c", "d"] for r in rows)


def test_cross_article_taken_name_and_claim_called_propaganda():
    a = _rec("a", "Kurdish commanders said their forces had taken Tabqa.", "2019-03-12")
    b = _rec("b", "Islamic State said the claim that Tabqa had fallen was propaganda.", "2019-03-13")
    assert [c["kind"] for c in cross_article([a, b])] == ["control"]
    # "taken to hospital" is no capture
    c = _rec("c", "Medics said the wounded had been taken to hospital in Tabqa.", "2019-03-12")
    assert not cross_article([c, b])


def test_real_pair_set_is_ids_offsets_and_labels(corpus):
    """The hand-annotated real pairs: 229 since the twenty-first round (105 disagree), unique ids, both labels,
    offsets inside their articles, no copied text (a note of the twenty-first round on shares no run of five words
    with its spans)."""
    import csv
    import re

    from newsledger.eval.split import select
    from newsledger.eval.suites.contradictions_guardian import PAIRS, articles, load_pairs

    pairs = load_pairs()
    assert len(pairs) >= 229 and len({p.id for p in pairs}) == len(pairs)
    assert {p.label for p in pairs} == {"agree", "disagree"}
    assert sum(p.label == "disagree" for p in pairs) >= 105
    # the halves grow with the set (hash of the pair id): tune 95 (tune-a 49, tune-b 46), check 134 (63 disagree)
    assert len(select(pairs, lambda p: p.id, "check")) >= 134
    assert len(select(pairs, lambda p: p.id, "tune-a")) >= 49
    texts = articles(corpus)
    for p in pairs:
        for art, start, end in (p.a, p.b):
            assert 0 <= start < end <= len(texts[art][1]), p
    header = PAIRS.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert header == ["pair", "a_article", "a_start", "a_end", "b_article", "b_start", "b_end", "label", "topic",
                      "note"]

    def runs(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z0-9']+", text.lower())
        return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}

    with PAIRS.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
                if int(r["pair"][1:]) >= 169]
    assert len(rows) >= 61
    for r in rows:
        for art, start, end in ((r["a_article"], r["a_start"], r["a_end"]), (r["b_article"], r["b_start"], r["b_end"])):
            assert not runs(r["note"]) & runs(texts[art][1][int(start):int(end)]), r["pair"]


def test_responsibility_claim_and_its_denial_across_articles():
    """CAMEO 112/016: one side blames a party for an attack, another denies it; matched on the attack's place."""
    from newsledger.extract.claims import cross_article
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    a = extract_record(Article(text="The French president claimed the army was behind the bombing of Kafr Nabl.",
                               id="a", published="2018-04-12")).to_dict()
    b = extract_record(Article(text="A government spokesman denied that the army was behind the bombing of Kafr "
                                    "Nabl.", id="b", published="2018-04-12")).to_dict()
    c = extract_record(Article(text="A government spokesman denied that the army was behind the shelling of Saraqib.",
                               id="c", published="2018-04-12")).to_dict()
    assert any(x["kind"] == "responsibility" for x in cross_article([a, b]))
    assert not cross_article([a, c])  # another attack


@pytest.mark.slow
def test_real_pairs_check_half_floors(corpus):
    """Floors at the check half's figures on the real pairs (contradictions/guardian), so a fall shows."""
    from newsledger.eval.suites import contradictions_guardian as suite

    score = suite.run(corpus, split="check")[0]
    # 229 pairs since the twenty-first round (check: 63 disagree, R 0.254 with its affiliation rule, 0.238 without;
    # 0.316 of the 38 before it); unchanged by the twenty-second round's rules
    assert score.precision >= 0.88 and score.recall >= 0.25, score.extra


def test_unattributed_claim_stands_for_its_article_and_a_group_has_its_other_names():
    from newsledger.extract.claims import cross_article
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    a = extract_record(Article(text="The president wrote: \u201cWe have defeated Islamic State in Syria.\u201d",
                               id="a", outlet="Outlet A", published="2018-12-19")).to_dict()
    b = extract_record(Article(text="\u201cIsis has not been defeated,\u201d it said in a statement.",
                               id="b", outlet="Outlet B", published="2018-12-20")).to_dict()
    found = cross_article([a, b])
    assert found and found[0]["asserted_by"] and found[0]["disputed_by"]


def test_an_intended_capture_is_no_claim():
    from newsledger.extract.claims import claims_of
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    rec = extract_record(Article(text="The army spokesman said the offensive to capture Tabqa would begin soon.",
                                 published="2018-04-12")).to_dict()
    assert not [c for c in claims_of(rec) if c.topic == "control"]


def test_negated_belief_and_dispute_word_are_claims_against():
    # a neg-raising cue negated before the content; a dispute word inside it; "far from" negates
    from newsledger.extract.claims import claims_of

    claim = "Mike Pence, the vice-president, said: \u201cIsis has been defeated.\u201d"
    for against in ("The UK does not believe Isis has been effectively defeated.",
                    "The French defence minister said Isis was far from defeated.",
                    "Officials in Damascus continue to deny responsibility for the attack on Douma."):
        assert any(c.polarity < 0 and c.strength == "explicit" for c in claims_of(_rec("b", against))), against
    assert cross_article([_rec("a", claim, "2019-01-16"),
                          _rec("b", "The UK does not believe Isis has been effectively defeated.", "2019-01-20")])
    # a belief that is not negated agrees with the claim
    assert not cross_article([_rec("a", claim, "2019-01-16"),
                              _rec("b", "The UK believes Isis has been defeated.", "2019-01-20")])


def test_colon_introduced_quote_has_its_speaker():
    from newsledger.extract.claims import claims_of

    rec = _rec("a", "After the reports surfaced, Trump tweeted: \u201cWe have defeated Isis in Syria.\u201d")
    found = [c for c in claims_of(rec) if c.topic == "control"]
    assert found and all(c.speaker for c in found)


def test_rebuttal_by_reference_within_one_article():
    claim = "The Syrian Democratic Forces said on Tuesday that their fighters had captured Manbij. "
    for rebuttal in ("A spokesman for Islamic State rejected the claim.",
                     "\u201cThat is not true,\u201d said Abu Omar, an Islamic State commander."):
        rec = _rec("a", claim + rebuttal, "2019-03-12")
        assert [c for c in rec["contradictions"] if c["kind"] == "control"], rebuttal
    # a denial of another claim that names what it is about is no rebuttal of this one
    rec = _rec("a", claim + "The Syrian Democratic Forces also rejected the claim that they had shelled a school.")
    assert not rec["contradictions"]


def test_negation_inside_a_passive_keeps_what_it_is_about():
    from newsledger.extract.claims import claims_of

    for text in ("The French defence minister said Isis was far from defeated.",
                 "The senator said that Isis is not defeated."):
        found = [c for c in claims_of(_rec("b", text)) if c.topic == "control"]
        assert found and found[0].polarity < 0 and "isis" in found[0].objects, text


def test_who_used_chemical_weapons_is_disputed_for_a_year():
    claim = _rec("a", "The UK has claimed Syrian government forces used chemical weapons in Douma.", "2019-01-03")
    denial = _rec("b", "Damascus continued to deny using chemical weapons in Douma.", "2018-04-15")
    assert [c for c in cross_article([claim, denial]) if c["kind"] == "responsibility"]
    later = _rec("b", "Damascus continued to deny using chemical weapons in Douma.", "2020-04-15")
    assert not cross_article([claim, later])


def _kinds(text: str) -> list[str]:
    from newsledger.extract.claims import contradictions_in

    return [c["kind"] for c in contradictions_in(_rec("x", text, "2018-08-20"))]


def test_affiliation_claim_and_its_denial():
    """Affiliation (WordNet: affiliated, linked to, member of): a claim that one group belongs to another against
    its denial, within one article and across two; matched on the group named."""
    claim = "Turkey considers the YPG to be affiliated with the Kurdistan Workers' party (PKK)."
    denial = "The YPG denies any links to the PKK."
    assert "affiliation" in _kinds(f"{claim} {denial}")
    a, b = _rec("a", claim, "2018-08-20"), _rec("b", denial, "2018-09-01")
    assert [c["kind"] for c in cross_article([a, b])] == ["affiliation"]
    other = _rec("c", "The YPG denies any links to Islamic State.", "2018-09-01")
    assert not cross_article([a, other])  # another group


def test_affiliation_by_part_and_identity():
    """A group called a division of another ("the armed wing / northern branch of X", WordNet branch.n.01) or not
    distinct from it ("no difference between X and Y", "indistinguishable from X") is claimed to belong to it, against
    a denial of any ties; "no" inside the phrase does not negate it, a negation before it does."""
    from newsledger.extract.claims import claims_of

    denial = _rec("d", "The Hawar Brigades deny any ties to the Zagros Workers Front.", "2019-03-02")
    for claim in ("Turkey considers the Hawar Brigades the armed wing of the Zagros Workers Front.",
                  "Turkey regards the Hawar Brigades as the northern branch of the Zagros Workers Front.",
                  "\u201cThere is no difference between the Zagros Workers Front and the Hawar Brigades,\u201d the "
                  "Turkish defence minister said.",
                  "Ankara sees the Hawar Brigades as indistinguishable from the Zagros Workers Front."):
        a = _rec("a", claim, "2019-03-01")
        assert [c.polarity for c in claims_of(a) if c.topic == "affiliation"] == [1], claim
        assert [c["kind"] for c in cross_article([a, denial])] == ["affiliation"], claim
    negated = _rec("n", "The envoy said the Hawar Brigades were not the armed wing of the Zagros Workers Front.")
    assert [c.polarity for c in claims_of(negated) if c.topic == "affiliation"] == [-1]


def test_membership_of_a_group_named_by_its_count():
    """Membership of a numbered group (issue 14, twenty-second round): "one of the three" and "the gang of three had
    included X" (WordNet include.v.01, member.n.01) claim that people belong to a group named only by its count; a
    denial of being "one of the three" answers it when the people meet, not when they differ or the count does."""
    from newsledger.extract.claims import claims_of

    listing = _rec("a", "The smuggling gang of three Dutchmen had included Pieter Vandermolen, who was arrested in "
                        "Lisbon last spring, and Joost Kramerhof.", "2019-05-01")
    got = [(c.polarity, c.objects) for c in claims_of(listing) if c.topic == "affiliation"]
    assert [p for p, _o in got] == [1] and "group of 3" in got[0][1]
    denial = _rec("b", "Kramerhof has denied he was one of the three.", "2019-05-03")
    assert [(c.polarity, c.objects) for c in claims_of(denial) if c.topic == "affiliation"] == [(-1, ["group of 3"])]
    assert [c["kind"] for c in cross_article([listing, denial])] == ["affiliation"]
    other = _rec("c", "Maarten Hendriksen has denied he was one of the three.", "2019-05-03")
    assert not cross_article([listing, other])  # another person
    count = _rec("d", "Kramerhof has denied he was one of the five.", "2019-05-03")
    assert not cross_article([listing, count])  # another group
    years = _rec("e", "It was one of the two years the harvest failed.", "2019-05-03")
    assert not [c for c in claims_of(years) if c.topic == "affiliation"]  # a quantity, no group
    town = _rec("f", "The port of Velden, one of two former trading hubs for the gang, was closed.", "2019-05-03")
    assert not [c for c in claims_of(town) if c.topic == "affiliation"]  # a place counted, no one's membership


def test_accusation_without_a_quote_is_a_claim_of_its_source():
    """PLOVER ACCUSE: 'charged him with being a member of X' is a claim by the accuser, against his denial; 'went
    to Syria to join X' is membership claimed as done, not an aim."""
    text = ("While the Kurdish administration has charged him with being a member of Islamic State, Letts has "
            "repeatedly denied being a member of the group.")
    assert "affiliation" in _kinds(text)
    joined = _rec("b", "His parents deny their son went to Syria to join Islamic State.", "2018-11-01")
    assert [c["kind"] for c in cross_article([_rec("a", text, "2018-10-06"), joined])] == ["affiliation"]


def test_dispute_of_a_named_account():
    """'The White House readout did not accurately reflect the call' disputes what the White House is quoted
    saying before it; an account left unnamed disputes nothing."""
    said = ("According to the White House, the president raised concerns over the violence and urged Turkey to "
            "limit its military actions.")
    assert "account" in _kinds(f"{said} However, a Turkish official said the White House readout did not "
                               "accurately reflect the content of the call.")
    assert not _kinds(f"{said} However, a Turkish official said the talks had been useful.")


def test_unquoted_and_passive_disputes():
    """A dispute no quote carries: 'a charge refuted by X' after an accusation."""
    assert "responsibility" in _kinds("The US and Britain accused Moscow of deliberately delaying the vote in "
                                      "order to help its ally \u2013 a charge refuted by Russia.")


def test_people_taken_are_no_ground_taken():
    """'captured Isis fighters' is a capture of people: no control claim to set against 'Isis is not defeated'."""
    a = _rec("a", "The president urged allies to take back 800 captured Isis fighters.", "2019-02-17")
    b = _rec("b", "The minister said Isis has not been defeated.", "2019-02-18")
    assert not cross_article([a, b])


def test_no_evidence_that_is_a_claim_against():
    """'There is no evidence that X had joined Y' is against the claim, however far the topic word stands."""
    from newsledger.extract.claims import claims_of

    rec = _rec("a", "The family say there is no evidence that their son, who travelled to Syria in 2014, had joined "
                    "Islamic State.", "2017-11-13")
    assert [c.polarity for c in claims_of(rec) if c.topic == "affiliation"] == [-1]


def test_article_statement_is_a_claim_of_the_article():
    """An unhedged statement of the article's own ('Isis is not defeated.') answers a claim in another article; a
    hedged one ('Isis may not be defeated') states nothing of the article's own."""
    a = _rec("a", "The president tweeted: \u201cWe have defeated Islamic State in Syria.\u201d", "2018-12-19")
    b = _rec("b", "Islamic State is not defeated and the Kurds must not be betrayed again.", "2018-12-25")
    found = cross_article([a, b])
    assert [c["kind"] for c in found] == ["control"]
    assert "article" not in found[0]["disputed_by"]  # the outlet speaks, not an actor called "article"
    hedged = _rec("c", "Islamic State may not be defeated yet.", "2018-12-25")
    assert not cross_article([a, hedged])


def test_contradictions_do_not_depend_on_the_hash_seed(corpus, tmp_path):
    """A real article with several disputed topics lists its contradictions in one order whatever the hash seed
    (the topics were once iterated as a set, so two seeds gave two orders)."""
    import csv
    import json
    import os
    import subprocess
    import sys

    csv.field_size_limit(10**9)
    with open(corpus / "dev" / "unlabelled" / "Guardian_SDF_sample.csv", newline="", encoding="utf-8") as f:
        # an article with two disputed topics (row 76, whose order once differed between seeds 1 and 4, keeps one
        # since "anyone responsible for" is no claim: issue 14, fourteenth round)
        row = list(csv.DictReader(f))[67]
    script = ("import json, sys\nfrom newsledger.extract.claims import contradictions_in\n"
              "from newsledger.model import Article\nfrom newsledger.pipeline import extract_record\n"
              "a = json.load(open(sys.argv[1]))\n"
              "rec = extract_record(Article(text=a['text'], id='x', published=a['date'][:10])).to_dict()\n"
              "print(json.dumps(contradictions_in(rec)))\n")
    (tmp_path / "a.json").write_text(json.dumps(row), encoding="utf-8")
    runs = [subprocess.run([sys.executable, "-c", script, str(tmp_path / "a.json")], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout for seed in ("1", "4")]
    assert len(json.loads(runs[0])) >= 2 and runs[0] == runs[1]


def test_figure_bounds_and_a_death_toll_above_a_casualty_figure():
    # figure_bounds.tsv: "up to 250" and "nearly 300" allow no common value; "more than 500" and "about 530" do;
    # a death toll above a casualty figure of the same people cannot be true with it
    from newsledger.extract.claims import Claim, figures_disagree

    def fig(value, bound=None, topic="figure:killed"):
        return Claim(topic, 0, "a1", "n0", "", 0, 0, value=value, bound=bound, of="people")

    assert figures_disagree(fig(250, "upper"), fig(300, "about"))
    assert not figures_disagree(fig(500, "lower"), fig(530, "about"))
    assert not figures_disagree(fig(1700, "upper"), fig(1300))
    assert figures_disagree(fig(523), fig(340, "about", "figure:casualties"))
    assert not figures_disagree(fig(200), fig(340, "about", "figure:casualties"))


def test_denier_is_the_accused_across_articles_and_a_staged_attack_against_its_report():
    # an act's parties match a claim and its denial when the denial names no place (a state's organs are the state)
    a = _rec("a", "The director of GCHQ, Jeremy Fleming, accused Russia of being behind the nerve agent attack "
                  "in Salisbury.", "2018-04-12")
    # within 30 days (claim_topics.tsv parties-window): four months later a bare "the attack" may be another act
    b = _rec("b", "The Kremlin has vehemently denied involvement in the attack.", "2018-04-20")
    c = _rec("c", "The Iranian foreign ministry has denied involvement in the attack.", "2018-04-20")
    assert any(x["kind"] == "responsibility" for x in cross_article([a, b]))
    assert not cross_article([a, c])  # a party nobody blamed
    # "claims that the killings were fabricated", owned by the demonym's country, against the act's report
    from newsledger.extract.claims import contradictions_in

    rec = _rec("d", "Syria\u2019s renewed use of chemical weapons against its own people is barbaric. Official "
                    "Syrian claims that the latest killings have been fabricated are beneath contempt.")
    assert [x["kind"] for x in contradictions_in(rec)] == ["occurrence"]


def test_counter_accusation_and_rebuttal_of_an_accusation_event():
    a = _rec("a", "Russia blamed the US on Monday for the crisis.", "2018-01-22")
    b = _rec("b", "The YPG blamed Moscow once again for allowing the operation.", "2018-01-23")
    assert cross_article([a, b])
    assert not cross_article([a, _rec("c", "The YPG blamed Washington for the crisis.", "2018-01-23")])  # agree
    from newsledger.extract.claims import contradictions_in

    rec = _rec("d", "The army said rebels had shelled the market. The rebels denied the allegation.")
    assert contradictions_in(rec)


def test_what_a_defeat_claim_is_about_in_more_clause_shapes():
    from newsledger.extract.claims import claims_of

    for text in ("The UK does not believe Islamic State has been defeated, a spokesman said.",
                 "Officials said Isis is far from being defeated.",
                 "Isis attacked a village. The Pentagon said the militants had not been defeated.",
                 "A Kurdish official said it was reckless to say Isis had been defeated."):
        found = [c for c in claims_of(_rec("b", text)) if c.topic == "control"]
        assert any(c.polarity < 0 and {"isis", "islamic state"} & set(c.objects or []) for c in found), (text, found)


def test_attack_at_a_town_and_in_its_province_across_articles():
    """One outlet names the town of an attack, another only its province (the gazetteer's admin1 of the town):
    one act. Two towns of one province, or another province, stay apart."""
    town = _rec("a", "The French president said the army was behind the chemical attack on Khan Sheikhoun.",
                "2018-04-12")
    province = _rec("b", "A government spokesman denied that the army carried out a chemical attack in Idlib "
                         "province.", "2018-04-12")
    other_town = _rec("c", "A government spokesman denied that the army was behind the shelling of Saraqib.",
                      "2018-04-12")
    other_province = _rec("d", "A government spokesman denied that the army carried out a chemical attack in Hama "
                               "province.", "2018-04-12")
    assert [c for c in cross_article([town, province]) if c["kind"] == "responsibility"]
    assert not cross_article([town, other_town])
    assert not cross_article([town, other_province])


def test_dispute_of_a_named_account_answers_the_account_in_another_article():
    """'Officials disputed the White House readout' answers the readout another article reports ('according to
    the White House readout'), within days; not another kind of account, nor a later article."""
    account = _rec("a", "According to the White House readout of the call, Trump urged Turkey to limit its military "
                        "actions in Afrin.", "2018-01-24")
    dispute = _rec("b", "A Turkish official said the White House readout did not accurately reflect the content of "
                        "the call.", "2018-01-25")
    statement = _rec("c", "According to a White House statement, Trump urged Turkey to limit its military actions in "
                          "Afrin.", "2018-01-24")
    later = _rec("d", "A Turkish official said the White House readout did not accurately reflect the content of "
                      "the call.", "2018-02-25")
    assert [c["kind"] for c in cross_article([account, dispute])] == ["account"]
    assert not cross_article([statement, dispute])
    assert not cross_article([account, later])


def test_a_toll_without_a_noun_counts_people():
    """'More than 500 killed' and 'about 530 people have died' count the same people (they agree); 'more than 500
    killed' and '300 people died' in the same place within days cannot both be true."""
    from newsledger.extract.claims.figures import _people_key

    assert _people_key("") == _people_key("people") == _people_key("persons") == "people"
    assert _people_key("civilian deaths") == "civilian"
    bare = _rec("a", "Monitors said more than 500 were killed in the shelling of Saraqib this week.", "2018-02-25")
    fewer = _rec("b", "Officials said 300 people died in the shelling of Saraqib this week.", "2018-02-25")
    assert [c["kind"] for c in cross_article([bare, fewer])] == ["figure"]


def test_a_denial_by_a_state_named_only_by_its_demonym_clears_that_state():
    """'Official Syrian claims that the attack was fabricated' (no actor for Syria in its article) is a denial
    that clears Syria, against another article's blaming Syria for the attack."""
    from newsledger.extract.claims.about import _state_key

    assert _state_key("Official Syrian") == "state:SYR" and _state_key("the monitor") is None
    blame = _rec("a", "The regime of Syria used chemical weapons against its own people at the weekend.",
                 "2018-04-08")
    denial = _rec("b", "Official Syrian claims that the killings were fabricated are false.",
                  "2018-04-09")
    assert [c for c in cross_article([blame, denial]) if c["kind"] == "occurrence"]


def test_an_unfinished_fight_and_a_group_not_finished_are_against_its_defeat():
    """'The fight against X is far from over' and 'X is not finished' deny that X is defeated (an explicit claim
    against, matched on X); a fight with no named group ('the fight is not over') stays supporting evidence."""
    from newsledger.extract.claims import claims_of

    for text in ("A general told reporters that the fight against Isis and its allies is far from over.",
                 "The minister said the task of defeating Isis was not yet over.",
                 "Isis is not finished, a spokesman for the coalition said."):
        found = [c for c in claims_of(_rec("b", text)) if c.topic == "control"]
        assert any(c.polarity < 0 and c.strength == "explicit" and {"isis", "islamic state"} & set(c.objects or [])
                   for c in found), (text, found)
    found = [c for c in claims_of(_rec("c", "A commander said the fight is not over.")) if c.topic == "control"]
    assert all(c.strength == "continue" for c in found)
    claim = _rec("d", "The president said on Twitter that Isis had been defeated in Syria.", "2018-12-19")
    answer = _rec("e", "A US general said the fight against Isis is far from over.", "2018-12-20")
    assert [c for c in cross_article([claim, answer]) if c["kind"] == "control"]


def test_a_group_defeat_is_answered_for_a_season_a_place_taken_for_a_month():
    """What two control claims share is a group: answered within claim_topics.tsv's group-window (120 days);
    a place taken keeps the topic's window (30 days)."""
    claim = _rec("a", "The president said on Twitter that Isis had been defeated in Syria.", "2018-12-19")
    answer = _rec("b", "A US general said Isis has not been defeated.", "2019-03-08")
    assert [c for c in cross_article([claim, answer]) if c["kind"] == "control"]
    late = _rec("c", "A US general said Isis has not been defeated.", "2019-06-30")
    assert not [c for c in cross_article([claim, late]) if c["kind"] == "control"]
    town = _rec("d", "Rebels said they had captured Afrin.", "2018-03-18")
    denial = _rec("e", "The Kurdish militia denied that Afrin had fallen.", "2018-05-20")
    assert not [c for c in cross_article([town, denial]) if c["kind"] == "control"]
    assert [c for c in cross_article([town, _rec("f", "The Kurdish militia denied that Afrin had fallen.",
                                                 "2018-03-19")]) if c["kind"] == "control"]
    # the group-window runs forward from the claim: a dispute months before it answers an earlier claim
    early = _rec("g", "A US general said Isis has not been defeated.", "2018-09-10")
    assert not [c for c in cross_article([claim, early]) if c["kind"] == "control"]
    assert not [c for c in cross_article([early, claim]) if c["kind"] == "control"]


def test_a_range_is_one_figure_with_two_ends():
    """'between 9 and 50', 'from 20 to 30', '20-30': one figure allowing the values between its ends (two figures
    for one toll would dispute each other's outlets); 'killed 20 and injured 30' stays two figures."""
    from newsledger.extract.claims import claims_of

    def figures(text):
        return [(c.topic, c.value, c.high) for c in claims_of(_rec("r", text)) if c.topic.startswith("figure")]

    assert figures("Monitors said between nine and 50 civilians died in Raqqa.") == [("figure:killed", 9, 50)]
    assert figures("Activists said from 20 to 30 people were killed in Raqqa.") == [("figure:killed", 20, 30)]
    assert len(figures("Activists said 20 people were killed and 30 injured in Raqqa.")) == 2
    monitor = _rec("a", "Monitors said between 1,200 and 1,500 civilians were killed in Raqqa this week.", "2017-10-20")
    inside = _rec("b", "Officials said 1,300 civilians were killed in Raqqa this week.", "2017-10-21")
    below = _rec("c", "Officials said 300 civilians were killed in Raqqa this week.", "2017-10-21")
    assert not [c for c in cross_article([monitor, inside]) if c["kind"] == "figure"]
    assert [c for c in cross_article([monitor, below]) if c["kind"] == "figure"]


def test_a_capital_standing_for_its_state_is_no_site_of_a_toll():
    """'Moscow said ...', 'the forces Ankara is using': the capital names who acts (the record resolves it to a
    country actor), not where the toll was; 'killed near Moscow' keeps it."""
    from newsledger.extract.claims import claims_of

    def places(text):
        return [c.place for c in claims_of(_rec("m", text)) if c.topic.startswith("figure")]

    assert places("Moscow said 20 civilians were killed in Raqqa.") == ["ar raqqah"]
    assert places("Officials said 20 people were killed near Moscow.") == ["moscow"]


def test_a_capital_standing_for_its_state_is_no_place_of_an_act():
    """'claimed Moscow had evidence that the attack in Douma was staged': the act is at Douma; Moscow (resolved to
    Russia, no locative before it) names who holds the evidence, so two accounts of Douma still meet."""
    from newsledger.extract.claims import claims_of

    rec = _rec("m", "The Russian foreign minister claimed Moscow had evidence that the chemical attack in Douma was "
                    "staged.", "2018-04-13")
    staged = [c for c in claims_of(rec) if c.topic == "occurrence" and c.polarity < 0]
    assert staged and all("moscow" not in (c.objects or []) for c in staged), staged


def test_a_denial_that_restates_what_it_denies_answers_it_whatever_its_topic():
    """No claim-topic row is about a deal: a denial that restates a statement (most of its content words) answers
    it, within one article and across articles; a denial of something else, of a place alone, or a rejected
    request (no fact) does not."""
    from newsledger.extract.claims import contradictions_in

    said = "Village elders said a truce had been agreed for the army to leave the valley by spring."
    denied = "The provincial governor denied on Friday that a truce had been agreed for the army to leave the valley."
    assert [d for d in contradictions_in(_rec("p", f"{said} {denied}")) if d["kind"] == "proposition"]
    found = cross_article([_rec("a", said, "2018-01-20"), _rec("b", denied, "2018-01-22")])
    assert [d for d in found if d["kind"] == "proposition"]
    other = "The provincial governor denied on Friday that its commander had been captured near the valley."
    assert not [d for d in contradictions_in(_rec("q", f"{said} {other}")) if d["kind"] == "proposition"]
    asked = ("The government said Turkey should extradite the suspect to stand trial at home. "
             "A Turkish court rejected the government's request to extradite the suspect to stand trial at home.")
    assert not [d for d in contradictions_in(_rec("r", asked)) if d["kind"] == "proposition"]


def test_a_group_that_no_longer_holds_territory_against_one_that_still_holds_it():
    """'X no longer holds any territory' claims X lost its ground, 'X still holds (pockets of) territory' is
    against it, both about X; 'could no longer hold them' (no territory) and 'still holds P' (a place: evidence
    only, as before) are no such claims."""
    from newsledger.extract.claims import claims_of

    def control(text):
        return [(c.polarity, c.strength) for c in claims_of(_rec("t", text)) if c.topic == "control"]

    claim = _rec("a", "The White House declared that Islamic State no longer holds any territory in Syria.",
                 "2019-03-22")
    answer = _rec("b", "Kurdish commanders said Isis still holds pockets of territory near the border.", "2019-03-23")
    assert [d for d in cross_article([claim, answer]) if d["kind"] == "control"]
    assert control("The guards said they could no longer hold them.") == []
    assert all(strength == "continue" for _, strength in control("Isis still holds Raqqa."))


def test_a_rout_is_said_of_a_named_organization():
    """'Isis was crushed / destroyed' is a defeat claim about Isis; 'homes were destroyed in P' and 'the rebels
    were crushed' (no named organization) are none."""
    from newsledger.extract.claims import claims_of

    def control(text):
        return [(c.polarity, c.objects) for c in claims_of(_rec("r", text)) if c.topic == "control"]

    assert control("The president said Isis had been crushed.") == [(1, ["isis", "islamic state"])]
    assert control("The minister said Isis has not been destroyed.") == [(-1, ["isis", "islamic state"])]
    assert control("Homes were destroyed in Raqqa, officials said.") == []
    assert control("The rebels were crushed.") == []


def test_the_caliphate_with_no_group_before_it_is_islamic_state():
    """'the (so-called / physical) caliphate' with no group named before it stands for Islamic State (lexicon),
    so a span that names the group only so still meets another article's claim about Isis."""
    from newsledger.extract.claims import claims_of
    from newsledger.resolve.lexicon import described_organization

    assert "isis" in described_organization("the so-called caliphate") and described_organization("the group") == []
    found = [c for c in claims_of(_rec("c", "Officials said the so-called caliphate has not been defeated."))
             if c.topic == "control"]
    assert found and "isis" in (found[0].objects or [])
    claim = _rec("a", "The president said on Twitter that Isis had been defeated in Syria.", "2018-12-19")
    answer = _rec("b", "A Kurdish commander said the physical caliphate has not been defeated.", "2018-12-21")
    assert [d for d in cross_article([claim, answer]) if d["kind"] == "control"]


def test_a_statement_being_a_proposition_too_leaves_rebuttals_alone():
    """Every statement is also a proposition claim; a rebuttal by reference with content words of its own ('That
    is completely untrue, our soldiers guard every gate') is still read as one."""
    from newsledger.extract.claims import contradictions_in

    rec = _rec("d", "The army said the rebels had seized the airport. The rebels said: \"That is completely "
                    "untrue, our soldiers guard every gate.\"")
    assert [d for d in contradictions_in(rec) if d["kind"] == "control"]


def test_the_articles_verdict_on_the_statement_before_it():
    """Issue 14, seventh round: the reporter's own rebuttal by reference ("The claim was inaccurate.", "the facts
    point to a different conclusion") answers the sentence right before it: its claims, else the statement it
    reports."""
    from newsledger.extract.claims import contradictions_in

    claim = "The army said on Monday that rebels had shelled the market in Aleppo. "
    for verdict in ("The claim was inaccurate.", "But the evidence points to a different conclusion.",
                    "Sadly, his claim is fake news."):
        rec = _rec("a", claim + verdict)
        assert any(c["article_side"] == "against" for c in contradictions_in(rec)), verdict
    denial = "The ministry has denied involvement in the attack on the convoy near Homs. "
    rec = _rec("b", denial + "But history and facts point to a different conclusion.")
    assert any(c["kind"] == "responsibility" and c["article_side"] == "for" for c in contradictions_in(rec))
    # a verdict on nothing reported, and a verdict quoted as someone's words, are no article's verdict
    assert not contradictions_in(_rec("c", "Rain fell on the city for a week. The claim was inaccurate."))
    rec = _rec("d", claim + "\u201cThe claim was inaccurate,\u201d the rebels said.")
    assert not [c for c in contradictions_in(rec) if c.get("article_side")]


def test_a_reported_death_against_a_statement_that_the_person_is_alive():
    """Issue 14, seventh round: "X had been killed" against "X is still alive" by another side, within one article
    and across two (a surname alone matches the full name); a demand for proof and two different people do not."""
    from newsledger.extract.claims import contradictions_in

    dead = _rec("a", "Local media reported on Monday that John Smith had been killed in an airstrike.", "2019-02-05")
    alive = _rec("b", "The foreign minister, Ben Wallace, said he believed Smith was still alive.", "2019-02-07")
    assert [c for c in cross_article([dead, alive]) if c["kind"] == "death"]
    other = _rec("c", "The foreign minister, Ben Wallace, said he believed Mary Jones was still alive.", "2019-02-07")
    assert not [c for c in cross_article([dead, other]) if c["kind"] == "death"]
    proof = _rec("d", "The ambassador, Ben Wallace, demanded proof that John Smith is alive.", "2019-02-07")
    assert not [c for c in cross_article([dead, proof]) if c["kind"] == "death"]
    rec = _rec("e", "Local media reported that John Smith had been killed. His lawyer, Ben Wallace, said Smith was "
                    "alive and well.")
    assert [c for c in contradictions_in(rec) if c["kind"] == "death"]


def test_a_wars_toll_falling_later_disagrees_and_rising_agrees():
    """Issue 14, seventh round: the toll of a whole war is compared across articles months apart: a later figure
    below the earlier disagrees ("towards N" is below N), a later higher one is a rising toll; one side's toll is
    not the war's; "half a million" is 500,000 with its bound."""
    def tolls(*texts):
        recs = [_rec(f"w{i}", t, d) for i, (t, d) in enumerate(texts)]
        return [c for c in cross_article(recs) if c["kind"] == "figure"]

    march = ("More than 500,000 people have been killed in Syria since the war began in 2011.", "2018-03-01")
    assert tolls(march, ("Towards 500,000 people have been killed in Syria since the war began.", "2018-04-20"))
    assert tolls(march, ("The war in Syria has killed about 400,000 people.", "2018-04-20"))
    assert not tolls(march, ("An estimated 600,000 Syrians have been killed in the conflict.", "2018-05-20"))
    assert not tolls(march, ("At least half a million Syrians have been killed in the war.", "2018-05-21"))
    assert not tolls(march, ("Isis has killed 4,000 people in Syria during the war.", "2018-05-20"))
    assert tolls(march, ("Half a million Syrians had been killed in the war by then.", "2018-05-21")) == []


def test_whose_death_a_sentence_reports():
    """The person after "of" is whose the dead person is, not the dead ("the son of X has died"); a sentence-initial
    quantifier ("Both are still alive") is no name."""
    from newsledger.extract.claims import claims_of

    for text in ("The newborn son of John Smith has died in a refugee camp.",
                 "Both are miraculously still alive, but they will not survive another onslaught."):
        assert not [c for c in claims_of(_rec("a", text)) if c.topic == "death"], text
    assert [c.objects for c in claims_of(_rec("b", "Reports claimed Cantlie had been killed.")) if c.topic == "death"
            ] == [["cantlie"]]


def test_the_dead_are_people_even_when_the_ner_calls_them_an_organisation():
    """Issue 14, twenty-second round: the subject of "was killed" / "died" is animate (VerbNet murder-42.1's Patient
    is [+animate]; WordNet die.v.01), so a capitalised name the NER types as an organisation that no dictionary or code
    knows is a person's there; a name closing an appositive ("One of them, X, was killed") is the subject too. A known
    group or a described body ("the department") stays what it is."""
    from newsledger.extract.claims import claims_of
    from newsledger.extract.claims.model import View
    from newsledger.extract.claims.statements import _animate

    rec = _rec("a", "Qandil was killed in 2016.")
    assert any(a["name"] == "Qandil" and a["kind"] == "organization" for a in rec["actors"])  # the NER's type
    assert [c.objects for c in claims_of(rec) if c.topic == "death"] == [["qandil"]]
    rec = _rec("b", "One of them, Yusuf Tarrazi, was killed in a drone strike in 2016.")
    assert [c.objects for c in claims_of(rec) if c.topic == "death"] == [["yusuf tarrazi"]]
    rec = _rec("c", "Then, on 5 July, Tom Ashby, from Qandil, was killed during an ambush.")
    assert [c.objects for c in claims_of(rec) if c.topic == "death"] == [["tom ashby"]]  # where he is from
    v = View({"actors": [
        {"id": "o1", "name": "Qandil", "kind": "organization", "code": None, "dictionary": None},
        {"id": "o2", "name": "Hurras Front", "kind": "organization", "code": "IMGSYRREB", "dictionary": None},
        {"id": "o3", "name": "the department", "kind": "organization", "code": None, "dictionary": None},
        {"id": "o4", "name": "Syria", "kind": "country", "code": "SYR", "dictionary": None},
        {"id": "o5", "name": "The Weekly Courier", "kind": "organization", "code": None, "dictionary": None}]})
    assert [_animate(v, a) for a in ("o1", "o2", "o3", "o4", "o5")] == [True, False, False, False, False]


def test_a_wars_toll_needs_hundreds_of_thousands_and_the_whole_war():
    """A year's toll or a small figure in a sentence that names the war is not the war's toll; a toll in the
    hundreds of thousands is, its country taken from the article when the sentence names none; a rising toll
    ("has risen towards N") states the count."""
    def tolls(*texts):
        recs = [_rec(f"w{i}", t, d) for i, (t, d) in enumerate(texts)]
        return [c for c in cross_article(recs) if c["kind"] == "figure"]

    feb = ("More than 500,000 people have died in Syria since 2011.", "2018-02-10")
    assert not tolls(feb, ("A report found 2017 was the worst year of the war in Syria, with 910 children killed.",
                           "2018-03-12"))
    assert tolls(feb, ("Syria's war goes on. In Syria, as the toll has risen towards 500,000 dead, talks have "
                       "failed.", "2018-04-09"))
    assert not tolls(feb, ("In Syria, more than 200,000 people have died in the past three years.", "2018-04-09"))


def test_whom_a_figure_counts_without_its_kinds_own_words():
    from newsledger.extract.claims.figures import _people_key

    assert _people_key("displaced people") == _people_key("people") == "people"
    assert _people_key("displaced civilians") == _people_key("civilian deaths") == "civilian"
    assert _people_key("syrian refugees") != _people_key("refugees")  # another count: refugees of one nation


def test_a_verdict_on_a_claim_leaves_the_denial_beside_it_alone():
    from newsledger.extract.claims import ARTICLE, claims_of

    rec = _rec("a", "The army said rebels had captured the airport in Aleppo, but the rebels denied that they had "
                    "captured the airport. The claim was inaccurate.")
    article = {c.polarity for c in claims_of(rec) if c.speaker == ARTICLE and c.topic == "control"}
    assert article == {-1}  # against the army's claim, not for it against the rebels' denial


def test_a_counter_statement_with_a_negated_main_clause_denies():
    """Issue 14, seventh round: "X insisted they had not done p" denies p as a dispute cue does; a negation in a
    side clause ("the market, which was not crowded, ...") does not."""
    from newsledger.extract.claims import contradictions_in

    said = "The army said rebels had shelled the crowded market in Aleppo on Monday. "
    rec = _rec("a", said + "The rebels insisted they had not shelled the crowded market in Aleppo.")
    assert [c for c in contradictions_in(rec) if c["kind"] == "proposition"]
    rec = _rec("b", said + "The rebels insisted that the market, which was not crowded, had been shelled by the army.")
    assert not [c for c in contradictions_in(rec) if c["kind"] == "proposition"]


def test_a_claim_disputed_by_an_unnamed_agent_and_across_articles():
    """"X declared p, a proposition disputed by many experts": a dispute by an agent the record has no actor for
    answers the claim of its sentence (not one elsewhere in the article), and carries what that claim is about,
    so that it answers the same claim in another article."""
    from newsledger.extract.claims import claims_of

    a = _rec("u1", "Trump declared that Isis has been defeated, a proposition disputed by many experts.", "2019-01-01")
    con = [c for c in claims_of(a) if c.topic == "control" and c.polarity < 0]
    assert [c.speaker for c in con] == ["unnamed:many experts"]
    assert "isis" in con[0].objects
    assert [c["disputed_by"] for c in a["contradictions"] if c["kind"] == "control"] == [["unnamed:many experts"]]
    b = _rec("u2", '"We have defeated Isis in Syria," Trump tweeted.', "2019-01-03")
    assert any(c["kind"] == "control" and c["articles"] == ["u2", "u1"] for c in cross_article([a, b]))
    # a reference dispute with no claim in its sentence or the one before answers nothing across articles
    c = _rec("u3", "The minister spoke on Monday. The weather was fine. The talks went on. "
                   "The claim was rejected by many experts.", "2019-01-02")
    assert not cross_article([c, b])
    # the claim nouns a dispute of which is a rebuttal by reference
    d = _rec("u4", "Russia said Isis had been defeated in Syria, a notion rejected by analysts in Washington.",
             "2019-01-01")
    assert any(c["kind"] == "control" for c in d["contradictions"])


def test_whole_article_diagnostic_finds_evidence_by_span():
    """The whole-article diagnostic (contradictions_guardian_articles) reports a pair only when a contradiction's
    evidence for lies in one side's span and its evidence against in the other's."""
    from newsledger.eval.suites.contradictions_guardian import Pair
    from newsledger.eval.suites.contradictions_guardian_articles import found_in_articles, item_spans

    text = ("The minister said on Monday that rebels had captured the town of Kafr Nabl. "
            "The weather was fine. \"Kafr Nabl has not fallen,\" an army spokesman said.")
    rec = _rec("w1", text, "2019-01-01")
    c = next(c for c in rec["contradictions"] if c["kind"] == "control")
    assert item_spans(rec, c["evidence_for"]) and item_spans(rec, c["evidence_against"])
    first, third = text.index("The minister"), text.index("\"Kafr")
    pro = ("w1", first, text.index(" The weather"))
    con = ("w1", third, len(text))
    assert found_in_articles(Pair("x", pro, con, "disagree", "t"), {"w1": rec})
    assert not found_in_articles(Pair("x", pro, ("w1", pro[2] + 1, third - 1), "disagree", "t"), {"w1": rec})


def test_membership_claims_across_articles_are_about_the_same_person():
    """An affiliation claim and a denial in two articles that both name people must name one of them (a surname
    alone matches the full name); a side naming no one ("him") is matched on the group alone, as before."""
    a = _rec("m1", "Prosecutors charged John Smith with being a member of Isis.", "2019-01-01")
    b = _rec("m2", "Ahmed Karimi denied being a member of Isis.", "2019-01-05")
    c = _rec("m3", "Smith denied being a member of Isis.", "2019-01-05")
    d = _rec("m4", "Prosecutors charged him with being a member of Isis.", "2019-01-01")
    assert not [x for x in cross_article([a, b]) if x["kind"] == "affiliation"]
    assert [x for x in cross_article([a, c]) if x["kind"] == "affiliation"]
    assert [x for x in cross_article([d, b]) if x["kind"] == "affiliation"]


def test_responsibility_in_the_agent_sense_only():
    """WordNet: "responsible" as the agent or cause of an act; the duty sense ("responsibilities", "responsibility
    to protect") and involvement in something that is no act of violence are no claim of who did it."""
    from newsledger.extract.claims import topics

    rx = topics()["responsibility"]["assert"]
    for text in ("the army was responsible for the shelling", "they denied involvement",
                 "denied involvement in the attack on the convoy", "the group was involved in the bombing"):
        assert rx.search(text), text
    for text in ("the state has responsibilities in the region", "the responsibility to protect civilians",
                 "the US involvement in the region", "he was involved in student politics"):
        assert not rx.search(text), text


def test_a_negated_universal_is_no_claim():
    """"Not all X are affiliated with Y" speaks of a share of a class: neither a claim nor a denial."""
    from newsledger.extract.claims import claims_of

    rec = _rec("x", "A local teacher said that not all farmers in the valley are affiliated with the militia.",
               "2018-08-20")
    assert not [c for c in claims_of(rec) if c.topic == "affiliation"]
    rec = _rec("y", "A local teacher said that the farmers in the valley are not affiliated with the militia.",
               "2018-08-20")
    assert [c.polarity for c in claims_of(rec) if c.topic == "affiliation"] == [-1]


def test_a_named_persons_denial_does_not_answer_a_statement_about_a_group():
    from newsledger.extract.claims import Claim
    from newsledger.extract.claims.about import _same_people

    denial = Claim("affiliation", -1, "a1", "q1", "Jones denied being a member of the group", 0, 40,
                   subjects=["tom jones", "jones"])
    group = Claim("affiliation", 1, "a2", "q2", "the militia is linked to the group", 0, 35)
    son = Claim("affiliation", 1, "a3", "q3", "their son went to join the group", 0, 32)
    assert not _same_people(group, denial) and not _same_people(denial, group)
    assert _same_people(son, denial)
    assert _same_people(group, replace(son, text="the militia is linked to the group"))


def test_reckless_to_consider_a_group_defeated_is_a_claim_against():
    from newsledger.extract.claims import topics

    rx = topics()["*"]["premature"]
    assert rx.search("it would be \u201creckless\u201d to consider the group defeated")
    assert rx.search("it is premature to regard the group as defeated")
    assert not rx.search("it was reckless to attack the town")


def test_figures_of_different_periods_are_not_compared():
    """Issue 14, eleventh round: a toll over three months and one raid's toll, a toll of 2013 and today's, a quota
    over two years and an estimate count different things; one period on both sides stays comparable."""
    from newsledger.extract.claims import Claim, comparable
    from newsledger.extract.claims.figures import _period

    def period(sentence, figure):
        i = sentence.index(figure)
        return _period(sentence, i, i + len(figure))

    assert period("More than 700 people have been killed in three months, according to local counts.",
                  "More than 700 people") == "in three months"
    assert period("Shelling hit the town, killing 12 people and wounding 50, the Observatory said.",
                  "12 people") is None
    assert period("In eastern Ghouta, where 1,300 people died in 2013 after a sarin attack.",
                  "1,300 people") == "in 2013"
    assert period("The parliament called for the EU to bring in 230,000 refugees over two years.",
                  "230,000 refugees") == "over two years"
    one = Claim("figure:killed", 0, "x", "n1", "", 0, 0, value=700, of="people", period="in three months")
    assert not comparable(one, replace(one, value=12, period=None))
    assert comparable(one, replace(one, value=12))


def test_concessive_capture_is_no_control_claim():
    """"the capture of X-held territory does not mean an end to the threat" concedes the capture, claims nothing."""
    from newsledger.extract.claims import claims_of

    said = ("Diplomats have repeatedly warned that the capture of Isis-held territory does not mean an end to the "
            "Isis terrorist threat, a spokesman said.")
    claimed = "A Kurdish commander said his forces had captured the last Isis-held territory near the town."
    assert not [c for c in claims_of(_rec("a", said)) if c.topic == "control" and c.polarity > 0]
    assert [c for c in claims_of(_rec("b", claimed)) if c.topic == "control" and c.polarity > 0]


def test_responsibility_on_parties_alone_needs_the_same_month_or_act_class():
    """A charge and a denial that share only the party (no place of the act) are one act within 30 days, or later
    when both name an act of one CAMEO class (204: chemical weapons)."""
    from newsledger.extract.claims import cross_article

    a = "The French president accused the Syrian government of the chemical attack."
    b = "The Syrian government denied any responsibility for the killings."
    same_class = "The Syrian government denied any responsibility for chemical attacks."

    def resp(x, y, when):
        return [c for c in cross_article([_rec("a", x, "2018-04-12"), _rec("b", y, when)])
                if c["kind"] == "responsibility"]

    assert resp(a, b, "2018-04-20")
    assert not resp(a, b, "2018-08-20")
    assert resp(a, same_class, "2018-08-20")


def test_negated_reason_clause_is_no_control_claim():
    """"It is not because Isis has been defeated" negates the reason, not the defeat: no claim either way; "not
    only because" grants the reason and stays a claim, as does a plain defeat claim."""
    from newsledger.extract.claims import claims_of

    def control(text):
        return [c.polarity for c in claims_of(_rec("a", text)) if c.topic == "control"]

    assert not control("The troops are leaving. It is not because Isis has been defeated in the Middle East.")
    assert control("The troops are leaving. Isis has been defeated in the Middle East, the president said.")
    assert control("The troops are leaving not only because Isis has been defeated in Syria, the president said.")


def test_a_staged_denial_months_later_sharing_only_a_party_is_another_act():
    """claim_topics.tsv occurrence parties-window: a claim of an act and a statement that an act was fabricated that
    share no place, only the party, answer each other within 30 days, not months apart."""
    blame = _rec("a", "The regime of Syria used chemical weapons against its own people at the weekend.",
                 "2018-04-08")
    soon = _rec("b", "Official Syrian claims that the killings were fabricated are false.", "2018-04-09")
    later = _rec("c", "Official Syrian claims that the killings were fabricated are false.", "2018-08-20")
    assert [c for c in cross_article([blame, soon]) if c["kind"] == "occurrence"]
    assert not [c for c in cross_article([blame, later]) if c["kind"] == "occurrence"]


def test_within_an_article_the_claims_for_are_about_what_the_denial_is_about():
    """A denial of a group's affiliation answers the claim about that group, not a person's joining another one
    (`_same_people` both ways, as across articles); the table's claim is the one denied."""
    from newsledger.extract.claims import contradictions_in

    rec = _rec("a", "The family of Joe Robinson said he had gone to join the French Foreign Legion. "
                    "Turkey considers the YPG to be affiliated with the Kurdistan Workers' party (PKK). "
                    "The YPG denies any affiliation, and is not a proscribed terrorist organisation in the UK.")
    found = [c for c in contradictions_in(rec) if c["kind"] == "affiliation"]
    assert len(found) == 1 and found[0]["claim"].startswith("Turkey:"), found
    assert found[0]["evidence_for"] == ["q2"]


def test_protests_staged_by_a_group_are_held_not_made_up():
    # claim_topics.tsv occurrence "organised": stage.v.02 (an event organised) is no statement that an act was faked
    from newsledger.extract.claims import claims_of

    held = _rec("a", "There have been protests of significant size, namely those staged by a nationalist group.")
    assert not [c for c in claims_of(held) if c.topic == "occurrence" and c.polarity < 0]
    faked = _rec("b", "The minister said the attack was staged by rebels.")
    assert [c for c in claims_of(faked) if c.topic == "occurrence" and c.polarity < 0]


def test_a_responsibility_as_a_duty_is_no_claim_of_who_did_an_act():
    # claim_topics.tsv responsibility "duty": the indefinite article and a modal of obligation before take/bear mark
    # the duty sense; "the regime is responsible for the attack" stays a claim
    from newsledger.extract.claims import claims_of

    def resp(text):
        return [c for c in claims_of(_rec("a", text)) if c.topic == "responsibility"]

    assert not resp("The minister said: \u201cRussia has also gained a responsibility in Syria.\u201d")
    assert not resp("A spokesman said countries must take responsibility for the detainees.")
    assert resp("The minister said: \u201cThe regime is responsible for the attack on the town.\u201d")


def test_hypotheticals_referring_members_and_unnamed_people_across_articles():
    """claim_topics.tsv '*' conditional (a claim word inside an if-clause is no claim), affiliation 'reference'
    ("relationships with members of X", "members of their unit" refer, they state no one's membership), and a claim
    about an unnamed person ("the 26-year-old") answers another article's named person only when its own article
    names that person (or no one)."""
    from newsledger.extract.claims import claims_of

    def topics_of(text):
        return [c.topic for c in claims_of(_rec("a", text)) if c.topic in ("responsibility", "affiliation")]

    assert not topics_of("The White House warned that the US would respond if Assad used chemical weapons again.")
    assert topics_of("The White House said that Assad used chemical weapons again in Douma.")
    assert not topics_of("Lane said: \u201cWe have established cordial relationships with members of the YPG.\u201d")
    assert not topics_of("The fighters were trying to assist cut-off members of their unit.")
    assert topics_of("The Kurdish administration said he was a member of Isis.")
    denial = _rec("a", "His parents, John Letts and Sally Lane, deny their son Jack Letts went to Syria to join Isis.",
                  "2018-01-10")
    other = _rec("b", "Anna Campbell was detained in May. Sources say the 26-year-old travelled to Syria to join Isis.",
                 "2018-01-12")
    same = _rec("c", "Jack Letts was detained in May. Sources say the 26-year-old travelled to Syria to join Isis.",
                "2018-01-12")
    assert not [c for c in cross_article([denial, other]) if c["kind"] == "affiliation"]
    assert [c for c in cross_article([denial, same]) if c["kind"] == "affiliation"]


def test_one_duration_in_two_wordings_is_one_period():
    """Issue 14, fourteenth round: "in June and July" and "in two months" (or "over the past two months") name one
    duration, so the two figures are compared; "the next two months" stays another stretch."""
    from newsledger.extract.claims import Claim, comparable
    from newsledger.extract.claims.figures import _period, _period_key

    def period(sentence, figure):
        i = sentence.index(figure)
        return _period(sentence, i, i + len(figure))

    months = period("Monitors counted an estimated 340 civilian casualties in June and July, with deaths rising.",
                    "340 civilian")
    assert months == "in june and july"
    assert _period_key(months) == _period_key("in two months") == _period_key("over the past two months")
    assert _period_key("in the next two months") != _period_key("in two months")
    assert _period_key("between march and may") == _period_key("in three months")
    one = Claim("figure:killed", 0, "x", "n1", "", 0, 0, value=523, of="civilian", period="in two months")
    assert comparable(one, replace(one, topic="figure:casualties", value=340, period=months))
    assert not comparable(one, replace(one, period="in the next two months"))


def test_an_indefinite_agent_is_no_responsibility_claim():
    """Issue 14, fourteenth round: "whoever's responsible", "those responsible" name no one (Quirk et al. 15.8)."""
    from newsledger.extract.claims import claims_of

    for said in ("I want the government, or whoever’s responsible for this, to stop saying this, his mother said.",
                 "We are still working to legally prosecute those responsible, the lawyer said."):
        assert not [c for c in claims_of(_rec("a", said)) if c.topic == "responsibility"], said
    named = "The minister said the Syrian government was responsible for the attack."
    assert [c for c in claims_of(_rec("b", named)) if c.topic == "responsibility"]


def test_a_place_taken_is_no_standing_claim_of_defeat():
    """Issue 14, fourteenth round: past the control window, a dispute of a group's defeat answers claims that the
    group is beaten ("Isis had been defeated"), not that a place was taken ("seized the last Isis strongholds",
    "defeated Isis in Raqqa")."""
    from newsledger.extract.claims import cross_article, topics
    from newsledger.extract.claims.across import _local_defeat
    from newsledger.extract.claims.vocabulary import _norm

    later = _rec("b", "Isis is not finished, the Iraqi minister said on Monday.", published="2018-02-10")
    found = []
    for claim in ("A Pentagon spokesman said the SDF had seized the last Isis strongholds.",
                  "A Pentagon spokesman said Isis had been defeated."):
        earlier = _rec("a", claim, published="2017-10-17")
        found.append([c for c in cross_article([earlier, later]) if c["kind"] == "control"])
    assert not found[0] and found[1]
    standing = topics()["control"]["standing"]
    raqqa = "his comrades defeated Isis in Raqqa for us all"
    syria = "We have defeated Isis in Syria, my only reason for being there"
    assert _local_defeat(raqqa, standing.search(_norm(raqqa)))
    assert not _local_defeat(syria, standing.search(_norm(syria)))


def test_an_act_named_by_its_victim_answers_only_claims_about_that_person():
    """Issue 14, fifteenth round: "the attack on Sergei Skripal" is identified by the person it was done to, as "the
    attack on Douma" by its place (Quirk et al. 17.51): a denial of involvement in it does not answer a statement
    of responsibility for chemical weapons in Syria, and does answer one about the attack on Skripal."""
    from newsledger.extract.claims import contradictions_in

    denial = " The Kremlin has vehemently denied involvement in March\u2019s attack on Sergei Skripal."
    other = _rec("a", "The foreign secretary said the Russian government bears responsibility for the victims of "
                      "chemical weapons in Syria." + denial)
    same = _rec("b", "The foreign secretary said the Russian government was behind the attack on Sergei Skripal."
                + denial)
    assert not [c for c in contradictions_in(other) if c["kind"] == "responsibility"]
    assert [c for c in contradictions_in(same) if c["kind"] == "responsibility"]


def test_a_perfect_infinitive_after_belief_is_a_death_claim_not_an_aim():
    """Issue 14, fifteenth round: "was believed to have been killed" states a past death (a perfect infinitive after
    a verb of belief, Quirk et al. 16.47); "vowed to kill" states no death."""
    from newsledger.extract.claims import claims_of

    believed = _rec("a", "The aid worker Peter Prakash was believed to have been killed in Mosul in 2016.")
    assert [c for c in claims_of(believed) if c.topic == "death" and c.polarity > 0]
    aim = _rec("b", "The commander said Peter Prakash was going to be killed.")
    assert not [c for c in claims_of(aim) if c.topic == "death"]


def test_one_act_named_by_two_nearby_towns_across_articles():
    """Issue 14, twenty-third round: an attack placed at a town by one outlet and at the city beside it by another
    (closer than 25 km, UCDP GED's where_prec 2 radius) is one act when the claims meet on its parties, within the
    parties-window, and name no acts of different classes. A far town, another party, a later article or another
    kind of act stay apart."""
    claim = _rec("a", "The French president said the Syrian army was behind the chemical attack near Damascus.",
                 "2018-04-12")
    denial = _rec("b", "The Syrian army denied carrying out the chemical attack on Douma.", "2018-04-13")
    assert [c for c in cross_article([claim, denial]) if c["kind"] == "responsibility"]
    far = _rec("c", "The Syrian army denied carrying out the chemical attack on Aleppo.", "2018-04-13")
    assert not [c for c in cross_article([claim, far]) if c["kind"] == "responsibility"]
    later = _rec("d", "The Syrian army denied carrying out the chemical attack on Douma.", "2018-06-20")
    assert not [c for c in cross_article([claim, later]) if c["kind"] == "responsibility"]
    other_party = _rec("e", "The Iranian army denied carrying out the chemical attack on Douma.", "2018-04-13")
    assert not [c for c in cross_article([claim, other_party]) if c["kind"] == "responsibility"]
    shelling = _rec("f", "The Syrian army denied carrying out the shelling of Douma.", "2018-04-13")
    assert not [c for c in cross_article([claim, shelling]) if c["kind"] == "responsibility"]


def test_a_count_of_people_that_dies_is_a_toll_and_a_forecast_is_none():
    """Issue 14, twenty-third round: a count of people the subject of a death predicate (past an appositive) or the
    of-phrase of "deaths" is a death toll; a count inside a count is a part; a count with a modal of possibility
    ("could be displaced", "could die") is a forecast, no figure."""
    from newsledger.extract.claims import claims_of

    def figures(text):
        return [(c.topic, c.value) for c in claims_of(_rec("t", text)) if c.topic.startswith("figure:")]

    assert ("figure:killed", 40) in figures("Around 40 people, mostly women and children, were killed in the raid, "
                                            "activists said.")
    assert ("figure:killed", 300) in figures("The regime presided over the deaths of 300 people in the town.")
    assert figures("At least 14 civilians including three children were killed in strikes on Sunday.") == [
        ("figure:killed", 14)]
    assert figures("Officials said 200,000 people had been displaced by the offensive.") == [
        ("figure:displaced", 200000)]
    assert figures("Aid agencies warned that 200,000 people could be displaced by the offensive.") == []
    assert figures("Thousands could die, the UN said.") == []

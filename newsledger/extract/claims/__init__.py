"""Claims and the contradictions between them, within one article and across stored articles.

A claim is a statement an actor asserts (a quote, or an event with an `asserted_by`). Rules, each general:
- topic claims: a quote whose content carries a topic word (newsledger/data/quantities/claim_topics.tsv:
  "seized", "captured", "victory" for control) is a claim FOR the topic's event by its speaker; a quote with a
  dispute cue ("denied", "rejected"; dispute_cues.txt) on a topic word ("denied giving up the fight"), a
  negated topic word ("has not fallen") or a statement that a claim is false ("X's claim of victory was false")
  is a claim AGAINST it; statements that the fight goes on ("we will continue the fight") are evidence against
  but never make a contradiction alone;
- responsibility claims (claim_topics.tsv, CAMEO 015/016/112): "X was behind / carried out / is responsible
  for" an act, or a speech cue that is itself the claim ("blamed X for the attack"), against a denial of it;
  they are about the places the quote or its sentence names (the act's place), not a place taken;
- a topic word after an infinitive or a future ("the offensive to capture X") is an aim, no claim;
- a negated neg-raising or acceptance cue ("the UK does not believe X"; negated_cues.txt) and a dispute word a few
  words before the topic word ("continue to deny responsibility") make a claim against; a rebuttal by reference
  ("that is not true", "rejected the claim") disputes, within one article, the topic claims reported before it;
- affiliation claims (claim_topics.tsv: "affiliated with", "linked to", "member of", "went to Syria to join X")
  against their denial ("denies any links to X"), matched on the groups the sentence names besides the speaker's;
- an accusation event no quote carries (PLOVER ACCUSE: "charged him with being a member of X") is a claim of its
  source; a dispute no quote carries ("X has vehemently denied Y", "a charge refuted by X") is a claim of its
  actor, cited by sentence ("s<index>");
- the article's own unhedged statements (no quote, no speech verb, no hedge word) are topic claims of the article
  (speaker ARTICLE): a report's or a reader's letter's "Isis is not defeated" answers a claim made elsewhere;
  "there is no evidence that p" is against p;
- a dispute of a named owner's account ("the White House readout did not accurately reflect the call") is, within
  one article, a claim against what that owner's side is quoted saying before it; across articles within days,
  against the owner's account reported by the same noun ("according to the White House readout");
- a quote the quote extractor leaves unattributed gets a speaker here when its sentence introduces it with a name
  and a speech verb before a colon ('X tweeted: "..."'), or when its speaker is a pronoun ('"...," it said': the
  first actor of the pronoun's kind in the sentence before);
- a contradiction needs a claim for and a claim against from different sides: neither speaker is the other, nor
  its affiliate; when both name what they are about, the same thing; when the dispute names whose claim it
  rejects ("the Taliban's claim"), the claims for must come from that actor's side; across articles a quote
  whose speaker is not found stands for its article (two articles are two sources), and the two articles are
  published within the topic's window (claim_topics.tsv: a year for who carried out an attack, else 30 days);
- acts (claim_topics.tsv, about "places"): a claim names the parties it holds responsible ("accused Russia of
  being behind X"), a denial the parties it clears (its content's, and the denier: "the Kremlin denied
  involvement"; a denier the record has no actor for, by the state its name holds: "Official Syrian claims"); a
  state's organs are the state (CAMEO codes: the Kremlin is Russia). Across articles a claim and a denial that
  do not both name places are matched on these. A party held responsible that blames another for the
  same act disputes the claim (claim_topics.tsv "deflect"). "The attack was staged / fabricated", "no attack took
  place" are against the act's occurrence (topic "occurrence"), which every claim of who did it implies. Across
  articles an act at a town and one placed only in the town's province (the gazetteer's admin1) are one act, and so
  are acts at two towns within 25 km (UCDP GED's where_prec 2 radius) when the claims meet on the parties, within the
  parties-window, naming no acts of different CAMEO classes;
- a claim named by a claim noun with its owner ("Official Syrian claims that p", "claims by X that p") is the
  owner's; "it is wrong / premature / reckless to say p" and a negated belief verb inside a quote are against p;
  a group named by a descriptor ("the terror group", "the caliphate", "them") stands for the groups named before
  it; a rebuttal by reference also answers the acts reported before it that name its speaker as their actor or
  as the accused ("Israel accused Hezbollah of X. Hezbollah denied the charge.");
- a group's defeat in more shapes (claim_topics.tsv): "X is not finished", "the fight against X is far from over"
  (role "unfinished") and "X still holds (pockets of) territory" (role "holds") are against it, "X no longer holds
  any territory" for it; across articles a control claim that shares a group, not a place, is answered within the
  topic's "group-window" (a standing claim, 120 days) after it: past the topic's window, a dispute published
  before the claim answers an earlier claim (different periods);
- a capital the record resolves to a country actor, with no locative preposition before it ("Moscow said",
  "the forces Ankara is using"), names who acts, so it is no place of an act or a toll;
- whereabouts: "X escaped to P" asserted by one speaker against X's own statement "we are in Q" (Q is not P);
- figures: two figures of the same kind about the same people, attributed to different speakers near each other
  (or, across articles, in articles within a few days that name the same place), whose values cannot both be
  true: each figure allows the values its own words give (figure_bounds.tsv: "at least 10" agrees with 12, "up to
  250" not with "nearly 300", "169" not with "170"; a range "between 9 and 50" its two ends), a death toll cannot
  exceed a casualty figure of the same people ("civilian casualties" and "civilians" are one group; a toll with no
  noun counts "people"), a later "toll rose to" is an update; a count of people the subject of a death predicate
  ("around 50 people, mostly women, were killed") or the of-phrase of "deaths" is a toll, and a count with a modal of
  possibility ("tens of thousands may die") a forecast, no figure. The event's
  total follows ACLED's conservative rule (the lowest reported figure) and keeps the dispute;
- events: the same event type between the same actors, claimed or reported by one side and denied by another;
- propositions: a denial that restates what it denies (most of its content words, most of those no names) answers
  another side's statement of it, within one article and across articles within the topic window, when no topic
  contradiction holds the denial already; a rejected request, call or proposal disputes no fact.

Evidence lists hold the ids of quotes ("q2") and events ("e1"); figures are cited as "n<index>" (the index in the
record's `quantities`). `evidence_texts` turns ids back into text.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.claims.across import cross_article
from newsledger.extract.claims.figures import comparable, conservative_total, figures_disagree
from newsledger.extract.claims.model import ARTICLE, Claim, View
from newsledger.extract.claims.statements import claims_of
from newsledger.extract.claims.vocabulary import TOPIC_WINDOW_DAYS, topics
from newsledger.extract.claims.within import contradictions_in, evidence_texts
from newsledger.model import Contradiction, Record

__all__ = ["ARTICLE", "TOPIC_WINDOW_DAYS", "Claim", "View", "claims_of", "comparable", "conservative_total",
           "contradictions_in", "cross_article", "evidence_texts", "extract", "figures_disagree", "topics"]


def extract(doc: Doc, record: Record) -> list[Contradiction]:
    """The record's contradictions within the article (the pipeline's claims component)."""
    rec = record.to_dict()
    return [Contradiction(**c) for c in contradictions_in(rec)]

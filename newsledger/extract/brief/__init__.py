"""The article brief: the main event as who, what, when, where, why and how, and a short summary with evidence.

The 5W1H follow the Giveme5W1H idea (Hamborg et al.): candidates come from the title and the lead, where news
puts its main event, and are ranked by position, by how often the article mentions them, and by type.

- who/what: each clause of the title and of the first lead sentences with a nominal subject gives a candidate
  (subject phrase, verb phrase); a speech verb's reported clause is preferred to the "said" itself. Ranked by
  position (title first), the subject's mention count (actor index), whether it names an actor (a count such as
  "84 people" does not, unless it is the dead of a toll), and the shape of the phrases (pronouns and long
  phrases rank low; a vehicle as subject, "tram overturns", is no who). A close appositive name stays in the
  phrase ("the British recruit Jane Doe").
- when: the record's time expressions (and the title's), dated ones near the publication date first, then by
  position and by precision (a time of day over a day over a month); a time that dates an update ("the toll
  rose to six Friday") ranks lower, and so does the publication date of a byline the text opens with ("Jane Doe
  jdoe@example.com March 23, 2009 From the Journal").
- where: the record's places (and the title's, and facility/location entities the gazetteer does not hold),
  extended to the phrase that holds them ("the northern city of X", "the Y stop in X"), ranked by position,
  mention count, being attached to the main event (a phrase on its verb, object or subject), and specificity.
  Names of resolved places found again where the tagger missed them, and names in the main event's locative
  phrase ("outside X Towers") are candidates too; origins ("adults from X") and supporters ("an X fan") are not
  event places, and neither is a country's name standing for its state ("the X is counting on", "X officials";
  GeoWebNews's metonymic uses; also a country or national capital owning an act, "X's offensive against Y", and a
  national capital as subject or counterpart, "tensions between X and Y"), nor a person's residence ("Jane Doe, 52,
  of X"); a name the text calls a settlement ("the town of X") is a place whatever the tagger made of it, a site's
  club ("the X School garden club") meets at the site, and a dateline the tagger took for an organization counts
  when the places component resolved it. A place named early inside a broader one named early (a city in the headline's
  country, a suburb of a much bigger city nearby) takes the broader one's rank; a dateline ("SPRINGFIELD --")
  ranks like a place of the first sentence. A site in a place ("a refugee camp in eastern X") is as specific as
  a city; an organization name ending in a site noun ("the X Elementary School club") is a building, a place.
- what: the verb with its object and its first argument-like prepositional phrase ("blames loss on X"), not a
  time, cause or circumstance ("after ...", "as ..."); ranked with position weighing most (the headline states the
  main event; without a headline the first lead sentence stands in for it and later ones fall off faster, for who
  too); who keeps a ranking where mentions and names weigh more. A reported statement's content ("X have died,
  the UN has said") outranks its speech verb for what. Headline verbs parsed as nouns or with
  their subject as a compound ("X slams Y") get the name on their left as subject. A verbless toll headline
  ("Five dead after X overturns") is the what as a whole, and so is the incident a headline opens with before
  a colon ("Harbour ferry fire: captain arrested"); a passive's agent may sit on its event noun ("bombed in an
  attack by X": X is who, "Y bombed" is what). Coordinated names are one who; a thing named after its owner
  ("X bar shape change sparks anger") has the owner as who, and so has an act ("X's revelation that ...",
  "the decision of X to leave"), whose content is then the what. The what goes on over an infinitive after
  its object ("invited donors to join a ceremony") or right after an intransitive verb ("flock to buy bonds"),
  and over a coordinated verb sharing the object ("repatriate and prosecute their citizens"); a headline
  passive's what holds its patient ("List of candidates set"), and an object keeps a participle right after
  it ("rammed a car packed with explosives"). Coordinated modifiers stay before a who's head ("X and Y shops");
  "charged with X" / "accused of X" is a legal act with its offence, not a statement, and a headline's arrest or
  charge of a described person ("Local teacher charged with X") has that person as who; on a tie, a verb with its
  object goes before a bare verb.
- why: causal markers ("because", "due to", "in retaliation for", "after", "over", "for <doing>", purpose
  "to <do>", "in a bid to") in the title and lead, the clause or phrase they introduce: a noun phrase to its
  head and a close complement ("retaliation for X"), a clause without its own purpose (a complement
  verb's infinitive stays: "because we have to X"; a second "and after Y" is its own cause), a purpose to its verb
  and object and a verb coordinated with it ("to decrease and filter X"; never a name parsed as a verb; "as a
  way to <do>"; not an object's infinitive, "invited X to join"; not "since" after a perfect, a time). Also
  the subject of a cause noun ("X was a catalyst"), what a "blame" verb names
  ("blames X on Y", "blamed Y for X"; not a bare name), the agent of a causal passive ("driven by X"), the "as"
  clause of an event (without a pronoun subject; a toll's "killed as X" clause is the event itself), a feeling
  with what it is about ("was disappointed with X"), and what moved someone ("stuns Y by doing Z": Z, without
  its place or time). A marker's phrase stays inside its own constituent (it never runs on into the verb it
  modifies) and stops before the event's time. The reason a judgement or arrest verb gives ("fined for
  speeding", "arrested on suspicion of X"); a purpose infinitive on the event's object ("a fee to help build X"),
  not a subject-control verb's ("voted to approve") nor a content noun's ("a plan to"); an intention verb's goal
  ("they aim to X"). When the title and the lead give none, the first explicit reason ("because of") of the
  next sentences.
- how: a statement's channel ("said during a televised speech", "speaking on X's Y Show") when the main event
  is a statement; a manner or means phrase of the lead, ranked before any bare verb: the instrument
  ("with/by/using ...", coordinated means as one, without a focusing "only", with a short restrictive relative;
  not a partner, "met with X"), what it was done without
  ("without going through a review", "without permission"), the margin of a result on its participle clause
  ("beating X by 26,000 votes"), the incident, procedure or vehicle it came about in
  ("in a collision", "in an online vote", "in a convoy"), a manner adverb ("secretly"); else its action: the verb
  with an adjacent manner adverb or its particle, a coordinated verb and a short object; the "while doing"
  circumstance of an event. An outcome ("killed", "sparks outrage", "treated for injuries") happened by way of
  its cause: the action of the cause that is the outcome's subject where the lead restates it ("a decision to
  do X has upset fans"), the verb of its "as/after/when" clause, else the lead's first action verb.
  The subject event of "X leads to Y" / "X resulted in Y" is a means; a progressive's "when" clause ("was
  travelling when it derailed") gives the action.

Answers from the title carry "in": "title" and title offsets. Links: who -> actor id, when -> value,
where -> place id (null when the record has no such item).

The summary: the main event's sentence, the claims and who makes them (contradictions first, then the leading
quotes of distinct speakers), and the figures (quantities); each sentence with the ids of the record's events,
quotes, actors and places that support it.

Modules: common (settings, word classes, helpers over spans), who_what, when, where, why, how (the builder's part
for each question), builder (BriefBuilder: combines the parts, ranks and assembles), summary.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsledger.extract.brief.builder import BriefBuilder
from newsledger.model import Record

__all__ = ["BriefBuilder", "extract"]


def extract(doc: Doc, record: Record) -> dict | None:
    if not record.article.text.strip() and not record.article.title:  # the text `doc` parses (Doc.text rebuilds it)
        return None
    return BriefBuilder(doc, record, doc._.title).build()

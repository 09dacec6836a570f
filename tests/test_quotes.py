"""Quotes and who said them: the reference article's hard cases, small synthetic texts, and PolNeAR."""
from __future__ import annotations

import pytest

from newsledger import nlp
from newsledger.eval.reference import actor_names, gold_actor_for
from newsledger.extract import actors, quotes
from newsledger.extract.quotes import find_quotations
from newsledger.model import Article, Record


def run(text: str) -> tuple[Record, list]:
    doc = nlp.parse(text)
    rec = Record(article=Article(text=text))
    actors.extract(doc, rec)
    rec.quotes = quotes.extract(doc, rec)
    return rec, rec.quotes


def speaker_name(rec: Record, q) -> str | None:
    a = rec.actor(q.speaker)
    return a.name if a else None


def find(qs, fragment: str, kind: str | None = None):
    hits = [q for q in qs if fragment in q.text and (kind is None or q.kind == kind)]
    assert hits, f"no quote holding {fragment!r}: {[q.text for q in qs]}"
    return hits[0]


# -- the reference article ---------------------------------------------------------------------------

def _gold_id(rec, q, gold):
    return gold_actor_for(actor_names(rec.actor(q.speaker)), gold["actors"])


def test_reference_direct_and_partial_quotes_with_speakers(reference_record, gold):
    rec = reference_record
    from newsledger.eval.suites.quotes_reference import by_piece, match

    g = [x for x in gold["quotes"] if x["kind"] in {"direct", "partial"}]
    pred = [q for q in by_piece(rec.quotes, rec.article.text) if q.kind in {"direct", "partial"}]
    rows = match(pred, g, rec, gold["actors"])
    assert len(g) == 13
    assert all(q is not None for _, q, _ in rows), [x["text"] for x, q, _ in rows if q is None]
    assert all(right for *_, right in rows), [(x["text"], q.speaker_text) for x, q, r in rows if not r]


def test_reference_indirect_quotes(reference_record, gold):
    from newsledger.eval.suites.quotes_reference import by_piece, match

    g = [x for x in gold["quotes"] if x["kind"] == "indirect"]
    pred = by_piece(reference_record.quotes, reference_record.article.text)
    rows = match([q for q in pred if q.kind == "indirect"], g, reference_record, gold["actors"])
    assert sum(r for *_, r in rows) >= 9


def test_reference_quote_interrupted_by_its_cue_is_one_with_pieces(reference_record, gold):
    text = reference_record.article.text
    q = find(reference_record.quotes, "We tried our best", "direct")
    assert q.cue == "told" and len(q.pieces) == 2
    assert text[q.pieces[0][0]:q.pieces[0][1]].startswith("With this victory")
    assert text[q.pieces[1][0]:q.pieces[1][1]].startswith("We tried our best")
    assert _gold_id(reference_record, q, gold) == "mujahid"


def test_reference_pronoun_speakers(reference_record, gold):
    rec = reference_record
    twitter = find(rec.quotes, "We are in Panjshir", "direct")
    assert twitter.speaker_text == "he" and twitter.channel == "Twitter"
    assert _gold_id(rec, twitter, gold) == "ahmad-massoud"
    rise = find(rec.quotes, "rise up", "partial")
    assert rise.speaker_text == "he" and rise.channel == "audio message"
    assert _gold_id(rec, rise, gold) == "ahmad-massoud"
    final = find(rec.quotes, "Final decisions", "direct")
    assert final.speaker_text == "he" and _gold_id(rec, final, gold) == "mujahid"
    facebook = find(rec.quotes, "The NRF forces are present", "direct")
    assert facebook.channel == "Facebook page" and _gold_id(rec, facebook, gold) == "nazary"


def test_reference_nominal_speakers(reference_record, gold):
    rec = reference_record
    days = find(rec.quotes, "within days", "partial")
    assert days.speaker_text == "The spokesperson" and _gold_id(rec, days, gold) == "mujahid"
    hit = find(rec.quotes, "will be hit hard", "partial")
    assert hit.speaker_text == "The group" and hit.cue == "warned" and _gold_id(rec, hit, gold) == "taliban"
    witnesses = find(rec.quotes, "Thousands of Taliban fighters charged", "indirect")
    assert witnesses.cue == "according to" and _gold_id(rec, witnesses, gold) == "witnesses"
    official = find(rec.quotes, "It helped a family", "indirect")
    assert _gold_id(rec, official, gold) == "us-official"


def test_reference_massoud_trap(reference_record, gold):
    """Every quote given to a bare "Massoud" (or a pronoun for him) is the son's, never the father's."""
    rec = reference_record
    massoud = [q for q in rec.quotes if q.speaker and "massoud" in " ".join(actor_names(rec.actor(q.speaker)))]
    assert len(massoud) >= 3
    for q in massoud:
        assert _gold_id(rec, q, gold) == "ahmad-massoud", q.text
    arms = find(rec.quotes, "For those who want to take up arms", "direct")
    assert arms.speaker_text == "Massoud"


def test_reference_offsets(reference_record):
    text = reference_record.article.text
    for q in reference_record.quotes:
        assert q.pieces and q.start == q.pieces[0][0] and q.end == q.pieces[-1][1]
        assert q.text == " ".join(text[a:b] for a, b in q.pieces)
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text


# -- synthetic cases ---------------------------------------------------------------------------------

def test_speaker_before_inside_after():
    rec, qs = run('Maria Lopez said: "The bridge will open in May."\n\n'
                  '"We are ready," said John Carter, the mayor, "and the money is there."\n\n'
                  '"Nothing will stop us now," Anna Berg told reporters.')
    assert speaker_name(rec, find(qs, "bridge will open")) == "Maria Lopez"
    assert speaker_name(rec, find(qs, "We are ready")) == "John Carter"
    assert speaker_name(rec, find(qs, "money is there")) == "John Carter"
    q = find(qs, "Nothing will stop us")
    assert speaker_name(rec, q) == "Anna Berg" and q.cue == "told" and q.kind == "direct"


def test_straight_and_curly_marks_and_partial():
    rec, qs = run("Peter Hale called the plan \u201ca disaster\u201d on Tuesday.\n\n"
                  'Susan Ray said the vote was "rigged from the start".')
    a = find(qs, "a disaster", "partial")
    assert a.text == "a disaster" and speaker_name(rec, a) == "Peter Hale"
    b = find(qs, "rigged from the start", "partial")
    assert speaker_name(rec, b) == "Susan Ray"


def test_multi_sentence_and_multi_paragraph_quote():
    text = ("\u201cWe will rebuild. We will not leave. Nobody will,\u201d said Karen Smith, the governor.\n\n"
            "\u201cThe storm took our homes.\n\n"
            "\u201cIt will not take our town,\u201d she added.")
    rec, qs = run(text)
    first = find(qs, "We will rebuild")
    assert "Nobody will" in first.text and speaker_name(rec, first) == "Karen Smith"
    storm = find(qs, "The storm took our homes")
    assert storm.end <= text.index("\n\n\u201cIt will")
    assert speaker_name(rec, storm) == "Karen Smith"
    assert speaker_name(rec, find(qs, "It will not take")) == "Karen Smith"


def test_nested_quote_stays_inside():
    rec, qs = run("\u201cHe told me \u2018go home\u2019 and I did,\u201d said David Brown.")
    q = find(qs, "He told me")
    assert "\u2018go home\u2019" in q.text and speaker_name(rec, q) == "David Brown"


def test_unclosed_quote_does_not_crash():
    rec, qs = run('Tom Reed said: "This sentence never closes.\n\nA new paragraph with no marks.')
    q = find(qs, "never closes")
    assert "new paragraph" not in q.text
    assert find_quotations('a " b') is not None
    run('"')
    run("")


def test_reopened_quote_in_a_text_without_line_breaks_ends_before_the_new_mark():
    # the press convention for a quote over several paragraphs, its line breaks lost: each opening mark inside
    # the open quote starts the next paragraph of it; a closing mark typed as two closing singles closes it
    text = ("Ann Lee said: \u201cThe first paragraph ends here. \u201cThe second one closes,\u201d she said. "
            "Then a long stretch of narrative follows. \u201cA last quote,\u2019\u2019 Lee said. The end.")
    marks = find_quotations(text)
    contents = [text[m.start:m.end] for m in marks]
    assert contents == ["The first paragraph ends here.", "The second one closes,", "A last quote,"]
    assert marks[1].continues and not marks[0].continues and not marks[2].continues
    # a closing mark typed as an opening one, where a closing mark stands (after a word, before a space)
    text = "He called it \u201cone of the safest places.\u201c The island expects tourists. \u201cYes,\u201d he said."
    assert [text[m.start:m.end] for m in find_quotations(text)] == ["one of the safest places.", "Yes,"]
    rec, qs = run("Ann Lee said: \u201cThe first paragraph ends here. \u201cThe second one closes,\u201d she said. "
                  "Then a long stretch of narrative follows about the weather in the hills.")
    assert all("narrative" not in q.text for q in qs)


def test_indirect_quotes():
    rec, qs = run("The ministry said that 40 people were injured in the blast. "
                  "Witnesses denied seeing any soldiers. "
                  "The road was closed, according to local police.")
    q = find(qs, "40 people were injured", "indirect")
    assert q.cue == "said" and q.text == "that 40 people were injured in the blast"  # the complementizer included
    assert find(qs, "seeing any soldiers", "indirect").cue == "denied"
    assert find(qs, "The road was closed", "indirect").cue == "according to"


def test_channel():
    rec, qs = run('"The talks failed," Laura Chen said in a statement on Friday.')
    assert find(qs, "talks failed").channel == "statement"


def test_two_apostrophe_quotation_marks():
    rec, qs = run("''The dam will hold,'' said Nora Quist, the engineer. ''We checked it twice.''")
    q = find(qs, "The dam will hold", "direct")
    assert q.text == "The dam will hold, We checked it twice." and speaker_name(rec, q) == "Nora Quist"
    assert [rec.article.text[a:b] for a, b in q.pieces] == ["The dam will hold,", "We checked it twice."]


def test_object_and_preposition_contents():
    rec, qs = run("Mayor Ellen Fisk called for a new bridge over the river. "
                  "Senator Owen Hart called the budget a reckless gamble. "
                  "Governor Ruth Lang told her staff to cancel the trip. "
                  "Professor Ivan Moss spoke of the long drought in the valley.")
    assert find(qs, "a new bridge over the river", "indirect").text == "a new bridge over the river"
    assert find(qs, "the budget a reckless gamble", "indirect").cue == "called"
    assert find(qs, "her staff to cancel the trip", "indirect").cue == "told"
    assert find(qs, "the long drought in the valley", "indirect").text == "the long drought in the valley"


def test_stance_verbs_cue_their_complement():
    rec, qs = run("The union endorsed Maria Vance for governor. "
                  "Carl Dune wants to build a stadium downtown.")
    assert find(qs, "Maria Vance", "indirect").cue == "endorsed"
    q = find(qs, "to build a stadium downtown", "indirect")
    assert speaker_name(rec, q) == "Carl Dune"


def test_object_with_its_description_and_headline():
    rec, qs = run("Harbor Plan Will Fail, Port Director Says.\n\n"
                  "Councillor Ana Ruiz described the plan as a costly mistake. "
                  "Critics accused the board of hiding the costs.")
    assert find(qs, "Harbor Plan Will Fail", "indirect").cue.lower() == "says"
    assert find(qs, "the plan as a costly mistake", "indirect").cue == "described"
    assert find(qs, "hiding the costs", "indirect").cue == "accused"


# -- PolNeAR -----------------------------------------------------------------------------------------

def _polnear(corpus, limit):
    from newsledger.eval.suites import quotes_polnear as qp

    if not qp.polnear_dir(corpus).exists():
        pytest.skip("PolNeAR not present")
    return {s.metric: s for s in qp.run(corpus, limit)}


def test_polnear_few_docs(corpus):
    scores = _polnear(corpus, 4)
    assert scores["prf"].n > 0
    assert scores["prf"].extra["rule"].startswith("strict")
    assert scores["prf"].f1 >= 0.6 and scores["prf"].extra["containment"]["f1"] >= scores["prf"].f1
    assert scores["speaker_accuracy"].value >= 0.6


@pytest.mark.slow
def test_polnear_dev_split(corpus):
    scores = _polnear(corpus, None)  # the check half, strict rule
    assert scores["speaker_accuracy"].value >= 0.91  # check half 0.922 after issue 18's fifth round
    assert scores["prf"].f1 >= 0.61  # check half 0.622


def test_indirect_content_takes_its_closing_fragment_and_drops_the_writers_tail():
    rec, qs = run("The mayor said the budget was \u201ca disaster for everyone.\u201d\n\n"
                  "The governor said that the bridge would reopen in May, which surprised many drivers.\n\n"
                  "The minister said the plan would cut costs, forcing several agencies to merge.")
    q = find(qs, "the budget was", "indirect")
    assert q.text.endswith("everyone.\u201d")
    assert find(qs, "the bridge would reopen", "indirect").text == "that the bridge would reopen in May"
    assert find(qs, "the plan would cut costs", "indirect").text == "the plan would cut costs"


def test_mid_sentence_cue_and_stage_notes():
    rec, qs = run("Though the first vote was close, the senator said, the second one would be easy to win.\n\n"
                  "\"(CROSSTALK.)\"")
    q = find(qs, "the second one would be easy", "indirect")
    assert q.text.startswith("Though the first vote was close")
    assert not any("CROSSTALK" in x.text for x in qs)


def test_report_inside_a_report_is_part_of_it():
    rec, qs = run("A spokesman said the union expected production to improve when the market recovered.")
    assert [q.cue for q in qs if q.kind == "indirect"] == ["said"]


def test_statement_nouns_and_belief_objects():
    rec, qs = run("Democrats persisted in arguments that the panel was wasting time.\n\n"
                  "The senator spoke in Ames. Her claim that the tax would hurt farmers drew criticism.\n\n"
                  "Most voters expect the mayor to win the election.")
    q = find(qs, "the panel was wasting time", "indirect")
    assert q.speaker_text == "Democrats" and q.cue == "arguments"
    assert find(qs, "the tax would hurt farmers", "indirect").speaker_text == "Her"
    assert find(qs, "the mayor to win the election", "indirect").cue == "expect"


def test_phrase_before_that_is_not_content():
    rec, qs = run("The candidate said at a rally in Denver that \"a storm\" had hit the coast.")
    q = find(qs, "had hit the coast", "indirect")
    assert not q.text.startswith("at a rally")
    assert len([x for x in qs if x.kind == "indirect"]) == 1


def test_stance_adjectives_and_passives_with_agent():
    rec, qs = run("The coach was sure his team would win the title.\n\n"
                  "The new stadium plan was criticized by local residents.")
    q = find(qs, "his team would win the title", "indirect")
    assert q.speaker_text == "The coach" and q.cue == "sure"
    q = find(qs, "The new stadium plan", "indirect")
    assert q.speaker_text == "local residents"


def test_headline_with_its_cue_verb():
    rec, qs = run("Harbor Union Assails Port Plan As A Costly Mistake\n\nThe union met on Monday.")
    q = find(qs, "Port Plan As A Costly Mistake", "indirect")
    assert q.speaker_text == "Harbor Union"


def test_coordinated_report_is_not_content():
    rec, qs = run("The governor said he would order a review of the dams and warned against panic buying.")
    q = find(qs, "he would order a review", "indirect")
    assert "warned" not in q.text


# -- issue 18: whole contents, one attribution per interrupted quote, the strict scorer -----------------------

def test_interrupted_quote_is_one_attribution_with_pieces():
    text = "\u201cThe dam will hold,\u201d Nora Quist said. \u201cWe checked it twice.\u201d"
    rec, qs = run(text)
    q = find(qs, "The dam will hold", "direct")
    assert [text[a:b] for a, b in q.pieces] == ["The dam will hold,", "We checked it twice."]
    assert (q.start, q.end) == (q.pieces[0][0], q.pieces[-1][1]) and speaker_name(rec, q) == "Nora Quist"
    assert len([x for x in qs if x.kind == "direct"]) == 1


def test_nickname_quoted_in_the_speakers_name_is_not_a_quotation():
    # Robert "Bobby" Jones: the quoted nickname is part of the name; the quote before and the one after the cue
    # clause are one attribution, and the nickname takes neither the cue nor a quote of its own
    text = ("The rally went on late. \"This is a big year for our county!\" the council member, Robert \"Bobby\" "
            "Jones, shouted to the crowd. \"The state is watching. We have to win.\"")
    rec, qs = run(text)
    q = find(qs, "big year", "direct")
    assert [text[a:b] for a, b in q.pieces] == ["This is a big year for our county!",
                                                "The state is watching. We have to win."]
    assert q.cue == "shouted" and "Jones" in (q.speaker_text or "")
    assert not [x for x in qs if x.text.strip() == "Bobby"]


def test_judgment_verb_reports_its_object_and_what_it_is_judged_for():
    # VerbNet judgment-33.1 (laud, commend, berate ...): the object and the "for" phrase, past a relative clause
    # set off by commas and into a second "for" phrase
    text = ("The minister lauded Dr. Ana Ruiz, whose term ends next year, for leading the clinic through the flood, "
            "and for the new wing.")
    rec, qs = run(text)
    q = find(qs, "Dr. Ana Ruiz", "indirect")
    assert q.cue == "lauded" and q.text.endswith("for the new wing")


def test_object_content_keeps_the_objects_name_in_apposition():
    text = "Mr. Lake has complimented the host of the first debate, Lester Holt of NBC News, saying he was fair."
    rec, qs = run(text)
    q = find(qs, "the host of the first debate", "indirect")
    assert q.text == "the host of the first debate, Lester Holt of NBC News"


def test_quote_introduced_by_a_new_cue_sentence_is_not_joined():
    text = ("\u201cI was just kidding,\u201d Tom Reed said. To which Ann Lowe said, \u201cGood to hear.\u201d")
    rec, qs = run(text)
    first, second = find(qs, "just kidding", "direct"), find(qs, "Good to hear", "direct")
    assert first is not second and len(first.pieces) == 1
    assert speaker_name(rec, second) == "Ann Lowe"


def test_content_before_a_closing_cue_clause_is_the_whole_sentence():
    text = ("The senator could back the bill, but only if the costs are lower, Sen. Jane Holt told reporters "
            "on Tuesday.")
    rec, qs = run(text)
    q = find(qs, "could back the bill", "indirect")
    assert q.text == "The senator could back the bill, but only if the costs are lower"
    assert speaker_name(rec, q) == "Jane Holt"


def test_according_to_opening_or_closing_its_sentence_reports_all_of_it():
    rec, qs = run("The prison system holds 2 million inmates, 40 percent of whom are black, according to the "
                  "Bureau of Prisons. According to exit polls, the governor had a ten-point lead among women.")
    assert find(qs, "The prison system", "indirect").text == \
        "The prison system holds 2 million inmates, 40 percent of whom are black"
    assert find(qs, "ten-point lead", "indirect").text == "the governor had a ten-point lead among women"


def test_negated_cue_reports_its_content():
    rec, qs = run("Attorney General Eric Moss would not say whether the foundation broke any laws.")
    q = find(qs, "the foundation broke", "indirect")
    assert q.text.startswith("whether") and speaker_name(rec, q) == "Eric Moss"


def test_strict_scorer_counts_character_spans_with_the_marks():
    from newsledger.eval.suites import quotes_polnear as qp
    from newsledger.model import Quote

    text = 'She said "we will win the seat this year," and left.'
    start = text.index("we will")
    quote = Quote("q1", "we will win the seat this year,", start, start + 31, "partial")
    gold = qp.GoldAttr(text[start - 1:start + 32], [(start - 1, start + 32)], [], None)
    assert qp.scored_span(quote, text) == (start - 1, start + 32)
    assert qp.match([quote], [gold], "strict", text)
    fragment = Quote("q2", "we will", start, start + 7, "partial")
    assert not qp.match([fragment], [gold], "strict", text)  # a fragment is no find under the strict rule
    assert qp.match([fragment], [gold], "containment", text)
    assert qp.span_overlap((0, 10), (2, 10)) == 0.8


def test_relative_pronoun_source_is_read_as_its_antecedent():
    from newsledger.eval.suites import quotes_polnear as qp
    from newsledger.model import Quote

    text = "It was Will Smith, who joked that the film was long."
    src = text.index("who")
    gold = qp.GoldAttr("that the film was long", [(text.index("that"), len(text) - 1)], [(src, src + 3)], "who")
    q = Quote("q1", "that the film was long", gold.spans[0][0], gold.spans[0][1], "indirect",
              speaker_text="Will Smith", speaker_start=7, speaker_end=17)
    assert qp.speaker_right(gold, q, Record(article=Article(text=text)), text)


def test_dateline_is_nobodys_words_and_content_before_its_cue_keeps_its_coordination():
    rec, qs = run("WASHINGTON -- The museum opened on Saturday, and it would tell an American story, "
                  "President Alan Obermann said.")
    q = find(qs, "The museum opened", "indirect")
    assert q.text == "The museum opened on Saturday, and it would tell an American story"
    assert speaker_name(rec, q) == "Alan Obermann"


def test_content_around_its_cue_clause_is_one_in_two_pieces():
    text = "The mill was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999."
    rec, qs = run(text)
    q = find(qs, "juggernaut", "indirect")
    assert [text[a:b] for a, b in q.pieces] == ["The mill was a juggernaut", "until it went bankrupt in 1999"]
    assert q.text == "The mill was a juggernaut until it went bankrupt in 1999" and q.cue == "said"


def test_later_cue_reaching_back_over_an_earlier_report_closes_it():
    text = ("Acts of protest, Tom Hale said, are acts of patriotism, like wearing a shirt with the words "
            "\"I can't breathe,\" as Eric Lune said before he died.")
    rec, qs = run(text)
    outer = find(qs, "Acts of protest", "indirect")
    assert text[outer.start:outer.end].endswith("breathe,\"") and speaker_name(rec, outer) == "Tom Hale"
    assert speaker_name(rec, find(qs, "I can't breathe", "direct")) == "Eric Lune"
    assert not [q for q in qs if q.kind == "indirect" and q is not outer and "Acts of protest" in q.text]


def test_gerund_and_adjective_cues_take_the_holding_verbs_speaker():
    rec, qs = run("Senator Ann Cole left the hall after saying that the deal was a fraud. Governor Tim Braun was "
                  "unable to accuse the board of lying.")
    assert speaker_name(rec, find(qs, "the deal was a fraud", "indirect")) == "Ann Cole"
    assert speaker_name(rec, find(qs, "lying", "indirect")) == "Tim Braun"
    rec, qs = run("It is worth noting that the bill failed.")
    assert not [q for q in qs if q.speaker_text and q.speaker_text.lower() == "it"]


def test_participle_cue_after_a_quote_is_a_report_of_its_own():
    text = "\"We are ready,\" Mayor Joan Pike said, adding that \"the city will recover soon.\""
    rec, qs = run(text)
    first = find(qs, "We are ready", "direct")
    assert first.pieces == [[first.start, first.end]] and "recover" not in first.text


def test_accused_and_the_charge_are_the_content():
    # issue 18, round 19: the charge is said of the one charged (VerbNet suspect-81 NP V NP PP.attribute)
    rec, qs = run("Mayor Joan Pike accused the governor of hiding the report.")
    q = find(qs, "hiding", "indirect")
    assert q.text == "the governor of hiding the report" and q.cue == "accused"


def test_dateline_subject_and_a_name_in_apposition_speak():
    rec, qs = run("WASHINGTON -- President Alan Obermann, opening the new museum on Saturday, said it would tell "
                  "an American story.")
    assert speaker_name(rec, find(qs, "American story", "indirect")) == "Alan Obermann"
    rec, qs = run("With 50 days until the election, Mary Stone, a senior adviser to the campaign, called the "
                  "remarks \"a true wake-up call\" to his supporters.")
    assert speaker_name(rec, find(qs, "wake-up call", "indirect")) == "Mary Stone"


def test_time_phrase_opening_a_content_and_an_adverbed_participle_are_not_content():
    rec, qs = run("Mayor Joan Pike told voters this weekend she would consider it a \"personal insult\" if they "
                  "stayed home, implicitly putting her name on the line.")
    q = find(qs, "personal insult", "indirect")
    assert q.text == "she would consider it a \"personal insult\" if they stayed home"
    assert len([x for x in qs if x.kind == "indirect"]) == 1


def test_addressee_before_that_is_left_to_the_cue():
    rec, qs = run("Governor Tim Braun is telling a veterans group that the army is \"depleted\" this year.")
    q = find(qs, "depleted", "indirect")
    assert q.text.startswith("that the army")
    rec, qs = run("A spokesman for the group said the claim that the town had been captured was false.")
    assert find(qs, "false", "indirect").text == "the claim that the town had been captured was false"


def test_embedded_question_and_what_something_is_called():
    rec, qs = run("Lawmakers have not said when they would take up the bill.")
    assert find(qs, "when they would", "indirect").text == "when they would take up the bill"
    rec, qs = run("The campaign called the charges unsubstantiated and fabricated by former employees.")
    assert find(qs, "the charges", "indirect").text.startswith("the charges unsubstantiated")


def test_cue_in_an_as_clause_reports_the_clause_it_hangs_on():
    rec, qs = run("As many tax experts have pointed out, the senator is free to publish his returns.")
    q = find(qs, "free to publish", "indirect")
    assert q.text == "the senator is free to publish his returns" and q.speaker_text == "many tax experts"


def test_words_inside_quotation_marks_never_speak_for_a_cue_outside_them():
    text = ("Mayor Joan Pike hardly clarified the matter, treating the remark as a compliment -- \"That makes me "
            "smart\" -- and, when questioned after the debate, asserting, \"Of course, I pay federal taxes.\"")
    rec, qs = run(text)
    assert all(q.speaker_text not in {"I", "me"} for q in qs)


def test_preposition_content_after_a_particle_time_phrase_or_addressee():
    rec, qs = run("Senator Ann Cole spoke out Tuesday about the death of a young man. Governor Tim Braun asked "
                  "the mayor about the budget.")
    assert find(qs, "the death", "indirect").text == "the death of a young man"
    assert find(qs, "the budget", "indirect").text == "the budget"


def test_contrast_and_closing_apposition_stay_in_the_content():
    rec, qs = run("Mayor Joan Pike said that her budget had not changed, despite the council's objections.")
    assert find(qs, "budget", "indirect").text.endswith("despite the council's objections")


def test_quote_continued_after_a_titled_cue_and_into_the_next_paragraph():
    text = ("\"It's nonsense,\" Mayor Joan Pike said on the radio show \"Morning Desk.\" \"The numbers are "
            "wrong and everyone knows it.\"\n\nShe spoke after the vote.\n\n"
            "\"We will fix the roads,\" Governor Tim Braun said.\n\n\"And the schools will come next.\"")
    rec, qs = run(text)
    q = find(qs, "It's nonsense", "direct")
    assert q.end > text.index("everyone knows") and len(q.pieces) == 2
    q = find(qs, "fix the roads", "direct")
    assert q.end > text.index("schools will") and len(q.pieces) == 2


def test_a_phrase_hung_on_the_cue_after_its_object_is_the_objects():
    rec, qs = run("Senator Ann Cole personally opposes abortion in all cases except to save the life of the mother.")
    assert find(qs, "abortion", "indirect").text.endswith("the life of the mother")


def test_what_someone_is_called_or_referred_to_as_comes_with_the_named():
    rec, qs = run("Governor Tim Braun called the senator \u201cthe best friend the oil lobby has.\u201d")
    assert find(qs, "the senator", "indirect").text.startswith("the senator \u201cthe best friend")
    rec, qs = run("The candidate referred to the new migrants as \"criminals.\"")
    assert find(qs, "migrants", "indirect").text.startswith("the new migrants as")


def test_a_cue_in_a_relative_clause_reports_from_the_relative_on():
    rec, qs = run("The mayor kept the letters, which she said were all personal.")
    assert find(qs, "personal", "indirect").text == "which she said were all personal"
    rec, qs = run("The police opened an inquiry the chief said was still going on.")
    assert find(qs, "going on", "indirect").text == "an inquiry the chief said was still going on"


def test_a_report_in_the_cue_sentence_does_not_take_over_the_continuing_quote():
    text = ("\"The roads come first,\" said Tim Braun, whose group does not endorse candidates. "
            "\"Then the schools.\"")
    rec, qs = run(text)
    q = find(qs, "The roads come first", "direct")
    assert q.end > text.index("the schools") and speaker_name(rec, q) == "Tim Braun"


def test_asked_if_is_an_embedded_question():
    rec, qs = run("A reporter later asked if the new registry would be any different from the old one.")
    assert find(qs, "registry", "indirect").text.startswith("if the new registry")


def test_according_to_after_a_cue_clause_reports_the_whole_quote():
    text = ("\u201cI ask you not to protest on the floor,\u201d Senator Ann Cole said, according to CNN. "
            "\u201cIt is of utmost importance.\u201d")
    rec, qs = run(text)
    direct = find(qs, "I ask you", "direct")
    assert len(direct.pieces) == 2 and speaker_name(rec, direct) == "Ann Cole"
    outlet = next(q for q in qs if q.cue == "according to")
    assert (outlet.start, outlet.end) == (direct.start, direct.end)


def test_speaker_after_an_inverted_cue():
    rec, qs = run("\u201cHow big is that wall?\u201d asked the boy, who wore a red cap.")
    assert find(qs, "How big", "direct").speaker_text == "the boy"
    rec, qs = run("\"The risk,\" said Tim Braun, an economist who heads the forecast, \"is that prices rise.\"")
    assert speaker_name(rec, find(qs, "The risk", "direct")) == "Tim Braun"


def test_a_quote_over_several_paragraphs_is_one_quote():
    text = ("Governor Tim Braun listed his questions: \"Is the plan paid for?\n\n"
            "\"Does it help the towns?\n\n\"Will the roads be finished on time?\"")
    rec, qs = run(text)
    q = find(qs, "paid for", "direct")
    assert len(q.pieces) == 3 and q.end > text.index("on time")


def test_one_of_a_group_with_a_name_in_apposition_speaks_as_the_name():
    rec, qs = run("One of the men, Jessie Doe, 70, had served in the army and said he was sure the plan would fail.")
    assert find(qs, "the plan would fail", "indirect").speaker_text == "Jessie Doe"


def test_a_cue_the_parse_coordinates_with_an_embedded_question_goes_with_the_main_clause():
    rec, qs = run("Judge Ann Cole put off deciding whether the group could question the mayor but said she would "
                  "rule soon.")
    assert speaker_name(rec, find(qs, "rule soon", "indirect")) == "Ann Cole"


def test_cue_clause_set_off_by_commas_reports_the_whole_sentence():
    # issue 18: "A, he told me on Friday, is that B" and "A, Mr. Y said, until B": one content around the cue clause
    rec, qs = run("The difference now, Tom Reyes told me on Friday, is that he runs a news program. "
                  "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.")
    q = find(qs, "The difference now", "indirect")
    assert q.text.startswith("The difference now") and q.text.endswith("news program") and len(q.pieces) == 2
    q = find(qs, "Lenox was a juggernaut", "indirect")
    assert rec.article.text[q.start:q.end].endswith("until it went bankrupt in 1999")
    assert [rec.article.text[a:b] for a, b in q.pieces] == ["Lenox was a juggernaut", "until it went bankrupt in 1999"]
    # the comma before the speaker's apposition closes no cue clause: the apposition is not reported
    rec, qs = run("The war has helped drive voters to the polls, said Steven Taylor, a chairman of the department.")
    assert find(qs, "The war", "indirect").text == "The war has helped drive voters to the polls"


def test_agentless_passive_cue_reports_its_clause_with_no_source():
    # issue 18: PolNeAR's attributions with no Source ("X is expected to Y", "X was accused of Y")
    rec, qs = run("About one of every nine voters this fall is expected to be Latino.")
    q = find(qs, "nine voters", "indirect")
    assert q.text == "About one of every nine voters this fall is expected to be Latino" and q.speaker is None


def test_unsourced_report_yields_to_a_named_source():
    rec, qs = run("Soldiers would be asked to return to work, the spokesman Omar Haidari added.")
    q = find(qs, "return to work", "indirect")
    assert q.cue == "added" and q.speaker is not None
    assert not any(x.cue == "asked" for x in qs)


def test_according_to_a_document_names_its_author():
    rec, qs = run("Turnout rose by a third, according to an analysis by the Pew Research Center.")
    q = find(qs, "Turnout rose", "indirect")
    assert q.cue == "according to" and q.speaker_text == "Pew Research Center"


def test_poll_as_source():
    # issue 18: nominal sources; "In a poll released Sunday, X" reports X, the poll its source
    rec, qs = run("In an ABC News poll released Sunday, three of four Americans disapproved of the plan.")
    q = find(qs, "three of four Americans", "indirect")
    assert q.text == "three of four Americans disapproved of the plan" and q.cue == "In"


def test_document_released_speaks_for_its_releaser():
    rec, qs = run("Senator Ann Lowe released a letter from her doctor that says she is in excellent health.")
    q = find(qs, "she is in excellent health", "indirect")
    assert speaker_name(rec, q) == "Ann Lowe"


def test_raising_verb_reports_its_whole_clause_with_no_source():
    rec, qs = run("The governor seems to have left the state for the weekend.\n\n"
                  "It seems that nobody noticed.")
    q = find(qs, "seems to have left", "indirect")
    assert q.text == "The governor seems to have left the state for the weekend" and q.speaker is None
    assert not any(x.cue == "seems" and x.text.startswith("It") for x in qs)


def test_short_quotation_with_no_cue_is_no_report():
    rec, qs = run('The ad, titled "Arrogant," ran on Sunday.\n\n'
                  '"We will win this state," Anna Berg said. "Every vote counts."')
    assert not any("Arrogant" in q.text for q in qs)
    assert speaker_name(rec, find(qs, "Every vote counts")) == "Anna Berg"


def test_recording_shows_its_speaker():
    rec, qs = run("The new ad uses a video of Maria Lopez asking, \u201cWhere did the money go?\u201d")
    assert speaker_name(rec, find(qs, "Where did the money go")) == "Maria Lopez"


def test_see_as_reports_the_view_and_plain_see_does_not():
    rec, qs = run("Critics see the new tax as a gift to large companies.\n\nThe senator saw the report on Monday.")
    q = find(qs, "the new tax as a gift", "indirect")
    assert q.text == "the new tax as a gift to large companies" and q.speaker_text == "Critics"
    assert not any("report" in x.text for x in qs)


def test_direct_quote_after_that_is_one_report():
    rec, qs = run('Anna Berg told aides that "the vote will be close and we will win it."')
    assert len([q for q in qs if "vote will be close" in q.text]) == 1


def test_quote_interrupted_by_its_cue_is_not_also_an_indirect_quote():
    rec, qs = run('"My hope," Anna Berg said, "is that the council will listen to the people of this town."')
    assert [q.kind for q in qs] == ["direct"] and len(qs[0].pieces) == 2


def test_find_reports_a_finding_not_an_action():
    rec, qs = run("The study found that most voters had already decided.\n\nThe two sides found a way around the rule.")
    assert find(qs, "most voters had already decided", "indirect").speaker_text == "The study"
    assert not any("a way around" in q.text for q in qs)


# -- issue 18, round 5: cue words from lexicons, verbs that report through a preposition ---------------------

def test_every_cue_verb_names_its_lexicon_class():
    from newsledger import resources

    for line in resources.data_path("speech_verbs.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, _, source = line.partition("\t")
            assert source.startswith(("VerbNet ", "WordNet ")), f"{lemma!r} has no lexicon class"


def test_preposition_verb_reports_its_prepositional_object():
    rec, qs = run("On Tuesday the senator talked about the rising cost of insulin.")
    q = find(qs, "the rising cost of insulin", "indirect")
    assert q.text == "the rising cost of insulin"
    assert q.speaker_text == "the senator"


def test_preposition_verb_without_its_preposition_is_no_cue():
    rec, qs = run("The senator talked to reporters for an hour before the vote in Ohio.")
    assert not [q for q in qs if q.kind == "indirect"]


def test_dash_elaboration_is_part_of_the_content():
    # the parse hangs the elaboration on the cue, not on the content it elaborates
    rec, qs = run("Ms. Vega talked about the things she had come to believe \u2014 from the moon landing being staged "
                  "to the water supply being poisoned.")
    q = find(qs, "the things she had come to believe", "indirect")
    assert q.text.endswith("the water supply being poisoned")


def test_an_indefinite_noun_phrase_closing_a_content_is_the_writers():
    # issue 18, sixth round: ", a figure far higher ..." and ", a former nominee who ..." after a content are the
    # writer's comment or description; a definite apposition naming the noun before it stays
    rec, qs = run("Mayor Joan Pike said that the plan would cut taxes by 10 percent, a figure far higher than "
                  "last year.")
    assert find(qs, "cut taxes", "indirect").text == "that the plan would cut taxes by 10 percent"
    rec, qs = run("Mayor Joan Pike said she was as much a citizen as Sen. Tim Braun, a former nominee who was "
                  "born abroad.")
    assert find(qs, "as much a citizen", "indirect").text.endswith("as Sen. Tim Braun")
    rec, qs = run("Mayor Joan Pike said that she had met the governor of the state, Tim Braun.")
    assert find(qs, "met the governor", "indirect").text.endswith("the governor of the state, Tim Braun")


def test_quote_words_each_name_their_lexicon_class():
    # issue 18, sixth round: the statement nouns, poll documents and headline verbs come from WordNet 3.0 classes
    from newsledger import resources
    from newsledger.extract.quotes.cues import HEADLINE_VERBS, IN_SOURCES, SPEECH_NOUNS

    for row in resources.rows("quote_words.tsv"):
        assert len(row) == 2 and row[1].startswith("WordNet 3.0 ") and row[0] == row[0].lower(), row
    assert {"claim", "opposition", "eagerness"} <= SPEECH_NOUNS and "willingness" not in SPEECH_NOUNS
    assert IN_SOURCES == {"poll", "survey"} and "torch" not in HEADLINE_VERBS


def test_passive_addressee_and_a_subject_with_nothing_reported_after_the_cue():
    # issue 18, sixth round: "I was told that X" reports X (the subject is the addressee); "the price was not
    # disclosed" reports the subject alone
    rec, qs = run("At the hearing, the mayor was told that the bridge would close in May.")
    assert find(qs, "bridge would close", "indirect").text == "that the bridge would close in May"
    rec, qs = run("The price of the new stadium, which the city will pay, was not disclosed.")
    assert find(qs, "price of the new stadium", "indirect").text.rstrip(",") == \
        "The price of the new stadium, which the city will pay"


def test_relative_clause_cue_reports_its_fragment_from_the_pronoun():
    # issue 18, seventh round: a quoted fragment in a relative clause with its own subject ("which he described as
    # "X"", "who Y called "X"") is that clause's speaker's, and the content starts at the relative pronoun
    rec, qs = run('The senator attacked the bill, which he described as "a gift to the banks." He left early.')
    part = find(qs, "a gift to the banks", "partial")
    assert part.cue == "described" and part.speaker_text == "he"
    rec, qs = run('The board met the donor, who Smith on Wednesday called "a horrible human being." It ended.')
    assert find(qs, "horrible", "indirect").text == 'who Smith on Wednesday called "a horrible human being."'
    # a relative pronoun as the subject leaves the words in the outer report
    rec, qs = run('The mayor said the town backed a general who suggested that the city should "segregate" radicals.')
    assert find(qs, "segregate", "partial").cue == "said"


def test_infinitive_content_takes_its_coordinated_bare_verbs():
    # issue 18, seventh round: "wants to X, Y and Z" (the parse hangs Y and Z on the cue) reports all three; a
    # finite or negated conjunct is left out
    rec, qs = run("The mayor wants to double the size of the park, build a new library and create a youth center.")
    assert find(qs, "double", "indirect").text == \
        "to double the size of the park, build a new library and create a youth center"
    rec, qs = run("She pledged to cut taxes and said she would resign.")
    assert find(qs, "cut taxes", "indirect").text == "to cut taxes"


def test_quotation_after_a_cue_clause_set_off_by_commas_reports_the_whole_sentence():
    # issue 18, seventh round: "A, he said, "b..."" (the quoted words go on with the writer's sentence in lower
    # case) is one content from A, in two pieces around the cue clause; a lead-in that is only "But" is the writer's
    rec, qs = run('When the rule goes into effect, Dr. Clark added, "it will at least feel like progress."')
    q = find(qs, "When the rule", "indirect")
    assert q.cue == "added" and q.text.startswith("When the rule goes into effect") and len(q.pieces) == 2
    rec, qs = run('But, the mayor said, "democracy is a series of choices."')
    assert not [q for q in qs if q.kind == "indirect"]


def test_polnear_loader_keeps_the_cue_span_and_the_census_classes_a_miss(tmp_path):
    """The gold loader keeps each Cue's span (the miss census reads its head word), and the census classes a
    verb's that-clause, a source after its content and an "according to" (issue 18, ninth round)."""
    import sys
    from pathlib import Path

    from newsledger import nlp
    from newsledger.eval.suites import quotes_polnear as qp

    text = ("The mayor insisted that the budget was balanced. Taxes will rise, the council warned. "
            "According to the report, the bridge is unsafe.")
    base = tmp_path / "dev" / "polnear" / "data" / "dev"
    (base / "text").mkdir(parents=True)
    (base / "attributions").mkdir()
    (base / "text" / "t1.txt").write_text(text, encoding="utf-8")

    def sp(s):
        a = text.index(s)
        return a, a + len(s)
    rows, n = [], 0
    for src, cue, content in (("The mayor", "insisted", "that the budget was balanced"),
                              ("the council", "warned", "Taxes will rise"),
                              ("the report", "According to", "the bridge is unsafe")):
        ids = []
        for label, s in (("Source", src), ("Cue", cue), ("Content", content)):
            n += 1
            a, b = sp(s)
            rows.append(f"T{n}\t{label} {a} {b}\t{s}")
            ids.append(f"T{n}")
        rows.append(f"E{n}\tAttribution:{ids[1]} Content:{ids[2]} Cue:{ids[1]} Source:{ids[0]}")
    (base / "attributions" / "t1_0001.ann").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (_, _, gold), = qp.load(tmp_path, "dev")
    assert [text[a:b] for g in gold for a, b in g.cues] == ["insisted", "warned", "According to"]
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import quotes_census as census

    doc = nlp.parse(text)
    classes = [census.construction(doc, text, g, census.cue_head(doc, g.cues), False) for g in gold]
    assert classes == ["verb + that-clause", "source after content", "according to"]


def test_a_verb_outside_the_cue_lists_reports_its_that_clause():
    """A verb with a finite that-complement is a verb of communication, cognition or perception (Levin's
    S-complement frames): its clause is what the subject reports, cue lists or not (issue 18, ninth round)."""
    rec, qs = run("Federal investigators discovered that the accounts had been opened in 2014. "
                  "The auditors determined that the money was missing.")
    q = find(qs, "that the accounts had been opened in 2014", "indirect")
    assert q.cue == "discovered" and q.speaker_text == "Federal investigators"
    assert find(qs, "that the money was missing", "indirect").cue == "determined"


def test_quoted_show_title_after_a_preposition_is_no_quote():
    # Chicago Manual of Style 8.189: a show's title in quotation marks names a work; nobody says it
    text = ('The senator spoke at length on Sunday. "We will not back down," she said on "Meet the Press." '
            'Her rival appeared on NBC\'s "This Week," and said the bill was dead.')
    _, qs = run(text)
    assert not any(q.text.strip(' ,."') in {"Meet the Press", "This Week"} for q in qs), [q.text for q in qs]
    assert find(qs, "We will not back down", "direct")


def test_quoted_title_after_a_noun_naming_a_work_is_no_quote():
    # AP Stylebook, composition titles: a title in apposition to "show", "memoir", "anthem" names a work
    text = ('The governor was a guest on the cable show "Late Night Talk," she said. She described the '
            'strike in her memoir, "Steel Town Summers," and the choir sang the old anthem "Rise Up Again." '
            '"We will not back down," she said.')
    _, qs = run(text)
    titles = {"Late Night Talk", "Steel Town Summers", "Rise Up Again"}
    assert not any(q.text.strip(' ,."') in titles for q in qs if q.kind in {"direct", "partial"}), \
        [q.text for q in qs]
    assert find(qs, "We will not back down", "direct")


def test_quoted_name_modifying_the_noun_after_it_is_no_quote():
    # CGEL ch. 5 attributive modifiers: a quoted name before the noun it modifies ("a "Town Hall Live" forum")
    # names a show or campaign; a quoted adjective ("an "awful" plan") is the source's word, "Hooray!" an utterance
    from newsledger.extract.quotes import _Extractor

    text = ('The mayor cited criticism of the moderator, who took heat during a "Town Hall Live" forum. '
            'The mayor said it was an "awful" plan. The crowd answered with "Hooray!" chants.')
    doc = nlp.parse(text)
    rec = Record(article=Article(text=text))
    ex = _Extractor(doc, rec)
    flags = {text[m.start:m.end]: ex.attributive_quotation(m) for m in ex.marks}
    assert flags == {"Town Hall Live": True, "awful": False, "Hooray!": False}, flags


def test_lead_in_before_cue_and_capitalised_quotation_is_no_indirect_content():
    # Chicago Manual of Style ch. 13: 'X, he said, "Y."' with Y a sentence of its own (initial capital): the
    # lead-in is the writer's, the quotation the report; no indirect content spanning both
    _, qs = run("Emphasizing the urgency of the matter, Trump said, \u201cIf we do not get tough and smart real "
                "fast, we are not going to have a country anymore.\u201d")
    assert [q.kind for q in qs] == ["direct"]
    assert qs[0].text.startswith("If we do not get tough")


def test_quoted_term_inside_its_own_speaker_phrase_is_no_quote():
    _, qs = run('Members of the "Never Trump" movement said the convention would be contested.')
    assert not [q for q in qs if "Never Trump" in q.text and q.kind in {"direct", "partial"}]
    ind = [q for q in qs if q.kind == "indirect"]
    assert ind and "convention would be contested" in ind[0].text


def test_amount_object_leaves_the_topic_as_content():
    # "isn't saying much about X": the amount is how much was said, the about/on phrase what it was about
    # (FrameNet Statement's Topic); a time phrase after the amount is no topic
    _, qs = run("Donald Trump isn't saying much about debate preparation. The senator said a lot about trade "
                "on Tuesday. She said little on Monday.")
    assert find(qs, "debate preparation", "indirect").text == "debate preparation"
    assert find(qs, "trade", "indirect").text == "trade"
    assert not [q for q in qs if q.text == "Monday"]


def test_quote_closing_its_sentence_is_not_reported_by_the_next_sentences_cue():
    # a quotation paragraph with no cue of its own goes on with the last speaker (the press convention); the
    # next sentence's cue has its own content ("disputed the readout") and reports that, not the quotation
    rec, qs = run('"The two leaders discussed the situation," the White House readout said. "The president '
                  'stressed the need for restraint." Turkish officials disputed the readout on Monday.')
    q = find(qs, "stressed the need")
    assert q is not None and "Turkish" not in (q.speaker_text or "")
    assert "readout" in (q.speaker_text or "")


def test_quote_closing_its_sentence_keeps_a_next_sentence_cue_with_nothing_else_to_report():
    _, qs = run('The minister arrived late. "We will not give up!" Maria Lopez said later.')
    q = find(qs, "We will not give up")
    assert q is not None and q.speaker_text == "Maria Lopez"


def test_outlet_closing_the_cue_sentence_does_not_take_the_next_quote():
    # "according to News Corp." reports the cue clause of the quote before it; the quotation after goes on
    # with the one talking, not with the outlet
    _, qs = run('Maria Lopez spoke to the court in June. "The previous statement was half true," she told the '
                'court, according to News Corp. "My real name is Maria Lopez and I want to stay." Prosecutors '
                'disputed her account.')
    q = find(qs, "My real name")
    assert q.speaker_text is not None and "News Corp" not in q.speaker_text and "Prosecutors" not in q.speaker_text


def test_two_apostrophe_marks_outnumbering_a_few_double_marks():
    # an archive text writing its quotations with two apostrophes whose summary kept a pair of double marks: the
    # apostrophe pairs, the more numerous, are its double marks too
    text = ('The engineer called the plan "sound." \n\n'
            "''The dam will hold,'' said Nora Quist, the engineer. ''We checked it twice.''\n\n"
            "''It rained all week,'' she added.")
    contents = [text[m.start:m.end] for m in find_quotations(text)]
    assert contents == ["sound.", "The dam will hold,", "We checked it twice.", "It rained all week,"]
    rec, qs = run(text)
    assert find(qs, "The dam will hold", "direct").pieces and find(qs, "It rained all week", "direct")
    # more double marks than apostrophe pairs: the double marks alone are the quotation marks
    text = "He said \"yes\" and \"no\" and ''maybe'' to \"all of it.\""
    assert "''maybe''" in text
    assert [text[m.start:m.end] for m in find_quotations(text)] == ["yes", "no", "all of it."]


def test_coordinated_report_of_another_group_is_not_part_of_the_first_content():
    # the poll idiom: one group's answer set beside another's after ", and" / ", while"
    rec, qs = run("Most voters said they prefer a candidate who is an outsider, while about 4 in 10 want one with "
                  "political experience.")
    assert find(qs, "prefer a candidate", "indirect").text == "they prefer a candidate who is an outsider"
    assert find(qs, "one with political experience", "indirect").cue == "want"
    rec, qs = run("About half of voters said Clinton is honest and trustworthy, and three-quarters said the same "
                  "of Sanders.")
    assert find(qs, "honest and trustworthy", "indirect").text == "Clinton is honest and trustworthy"
    assert not any(q.text.endswith(", and") or q.text.startswith("About half") for q in qs)
    # a personal pronoun going on is the same speaker: the content is left alone
    rec, qs = run("The governor said about 20 people have shown an interest in the seat, but he refuses to name "
                  "them.")
    assert "he refuses" in find(qs, "20 people", "indirect").text
    # "but one that embraces X": a noun phrase with its relative clause, no coordinated report
    rec, qs = run("To succeed, Dara Maroof says, the plan could draw on the city's history: not a unified vision of "
                  "the past, but one that embraces its diversity.")
    assert find(qs, "the plan could draw", "indirect").text.endswith("one that embraces its diversity")


def test_nested_census_lists_items_of_tune_a_only():
    # the measuring rules: items are listed from tune-a only; the train census prints counts (returns 2 before loading)
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import quotes_census as census

    assert census.nested_main(census.parser().parse_args(["nested", "--set", "train", "--examples", "3"])) == 2


def test_npobj_census_reads_the_cue_verbs_wordnet_file():
    """Round 18's census groups bare noun-phrase contents by the cue verb's WordNet 3.0 file: 'say' is a
    communication verb in its first sense, 'maintain' a stative one that still has a communication sense, 'use'
    has none."""
    import sys
    from pathlib import Path

    import pytest

    if not Path("/usr/share/wordnet/index.verb").exists():
        pytest.skip("WordNet 3.0 data files (Debian wordnet-base) not installed")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import quotes_census as census

    assert census.wn_first_lexfile("say") == "verb.communication"
    assert census.wn_first_lexfile("maintain") == "verb.stative"
    assert census.wn_any_report_sense("maintain") and not census.wn_any_report_sense("use")


def test_copular_statement_noun_reports_its_content_clause():
    """quotes28: a statement or belief noun as the subject of "be" with a content clause as its complement
    ("her fear was that X", "one view is that Y", "his question was whether Z") reports the clause; the source is
    the noun's possessor, else none. A question nobody is named as asking, a factual noun ("the problem is that X")
    and a preposition's clause ("was notable in that X") report nothing."""
    rec, qs = run("Mayor Ellen Fisk's fear was that the old bridge would collapse in the spring floods. "
                  "One view is that the harbor tax is, in fact, driving the ferries away. "
                  "Councillor Omar Reyes's question was whether the town can pay for the new pumps. "
                  "The key question is whether the pumps will last the winter. "
                  "The problem is that the pumps are old. "
                  "The budget was notable in that the pier got no money.")
    q = find(qs, "the old bridge would collapse", "indirect")
    assert q.text == "that the old bridge would collapse in the spring floods"
    assert speaker_name(rec, q) == "Ellen Fisk"
    q = find(qs, "the harbor tax", "indirect")
    assert q.text == "that the harbor tax is, in fact, driving the ferries away" and q.speaker is None
    q = find(qs, "the town can pay", "indirect")
    assert q.text == "whether the town can pay for the new pumps" and speaker_name(rec, q) == "Omar Reyes"
    assert not [q for q in qs if "last the winter" in q.text or "the pumps are old" in q.text
                or "the pier got no money" in q.text]


def test_copular_noun_of_the_data_list_with_a_colon():
    """quotes28: "The implication is clear: that X" (a noun of data/quote_words.tsv "## copular_nouns", not a
    speech noun) reports the clause after the colon, with no source."""
    rec, qs = run("The report praised the new ferry schedule. The implication is clear: that the old schedule "
                  "had failed the island's workers.")
    q = find(qs, "the old schedule", "indirect")
    assert q.text == "that the old schedule had failed the island's workers" and q.speaker is None


def test_copular_noun_sourced_by_its_relative_clause():
    """quotes28: "The promise she has made is that X": with no possessor, the subject of a relative clause whose
    object gap is the noun holds what the noun states."""
    rec, qs = run("Mayor Ellen Fisk spoke to the harbor workers on Monday. "
                  "The most telling promise Mayor Fisk has made is that she will not raise the ferry fares.")
    q = find(qs, "raise the ferry fares", "indirect")
    assert q.text == "that she will not raise the ferry fares" and speaker_name(rec, q) == "Ellen Fisk"


def test_copular_noun_holder_from_a_phrase_or_relative_with_an_adjunct():
    """quotes29: the holder of a copular noun named in a "within"/"of" phrase naming people ("the concern within
    the administration is that X") or as the subject of a relative clause holding an adjunct ("the promise Mayor
    Fisk has made in winning X is that Y"); a non-restrictive relative ("a second view, which I share, is") names
    no holder."""
    rec, qs = run("Mayor Ellen Fisk opened the harbor on Monday. "
                  "The most telling promise Mayor Fisk has made in winning the election is that she will not raise "
                  "the ferry fares. The concern within the administration is that the pier will flood again. "
                  "The view of most experts is that the fares must rise. "
                  "A second view, which I share, is that the pier should be rebuilt.")
    q = find(qs, "raise the ferry fares", "indirect")
    assert speaker_name(rec, q) == "Ellen Fisk"
    q = find(qs, "the pier will flood", "indirect")
    assert q.speaker is not None and "administration" in (q.speaker_text or "")
    q = find(qs, "the fares must rise", "indirect")
    assert q.speaker is not None and "experts" in (q.speaker_text or "")
    q = find(qs, "the pier should be rebuilt", "indirect")
    assert q.speaker is None


def test_copular_noun_of_the_writers_own_reasoning_is_no_report():
    """quotes29: with no holder named, an evaluative comparative on the noun ("a better explanation for X is
    that"), an epistemic adverb ("perhaps the answer is that") or a modal on "be" (a prediction: "the impression
    ... will be that") marks the writer's own reasoning: no report."""
    rec, qs = run("The ferry lost money again this year. "
                  "A better explanation for the ferry's losses is that the fares are too low. "
                  "Perhaps the answer is that the island needs a second pier. "
                  "The lasting impression of the visitors will be that the harbor is clean.")
    assert not [q for q in qs if "fares are too low" in q.text or "second pier" in q.text
                or "harbor is clean" in q.text]


def test_copular_content_runs_over_a_misparsed_root():
    """quotes29: when the parse hangs the copular clause on a later root that is no cue ("... because, put
    simply, she was a sailor"), the content runs on to the end of the sentence."""
    rec, qs = run("The assumption fueling the rumor is that Fisk was able to win over the harbor vote because, "
                  "put simply, she was a sailor.")
    q = find(qs, "win over the harbor vote", "indirect")
    assert q.text.endswith("she was a sailor")

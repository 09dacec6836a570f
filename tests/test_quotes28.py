"""Issue 18, round 28: a reporter's second report coordinated after its content clause (CGEL ch. 15 §4.2)."""
from __future__ import annotations

from newsledger import nlp
from newsledger.extract import actors, quotes
from newsledger.model import Article, Record


def _quotes(text: str) -> list:
    doc = nlp.parse(text)
    rec = Record(article=Article(text=text))
    actors.extract(doc, rec)
    return quotes.extract(doc, rec)


def _report(got: list, cue: str):
    hits = [q for q in got if q.cue == cue]
    assert hits, f"no report cued by {cue!r}: {[(q.cue, q.text) for q in got]}"
    return hits[0]


def test_second_speech_verb_after_a_content_clause_is_the_reporters():
    got = _quotes("The mayor wrote on Sunday that the bridge was unsafe and urged drivers to take the ferry.")
    assert _report(got, "wrote").text == "that the bridge was unsafe"
    assert _report(got, "urged").speaker_text == "The mayor"


def test_second_speech_verb_in_another_tense_is_the_reporters():
    got = _quotes("Patel says the union accepted the offer and said the strike would end on Friday.")
    assert _report(got, "said").speaker_text == "Patel"


def test_negated_second_report_after_its_auxiliary_ends_the_content():
    got = _quotes("The envoy said the talks had collapsed but did not say when they might resume.")
    assert _report(got, "said").text == "the talks had collapsed"
    assert _report(got, "say").speaker_text == "The envoy"


def test_guards_stance_verbs_fronted_contents_and_bare_infinitives_keep_their_readings():
    got = _quotes("Ortega said the factory lost money last year and is seeking new investors.")
    assert _report(got, "said").text == "the factory lost money last year and is seeking new investors"
    got = _quotes("The coach said his players were tired and wanted a longer break.")
    assert _report(got, "wanted").speaker_text == "his players"
    got = _quotes("The governor held a meeting with farmers and promised to cut fuel taxes, the local paper reported.")
    assert not any(q.cue == "promised" and q.speaker_text == "the local paper" for q in got)
    got = _quotes("She heard the protesters chant slogans and urge the police to leave.")
    assert _report(got, "urge").speaker_text == "the protesters"


def test_guards_progressives_modals_and_clauses_of_no_cue_stay_with_the_content():
    got = _quotes("Officials said the driver changed his account by Friday and was insisting that the crash was an "
                  "accident.")
    assert not any(q.cue == "insisting" and q.speaker_text == "Officials" for q in got)
    assert _report(got, "said").text.endswith("was an accident")
    got = _quotes("Residents say the plan has not been studied and may not find enough buyers.")
    assert _report(got, "say").text == "the plan has not been studied and may not find enough buyers"
    got = _quotes("Police said it appeared the dog's 40-pound body had been left sometime over the last two days and "
                  "showed no visible signs of injury.")
    assert not any(q.cue == "showed" and q.speaker_text == "Police" for q in got)


def test_guards_a_pronoun_subject_and_a_series_of_the_contents_predicates_keep_their_speakers():
    got = _quotes("The mayor said rioters had smashed several windows and burned a car, and demanded the release of "
                  "their leader.")
    assert _report(got, "demanded").speaker_text == "rioters"
    got = _quotes("The retired judge said she regretted the remark and promised to apologize.")
    assert _report(got, "promised").speaker_text == "she"

"""Round 32 (issue 14): a rebuttal by reference ("Tehran denies the charge") answers the statement of its own
sentence or the one before that names the rebutting speaker's side."""
from __future__ import annotations

from newsledger.extract.claims.statements import PROPOSITION, claims_of


def _rec(text, published="2018-03-04"):
    from newsledger.model import Article
    from newsledger.pipeline import extract_record

    return extract_record(Article(text=text, id="t32", published=published))


def test_denial_of_the_charge_answers_the_statement_naming_the_denier():
    rec = _rec("The coalition has also blockaded Yemen to stop Iran smuggling weapons to the rebels. "
               "Tehran denies the charge.")
    cons = [c for c in claims_of(rec.to_dict()) if c.topic == PROPOSITION and c.polarity < 0]
    assert cons and "smuggl" in cons[0].objects
    assert rec.contradictions


def test_denial_of_the_charge_does_not_answer_a_statement_naming_someone_else():
    rec = _rec("The coalition has also blockaded Yemen to stop Saudi smugglers from arming the rebels. "
               "Tehran denies the charge.")
    cons = [c for c in claims_of(rec.to_dict()) if c.topic == PROPOSITION and c.polarity < 0]
    assert not cons


def test_denial_of_the_charge_does_not_reach_back_two_sentences():
    rec = _rec("The coalition accused Iran of smuggling weapons to the rebels in Yemen. "
               "Fighting went on near the port of Hodeidah on Sunday, residents said. "
               "Tehran denies the charge.")
    cons = [c for c in claims_of(rec.to_dict()) if c.topic == PROPOSITION and c.polarity < 0
            and "smuggl" in (c.objects or [])]
    assert not cons

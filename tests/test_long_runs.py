"""Issue 15, correctness over long runs: what one article leaves behind in the process must not change the
record of the next. Two hazards: state shared between parsed docs (the sentence index hooks, the actor index
extension, docs kept alive while others are parsed), and module-level tables filled lazily, which an exception
raised mid-fill (the pipeline's per-article time limit raises from a signal handler, between any two bytecodes)
could leave half-built for the rest of the process."""
from __future__ import annotations

import dataclasses

import pytest

from newsledger import nlp
from newsledger.extract import actors, events, quotes, times
from newsledger.extract.eventcoding import actorcodes
from newsledger.extract.eventcoding import dictionary as D
from newsledger.model import Article, Record
from tests.script_helpers import SCRIPTS, load_script

TEXTS = [
    'The Afghan army attacked Taliban positions near Kabul on Monday, the defence ministry said. "We will not '
    'stop until the road is open," General Ahmad Zia told reporters. He said 12 fighters were killed.',
    "Iran's foreign minister met his Turkish counterpart in Ankara on Tuesday. The two sides signed a trade "
    'agreement, Turkish officials said. "This is a new chapter," the minister said, adding that talks would go on.',
    'Protesters clashed with police in Nairobi. Police fired tear gas, witnesses said. The opposition leader, '
    'Raila Odinga, accused the government of rigging the vote. "They stole it," he said.',
]


def _record(doc, text: str) -> dict:
    rec = Record(article=Article(text=text))
    actors.extract(doc, rec)
    rec.times = times.extract(doc, rec)
    rec.quotes = quotes.extract(doc, rec)
    rec.events = events.extract(doc, rec)
    return {"actors": [dataclasses.asdict(a) for a in rec.actors],
            "quotes": [dataclasses.asdict(q) for q in rec.quotes],
            "events": [dataclasses.asdict(e) for e in rec.events]}


def test_a_record_in_a_long_run_is_the_record_alone():
    """The scripts' and the pipeline's way: every doc parsed first (all alive at once, each with its own
    sentence-index hooks), then extracted one by one, an article repeated after others; each record equals the
    one its text gives parsed and extracted alone."""
    alone = [_record(nlp.parse(t), t) for t in TEXTS]
    many = TEXTS * 3
    docs = list(nlp.parse_many(many, batch_size=4))
    assert [_record(d, t) for d, t in zip(docs, many)] == alone * 3
    assert any(r["quotes"] for r in alone) and any(r["actors"] for r in alone)


def _reset_prefixes():
    clear = getattr(actorcodes._country_prefixes, "cache_clear", None)
    if clear is not None:
        clear()
    if isinstance(getattr(actorcodes, "_PREFIXES", None), set):
        actorcodes._PREFIXES.clear()


def test_country_prefixes_survive_an_interrupted_first_fill(monkeypatch):
    """An exception raised while the country prefix table is first built (an article's time limit firing) must
    not leave a partial table that every later article of the process would use."""
    _reset_prefixes()
    full = set(actorcodes._country_prefixes())
    assert {"IGO", "NGO", "IMG"} <= full
    _reset_prefixes()

    def interrupted():
        raise TimeoutError("the article's time limit fired")

    with monkeypatch.context() as m:
        m.setattr(D, "agent_codes", interrupted)
        with pytest.raises(TimeoutError):
            actorcodes._country_prefixes()
    assert set(actorcodes._country_prefixes()) == full


def _script():
    return load_script(SCRIPTS / "quotes_polnear_train.py")


def test_the_train_script_notices_a_tree_changed_under_its_run(tmp_path, monkeypatch):
    """A measuring run whose package files change while it parses (the extractors read their data files on first
    use, minutes later on the full train set) prints no figures."""
    script = _script()
    monkeypatch.setattr(script, "PACKAGE", tmp_path)
    data = tmp_path / "speech_verbs.txt"
    data.write_text("say\n", encoding="utf-8")
    first = script.fingerprint()
    assert script.fingerprint() == first
    data.write_text("say\ntell\n", encoding="utf-8")
    assert script.fingerprint() != first

    monkeypatch.setattr(script.suite, "load", lambda corpus, split: [("t", TEXTS[0], [])])
    assert script.main(["--set", "train"]) == 0
    data.write_text("say\n", encoding="utf-8")
    real_records = script.records

    def edited_meanwhile(*args, **kw):
        data.write_text("say\ntell\nclaim\n", encoding="utf-8")
        return real_records(*args, **kw)

    monkeypatch.setattr(script, "records", edited_meanwhile)
    assert script.main(["--set", "train"]) == 3

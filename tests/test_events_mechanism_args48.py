"""Round 48 (evsense48): the mechanism census's argument dimensions (the object's WordNet class, the verb's tense and
aspect, whether source and target carry CAMEO codes) and the judges' kind by mechanism in its `sample` mode.
Sentences and tallies written for the test, no article text."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from newsledger import nlp
from tests.script_helpers import SCRIPTS, load_script

WORDNET = Path("/usr/share/wordnet/data.noun").exists()


@pytest.fixture(scope="module")
def census():
    import newsledger.extract.events as EV

    saved = EV._events_of
    module = load_script(SCRIPTS / "events_mechanism_census.py")
    yield module
    EV._events_of = saved  # the script wraps the coder at import time; put it back for the other tests


def _verb(text: str, lemma: str):
    return next(t for t in nlp.parse(text) if t.lemma_.lower() == lemma)


@pytest.mark.skipif(not WORDNET, reason="WordNet 3.0 data files (Debian wordnet-base) not installed")
def test_object_class_tells_a_party_from_a_thing(census):
    assert census._object_lex(_verb("Firefighters launched an attack on the flames.", "attack")) == "noun.process"
    assert census._object_lex(_verb("The team captured the prize on Sunday.", "capture")) == "noun.possession"
    assert census._object_lex(_verb("The rebels attacked the soldiers at dawn.", "attack")) == "noun.person"
    assert census._object_lex(_verb("The mayor signed the budget yesterday.", "sign")) == "noun.possession"
    assert census._object_lex(_verb("The army attacked Brindleford overnight.", "attack")) == "name"
    assert census._object_lex(_verb("The army withdrew overnight.", "withdraw")) == "-"


def test_aspect_reads_tense_and_auxiliaries(census):
    assert census._aspect(_verb("The ministers have met every month since the war.", "meet")) == "perfect"
    assert census._aspect(_verb("The rebels attack convoys on the northern road.", "attack")) == "present"
    assert census._aspect(_verb("The police arrested two men on Friday.", "arrest")) == "past"
    assert census._aspect(_verb("The council would reject the plan.", "reject")) == "modal"
    assert census._aspect(_verb("The guards were beating the prisoners.", "beat")) == "progressive"


def test_keys_carry_the_argument_dimensions(census):
    m = {"path": "default", "lemma": "attack", "cameo": "190", "statement": False, "obj_lex": "noun.phenomenon",
         "aspect": "past"}
    e = SimpleNamespace(type="ASSAULT", status="reported", source="a1", target=None, source_code="USA",
                        target_code=None)
    keys = census._keys(m, e, "n/a")
    assert keys["obj_lex"] == "noun.phenomenon|ASSAULT"
    assert keys["aspect"] == "past|ASSAULT"
    assert keys["coded"] == "src=True tgt=False"
    assert {"obj_lex", "aspect", "coded"} <= set(census.DIMENSIONS)
    old = census._keys({"path": "noun", "lemma": "talk", "cameo": "046", "statement": False},
                       SimpleNamespace(type="CONSULT", status="reported", source=None, target=None), "n/a")
    assert old["obj_lex"] == "?|CONSULT" and old["coded"] == "src=False tgt=False"

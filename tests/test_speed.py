"""The speed work of issue 15 keeps behaviour: the compiled CAMEO pattern matcher, the word-figure scan, the
corpus actor table's skip when nothing changed, the store's batch id check, the pool parent's collector setting
restored after a run, the extraction workers' kept freed memory, and the claims' grouped duplicate check and cached
record lookups."""
from newsledger.extract import claims
from newsledger.extract.eventcoding import matching
from newsledger.extract.quantities import _word_figures
from newsledger.model import Actor, Article, Record


def _forms(*words: str, particle: bool = False) -> matching.Forms:
    return frozenset(words), particle


def test_pattern_units_match_in_order_with_plurals_and_synsets():
    toks = [_forms("the"), _forms("attack", "attacks"), _forms("on"), _forms("to", particle=True), _forms("town")]
    assert matching._match_seq(["attacks on"], toks) == 2  # a plural part matches its singular
    assert matching._match_seq(["on", "town"], toks) == 2
    assert matching._match_seq(["town", "on"], toks) == -1  # units in order only
    assert matching._match_seq(["to"], toks) == -1  # the infinitive marker is not the preposition "to"
    assert matching._match_seq(["to"], [_forms("to")]) == 1
    assert matching._match_seq(["on town"], toks) == -1  # a unit's parts are adjacent
    assert matching._match_seq(["on"], []) == -1
    synset = next(iter(matching.D.synsets()))
    word = sorted(matching.D.synsets()[synset])[0]
    assert matching._match_seq([synset.lower()], [_forms(word + "s")]) == 1  # a synset word's plural


def test_word_figures():
    text = "Several hundred fighters and a few people, twenty-five men and three dozens of them; a couple."
    got = [(text[f.start:f.end], f.value, f.approximate) for f in _word_figures(text)]
    assert got == [("Several hundred", 100, True), ("a few", 3, True), ("twenty-five", 25, False),
                   ("three", 3, False), ("dozens", 12, True)]


def _record(aid: str, *names: str) -> Record:
    rec = Record(article=Article(text=f"Article {aid}.", id=aid, published="2019-01-01"))
    rec.actors = [Actor(f"a{i}", name, "person", code_source="none", mentions=1) for i, name in enumerate(names, 1)]
    return rec


def test_corpus_actor_table_up_to_date(tmp_path):
    from newsledger.corpus import actors as corpus_actors
    from newsledger.store import Store

    with Store(tmp_path / "c.duckdb") as store:
        assert not corpus_actors.up_to_date(store)  # no table yet
        store.write([_record("1", "Recep Tayyip Erdoğan")])
        corpus_actors.rebuild(store)
        assert corpus_actors.up_to_date(store)
        store.write([_record("2", "Erdoğan")])
        assert not corpus_actors.up_to_date(store)  # a stored article's actor is not linked yet
        corpus_actors.rebuild(store)
        assert corpus_actors.up_to_date(store)
        assert store.query("SELECT count(DISTINCT corpus_actor) AS n FROM actors")[0]["n"] == 1


def test_article_ids_made_unique_in_one_batch(tmp_path):
    from newsledger.store import Store

    with Store(tmp_path / "c.duckdb") as store:
        store.write([_record("x", "A B")])
        clash = [_record("x", "C D"), _record("y", "E F")]
        clash[0].article.text, clash[1].article.text = "Another text.", "A third text."
        twin = _record("y", "G H")
        twin.article.text = "A fourth text."
        assert store.write([*clash, twin]) == 3
        ids = sorted(r["id"] for r in store.query("SELECT id FROM articles"))
        assert ids[0] == "x" and ids[1].startswith("x-") and ids[2] == "y" and ids[3].startswith("y-")


def test_parent_gc_threshold_is_restored():
    import gc

    from newsledger.corpus.parallel import EXTRACTION_GC_THRESHOLDS, parent_gc_threshold

    before = gc.get_threshold()
    with parent_gc_threshold():
        assert gc.get_threshold() == EXTRACTION_GC_THRESHOLDS
    assert gc.get_threshold() == before
    try:
        with parent_gc_threshold():
            raise KeyError("a failing batch")
    except KeyError:
        pass
    assert gc.get_threshold() == before


def test_claims_dedup_drops_only_a_claim_inside_one_alike():
    outer = claims.Claim("control", 1, "a1", "q1", "the town fell to them", 0, 40)
    inner = claims.Claim("control", 1, "a1", "q2", "the town fell", 5, 20)
    other_speaker = claims.Claim("control", 1, "a2", "q3", "the town fell", 5, 20)
    other_polarity = claims.Claim("control", -1, "a1", "q4", "the town fell", 5, 20)
    same_span = claims.Claim("control", 1, "a1", "q5", "the town fell to them", 0, 40)
    from newsledger.extract.claims.statements import _dedup

    kept = _dedup([outer, inner, other_speaker, other_polarity, same_span])
    assert [c.evidence for c in kept] == ["q1", "q3", "q4", "q5"]


def test_claims_view_caches_answer_as_the_record_says():
    rec = {"actors": [{"id": "a1", "name": "Syria", "kind": "country"}, {"id": "a2", "name": "Army",
                                                                           "affiliation": "a1"},
                      {"id": "a3", "name": "Rebels"}],
           "entities": [{"start": 0, "end": 8, "actor": "a1"}, {"start": 20, "end": 28, "actor": "a3"}],
           "sentences": [{"start": 0, "end": 40, "text": "Damascus said it held the town in Homs."}],
           "places": [], "quotes": []}
    v = claims.View(rec)
    assert v.side("a1") == {"a1", "a2"} and v.side("a2") == {"a2", "a1"} and v.side("a3") == {"a3"}
    capital = {"start": 0, "end": 8, "text": "Damascus"}
    town = {"start": 20, "end": 28, "text": "Homs"}  # an entity of a group, not of a country
    assert v.stands_for_state(capital) and v.stands_for_state(capital)  # asked again: the cached answer
    assert not v.stands_for_state(town)


def test_pronoun_pass_sentence_numbers_are_the_sentences():
    from newsledger import nlp
    from newsledger.resolve.actors import _sentence_numbers

    doc = nlp.parse("The minister arrived. She spoke to reporters.\n\nShort line\n"
                    "Then the talks began, and they ended.")
    want = [n for n, sent in enumerate(doc.sents) for _ in sent]
    assert _sentence_numbers(doc) == want
    assert want[-1] >= 2


def test_actor_lookup_by_id():
    from newsledger import nlp
    from newsledger.resolve.actors import ActorIndex

    doc = nlp.parse("Angela Merkel met Emmanuel Macron in Paris. She said he was right.")
    index = ActorIndex(doc, Record(article=Article(text=doc.text, id="x", published="2019-01-01")))
    index.build()
    assert index.actors and all(index.get(a.id) is a for a in index.actors)
    assert index.get(None) is None and index.get("a999") is None and index.get("p1") is None
    index.actors.append(Actor("b1", "Someone", "person"))  # an id of another form is found by the scan
    assert index.get("b1") is index.actors[-1]


_FREED_MEMORY_PROBE = """
import ctypes, os, sys
from newsledger.corpus.parallel import keep_freed_memory
kept = keep_freed_memory() if sys.argv[1] == "keep" else False
libc = ctypes.CDLL(None)
libc.malloc.restype, libc.malloc.argtypes, libc.free.argtypes = ctypes.c_void_p, [ctypes.c_size_t], [ctypes.c_void_p]
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20
blocks = [libc.malloc(4 << 20) for _ in range(32)]
for b in blocks:
    ctypes.memset(b, 1, 4 << 20)
held = rss()
for b in reversed(blocks):
    libc.free(b)
print(kept, held - rss())
"""


def test_extraction_worker_keeps_freed_memory_for_its_next_chunk():
    """A pool worker's allocator keeps the 128 MB it freed (the next chunk takes it again without page faults);
    glibc's defaults give it back to the system. Only where the C library is glibc."""
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    def probe(mode: str) -> tuple[bool, int]:
        out = subprocess.run([sys.executable, "-c", _FREED_MEMORY_PROBE, mode], capture_output=True, text=True,
                             check=True, cwd=Path(__file__).resolve().parent.parent).stdout.split()
        return out[0] == "True", int(out[1])

    kept, returned = probe("keep")
    if not kept:
        pytest.skip("not glibc: keep_freed_memory changes nothing")
    assert returned < 16  # MB given back to the system after freeing 128 MB
    assert probe("default")[1] > 100


def test_released_document_is_freed_by_reference_counting():
    """A parsed article lives in reference cycles (its sentence hooks hold its sentences, which hold it) until
    nlp.release breaks them; then it dies as soon as it is let go, with the cyclic collector off."""
    import gc
    import weakref

    from newsledger import nlp

    text = "Rebels attacked the town on Monday. The army said it had retaken it."
    enabled = gc.isenabled()
    gc.disable()
    try:
        doc = nlp.parse(text)
        doc._.actor_index = [doc[0:1]]
        kept = weakref.ref(doc)
        del doc
        assert kept() is not None  # the hooks' cycle keeps it
        gc.collect()
        doc = nlp.parse(text)
        doc._.actor_index = [doc[0:1]]
        assert doc[7].sent.text == "The army said it had retaken it."
        nlp.release(doc)
        freed = weakref.ref(doc)
        del doc
        assert freed() is None
    finally:
        if enabled:
            gc.enable()


def test_pronoun_pass_tree_tests_read_the_arrays_as_the_tokens_answer():
    """resolve/actors.py's _in_complement walks the HEAD and DEP arrays: for every token and every verb of a parsed
    text it answers as the walk over Token.ancestors it replaced; and the principle-C case still abstains."""
    from spacy.attrs import DEP, HEAD

    from newsledger import nlp
    from newsledger.resolve import actors as resolve

    text = ("'The group has not been defeated,' it said on Monday, after officials who visited the town told "
            "reporters that they wanted the army to leave.")
    doc = nlp.parse(text)
    rel_heads = doc.to_array(HEAD).astype("int64").tolist()
    deps = doc.to_array(DEP).tolist()

    def by_tokens(tok, verb):
        prev = tok
        for anc in tok.ancestors:
            if anc == verb:
                return prev.dep_ in {"ccomp", "parataxis", "xcomp"}
            prev = anc
        return False

    answers = {(t.i, v.i): by_tokens(t, v) for t in doc for v in doc if v.pos_ in {"VERB", "AUX"}}
    assert any(answers.values()) and not all(answers.values())
    assert all(resolve._in_complement(i, v, rel_heads, deps) == want for (i, v), want in answers.items())


def test_document_caches_answer_as_spacy():
    """nlp.arrays, nlp.ents, nlp.span_text and nlp.starts: what the Token, Span and Doc attributes give, read once."""
    from newsledger import nlp

    doc = nlp.parse("The army said on Monday that rebels in Aleppo, who had fled, attacked the town and killed three "
                    "people.\n\nThen Mr Smith left for Paris.")
    parse = nlp.arrays(doc)
    assert nlp.arrays(doc) is parse
    for t in doc:
        assert (parse.heads[t.i], parse.dep[t.i], parse.pos[t.i], parse.tag[t.i]) == (t.head.i, t.dep, t.pos, t.tag)
        assert parse.children(t.i) == [c.i for c in t.children]
        assert parse.subtree(t.i) == [c.i for c in t.subtree]
    assert nlp.ents(doc) == doc.ents and nlp.ents(doc) is nlp.ents(doc)
    assert all(nlp.span_text(s) == s.text for s in [*doc.sents, *doc.ents, doc[2:7]])
    assert nlp.starts(doc) == [t.idx for t in doc]
    assert nlp.arrays(nlp.parse("")).heads == []


def test_a_parsed_document_is_storable_after_its_caches_are_dropped():
    """The sentence index keeps the sentence spans in user_data, which DocBin cannot store: storable() drops the
    package's caches, and the document saved with its user data reads back with its parse."""
    from spacy.tokens import DocBin

    from newsledger import nlp

    doc = next(iter(nlp.parse_many(["Rebels attacked the town. The army said it would respond."])))
    assert nlp.sents(doc)  # a cache the pipeline or a rule made
    saved = DocBin(store_user_data=True, docs=[nlp.storable(doc)]).to_bytes()
    back = next(DocBin().from_bytes(saved).get_docs(nlp.load().vocab))
    assert [s.text for s in nlp.sents(back)] == ["Rebels attacked the town.", "The army said it would respond."]


def test_column_reads_answer_as_the_tokens():
    """speed37: the document's text kept at parse, its columns, indices_where and the coder's pattern forms read
    from the columns give what the Token attributes give (a month's name as a date no pattern word)."""
    from spacy.attrs import LEMMA, LOWER, POS

    from newsledger import nlp
    from newsledger.extract.eventcoding import matching

    texts = ["Police detained him in March and said on 4 March 2010 they would march to Aleppo.\n\nThe UN wants "
             "to keep talking, officials said.", "A long text.\n\n" + "Rebels attacked the town. " * 3000]
    months = []
    for doc in nlp.parse_many(texts):
        assert nlp.doc_text(doc) == doc.text and nlp.span_text(doc[3:9]) == doc[3:9].text
        assert nlp.column(doc, LOWER) == [t.lower for t in doc] and nlp.column(doc, POS) == [t.pos for t in doc]
        assert nlp.indices_where(doc, LEMMA, {"say", "attack"}.__contains__) == [
            t.i for t in doc if t.lemma_ in {"say", "attack"}]
        assert nlp.indices_where(doc, LOWER, "nowhere".__eq__) == []
        want = [(frozenset() if matching._month(t) else frozenset({t.lower_, t.lemma_.lower()}), t.pos_ == "PART")
                for t in doc]
        assert matching._forms_at(doc, range(len(doc))) == want
        assert [matching._tok_forms(t) for t in doc] == want
        months.append(sum(1 for words, _ in want if not words))
    assert months == [2, 0]  # "in March", "4 March 2010"; the verb "march" stays a pattern word

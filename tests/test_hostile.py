"""Hostile input: property-based tests on every reader and on extraction. Each must return Articles or
one-line InputErrors, never raise, never hang."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.ingest import InputError, ReadOptions, read_paths
from newsledger.ingest.base import parse_published
from newsledger.model import Article
from newsledger.pipeline import extract_records

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def read_bytes(tmp_path, name, data):
    f = tmp_path / name
    f.write_bytes(data)
    out = list(read_paths([str(f)], ReadOptions(max_chars=200_000)))
    for item in out:
        assert isinstance(item, (Article, InputError))
        if isinstance(item, InputError):
            assert "\n" not in str(item) and str(item).startswith(str(f))
    return out


@FAST
@given(data=st.binary(max_size=4000), ext=st.sampled_from(["txt", "html", "jsonl", "csv", "warc"]))
def test_any_bytes_any_reader(tmp_path, data, ext):
    read_bytes(tmp_path, f"x.{ext}", data)


@FAST
@given(lines=st.lists(st.one_of(
    st.text(max_size=200),
    st.builds(lambda t, p: json.dumps({"id": "a", "text": t, "published": p}), st.text(max_size=300),
              st.one_of(st.none(), st.text(max_size=20), st.just("2021-09-06"))),
    st.builds(json.dumps, st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                                       lambda c: st.lists(c, max_size=3)
                                       | st.dictionaries(st.text(max_size=5), c, max_size=3),
                                       max_leaves=10))), max_size=8))
def test_jsonl_lines_never_break_the_batch(tmp_path, lines):
    out = read_bytes(tmp_path, "b.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass"))
    assert len([x for x in out if isinstance(x, Article)]) <= len(lines)


@FAST
@given(st.text(max_size=40))
def test_parse_published_only_raises_value_error(value):
    try:
        assert len(parse_published(value)) == 10
    except ValueError:
        pass


def test_deeply_nested_html_and_unclosed_tags(tmp_path):
    html = ("<html><body>" + "<div>" * 5000 + "<p>Soldiers crossed the border on Friday, officials said.</p>"
            + "<span>" * 3000)
    out = read_bytes(tmp_path, "deep.html", html.encode())
    assert len(out) == 1


def test_ten_megabyte_article_is_refused_before_parsing(tmp_path, monkeypatch):
    from newsledger import nlp

    monkeypatch.setattr(nlp, "parse", lambda *a, **k: pytest.fail("a refused article was parsed"))
    out = read_bytes(tmp_path, "big.txt", b"The army advanced. " * 550_000)
    assert isinstance(out[0], InputError) and "too large" in out[0].message


TRICKY = [
    "\u201cWe will never surrender,\u201d the commander said, \u201cnever",  # quote never closed
    "He said \"unclosed quote and then nothing else",
    # RTL and bidi controls
    "\u0627\u0644\u062c\u064a\u0634 \u0642\u0627\u0644 \u2014 The army said \u202eevil\u202c text on Monday.",
    "Protesters \U0001F525\U0001F525 marched in Kyiv \U0001F1FA\U0001F1E6 on Sunday, police said.",
    "NUL\x00bytes\x00inside the text of an article said on Monday.",
    "\u201c\u201c\u201c\u201d\u201d\u201d '' \"\" \u2018\u2019",
    "a" * 20000,
    ". " * 5000,
    "<script>alert(1)</script> said the <img src=x onerror=alert(1)> spokesman on Tuesday.",
]


def test_tricky_texts_extract_without_crashing():
    arts = [Article(text=t.replace("\x00", ""), id=f"t{i}", published="2021-09-06") for i, t in enumerate(TRICKY)]
    out = list(extract_records(arts))
    assert len(out) == len(arts)
    assert all(not isinstance(x, InputError) for x in out), [str(x) for x in out if isinstance(x, InputError)]
    for rec in out:
        text = rec.article.text
        for part in (rec.entities, rec.quotes, rec.times, rec.places):
            for item in part:
                assert 0 <= item.start <= item.end <= len(text)


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=600))
def test_extract_any_text(text):
    (out,) = list(extract_records([Article(text=text, published="2021-09-06")]))
    assert not isinstance(out, InputError), str(out)
    json.dumps(out.to_dict())


def test_fuzz_found_csv_with_stray_carriage_return(tmp_path):
    # Found by scripts/fuzz.py (atheris): csv.Error escaped the CSV reader.
    out = read_bytes(tmp_path, "crash.csv", bytes.fromhex("687400930d22f5ffe7e7e7"))
    out += read_bytes(tmp_path, "crash2.csv", b'text,id\n"a\rb",1\n"unterminated\x0d\n')
    assert all(isinstance(x, (Article, InputError)) for x in out)

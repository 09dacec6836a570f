import json

import pytest

from newsledger.ingest import InputError, ReadOptions, parse_published, read_paths
from newsledger.model import Article


def items(*paths, **opts):
    return list(read_paths([str(p) for p in paths], ReadOptions(**opts)))


def test_plain_text_with_published(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The army said on Monday that it had withdrawn.", encoding="utf-8")
    (art,) = items(f, published="2021-09-06")
    assert isinstance(art, Article)
    assert art.id == "a" and art.published == "2021-09-06" and art.source == str(f)


def test_bad_files_give_one_line_errors_and_good_ones_survive(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes("Le président a déclaré la guerre.".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Rebels seized the town.", encoding="utf-8")
    out = items(tmp_path)
    errors = {e.where.split("/")[-1]: e for e in out if isinstance(e, InputError)}
    arts = {a.id: a for a in out if isinstance(a, Article)}
    assert set(errors) == {"empty.txt", "junk.txt"}
    assert "empty" in errors["empty.txt"].message and "binary" in errors["junk.txt"].message
    assert all("\n" not in str(e) for e in errors.values())
    assert arts["latin1"].text.startswith("Le président")
    assert "good" in arts


def test_jsonl_malformed_line_names_file_and_line(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "x1", "text": "Troops entered the city.", "published": "2021-09-06", "outlet": "Wire"}),
        '{"id": "x2", "text": "broken',
        json.dumps({"id": "x3", "text": "Talks resumed.", "published": "sometime soon"}),
        json.dumps({"id": "x4"}),
        json.dumps({"id": "x5", "html": "<html><body><article><p>The minister resigned on Friday after a vote of "
                    "no confidence in the parliament, aides said.</p></article></body></html>"}),
    ]), encoding="utf-8")
    out = items(f)
    errs = [e for e in out if isinstance(e, InputError)]
    arts = [a for a in out if isinstance(a, Article)]
    assert [a.id for a in arts] == ["x1", "x3", "x5"]
    assert arts[0].outlet == "Wire" and arts[0].published == "2021-09-06"
    assert arts[1].published is None  # unknown date format: kept, undated, with a warning
    where = {e.where: e for e in errs}
    assert where[f"{f}:2"].fatal and "malformed JSON" in where[f"{f}:2"].message
    assert not where[f"{f}:3"].fatal and "date" in where[f"{f}:3"].message
    assert where[f"{f}:4"].fatal and '"text"' in where[f"{f}:4"].message
    assert "minister resigned" in arts[2].text


def test_huge_article_refused_with_size_in_message(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_text("word " * 1_100_000, encoding="utf-8")
    (err,) = items(f)
    assert isinstance(err, InputError) and "too large" in err.message and "--max-chars" in err.message


def test_csv_reader_reads_dates_and_outlet(corpus):
    out = items(corpus / "dev" / "unlabelled" / "Guardian_SDF_sample.csv")
    arts = [a for a in out if isinstance(a, Article)]
    assert len(arts) == 249 and not [e for e in out if isinstance(e, InputError)]
    assert all(a.published and a.outlet for a in arts)


def test_html_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("""<!doctype html><html><head><title>Rebels take town | The Daily</title>
    <meta property="og:site_name" content="The Daily"><meta property="article:published_time" content="2021-09-06T10:00:00Z">
    </head><body><nav>Home | World</nav><article><h1>Rebels take town</h1>
    <p>Rebel fighters took control of the northern town on Monday after days of fighting, residents said.</p>
    <p>The government denied the town had fallen and said its forces were regrouping.</p></article>
    <footer>Copyright</footer></body></html>""", encoding="utf-8")
    (art,) = items(f)
    assert "Rebel fighters took control" in art.text and "Copyright" not in art.text
    assert art.published == "2021-09-06" and art.outlet == "The Daily" and "Rebels take town" in art.title


@pytest.mark.parametrize("value,expected", [("2021-09-06", "2021-09-06"), ("6 September 2021", "2021-09-06"),
                                            ("Sep 6, 2021", "2021-09-06"), ("2021-09-06T10:00:00Z", "2021-09-06")])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday-ish", "2021-13-45", "", "Monday"])
def test_parse_published_refuses(value):
    with pytest.raises(ValueError):
        parse_published(value)


def test_html_date_from_json_ld_when_trafilatura_has_none(tmp_path):
    f = tmp_path / "ld.html"
    f.write_text("""<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "datePublished": "2020-03-14T08:00:00+00:00"}</script></head><body><article>
    <p>Police dispersed a march in the capital with tear gas on Friday, witnesses said, and detained dozens.</p>
    <p>The interior ministry said the march had not been authorised and that officers had been attacked.</p>
    </article></body></html>""", encoding="utf-8")
    (art,) = items(f)
    assert art.published == "2020-03-14"

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
    <meta property="og:site_name" content="The Daily">
    <meta property="article:published_time" content="2021-09-06T10:00:00Z">
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


# -- JSON documents: news-please, trafilatura, GDELT DOC, ACLED (newsledger/data/inputs/json_fields.tsv) --------

def test_giveme5w1h_news_please_folder_ingests_whole(corpus):
    folder = corpus / "dev" / "giveme5w1h" / "data"
    out = items(folder)
    arts = [a for a in out if isinstance(a, Article)]
    assert len(arts) == 48 and not [e for e in out if isinstance(e, InputError)]
    assert all(a.title and a.outlet and a.url.startswith("http") for a in arts)
    assert sum(1 for a in arts if a.published) == 47  # one file's date_publish is the text "None"
    raw = json.loads(sorted(folder.glob("*.json"))[0].read_text(encoding="utf-8"))
    first = next(a for a in arts if a.url == raw["url"])
    assert first.published == raw["date_publish"][:10] and first.outlet == raw["publisher"]
    assert first.text.startswith(raw["description"][:40])  # the lead, which some outlets keep out of the body


def test_json_array_of_news_please_and_trafilatura_articles(tmp_path):
    f = tmp_path / "mixed.json"
    f.write_text(json.dumps([
        {"title": "Rebels take town", "description": "Rebels took the town", "maintext": "Rebels took the town "
         "on Monday after heavy fighting, residents said.", "date_publish": "2021-09-06 10:00:00",
         "url": "https://news.example/a", "source_domain": "news.example"},
        {"title": "Talks resume", "text": "Talks resumed in the capital on Friday, officials said.",
         "date": "2021-09-03", "source": "https://wire.example/b", "sitename": "Wire", "id": "t-1"},
        {"title": "No body", "url": "https://news.example/c"},
        "not an object",
    ]), encoding="utf-8")
    out = items(f)
    arts = [a for a in out if isinstance(a, Article)]
    errs = [e for e in out if isinstance(e, InputError)]
    assert [a.id for a in arts] == ["mixed-1", "t-1"]
    assert arts[0].text.startswith("Rebels took the town on Monday")  # lead already at the body's start
    assert (arts[0].published, arts[0].outlet, arts[0].url) == ("2021-09-06", "news.example", "https://news.example/a")
    assert (arts[1].published, arts[1].outlet, arts[1].url) == ("2021-09-03", "Wire", "https://wire.example/b")
    assert len(errs) == 2 and all(e.where == str(f) for e in errs)
    assert any("1 of 4 items: no article text, only a link" in e.message for e in errs)


def test_gdelt_doc_links_without_text_are_one_error_line(tmp_path):
    f = tmp_path / "gdelt.json"
    f.write_text(json.dumps({"articles": [{"url": f"https://x.example/{i}", "title": "t", "seendate":
                                           "20210906T123000Z", "domain": "x.example"} for i in range(40)]}))
    (err,) = items(f)
    assert isinstance(err, InputError) and err.message.startswith("40 of 40 items: no article text, only a link")
    assert "and 35 more" in err.message
    assert parse_published("20210906T123000Z") == "2021-09-06"


def test_acled_export_as_csv_and_api_json(tmp_path):
    row = {"event_id_cnty": "AFG12345", "event_date": "2021-09-06", "event_type": "Battles",
           "source": "Pajhwok Afghan News", "notes": "On 6 September 2021, Taliban forces clashed with NRF "
           "fighters in the valley. 12 fatalities reported."}
    (tmp_path / "acled.json").write_text(json.dumps({"status": 200, "success": True, "data": [row]}))
    (tmp_path / "acled.csv").write_text(",".join(row) + "\n" + ",".join(f'"{v}"' for v in row.values()) + "\n")
    out = items(tmp_path / "acled.json", tmp_path / "acled.csv")
    assert len(out) == 2 and all(isinstance(a, Article) for a in out)
    for a in out:
        assert (a.id, a.published, a.outlet) == ("AFG12345", "2021-09-06", "Pajhwok Afghan News")
        assert a.text.startswith("On 6 September 2021")


def test_broken_json_file_is_one_error_and_json_lines_stay_line_by_line(tmp_path):
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps({"title": "x", "text": "Troops withdrew."}, indent=2)[:-3] + "\n" * 200)
    lines = tmp_path / "lines.json"
    lines.write_text(json.dumps({"id": "l1", "text": "Troops withdrew."}) + "\n{broken\n"
                     + json.dumps({"id": "l3", "text": "Talks resumed."}) + "\n")
    out = items(pretty, lines)
    errs = [e for e in out if isinstance(e, InputError)]
    assert [a.id for a in out if isinstance(a, Article)] == ["l1", "l3"]
    assert [e.where for e in errs] == [str(pretty), f"{lines}:2"]
    assert "malformed JSON" in errs[0].message and "line" in errs[0].message


def test_json_document_nested_too_deeply_is_one_error(tmp_path):
    f = tmp_path / "deep.json"
    f.write_text("[" * 100_000 + "]" * 100_000)
    (err,) = items(f)
    assert isinstance(err, InputError) and "nested" in err.message

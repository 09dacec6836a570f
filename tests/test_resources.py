"""The one reader of the data files."""
from newsledger import resources


def test_lines_skip_comments_and_blanks(tmp_path, monkeypatch):
    (tmp_path / "w.txt").write_text("# provenance\n\nsaid\n  told \n#x\n", encoding="utf-8")
    (tmp_path / "t.tsv").write_text("# a\tb\nx\t1\ny\n", encoding="utf-8")
    monkeypatch.setattr(resources, "DATA", tmp_path)
    resources.lines.cache_clear()
    resources.words.cache_clear()
    assert resources.words("w.txt") == {"said", "told"}
    assert resources.rows("t.tsv") == [["x", "1"], ["y"]]
    assert resources.rows("t.tsv", min_fields=2) == [["x", "1"]]
    resources.lines.cache_clear()
    resources.words.cache_clear()


def test_every_data_file_is_read():
    for path in resources.DATA.rglob("*"):
        if path.suffix in {".txt", ".tsv"}:
            assert resources.lines(*path.relative_to(resources.DATA).parts), path

"""A text longer than one parsing chunk (nlp.CHUNK_CHARS) is parsed in pieces and merged into one document."""
import warnings

from newsledger import nlp


def test_long_text_merges_without_warning_and_keeps_every_sentence():
    paragraph = "The council met on Monday. It agreed to open the bridge again.\n\n"
    text = paragraph * (nlp.CHUNK_CHARS // len(paragraph) + 40)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # spaCy's W102 (a piece's user data it cannot merge) would fail here
        doc = nlp.parse(text)
    assert doc.text == text
    assert len(nlp.sents(doc)) == 2 * text.count(paragraph)

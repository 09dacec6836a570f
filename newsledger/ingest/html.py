"""HTML pages: the article body, title, date and site pulled out with trafilatura."""
from __future__ import annotations

from newsledger.ingest.base import ReadError, ReadOptions, make_article, parse_published
from newsledger.model import Article


def read_html(html: str, where: str, options: ReadOptions, **meta) -> Article:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          favor_precision=True, url=meta.get("url"))
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise ReadError(f"HTML could not be parsed: {type(exc).__name__}") from None
    if doc is None:
        raise ReadError("no article text found in the HTML")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    published = meta.pop("published", None)
    if not published and get("date"):
        try:
            published = parse_published(get("date"))
        except ValueError:
            published = None
    if not published:
        # Dates the page declares that trafilatura missed: meta tags, JSON-LD, a <time datetime>.
        from newsledger.extract.timex.absolute import published_from_html

        published = published_from_html(html)
    return make_article(
        text, where, options, published=published,
        title=meta.pop("title", None) or get("title"),
        outlet=meta.pop("outlet", None) or get("sitename") or get("hostname"),
        url=meta.pop("url", None) or get("url"), **meta)

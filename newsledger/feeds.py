"""URLs, RSS/Atom feeds and sitemaps as article sources, and `watch`, which keeps a database current.

`WebReader.read(url)` fetches a URL (newsledger.ingest.web.Fetcher: robots.txt, per-host rate limit, retries,
bounds); a feed (RSS 2.0, RSS 1.0, Atom) or sitemap (and sitemap index) gives the pages it links to, a page
gives one article (text, title and date by trafilatura; the feed's title and date when the page has none).
Every failure is one `InputError` line naming the URL.

Fetch state lives in the database (table `fetch_state`, newsledger.store.FetchState), so nothing is fetched twice
across runs: a page is marked done only once its article is stored (`settle`, after the ingest wrote it), a feed's
ETag and Last-Modified are saved only then too (a crash in between means the feed is read again, never that its
entries are lost), and a page that failed is retried on later runs up to `max_attempts` times. Pages whose URL is
already in the database (articles or their recorded copies) are never fetched again.
"""
from __future__ import annotations

import gzip
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsledger.ingest.base import InputError, ReadError, ReadOptions, decode, make_article, parse_published
from newsledger.ingest.html import read_html
from newsledger.ingest.web import Fetcher, FetchError, FetchSettings, Response
from newsledger.model import Article
from newsledger.store import FetchState

MAX_ENTRIES = 10_000  # links taken from one feed or sitemap
MAX_SITEMAP_DEPTH = 2  # a sitemap index of sitemap indexes, no deeper
FEED_ROOTS = {"rss": "rss", "RDF": "rss", "feed": "atom", "urlset": "sitemap", "sitemapindex": "sitemapindex"}


def is_url(source: str) -> bool:
    return str(source).lower().startswith(("http://", "https://"))


# -- feeds ---------------------------------------------------------------------------------------------------

@dataclass
class Entry:
    url: str
    title: str | None = None
    published: str | None = None
    is_sitemap: bool = False  # an entry of a sitemap index: another sitemap


def parse_feed(content: bytes, max_bytes: int = 5_000_000) -> tuple[str, list[Entry]] | None:
    """(kind, entries) of an RSS, Atom or sitemap document; None when the content is not one (a page).
    ReadError when it announces itself as a feed but is broken. Entities are never expanded and no DTD or
    network resource is loaded, so entity bombs and external entities do nothing."""
    from lxml import etree

    if content[:2] == b"\x1f\x8b":  # a gzipped sitemap
        try:
            with gzip.GzipFile(fileobj=__import__("io").BytesIO(content)) as fh:
                content = fh.read(max_bytes + 1)
        except (OSError, EOFError) as exc:
            raise ReadError(f"broken gzip data ({exc})") from None
        if len(content) > max_bytes:
            raise ReadError(f"feed too large once unzipped (over {max_bytes:,} bytes)")
    head = content[:1000].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    announced = any(f"<{tag.lower()}".encode() in head for tag in ("rss", "rdf:rdf", "feed", "urlset",
                                                                      "sitemapindex"))
    if not head.startswith(b"<"):
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        if announced:
            raise ReadError(f"broken feed XML ({str(exc).splitlines()[0][:120]})") from None
        return None
    kind = FEED_ROOTS.get(etree.QName(root).localname) if isinstance(root.tag, str) else None
    if kind is None:
        return None
    return kind, _entries(root, kind)[:MAX_ENTRIES]


def _local(el) -> str:
    from lxml import etree

    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _child_text(el, *names: str) -> str | None:
    for child in el:
        if _local(child) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def _entries(root, kind: str) -> list[Entry]:
    out: list[Entry] = []
    for el in root.iter():
        name = _local(el)
        if kind == "rss" and name == "item":
            link = _child_text(el, "link") or _permalink(el)
            if link:
                out.append(Entry(link, _child_text(el, "title"), _child_text(el, "pubDate", "date")))
        elif kind == "atom" and name == "entry":
            link = _atom_link(el)
            if link:
                out.append(Entry(link, _child_text(el, "title"), _child_text(el, "published", "updated")))
        elif kind in ("sitemap", "sitemapindex") and name in ("url", "sitemap"):
            loc = _child_text(el, "loc")
            if loc:
                news = next((c for c in el if _local(c) == "news"), None)
                out.append(Entry(loc, _child_text(news, "title") if news is not None else None,
                                 (_child_text(news, "publication_date") if news is not None else None)
                                 or _child_text(el, "lastmod"), is_sitemap=name == "sitemap"))
    return out


def _permalink(item) -> str | None:
    for child in item:
        if _local(child) == "guid" and child.get("isPermaLink", "true") != "false" and is_url(child.text or ""):
            return child.text.strip()
    return None


def _atom_link(entry) -> str | None:
    links = [c for c in entry if _local(c) == "link" and c.get("href")]
    for link in links:
        if link.get("rel", "alternate") == "alternate":
            return link.get("href")
    return links[0].get("href") if links else None


# -- reading URLs -----------------------------------------------------------------------------------------------

class WebReader:
    def __init__(self, store, options: ReadOptions, settings: FetchSettings | None = None,
                 max_attempts: int = 3):
        from newsledger.corpus import merge

        merge.ensure_schema(store)  # the duplicates table, read by stored_urls
        self.store, self.options, self.max_attempts = store, options, max_attempts
        self.state = FetchState(store)
        self.fetcher = Fetcher(settings)
        self.pending_pages: dict[str, tuple[str, str | None]] = {}  # url -> (text hash, via)
        self.pending_feeds: dict[str, Response] = {}
        self.seen: set[str] = set()
        self.fetched = 0
        self.unchanged = 0  # feeds answered 304 Not Modified

    def close(self) -> None:
        self.fetcher.close()

    def read(self, url: str, via: str | None = None, entry: Entry | None = None, depth: int = 0) -> Iterator:
        """Articles and InputErrors from one URL (a page, or a feed's or sitemap's pages)."""
        if url in self.seen:
            return
        self.seen.add(url)
        known = self.state.row(url)
        # A page found through a feed is given up after max_attempts; a URL named by the user is always tried.
        if known and known["kind"] == "page" and (known["status"] == "done" or (via and self._finished(known))):
            return
        if (not known or known["kind"] == "page") and self.state.stored_urls([url]):
            return
        is_feed = bool(known and known["kind"] != "page")
        try:
            resp = self.fetcher.get(url, etag=known["etag"] if is_feed else None,
                                    last_modified=known["last_modified"] if is_feed else None)
        except FetchError as exc:
            yield self._failed(url, via, str(exc), blocked=exc.permanent)
            return
        self.fetched += 1
        if resp.not_modified:
            self.unchanged += 1
            yield from self._retry_failed(url)
            return
        try:
            feed = parse_feed(resp.content, self.fetcher.settings.max_bytes)
        except ReadError as exc:
            yield self._failed(url, via, str(exc))
            return
        if feed is None:
            yield from self._page(url, resp, via, entry)
            return
        kind, entries = feed
        self.pending_feeds[url] = resp
        self.state.upsert(url, kind=kind, via=via, final_url=resp.final_url)
        if not entries:
            yield InputError(url, f"{kind} holds no links", fatal=False)
        fresh = self._not_stored([e.url for e in entries if not e.is_sitemap])
        for e in entries:
            if e.is_sitemap and depth < MAX_SITEMAP_DEPTH:
                yield from self.read(e.url, via=url, depth=depth + 1)
            elif not e.is_sitemap and e.url in fresh:
                yield from self.read(e.url, via=url, entry=e, depth=depth + 1)
        yield from self._retry_failed(url)

    def _finished(self, row: dict) -> bool:
        return row["status"] in ("done", "blocked") or (row["status"] == "failed"
                                                         and row["attempts"] >= self.max_attempts)

    def _not_stored(self, urls: list[str]) -> set[str]:
        return set(urls) - self.state.stored_urls(urls) if urls else set()

    def _retry_failed(self, via: str) -> Iterator:
        for url in self.state.retry_due(via, self.max_attempts):
            yield from self.read(url, via=via)

    def _failed(self, url: str, via: str | None, message: str, blocked: bool = False) -> InputError:
        row = self.state.row(url)
        attempts = (row["attempts"] or 0) + 1 if row else 1
        status = "blocked" if blocked else "failed"
        self.state.upsert(url, kind=(row or {}).get("kind") or "page", status=status, via=via or (row or {}).get("via"),
                          attempts=attempts, error=message)
        gave_up = status == "failed" and attempts >= self.max_attempts
        return InputError(url, message + (f"; gave up after {attempts} attempts" if gave_up else ""))

    def _page(self, url: str, resp: Response, via: str | None, entry: Entry | None) -> Iterator:
        try:
            article = self._article(url, resp, entry)
        except ReadError as exc:
            yield self._failed(url, via, str(exc))
            return
        self.state.upsert(url, kind="page", status="fetched", via=via, final_url=resp.final_url,
                          text_sha256=article.sha256, error=None)
        self.pending_pages[url] = (article.sha256, via)
        yield article

    def _article(self, url: str, resp: Response, entry: Entry | None) -> Article:
        ctype = resp.content_type.split(";")[0].strip().lower()
        text = decode(resp.content)
        if ctype == "text/plain":
            article = make_article(text, url, self.options, url=url)
        elif ctype in ("", "text/html", "application/xhtml+xml") or "html" in ctype:
            article = read_html(text, url, self.options, url=url)
        else:
            raise ReadError(f"unsupported content type {ctype!r}")
        if entry is not None:
            article.title = article.title or entry.title
            if not article.published and entry.published:
                try:
                    article.published = parse_published(entry.published)
                except ValueError:
                    pass  # the page stays undated, as an article with an unreadable date does
        if not article.published and self.options.published:
            article.published = self.options.published
        return article

    def settle(self) -> None:
        """After the ingest: pages whose article is stored are done, the others failed (extraction); feeds'
        validators are saved, so the next conditional request can be answered 304."""
        from newsledger.corpus import merge

        shas = [sha for sha, _ in self.pending_pages.values()]
        known = self.store.known_hashes(shas) | merge.known_duplicates(self.store, shas)
        for url, (sha, via) in self.pending_pages.items():
            if sha in known:
                self.state.upsert(url, status="done", error=None)
            else:
                self._failed(url, via, "article not stored (extraction failed)")
        for url, resp in self.pending_feeds.items():
            self.state.upsert(url, status="done", etag=resp.etag, last_modified=resp.last_modified, error=None)
        self.pending_pages.clear()
        self.pending_feeds.clear()


def read_sources(sources: Iterable[str | Path], reader: WebReader | None, options: ReadOptions) -> Iterator:
    """Files, folders and URLs, in the order given."""
    from newsledger.ingest import read_paths

    for source in sources:
        if is_url(str(source)):
            if reader is None:
                raise ValueError("URLs need a WebReader")
            yield from reader.read(str(source))
        else:
            yield from read_paths([source], options)


# -- watch ----------------------------------------------------------------------------------------------------

def parse_every(value: str) -> float:
    """Seconds from "15m", "30s", "1h", "1d" or a plain number of seconds; ValueError otherwise."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    v = value.strip().lower()
    number, unit = (v[:-1], units[v[-1]]) if v and v[-1] in units else (v, 1)
    try:
        seconds = float(number) * unit
    except ValueError:
        raise ValueError(f"not a duration: {value!r} (use 30s, 15m, 1h)") from None
    if not seconds > 0:
        raise ValueError(f"not a positive duration: {value!r}")
    return seconds


def watch(feeds: list[str], db: str | Path, every: float, rounds: int = 0,
          run_round: Callable[[list[str], str | Path], object] | None = None,
          on_error: Callable[[str], None] = lambda m: None,
          sleep: Callable[[float], None] = time.sleep) -> int:
    """Run `run_round(feeds, db)` every `every` seconds (`rounds` times; 0: until interrupted). A round that
    fails as a whole (the database locked by another process) is one error line; the next round runs anyway.
    Returns the number of rounds run."""
    done = 0
    while True:
        started = time.monotonic()
        try:
            run_round(feeds, db)
        except Exception as exc:  # a whole round failing must not end the watch; reported, then retried
            on_error(f"round {done + 1} failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        done += 1
        if rounds and done >= rounds:
            return done
        sleep(max(0.0, every - (time.monotonic() - started)))

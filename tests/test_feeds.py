"""Feeds, pages and `watch`, against a local HTTP server on 127.0.0.1 only: RSS, Atom and sitemaps; slow,
dripping, broken, redirecting, huge and hostile responses; robots.txt, the rate limit, retries, ETags; and a
watch that survives the server failing and its own restart, losing and duplicating nothing."""
from __future__ import annotations

import http.server
import threading
import time
from collections import Counter

import pytest
from typer.testing import CliRunner

from newsledger import feeds
from newsledger.cli import app
from newsledger.corpus.run import ingest
from newsledger.ingest import InputError, ReadOptions
from newsledger.ingest.base import ReadError
from newsledger.ingest.web import Fetcher, FetchError, FetchSettings
from newsledger.store import Store

FAST = FetchSettings(per_host_seconds=0.0, total_seconds=1.5, connect_seconds=1.0, retries=1,
                     backoff_seconds=0.05, max_bytes=200_000)

ARTICLES = {
    1: ("Base attacked", "2024-03-04", "Rebel fighters attacked an army base in Kunduz on Monday, killing 12 soldiers, "
        "the defence ministry said. The attack began before dawn and lasted several hours, officials said."),
    2: ("Talks open", "2024-03-05", "Negotiators from the two governments met in Doha on Tuesday to discuss a "
        "prisoner exchange, diplomats said. The talks are expected to continue for a week."),
    3: ("Floods", "2024-03-06", "Heavy rain flooded dozens of villages in the south of the country on Wednesday, "
        "and aid agencies said thousands of families had lost their homes and their harvest."),
    4: ("Base attack toll", "2024-03-04", "An army base in Kunduz came under attack by rebel fighters on Monday, "
        "and 12 soldiers were killed, a local police chief told reporters. Hospital staff said dozens of wounded "
        "were brought in overnight."),
    5: ("Strike ends", "2024-03-07", "Dock workers in the port city ended a ten-day strike on Thursday after the "
        "company agreed to raise wages, a union leader said at a rally outside the harbour gates."),
}


def page(n: int) -> bytes:
    title, date, text = ARTICLES[n]
    return (f"<!doctype html><html><head><title>{title}</title><meta property='article:published_time' "
            f"content='{date}T08:00:00Z'></head><body><nav>Home | World</nav><article><h1>{title}</h1>"
            f"<p>{text}</p></article><footer>Copyright</footer></body></html>").encode()


def rss(base: str, items: list[int]) -> bytes:
    entries = "".join(f"<item><title>{ARTICLES[n][0]}</title><link>{base}/a/{n}.html</link>"
                      f"<pubDate>Mon, 04 Mar 2024 08:00:00 GMT</pubDate></item>" for n in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{entries}</channel></rss>".encode()


class Server:
    """Routes: path -> callable(handler) that writes the response. Every request is logged."""

    def __init__(self):
        self.routes: dict = {}
        self.log: list[tuple[str, float, dict]] = []
        self.clock = time.monotonic  # a test pacing the fetcher with a VirtualClock logs its time instead
        self.down = False
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.log.append((self.path, server.clock(), dict(self.headers)))
                if server.down:
                    return self.reply(503, b"down")
                route = server.routes.get(self.path)
                if route is None:
                    return self.reply(404, b"not found")
                try:
                    route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on a hostile response, as it should

            def reply(self, status, body=b"", ctype="text/html", headers=None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def hits(self, path: str) -> int:
        return sum(1 for p, _, _ in self.log if p == path)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = Server()
    s.routes["/robots.txt"] = lambda h: h.reply(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
    yield s
    s.close()


# -- feed parsing (no network) -------------------------------------------------------------------------------

def test_rss_atom_sitemap_and_index_are_read():
    kind, entries = feeds.parse_feed(rss("http://x", [1, 2]))
    assert kind == "rss" and [e.url for e in entries] == ["http://x/a/1.html", "http://x/a/2.html"]
    assert entries[0].title == "Base attacked" and entries[0].published.startswith("Mon, 04 Mar 2024")
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link rel="self" href="http://x/s"/>
    <link href="http://x/a"/><published>2024-03-04T00:00:00Z</published></entry></feed>"""
    assert feeds.parse_feed(atom) == ("atom", [feeds.Entry("http://x/a", "A", "2024-03-04T00:00:00Z")])
    sitemap = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://x/n</loc><news:news>
    <news:publication_date>2024-03-05</news:publication_date><news:title>N</news:title></news:news></url></urlset>"""
    assert feeds.parse_feed(sitemap) == ("sitemap", [feeds.Entry("http://x/n", "N", "2024-03-05")])
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://x/s1.xml</loc>
    </sitemap></sitemapindex>"""
    (entry,) = feeds.parse_feed(index)[1]
    assert entry.is_sitemap and entry.url == "http://x/s1.xml"
    assert feeds.parse_feed(page(1)) is None  # a page, not a feed


def test_hostile_xml_expands_nothing_and_loads_nothing(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    laughs = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
              f'<!ENTITY x SYSTEM "file://{secret}">]>'
              '<rss><channel><item><title>&d;&x;</title><link>http://x/a</link></item></channel></rss>')
    kind, (entry,) = feeds.parse_feed(laughs.encode())
    assert "lol" not in (entry.title or "") and "SECRET" not in (entry.title or "")
    with pytest.raises(ReadError, match="broken feed XML"):
        feeds.parse_feed(b"<rss><channel><item><link>http://x/a</link></item>")


def test_parse_every():
    assert [feeds.parse_every(v) for v in ("15m", "30s", "1h", "90")] == [900, 30, 3600, 90]
    for bad in ("soon", "-5m", "0"):
        with pytest.raises(ValueError):
            feeds.parse_every(bad)


# -- the fetcher against hostile responses ----------------------------------------------------------------------

def test_slow_dripping_broken_huge_redirecting_responses_each_fail_in_one_line(server):
    def slow(h):
        time.sleep(3)
        h.reply(200, page(1))

    def drip(h):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        for _ in range(40):
            h.wfile.write(b"<p>.</p>")
            h.wfile.flush()
            time.sleep(0.1)

    def broken(h):
        h.send_response(200)
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(b"<html><body>half")
        h.wfile.flush()
        h.connection.shutdown(2)

    def huge_chunked(h):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        for _ in range(100):
            h.wfile.write(b"x" * 10_000)

    server.routes.update({
        "/slow": slow, "/drip": drip, "/broken": broken, "/huge-chunked": huge_chunked,
        "/huge": lambda h: h.reply(200, b"x" * 300_000),
        "/loop": lambda h: h.reply(302, headers={"Location": "/loop"}),
        "/to-file": lambda h: h.reply(302, headers={"Location": "file:///etc/passwd"}),
        "/moved": lambda h: h.reply(301, headers={"Location": "/a/1.html"}),
        "/a/1.html": lambda h: h.reply(200, page(1)),
        "/private/x": lambda h: h.reply(200, page(1)),
    })
    expected = {"/slow": "timed out", "/drip": "timed out", "/broken": "connection failed",
                "/huge": "too large", "/huge-chunked": "too large", "/loop": "redirects",
                "/to-file": r"not an http\(s\) URL", "/private/x": "robots.txt", "/nothing": "HTTP 404"}
    with Fetcher(FAST) as fetcher:
        for path, message in expected.items():
            with pytest.raises(FetchError, match=message) as info:
                fetcher.get(server.base + path)
            assert "\n" not in str(info.value), path
        resp = fetcher.get(server.base + "/moved")
        assert resp.status == 200 and resp.final_url.endswith("/a/1.html") and b"Base attacked" in resp.content
    assert server.hits("/private/x") == 0  # robots.txt was asked, the page never was
    assert server.hits("/slow") == 2  # one retry after a timeout, then it gave up


class VirtualClock:
    """Time that passes only when the fetcher sleeps: request spacing is then exact whatever the machine's load."""

    def __init__(self):
        self.t = 0.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.t += seconds


def test_retries_with_backoff_honour_retry_after_and_rate_limit(server):
    calls = Counter()

    def flaky(h):
        calls["n"] += 1
        if calls["n"] < 3:
            return h.reply(503, b"busy", headers={"Retry-After": "1"})
        h.reply(200, page(2))

    server.routes["/flaky"] = flaky
    server.routes["/a/2.html"] = lambda h: h.reply(200, page(2))
    clock = VirtualClock()
    server.clock = clock.now  # the fetcher waits for each reply, so the virtual time at arrival is exact
    settings = FetchSettings(per_host_seconds=0.25, total_seconds=2, retries=3, backoff_seconds=0.01)
    with Fetcher(settings, clock=clock.now, sleep=clock.sleep) as fetcher:
        assert fetcher.get(server.base + "/flaky").status == 200
        for _ in range(2):
            fetcher.get(server.base + "/a/2.html")
    assert calls["n"] == 3
    assert [p for p, _, _ in server.log] == ["/robots.txt"] + ["/flaky"] * 3 + ["/a/2.html"] * 2
    times = [t for _, t, _ in server.log]
    # robots.txt, then the host's 0.25 s turn, two 1 s Retry-After waits (above the 0.01 s and 0.02 s backoff),
    # then two pages each a turn apart
    assert times == pytest.approx([0.0, 0.25, 1.25, 2.25, 2.5, 2.75])
    assert all(b - a >= 0.25 - 1e-9 for a, b in zip(times, times[1:]))


# -- ingest of URLs and watch --------------------------------------------------------------------------------------

def counts(db) -> tuple[int, int]:
    with Store(db, read_only=True) as s:
        return s.count("articles"), s.con.execute("SELECT count(DISTINCT url) FROM articles").fetchone()[0]


def test_ingest_url_of_a_page_and_of_a_feed(server, tmp_path):
    server.routes.update({f"/a/{n}.html": (lambda h, n=n: h.reply(200, page(n))) for n in (1, 2)})
    server.routes["/feed.xml"] = lambda h: h.reply(200, rss(server.base, [1, 2]), "application/rss+xml")
    errors: list[InputError] = []
    with Store(tmp_path / "n.duckdb") as store:
        report = ingest([server.base + "/feed.xml"], store, ReadOptions(), on_error=errors.append,
                        fetch_settings=FAST)
        arts = store.query("SELECT url, title, published FROM articles ORDER BY url")
    assert report.stored == 2 and not errors
    assert [a["title"] for a in arts] == ["Base attacked", "Talks open"]
    assert str(arts[0]["published"]) == "2024-03-04" and arts[0]["url"] == server.base + "/a/1.html"


def test_watch_survives_server_failure_and_restart_losing_and_duplicating_nothing(server, tmp_path):
    db = tmp_path / "watch.duckdb"
    items = [1, 2, 3]
    served = Counter()

    def feed(h):
        body = rss(server.base, items)
        etag = f'"{len(items)}"'
        if h.headers.get("If-None-Match") == etag:
            return h.reply(304, b"")
        h.reply(200, body, "application/rss+xml", {"ETag": etag})

    def article(n):
        def serve(h):
            served[n] += 1
            if n == 5 and served[n] == 1:  # fails once, beyond the retry: the next round must fetch it again
                h.connection.shutdown(2)
                return
            h.reply(200, page(n))
        return serve

    server.routes["/feed.xml"] = feed
    server.routes.update({f"/a/{n}.html": article(n) for n in ARTICLES})
    errors: list[str] = []
    settings = FetchSettings(per_host_seconds=0.0, total_seconds=1.5, retries=0, backoff_seconds=0.01)

    def run_round(urls, path):  # a fresh Store and fetcher each round: as a restarted process would have
        with Store(path) as store:
            ingest(urls, store, ReadOptions(), on_error=lambda e: errors.append(str(e)), fetch_settings=settings)

    url = server.base + "/feed.xml"
    assert feeds.watch([url], db, every=0, rounds=1, run_round=run_round) == 1
    assert counts(db) == (3, 3)
    feeds.watch([url], db, every=0, rounds=1, run_round=run_round)  # unchanged feed: 304, no page fetched
    assert server.log[-1][0] == "/feed.xml" and "If-None-Match" in server.log[-1][2]
    assert counts(db) == (3, 3) and not errors

    server.down = True
    items.extend([4, 5])
    feeds.watch([url], db, every=0, rounds=1, run_round=run_round)
    assert counts(db) == (3, 3) and len(errors) == 1 and "503" in errors[0]
    server.down = False
    feeds.watch([url], db, every=0, rounds=2, run_round=run_round)  # 5 fails once, then is fetched again
    assert counts(db) == (5, 5)
    assert [served[n] for n in ARTICLES] == [1, 1, 1, 1, 2]  # nothing fetched twice, except the failed one
    assert any("/a/5.html" in e and "connection failed" in e for e in errors)
    with Store(db, read_only=True) as s:  # the new report joined the stored event of the same attack
        (n,) = s.con.execute("SELECT max(num_articles) FROM merged_events WHERE type = 'ASSAULT'").fetchone()
        states = dict(s.con.execute("SELECT status, count(*) FROM fetch_state GROUP BY status").fetchall())
    assert n == 2 and states == {"done": 6}


def test_watch_command_runs_rounds(server, tmp_path):
    server.routes["/feed.xml"] = lambda h: h.reply(200, rss(server.base, [3]), "application/rss+xml")
    server.routes["/a/3.html"] = lambda h: h.reply(200, page(3))
    db = tmp_path / "w.duckdb"
    res = CliRunner().invoke(app, ["watch", server.base + "/feed.xml", "--db", str(db), "--every", "0.2s",
                                   "--rounds", "2", "--per-host-seconds", "0", "--workers", "1"])
    assert res.exit_code == 0, res.output
    lines = res.stderr.strip().splitlines()
    assert "1 stored" in lines[0] and "0 stored" in lines[1] and len(lines) == 2
    assert server.hits("/a/3.html") == 1
    bad = CliRunner().invoke(app, ["watch", "feed.xml", "--db", str(db)])
    assert bad.exit_code == 2 and "http(s)" in bad.stderr


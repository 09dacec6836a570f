"""Fetching from the web, politely and defensively: robots.txt honoured, a per-host rate limit, conditional
requests (ETag, Last-Modified), retries with backoff, and hard bounds on time, size and redirects.

`Fetcher.get(url)` returns a `Response` or raises `FetchError` with a one-line message. Every redirect hop is
checked like a first request (http or https only, robots.txt, rate limit). A response is refused when it is
larger than `max_bytes` (declared or actually sent, after decompression) or takes longer than `total_seconds`
in all (a server dripping bytes cannot hold a fetch open).
"""
from __future__ import annotations

import email.utils
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

RETRY_STATUSES = (429, 500, 502, 503, 504)


@dataclass
class FetchSettings:
    user_agent: str = "newsledger/0.1 (news research; honours robots.txt)"
    per_host_seconds: float = 1.0  # at least this long between two requests to one host (or robots' Crawl-delay)
    max_crawl_delay: float = 60.0  # a larger Crawl-delay is capped here
    connect_seconds: float = 10.0
    total_seconds: float = 30.0  # one request, all of it, including a slow body
    max_bytes: int = 5_000_000  # a page or feed larger than this is refused
    max_redirects: int = 5
    retries: int = 3  # further attempts after a timeout, a dropped connection, 429 or 5xx
    backoff_seconds: float = 1.0  # first wait; doubled each retry; a Retry-After header is honoured up to the cap
    max_backoff_seconds: float = 60.0


class FetchError(Exception):
    """A URL that could not be fetched; the message is one line. `permanent`: retrying cannot help (robots.txt
    disallows it)."""

    def __init__(self, message: str, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


@dataclass
class Response:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None  # of a redirect

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class _Host:
    robots: urllib.robotparser.RobotFileParser | None = None  # None: everything allowed
    refused: str | None = None  # robots.txt could not be read: nothing on this host is fetched this run
    next_at: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Fetcher:
    def __init__(self, settings: FetchSettings | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        """`clock` and `sleep` pace the requests; tests pass a virtual clock so spacing is checked exactly."""
        import httpx

        self.settings = s = settings or FetchSettings()
        self.clock, self.sleep = clock, sleep
        self.client = httpx.Client(
            headers={"User-Agent": s.user_agent}, follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(s.total_seconds, connect=min(s.connect_seconds, s.total_seconds)))
        self.hosts: dict[str, _Host] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the public call ----------------------------------------------------------------------------------
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url` (conditionally when validators are given), following redirects hop by hop."""
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            _check_scheme(current)
            self._allowed(current)
            resp = self._with_retries(current, etag, last_modified)
            if resp.status in (301, 302, 303, 307, 308):
                if not resp.location:
                    raise FetchError(f"redirect ({resp.status}) without a Location header")
                current = urljoin(current, resp.location)
                continue
            resp.url, resp.final_url = url, current
            if resp.status == 304 or 200 <= resp.status < 300:
                return resp
            raise FetchError(f"HTTP {resp.status}")
        raise FetchError(f"more than {self.settings.max_redirects} redirects")

    # -- politeness -----------------------------------------------------------------------------------------
    def _host(self, url: str) -> _Host:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        if key not in self.hosts:
            self.hosts[key] = host = _Host()
            self._load_robots(key, host)
        return self.hosts[key]

    def _load_robots(self, base: str, host: _Host) -> None:
        """RFC 9309: robots.txt missing (4xx) allows everything; unreachable (5xx, network) allows nothing."""
        try:
            resp = self._with_retries(base + "/robots.txt", None, None, host=host)
        except FetchError as exc:
            host.refused = f"robots.txt unreachable ({exc}); host skipped this run"
            return
        if 400 <= resp.status < 500 or resp.status in (301, 302, 303, 307, 308):
            return
        if resp.status >= 500:
            host.refused = f"robots.txt unreachable (HTTP {resp.status}); host skipped this run"
            return
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(resp.content.decode("utf-8", "replace").splitlines())
        host.robots = parser

    def _allowed(self, url: str) -> None:
        host = self._host(url)
        if host.refused:
            raise FetchError(host.refused)
        if host.robots is not None and not host.robots.can_fetch(self.settings.user_agent, url):
            raise FetchError("disallowed by robots.txt", permanent=True)

    def _wait_turn(self, host: _Host) -> None:
        s = self.settings
        delay = s.per_host_seconds
        if host.robots is not None:
            crawl = host.robots.crawl_delay(s.user_agent)
            if crawl:
                delay = max(delay, min(float(crawl), s.max_crawl_delay))
        with host.lock:
            now = self.clock()
            if host.next_at > now:
                self.sleep(host.next_at - now)
            host.next_at = self.clock() + delay

    # -- one request, with retries --------------------------------------------------------------------------
    def _with_retries(self, url: str, etag: str | None, last_modified: str | None,
                      host: _Host | None = None) -> Response:
        import httpx

        s = self.settings
        host = host or self._host(url)
        problem = "no attempt"
        for attempt in range(s.retries + 1):
            self._wait_turn(host)
            try:
                resp, retry_after = self._once(url, etag, last_modified)
            except httpx.TimeoutException:
                problem = f"timed out after {s.total_seconds:g} s"
                retry_after = None
            except httpx.TransportError as exc:
                problem = f"connection failed ({type(exc).__name__})"
                retry_after = None
            else:
                if resp.status not in RETRY_STATUSES:
                    return resp
                problem = f"HTTP {resp.status}"
            if attempt < s.retries:
                wait = min(s.backoff_seconds * 2 ** attempt, s.max_backoff_seconds)
                if retry_after is not None:
                    wait = min(max(wait, retry_after), s.max_backoff_seconds)
                self.sleep(wait)
        raise FetchError(f"{problem} ({s.retries + 1} attempts)")

    def _once(self, url: str, etag: str | None, last_modified: str | None) -> tuple[Response, float | None]:
        import httpx

        s = self.settings
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + s.total_seconds
        with self.client.stream("GET", url, headers=headers) as r:
            if r.is_redirect:
                return Response(url, url, r.status_code, location=r.headers.get("location")), None
            declared = r.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > s.max_bytes:
                raise FetchError(f"response too large ({int(declared):,} bytes > {s.max_bytes:,})")
            body = bytearray()
            for chunk in r.iter_bytes():
                body += chunk
                if len(body) > s.max_bytes:
                    raise FetchError(f"response too large (over {s.max_bytes:,} bytes)")
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("total time exceeded")
            return (Response(url, url, r.status_code, bytes(body), r.headers.get("content-type", ""),
                             r.headers.get("etag"), r.headers.get("last-modified")),
                    _retry_after(r.headers.get("retry-after")))


def _check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError("not an http(s) URL")


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())

"""URL hygiene: strip tracking noise before fetching, and normalise URLs into dedup keys so that one
article reached through `www.`, AMP, tracking parameters or a trailing slash is recognised once.

`clean_url` keeps a URL fetchable (it only removes what never changes the page); `normalize_url`
goes further and is a key for comparing URLs, not an address to fetch. Locale variants
(`/it/…`, `/en-gb/…`) are not folded here: they are tied together by the page's canonical link.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote_plus, urlencode, urlsplit, urlunsplit

# query parameters that only track a click: utm_source=rss, fbclid=IwAR…, gclid=Cj0…, mc_eid=…
TRACKING_PARAM_RE = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid"
    r"|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|ref_src|ref_url|cmpid|ncid"
    r"|s_cid|at_medium|at_campaign|at_source|spm|share_id)$",
    re.IGNORECASE,
)
# a query parameter (`name=value`) asking for the AMP page: `amp=`, `amp=1`, `outputType=amp`
AMP_PARAM_RE = re.compile(r"^(?:amp|amp_js_v|usqp)=.*$|^outputtype=amp$", re.IGNORECASE)
# host prefixes of the same site: www.example.com, www2.example.com, amp.example.com, m.example.com
HOST_VARIANT_RE = re.compile(r"^(?:www\d?|amp|m|mobile)\.(?=[^.]+\.[^.]+)")
# an AMP path segment or suffix: /amp/news/x, /news/x/amp, /news/x.amp.html, /news/x.amp
AMP_SEGMENT_RE = re.compile(r"/amp(?=/|$)|\.amp(?=\.html?$|$)", re.IGNORECASE)
# a percent-escape: %7E, %2f
PERCENT_ESCAPE_RE = re.compile(r"%[0-9A-Fa-f]{2}")

_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PATH_SAFE = "/%:@!$&'()*+,;="


def _netloc(scheme: str, host: str, port: int | None, userinfo: str) -> str:
    netloc = host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    return f"{userinfo}@{netloc}" if userinfo else netloc


def _tidy_path(path: str) -> str:
    """Decode escapes of unreserved characters, upper-case the others, escape raw non-ASCII."""

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group()[1:], 16))
        return char if char in _UNRESERVED else match.group().upper()

    return quote(PERCENT_ESCAPE_RE.sub(fix, path), safe=_PATH_SAFE + "-._~") or "/"


def _split(url: str) -> tuple[str, str, int | None, str, str, list[str]]:
    """Scheme, host, port, userinfo, tidy path and the query's `name=value` pieces as written,
    tracking parameters removed."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    query = [
        piece
        for piece in parts.query.split("&")
        if piece and not TRACKING_PARAM_RE.match(unquote_plus(piece.partition("=")[0]))
    ]
    return scheme, host, port, userinfo, _tidy_path(parts.path), query


def clean_url(url: str) -> str:
    """The URL to fetch: lower-case scheme and host, no default port, fragment or tracking
    parameters (`?utm_source=rss`, `fbclid`…); everything else as given."""
    scheme, host, port, userinfo, path, query = _split(url)
    if scheme not in _DEFAULT_PORTS:
        return url.strip()
    return urlunsplit((scheme, _netloc(scheme, host, port, userinfo), path, "&".join(query), ""))


def normalize_url(url: str) -> str:
    """A dedup key for URLs of one page: `clean_url`, plus https, no `www.`/`amp.`/`m.` host
    prefix, no AMP path or parameter, no trailing slash, sorted query parameters."""
    scheme, host, port, userinfo, path, query = _split(url)
    if scheme not in _DEFAULT_PORTS:
        return url.strip()
    host = HOST_VARIANT_RE.sub("", host)
    path = AMP_SEGMENT_RE.sub("", path).rstrip("/") or "/"
    pairs = parse_qsl("&".join(query), keep_blank_values=True)
    kept = sorted((k, v) for k, v in pairs if not AMP_PARAM_RE.match(f"{k}={v}"))
    return urlunsplit(("https", _netloc("https", host, port, userinfo), path, urlencode(kept), ""))


def is_amp_url(url: str) -> bool:
    """Whether the URL asks for an AMP rendering (host, path or parameter)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return (
        host.startswith("amp.")
        or bool(AMP_SEGMENT_RE.search(parts.path))
        or any(
            AMP_PARAM_RE.match(f"{k}={v}")
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        )
    )


def site_of(url: str) -> str:
    """The site a URL belongs to, for 'same site' tests: its host without `www.`/`amp.`/`m.`."""
    return HOST_VARIANT_RE.sub("", (urlsplit(url).hostname or "").lower().rstrip("."))

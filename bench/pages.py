"""Render a generated article as a news page with its furniture, and the site's feed and sitemaps.

Four site layouts mark the content up differently (lists as `<ul>`, `<ol>`, `<br>`-separated lines
or one `<p>` per line; tables with or without `<thead>`; headings as `<h2>`–`<h4>` or bold
paragraphs). Around the content: inline CSS and scripts, a cookie banner, a mega menu, share
buttons, related articles, comments and a footer — the weight of a real page (50–110 KB).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterable
from html import escape

from bench.articles import Article, Block

LAYOUTS = ("grid", "wp", "news", "blog")
SITE_NAMES = {"grid": "GridPulse", "wp": "SimRace Hub", "news": "Esports Motor Daily",
              "blog": "Apex Notes"}  # fmt: skip
MENU_SECTIONS = (
    ("News", ("Latest", "Features", "Interviews", "Opinion", "Esports", "Hardware", "Setups")),
    ("Series", ("Nations Cup", "Manufacturers Cup", "Endurance", "Rookie Cup", "Open Series")),
    ("Results", ("Race results", "Standings", "Calendar", "Archive", "Statistics")),
    ("Drivers", ("Rankings", "Profiles", "Transfers", "Academy")),
    ("Video", ("Highlights", "Onboards", "Live", "Podcasts", "Tutorials")),
    ("Community", ("Forum", "Leagues", "Discord", "Events", "Newsletter", "Shop")),
)
RELATED_TITLES = (
    "Five things we learned from {city}",
    "Interview: the engineer behind the winning setup",
    "Calendar for next season revealed, with two new venues",
    "Watch: the best overtakes of the weekend",
    "Rookie report: who impressed on debut?",
    "Hardware review: the wheel the finalists used",
    "Opinion: the penalty system needs a rethink",
    "How to qualify for the online stages",
    "Track guide: mastering the final sector",
    "Power rankings after the latest round",
)
COMMENTS = (
    "What a race! Can't believe that last lap.",
    "The penalty was harsh imo, the other guy left no room.",
    "Anyone know where to watch the full replay?",
    "Strategy won this one, the soft-tyre gamble was genius.",
    "Great write-up, thanks. Hope they keep this format next year.",
    "My home hero didn't have the pace this time, next round!",
    "The broadcast kept missing the battles in the midfield.",
    "Tyre wear seemed way too high in the second stint.",
)
USERNAMES = ("apex_hunter", "TurboTom", "slipstream22", "late_braker", "gridwalker", "PitWall_Pia",
             "chicane_cutter", "fuel_saver", "DRS_dave", "sector3")  # fmt: skip
COOKIE_TEXT = (
    "We use cookies and similar technologies to run this site, to measure how it is used and to "
    "show you personalised content and ads. You can accept all cookies, reject the optional ones "
    "or choose which to allow in the settings. Read our cookie policy for details."
)
WORDS = (
    "card", "grid", "nav", "hero", "media", "teaser", "promo", "badge", "stack", "panel",
    "story", "rail", "tile", "meta", "share", "byline", "footer", "banner", "modal", "chip",
)  # fmt: skip
CSS_PROPERTIES = ("display:flex", "display:grid", "margin:0 auto", "padding:{n}px {m}px",
                  "font-size:{n}px", "line-height:1.{n}", "color:#{hex}", "background:#{hex}",
                  "border-radius:{n}px", "gap:{n}px", "max-width:{n}0px", "opacity:.{n}",
                  "transition:opacity .{n}s ease", "grid-template-columns:repeat({n},1fr)",
                  "font-weight:{n}00", "border-bottom:1px solid #{hex}")  # fmt: skip


def _css(rng: random.Random, rules: int) -> str:
    out = []
    for _ in range(rules):
        selector = (
            f".{rng.choice(WORDS)}-{rng.choice(WORDS)}__{rng.choice(WORDS)}{rng.randint(1, 99)}"
        )
        props = ";".join(
            p.format(n=rng.randint(1, 9), m=rng.randint(1, 40), hex=f"{rng.randrange(16**6):06x}")
            for p in rng.sample(CSS_PROPERTIES, rng.randint(2, 5))
        )
        media = rng.random() < 0.1
        rule = f"{selector}{{{props}}}"
        out.append(f"@media (min-width:{rng.randint(4, 12)}00px){{{rule}}}" if media else rule)
    return "\n".join(out)


def _svg(rng: random.Random, label: str) -> str:
    points = " ".join(
        f"{rng.choice('MLCQ')}{rng.uniform(0, 24):.3f} {rng.uniform(0, 24):.3f}"
        for _ in range(rng.randint(30, 70))
    )
    return (
        f'<svg class="icon icon--{label}" viewBox="0 0 24 24" aria-hidden="true" '
        f'focusable="false"><path d="{points}Z"/></svg>'
    )


def _menu(rng: random.Random) -> str:
    parts = ['<nav class="site-nav" aria-label="Main"><ul class="site-nav__list">']
    for section, links in MENU_SECTIONS:
        parts.append(f'<li class="site-nav__item"><a href="/{section.lower()}/">{section}</a>')
        parts.append('<ul class="site-nav__sub">')
        for link in links:
            slug = link.lower().replace(" ", "-")
            parts.append(
                f'<li><a class="site-nav__link" href="/{section.lower()}/{slug}/" '
                f'data-track="nav-{slug}">{link}</a></li>'
            )
        parts.append("</ul></li>")
    parts.append("</ul></nav>")
    return "".join(parts)


def _share(rng: random.Random, url: str) -> str:
    buttons = "".join(
        f'<li><a class="share__btn share__btn--{net}" href="https://share.example/{net}?u={url}" '
        f'rel="noopener" target="_blank" title="Share on {net}">{_svg(rng, net)}'
        f'<span class="visually-hidden">Share</span></a></li>'
        for net in ("facebook", "x", "whatsapp", "reddit", "email")
    )
    return f'<div class="share"><span class="share__label">Share</span><ul>{buttons}</ul></div>'


def _related(rng: random.Random, city: str) -> str:
    cards = []
    for i, template in enumerate(rng.sample(RELATED_TITLES, 6)):
        title = template.format(city=city)
        slug = title.lower().replace(" ", "-").replace(":", "").replace("?", "")[:50]
        image = f"/media/{rng.randrange(16**8):08x}"
        cards.append(
            f'<article class="card card--related" data-position="{i}">'
            f'<a href="/news/{slug}/"><img src="{image}-640.jpg" '
            f'srcset="{image}-320.jpg 320w, {image}-640.jpg 640w, {image}-1280.jpg 1280w" '
            f'sizes="(max-width: 600px) 100vw, 33vw" alt="" loading="lazy" width="640" '
            f'height="360"><h3 class="card__title">{escape(title)}</h3></a>'
            f'<span class="card__meta">{rng.randint(2, 9)} min read</span></article>'
        )
    return (
        '<aside class="related"><h2 class="related__title">Related articles</h2>'
        f'<div class="related__grid">{"".join(cards)}</div></aside>'
    )


def _comments(rng: random.Random) -> str:
    picked = rng.sample(COMMENTS, rng.randint(2, 6))
    items = "".join(
        f'<li class="comment"><div class="comment__author">{rng.choice(USERNAMES)}</div>'
        f'<time class="comment__time">{rng.randint(1, 23)} hours ago</time>'
        f'<p class="comment__body">{escape(text)}</p>'
        f'<button class="comment__reply">Reply</button> <button class="comment__report">Report'
        "</button></li>"
        for text in picked
    )
    return (
        f'<section class="comments" id="comments"><h2>{len(picked)} Comments</h2>'
        f'<ol class="comments__list">{items}</ol><div class="comments__cta">'
        '<p>Join the conversation</p><a class="btn" href="/signup">Sign up to comment</a> '
        "<span>It's completely free</span></div></section>"
    )


def _footer(rng: random.Random, site: str) -> str:
    columns = "".join(
        f'<div class="footer__col"><h4>{section}</h4><ul>'
        + "".join(
            f'<li><a href="/{section.lower()}/{i}/">{link}</a></li>' for i, link in enumerate(links)
        )  # fmt: skip
        + "</ul></div>"
        for section, links in MENU_SECTIONS
    )
    social = "".join(_svg(rng, net) for net in ("youtube", "twitch", "instagram", "discord"))
    return (
        f'<footer class="site-footer"><div class="footer__grid">{columns}</div>'
        f'<div class="footer__social">{social}</div><p class="footer__legal">© {site}. '
        "All rights reserved. Terms of use · Privacy policy · Cookie settings · Contact us</p>"
        "</footer>"
    )


def _state_blob(rng: random.Random, article: Article) -> str:
    state = {
        "page": {"type": "article", "id": f"{article.seed}-{article.index}",
                 "language": article.language, "section": "results"},
        "menu": [{"title": s, "links": list(links)} for s, links in MENU_SECTIONS],
        "ads": [{"slot": f"div-gpt-{i}", "sizes": [[300, 250], [728, 90]],
                 "targeting": {"pos": i, "kw": rng.sample(WORDS, 4)}} for i in range(12)],
        "experiments": {f"exp_{rng.randrange(16**6):06x}": rng.choice(["a", "b", "control"])
                        for _ in range(rng.randint(20, 60))},
        "related": [{"title": t.format(city="x"), "image": f"/media/{rng.randrange(16**12):012x}"}
                    for t in RELATED_TITLES],
    }  # fmt: skip
    return json.dumps(state, separators=(",", ":"))


def _list_html(block: Block, layout: str) -> str:
    lines = [escape(line) for line in block.lines]
    if layout == "news":
        return f"<p>{'<br>'.join(lines)}</p>"
    if layout == "blog":
        return "".join(f"<p>{line}</p>" for line in lines)
    tag = "ol" if block.ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{line}</li>" for line in lines) + f"</{tag}>"


def _table_html(block: Block, layout: str) -> str:
    rows = list(block.rows)
    head = ""
    if block.header:
        header = rows.pop(0)
        if layout == "wp":
            head = (
                "<thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in header) + "</tr></thead>"
            )
        elif layout == "blog":
            rows_html = "".join(f"<td><strong>{escape(c)}</strong></td>" for c in header)
            head = f"<tr>{rows_html}</tr>"
        else:
            head = "<tr>" + "".join(f"<th>{escape(c)}</th>" for c in header) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    table = (
        f"<table>{head}<tbody>{body}</tbody></table>"
        if layout == "wp"
        else f"<table><tbody>{head}{body}</tbody></table>"
    )
    return f'<figure class="wp-block-table">{table}</figure>' if layout == "wp" else table


def _content_html(blocks: Iterable[Block], layout: str) -> str:
    heading_tag = {"grid": "h2", "wp": "h3", "blog": "h4"}.get(layout)
    parts = []
    for block in blocks:
        if block.kind == "heading":
            text = escape(block.text)
            parts.append(
                f"<{heading_tag}>{text}</{heading_tag}>" if heading_tag
                else f"<p><strong>{text}</strong></p>"
            )  # fmt: skip
        elif block.kind == "paragraph":
            parts.append(f"<p>{escape(block.text)}</p>")
        elif block.kind == "list":
            parts.append(_list_html(block, layout))
        else:
            parts.append(_table_html(block, layout))
    return "\n".join(parts)


def render_page(article: Article, rng: random.Random) -> str:
    """The article as a whole HTML page, furniture included."""
    layout = rng.choice(LAYOUTS)
    site = SITE_NAMES[layout]
    url = f"http://127.0.0.1{article.path}"
    published = article.published.isoformat()
    title = escape(article.title)
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
         "datePublished": published, "inLanguage": article.language,
         "author": {"@type": "Person", "name": "Staff writer"},
         "publisher": {"@type": "Organization", "name": site}},
        ensure_ascii=False,
    )  # fmt: skip
    content = _content_html(article.blocks, layout)
    containers = {
        "grid": ('<main id="content"><article class="article"><header class="article__header">'
                 f'<h1 class="article__title">{title}</h1>',
                 '<div class="article__body rich-text">', "</div></article></main>"),
        "wp": ('<div class="site-content"><article id="post-'
               f'{article.index}" class="post type-post"><h1 class="entry-title">{title}</h1>',
               '<div class="entry-content">', "</div></article></div>"),
        "news": (f'<div class="story"><h1 class="story__headline">{title}</h1>',
                 '<div class="story-body__inner">', "</div></div>"),
        "blog": (f'<main><section class="post"><h1>{title}</h1>', '<section class="post-body">',
                 "</section></section></main>"),
    }  # fmt: skip
    opening, body_open, closing = containers[layout]
    byline = (
        f'<div class="byline"><span class="byline__author">By Staff writer</span> '
        f'<time datetime="{published}T{rng.randint(6, 22):02d}:00:00Z">'
        f"{article.published:%d %B %Y}</time></div>"
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{article.language}"><head><meta charset="utf-8">',
            f"<title>{title} | {site}</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="description" content="{title}">',
            f'<meta property="og:title" content="{title}">',
            '<meta property="og:type" content="article">',
            f'<meta property="article:published_time" content="{published}">',
            f'<link rel="canonical" href="{url}">',
            f'<link rel="amphtml" href="{url}amp/">',
            f"<style>{_css(rng, rng.randint(250, 700))}</style>",
            f'<script type="application/ld+json">{ld}</script>',
            "<script>window.dataLayer=window.dataLayer||[];"
            "function gtag(){dataLayer.push(arguments)}"
            f"gtag('js',new Date());gtag('config','G-{rng.randrange(16**8):08X}');</script>",
            "</head><body>",
            f'<div class="cookie-banner" role="dialog"><p>{COOKIE_TEXT}</p>'
            '<button class="btn">Accept all</button><button class="btn">Reject optional</button>'
            '<a href="/cookies">Manage preferences</a></div>',
            f'<header class="site-header"><a class="logo" href="/">{_svg(rng, "logo")}{site}</a>',
            _menu(rng),
            '<form class="search" action="/search"><input name="q" placeholder="Search"></form>',
            "</header>",
            '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a> › '
            f"<span>{escape(article.series)}</span></nav>",
            opening,
            byline,
            _share(rng, url),
            body_open,
            content,
            '<ul class="tags">'
            + "".join(
                f'<li><a href="/tag/{t}/">{t}</a></li>'
                for t in ("sim racing", "esports", article.series.lower())
            )  # fmt: skip
            + "</ul>",
            closing,
            '<div class="newsletter"><h2>Never miss a race</h2><p>Get the results in your inbox '
            'every Monday.</p><form><input type="email" placeholder="Email address">'
            "<button>Subscribe</button></form></div>",
            _related(rng, article.event.split(", ")[-1]),
            _comments(rng),
            _footer(rng, site),
            '<script id="__APP_STATE__" type="application/json">'
            f"{_state_blob(rng, article)}</script>",
            '<script src="/static/app.js" defer></script>',
            "</body></html>",
        ]
    )


def feed_xml(items: Iterable[tuple[str, str, dt.date]], base_url: str, limit: int = 50) -> str:
    """An RSS 2.0 feed of the newest `limit` of (path, title, published) items."""
    newest = sorted(items, key=lambda item: item[2], reverse=True)[:limit]
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{base_url}{path}</link>"
        f"<guid>{base_url}{path}</guid><pubDate>{_rfc822(day)}</pubDate></item>"
        for path, title, day in newest
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Race reports</title><link>{base_url}/</link>{entries}</channel></rss>"
    )


def sitemap_xml(entries: Iterable[tuple[str, dt.date]], base_url: str) -> str:
    """A sitemap of (path, last modified) entries."""
    urls = "".join(
        f"<url><loc>{base_url}{path}</loc><lastmod>{day.isoformat()}</lastmod></url>"
        for path, day in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )


def sitemap_index_xml(paths: Iterable[str], base_url: str) -> str:
    """A sitemap index pointing at the sitemaps at `paths`."""
    maps = "".join(f"<sitemap><loc>{base_url}{path}</loc></sitemap>" for path in paths)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>'
    )


def _rfc822(day: dt.date) -> str:
    moment = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    return moment.strftime("%a, %d %b %Y %H:%M:%S +0000")

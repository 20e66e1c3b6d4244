"""Build the offline NukeViet-shaped snapshot of Quảng Bình's Department of Home Affairs portal.

Quảng Bình was merged into Quảng Trị on 1 July 2025 and its portal closed; the snapshot stands for
the site as a crawler found it shortly before (``CAPTURED_AT``), and its files double as the
captures a web archive holds (tests/crawl/test_archive.py serves them from a fake Wayback).

Writes, under ``sites/quangbinh/``: ``snapshot/`` (home page, the news module's RSS feed and one
per category at ``/vi/news/rss/<Category>/``, category listings paged ``/page-2/``, one article per
corpus text at ``/vi/news/<Category>/<Slug>-<id>.html``, ``robots.txt``, ``manifest.json``) and
``SOURCES.md``. Bodies are the corpus texts verbatim (see ``sites/corpus_pages.py``); the chrome
follows NukeViet 4.5's default theme and carries the bait listed in ``SOURCES.md``.

Run from the repository root::

    python sites/quangbinh/make_snapshot.py /work/shared/corpus/dev
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from functools import partial
from pathlib import Path
from string import Template

from sites.corpus_pages import CorpusText, attr, esc, generate, paragraph, read_text, route, write
from sites.corpus_pages import manifest as snapshot_manifest

BASE = "https://sonoivu.quangbinh.gov.vn"
SITE_NAME = "Sở Nội vụ tỉnh Quảng Bình"
CAPTURED_AT = "2025-06-25T03:00:00Z"
VN_TZ = timezone(timedelta(hours=7))
PER_PAGE = 2
MAIN_FEED_ITEMS = 4
HOMETEXT_WORDS = 30
HTML_TYPE = "text/html; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass(frozen=True)
class Category:
    alias: str  # NukeViet keeps the alias's capitals in URLs
    name: str


CCHC = Category("Cai-cach-hanh-chinh", "Cải cách hành chính")
VBCD = Category("Van-ban-chi-dao-dieu-hanh", "Văn bản chỉ đạo điều hành")
CATEGORIES = (CCHC, VBCD)


@dataclass(frozen=True)
class Entry:
    """Editorial data of one corpus text; ``title`` is None when its first line is the headline."""

    news_id: int
    alias: str
    published: str
    category: Category
    views: int
    title: str | None = None


ARTICLES: dict[str, Entry] = {
    "001-tayninh-cchc-2019": Entry(
        1187, "Chi-so-CCHC-va-chi-so-SIPAS-Tay-Ninh-tiep-tuc-tang", "2020-05-14T10:05", CCHC, 318
    ),
    "002-gialai-sipas-2023": Entry(
        2391, "Cong-bo-Chi-so-SIPAS-nam-2023", "2024-04-18T08:40", CCHC, 402,
        title="Công bố Chỉ số SIPAS năm 2023",
    ),
    "003-namdinh-par-2023": Entry(
        2386, "Nam-Dinh-tang-5-bac-tren-bang-xep-hang-Chi-so-cai-cach-hanh-chinh-nam-2023", "2024-04-17T16:45", CCHC,
        665,
    ),
    "005-quangtri-chithi-26": Entry(
        604, "Tang-cuong-ky-luat-ky-cuong-trong-cac-co-quan-hanh-chinh-nha-nuoc", "2016-09-21T07:30", VBCD, 1211,
        title="Tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước",
    ),
    "006-hatinh-chuong-trinh-tong-the": Entry(
        2104, "Trien-khai-Chuong-trinh-tong-the-cai-cach-hanh-chinh-giai-doan-2021-2030", "2023-06-05T09:20", VBCD,
        287, title="Triển khai Chương trình tổng thể cải cách hành chính giai đoạn 2021 - 2030",
    ),
    "007-daknong-ddci-2019": Entry(
        1032, "Quyet-dinh-1463-QD-UBND-2019-xay-dung-bo-chi-so-DDCI", "2019-09-05T15:10", VBCD, 944
    ),
    "008-quangbinh-typo-year": Entry(
        1968, "Xa-hoi-hoa-dich-vu-su-nghiep-cong-qua-cac-giai-doan", "2022-11-08T14:30", CCHC, 531,
        title="Xã hội hóa dịch vụ sự nghiệp công qua các giai đoạn",
    ),
    "010-quangninh-4-indices": Entry(
        2417, "Quang-Ninh-dung-dau-ca-4-bang-xep-hang-nam-2023", "2024-05-13T10:00", CCHC, 729
    ),
}

# Bait: chrome with real-looking facts (rankings, document numbers, dates) that must never become evidence.
MERGER_NOTICE = (
    "Thông báo: Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025, từ ngày 01/7/2025 Sở Nội vụ tỉnh "
    "Quảng Bình hợp nhất vào Sở Nội vụ tỉnh Quảng Trị."
)
RELATED_BAIT = (  # "Tin liên quan" on every article: titles of other (unbundled) news items
    ("Quảng Bình xếp thứ 28/63 về Chỉ số CCHC năm 2022", "Quang-Binh-xep-thu-28-63-ve-Chi-so-CCHC-nam-2022-2102",
     "02/06/2023"),
    ("Kế hoạch số 1987/KH-UBND ngày 14/11/2023 về cải cách hành chính năm 2024",
     "Ke-hoach-cai-cach-hanh-chinh-nam-2024-2255", "15/11/2023"),
)
DOCUMENTS_BAIT = (  # sidebar "Văn bản mới"
    "Quyết định số 2345/QĐ-UBND ngày 15/7/2024 ban hành Bộ chỉ số DDCI tỉnh Quảng Bình",
    "Chỉ thị số 05/CT-UBND ngày 20/3/2025 về tăng cường kỷ luật, kỷ cương hành chính",
)
RATING = "Điểm đánh giá: 29/44"
COUNTER = ("Đang truy cập: 29", "Hôm nay: 665", "Tổng lượt truy cập: 2.465.118")
LICENCE = "Giấy phép số 19/GP-TTĐT ngày 01/3/2018 của Sở Thông tin và Truyền thông tỉnh Quảng Bình"
TOP_DATE = "Thứ Tư, 25/06/2025"
PLACEHOLDER = ("007-daknong-ddci-2019", "1/1/0001")  # one teaser shows the CMS null date


@dataclass(frozen=True)
class Article:
    stem: str
    entry: Entry
    text: CorpusText
    published: datetime  # UTC+7, as the portal shows it
    path: str  # /vi/news/<Category>/<Alias>-<id>.html

    @property
    def publtime(self) -> str:
        """NukeViet's detail date: `Thứ Ba, 24/11/2026 14:30`."""
        return f"{WEEKDAYS[self.published.weekday()]}, {self.published:%d/%m/%Y %H:%M}"

    @property
    def hometext(self) -> str:
        """The lead NukeViet shows in teasers, feeds and above the body: the body's first words."""
        return " ".join(" ".join(self.text.blocks).split()[:HOMETEXT_WORDS]) + "..."


def iso_z(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"


def category_path(category: Category, page: int = 1) -> str:
    return f"/vi/news/{category.alias}/" + (f"page-{page}/" if page > 1 else "")


def load_articles(corpus: Path) -> list[Article]:
    articles = [
        Article(stem, entry, read_text(corpus / f"{stem}.txt", entry.title),
                datetime.fromisoformat(entry.published).replace(tzinfo=VN_TZ),
                f"/vi/news/{entry.category.alias}/{entry.alias}-{entry.news_id}.html")
        for stem, entry in ARTICLES.items()
    ]
    return sorted(articles, key=lambda a: a.published, reverse=True)


PAGE = Template("""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>$title</title>
<meta name="description" content="$description">
<meta name="author" content="$site_name">
<meta name="copyright" content="$site_name [sonv@quangbinh.gov.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
$head<link rel="alternate" href="$base/vi/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="StyleSheet" href="$base/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="$base/themes/default/css/style.css">
<link rel="StyleSheet" href="$base/themes/default/css/news.css">
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="$site_name" href="$base/vi/"><img src="$base/uploads/logo-sonv.png" alt="$site_name"></a>
<span class="site_name">$site_name</span><span class="site_description">Cổng thông tin điện tử</span>
</div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch">
<form action="$base/vi/seek/" method="get"><input type="text" name="q" maxlength="60"
 placeholder="Tìm kiếm..."><button type="submit">Tìm kiếm</button></form>
</div><div class="current-time">$top_date</div></div>
</div></div>
</header>
<nav class="second-nav" id="menusite"><div class="container"><ul class="nav navbar-nav">
<li><a href="$base/vi/" title="Trang nhất">Trang nhất</a></li>
<li><a href="$base/vi/about/" title="Giới thiệu">Giới thiệu</a></li>
$menu<li><a href="$base/vi/laws/" title="Văn bản">Văn bản</a></li>
<li><a href="$base/vi/contact/" title="Liên hệ">Liên hệ</a></li>
</ul></div></nav>
<div class="marquee"><marquee scrollamount="3">$notice</marquee></div>
<section><div class="container" id="body">
<nav class="third-nav"><div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none">
<li><a href="$base/vi/" title="Trang nhất"><span>Trang nhất</span></a></li>
$crumbs</ul></div></nav>
<div class="row">
<div class="col-md-18">
$main
</div>
<div class="col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body">
<ul class="list-none">
$documents</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body">
<ul class="list-none">
$popular</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
<ul class="counter list-none">
$counter</ul></div></div>
</div>
</div>
</div></section>
</div>
<footer id="footer"><div class="wraper"><div class="container"><div class="row">
<div class="col-md-16">
<p class="footer-title">$site_name</p>
<p>Cơ quan chủ quản: $site_name</p>
<p>Địa chỉ: số 6 đường Hùng Vương, thành phố Đồng Hới, tỉnh Quảng Bình</p>
<p>Điện thoại: (0232) 3.822.000 - Email: sonv@quangbinh.gov.vn</p>
<p>$licence</p>
</div>
<div class="col-md-8"><p class="copyright">&copy; Bản quyền thuộc về $site_name</p>
<p>Powered by <a href="https://nukeviet.vn/" rel="noopener">NukeViet CMS</a></p></div>
</div></div></div></footer>
<a id="totop" href="#" class="bttop">Back To Top</a>
</div>
<script src="$base/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl = "/", nv_lang_data = "vi", nv_site_name = "$site_name";</script>
</body>
</html>
""")


def link_items(articles: list[Article]) -> str:
    """Linked titles with their dates, as NukeViet's blocks list them (dates are chrome, never the article's)."""
    return "".join(f'<li><a href="{BASE + a.path}" title="{attr(a.text.title)}">{esc(a.text.title)}</a> '
                   f'<span class="text-muted">({a.published:%d/%m/%Y})</span></li>\n' for a in articles)


def page(title: str, description: str, crumbs: list[tuple[str, str]], main: str, articles: list[Article],
         head: str = "") -> str:
    menu = "".join(f'<li><a href="{BASE}{category_path(c)}" title="{attr(c.name)}">{esc(c.name)}</a></li>\n'
                   for c in CATEGORIES)
    crumb_items = "".join(f'<li><a href="{BASE}{path}" title="{attr(name)}"><span>{esc(name)}</span></a></li>\n'
                          for name, path in crumbs)
    popular = sorted(articles, key=lambda a: a.entry.views, reverse=True)[:4]
    return PAGE.substitute(
        title=esc(title), description=attr(description), site_name=SITE_NAME, head=head, base=BASE,
        top_date=TOP_DATE, menu=menu, notice=esc(MERGER_NOTICE), crumbs=crumb_items, main=main,
        documents="".join(f'<li><a href="{BASE}/vi/laws/">{esc(text)}</a></li>\n' for text in DOCUMENTS_BAIT),
        popular=link_items(popular),
        counter="".join(f"<li>{esc(line)}</li>\n" for line in COUNTER), licence=esc(LICENCE),
    )


DETAIL_HEAD = Template("""<meta property="og:type" content="article">
<meta property="og:title" content="$title">
<meta property="og:url" content="$url">
<meta property="article:published_time" content="$published">
<meta property="article:section" content="$category">
<link rel="canonical" href="$url">
""")

DETAIL = Template("""<div class="news-detail news_column panel panel-default" itemscope itemtype="http://schema.org/NewsArticle">
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">$title</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h-text time" itemprop="datePublished">$publtime</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" title="Gửi bài viết qua email" href="$base/vi/news/sendmail/$category/$alias-$id.html">
<em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" title="In ra" href="$base/vi/news/print/$category/$alias-$id.html">
<em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><span class="views"><em class="fa fa-eye">&nbsp;</em> Lượt xem: $views</span></li>
</ul></div>
</div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">$hometext</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg" itemprop="articleBody">
$body
</div>
<div class="news_rating"><span class="rating-result">$rating</span>
<span class="rating-help">Bạn đánh giá bài viết này thế nào?</span></div>
<div class="keywords"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>
<a title="cải cách hành chính" href="$base/vi/news/tag/cai-cach-hanh-chinh"><em>cải cách hành chính</em></a>,
<a title="chỉ số cchc" href="$base/vi/news/tag/chi-so-cchc"><em>chỉ số CCHC</em></a></div>
</div>
</div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Tin liên quan</strong></p>
<ul class="related list-items">
$related</ul>
<p class="h3"><strong>Những tin mới hơn</strong></p>
<ul class="related list-items">
$newer</ul>
<p class="h3"><strong>Những tin cũ hơn</strong></p>
<ul class="related list-items">
$older</ul>
</div></div>""")


def detail_page(article: Article, articles: list[Article]) -> str:
    entry = article.entry
    same = [a for a in articles if a.entry.category == entry.category and a is not article]
    related = "".join(
        f'<li><a href="{BASE}/vi/news/{entry.category.alias}/{alias}.html" title="{attr(title)}">{esc(title)}</a> '
        f'<em>({day})</em></li>\n' for title, alias, day in RELATED_BAIT
    )
    main = DETAIL.substitute(
        title=esc(article.text.title), publtime=article.publtime, base=BASE, category=entry.category.alias,
        alias=entry.alias, id=entry.news_id, views=entry.views, hometext=esc(article.hometext),
        body="\n".join(paragraph(block) for block in article.text.blocks), rating=esc(RATING), related=related,
        newer=link_items([a for a in same if a.published > article.published][-3:]),
        older=link_items([a for a in same if a.published < article.published][:3]),
    )
    head = DETAIL_HEAD.substitute(title=attr(article.text.title), url=BASE + article.path,
                                  category=attr(entry.category.name), published=article.published.isoformat())
    crumbs = [("Tin Tức", "/vi/news/"), (entry.category.name, category_path(entry.category))]
    return page(f"{article.text.title} - {SITE_NAME}", article.hometext, crumbs, main, articles, head)


TEASER = Template("""<div class="news_column panel panel-default"><div class="panel-body">
<h3><a href="$url" title="$title_attr">$title</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o">&nbsp;</em> $day</li>
<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: $views</li>
</ul></div>
<a href="$url" title="$title_attr"><img src="$base/assets/news/$id.jpg" alt="$title_attr"
 class="img-thumbnail pull-left"></a>
<p class="text-justify">$hometext</p>
</div></div>""")


def teaser(article: Article) -> str:
    placeholder_stem, placeholder_day = PLACEHOLDER
    day = placeholder_day if article.stem == placeholder_stem else f"{article.published:%d/%m/%Y %H:%M}"
    return TEASER.substitute(url=BASE + article.path, title_attr=attr(article.text.title),
                             title=esc(article.text.title), day=day, views=article.entry.views, base=BASE,
                             id=article.entry.news_id, hometext=esc(article.hometext))


def pagination(category: Category, page_no: int, pages: int) -> str:
    """NukeViet's pager: numbered pages, with `rel="prev"`/`rel="next"` on the neighbours and the arrows."""
    def link(n: int, text: str) -> str:
        rel = ' rel="next"' if n == page_no + 1 else ' rel="prev"' if n == page_no - 1 else ""
        return f'<li><a{rel} href="{BASE}{category_path(category, n)}">{text}</a></li>'

    items = [link(page_no - 1, "&laquo;") if page_no > 1 else '<li class="disabled"><span>&laquo;</span></li>']
    items += [f'<li class="active"><span>{n}</span></li>' if n == page_no else link(n, str(n))
              for n in range(1, pages + 1)]
    items.append(link(page_no + 1, "&raquo;") if page_no < pages else '<li class="disabled"><span>&raquo;</span></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(items) + "</ul></div>"


def listing_page(category: Category, page_no: int, chunk: list[Article], pages: int, articles: list[Article]) -> str:
    main = (f'<h1 class="hidden">{esc(category.name)}</h1>\n' + "\n".join(teaser(a) for a in chunk) + "\n"
            + pagination(category, page_no, pages))
    suffix = f" - Trang {page_no}" if page_no > 1 else ""
    head = f'<link rel="canonical" href="{BASE}{category_path(category, page_no)}">\n'
    crumbs = [("Tin Tức", "/vi/news/"), (category.name, category_path(category))]
    return page(f"{category.name}{suffix} - {SITE_NAME}", category.name, crumbs, main, articles, head)


def home_page(articles: list[Article]) -> str:
    blocks = [f'<div class="panel panel-default"><div class="panel-heading"><a href="{BASE}{category_path(c)}">'
              f'{esc(c.name)}</a></div><div class="panel-body"><ul class="list-none">\n'
              f"{link_items([a for a in articles if a.entry.category == c][:3])}</ul></div></div>"
              for c in CATEGORIES]
    return page(SITE_NAME, SITE_NAME, [], "\n".join(blocks), articles)


FEED = Template("""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>$site_name - $channel</title>
<link>$base$path</link>
<atom:link href="$base$rss" rel="self" type="application/rss+xml" />
<description>$site_name</description>
<language>vi</language>
<copyright>$site_name</copyright>
<pubDate>$built</pubDate>
<lastBuildDate>$built</lastBuildDate>
<generator>NukeViet v4.5</generator>
$items</channel>
</rss>
""")

FEED_ITEM = Template("""<item>
<title>$title</title>
<link>$url</link>
<guid isPermaLink="false">news_$id</guid>
<description><![CDATA[$hometext]]></description>
<pubDate>$date</pubDate>
</item>
""")


def feed(channel: str, path: str, rss: str, articles: list[Article]) -> str:
    items = "".join(FEED_ITEM.substitute(title=esc(a.text.title), url=BASE + a.path, id=a.entry.news_id,
                                         hometext=a.hometext, date=format_datetime(a.published.astimezone(UTC)))
                    for a in articles)
    built = format_datetime(articles[0].published.astimezone(UTC))
    return FEED.substitute(site_name=SITE_NAME, channel=esc(channel), base=BASE, path=path, rss=rss, built=built,
                           items=items)


ROBOTS = f"""User-agent: *
Disallow: /admin/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /modules/
Disallow: /vendor/
Disallow: /vi/seek/
Sitemap: {BASE}/sitemap.xml
"""


def build_snapshot(out: Path, articles: list[Article]) -> list[dict[str, object]]:
    newest = iso_z(articles[0].published)
    pages: list[tuple[str, str, str, str, str]] = [
        ("/", "home.html", home_page(articles), HTML_TYPE, newest),
        ("/robots.txt", "robots.txt", ROBOTS, "text/plain; charset=utf-8", "2018-03-01T01:00:00Z"),
        ("/vi/news/rss/", "rss/news.xml", feed("Tin Tức", "/vi/news/", "/vi/news/rss/", articles[:MAIN_FEED_ITEMS]),
         RSS_TYPE, newest),
    ]
    for category in CATEGORIES:
        members = [a for a in articles if a.entry.category == category]
        rss = f"/vi/news/rss/{category.alias}/"
        pages.append((rss, f"rss/{category.alias}.xml", feed(category.name, category_path(category), rss, members),
                      RSS_TYPE, iso_z(members[0].published)))
        chunks = [members[i : i + PER_PAGE] for i in range(0, len(members), PER_PAGE)]
        for page_no, chunk in enumerate(chunks, start=1):
            pages.append((category_path(category, page_no), f"listings/{category.alias}-{page_no}.html",
                          listing_page(category, page_no, chunk, len(chunks), articles), HTML_TYPE,
                          iso_z(chunk[0].published)))
    pages += [(a.path, a.path.removeprefix("/vi/"), detail_page(a, articles), HTML_TYPE, iso_z(a.published))
              for a in articles]
    routes = []
    for path, file, text, content_type, modified in pages:
        write(out, file, text)
        routes.append(route(path, file, content_type, modified))
    return routes


NOTE = (  # manifest.json's note
    "Offline NukeViet-shaped snapshot built by sites/quangbinh/make_snapshot.py. Article bodies are real "
    "published texts copied verbatim from the project's dev corpus (shared/corpus/dev); the chrome follows "
    "NukeViet 4.5's default theme and carries planted bait. See sites/quangbinh/SOURCES.md."
)


SOURCES = Template("""# Quảng Bình Department of Home Affairs portal snapshot: sources

Generated by `make_snapshot.py` (`python sites/quangbinh/make_snapshot.py /work/shared/corpus/dev`); do not edit
by hand.

**The site.** `https://sonoivu.quangbinh.gov.vn/` is the Department of Home Affairs (Sở Nội vụ) of Quảng Bình, which
ran the province's public-administration-reform news. On 1 July 2025 Quảng Bình was merged into Quảng Trị (63
provinces became 34), its departments were merged into Quảng Trị's and the portal closed: what is left of it is in
web archives. The snapshot stands for the site as captured on $captured, before the merger; `profile.toml` declares
the Wayback Machine as its archive (`mode = "fallback"`, captures up to 1 July 2025), and
`tests/crawl/test_archive.py` serves these same files as archive captures from a loopback fake of the archive API.
The markup follows NukeViet 4.5's default theme and news module (URLs, RSS, pager, `div.news-detail`,
`#news-bodyhtml`); it was not checked against the real site, which cannot be fetched from here, and the footer
address and phone are placeholders.

| Snapshot path | Corpus file | Original URL | Published (UTC+7) |
|---|---|---|---|
$rows
The article texts are real published texts, copied verbatim (HTML-escaped, one `<p>` per blank-line separated
block, single line breaks as `<br>`) from the project's dev corpus by `sites/corpus_pages.py`, as in the Bắc Kạn
snapshot; none comes from this portal: each was republished from the outlet named in its `Nguồn:` line, added as the
last body paragraph. Titles of texts whose first line is not a headline are short neutral Vietnamese titles written
for the snapshot ($neutral). Ids, aliases, dates, view counts and categories are chosen to fit each text.

Planted bait (chrome only; none of it is inside `h1.title`, `#news-bodyhtml` or `span.time`):
- header date "$top_date" and the marquee "$notice";
- on articles: `Lượt xem: N`, "$rating", the hometext (the body's first words again, outside `#news-bodyhtml`),
  "Tin liên quan" with $related, and "Những tin mới hơn"/"Những tin cũ hơn" with real titles and dates `(dd/mm/yyyy)`;
- sidebar "Văn bản mới": $documents; "Tin xem nhiều" with dates; counter $counter;
- footer "$licence";
- teasers: `dd/mm/yyyy hh:mm` and `Lượt xem: N`; the `$placeholder_stem` teaser shows the CMS null date
  `$placeholder`; `Back To Top` on every page.
""")


def sources(articles: list[Article]) -> str:
    ordered = sorted(articles, key=lambda a: a.stem)
    rows = "".join(f"| `{a.path}` | `{a.stem}.txt` | {a.text.source_url} | {a.published:%Y-%m-%d %H:%M} |\n"
                   for a in ordered)
    return SOURCES.substitute(
        captured=CAPTURED_AT, rows=rows, neutral=", ".join(a.stem for a in ordered if a.entry.title is not None),
        top_date=TOP_DATE, notice=MERGER_NOTICE, rating=RATING,
        related="; ".join(f"“{title}” ({day})" for title, _, day in RELATED_BAIT),
        documents="; ".join(f"“{text}”" for text in DOCUMENTS_BAIT), counter=", ".join(COUNTER), licence=LICENCE,
        placeholder_stem=PLACEHOLDER[0], placeholder=PLACEHOLDER[1],
    )


if __name__ == "__main__":
    manifest = partial(snapshot_manifest, "quangbinh", BASE, CAPTURED_AT, NOTE)
    generate(Path(__file__).resolve().parent, __doc__.splitlines()[0], load_articles, build_snapshot, manifest, sources)

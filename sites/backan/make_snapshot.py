"""Build the offline WordPress-shaped snapshot of the Bắc Kạn PAR portal.

Reads the project's corpus texts (``NAME.txt`` + ``NAME.meta.json``) and writes, under
``sites/backan/``:

* ``snapshot/``: home page, two paginated category listings, one article page per corpus text at a
  date-based permalink, ``feed.xml`` (RSS 2.0), ``wp-sitemap.xml`` + ``wp-sitemap-posts-post-1.xml``,
  ``robots.txt`` and ``manifest.json`` (URL path -> file, content type, Last-Modified, one 301);
* ``SOURCES.md``: which corpus text sits at which path, with its original URL and publish date.

The article body is the corpus text, HTML-escaped but otherwise verbatim. Everything around it
(menus, sidebar, related posts, counters, footer) is chrome modelled on the portal's WordPress theme,
with planted bait (see ``FEATURED``, ``DOCUMENT_WIDGET``, ``PLACEHOLDER_DATE``) that must never
become a fact. Output is deterministic; the snapshot directory is rebuilt from scratch.

Run from the repository root::

    python sites/backan/make_snapshot.py /work/shared/corpus/dev

A new corpus text needs an entry in ``ARTICLES`` (date, category, slug, and a title when its first
line is not a headline); the script stops and names the texts that lack one.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from functools import partial
from pathlib import Path
from string import Template
from urllib.parse import quote

from sites.corpus_pages import attr, esc, generate, paragraph, read_text, route, write
from sites.corpus_pages import manifest as snapshot_manifest

BASE = "https://cchc.backan.gov.vn"
SITE_NAME = "CỔNG THÔNG TIN CẢI CÁCH HÀNH CHÍNH TỈNH BẮC KẠN"
SITE_TITLE = "Cổng thông tin cải cách hành chính tỉnh Bắc Kạn"
CAPTURED_AT = "2026-11-20T03:00:00Z"
HOME_MODIFIED = "2024-06-05T02:00:00Z"
PORTAL_LAUNCH = "2019-03-12T01:00:00Z"
VN_TZ = timezone(timedelta(hours=7))
PER_PAGE = 5
EXCERPT_WORDS = 40
HTML_TYPE = "text/html; charset=UTF-8"
XML_TYPE = "application/xml; charset=UTF-8"


@dataclass(frozen=True)
class Category:
    slug: str
    name: str
    tags: tuple[str, ...]


CATEGORIES = (
    Category("tin-tuc-su-kien", "Tin tức - Sự kiện", ("cải cách hành chính", "chỉ số CCHC")),
    Category("van-ban-chi-dao-dieu-hanh", "Văn bản chỉ đạo điều hành", ("kỷ cương hành chính", "văn bản")),
)
NEWS, DOCS = (c.slug for c in CATEGORIES)


@dataclass(frozen=True)
class Entry:
    """Editorial data for one corpus text; ``title`` is None when its first line is the headline."""

    post_id: int
    slug: str
    published: str
    category: str
    views: int
    title: str | None = None
    figure: tuple[str, str] | None = None


ARTICLES: dict[str, Entry] = {
    "000-seed": Entry(
        1482,
        "ket-qua-5-nam-thuc-hien-nghi-quyet-07",
        "2021-06-04T08:30",
        NEWS,
        665,
        figure=(
            "Quang cảnh buổi hội thảo chuyên đề đẩy mạnh CCHC giai đoạn 2021-2025 tỉnh Bắc Kạn",
            "/wp-content/uploads/2021/06/hoi-thao.jpg",
        ),
    ),
    "001-tayninh-cchc-2019": Entry(
        915, "chi-so-cchc-va-chi-so-sipas-tay-ninh-tiep-tuc-tang", "2020-05-14T09:45", NEWS, 412
    ),
    "002-gialai-sipas-2023": Entry(
        3590,
        "gia-lai-no-luc-nang-cao-chat-luong-phuc-vu-nguoi-dan",
        "2024-04-18T09:15",
        NEWS,
        538,
        title="Gia Lai nỗ lực nâng cao chất lượng phục vụ người dân",
    ),
    "003-namdinh-par-2023": Entry(
        3581,
        "nam-dinh-tang-5-bac-tren-bang-xep-hang-chi-so-cai-cach-hanh-chinh-nam-2023",
        "2024-04-17T16:20",
        NEWS,
        921,
    ),
    "004-hanoi-chithi-2009": Entry(
        112,
        "ha-noi-tang-cuong-ky-cuong-ky-luat-hanh-chinh",
        "2009-03-27T09:00",
        DOCS,
        287,
        title="Hà Nội tăng cường kỷ cương, kỷ luật hành chính",
    ),
    "005-quangtri-chithi-26": Entry(
        356, "tang-cuong-ky-cuong-hanh-chinh", "2016-09-20T10:30", DOCS, 1034, title="Tăng cường kỷ cương hành chính"
    ),
    "006-hatinh-chuong-trinh-tong-the": Entry(
        2957,
        "day-manh-thuc-hien-chuong-trinh-tong-the-cai-cach-hanh-chinh",
        "2023-06-02T10:00",
        DOCS,
        376,
        title="Đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính",
    ),
    "007-daknong-ddci-2019": Entry(
        689,
        "quyet-dinh-1463-qd-ubnd-2019-xay-dung-bo-chi-so-danh-gia-nang-luc-canh-tranh",
        "2019-09-03T08:00",
        DOCS,
        1290,
    ),
    "008-quangbinh-typo-year": Entry(
        2210,
        "nang-cao-chat-luong-cung-ung-dich-vu-hanh-chinh-cong",
        "2022-11-08T14:30",
        DOCS,
        198,
        title="Nâng cao chất lượng cung ứng dịch vụ hành chính công",
    ),
    "009-nghean-no-facts": Entry(
        742,
        "khen-thuong-tap-the-ca-nhan-nganh-van-hoa-va-the-thao-ve-cai-cach-hanh-chinh",
        "2020-01-10T15:00",
        NEWS,
        744,
        title="Khen thưởng tập thể, cá nhân ngành văn hóa và thể thao về cải cách hành chính",
    ),
    "010-quangninh-4-indices": Entry(
        3644, "infographics-quang-ninh-dung-dau-tren-ca-4-bang-xep-hang-nam-2023", "2024-05-11T16:05", NEWS, 503
    ),
    "011-kinhtemoitruong-dateline": Entry(
        3702,
        "tao-dot-pha-trong-cai-cach-hanh-chinh",
        "2024-05-30T15:10",
        DOCS,
        89,
        title="Tạo đột phá trong cải cách hành chính",
    ),
}

OLD_PERMALINK = (  # a pre-migration permalink of the seed, answered with a 301
    "000-seed",
    "/2021/06/04/ket-qua-5-nam-thuc-hien-nghi-quyet-so-07-nq-tu-cua-ban-chap-hanh-dang-bo-tinh/",
)
FEATURED = (  # sidebar "Tin nổi bật": editor-written teaser titles (bait) linking to real articles
    ("Bắc Kạn xếp thứ 55/63 về Chỉ số CCHC năm 2019", "000-seed"),
    ("Tổng kết công tác cải cách hành chính giai đoạn 2016 – 2020", "000-seed"),
    ("Quảng Ninh dẫn đầu Chỉ số SIPAS năm 2023 với 90,61%", "002-gialai-sipas-2023"),
)
DOCUMENT_WIDGET = (  # sidebar "Văn bản mới": document references (bait) on the provincial legal database
    "Triển khai Kế hoạch số 45/KH-UBND ngày 10/3/2022 về cải cách hành chính năm 2022",
    "Quyết định số 1291/QĐ-UBND ngày 25/7/2023 ban hành Bộ chỉ số DDCI tỉnh Bắc Kạn",
)
DOCUMENT_DB = "https://vbpl.vn/backan/Pages/Home.aspx"
PLACEHOLDER_DATE = ("003-namdinh-par-2023", "1/1/0001")  # one teaser shows the CMS null date
POLL = (
    "Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh?",
    "Kết quả: 29/44 phiếu",
)
VIEW_COUNTER = (
    "004730",
    "Views Today : 71",
    "Views This Month : 3805",
    "Views This Year : 12489",
    "Total views : 26915",
)


@dataclass(frozen=True)
class Article:
    stem: str
    entry: Entry
    title: str
    blocks: tuple[str, ...]
    source_url: str

    @property
    def path(self) -> str:
        return f"/{self.published:%Y/%m/%d}/{self.entry.slug}/"

    @property
    def url(self) -> str:
        return BASE + self.path

    @property
    def file(self) -> str:
        return f"articles/{self.published:%Y-%m-%d}-{self.entry.slug}.html"

    @property
    def published(self) -> datetime:
        return datetime.fromisoformat(self.entry.published).replace(tzinfo=VN_TZ)

    @property
    def day(self) -> str:
        return f"{self.published:%d/%m/%Y}"

    @property
    def category(self) -> Category:
        return next(c for c in CATEGORIES if c.slug == self.entry.category)


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def iso_z(moment: datetime) -> str:
    return f"{utc(moment):%Y-%m-%dT%H:%M:%SZ}"


def category_url(category: Category, page: int = 1) -> str:
    suffix = f"page/{page}/" if page > 1 else ""
    return f"{BASE}/category/{category.slug}/{suffix}"


def load_articles(corpus: Path) -> list[Article]:
    texts = sorted(corpus.glob("*.txt"))
    missing = [t.stem for t in texts if t.stem not in ARTICLES]
    if missing:
        sys.exit(f"no ARTICLES entry for: {', '.join(missing)}")
    articles = []
    for path in texts:
        entry = ARTICLES[path.stem]
        text = read_text(path, entry.title)
        articles.append(Article(path.stem, entry, text.title, text.blocks, text.source_url))
    return sorted(articles, key=lambda a: a.published, reverse=True)


def render_block(block: str, figure: tuple[str, str] | None) -> str:
    if figure and block == figure[0]:
        return (
            f'<figure class="wp-caption aligncenter"><img src="{figure[1]}" alt="">'
            f'<figcaption class="wp-caption-text">{esc(block)}</figcaption></figure>'
        )
    return paragraph(block)


def excerpt(article: Article) -> str:
    figure = article.entry.figure
    words = " ".join(b for b in article.blocks if not figure or b != figure[0]).split()
    return " ".join(words[:EXCERPT_WORDS]) + " […]"


def link_list(articles: list[Article], css: str) -> str:
    items = "".join(
        f'<li><a href="{a.url}">{esc(a.title)}</a> <span class="{css}">({a.day})</span></li>\n' for a in articles
    )
    return f"<ul>\n{items}</ul>"


MENU = Template("""<nav id="site-navigation" class="main-navigation" aria-label="Menu chính">
<ul id="primary-menu" class="menu">
<li class="menu-item menu-item-home"><a href="$base/">Trang chủ</a></li>
$items<li class="menu-item"><a href="https://dichvucong.gov.vn/">Dịch vụ công trực tuyến</a></li>
</ul>
</nav>""")


def menu() -> str:
    items = "".join(
        f'<li class="menu-item menu-item-type-taxonomy"><a href="{category_url(c)}">{esc(c.name)}</a></li>\n'
        for c in CATEGORIES
    )
    return MENU.substitute(base=BASE, items=items)


SIDEBAR = Template("""<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>
$recent
</section>
<section class="widget widget_featured_posts"><h2 class="widget-title">Tin nổi bật</h2>
<ul>
$featured</ul>
</section>
<section class="widget widget_documents"><h2 class="widget-title">Văn bản mới</h2>
<ul>
$documents</ul>
</section>
<section class="widget widget_polls"><h2 class="widget-title">Thăm dò ý kiến</h2>
<form class="wp-polls-form" method="post" action="$base/wp-admin/admin-ajax.php">
<p class="poll-question">$question</p>
<ul><li><label><input type="radio" name="poll_1" value="1"> Hài lòng</label></li>
<li><label><input type="radio" name="poll_1" value="2"> Bình thường</label></li>
<li><label><input type="radio" name="poll_1" value="3"> Chưa hài lòng</label></li></ul>
<p class="poll-result">$result</p>
<button type="submit">Bình chọn</button>
</form>
</section>
<section class="widget widget_view_counter"><h2 class="widget-title">View Counter</h2>
<div class="counter-digits">$digits</div>
<ul class="counter-stats">
$stats</ul>
</section>
<section class="widget widget_language"><h2 class="widget-title">Language</h2>
<select name="lang" aria-label="Language"><option value="vi" selected>Tiếng Việt</option>
<option value="en">English</option></select>
</section>
</aside>""")


def sidebar(articles: list[Article]) -> str:
    by_stem = {a.stem: a for a in articles}
    featured = "".join(f'<li><a href="{by_stem[stem].url}">{esc(text)}</a></li>\n' for text, stem in FEATURED)
    documents = "".join(
        f'<li><a href="{DOCUMENT_DB}" rel="noopener">{esc(text)}</a></li>\n' for text in DOCUMENT_WIDGET
    )
    stats = "".join(f"<li>{esc(line)}</li>\n" for line in VIEW_COUNTER[1:])
    return SIDEBAR.substitute(
        recent=link_list(articles[:5], "post-date"),
        featured=featured,
        documents=documents,
        base=BASE,
        question=esc(POLL[0]),
        result=esc(POLL[1]),
        digits=VIEW_COUNTER[0],
        stats=stats,
    )


PAGE = Template("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="cchc-backan-style-css" media="all"
 href="$base/wp-content/themes/cchc-backan/style.css?ver=1.2.0">
<link rel="icon" href="$base/wp-content/uploads/2019/03/favicon.png" sizes="32x32">
<link rel="alternate" type="application/rss+xml" title="$site_title &raquo; Dòng thông tin" href="$base/feed/">
$head</head>
<body class="$body_class">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding">
<a href="$base/" class="custom-logo-link" rel="home">
<img src="$base/wp-content/uploads/2019/03/logo-backan.png" class="custom-logo" alt=""></a>
<p class="site-title"><a href="$base/" rel="home">$site_name</a></p>
</div>
$menu
<form role="search" method="get" class="search-form" action="$base/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span>
<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s"></label>
<button type="submit" class="search-submit">Tìm kiếm</button>
</form>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
$main
</main>
</div>
$sidebar
</div>
<footer id="colophon" class="site-footer">
<div class="site-info">
<p class="footer-title">$site_name</p>
<p>Cơ quan chủ quản: Sở Nội vụ tỉnh Bắc Kạn</p>
<p>Địa chỉ: Tổ 1A, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn</p>
<p>Điện thoại: (0209) 3.870.000 – Email: <a href="mailto:sonv@backan.gov.vn">sonv@backan.gov.vn</a></p>
<p>Giấy phép số 05/GP-TTĐT ngày 12/3/2019 của Sở Thông tin và Truyền thông</p>
<p>Bản quyền © 2019 $site_title</p>
</div>
<a href="#page" id="back-to-top" class="back-to-top">Back To Top</a>
</footer>
</div>
</body>
</html>
""")


def page(title: str, body_class: str, main: str, articles: list[Article], head: str = "") -> str:
    return PAGE.substitute(
        title=esc(title),
        base=BASE,
        site_title=SITE_TITLE,
        site_name=SITE_NAME,
        head=head,
        body_class=body_class,
        menu=menu(),
        main=main,
        sidebar=sidebar(articles),
    )


ARTICLE_HEAD = Template("""<link rel="canonical" href="$url">
<link rel="shortlink" href="$base/?p=$post_id">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="$title">
<meta property="og:description" content="$description">
<meta property="og:url" content="$url">
<meta property="og:site_name" content="$site_title">
<meta property="article:published_time" content="$published">
""")

ARTICLE_MAIN = Template("""<nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="$base/">Trang chủ</a> &raquo;
<a href="$category_url">$category_name</a> &raquo; <span class="breadcrumb_last">$title</span></nav>
<article id="post-$post_id"
 class="post-$post_id post type-post status-publish format-standard hentry category-$category_slug">
<header class="entry-header">
<h1 class="entry-title">$title</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="$datetime">$day</time>
</span> <span class="post-views">Lượt xem: $views</span></div>
</header>
<div class="entry-content">
$body
</div>
<footer class="entry-footer">
<div class="share-box"><span class="share-label">Chia sẻ :</span>
<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=$quoted" rel="noopener">Facebook</a>
<a class="share-zalo zalo-share-button" href="https://sp.zalo.me/share_inline?url=$quoted" rel="noopener">Zalo</a>
<a class="share-twitter" href="https://twitter.com/intent/tweet?url=$quoted" rel="noopener">Twitter</a>
</div>
<div class="tags-links">Từ khóa: $tags</div>
<section class="related-posts"><h3 class="related-title">BÀI VIẾT CÙNG CHUYÊN MỤC</h3>
$related
</section>
</footer>
</article>""")


def article_page(article: Article, articles: list[Article]) -> str:
    entry, category = article.entry, article.category
    body = "\n".join(render_block(b, entry.figure) for b in article.blocks)
    related = [a for a in articles if a.category == category and a is not article][:5]
    tags = ", ".join(f'<span class="tag">{esc(t)}</span>' for t in category.tags)
    head = ARTICLE_HEAD.substitute(
        url=article.url,
        base=BASE,
        post_id=entry.post_id,
        title=attr(article.title),
        description=attr(excerpt(article)),
        site_title=SITE_TITLE,
        published=utc(article.published).isoformat(),
    )
    main = ARTICLE_MAIN.substitute(
        base=BASE,
        category_url=category_url(category),
        category_name=esc(category.name),
        title=esc(article.title),
        post_id=entry.post_id,
        category_slug=category.slug,
        datetime=article.published.isoformat(timespec="seconds"),
        day=article.day,
        views=entry.views,
        body=body,
        quoted=quote(article.url, safe=""),
        tags=tags,
        related=link_list(related, "post-date"),
    )
    body_class = f"post-template-default single single-post postid-{entry.post_id}"
    return page(f"{article.title} – {SITE_TITLE}", body_class, main, articles, head)


TEASER = Template("""<article class="post-$post_id post type-post teaser">
<h2 class="entry-title"><a href="$url" rel="bookmark">$title</a></h2>
<div class="entry-summary"><p>$excerpt</p></div>
<div class="entry-meta"><span class="teaser-date">$day</span> · <span class="post-views">Lượt xem: $views</span></div>
</article>""")


def teaser(article: Article) -> str:
    day = PLACEHOLDER_DATE[1] if article.stem == PLACEHOLDER_DATE[0] else article.day
    return TEASER.substitute(
        post_id=article.entry.post_id,
        url=article.url,
        title=esc(article.title),
        excerpt=esc(excerpt(article)),
        day=day,
        views=article.entry.views,
    )


def pagination(category: Category, page_no: int, pages: int) -> str:
    links = []
    if page_no > 1:
        links.append(f'<a class="prev page-numbers" href="{category_url(category, page_no - 1)}">« Trang trước</a>')
    for n in range(1, pages + 1):
        links.append(
            f'<span aria-current="page" class="page-numbers current">{n}</span>'
            if n == page_no
            else f'<a class="page-numbers" href="{category_url(category, n)}">{n}</a>'
        )
    if page_no < pages:
        links.append(f'<a class="next page-numbers" href="{category_url(category, page_no + 1)}">Trang sau »</a>')
    return (
        '<nav class="navigation pagination" aria-label="Bài viết">'
        '<h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
        + "\n".join(links)
        + "</div></nav>"
    )


def listing_page(category: Category, page_no: int, chunk: list[Article], pages: int, articles: list[Article]) -> str:
    main = (
        f'<nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="{BASE}/">Trang chủ</a> &raquo; '
        f'<span class="breadcrumb_last">{esc(category.name)}</span></nav>\n'
        f'<header class="page-header"><h1 class="page-title">Chuyên mục: {esc(category.name)}</h1></header>\n'
        + "\n".join(teaser(a) for a in chunk)
        + "\n"
        + pagination(category, page_no, pages)
    )
    suffix = f" – Trang {page_no}" if page_no > 1 else ""
    return page(
        f"{category.name}{suffix} – {SITE_TITLE}",
        f"archive category category-{category.slug}",
        main,
        articles,
        f'<link rel="canonical" href="{category_url(category, page_no)}">\n',
    )


def home_page(articles: list[Article]) -> str:
    stem, old_path = OLD_PERMALINK
    featured = next(a for a in articles if a.stem == stem)
    blocks = [
        f'<section class="home-featured"><h2 class="section-title">Tiêu điểm</h2>\n'
        f'<h3><a href="{BASE}{old_path}">{esc(featured.title)}</a></h3>\n'
        f"<p>{esc(excerpt(featured))}</p></section>",
        f'<section class="home-latest"><h2 class="section-title">Tin mới</h2>\n'
        f"{link_list(articles[:6], 'post-date')}\n</section>",
    ]
    for category in CATEGORIES:
        latest = [a for a in articles if a.category == category][:3]
        blocks.append(
            f'<section class="home-category"><h2 class="section-title"><a href="{category_url(category)}">'
            f"{esc(category.name)}</a></h2>\n{link_list(latest, 'post-date')}\n"
            f'<a class="more-link" href="{category_url(category)}">Xem thêm</a></section>'
        )
    return page(SITE_TITLE, "home blog", "\n".join(blocks), articles)


FEED = Template("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom"
\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
\t<title>$title</title>
\t<atom:link href="$base/feed/" rel="self" type="application/rss+xml" />
\t<link>$base</link>
\t<description>Sở Nội vụ tỉnh Bắc Kạn</description>
\t<lastBuildDate>$built</lastBuildDate>
\t<language>vi</language>
\t<sy:updatePeriod>hourly</sy:updatePeriod>
\t<sy:updateFrequency>1</sy:updateFrequency>
\t<generator>https://wordpress.org/?v=6.4.3</generator>
$items</channel>
</rss>
""")

FEED_ITEM = Template("""\t<item>
\t\t<title>$title</title>
\t\t<link>$url</link>
\t\t<dc:creator><![CDATA[admin]]></dc:creator>
\t\t<pubDate>$date</pubDate>
\t\t<category><![CDATA[$category]]></category>
\t\t<guid isPermaLink="false">$base/?p=$post_id</guid>
\t\t<description><![CDATA[$excerpt]]></description>
\t</item>
""")


def rfc822(moment: datetime) -> str:
    return format_datetime(utc(moment))


def feed(articles: list[Article]) -> str:
    items = "".join(
        FEED_ITEM.substitute(
            title=esc(a.title),
            url=a.url,
            date=rfc822(a.published),
            category=a.category.name,
            base=BASE,
            post_id=a.entry.post_id,
            excerpt=excerpt(a),
        )
        for a in articles[:10]
    )
    return FEED.substitute(title=esc(SITE_TITLE), base=BASE, built=rfc822(articles[0].published), items=items)


def sitemap_index() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{BASE}/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>\n"
    )


def sitemap_posts(articles: list[Article]) -> str:
    urls = "".join(f"<url><loc>{a.url}</loc><lastmod>{utc(a.published).isoformat()}</lastmod></url>" for a in articles)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>\n"
    )


ROBOTS = f"""User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: {BASE}/wp-sitemap.xml
"""


def build_listings(out: Path, articles: list[Article]) -> list[dict[str, object]]:
    routes = []
    for category in CATEGORIES:
        members = [a for a in articles if a.category == category]
        chunks = [members[i : i + PER_PAGE] for i in range(0, len(members), PER_PAGE)]
        for page_no, chunk in enumerate(chunks, start=1):
            file = f"listings/{category.slug}-{page_no}.html"
            write(out, file, listing_page(category, page_no, chunk, len(chunks), articles))
            routes.append(
                route(category_url(category, page_no).removeprefix(BASE), file, HTML_TYPE, iso_z(chunk[0].published))
            )
    return routes


def build_snapshot(out: Path, articles: list[Article]) -> list[dict[str, object]]:
    newest = iso_z(articles[0].published)
    fixed = [
        ("/", "home.html", home_page(articles), HTML_TYPE, HOME_MODIFIED),
        ("/robots.txt", "robots.txt", ROBOTS, "text/plain; charset=UTF-8", PORTAL_LAUNCH),
        ("/feed/", "feed.xml", feed(articles), "application/rss+xml; charset=UTF-8", newest),
        ("/wp-sitemap.xml", "wp-sitemap.xml", sitemap_index(), XML_TYPE, newest),
        ("/wp-sitemap-posts-post-1.xml", "wp-sitemap-posts-post-1.xml", sitemap_posts(articles), XML_TYPE, newest),
    ]
    routes = []
    for path, file, text, content_type, modified in fixed:
        write(out, file, text)
        routes.append(route(path, file, content_type, modified))
    routes += build_listings(out, articles)
    for article in articles:
        write(out, article.file, article_page(article, articles))
        routes.append(route(article.path, article.file, HTML_TYPE, iso_z(article.published)))
    target = next(a for a in articles if a.stem == OLD_PERMALINK[0])
    routes.append(
        {
            "path": OLD_PERMALINK[1],
            "status": 301,
            "location": target.path,
            "content_type": HTML_TYPE,
            "last_modified": iso_z(target.published),
        }
    )
    return routes


NOTE = (  # manifest.json's note
    "Offline WordPress-shaped snapshot built by sites/backan/make_snapshot.py. Article bodies are "
    "real published texts copied verbatim from the project's dev corpus (shared/corpus/dev); "
    "the page chrome is modelled on the portal's WordPress theme and carries planted bait. "
    "See sites/backan/SOURCES.md."
)


SOURCES_HEAD = """# Bắc Kạn PAR portal snapshot: sources

Generated by `make_snapshot.py` (`python sites/backan/make_snapshot.py /work/shared/corpus/dev`); do not edit by hand.

| Snapshot path | Corpus file | Original URL | Published (UTC+7) |
|---|---|---|---|
"""

SOURCES_TAIL = Template("""
The article texts are real published texts, copied verbatim (HTML-escaped, one `<p>` per blank-line
separated block, single line breaks as `<br>`, non-breaking spaces as `&nbsp;`, a blank-looking
block as `<p>&nbsp;</p>`) from the project's dev corpus; only `000-seed` comes
from this portal, the others were republished from the outlets named in their `Nguồn:` line, which
is added as the last body paragraph. Titles of texts whose first line is not a headline are short
neutral Vietnamese titles written for the snapshot ($neutral). Publish dates, post ids, slugs, view
counts and categories are chosen to fit each text's content. The chrome (header, menu, breadcrumbs,
share box, tags, related posts, sidebar, footer, listings, feed and sitemaps) is modelled on the
portal's WordPress theme; the footer contact line is a placeholder, not verified.

Planted bait (chrome only; none of it is inside `h1.entry-title`, `div.entry-content` or
`time.entry-date.published`):
- sidebar "Tin nổi bật" on every HTML page: $featured (linking to real articles);
- sidebar "Văn bản mới" on every HTML page: $documents (linking off-site to $db);
- sidebar "Bài viết mới" and, on articles, "BÀI VIẾT CÙNG CHUYÊN MỤC": real titles of other
  articles (rankings, document numbers, periods) with their dates `(dd/mm/yyyy)`;
- sidebar poll "$poll" and View Counter "$counter"; footer "Giấy phép số 05/GP-TTĐT ngày 12/3/2019";
- article meta and teasers: `Lượt xem: N`; teasers: date line `dd/mm/yyyy` and excerpt;
  the `$placeholder_stem` teaser shows the CMS null date `$placeholder`;
- home "Tiêu điểm" links the seed through its old permalink `$old`, which answers 301 to the article.
""")


def sources(articles: list[Article]) -> str:
    rows = "".join(
        f"| `{a.path}` | `{a.stem}.txt` | {a.source_url} | {a.published:%Y-%m-%d %H:%M} |\n"
        for a in sorted(articles, key=lambda a: a.stem)
    )
    neutral = ", ".join(a.stem for a in sorted(articles, key=lambda a: a.stem) if a.entry.title is not None)
    tail = SOURCES_TAIL.substitute(
        neutral=neutral,
        featured="; ".join(f"“{t}”" for t, _ in FEATURED),
        documents="; ".join(f"“{t}”" for t in DOCUMENT_WIDGET),
        db=DOCUMENT_DB,
        poll=POLL[1],
        counter=", ".join(VIEW_COUNTER[1:]),
        placeholder_stem=PLACEHOLDER_DATE[0],
        placeholder=PLACEHOLDER_DATE[1],
        old=OLD_PERMALINK[1],
    )
    return SOURCES_HEAD + rows + tail


if __name__ == "__main__":
    manifest = partial(snapshot_manifest, "backan", BASE, CAPTURED_AT, NOTE)
    generate(Path(__file__).resolve().parent, __doc__.splitlines()[0], load_articles, build_snapshot, manifest, sources)

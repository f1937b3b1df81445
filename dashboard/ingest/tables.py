"""Data tables of ingest: field-name synonyms, header keys, month names, file signatures."""

from __future__ import annotations

# Article fields and the names other tools give them (json keys, csv columns, header keys).
# The first name present with a non-empty value wins.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "heading"),
    "text": ("text", "body", "content", "article", "article_text", "full_text", "maintext"),
    "published": (
        "published",
        "date",
        "pubdate",
        "published_at",
        "publish_date",
        "publication_date",
        "date_published",
        "datetime",
    ),
    "outlet": (
        "outlet",
        "source",
        "publisher",
        "site",
        "site_name",
        "sitename",
        "source_name",
        "newspaper",
    ),
    "url": ("url", "link", "canonical_url", "source_url", "href"),
}

# ``Key: value`` lines read after the title of a text article (and dropped from its body).
HEADER_KEYS = frozenset(
    FIELD_NAMES["published"]
    + FIELD_NAMES["outlet"]
    + FIELD_NAMES["url"]
    + ("licence", "license", "author", "byline")
)

# Files a folder walk passes over (reported as skipped): a corpus's own documentation.
NOT_ARTICLE_PREFIXES = ("readme", "license", "licence")

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

# Leading bytes of binary formats people drop into article folders by mistake.
MAGIC_NUMBERS: dict[bytes, str] = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (or an Office document)",
    b"\x1f\x8b": "gzip archive",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ\x00": "xz archive",
    b"7z\xbc\xaf\x27\x1c": "7-Zip archive",
    b"Rar!": "RAR archive",
    b"\xd0\xcf\x11\xe0": "legacy Office document",
    b"SQLite format 3\x00": "SQLite database",
    b"\x7fELF": "executable",
    b"PAR1": "Parquet file",
}

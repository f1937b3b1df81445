"""Text normalisation and the article id.

Unicode NFC; spaces and tabs folded to one space; line ends unified; blank-line runs folded so
paragraphs stay one per line; quote characters kept exactly as written (the quote extractor
needs to know which marks an outlet used).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\ufeff]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def normalize_text(text: str) -> str:
    """Normalise one title or body: NFC, folded spaces, one paragraph per line."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", text).strip()


def article_text(title: str, body: str) -> str:
    """The one string every span points into: title, a blank line, then the body."""
    return f"{title}\n\n{body}" if title else body


def article_id(text: str) -> str:
    """A stable id from the normalised text: same text, same id, whatever the file was called."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

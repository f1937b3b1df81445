"""Bytes to text: byte-order marks first, then UTF-8, then the Windows and Latin-1 code pages.

Binary files (a known signature, NUL bytes, or control characters all over) are refused.
"""

from __future__ import annotations

import codecs
import re

from dashboard.ingest.tables import MAGIC_NUMBERS

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FALLBACKS = ("utf-8", "cp1252", "latin-1")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Text files may carry a few stray control characters; binary data has them everywhere.
STRAY_CONTROLS = 4
MAX_CONTROL_SHARE = 0.01


class NotText(ValueError):
    """The bytes are not a text file; the message says why."""


def decode(data: bytes) -> str:
    """The text of ``data`` with line ends unified to ``\\n``; raises ``NotText``."""
    text = _decode_with_bom(data)
    if text is None:
        _refuse_binary(data)
        for encoding in _FALLBACKS:
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    assert text is not None  # latin-1 decodes any bytes
    if len(_CONTROL.findall(text)) > STRAY_CONTROLS + MAX_CONTROL_SHARE * len(text):
        raise NotText("binary file (control characters throughout), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise NotText(f"not valid {encoding.upper()} despite its byte-order mark") from err
    return None


def _refuse_binary(data: bytes) -> None:
    for magic, kind in MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise NotText(f"binary file ({kind}), not text")
    if b"\x00" in data[:8192]:
        raise NotText("binary file (NUL bytes), not text")

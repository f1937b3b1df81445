"""Bytes to text: byte-order marks first, then UTF-16 saved without one, then UTF-8, then the
Windows and Latin-1 code pages.

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
# UTF-16 without a byte-order mark: spaces, digits and Latin letters put a NUL in every other
# byte (odd bytes in little-endian, even in big-endian); the other half has few (U+0100, U+2000
# ...). Binary data has NULs in both halves alike.
_SAMPLE = 8192
MIN_UTF16_NUL_SHARE = 0.05
MIN_UTF16_NUL_RATIO = 20


class NotText(ValueError):
    """The bytes are not a text file; the message says why."""


def decode(data: bytes) -> str:
    """The text of ``data`` with line ends unified to ``\\n``; raises ``NotText``."""
    text = _decode_with_bom(data)
    if text is None:
        _refuse_binary(data)
        text = _decode_utf16_without_bom(data)
    if text is None:
        _refuse_nul_bytes(data)
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


def _decode_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for nuls, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        found, stray = nuls.count(0), other.count(0)
        if found >= MIN_UTF16_NUL_SHARE * len(nuls) and found >= MIN_UTF16_NUL_RATIO * stray:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _refuse_binary(data: bytes) -> None:
    for magic, kind in MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise NotText(f"binary file ({kind}), not text")


def _refuse_nul_bytes(data: bytes) -> None:
    if b"\x00" in data[:_SAMPLE]:
        raise NotText("binary file (NUL bytes), not text")

"""Ingest: files and folders of articles in, normalised ``Article`` records out.

Bad input never stops a run and never passes silently: each input that cannot be read comes
out as a ``Rejection`` naming the file (and line or row) and the reason. Files a folder walk
passes over on purpose (READMEs, licences, other file types) are ``Skipped``, not rejected.
"""

from dashboard.ingest.article import make_article
from dashboard.ingest.model import Article, Rejection, Skipped
from dashboard.ingest.readers import DEFAULT_MAX_BYTES, read_bytes, read_file, read_paths
from dashboard.ingest.walk import SUFFIXES, skipped_files

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "Article",
    "Rejection",
    "Skipped",
    "make_article",
    "read_bytes",
    "read_file",
    "read_paths",
    "skipped_files",
]

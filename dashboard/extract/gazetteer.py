"""Whole-word, case-sensitive matching of many names at once.

One regular expression whose alternatives are grouped by their first character, so the engine
tries only the names that can start at a position: fast enough for the 10,000-article target.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable


def compile_names(names: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of ``names`` as a whole word, longest name first."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in set(names):
        by_first[name[0]].append(name)
    groups = []
    for first, group in sorted(by_first.items()):
        rests = sorted((re.escape(n[1:]) for n in group), key=len, reverse=True)
        groups.append(f"{re.escape(first)}(?:{'|'.join(rests)})")
    # Whole words: no letter or digit on either side ("Russia-Ukraine" holds two names).
    return re.compile(rf"(?<![\w.])(?:{'|'.join(groups)})(?!\w)")

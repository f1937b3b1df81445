"""Countries and organisations: mentions in text, resolved to actor codes.

Countries are ISO 3166-1 alpha-3 codes; organisations use short upper-case codes (EU, G7,
NATO, IMF, WB, UN ...). See ``actor_table`` for the aliases, demonyms and organisations.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from dashboard.extract.actor_table import (
    COUNTRY_ALIASES,
    COUNTRY_DISPLAY_NAMES,
    DEMONYMS,
    ORGANISATION_NAMES,
    ORGANISATIONS,
)
from dashboard.extract.gazetteer import compile_names
from dashboard.extract.records import Mention


@lru_cache(maxsize=1)
def actor_lookup() -> dict[str, str]:
    """Every surface form the gazetteer knows, mapped to its actor code."""
    lookup: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                lookup[name] = country.alpha_3
    lookup.update(COUNTRY_ALIASES)
    lookup.update(DEMONYMS)
    lookup.update(ORGANISATIONS)
    return lookup


@lru_cache(maxsize=1)
def _pattern():
    return compile_names(actor_lookup())


def actor_name(code: str) -> str:
    """The display name of an actor code ("GBR" -> "United Kingdom")."""
    if code in ORGANISATION_NAMES:
        return ORGANISATION_NAMES[code]
    if code in COUNTRY_DISPLAY_NAMES:
        return COUNTRY_DISPLAY_NAMES[code]
    country = pycountry.countries.get(alpha_3=code)
    return country.name if country else code


def resolve_actor(surface: str) -> str | None:
    """The actor code for a surface form, or None when the gazetteer does not know it."""
    return actor_lookup().get(surface)


def find_actor_mentions(text: str, article_id: str = "") -> list[Mention]:
    """Every country and organisation mentioned in ``text``, in order."""
    lookup = actor_lookup()
    mentions = []
    for m in _pattern().finditer(text):
        code = lookup[m.group()]
        kind = "org" if code in ORGANISATION_NAMES else "country"
        mentions.append(Mention(article_id, m.start(), m.end(), m.group(), code, kind))
    return mentions

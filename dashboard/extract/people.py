"""Officials: person mentions resolved to one canonical full name, by rules (no model).

A person is found by
- a title before a capitalised name: "Defence Secretary John Healey", "Mr Healey",
  "President [Joe] Biden", "IMF official Gita Gopinath";
- a role in apposition: "Rachel Reeves, the Chancellor", "the president of the European
  Commission, Ursula von der Leyen";
- a reporting verb after a two-word name ("Donald Trump vowed"), or the curated table of known
  people (``people_table.KNOWN_PEOPLE``) for names and surnames that need no title.
Short forms resolve to the full name seen in the article or in the table ("Healey",
"Mr Healey" -> "John Healey"; "Zelenskyy" -> "Volodymyr Zelensky"). A role without a name
("the Prime Minister") resolves to the person the article gives that role, else to the holder
of the office on the publication date (``people_table.OFFICE_HOLDERS``), in the country the
role names ("the UK Prime Minister", "the President of Ukraine", "Pakistan's Prime Minister")
or else the article's home country (see ``_resolve_roles``). No date or no country: the role
stays unresolved (no guess).

Pronouns: every "he"/"she" outside quotation marks that resolves becomes a person mention
(surface "He", entity the full name), so the sentence of a fact lists the people it is about.
The antecedent is the person (named, role or resolved pronoun) of compatible gender in the same
sentence before the pronoun, else in the sentences before it, back to the previous two
paragraphs; within a sentence the subject of a reporting verb wins, then the leftmost person.
The search stops at the first earlier paragraph that names anyone (a change of topic): a
pronoun never reaches past a paragraph about someone else. People inside a participial opening
("Meeting with President Zelenskyy, he ...") are not candidates.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import pycountry

from dashboard.extract.actors import find_actor_mentions, resolve_actor
from dashboard.extract.doc import Doc
from dashboard.extract.gazetteer import compile_names
from dashboard.extract.people_table import (
    AMBIGUOUS_SURNAMES,
    DOMAIN_ACTORS,
    FEMALE_FIRST_NAMES,
    GENERIC_DOMAINS,
    HONORIFICS,
    KNOWN_PEOPLE,
    LEADING_STOPWORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    OFFICE_HOLDERS,
    OFFICES,
    ROLE_HEADS,
    TITLE_WORDS,
)
from dashboard.extract.quote_marks import CUE, QuotedRegions, find_quoted_spans, paragraphs
from dashboard.extract.records import Mention, Person

PRONOUNS = {"he": "m", "she": "f"}

# Only the tokens a name or a title can hold: capitalised words, particles, connectors.
# Any other word between two of them breaks the run (the gap is then more than one space).
_TOKEN = re.compile(
    r"(?<![\w'’\-])[\[(]?(?:[A-Z\u00c0-\u00de\u0100-\u024f][\w'’\-]*\.?"
    r"|(?:von|van|den|der|de|da|del|di|bin|al|of|for|the)(?![\w'’\-])"
    r"|(?:al|el|ad|ibn|bin)-[A-Z][\w'’\-]*)[\])]?"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_DOTTED = {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Hon.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt."}
_DOTTED |= {"Col.", "Adm.", "Capt.", "St."}
_CONNECTORS = {"of", "for", "the"}
_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ibn|bin)-[A-Z]")
_HEADS = "|".join(sorted(ROLE_HEADS | {"secretary general"}, key=len, reverse=True))
_ROLE_TAIL = r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w\-]*)+)*"
# ", the Chancellor," / ", the British defence minister," / ", Chief of the Defence Staff,"
# Words before a role head in a lower-case role phrase: capitalised words or these.
_MODIFIER = (
    r"(?:[A-Z][\w\-]*|defence|defense|foreign|finance|prime|deputy|vice|chief|executive|senior"
    r"|new|policy|planning|climate|trade|economy|aid|humanitarian|managing|top|security|health"
    r"|interior|justice|home)"
)
_APPOSITIVE_AFTER = re.compile(
    rf",\s+(?:the\s+|a\s+|an\s+)?((?:{_MODIFIER}\s+){{0,4}}(?i:{_HEADS}){_ROLE_TAIL})(?=\s*[,.;:)]|\s*$)"
)
# "the president of the European Commission, " right before a name
_APPOSITIVE_BEFORE = re.compile(
    rf"(?:^|[\s(])(?:[Tt]he\s+)?((?:{_MODIFIER}\s+){{0,3}}(?i:{_HEADS}){_ROLE_TAIL}),\s+$"
)
# "IMF official " right before a name
_LOWER_TITLE_BEFORE = re.compile(
    r"((?:[A-Z][\w.\-]*\s+){1,3})(official|spokesperson|spokesman|spokeswoman|envoy|adviser)\s+$"
)


def _cased(phrase: str) -> list[str]:
    """Every capitalisation of a role phrase's words ("Commission president", "Prime Minister");
    the case-sensitive name matcher is much faster than one case-insensitive pattern."""
    variants = [""]
    for word in phrase.split():
        forms = {word} if word in _CONNECTORS else {word, word[:1].upper() + word[1:]}
        variants = [f"{v} {f}".strip() for v in variants for f in forms]
    return variants


_ROLE_PHRASE = compile_names(
    {k for phrase in OFFICES if phrase != "pm" for k in _cased(phrase)} | {"PM"}
)
# What may stand before a role phrase: "the", "new", and a country or title word.
_ROLE_LEAD = re.compile(
    r"(?:\b([Tt]he)\s+)?(?:\b(?:new|then|current|incoming|outgoing)\s+)?(?:\b([A-Z][\w.]*) )?$"
)
_OF_ACTOR = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?: [A-Z][\w.]*)*)")
_CUE_AFTER = re.compile(r"[\s,]*(?:\w+\s+){0,2}?" + CUE.pattern)
_CUE_BEFORE = re.compile(CUE.pattern + r"[\s,]+(?:the\s+)?$")
_POSSESSIVE_ROLE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+$")
_PARTICIPLE_LEAD = re.compile(r"[A-Z][a-z]+ing\b[^.]*?,\s+(?:he|she)\b")
_POSSESSIVE_ACTOR = re.compile(
    r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+(?:(?!and\b)[\w\-]+,?\s+){0,4}$"
)
_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")


@dataclass(slots=True)
class _Found:
    """A person mention before the names are merged: where, as written, what we know."""

    start: int
    end: int
    surface: str
    name: str | None  # the name as written (brackets removed); None for a role or pronoun
    kind: str  # named, role, pronoun
    role: str | None = None
    country: str | None = None
    gender: str | None = None
    titled: bool = False
    canonical: str | None = None
    title_start: int | None = None  # where the title words before the name begin


def find_people(doc: Doc) -> tuple[list[Person], list[Mention]]:
    """The officials of ``doc`` and every mention of them (names, short forms, roles, pronouns)."""
    text = doc.text
    quoted = QuotedRegions(find_quoted_spans(text))
    actor_spans = [(m.char_start, m.char_end) for m in doc.actors]
    names = _name_mentions(text, actor_spans)
    _canonicalise(names)
    roles = _role_mentions(text, names)
    found = sorted(names + roles, key=lambda f: f.start)
    _resolve_roles(doc, found)
    found = [f for f in found if f.canonical]
    found = sorted(found + _pronoun_mentions(doc, found, quoted), key=lambda f: f.start)
    people = _people(found)
    mentions = [
        Mention(doc.article.article_id, f.start, f.end, f.surface, f.canonical, "person")
        for f in found
    ]
    return people, mentions


def mention_kind(mention: Mention) -> str:
    """How a person mention names its person: "named", "role" or "pronoun"."""
    words = mention.surface.lower().split()
    if len(words) == 1 and words[0] in PRONOUNS:
        return "pronoun"
    if any(w.strip(",.") in ROLE_HEADS for w in words) or mention.surface.lower() in OFFICES:
        return "role"
    return "named"


# --- names -------------------------------------------------------------------------------


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens separated by single spaces (particles and connectors kept)."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text):
        token, start, end = m.group(), m.start(), m.end()
        if token.endswith(".") and token not in _DOTTED and len(token.strip("[]().")) > 1:
            token, end = token[:-1], end - 1  # a sentence's full stop, not an abbreviation
            ends_run = True
        else:
            ends_run = False
        bare = token.strip("[]()")
        contiguous = bool(current) and text[current[-1][1] : start] == " "
        capital = bare[:1].isupper() or _ARABIC_PARTICLE.match(bare) is not None
        link = bare in NAME_PARTICLES or (
            bare in _CONNECTORS and current and current[-1][2].strip("[]()").lower() in ROLE_HEADS
        )
        link = link or (bare == "the" and current and current[-1][2] in _CONNECTORS)
        if capital or (link and (contiguous or bare in NAME_PARTICLES)):
            if not contiguous and current:
                runs.append(current)
                current = []
            current.append((start, end, token))
        else:
            if current:
                runs.append(current)
            current = []
        if ends_run or _POSSESSIVE.search(bare):
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [_trim_links(r) for r in runs if _trim_links(r)]


def _trim_links(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop connectors at the edges of a run ("of", "the"); particles may start a name."""
    while run and run[-1][2] in _CONNECTORS | NAME_PARTICLES:
        run = run[:-1]
    while run and run[0][2] in _CONNECTORS:
        run = run[1:]
    return run


def _is_title(token: str) -> bool:
    bare = token.strip("[]()")
    return (
        bare in TITLE_WORDS
        or bare in HONORIFICS
        or bare.lower() in ROLE_HEADS
        or bare in _CONNECTORS
        or resolve_actor(bare) is not None
    )


def _name_mentions(text: str, actor_spans: list[tuple[int, int]]) -> list[_Found]:
    found: list[_Found] = []
    actor_starts = [s for s, _ in actor_spans]
    for run in _runs(text):
        while run and run[0][2] in LEADING_STOPWORDS:
            run = run[1:]
        if not run:
            continue
        split = max((i for i, t in enumerate(run) if _is_title(t[2])), default=-1)
        name_tokens, prefix = run[split + 1 :], run[: split + 1]
        if not name_tokens or any(t[2].strip("[]()'’s") in NOT_NAME_WORDS for t in name_tokens):
            continue
        at = bisect.bisect_right(actor_starts, name_tokens[0][0]) - 1
        if at >= 0 and name_tokens[0][0] < actor_spans[at][1]:
            continue  # a country or organisation, not a person
        if prefix and prefix[-1][2] in _CONNECTORS:
            continue  # the object of a role ("Commissioner for Neighbourhood")
        if len(name_tokens) == 1 and name_tokens[0][2].isupper():
            continue  # an acronym ("FCDO"), not a surname
        person = _person_from(text, prefix, name_tokens)
        if person:
            found.append(person)
    return found


def _person_from(text: str, prefix, name_tokens) -> _Found | None:
    start, end = name_tokens[0][0], name_tokens[-1][1]
    if text[start] in "([" and text.count(")]"[text[start] == "["], start, end) == 0:
        start += 1  # "(Andrew Mitchell)": the bracket is not part of the name
    if text[end - 1] in ")]" and text.count("(["[text[end - 1] == "]"], start, end) == 0:
        end -= 1
    surface = text[start:end]
    cut = 2 if surface.endswith(("'s", "’s")) else int(surface.endswith(("'", "’")))
    surface, end = surface[: len(surface) - cut], end - cut
    name = " ".join(t[2].strip("[]()") for t in name_tokens)
    name = name[: len(name) - cut]
    honorifics = [t[2] for t in prefix if t[2] in HONORIFICS]
    gender = next((HONORIFICS[h] for h in honorifics if HONORIFICS[h]), None)
    role, country = _role_of(text, prefix)
    after = text[end : end + 120]
    before = text[max(0, start - 120) : start]
    if role is None:
        role, country = _appositive_role(after, before)
    if role is None:
        m = _LOWER_TITLE_BEFORE.search(before)
        if m and prefix == []:
            role = (m.group(1) + m.group(2)).strip()
            country = _actor_in(m.group(1))
    if role is not None and country is None:
        anchor = prefix[0][0] if prefix else start
        country = _possessive_country(text[max(0, anchor - 60) : anchor])
    titled = bool(honorifics) or role is not None
    words = name.split()
    given = [w for w in words if w.lower() not in NAME_PARTICLES]
    if len(given) > 2 and name not in _known_full_names():
        # "Baku Mukhtar Babayev": a place or a title word we do not know, then the name
        cut = len(name_tokens) - 2
        name_tokens = name_tokens[cut:]
        start = name_tokens[0][0]
        surface = text[start:end]
        words = words[cut:]
        name = " ".join(words)
    cue_after = _CUE_AFTER.match(after) is not None
    known = _known_full_names().get(name) or _known_surnames().get(name)
    if not (titled or known or (len(words) >= 2 and cue_after)):
        if len(words) == 1:
            # A lone surname: resolved later against the article's full names.
            return _Found(start, end, surface, name, "named")
        return None
    if gender is None and words[0] in FEMALE_FIRST_NAMES:
        gender = "f"
    if len(words) == 1 and prefix and prefix[-1][2] in HONORIFICS:
        start = prefix[-1][0]  # "Mr Healey": the form of address is part of the short form
        surface = text[start:end]
    title_start = prefix[0][0] if prefix else None
    return _Found(
        start,
        end,
        surface,
        name,
        "named",
        role,
        country,
        gender,
        titled,
        None,
        title_start,
    )


def _role_of(text: str, prefix) -> tuple[str | None, str | None]:
    """The role and country written in the title words before a name."""
    if not prefix:
        return None, None
    tokens = [t for t in prefix if t[2] not in HONORIFICS]
    lead = text[prefix[0][0] : prefix[-1][1]]
    country = next((code for at, code, _ in _actors(lead) if at == 0), None)
    tail = re.search(r"\b(?:of|for)\s+(?:the\s+)?(.+)$", lead)
    if country is None and tail:
        country = resolve_actor(tail.group(1))
    if country is None:
        places = [code for _, code, kind in _actors(lead) if kind == "country"]
        country = places[0] if places else None
    while tokens and (resolve_actor(tokens[0][2]) or tokens[0][2] in LEADING_STOPWORDS):
        tokens = tokens[1:]
    while tokens and tokens[-1][2] in _CONNECTORS:
        tokens = tokens[:-1]
    if not tokens or not any(t[2].strip("[]()").lower() in ROLE_HEADS for t in tokens):
        return None, country
    return text[tokens[0][0] : tokens[-1][1]], country


def _actor_in(text: str) -> str | None:
    actors = _actors(text)
    return actors[0][1] if actors else None


@lru_cache(maxsize=4096)
def _actors(text: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, code, type) of the actors in a short title phrase (titles repeat: cached)."""
    return tuple((m.char_start, m.entity, m.entity_type) for m in find_actor_mentions(text))


def _possessive_country(before: str) -> str | None:
    """The country in "Pakistan's planning minister, " or "Hungary's Prime Minister "."""
    m = _POSSESSIVE_ACTOR.search(before)
    return resolve_actor(m.group(1)) if m else None


def _appositive_role(after: str, before: str) -> tuple[str | None, str | None]:
    m = _APPOSITIVE_AFTER.match(after)
    if not m:
        m = _APPOSITIVE_BEFORE.search(before)
    if not m:
        return None, None
    role = m.group(1)
    country = _actor_in(role)
    words = role.split()
    while words and resolve_actor(words[0]):
        words = words[1:]
    return " ".join(words) or None, country


@lru_cache(maxsize=1)
def _known_full_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for canonical, known in KNOWN_PEOPLE.items():
        names[canonical] = canonical
        for alias in known.aliases:
            if len(alias.split()) > 1 and not alias.startswith(("von ", "Von ", "Lord ")):
                names[alias] = canonical
    for office in OFFICE_HOLDERS:
        names.setdefault(office.name, office.name)
    return names


@lru_cache(maxsize=1)
def _known_surnames() -> dict[str, str]:
    """Surnames (and other short forms) that name a known person without a title."""
    surnames: dict[str, str] = {}
    for canonical, known in KNOWN_PEOPLE.items():
        for form in _short_forms(canonical):
            if form not in AMBIGUOUS_SURNAMES:
                surnames.setdefault(form, canonical)
        for alias in known.aliases:
            if len(alias.split()) == 1 or alias.startswith(("von ", "Von ", "Lord ")):
                surnames[alias] = canonical
    return surnames


def _short_forms(name: str) -> list[str]:
    """The forms a full name is shortened to: the surname, and everything after the first name."""
    words = name.split()
    forms = [words[-1]]
    if len(words) > 2:
        forms.append(" ".join(words[1:]))
    return forms


def _canonicalise(found: list[_Found]) -> None:
    """Full names through the alias table; short forms to a full name of the article or table."""
    full = _known_full_names()
    article_full: dict[str, str] = {}
    for f in found:
        if f.name and len(f.name.split()) >= 2 and not _is_short_form(f.name):
            f.canonical = full.get(f.name, f.name)
            for form in _short_forms(f.canonical) + _short_forms(f.name):
                article_full.setdefault(form, f.canonical)
            known = KNOWN_PEOPLE.get(f.canonical)
            for alias in known.aliases if known else ():
                article_full.setdefault(alias, f.canonical)
    for f in found:
        if f.canonical:
            continue
        name = f.name
        if name in article_full:
            f.canonical = article_full[name]
        elif name in _known_surnames() and (f.titled or name not in AMBIGUOUS_SURNAMES):
            f.canonical = _known_surnames()[name]
        elif f.titled:
            f.canonical = name
    for f in found:
        known = KNOWN_PEOPLE.get(f.canonical or "")
        if known:
            f.gender = f.gender or known.gender
            f.country = f.country or known.country


def _is_short_form(name: str) -> bool:
    """A particle-led surname ("von der Leyen") is a short form, not a full name."""
    return name.split()[0] in NAME_PARTICLES or name.startswith("Von ")


# --- roles -------------------------------------------------------------------------------


def _role_mentions(text: str, names: list[_Found]) -> list[_Found]:
    """Roles written without a name ("the Prime Minister", "Defence Secretary MP said")."""
    found = []
    starts = {f.start for f in names}
    ends = {f.end for f in names}
    for m in _ROLE_PHRASE.finditer(text):
        phrase = m.group()
        lead = _ROLE_LEAD.search(text, max(0, m.start() - 40), m.start())
        the, qualifier = lead.group(1), lead.group(2)
        if not (the or phrase[:1].isupper() or qualifier):
            continue
        country = resolve_actor(qualifier) if qualifier else None
        if qualifier and country is None:
            if qualifier in TITLE_WORDS:
                continue  # another office: "Deputy Prime Minister", "Vice President"
            if not phrase[:1].isupper():
                continue
            the, qualifier = None, None  # "December. Defence Secretary": the role's own words
        nxt = re.match(r"(?:,\s+|\s+)(\S)", text[m.end() : m.end() + 40])
        if nxt and m.end() + nxt.start(1) in starts:
            continue  # the role of a named person ("Prime Minister Keir Starmer")
        if any(
            (f.title_start if f.title_start is not None else f.start) <= m.start() < f.end
            for f in names
        ):
            continue
        end = m.end()
        of = _OF_ACTOR.match(text, end)
        if of and country is None and resolve_actor(of.group(1)):
            country, end = resolve_actor(of.group(1)), of.end()  # "the President of Ukraine"
        start = lead.start(1) if the else (lead.start(2) if qualifier else m.start())
        owner = None if the or country else _POSSESSIVE_ROLE.search(text, max(0, start - 40), start)
        if owner:
            country = resolve_actor(owner.group(1))  # "Pakistan's Prime Minister"
        left = max(0, start - 4)
        comma = re.search(r",\s*$", text[left:start])
        if comma and left + comma.start() in ends:
            continue  # in apposition to a name ("Rachel Reeves, the Chancellor")
        found.append(_Found(start, end, text[start:end], None, "role", phrase, country))
    return found


@lru_cache(maxsize=1024)
def _office(role: str | None) -> str | None:
    if not role:
        return None
    words = role.lower().split()
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        if phrase in OFFICES:
            return OFFICES[phrase]
        cut = re.sub(r"\s+(?:of|for)\s+.*$", "", phrase)
        if cut in OFFICES:
            return OFFICES[cut]
    return None


def _resolve_roles(doc: Doc, found: list[_Found]) -> None:
    """A role without a name becomes the person the article or the office table gives it.

    Candidates are the article's named people holding that office: by their written role, or
    (when the article gives them none) by the office table on the publication date; never one
    of another country than the role names, nor, for a role naming no country, an official of
    another country than the home one named only after the role (a role refers back to a
    foreigner, never forward: "the President" of a US statement is not "President Putin" named
    further down). A candidate whose written role is the same words wins over one with no
    written role, which wins over a different wording ("Defence Minister" is not "the Defence
    Secretary"); then one of the home country; then the nearest before. Without candidates, the
    table's office holder in the country the role names, else in the home country.

    The home country is the publisher's (``_source_country``), else the country with the most
    mentions of the article's own officials: those who speak (the subject of a reporting verb:
    "Healey said", "said Foreign Secretary David Lammy"); a tie gives none. A country whose
    officials are only spoken about (Russia's President in a statement condemning Russia) is
    never home. No home country and no candidate: the role stays unresolved. A role resolved
    through the country it names is a candidate for the roles after it.
    """
    day = doc.article.published
    named = [f for f in found if f.kind == "named" and f.canonical]
    home = _source_country(doc.article.outlet, doc.article.url) or _speakers_country(
        doc.text, named
    )
    for f in found:
        office = _office(f.role)
        if f.kind != "role" or office is None:
            continue
        written = f.country
        ranked = []
        for g in named:
            if f.country and g.country and g.country != f.country:
                continue
            if not f.country and home and g.country != home and g.start > f.start:
                continue
            if g.role and _office(g.role) == office:
                rank = 2 if _bare_role(g.role) == _bare_role(f.role) else 0
            elif (
                not g.role and day and g.country and _holder(g.country, office, day) == g.canonical
            ):
                rank = 1
            else:
                continue
            before = g.start < f.start
            ranked.append((rank, g.country == home, before, -abs(g.start - f.start), g))
        if ranked:
            best = max(ranked, key=lambda r: r[:4])[-1]
            f.canonical, f.country, f.gender = best.canonical, best.country, best.gender
        else:
            country = f.country or home
            holder = _holder(country, office, day) if country and day else None
            if holder:
                known = KNOWN_PEOPLE.get(holder)
                f.canonical, f.country = holder, country
                f.gender = known.gender if known else None
        if written and f.canonical:
            named.append(f)  # "Pakistan's Prime Minister ... The Prime Minister thanked"


def _source_country(outlet: str | None, url: str | None) -> str | None:
    """The publisher's country: the first country or organisation its outlet names ("U.S.
    Department of State", "The Nation (Pakistan)"), else its web domain (.gov and .mil: USA,
    .uk: GBR, .eu: EU, any other country code but those sold to anyone: that country)."""
    named = _actors(outlet) if outlet else ()
    if named:
        return named[0][1]
    host = urlsplit(url or "").hostname or ""
    domain = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if domain in DOMAIN_ACTORS:
        return DOMAIN_ACTORS[domain]
    country = pycountry.countries.get(alpha_2=domain.upper()) if len(domain) == 2 else None
    return country.alpha_3 if country and domain not in GENERIC_DOMAINS else None


def _speakers_country(text: str, named: list[_Found]) -> str | None:
    """The country with the most mentions of officials who speak; a tie gives none."""
    counts = Counter(f.country for f in named if f.country and _speaks(text, f)).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _speaks(text: str, f: _Found) -> bool:
    """The mention is the subject of a reporting verb: "Healey said", "said Mr Healey"."""
    start = f.title_start if f.title_start is not None else f.start
    return bool(
        _CUE_AFTER.match(text, f.end) or _CUE_BEFORE.search(text, max(0, start - 30), start)
    )


def _bare_role(role: str) -> str:
    words = [w for w in role.lower().split() if w not in {"the", "new", "former", "acting"}]
    while words and resolve_actor(words[0].title()) or (words and resolve_actor(words[0].upper())):
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=4096)
def _holder(country: str, office: str, day: dt.date) -> str | None:
    for row in OFFICE_HOLDERS:
        current = row.start <= day and (row.end is None or day < row.end)
        if row.actor == country and row.office == office and current:
            return row.name
    return None


# --- pronouns ----------------------------------------------------------------------------


def _pronoun_mentions(doc: Doc, found: list[_Found], quoted: QuotedRegions) -> list[_Found]:
    text = doc.text
    para_starts = [s for s, _ in paragraphs(text)]
    pool = [f for f in found if f.start not in quoted]  # sorted by start; pronouns join it
    starts = [f.start for f in pool]
    resolved: list[_Found] = []
    for m in _PRONOUN.finditer(text):
        if m.start() in quoted:
            continue
        gender = PRONOUNS[m.group().lower()]
        target = _antecedent(doc, pool, starts, m.start(), gender, para_starts)
        if target:
            pronoun = _Found(
                m.start(),
                m.end(),
                m.group(),
                None,
                "pronoun",
                target.role,
                target.country,
                gender,
                canonical=target.canonical,
            )
            at = bisect.bisect_left(starts, pronoun.start)
            starts.insert(at, pronoun.start)
            pool.insert(at, pronoun)
            resolved.append(pronoun)
    return resolved


def _antecedent(
    doc: Doc,
    pool: list[_Found],
    starts: list[int],
    offset: int,
    gender: str,
    para_starts: list[int],
) -> _Found | None:
    para = bisect.bisect_right(para_starts, offset) - 1
    first_para = max(0, para - 2)
    index = doc.sentence_index(offset)
    while index >= 0:
        span = doc.sentences[index]
        span_para = bisect.bisect_right(para_starts, span.start) - 1
        if span_para < first_para:
            return None
        lo = bisect.bisect_left(starts, span.start)
        hi = bisect.bisect_left(starts, min(span.end, offset))
        in_sentence = pool[lo:hi]
        if span.start <= offset < span.end and _PARTICIPLE_LEAD.match(doc.text, span.start):
            in_sentence = []  # "Meeting with President Zelenskyy, he ...": not Zelenskyy
        compatible = [f for f in in_sentence if f.gender in (None, gender)]
        if compatible:
            subjects = [f for f in compatible if CUE.match(_next_words(doc.text, f.end))]
            return (subjects or compatible)[0]
        if in_sentence and span_para != para:
            return None  # an earlier paragraph about someone else: a change of topic
        index -= 1
    return None


def _next_words(text: str, end: int) -> str:
    """The text after a mention, past an adverb ("Healey also said" -> "said")."""
    rest = text[end : end + 40].lstrip(" ,")
    return re.sub(r"^(?:also|then|later|has|had|have|was|is|on \w+|\w+ly)\s+", "", rest)


# --- people ------------------------------------------------------------------------------


def _people(found: list[_Found]) -> list[Person]:
    people: dict[str, Person] = {}
    for f in found:
        person = people.setdefault(f.canonical, Person(name=f.canonical))
        if f.kind != "pronoun":
            if f.role and f.role.lower() not in {r.lower() for r in person.roles}:
                person.roles.append(f.role)
            if f.surface != f.canonical and f.surface not in person.aliases:
                person.aliases.append(f.surface)
        person.country = person.country or f.country
    for person in people.values():
        person.roles.sort(key=lambda r: not r[:1].isupper())
    return list(people.values())

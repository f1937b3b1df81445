"""Money commitments: every amount pledged, given, lent or spent.

Amounts come from ``money_amounts``; this module decides, from the words of the sentence
around each amount, whether it is a commitment and fills who gives, who receives, what kind
and at what stage. Rules (cue words in ``money_table``):

- Not a commitment: a non-commitment word (damage, cost, debt, frozen, appeal, GDP ...) in
  the few words the amount qualifies ("$486 billion in damage", "a $1.2 billion appeal") or
  in the words before it after the last commitment cue ("the debt stands at $36 trillion");
  a sentence with no commitment cue at all; an amount without a scale word below 1,000
  (a price). A commitment noun right after the amount ("£2.26 billion loan") overrides the
  words before it, but not a request ("UN seeks $250 million in aid"); a sale is no
  commitment.
- Running total (``is_total``): "since", "so far", "to date", "in total", "had already
  pledged", "in earlier support" after the amount; "bringing ... to", "stands at", "total
  contribution", "since" before it; all in the amount's clause, or opening the sentence
  ("Since 2014, ..."); "increased ... to". Not "totalling" (a sum of new packages) nor "a
  total of".
- Donor, by precedence: an actor naming the aid right after the amount ("$5bn IMF
  programme"); a possessive before it ("the UK's £3 billion", not "the UK's share of");
  "from X", "through <a country's agency>", "under the <organisation>", "provided by X"; an
  actor naming the aid before it ("UK military aid to £2.5bn"); the subject nearest before the
  giving verb ("the G7 agreed to provide"), officials counting as their country ("Healey
  announced"); the verb's object ("committed Britain to"); the subject of a clause after it
  ("a deal that the UK signed"); "by X" after it. Looked for first in the words leading to the
  amount after an earlier one ("the IsDB, which offered $4.2bn, the World Bank, which pledged
  $2bn"). Objects of other verbs ("slams Israel"), datelines, invaders ("Russia's invasion"),
  "Russian assets", the giver of a part ("the UK's contribution to the $50bn loan") and the
  subject of wanting ("Kyiv faces ...") are never donors.
- Recipient: an actor after "to/for/into/help/support" ("for Ukraine"), not past a clause
  with its own subject ("..., as Germany arms Ukraine") nor a giver ("with Canada also
  contributing"); the object of a giving verb before money or "with" ("provide Ukraine
  with"), or the subject of "receive"/"use".
- Unsaid in the sentence: another mention of the same amount; else the article's only donor
  (only recipient) of its other amounts; else null, never a guess. ``donor_method`` and
  ``recipient_method`` say which (sentence, same_amount, article, none), so the dashboard can
  mark a party the sentence itself does not name. Money of several givers ("$115bn
  international package", "the EU and its member states") keeps a null donor, money for
  several receivers ("for Ukraine and its NATO allies", "the rest for 15 allies", "for
  developing countries") a null recipient; a party named with others still counts as the
  article's only one.
- aid_type, instrument, stage: the cue nearest to the amount (see ``_nearest_cue``): in its
  own words, not those of the other amounts of its sentence; "unspecified" when there is none
  or when different kinds are listed ("financial and military support"). An amount called a
  loan in one mention is a loan in all.
- Ranges ("$1-2 billion") keep the lower bound with qualifier at_least; a bracketed
  conversion ("€1.9 billion (£1.6 billion)") is dropped as the same commitment.
- Currency "$"/"dollars" with no country: the dollar of the donor (Canada, Australia, New
  Zealand ...), else of the government site that published it (by URL), else the US dollar;
  "Rs" and "kroner" likewise (Pakistani rupees on a .pk site).
- date: a day named in the amount's sentence (date_source "stated", from the events the dates
  extractor found), else the publication date ("published"); amount_usd at the ECB rate of
  that date (``fx``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from urllib.parse import urlsplit

from dashboard.extract.doc import Doc
from dashboard.extract.fx import to_usd
from dashboard.extract.money_amounts import Amount, find_amounts
from dashboard.extract.money_table import (
    AID_TYPES,
    AMBIGUOUS_CURRENCIES,
    COMMITMENT,
    GIVING_VERBS,
    INSTRUMENTS,
    MIN_BARE_AMOUNT,
    NAMED_FOR,
    NOT_A_DONOR,
    NOT_A_PARTY,
    NOT_COMMITMENT,
    NOT_GIVING_VERBS,
    OTHER_MARKERS,
    PART_OF,
    RECEIVING_VERBS,
    RECIPIENT_MARKERS,
    RECIPIENT_OBJECT_FOLLOWERS,
    RECIPIENT_OBJECT_VERBS,
    REQUESTS,
    SHARED,
    SHARED_RECIPIENTS,
    STAGES,
    STRONG_COMMITMENT,
    SUBJECT_LEADS,
    TOTAL_AFTER,
    TOTAL_BEFORE,
    TOTAL_TO,
)
from dashboard.extract.records import Commitment, Event, Mention, Span, make_id


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)


_NOT_COMMITMENT = _words(NOT_COMMITMENT)
_REQUEST = _words(REQUESTS)
_COMMITMENT = _words(COMMITMENT)
_STRONG = _words(STRONG_COMMITMENT)
_TOTAL_BEFORE = _words(TOTAL_BEFORE)
_TOTAL_AFTER = _words(TOTAL_AFTER)
_TOTAL_OPENING = re.compile(rf"\W*(?:{TOTAL_BEFORE})(?![\w-])", re.IGNORECASE)
_TOTAL_TO = re.compile(rf"(?<!\w)(?:{TOTAL_TO})\w*\b.*\bto\s+(?:\S+\s+){{0,2}}$", re.IGNORECASE)
_GIVING = _words(GIVING_VERBS)
_RECEIVING = re.compile(rf"\W*(?:\S+\s+){{0,4}}?(?:{RECEIVING_VERBS})\b", re.IGNORECASE)
_RECIPIENT_BEFORE = re.compile(
    rf"(?<![\w-])(?:{RECIPIENT_MARKERS})\s+(?:the\s+(?:people\s+of\s+)?)?$",
    re.IGNORECASE,
)
_OBJECT_OF_GIVING = re.compile(rf"(?<![\w-])(?:{RECIPIENT_OBJECT_VERBS})\s+$", re.IGNORECASE)
_MONEY_FOLLOWS = re.compile(rf"\s+(?:(?:{RECIPIENT_OBJECT_FOLLOWERS})\b|[$£€\d])", re.IGNORECASE)
_RECIPIENT_AFTER = re.compile(
    rf"(?<![\w-])(?:{RECIPIENT_MARKERS}|in|with)\s+(?:the\s+(?:people\s+of\s+)?)?$", re.IGNORECASE
)
_OTHER_BEFORE = re.compile(rf"(?<![\w-])(?:{OTHER_MARKERS})\s+(?:the\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"(?<![\w-])from\s+(?:the\s+)?$", re.IGNORECASE)
# "through the U.S. Agency ...": a country's channel is the country; "through the IMF" is not.
_THROUGH = re.compile(r"(?<![\w-])through\s+(?:the\s+)?$", re.IGNORECASE)
_GIVEN_BY = re.compile(rf"(?<![\w-])(?:{GIVING_VERBS})\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_GIVING_AFTER = re.compile(
    rf"\s+(?:(?!(?:and|or|but)\s)[a-z]+\s+)?(?:{GIVING_VERBS})\b", re.IGNORECASE
)
_UNDER = re.compile(r"(?<![\w-])under\s+(?:the\s+)?$", re.IGNORECASE)
_BY = re.compile(r"(?<![\w-])(?<!affected )(?<!led )by\s+(?:the\s+)?$", re.IGNORECASE)
# An actor right after a lowercase word (past any titles: "met President Zelensky") is an object.
_OBJECT = re.compile(
    rf"(?<![\w-])(?!(?:{SUBJECT_LEADS})\s)[a-z]+\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){{0,3}}$"
)
_PART_OF = _words(PART_OF)
_DIRECT_OBJECT = re.compile(r"\s+(?:the\s+)?")
# "the UK's contribution to the $50 billion loan": a giver of a part is no donor of the whole.
_PART_GIVER = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+)?(?:{PART_OF})(?:\s+of)?\s+(?:[\w-]+\s+){{0,4}}$", re.IGNORECASE
)
# Money of several unnamed givers ("a broader $115bn international package", "from the UK and
# partners") or receivers ("for Ukraine and its NATO allies"): that party stays null, not filled
# from elsewhere.
_SEVERAL = ""
_SHARED = _words(SHARED)
_AND_OTHERS = re.compile(
    rf"\s+and\s+(?:(?:its|their|other)\s+)?(?:[\w-]+\s+)?(?:{SHARED})\b", re.IGNORECASE
)
_AND_OTHER_RECIPIENTS = re.compile(
    rf"\s+and\s+(?:other\s|(?:its|their)\s+(?:[\w-]+\s+)?(?:{SHARED_RECIPIENTS})\b)",
    re.IGNORECASE,
)
# "for allies in the Indo-Pacific", "the rest for 15 NATO allies": receivers, not givers.
_TO_GROUP = re.compile(
    rf"(?<![\w-])(?:{RECIPIENT_MARKERS})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}"
    rf"(?:{SHARED_RECIPIENTS})\b",
    re.IGNORECASE,
)
_RECEIVERS_LEAD = re.compile(
    rf"(?<![\w-])(?:{RECIPIENT_MARKERS})\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}$", re.IGNORECASE
)
# "with Canada and Japan also contributing": givers named after the amount.
_GIVER_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:\s+(?:also|too|will|would|is|are|was|were|has|have|had))*"
    rf"\s+(?i:{GIVING_VERBS})\b"
)
# "Kyiv faces uncertainty over future American aid": the subject of wanting is no donor.
_NOT_GIVING = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{NOT_GIVING_VERBS})\b")
# "UK-administered fund": an actor glued into an adjective is no party.
_COMPOUND = re.compile(r"-[a-z]")
_CLAUSE_PUNCT = re.compile(r"[,;:]")
_NEW_SUBJECT = re.compile(r"(?<!such )\b(?:as|while|whereas|when|because)\s+(?:the\s+)?$")
# Where the words between two amounts of a sentence change hands (see ``_Context``).
_BREAK = re.compile(r"[,;:()]|\s(?:and|but|while|whereas)\s")
# Words between two amounts that make the later a part of the earlier.
_PART_MARKER = re.compile(r"\b(?:including|includes|include|of which|comprising|made up of)\b")
# "€1.5 billion under the MFA+ package, worth up to €18 billion", "the Ukraine Facility, our EUR
# 50 billion package": the later amount names the money before it again.
_RESTATED = re.compile(
    r"(?:,\s+(?:worth|valued at|our|its|their)|\bof (?:a|the) total (?:amount )?of|\bout of)\s+"
    r"(?:(?:up to|about|around|some|nearly|almost|more than|over)\s+)?$",
    re.IGNORECASE,
)
# "X comes on top of $Y": the words before describe other money.
_COORDINATION = re.compile(r",?\s+(?:and|or)\s+|,\s+")
# After an actor, the words that describe it rather than the money ("Russian missile strikes").
_DESCRIBED = re.compile(r"(?:['’]s)?\s*")
_FENCE = re.compile(r"\b(?:on top of|in addition to|besides|out of)\s", re.IGNORECASE)
_WAR_ON = re.compile(r"\b(?:war|aggression|invasion)\s+(?:on|in|against|of)\s+(?:the\s+)?$")
# How long before publication a day named next to an amount can be its date.
_STATED_WITHIN = dt.timedelta(days=31)
# How far around an amount its sentence is read.
_SENTENCE_REACH = 400
# How far after an amount an actor can still be its recipient ("... for Ukraine").
_AFTER_REACH = 110
_NOT_A_PARTY = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}(?:{NOT_A_PARTY})\b", re.IGNORECASE)
_NOT_A_DONOR = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}(?:{NOT_A_DONOR})\b", re.IGNORECASE)
_NOUN_OF_GIVING = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{STRONG_COMMITMENT})\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s\b")
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?::|\s[-–—])\s")
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\"“”]")
# One pattern per attribute, one named group per value: a single scan finds every cue.
# Scanned over whole sentences, so matched against the lowercased text without IGNORECASE
# (four times faster): one named group per value, a single scan finds every cue.
_CUE_TABLES = {
    name: re.compile(
        r"(?<![\w-])(?:"
        + "|".join(rf"(?P<{label}>{cue.lower()})" for label, cue in table.items())
        + r")(?![\w-])"
    )
    for name, table in (("aid_type", AID_TYPES), ("instrument", INSTRUMENTS), ("stage", STAGES))
}
_THANKS = re.compile(r"(?<![\w-])thank(?:s|ed|ing)?\s(?!to\s)")  # not "thanks to this plan"
_GIVING_LOWER = re.compile(rf"(?<![\w-])(?:{GIVING_VERBS.lower()})(?![\w-])")
# Words the amount qualifies (after it) and that lead to it (before it).
_WORDS_AFTER = 5
_WORDS_BEFORE = 6


@dataclass(slots=True)
class _Context:
    """An amount in its sentence: the sentence and the parts of it that belong to the amount.

    Between two amounts of one sentence, the words up to the first break (a comma, "and")
    qualify the earlier amount ("$4.2 billion from the IsDB and $2 billion from the World Bank")
    and those after the last break lead to the later one ("..., and about $8 billion for allies").
    """

    amount: Amount
    sentence: Span
    segment: Span  # from the end of the previous amount to the start of the next one
    lead: int  # where the words leading to this amount start (after the first break)
    own: Span  # from the last break before the amount to the last break before the next one
    whole: Span | None  # the own words of the amount this one is a part of ("of which $322m")
    opening: Span  # the sentence before its first amount: words that govern every amount
    restates: bool  # names the money before it again ("€1.5 billion ..., worth up to €18 billion")
    # The sentence after its last amount's clause ("$288 million ... and $80 million ..., will
    # provide food"), None for an amount whose part follows (those words are the part's).
    tail: Span | None = None
    # The own words of a later amount that names the total this one is part of ("€5 billion in
    # grants ... of the total amount of €50 billion under the Ukraine Facility"): what the money
    # is for, not its form (a payment out of a package is no package).
    total_of: Span | None = None
    total: bool = False  # a running total (``_is_total``), set once it is a commitment


def extract_commitments(doc: Doc, events: Sequence[Event] = ()) -> list[Commitment]:
    """Every money commitment in ``doc``, in text order. ``events`` (from ``extract_events``)
    date a commitment when its sentence names a day ("On 19 July, the EU agreed €500 million")."""
    text = doc.text
    contexts = [c for c in _contexts(doc) if _is_commitment(text, c)]
    for c in contexts:
        c.total = _is_total(text, c)
    actors, persons = _Mentions(doc.actors), _Mentions(doc.persons)
    found_parties = [_parties(doc, c, actors, persons) for c in contexts]
    parties = [p for p, _ in found_parties]
    methods = [_methods(p, "sentence") for p in parties]
    _fill_from_same_amount(contexts, parties)
    methods = [_update(m, p, "same_amount") for m, p in zip(methods, parties, strict=True)]
    _fill_from_article(parties, [named for _, named in found_parties])
    methods = [_update(m, p, "article") for m, p in zip(methods, parties, strict=True)]
    days = [e for e in events if e.granularity == "day" and e.date_start is not None]
    found = [
        _commitment(doc, c, actors, party, _stated_day(doc, c, days), method)
        for c, party, method in zip(contexts, parties, methods, strict=True)
    ]
    _loans_stay_loans(found)
    return found


def _loans_stay_loans(found: list[Commitment]) -> None:
    """An amount called a loan anywhere in the article is a loan in every mention ("IMF okays
    $15.6bn package" in the title is the "$15.6 billion loan programme" of the body)."""
    loans = {(c.amount, c.currency) for c in found if c.instrument == "loan"}
    for c in found:
        if (c.amount, c.currency) in loans:
            c.instrument = "loan"


def _stated_day(doc: Doc, c: _Context, days: list[Event]) -> dt.date | None:
    """The day named in the amount's sentence nearest to it ("on 19 July", "on Monday"), if it
    is at most a month before publication: older days date something else ("the original
    budget announced on 28 February 2020"), later ones are plans. Running totals keep the
    publication date ("since February 24" is where the total starts)."""
    published = doc.article.published
    inside = [
        e
        for e in days
        if c.sentence.start <= e.char_start
        and e.char_end <= c.sentence.end
        and (published is None or dt.timedelta(0) <= published - e.date_start <= _STATED_WITHIN)
    ]
    if not inside or c.total:
        return None
    amount = c.amount
    return min(
        inside, key=lambda e: max(e.char_start - amount.end, amount.start - e.char_end)
    ).date_start


def _contexts(doc: Doc) -> list[_Context]:
    text = doc.text
    amounts = find_amounts(text)
    contexts: list[_Context] = []
    first_in_sentence = 0
    for i, amount in enumerate(amounts):
        full = doc.sentence_of(amount.start)
        # A runaway sentence (a list, an unsplit page) is read only near the amount.
        sentence = Span(
            max(full.start, amount.start - _SENTENCE_REACH),
            min(full.end, amount.end + _SENTENCE_REACH),
        )
        prev_end = amounts[i - 1].end if i else 0
        next_start = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
        segment = Span(max(sentence.start, prev_end), min(sentence.end, next_start))
        if segment.start == sentence.start:
            first_in_sentence = amount.start
        breaks_before = [m.end() for m in _BREAK.finditer(text, segment.start, amount.start)]
        breaks_after = [m.start() for m in _BREAK.finditer(text, amount.end, segment.end)]
        earlier = segment.start > sentence.start
        later = segment.end < sentence.end
        own = Span(
            breaks_before[-1] if earlier and breaks_before else segment.start,
            breaks_after[-1] if later and breaks_after else segment.end,
        )
        lead = breaks_before[0] if earlier and breaks_before else segment.start
        part = earlier and bool(_PART_MARKER.search(text, segment.start, amount.start))
        whole = contexts[-1].own if part else None
        opening = Span(sentence.start, max(sentence.start, min(first_in_sentence, amount.start)))
        restates = earlier and bool(_RESTATED.search(text, segment.start, amount.start))
        contexts.append(_Context(amount, sentence, segment, lead, own, whole, opening, restates))
    # The amounts of one sentence share the start of its first amount (``opening.end``).
    for _, same_sentence in groupby(contexts, key=lambda c: c.opening.end):
        group = list(same_sentence)
        last = group[-1]
        clause_end = _CLAUSE_PUNCT.search(text, last.amount.end, last.sentence.end)
        tail = Span(clause_end.start(), last.sentence.end) if clause_end else None
        total = next((d for d in reversed(group) if d.restates), None)
        for c, following in zip(group, [*group[1:], None], strict=True):
            c.tail = None if following is not None and following.whole == c.own else tail
            if total is not None and c.amount.end <= total.amount.start:
                c.total_of = total.own
    return contexts


def _after_words(text: str, c: _Context) -> str:
    """The words the amount qualifies: up to the clause end or the first commitment noun."""
    tail = text[c.amount.end : c.segment.end]
    stop = _CLAUSE_END.search(tail)
    tail = tail[: stop.start()] if stop else tail
    strong = _STRONG.search(tail)
    tail = tail[: strong.start()] if strong else tail
    return " ".join(tail.split()[:_WORDS_AFTER])


def _before_words(text: str, c: _Context) -> str:
    """The words leading to the amount, after the last commitment cue before it."""
    head = text[c.segment.start : c.amount.start]
    cues = list(_STRONG.finditer(head)) + list(_GIVING.finditer(head))
    if cues:
        head = head[max(m.end() for m in cues) :]
    return " ".join(head.split()[-_WORDS_BEFORE:])


def _is_commitment(text: str, c: _Context) -> bool:
    if not c.amount.scaled and c.amount.value < MIN_BARE_AMOUNT:
        return False
    if _REQUEST.search(_before_words(text, c)):
        return False
    if _NOT_COMMITMENT.search(_after_words(text, c)):
        return False
    right_after = " ".join(text[c.amount.end : c.segment.end].split()[:3])
    if _STRONG.search(right_after):
        return True
    if _NOT_COMMITMENT.search(_before_words(text, c)):
        return False
    return bool(_COMMITMENT.search(text, c.sentence.start, c.sentence.end))


def _is_total(text: str, c: _Context) -> bool:
    """A running total. Cues count in the amount's clause ("the first leader to visit since the
    invasion, announcing £300 million" is new money) or first in its sentence ("Since 2014,")."""
    start, end = _clause(text, c)
    return bool(
        _TOTAL_BEFORE.search(text, start, c.amount.start)
        or (c.opening.end == c.amount.start and _TOTAL_OPENING.match(text, c.sentence.start))
        or _TOTAL_TO.search(text[c.segment.start : c.amount.start])
        or _TOTAL_AFTER.search(text, c.amount.end, end)
    )


@lru_cache(maxsize=256)
def _cues(text: str, start: int, end: int, name: str) -> tuple[tuple[int, int, str], ...]:
    """Every cue of attribute ``name`` in one sentence (scanned once for all its amounts)."""
    found = _CUE_TABLES[name].finditer(_lowered(text), start, end)
    return tuple((m.start(), m.end(), m.lastgroup) for m in found)


@lru_cache(maxsize=8)
def _lowered(text: str) -> str:
    """``text`` in lower case, offsets unchanged (a letter whose lower case is longer stays)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _nearest_cue(text: str, c: _Context, name: str, skip: frozenset[int] = frozenset()) -> str:
    """The value whose cue is nearest the amount, never in words "X comes on top of" (other
    money) nor in words describing an attacker ("Russian missile strikes": ``skip``).

    The stage (a verb often shared by several amounts: "€450 million is earmarked ... and €50
    million for fuel") is looked for in the segment, else in the sentence. What the money is
    and its form only in the amount's own words, then in the whole it is a part of ("$713
    million in military financing, of which $322 million"), in the money a total or a
    restatement names again, before the sentence's first amount, after its last amount's
    clause. Cues of different values listed together ("financial and military support") give
    "unspecified".
    """
    cues = [
        cue for cue in _cues(text, c.sentence.start, c.sentence.end, name) if cue[0] not in skip
    ]
    fences = [m.end() for m in _FENCE.finditer(text, c.sentence.start, c.amount.start)]
    fence = fences[-1] if fences else c.sentence.start
    if name == "stage":
        spans = [Span(max(c.segment.start, fence), c.segment.end), Span(fence, c.sentence.end)]
    else:
        spans = [Span(max(c.own.start, fence), c.own.end)]
        spans += [c.whole] if c.whole is not None else []
        spans += [c.total_of] if c.total_of is not None and name == "aid_type" else []
        restated = Span(fence, c.own.start) if c.restates or c.total else None
        spans += [restated] if restated is not None else []
        spans.append(Span(max(c.opening.start, fence), c.opening.end))
        spans += [c.tail] if c.tail is not None else []
    for span in spans:
        inside = [cue for cue in cues if span.start <= cue[0] and cue[1] <= span.end]
        if inside:
            nearest = min(
                inside, key=lambda cue: max(cue[0] - c.amount.end, c.amount.start - cue[1])
            )
            if name == "stage":
                return nearest[2]
            # A total of a loan and a grant is neither.
            mixed = {label for _, _, label in inside} if span is restated else set()
            if len(mixed | _coordinated(text, inside, nearest)) > 1:
                return "unspecified"
            return nearest[2]
    return "unspecified"


def _coordinated(
    text: str, cues: list[tuple[int, int, str]], cue: tuple[int, int, str]
) -> set[str]:
    """The values of the cues listed with ``cue`` ("military, economic and humanitarian")."""
    chain = sorted(cues)
    i = chain.index(cue)
    first, last = i, i
    while first and _COORDINATION.fullmatch(text, chain[first - 1][1], chain[first][0]):
        first -= 1
    while last + 1 < len(chain) and _COORDINATION.fullmatch(
        text, chain[last][1], chain[last + 1][0]
    ):
        last += 1
    return {label for _, _, label in chain[first : last + 1]}


def _role_free(text: str, sentence: Span, m: Mention) -> bool:
    """An actor that can be a party: not "Russian assets", not a dateline ("KYIV: ...")."""
    if _NOT_A_PARTY.match(text, m.char_end, sentence.end) or _COMPOUND.match(text, m.char_end):
        return False
    return not (m.char_start == sentence.start and _DATELINE.match(text, m.char_start))


class _Mentions:
    """Mentions sorted by position, looked up by range in logarithmic time."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.char_start)
        self.starts = [m.char_start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[first:last] if m.char_end <= end]


_Pair = tuple[str | None, str | None]


def _parties(
    doc: Doc, c: _Context, actor_index: _Mentions, person_index: _Mentions
) -> tuple[_Pair, _Pair]:
    """Donor and recipient codes of one amount (see the module docstring for the rules), and the
    parties the sentence names even when they share the money with others ("the EU and its member
    states"): the article's only donor or recipient is looked for among those."""
    text, sent, amount = doc.text, c.sentence, c.amount
    actors = [m for m in actor_index.within(sent.start, sent.end) if _role_free(text, sent, m)]
    reach = min(c.segment.end, amount.end + _AFTER_REACH)
    # Not past a clause with its own subject ("a €100 billion fund for the army, as Germany
    # steps up deliveries to Ukraine").
    subject = next(
        (
            m
            for m in actor_index.within(amount.end, reach)
            if _NEW_SUBJECT.search(text, max(amount.end, m.char_start - 20), m.char_start)
        ),
        None,
    )
    reach = subject.char_start if subject is not None else reach
    before = [m for m in actors if m.char_end <= amount.start]
    after = [m for m in actors if m.char_start >= amount.end and m.char_end <= reach]

    def preceded(m: Mention, pattern: re.Pattern[str]) -> bool:
        floor = amount.end if m.char_start >= amount.end else sent.start
        return bool(pattern.search(text, max(floor, m.char_start - 40), m.char_start))

    other = [m for m in actors if preceded(m, _OTHER_BEFORE)]
    before_recipients = [
        m
        for m in before
        if m not in other
        and (
            preceded(m, _RECIPIENT_BEFORE)
            or (preceded(m, _OBJECT_OF_GIVING) and _MONEY_FOLLOWS.match(text, m.char_end))
        )
    ]
    before_recipients += [m for m in before if _RECEIVING.match(text, m.char_end, amount.start)]
    after_recipients = [
        m
        for m in after
        if m not in other
        and preceded(m, _RECIPIENT_AFTER)
        and not _GIVER_AFTER.match(text, m.char_end)
    ]
    # Its own words first; then a recipient the sentence names for an earlier amount ("UN seeks
    # $160m for Pakistan; US pledges $30m"), unless its own words name several ("for allies").
    own_recipients = [m for m in before_recipients if m.char_start >= c.own.start]
    several_after = _TO_GROUP.search(text, amount.end, sent.end)
    recipient = (
        after_recipients or own_recipients[-1:] or ([] if several_after else before_recipients[-1:])
    )
    recipient = recipient[0] if recipient else None

    taken = before_recipients + after_recipients
    not_donors = [
        m
        for m in before
        if _NOT_A_DONOR.match(text, m.char_end, sent.end)
        or _NOT_GIVING.match(text, m.char_end)
        or _PART_GIVER.match(text, m.char_end, amount.start)
    ]
    officials = [m for m in _officials(doc, c, person_index) if not preceded(m, _OTHER_BEFORE)]
    givers = sorted(before + officials, key=lambda m: m.char_start)
    free = [m for m in givers if m not in taken and m not in other and m not in not_donors]
    thanks = _THANKS.search(_lowered(text), sent.start, amount.start)
    if thanks:
        # "Zelensky thanked Joe Biden for the $60 billion": the thanked gave, the thanker got.
        thanked = [m for m in free if m.char_start >= thanks.end()]
        thankers = [m for m in givers if m.char_end <= thanks.start()]
        donor = thanked[0] if thanked else None
        recipient = recipient or (thankers[-1] if thankers else None)
    else:
        # First among the words leading to this amount, then in the whole sentence ("the IsDB,
        # which offered $4.2 billion, the World Bank, which pledged $2 billion").
        donor = None
        lead_before = [m for m in before if m.char_start >= c.lead]
        if c.lead > sent.start and lead_before:
            lead_free = [m for m in free if m.char_start >= c.lead]
            donor = _donor(text, c, lead_before, lead_free, after, taken, preceded, c.lead)
        if donor is None:
            donor = _donor(text, c, before, free, after, taken, preceded, sent.start)
    if donor is not None and recipient is None:
        # "Ukraine's $5bn IMF programme": the owner of a programme someone else funds.
        recipient = _possessor(text, free, amount)
    donor_code = donor.entity if donor else None
    recipient_code = recipient.entity if recipient else _beneficiary(text, actor_index, sent)
    if (
        _givers_named(_after_words(text, c))
        or (donor is not None and _AND_OTHERS.match(text, donor.char_end))
        or ((donor is None or donor in officials) and _givers_named(text, *_clause(text, c)))
    ):
        donor_code = _SEVERAL
    named_recipient = recipient_code
    if (recipient is not None and _AND_OTHER_RECIPIENTS.match(text, recipient.char_end)) or (
        recipient_code is None and several_after
    ):
        recipient_code = _SEVERAL
    if recipient_code == donor_code and recipient_code:
        recipient_code = named_recipient = None
    named_donor = donor.entity if donor is not None else None
    named = (named_donor, named_recipient if named_recipient != named_donor else None)
    return (donor_code, recipient_code), named


def _givers_named(text: str, start: int = 0, end: int | None = None) -> bool:
    """Givers in the plural ("from the UK and partners"), not receivers ("for NATO allies")."""
    end = len(text) if end is None else end
    return any(
        not _RECEIVERS_LEAD.search(text, max(start, m.start() - 40), m.start())
        for m in _SHARED.finditer(text, start, end)
    )


def _beneficiary(text: str, actor_index: _Mentions, sent: Span) -> str | None:
    """A recipient the sentence names only through what the money answers: "those affected by
    Russia's war on Ukraine", "under the Ukraine Facility"."""
    for m in actor_index.within(sent.start, sent.end):
        if m.surface in NAMED_FOR:
            return NAMED_FOR[m.surface]
        if _WAR_ON.search(text, max(sent.start, m.char_start - 40), m.char_start):
            return m.entity
    return None


def _officials(doc: Doc, c: _Context, person_index: _Mentions) -> list[Mention]:
    """Officials named before the amount, as mentions of their country ("Healey announced").
    Only by name: a role ("the President") resolved to a person is a guess, not a donor."""
    countries = {p.name: p.country for p in doc.people if p.country}
    roles = {r.lower() for p in doc.people for r in p.roles}
    return [
        Mention(m.article_id, m.char_start, m.char_end, m.surface, countries[m.entity], "country")
        for m in person_index.within(c.sentence.start, c.amount.start)
        if m.entity in countries and not _is_role(m.surface, roles)
    ]


def _is_role(surface: str, roles: set[str]) -> bool:
    words = surface.lower().split()
    return words[0] == "the" or " ".join(words) in roles


def _clause(text: str, c: _Context) -> tuple[int, int]:
    """The clause of the amount: between the punctuation marks (or amounts) around it."""
    starts = [m.end() for m in _CLAUSE_PUNCT.finditer(text, c.segment.start, c.amount.start)]
    end = _CLAUSE_PUNCT.search(text, c.amount.end, c.segment.end)
    return (starts[-1] if starts else c.segment.start), (end.start() if end else c.segment.end)


def _donor(text, c: _Context, before, free, after, taken, preceded, start) -> Mention | None:
    """The giver, by precedence: "$5bn IMF programme", "the UK's £3bn", "from/through X",
    "under the <organisation>", "provided by X", the subject of the giving verb (from
    ``start``), its object ("committed Britain to"), the subject of a clause after it ("a deal
    that the UK signed"), "by X" after the amount."""
    amount = c.amount
    for m in after:
        gap = text[amount.end : m.char_start]
        if m not in taken and len(gap.split()) <= 2 and _STRONG.match(text, m.char_end + 1):
            return m
    owner = _possessor(text, free, amount)
    if owner is not None:
        return owner
    for m in free + after:
        if (
            preceded(m, _FROM)
            or (m.entity_type == "country" and preceded(m, _THROUGH))
            or (m.entity_type == "org" and preceded(m, _UNDER))
        ):
            return m
    given_by = [m for m in before if preceded(m, _GIVEN_BY)]
    if given_by:
        return given_by[-1]
    # "UK military aid to £2.5bn", "US military aid committed ... $65 billion".
    for m in reversed(free):
        if _NOUN_OF_GIVING.match(text, m.char_end) and not _CLAUSE_PUNCT.search(
            text, m.char_end, amount.start
        ):
            return m
    subjects = [
        m for m in free if not preceded(m, _OBJECT) or _GIVING_AFTER.match(text, m.char_end)
    ]
    verbs = list(_GIVING_LOWER.finditer(_lowered(text), start, amount.start))
    if verbs:
        verb = verbs[-1]
        before_verb = [m for m in subjects if m.char_end <= verb.start()]
        if before_verb:
            return before_verb[-1]
        # Right after the verb: "committed Britain to", not "a loan ... through the IMF".
        objects = [m for m in free if _DIRECT_OBJECT.fullmatch(text, verb.end(), m.char_start)]
        if objects:
            return objects[0]
    elif subjects:
        return subjects[-1]
    clause_end = _clause(text, c)[1]
    for m in after:
        if m not in taken and m.char_end <= clause_end and _GIVING_AFTER.match(text, m.char_end):
            return m
    # Passive voice: "£600 million has been invested by the UK".
    return next((m for m in after if m not in taken and preceded(m, _BY)), None)


def _possessor(text: str, free: list[Mention], amount: Amount) -> Mention | None:
    """The actor of "the UK's £3 billion" / "the UK's total investment ... £15 million"."""
    for m in reversed(free):
        gap = text[m.char_end : amount.start]
        if (
            _POSSESSIVE.match(gap)
            and len(gap.split()) <= 8
            and not _PART_OF.search(gap)
            and not _CLAUSE_PUNCT.search(gap)
        ):
            return m
    return None


def _fill_from_same_amount(
    contexts: list[_Context], parties: list[tuple[str | None, str | None]]
) -> None:
    """A party the sentence leaves unsaid, from another mention of the same amount."""
    known: dict[tuple[float, str], list[str | None]] = {}
    for c, (donor, recipient) in zip(contexts, parties, strict=True):
        slot = known.setdefault((c.amount.value, c.amount.currency), [None, None])
        slot[0] = slot[0] or donor
        slot[1] = slot[1] or recipient
    for i, c in enumerate(contexts):
        donor, recipient = parties[i]
        same = known[(c.amount.value, c.amount.currency)]
        if donor is None:
            donor = same[0] if same[0] != recipient or not same[0] else None
        if recipient is None:
            recipient = same[1] if same[1] != donor or not same[1] else None
        parties[i] = (donor, recipient)


def _methods(party: tuple[str | None, str | None], method: str) -> tuple[str, str]:
    return tuple(method if p else "none" for p in party)


def _update(
    methods: tuple[str, str], party: tuple[str | None, str | None], method: str
) -> tuple[str, str]:
    """The method of each party, ``method`` for one filled in since ``methods`` was taken."""
    return tuple(m if m != "none" or not p else method for m, p in zip(methods, party, strict=True))


def _fill_from_article(parties: list[_Pair], named: list[_Pair]) -> None:
    """A party still unsaid, from the article when it names only one: the one donor (and the one
    recipient) of its other amounts, counting those named with others ("for Ukraine and its
    allies")."""
    donors = {d for d, _ in parties + named if d}
    recipients = {r for _, r in parties + named if r}
    donor = next(iter(donors)) if len(donors) == 1 else None
    recipient = next(iter(recipients)) if len(recipients) == 1 else None
    for i, (d, r) in enumerate(parties):
        if d is None:
            d = donor if donor != r else None
        if r is None:
            r = recipient if recipient != d else None
        parties[i] = (d, r)


def _currency(doc: Doc, amount: Amount, donor: str | None) -> str:
    """ISO code of the amount: "$", "Rs", "kroner" resolved by donor, then publisher domain."""
    if amount.currency not in AMBIGUOUS_CURRENCIES:
        return amount.currency
    default, by_actor, by_domain = AMBIGUOUS_CURRENCIES[amount.currency]
    if donor in by_actor:
        return by_actor[donor]
    host = urlsplit(doc.article.url or "").hostname or ""
    for domain, currency in by_domain.items():
        if host == domain or host.endswith("." + domain):
            return currency
    return default


def _commitment(
    doc: Doc,
    c: _Context,
    actor_index: _Mentions,
    parties: _Pair,
    stated: dt.date | None,
    methods: tuple[str, str],
) -> Commitment:
    text, amount = doc.text, c.amount
    donor, recipient = (party or None for party in parties)
    # Cues right after an attacker that is no party describe it ("Russian missile strikes").
    skip = frozenset(
        _DESCRIBED.match(text, m.char_end).end()
        for m in actor_index.within(c.sentence.start, c.sentence.end)
        if m.entity not in parties and _NOT_A_DONOR.match(text, m.char_end, c.sentence.end)
    )
    currency = _currency(doc, amount, donor)
    date = stated or doc.article.published
    usd = to_usd(amount.value, currency, date)
    return Commitment(
        commitment_id=make_id(doc.article.article_id, "commitment", amount.start, amount.end),
        article_id=doc.article.article_id,
        char_start=amount.start,
        char_end=amount.end,
        amount_text=text[amount.start : amount.end],
        amount=amount.value,
        currency=currency,
        amount_usd=usd.amount_usd if usd else None,
        donor=donor,
        recipient=recipient,
        aid_type=_nearest_cue(text, c, "aid_type", skip),
        instrument=_nearest_cue(text, c, "instrument", skip),
        date=date,
        date_source="stated" if stated else "published",
        stage=_nearest_cue(text, c, "stage"),
        qualifier=amount.qualifier,
        is_total=c.total,
        fx_rate=usd.fx_rate if usd else None,
        fx_date=usd.fx_date if usd else None,
        sentence=text[c.sentence.start : c.sentence.end],
        donor_method=methods[0] if donor else "none",
        recipient_method=methods[1] if recipient else "none",
    )

"""Quotations and their speakers, by rules over quote marks and reporting verbs (no model).

Which quoted spans are quotations (``quote_marks`` pairs the marks):
- kept: every span of body text, ``direct`` when it opens a paragraph or follows ":", ","
  or "." and starts with a capital, else ``partial`` (a phrase inside reported speech:
  stated that Ukraine should enter talks "from a position of strength").
- dropped, as titles and scare quotes: quotes in the article title unless the title has a
  reporting verb ('training' in a headline); a paragraph that is only a short quoted phrase
  (a sub-heading); a phrase whose words are all capitalised (an event or a document name);
  a partial quote of at most three words with no speaker (a term, not someone's words).

Who said it, tried in order (``speaker_method`` records which, the speaker is always the
canonical full name from ``people``):
1. the attribution next to the quote: a reporting verb ("said", "told", "added" ...) in the
   same sentence after the quote (“...,” Healey said / “...,” said Josep Borrell) or before it
   (Healey said: “...”); its subject is the nearest person mention before the verb, else the
   first after it. Method "named", "pronoun" (He told The Times: the pronoun as resolved by
   ``people``) or "role" (the Prime Minister stated: the office holder). A verb with no person
   (the statement reads, the EU Commission explains) gives no speaker (method "none").
2. the quote before it in the same paragraph (closed and reopened around the attribution:
   “...,” she added. “...” - both hers, same method).
3. "carried": a paragraph that continues a quotation, or opens with a quotation and no
   attribution right after a paragraph with a quotation, keeps the last speaker.
4. the last sentence of the paragraph before: when it ends with a colon it is the
   attribution (Defence Secretary MP said:); when it reports someone's words (Babayev said
   the deal was historic.) its speaker is carried to the quotation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from dashboard.extract.doc import Doc
from dashboard.extract.people import mention_kind
from dashboard.extract.quote_marks import CUE, QuotedSpan, find_quoted_spans, paragraphs
from dashboard.extract.records import Mention, Quote, make_id

_VENUE = re.compile(
    r"\btold\s+((?:the\s+|The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*)*)"
    r"|\binterview\s+with\s+((?:the\s+|The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)"
    r"|\b(?:on|post\s+on|posted\s+on|wrote\s+on)\s+(X|Twitter|Facebook|Telegram|Instagram)\b"
    r"|\b(tweet(?:ed)?)\b"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b|['’](?=\s)")
# Between an inverted verb and its speaker: titles only ("said EU High Representative ").
_INVERTED_GAP = re.compile(r"[\s,:]*(?:(?:the|to|by|of|for)\s+|[A-Z][\w.’'-]*\s+)*")
_SMALL_WORDS = {"of", "the", "and", "in", "for", "to", "a", "an", "on", "at", "by", "with"}
_EDGE_CHARS = " \"'“”‘’«»"
_EDGE = re.compile(f"[{_EDGE_CHARS}]*")
_NEW_SENTENCE = re.compile(r"\s*[A-Z“\"‘]")
_AFTER_STOP = re.compile(r"[“\"‘]|(?<=[.!?])\s+(?=[A-Z“\"‘])")


@dataclass(slots=True)
class _Attribution:
    """The speaker of a quote and how it was found."""

    speaker: str | None = None
    method: str = "none"
    cue: str | None = None
    venue: str | None = None


class _PersonIndex:
    """The person mentions of a document, found by range in logarithmic time."""

    def __init__(self, mentions: list[Mention]) -> None:
        self._mentions = sorted(mentions, key=lambda m: m.char_start)
        self._starts = [m.char_start for m in self._mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self._mentions[lo:hi] if m.char_end <= end]


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every quotation in ``doc``, with its speaker where the text says who."""
    text = doc.text
    paras = paragraphs(text)
    spans = find_quoted_spans(text)
    kept = [s for s in spans if _is_quotation(doc, s, paras)]
    next_marks = _next_marks(spans)
    people = {p.name: p for p in doc.people}
    persons = _PersonIndex(doc.persons)
    found: list[tuple[QuotedSpan, str, _Attribution]] = []
    for i, span in enumerate(kept):
        kind = _kind(text, span, paras)
        previous = (kept[i - 1], found[i - 1][2]) if i else None
        stop = next_marks.get(span.start, len(text))
        found.append((span, kind, _speaker(doc, persons, span, kind, previous, paras, stop)))
    _carry_back(found)
    # One string per sentence, shared by its quotes: many quotes in one long run-on sentence
    # must not copy it once each.
    sentences: dict[int, str] = {}
    quotes: list[Quote] = []
    for span, kind, who in found:
        if kind == "partial" and who.speaker is None and len(_words(text, span)) <= 3:
            continue  # a scare quote or a term: nobody's words
        person = people.get(who.speaker or "")
        where = doc.sentence_of(span.start)
        sentence = sentences.setdefault(where.start, text[where.start : where.end])
        quotes.append(
            Quote(
                quote_id=make_id(doc.article.article_id, "quote", span.start, span.end),
                article_id=doc.article.article_id,
                char_start=span.start,
                char_end=span.end,
                text=text[span.start : span.end],
                speaker=who.speaker,
                speaker_method=who.method,
                speaker_role=person.roles[0] if person and person.roles else None,
                speaker_country=person.country if person else None,
                cue=who.cue,
                venue=who.venue,
                kind=kind,
                date=doc.article.published,
                sentence=sentence,
            )
        )
    return quotes


def _carry_back(found: list[tuple[QuotedSpan, str, _Attribution]]) -> None:
    """A quotation left open whose next paragraph closes it with an attribution is theirs too.

    (“Europe is ... [paragraph] We aim to start payments in March,” she tweeted.)
    """
    for i in range(len(found) - 2, -1, -1):
        span, kind, who = found[i]
        nxt_span, _, nxt = found[i + 1]
        if (
            who.speaker is None
            and not span.closed
            and nxt.speaker
            and nxt_span.paragraph == span.paragraph + 1
            and (nxt_span.open_mark is None or nxt_span.continues)
        ):
            found[i] = (span, kind, _carried(nxt))


def _next_marks(spans: list[QuotedSpan]) -> dict[int, int]:
    """Where the quoted span after each one begins (its opening mark), by span start: the
    attribution after a quote never reaches into the next, so each stretch of text between
    two quotes is read once (linear time however many marks a paragraph holds)."""
    return {
        span.start: nxt.open_mark if nxt.open_mark is not None else nxt.start
        for span, nxt in zip(spans, spans[1:], strict=False)
    }


def _char_before(text: str, start: int, offset: int) -> str:
    """The last non-space character of ``text[start:offset]`` ("" when there is none)."""
    while offset > start and text[offset - 1].isspace():
        offset -= 1
    return text[offset - 1] if offset > start else ""


def _words(text: str, span: QuotedSpan) -> list[str]:
    return re.findall(r"[\w'’-]+", text[span.start : span.end])


# --- which spans are quotations ----------------------------------------------------------


def _is_quotation(doc: Doc, span: QuotedSpan, paras: list[tuple[int, int]]) -> bool:
    text = doc.text
    words = _words(text, span)
    if not words:
        return False
    if doc.article.title and span.paragraph == 0:
        outside = text[paras[0][0] : span.start] + text[span.end : paras[0][1]]
        return CUE.search(outside) is not None
    start, end = paras[span.paragraph]
    sentence_end = re.search(r"[.!?]$", text[span.start : span.end].rstrip("\"'”’,"))
    if len(words) <= 6 and not sentence_end and _is_whole_paragraph(text, span, start, end):
        return False  # a sub-heading
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) >= 2 and all(w[:1].isupper() for w in content) and not sentence_end:
        return _cued(text, span)
    return True


def _is_whole_paragraph(text: str, span: QuotedSpan, start: int, end: int) -> bool:
    """The span is its paragraph but for the marks and spaces around it."""
    return (
        text[span.start] not in _EDGE_CHARS
        and text[span.end - 1] not in _EDGE_CHARS
        and _EDGE.fullmatch(text, start, span.start) is not None
        and _EDGE.fullmatch(text, span.end, end) is not None
    )


def _cued(text: str, span: QuotedSpan) -> bool:
    """An all-capitalised phrase is a name ("Responding to Urgent Needs") unless a verb cues it."""
    before = text[max(0, span.start - 40) : span.start]
    return bool(CUE.search(before))


def _kind(text: str, span: QuotedSpan, paras: list[tuple[int, int]]) -> str:
    first = text[span.start]
    if not (first.isupper() or first.isdigit() or first in "[("):
        return "partial"
    if span.open_mark is None:
        return "direct"
    before = _char_before(text, paras[span.paragraph][0], span.open_mark)
    if not before or before in ":,.;—–-" or span.continues:
        return "direct"
    return "partial"


# --- who said it -------------------------------------------------------------------------


def _speaker(
    doc: Doc,
    persons: _PersonIndex,
    span: QuotedSpan,
    kind: str,
    previous: tuple[QuotedSpan, _Attribution] | None,
    paras: list[tuple[int, int]],
    next_mark: int,
) -> _Attribution:
    text = doc.text
    para_start, para_end = paras[span.paragraph]
    same_para = previous and previous[0].paragraph == span.paragraph
    after = _after_window(doc, span, para_end, next_mark)
    before = _before_window(doc, span, para_start, previous[0] if same_para else None)
    windows = [before, after] if kind == "partial" else [after, before]
    if span.continues and previous:
        # A later paragraph of the same quotation: its own closing attribution, else carried.
        who = _attribution(doc, persons, *after)
        return who if who.speaker else _carried(previous[1])
    for window in windows:
        who = _attribution(doc, persons, *window)
        if who.cue:
            return who
    opens_paragraph = span.open_mark is not None and not _char_before(
        text, para_start, span.open_mark
    )
    if same_para and previous[1].cue:
        return previous[1]
    if opens_paragraph and previous and previous[0].paragraph == span.paragraph - 1:
        return _carried(previous[1])
    if opens_paragraph and span.paragraph > 0:
        # The paragraph before introduces it: "X said:", or reports X's words ("X said the
        # deal was historic." then a paragraph of quotation): X, carried.
        prev_start, prev_end = paras[span.paragraph - 1]
        sentence = doc.sentence_of(prev_end - 1)
        who = _attribution(doc, persons, max(sentence.start, prev_start), prev_end)
        if text[prev_start:prev_end].rstrip().endswith(":"):
            return who
        if who.speaker:
            return _carried(who)
    return _Attribution()


def _carried(who: _Attribution) -> _Attribution:
    if who.speaker is None:
        return _Attribution(cue=who.cue, venue=who.venue)
    return _Attribution(who.speaker, "carried", who.cue, who.venue)


def _after_window(doc: Doc, span: QuotedSpan, para_end: int, next_mark: int) -> tuple[int, int]:
    """From the closing mark to the end of the sentence or the next quote mark (never past the
    next quoted span's opening mark)."""
    text = doc.text
    if span.close_mark is None:
        return span.end, span.end
    start = span.close_mark + 1
    if text[span.end - 1] in ".!?" and _NEW_SENTENCE.match(text, start, para_end):
        return start, start  # the quotation closed its sentence: what follows is a new one
    stop = min(para_end, next_mark)
    nxt = _AFTER_STOP.search(text, start, min(para_end, next_mark + 1))
    if nxt:
        stop = min(stop, nxt.start())
    sentence = doc.sentence_of(start)
    if sentence.start <= start < sentence.end:
        stop = min(stop, max(sentence.end, start))
    return start, stop


def _before_window(
    doc: Doc, span: QuotedSpan, para_start: int, previous: QuotedSpan | None
) -> tuple[int, int]:
    """From the sentence start (or the previous quote's end) to the opening mark."""
    if span.open_mark is None:
        return span.start, span.start
    start = max(doc.sentence_of(span.open_mark).start, para_start)
    if previous is not None:
        start = max(start, (previous.close_mark or previous.end) + 1)
    return min(start, span.open_mark), span.open_mark


def _attribution(doc: Doc, persons: _PersonIndex, start: int, end: int) -> _Attribution:
    """The reporting verb in ``text[start:end]`` and the person it is attributed to."""
    text = doc.text
    cues = list(CUE.finditer(text, start, end))
    if not cues:
        return _Attribution()
    mentions = persons.within(start, end)
    # The verb closest to a person: the last verb before a quote, the first after it.
    cue = cues[-1] if cues[-1].end() <= end and _is_before_quote(text, end) else cues[0]
    subject = _subject(text, mentions, cue)
    venue = _venue(text[start:end])
    if subject is None:
        return _Attribution(cue=cue.group(), venue=venue)
    method = mention_kind(subject)
    if any(m.entity == subject.entity and mention_kind(m) == "named" for m in mentions):
        method = "named"  # "Tony Radakin, Chief of the Defence Staff, said": named here
    return _Attribution(subject.entity, method, cue.group(), venue)


def _is_before_quote(text: str, end: int) -> bool:
    return end < len(text) and text[end] in "“\"‘'„«"


def _subject(text: str, mentions: list[Mention], cue: re.Match) -> Mention | None:
    """The person before the verb ("Healey said"), else right after it ("said Josep Borrell").

    A possessive is never the speaker ("Healey's spokesman said"), nor a person further into
    the clause after the verb ("critics said Healey's plan was ...").
    """
    people = [m for m in mentions if not _POSSESSIVE_AFTER.match(text, m.char_end)]
    before = [m for m in people if m.char_end <= cue.start()]
    if before:
        return before[-1]
    after = [m for m in people if m.char_start >= cue.end()]
    if after and _INVERTED_GAP.fullmatch(text, cue.end(), after[0].char_start):
        return after[0]
    return None


def _venue(window: str) -> str | None:
    m = _VENUE.search(window)
    if not m:
        return None
    if m.group(4):
        return "Twitter"
    venue = next(g for g in m.groups() if g)
    return re.sub(r"^the\s+", "", venue)

"""The analysed article every extractor reads: text, sentences and entity mentions, made once."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from dashboard.extract.actors import find_actor_mentions
from dashboard.extract.records import Mention, Person, Span
from dashboard.extract.sentences import split_sentences
from dashboard.ingest.model import Article


@dataclass(slots=True)
class Doc:
    article: Article
    sentences: list[Span]
    actors: list[Mention]
    persons: list[Mention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence that contains (or, between sentences, precedes) ``offset``."""
        if not self._starts:
            self._starts = [s.start for s in self.sentences]
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def sentence_of(self, offset: int) -> Span:
        if not self.sentences:
            return Span(0, len(self.text))
        return self.sentences[self.sentence_index(offset)]

    def sentence_text(self, offset: int) -> str:
        span = self.sentence_of(offset)
        return self.text[span.start : span.end]

    def actors_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.actors if start <= m.char_start and m.char_end <= end]

    def persons_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.persons if start <= m.char_start and m.char_end <= end]


def make_doc(article: Article) -> Doc:
    """Split sentences and find country and organisation mentions."""
    return Doc(
        article=article,
        sentences=split_sentences(article.text),
        actors=find_actor_mentions(article.text, article.article_id),
    )

"""Build a large benchmark corpus: real articles varied, plus synthetic articles from templates.

Half the articles are copies of the shared news corpus and the demo corpus, each made unique by
a numbered editor's line (so each has its own id and costs a real extraction); the other half
are generated from templates with random donors, amounts, dates, officials and quotes, so the
extractors see text they were not tuned on. Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = [REPO.parent / "shared" / "corpora" / "news", REPO / "data"]

DONORS = [
    ("Britain", "Defence Secretary", "John Healey", "£"),
    ("Germany", "Defence Minister", "Boris Pistorius", "€"),
    ("the United States", "Secretary of State", "Antony Blinken", "$"),
    ("Japan", "Foreign Minister", "Yoko Kamikawa", "$"),
    ("Canada", "Defence Minister", "Bill Blair", "C$"),
    ("Norway", "Prime Minister", "Jonas Gahr Store", "$"),
    ("the European Union", "Commission President", "Ursula von der Leyen", "€"),
]
KINDS = ["military", "humanitarian", "financial", "reconstruction"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TEMPLATE = """{country_cap} announces {sym}{amount} {scale} in {kind} support for Ukraine
published: {published}
outlet: Benchmark Wire

{country_cap} said on {weekday} it would provide {sym}{amount} {scale} in {kind} assistance to \
Ukraine, including a loan of {sym}{loan} million to be paid throughout {year}.
{role} {name} told reporters: "This support will reach the people who need it most. We will \
not waver."
The package follows talks in {month} {prev_year} and brings the total committed since 2022 to \
{sym}{total} billion, officials said.
"We are in this for as long as it takes," {surname} added, speaking after a meeting with \
Ukrainian ministers last week.
"""


def _synthetic(rng: random.Random, i: int) -> str:
    country, role, name, sym = rng.choice(DONORS)
    published = dt.date(2022, 3, 1) + dt.timedelta(days=rng.randrange(0, 1300))
    return TEMPLATE.format(
        country_cap=country[0].upper() + country[1:],
        sym=sym,
        amount=rng.randrange(5, 900),
        scale=rng.choice(["million", "billion"]) if i % 5 else "million",
        kind=rng.choice(KINDS),
        published=published.isoformat(),
        weekday=rng.choice(WEEKDAYS),
        loan=rng.randrange(10, 500),
        year=published.year + 1,
        role=role,
        name=name,
        surname=name.split()[-1],
        month=published.strftime("%B"),
        prev_year=published.year - 1,
        total=rng.randrange(2, 60),
    )


def real_articles() -> list[Path]:
    files = []
    for source in SOURCES:
        if source.is_dir():
            files += sorted(p for p in source.rglob("*") if p.suffix in (".txt", ".md"))
    return [p for p in files if p.name.upper() not in ("LICENSES.MD", "README.MD")]


def make_corpus(n: int, out: Path, seed: int = 7) -> Path:
    """Write ``n`` articles into ``out`` (half varied real articles, half synthetic)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    real = [p.read_text(encoding="utf-8") for p in real_articles()]
    for i in range(n):
        if real and i % 2 == 0:
            text = real[(i // 2) % len(real)].rstrip("\n")
            text += f"\nEditor's note: copy {i} of this report for the benchmark corpus.\n"
            suffix = ".txt"
        else:
            text, suffix = _synthetic(rng, i), ".txt"
        (out / f"bench-{i:06d}{suffix}").write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(make_corpus(count, Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/bench-corpus")))

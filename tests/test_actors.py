"""The actor gazetteer: countries and organisations resolved to codes."""

import pytest

from dashboard.extract.actors import actor_name, find_actor_mentions, resolve_actor


def codes(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entity) for m in find_actor_mentions(text)]


EXAMPLES = [
    pytest.param(
        "Britain and the UK's British allies met in Westminster.",
        [("Britain", "GBR"), ("UK", "GBR"), ("British", "GBR"), ("Westminster", "GBR")],
        id="uk-aliases-and-demonyms",
    ),
    pytest.param(
        "Kyiv (Kiev) thanked the Ukrainian people; the Kremlin and Moscow objected.",
        [
            ("Kyiv", "UKR"),
            ("Kiev", "UKR"),
            ("Ukrainian", "UKR"),
            ("Kremlin", "RUS"),
            ("Moscow", "RUS"),
        ],
        id="capitals-as-governments",
    ),
    pytest.param(
        "The DPRK sent troops; Gaza needs aid; the European Commission and Brussels agreed.",
        [("DPRK", "PRK"), ("Gaza", "PSE"), ("European Commission", "EU"), ("Brussels", "EU")],
        id="contract-aliases",
    ),
    pytest.param(
        "The G7, NATO, the IMF, the World Bank and the United Nations.",
        [
            ("G7", "G7"),
            ("NATO", "NATO"),
            ("IMF", "IMF"),
            ("World Bank", "WB"),
            ("United Nations", "UN"),
        ],
        id="organisations",
    ),
    pytest.param(
        "The U.S. and the United States of America, in the Russia-Ukraine war.",
        [
            ("U.S.", "USA"),
            ("United States of America", "USA"),
            ("Russia", "RUS"),
            ("Ukraine", "UKR"),
        ],
        id="longest-name-wins-and-hyphenated-pairs",
    ),
    pytest.param(
        "Let us trust the union; a german shepherd; Ukrainianness; EUROPE.",
        [],
        id="no-lowercase-or-partial-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_find_actor_mentions(text, expected):
    assert codes(text) == expected


def test_spans_point_at_surface():
    text = "Japan and Canada joined the EU."
    for m in find_actor_mentions(text, "a1"):
        assert text[m.char_start : m.char_end] == m.surface
        assert m.article_id == "a1"
        assert m.entity_type == ("org" if m.entity == "EU" else "country")


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("GBR", "United Kingdom"),
        ("DEU", "Germany"),
        ("EU", "European Union"),
        ("WB", "World Bank"),
        ("RUS", "Russia"),
        ("XYZ", "XYZ"),
    ],
)
def test_display_names_come_from_a_lookup(code, name):
    assert actor_name(code) == name


def test_resolve_unknown_is_none():
    assert resolve_actor("Atlantis") is None
    assert resolve_actor("Britain") == "GBR"

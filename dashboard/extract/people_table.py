"""Data for finding officials: title words, offices, known people and who held which office when.

Rules read these tables; nothing here is a rule. Words are matched case-sensitively unless a
comment says otherwise. Dates are the first and last day in office (``None``: still in office
at the time of writing, late 2025).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

# Forms of address before a name, with the gender they imply (None: says nothing).
HONORIFICS: dict[str, str | None] = {
    "Mr": "m",
    "Mr.": "m",
    "Sir": "m",
    "Lord": "m",
    "Baron": "m",
    "Mrs": "f",
    "Mrs.": "f",
    "Ms": "f",
    "Ms.": "f",
    "Miss": "f",
    "Dame": "f",
    "Lady": "f",
    "Baroness": "f",
    "Dr": None,
    "Dr.": None,
    "Prof.": None,
    "Professor": None,
    "Hon.": None,
    "Rt": None,
}

# The word that makes a title phrase a role ("Defence *Secretary*", "IMF *official*").
# Compared in lower case.
ROLE_HEADS = frozenset(
    """
    secretary minister president chancellor representative secretary-general director
    administrator coordinator commissioner governor ambassador spokesperson spokesman
    spokeswoman chief admiral general premier mayor senator chairman chairwoman chair envoy
    official officer leader king queen pope mp
    """.split()
)

# Capitalised words that may sit in a title phrase before a name without being part of it.
TITLE_WORDS = frozenset(
    """
    Acting Deputy Vice Prime First Second Under Assistant Associate Principal Senior Special
    Defence Defense Foreign Home Finance Economy Economic Health Trade Development Interior
    Justice Press Executive High Managing National Security Strategic Communications State
    Staff Council Armed Forces Affairs Minister Secretary President Chancellor Representative
    Secretary-General Director Administrator Coordinator Commissioner Governor Ambassador
    Spokesperson Spokesman Spokeswoman Chief Admiral General Premier Mayor Senator Chairman
    Chairwoman Chair Envoy Official Officer Leader King Queen Pope MP MEP Lieutenant Colonel
    Commander Marshal Air Navy Army Former Incoming Outgoing New Then Environment Climate
    Humanitarian Relief Emergency Budget Treasury Exchequer European Commission Programme
    Program Agency Office Department Ministry Pentagon Sen. Rep. Gov. Gen. Lt. Col. Adm. Capt.
    """.split()
)

# Lower-case particles inside names ("Ursula von der Leyen").
NAME_PARTICLES = frozenset({"von", "der", "van", "den", "de", "da", "del", "di", "bin", "al"})

# Capitalised words that start a sentence or a clause and are never the first part of a name.
LEADING_STOPWORDS = frozenset(
    """
    The A An In On At As And But Or When While After Before Then So Also Meanwhile However
    Earlier Later Last Next This That These Those Both According During Today Yesterday
    Tomorrow Since Despite Under With Without For From By To Of If Asked Announcing Speaking
    Calling Writing Adding Addressing Following Quote Now Still Yet Here There His Her Their
    Its Our My We He She They It I You Dear Every Each Some Many Most Several
    """.split()
)

# Words that make a capitalised run an organisation, a document or a place, never a person.
NOT_NAME_WORDS = frozenset(
    """
    Department Ministry Office Council Commission Committee Bank Fund Facility Group Party
    Government Administration Coalition Agency Union Times News Post Journal Telegraph
    Guardian Agreement Programme Program Initiative Authority Bill Act Summit Conference
    Forces Force Army Navy Staff Assembly Parliament Congress Senate House Street Square
    Base Headquarters Mechanism Platform Plan Goal Breakthrough Week Day Airport University
    Institute Centre Center Foundation Company Corporation Treaty Accord Declaration Fleet
    Contact Capability Capabilities Drawdown Assistance Initiative Reconstruction Loans Loan
    Labour Conservative Conservatives Democrats Republicans Tories Kingdom States Nations
    Republic Federation Strip Bridge Coordination Statement Release Twitter Facebook
    Telegram Instagram Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December
    Palace Cathedral Castle Hall Tower Square Stadium Airport Port Station
    """.split()
)

# First names that tell a pronoun "she" from "he" for people the table does not know.
FEMALE_FIRST_NAMES = frozenset(
    """
    Ursula Rachel Liz Elizabeth Gita Inger Samantha Kristalina Annalena Kaja Yvette Theresa
    Penny Priti Angela Hillary Kamala Janet Linda Christine Nancy Jessica Giorgia Sanae Yulia
    Olena Iryna Mette Sanna Ingrid Julie Anne Ann Mary Margaret Catherine Sarah Emily Emma
    Victoria Helen Lisa Maria Marie Anna Sophie Wendy Jacinda Jacqueline Hanna Svenja
    Alicia Melanie Mélanie Lucy Kate Fiona Gillian Harriet Shabana Bridget Jennifer Tulsi
    Kristi Pam Pamela Susie
    """.split()
)

# Role phrases (lower case, as written after determiners and nationality words) -> office.
OFFICES: dict[str, str] = {
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "pm": "head_of_government",
    "president": "president",
    "vice president": "vice_president",
    "vice-president": "vice_president",
    "chancellor": "chancellor",
    "chancellor of the exchequer": "chancellor",
    "defence secretary": "defence",
    "defense secretary": "defence",
    "secretary of defense": "defence",
    "secretary of defence": "defence",
    "secretary of state for defence": "defence",
    "defence minister": "defence",
    "defense minister": "defence",
    "minister of defence": "defence",
    "minister of defense": "defence",
    "foreign secretary": "foreign",
    "foreign minister": "foreign",
    "minister of foreign affairs": "foreign",
    "secretary of state for foreign affairs": "foreign",
    "secretary of state": "foreign",
    "high representative": "high_representative",
    "eu high representative": "high_representative",
    "secretary-general": "secretary_general",
    "secretary general": "secretary_general",
    "commission president": "president",
    "president of the european commission": "president",
    "chief of the defence staff": "chief_of_defence",
    "administrator": "administrator",
    "managing director": "managing_director",
}


class Office(NamedTuple):
    """One person in one office of one actor (country or organisation) over a period."""

    actor: str
    office: str
    name: str
    start: dt.date
    end: dt.date | None


def _d(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


_OFFICE_ROWS = """
GBR head_of_government Boris Johnson 2019-07-24 2022-09-06
GBR head_of_government Liz Truss 2022-09-06 2022-10-25
GBR head_of_government Rishi Sunak 2022-10-25 2024-07-05
GBR head_of_government Keir Starmer 2024-07-05 -
GBR defence Ben Wallace 2019-07-24 2023-08-31
GBR defence Grant Shapps 2023-08-31 2024-07-05
GBR defence John Healey 2024-07-05 -
GBR foreign Liz Truss 2021-09-15 2022-09-06
GBR foreign James Cleverly 2022-09-06 2023-11-13
GBR foreign David Cameron 2023-11-13 2024-07-05
GBR foreign David Lammy 2024-07-05 2025-09-05
GBR foreign Yvette Cooper 2025-09-05 -
GBR chancellor Rishi Sunak 2020-02-13 2022-07-05
GBR chancellor Nadhim Zahawi 2022-07-05 2022-09-06
GBR chancellor Kwasi Kwarteng 2022-09-06 2022-10-14
GBR chancellor Jeremy Hunt 2022-10-14 2024-07-05
GBR chancellor Rachel Reeves 2024-07-05 -
GBR chief_of_defence Tony Radakin 2021-11-30 2025-09-29
USA president Joe Biden 2021-01-20 2025-01-20
USA president Donald Trump 2025-01-20 -
USA vice_president Kamala Harris 2021-01-20 2025-01-20
USA vice_president JD Vance 2025-01-20 -
USA foreign Antony Blinken 2021-01-26 2025-01-20
USA foreign Marco Rubio 2025-01-21 -
USA defence Lloyd Austin 2021-01-22 2025-01-20
USA defence Pete Hegseth 2025-01-25 -
USA administrator Samantha Power 2021-05-03 2025-01-20
DEU chancellor Olaf Scholz 2021-12-08 2025-05-06
DEU chancellor Friedrich Merz 2025-05-06 -
DEU foreign Annalena Baerbock 2021-12-08 2025-05-06
DEU defence Boris Pistorius 2023-01-19 -
FRA president Emmanuel Macron 2017-05-14 -
RUS president Vladimir Putin 2012-05-07 -
UKR president Volodymyr Zelensky 2019-05-20 -
UKR head_of_government Denys Shmyhal 2020-03-04 2025-07-17
UKR head_of_government Yulia Svyrydenko 2025-07-17 -
UKR foreign Dmytro Kuleba 2020-03-04 2024-09-05
UKR foreign Andrii Sybiha 2024-09-05 -
UKR defence Oleksii Reznikov 2021-11-04 2023-09-06
UKR defence Rustem Umerov 2023-09-06 2025-07-17
UKR defence Denys Shmyhal 2025-07-17 -
JPN head_of_government Fumio Kishida 2021-10-04 2024-10-01
JPN head_of_government Shigeru Ishiba 2024-10-01 2025-10-21
JPN head_of_government Sanae Takaichi 2025-10-21 -
CAN head_of_government Justin Trudeau 2015-11-04 2025-03-14
CAN head_of_government Mark Carney 2025-03-14 -
NOR head_of_government Jonas Gahr Støre 2021-10-14 -
ITA head_of_government Giorgia Meloni 2022-10-22 -
PAK head_of_government Shehbaz Sharif 2022-04-11 -
EU president Ursula von der Leyen 2019-12-01 -
EU high_representative Josep Borrell 2019-12-01 2024-11-30
EU high_representative Kaja Kallas 2024-12-01 -
UN secretary_general António Guterres 2017-01-01 -
NATO secretary_general Jens Stoltenberg 2014-10-01 2024-10-01
NATO secretary_general Mark Rutte 2024-10-01 -
IMF managing_director Kristalina Georgieva 2019-10-01 -
"""


def _office_rows() -> list[Office]:
    rows = []
    for line in _OFFICE_ROWS.strip().splitlines():
        actor, office, *name, start, end = line.split()
        rows.append(
            Office(actor, office, " ".join(name), _d(start), _d(end if end != "-" else None))
        )
    return rows


OFFICE_HOLDERS: list[Office] = _office_rows()


class KnownPerson(NamedTuple):
    country: str | None
    gender: str | None  # "m", "f" or None
    aliases: tuple[str, ...] = ()  # other spellings of the full name or the surname


# People whose names are recognised without a title, and their other spellings.
KNOWN_PEOPLE: dict[str, KnownPerson] = {
    "Volodymyr Zelensky": KnownPerson(
        "UKR", "m", ("Zelenskyy", "Zelenskiy", "Zelenskyi", "Volodymyr Zelenskyy")
    ),
    "Vladimir Putin": KnownPerson("RUS", "m", ("Putin",)),
    "Joe Biden": KnownPerson("USA", "m", ("Biden",)),
    "Donald Trump": KnownPerson("USA", "m", ("Trump",)),
    "JD Vance": KnownPerson("USA", "m", ("J.D. Vance", "Vance")),
    "Kamala Harris": KnownPerson("USA", "f"),
    "Antony Blinken": KnownPerson("USA", "m", ("Blinken",)),
    "Marco Rubio": KnownPerson("USA", "m", ("Rubio",)),
    "Lloyd Austin": KnownPerson("USA", "m"),
    "Pete Hegseth": KnownPerson("USA", "m", ("Hegseth",)),
    "Samantha Power": KnownPerson("USA", "f"),
    "John Kirby": KnownPerson("USA", "m"),
    "Keir Starmer": KnownPerson("GBR", "m", ("Starmer",)),
    "Rishi Sunak": KnownPerson("GBR", "m", ("Sunak",)),
    "Boris Johnson": KnownPerson("GBR", "m"),
    "Liz Truss": KnownPerson("GBR", "f", ("Truss",)),
    "John Healey": KnownPerson("GBR", "m", ("Healey",)),
    "David Lammy": KnownPerson("GBR", "m", ("Lammy",)),
    "Rachel Reeves": KnownPerson("GBR", "f", ("Reeves",)),
    "Ben Wallace": KnownPerson("GBR", "m"),
    "Grant Shapps": KnownPerson("GBR", "m", ("Shapps",)),
    "James Cleverly": KnownPerson("GBR", "m", ("Cleverly",)),
    "David Cameron": KnownPerson("GBR", "m", ("Cameron",)),
    "Jeremy Hunt": KnownPerson("GBR", "m"),
    "Yvette Cooper": KnownPerson("GBR", "f"),
    "Andrew Mitchell": KnownPerson("GBR", "m"),
    "Tony Radakin": KnownPerson("GBR", "m", ("Radakin",)),
    "Tariq Ahmad": KnownPerson("GBR", "m", ("Lord Ahmad",)),
    "Olaf Scholz": KnownPerson("DEU", "m", ("Scholz",)),
    "Friedrich Merz": KnownPerson("DEU", "m", ("Merz",)),
    "Annalena Baerbock": KnownPerson("DEU", "f", ("Baerbock",)),
    "Boris Pistorius": KnownPerson("DEU", "m", ("Pistorius",)),
    "Emmanuel Macron": KnownPerson("FRA", "m", ("Macron",)),
    "Ursula von der Leyen": KnownPerson("EU", "f", ("von der Leyen", "Von der Leyen")),
    "Josep Borrell": KnownPerson("EU", "m", ("Borrell",)),
    "Kaja Kallas": KnownPerson("EU", "f", ("Kallas",)),
    "Charles Michel": KnownPerson("EU", "m"),
    "António Guterres": KnownPerson("UN", "m", ("Antonio Guterres", "Guterres")),
    "Jens Stoltenberg": KnownPerson("NATO", "m", ("Stoltenberg",)),
    "Mark Rutte": KnownPerson("NATO", "m", ("Rutte",)),
    "Kristalina Georgieva": KnownPerson("IMF", "f", ("Georgieva",)),
    "Gita Gopinath": KnownPerson("IMF", "f", ("Gopinath",)),
    "Dmytro Kuleba": KnownPerson("UKR", "m", ("Kuleba",)),
    "Andrii Sybiha": KnownPerson("UKR", "m", ("Sybiha",)),
    "Denys Shmyhal": KnownPerson("UKR", "m", ("Shmyhal",)),
    "Yulia Svyrydenko": KnownPerson("UKR", "f", ("Svyrydenko",)),
    "Oleksii Reznikov": KnownPerson("UKR", "m", ("Reznikov",)),
    "Rustem Umerov": KnownPerson("UKR", "m", ("Umerov",)),
    "Fumio Kishida": KnownPerson("JPN", "m", ("Kishida",)),
    "Shigeru Ishiba": KnownPerson("JPN", "m", ("Ishiba",)),
    "Sanae Takaichi": KnownPerson("JPN", "f", ("Takaichi",)),
    "Justin Trudeau": KnownPerson("CAN", "m", ("Trudeau",)),
    "Mark Carney": KnownPerson("CAN", "m", ("Carney",)),
    "Jonas Gahr Støre": KnownPerson("NOR", "m", ("Jonas Gahr Store", "Støre", "Store")),
    "Giorgia Meloni": KnownPerson("ITA", "f", ("Meloni",)),
    "Shehbaz Sharif": KnownPerson("PAK", "m"),
    "Abdel Fattah al-Sisi": KnownPerson("EGY", "m", ("Abdel Fattah el-Sisi", "al-Sisi", "Sisi")),
}

# Surnames that are also common words or names: alone, they name a person only after a title
# ("Mr Power") or once the article has given the full name. Other surnames of the people above
# name them without a title ("Zelensky said").
AMBIGUOUS_SURNAMES = frozenset(
    """
    Power Store Hunt May Michel Austin Johnson Costa Harris Cooper Ahmad Wallace Mitchell
    Cameron Sharif
    """.split()
)

# Web domains (the last label of a publisher's host name) that name the publisher's country or
# organisation beyond ISO country codes; ``GENERIC_DOMAINS`` are country codes sold to anyone
# (".io", ".tv"), which say nothing about where the publisher is.
DOMAIN_ACTORS = {"gov": "USA", "mil": "USA", "uk": "GBR", "eu": "EU"}
GENERIC_DOMAINS = frozenset("ai cc co fm gg io la ly me to tv ws".split())

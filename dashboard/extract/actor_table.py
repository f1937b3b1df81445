"""Data for the actor gazetteer: aliases, demonyms, organisations and display names.

Country names come from pycountry (ISO 3166-1); this module only adds what pycountry lacks:
short and common names, capitals and seats of government used as metonyms, demonyms, and the
organisations that act like donors. Keys are matched case-sensitively as whole words.
"""

# Names that pycountry does not carry, and metonyms ("the Kremlin" for Russia's government).
COUNTRY_ALIASES: dict[str, str] = {
    "Britain": "GBR", "Great Britain": "GBR", "UK": "GBR", "U.K.": "GBR", "Westminster": "GBR",
    "London": "GBR", "Downing Street": "GBR", "Whitehall": "GBR", "England": "GBR",
    "Scotland": "GBR", "Wales": "GBR", "Northern Ireland": "GBR",
    "Kyiv": "UKR", "Kiev": "UKR",
    "Russia": "RUS", "Kremlin": "RUS", "Moscow": "RUS",
    "US": "USA", "U.S.": "USA", "USA": "USA", "U.S.A.": "USA", "America": "USA",
    "Washington": "USA", "White House": "USA", "Pentagon": "USA",
    "DPRK": "PRK", "North Korea": "PRK", "Pyongyang": "PRK", "South Korea": "KOR", "Seoul": "KOR",
    "Gaza": "PSE", "Gaza Strip": "PSE", "Palestine": "PSE", "West Bank": "PSE",
    "Palestinian territories": "PSE", "Occupied Palestinian Territory": "PSE",
    "Iran": "IRN", "Tehran": "IRN", "Syria": "SYR", "Damascus": "SYR",
    "Turkey": "TUR", "Türkiye": "TUR", "Turkiye": "TUR", "Ankara": "TUR",
    "Czech Republic": "CZE", "Czechia": "CZE", "Moldova": "MDA", "Vietnam": "VNM",
    "Taiwan": "TWN", "Laos": "LAO", "Bolivia": "BOL", "Venezuela": "VEN", "Tanzania": "TZA",
    "Holland": "NLD", "The Netherlands": "NLD", "Ivory Coast": "CIV",
    "Democratic Republic of the Congo": "COD", "DRC": "COD", "DR Congo": "COD",
    "Beijing": "CHN", "Tokyo": "JPN", "Berlin": "DEU", "Paris": "FRA", "Ottawa": "CAN",
    "Canberra": "AUS", "Oslo": "NOR", "Warsaw": "POL", "Islamabad": "PAK", "Tel Aviv": "ISR",
    "Jerusalem": "ISR", "Riyadh": "SAU", "Minsk": "BLR", "New Delhi": "IND",
}

DEMONYMS: dict[str, str] = {
    "British": "GBR", "Briton": "GBR", "Britons": "GBR", "English": "GBR", "Scottish": "GBR",
    "Welsh": "GBR",
    "Ukrainian": "UKR", "Ukrainians": "UKR", "Russian": "RUS", "Russians": "RUS",
    "American": "USA", "Americans": "USA", "Canadian": "CAN", "Canadians": "CAN",
    "German": "DEU", "Germans": "DEU", "French": "FRA", "Italian": "ITA", "Italians": "ITA",
    "Spanish": "ESP", "Portuguese": "PRT", "Dutch": "NLD", "Belgian": "BEL", "Danish": "DNK",
    "Swedish": "SWE", "Norwegian": "NOR", "Finnish": "FIN", "Polish": "POL", "Estonian": "EST",
    "Latvian": "LVA", "Lithuanian": "LTU", "Czech": "CZE", "Slovak": "SVK", "Hungarian": "HUN",
    "Romanian": "ROU", "Bulgarian": "BGR", "Greek": "GRC", "Turkish": "TUR", "Austrian": "AUT",
    "Swiss": "CHE", "Irish": "IRL", "Japanese": "JPN", "Chinese": "CHN", "Korean": "KOR",
    "North Korean": "PRK", "South Korean": "KOR", "Indian": "IND", "Pakistani": "PAK",
    "Australian": "AUS", "Israeli": "ISR", "Israelis": "ISR", "Palestinian": "PSE",
    "Palestinians": "PSE", "Iranian": "IRN", "Syrian": "SYR", "Saudi": "SAU", "Egyptian": "EGY",
    "Belarusian": "BLR", "Moldovan": "MDA", "Georgian": "GEO", "Brazilian": "BRA",
    "Mexican": "MEX", "Indonesian": "IDN", "Afghan": "AFG", "Iraqi": "IRQ", "Lebanese": "LBN",
    "Jordanian": "JOR", "Yemeni": "YEM", "Sudanese": "SDN", "Ethiopian": "ETH",
    "Kenyan": "KEN", "Nigerian": "NGA", "South African": "ZAF", "Sri Lankan": "LKA",
    "Thai": "THA", "Filipino": "PHL", "Icelandic": "ISL", "Croatian": "HRV", "Slovenian": "SVN",
    "Serbian": "SRB", "Albanian": "ALB", "Luxembourgish": "LUX", "Maltese": "MLT",
    "Cypriot": "CYP", "New Zealand": "NZL",
}

ORGANISATIONS: dict[str, str] = {
    "European Union": "EU", "EU": "EU", "E.U.": "EU", "European Commission": "EU",
    "Brussels": "EU", "Council of the EU": "EU", "Council of the European Union": "EU",
    "European Council": "EU", "European Parliament": "EU", "European Peace Facility": "EU",
    "Ukraine Facility": "EU",
    "G7": "G7", "G-7": "G7", "Group of Seven": "G7", "G20": "G20", "G-20": "G20",
    "NATO": "NATO", "Nato": "NATO", "North Atlantic Treaty Organization": "NATO",
    "IMF": "IMF", "International Monetary Fund": "IMF",
    "World Bank": "WB", "World Bank Group": "WB",
    "United Nations": "UN", "UN": "UN", "U.N.": "UN", "UNICEF": "UN", "UNHCR": "UN",
    "OCHA": "UN", "World Food Programme": "UN", "WFP": "UN", "UNRWA": "UN", "WHO": "UN",
    "World Health Organization": "UN", "UNDP": "UN", "UN General Assembly": "UN",
    "Security Council": "UN",
    "African Union": "AU", "AU": "AU",
    "European Bank for Reconstruction and Development": "EBRD", "EBRD": "EBRD",
    "European Investment Bank": "EIB", "EIB": "EIB",
    "Asian Development Bank": "ADB", "ADB": "ADB",
    "Islamic Development Bank": "ISDB", "IsDB": "ISDB",
}

ORGANISATION_NAMES: dict[str, str] = {
    "EU": "European Union", "G7": "Group of Seven", "G20": "Group of Twenty",
    "NATO": "NATO", "IMF": "International Monetary Fund", "WB": "World Bank",
    "UN": "United Nations", "AU": "African Union",
    "EBRD": "European Bank for Reconstruction and Development",
    "EIB": "European Investment Bank", "ADB": "Asian Development Bank",
    "ISDB": "Islamic Development Bank",
}

# Short display names where the ISO name is long or formal.
COUNTRY_DISPLAY_NAMES: dict[str, str] = {
    "GBR": "United Kingdom", "USA": "United States", "RUS": "Russia", "KOR": "South Korea",
    "PRK": "North Korea", "IRN": "Iran", "SYR": "Syria", "PSE": "Palestine", "TWN": "Taiwan",
    "VNM": "Vietnam", "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania",
    "MDA": "Moldova", "LAO": "Laos", "COD": "DR Congo", "TUR": "Türkiye",
}

"""Coverage of the actor knowledge base per UN member state (round 21, k1).

For each of the 193 UN member states, on a day (default 2025-11-15), lists whether the KB
knows its head of state, head of government, foreign minister, defence minister and
ambassador to the UN (a holder of the office on that day in ``persons.yaml``), whether it
holds a named body of the state's armed forces and of its parliament (``bodies.yaml``), an
adjective for the state (``states.yaml``), and whether the generic organ phrases
"the <Adjective> Foreign Ministry", "<State>'s Ministry of Defence", "the <Adjective> army"
and "the <State> parliament" resolve to the state with the right sector.

    PYTHONPATH=src python benchmarks/kb_coverage.py [--day 2025-11-15] [--missing] [--table]

``--missing`` prints, per column, the states that lack it; ``--table`` prints one row per
state. Without either, only the totals per column (and per region) are printed.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from datetime import date
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from communique.actors import resolve_text  # noqa: E402
from communique.actors.kb import load_kb  # noqa: E402

# The 193 UN member states (ISO 3166-1 alpha-3) by region, as used to sort the table.
REGIONS = {
    "Africa": "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COD COG CIV DJI EGY GNQ ERI SWZ ETH GAB GMB "
              "GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE "
              "SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE",
    "Middle East": "BHR IRN IRQ ISR JOR KWT LBN OMN QAT SAU SYR TUR ARE YEM CYP",
    "Central Asia & Caucasus": "KAZ KGZ TJK TKM UZB ARM AZE GEO AFG MNG",
    "South Asia": "BGD BTN IND MDV NPL PAK LKA",
    "East & South-East Asia": "BRN KHM CHN IDN JPN LAO MYS MMR PRK KOR PHL SGP THA TLS VNM",
    "Pacific": "AUS FJI KIR MHL FSM NRU NZL PLW PNG WSM SLB TON TUV VUT",
    "Latin America & Caribbean": "ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM "
                                 "GUY HTI HND JAM MEX NIC PAN PRY PER KNA LCA VCT SUR TTO URY VEN",
    "Europe & North America": "ALB AND AUT BLR BEL BIH BGR HRV CZE DNK EST FIN FRA DEU GRC HUN ISL IRL "
                              "ITA LVA LIE LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB "
                              "SVK SVN ESP SWE CHE UKR GBR USA CAN",
}

HEAD_OF_STATE = ("President", "King", "Queen", "Emir", "Sultan", "Supreme Leader", "Prince",
                 "Grand Duke", "Captain Regent", "Co-Prince", "President of the Transitional Presidential Council",
                 "President of the Presidential Council", "Chairman of the Presidential Leadership Council",
                 "Chairman of the Sovereignty Council", "President of the Presidential Council of Bosnia")
HEAD_OF_GOVERNMENT = ("Prime Minister", "Chancellor", "Premier", "Chief Adviser")
# States whose head of state is the British monarch (a governor-general represents him) and
# states with no head of government apart from the head of state: their cell counts as held.
REALMS = set("ATG AUS BHS BLZ CAN GRD JAM NZL PNG KNA LCA VCT SLB TUV".split())
NO_HEAD_OF_GOVERNMENT = set(
    "USA MEX BRA ARG CHL COL ECU BOL PRY URY VEN CRI PAN GTM HND SLV NIC DOM IDN PHL KEN NGA GHA ZAF "
    "ZMB MWI BWA AGO SSD LBR GMB CYP MDV TKM SYC KIR NRU PLW MHL FSM SUR COM BEN CHE SMR AND MCO LIE "
    "IRN AFG BRN OMN SAU ZWE TCD TUR SYR".split())
# Other forms of a state's adjective that news writes; each should name the state in
# "the <form> Foreign Ministry" (written for this script).
OTHER_FORMS = {
    "KGZ": ["Kyrgyzstani"], "UZB": ["Uzbekistani"], "TKM": ["Turkmenistani"], "TJK": ["Tajikistani"],
    "KAZ": ["Kazakhstani"], "GRC": ["Hellenic"], "SOM": ["Somalian"], "CPV": ["Cabo Verdean"],
    "STP": ["Sao Tomean"], "COM": ["Comoran"], "VUT": ["Vanuatuan"], "BRB": ["Bajan"],
    "LCA": ["St Lucian"], "AZE": ["Azeri"], "ARE": ["Emirati"], "LAO": ["Laotian"], "MMR": ["Burmese"],
    "TLS": ["Timorese"], "SWZ": ["Swazi"], "LSO": ["Basotho"], "MDG": ["Malagasy"], "CIV": ["Ivorian"],
    "NER": ["Nigerien"], "PHL": ["Filipino"], "NPL": ["Nepali"], "ECU": ["Ecuadorean"], "SLV": ["Salvadorean"],
    "SVN": ["Slovene"], "MKD": ["North Macedonian"], "BFA": ["Burkinabe"], "KIR": ["I-Kiribati"],
}

COLUMNS = ("head of state", "head of government", "foreign minister", "defence minister",
           "UN ambassador", "armed forces body", "parliament body", "adjective",
           "'the Adj Foreign Ministry'", "'State's Ministry of Defence'", "'the Adj army'",
           "'the State parliament'", "other adjective forms")


def _holds(kb, iso: str, roles, day: date) -> bool:
    return any(kb.holder(iso, role, day) for role in roles)


def _phrase_ok(text: str, iso: str, sector: str, day: date) -> bool:
    guess = resolve_text(text, date=day.isoformat())
    return bool(guess) and guess.country == iso and guess.sector == sector


def coverage(day: date) -> dict[str, dict[str, bool]]:
    kb = load_kb()
    bodies: dict[str, set[str]] = defaultdict(set)
    for entry in kb.entries.values():
        if entry.kind == "organization" and entry.country and entry.origin.split(":")[0].endswith("bodies.yaml"):
            bodies[entry.country].add(entry.sector or "")
    table: dict[str, dict[str, bool]] = {}
    for codes in REGIONS.values():
        for iso in codes.split():
            state = kb.entries.get(iso)
            adjective = state.adjectives[0] if state and state.adjectives else None
            name = state.name if state else iso
            row = {
                "head of state": iso in REALMS or _holds(kb, iso, HEAD_OF_STATE, day),
                "head of government": iso in NO_HEAD_OF_GOVERNMENT or _holds(kb, iso, HEAD_OF_GOVERNMENT, day),
                "foreign minister": _holds(kb, iso, ("Foreign Minister",), day),
                "defence minister": _holds(kb, iso, ("Defence Minister",), day),
                "UN ambassador": _holds(kb, iso, ("Ambassador to the United Nations",), day),
                "armed forces body": "MIL" in bodies.get(iso, ()),
                "parliament body": "LEG" in bodies.get(iso, ()),
                "adjective": adjective is not None,
                "'the Adj Foreign Ministry'": bool(adjective) and _phrase_ok(f"the {adjective} Foreign Ministry", iso, "GOV", day),
                "'State's Ministry of Defence'": _phrase_ok(f"{name}'s Ministry of Defence", iso, "GOV", day),
                "'the Adj army'": bool(adjective) and _phrase_ok(f"the {adjective} army", iso, "MIL", day),
                "'the State parliament'": _phrase_ok(f"the {name} parliament", iso, "LEG", day),
                "other adjective forms": all(_phrase_ok(f"the {form} Foreign Ministry", iso, "GOV", day)
                                             for form in OTHER_FORMS.get(iso, ())),
            }
            table[iso] = row
    return table


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--day", default="2025-11-15")
    ap.add_argument("--missing", action="store_true", help="list the states that lack each column")
    ap.add_argument("--table", action="store_true", help="one row per state")
    args = ap.parse_args(argv)
    day = date.fromisoformat(args.day)
    table = coverage(day)
    region_of = {iso: region for region, codes in REGIONS.items() for iso in codes.split()}
    assert len(table) == 193, len(table)
    if args.table:
        print("state  " + "  ".join(f"c{i}" for i in range(len(COLUMNS))))
        for iso, row in table.items():
            print(f"{iso}    " + "  ".join(" x" if row[c] else " ." for c in COLUMNS))
        print("; ".join(f"c{i} {c}" for i, c in enumerate(COLUMNS)))
    print(f"KB coverage of the 193 UN member states on {day}")
    short = [r.split(" &")[0][:12] for r in REGIONS]
    print(f"{'':32}{'all':>5}" + "".join(f"{s:>14}" for s in short))
    for col in COLUMNS:
        total = sum(row[col] for row in table.values())
        cells = []
        for region, codes in REGIONS.items():
            isos = codes.split()
            cells.append(f"{sum(table[i][col] for i in isos):>6}/{len(isos):<3}".rjust(14))
        print(f"{col:32}{total:>5}" + "".join(cells))
    if args.missing:
        for col in COLUMNS:
            lacking = [iso for iso, row in table.items() if not row[col]]
            print(f"\n{col} ({len(lacking)} lack it):")
            by_region: dict[str, list[str]] = defaultdict(list)
            for iso in lacking:
                by_region[region_of[iso]].append(iso)
            for region, isos in by_region.items():
                print(f"  {region}: {' '.join(isos)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

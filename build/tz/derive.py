#!/usr/bin/env python3
"""Derives the port time-zone table the gateway ships (src/Gateway/Validation/Data/ports.tsv).

Inputs (read-only, not in the repo):
  ../shared/reference/openflights_airports.dat   OpenFlights airports, ODbL 1.0
  ../shared/reference/openflights_countries.dat  OpenFlights countries (name -> ISO alpha-2), ODbL 1.0
  /usr/share/iso-codes/json/iso_3166-1.json      Debian iso-codes (alpha-2 <-> alpha-3), LGPL-2.1+

Output, tab-separated, UTF-8, sorted so that regenerating gives a stable diff:
  Z  <index> <IANA zone>                             zone dictionary
  C  <alpha-2> <alpha-3> <zone index or -> <zones>
                                                      every ISO 3166-1 country; the zone is the one most of its
                                                      airports use (the UN/LOCODE fallback), <zones> how many distinct
                                                      zones its airports use (more than 1 means the fallback is a guess)
  A  <IATA or ICAO code> <alpha-2 or -> <zone index>  airports with a known IANA zone

Run from the repository root:  python3 build/tz/derive.py [shared-reference-dir]
"""
import collections, csv, json, pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
REF = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference"
ISO = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = ROOT / "src" / "Gateway" / "Validation" / "Data" / "ports.tsv"

NULL = "\\N"

def main() -> None:
    name_to_a2 = {}
    with open(REF / "openflights_countries.dat", encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            if len(row) >= 2 and row[1] and row[1] != NULL:
                name_to_a2[row[0]] = row[1].upper()

    iso = json.loads(ISO.read_text(encoding="utf-8"))["3166-1"]
    a2_to_a3 = {c["alpha_2"]: c["alpha_3"] for c in iso}

    airports = {}
    zones_by_country = collections.defaultdict(collections.Counter)
    with open(REF / "openflights_airports.dat", encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            if len(row) < 12:
                continue
            country, iata, icao, tz = row[3], row[4], row[5], row[11]
            if not tz or tz == NULL or "/" not in tz:
                continue
            a2 = name_to_a2.get(country, "-")
            if a2 == "KR":
                tz = "Asia/Seoul"  # the Decree's rule for Korean ports, whatever the source says
            if a2 != "-":
                zones_by_country[a2][tz] += 1
            for code in (iata, icao):
                if code and code != NULL and code.isalnum() and len(code) in (3, 4):
                    # First writer wins: duplicate codes in the source keep the earliest record.
                    airports.setdefault(code.upper(), (a2, tz))

    zones = sorted({tz for _, tz in airports.values()} | {z for c in zones_by_country.values() for z in c})
    index = {z: i for i, z in enumerate(zones)}
    lines = [f"Z\t{i}\t{z}" for i, z in enumerate(zones)]
    for a2 in sorted(a2_to_a3):
        counter = zones_by_country.get(a2)
        zone = str(index[counter.most_common(1)[0][0]]) if counter else "-"
        count = len(counter) if counter else 0
        lines.append(f"C\t{a2}\t{a2_to_a3[a2]}\t{zone}\t{count}")
    for code in sorted(airports):
        a2, tz = airports[code]
        lines.append(f"A\t{code}\t{a2}\t{index[tz]}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("# Derived by build/tz/derive.py from OpenFlights (ODbL 1.0) and Debian iso-codes; see NOTICE.\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(zones)} zones, {len(a2_to_a3)} countries, {len(airports)} airport codes")

if __name__ == "__main__":
    main()

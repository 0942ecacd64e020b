#!/usr/bin/env python3
"""Checks the demo seed lagos-2025.json (stdlib only).

Usage: python3 check_seed.py [path/to/seed.json]

Asserts the shape the loader expects (no unknown or missing fields, allowed enum values) and the
facts of the Lagos Joint Thematic Meeting (4-5 November 2025): 166 participants, 41 country
delegations, both co-chairs with their functions, a coherent programme (references resolve,
no room double-booked, nobody in two overlapping sessions). Prints a summary and exits 0, or
lists every problem found and exits 1.
"""
import csv
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "lagos-2025.json"
COUNTRIES_CSV = HERE.parent.parent / "plenary-core" / "data" / "countries.csv"

EXPECTED_PARTICIPANTS = 166
EXPECTED_COUNTRIES = 41
DAYS = ("2025-11-04", "2025-11-05")

TOP = {"meeting", "dialogues", "pillars", "rooms", "organisations", "co_chairs", "delegations", "sessions", "glossary"}
MEETING = {"title_en", "title_fr", "kind", "start_date", "end_date", "venue_en", "venue_fr", "city", "country",
           "time_zone", "languages", "status"}
DIALOGUE = {"key", "name_en", "name_fr", "chair", "members"}
PILLAR = {"key", "name_en", "name_fr"}
ROOM = {"key", "name", "capacity"}
ORGANISATION = {"key", "name_en", "name_fr", "acronym_en", "acronym_fr", "category"}
DELEGATION = {"status", "credentials", "participants"}  # plus exactly one of country / organisation
PARTICIPANT_REQUIRED = {"prefix", "given", "family", "suffix", "function_en", "function_fr", "email", "phone",
                        "language", "rank", "head", "roles", "attended"}
PARTICIPANT_OPTIONAL = {"gender"}
SESSION = {"key", "day", "start", "end", "room", "kind", "pillar", "title_en", "title_fr", "description_en",
           "description_fr", "chairs", "co_chairs", "moderator", "speakers", "rapporteur", "interpretation", "items"}
ITEM = {"title_en", "title_fr"}
TERM = {"en", "fr", "note"}
# Terms of the Lagos meeting the glossary must hold (English, French).
REQUIRED_TERMS = {("trafficking in persons", "traite des personnes"),
                  ("smuggling of migrants", "trafic illicite de migrants"),
                  ("prevention", "prévention"), ("protection", "protection"), ("prosecution", "poursuites"),
                  ("partnership", "partenariat"), ("joint investigation team", "équipe commune d’enquête"),
                  ("return and reintegration", "retour et réintégration"), ("mixed migration", "migrations mixtes"),
                  ("Khartoum Process", "Processus de Khartoum"), ("Rabat Process", "Processus de Rabat"),
                  ("Niamey Process", "Processus de Niamey")}

MEETING_KINDS = {"joint_thematic_meeting", "thematic_meeting", "senior_officials_meeting", "ministerial_conference",
                 "steering_committee", "workshop", "other"}
MEETING_STATUSES = {"planning", "confirmed", "held", "closed"}
ORG_CATEGORIES = {"un_secretariat", "un_body", "specialised_agency", "related_organisation", "regional_organisation",
                  "intergovernmental_organisation", "ngo", "academia", "private_sector"}
DELEGATION_STATUSES = {"invited", "confirmed", "accredited", "declined"}
GENDERS = {"female", "male", "other", None}
LANGS = {"en", "fr"}
RANKS = {"head_of_state", "head_of_government", "minister", "deputy_minister", "ambassador", "senior_official",
         "official", "other"}
ROLES = {"co_chair", "chair", "moderator", "speaker", "rapporteur", "observer"}
SESSION_KINDS = {"opening", "plenary", "panel", "working_group", "break", "side_event", "closing"}

# Length limits of plenary-core/src/limits.rs (characters).
NAME, TITLE, DESCRIPTION, EMAIL, PHONE, ACRONYM = 200, 500, 10_000, 254, 50, 30

EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ALPHA2_RE = re.compile(r"^[A-Z]{2}$")

errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)
    return bool(cond)


def fields(obj, required, where, optional=frozenset()):
    if not check(isinstance(obj, dict), f"{where}: not an object"):
        return False
    keys = set(obj)
    missing = required - keys
    unknown = keys - required - optional
    check(not missing, f"{where}: missing field(s) {sorted(missing)}")
    check(not unknown, f"{where}: unknown field(s) {sorted(unknown)}")
    return not missing


def text(value, where, limit, optional=False):
    if value is None and optional:
        return
    if check(isinstance(value, str), f"{where}: not a string"):
        check(value.strip() != "", f"{where}: empty")
        check(value == value.strip(), f"{where}: surrounding whitespace")
        check(len(value) <= limit, f"{where}: {len(value)} characters, limit {limit}")


def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def known_countries():
    if not COUNTRIES_CSV.exists():
        return None
    with COUNTRIES_CSV.open(encoding="utf-8") as f:
        return {row["alpha2"] for row in csv.DictReader(f)}


def main():
    data = json.loads(SEED.read_text(encoding="utf-8"))
    iso = known_countries()

    def country_code(code, where):
        if check(isinstance(code, str) and ALPHA2_RE.match(code), f"{where}: {code!r} is not an ISO alpha-2 code"):
            if iso is not None:
                check(code in iso, f"{where}: {code} is not a known country")

    fields(data, TOP, "root")

    # -- meeting
    m = data["meeting"]
    fields(m, MEETING, "meeting")
    for k in ("title_en", "title_fr"):
        text(m[k], f"meeting.{k}", TITLE)
    for k in ("venue_en", "venue_fr", "city"):
        text(m[k], f"meeting.{k}", NAME)
    check(m["kind"] in MEETING_KINDS, f"meeting.kind {m['kind']!r}")
    check(m["status"] in MEETING_STATUSES, f"meeting.status {m['status']!r}")
    check((m["start_date"], m["end_date"]) == DAYS, "meeting dates are not 4-5 November 2025")
    check(m["time_zone"] == "Africa/Lagos", "meeting.time_zone is not Africa/Lagos")
    check(m["city"] == "Lagos" and m["country"] == "NG", "meeting is not in Lagos, NG")
    check(set(m["languages"]) <= LANGS and len(m["languages"]) == len(set(m["languages"])), "meeting.languages")
    check("Khartoum" in m["title_en"] and "Rabat" in m["title_en"] and "Niamey" in m["title_en"],
          "meeting.title_en does not name the three processes")

    # -- dialogues, pillars, rooms, organisations
    def keyed(items, shape, name):
        keys = []
        for i, it in enumerate(items):
            where = f"{name}[{i}]"
            if fields(it, shape, where):
                keys.append(it["key"])
                check(isinstance(it["key"], str) and re.match(r"^[a-z0-9_]+$", it["key"]), f"{where}: key {it['key']!r}")
        dup = [k for k, n in Counter(keys).items() if n > 1]
        check(not dup, f"{name}: duplicate keys {dup}")
        return set(keys)

    dialogue_keys = keyed(data["dialogues"], DIALOGUE, "dialogues")
    check({"khartoum", "rabat", "niamey"} <= dialogue_keys, "the three dialogues are not all there")
    dialogue_members = set()
    for d in data["dialogues"]:
        where = f"dialogue {d['key']}"
        text(d["name_en"], f"{where}.name_en", TITLE)
        text(d["name_fr"], f"{where}.name_fr", TITLE)
        country_code(d["chair"], f"{where}.chair")
        for c in d["members"]:
            country_code(c, f"{where}.members")
        check(len(d["members"]) == len(set(d["members"])), f"{where}: duplicate members")
        check(d["chair"] in d["members"], f"{where}: chair {d['chair']} is not a member")
        dialogue_members |= set(d["members"])
    khartoum = next((d for d in data["dialogues"] if d["key"] == "khartoum"), None)
    check(khartoum is not None and khartoum["chair"] == "FR", "Khartoum Process chair is not FR")

    pillar_keys = keyed(data["pillars"], PILLAR, "pillars")
    check(pillar_keys == {"prevention", "protection", "prosecution", "partnership"}, "pillars are not the 4Ps")
    for pl in data["pillars"]:
        text(pl["name_en"], f"pillar {pl['key']}.name_en", TITLE)
        text(pl["name_fr"], f"pillar {pl['key']}.name_fr", TITLE)

    room_keys = keyed(data["rooms"], ROOM, "rooms")
    for r in data["rooms"]:
        text(r["name"], f"room {r['key']}.name", NAME)
        check(isinstance(r["capacity"], int) and r["capacity"] > 0, f"room {r['key']}: capacity")
    capacity = {r["key"]: r["capacity"] for r in data["rooms"]}

    org_keys = keyed(data["organisations"], ORGANISATION, "organisations")
    org_category = {}
    for o in data["organisations"]:
        where = f"organisation {o['key']}"
        text(o["name_en"], f"{where}.name_en", TITLE)
        text(o["name_fr"], f"{where}.name_fr", TITLE)
        text(o["acronym_en"], f"{where}.acronym_en", ACRONYM, optional=True)
        text(o["acronym_fr"], f"{where}.acronym_fr", ACRONYM, optional=True)
        check(o["category"] in ORG_CATEGORIES, f"{where}: category {o['category']!r}")
        org_category[o["key"]] = o["category"]

    # -- delegations and participants
    people = {}
    countries, orgs_seen = [], []
    for i, d in enumerate(data["delegations"]):
        is_country, is_org = "country" in d, "organisation" in d
        check(is_country != is_org, f"delegations[{i}]: needs exactly one of country / organisation")
        party = d.get("country") or d.get("organisation")
        where = f"delegation {party}"
        fields(d, DELEGATION | ({"country"} if is_country else {"organisation"}), where)
        if is_country:
            country_code(d["country"], f"{where}.country")
            countries.append(d["country"])
            check(d["country"] in dialogue_members, f"{where}: not a member of any of the three dialogues")
        else:
            check(d["organisation"] in org_keys, f"{where}: unknown organisation")
            orgs_seen.append(d["organisation"])
        check(d["status"] in DELEGATION_STATUSES, f"{where}: status {d['status']!r}")
        text(d["credentials"], f"{where}.credentials", TITLE, optional=True)
        check(len(d["participants"]) > 0 or d["status"] == "declined", f"{where}: no participants")
        heads = 0
        for j, pp in enumerate(d["participants"]):
            pw = f"{where} participant {j} ({pp.get('given')} {pp.get('family')})"
            if not fields(pp, PARTICIPANT_REQUIRED, pw, PARTICIPANT_OPTIONAL):
                continue
            text(pp["prefix"], f"{pw}.prefix", NAME, optional=True)
            text(pp["suffix"], f"{pw}.suffix", NAME, optional=True)
            text(pp["given"], f"{pw}.given", NAME)
            text(pp["family"], f"{pw}.family", NAME)
            text(pp["function_en"], f"{pw}.function_en", TITLE)
            text(pp["function_fr"], f"{pw}.function_fr", TITLE)
            text(pp["phone"], f"{pw}.phone", PHONE, optional=True)
            check(pp.get("gender") in GENDERS, f"{pw}: gender {pp.get('gender')!r}")
            check(pp["language"] in LANGS, f"{pw}: language {pp['language']!r}")
            check(pp["rank"] in RANKS, f"{pw}: rank {pp['rank']!r}")
            check(isinstance(pp["head"], bool), f"{pw}: head is not a boolean")
            check(isinstance(pp["attended"], bool), f"{pw}: attended is not a boolean")
            check(isinstance(pp["roles"], list) and set(pp["roles"]) <= ROLES, f"{pw}: roles {pp['roles']!r}")
            check(len(pp["roles"]) == len(set(pp["roles"])), f"{pw}: duplicate roles")
            email = pp["email"]
            if check(isinstance(email, str) and EMAIL_RE.match(email) and len(email) <= EMAIL, f"{pw}: email {email!r}"):
                check(email not in people, f"{pw}: duplicate email {email}")
                people[email] = dict(pp, party=party, is_country=is_country)
            heads += pp["head"] is True
        check(heads <= 1, f"{where}: {heads} heads of delegation")
        if is_country:
            check(heads == 1, f"{where}: a country delegation needs a head")

    dup_c = [c for c, n in Counter(countries).items() if n > 1]
    check(not dup_c, f"countries with several delegations: {dup_c}")
    dup_o = [c for c, n in Counter(orgs_seen).items() if n > 1]
    check(not dup_o, f"organisations with several delegations: {dup_o}")
    check(set(orgs_seen) == org_keys, f"organisations without a delegation: {sorted(org_keys - set(orgs_seen))}")
    check(len(people) == EXPECTED_PARTICIPANTS, f"{len(people)} participants, expected {EXPECTED_PARTICIPANTS}")
    check(len(set(countries)) == EXPECTED_COUNTRIES,
          f"{len(set(countries))} country delegations, expected {EXPECTED_COUNTRIES}")
    check(data["co_chairs"] == ["NG", "FR"], "co_chairs are not NG, FR")
    for c in data["co_chairs"]:
        check(c in countries, f"co-chair {c} has no delegation")

    # -- the two named co-chairs
    def named(given, family, party, prefix, fn_en, fn_fr):
        hits = [x for x in people.values() if x["given"] == given and x["family"] == family]
        if not check(len(hits) == 1, f"{prefix} {given} {family} is not present exactly once"):
            return
        x = hits[0]
        check(x["party"] == party and x["head"], f"{given} {family}: not head of the {party} delegation")
        check(x["prefix"] == prefix, f"{given} {family}: prefix {x['prefix']!r}, expected {prefix!r}")
        check(x["function_en"].startswith(fn_en), f"{given} {family}: function_en {x['function_en']!r}")
        check(x["function_fr"].startswith(fn_fr), f"{given} {family}: function_fr {x['function_fr']!r}")
        check("co_chair" in x["roles"] and "speaker" in x["roles"], f"{given} {family}: not co_chair and speaker")
        return x["email"]

    baumgartner = named("Cyrille", "Baumgartner", "FR", "HE", "Ambassador-in-Charge of Migration",
                        "Ambassadeur chargé des migrations")
    if baumgartner:
        check("Chair of the Khartoum Process" in people[baumgartner]["function_en"],
              "Baumgartner: function does not say Chair of the Khartoum Process")
    ahmed = named("Tijjani Aliyu", "Ahmed", "NG", "Hon",
                  "Federal Commissioner for Refugees, Migrants and Internally Displaced Persons",
                  "Commissaire fédéral chargé des réfugiés, des migrants et des personnes déplacées internes")

    # -- sessions
    session_keys = set()
    used_roles = {e: set() for e in people}
    slots = []  # (day, start, end, key, room, people)
    for i, s in enumerate(data["sessions"]):
        where = f"session {s.get('key', i)}"
        if not fields(s, SESSION, where):
            continue
        check(s["key"] not in session_keys, f"{where}: duplicate key")
        session_keys.add(s["key"])
        check(s["kind"] in SESSION_KINDS, f"{where}: kind {s['kind']!r}")
        check(s["day"] in DAYS, f"{where}: day {s['day']} is outside the meeting")
        ok_times = check(isinstance(s["start"], str) and TIME_RE.match(s["start"]), f"{where}: start {s['start']!r}")
        ok_times &= check(isinstance(s["end"], str) and TIME_RE.match(s["end"]), f"{where}: end {s['end']!r}")
        if ok_times:
            check(minutes(s["end"]) > minutes(s["start"]), f"{where}: ends before it starts")
        check(s["room"] in room_keys, f"{where}: unknown room {s['room']!r}")
        check(s["pillar"] is None or s["pillar"] in pillar_keys, f"{where}: unknown pillar {s['pillar']!r}")
        for k in ("title_en", "title_fr"):
            text(s[k], f"{where}.{k}", TITLE)
        for k in ("description_en", "description_fr"):
            text(s[k], f"{where}.{k}", DESCRIPTION, optional=True)
        check(set(s["interpretation"]) <= set(m["languages"]), f"{where}: interpretation {s['interpretation']}")
        for j, it in enumerate(s["items"]):
            if fields(it, ITEM, f"{where} item {j}"):
                text(it["title_en"], f"{where} item {j}.title_en", TITLE)
                text(it["title_fr"], f"{where} item {j}.title_fr", TITLE)

        involved = []
        for field, role in (("chairs", "chair"), ("co_chairs", "co_chair"), ("speakers", "speaker")):
            check(isinstance(s[field], list), f"{where}.{field}: not a list")
            check(len(s[field]) == len(set(s[field])), f"{where}.{field}: listed twice")
            for e in s[field]:
                involved.append((e, role, field))
        for field, role in (("moderator", "moderator"), ("rapporteur", "rapporteur")):
            if s[field] is not None:
                involved.append((s[field], role, field))
        for e, role, field in involved:
            if check(e in people, f"{where}.{field}: {e} is not a participant"):
                used_roles[e].add(role)
        if s["kind"] == "break":
            check(not involved and not s["items"], f"{where}: a break has people or items")
        if s["kind"] in ("panel", "plenary") and s["pillar"]:
            check(s["rapporteur"] is not None, f"{where}: substantive session without a rapporteur")
            check(2 <= len(s["items"]) <= 4, f"{where}: {len(s['items'])} agenda items")
        if ok_times:
            slots.append((s["day"], minutes(s["start"]), minutes(s["end"]), s["key"], s["room"],
                          {e for e, _, _ in involved}))

    for a_i, a in enumerate(slots):
        for b in slots[a_i + 1:]:
            if a[0] != b[0] or not (a[1] < b[2] and b[1] < a[2]):
                continue
            check(a[4] != b[4], f"room {a[4]} double-booked: {a[3]} and {b[3]}")
            both = a[5] & b[5]
            check(not both, f"{sorted(both)} in overlapping sessions {a[3]} and {b[3]}")

    # programme shape
    kinds = Counter(s["kind"] for s in data["sessions"])
    check(kinds["opening"] == 1 and kinds["closing"] == 1, "needs one opening and one closing session")
    opening = next((s for s in data["sessions"] if s["kind"] == "opening"), None)
    closing = next((s for s in data["sessions"] if s["kind"] == "closing"), None)
    if opening and ahmed and baumgartner:
        check({ahmed, baumgartner} <= set(opening["speakers"]), "both co-chairs must speak at the opening")
    if closing and ahmed:
        check(ahmed in closing["speakers"], "Hon Tijjani Aliyu Ahmed must speak at the closing")
    pillars_on = {s["pillar"]: s["day"] for s in data["sessions"] if s["pillar"] and s["kind"] in ("panel", "plenary")}
    check(pillars_on == {"prevention": DAYS[0], "protection": DAYS[0], "prosecution": DAYS[1], "partnership": DAYS[1]},
          f"pillar sessions: {pillars_on}")

    # roles on participants match the programme (observer and the meeting co-chairs are free)
    for e, pp in people.items():
        declared = set(pp["roles"]) - {"observer"}
        needed = used_roles[e]
        check(needed <= set(pp["roles"]), f"{e}: roles {pp['roles']} miss {sorted(needed - set(pp['roles']))}")
        extra = declared - needed - ({"co_chair"} if e in (ahmed, baumgartner) else set())
        check(not extra, f"{e}: roles {sorted(extra)} not used in any session")

    # -- glossary: one entry per English term (case ignored), the meeting's terms all there
    seen_terms = set()
    for i, t in enumerate(data["glossary"]):
        where = f"glossary term {i} ({t.get('en') if isinstance(t, dict) else t!r})"
        if not fields(t, TERM, where):
            continue
        text(t["en"], f"{where}.en", NAME)
        text(t["fr"], f"{where}.fr", NAME)
        check(isinstance(t["note"], str) and t["note"] == t["note"].strip(), f"{where}.note: not a trimmed string")
        key = t["en"].casefold() if isinstance(t["en"], str) else None
        check(key not in seen_terms, f"{where}: English term listed twice")
        seen_terms.add(key)
    pairs = {(t.get("en"), t.get("fr")) for t in data["glossary"] if isinstance(t, dict)}
    check(REQUIRED_TERMS <= pairs, f"glossary misses {sorted(REQUIRED_TERMS - pairs)}")

    # largest rooms hold everyone in plenary
    plenary_rooms = {s["room"] for s in data["sessions"] if s["kind"] in ("opening", "plenary", "panel", "closing")}
    for r in plenary_rooms:
        check(capacity.get(r, 0) >= len(people), f"room {r} cannot seat all {len(people)} participants")

    if errors:
        print(f"{SEED.name}: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1

    # -- summary
    by_cat = Counter()
    delegations_by_cat = Counter()
    for d in data["delegations"]:
        cat = "member_state" if "country" in d else org_category[d["organisation"]]
        by_cat[cat] += len(d["participants"])
        delegations_by_cat[cat] += 1
    genders = Counter(x.get("gender") for x in people.values())
    known = genders["female"] + genders["male"] + genders["other"]
    print(f"{SEED.name}: OK")
    print(f"  participants: {len(people)} (attended {sum(x['attended'] for x in people.values())})")
    print(f"  country delegations: {len(set(countries))}; organisation delegations: {len(orgs_seen)}")
    for cat, n in sorted(by_cat.items(), key=lambda kv: -kv[1]):
        print(f"    {cat:32} {delegations_by_cat[cat]:3} delegation(s) {n:4} participant(s)")
    print(f"  gender: {genders['female']} female, {genders['male']} male, {genders['other']} other, "
          f"{genders[None]} not recorded ({100 * genders['female'] / known:.0f}% women of those known)")
    print(f"  glossary: {len(data['glossary'])} terms")
    print(f"  sessions: {len(data['sessions'])} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
    for day in DAYS:
        print(f"    {day}: {sum(1 for s in data['sessions'] if s['day'] == day)} session(s)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        # A structural problem stopped the checks; show what was found before it.
        print(f"{SEED.name}: malformed ({type(exc).__name__}: {exc})")
        for e in errors:
            print("  -", e)
        sys.exit(1)

#!/usr/bin/env python3
"""Generates the reference-data migrations from the province's published lists.

Run once by a developer when the lists change (python3 db/seed/generate_seed.py ../shared/data);
the application itself only ever reads the generated migrations. Sources are described in
../shared/data/README.md (Resolution 1655/NQ-UBTVQH15 and the statistics office's unit list).
"""
import csv
import sys
import unicodedata
from pathlib import Path

data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
out = Path(__file__).resolve().parent.parent / "migration"

PROVINCE_ID = 1
# Provincial agencies after the 2025 restructuring; codes are internal (no national code exists).
AGENCIES = [
    ("96.TTHCC", "Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm"),
    ("96.VP", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng"),
    ("96.SNV", "Sở Nội vụ", "Sở"),
    ("96.STP", "Sở Tư pháp", "Sở"),
    ("96.STC", "Sở Tài chính", "Sở"),
    ("96.SCT", "Sở Công Thương", "Sở"),
    ("96.SNNMT", "Sở Nông nghiệp và Môi trường", "Sở"),
    ("96.SXD", "Sở Xây dựng", "Sở"),
    ("96.SKHCN", "Sở Khoa học và Công nghệ", "Sở"),
    ("96.SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở"),
    ("96.SGDDT", "Sở Giáo dục và Đào tạo", "Sở"),
    ("96.SYT", "Sở Y tế", "Sở"),
    ("96.SDTTG", "Sở Dân tộc và Tôn giáo", "Sở"),
    ("96.TTR", "Thanh tra tỉnh", "Thanh tra"),
]


def search_name(name: str) -> str:
    """Same folding as SearchText.fold in Java: no diacritics, đ -> d, lower case, single spaces."""
    s = name.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return " ".join(s.lower().split())


def q(v):
    if v is None:
        return "NULL"
    return "'" + str(v).replace("'", "''") + "'"


def unit_row(uid, code, name, level, kind, parent, path, vfrom, vto, fpc, fpn, order):
    return "(" + ", ".join([str(uid), q(code), q(name), q(search_name(name)), q(level), q(kind),
                            "NULL" if parent is None else str(parent), q(path), q(vfrom), q(vto),
                            q(fpc), q(fpn), str(order)]) + ")"


def district_kind(name):
    for k in ("Thành phố", "Thị xã", "Huyện"):
        if name.startswith(k):
            return k
    raise ValueError(name)


def main():
    communes = list(csv.DictReader(open(data / "ca-mau-communes-2025.csv", encoding="utf-8")))
    lineage = list(csv.DictReader(open(data / "ca-mau-lineage-2025.csv", encoding="utf-8")))
    rows = [unit_row(PROVINCE_ID, "96", "Tỉnh Cà Mau", "PROVINCE", "Tỉnh", None, "/1/", None, None, None, None, 0)]

    for i, (code, name, kind) in enumerate(AGENCIES):
        uid = 10 + i
        rows.append(unit_row(uid, code, name, "AGENCY", kind, PROVINCE_ID, f"/1/{uid}/", None, None, None, None, i))

    new_ids = {}
    # Wards first, then communes, each alphabetically: the order the province's own lists use.
    ordered = sorted(communes, key=lambda c: (c["kind"] != "Phường", search_name(c["name"])))
    for i, c in enumerate(ordered):
        uid = 100 + i
        new_ids[c["code"]] = uid
        rows.append(unit_row(uid, c["code"], c["name"], "COMMUNE", c["kind"], PROVINCE_ID, f"/1/{uid}/",
                             "2025-07-01", None, None, None, i))

    district_ids, old_ids = {}, {}
    for r in lineage:
        d = r["old_district_code"]
        if d not in district_ids:
            uid = 200 + len(district_ids)
            district_ids[d] = uid
            rows.append(unit_row(uid, d, r["old_district_name"], "DISTRICT", district_kind(r["old_district_name"]),
                                 PROVINCE_ID, f"/1/{uid}/", None, "2025-06-30", r["old_province_code"],
                                 r["old_province_name"], len(district_ids)))
    for r in lineage:
        c = r["old_commune_code"]
        if c not in old_ids:
            uid = 300 + len(old_ids)
            old_ids[c] = uid
            did = district_ids[r["old_district_code"]]
            rows.append(unit_row(uid, c, r["old_commune_name"], "COMMUNE", r["old_commune_kind"], did,
                                 f"/1/{did}/{uid}/", None, "2025-06-30", r["old_province_code"],
                                 r["old_province_name"], len(old_ids)))

    successors = {}
    for r in lineage:
        successors.setdefault(r["old_commune_code"], []).append(r)
    links = []
    for old_code, rs in successors.items():
        news = [r["new_commune_code"] for r in rs]
        if len(rs) == 1:
            primary, rule = news[0], "ONLY_SUCCESSOR"
        elif old_code in news:
            primary, rule = old_code, "KEPT_CODE"
        else:
            primary, rule = news[0], "FIRST_LISTED"
        for r in rs:
            new = r["new_commune_code"]
            links.append("(" + ", ".join([str(old_ids[old_code]), str(new_ids[new]), q(r["merge_type"].upper()),
                                          "TRUE" if new == primary else "FALSE", q(rule)]) + ")")

    with open(out / "V2__admin_units.sql", "w", encoding="utf-8") as f:
        f.write("-- Generated by db/seed/generate_seed.py from the published unit lists; do not edit by hand.\n")
        f.write("-- Tỉnh Cà Mau (96) with its 64 communes and wards from 1 July 2025, its provincial agencies,\n")
        f.write("-- and the 16 former district-level and 164 former commune-level units of Cà Mau and Bạc Liêu.\n")
        f.write("INSERT INTO admin_unit (id, code, name, search_name, unit_level, kind_label, parent_id, path, valid_from,"
                " valid_to, former_province_code, former_province_name, sort_order) VALUES\n")
        f.write(",\n".join(rows) + ";\n\n")
        f.write("INSERT INTO unit_lineage (old_unit_id, new_unit_id, merge_type, is_primary, primary_rule) VALUES\n")
        f.write(",\n".join(links) + ";\n")

    days = list(csv.DictReader(open(data / "vn-holidays.csv", encoding="utf-8")))
    with open(out / "V3__calendar_days.sql", "w", encoding="utf-8") as f:
        f.write("-- Generated by db/seed/generate_seed.py from the holiday schedules 2023-2026; administrators\n")
        f.write("-- edit the table in the application when the government announces a new schedule.\n")
        f.write("INSERT INTO calendar_day (day, kind, name, confidence) VALUES\n")
        f.write(",\n".join("(" + ", ".join([q(d["date"]), q(d["kind"].upper()), q(d["name"]),
                                             q(d["confidence"].upper())]) + ")" for d in days) + ";\n")
    print(f"{len(rows)} units, {len(links)} lineage links, {len(days)} calendar days")


if __name__ == "__main__":
    main()

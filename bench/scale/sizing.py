#!/usr/bin/env python3
"""Sizes a hosted Haven service for all 153 English local authorities (docs/scale.md).

    python3 bench/scale/sizing.py                      # modelled spread of authority sizes (see below)
    python3 bench/scale/sizing.py --la-csv FILE.csv    # the DfE's local-authority table instead

Volumes are the DfE's published national figures for the year ending 31 March 2024 ("Children in need" and
"Children looked after in England" releases): 621,880 referrals, 399,460 children in need and 50,010 on child
protection plans at 31 March, 83,630 children looked after, from all 153 authorities; 399,460 children in need
were 332.9 per 10,000 children, so England has about 12.0 million children.

Without the DfE's local-authority table (not held offline in this repository) the spread of authority sizes is
modelled: children per authority log-normal (median 60,000, sigma 0.73: mean 78,500 x 153 = 12.0 million), with the
largest capped at 350,000 (Kent, the largest, has about 340,000 children) and the smallest at 400 (the Isles of
Scilly), rescaled so the total is England's. Each authority's volumes are England's rates times its children.
--la-csv reads a CSV with columns la_name,referrals (one row per authority, e.g. exported from the DfE's
explore-education-statistics table tool) and derives the rest from the referrals with the same national ratios.

Per-authority database size and load come from Haven's own measurements (docs/performance.md): a generated
100,000-child authority (216,894 people, a year of front-door work and case histories) is 426 MB in SQLite; the
largest-authority profile (250,000 people, 500,000 referrals over 20 years, ~10 million events and case notes)
is the yardstick for bytes per referral-year of history. Everything here is deterministic (no random draws).
"""
import argparse
import csv
import math
import statistics
from statistics import NormalDist

AUTHORITIES = 153
ENGLAND_CHILDREN = 399_460 / 0.03329           # children in need / rate per child
REFERRALS = 621_880
CHILDREN_IN_NEED = 399_460
CP_PLANS = 50_010
LOOKED_AFTER = 83_630

# Haven's footprint per authority, from the largest-authority profile: 25,000 referrals a year over 20 years make
# 250,000 people and ~10 million case events and notes. Bytes per row include indexes (measured: 426 MB for the
# 216,894-person demo authority, ~2 KB per person with its records; events and notes ~0.5 KB each with indexes).
YEARS_OF_HISTORY = 20
PEOPLE_PER_REFERRAL_YEAR = 250_000 / (25_000 * 20)
EVENTS_PER_REFERRAL_YEAR = 10_000_000 / (25_000 * 20)
BYTES_PER_PERSON = 2_000
BYTES_PER_EVENT = 500

# Load: the largest authority has ~1,500 staff users for 25,000 referrals a year (issue 18). At the busiest hour a
# third of staff are signed in and each asks for a page every 20 s; one core serves ~100 pages a second of the
# issue's mix (CPU per request 3-10 ms, team trays more), so cores = peak pages per second / 100. An app process
# holds ~400 MB however small the authority (issue 18 measured 584 MB at the largest under load).
STAFF_PER_REFERRAL = 1_500 / 25_000
PEAK_SHARE_SIGNED_IN = 1 / 3
SECONDS_BETWEEN_PAGES = 20
PAGES_PER_CORE_SECOND = 100
APP_PROCESS_GB = 0.4


def modelled_children():
    dist = NormalDist(mu=math.log(60_000), sigma=0.73)
    raw = [math.exp(dist.inv_cdf((i + 0.5) / AUTHORITIES)) for i in range(AUTHORITIES)]
    # The two smallest are far below any log-normal tail: the Isles of Scilly (~400 children) and the City of London (~1,000).
    raw = sorted((min(c, 350_000) for c in raw), reverse=True)[:-2]
    scale = (ENGLAND_CHILDREN - 1_400) / sum(raw)
    children = [min(c * scale, 350_000) for c in raw] + [1_000, 400]
    return [(f"LA {i + 1:03d}", c) for i, c in enumerate(children)]


def from_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = [(r["la_name"], float(r["referrals"])) for r in csv.DictReader(f) if r.get("referrals", "").replace(".", "").isdigit()]
    return [(name, referrals / REFERRALS * ENGLAND_CHILDREN) for name, referrals in sorted(rows, key=lambda r: -r[1])]


def size(children):
    share = children / ENGLAND_CHILDREN
    referrals = REFERRALS * share
    people = referrals * YEARS_OF_HISTORY * PEOPLE_PER_REFERRAL_YEAR
    events = referrals * YEARS_OF_HISTORY * EVENTS_PER_REFERRAL_YEAR
    db_gb = (people * BYTES_PER_PERSON + events * BYTES_PER_EVENT) / 1e9
    staff = referrals * STAFF_PER_REFERRAL
    pages = staff * PEAK_SHARE_SIGNED_IN / SECONDS_BETWEEN_PAGES
    return {
        "children": children, "referrals": referrals, "cin": CHILDREN_IN_NEED * share, "cp": CP_PLANS * share,
        "cla": LOOKED_AFTER * share, "people": people, "events": events, "db_gb": db_gb, "staff": staff,
        "peak_pages": pages, "cores": pages / PAGES_PER_CORE_SECOND,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--la-csv")
    parser.add_argument("--node-gb", type=float, default=500, help="database storage per PostgreSQL node (GB)")
    parser.add_argument("--node-cores", type=int, default=16, help="cores per database node")
    parser.add_argument("--max-per-node", type=int, default=20, help="authorities per node at most: bounds what one node's failure or maintenance touches")
    args = parser.parse_args()
    las = from_csv(args.la_csv) if args.la_csv else modelled_children()
    sized = [(name, size(children)) for name, children in las]

    def total(key):
        return sum(s[key] for _, s in sized)

    print(f"{len(sized)} authorities, {total('children'):,.0f} children; source: {'DfE table ' + args.la_csv if args.la_csv else 'modelled spread of sizes'}")
    print(f"{'':24}{'referrals/yr':>14}{'in need':>10}{'in care':>10}{'people (20 y)':>15}{'events+notes':>14}{'DB GB':>8}{'staff':>8}{'peak pages/s':>14}{'cores':>7}")
    profile = size(25_000 / REFERRALS * ENGLAND_CHILDREN)
    picks = [("largest profile (#18)", profile), ("largest modelled", sized[0][1]), ("90th percentile", sized[len(sized) // 10][1]), ("median", sized[len(sized) // 2][1]), ("smallest", sized[-1][1])]
    for label, s in picks:
        print(f"{label:24}{s['referrals']:>14,.0f}{s['cin']:>10,.0f}{s['cla']:>10,.0f}{s['people']:>15,.0f}{s['events']:>14,.0f}{s['db_gb']:>8.1f}{s['staff']:>8,.0f}{s['peak_pages']:>14.1f}{s['cores']:>7.2f}")
    print(f"{'England (sum)':24}{total('referrals'):>14,.0f}{total('cin'):>10,.0f}{total('cla'):>10,.0f}{total('people'):>15,.0f}{total('events'):>14,.0f}{total('db_gb'):>8.0f}{total('staff'):>8,.0f}{total('peak_pages'):>14.0f}{total('cores'):>7.1f}")

    # Database per authority: first-fit-decreasing onto nodes by storage, then check each node's cores.
    nodes = []
    for name, s in sized:
        for node in nodes:
            if node["gb"] + s["db_gb"] <= args.node_gb * 0.6 and node["cores"] + s["cores"] <= args.node_cores * 0.6 and len(node["las"]) < args.max_per_node:
                node["gb"] += s["db_gb"]; node["cores"] += s["cores"]; node["las"].append(name)
                break
        else:
            nodes.append({"gb": s["db_gb"], "cores": s["cores"], "las": [name]})
    print()
    print(f"Database per authority on {args.node_cores}-core nodes with {args.node_gb:.0f} GB each, filled to 60% and at most {args.max_per_node} authorities a node: {len(nodes)} primary nodes "
          f"(+ {len(nodes)} streaming replicas), {statistics.mean(len(n['las']) for n in nodes):.0f} databases a node on average, "
          f"largest node {max(n['gb'] for n in nodes):.0f} GB / {max(n['cores'] for n in nodes):.1f} cores busy at peak")
    print(f"The largest authority alone (issue 18's profile): {profile['db_gb']:.1f} GB and {profile['cores']:.2f} cores at peak: it fits one node, so "
          f"spreading one authority's rows over several (Citus) buys no capacity.")
    print(f"App processes: one per authority holds {len(sized) * APP_PROCESS_GB:.0f} GB of memory in all for {total('cores'):.1f} cores of peak work; "
          f"a few shared processes routing by authority would hold ~{math.ceil(total('cores') / 2) * APP_PROCESS_GB * 2:.0f} GB.")
    daily_mb = total("db_gb") / YEARS_OF_HISTORY / 365 * 1000
    print(f"Backups: {total('db_gb'):.0f} GB of databases in all; new data ~{daily_mb:.0f} MB a day (WAL ~3x that with indexes and updates), "
          f"so a nightly pg_dump of every database reads {total('db_gb'):.0f} GB and continuous WAL archiving carries ~{3 * daily_mb:.0f} MB a day.")


if __name__ == "__main__":
    main()

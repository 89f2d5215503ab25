import json, os, sys
root = os.path.dirname(os.path.abspath(__file__))
CATS = {"date_of_birth","birthplace","football_team","police_affiliation","family","home_location","phone_number","email_address"}
FACTS = {"full_name","date_of_birth","birthplace","football_team","family","home_postcode","phone","email"}
bad = 0
for c in sorted(os.listdir(root)):
    p = os.path.join(root, c)
    if not os.path.isdir(p): continue
    d = json.load(open(os.path.join(p, "case.json")))
    errs = []
    if d.get("id") != c: errs.append("id != folder")
    if d["command"] not in ("audit","scan"): errs.append("command")
    for f in d.get("files", []):
        if not os.path.exists(os.path.join(p, f["file"])): errs.append("missing " + f["file"])
    resp = {r["url"].rstrip("/") for r in d.get("responses", [])}
    for r in d.get("responses", []):
        if "file" in r and not os.path.exists(os.path.join(p, r["file"])): errs.append("missing " + r["file"])
    for u in d.get("urls", []):
        if u.rstrip("/") not in resp: errs.append("no response for " + u)
    if d["command"] == "audit" and not any(r["url"].endswith("/robots.txt") for r in d["responses"]): errs.append("no robots")
    for k in d.get("facts", {}):
        if k not in FACTS: errs.append("fact key " + k)
    for sec in ("expected","forbidden","optional"):
        for l in d.get(sec, []):
            if l["category"] not in CATS: errs.append(sec + " category " + l["category"])
            if not l.get("match"): errs.append(sec + " no match")
    print(c, len(d["expected"]), "exp", len(d["forbidden"]), "forb", "OK" if not errs else errs)
    bad += bool(errs)
sys.exit(bad)

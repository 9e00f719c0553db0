#!/usr/bin/env python3
"""Render a jobwright draft as a plain-text posting with PyYAML and Jinja2.

The Python baseline for the benchmark (issue 10): the same job as `jobwright render posting
DRAFT` (text, 78 columns), written the way a Python developer would write it. It reads the
catalog YAML in Catalog/ and the draft, resolves the chosen competency ids to bullet text under
area headings, role ids to titles, fills the notices, formats the pay range and dates, counts
the CoSN and ISTE coverage, spells glossary terms out at first use and wraps the text with
textwrap. Its output is a complete posting but not byte-identical to jobwright's.

    python3 Benchmarks/python/render_posting.py [DRAFT] [--width N] [--which-loader]
"""

import argparse
import datetime
import os
import re
import sys
import textwrap

import yaml
from jinja2 import Environment, FileSystemLoader

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CATALOG = os.path.join(ROOT, "Catalog")
DEFAULT_DRAFT = os.path.join(ROOT, "Templates", "example.draft.yaml")

# libyaml's C loader when PyYAML was built with it, else the pure-Python one.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The catalog files a posting reads (scales.yaml is only for rubrics, but is part of the
# catalog a posting is checked against, so it is loaded too).
CATALOG_FILES = ("areas", "competencies", "frameworks", "roles", "notices", "glossary", "scales")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
EMPLOYMENT = {"full-time": "Full-time", "part-time": "Part-time",
              "temporary": "Temporary", "contract": "Contract"}
VERBATIM = "\x1f"  # marks a preformatted line (the org chart) that is not wrapped


def load_yaml(path):
    with open(path, "rb") as f:
        return yaml.load(f, Loader=Loader)


def load_catalog():
    data = {name: load_yaml(os.path.join(CATALOG, name + ".yaml")) for name in CATALOG_FILES}
    standards = {}
    for framework in data["frameworks"]["frameworks"]:
        for standard in framework.get("standards", []):
            standards[standard["id"]] = dict(standard, framework=framework["id"])
    return {
        "areas": data["areas"]["areas"],
        "competencies": {c["id"]: c for c in data["competencies"]["competencies"]},
        "frameworks": {f["id"]: f for f in data["frameworks"]["frameworks"]},
        "standards": standards,
        "roles": {r["id"]: r["title"] for r in data["roles"]["roles"]},
        "notices": {n["id"]: n for n in data["notices"]["notices"]},
        "glossary": data["glossary"]["glossary"],
        "scales": {s["id"]: s for s in data["scales"]["scales"]},
    }


# --- small formatting helpers ------------------------------------------------------------------

def text(value):
    """One line with single spaces, or None for a missing or blank value."""
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def long_date(value):
    if not value:
        return None
    if not isinstance(value, datetime.date):
        value = datetime.date.fromisoformat(str(value))
    return f"{MONTHS[value.month - 1]} {value.day}, {value.year}"


def money(amount, currency):
    cents = round(float(amount) * 100)
    digits = f"{abs(cents) // 100:,}" + (f".{abs(cents) % 100:02d}" if cents % 100 else "")
    sign = "-" if cents < 0 else ""
    currency = (currency or "USD").upper()
    return f"{sign}${digits}" if currency == "USD" else f"{sign}{digits} {currency}"


def pay_range(comp):
    low, high = comp.get("minimum"), comp.get("maximum")
    if low is None:
        return None
    period = f" per {comp['period']}" if comp.get("period") else ""
    currency = comp.get("currency")
    if high is None or high == low:
        return money(low, currency) + period
    return f"{money(low, currency)} to {money(high, currency)}{period}"


def join_and(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- the posting's values ----------------------------------------------------------------------

class Posting:
    def __init__(self, draft, catalog, env, width):
        self.draft, self.catalog, self.env, self.width = draft, catalog, env, width
        self.position = draft.get("position") or {}

    def role(self, value):
        """A role id's title, or the free text itself."""
        return self.catalog["roles"].get(value, value)

    def chosen_bullets(self):
        custom = {c["id"]: c for c in self.draft.get("customCompetencies") or []}
        bullets = []
        for cid in self.draft.get("competencies") or []:
            bullet = self.catalog["competencies"].get(cid) or custom.get(cid)
            if bullet is None:
                print(f"render_posting: unknown competency '{cid}' skipped", file=sys.stderr)
            else:
                bullets.append(bullet)
        return bullets

    def by_area(self, bullets, kind):
        groups = []
        for area in self.catalog["areas"]:
            texts = [text(b["text"]) for b in bullets if b["area"] == area["id"] and b["kind"] == kind]
            if texts:
                groups.append({"number": area["number"], "heading": area.get("heading") or area["title"],
                               "bullets": texts})
        return groups

    def notice(self, notice_id):
        notice = self.catalog["notices"].get(notice_id)
        if notice is None:
            return None
        coordinator = (self.draft.get("notices") or {}).get("coordinator") or {}
        values = {
            "district": text(self.position.get("district")) or "The district",
            "position": {"title": text(self.position.get("title")) or "this position"},
            "flsa": self.draft.get("flsa") or "",
            "coordinator": {key: text(coordinator.get(key)) or f"[coordinator's {key}]"
                            for key in ("name", "title", "address", "email", "phone")},
        }
        # The notices are Mustache templates; their {{name}} and {{a.b}} tags are valid Jinja2.
        return {"title": notice["title"], "text": text(self.env.from_string(notice["text"]).render(values))}

    def reporting(self):
        lines = self.draft.get("reporting") or {}
        bosses = [self.role(r) for r in [lines.get("reportsTo")] + (lines.get("alsoReportsTo") or []) if text(r)]
        supervises = [self.role(s["role"]) + (f" ({s['count']})" if s.get("count") is not None else "")
                      for s in lines.get("supervises") or []]
        dotted = [self.role(r) for r in lines.get("dottedLines") or [] if text(r)]
        works_with = [self.role(r) for r in lines.get("worksWith") or [] if text(r)]
        reports_to = join_and(bosses) if bosses else None
        if not (reports_to or dotted or supervises or works_with):
            return None, None
        chart = None
        if reports_to or supervises:
            chart = self.org_chart(reports_to, dotted, supervises)
        return {"reports_to": reports_to, "dotted_lines": dotted, "supervises": supervises,
                "works_with": works_with}, chart

    def org_chart(self, reports_to, dotted, supervises):
        width = self.width - 2
        out = []

        def add(label, first, rest):
            available = max(12, width - len(first))
            for i, part in enumerate(textwrap.wrap(label, available, break_long_words=False,
                                                   break_on_hyphens=False) or [""]):
                out.append((first if i == 0 else rest) + part)

        title = text(self.position.get("title")) or "This position"
        indent = ""
        if reports_to:
            add(reports_to, "", "")
            add(title + " (this position)", "└── ", "    ")
            indent = "    "
        else:
            add(title + " (this position)", "", "")
        for line in dotted:
            add("dotted line to " + line, indent + "┄┄┄ ", indent + "    ")
        for i, child in enumerate(supervises):
            last = i == len(supervises) - 1
            add(child, indent + ("└── " if last else "├── "), indent + ("    " if last else "│   "))
        return "\n".join(out)

    def alignment_summary(self, bullets):
        covered = {sid for b in bullets for sid in b.get("aligns") or []}
        standards = self.catalog["standards"].values()
        cosn = [s for s in standards if s["framework"] == "cosn" and s.get("kind") == "skill-area"]
        iste = [s for s in standards if s["framework"] == "iste" and s.get("kind") == "indicator"]
        return (f"The chosen duties and knowledge cover {sum(s['id'] in covered for s in cosn)} of {len(cosn)} "
                f"CoSN skill areas and {sum(s['id'] in covered for s in iste)} of {len(iste)} ISTE indicators.")

    def compensation(self):
        comp = self.draft.get("compensation") or {}
        values = {"range": pay_range(comp), "note": text(comp.get("note"))}
        if values["range"]:
            notice = self.notice("pay-range")
            values["statement"] = notice and notice["text"]
        flsa = self.draft.get("flsa")
        if flsa:
            values["flsa"] = "Exempt" if flsa == "exempt" else "Non-exempt"
            notice = self.notice("flsa-exempt" if flsa == "exempt" else "flsa-non-exempt")
            values["flsa_statement"] = notice and notice["text"]
        return values

    def application(self):
        app = self.draft.get("application") or {}
        url = text(app.get("url"))
        posting_id = text(self.position.get("postingId"))
        if url and "{postingId}" in url:
            url = url.replace("{postingId}", posting_id) if posting_id else \
                url.replace("/{postingId}", "").replace("{postingId}", "")
        contact = app.get("contact") or {}
        return {"instructions": text(app.get("instructions")), "url": url,
                "contact": [v for v in (text(contact.get(k)) for k in ("name", "title", "email", "phone")) if v]}

    def closing_date(self):
        date = long_date(self.position.get("closingDate"))
        if not self.position.get("openUntilFilled"):
            return date
        return f"{date} (first review); open until filled" if date else "Open until filled"

    def context(self):
        p, d = self.position, self.draft
        location = p.get("location") or {}
        city_line = ", ".join(x for x in (text(location.get("city")),
                                          text(" ".join(str(v) for v in (location.get("state"), location.get("postalCode")) if v)))
                              if x)
        address = ", ".join(x for x in (text(location.get("street")), city_line) if x)
        name = text(location.get("name"))
        bullets = self.chosen_bullets()
        reporting, chart = self.reporting()
        quals = d.get("qualifications") or {}
        notices = [self.notice("background-check")]
        notices += [self.notice(i) for i in (d.get("notices") or {}).get("include") or []]
        notices.append(self.notice("nondiscrimination"))
        return {
            "title": text(p.get("title")) or "Untitled position",
            "district": text(p.get("district")), "department": text(p.get("department")),
            "posting_id": text(p.get("postingId")),
            "location": ", ".join(x for x in (name, address) if x),
            "employment_type": EMPLOYMENT.get(p.get("employmentType")),
            "fte": str(float(p["fte"])) if p.get("fte") is not None else None,
            "work_year": text(p.get("workYear")), "contract_days": p.get("contractDays"),
            "start_date": long_date(p.get("startDate")), "posting_date": long_date(p.get("postingDate")),
            "closing_date": self.closing_date(),
            "summary": text(d.get("summary")), "day_in_the_life": text(d.get("dayInTheLife")),
            "reporting": reporting, "org_chart": chart,
            "duty_areas": self.by_area(bullets, "duty"), "knowledge_areas": self.by_area(bullets, "knowledge"),
            "required": [t for t in map(text, quals.get("required") or []) if t],
            "preferred": [t for t in map(text, quals.get("preferred") or []) if t],
            "alignment_summary": self.alignment_summary(bullets),
            "comp": self.compensation(),
            "physical_demands": [t for t in map(text, d.get("physicalDemands") or []) if t],
            "working_conditions": [t for t in map(text, d.get("workingConditions") or []) if t],
            "application": self.application(),
            "notices": [n for n in notices if n],
        }


# --- glossary: spell each term out at its first use in running text ----------------------------

LABEL = re.compile(r"^[^\n:]{0,32}:  ", re.M)


def protected_spans(document):
    """Preformatted lines and the label column of "Label:  value" lines."""
    spans = []
    for m in re.finditer(r"^" + VERBATIM + r".*$", document, re.M):
        spans.append((m.start(), m.end()))
    for m in LABEL.finditer(document):
        spans.append((m.start(), m.end()))
    return spans


def in_address(document, start, end):
    left = max(document.rfind(c, 0, start) for c in ' \n\t"()<>') + 1
    right = min((i for i in (document.find(c, end) for c in ' \n\t"()<>') if i >= 0), default=len(document))
    word = document[left:right]
    return "://" in word or "@" in word or word.startswith("www.")


def spell_out_glossary(document, glossary):
    spans = protected_spans(document)
    lowered = document.lower()
    changes = []
    for entry in glossary:
        term, expansion = entry["term"], entry["expansion"]
        for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", document):
            start, end = m.span()
            if any(a <= start < b for a, b in spans) or in_address(document, start, end):
                continue
            after = lowered[end:end + len(expansion) + 12]
            spelled = (after.startswith(" (") and expansion.lower() in after) or \
                f"{expansion} ({term}".lower() in lowered[:end]
            if not spelled:
                changes.append((start, end, f"{expansion} ({term})"))
            break
    out, last = [], len(document)
    for start, end, replacement in sorted(changes, reverse=True):
        if end <= last:
            out.append(document[end:last])
            out.append(replacement)
            last = start
    out.append(document[:last])
    return "".join(reversed(out))


# --- layout: wrap every line with a hanging indent ---------------------------------------------

BULLET = re.compile(r"( *)(- |\* |• |\[[ xX]\] |\d{1,3}[.)] +|[a-z]\) +)")
LABELLED = re.compile(r"( *)([^:]{0,32}: {2,})")


def layout(document, width):
    wrapper = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=False)
    out = []
    for line in document.split("\n"):
        if line.startswith(VERBATIM):
            out.append(line[1:].rstrip())
            continue
        if len(line) <= width:
            out.append(line.rstrip())
            continue
        m = BULLET.match(line) or LABELLED.match(line)
        prefix = m.group(0) if m else line[:len(line) - len(line.lstrip(" "))]
        wrapper.initial_indent = prefix
        wrapper.subsequent_indent = " " * len(prefix)
        out.extend(l.rstrip() for l in wrapper.wrap(line[len(prefix):]) or [prefix])
    # At most one blank line in a row, and exactly one final newline.
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description="Render a jobwright draft as a plain-text posting.")
    parser.add_argument("draft", nargs="?", default=DEFAULT_DRAFT)
    parser.add_argument("--width", type=int, default=78)
    parser.add_argument("--which-loader", action="store_true",
                        help="print which YAML loader is used (to stderr) and exit")
    args = parser.parse_args(argv)
    if args.which_loader:
        print(f"PyYAML {yaml.__version__}, loader {Loader.__name__}", file=sys.stderr)
        return 0

    catalog = load_catalog()
    draft = load_yaml(args.draft) or {}
    if draft.get("jobwright") != 1:
        print(f"render_posting: {args.draft}: not a jobwright draft (jobwright: 1)", file=sys.stderr)
        return 1
    env = Environment(loader=FileSystemLoader(HERE), trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, autoescape=False)
    env.filters["verbatim"] = lambda block: "\n".join(VERBATIM + l for l in block.split("\n"))
    context = Posting(draft, catalog, env, args.width).context()
    document = env.get_template("posting.txt.j2").render(context)
    document = spell_out_glossary(document, catalog["glossary"])
    sys.stdout.write(layout(document, args.width))
    return 0


if __name__ == "__main__":
    sys.exit(main())

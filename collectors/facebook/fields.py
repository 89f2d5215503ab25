"""Facebook's Intro and About entries, one at a time: which of them is a place, a birthday,
a relative, a relationship, a job or free text, from the label beside it, the section it is
in or the words it starts with ("Lives in", "From", "Works at", "Married to"). Shared by the
readers of the current layout (current.py) and the older ones
(classic.py)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from collectors import text as T
from footprint.models import Profile

RELATIONS = {"wife", "husband", "partner", "spouse", "fiancé", "fiancée", "fiance", "fiancee", "boyfriend",
             "girlfriend", "mother", "father", "mum", "mom", "dad", "parent", "son", "daughter", "child",
             "brother", "sister", "sibling", "cousin", "aunt", "uncle", "niece", "nephew", "grandmother",
             "grandfather", "grandson", "granddaughter", "grandparent", "grandchild", "stepson",
             "stepdaughter", "stepmother", "stepfather", "stepbrother", "stepsister", "half-brother",
             "half-sister", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law",
             "brother-in-law", "sister-in-law", "family member", "relative", "twin brother", "twin sister"}
LABEL_HINTS = {"current town/city": "home_location", "current city": "home_location", "address": "home_location",
               "hometown": "birthplace", "mobile": "phone", "phone": "phone", "mobile phone": "phone",
               "home phone": "phone", "work phone": "phone", "email": "email", "birth date": "date_of_birth",
               "birthday": "date_of_birth", "date of birth": "date_of_birth", "birth year": "date_of_birth",
               "home town": "birthplace", "lives in": "home_location", "mobile number": "phone",
               "e-mail": "email", "email address": "email"}
STATUSES = ("married to", "engaged to", "in a relationship with", "in a civil partnership with",
            "in a domestic partnership with", "in an open relationship with", "it's complicated with",
            "separated from", "divorced from", "widowed from")
_MONTH_OR_DIGIT = re.compile(r"\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|" \
         r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"
# "Joined March 2011" and "Joined Facebook" are Facebook's own; "Joined Example Police" is a life event
NOISE = re.compile(r"^(No .* to show|See all|See more|Edit .*|Add .*|Followed by .*|"
                   r"Joined (Facebook\b.*|(in |on )?(\d|" + _MONTH + r").*)|"
                   r"[\d.,]+K?\s+(followers?|following|friends|mutual friends?)|Intro|About)$", re.I)


# labels (or Intro icons) of an entry that is an address of the owner's
LINK_LABELS = frozenset({"website", "websites", "social links", "social link", "instagram", "twitter", "x", "tiktok",
                         "linkedin", "youtube", "snapchat", "github", "threads"})


def date_like(text: str) -> bool:
    """A date under an entry ("Since ...", "2014 - 2019", "Class of 2005"), not a label."""
    return bool(re.match(r"^(Since|From|Until)\s", text) or re.search(r"\s[-–]\s", text)
                or re.search(r"\b(19|20)\d\d\b", text) or T.iso_date(text))


def add_entry(profile: Profile, text: str, label: str | None, section: str, bio_free: bool,
              loose: bool = True, linked: bool = False) -> bool:
    """Classify one Intro or About entry; True when it was taken as the Intro bio. `loose`
    allows "JOB at EMPLOYER" (not for the Intro's free bio line, which may say anything)."""
    add = profile.add
    low, sec = text.lower(), section.lower()
    if NOISE.match(text):
        return False
    lab = (label or "").strip()
    if lab and (NOISE.match(lab) or date_like(lab)):
        lab = ""   # "Since 14 August 2010", "3 March 2020 - present", "2019": a date, not a label
    lab_low = lab.lower()
    hint = LABEL_HINTS.get(lab_low)
    if hint:
        value = text
        if hint == "date_of_birth":
            value = re.sub(r"^(Born( on)?|Birthday:?)\s+", "", text, flags=re.I)
        add(value, "about", hint=hint, label=lab)
        return False
    if lab_low in RELATIONS or (sec.startswith("family") and lab):
        add(text, "about", hint="family", label=lab or "Family member")
        return False
    if lab_low in LINK_LABELS:
        add(f"{lab}: {text}", "profile_field", label=lab)
        if not linked and re.match(r"^(https?://)?[\w\-]+(\.[\w\-]+)+(/\S*)?$", text):
            T.add_bio_link(profile, text)
        return False
    if lab and lab_low not in ("", "current"):
        add(f"{lab}: {text}", "profile_field", label=lab)
        return False
    m = re.match(r"^Lives in\s+(.+)$", text, re.I)
    if m:
        add(m.group(1), "about", hint="home_location", label="Lives in")
        return False
    m = re.match(r"^(?:From|Comes from)\s+(.+)$", text, re.I)
    if m:
        add(m.group(1), "about", hint="birthplace", label="From")
        return False
    m = re.match(r"^(?:Born(?: on| in)?|Birthday:?|Date of birth:?)\s+(.+)$", text, re.I)
    if m:
        dob = _MONTH_OR_DIGIT.search(m.group(1))
        add(m.group(1), "about", hint="date_of_birth" if dob else "birthplace", label="Born")
        return False
    m = re.match(r"^(Works? at|Worked at|Working at)\s+(.+)$", text, re.I)
    if m:
        add(m.group(2), "about", hint="employer", label=m.group(1))
        return False
    m = re.match(r"^(Studied|Studies|Studying|Went to|Goes to)\s+(?:(.*?)\bat\s+)?(.+)$", text, re.I)
    if m:
        verb = m.group(1)
        add(m.group(3), "about", hint="education", label=verb + (" at" if verb.lower().startswith("stud") else ""))
        return False
    if low.startswith(STATUSES) or low in ("single", "married", "engaged", "in a relationship", "divorced",
                                            "widowed", "separated", "in a civil partnership"):
        add(text, "about", hint="relationship", label="Relationship")
        return False
    if sec.startswith("life event"):
        add(text, "about", label="Life event")
        return False
    m = re.match(r"^(.{1,60}?)\s+at\s+(.+)$", text)
    if m and loose and "|" not in text and len(m.group(1).split()) <= 6:
        add(m.group(1), "about", hint="job", label="Job title")
        add(m.group(2), "about", hint="employer", label="Works at")
        return False
    if re.match(r"^(work|employment)", sec):
        add(text, "about", hint="employer", label="Work")
    elif re.match(r"^(college|university|high school|secondary school|school|education)", sec):
        add(text, "about", hint="education", label=section)
    elif sec.startswith("relationship"):
        add(text, "about", hint="relationship", label="Relationship")
    elif sec.startswith("family") and not re.match(r"^no family members", low):
        add(text, "about", hint="family", label="Family member")   # the relation was not shown beside it
    elif sec == "intro":
        add(text, "bio" if bio_free else "about", label=None if bio_free else "Intro")
        return bio_free
    else:
        add(text, "about", label=section)
    return False


def external(href: str) -> str | None:
    """An outbound http(s) link (Facebook's l.php wrapper undone); None for Facebook's own."""
    parts = urlsplit(href)
    if parts.netloc.endswith("facebook.com") and parts.path == "/l.php":
        href = (parse_qs(parts.query).get("u") or [""])[0]
        parts = urlsplit(href)
    if parts.scheme not in ("http", "https"):
        return None
    host = parts.netloc.lower()
    if host.endswith(("facebook.com", "fb.com", "fbcdn.net", "messenger.com", "fb.me")):
        return None
    return href


def same_person(author: str, name: str) -> bool:
    """'Rhiannon Morgan' wrote a post on the profile headed 'Rhiannon Morgan (Rhi)'."""
    def norm(text: str) -> str:
        return " ".join(re.sub(r"\([^)]*\)", " ", text).casefold().split())

    a, n = norm(author), norm(name)
    return bool(a and n) and (a == n or a.startswith(n + " ") or n.startswith(a + " "))


def owner_name(profile: Profile) -> str | None:
    """The profile's own name, read first from the page's heading or tags."""
    return next((b.text for b in profile.blocks if b.field == "name"), None)

"""Family: spouse, partner, children, parents, grandparents, siblings, with names, ages and
@handles where given ("Dad to Alfie & Mia", "my wife Becky", "Mum of 2", "proud nan").
Not "work family", "Family Guy", "brothers in arms" or pets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from footprint.detect.base import Detector, Hit, load_data, text_of
from footprint.detect.text import PhraseIndex, mask, segment_at
from footprint.facts import Facts
from footprint.models import Profile, TextBlock

NAME = r"(?-i:@[\w.]{2,30}|[A-Z][a-zà-öø-ÿ'’-]+(?:\s+[A-Z][a-zà-öø-ÿ'’-]+)?)"
AGE = r"(?:\s*\((?:aged?\s*)?(?P<age{n}>\d{{1,2}})\)|,\s*(?P<agec{n}>\d{{1,2}})\b(?!\s*\w))?"
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "a": 1, "an": 1}
WORDS = load_data("words.json")
ADJ = "(?:(?:" + "|".join(w if w == r"\d" else re.escape(w) for w in WORDS["family_adjectives"]) + r")\s+){0,3}"
STOP = frozenset(WORDS["family_not_names"])
PET_AFTER = re.compile(r"^\W{0,3}(?:the|our|my)\s+(?:\w+\s+)?(?:" + "|".join(WORDS["pets"]) + r")\b|"
                       r"^\s*(?:🐶|🐕|🐱|🐈|🐾|🐰|🐴)", re.I)
TITLE_OF = {"mother": "child", "father": "child", "husband": "spouse", "wife": "spouse", "grandmother": "grandchild",
            "grandfather": "grandchild", "aunt": "niece/nephew", "uncle": "niece/nephew", "sister": "sibling",
            "brother": "sibling", "fiancé": "fiancée", "fiancée": "fiancé"}
GROUP_OF_TARGET = {"child": "child", "spouse": "partner", "grandchild": "grandchild", "niece/nephew": "relative",
                   "sibling": "sibling", "fiancé": "partner", "fiancée": "partner"}
PROUD_TITLE = {"mother": "children", "father": "children", "grandmother": "grandchildren",
               "grandfather": "grandchildren", "aunt": "nieces/nephews", "uncle": "nieces/nephews"}
# Relation words that name a relative with no "my" before them ("Grandson Ned (6)"); "Brother",
# "Sister", "Mother" and "Father" are also titles, so they need "my", "her" or the like.
BARE_BEFORE_NAME = frozenset(WORDS["family_bare_before_name"])
POSSESSIVE = re.compile(r"(?:my|our|his|her|their)\s", re.I)
CHILD_WORDS = "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in WORDS["child_words"]) + ")"


@dataclass(frozen=True)
class Relations:
    words: dict[str, tuple[str, str]]
    titles: dict[str, str]
    word_re: str
    title_re: str
    not_family: PhraseIndex


@cache
def relations() -> Relations:
    data = load_data("relations.json")
    words = {k.casefold(): (v[0], v[1]) for k, v in data["words"].items()}
    titles = {k.casefold(): v for k, v in data["parent_titles"].items()}

    def alt(items: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))

    return Relations(words, titles, alt(list(words)), alt(list(titles)),
                     PhraseIndex([(p, None) for p in data["not_family"]], plural=True))


@cache
def anchors() -> PhraseIndex:
    """Every relation word and title: a block without one names no family member."""
    r = relations()
    words = set(r.words) | set(r.titles) | {"married", "engaged", "wed", "anniversary", "💍"} | COUPLE_WORDS
    return PhraseIndex([(w, None) for w in words], plural=True)


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    r = relations()
    names_list = rf"(?P<list>{NAME}{AGE.format(n=0)}(?:\s*(?:,|&|\+|and)\s*{NAME}{AGE.format(n=1)}){{0,5}})"
    return {
        # "my wife Becky", "my little brother Zayn", "my eldest, Chelsea", "our son Alfie (7)"
        # also "her husband Keith" in a bio written in the third person, and "Grandson Ned (6)" opening
        # a sentence or a line
        "my_rel_name": re.compile(rf"(?:\b(?:my|our|his|her|their)\s+|(?:^|(?<=[.!?:•]\s)|(?<=\n))(?-i:(?=[A-Z])))"
                                  rf"{ADJ}(?P<rel>{r.word_re})(?:,|:)?\s+(?P<name>{NAME})"
                                  rf"{AGE.format(n=0)}", re.I | re.M),
        # "Dad to Alfie & Mia", "Husband to @someone", "Mum of Zach (7) and Ella (4)"
        "title_to_names": re.compile(rf"(?<![\w@])(?:proud\s+|a\s+)?(?P<title>{r.title_re})\s+(?:to|of)\s+"
                                     rf"(?:(?:my|our|the)\s+{ADJ}{CHILD_WORDS}\s*,?\s+)?{names_list}", re.I),
        # "our kids Tom, Amy and Ben", "my boys Jack & Alfie"
        "my_plural_names": re.compile(rf"\b(?:my|our|the)\s+{ADJ}(?P<rel>{CHILD_WORDS}|twins|grandkids|grandchildren|"
                                      rf"brothers|sisters|siblings|parents)\s*,?\s+{names_list}", re.I),
        # "hubby @someone", "wifey @someone": a partner by handle at the start of a bio line
        "rel_handle": re.compile(rf"(?<![\w@])(?P<rel>{r.word_re})\s*[:\-–]?\s*(?P<name>@[\w.]{{2,30}})", re.I),
        # "Mum of 2", "mum of two grown-up boys", "dad to three", "nan of 4", "grandma x3"
        "title_of_count": re.compile(rf"(?<![\w@])(?P<title>{r.title_re})\s*(?:(?:to|of)\s+|x\s?(?=\d))"
                                     rf"(?P<count>\d{{1,2}}|one|two|"
                                     rf"three|four|five|six|seven|eight|nine|an?)\b(?:\s+{ADJ}(?P<what>{CHILD_WORDS}))?",
                                     re.I),
        # "Chelsea is my daughter('s name)", "Sarah, my wife"
        "name_is_rel": re.compile(rf"(?P<name>{NAME})(?:\s+is|,)\s+(?:my|our)\s+{ADJ}(?P<rel>{r.word_re})\b", re.I),
        # "Married to Lee Example", "engaged to Sam"
        "married_to": re.compile(rf"\b(?P<how>(?i:married|engaged|wed))\s+to\s+(?:(?i:my|the\s+lovely)\s+)?"
                                 rf"(?P<name>{NAME})"),
        # "Marital status: Married" on a CV or a form: a spouse, unnamed
        "marital_status": re.compile(r"\bmarital\s+status\s*[:\-–]?\s*"
                                     r"(?P<how>married|engaged|in\s+a\s+civil\s+partnership)\b", re.I),
        # "proud nan", "proud mum of ..." (without a name): they have children or grandchildren
        "proud_title": re.compile(rf"\bproud\s+(?P<title>{r.title_re})\b(?!\s+(?:to|of)\b)", re.I),
        # "with my dad", "my missus is a nurse", "the wife", "my kids"
        "my_rel": re.compile(rf"\b(?:my|our|the)\s+{ADJ}(?P<rel>{r.word_re})\b(?!-)", re.I),
        # "our Jack scored", "our Megan's wedding": northern English for one of the family
        "our_name": re.compile(r"\b[Oo]ur\s+(?P<name>[A-Z][a-z'’-]+)(?!\s+[A-Z])(?:['’]s)?\b"),
        # "twin sister Jade", "big brother Kai": a sibling named without "my"
        "sibling_name": re.compile(rf"(?<![\w@])(?:twin|big|little|baby|older|younger|kid)\s+"
                                   rf"(?P<rel>sister|brother|sis|bro)\s+(?P<name>{NAME})", re.I),
        # "Happy 41st anniversary to my Jan", "10 years married to @someone 💍": a spouse
        "anniversary": re.compile(r"(?:\banniversary\b|💍)[^.!?\n]{0,40}?(?:\bto\s+my\s+(?P<name>(?-i:[A-Z][a-z'’-]+))|"
                                  r"(?P<handle>@[\w.]{2,30}))", re.I),
        # "out on the tandem with my Pauline", "love my Jan": a person by first name alone
        "my_first_name": re.compile(r"\b(?:with|and|to|for|love|miss|missing|me\s+and)\s+my\s+"
                                    r"(?P<name>[A-Z][a-z'’-]+)(?!\s+[A-Z])(?:['’]s)?\b"),
        # "Tasha's husband", "Ella's mum": the user described through someone they name
        "name_s_title": re.compile(rf"(?P<name>{NAME})['’]s\s+(?P<title>{r.title_re}|partner|other\s+half|boyfriend|"
                                   rf"girlfriend|fella|dad|mum)\b", re.I),
        # "wife to a very patient taste-tester", "husband to the best": a spouse, unnamed
        "spouse_to_someone": re.compile(r"(?<![\w@])(?P<title>husband|wife|hubby|wifey)\s+(?:to|of)\s+"
                                        r"(?:a|an|the|my|one)\b", re.I),
        # "two boys' dad", "3 kids' mum": a parent of so many
        "count_title": re.compile(rf"\b(?P<count>\d{{1,2}}|one|two|three|four|five|six)\s+{ADJ}"
                                  rf"(?P<what>{CHILD_WORDS})['’]\s*(?P<title>dad|mum|mam|mom|daddy|mummy)\b", re.I),
        # "Mum cried", "came with Dad": Mum/Dad written as a name
        # "I'm a dad, a husband and a terrible golfer": relations by self-description
        "self_titles": re.compile(rf"\b(?:i'?m|i\s+am)\s+(?:also\s+)?(?P<list>(?:(?:an?\s+|a\s+proud\s+|proud\s+)?"
                                  rf"(?:{r.title_re}|[\w-]+)(?:\s+(?:of|to)\s+\w+)?\s*(?:,|&|\+|and)?\s*){{1,5}})",
                                  re.I),
        # "two kids, Nia and Cai", "three lads (Tom, Joe and Sam)": children named after a count
        "count_names": re.compile(rf"\b(?P<count>\d|one|two|three|four|five|six)\s+{ADJ}"
                                  rf"(?P<what>{CHILD_WORDS}|lads|lasses|bairns)\s*(?:[,:(–-]|\bcalled\b|\bnamed\b)\s*"
                                  rf"{names_list}", re.I),
        # "Sophie and I got married in June": a partner, when the sentence says so
        "name_and_i": re.compile(r"(?<![\w@])(?P<name>(?-i:[A-Z][a-z'’-]+))\s+(?:and|&)\s+I\b(?P<rest>[^.!?\n]{0,80})"),
        "capital_title": re.compile(r"(?<![\w@#])(?P<rel>(?:Mum|Mam|Mom|Dad)-in-law|Mum|Mam|Mom|Dad|Nan|Nanna|Nana|"
                                    r"Grandad|Grandma|Granny)"
                                    r"(?!\s+(?:of|to|life|jokes|bod|vibes|mode|goals|friends|group|taxi|blog)\b)"
                                    r"(?![\w-])"),
    }


def _names(text: str) -> list[tuple[str, int, int]]:
    found = []
    for m in re.finditer(NAME, text):
        name = m.group().rstrip("'’")
        name = re.sub(r"['’]s$", "", name)
        first = name.split()[0]
        if first in STOP:
            continue
        found.append((name, m.start(), m.start() + len(name)))
    return found


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBERS.get(word.casefold())


@dataclass
class Relative:
    relation: str
    group: str
    name: str | None
    start: int
    end: int
    count: int | None = None
    age: str | None = None


class FamilyDetector(Detector):
    category = "family"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        found: list[tuple[Relative, TextBlock]] = []
        for block in profile.blocks:
            if block.own:
                found += [(rel, block) for rel in self.relatives(block)]
        named_groups: dict[str, int] = {}
        names_seen: set[str] = set()
        for rel, _ in found:
            if rel.name:
                named_groups[rel.group] = named_groups.get(rel.group, 0) + 1
        stated = {rel.group: rel.count for rel, _ in found if rel.count}
        hits = []
        for rel, block in found:
            if rel.name:
                key = rel.name.casefold().lstrip("@")
                if key in names_seen:
                    continue
                names_seen.add(key)
                value = f"{rel.relation}: {rel.name}"
                display = value + (f" ({rel.age})" if rel.age else "")
                hits.append(Hit("family", value, display, 0.9, block, rel.start, rel.end,
                                f"names your {rel.relation}"))
                continue
            named = named_groups.get(rel.group, 0)
            # an unnamed mention of someone already named is the same person
            if named and (rel.count is None or rel.count <= named) and not (stated.get(rel.group, 0) > named):
                continue
            value = rel.relation + (f" ({rel.count})" if rel.count and rel.count > 1 else "")
            hits.append(Hit("family", value, value, 0.75, block, rel.start, rel.end, f"mentions your {rel.relation}"))
        return hits

    def relatives(self, block: TextBlock) -> list[Relative]:
        r = relations()
        text = text_of(block)
        if block.hint == "family":
            rel = r.words.get((block.label or "").casefold().strip(), ((block.label or "relative").lower(), "relative"))
            return [Relative(rel[0], rel[1], text.strip(), 0, len(text))]
        if block.hint == "relationship":
            m = re.search(rf"(?:married|engaged|in\s+a\s+(?:civil\s+)?(?:relationship|partnership))\s+(?:to|with)\s+"
                          rf"(?P<name>{NAME})", text, re.I)
            if m:
                said = m.group().lower()
                kind = ("fiancé(e)" if said.startswith("engaged") else
                        "spouse" if said.startswith("married") else "partner")
                return [Relative(kind, "partner", m.group("name"), m.start("name"), m.end("name"))]
            if (block.label or "").casefold() in ("married to", "relationship", "spouse", "partner"):
                return [Relative("spouse", "partner", text.strip(), 0, len(text))]
            return []
        if block.hint in ("email", "phone", "home_location", "birthplace", "employer", "club", "education", "job"):
            return []
        found = {text[m.start:m.end].casefold() for m in anchors().find(text)}
        if not found and not OUR_NAME.search(text):
            return []
        text = mask(text, [(m.start, m.end) for m in r.not_family.find(text)])
        p = patterns()
        has_title = any(w.rstrip("s") in r.titles or w in r.titles for w in found)
        has_relation = bool(found - {"married", "engaged", "wed", "anniversary", "💍"} - COUPLE_WORDS)
        ours = bool(OUR_NAME.search(text))
        # only the patterns that can match, given which anchor words the text holds
        enabled = {"title_to_names": has_title, "title_of_count": has_title, "proud_title": has_title,
                   "spouse_to_someone": has_title, "count_title": has_title, "capital_title": has_title,
                   "name_s_title": has_title or has_relation, "my_plural_names": has_relation,
                   "rel_handle": has_relation, "my_rel_name": has_relation, "name_is_rel": has_relation,
                   "my_rel": has_relation, "sibling_name": has_relation,
                   "married_to": bool(found & {"married", "engaged", "wed"}),
                   "marital_status": bool(found & {"married", "engaged"}),
                   "anniversary": bool(found & {"anniversary", "💍"}), "our_name": ours, "my_first_name": ours,
                   "self_titles": has_title, "count_names": has_relation or has_title,
                   "name_and_i": bool(found & COUPLE_WORDS) or has_relation}

        def run(key: str) -> Iterator[re.Match[str]]:
            return p[key].finditer(text) if enabled[key] else iter(())

        out: list[Relative] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return not any(x < b and a < y for x, y in taken)

        def add(rel: Relative, span: tuple[int, int]) -> None:
            if rel.name and PET_AFTER.search(text[rel.end:rel.end + 40]):
                return
            out.append(rel)
            taken.append(span)

        for m in run("title_to_names"):
            target = TITLE_OF.get(r.titles.get(m.group("title").casefold(), ""), "")
            if not target:
                continue
            names = _names(m.group("list"))
            if not names:
                continue
            for name, a, b in names:
                age = None
                tail = m.group("list")[b:b + 8]
                am = re.match(r"\s*\((?:aged?\s*)?(\d{1,2})\)", tail)
                if am:
                    age = am.group(1)
                base = m.start("list")
                add(Relative(target, GROUP_OF_TARGET[target], name, base + a, base + b, age=age), m.span())
        for m in run("title_of_count"):
            if not free(*m.span()):
                continue
            title = r.titles.get(m.group("title").casefold(), "")
            target = TITLE_OF.get(title, "")
            if target not in ("child", "grandchild", "niece/nephew"):
                continue
            count = _count(m.group("count"))
            what = (m.group("what") or "").casefold()
            relation = r.words.get(what, ("children" if target == "child" else PROUD_TITLE.get(title, target), ""))[0] \
                if what else ("children" if target == "child" else PROUD_TITLE.get(title, target))
            if count and count > 1 and relation in ("son", "daughter", "child", "grandchild"):
                relation = {"son": "sons", "daughter": "daughters", "child": "children",
                            "grandchild": "grandchildren"}[relation]
            add(Relative(relation, GROUP_OF_TARGET.get(target, "child"), None, m.start(), m.end(), count=count),
                m.span())
        for m in run("my_plural_names"):
            if not free(*m.span()):
                continue
            relation, group = r.words.get(" ".join(m.group("rel").split()).casefold(), ("children", "child"))
            singular = {"children": "child", "sons": "son", "daughters": "daughter", "brothers": "brother",
                        "sisters": "sister", "siblings": "sibling", "twin children": "child",
                        "grandchildren": "grandchild", "parents": "parent"}.get(relation, relation)
            base = m.start("list")
            for name, a, b in _names(m.group("list")):
                add(Relative(singular, group, name, base + a, base + b), m.span())
        for m in run("rel_handle"):
            if free(*m.span()):
                relation, group = r.words.get(" ".join(m.group("rel").split()).casefold(), ("relative", "relative"))
                add(Relative(relation, group, m.group("name"), m.start("name"), m.end("name")), m.span())
        for key in ("my_rel_name", "name_is_rel"):
            for m in run(key):
                if not free(*m.span()):
                    continue
                name = re.sub(r"['’]s$", "", m.group("name"))
                if name.split()[0] in STOP:
                    continue
                if key == "my_rel_name" and not POSSESSIVE.match(m.group()) \
                        and " ".join(m.group("rel").split()).casefold() not in BARE_BEFORE_NAME:
                    continue  # "Brother Cadfael", "Sister Act": a title or a name, not a relative
                relation, group = r.words.get(" ".join(m.group("rel").split()).casefold(), ("relative", "relative"))
                age = m.groupdict().get("age0") or m.groupdict().get("agec0")
                add(Relative(relation, group, name, m.start("name"), m.start("name") + len(name), age=age), m.span())
        for m in run("married_to"):
            if free(*m.span()) and m.group("name").split()[0] not in STOP:
                kind = "fiancé(e)" if m.group("how").lower() == "engaged" else "spouse"
                add(Relative(kind, "partner", m.group("name"), m.start("name"), m.end("name")), m.span())
        for m in run("marital_status"):
            if free(*m.span()):
                kind = "fiancé(e)" if m.group("how").lower() == "engaged" else "spouse"
                add(Relative(kind, "partner", None, m.start("how"), m.end("how")), m.span())
        for m in run("proud_title"):
            if free(*m.span()):
                title = r.titles.get(m.group("title").casefold(), "")
                if title in PROUD_TITLE:
                    relation = PROUD_TITLE[title]
                    group = "grandchild" if "grand" in relation else "child" if relation == "children" else "relative"
                    add(Relative(relation, group, None, m.start(), m.end()), m.span())
        for m in run("my_rel"):
            word = " ".join(m.group("rel").split()).casefold()
            if m.group().casefold().startswith("the ") and word not in THE_OWN:
                continue  # "the boys" may be anyone's; "the wife", "the kids" are the speaker's
            if word.endswith(" half") and re.search(r"\bhalf\b", text[segment_at(text, m.start())[0]:m.start()], re.I):
                continue  # "half of it was admin, the other half coding": a share, not a partner
            if free(*m.span()):
                relation, group = r.words.get(word, ("relative", "relative"))
                add(Relative(relation, group, None, m.start(), m.end()), m.span())
        for key, relation_of in (("sibling_name", None), ("anniversary", "spouse")):
            for m in run(key):
                group_name = "handle" if m.groupdict().get("handle") else "name"
                name = re.sub(r"['’]s$", "", m.group(group_name))
                if not free(*m.span()) or name in STOP or not (name.startswith("@") or _plain_first_name(name)):
                    continue
                if relation_of:
                    relation, group = relation_of, "partner"
                else:
                    relation, group = r.words.get(m.group("rel").casefold(), ("sibling", "sibling"))
                add(Relative(relation, group, name, m.start(group_name), m.start(group_name) + len(name)), m.span())
        for m in run("name_s_title"):
            name = m.group("name")
            title = " ".join(m.group("title").split()).casefold()
            theirs = THEIR_TITLE.get(title)
            if theirs and free(*m.span()) and name.split()[0] not in STOP and (name.startswith("@")
                                                                                 or _plain_first_name(name.split()[0])):
                relation = "spouse" if theirs in ("wife", "husband") else theirs
                group = "child" if theirs == "child" else "partner"
                add(Relative(relation, group, name, m.start("name"), m.end("name")), m.span())
        for m in run("spouse_to_someone"):
            if free(*m.span()):
                add(Relative("spouse", "partner", None, m.start(), m.end()), m.span())
        for m in run("count_title"):
            if free(*m.span()):
                count = _count(m.group("count"))
                what = r.words.get(m.group("what").casefold(), ("children", "child"))[0]
                add(Relative(what, "child", None, m.start(), m.end(), count=count), m.span())
        for m in run("my_first_name"):
            name = re.sub(r"['’]s$", "", m.group("name"))
            if free(*m.span()) and name in first_names() and _plain_first_name(name):
                add(Relative("relative", "relative", name, m.start("name"), m.start("name") + len(name)), m.span())
        for m in run("our_name"):
            name = re.sub(r"['’]s$", "", m.group("name"))
            if free(*m.span()) and _plain_first_name(name):
                add(Relative("relative", "relative", name, m.start("name"), m.start("name") + len(name)), m.span())
        for m in run("capital_title"):
            if free(*m.span()):
                relation, group = r.words.get(m.group("rel").casefold(), ("relative", "relative"))
                if group == "parent" and block.field in ("bio", "headline", "profile_field") and _alone(text, m):
                    relation, group = "children", "child"   # "Boro till I die | Dad | Copper": he is a dad
                add(Relative(relation, group, None, m.start(), m.end()), m.span())
        for m in run("self_titles"):
            for word in re.findall(r"[\w-]+", m.group("list")):
                title = r.titles.get(word.casefold(), "")
                target = TITLE_OF.get(title, "")
                relation = PROUD_TITLE.get(title) or ("spouse" if target == "spouse" else "")
                if relation and free(m.start("list"), m.end("list")):
                    group = "partner" if relation == "spouse" else "grandchild" if "grand" in relation else "child"
                    add(Relative(relation, group, None, m.start(), m.end()), (m.start(), m.start()))
        for m in run("count_names"):
            if not free(*m.span()):
                continue
            what = m.group("what").casefold()
            relation = ("son" if what in ("sons", "boys", "lads", "son", "boy") else
                        "daughter" if what in ("daughters", "girls", "lasses", "daughter", "girl") else
                        "grandchild" if what.startswith("grand") else "child")
            base = m.start("list")
            names = _names(m.group("list"))
            if not any(n.split()[0] in first_names() for n, _, _ in names):
                continue   # "two kids, Saturday and Sunday": one of them must be a known first name
            for name, a, b in names:
                if _plain_first_name(name.split()[0]):
                    add(Relative(relation, "grandchild" if relation == "grandchild" else "child", name, base + a,
                                 base + b), m.span())
        for m in run("name_and_i"):
            name = m.group("name")
            if free(*m.span()) and name not in STOP and name in first_names() and _plain_first_name(name) \
                    and COUPLE.search(m.group("rest")):
                add(Relative("partner", "partner", name, m.start("name"), m.end("name")), m.span())
        return _name_by_age(out, text)


# Words that make "<Name> and I" a couple.
COUPLE_WORDS = {"married", "wedding", "anniversary", "honeymoon", "engaged", "together", "our first house",
                "our first home", "our first flat"}
COUPLE = re.compile(r"\b(?:got\s+married|married|wedding|anniversary|honeymoon|got\s+engaged|engaged|"
                    r"been\s+together|together\s+(?:for|since)|our\s+(?:first\s+)?(?:home|house|flat|kids|children|"
                    r"son|daughter|baby|wedding))\b", re.I)
# Relations that British speakers give "the" for their own family ("the wife", "the kids").
THE_OWN = frozenset(WORDS["the_own"])
OUR_NAME = re.compile(r"\b(?:[Oo]ur|[Mm]y)\s+[A-Z][a-z]")


@cache
def first_names() -> frozenset[str]:
    """Common first names (footprint/data/first_names.txt): 'with my Pauline' is a person."""
    from importlib import resources

    text = resources.files("footprint.data").joinpath("first_names.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# "Tasha's husband": what the named person is to the user, by what the user is to them
THEIR_TITLE = {"husband": "wife", "hubby": "wife", "wife": "husband", "wifey": "husband", "partner": "partner",
               "other half": "partner", "boyfriend": "partner", "girlfriend": "partner", "fella": "partner",
               "dad": "child", "mum": "child", "mam": "child", "mom": "child", "daddy": "child", "mummy": "child",
               "father": "child", "mother": "child"}


def _alone(text: str, m: re.Match[str]) -> bool:
    """True when the match is a whole bio line or |-separated item by itself."""
    from footprint.detect.text import segment_at

    a, b = segment_at(text, m.start())
    return not re.sub(r"[\W_]+", "", text[a:m.start()] + text[m.end():b])


def _plain_first_name(name: str) -> bool:
    """Not a word we know as something else: a place, a club, a relation, a day or month."""
    from footprint.detect.football import clubs
    from footprint.detect.text import known_place

    if name in STOP or known_place(name) or name.casefold() in relations().words:
        return False
    return not clubs().by_text.get(name.casefold())


AGE_OF = re.compile(rf"(?P<name>{NAME})\s+(?:is|turns|turned|was)\s+(?:now\s+)?(?P<age>\d{{1,2}})\b"
                    r"(?!\s*(?:%|am|pm|:))")


def _name_by_age(found: list[Relative], text: str) -> list[Relative]:
    """'My son's birthday today... Osian is 6': an unnamed child and a name given an age
    in the same text are one person."""
    unnamed = [rel for rel in found if rel.name is None and rel.group == "child" and not rel.count]
    if len(unnamed) != 1:
        return found
    ages = [m for m in AGE_OF.finditer(text) if m.group("name").split()[0] not in STOP]
    if len(ages) != 1:
        return found
    m, rel = ages[0], unnamed[0]
    singular = {"children": "child", "sons": "son", "daughters": "daughter"}.get(rel.relation, rel.relation)
    named = Relative(singular, "child", m.group("name"), m.start("name"), m.end("name"), age=m.group("age"))
    return [named if r is rel else r for r in found]

"""Phone numbers (E.164 via phonenumbers) and e-mail addresses, including obfuscated ones."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple


from footprint.detect.base import Detector, Hit, load_data, text_of
from footprint.detect.clause import first_names, nicknames, owner_names
from footprint.detect.places import someone_elses
from footprint.detect.text import BLOCKS_KEPT, OUTWARD_CODE
from footprint.facts import Facts
from footprint.models import Profile, TextBlock
from footprint.lazyre import lazy_re

_EMAIL = lazy_re(r"(?<![\w.+@-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
                    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24})(?![\w-])")
# An address written out to dodge scrapers, in any of its forms: "jo [at] example [dot] org",
# "jo.bloggs(at)example.com", "jo dot bloggs at example dot org". The local part is taken whole
# ("jo [dot] bloggs [at] ..." is jo.bloggs@, not bloggs@). A bare " at " needs a spelled-out
# " dot " in the domain, or ordinary prose ("I work at example.com") would become an address.
_OBF_TOKEN = r"[A-Za-z0-9][A-Za-z0-9_%+-]{0,63}"
_OBF_DOT_SEP = r"(?:\s*[\[\(\{<]\s*dot\s*[\]\)\}>]\s*|\s+dot\s+|\.)"
_OBF_AT_SEP = r"(?:\s*[\[\(\{<]\s*at\s*[\]\)\}>]\s*|\s+at\s+)"
_OBFUSCATED = lazy_re(
    rf"(?<![\w.@-])({_OBF_TOKEN}(?:{_OBF_DOT_SEP}{_OBF_TOKEN})*)({_OBF_AT_SEP})"
    rf"({_OBF_TOKEN}(?:{_OBF_DOT_SEP}{_OBF_TOKEN})*{_OBF_DOT_SEP}[A-Za-z]{{2,24}})"
    rf"(?![\w-])(?!{_OBF_AT_SEP}|@)", re.I)
# What every written-out address holds from its "at" on (a cheap test before the slow pattern,
# which is tried at every word of a text saying "at the gym").
_OBFUSCATED_TAIL = lazy_re(
    rf"{_OBF_AT_SEP}{_OBF_TOKEN}(?:{_OBF_DOT_SEP}{_OBF_TOKEN})*{_OBF_DOT_SEP}[A-Za-z]{{2,24}}", re.I)
_AT_WORD = lazy_re(r"[\[\(\{<]\s*at\s*[\]\)\}>]|\sat\s", re.I)
_OBF_DOT = lazy_re(_OBF_DOT_SEP, re.I)
_SPELLED_DOT = lazy_re(r"\bdot\b", re.I)
# After a bare " at " the address must also end in a common top-level domain ("seven dot on" is prose).
_BARE_AT_TLDS = frozenset(load_data("words.json")["email_tlds_after_a_bare_at"])
_WA_ME = lazy_re(r"(?:wa\.me|api\.whatsapp\.com/send\?phone=)/?\+?(\d{7,15})", re.I)
# Short numbers that are services, never a person's number.
_SERVICE = {"999", "112", "101", "111", "911", "105", "119"}
# A number introduced as an organisation's line, not the user's own.
SOMEONE_ELSES = lazy_re(r"\b(?:helpline|hotline|freephone|switchboard|samaritans|childline|crimestoppers|"
                           r"(?:his|her|their)\s+(?:number|mobile|phone|no\.?)|call\s+(?:the\s+)?council|"
                           r"customer\s+services?|reception|head\s+office|charity'?s?\s+(?:number|line)|"
                           r"secretary|treasurer|organiser|coordinator|committee|membership\s+(?:queries|enquiries)|"
                           r"general\s+enquiries|(?:parish|church|chapel|school|club|society|surgery|practice)\s+office|"
                           # a page's credit in its footer: "Website by Humber Web Design · 01632 ..."
                           r"(?:web\s*site|site|web\s+design|designed|built|developed|hosted|photography|photos?|logo|"
                           r"artwork)\s+by(?!\s+(?:me|myself|us)\b))\b"
                           r"[^.!?\n]{0,30}$", re.I)
# A number or address given as another named person's: "to Derek on 07700 ...", "message my
# sister Jo on ...", "Rhi's mum Carol is the boss: ...", "contact Ann Lee, 07700 ...".
_NOT_A_NAME = frozenset(load_data("words.json")["contact_words_not_names"])
_RELATION_WORDS = "|".join(sorted((re.escape(w) for w in load_data("relations.json")["words"]), key=len, reverse=True))
_OTHER_NAME = r"(?-i:(?P<n{}>[A-Z][a-z][a-z'’-]*(?:\s+[A-Z][a-z][a-z'’-]*)?))"
_OTHER_PERSON = lazy_re(rf"(?:\b(?:{_RELATION_WORDS})\s+{_OTHER_NAME.format(1)}\b[^.!?\n]{{0,25}}"
                           rf"|(?<![\w'’]){_OTHER_NAME.format(2)}\s+on\s*"
                           rf"|(?<=[a-z,]\s){_OTHER_NAME.format(3)}\s*(?:,|[-–—]|\()\s*)$", re.I)
# "Holly Vance (020 7946 0958, hello@...)": the details bracketed after a named person are theirs.
_NAMED_BRACKET = lazy_re(rf"(?<=[a-z,]\s){_OTHER_NAME.format(1)}\s*\([^()\n]{{0,40}}$")
# "questions go to Margaret at ...", "ask Dev on ...": a named person the reader is sent to.
_TO_PERSON = lazy_re(rf"\b(?:to|ask|contact|email|e-mail|message|ring|call|text|tell|see)\s+{_OTHER_NAME.format(1)}"
                        r"\s+(?:at|on|via)\s*[:\-]?\s*$", re.I)
# An address named for an office in a club or an organisation ("club.secretary@", "membership@"): it
# reaches whoever holds the post, and a number given in the same sentence is the post's line too.
_ROLE_ADDRESS = lazy_re(r"(?:^|[._+-])(?:secretary|sec|treasurer|chair|chairman|chairperson|membership|members|"
                           r"committee|clerk|webmaster|no-?reply|newsletter|enquiries|reception|council|parish|"
                           r"fixtures|welfare|office|alumni|news|box-?office|admissions|fundraising|donations?|donate|volunteers?|"
                           r"volunteering|support|helpdesk|accounts|billing|careers|jobs|vicar|rector|curate|"
                           r"churchwardens?|wardens?|pastor|minister|headteacher|bursar|help)(?:$|[._+-])",
                           re.I)
# A message's identifier in a saved e-mail's headers ("Message-ID: <2025...@mail.example.org>"), not an address.
_MESSAGE_ID_BEFORE = lazy_re(r"\b(?:message-id|in-reply-to|references|content-id|x-[\w-]+-id)\s*:\s*"
                                r"(?:<[^>\n]*>\s*)*<?\s*$", re.I)
# A line a link is labelled as someone else's: "Leave the show a voicemail", "the tip line".
# A service's, a unit's or a group's line, or one staffed at set hours ("Tues 6-8pm only"), by its label or
# by the words before it in a page's text ("the Blue Lamp Support Line (24/7, for officers): 0800 ...").
_OTHERS_LINE = lazy_re(r"\b(?:voicemail|hotline|helpline|tip\s*line|listener\s+line|studio\s+line|switchboard)\b|"
                          r"\b(?:support|advice|help|enquir\w*|bookings?|office|unit|club|crisis|information|"
                          r"listening|welfare|wellbeing|text|contact|team|station|group|duty|emergency|recruitment|"
                          r"lost\s+property|box\s+office|ticket|sales|reservations?|appointments?|site|venue)\s+"
                          r"(?:line|number|phone|answerphone|answering\s+machine)\b|\b24/7\b|"
                          r"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*\s+\d{1,2}(?:[.:]\d\d)?"
                          r"\s*(?:am|pm)?\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b", re.I)
# "Glyn's phone for bookings", "Mo's mobile": a named person's line (unless the owner's own name).
# ("DI Sharples' direct line": a surname ending in s takes the apostrophe alone)
_NAMED_LINE = lazy_re(r"(?<![\w'’])(?-i:(?P<name>[A-Z][a-z'’-]+?))(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+)?"
                         r"(?:phone|number|mobile|mob|line|e-?mail|whatsapp|inbox)\b", re.I)
# "a scam text from 07700 ...", "Had a courier text me from ...": the number of someone who got in touch.
_SENDER_BEFORE = lazy_re(r"\b(?:me|us)\s+from\s*$|(?<!my\s)\bnumber\s+(?:on|from)\s+(?:the|a|an|their|his|her)\s+"
                            r"(?:[\w-]+\s+){1,4}(?:was|is|reads|said)\s*:?\s*$|\b(?:call|text|message|voicemail|missed\s+call|whatsapp|"
                            r"calls|texts|messages)s?\s+from\s*$|\bnumber\s+(?:showing|shown|displayed|that\s+(?:called|rang|texted))\b"
                            r"[^.!?\n]{0,20}$|\bcame\s+up\s+as\s*$", re.I)
# "The organisers asked me to pass on: ... the lost property line is ...": a notice the writer relays for others.
_RELAYED = lazy_re(r"\b(?:asked|wanted|begged)\s+(?:me|us)\s+to\s+(?:pass\s+(?:this\s+|it\s+)?on|share|post|mention|"
                   r"let\s+(?:you|everyone|people|folk)\s+know)\b", re.I)
# "Scam text doing the rounds, claiming to be from the DVLA, reply number ...": the sender's, searched in the sentence.
_SCAM_BEFORE = lazy_re(r"\b(?:scam|spam|dodgy|fake|phishing|cold|nuisance|withheld|unknown)\s+"
                       r"(?:call|text|number|caller|message)s?\b[^.!?\n]{0,100}$", re.I)
# "..., not me", "(not mine)": the detail just given is disowned.
_NOT_ME_AFTER = lazy_re(r"[\s,;()\[\]]*(?:[-–—]\s*)?(?:not\s+(?:me|mine|my\s+(?:own|personal)|us)|isn['’]t\s+me)\b",
                           re.I)
_FIRST_PERSON = lazy_re(r"\b(?:me|my|i|i['’]m|mine)\b", re.I)
# Before the detail, a label that disowns it ("shared inbox (NOT mine): ...") or gives it to a group: an inbox,
# a line or an account several people share ("the shared cell inbox", "our team mailbox", "the unit's generic e-mail").
_NOT_ME_BEFORE = lazy_re(r"\(\s*not\s+(?:me|mine|ours|my\s+own|my\s+personal)\b[^()\n]{0,40}\)\s*[:\-–—]?\s*$",
                         re.I)
_GROUP_DETAIL_BEFORE = lazy_re(r"(?<!\bmy\s)\b(?:" + "|".join(load_data("words.json")["contact_group_detail_words"])
                               + r")\s+(?:[\w-]+\s+)?(?:inbox|mailbox|e-?mail|address|account|line|number|phone)"
                               r"\b[^.!?\n]{0,50}$", re.I)
# A line reached through a place or a firm, not a person: "ring the yard on", "call the front desk at".
_THE_PLACE_ON = lazy_re(r"\b(?:ring|call|phone|text|contact|e-?mail|message|try)\s+the\s+(?!numbers?\b)"
                           r"(?:[\w'’&-]+\s+){1,3}?(?:on|at)\s*[:\-]?\s*$", re.I)
# "Call the gym on 01632 ..., email ...": the next way to reach the same place, after its number.
_THE_PLACE_THEN = lazy_re(r"\b(?:ring|call|phone|text|contact)\s+the\s+(?!numbers?\b)(?:[\w'’&-]+\s+){1,3}?(?:on|at)"
                          r"\s*[:\-]?\s*\+?\d[\d() -]{6,18}\d\s*(?:,|or\b|and\b|/)\s*(?:(?:e-?mail|message)\s+"
                          r"(?:us\s+|them\s+)?(?:at|on)?\s*[:\-]?\s*)?$", re.I)
# Someone named by a role, not a name, as the one the detail belongs to: "the owner's 07700 ...", "the
# dog handler's phone is on ...", "my landlord's number:" (a time is no one: "today's number").
_ROLE_POSSESSIVE = lazy_re(
    r"(?:\b(?:the|a|an|his|her|their|my|our|your)\s+(?:[\w-]+\s+){0,2}?(?-i:[a-z]+)['’]s\s+"
    r"(?:(?:[\w-]+\s+)?(?:phone|number|mobile|mob|line|landline|e-?mail|whatsapp|inbox|address)\b\s*"
    r"(?:is\s+)?(?:on\s+|at\s+)?)?|\b(?-i:[a-z]+)['’]s\s+(?:[\w-]+\s+)?(?:phone|number|mobile|mob|line|"
    r"landline|e-?mail|whatsapp|inbox)\b\s*(?:is\s+)?(?:on\s+|at\s+)?)[:\-]?\s*$", re.I)
_NOT_A_ROLE = lazy_re(r"(?:it|that|what|there|here|who|he|she|one|let|number|mobile|phone|line|mob|e?mail|name|"
                         r"today|tonight|tomorrow|yesterday|week|month|year|everyone|everybody|anyone)['’]s\b", re.I)
# A detail the writer no longer uses: "my old number (ported out) ...", "previous e-mail:".
_PAST_DETAIL_BEFORE = lazy_re(r"\b(?:old|previous|former|dead|disconnected|defunct|ex)[\s-]+(?:[\w-]+\s+)?"
                                 r"(?:number|mobile|phone|no\.?|line|landline|address|e-?mail|account|inbox)\b"
                                 r"[^.!?\n]{0,30}$|\b(?:no\s+longer\s+(?:use|using|have|on)|(?:do\s+not|don['’]?t)\s+use|"
                                 r"used\s+to\s+(?:be\s+on|use|have))\b[^.!?\n]{0,15}$", re.I)
_PAST_DETAIL_AFTER = lazy_re(r"\s+(?:is|was)\s+(?:my|our)\s+(?:old|previous|former)\b|"
                                r"\s*\(\s*(?:old|dead|ported|defunct|disconnected|obsolete|former|previous|no\s+longer|"
                                r"not\s+in\s+use|out\s+of\s+use)\b|[\s,;]*(?:[-–—]\s*)?(?:(?:is\s+|now\s+)?no\s+longer\s+"
                                r"(?:in\s+use|used|active|mine|works?|monitored)|(?:is\s+|now\s+)?(?:not\s+in\s+use|"
                                r"out\s+of\s+use|disconnected|defunct))\b", re.I)
# After the detail, words that give it to someone else: "... - turned out to be his nan's landline",
# "call 0161 ... and quote the booking": a firm's line.
_OTHERS_AFTER = lazy_re(r"[^.!?\n]{0,60}?\b(?:is|was|be|being)\s+(?:his|her|their|the\s+(?-i:[a-z]+)['’]s)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?(?:number|landline|mobile|phone|line|e-?mail|address)\b|"
                           r"\s*(?:and|to)\s+quote\b", re.I)
# An example, not anybody's: "(e.g. 07700 900000)", "numbers like 07700 900000", "such as a@example.com".
_EXAMPLE_BEFORE = lazy_re(r"(?:\be\.?g\.?|\bfor\s+(?:example|instance)|\bsuch\s+as|\blike|\bexample)"
                             r"\s*[:,]?\s*[(\"'`]?$", re.I)
# A chat export's line: "21/03/2026, 09:14 - Sender Name: message" (WhatsApp; Signal and others alike).
_CHAT_LINE = lazy_re(r"^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]?\s*(?:[-–]\s*)?"
                        r"(?P<sender>[^:\n]{1,60}?):\s", re.I | re.M)


_PLACEHOLDERS = frozenset(load_data("words.json")["placeholder_email_locals"])


_GROUP_ENDS = tuple(load_data("words.json")["contact_group_address_ends"])
_GROUP_STARTS = tuple(load_data("words.json")["contact_group_address_starts"])


def role_address(address: str) -> bool:
    """An office's address ("secretary@"), a group's shared one ("parkhelpers@", "friendsofthepark@"), or a
    placeholder in instructions ("you@example.com")."""
    local = address.split("@", 1)[0]
    letters = re.sub(r"[\W\d_]+", "", local).casefold()
    return bool(_ROLE_ADDRESS.search(local)) or local.casefold() in _PLACEHOLDERS \
        or any(letters.endswith(w) and len(letters) >= len(w) + 3 for w in _GROUP_ENDS) \
        or letters.startswith(_GROUP_STARTS)


def chat_sender(text: str, pos: int) -> tuple[int, int, str] | None:
    """In a chat export, the sender of the message holding `pos` (span of the name, and the name)."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _CHAT_LINE.match(text, line_start)
    return (m.start("sender"), m.end("sender"), m.group("sender").strip()) if m else None


def others_in_chat(text: str, start: int, owner: str) -> bool:
    """True when the number or address at `start` is a chat sender's name (an unsaved member shown by
    number) or sits in a message another member sent (the owner known by name)."""
    sender = chat_sender(text, start)
    if sender is None:
        return False
    a, b, name = sender
    if a <= start < b:
        return True   # the member's number standing for their name
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", owner)}
    return bool(words) and not (words & {w.casefold() for w in re.findall(r"[^\W\d_]+", name)})


# Test data, not anybody's: "test fixtures use 07700 900000 and a@example.com", "dummy numbers: ...".
# ("a toy contacts db with one row, name 'Test Person', number ...": a word may stand between the two)
_TEST_DATA_BEFORE = lazy_re(r"\b(?:test|testing|dummy|sample|fake|placeholder|made-up|synthetic|toy|mock|demo)\s+"
                            r"(?:[\w-]+\s+)?(?:data|fixtures?|numbers?|values?|inputs?|accounts?|users?|details|records?|"
                            r"db|database|table|rows?)\b[^.!?;\n]{0,60}$", re.I)
# "+447700900000 (Ofcom drama range, not a real number)": a number said, just after it, to be no one's.
_FICTIONAL_AFTER = lazy_re(r"[\s,(\[-]*(?:ofcom['’]?s?\s+)?(?:drama|tv\s+drama|fictional|fictitious|reserved)\s+"
                           r"(?:range|number|numbers)\b|[^.!?\n]{0,40}\bnot\s+a\s+real\s+(?:number|address)\b", re.I)


# A later value of a run of examples: "e.g. 07700 900000 → +447700900000, (020) 7946 0018 → ...": after the cue
# only other values, arrows and punctuation.
_EXAMPLE_RUN = lazy_re(r"(?:\be\.?g\.?|\bfor\s+(?:example|instance)|\bsuch\s+as|\bexamples?)\s*[:,]?"
                       r"(?:[\s\d()+,;/`'\"“”‘’→⟶⇒=>-]|\b(?:or|and)\b|[\w.+-]+@[\w.-]+)*$", re.I)


def example_value(text: str, start: int) -> bool:
    return bool(_EXAMPLE_BEFORE.search(text[max(0, start - 20):start])
                or _EXAMPLE_RUN.search(text[max(0, start - 120):start])
                or _TEST_DATA_BEFORE.search(text[max(0, start - 90):start]))


_SENTENCE_END = lazy_re(r"[.!?]+(?=\s|$)|\n")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos` (the dots inside an address do not end it)."""
    a = max(0, pos - 400)
    for m in _SENTENCE_END.finditer(text, a, pos):
        a = m.end()
    end = _SENTENCE_END.search(text, pos)
    return a, end.start() if end else len(text)


def _beside_a_role_address(text: str, start: int) -> bool:
    a, b = _sentence(text, start)
    return any(role_address(m.group(1)) for m in _EMAIL.finditer(text, a, b)) and not offered_as_mine(text, start)


# "text me on 07700 ... or email sec.gav@...": the writer offers the detail as the way to reach them, so a
# club post's office address or number beside it is the writer's own (the writer holds the office).
_OFFERED_AS_MINE = lazy_re(r"\b(?:text|ring|call|phone|e-?mail|message|contact|whatsapp|bell|reach|dm)\s+me\b"
                           r"[^.!?\n]{0,60}$", re.I)


# "text me rather than the WhatsApp group, which is all Matt's memes: 07700 ...", "ring me, not the office, on":
# the writer sets their own line against another's, and the detail after it is the writer's.
# (not "don't text me, text Jo on", nor "rather than Dave, his number is": another holder named after the contrast)
_MINE_INSTEAD = lazy_re(r"(?<!n['’]t\s)(?<!\bnot\s)(?<!\bnever\s)"
                        r"\b(?:text|ring|call|phone|e-?mail|message|contact|whatsapp|bell|dm)\s+me\s*,?\s+"
                        r"(?:rather\s+than|instead\s+of|not)\b(?:(?!\b(?:text|ring|call|phone|e-?mail|message|contact|"
                        r"his|her|their)\b)[^.!?\n]){0,80}$", re.I)


# A list's entry labelled as the writer's own: "Secretary (me): Alan Burridge — alan@..., or 07700 ...".
_ME_LABEL = lazy_re(r"(?:^|[\n|•·])[^\S\n]*(?:[-*][^\S\n]*)?(?:\*\*)?[\w'’ &/-]{0,40}"
                    r"\((?:me|that['’]s\s+me|yours\s+truly|myself)\)[^\S\n]*(?:\*\*)?[:\-–—][^\n]{0,100}$", re.I)


def mine_instead(text: str, start: int) -> bool:
    """The detail at `start` follows the writer's "text me rather than ..." in its sentence, or a label on its line
    that marks the entry as the writer's ("Secretary (me):")."""
    return bool(_MINE_INSTEAD.search(text, max(0, start - 140), start)
                or _ME_LABEL.search(text, max(0, start - 160), start))


def offered_as_mine(text: str, start: int) -> bool:
    """The detail at `start` comes just after the writer's "text me", "email me" in its sentence."""
    return bool(_OFFERED_AS_MINE.search(text, max(0, start - 80), start))


def _others_line(block: TextBlock, owner: str = "") -> bool:
    """A dialling or mailto link whose label gives it as someone else's line ("Leave the show a voicemail",
    "Management: Jo @ Bloggs Mgmt", "Unit line - Tues 6-8pm only", "Glyn's phone for bookings")."""
    label = block.label or ""
    return (bool(_OTHERS_LINE.search(label)) and not _FIRST_PERSON.search(label)) \
        or _named_line(label, len(label), owner) or introduced_as_others(label + " ", len(label) + 1) \
        or (block.hint == "phone" and nearest_owner_is_another(label, _number_in(label), owner))


def _number_in(label: str) -> int:
    """Where a label's own copy of its number starts ("Ring/text Daz on 07700 ... (after 6pm)"), else its end."""
    m = _SEVEN_DIGITS.search(label)
    return m.start() if m else len(label)


def _owner_words(owner: str) -> set[str]:
    """The owner's name as folded words ("Jo Example" -> {"jo", "example"}), to tell their own line from another's."""
    return {w.casefold() for w in re.findall(r"[^\W\d_]{2,}", owner)}


def _named_line(text: str, start: int, owner: str) -> bool:
    """A named person's line just before `start` ("Glyn's phone:") who is not the owner."""
    mine = _owner_words(owner)
    found = list(_NAMED_LINE.finditer(text, max(0, start - 80), start))
    name = found[-1].group("name") if found else ""
    return bool(name) and name.casefold() not in mine and not _TIME_WORD.match(name)


# "Today's number", "Saturday's line-up": a time, not a person.
_TIME_WORD = lazy_re(r"(?:today|tonight|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|"
                        r"year|january|february|march|april|may|june|july|august|september|october|november|"
                        r"december)$", re.I)


# Whose a contact detail is, from the nearest words before it in its sentence that introduce one: the
# owner's ("email me at", "my mobile", "drop me a line") or someone else's ("contact my agent, Jo
# Bloggs at Bloggs Literary:", "the county branch:", "tell them I sent you -", "she's on", "Management:").
_ROLES = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in load_data("words.json")["contact_roles"]),
                         key=len, reverse=True))
_ORG_END = "|".join(re.escape(w) for w in load_data("words.json")["contact_org_suffixes"])
_OTHERS_CUE = lazy_re(
    # the role a noun, not a modifier ("the kids' old school uniform"): a name, a comma or a verb follows it
    rf"\b(?:my|our|the|his|her|their|your|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ROLES})s?\b(?!-\w)"
    r"(?=\s*(?:[,:;()–—/-]|['’]s\b|(?-i:[A-Z])|(?:on|at|is|are|was|were|via|who|can|will|handles?|deals?|does|runs?)\b|$))|"
    rf"(?:^|[\n|•·])\s*(?:{_ROLES})s?\b[^:\n]{{0,20}}:|"                       # a label: "Management & press:"
    r"\b(?:handled|run|managed|organised|organized|dealt\s+with|looked\s+after|answered|covered)\s+(?:by|with)\b|"
    r"\b(?:c/o|care\s+of|on\s+behalf\s+of|represented\s+by)\b", re.I)
# A third person: someone else's, unless the page speaks of its owner so ("Alwyn ... text him on").
_PRONOUN_CUE = lazy_re(
    r"\b(?:tell|ring|rang|rung|call(?:ed)?|text(?:ed)?|phoned?|email|e-mail|message|contact|ask|give|reach|bell|"
    r"mention\s+me\s+to)\s+(?:him|her|them)\b|\b(?:at|to|with|for)\s+(?:him|her|them)\b|"
    # "she's on 07700 ...", "He's 07700 ..." (the number next: the search ends where it starts)
    r"\b(?:he|she|they)(?:['’](?:s|re)|\s+(?:is|are|can\s+be))\s+(?:(?:on|at|reachable)\b|(?:\()?$)|"
    # "call their team on", "ring his office": the number of someone else's people or place
    r"\b(?:ring|call|phone|text|contact|message)\s+(?:his|her|their)\s+(?:[\w'’-]+\s+)?[\w'’-]+\s+(?:on|at)\b|"
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:number|mobile|phone|no|e-?mail|address|details|line|inbox)\b", re.I)
# "Jo Bloggs at Bloggs Literary", "from Westfold Motor Spares": a person at, or a firm named as, an organisation
_ORG_CUE = lazy_re(rf"(?:\b(?:at|from|with)|@)\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+(?:&\s+|and\s+|of\s+)?){{0,4}}"
                      rf"(?-i:{_ORG_END})\b")
_OWN_CUE = lazy_re(r"\b(?:me|myself|my\s+(?:own\s+)?(?:[\w-]+\s+)?(?:e-?mail|mobile|number|phone|inbox|address|"
                      r"line|mob|cell|details|whatsapp|contact)|i['’]m\s+on|i\s+am\s+on|i\s+can\s+be\s+reached|personal)\b",
                      re.I)
_I_AM_BEFORE = lazy_re(r"\b(?:i['’]m|i\s+am|as|am\s+i|i\s+was|i\s+work\s+as)\s+$", re.I)


# Whose a number is, by the nearest holder its clause names before it: the writer ("me", "our", the owner's own
# name) or someone named who is not ("Derek's your man:", "£24 from Aisha - text", "Sue (organiser) at ... or
# ring", "Taxis: Eskside Cars", "Hall bookings:").
_CLAUSE_END = lazy_re(r"[.!?]+(?=\s|$)|[\n;•|]")
_SELF_WORD = lazy_re(r"(?<![\w'’])(?:me|my|mine|myself|i|i['’](?:m|ve|ll|d)|we|us|our|ours)(?![\w'’])", re.I)
_CAPITAL_WORD = lazy_re(r"(?<![\w'’@./-])(?-i:[A-Z][a-zé][a-zé'’-]*)")
_BUSINESS_WORDS = frozenset(load_data("words.json")["contact_business_words"])
_PLACE_WORDS = frozenset(load_data("words.json")["contact_place_words"])
_MY_PERSON = lazy_re(rf"(?:my|our)\s+(?:[\w'’-]+\s+)?(?:{_RELATION_WORDS}|{_ROLES})s?\b", re.I)
_THIRD_PERSON = lazy_re(r"\b(?:him|her|them|his|their)\b", re.I)
_CONTACT_VERB_BEFORE = lazy_re(r"\b(?:ring|call|phone|text|message|contact|ask|e-?mail|whatsapp|try|give)\s+$", re.I)
_JUST_ON = lazy_re(r"\s*(?:on|at)?\s*[:\-]?\s*$", re.I)
_PLACE_BEFORE = lazy_re(r"\b(?:in|near|around|across|of|to|into|outside|round)\s+$", re.I)


def nearest_owner_is_another(text: str, start: int, owner: str) -> bool:
    """Whether the nearest holder its clause names before the number at `start` is a person (a first name)
    or a firm or a place who is not the owner, with no first-person word between them and the number.
    Numbers only: an address names its own holder, and pages that do not name their owner ("text Sophie
    on ... or email ...", "© Priya Nair · ...") give their owner's address after their name."""
    lo = max(0, start - 150)
    a = lo
    for m in _CLAUSE_END.finditer(text, lo, start):
        a = m.end()
    mine = _owner_words(owner)
    # "(my sister)", "our sec": a person of the writer's is not the writer
    me = max((m.end() for m in _SELF_WORD.finditer(text, a, start) if not _MY_PERSON.match(text, m.start())),
             default=-1)
    # a third person ("text her on") is the pronoun rules' to read, and may be the page's own owner
    me = max([me] + [m.end() for m in _THIRD_PERSON.finditer(text, a, start)])
    previous = ""
    words = [(m.start(), m.end(), re.sub(r"['’]s?$", "", m.group())) for m in _CAPITAL_WORD.finditer(text, a, start)]
    for i in range(len(words) - 1, -1, -1):
        at, end, word = words[i]
        if end <= me:
            return False
        previous = words[i - 1][2] if i and text[words[i - 1][1]:at].strip() in ("", "&") else ""
        if word.casefold() in mine or previous.casefold() in mine:
            return False   # the owner's own name, or their firm's ("Okafor Plumbing")
        if word in _PLACE_WORDS or (word in _BUSINESS_WORDS and previous):
            return True
        if word in first_names() and word not in _NOT_A_NAME and not _TIME_WORD.match(word) \
                and not _PLACE_BEFORE.search(text, max(a, at - 10), at):
            # "Text Jamie on ...": a page may speak so of its own owner, whom it does not name as the writer;
            # a page whose owner has a name ("Bex ... trials: ring Gary 07700 ...") gives it as Gary's
            return (bool(mine) and not _short_for(word.casefold(), mine)) or not (
                _CONTACT_VERB_BEFORE.search(text, max(a, at - 20), at) and _JUST_ON.match(text[end:start]))
    return False


def _short_for(word: str, mine: set[str]) -> bool:
    """'Daz' for the owner 'Dazza', 'Tom' for 'Thomas': one of the owner's names as friends write it."""
    return any((len(word) >= 3 and (own.startswith(word) or word.startswith(own)))
               or word in nicknames().get(own, ()) for own in mine)


def introduced_as_others(text: str, start: int, owner: str = "", speaks_as_writer: bool = False) -> bool:
    """Whether the nearest words before `start` in its sentence that introduce a contact detail give
    it as someone else's (a role, an organisation, a third person) rather than the writer's."""
    a, _ = _sentence(text, start)
    a = max(a, start - 200)
    cues = [(m.end(), False) for m in _OWN_CUE.finditer(text, a, start)]
    cues += [(m.end(), True) for m in _OTHERS_CUE.finditer(text, a, start)
             if not _I_AM_BEFORE.search(text, max(a, m.start() - 12), m.start())
             and not _closed_aside(text, m.start(), start)]
    mine = _owner_words(owner)
    for m in _PRONOUN_CUE.finditer(text, a, start):
        whose = _pronoun_means(text, m.start(), m.group().casefold(), mine, a, speaks_as_writer)
        if whose is not None:
            cues.append((m.end(), whose))
    if not any(not other for _, other in cues):   # a firm's name counts only where no first person speaks
        cues += [(m.end(), True) for m in _ORG_CUE.finditer(text, a, start)]
    if not cues:
        return False
    end, other = max(cues, key=lambda c: (c[0], not c[1]))
    return other


_PLURAL = lazy_re(r"\b(?:them|they|their)\b")
_CAPITALISED = lazy_re(r"\b[A-Z][a-z]+\b")


def _pronoun_means(text: str, at: int, cue: str, mine: set[str], sentence: int, speaks_as_writer: bool) -> bool | None:
    """Whether a third person ("tell them", "give her a ring") is someone else (True) or the owner a
    page speaks of in the third person (False, "Alwyn ... text him on"); None when it cannot be told.
    "Them" is a firm or a group; "him" or "her" is the person last named before it, if any, and is
    not the writer who says "I" or "me" in the same sentence ("she asked me to point people at her")
    or who writes in their own voice (`speaks_as_writer`: a post, a caption, a bio)."""
    names = [w.group() for w in _CAPITALISED.finditer(text, max(0, at - 300), at)
             if w.group() in first_names() or w.group().casefold() in mine]
    if names and names[-1].casefold() in mine:
        return False
    if _PLURAL.search(cue) or _SINGULAR_WRITER.search(text, sentence, at) or speaks_as_writer:
        return True
    return bool(mine) or None


_SINGULAR_WRITER = lazy_re(r"\b(?:i|me|my|i['’]m|i['’]ve|i['’]d)\b", re.I)


# A received message's header: the sender's address is theirs, the recipient is the owner.
_FROM_LINE = lazy_re(r"^(?:from|sender|reply-to)\s*:\s*(?P<name>[^<\n@]*?)\s*<?[^\s<>]*@", re.I | re.M)
_TO_LINE = lazy_re(r"^to\s*:", re.I | re.M)


def from_someone_else(text: str, start: int, owner: str) -> bool:
    """A saved e-mail's "From:" address, when the message has a "To:" and the sender is not the owner."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _FROM_LINE.match(text, line_start)
    if m is None or m.end() < start - 1 or not _TO_LINE.search(text):
        return False
    sender = {w.casefold() for w in re.findall(r"[^\W\d_]+", m.group("name"))}
    mine = {w.casefold() for w in re.findall(r"[^\W\d_]+", owner)}
    return not (sender and mine and sender & mine)


# Under a CV's "References" or "Referees" heading the numbers and addresses are the referees'.
_REFEREES = lazy_re(r"\b(?:referees?|references)\s*(?::|\n|[-=]{3,})", re.I)
# A contact label right before a number ("Mob: ", "| Office: ") says the
# number is the page owner's, whatever business words are near.
_FIELD_LABEL = lazy_re(r"\b(?:tel|telephone|phone|mob|mobile|cell|office|home|work|direct|landline)"
                          r"\s*(?:no\.?|number)?\s*[:.]\s*$", re.I)


# A heading over the sponsors or advertisers of a programme or a newsletter ("OUR SPONSORS – THANK YOU!", "With
# thanks to our advertisers"): the numbers under it are the firms'.
# (plural nouns: "Sponsor my daughter's panto fund" is a request, not a heading)
_SPONSORS = lazy_re(r"\b(?:sponsors|sponsored\s+by|advertisers|adverts|advertisements|classifieds|"
                    r"local\s+(?:businesses|traders|services))\b", re.I)


_REFEREES_HEADING = lazy_re(r"^\W*(?:referees?|references)\W*$", re.I)
_HEADING_LIKE = lazy_re(r"^[^.,;:@\d]{1,40}$")
_SHORT_HEADING = lazy_re(r"^[^.,;:@\d]{1,60}$")


def under_referees(profile: Profile) -> set[int]:
    """The blocks (by id) under a CV's "References" heading or a programme's "Our sponsors", up to the next
    heading: the numbers and addresses there are the referees' and the firms'."""
    out: set[int] = set()
    under = False
    for block in profile.blocks:
        text = block.text.strip()
        if _REFEREES_HEADING.match(text) or (block.field != "link" and _SHORT_HEADING.match(text)
                                             and _SPONSORS.search(text)):
            under = True
        elif under and _HEADING_LIKE.match(text) and len(text.split()) <= 4:
            under = False
        elif under:
            out.add(id(block))
    return out


_STILL = lazy_re(r"\b(?:still|new|now)\b", re.I)   # "old inbox still works", "old number died, new one is"


def _role_possessive(before: str) -> bool:
    """"the owner's ...", "the dog handler's phone is on ...": a detail given as a role's, not a time's."""
    m = _ROLE_POSSESSIVE.search(before)
    return m is not None and not _NOT_A_ROLE.search(m.group())


def disowned_after(text: str, end: int) -> bool:
    """Words right after a detail that make it not (or no longer) the writer's: "..., not me", "(old
    number)", "- turned out to be his nan's landline", "(drama range, not a real number)"."""
    return bool(_NOT_ME_AFTER.match(text, end) or _PAST_DETAIL_AFTER.match(text, end)
                or _OTHERS_AFTER.match(text, end) or _FICTIONAL_AFTER.match(text, end))


# Words just after a detail that point at a firm or a group as its holder: "(01632 ... if you want to ask them about
# paper)", "0113 ..., they've got a warehouse up there": a business the writer recommends or mentions.
_THEIRS_AFTER = lazy_re(r"[^.!?\n]{0,40}?\b(?:them|their|they['’](?:ve|re|ll|d)|they\s+(?:have|are|do|did|were|open|"
                        r"close|can|will))\b", re.I)


def theirs_after(text: str, start: int, end: int) -> bool:
    """The words after the detail at `start`..`end` give it to "them" (a firm, a group), and the writer does not
    offer it as their own ("text me on ... if you want to join them", "my mobile ..., they can ring")."""
    m = _THEIRS_AFTER.match(text, end)
    if m is None:
        return False
    a, _ = _sentence(text, start)
    return not offered_as_mine(text, start) and not _MY_DETAIL.search(text, a, start) \
        and not _FIRST_PERSON.search(m.group())


_MY_DETAIL = lazy_re(r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:number|mobile|mob|phone|line|landline|e-?mail|address|inbox)\b|"
                     r"\bi['’]?m\s+on\b", re.I)


# A piece signed at its end by its writer: "... ring me on 0161 ... — Brian Castleton, Chair", "... Ring me
# on 07700 .... Alan", or a marketplace's masked member name under their feedback ("m***3 (87)").
_SIGN_OFF = lazy_re(r"(?:(?:[.!?)]\s+|\n\s*|\s)[-–—~]+\s*|[.!?)]\s+|\n\s*)"
                       r"(?:(?:Revd|Rev|Fr|Dr|Cllr|Mr|Mrs|Ms|Miss|Canon)\.?\s+)?(?-i:(?P<name>[A-Z][a-z]+))"
                       r"(?:\s+(?-i:[A-Z][a-z'’-]+)){0,2}(?:\s*,\s*[^\n.!?,]{1,40})?\s*$|"
                       r"\n\s*(?P<masked>[\w.-]*\*{2,}[\w.-]*)\s*(?:\(\d+\))?\s*$|"
                       # a listing's item by another user: "... by MaidstoneMarge in kent", "by u/Some_User"
                       r"\bby\s+(?:u/|@)?(?-i:(?P<handle>[A-Za-z][a-z\d]*(?:[A-Z_\d][\w-]*)+))(?:\s+in\s+(?:r/)?[\w-]+)?\s*$")


def signed_by_another(text: str, end: int, owner: str) -> bool:
    """Whether the piece holding the detail that ends at `end` is signed, just after it, by someone
    who is not the owner (known by name): the detail is the signer's."""
    if len(text) - end > 300:
        return False
    m = _SIGN_OFF.search(text, end)
    if m is None:
        return False
    if m.group("masked"):
        return True   # a name the page hides is never its owner's
    if m.group("handle"):
        key = re.sub(r"[\W_]+", "", m.group("handle").casefold())
        return key not in {re.sub(r"[\W_]+", "", w.casefold()) for w in (owner, *owner.split())}
    name = m.group("name").casefold()
    mine = _owner_words(owner)
    return bool(mine) and m.group("name") in first_names() \
        and not any(w.startswith(name) or name.startswith(w) for w in mine)


def _closed_aside(text: str, cue: int, start: int) -> bool:
    """Whether the words at `cue` sit in brackets closed, and another way to reach the writer (who offered one
    before the bracket) begun, before the detail at `start`: "message me on ... (in a crisis, call the
    Samaritans on 116 123), or e-mail ..." names the helpline in an aside, not the address's holder ("(ask
    the caretaker) 07700 ..." does name the number's)."""
    a, _ = _sentence(text, cue)
    opened = text.rfind("(", a, cue)
    return opened > text.rfind(")", a, cue) and bool(_ASIDE_CLOSED.search(text, cue, start)) \
        and bool(_OWN_CUE.search(text, a, opened))


# The bracket closed and another way to reach the writer begun: "...), or e-mail", "); or just".
_ASIDE_CLOSED = lazy_re(r"\)\s*[,;]?\s*(?:or|and|but|otherwise)\b", re.I)


_CALL_BEFORE = lazy_re(r"\b(?:ring|call|phone|text|message|whatsapp)\s+$", re.I)


def others_contact(text: str, start: int, owner: str = "") -> bool:
    """True when the number or address at `start` is introduced as somebody else's."""
    before = text[max(0, start - 60):start]
    cue = SOMEONE_ELSES.search(before)
    if (cue and not _closed_aside(text, start - len(before) + cue.start(), start)) \
            or _REFEREES.search(text[max(0, start - 300):start]) or _NOT_ME_BEFORE.search(before) \
            or _GROUP_DETAIL_BEFORE.search(before):
        return True
    a, _ = _sentence(text, start)
    line = text[max(a, start - 120):start]
    if (_OTHERS_LINE.search(line) and not _FIRST_PERSON.search(line)) or _SENDER_BEFORE.search(before) \
            or _SCAM_BEFORE.search(line) or (_RELAYED.search(line) and not _MY_DETAIL.search(line)) \
            or _named_line(text, start, owner):
        return True   # "the Support Line (24/7): ...", "a scam text from ...", "Glyn's phone: ..."
    past = _PAST_DETAIL_BEFORE.search(before)
    if _THE_PLACE_ON.search(before) or _THE_PLACE_THEN.search(before) \
            or (past and not _STILL.search(past.group())) or _role_possessive(before):
        return True   # "ring the yard on ...", "my old number ...", "the owner's ..."
    if text[start:start + 1] == "(":
        before += "("   # "the wonderful Ada Mwangi (07700 ...": the bracket begins the number's match
    m = _OTHER_PERSON.search(before) or _NAMED_BRACKET.search(text, max(0, start - 80), start) \
        or _TO_PERSON.search(before)
    if not m:
        return False
    name = next(v for k, v in m.groupdict().items() if v).split()[0]
    mine = _owner_words(owner)
    if not mine and m.groupdict().get("n2") and _CALL_BEFORE.search(before, 0, m.start("n2")) \
            and name not in text[:max(0, start - 60) + m.start("n2")]:
        return False   # "Call or text Dean on ...": a listing or a couple's page so names its own, unnamed owner
    return name not in _NOT_A_NAME and name.casefold() not in mine   # "Text Tom on ..." on Tom's own advert


# "Need an electrician? Ring/text ...": the user's own advert, even among trade words
OWN_ADVERT = lazy_re(r"\b(?:ring|text|call|phone|whatsapp|message|contact)\s*(?:/\s*\w+\s*)?(?:me|us)?\b"
                        r"[^.!?]{0,12}$|"
                        r"\bneed\s+an?\b|\bfree\s+quotes?\b|\bbookings?\b", re.I)
# Seven digits close together: without them there is no phone number to look for.
_SEVEN_DIGITS = lazy_re(r"\d(?:[\s().+/-]{0,3}\d){6}")
_URL = lazy_re(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.I)
# A value in code: an argument or a string literal ("is_valid('07700 900000')", `07700 900000`).
_IN_CODE = lazy_re(r"(?:\w\(\s*|=\s*|[-=]>\s*|[\"']\s*:\s*|#\s*)[\"'`]$|`[^`\n]{0,40}$")
_DIALLABLE = lazy_re(r"^(?:tel|sms|callto):", re.I)
# A month and year ("09/2013") or a year range ("2013 - 2017"): a date or a period, not a number.
_DATE_LIKE = lazy_re(r"(?<!\d)(?:[01]?\d[/.](?:19|20)\d\d|(?:19|20)\d\d\s*[-–—/]\s*(?:[01]?\d[/.])?(?:19|20)\d\d)"
                        r"(?!\d)")
# Words that say the digits after them are a reference, not a phone: "order no.", "ISBN", "SKU".
_CODE_BEFORE = lazy_re(r"(?:\b(?:order|ref(?:erence)?|invoice|id|isbn|issn|sku|serial|part|product|model|item|"
                          r"ticket|case|account|acc|policy|licen[cs]e|reg(?:istration)?|company|charity|vat|crime|"
                          r"tracking|booking|membership|member|customer|sort\s+code|barcode|ean|upc|doi|pmid|abstract|cert|certificate|"
                          r"version|build|commit|issue|pr)\b\.?\s*(?:no\.?|number|num|#|code|ref)?\s*[:#.]?\s*"
                          r"|#\s*|[A-Za-z]-?|=)\Z", re.I)
_CODE_AFTER = lazy_re(r"^(?:[-_][A-Za-z0-9]|[A-Za-z])")


def _invalid_phone(text: str, start: int, end: int, raw: str) -> str | None:
    """Why the digits at text[start:end] are not a phone number, or None when nothing says so."""
    for url in _URL.finditer(text, max(0, start - 300), min(len(text), end + 300)):
        if url.start() <= start and end <= url.end() + 1 and not _DIALLABLE.match(url.group()):
            return "inside a URL"
    lo = max(0, start - 12)
    if any(m.start() < end and start < m.end() for m in _DATE_LIKE.finditer(text, lo, end + 12)):
        return "a date or a period"
    if _CODE_BEFORE.search(text[max(0, start - 30):start]) or _CODE_AFTER.match(text[end:end + 2]):
        return "an ID or a product code"
    if _IN_CODE.search(text[max(0, start - 45):start]) and text[end:end + 1] in ("\"", "'", "`"):
        return "a value in code"
    return None


# A terminal session pasted as an example: a shell or Python prompt and a command ("$ mytool --x",
# ">>> fmt('...')"); what it prints or is given is sample data, not the writer's own.
_PROMPT = lazy_re(r"(?:^|(?<=\s))(?:\$|>>>|PS>)\s+[a-z_][\w./-]*[\s(]")


def in_terminal(text: str, start: int) -> bool:
    """Whether `start` follows a shell or Python prompt in the same block (a console sample)."""
    return ("$ " in text or ">>> " in text or "PS> " in text) and bool(_PROMPT.search(text, 0, start))


# A section headed by a person's name ("Gareth "Gaz" Lund – Treasurer", "Cllr Susan Pike"): its details are theirs.
_HEADING_NAME = lazy_re(r"(?<![\w'’])(?=(?-i:(?P<first>[A-Z][a-z]+))(?:\s+[\"“'‘(][^\"”'’()]{1,20}[\"”'’)])?"
                           r"\s+(?-i:[A-Z][a-z'’-]+))")


_TITLED_NAME = lazy_re(r"(?-i:\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Revd|Rev|Prof)\.?\s+[A-Z][a-z]+"
                          r"\s+[A-Z][a-z'’-]+)")


def _someone_elses_section(block: TextBlock, owner: str) -> bool:
    """The block sits under a heading that names a person who is not the owner (the owner known by name)."""
    label = block.label or ""
    mine = _owner_words(owner)
    if not mine or not label or block.field == "link":
        return False
    named = [m.group("first") for m in _HEADING_NAME.finditer(label) if m.group("first") in first_names()] \
        or _TITLED_NAME.search(label)
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{2,}", label)}
    return bool(named) and not words & mine


# Words before a quotation that make it a message someone else sent or wrote: a scam the writer warns of ("Got a
# smish today: \"Your parcel ... call 07700 ...\""), a notice reposted for another ("Reposting for my swim buddy:
# 'Lost: ... ring 0161 ...'").
_QUOTED_FOR = lazy_re(r"\b(?:scam\w*|smish\w*|phish\w*|spam\w*|fraud\w*|con\s+artists?|repost\w*|re-?shar\w*|"
                      r"sharing\s+(?:this\s+)?(?:for|from|on\s+behalf\s+of)|on\s+behalf\s+of)\b[^\"“”]{0,160}$", re.I)
# A quotation's opening mark: a double one, or a single one at the start of a line or after a colon or a space.
_OPENING = lazy_re(r"[\"“]|(?:(?<=^)|(?<=[\s:(]))[‘'](?=\w)", re.M)
_CLOSING_SINGLE = lazy_re(r"(?<=[\w.!?])[’'](?!\w)")


def quoted_message(text: str, start: int) -> bool:
    """Whether `start` is inside a quotation, on its line, that the words before it give as a scam or as
    someone else's message reposted."""
    line = text.rfind("\n", 0, start) + 1
    doubles = [i for i in range(line, start) if text[i] in '"“”']
    if len(doubles) % 2:
        opened = doubles[-1]
    else:
        singles = [m.start() for m in _OPENING.finditer(text, line, start) if text[m.start()] in "‘'"]
        opened = singles[-1] if singles and not _CLOSING_SINGLE.search(text, singles[-1] + 1, start) else -1
    return opened >= 0 and bool(_QUOTED_FOR.search(text, max(0, opened - 200), opened))


# Fields written in the owner's own voice: a third person there is never the owner.
_OWN_VOICE = {"post", "comment", "caption", "story", "bio", "status"}


def _not_owners(block: TextBlock, text: str, start: int, owner: str) -> bool:
    """Whether the contact detail at `start` is given as someone else's, or as an example."""
    if block.hint in ("email", "phone"):
        return _others_line(block, owner)
    return others_contact(text, start, owner) or example_value(text, start) or others_in_chat(text, start, owner) \
        or _someone_elses_section(block, owner) or bool(block.label and _SPONSORS.search(block.label)) \
        or in_terminal(text, start) or introduced_as_others(text, start, owner, block.field in _OWN_VOICE) \
        or from_someone_else(text, start, owner) or quoted_message(text, start)


def email_hits(block: TextBlock, owner: str = "", others: set[str] | None = None, mine: bool = False) -> list[Hit]:
    """The addresses in a block; those given as someone else's are left out (and added to `others`).
    With `mine` (the owner's own entry on a page of several people's) a post's address is theirs too."""
    text = text_of(block)
    hits: list[Hit] = []
    if "@" not in text and not _AT_WORD.search(text):
        return hits
    for m in _EMAIL.finditer(text) if "@" in text else ():
        if _MESSAGE_ID_BEFORE.search(text, max(0, m.start(1) - 200), m.start(1)):
            continue
        if not mine and not mine_instead(text, m.start(1)) and (
                (role_address(m.group(1)) and not offered_as_mine(text, m.start(1)))
                         or _not_owners(block, text, m.start(1), owner)
                         or disowned_after(text, m.end(1)) or theirs_after(text, m.start(1), m.end(1))
                         or signed_by_another(text, m.end(1), owner)):
            if others is not None:
                others.add(m.group(1).rstrip(".").lower())
            continue
        value = m.group(1).rstrip(".").lower()
        hits.append(Hit("email_address", value, value, 0.95, block, m.start(1), m.end(1), "e-mail address"))
    for m in _OBFUSCATED.finditer(text) if _OBFUSCATED_TAIL.search(text) else ():
        sep = m.group(2).strip()
        # " AT " in capitals after a lower-case name is the writer dodging scrapers, as good as "[at]"
        bare_at = sep.lower() == "at" and not (sep == "AT" and any(c.islower() for c in m.group(1)))
        if "@" in m.group() or (bare_at and not (_SPELLED_DOT.search(m.group(3))
                                                and re.split(r"\W+", m.group(3))[-1].lower() in _BARE_AT_TLDS)):
            continue
        value = f"{_OBF_DOT.sub('.', m.group(1))}@{_OBF_DOT.sub('.', m.group(3))}".lower()
        if not mine and (role_address(value) or _not_owners(block, text, m.start(), owner)):
            continue
        hits.append(Hit("email_address", value, value, 0.85, block, m.start(), m.end(),
                        "e-mail address written out to dodge scrapers"))
    return hits


class _Number(NamedTuple):
    start: int
    end: int
    value: str      # E.164
    number: Any     # phonenumbers.PhoneNumber
    example: bool   # shown as an example


_LETTER_CODE = lazy_re(r"(?<=[a-z]\s)" + OUTWARD_CODE.pattern + r"(?=\s+\+?\d)")


@lru_cache(maxsize=BLOCKS_KEPT)
def _numbers(text: str, region: str, strict: bool) -> tuple[_Number, ...]:
    """The phone numbers phonenumbers finds in `text` that what the text alone says lets stand. Cached: the
    matcher is slow, and a page says the same text (a date under each post, a footer) in many blocks."""
    import phonenumbers   # here, not at the top: a run whose text holds no number never loads its tables

    found = []
    # a postcode district just before a number ("Rotherham S63 07700 ...", a header's "|" gone) makes the matcher
    # take its digits for the number's: it is read with such codes blanked, offsets kept
    seen = _LETTER_CODE.sub(lambda m: " " * len(m.group()), text) if _LETTER_CODE.search(text) else text
    for match in phonenumbers.PhoneNumberMatcher(seen, region, leniency=phonenumbers.Leniency.POSSIBLE):
        number = match.number
        national = phonenumbers.national_significant_number(number)
        if national in _SERVICE or len(national) < 7:
            continue
        # A number phonenumbers does not know as allocated (Ofcom's drama ranges, a new
        # range) still counts when it is written like a phone number: a leading 0 or +
        # and a full set of digits. That keeps years, counts and IDs out.
        digits = sum(c.isdigit() for c in match.raw_string)
        if not (strict or phonenumbers.is_valid_number(number)
                or (match.raw_string.lstrip("(").startswith(("0", "+")) and digits >= 10)):
            continue
        if not strict and _invalid_phone(text, match.start, match.end, match.raw_string):
            continue
        value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        found.append(_Number(match.start, match.end, value, number, not strict and example_value(text, match.start)))
    return tuple(found)


def phone_hits(block: TextBlock, region: str = "GB", owner: str = "", mine: bool = False,
               others: set[str] | None = None) -> list[Hit]:
    """The numbers in a block; those given as someone else's are left out (and added to `others`)."""
    text = text_of(block)
    hits: list[Hit] = []
    if not _SEVEN_DIGITS.search(text):
        return hits
    import phonenumbers

    strict = block.hint == "phone"
    if strict and _others_line(block, owner):
        return hits
    examples: set[str] = set()   # a number shown as an example is one wherever it recurs in the text
    for match in _numbers(text, region, strict):
        before = text[max(0, match.start - 60):match.start]
        value, number = match.value, match.number
        if match.example:
            examples.add(value)
            continue
        if not strict and not mine and not mine_instead(text, match.start) \
                and (_not_owners(block, text, match.start, owner)
                     or nearest_owner_is_another(text, match.start, owner)
                     or _beside_a_role_address(text, match.start)
                     or disowned_after(text, match.end)
                     or theirs_after(text, match.start, match.end)
                     or signed_by_another(text, match.end, owner)
                     or (someone_elses(text, match.start) and not OWN_ADVERT.search(before)
                         and not _FIELD_LABEL.search(before))):
            if others is not None:
                others.add(value)
            continue
        display = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        hits.append(Hit("phone_number", value, display, 0.9 if not strict else 0.95, block,
                        match.start, match.end, "phone number"))
    for m in _WA_ME.finditer(text):
        try:
            number = phonenumbers.parse("+" + m.group(1))
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            display = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            hits.append(Hit("phone_number", value, display, 0.9, block, m.start(), m.end(), "WhatsApp link"))
    return [h for h in hits if h.value not in examples]

def owner_name(profile: Profile, facts: Facts) -> str:
    """The owner's name as a chat export would show it: from the facts, else the profile's name."""
    return facts.full_name or " ".join(sorted(owner_names(profile)))


class EmailDetector(Detector):
    category = "email_address"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        referees = under_referees(profile)
        owner = owner_name(profile, facts)
        others: set[str] = set()
        hits = [h for block in profile.blocks if block.own and id(block) not in referees
                for h in email_hits(block, owner=owner, others=others, mine=profile.about_owner(block))]
        # a mailto link to an address the page's text gives as someone else's is theirs too, and so is the same
        # address repeated bare where nothing speaks of it (a footer's "Get in touch")
        return [h for h in hits if not (h.value in others and (h.block.hint == "email" or _bare_not_mine(profile, h)))]


class PhoneDetector(Detector):
    category = "phone_number"

    def detect(self, profile: Profile, facts: Facts) -> list[Hit]:
        referees = under_referees(profile)
        owner = owner_name(profile, facts)
        others: set[str] = set()
        hits = [h for block in profile.blocks if block.own and id(block) not in referees
                for h in phone_hits(block, owner=owner, mine=profile.about_owner(block), others=others)]
        for link in profile.links:
            hits.extend(phone_hits(TextBlock(text=link.url, field="link")))
        # a dialling link whose number the page's text gives as someone else's line is theirs, and so is the same
        # number repeated bare where nothing speaks of it (a footer's "Get in touch")
        return [h for h in hits if not (h.block.field != "link" and h.value in others and _bare_not_mine(profile, h))
                and (h.block.field != "link" or not ((h.value in others and not _label_speaks(h.block))
                                                     or _others_line_in_text(profile, h.value, owner)))]


def _bare_not_mine(profile: Profile, hit: Hit) -> bool:
    """The detail stands with no words of its own in its sentence (only other details, labels and punctuation),
    outside the owner's own entry on a page of several people's."""
    if profile.about_owner(hit.block):
        return False
    text = text_of(hit.block)
    a, b = _sentence(text, hit.start)
    rest = _EMAIL.sub(" ", text[a:b])
    return not re.search(r"[^\W\d_]{3,}", _BARE_LABELS.sub(" ", rest))


_BARE_LABELS = lazy_re(r"\b(?:tel|telephone|phone|mob|mobile|email|e-mail|get\s+in\s+touch|contact(?:\s+us)?|"
                       r"call|office|landline)\b", re.I)


def _label_speaks(block: TextBlock) -> bool:
    """A link's label says whose line it is in words of its own ("Ring/text Daz on ..."), not just the
    number or a field name ("Tel"), so the page's text elsewhere does not decide it."""
    return any(w.capitalize() not in _NOT_A_NAME for w in re.findall(r"[^\W\d_]{2,}", block.label or ""))


def _others_line_in_text(profile: Profile, url: str, owner: str) -> bool:
    """A dialling link whose number a page's text introduces as someone else's line (the support line
    a post names, its number linked)."""
    digits = re.sub(r"\D", "", url)[-9:]
    if len(digits) < 9:
        return False
    import phonenumbers   # loaded only here and in phone_hits, where a text holds a number

    for block in profile.blocks:
        text = block.text
        if block.hint == "phone" or digits[-4:] not in text:
            continue
        for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
            if re.sub(r"\D", "", match.raw_string).endswith(digits) and (
                    others_contact(text, match.start, owner) or nearest_owner_is_another(text, match.start, owner)):
                return True
    return False

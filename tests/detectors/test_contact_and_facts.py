"""Phone numbers and e-mail addresses in any form; the facts matcher."""

import pytest

from footprint.facts import Facts
from tests.detectors.helpers import values


@pytest.mark.parametrize("text,number", [
    ("Call 07700 900123", "+447700900123"),
    ("Mob: 07700-900-456", "+447700900456"),
    ("+44 (0)7700 900789 for bookings", "+447700900789"),
    ("WhatsApp wa.me/447700900321", "+447700900321"),
    ("Home 020 7946 0991", "+442079460991"),
])
def test_phone_numbers(text, number):
    assert number in values("phone_number", text)


@pytest.mark.parametrize("text", ["Call 999 in an emergency or 101 otherwise", "Joined in 2014",
                                  "Order number 12345", "Ran 10k in 52:10"])
def test_not_phone_numbers(text):
    assert values("phone_number", text) == set()


# Digits that phonenumbers can read as a UK number but that sit inside something else.
@pytest.mark.parametrize("text", [
    "Data engineer, Grimsby Docks Ltd, 05/2010 - 12/2014",
    "Lab technician (02/2007 – 06/2012), then research lead",
    "School 1996 - 2003, college 2003-2005",
    "Write-up at https://paper.example.com/local/walks-07700900817 if you want the route",
    "mirror: example.org/archive/01632960442",
    "Order #07700900818 has not arrived",
    "Your reference no. 02079460123 is on the letter",
    "ISBN 0 7432 7356 7 on the back cover",
    "Serial: 01632 960 443 printed under the lid",
    "firmware build-07700900819",
    "First aid at work, cert no. 0113-4960-77, renewed every three years",
    "Forklift certificate 01632 960 778 (counterbalance)",
])
def test_digits_inside_a_url_a_period_or_a_code_are_not_a_phone(text):
    assert values("phone_number", text) == set()


@pytest.mark.parametrize("text,number", [
    ("Worked there 04/2015 - 09/2019. Mobile 07700 900820", "+447700900820"),
    ("Bookings via https://book.example.com or ring 07700 900821", "+447700900821"),
    ("Lessons £20/hr, text 07700 900822", "+447700900822"),
    ("📞 07700 900823 / 07700 900824", "+447700900823"),
])
def test_a_number_beside_dates_urls_or_prices_is_still_found(text, number):
    assert number in values("phone_number", text)


@pytest.mark.parametrize("text,address", [
    ("email me: Sam.Example@Example.com", "sam.example@example.com"),
    ("bookings: jo [at] example [dot] org", "jo@example.org"),
    ("jo(at)example(dot)co(dot)uk", "jo@example.co.uk"),
])
def test_email_addresses(text, address):
    assert address in values("email_address", text)


@pytest.mark.parametrize("text,addresses", [
    ("write to rowan [dot] tilsley [at] example [dot] com", {"rowan.tilsley@example.com"}),
    ("press: odile.farrant(at)example.net", {"odile.farrant@example.net"}),
    ("queries to brannagh (at) example.org please", {"brannagh@example.org"}),
    ("collabs: wenlock.quill at example dot co dot uk", {"wenlock.quill@example.co.uk"}),
    ("reach me - ferrisbeck at example dot org", {"ferrisbeck@example.org"}),
    ("ivo dot marchetti at example dot com or DM", {"ivo.marchetti@example.com"}),
    ("ASHBY {AT} EXAMPLE {DOT} ORG", {"ashby@example.org"}),
])
def test_email_addresses_written_out_come_back_whole(text, addresses):
    assert values("email_address", text) == addresses


@pytest.mark.parametrize("text", [
    "I work at example.com these days",
    "Tea at four. Dinner at seven dot on",
    "We met at the Crown and Anchor",
    "Look at this: v1.2 dot release",
])
def test_at_and_dot_in_prose_are_not_an_address(text):
    assert values("email_address", text) == set()


FACTS = Facts(full_name="Sam Example", date_of_birth="1988-03-03", birthplace="Stoke-on-Trent",
              football_team="Stoke City", family=("Ivy", "Reuben"), home_postcode="ST4 9ZZ",
              phone="07700 900555", email="sam@example.com")


@pytest.mark.parametrize("text,category,value", [
    ("gamer_030388", "date_of_birth", "1988-03-03"),
    ("3rd March 1988", "date_of_birth", "1988-03-03"),
    ("March 3rd", "date_of_birth", "--03-03"),
    ("Stoke lad at heart", "birthplace", "Stoke-on-Trent"),
    ("Ivy's first swim", "family", "family: Ivy"),
    ("ST49ZZ", "home_location", "ST4 9ZZ"),
    ("ring 0044 7700 900555", "phone_number", "+447700900555"),
    ("SAM@EXAMPLE.COM", "email_address", "sam@example.com"),
    ("Delilah at the bet365 stadium", "football_team", "Stoke City"),
])
def test_facts_are_found_in_any_written_form(text, category, value):
    assert value in values(category, text, facts=FACTS)


def test_facts_do_not_match_inside_other_words():
    assert values("family", "Ivybridge walk", facts=FACTS) == set()
    assert values("date_of_birth", "ticket 1030388", facts=FACTS) == set()


def test_an_organisations_helpline_is_not_the_users_number():
    assert values("phone_number", "If you need support, the Example Trust helpline is 07700 900650") == set()
    assert values("phone_number", "Cake orders: 07700 900650") == {"+447700900650"}


def test_someone_elses_number_is_not_the_users():
    assert values("phone_number", "Dave's Plumbing did our boiler. His number is 07700 900613") == set()


def test_a_fediverse_handle_is_not_an_email_address():
    assert values("email_address", "Boosted from @someone@social.example") == set()
    assert values("email_address", "write to someone@example.com") == {"someone@example.com"}


def test_the_users_own_trade_advert_is_their_number():
    assert values("phone_number", "Need an electrician in Poole? Ring/text 07700 900561. Free quotes") == {
        "+447700900561"}


@pytest.mark.parametrize("text", [
    "Preprint: preprints.example/abstract_id=1632960441",
    'Usage: normalise("07700 900825") returns the E.164 form',
    "Try `dial 07700 900826` in the REPL",
])
def test_digits_in_code_or_bare_links_are_not_a_phone(text):
    assert values("phone_number", text) == set()


@pytest.mark.parametrize("text,accounts", [
    ("Code lives at github.com/ada-example, pictures on https://www.instagram.com/ada.example/.",
     {"https://github.com/ada-example", "https://www.instagram.com/ada.example/"}),
    ("Insta: @ada.bakes | TikTok @adabakes", {"https://www.instagram.com/ada.bakes/", "https://www.tiktok.com/@adabakes"}),
    ("Catch me streaming as @adaplays on Twitch", {"https://www.twitch.tv/adaplays"}),
    ("CV: linkedin.com/in/ada-example-42", {"https://linkedin.com/in/ada-example-42"}),
])
def test_linked_accounts_in_text(text, accounts):
    assert values("linked_account", text) == accounts


@pytest.mark.parametrize("text", [
    "See https://github.com/ada-example/dotfiles for my config",
    "Docs at https://github.com/features and https://x.com/home",
    "Lovely to see you x @someone",
    "My mate is @rollerjo on TikTok",
])
def test_repositories_platform_pages_and_other_peoples_handles_are_not_accounts(text):
    assert values("linked_account", text) == set()


@pytest.mark.parametrize("category,text", [
    ("phone_number", "Spare jam jars to Morwenna on 07700 900 901."),
    ("phone_number", "Ask my brother Tobias on 07700 900902, he has the keys"),
    ("phone_number", "For the raffle, Ianto's dad Rhodri is in charge: 07700 900903"),
    ("phone_number", "Plants and seedlings, contact Ffion Pryce, 07700 900904."),
    ("phone_number", "Lifts to the match: Vale Minicabs on 07700 900913"),
    ("email_address", "Please write to the allotment committee at plots@example.org."),
    ("email_address", "Chapel office: 07700 900914 · chapel@example.org"),
])
def test_a_number_or_address_given_as_someone_elses(category, text):
    assert values(category, text) == set()


@pytest.mark.parametrize("category,text,found", [
    ("phone_number", "Mob: 07700 900 906 | Office: 07700 900907", {"+447700900906", "+447700900907"}),
    ("phone_number", "Call on 07700 900908 any time", {"+447700900908"}),
    ("phone_number", "Text me on 07700 900909", {"+447700900909"}),
    ("phone_number", "I'm on 07700 900910 most evenings", {"+447700900910"}),
    ("phone_number", "References available on request. Mobile 07700 900912", {"+447700900912"}),
    ("email_address", "Say hello: wyn@example.com", {"wyn@example.com"}),
])
def test_the_owners_own_number_or_address_beside_such_words(category, text, found):
    assert values(category, text) == found


def test_contacts_under_a_references_heading_are_the_referees():
    blocks = ["Contact: me@example.com", "REFERENCES", "Prof Ann Owl - owl@example.org",
              "Morag Tulloch, Bank plc - mt@example.org 07700 900915", "Hobbies", "say hi at hi@example.net"]
    assert values("email_address", *blocks) == {"me@example.com", "hi@example.net"}
    assert values("phone_number", *blocks) == set()


# Someone else's contact details, and examples, against the owner's own. Written for these tests.
@pytest.mark.parametrize("category,text,found", [
    ("phone_number", "Bits for the bulletin to me at harriers.secretary@example.org or ring on 07700 900931.", set()),
    ("email_address", "Bits for the bulletin to me at harriers.secretary@example.org or ring on 07700 900931.", set()),
    ("email_address", "Kit orders go to membership@example.org by Friday", set()),
    ("email_address", "General enquiries: sing.together@example.org", set()),
    ("phone_number", "A validator for landlines (e.g. 07700 900932) that also copes with spaces", set()),
    ("phone_number", "Formats untidy numbers like 07700 900933 into +447700900933 for the CRM", set()),
    ("email_address", "Sign up with a throwaway such as trial.user@example.com first", set()),
    # test data in a developer's project description, not the developer's own
    ("phone_number", "sms-export: turns a handset dump into CSV. Dummy data uses 07700 900941 throughout", set()),
    ("email_address", "The test fixtures use 07700 900942 and witness.one@example.org, none of it real", set()),
    ("phone_number", "Sample records are in /data; for bugs ring me on 07700 900943", {"+447700900943"}),
    ("phone_number", "Ring or text me on 07700 900937 to book a table for the fundraiser", {"+447700900937"}),
    ("phone_number", "Contact: 07700 900938 · dev.tamsin@example.net", {"+447700900938"}),
    ("email_address", "Contact: 07700 900938 · dev.tamsin@example.net", {"dev.tamsin@example.net"}),
])
def test_other_peoples_lines_and_examples_against_the_owners_own(category, text, found):
    assert values(category, text, field="page") == found


CHAT = ("12/02/2026, 18:40 - +44 7700 900934: Bins are out tomorrow, not Thursday\n"
        "12/02/2026, 18:41 - Bev Aske: Email the parks team at parks.team@example.org about the swings\n"
        "12/02/2026, 18:43 - Bev Aske: or my cousin does gardens, Ned, 07700 900939\n"
        "12/02/2026, 18:45 - Tam Rowley: I'm away till Sunday, my mobile is 07700 900935, or tam.r@example.com")


@pytest.mark.parametrize("category,found", [
    ("phone_number", {"+447700900935"}),
    ("email_address", {"tam.r@example.com"}),
])
def test_a_chat_export_keeps_only_what_the_owner_posted(category, found):
    assert values(category, CHAT, field="text", facts=Facts(full_name="Tam Rowley")) == found


@pytest.mark.parametrize("label,found", [
    ("Leave the Night Desk podcast a voicemail", set()),
    ("Leave me a voicemail", {"+447700900936"}),
    ("Call me", {"+447700900936"}),
])
def test_a_dialling_link_labelled_as_someone_elses_line(label, found):
    assert values("phone_number", "07700 900936", field="link", hint="phone", label=label) == found


@pytest.mark.parametrize("text,found", [
    ("Best reached by email, not DMs: wren.holt.cases AT example.org", {"wren.holt.cases@example.org"}),
    ("Catch me at hotel.example.com next week", set()),
    ("DROP IN AT EXAMPLE.ORG", set()),
])
def test_a_capital_at_among_lower_case_words_is_an_address(text, found):
    assert values("email_address", text, field="page") == found


# A console sample in a README: what follows a shell or Python prompt is sample data
@pytest.mark.parametrize("text,phones,emails", [
    ('$ telfix "07700 900461" +447700900461 $ telfix --mail "ping dee@example.net" dee@example.net', set(), set()),
    ('>>> tidy("07700 900462") "+447700900462"', set(), set()),
    ("Ring me on 07700 900463, entry is $ 5 on the door", {"+447700900463"}, set()),
    ("Mail me at ken@example.org, it costs $5 to join", set(), {"ken@example.org"}),
])
def test_console_samples_are_nobodys(text, phones, emails):
    assert (values("phone_number", text, field="about"), values("email_address", text, field="about")) \
        == (phones, emails)


@pytest.mark.parametrize("text,found", [
    ("Seats? Email boxoffice@theatre.example", set()),
    ("Seats? Email box-office@theatre.example", set()),
    ("Open days: admissions@college.example", set()),
    ("Gigs and parties: dj.bookings@example.org", {"dj.bookings@example.org"}),
    ("Write to boxofficer@example.org any time", {"boxofficer@example.org"}),
])
def test_a_box_office_address_is_the_organisations_a_bookings_one_may_be_yours(text, found):
    assert values("email_address", text, field="post") == found

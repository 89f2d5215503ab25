"""Round six of issue 13: family and birthdays in the ways real writing gives them. Each table is a class of
wording (a partner word said only of one's own, a name across a dash or an emoji, children counted, a
grandparent by title and name, a home shared, the last item of "I'm ...", someone else's quoted words, a date
tied to "my birthday"), with true cases and false friends across genres; no sentence is an evaluation
corpus's."""

from __future__ import annotations

import pytest

from footprint.facts import Facts
from tests.detectors.helpers import values

# --- a word only ever said of one's own partner, mid-sentence: "hubby Kofi" -----------------------------

OWN_PARTNER_WORD = [
    ("travel caption", "Day out at Whitby with hubby Kofi and the dog.", {"husband: Kofi"}),
    ("forum post", "Can't believe fiancée Roisin's car failed its MOT again", {"fiancée: Roisin"}),
    ("PTA newsletter", "Reminder that wifey Tamsin is doing the bake sale Saturday", {"wife: Tamsin"}),
    ("wedding blog", "Shoutout to fiancé Marcus for doing all the wedding admin", {"fiancé: Marcus"}),
    ("chat", "Thanks for the lift, and hubby Dev says hi", {"husband: Dev"}),
    ("video title", "watch to the end, hubby Tariq's whole family turned up", {"husband: Tariq"}),
]

OTHERS_PARTNER_WORD = [
    ("club news", "Congrats to Shona and hubby Rab on the new arrival!"),
    ("chat", "Priya & fiancé Tom have set a date"),
    ("village page", "Welcome back Kerry and hubby Stuart from their travels"),
    ("birthday post", "Happy 60th Bev, and hubby Clive too"),
]


@pytest.mark.parametrize("genre,text,expected", OWN_PARTNER_WORD)
def test_a_partner_word_said_only_of_ones_own_names_the_partner(genre, text, expected):
    assert values("family", text, field="post") == expected, genre


@pytest.mark.parametrize("genre,text", OTHERS_PARTNER_WORD)
def test_a_partner_word_after_another_persons_name_is_theirs(genre, text):
    assert values("family", text, field="post") == set(), genre


# --- a relative and a name across a dash or an emoji; "X, my son's teacher" is the teacher -------------

ACROSS_A_DASH = [
    ("parent forum", "my eldest – Ravi – starts at Loughborough in September", {"eldest child: Ravi"}),
    ("bake sale post", "Esme – my youngest – made the cake", {"youngest child: Esme"}),
    ("link label", "Bakes by Esme 🧁 my youngest's shop, go and order", {"youngest child: Esme"}),
    ("Strava", "Parkrun with my daughter – Cerys – this morning", {"daughter: Cerys"}),
    ("streamer panel", "Jude, my little one, finally slept through", {"child: Jude"}),
    ("vlog", "if you hear shouting, that's Wren, my little one", {"child: Wren"}),
]

NOT_ACROSS_A_DASH = [
    ("school post", "my son – Year 6 now – did the reading", {"son"}),
    ("travel blog", "Leeds – my home town – was brilliant", set()),
    ("parent forum", "Mr Osei, my son's teacher, rang this morning", {"son"}),
    ("chat", "Jo – my brother's girlfriend – is joining us", {"brother"}),
    ("link label", "Coach Marsh 🏉 my son's club, great people", {"son"}),
]


@pytest.mark.parametrize("genre,text,expected", ACROSS_A_DASH + NOT_ACROSS_A_DASH)
def test_a_name_across_a_dash_or_an_emoji(genre, text, expected):
    assert values("family", text, field="post") == expected, genre


# --- children counted with "my"/"our", lads and lasses as sons and daughters ----------------------------

COUNTED_CHILDREN = [
    ("beach caption", "Took my two lads Ali & Tariq to Filey", {"son: Ali", "son: Tariq"}),
    ("LinkedIn about", "Our three grown-up lads all live in Hull now", {"sons (3)"}),
    ("X bio", "Dad of three lads, Bolton fan", {"sons (3)"}),
    ("Instagram bio", "Mum to two girls and one very spoilt cat", {"daughters (2)"}),
    ("chat", "my 2 girls had a sleepover", {"daughters (2)"}),
    ("podcast notes", "my three teenagers ate everything in the house", {"children (3)"}),
    ("Mastodon", "Up at 5 with my two wee ones", {"children (2)"}),
]

NOT_COUNTED_CHILDREN = [
    ("forum post", "Two lads from work came round"),
    ("team chat", "Right, my lads, training's at 7"),
    ("coach bio", "Coaching two boys Year 6 at the club"),
    ("pub post", "My two pints and a packet of crisps"),
]


@pytest.mark.parametrize("genre,text,expected", COUNTED_CHILDREN)
def test_children_counted_with_my_or_our(genre, text, expected):
    assert values("family", text, field="post") == expected, genre


@pytest.mark.parametrize("genre,text", NOT_COUNTED_CHILDREN)
def test_a_count_of_mates_or_things_is_not_children(genre, text):
    assert values("family", text, field="post") == set(), genre


# --- a grandparent by title and first name; a named one is not the unnamed other ------------------------

GRANDPARENT_NAMED = [
    ("allotment blog", "Grandad Wilf's allotment is finally weeded", {"grandfather: Wilf"}),
    ("Facebook post", "Tea at Nana Rose's, she's 88 next week", {"grandmother: Rose"}),
    ("family blog", "Sunday dinner with Granny Mabel and the cousins", {"grandmother: Mabel"}),
    ("tribute post", "Grandpa Cyril taught me to drive in his Austin", {"grandfather: Cyril"}),
    ("memoir", "Grandad Stan met Nan at a dance. I still miss my nan.",
     {"grandfather: Stan", "grandmother"}),
    ("chat", "Gran Maureen says the caravan's booked", {"grandmother: Maureen"}),
]

NOT_GRANDPARENT_NAMED = [
    ("gaming bio", "Gran Turismo all night, no regrets"),
    ("recipe", "Granny Smith apples are the only ones for crumble"),
    ("forum post", "Ellie came round after. Her Grandad Pat drove trams in Leeds for forty years."),
    ("music post", "Listening to Nana Mouskouri with a brew"),
]


@pytest.mark.parametrize("genre,text,expected", GRANDPARENT_NAMED)
def test_a_grandparent_by_title_and_first_name(genre, text, expected):
    assert values("family", text, field="post") == expected, genre


@pytest.mark.parametrize("genre,text", NOT_GRANDPARENT_NAMED)
def test_a_grandparent_title_that_is_a_thing_or_someone_elses(genre, text):
    assert values("family", text, field="post") == set(), genre


# --- "X and I" sharing a home is a partner; a shift, a team, halls or a chore is not ---------------------

HOME_SHARED = [
    ("parish magazine", "Len and I moved to Ludlow four years ago", {"partner: Len"}),
    ("chat", "Me and Kay bought our first flat in March", {"partner: Kay"}),
    ("about page", "Omar and I live just outside Otley with two cats", {"partner: Omar"}),
    ("Instagram", "Kai and I finally got the keys to our first house", {"partner: Kai"}),
    ("blog", "Cerys and I settled in Crickhowell after the wedding", {"partner: Cerys"}),
    ("forum post", "Nadia and I are living together now, six months in", {"partner: Nadia"}),
]

NOT_HOME_SHARED = [
    ("police blog", "Jo and I moved to nights last month"),
    ("neighbour post", "Priya and I live in the same street, handy for lifts"),
    ("CV", "Sam and I lived in halls at uni together"),
    ("fete report", "Dev and I ran the tombola stall"),
    ("removals post", "Ben and I moved the piano upstairs for a client"),
]


@pytest.mark.parametrize("genre,text,expected", HOME_SHARED)
def test_a_name_and_i_sharing_a_home_is_a_partner(genre, text, expected):
    assert values("family", text, field="post") == expected, genre


@pytest.mark.parametrize("genre,text", NOT_HOME_SHARED)
def test_a_name_and_i_at_work_or_in_halls_is_not_a_partner(genre, text):
    assert values("family", text, field="post") == set(), genre


# --- the last item of "I'm ..., and Ollie's mum" is the writer; "and Tom's wife drove" is not ------------

SELF_LIST = [
    ("school newsletter", "I'm Dee, treasurer since May, and Ollie's mum, so find me at the gate.", {"child: Ollie"}),
    ("club page", "Hi all, I'm Gav – new coach for the U9s, and Isla's dad.", {"child: Isla"}),
    ("choir page", "I am Bryony, alto, tea-maker, and Noor's mum.", {"child: Noor"}),
    ("wrapped PDF", "I'm Kerys Hale, secretary of the\nsociety since 2019, and Cai's mam.", {"child: Cai"}),
]

NOT_SELF_LIST = [
    ("forum post", "I went with Priya, and Tom's wife drove us home."),
    ("pub post", "I'm sat with Raj, and Cara's husband is getting the drinks in."),
    ("chat", "I'm fine. Went to the match, and Dev's dad gave us a lift."),
    ("club news", "I'm told the raffle raised £200, and Zoe's mum won the hamper."),
]


@pytest.mark.parametrize("genre,text,expected", SELF_LIST)
def test_the_last_item_of_what_the_writer_is(genre, text, expected):
    assert values("family", text, field="post") == expected, genre


@pytest.mark.parametrize("genre,text", NOT_SELF_LIST)
def test_another_persons_relative_after_and(genre, text):
    assert values("family", text, field="post") == set(), genre


# --- what the writer has, item by item: "I have two kids and a very patient wife" ---------------------------

HAVE_RELATIVES = [
    ("about page", "I have two kids and a very patient wife.", {"children (2)", "wife"}),
    ("CV", "I have a wife (Jo) and two kids.", {"children (2)", "wife: Jo"}),
    ("forum post", "We've got three boys and a dog.", {"sons (3)"}),
    ("Instagram bio", "Lives in Frome with a very patient husband (Dev) and two cats.", {"husband: Dev"}),
    ("podcast host bio", "Sam Lee has been a PC for 19 years. He now keeps chickens, two teenagers and a very patient "
                         "wife (Nia) near Carmarthen.", {"children (2)", "wife: Nia"}),
    ("Threads", "I've got two teenagers and a lovely husband.", {"children (2)", "husband"}),
    ("X bio", "Married with three boys, Leeds fan.", {"sons (3)"}),
]

NOT_HAVE_RELATIVES = [
    ("gig post", "I have two tickets and a spare."),
    ("village page", "My neighbour Jan is lovely. She has two boys and a husband."),
    ("dog blog", "We have two dogs and a cat."),
    ("police blog", "Every PC has a partner at home who worries."),
]


@pytest.mark.parametrize("genre,text,expected", HAVE_RELATIVES)
def test_what_the_writer_has_item_by_item(genre, text, expected):
    assert values("family", text, field="about", facts=Facts(full_name="Sam Lee")) == expected, genre


@pytest.mark.parametrize("genre,text", NOT_HAVE_RELATIVES)
def test_what_someone_else_has_or_a_thing(genre, text):
    assert values("family", text, field="about", facts=Facts(full_name="Sam Lee")) == set(), genre


# --- someone else's words quoted in the writer's text; a pronoun is not a name --------------------------

QUOTED = [
    ("podcast notes", 'Listener question: "how do I tell my partner I\'m not coping?"', set()),
    ("advice column", 'A reader writes: "my husband says I spend too much on the allotment"', set()),
    ("Reddit reply", "> my dad was born in Hartlepool and still won't shut up about it\n\nSame here tbh", set()),
    ("Reddit reply", "> my mum says the same\n\nha, classic", set()),
    ("blog", 'I said "my wife will kill me" and bought the bike anyway', {"wife"}),
    ("Facebook post", 'Our son asked "can Dad come to the match?" and of course I went', {"son"}),
    ("forum post", "how do I tell my partner I'm moving jobs", {"partner"}),
]


@pytest.mark.parametrize("genre,text,expected", QUOTED)
def test_quoted_words_are_the_quoted_persons(genre, text, expected):
    assert values("family", text, field="post") == expected, genre


@pytest.mark.parametrize("text,expected", [
    ("7 years married to this one today @kofi.mensah 💍", {"spouse: @kofi.mensah"}),
    ("Ten years married to this legend @sam_t_example, love you", {"spouse: @sam_t_example"}),
    ("married to that numpty 12 years today ❤️ @rhi.jones_example", {"spouse: @rhi.jones_example"}),
    ("Married to the job, apparently. @stationcat_example", set()),
])
def test_vows_then_a_handle_name_the_spouse(text, expected):
    assert values("family", text, field="caption") == expected


# --- a date tied to "my birthday" that follows it; "for my birthday (2nd Oct)"; "I turn 50 on ..." -------

BIRTHDAY_AFTER_A_DATE = [
    ("race blog", "Entered the Bath Half, which falls on 9th March – my birthday, as it happens.", "--03-09"),
    ("Threads", "Pancakes on the 21st of February, also known as my birthday.", "--02-21"),
    ("gig post", "The gig's on 12 May (my birthday!) so I'm going whatever.", "--05-12"),
    ("shop page", "Launch day is 4th July, which is also my birthday, so double celebration.", "--07-04"),
    ("chat", "Drinks on Friday 6 June, aka my birthday.", "--06-06"),
    ("running forum", "Treating myself for my birthday (2nd Oct) to new trainers.", "--10-02"),
    ("Mastodon", "Looking forward to my birthday on 14 August.", "--08-14"),
    ("PTA newsletter", "I turn 50 on Thursday 3rd April, send cake.", "--04-03"),
    ("chat", "I turn 30 on the 8th of December.", "--12-08"),
]

NOT_MY_BIRTHDAY = [
    ("chat", "Party on 4 May, which is my sister's birthday."),
    ("parent forum", "Saving up for my son's birthday on 12 May."),
    ("Facebook post", "Booked the venue for our Jess's birthday (3rd Feb)."),
    ("rota post", "The match is on 3 March, which is my day off."),
    ("podcast notes", "The pod turns 5 on 2nd June!"),
    ("parent blog", "My daughter will turn 18 on 9th July."),
]


@pytest.mark.parametrize("genre,text,expected", BIRTHDAY_AFTER_A_DATE)
def test_a_date_tied_to_my_birthday(genre, text, expected):
    assert values("date_of_birth", text, field="post") == {expected}, genre


@pytest.mark.parametrize("genre,text", NOT_MY_BIRTHDAY)
def test_someone_elses_birthday_or_another_day(genre, text):
    assert values("date_of_birth", text, field="post") == set(), genre


@pytest.mark.parametrize("text", [
    '{"name": "Test User", "dob": "1985-03-04"}',
    "patient = {'dob': '1979-11-02', 'nhs': '999 999 9999'}",
    'user.dob = "1990-06-30"',
    "fake = Person(name='Ann Example', dob='2001-02-03')",
])
def test_a_date_of_birth_in_a_code_sample_is_a_record_not_the_writer(text):
    assert values("date_of_birth", text, field="readme") == set()


@pytest.mark.parametrize("text,expected", [
    ("DOB: 03/04/1988", {"1988-04-03"}),
    ("Date of birth - 12 June 1979", {"1979-06-12"}),
])
def test_a_date_of_birth_line_still_counts(text, expected):
    assert values("date_of_birth", text, field="about") == expected


def test_an_unnamed_relative_shows_the_word_the_writer_used():
    """'Mam', 'grandma', 'the missus': the finding says what the word means and shows the word itself;
    a title the writer gives themselves ("Dad, cyclist") means children, and "Dad" is not shown as theirs."""
    from footprint.detect import detect
    from footprint.models import Profile

    def shown(text: str) -> set[tuple[str, str]]:
        profile = Profile(url="https://profile.example/", platform="website")
        profile.add(text, "post")
        return {(f.value, f.display) for f in detect(profile, None) if f.category == "family"}

    assert shown("Mam did nights at the mill so I lived at my grandma's.") == {
        ("mother", "mother ('Mam')"), ("grandmother", "grandmother ('grandma')")}
    assert shown("Up early, the missus is baking again") == {("wife", "wife ('missus')")}
    assert shown("with my mother and my brother at the coast") == {("mother", "mother"), ("brother", "brother")}
    assert shown("Dad, cyclist, allotment holder, occasional baker.") == {("children", "children")}


@pytest.mark.parametrize("text,expected", [
    ("I made my OWN birthday cake for my 30th 🎂 lemon & thyme | 3rd May vlog", {"--05-03"}),
    ("It's my birthday today 🎂 (12th August) thanks all", {"--08-12"}),
    ("my birthday brunch 🥞 | 21/09 vlog", {"--09-21"}),
    ("Happy birthday to me! 2 April", {"--04-02"}),
    ("Baking my sister's birthday cake | 4th July vlog", set()),
    ("My birthday cake tutorial | 3rd May and 5th May", set()),
    ("Baking for my mum's birthday | 9th May vlog", set()),
    ("Happy birthday to my boy | 8th October vlog", set()),
])
def test_an_undated_birthday_title_that_dates_itself(text, expected):
    assert values("date_of_birth", text, field="title") == expected


# --- a first that anyone may have is a child's when the post speaks to them as one ----------------------

@pytest.mark.parametrize("genre,text,expected", [
    ("Strava", "Esme's first parkrun this morning, 34 minutes, proud mum", {"child: Esme"}),
    ("X post", "Alfie's first away game, well done son, you're one of us now", {"child: Alfie"}),
    ("Instagram", "Noor's first football match today and I couldn't stop her singing. Love you kiddo", {"child: Noor"}),
    ("Facebook post", "Tom's first concert with me, Oasis no less. Proud dad", {"child: Tom"}),
    ("club news", "Dean's first away game in charge, a point is fine", set()),
    ("running blog", "Marta's first race back after injury, what a comeback", set()),
    ("band page", "Jess's first gig as our drummer, well done mate", set()),
    ("parkrun post", "Priya's first parkrun today, my colleague from the station, well done", set()),
    ("football forum", "Leon's first match as manager tonight, I'm nervous for him", set()),
])
def test_a_first_outing_is_a_childs_when_the_post_speaks_to_a_child(genre, text, expected):
    assert values("family", text, field="post") == expected, genre


@pytest.mark.parametrize("genre,text,expected", [
    ("Instagram", "Ollie & Ted's first proper game today. Proud dad moment", {"child: Ollie", "child: Ted"}),
    ("parent forum", "AIBU? DS is 7 months and nursery won't budge", {"son"}),
    ("parent forum", "DD's nearly 3 and refuses shoes", {"daughter"}),
    ("police blog", "The DS is 45 and retiring next year", set()),
    ("fundraiser", "Raising money for PC Mark Dutton from the team. In October his little lad Harry (6) was "
                   "diagnosed, and Mark and his wife Jo have been amazing.", set()),
])
def test_two_children_sharing_a_first_forum_shorthand_and_a_titled_colleagues_family(genre, text, expected):
    assert values("family", text, field="post") == expected, genre


@pytest.mark.parametrize("text,expected", [
    ("custody sgt got me a Colin the Caterpillar tho so 10/10 🐛🎂", set()),
    ("cake was a solid 9/10 🎂", set()),
    ("12/10 🎂", {"--10-12"}),
    ("birthday girl 🎂 10/10", {"--10-10"}),
])
def test_a_score_out_of_ten_beside_a_cake_is_not_a_date(text, expected):
    assert values("date_of_birth", text, field="post") == expected


# --- the wedding party on the couple's own wedding post ------------------------------------------------

@pytest.mark.parametrize("genre,text,expected", [
    ("Instagram", "WE DID IT 💍 best day of our lives. Thanks all who danced (Marion, mother of the bride, we saw "
                  "you crying)", {"mother of the bride: Marion"}),
    ("wedding blog", "Our big day! Mother of the groom Pauline gave the best speech", {"mother of the groom: Pauline"}),
    ("Facebook post", "Mr & Mrs at last. Huge thanks to Shirley, the mother of the groom, for the flowers",
     {"mother of the groom: Shirley"}),
    ("TikTok caption", "Just married 💍 and Keith, brother of the bride, is still dancing",
     {"brother of the bride: Keith"}),
    ("guest's post", "Lovely wedding at the barn yesterday, Marion, mother of the bride, looked stunning", set()),
    ("guest's post", "Congrats to Jo and Sam! Mother of the bride Linda did a cracking speech", set()),
    ("caterer's page", "Catering at Hamblewood: Sue, mother of the bride, chose the menu", set()),
    ("photographer", "Aisha and Tom's day at Ripley Castle: the father of the groom, Pete, was in bits", set()),
])
def test_the_wedding_party_on_the_couples_own_post(genre, text, expected):
    assert values("family", text, field="post") == expected, genre

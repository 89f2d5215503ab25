"""The owner's household told without relation words: children by age, school year or a first, a
partner by the household's chores, the kids or the owner's surname; where the household lives; where the
owner is from, in a bio's short forms. Each table has true cases and false friends, in several genres."""

import pytest

from footprint.facts import Facts
from tests.detectors.helpers import values

CHILD_BY_AGE = [
    ("Posting for advice. Reuben (11) has been struggling with sleep since we moved.", "post",
     {"child: Reuben"}),
    ("Long week for me. Isaac, 7, has discovered knock-knock jokes.", "post", {"child: Isaac"}),
    ("Thanks to everyone who came to my stall! Elsie (8) made all the bunting.", "page", {"child: Elsie"}),
    ("Sunday walk with the dog 🌲 Esme (4) insisted on carrying the map and we got lost.", "caption",
     {"child: Esme"}),
    ("I finally finished the quilt. Noor (9) wants one too, send help.", "post", {"child: Noor"}),
    ("New recipe on the blog. Wilf (6) rated it four stars, which is high praise from him. I'll take it.",
     "page", {"child: Wilf"}),
    ("Crabbing at Whitby with Orla (6), she caught more than me.", "post", {"child: Orla"}),
    # false friends: a score line, a grown-up, someone else's child, a pupil, a player, a neighbour's child
    ("Played with Maya (9) from next door all afternoon, I'm shattered.", "post", set()),
    ("Goals: Jack (2), Leo (1). Great effort from everyone today, I was so proud.", "post", set()),
    ("Jo (34) wants a dog and I said no.", "post", set()),
    ("My mate's lad Finn (9) wants to be a copper like me.", "post", set()),
    ("Well done to Maya (9) who won the art prize at our school.", "post", set()),
    ("Our U10s were brilliant. Ollie (9) scored twice and I lost my voice.", "post", set()),
]


@pytest.mark.parametrize("text,field,expected", CHILD_BY_AGE)
def test_child_by_name_and_age(text, field, expected):
    assert values("family", text, field=field) == expected


CHILD_BY_SCHOOL = [
    ("Ffion starts Reception on Monday and I'm not ready.", "post", {"child: Ffion"}),
    ("Maisie's in Year 6 now, where did the time go? I feel old.", "post", {"child: Maisie"}),
    ("Jude went into Year 10 this week and I bought the wrong trousers.", "caption", {"child: Jude"}),
    ("Amara is off to big school in September and we're all emotional.", "post", {"child: Amara"}),
    ("Oskar started nursery today, I cried in the car park.", "post", {"child: Oskar"}),
    ("News from our house: Rafi moved up to Year 3 and loves it.", "page", {"child: Rafi"}),
    # false friends: a form tutor, a degree, a teacher, someone else's child, the school where I teach
    ("Leon started Year 7 today, proud form tutor moment for me.", "post", set()),
    ("Started Year 2 of my degree today.", "post", set()),
    ("Ms Khan is in Year 6 this year, I hear.", "post", set()),
    ("My niece Maisie started Year 7 today.", "post", {"niece: Maisie"}),
    ("Harvey started Year 9 at the academy where I teach.", "post", set()),
]


@pytest.mark.parametrize("text,field,expected", CHILD_BY_SCHOOL)
def test_child_by_school_year(text, field, expected):
    assert values("family", text, field=field) == expected


CHILD_BY_FIRST = [
    ("The boy's first ever match at the Den. Theo didn't sit down once.", "post", {"son: Theo"}),
    ("Our youngest's first swimming lesson today, Ivy was fearless and I was a wreck.", "caption", {"child: Ivy"}),
    ("Lads first game at Anfield. Reggie sang all the songs.", "post", {"son: Reggie"}),
    ("The little one's first day at nursery. Sienna didn't even look back at me.", "post", {"child: Sienna"}),
    ("Girl's first parkrun this morning and Poppy beat me by a mile.", "post", {"daughter: Poppy"}),
    ("My son's first gig tonight, he's buzzing.", "post", {"son"}),
    # false friends: mates, several names, a pet, no child at all
    ("the lads first ever away day at Brentford, Gary sorted the tickets", "post", set()),
    ("Lads first game of the season. Shout out to Dan, Kev and Mo for the lift.", "post", set()),
    ("The pup's first walk, Bramble loved it.", "post", set()),
    ("First game back for me after injury, cheers Lewis for the lift.", "post", set()),
]


@pytest.mark.parametrize("text,field,expected", CHILD_BY_FIRST)
def test_child_named_in_a_post_about_their_first(text, field, expected):
    assert values("family", text, field=field) == expected


PARTNER_BY_HOUSEHOLD = [
    # the household's chores
    ("Priya forgot the bins again so we've got three weeks of recycling.", "post", {"partner: Priya"}),
    ("Seb is on nappy duty tonight, I'm off to bed.", "post", {"partner: Seb"}),
    ("Callum did the school run so I could get to my early shift.", "caption", {"partner: Callum"}),
    ("We moved in on Friday and Kofi has built the flat-pack wardrobe already.", "page", {"partner: Kofi"}),
    ("Jamie's doing bath time while I write this newsletter.", "page", {"partner: Jamie"}),
    ("Lewis emptied the dishwasher without being asked. I'm keeping him.", "post", {"partner: Lewis"}),
    # with the kids, or away from them
    ("Thanks Ravi and the kids for the breakfast in bed, best Mother's Day.", "post", {"partner: Ravi"}),
    ("Sunday roast done, Ollie and the kids on washing up duty while I sit down.", "caption", {"partner: Ollie"}),
    ("The kids and Marcus have built a snowman while I hid indoors.", "post", {"partner: Marcus"}),
    ("Ravi's on nights all week so it's just me and the boys.", "post", {"partner: Ravi"}),
    ("Lee is away with work, which means me n the kids versus the flat-pack.", "post", {"partner: Lee"}),
    ("Sam's at the match meaning just me and the girls tonight.", "caption", {"partner: Sam"}),
    # false friends: a neighbour, a friend, someone introduced, no kids, no name
    ("Dave from next door put our bins out while I was away.", "post", set()),
    ("My neighbour Steve forgot the bins again.", "post", set()),
    ("Jo came round and did the washing up, what a friend.", "post", set()),
    ("Took the kids and Jo from next door to the park.", "post", {"children"}),
    ("Dave's at the match so it's just me and the dog.", "post", set()),
    ("The council forgot the bins again.", "post", set()),
]


@pytest.mark.parametrize("text,field,expected", PARTNER_BY_HOUSEHOLD)
def test_partner_by_household_life(text, field, expected):
    assert values("family", text, field=field) - {"children"} == expected - {"children"}


COUPLE_BY_SURNAME = [
    ("Congratulations to Tom and Hannah Ridley on the birth of Ivy.", "Tom Ridley", {"partner: Hannah"}),
    ("Asha and Imran Malik welcome you to the cottage.", "Imran Malik", {"partner: Asha"}),
    ("Thanks to Imran and Asha Malik for hosting the quiz.", "Asha Malik", {"partner: Imran"}),
    ("Ben & Chloe Okafor are running the tombola again.", "Ben Okafor", {"partner: Chloe"}),
    ("Gwen and Rhys Evans: married 2019, still arguing about the thermostat.", "Rhys Evans", {"partner: Gwen"}),
    ("Dear Marek and Zofia Nowak, thank you for the flowers.", "Zofia Nowak", {"partner: Marek"}),
    # false friends: siblings, a father and son, other people of the owner's surname, no surname
    ("Tom and Amy Ridley, brother and sister, ran the tombola.", "Tom Ridley", set()),
    ("Mark and Tom Ridley, father and son, ran the barbecue.", "Tom Ridley", set()),
    ("Jo and Sam Ridley hosted the quiz.", "Tom Ridley", set()),
    ("Tom and Jerry was on all afternoon.", "Tom Ridley", set()),
]


@pytest.mark.parametrize("text,owner,expected", COUPLE_BY_SURNAME)
def test_partner_named_with_the_owner_under_one_surname(text, owner, expected):
    assert values("family", text, field="text", facts=Facts(full_name=owner)) == expected


PARENT_IN_A_BIO = [
    ("Saints season ticket 🔴 and Blue on a Saturday 💙 Dad. Brew snob.", {"children"}),
    ("Proper Yorkshire 💛 Dad 💛 Copper", {"children"}),
    ("Spurs fan 🏆 Mum! 🌸 nurse", {"children"}),
    ("Grandad 👴 Angler 🎣 Retired sarge", {"grandchildren"}),
    # false friends: the writer's own parent
    ("Footy with Dad 🏟 every Saturday", {"father"}),
    ("Miss you Dad 💔", {"father"}),
    ("Mum's roast 🍗 beats yours", {"mother"}),
    ("Off to see Nan 🌷 then the match", {"grandmother"}),
]


@pytest.mark.parametrize("text,expected", PARENT_IN_A_BIO)
def test_a_parent_title_between_emoji_describes_the_owner(text, expected):
    assert values("family", text, field="bio") == expected


HOME_WORDING = [
    ("I live just off Mill Lane, so parking is a nightmare.", "post", None, {"Mill Lane"}),
    ("We live just down the road from Ilkley.", "post", None, {"Ilkley"}),
    ("Sian lives just up the road on Garth Terrace with her partner.", "page", "Sian Pugh", {"Garth Terrace"}),
    ("We live round the corner on Station Road.", "post", None, {"Station Road"}),
    ("Back home in Whitby after a fortnight in Crete.", "post", None, {"Whitby"}),
    ("Finally back home in Bolton, what a trip.", "caption", None, {"Bolton"}),
    ("we're back home in Truro and the cat is furious", "post", None, {"Truro"}),
    ("Restoring an old Mini in my garage in Selby, one rusty bolt at a time.", "description", None, {"Selby"}),
    ("Band practice in our loft in Cheltenham tonight.", "post", None, {"Cheltenham"}),
    ("Seedlings going mad in our greenhouse in Ormskirk.", "caption", None, {"Ormskirk"}),
    ("Lena and Dev are hosting the quiz at their house on Cedar Close.", "text", "Lena Fry", {"Cedar Close"}),
    ("Lena and Dev moved into their new home in Frome.", "text", "Lena Fry", {"Frome"}),
    # false friends: a streaming site, a diet, someone else's street, a home country, a visit,
    # someone else's house, a past garage, a garage that is a business, another's home, a feeling
    ("I live on Twitch most nights.", "post", None, set()),
    ("We live on pasta and hope.", "post", None, set()),
    ("My mate lives just off Mill Lane.", "post", None, set()),
    ("Back home in Lagos my mum still cooks jollof every Sunday.", "post", None, set()),
    ("I'm back home in Leeds for Christmas.", "post", None, set()),
    ("Jo and Sam are hosting at their house on Cedar Close.", "text", "Lena Fry", set()),
    ("my old garage in Hull flooded every winter", "post", None, set()),
    ("Car's at the garage in Leeds again.", "post", None, set()),
    ("Get well soon to Derek, recovering at home in Hexham after his op.", "page", None, set()),
    ("She died peacefully at home in Bolton.", "page", None, set()),
    ("I always feel at home in Edinburgh.", "post", None, set()),
    ("Lived in Cardiff for six years during uni and loved it.", "post", None, set()),
]


@pytest.mark.parametrize("text,field,owner,expected", HOME_WORDING)
def test_home_wording(text, field, owner, expected):
    facts = Facts(full_name=owner) if owner else None
    assert values("home_location", text, field=field, facts=facts) == expected


FROM_IN_A_BIO = [
    ("Singer-songwriter from Hull 🎸 now in Beverley", {"Kingston upon Hull"}),
    ("Yorkshire lass from Selby | nurse", {"Selby"}),
    ("Retired PC from Dundee, now in Fife", {"Dundee"}),
    ("Dog walker from Bristol 🐕", {"Bristol"}),
    ("Baker from Bolton 🍞 mum of 2", {"Bolton"}),
    ("Gamer from Swansea | streams most nights", {"Swansea"}),
    # false friends: a greeting, a commute, a delivery, a price, a view
    ("Greetings from Leeds", set()),
    ("Daily commuter from Hull to Leeds", set()),
    ("Cakes delivered from Derby", set()),
    ("Tickets from £5", set()),
    ("Views from Whitby pier", set()),
]


@pytest.mark.parametrize("text,expected", FROM_IN_A_BIO)
def test_birthplace_from_a_bio_noun(text, expected):
    assert values("birthplace", text, field="bio") == expected


CHILD_BY_AGE_OR_FIRST = [
    ("Mum to Lily-Mae (12) who is netball mad too", "bio", {"child: Lily-Mae"}),
    ("Dad of Ellie-Jo and Alfie 🎣", "bio", {"child: Ellie-Jo", "child: Alfie"}),
    ("🏠 Wakefield, with the husband and a very loud 4 year old (Anaya, she drew my logo)", "bio",
     {"husband", "child: Anaya"}),
    ("Our 6yo, Theo, has opinions about my playlist.", "post", {"child: Theo"}),
    ("Ruby's first Holy Communion today 🥹 where has my baby gone", "post", {"child: Ruby"}),
    ("Noah's first tooth finally came through and none of us slept.", "post", {"child: Noah"}),
    ("Ada's first nativity: she was a sheep and I cried.", "caption", {"child: Ada"}),
    ("Maisie chose my Father's Day present this year, a mug with a pun on it.", "page", {"child: Maisie"}),
    ("My Father's Day breakfast was burnt toast and I loved it.", "post", {"children"}),
    # false friends: a grown-up, a footballer's first goal, someone else's child, a pupil, a day
    ("Working alongside a 40 year old Scouser called Dean this week, I learnt loads.", "post", set()),
    ("Kane's first goal of the season and I was in the toilet.", "post", set()),
    ("My niece Ruby's first Holy Communion today.", "post", {"niece: Ruby"}),
    ("Harvey's first nativity in my class, he was a brilliant donkey. Proud teacher.", "post", set()),
    ("Taking my dad out for Father's Day, he'll moan about the prices.", "post", {"father"}),
]


@pytest.mark.parametrize("text,field,expected", CHILD_BY_AGE_OR_FIRST)
def test_child_by_age_noun_first_or_a_parents_day(text, field, expected):
    assert values("family", text, field=field) == expected


PARTNER_BY_SHIFTS_OR_VOWS = [
    ("Shaun's on nights all week AGAIN so it's beans on toast for me 🙃 #PoliceWife", "post", {"partner: Shaun"}),
    ("Kyle is on lates till Sunday, tea for one it is.", "caption", {"partner: Kyle"}),
    ("Marcus has been on call all weekend. Flying solo with the dog.", "post", {"partner: Marcus"}),
    ("2 years since I said I do to this clown 💍 Kieran you still can't do a pull up", "post",
     {"spouse: Kieran"}),
    ("Married this numpty ten years ago today. Love you Sunil.", "post", {"spouse: Sunil"}),
    ("Our anniversary tonight and Gareth has booked the curry house.", "post", {"spouse: Gareth"}),
    # false friends: a colleague on shifts, someone else's wedding, a pet, a footballer
    ("Dave's on nights so I'm covering his patrol.", "post", set()),
    ("Congratulations Jo and Sam on your anniversary!", "post", set()),
    ("Happy anniversary to Mum and Dad, 40 years!", "post", {"mother", "father"}),
    ("Said yes to the dress! Now to tell Nan.", "post", {"grandmother"}),
]


@pytest.mark.parametrize("text,field,expected", PARTNER_BY_SHIFTS_OR_VOWS)
def test_partner_by_shifts_or_vows(text, field, expected):
    assert values("family", text, field=field) == expected


COUPLE_ON_A_PAGE_ABOUT_THE_OWNER = [
    ("Morwenna has run the tea hut since 2009. She and Idris live past the chapel with their twins, Tegan and Ivor.",
     "Morwenna Pascoe", {"partner: Idris", "child: Tegan", "child: Ivor"}),
    ("Meet our treasurer, Jan. She and Pete moved to the village with their two boys in 2015.", "Jan Hollis",
     {"partner: Pete"}),
    ("Priya and Dom live on the estate with their daughter Mira.", "Priya Shah", {"partner: Dom", "daughter: Mira"}),
    ("Carys and Huw got married in the church last June.", "Carys Lloyd", {"partner: Huw"}),
    # false friends: a clubmate, another couple, someone else's twins
    ("Morwenna and Trevor run the juniors on Fridays.", "Morwenna Pascoe", set()),
    ("Trevor and Sue live in Kidwelly with their twins.", "Morwenna Pascoe", set()),
    ("Morwenna coaches the U11s. Trevor is treasurer. He and Sue have two boys.", "Morwenna Pascoe", set()),
    ("Morwenna and Owen opened the bowling.", "Morwenna Pascoe", set()),
]


@pytest.mark.parametrize("text,owner,expected", COUPLE_ON_A_PAGE_ABOUT_THE_OWNER)
def test_couple_on_a_page_about_the_owner(text, owner, expected):
    assert values("family", text, field="page", facts=Facts(full_name=owner)) == expected


MORE_HOME_WORDING = [
    ("Whitstable harbour at dusk, ten mins walk from ours and it never gets old", "post", None, {"Whitstable"}),
    ("The canal at Skipton, ten minutes from my front door.", "caption", None, {"Skipton"}),
    ("Guernsey girl 🌊 living the Fareham dream", "bio", None, {"Fareham"}),
    ("Living the Margate life since 2019", "bio", None, {"Margate"}),
    ("Morwenna keeps the books. She and Idris are just up the lane from the ground on Heol y Bryn.", "page",
     "Morwenna Pascoe",
     {"Heol y Bryn"}),
    ("We live just down from the chapel on Ffordd Penrhyn.", "post", None, {"Ffordd Penrhyn"}),
    # false friends: someone else's home, an hour away, living the dream, a workplace, a club's address,
    # another member's home told in a sentence without a subject
    ("Whitby is two hours from ours but worth it.", "post", None, set()),
    ("Living the dream on a Monday morning.", "bio", None, set()),
    ("She's a PCSO with Gwent Police, based in Newport.", "page", "Morwenna Pascoe", set()),
    ("Laugharne Bowls Club, The Grist, Laugharne SA33 9ZZ. Affiliated to Bowls Wales.", "page",
     "Morwenna Pascoe", set()),
    ("Trevor runs the juniors on Fridays. Originally from Neath, now in Kidwelly.", "page", "Morwenna Pascoe",
     set()),
]


@pytest.mark.parametrize("text,field,owner,expected", MORE_HOME_WORDING)
def test_more_home_wording(text, field, owner, expected):
    facts = Facts(full_name=owner) if owner else None
    assert values("home_location", text, field=field, facts=facts) == expected


BIRTHPLACE_SHORT_FORMS = [
    (["Jersey bean 🇯🇪 | PT"], "bio", {"Jersey"}),
    (["Guernsey donkey, Southampton based"], "bio", {"Guernsey"}),
    (["Geordie exile in Oxfordshire", "Gateshead lad through and through"], "bio", {"Gateshead"}),
    (["Proud Scouser 💙 born in Liverpool"], "bio", {"Liverpool"}),
    (["Hull born & bred 🐯"], "bio", {"Kingston upon Hull"}),
    (["Yorkshire lass from Selby | nurse"], "bio", {"Selby"}),
    # false friends: the writer's wife, a date, someone met, a team
    (["Long story, involves marrying a Reading girl"], "post", set()),
    (["Met a Leeds lad at the bar, lovely chap"], "post", set()),
    (["Engaged to a Cornish girl, wedding next May"], "post", set()),
    (["Dating a Brummie has taught me a new language"], "post", set()),
]


@pytest.mark.parametrize("texts,field,expected", BIRTHPLACE_SHORT_FORMS)
def test_birthplace_short_forms(texts, field, expected):
    assert values("birthplace", *texts, field=field) == expected


SAVED_EMAIL = ("From: Riverside Residents <news@riverside.example.org>\nSubject: Spring newsletter\n"
               "To: {to}\n\n* Well done to Asha and Ravi Mistry on running the plant sale. Asha and Ravi are hosting "
               "the book group at their house on Willow Rise this month.\n")


@pytest.mark.parametrize("to,family,home", [
    ("asha.mistry81@example.net", {"partner: Ravi"}, {"Willow Rise"}),
    ('"Ravi Mistry" <rm@example.net>', {"partner: Asha"}, {"Willow Rise"}),
    ("ravi_mistry@example.net", {"partner: Asha"}, {"Willow Rise"}),
    # false friends: a shared inbox, another reader of the same newsletter
    ("info@example.net", set(), set()),
    ("jo.parkes@example.net", set(), set()),
])
def test_a_saved_emails_addressee_is_the_owner(to, family, home):
    text = SAVED_EMAIL.format(to=to)
    assert values("family", text, field="text") == family
    assert values("home_location", text, field="text") == home


HOME_CALLED_HOME = [
    ("Currently calling Bristol home.", "bio", {"Bristol"}),
    ("We call Hebden Bridge home now.", "post", {"Hebden Bridge"}),
    ("Made Frome our home in 2020 and never looked back.", "page", {"Frome"}),
    ("Lancaster is home.", "bio", {"Lancaster"}),
    ("Here in sunny Skegness the chips are better.", "post", {"Skegness"}),
    ("We've just bought in Whitley Bay!", "caption", {"Whitley Bay"}),
    ("We live a stone's throw from Ilkley.", "post", {"Ilkley"}),
    ("Home = Leeds", "bio", {"Leeds"}),
    ("Our village in Wensleydale had its first fete in years.", "page", {"Wensleydale"}),
    # false friends: a university's town, a second home, a visit, a country, a past home, a home game,
    # childhood memories, an hour away
    ("Lancaster is home to the university.", "post", set()),
    ("Anfield is my second home.", "post", set()),
    ("I'm here in Stockport for a conference.", "post", set()),
    ("Here in the UK we queue for everything.", "post", set()),
    ("Called Leeds home for ten years before moving south.", "post", set()),
    ("Chester's home game on Saturday is sold out.", "post", set()),
    ("Here in Leeds, my parents never locked the door when I was a kid.", "post", set()),
    ("We live two hours drive from Whitby.", "post", set()),
]


@pytest.mark.parametrize("text,field,expected", HOME_CALLED_HOME)
def test_home_called_home(text, field, expected):
    assert values("home_location", text, field=field) == expected


BIRTHPLACE_MORE_FORMS = [
    ("Wigan through and through", {"Wigan"}),
    ("Made in Sunderland | living in Leeds", {"Sunderland"}),
    ("Proper Mancunian 🐝", {"Manchester"}),
    ("Born Liverpool, live Leeds", {"Liverpool"}),
    ("Teessider abroad", {"Teesside"}),
    ("Preston raised, Lancaster based", {"Preston"}),
    ("Grew up on the Wirral", {"Wirral"}),
    # false friends: money raised, a film, a product, a party, a team
    ("Wigan raised £500 for the hospice", set()),
    ("Born Free is my favourite film", set()),
    ("Knives made in Sheffield", set()),
    ("Labour through and through", set()),
    ("Spurs through and through", set()),
]


@pytest.mark.parametrize("text,expected", BIRTHPLACE_MORE_FORMS)
def test_birthplace_more_forms(text, expected):
    assert values("birthplace", text, field="bio") == expected


FAMILY_SHORTHAND = [
    ("DH is on nights again so I've got the school run.", "post", {"husband"}),
    ("DD (4) refuses to wear socks. Any tips?", "post", {"daughter"}),
    ("DS1 and DS2 are fighting over the Xbox again.", "post", {"son"}),
    ("AIBU to think my DP should do bedtime once a week?", "post", {"partner"}),
    ("Took the Mrs out for tea, she chose the chippy.", "caption", {"wife"}),
    ("Took the weans to Largs for a poke of chips.", "post", {"children"}),
    ("Stepdad to Kai and Leo ⚽", "bio", {"child: Kai", "child: Leo"}),
    # false friends: a detective sergeant, a direct debit, data protection, a teacher, a show
    ("DS Patel took my statement.", "post", set()),
    ("My DS is on leave so I'm acting up this week.", "post", set()),
    ("Set up a DD for the council tax.", "post", set()),
    ("DP training is mandatory for all staff.", "post", set()),
    ("Our Mrs Jones is retiring after 30 years teaching.", "page", set()),
    ("The Mrs Brown show is on again.", "post", set()),
]


@pytest.mark.parametrize("text,field,expected", FAMILY_SHORTHAND)
def test_family_shorthand(text, field, expected):
    assert values("family", text, field=field) == expected

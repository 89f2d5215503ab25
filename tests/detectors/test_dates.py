"""Date of birth: only dates tied to the user's birth; day-first unless written month-first."""

import pytest

from tests.detectors.helpers import values

BIRTH = [
    ("DOB 03/09/88", "1988-09-03"),
    ("born on the 2nd of May 1991", "1991-05-02"),
    ("🎂 9th Sept", "--09-09"),
    ("Born March 14, 1994", "1994-03-14"),
    ("birthday: 21/06", "--06-21"),
    ("b. 1979", "1979"),
    ("Born 1983 in a snowstorm", "1983"),
    ("My birthday is 1 April, no joke", "--04-01"),
    ("born 29/02/1992, a leap-day baby", "1992-02-29"),
    ("D.O.B. 1990-12-25", "1990-12-25"),
]


@pytest.mark.parametrize("text,value", BIRTH)
def test_birth_dates(text, value):
    assert values("date_of_birth", text) == {value}


NOT_BIRTH = [
    "Joined the force in 2014",
    "Married since 14 August 2010",
    "Happy birthday to my son, 12/04!",
    "Happy 40th to my brother 🎂",
    "Race day 21/06/2025, wish me luck",
    "Gooner since '96",
    "Our daughter was born on 3 May 2015",
    "Wedding anniversary 21st June",
    "Born to run",
    "Posted 12.03.2024",
    "born 30/02/1990",
]


@pytest.mark.parametrize("text", NOT_BIRTH)
def test_not_birth_dates(text):
    assert values("date_of_birth", text) == set()


def test_birthday_field_and_year_field_combine():
    from footprint.detect import detect
    from footprint.models import Profile

    profile = Profile(url="https://profile.example/", platform="facebook")
    profile.add("3 March", "about", hint="date_of_birth", label="Birth date")
    profile.add("1988", "about", hint="date_of_birth", label="Birth year")
    assert {f.value for f in detect(profile) if f.category == "date_of_birth"} == {"1988-03-03"}


def test_a_partial_date_agreeing_with_a_full_one_is_the_same_detail():
    assert values("date_of_birth", "Birthday: 4th July", "born 04/07/1987") == {"1987-07-04"}


def test_age_today_on_a_dated_post():
    assert values("date_of_birth", "21 today!! 🥳🎂", field="post", date="2024-10-05") == {"2003-10-05"}
    assert values("date_of_birth", "21 today!! 🥳🎂", field="post") == set()  # no post date, nothing to work out


def test_someone_elses_birthday_post_is_not_the_users():
    assert values("date_of_birth", "Happy birthday to my big sister, 40 today! 🎂", field="post",
                  date="2024-10-05") == set()


@pytest.mark.parametrize("text,value", [
    ("Leo ♌ 3rd Aug", "--08-03"),
    ("Born in the summer of '85", "1985"),
    ("Turning 40 on the 12th of June, send cake", "--06-12"),
    ("My birthday is on Christmas Eve", "--12-24"),
    ("b'day 17/9 🎂", "--09-17"),
])
def test_more_birthday_forms(text, value):
    assert values("date_of_birth", text) == {value}


@pytest.mark.parametrize("text", ["Halloween party at ours", "Christmas Eve shift again", "Season ticket since '09"])
def test_named_days_and_short_years_need_a_birth_word(text):
    assert values("date_of_birth", text) == set()


@pytest.mark.parametrize("text,found", [
    ("A proper Christmas baby, so presents all came at once", {"--12-25"}),
    ("I was born on Bonfire Night, hence the fireworks obsession", {"--11-05"}),
    ("Valentine's baby 💘 and proud", {"--02-14"}),
    ("Christmas birthday here, one lot of presents", {"--12-25"}),
    ("Our little Christmas baby arrived at 3am!", set()),
    ("Her Halloween birthday party was a riot", set()),
    ("My sister was born on Boxing Day", set()),
    ("Planning the Christmas party", set()),
])
def test_a_birthday_told_by_the_day_it_falls_on(text, found):
    assert values("date_of_birth", text) == found


# "b." after somebody's first name is a family-history record of that person, not the writer's
@pytest.mark.parametrize("text,found", [
    ("b. 1984, still going", {"1984"}),
    ("Great-uncle Cedric Vane, b. 2 May 1908, Goole.", set()),
    ("Siblings: Mabel b. 1931, Horace b. 1934.", set()),
    ("Nan (Dorothy Fenn, b. 9 Oct 1926) kept bees.", set()),
])
def test_b_dot_belongs_to_the_name_before_it(text, found):
    assert values("date_of_birth", text) == found


# An age on a dated post: a birthday wish quoted after it is to the writer; one before it is not;
# "35 for 35" with a birthday word is the age reached that day
@pytest.mark.parametrize("text,found", [
    ("Thirty today 🎂 the twins drew me a card saying happy birthday daddy", {"1995-05-02"}),
    ("Happy birthday to my cousin Wes, 30 today! 🎂", set()),
    ("35 for 35 🎂 birthday swim round the lake", {"1990-05-02"}),
    ("25k for 25 birthday run done, knees gone", {"2000-05-02"}),
    ("Swam 20 for 20 lengths, no cake", set()),
    ("Did 12 for 12 burpees. Happy birthday Rory 🎂", set()),
])
def test_age_on_a_dated_post(text, found):
    assert values("date_of_birth", text, field="post", date="2025-05-02") == found

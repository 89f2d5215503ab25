"""The facts file: known keys only, values safe to match, lists de-duplicated and capped."""

from __future__ import annotations

import pytest

from footprint.errors import FactsError
from footprint.facts import KEYS, MAX_FAMILY, Facts


def test_a_full_facts_file():
    data = {"full_name": " Sam  Example ", "date_of_birth": "1990-03-12", "birthplace": "Romford",
            "football_team": "Example Town", "family": ["Alfie", "Mia", "alfie", " "], "home_postcode": "CM1 9ZZ",
            "phone": "07700 900123", "email": "sam@example.com", "usernames": ["sam_example", "SamEx"]}
    facts = Facts.from_dict(data, origin="f.json")
    assert facts.to_dict() == {**data, "full_name": "Sam Example", "family": ["Alfie", "Mia"]}
    assert tuple(facts.to_dict()) == KEYS


@pytest.mark.parametrize("data,message", [
    ({"fullname": "Sam Example"}, "f.json: unknown key 'fullname' (the keys are: full_name, date_of_birth, "
     "birthplace, football_team, family, home_postcode, phone, email, usernames)"),
    ({"usernames": [3]}, "f.json: 'usernames' must be a list of names"),
    ({"birthplace": "["}, "f.json: 'birthplace' is too short or only punctuation to be matched safely: '['"),
    ({"full_name": "J"}, "f.json: 'full_name' is too short or only punctuation to be matched safely: 'J'"),
    ({"family": ["Mia", "--"]}, "f.json: 'family' is too short or only punctuation to be matched safely: '--'"),
    ({"family": [f"Name{i}" for i in range(MAX_FAMILY + 1)]}, f"f.json: 'family' lists more than {MAX_FAMILY} "
     "different names"),
    ({"phone": "12"}, "f.json: 'phone' does not look like a phone number: '12'"),
    ({"email": "sam at example"}, "f.json: 'email' does not look like an e-mail address: 'sam at example'"),
    ({"birthplace": "x" * 201}, "f.json: 'birthplace' is longer than 200 characters"),
    ({"date_of_birth": "12/03/1990"}, "f.json: 'date_of_birth' must be written YYYY-MM-DD, not '12/03/1990'"),
    ({"football_team": 7}, "f.json: 'football_team' must be text"),
])
def test_unsafe_facts_are_refused_naming_the_key(data, message):
    with pytest.raises(FactsError) as caught:
        Facts.from_dict(data, origin="f.json")
    assert str(caught.value) == message



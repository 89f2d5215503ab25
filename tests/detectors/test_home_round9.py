"""Issue 13, round nine: homes and false friends (a place in a team's name is no home), in new words across genres.

They hold with the shipped home weights and with the refit on all 40 labelled corpora (branch refit9-weights)."""

from __future__ import annotations

import pytest

from tests.detectors.helpers import values

HOMES = [
    ("bio", "Living in Tadcaster with two lurchers and a kiln", "Tadcaster"),
    ("CV", "Based in Knaresborough, happy to travel across the county.", "Knaresborough"),
    ("for-sale post", "Child's balance bike, collection from Selby YO8 after 5pm.", "Selby"),
    ("newsletter", "Our garden in Malton is finally full of tulips.", "Malton"),
    ("caption", "Sunset from our back garden in Thirsk", "Thirsk"),
    ("forum", "Been settled in Whitby since 2015, never going back south.", "Whitby"),
    ("about page", "We live just outside Helmsley with the hens and a very old Land Rover.", "Helmsley"),
    ("caption", "Snow on our street in Settle this morning", "Settle"),
    ("for-sale post", "Posts from Ripon, or pick up from Ripon HG4 by arrangement.", "Ripon"),
    ("chat", "we're Pickering-ish so it's no trek to bring the trailer", "Pickering"),
]


@pytest.mark.parametrize("genre,text,place", HOMES)
def test_round_nine_homes(genre, text, place):
    assert values("home_location", text, field="bio" if genre == "bio" else "post") == {place}, genre


FALSE_FRIENDS = [
    ("newsletter", "Ashby Rovers U9s are now based at the leisure centre on Saturdays."),
    ("caption", "Our Tring Harriers squad after the cross-country, home by teatime"),
    ("chat", "Nantwich Town fixtures are out, home games on Saturdays again"),
    ("forum", "Joined the Mirfield Striders running club now, great bunch"),
    ("bio", "Proud secretary of Hexham Juniors cricket club, living the dream"),
    ("newsletter", "Thanks to everyone who came to the Lydney league fixtures last weekend."),
    ("chat", "off to Kettering for the weekend with the girls"),
    ("forum", "Holiday cottage near Bude was lovely, booked again for May."),
    ("CV", "Coached the Garforth JFC under-12s for five years."),
]


@pytest.mark.parametrize("genre,text", FALSE_FRIENDS)
def test_round_nine_false_friends_are_no_home(genre, text):
    assert values("home_location", text, field="bio" if genre == "bio" else "post") == set(), genre

"""Plain text files read by `scan`: prose hard-wrapped to a width (a PDF's or an e-mail's text)
is read in its sentences, while a file's own short lines stay lines."""

from __future__ import annotations

from collectors.markdown import unwrap
from collectors.saved import read_text

NEWSLETTER = """ALLOTMENT SOCIETY - AUTUMN NOTES

Hello all - for anyone new this year, I'm Bethan Example, your secretary, and
plot 14's tomato-obsessed keeper. Most of you will know me better as DS Example
from the Ludlow CID office (West Mercia) - yes, the one who gave the shed talk -
and our AGM is on the Wednesday after half term, in the pavilion. Every member
is wel-
come to vote.

Committee
Chair: Huw Example
Treasurer: Mair Example 07700 900650
Shop open Sat 9.30-11.30
Sun 10.00-12.00
"""


def test_wrapped_prose_is_read_in_its_sentences():
    profile = read_text(NEWSLETTER.encode(), "https://allotments.example.org/notes-autumn.pdf", "website").profile
    assert [b.text for b in profile.blocks] == [
        "ALLOTMENT SOCIETY - AUTUMN NOTES",
        "Hello all - for anyone new this year, I'm Bethan Example, your secretary, and plot 14's tomato-obsessed "
        "keeper. Most of you will know me better as DS Example from the Ludlow CID office (West Mercia) - yes, the "
        "one who gave the shed talk - and our AGM is on the Wednesday after half term, in the pavilion. Every "
        "member is welcome to vote.",
        "Committee\nChair: Huw Example\nTreasurer: Mair Example 07700 900650\nShop open Sat 9.30-11.30\n"
        "Sun 10.00-12.00",
    ]


def test_unwrap_keeps_short_lines_labels_and_figures():
    assert unwrap(["Name: Cai Example", "Lives in: Tenby", "Team: Scarlets"]) == [
        "Name: Cai Example", "Lives in: Tenby", "Team: Scarlets"]
    # a wide line that ends mid-sentence runs on; one ending a sentence or a figure does not
    assert unwrap(["The quiz is on Friday at the Red Lion and the first round is", "on local history.",
                   "Tickets are five pounds each, payable on the door or by transfer.", "Doors 7.30"]) == [
        "The quiz is on Friday at the Red Lion and the first round is on local history.",
        "Tickets are five pounds each, payable on the door or by transfer.", "Doors 7.30"]
    assert unwrap(["A cross-", "Channel swim and a re-", "think"]) == ["A cross-Channel swim and a rethink"]
    assert unwrap(["Our treasurer is Mair, and she can be reached on the number", "To: all members"]) == [
        "Our treasurer is Mair, and she can be reached on the number", "To: all members"]
    assert unwrap([]) == []


def test_a_markdown_files_code_samples_are_left_out():
    readme = ("# gpx-trim\n\nI'm Sioned, a PCSO in Aberystwyth who writes small tools.\n\n"
              "```console\n$ gpx-trim walk.gpx --phone 07700 900777\nTrimmed 12 points\n```\n\nMIT licence.\n")
    profile = read_text(readme.encode(), "file:///home/sioned/gpx-trim/README.md", "website").profile
    assert [b.text for b in profile.blocks] == [
        "gpx-trim", "I'm Sioned, a PCSO in Aberystwyth who writes small tools.", "MIT licence."]

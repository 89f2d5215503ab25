"""Build footprint/data/first_names.txt: common first names, to tell 'with my Pauline' (a
person) from 'with my Peloton' (a thing).

Source: the 1990 US Census first-name lists (public domain), as shipped in the `names`
package (dist.female.first, dist.male.first), plus common names of the UK and Ireland
that the US lists lack (ONS and NRS baby-name tables), written out by hand below.
Run:  pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz &&
      python tools/build_first_names.py names-0.3.0/names
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "footprint" / "data" / "first_names.txt"
UK_AND_IRISH = """
Alfie Archie Arlo Aoife Bethan Bronwen Caitlin Callum Cerys Ciaran Ciara Dafydd Declan Eilidh Elis Euan Evie Ffion
Fionn Freya Gethin Gwen Hamish Harri Iestyn Isla Jac Keira Kian Lowri Mali Mairi Megan Niamh Nia Oisin Ollie Orla
Osian Poppy Rhian Rhiannon Rhodri Rhys Ruairi Seren Sian Siobhan Sinead Sorcha Tegan Teddy Theo Tomos Carys Eira
Eleri Elin Ewan Fraser Gareth Glenys Iwan Jago Kai Kenzie Kerry Lachlan Leighton Lewis Lyla Maisie Mared Morgan
Nerys Ruaridh Sioned Skye Struan Tilly Willow Wren Zach Zara Aaliyah Amir Ayesha Fatima Hamza Ibrahim
Imran Maryam Mohammed Muhammad Omar Priya Raj Sanjay Yusuf Zainab Chidi Kemi Tunde Ade Femi Jas Jaz Gemma
Kayleigh Leanne Stacey Jodie Shelley Hayley Bex Becky Kirsty Shona Ailsa Catriona Morag Jock Gregor Angus Dougie
Sophie Harvey Reuben Finlay Finn Rosie Ivy Lily Mabel Ronan Dean Dylan Ellis Jude Otis Rory Toby Alfie Stan
Aarav Abena Adebayo Adil Adwoa Agnieszka Aisling Ajay Akua Albie Aled Aleena Aleksandra Alun Ama Amani Amara Ameera
Amelie Aminah Amit Amrit Ananya Andrei Andrzej Angharad Anil Anjali Anwen Aria Arif Arjun Aryan Asher Asif Ayaan
Ayan Ayda Ayla Ayo Ayodele Babajide Baljit Bartek Baz Becs Bilal Bisi Bogdan Bogdana Branwen Brodie Brogan Bronagh
Calum Cathal Catrin Chinedu Chioma Cian Clive Colm Connor Conor Dapo Dariusz Darragh Daz Deepa Deepak Deji Delroy
Delyth Demi Dervla Divya Dmitri Donal Dorota Eamon Eamonn Efua Eirlys Ellie-Mae Elodie Elowen Emeka Emyr Enzo Eoin
Esha Esi Esme Esmee Faisal Fergal Folake Funmi Gaz Geraint Glesni Gosia Grainne Gurpreet Gwenllian Hafsa Halima
Harjit Harper Harpreet Heledd Hels Hendrix Herbie Hira Hussain Huw Hywel Idris Ifan Ilyas Imani Immy Imogen Inaya
Innes Ioan Ioana Ionut Iqra Irfan Ismail Issy Iwona Izzy Jakub Jaspreet Jayden Jenson Justyna Kaia Kasia Katarzyna
Kavita Kaya Kayden Kev Kezia Khadija Khalid Kieran Kiran Kirsteen Kobe Kofi Kojo Krzysztof Kuba Kuldeep Kunle
Kwabena Kwame Leela Lexi Liam Liv Luca Lukas Lukasz Lyra Macey Maddy Mairead Manon Manpreet Marcin Marek Mateo
Matteo Meera Mererid Mhairi Mihai Morven Musa Nabila Navdeep Naveed Neha Ngozi Niall Nico Nikhil Nkechi Noor Obinna
Oksana Olena Oluwaseun Orlaith Oskar Owain Padraig Parminder Pawel Piotr Pippa Pooja Preeti Rafferty Rafi Rahul
Rajesh Ramesh Ravi Raya Remi Riya Rizwan Rohan Roisin Rowan Rukhsana Safiya Saima Salman Sanjeev Saoirse Seamus Seb
Segun Seonaid Seun Shahid Shaz Shazia Shreya Sienna Simran Sipho Soph Steffan Sukhdeep Sumaya Sunil Sunita Suresh
Tadhg Tariq Teddie Temi Tez Thabo Themba Tirion Tolu Tomasz Tomek Tudur Usman Vijay Vikram Vlad Wale Waqas Wilf
Wojciech Yasmeen Yaw Yemi Yinka Yulia Zac Zahra Zain Zak Zayd Zayn Zosia
Anaya Aanya Zoya Alaya Aiza Eshaal Arham Rayan Reyansh Vihaan Advik Kabir Ishaan Ishan Aarush Veer Dhruv Pranav
Shiv Eshan Ansh Rehan Rayyan Anvi Saanvi Diya Isha Navya Prisha Sia Tanvi Zayaan Musab Yahya Hamzah Eesa Ayat Hania
Nylah Kamsi Chiamaka Adaeze Ifeoma Ebube Somto Tobenna Zion Malachi Kairo Nasir Dom
Geoff Trev Gav Becca Glyn Kez Steph Kath Cath Mick Stu Jonno Jonny Nige Dec Tash Abi Gill Kaz Fergus Iain Nev
Emlyn Bryn Dai Shelagh Jasdeep Harinder
Cai Macsen Nansi Efa Alaw Cadi Gruffydd Hedd Sion Tesni Deio Rhi
Cormac Cillian Oran Odhran Senan Tiernan Conall Ferdia Finbar Keelan Rian Peadar Eabha Aoibhinn Ailbhe Meabh Maeve
Laoise Fiadh Cliodhna Sadhbh Caoimhe Clodagh Aine Eimear Muireann Caitriona Blathnaid Hafwen Eluned Gwenno Llinos
Dilys Elen Guto Deiniol Ifor Ieuan Gwion Alys Ishbel Murdo Torquil Ruairidh Jowan Kerensa Kerenza Tamsyn Tamsin
Morwenna Demelza Lowenna
"""


def main(source: str) -> int:
    names: set[str] = set()
    for file in ("dist.female.first", "dist.male.first"):
        for line in Path(source, file).read_text().splitlines():
            if line.strip():
                names.add(line.split()[0].capitalize())
    names.update(UK_AND_IRISH.split())
    header = ("# Common first names, one a line. 1990 US Census lists (public domain) via the `names` package, "
              "plus UK and Irish names; built by tools/build_first_names.py")
    OUT.write_text(header + "\n" + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "names"))

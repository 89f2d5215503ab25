"""Reading HTML, one module per role: parse (the tree, title, meta tags), embedded (JSON in
scripts), structured (JSON-LD, microdata, h-card), text (the one text extractor) and links."""

from collectors.html.embedded import json_after, next_data, script_json, scripts_json, walk
from collectors.html.links import add_image_alts, add_links, add_meta, html_links
from collectors.html.parse import MAX_DEPTH, Marks, by_class_prefix, marks, meta, soup_of, title, too_deep
from collectors.html.structured import add_address, add_hcards, add_json_ld_person, json_ld, microdata
from collectors.html.text import OTHERS, Block, blocks, hidden, line, squash, text

__all__ = ["MAX_DEPTH", "OTHERS", "Block", "Marks", "add_address", "add_hcards", "add_image_alts",
           "add_json_ld_person", "add_links", "add_meta", "blocks", "by_class_prefix", "hidden", "html_links",
           "json_after", "json_ld", "line", "marks", "meta", "microdata", "next_data", "script_json", "scripts_json",
           "soup_of", "squash", "text", "title", "too_deep", "walk"]

"""The Textual app: the only package that imports Textual (started by `footprint` on a terminal)."""

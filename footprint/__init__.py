"""footprint: audit your own public digital footprint, as a logged-out stranger would see it."""

__version__ = "0.1.0"

"""Football clubs (placeholder until the data lands)."""
def strong_terms_for(club: str) -> list[str]:
    return []

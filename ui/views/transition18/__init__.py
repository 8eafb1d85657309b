"""The 18+ page: the timeline of young people towards 18 and their toekomstplan."""

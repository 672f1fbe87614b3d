"""The desk's areas: Zoeken (search, detail), Verwijzen (referral sheets), the tally bar."""

"""The desk's own work: referral sheets, the contact tally, corrections, the letterhead."""

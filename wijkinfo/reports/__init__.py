"""PDF documents made with reportlab: referral sheet, status letter, reports. No Qt here."""

"""Looking services up at the desk: words, synonyms, typo repair, filters, phone numbers."""

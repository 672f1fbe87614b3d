"""The sociale kaart in and out: HSDS 3.1 (JSON, tabular) and flat spreadsheets."""

"""The sociale kaart itself: editing services and organisations, hours, phones, the demo."""

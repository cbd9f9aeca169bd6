"""The domain logic: registers, addresses, geocoding, risk, export. No widgets here."""

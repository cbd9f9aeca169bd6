"""What can be wrong with a register: the error that stops a read, and the issue codes
that name a problem with one row (the row is kept)."""

MISSING_ADDRESS = "missing_address"
MISSING_LICENCE_ID = "missing_licence_id"
DUPLICATE_LICENCE = "duplicate_licence"
EXPIRED = "expired"
BAD_DATE = "bad_date"
MISSING_CLASS = "missing_class"
UNKNOWN_CLASS = "unknown_class"
BAD_COORDINATES = "bad_coordinates"
SWAPPED_LAT_LON = "swapped_lat_lon"
SWAPPED_EASTING_NORTHING = "swapped_easting_northing"
OUTSIDE_BELIZE = "outside_belize"
UNCLOSED_QUOTE = "unclosed_quote"

ISSUE_CODES = (
    MISSING_ADDRESS,
    MISSING_LICENCE_ID,
    DUPLICATE_LICENCE,
    EXPIRED,
    BAD_DATE,
    MISSING_CLASS,
    UNKNOWN_CLASS,
    BAD_COORDINATES,
    SWAPPED_LAT_LON,
    SWAPPED_EASTING_NORTHING,
    OUTSIDE_BELIZE,
    UNCLOSED_QUOTE,
)


class RegisterError(Exception):
    """A register that cannot be read at all. The message is translated, names the file
    and says what is wrong; callers show it as it is."""

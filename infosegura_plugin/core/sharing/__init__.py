"""Sharing results between agencies: the analysis bundle, the printed atlas, the public
export and the shared PostGIS. Nothing here leaves out a shelter by its own rule: every
decision about sensitive places goes through :mod:`..sensitive`."""

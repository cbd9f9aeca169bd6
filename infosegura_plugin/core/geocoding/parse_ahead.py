"""A register's address texts parsed in a helper process while the street index is built.

Parsing needs only the place names the parser must recognise (``geocoder.vocabulary_of``),
which are known once the layers are read; building the street index takes a while longer.
On Linux, with a large register, a forked helper (``helper_process.Helper``) parses the
register's distinct texts meanwhile, and the geocoder takes what it parsed when it is
built (``Geocoder.adopt_parses``): the same parses, made by the same code with the same
vocabulary, on the second core. Whatever the helper did not reach is parsed as usual.
"""

from functools import partial
from typing import Dict, Iterable, Optional

from .geocoder import parse_numbered
from .helper_process import MIN_KEYS, Helper, helper_allowed, wording


class ParseAhead:
    """The helper parsing ``texts``; ``finish`` collects its parses and stops it."""

    def __init__(self, helper: Helper, texts, vocabulary):
        self.helper, self.texts, self.vocabulary = helper, texts, vocabulary

    @classmethod
    def start(cls, texts: Iterable[str], vocabulary) -> Optional["ParseAhead"]:
        """Fork the helper for the distinct ``texts``; None when not worth it or not allowed."""
        distinct = list(dict.fromkeys(texts))
        if len(distinct) < MIN_KEYS or not helper_allowed():
            return None
        # Texts differing only in their numbers together: the helper parses each wording once.
        distinct.sort(key=wording)
        helper = Helper.start(partial(parse_numbered, vocabulary=vocabulary), distinct)
        return cls(helper, distinct, vocabulary) if helper is not None else None

    def finish(self) -> Dict[str, object]:
        """The texts parsed so far (text -> parse); the helper is stopped."""
        parsed: Dict[str, object] = {}
        try:
            self.helper.receive(lambda index, result: parsed.__setitem__(self.texts[index], result))
        finally:
            self.helper.stop()
        return parsed

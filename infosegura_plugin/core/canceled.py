"""Cancelling long computations: one exception every layer of the core can raise and catch."""


class CanceledError(Exception):
    """Raised by long computations when their QgsFeedback is canceled."""


def check_canceled(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise CanceledError()

"""Cancelling long work: every layer of the core (readers, grids, kernels, writers) raises
:class:`CanceledError` when its QgsFeedback is canceled; algorithms turn it into a
message."""


class CanceledError(Exception):
    """Raised by long computations when their QgsFeedback is canceled."""


def check_canceled(feedback) -> None:
    """Raise :class:`CanceledError` when ``feedback`` (may be None) is canceled."""
    if feedback is not None and feedback.isCanceled():
        raise CanceledError()

"""One file per algorithm; list each class here so the provider registers it."""


def all_algorithms():
    from .load_sample import LoadSampleAlgorithm

    classes = [
        LoadSampleAlgorithm,
    ]
    return [cls() for cls in classes]

"""One file per algorithm; list each class here so the provider registers it."""


def all_algorithms():
    from .community_profiles import CommunityProfilesAlgorithm
    from .geocode_addresses import GeocodeAddressesAlgorithm
    from .hotspots import HotspotsAlgorithm
    from .import_register import ImportRegisterAlgorithm
    from .load_sample import LoadSampleAlgorithm
    from .proximity_conflicts import ProximityConflictsAlgorithm
    from .remember_placements import RememberPlacementsAlgorithm
    from .risk_terrain import RiskTerrainAlgorithm

    classes = [
        LoadSampleAlgorithm,
        GeocodeAddressesAlgorithm,
        RememberPlacementsAlgorithm,
        ImportRegisterAlgorithm,
        RiskTerrainAlgorithm,
        HotspotsAlgorithm,
        ProximityConflictsAlgorithm,
        CommunityProfilesAlgorithm,
    ]
    return [cls() for cls in classes]

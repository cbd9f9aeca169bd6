"""InfoSegura: map liquor-licensed premises and community assets, find communities at risk."""


def classFactory(iface):  # noqa: N802 (QGIS entry point name)
    """Called by QGIS to create the plugin."""
    from .plugin import InfoSeguraPlugin

    return InfoSeguraPlugin(iface)

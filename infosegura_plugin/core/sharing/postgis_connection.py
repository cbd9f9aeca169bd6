"""Connecting to a shared PostGIS without a credential ever passing through a parameter,
a log line or a file: the connection is a QGIS saved connection (Browser > PostgreSQL)
or a QGIS authentication configuration id, resolved in memory when connecting.

psycopg2 ships with QGIS (its DB Manager needs it) on Windows, macOS and Linux.
"""

import re
from dataclasses import dataclass, field
from typing import Dict

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

from ...i18n import tr

# Keys of a libpq connection string a user may give beside an authcfg id: no credentials.
_ALLOWED_KEYS = {"host", "hostaddr", "port", "dbname", "service", "sslmode", "connect_timeout", "application_name"}
_CREDENTIAL = re.compile(r"(?i)\b(password|passwd|pwd|user|username|sslkey|sslpassword)\s*=")


class DatabaseConnectionError(RuntimeError):
    """The connection cannot be made; the message never holds a credential."""


@dataclass
class ConnectionInfo:
    """What psycopg2 needs (``params``) and what may be shown (``description``)."""

    params: Dict[str, str] = field(repr=False)
    description: str = ""
    database: str = ""

    def connect(self):
        import psycopg2

        try:
            return psycopg2.connect(**self.params)
        except psycopg2.Error as error:
            raise DatabaseConnectionError(tr("Could not connect to {}: {}").format(
                self.description, _without_secrets(str(error), self.params))) from None


def _without_secrets(text: str, params: Dict[str, str]) -> str:
    for key in ("password", "user"):
        value = params.get(key)
        if value:
            text = text.replace(value, "***")
    return text.strip()


def _from_uri(uri: QgsDataSourceUri, described_as: str) -> ConnectionInfo:
    params = {}
    for key, value in (("host", uri.host()), ("port", uri.port()), ("dbname", uri.database()),
                       ("service", uri.service()), ("user", uri.username()), ("password", uri.password())):
        if value:
            params[key] = value
    mode = uri.sslMode()
    if mode not in (QgsDataSourceUri.SslPrefer,):
        params["sslmode"] = QgsDataSourceUri.encodeSslMode(mode)
    params["application_name"] = "InfoSegura"
    if uri.authConfigId():
        _apply_authcfg(params, uri.authConfigId())
    return ConnectionInfo(params, described_as, uri.database())


def _apply_authcfg(params: Dict[str, str], authcfg: str) -> None:
    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(authcfg, config, True) or not config.isValid():
        raise DatabaseConnectionError(tr("The authentication configuration {} cannot be read: check its id in "
                                  "Settings > Options > Authentication (and the master password).").format(authcfg))
    if config.method() != "Basic":
        raise DatabaseConnectionError(tr("The authentication configuration {} uses the method {}: use a Basic "
                                  "(user name and password) configuration.").format(authcfg, config.method()))
    params["user"] = config.config("username")
    params["password"] = config.config("password")


def from_saved_connection(name: str) -> ConnectionInfo:
    """A PostgreSQL connection saved in QGIS (Browser > PostgreSQL > New Connection)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name, False)
    except Exception:  # noqa: BLE001 - QgsProviderConnectionException
        connection = None
    if connection is None:
        raise DatabaseConnectionError(tr("There is no saved PostgreSQL connection called {}: add it in the Browser "
                                  "(PostgreSQL > New Connection).").format(name))
    uri = QgsDataSourceUri(connection.uri())
    return _from_uri(uri, tr("the saved connection {}").format(name))


def from_authcfg(authcfg: str, database: str) -> ConnectionInfo:
    """An authentication configuration id plus where the database is (no credentials)."""
    if _CREDENTIAL.search(database or ""):
        raise DatabaseConnectionError(tr("The database description holds a user name or password: give only host, port "
                                  "and dbname (or service); the credentials come from the authentication "
                                  "configuration."))
    uri = QgsDataSourceUri(database or "")
    unknown = [part.split("=", 1)[0].strip() for part in (database or "").split() if "=" in part
               and part.split("=", 1)[0].strip() not in _ALLOWED_KEYS]
    if unknown:
        raise DatabaseConnectionError(tr("Unknown keys in the database description: {}. Use host, port, dbname, "
                                  "service, sslmode.").format(", ".join(unknown)))
    uri.setAuthConfigId(authcfg)
    where = uri.service() or f"{uri.host() or 'localhost'}:{uri.port() or '5432'}/{uri.database()}"
    return _from_uri(uri, tr("{} (authentication {})").format(where, authcfg))

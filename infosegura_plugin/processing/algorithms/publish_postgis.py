"""infosegura:publishpostgis: the chosen layers into a shared PostGIS, in one transaction."""

import psycopg2  # noqa: F401 - ships with QGIS (DB Manager); without it the provider leaves this tool out
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ...core.cancel import CanceledError
from ...core.sensitive import load_policy
from ...core.sharing.postgis_connection import DatabaseConnectionError, from_authcfg, from_saved_connection
from ...core.sharing.postgis_plans import public_plans, restricted_plans
from ...core.sharing.postgis_publication import PublicationError, publish
from ...core.sharing.privacy import DEFAULT_PERSONAL_FIELDS, parse_field_list
from ...core.sharing.public_export import PublicExportError, summary_lines
from .base import InfoSeguraAlgorithm, SharingGroup


class PublishPostgisAlgorithm(SharingGroup, InfoSeguraAlgorithm):
    LAYERS = "LAYERS"
    CONNECTION = "CONNECTION"
    AUTHCFG = "AUTHCFG"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    KEY_FIELD = "KEY_FIELD"
    INCLUDE_SENSITIVE = "INCLUDE_SENSITIVE"
    PUBLIC_SCHEMA = "PUBLIC_SCHEMA"
    MIN_COUNT = "MIN_COUNT"
    PREMISES_POINTS = "PREMISES_POINTS"
    TABLES = "TABLES"
    ROWS = "ROWS"
    ICON = "database"

    def name(self):
        return "publishpostgis"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Publish to a shared PostGIS")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Writes the chosen layers into a schema of a shared PostGIS database (one schema per agency or "
            "dataset), in one transaction: if anything fails, the previous publication stays exactly as it was. "
            "Rows are keyed (licence_id, cell_id, outlet_id + asset_id, asset_id, area name; or the key field you "
            "give), so publishing again updates them instead of adding copies, and rows that are gone are "
            "removed. Each table gets a published time and its style in layer_styles, so other QGIS users open "
            "it styled.\n\n"
            "Connect with a PostgreSQL connection saved in QGIS (Browser > PostgreSQL), or with an "
            "authentication configuration id plus the database's host, port and dbname. User names and passwords "
            "never go in a parameter, a log or a file.\n\n"
            "Sensitive places are left out unless you tick Include sensitive places. With a public schema, the "
            "public-safe versions of the layers (the rules of the public export) are written there too, in the "
            "same transaction."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers to publish"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.CONNECTION, self.tr("Saved PostgreSQL connection"), "postgres", optional=True))
        self.addParameter(QgsProcessingParameterAuthConfig(
            self.AUTHCFG, self.tr("Or: authentication configuration"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr("With the authentication configuration: host=... port=... dbname=... "
                                   "(no user or password)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, self.tr("Schema (one per agency or dataset)")))
        key = QgsProcessingParameterString(
            self.KEY_FIELD, self.tr("Key field for layers without a known one"), optional=True)
        key.setFlags(key.flags() | key.FlagAdvanced)
        self.addParameter(key)
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_SENSITIVE, self.tr("Include sensitive places (shelters)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.PUBLIC_SCHEMA, self.tr("Public schema (optional: public-safe versions of the layers)"),
            optional=True))
        minimum = QgsProcessingParameterNumber(
            self.MIN_COUNT, self.tr("Public schema: withhold incident counts below"),
            QgsProcessingParameterNumber.Integer, 5, minValue=1)
        minimum.setFlags(minimum.flags() | minimum.FlagAdvanced)
        self.addParameter(minimum)
        premises = QgsProcessingParameterBoolean(
            self.PREMISES_POINTS, self.tr("Public schema: premises as points"), defaultValue=False)
        premises.setFlags(premises.flags() | premises.FlagAdvanced)
        self.addParameter(premises)
        self.addOutput(QgsProcessingOutputString(self.TABLES, self.tr("Tables written")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, self.tr("Rows written")))

    def _connection(self, parameters, context):
        name = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        if bool(name) == bool(authcfg):
            raise QgsProcessingException(self.tr(
                "Give either a saved PostgreSQL connection or an authentication configuration (not both)."))
        if name:
            return from_saved_connection(name)
        return from_authcfg(authcfg, self.parameterAsString(parameters, self.DATABASE, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        layers = [layer for layer in self.parameterAsLayerList(parameters, self.LAYERS, context)
                  if isinstance(layer, QgsVectorLayer)]
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one vector layer to publish."))
        schema = self.parameterAsString(parameters, self.SCHEMA, context)
        public_schema = self.parameterAsString(parameters, self.PUBLIC_SCHEMA, context)
        if public_schema and public_schema == schema:
            raise QgsProcessingException(self.tr("The public schema must differ from the agency's schema."))
        include_sensitive = self.parameterAsBoolean(parameters, self.INCLUDE_SENSITIVE, context)
        policy = load_policy()
        try:
            info = self._connection(parameters, context)
            plans = restricted_plans(layers, schema, self.parameterAsString(parameters, self.KEY_FIELD, context),
                                     include_sensitive, policy, feedback)
            if public_schema:
                extra, summary = public_plans(
                    layers, public_schema, self.parameterAsInt(parameters, self.MIN_COUNT, context),
                    self.parameterAsBoolean(parameters, self.PREMISES_POINTS, context),
                    parse_field_list(DEFAULT_PERSONAL_FIELDS), policy, feedback)
                plans += extra
                feedback.pushInfo(self.tr("Public schema {}: removed or withheld (counts only):").format(public_schema))
                for line in summary_lines(summary):
                    feedback.pushInfo("  " + line)
            feedback.pushInfo(self.tr("Connecting to {}").format(info.description))
            connection = info.connect()
            try:
                outcomes = publish(connection, plans, feedback)
            finally:
                connection.close()
        except CanceledError as error:
            raise QgsProcessingException(self.tr("Canceled: nothing was published; the previous publication is "
                                                 "unchanged.")) from error
        except (DatabaseConnectionError, PublicationError, PublicExportError) as error:
            raise QgsProcessingException(str(error)) from error
        left_out = sum(len(plan.skip_ids) for plan in plans)
        if left_out:
            feedback.pushInfo(self.tr("{} sensitive rows were not published.").format(left_out))
        for outcome in outcomes:
            if outcome.repeated_keys:
                feedback.pushWarning(self.tr("{}.{}: {} rows repeat the key of an earlier row; key_seq numbers them "
                                             "(in a licence register, see the duplicate_licence issue).").format(
                    outcome.schema, outcome.table, outcome.repeated_keys))
            feedback.pushInfo(self.tr("{}.{}: {} rows published, {} rows of the previous publication removed.").format(
                outcome.schema, outcome.table, outcome.rows, outcome.removed))
        feedback.setProgress(100)
        return {self.TABLES: ", ".join(f"{o.schema}.{o.table}" for o in outcomes),
                self.ROWS: sum(o.rows for o in outcomes)}

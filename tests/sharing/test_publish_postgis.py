"""infosegura:publishpostgis against a real PostgreSQL + PostGIS started for the tests
(loopback, temporary data directory): round trip, update instead of duplicate, rollback
on failure, quoted names, styles, authentication configurations, no credential leaks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from tests.layers import RecordingFeedback, memory_layer

from .conftest import table
from .planted import MARK, SENSITIVE_ASSETS, planted_assets, planted_conflicts
from .postgis_server import start_server, stop_server

SCHEMA = 'police "A"; drop'
CONNECTION = "shared postgis (tests)"


@pytest.fixture(scope="module")
def server():
    started = start_server()
    yield started
    stop_server(started)


@pytest.fixture(scope="module")
def saved_connection(server, qgis_app):
    """A QGIS saved connection holding the login, as a user saves it in the Browser."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri()
    uri.setConnection(server.host, str(server.port), server.dbname, server.user, server.password)
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {"saveUsername": True, "savePassword": True}),
                            CONNECTION)
    yield CONNECTION
    metadata.deleteConnection(CONNECTION)


def _publish(run_algorithm, layers, schema=SCHEMA, feedback=None, **extra):
    return run_algorithm("infosegura:publishpostgis", dict(
        {"LAYERS": layers, "CONNECTION": CONNECTION, "SCHEMA": schema}, **extra), feedback=feedback)


def _count(server, schema, name, where="TRUE", params=()):
    from psycopg2 import sql

    connection = server.connect()
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql.SQL("SELECT count(*) FROM {} WHERE " + where).format(sql.Identifier(schema, name)),
                           params)
            return cursor.fetchone()[0]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def published(server, saved_connection, analysis, run_algorithm):
    premises = table(analysis, "licensed_premises")
    layers = [premises, table(analysis, "community_profiles"), table(analysis, "hot_spots"),
              planted_conflicts(table(analysis, "proximity_conflicts"), premises),
              planted_assets(table(analysis, "community_assets"), premises), table(analysis, "incidents")]
    feedback = RecordingFeedback()
    result = _publish(run_algorithm, layers, feedback=feedback, PUBLIC_SCHEMA="web public")
    return result, feedback, layers


def test_every_layer_arrives_whole_without_sensitive_places(published, server, analysis):
    result, _feedback, layers = published
    assert _count(server, SCHEMA, "licensed_premises") == layers[0].featureCount()
    assert _count(server, SCHEMA, "hot_spots") == layers[2].featureCount()
    assert _count(server, SCHEMA, "community_profiles") == layers[1].featureCount()
    assert _count(server, SCHEMA, "community_assets") == layers[4].featureCount() - len(SENSITIVE_ASSETS)
    assert _count(server, SCHEMA, "proximity_conflicts") == layers[3].featureCount() - len(SENSITIVE_ASSETS)
    assert _count(server, SCHEMA, "community_assets", "name LIKE %s", (f"%{MARK}%",)) == 0
    # Geometry and values come back as written.
    rows = server.query('SELECT name, rank, ST_SRID(geom), ST_GeometryType(geom) FROM "police ""A""; drop".'
                        '"community_profiles" ORDER BY rank LIMIT 1')
    top = min(layers[1].getFeatures(), key=lambda f: f["rank"])
    assert rows == [(top["name"], 1, 32616, "ST_MultiPolygon")]
    assert result["ROWS"] > 0 and "community_profiles" in result["TABLES"]


def test_styles_are_stored_so_qgis_opens_the_tables_styled(published, server):
    _result, _feedback, layers = published
    for layer, key in ((layers[0], "licence_id,key_seq"), (layers[2], "cell_id,key_seq")):
        uri = QgsDataSourceUri()
        uri.setConnection(server.host, str(server.port), server.dbname, server.user, server.password)
        uri.setDataSource(SCHEMA, layer.name(), "geom", "", key)
        opened = QgsVectorLayer(uri.uri(False), layer.name(), "postgres")
        assert opened.isValid()
        assert opened.featureCount() == layer.featureCount()
        assert opened.renderer().type() == layer.renderer().type() != "singleSymbol"


def test_the_public_schema_follows_the_public_export_rules(published, server):
    _result, feedback, _layers = published
    tables = {r[0] for r in server.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", ("web public",))}
    assert tables == {"public_areas", "public_cells", "public_assets"}  # no premises or incident points
    assert server.query('SELECT count(*) FROM "web public".public_areas WHERE suppressed = 1 '
                        'AND incidents IS NOT NULL') == [(0,)]
    assert server.query('SELECT count(*) FROM "web public".public_areas WHERE incidents < 5') == [(0,)]
    assert server.query('SELECT count(*) FROM "web public".public_cells WHERE incidents < 5') == [(0,)]
    assert server.query('SELECT count(*) FROM "web public".public_assets WHERE name LIKE %s', (f"%{MARK}%",)) == [(0,)]
    assert any("sensitive_assets_left_out: 6" in m for m in feedback.messages)


def test_publishing_again_updates_instead_of_duplicating(server, saved_connection, analysis, run_algorithm):
    profiles = table(analysis, "community_profiles").materialize(QgsFeatureRequest())
    profiles.setName("profiles_rerun")
    _publish(run_algorithm, [profiles], schema="rerun")
    first = server.query('SELECT name, published FROM rerun.profiles_rerun ORDER BY name')
    # Next month: one neighbourhood's outlets change, one neighbourhood is gone.
    changed = min(profiles.getFeatures(), key=lambda f: f["rank"])
    gone = max(profiles.getFeatures(), key=lambda f: f["rank"])
    index = profiles.fields().indexOf("outlets")
    profiles.dataProvider().changeAttributeValues({changed.id(): {index: 999}})
    profiles.dataProvider().deleteFeatures([gone.id()])
    feedback = RecordingFeedback()
    _publish(run_algorithm, [profiles], schema="rerun", feedback=feedback)
    rows = dict(server.query("SELECT name, outlets FROM rerun.profiles_rerun"))
    assert len(rows) == len(first) - 1 == profiles.featureCount()
    assert rows[changed["name"]] == 999
    assert gone["name"] not in rows
    assert any("1 rows of the previous publication removed" in m for m in feedback.messages)


def test_a_failure_mid_publication_leaves_the_previous_publication_intact(server, saved_connection, analysis,
                                                                           run_algorithm):
    profiles = table(analysis, "community_profiles")
    cells = memory_layer("Point?crs=EPSG:32616&field=cell_id:integer&field=risk_score:double",
                         [(QgsGeometry.fromPointXY(QgsPointXY(312000, 1908000)), [1, 2.0])], name="cells")
    _publish(run_algorithm, [profiles, cells], schema="atomic")
    before = server.query("SELECT name, outlets, published FROM atomic.community_profiles ORDER BY name")
    # The next publication updates the profiles first, then fails on the cells: the table
    # holds points, this layer brings polygons.
    changed = profiles.materialize(QgsFeatureRequest())
    changed.setName("community_profiles")
    index = changed.fields().indexOf("outlets")
    changed.dataProvider().changeAttributeValues({f.id(): {index: 0} for f in changed.getFeatures()})
    polygons = memory_layer("Polygon?crs=EPSG:32616&field=cell_id:integer&field=risk_score:double", [
        (QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 0))"), [1, 3.0])], name="cells")
    with pytest.raises(QgsProcessingException, match="nothing was changed"):
        _publish(run_algorithm, [changed, polygons], schema="atomic")
    assert server.query("SELECT name, outlets, published FROM atomic.community_profiles ORDER BY name") == before
    assert server.query("SELECT cell_id, risk_score FROM atomic.cells") == [(1, 2.0)]


def test_names_with_quotes_are_only_ever_identifiers(server, saved_connection, run_algorithm):
    name = 'Outlets "2026"; DROP TABLE public.layer_styles; --'
    layer = memory_layer("Point?crs=EPSG:32616&field=licence_id:string&field=note:string", [
        (QgsGeometry.fromPointXY(QgsPointXY(312000, 1908000)), ["L-1", "it's \"quoted\"; DROP"])], name=name)
    _publish(run_algorithm, [layer], schema='schema "x"')
    assert server.query('SELECT licence_id, note FROM "schema ""x"""."Outlets ""2026""; DROP TABLE public.'
                        'layer_styles; --"') == [("L-1", "it's \"quoted\"; DROP")]
    assert server.query("SELECT count(*) FROM public.layer_styles")[0][0] > 0


def test_a_layer_without_a_key_is_refused_before_the_database_is_touched(server, saved_connection, run_algorithm):
    layer = memory_layer("Point?crs=EPSG:32616&field=label:string", [
        (QgsGeometry.fromPointXY(QgsPointXY(0, 0)), ["x"])], name="no_key")
    with pytest.raises(QgsProcessingException, match="no known key field"):
        _publish(run_algorithm, [layer], schema="refused")
    assert server.query("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'refused'") == [(0,)]
    _publish(run_algorithm, [layer], schema="refused", KEY_FIELD="label")
    assert server.query("SELECT label FROM refused.no_key") == [("x",)]


def test_an_authentication_configuration_publishes_and_a_password_in_the_database_text_is_refused(
        server, analysis, tmp_path):
    env = dict(os.environ, QGIS_AUTH_DB_DIR_PATH=str(tmp_path / "auth"), QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"), PROBE_PG_USER=server.user,
               PROBE_PG_PASSWORD=server.password)
    (tmp_path / "auth").mkdir()
    probe = Path(__file__).with_name("authcfg_probe.py")
    completed = subprocess.run([sys.executable, str(probe), server.host, str(server.port), server.dbname,
                                "via authcfg", str(analysis)], env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr[-2000:]
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert "error" not in report, report
    assert report["result"]["TABLES"] == "via authcfg.community_profiles"
    assert _count(server, "via authcfg", "community_profiles") == table(analysis, "community_profiles").featureCount()
    assert "user name or password" in report["refused"]
    assert server.password not in completed.stdout + completed.stderr


def test_credentials_never_reach_a_log_a_record_or_a_file(published, server, saved_connection, run_algorithm,
                                                           tmp_path):
    _result, feedback, _layers = published
    assert not any(server.password in m for m in feedback.messages)
    # A layer read back from the shared database (its source holds the login) bundled for
    # another agency: the password is nowhere in the bundle or its report.
    uri = QgsDataSourceUri()
    uri.setConnection(server.host, str(server.port), server.dbname, server.user, server.password)
    uri.setDataSource(SCHEMA, "community_profiles", "geom", "", "name,key_seq")
    layer = QgsVectorLayer(uri.uri(False), "community_profiles", "postgres")
    assert layer.isValid() and server.password in layer.source()
    result = run_algorithm("infosegura:exportbundle", {"LAYERS": [layer], "OUTPUT": str(tmp_path / "b.gpkg")})
    written = [Path(result["OUTPUT"]), Path(result["REPORT"])]
    for path in written:
        assert server.password.encode() not in path.read_bytes(), path
    from .test_export_bundle import project_xml

    assert server.password not in project_xml(result["OUTPUT"])
    # A failed connection's message names the connection, never the login.
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    broken = QgsDataSourceUri()
    broken.setConnection(server.host, "1", server.dbname, server.user, server.password)  # nothing listens on 1
    metadata.saveConnection(metadata.createConnection(broken.uri(False), {"saveUsername": True,
                                                                          "savePassword": True}), "broken")
    try:
        with pytest.raises(QgsProcessingException, match="Could not connect to the saved connection broken") as error:
            run_algorithm("infosegura:publishpostgis", {"LAYERS": [layer], "CONNECTION": "broken", "SCHEMA": "x",
                                                        "KEY_FIELD": "name"})
    finally:
        metadata.deleteConnection("broken")
    assert server.password not in str(error.value) and server.user not in str(error.value)

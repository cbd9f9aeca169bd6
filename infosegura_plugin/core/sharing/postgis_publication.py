"""Publishing layers into a shared PostGIS, all or nothing.

One publication is one transaction: the schema, the tables, the rows (upserted on their
key: licence id, cell id, area name, ...), the removal of rows this publication no longer
has, and the styles in ``public.layer_styles``. A register may repeat a licence id (the
import flags it): ``key_seq`` numbers the repeats in file order (1 for the first), so
every row is published and a re-run still updates the same rows. A failure or a cancel rolls all of it
back, so the previous publication stays as it was.

SQL text is built only from ``psycopg2.sql`` identifiers and a fixed list of column
types; every value travels as a bound parameter.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Set, Tuple

from qgis.core import NULL, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ...i18n import tr
from ..cancel import CanceledError, check_canceled

GEOMETRY_COLUMN = "geom"
PUBLISHED_COLUMN = "published"
SEQUENCE_COLUMN = "key_seq"
MAX_IDENTIFIER_BYTES = 63
BATCH = 500
_PG_TYPES = {
    QVariant.Int: "integer", QVariant.UInt: "bigint", QVariant.LongLong: "bigint", QVariant.ULongLong: "numeric",
    QVariant.Double: "double precision", QVariant.Bool: "boolean", QVariant.Date: "date",
    QVariant.DateTime: "timestamp", QVariant.Time: "time", QVariant.String: "text",
}
_GEOMETRY_TYPE = re.compile(r"^(Multi)?(Point|LineString|Polygon|CurvePolygon|CompoundCurve|MultiCurve|"
                            r"MultiSurface|GeometryCollection)(Z|M|ZM)?$")
# QGIS's own definition (QgsPostgresProviderMetadata::saveStyle), so QGIS finds the styles.
_LAYER_STYLES_DDL = (
    "CREATE TABLE IF NOT EXISTS public.layer_styles(id SERIAL PRIMARY KEY, f_table_catalog varchar, "
    "f_table_schema varchar, f_table_name varchar, f_geometry_column varchar, stylename text, styleqml xml, "
    "stylesld xml, useasdefault boolean, description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml, "
    "update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)")


class PublicationError(RuntimeError):
    pass


@dataclass
class TablePlan:
    """One layer to publish as ``schema.table``."""

    layer: QgsVectorLayer
    schema: str
    table: str
    keys: Tuple[str, ...]
    skip_ids: Set[int] = field(default_factory=set)
    style_qml: Optional[str] = None
    style_sld: Optional[str] = None
    style_name: str = "InfoSegura"


@dataclass
class TableOutcome:
    schema: str
    table: str
    rows: int
    removed: int
    repeated_keys: int = 0


def check_identifier(name: str, what: str) -> None:
    if not name or not name.strip():
        raise PublicationError(tr("The {} name is empty.").format(what))
    if len(name.encode("utf-8")) > MAX_IDENTIFIER_BYTES:
        raise PublicationError(tr("The {} name {} is longer than PostgreSQL allows (63 bytes): shorten it.").format(
            what, name))
    if "\x00" in name:
        raise PublicationError(tr("The {} name {} holds a NUL character.").format(what, repr(name)))


def check_plan(plan: TablePlan, feedback=None) -> int:
    """Everything that can be checked before the database is touched; returns how many
    rows repeat a key of an earlier row."""
    check_identifier(plan.schema, tr("schema"))
    check_identifier(plan.table, tr("table"))
    names = plan.layer.fields().names()
    lower = {n.lower() for n in names}
    for reserved in (GEOMETRY_COLUMN, PUBLISHED_COLUMN, SEQUENCE_COLUMN):
        if reserved in lower:
            raise PublicationError(tr("The layer {} has a field called {}, which the publication uses itself: "
                                      "rename the field.").format(plan.layer.name(), reserved))
    if len(lower) != len(names):
        raise PublicationError(tr("The layer {} has two fields whose names differ only in case: rename one.")
                               .format(plan.layer.name()))
    for name in names:
        check_identifier(name, tr("field"))
    missing = [k for k in plan.keys if k not in names]
    if not plan.keys or missing:
        raise PublicationError(tr("The layer {} has no key field {}: rows could not be updated on the next "
                                  "publication.").format(plan.layer.name(), ", ".join(missing or ["?"])))
    seen, duplicates, empty = set(), 0, 0
    for count, feature in enumerate(plan.layer.getFeatures()):
        if count % 2000 == 0:
            check_canceled(feedback)
        if feature.id() in plan.skip_ids:
            continue
        key = tuple(_plain(feature[k]) for k in plan.keys)
        if any(v is None or v == "" for v in key):
            empty += 1
        elif key in seen:
            duplicates += 1
        seen.add(key)
    if empty:
        raise PublicationError(tr("The layer {}: {} rows have an empty {}; give every row its key first.").format(
            plan.layer.name(), empty, ", ".join(plan.keys)))
    return duplicates


def _plain(value):
    """A feature value as psycopg2 takes it."""
    if value is None or value == NULL:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def _geometry_type(layer: QgsVectorLayer) -> Optional[str]:
    if layer.geometryType() in (QgsWkbTypes.NullGeometry, QgsWkbTypes.UnknownGeometry):
        return None
    name = QgsWkbTypes.displayString(layer.wkbType())
    if not _GEOMETRY_TYPE.match(name or ""):
        raise PublicationError(tr("The layer {} has a geometry type ({}) PostGIS tables cannot hold here.").format(
            layer.name(), name))
    return name


def publish(connection, plans: Sequence[TablePlan], feedback=None) -> List[TableOutcome]:
    """Publish every plan in one transaction on an open psycopg2 ``connection``."""
    import psycopg2

    repeated = [check_plan(plan, feedback) for plan in plans]
    outcomes = []
    try:
        with connection:  # commits on success, rolls back on any exception
            with connection.cursor() as cursor:
                schemas = list(dict.fromkeys(plan.schema for plan in plans))
                for schema in schemas:
                    _execute(cursor, "CREATE SCHEMA IF NOT EXISTS {}", [schema])
                if any(plan.style_qml for plan in plans):
                    cursor.execute(_LAYER_STYLES_DDL)
                for index, plan in enumerate(plans):
                    if feedback is not None:
                        feedback.pushInfo(tr("Publishing {} as {}.{}").format(plan.layer.name(), plan.schema,
                                                                             plan.table))
                    outcomes.append(_publish_table(cursor, plan, feedback, index, len(plans)))
                    outcomes[-1].repeated_keys = repeated[index]
                    if plan.style_qml:
                        _store_style(cursor, plan)
                check_canceled(feedback)
    except psycopg2.Error as error:
        raise PublicationError(tr("The database refused the publication, nothing was changed: {}").format(
            str(error).strip())) from None
    except CanceledError:
        raise
    return outcomes


def _execute(cursor, template: str, identifiers: Sequence[str], values: Sequence = ()):
    from psycopg2 import sql

    cursor.execute(sql.SQL(template).format(*[sql.Identifier(i) for i in identifiers]), list(values))


def _table(plan: TablePlan):
    from psycopg2 import sql

    return sql.Identifier(plan.schema, plan.table)


def _publish_table(cursor, plan: TablePlan, feedback, index: int, total: int) -> TableOutcome:
    from psycopg2 import sql
    from psycopg2.extras import execute_batch

    layer = plan.layer
    fields = [(f.name(), _PG_TYPES.get(f.type(), "text")) for f in layer.fields()]
    geometry = _geometry_type(layer)
    srid = layer.crs().postgisSrid() if geometry else 0
    if geometry and not srid:
        raise PublicationError(tr("The layer {} has no CRS with an EPSG code: set its CRS first.").format(
            layer.name()))
    columns = [sql.SQL("{} {}").format(sql.Identifier(name), sql.SQL(pg_type)) for name, pg_type in fields]
    if geometry:
        columns.append(sql.SQL("{} geometry({}, {})").format(
            sql.Identifier(GEOMETRY_COLUMN), sql.SQL(geometry), sql.Literal(int(srid))))
    columns.append(sql.SQL("{} integer NOT NULL DEFAULT 1").format(sql.Identifier(SEQUENCE_COLUMN)))
    columns.append(sql.SQL("{} timestamptz").format(sql.Identifier(PUBLISHED_COLUMN)))
    keys = list(plan.keys) + [SEQUENCE_COLUMN]
    columns.append(sql.SQL("PRIMARY KEY ({})").format(sql.SQL(", ").join(sql.Identifier(k) for k in keys)))
    cursor.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} ({})").format(_table(plan), sql.SQL(", ").join(columns)))
    for name, pg_type in fields:  # a later publication may bring new fields
        cursor.execute(sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS {} {}").format(
            _table(plan), sql.Identifier(name), sql.SQL(pg_type)))

    names = [name for name, _ in fields]
    targets = [sql.Identifier(n) for n in names]
    placeholders = [sql.Placeholder()] * len(names)
    if geometry:
        targets.append(sql.Identifier(GEOMETRY_COLUMN))
        placeholders.append(sql.SQL("ST_GeomFromWKB({}, {})").format(sql.Placeholder(), sql.Literal(int(srid))))
    targets += [sql.Identifier(SEQUENCE_COLUMN), sql.Identifier(PUBLISHED_COLUMN)]
    placeholders += [sql.Placeholder(), sql.SQL("now()")]
    updates = [sql.SQL("{0} = EXCLUDED.{0}").format(t) for t in targets if t.strings[0] not in keys]
    statement = sql.SQL("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {}").format(
        _table(plan), sql.SQL(", ").join(targets), sql.SQL(", ").join(placeholders),
        sql.SQL(", ").join(sql.Identifier(k) for k in keys), sql.SQL(", ").join(updates))

    rows, batch, seen = 0, [], {}
    count_all = max(layer.featureCount(), 1)
    for count, feature in enumerate(layer.getFeatures()):
        if feature.id() in plan.skip_ids:
            continue
        values = [_plain(feature[n]) for n in names]
        if geometry:
            shape = feature.geometry()
            if shape is not None and not shape.isNull() and QgsWkbTypes.isMultiType(layer.wkbType()):
                shape.convertToMultiType()
            values.append(None if shape is None or shape.isNull() else bytes(shape.asWkb()))
        key = tuple(_plain(feature[k]) for k in plan.keys)
        seen[key] = seen.get(key, 0) + 1
        values.append(seen[key])
        batch.append(values)
        rows += 1
        if len(batch) >= BATCH:
            check_canceled(feedback)
            execute_batch(cursor, statement, batch, page_size=BATCH)
            batch.clear()
            if feedback is not None:
                feedback.setProgress(100.0 * (index + count / count_all) / total)
    if batch:
        execute_batch(cursor, statement, batch, page_size=BATCH)
    # Rows of the previous publication this one no longer has (now() is the transaction's time).
    cursor.execute(sql.SQL("DELETE FROM {} WHERE {} IS DISTINCT FROM now()").format(
        _table(plan), sql.Identifier(PUBLISHED_COLUMN)))
    return TableOutcome(plan.schema, plan.table, rows, cursor.rowcount)


def _store_style(cursor, plan: TablePlan) -> None:
    where = ("f_table_catalog = current_database() AND f_table_schema = %s AND f_table_name = %s "
             "AND f_geometry_column = %s")
    key = [plan.schema, plan.table, GEOMETRY_COLUMN]
    cursor.execute(f"UPDATE public.layer_styles SET useasdefault = false WHERE {where}", key)
    cursor.execute(f"DELETE FROM public.layer_styles WHERE {where} AND stylename = %s", key + [plan.style_name])
    cursor.execute(
        "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
        "stylename, styleqml, stylesld, useasdefault, description) VALUES (current_database(), %s, %s, %s, %s, "
        "XMLPARSE(DOCUMENT %s), XMLPARSE(DOCUMENT %s), true, %s)",
        key + [plan.style_name, plan.style_qml, plan.style_sld, tr("Published by InfoSegura")])


def table_rows(connection, schema: str, table: str) -> Dict[str, int]:
    """Row count of a published table (for messages and tests)."""
    from psycopg2 import sql

    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(schema, table)))
        return {"rows": cursor.fetchone()[0]}

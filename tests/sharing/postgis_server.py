"""A throw-away PostgreSQL + PostGIS server for the tests: Debian's server binaries (any
version under /usr/lib/postgresql), a data directory in a temporary folder, loopback
only, run as the ``postgres`` user when the tests run as root (the server refuses root).

A login role with a password is created so the tests can check that the password never
lands in a file the plugin writes.
"""

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def server_bin_dir() -> Path:
    """The newest PostgreSQL server binaries installed (bookworm: 15, trixie: 17)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if not found:
        raise RuntimeError("no PostgreSQL server under /usr/lib/postgresql: `make setup` installs it")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PostgisServer:
    folder: Path
    port: int
    user: str
    password: str
    dbname: str = "infosegura"
    host: str = "127.0.0.1"

    def dsn(self, **extra) -> dict:
        return dict(host=self.host, port=self.port, dbname=self.dbname, user=self.user, password=self.password,
                    **extra)

    def connect(self):
        import psycopg2

        return psycopg2.connect(**self.dsn())

    def query(self, sql, params=()):
        connection = self.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                rows = cursor.fetchall() if cursor.description else []
            connection.commit()
            return rows
        finally:
            connection.close()


def _as_postgres(args, **kwargs):
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--"] + list(args)
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


def start_server() -> PostgisServer:
    bin_dir = server_bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="infosegura-pg-", dir="/tmp"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, socket_dir = folder / "data", folder / "socket"
    user, password = "agency_analyst", "pw-" + secrets.token_hex(12)
    _as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth-local=trust",
                  "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"])
    _as_postgres(["mkdir", "-p", str(socket_dir)])
    port = _free_port()
    _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w", "start",
                  "-o", f"-p {port} -k {socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off"])
    server = PostgisServer(folder, port, user, password)
    psql = [str(bin_dir / "psql"), "-h", str(socket_dir), "-p", str(port), "-U", "postgres", "-v", "ON_ERROR_STOP=1"]
    _as_postgres(psql + ["-d", "postgres", "-c", f"CREATE ROLE {user} LOGIN PASSWORD '{password}'"])
    _as_postgres(psql + ["-d", "postgres", "-c", f"CREATE DATABASE {server.dbname} OWNER {user}"])
    _as_postgres(psql + ["-d", server.dbname, "-c", "CREATE EXTENSION postgis"])
    _as_postgres(psql + ["-d", server.dbname, "-c", f"GRANT CREATE ON SCHEMA public TO {user}"])
    for _ in range(50):
        try:
            server.query("SELECT 1")
            break
        except Exception:  # noqa: BLE001 - still starting
            time.sleep(0.1)
    return server


def stop_server(server: PostgisServer) -> None:
    bin_dir = server_bin_dir()
    try:
        _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(server.folder / "data"), "-m", "immediate", "stop"])
    finally:
        shutil.rmtree(server.folder, ignore_errors=True)

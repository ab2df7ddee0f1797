"""A throwaway PostgreSQL cluster for the team-library tests: Debian's server binaries, `initdb`
into a temporary folder and `pg_ctl` on a free port of 127.0.0.1 (as the `postgres` user when the
tests run as root, since the server refuses root). Never a mock; where the binaries are missing
the tests skip, except in CI (CI=true), where .ci/run installs them."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self) -> None:
        initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
        if initdb is None or pg_ctl is None:
            if os.environ.get("CI"):
                pytest.fail("PostgreSQL is missing in CI: .ci/run should have installed it")
            # `make test` installs it where it can (tools/system_deps.sh); a machine where it could not
            # (no root) cannot run a PostgreSQL server for these tests at all
            pytest.skip(
                "PostgreSQL's server is missing and `make test` could not install it: sudo apt-get install postgresql"
            )
        self.pg_ctl = pg_ctl
        self.folder = Path(tempfile.mkdtemp(prefix="reader-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        # members of with_password log in over TCP with a password, as on a newsroom's server; the rest trust
        hba = self.data / "pg_hba.conf"
        hba.write_text("host all +with_password 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self.start()
        self.sql("CREATE ROLE with_password NOLOGIN")

    def _run(self, *args: str) -> None:
        command = ["runuser", "-u", "postgres", "--", *args] if self.as_root else list(args)
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(self.pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run(self.pg_ctl, "-D", str(self.data), "-m", mode, "-w", "stop")

    def url(self, user: str = "postgres", database: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database=database), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def user_with_password(self, name: str, password: str) -> None:
        """A role that must give its password (it may set up a team library: a superuser)."""
        self.sql(f"CREATE ROLE {name} LOGIN SUPERUSER PASSWORD '{password}' IN ROLE with_password")

    def new_database(self) -> str:
        name = f"team_{time.monotonic_ns()}"
        self.sql(f"CREATE DATABASE {name}")
        return name

    def close(self) -> None:
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)

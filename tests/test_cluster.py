"""A real two-node Ray cluster on this machine: a head and a worker node started with `ray start` on their own
ports, token authentication on (RAY_AUTH_MODE=token, as Ray 2.60 requires for a second node), and
`newsledger ingest --engine ray` run through it. Both nodes must extract, and the stored records must equal the
local engine's (both runs with the small spaCy pipeline, to keep the test quick). Only the processes this test
started are stopped (by process group and descendants)."""
from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from newsledger.ingest import read_paths
from newsledger.model import Article
from newsledger.store import Store

pytestmark = pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray is not installed")
ROOT = Path(__file__).resolve().parent.parent
RAY = [sys.executable, "-c", "from ray.scripts.scripts import main; main()"]
HEAD_PORTS = ("--port", "--node-manager-port", "--object-manager-port", "--dashboard-agent-listen-port",
              "--metrics-export-port", "--runtime-env-agent-port", "--dashboard-agent-grpc-port")
WORKER_PORTS = HEAD_PORTS[1:]


def free_block(n: int) -> int:
    """A base port such that base .. base+n-1 are all free on the loopback address."""
    for _ in range(200):
        base = secrets.randbelow(20000) + 30000
        socks = []
        try:
            for p in range(base, base + n):
                s = socket.socket()
                socks.append(s)
                s.bind(("127.0.0.1", p))
            return base
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise RuntimeError("no free port block")


def descendants(pgids: set[int]) -> set[int]:
    """Every live process in these process groups, and their descendants (workers get their own group)."""
    procs = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            procs[int(d.name)] = (int(fields[1]), int(fields[2]))  # ppid, pgid
    found = {pid for pid, (_, pgid) in procs.items() if pgid in pgids}
    grew = True
    while grew:
        more = {pid for pid, (ppid, _) in procs.items() if ppid in found} - found
        found |= more
        grew = bool(more)
    return found


def stop(pgids: set[int]) -> None:
    pids = descendants(pgids)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        time.sleep(1)
        pids = {p for p in pids if Path(f"/proc/{p}").exists()}
        if not pids:
            return


def ray_start(args: list[str], env: dict, pgids: set[int]) -> None:
    proc = subprocess.Popen([*RAY, "start", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)
    pgids.add(proc.pid)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out[-2000:]


@contextlib.contextmanager
def two_node_cluster():
    """(GCS address, environment with the token) of a head and a worker node; stopped on exit."""
    temp = tempfile.mkdtemp(prefix="nlray")  # short: Ray's socket paths live under it
    env = {**os.environ, "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32),
           "NEWSLEDGER_MODEL": "sm",  # the small pipeline: each node's actor loads it in a second or two
           "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
           "RAY_USAGE_STATS_ENABLED": "0"}
    base = free_block(len(HEAD_PORTS) + len(WORKER_PORTS) + 2 * 60)
    ports = iter(range(base, base + len(HEAD_PORTS) + len(WORKER_PORTS)))
    workers = base + len(HEAD_PORTS) + len(WORKER_PORTS)
    head = [f"{flag}={next(ports)}" for flag in HEAD_PORTS]
    node = [f"{flag}={next(ports)}" for flag in WORKER_PORTS]
    address = f"127.0.0.1:{head[0].split('=')[1]}"
    common = ["--num-cpus=1", "--node-ip-address=127.0.0.1", "--disable-usage-stats"]
    pgids: set[int] = set()
    try:
        ray_start(["--head", *head, *common, "--include-dashboard=false", f"--temp-dir={temp}",
                   f"--min-worker-port={workers}", f"--max-worker-port={workers + 59}"], env, pgids)
        ray_start([f"--address={address}", *node, *common, f"--min-worker-port={workers + 60}",
                   f"--max-worker-port={workers + 119}"], env, pgids)
        yield address, env
    finally:
        stop(pgids)
        shutil.rmtree(temp, ignore_errors=True)


@pytest.fixture(scope="module")
def cluster():
    with two_node_cluster() as running:
        yield running


def _records(db):
    with Store(db, read_only=True) as s:
        return list(s.records()), s.query("SELECT * FROM merged_events ORDER BY id")


def test_two_node_cluster_ingest_equals_local_engine(cluster, corpus, tmp_path):
    address, env = cluster
    arts = [a for a in read_paths([corpus / "dev" / "unlabelled"]) if isinstance(a, Article)][:4]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": a.id, "text": " ".join(a.text.split(". ")[:3]) + ".",
                                       "published": a.published, "outlet": "Guardian"}) + "\n" for a in arts))
    for _ in range(30):  # the autoscaler's status lags the second node's start by a few seconds
        status = subprocess.run([*RAY, "status", f"--address={address}"], env=env, capture_output=True, text=True,
                                timeout=60)
        if status.returncode != 0 or status.stdout.count(" node_") == 2:
            break
        time.sleep(1)
    assert status.returncode == 0 and status.stdout.count(" node_") == 2, status.stdout + status.stderr
    unauthenticated = {k: v for k, v in env.items() if k != "RAY_AUTH_TOKEN"}
    refused = subprocess.run([*RAY, "status", f"--address={address}"], env=unauthenticated, capture_output=True,
                             text=True, timeout=60)
    assert refused.returncode != 0  # the token is what lets a client in

    out = tmp_path / "shared-output"
    res = subprocess.run([sys.executable, "-m", "newsledger.cli", "ingest", str(src),
                          "--db", str(tmp_path / "r.duckdb"), "--engine", "ray", "--ray-address", address,
                          "--workers", "2", "--ray-output", str(out)],
                         env=env, capture_output=True, text=True, timeout=240)
    assert res.returncode == 0 and "4 stored" in res.stderr, res.stderr[-3000:]
    import pyarrow.dataset as pds

    nodes = set(pds.dataset(str(out), format="parquet").to_table(columns=["node"]).column("node").to_pylist())
    assert len(nodes) == 2  # both nodes extracted

    local = subprocess.run([sys.executable, "-m", "newsledger.cli", "ingest", str(src), "--db",
                            str(tmp_path / "l.duckdb"), "--workers", "1"], env=env, capture_output=True, text=True,
                           timeout=240)
    assert local.returncode == 0, local.stderr[-3000:]
    assert _records(tmp_path / "r.duckdb") == _records(tmp_path / "l.duckdb")

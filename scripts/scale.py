#!/usr/bin/env python3
"""Scale figures for heard (issue 12), beside `vim -u NONE` in the same run.

Builds synthetic stores through `heard import` (Google Business Profile
JSON, 200 distinct customer names), then measures, medians of several runs
interleaved with the anchors:
  - first frame of `heard` in a pseudo-terminal (80x24), against vim -u NONE
  - `heard open ID` first frame, inbox RSS, inbox `j` key -> output
  - `heard list --json` (wall, peak RSS), `heard status ID --json`
    against `heard --version`
  - import rate, and the number of cases the import made
  - CPU ticks of a case screen left alone (--idle seconds)

Only public tools: Python's stdlib pty, /proc, and the binaries given.
Several binaries can be measured in one run (`--heard name=PATH`), each on
a store it imported from the same reviews. Prints a Markdown table.
"""

import argparse
import fcntl
import json
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

NAMES = [f"{first} {last}" for first in (
    "Ann", "Bob", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal", "Ida", "Jo",
    "Kai", "Lea", "Mo", "Ned", "Ola", "Pia", "Quin", "Rae", "Sol", "Tia")
    for last in ("Smith", "Ngata", "Dąbrowska", "Okafor", "Lee", "Berg",
                 "Rossi", "Haddad", "Kim", "Ångström")]
assert len(set(NAMES)) == 200
STARS = ["ONE", "TWO", "THREE", "ONE", "TWO"]
TEXTS = [
    "The parcel arrived three days late and the mug inside was cracked.",
    "Cold bread, rude staff, and nobody answered my email about it.",
    "Ordered a cake for a birthday; it came with the icing sliding off.",
    "Waited forty minutes on the phone and then the line went dead.",
]


def reviews_json(n, seed=0):
    base = int(time.time()) - 30 * 86400  # the last 30 days
    rows = []
    for i in range(n):
        t = base + (i * 37) % (30 * 86400)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))
        rows.append({
            "reviewId": f"syn-{seed}-{i:07d}",
            "reviewer": {"displayName": NAMES[i % len(NAMES)]},
            "starRating": STARS[i % len(STARS)],
            "comment": f"{TEXTS[i % len(TEXTS)]} (order {i})",
            "createTime": stamp,
            "updateTime": stamp,
        })
    return json.dumps({"reviews": rows})


def timed(cmd, env=None, stdout=subprocess.DEVNULL):
    """Wall seconds and peak RSS (KiB) of one run, via /usr/bin/time -v."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", tf.name] + cmd,
                              stdout=stdout, stderr=subprocess.PIPE, env=env)
        wall = time.perf_counter() - start
        rss = 0
        for line in open(tf.name):
            if "Maximum resident set size" in line:
                rss = int(line.split(":")[1])
    return wall, rss, proc


class Pty:
    """A program in an 80x24 pseudo-terminal, its output read as bytes."""

    def __init__(self, cmd, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execvpe(cmd[0], cmd, env)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.out = b""

    def wait_for(self, marker, timeout=60.0):
        """Seconds until `marker` appeared in the output (None: never)."""
        start = time.perf_counter()
        while marker not in self.out:
            left = timeout - (time.perf_counter() - start)
            if left <= 0:
                return None
            r, _, _ = select.select([self.fd], [], [], left)
            if r:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    return None
                if not chunk:
                    return None
                self.out += chunk
        return time.perf_counter() - start

    def key_to_output(self, key, timeout=30.0):
        """Seconds from writing `key` until output arrives."""
        self.drain()
        start = time.perf_counter()
        os.write(self.fd, key)
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return None
        self.out += os.read(self.fd, 65536)
        return time.perf_counter() - start

    def drain(self):
        while select.select([self.fd], [], [], 0.05)[0]:
            try:
                self.out += os.read(self.fd, 65536)
            except OSError:
                return

    def proc_field(self, name):
        for line in open(f"/proc/{self.pid}/status"):
            if line.startswith(name + ":"):
                return int(line.split()[1])
        return 0

    def cpu_ticks(self):
        fields = open(f"/proc/{self.pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def first_frame(cmd, env, marker):
    p = Pty(cmd, env)
    try:
        return p.wait_for(marker)
    finally:
        p.close()


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def ms(x):
    if x is None:
        return "—"
    return f"{x * 1000:.1f} ms" if x < 0.01 else f"{x * 1000:.0f} ms" if x < 10 else f"{x:.1f} s"


def build_store(heard, n, env, workdir):
    os.makedirs(workdir, exist_ok=True)
    store = os.path.join(workdir, f"store-{n}")
    shutil.rmtree(store, ignore_errors=True)
    src = os.path.join(workdir, f"reviews-{n}.json")
    with open(src, "w") as f:
        f.write(reviews_json(n))
    load = open("/proc/loadavg").read().split()[0]
    wall, rss, proc = timed([heard, "--store", store, "import", src,
                             "--format", "google"], env, stdout=subprocess.PIPE)
    made = len(os.listdir(os.path.join(store, "cases")))
    said = (proc.stdout.decode(errors="replace").splitlines() or [""])[0]
    err = proc.stderr.decode(errors="replace").strip().splitlines()
    return store, {"import_s": wall, "import_rate": made / wall, "import_rss_kib": rss,
                   "cases": made, "import_said": said, "load": load,
                   "import_error": err[-1] if proc.returncode else ""}


def measure(heard, store, env, runs, idle):
    cases = sorted(os.listdir(os.path.join(store, "cases")))
    case_id = cases[len(cases) // 2]
    vim = ["vim", "-u", "NONE", "-N"]
    r = {"load": open("/proc/loadavg").read().split()[0]}
    frames, vims, rss, jkeys = [], [], [], []
    for _ in range(runs):
        vims.append(first_frame(vim, env, b"VIM - Vi IMproved"))
        p = Pty([heard, "--store", store], env)
        frames.append(p.wait_for(b"quit"))
        p.drain()
        rss.append(p.proc_field("VmHWM"))
        jkeys.append(p.key_to_output(b"j"))
        p.close()
    r["first_frame"], r["vim"] = med(frames), med(vims)
    r["inbox_rss_kib"], r["j_key"] = med(rss), med(jkeys)
    opens = [first_frame([heard, "--store", store, "open", case_id], env, b"Walk")
             for _ in range(max(1, runs // 2))]
    r["open"] = med(opens)
    lists = [timed([heard, "--store", store, "list", "--json"], env) for _ in range(runs)]
    r["list_json"] = med([w for w, _, _ in lists])
    r["list_rss_kib"] = max(k for _, k, _ in lists)
    status, version = [], []
    for _ in range(runs * 2):
        status.append(timed([heard, "--store", store, "status", case_id, "--json"], env)[0])
        version.append(timed([heard, "--version"], env)[0])
    r["status"], r["version"] = med(status), med(version)
    if idle:
        # A case screen, then the inbox, each left alone for `idle` seconds.
        for key, cmd, marker in (("idle_ticks", ["open", case_id], b"Walk"),
                                 ("inbox_idle_ticks", [], b"quit")):
            p = Pty([heard, "--store", store] + cmd, env)
            p.wait_for(marker)
            p.drain()
            before = p.cpu_ticks()
            time.sleep(idle)
            r[key] = p.cpu_ticks() - before
            p.close()
    return r


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heard", action="append", required=True,
                    help="NAME=PATH of a heard binary (each imports its own store)")
    ap.add_argument("--sizes", default="10000", help="comma-separated case counts")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--idle", type=int, default=0, help="seconds a case screen is left alone")
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--json", default=None, help="also write the raw figures here")
    ap.add_argument("--name", default="Ann",
                    help="the person's name in config.toml ('' = none: heard asks git)")
    args = ap.parse_args()
    binaries = [h.split("=", 1) for h in args.heard]
    workdir = args.workdir or tempfile.mkdtemp(prefix="heard-scale-")
    os.makedirs(workdir, exist_ok=True)
    config = os.path.join(workdir, "config.toml")
    with open(config, "w") as f:
        f.write(f'name = "{args.name}"\n' if args.name else "")
    env = dict(os.environ, TERM="xterm-256color", HEARD_CONFIG=config)
    results = {}
    stores = []
    for n in [int(s) for s in args.sizes.split(",")]:
        for name, path in binaries:
            # Each binary on the store it imported itself: the same reviews,
            # in the files that version writes (an older heard cannot read
            # a newer store's playbook copies).
            store, imp = build_store(path, n, env, os.path.join(workdir, name))
            print(f"# {name} {n}: import {imp}", file=sys.stderr)
            results[(name, n, "import")] = imp
            r = measure(path, store, env, args.runs, args.idle)
            print(f"# {name} {n}: {r}", file=sys.stderr)
            results[(name, n, "run")] = r
            stores.append(store)
    # Removed only at the end: ext4 skips the inodes of files deleted in
    # the last half minute when it makes new ones, which would slow the
    # next binary's import for a reason that is not its own.
    for store in stores:
        shutil.rmtree(store, ignore_errors=True)
    print_table(results, binaries, args.sizes)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({f"{k[0]} {k[1]} {k[2]}": v for k, v in results.items()}, f, indent=1)


def print_table(results, binaries, sizes):
    print("| binary | cases | first frame (vim) | × vim | open ID | inbox RSS | j→output "
          "| list --json (peak RSS) | status ID (--version) | × version | import "
          "| idle ticks (case, inbox) | load avg |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n in [int(s) for s in sizes.split(",")]:
        for name, _ in binaries:
            r, imp = results[(name, n, "run")], results[(name, n, "import")]
            ratio = lambda a, b: "—" if not a or not b else f"{a / b:.1f}×"
            imp_s = (f"{imp['import_rate']:.0f}/s, {imp['cases']} cases"
                     + (f" (stopped: {imp['import_error']})" if imp["import_error"] else ""))
            print(f"| {name} | {n} | {ms(r['first_frame'])} ({ms(r['vim'])}) "
                  f"| {ratio(r['first_frame'], r['vim'])} | {ms(r['open'])} "
                  f"| {r['inbox_rss_kib'] / 1024:.0f} MB | {ms(r['j_key'])} "
                  f"| {ms(r['list_json'])} ({r['list_rss_kib'] / 1024:.0f} MB) "
                  f"| {ms(r['status'])} ({ms(r['version'])}) | {ratio(r['status'], r['version'])} "
                  f"| {imp_s} | {r.get('idle_ticks', '—')}, {r.get('inbox_idle_ticks', '—')} "
                  f"| {imp.get('load', '—')} → {r.get('load', '—')} |")


if __name__ == "__main__":
    main()

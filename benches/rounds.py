#!/usr/bin/env python3
"""Interleaved rounds for the ratio budgets (benches/run.sh).

    benches/rounds.py [--tsv] ROUNDS NAME=COMMAND [NAME=COMMAND ...]

Each round runs every command 5 times (`hyperfine -N`, one warm-up), the order rotating from
round to round, so that the drift of a shared machine (another tenant, the page cache, the CPU's
clock) falls on every command alike instead of on whichever one ran last. A COMMAND written
`env K=V K2=V2 okpay ...` runs okpay with those variables set (no `env` process is timed). Prints a
Markdown table: each command's median and mean over all its runs, and its median as a multiple of
the first command's (the floor); with --tsv, one line per command: its name and its median in ms.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile


def main() -> int:
    argv = sys.argv[1:]
    tsv = bool(argv) and argv[0] == "--tsv"
    if tsv:
        argv = argv[1:]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    rounds = int(argv[0])
    named = [arg.split("=", 1) for arg in argv[1:]]
    times: dict[str, list[float]] = {name: [] for name, _ in named}
    for r in range(rounds):
        order = named[r % len(named):] + named[: r % len(named)]
        for name, command in order:
            env = dict(os.environ)
            words = command.split(" ")
            if words[0] == "env":
                words.pop(0)
                while words and "=" in words[0] and not words[0].startswith("-"):
                    key, value = words.pop(0).split("=", 1)
                    env[key] = value
                command = " ".join(words)
            fd, path = tempfile.mkstemp(suffix=".json")
            os.close(fd)
            args = ["hyperfine", "-N", "-w", "1", "-r", "5", "--export-json", path, command]
            subprocess.run(
                args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
            )
            with open(path, encoding="utf-8") as f:
                times[name] += json.load(f)["results"][0]["times"]
            os.unlink(path)
    if tsv:
        for name, _ in named:
            print(f"{name}\t{1000 * statistics.median(times[name]):.1f}")
        return 0
    floor = statistics.median(times[named[0][0]])
    print(f"{rounds} interleaved rounds of 5 runs each.")
    print()
    print("| command | median | mean | median / first row |")
    print("|:---|---:|---:|---:|")
    for name, _ in named:
        t = times[name]
        print(
            f"| `{name}` | {1000 * statistics.median(t):.2f} ms | {1000 * statistics.mean(t):.2f} ms"
            f" | {statistics.median(t) / floor:.2f}x |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# okpay at growing sizes: the same commands on 10k, 100k, 1M and 10M-transaction wallets.
#
#   benches/run.sh scale                          # all four sizes (the 10M wallet takes minutes and ~6 GB)
#   BENCH_SIZES="10000 100000" benches/run.sh scale
#   BENCH_DIR=/tmp/okpay-scale benches/run.sh scale   # wallets are kept there and reused
#
# Per-command rows (balance, history with a filter, receipt, pay, report spending over one day)
# must stay flat from the smallest to the largest wallet (budget: within 1.2x); verify, export
# and generate are full passes and must grow linearly. Up to BENCH_HLEDGER_MAX transactions
# (default 1,000,000) the ledger export is also read by `hledger balance`: its totals must equal
# okpay's, and okpay must be at least 100x faster. Writes benches/scale.md.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${BENCH_SIZES:-"10000 100000 1000000 10000000"}
DIR=${BENCH_DIR:-/tmp/okpay-scale}
RUNS=${BENCH_RUNS:-20}
HLEDGER_MAX=${BENCH_HLEDGER_MAX:-1000000}
OUT=benches/scale.md
PASSWORD='bench-horse-battery-staple-42'
export NO_COLOR=1 OKPAY_LANG=en TZ=UTC
unset OKPAY_SESSION OKPAY_PASSWORD

for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
mkdir -p "$DIR"
# The binary as installed, a copy (benches/run.sh says why: the freshly linked file is slower).
install -m 0755 target/release/okpay "$DIR/okpay"
BIN=$DIR/okpay
TABLE="$DIR/table.tsv"
: > "$TABLE"

# mean wall time of a command in ms, over RUNS runs after 3 warm-ups
mean_ms() {
  local csv
  csv=$(mktemp)
  hyperfine -N --warmup 3 --runs "$1" --export-csv "$csv" "$2" >/dev/null 2>&1
  python3 -c 'import csv,sys; r=list(csv.DictReader(open(sys.argv[1]))); print("%.1f" % (float(r[0]["mean"])*1000))' "$csv"
  rm -f "$csv"
}

# one run: "seconds peak_kib"
once() {
  local t
  t=$(mktemp)
  /usr/bin/time -o "$t" -f '%e %M' "$@" >/dev/null
  tail -1 "$t"
  rm -f "$t"
}

row() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$TABLE"; }

for N in $SIZES; do
  W="$DIR/$N"
  mkdir -p "$W/state"
  export OKPAY_DB="$W/wallet.db" XDG_STATE_HOME="$W/state"
  if [ ! -f "$OKPAY_DB" ]; then
    echo "== $N: generating"
    printf '%s\n' "$PASSWORD" | "$BIN" init --sandbox --username bench --base-currency CNY --tz UTC --password-stdin -q
    OKPAY_SESSION=$(printf '%s\n' "$PASSWORD" | "$BIN" login --raw --password-stdin --ttl 12h)
    export OKPAY_SESSION
    g=$(once "$BIN" sandbox generate --transactions "$N" -q)
    echo "${g% *} ${g#* }" > "$W/generate.txt"
    # The newest generated payment (for receipt), and the day before it: generated histories are
    # 30 s apart at every size, so that window holds the same 2,880 transactions in every wallet.
    "$BIN" history --kind payment --limit 1 -q | sed -n 1p > "$W/receipt.txt"
    "$BIN" history --kind payment --limit 1 --format jsonl | python3 -c '
import datetime, json, sys
at = datetime.datetime.fromisoformat(json.loads(sys.stdin.readline())["created_at"].replace("Z", "+00:00"))
print((at - datetime.timedelta(days=1)).isoformat())' > "$W/day_from.txt"
    unset OKPAY_SESSION
  fi
  g=$(cat "$W/generate.txt")
  row "sandbox generate (one run)" "$N" "${g% *} s, $(( ${g#* } / 1024 )) MiB"
  OKPAY_SESSION=$(printf '%s\n' "$PASSWORD" | "$BIN" login --raw --password-stdin --ttl 12h)
  export OKPAY_SESSION
  SRC=$("$BIN" source list -q | sed -n 1p)
  "$BIN" -q sandbox source "$SRC" --balance 100000000 >/dev/null
  "$BIN" -q topup 1000000 --source "$SRC" --yes >/dev/null
  printf '%s' "$OKPAY_SESSION" > "$W/session"
  chmod 600 "$W/session"
  "$BIN" merchant list -q | sed -n 1p > "$W/merchant.txt"
  unset OKPAY_SESSION
done

# Per-command rows: every size in interleaved rounds (benches/rounds.py), so that the machine's
# drift over the run falls on every size alike (RUNS runs per command and size).
echo "== per-command rows, $((RUNS / 5)) interleaved rounds"
per_command() { # row name, then the okpay arguments (MERCHANT, RECEIPT, DAY_FROM per size)
  local name=$1; shift
  local args=()
  for N in $SIZES; do
    W="$DIR/$N"
    local cmd="env OKPAY_DB=$W/wallet.db XDG_STATE_HOME=$W/state OKPAY_SESSION=$(cat "$W/session") $BIN $*"
    cmd=${cmd//MERCHANT/$(cat "$W/merchant.txt")}
    cmd=${cmd//RECEIPT/$(cat "$W/receipt.txt")}
    cmd=${cmd//DAY_FROM/$(cat "$W/day_from.txt")}
    args+=("$N=$cmd")
  done
  python3 benches/rounds.py --tsv $(( (RUNS + 4) / 5 )) "${args[@]}" |
    while IFS=$'\t' read -r n ms; do row "$name" "$n" "$ms ms"; done
}
per_command "balance" balance
per_command "history --merchant M --limit 50" history --merchant MERCHANT --limit 50 --format jsonl
per_command "receipt ID" receipt RECEIPT
per_command "pay (session)" -q pay 1 --merchant Bench --yes --allow-duplicate
per_command "report spending --by merchant (one day)" report spending --by merchant --from DAY_FROM --format json

for N in $SIZES; do
  W="$DIR/$N"
  export OKPAY_DB="$W/wallet.db" XDG_STATE_HOME="$W/state"
  OKPAY_SESSION=$(cat "$W/session")
  export OKPAY_SESSION
  echo "== $N: full passes"
  # From the page cache, as every other row: hledger's 9 GB at the size before can push a large
  # wallet out of it, and a cold file measures the disk (10M verify: 48.5 s cold, 25.4 s warm).
  cat "$W/wallet.db" > /dev/null
  v=$(once "$BIN" verify)
  row "verify (chain, one run)" "$N" "${v% *} s, $(( ${v#* } / 1024 )) MiB"
  e=$(once "$BIN" export --format ledger)
  row "export --format ledger (one run)" "$N" "${e% *} s, $(( ${e#* } / 1024 )) MiB"
  if [ "$N" -le "$HLEDGER_MAX" ] && command -v hledger >/dev/null; then
    echo "== $N: against hledger"
    J="$W/export.journal"
    "$BIN" export --format ledger > "$J"
    h=$(once hledger -f "$J" balance)
    hs=${h% *}
    ob=$(mean_ms "$RUNS" "$BIN balance")
    orp=$(mean_ms "$RUNS" "$BIN report spending --by merchant --from 2000-01-01 --format json")
    hledger -f "$J" balance '^assets:okpay:[A-Z]{3}$' --flat -N -O csv > "$W/hledger.csv"
    "$BIN" balance --json > "$W/okpay.json"
    same=$(python3 - "$W/hledger.csv" "$W/okpay.json" <<'PY'
import csv, json, sys
h = {}
for r in list(csv.reader(open(sys.argv[1])))[1:]:
    for part in r[1].split(","):
        part = part.strip()
        if part:
            amount, cur = part.rsplit(" ", 1)
            h[cur] = amount
o = {b["currency"]: b["available"] for b in json.load(open(sys.argv[2]))["balances"]}
print("equal" if all(h.get(c, "0.00") == a for c, a in o.items()) else f"DIFFERENT {h} {o}")
PY
)
    row "hledger -f EXPORT balance (one run)" "$N" "$hs s, $(( ${h#* } / 1024 )) MiB"
    row "okpay balance vs hledger balance" "$N" "$(python3 -c "print('%.0fx faster' % ($hs * 1000 / $ob))"), totals $same"
    row "okpay report spending --by merchant (all time) vs hledger balance" "$N" "$(python3 -c "print('%.0fx faster' % ($hs * 1000 / $orp))")"
    rm -f "$J"
  fi
  "$BIN" logout >/dev/null
  unset OKPAY_SESSION
done

python3 - "$TABLE" "$SIZES" > "$OUT" <<'PY'
import sys, re, datetime, os
rows, sizes = {}, sys.argv[2].split()
order = []
for line in open(sys.argv[1]):
    name, n, value = line.rstrip("\n").split("\t")
    if name not in rows:
        rows[name] = {}
        order.append(name)
    rows[name][n] = value
def human(n):
    n = int(n)
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"
cpu = ""
for l in open("/proc/cpuinfo"):
    if l.startswith("model name"):
        cpu = l.split(":", 1)[1].strip()
        break
print("# okpay at growing sizes\n")
print(f"{os.cpu_count()} cores, {cpu}, {datetime.date.today()}. Reproduce: `benches/run.sh scale`.\n")
print("| command | " + " | ".join(human(n) for n in sizes) + " | largest / smallest |")
print("|---|" + "---|" * (len(sizes) + 1))
for name in order:
    values = [rows[name].get(n, "") for n in sizes]
    ratio = ""
    first = next((v for v in values if v), "")
    last = next((v for v in reversed(values) if v), "")
    m1, m2 = re.match(r"([\d.]+)", first), re.match(r"([\d.]+)", last)
    if m1 and m2 and float(m1.group(1)) > 0 and ("ms" in first or " s" in first):
        ratio = "%.2fx" % (float(m2.group(1)) / float(m1.group(1)))
    print(f"| {name} | " + " | ".join(values) + f" | {ratio} |")
PY
cat "$OUT"

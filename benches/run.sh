#!/usr/bin/env bash
# okpay benchmarks: the budgets of DESIGN.md, measured against SQLite's own floor.
#
#   benches/run.sh                 # builds --release, makes a 1,000,000-transaction sandbox wallet
#   benches/run.sh 100000          # a smaller wallet (or BENCH_TX=100000)
#   benches/run.sh scale           # 10k, 100k, 1M and 10M wallets side by side (benches/scale.sh)
#   BENCH_DIR=/tmp/okpay-bench benches/run.sh   # keep (and reuse) the wallet between runs
#   BENCH_BATCH=100000 benches/run.sh  # the size of the pay --batch benchmark
#
# Needs hyperfine, sqlite3 and python3 (apt-get install -y hyperfine sqlite3 python3) and GNU time
# (/usr/bin/time). BENCH_ROUNDS (default 20) sets the interleaved rounds of the ratio budgets.
# Writes benches/results.md (hyperfine tables and peak memory).
set -euo pipefail
cd "$(dirname "$0")/.."

# `benches/run.sh scale`: the same commands on 10k, 100k, 1M and 10M wallets (benches/scale.sh).
if [ "${1:-}" = scale ]; then
  cargo build --release --locked -q
  exec benches/scale.sh
fi
# `benches/run.sh N`: a wallet of N transactions (BENCH_TX works too).
TX=${1:-${BENCH_TX:-1000000}}
DIR=${BENCH_DIR:-$(mktemp -d /tmp/okpay-bench.XXXXXX)}
RUNS=${BENCH_RUNS:-30}
OUT=benches/results.md
PASSWORD='bench-horse-battery-staple-42'
export NO_COLOR=1 OKPAY_LANG=en TZ=UTC

for tool in hyperfine sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y hyperfine sqlite3 python3 time" >&2; exit 2; }
done
cargo build --release --locked -q
cargo bench -q --locked --bench raw_rows --no-run
# The binary as installed: a copy, as `cargo install` or a package leaves it. The file the linker
# has just written runs every command 0.2-0.4 ms slower on this machine (its page cache is built
# of small pages, so each page fault maps less of it: 438 faults a payment against 409), which
# is not okpay's cost and not what a user runs. Measured 2026-12-01 in the same interleaved
# rounds: pay 4.03 ms from target/, 3.64 ms from a copy; balance 2.40 against 2.21 ms.
BIN="$DIR/okpay"
install -m 0755 target/release/okpay "$BIN"

DB="$DIR/wallet.db"
export OKPAY_DB="$DB"
if [ ! -f "$DB" ]; then
  echo "== making a sandbox wallet with $TX transactions in $DIR"
  printf '%s\n' "$PASSWORD" | "$BIN" init --sandbox --username bench --base-currency CNY --tz UTC --password-stdin -q
  OKPAY_SESSION=$(printf '%s\n' "$PASSWORD" | "$BIN" login --raw --password-stdin --ttl 12h)
  export OKPAY_SESSION
  /usr/bin/time -f 'generate: %e s, %M KiB peak' "$BIN" sandbox generate --transactions "$TX" -q
  unset OKPAY_SESSION
fi
OKPAY_SESSION=$(printf '%s\n' "$PASSWORD" | "$BIN" login --raw --password-stdin --ttl 12h)
export OKPAY_SESSION
# Money for the payment benchmark (generated history may leave the balance low).
SRC=$("$BIN" source list -q | sed -n 1p)
"$BIN" -q sandbox source "$SRC" --balance 100000000 >/dev/null
"$BIN" -q topup 1000000 --source "$SRC" --yes >/dev/null

# The durable-insert floor on the same file: a copy of the wallet (its schema, its size, WAL
# mode) with one scratch table, into which sqlite3 inserts one row with synchronous=FULL. Like
# okpay, that process parses the wallet's schema, commits to the WAL and checkpoints into the
# large file when it closes. A one-table database in the same configuration is kept as a second,
# lower row for comparison.
FLOOR="$DIR/floor.db"
rm -f "$FLOOR"*
cp "$DB" "$FLOOR"
sqlite3 "$FLOOR" "CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, v TEXT);" >/dev/null
# The copy is as large as the wallet, and a wallet just generated has freed gigabytes of log:
# flush everything and let the disk settle, so that this setup's write-back and discards do not
# run under the timings below (on a fresh wallet they slowed the first table's fsyncs, floors
# included, by a fifth: 3.07 ms for the floor's insert against 2.50 ms a minute later).
sync
sleep "${BENCH_SETTLE:-10}"
PLAIN="$DIR/plain.db"
rm -f "$PLAIN"*
sqlite3 "$PLAIN" "PRAGMA journal_mode=WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);" >/dev/null

HISTORY_SQL="SELECT t.id, t.kind, s.status, t.amount_minor, t.currency, t.created_at_ms
  FROM transactions t JOIN tx_status s ON s.tx_seq = t.seq
  WHERE t.kind = 'payment' ORDER BY t.seq DESC LIMIT 20"

{
  echo "# okpay benchmark results"
  echo
  echo "Wallet: $(sqlite3 "$DB" 'select count(*) from transactions') transactions ($TX generated, the rest"
  echo "from earlier runs of this script; $(du -h "$DB" | cut -f1)). Machine: $(nproc) cores,"
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs). $(date -u +%Y-%m-%d)."
  echo
} > "$OUT"

bench() { # title, then hyperfine arguments
  local title=$1; shift
  echo "== $title"
  local md
  md=$(mktemp)
  hyperfine -N --warmup 3 --runs "$RUNS" --export-markdown "$md" "$@" >/dev/null
  { echo "## $title"; echo; cat "$md"; echo; } >> "$OUT"
  cat "$md"
  rm -f "$md"
}

# The three ratio budgets: interleaved rounds (benches/rounds.py), so that a shared machine's drift
# falls on okpay and on its floor alike; the first row of each table is the floor.
ROUNDS=${BENCH_ROUNDS:-20}
ratio() { # title, then NAME=COMMAND pairs, the floor first
  local title=$1; shift
  echo "== $title"
  local md
  md=$(mktemp)
  python3 benches/rounds.py "$ROUNDS" "$@" > "$md"
  { echo "## $title"; echo; cat "$md"; echo; } >> "$OUT"
  cat "$md"
  rm -f "$md"
}

ratio "balance vs the process floor that reads the schema (budget: within 1.3x)" \
  "sqlite3 one balance row (reads the schema)=sqlite3 $DB 'select balance_minor from balances limit 1'" \
  "sqlite3 select 1=sqlite3 $DB 'select 1'" \
  "okpay balance=$BIN balance"

ratio "history with one filter and a limit vs the indexed query (budget: within 1.5x)" \
  "sqlite3 indexed query=sqlite3 $DB \"$HISTORY_SQL\"" \
  "okpay history --kind payment=$BIN history --kind payment --limit 20 --format jsonl"

ratio "one payment with a session vs one durable insert into the same file (budget: within 1.5x)" \
  "sqlite3 durable insert (copy of the wallet)=sqlite3 $FLOOR 'PRAGMA synchronous=FULL; INSERT INTO bench_floor (v) VALUES (\"x\")'" \
  "sqlite3 durable insert (one-table database)=sqlite3 $PLAIN 'PRAGMA synchronous=FULL; INSERT INTO t (v) VALUES (\"x\")'" \
  "okpay pay=$BIN -q pay 1 --merchant Bench --yes --allow-duplicate"
rm -f "$FLOOR"*

PWFILE="$DIR/password"
printf '%s\n' "$PASSWORD" > "$PWFILE"
chmod 600 "$PWFILE"
bench "unlock with the password (budget: 100-250 ms)" \
  -n "okpay login" "$BIN login --raw --password-file $PWFILE"

# verify first, on the wallet as generated (the batches below add 100,000 transactions each).
echo "== verify (budget: 1M transactions in 3 s, under 64 MiB)"
{
  echo "## verify (budget: 1,000,000 transactions in 3 s, peak under 64 MiB)"
  echo
  echo "| command | time | peak RSS |"
  echo "|---|---|---|"
  for how in structure chain; do
    if [ "$how" = structure ]; then
      line=$( { OKPAY_SESSION= /usr/bin/time -f '%e %M' "$BIN" verify >/dev/null; } 2>&1 | tail -1)
    else
      line=$( { /usr/bin/time -f '%e %M' "$BIN" verify >/dev/null; } 2>&1 | tail -1)
    fi
    echo "| \`okpay verify\` ($how) | ${line% *} s | $(( ${line#* } / 1024 )) MiB |"
  done
  echo
} | tee -a "$OUT"

# pay --batch: payments per second, against raw inserts of the same rows in one transaction:
# benches/raw_rows.rs writes every row the batch added (transactions, postings, statuses, seals,
# idempotency keys, and as many balance and limit-total updates as the batch made) into a copy
# of the wallet taken before it, with one prepared rusqlite INSERT per table, one commit, no
# checks, no seals. sqlite3's .import of the CSV file itself into a one-table database is shown
# as a second, lower reference.
BATCH_N=${BENCH_BATCH:-100000}
BATCH_CSV="$DIR/batch.csv"
{
  echo "merchant,amount,currency,order,memo"
  seq 1 "$BATCH_N" | awk '{ printf "Batch shop %d,0.01,CNY,B-%d,bench\n", $1 % 50, $1 }'
} > "$BATCH_CSV"
echo "== pay --batch of $BATCH_N payments"
CSVDB="$DIR/raw.db"
rm -f "$CSVDB"*
sqlite3 "$CSVDB" "PRAGMA journal_mode=WAL; CREATE TABLE raw (merchant TEXT, amount TEXT, currency TEXT, order_id TEXT, memo TEXT);" >/dev/null
csv_s=$( { /usr/bin/time -f '%e' sqlite3 "$CSVDB" -cmd 'PRAGMA synchronous=FULL' ".import --csv --skip 1 $BATCH_CSV raw" >/dev/null; } 2>&1 | tail -1)
# BENCH_BATCH_RUNS pairs (default 3), each a batch then its floor on the rows it wrote; the table
# gives the median times and the median of the pairs' ratios (each batch against its own floor,
# on the same wallet at the same moment), and every pair.
BEFORE="$DIR/before.db"
BATCH_RUNS=${BENCH_BATCH_RUNS:-3}
: > "$DIR/batch.pairs"
for run in $(seq 1 "$BATCH_RUNS"); do
  rm -f "$BEFORE"*
  cp "$DB" "$BEFORE"
  sync
  sleep "${BENCH_SETTLE:-10}"
  /usr/bin/time -o "$DIR/batch.time" -f '%e %M' "$BIN" pay --batch "$BATCH_CSV" --yes \
    --allow-duplicate --idempotency-prefix "bench-$(date +%s)-$run" >/dev/null 2>&1
  batch_line=$(tail -1 "$DIR/batch.time")
  sync
  raw_line=$(cargo bench -q --locked --bench raw_rows -- "$DB" "$BEFORE")
  raw_rows=$(echo "$raw_line" | sed 's/.*s, \([0-9]*\) rows.*/\1/')
  echo "${batch_line% *} ${batch_line#* } ${raw_line%% s,*}" >> "$DIR/batch.pairs"
done
rm -f "$BEFORE"*
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
batch_s=$(cut -d' ' -f1 "$DIR/batch.pairs" | median)
batch_kib=$(cut -d' ' -f2 "$DIR/batch.pairs" | sort -n | tail -1)
raw_s=$(cut -d' ' -f3 "$DIR/batch.pairs" | median)
ratio=$(awk '{ print 100 * $3 / $1 }' "$DIR/batch.pairs" | median)
pairs=$(awk '{ printf "%s%.2f s / %.2f s (%.0f%%)", (NR > 1 ? ", " : ""), $1, $3, 100 * $3 / $1 }' "$DIR/batch.pairs")
{
  echo "## pay --batch (budget: at least 20,000 payments/s and at least 50% of raw inserts)"
  echo
  echo "| what | time | payments/s | raw floor's time / this time |"
  echo "|---|---|---|---|"
  awk -v n="$BATCH_N" -v r="$raw_s" -v rows="$raw_rows" -v c="$csv_s" -v b="$batch_s" -v q="$ratio" 'BEGIN {
    printf "| raw rusqlite inserts of the rows the batch wrote (%d writes), one transaction (benches/raw_rows.rs), median | %.2f s | %.0f | 100%% |\n", rows, r, n / r
    printf "| okpay pay --batch (every check, sealed, chunks of 1000), median | %.2f s | %.0f | **%.0f%%** (median of the pairs) |\n", b, n / b, q
    printf "| for reference: sqlite3 .import of the %d CSV lines into a one-table database | %.2f s | %.0f | |\n", n, c, n / c
  }'
  echo
  echo "Each pair (batch / its floor): $pairs. Peak memory of the batch: $((batch_kib / 1024)) MiB."
  echo
} | tee -a "$OUT"


echo "== peak memory"
{
  echo "## Peak memory (budget: balance, history, pay under 16 MiB; full scans stream, under 64 MiB)"
  echo
  echo "| command | peak RSS |"
  echo "|---|---|"
  for cmd in "balance" "history --kind payment --limit 20" "history --all --format jsonl" \
             "-q pay 1 --merchant Bench --yes --allow-duplicate"; do
    # shellcheck disable=SC2086
    kib=$( { /usr/bin/time -f '%M' "$BIN" $cmd >/dev/null; } 2>&1 | tail -1)
    echo "| \`okpay $cmd\` | $((kib / 1024)) MiB ($kib KiB) |"
  done
  echo
} | tee -a "$OUT"

"$BIN" logout >/dev/null
echo "results in $OUT"

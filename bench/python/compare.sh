#!/bin/bash
# compare.sh DATA_DIR [RUNS]
#
# Times `ratsreport build` against the Python pipeline (pipeline.py beside
# this script) on the same inputs, in one sitting: DATA_DIR holds
# config.toml and sources/. Make one with
#
#   cd /work/main && go run ./cmd/gensample -config config.toml -out DIR/sources -border-rows 100000 && cp config.toml DIR/
#
# or take the repository itself (its config.toml and shipped sources/).
#
# It builds the Go binary once ($PYB_BIN, default /tmp/pyb/ratsreport),
# then runs RUNS rounds (default 3), each round one after the other:
#   go      ratsreport build --config DATA_DIR/config.toml --out TMP
#             (every language of report.languages: three PDFs and the workbook)
#   go-en   ratsreport build --lang en ... (one PDF and the workbook, the
#             Python pipeline's outputs; GO_EN=0 leaves it out)
#   python  /usr/bin/python3 pipeline.py DATA_DIR/sources TMP2
# each under /usr/bin/time -v, and prints every run's wall time, CPU time
# (user + system) and peak RSS, then the medians and the ratios of medians
# python ÷ go (and python ÷ go-en). Last, it checks the Python pipeline's
# per-state totals of every border indicator (and reports per state) for
# the reporting year against `ratsreport stats border --by state --format
# json`: OK, or MISMATCH and exit status 1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
[ $# -ge 1 ] || { sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
data=$(cd "$1" && pwd)
runs=${2:-3}
py=/usr/bin/python3
bin=${PYB_BIN:-/tmp/pyb/ratsreport}
[ -f "$data/config.toml" ] && [ -d "$data/sources" ] || { echo "compare.sh: $data needs config.toml and sources/" >&2; exit 2; }

mkdir -p "$(dirname "$bin")"
echo "building $bin from $repo ($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'))"
(cd "$repo" && go build -o "$bin" ./cmd/ratsreport)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=(go)
cmds=("'$bin' build --config '$data/config.toml' --out '$work/out-go'")
if [ "${GO_EN:-1}" != 0 ]; then
	names+=(go-en)
	cmds+=("'$bin' build --lang en --config '$data/config.toml' --out '$work/out-go-en'")
fi
names+=(python)
cmds+=("'$py' '$here/pipeline.py' '$data/sources' '$work/out-python' -q >'$work/python.json'")

rows=$(find "$data/sources" -name '*.xlsx' | wc -l)
echo "inputs: $data ($rows workbooks, $(du -sh "$data/sources" | cut -f1)); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
log=$work/log
for ((r = 1; r <= runs; r++)); do
	for i in "${!names[@]}"; do
		n=${names[$i]}
		rm -rf "$work/out-$n"
		if ! /usr/bin/time -v -o "$work/time" bash -c "${cmds[$i]}" >"$work/stdout" 2>"$work/stderr"; then
			echo "compare.sh: $n failed: ${cmds[$i]}" >&2
			tail -20 "$work/stderr" >&2
			exit 1
		fi
		# /usr/bin/time -v: "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:22.03"
		awk -v n="$n" -F': ' '
			/User time/ {u = $2} /System time/ {s = $2}
			/Elapsed \(wall clock\)/ {k = split($2, t, ":"); w = 0; for (j = 1; j <= k; j++) w = w * 60 + t[j]}
			/Maximum resident set size/ {m = $2}
			END {print n, w, u + s, m}' "$work/time" >>"$log"
		tail -1 "$log" | awk -v r="$r" '{printf "run %d %-7s %8.2f s wall %8.2f s CPU %6.0f MB peak RSS\n", r, $1, $2, $3, $4 / 1000}'
	done
done

# median FIELD NAME: the median of a column of the log for one command.
median() {
	awk -v n="$2" -v f="$1" '$1 == n {print $f}' "$log" | sort -g |
		awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
highest() { awk -v n="$2" -v f="$1" '$1 == n {print $f}' "$log" | sort -g | tail -1; }

echo "medians of $runs runs (load average after: $(cut -d' ' -f1-3 /proc/loadavg)):"
for n in "${names[@]}"; do
	awk -v n="$n" -v w="$(median 2 "$n")" -v c="$(median 3 "$n")" -v m="$(median 4 "$n")" -v h="$(highest 4 "$n")" \
		'BEGIN {printf "  %-7s %8.2f s wall %8.2f s CPU %6.0f MB peak RSS (highest %.0f MB)\n", n, w, c, m / 1000, h / 1000}'
done
for g in "${names[@]}"; do
	[ "$g" = python ] && continue
	awk -v g="$g" -v pw="$(median 2 python)" -v gw="$(median 2 "$g")" -v pc="$(median 3 python)" -v gc="$(median 3 "$g")" \
		-v pm="$(median 4 python)" -v gm="$(median 4 "$g")" \
		'BEGIN {printf "  python ÷ %-6s %6.1fx wall %6.1fx CPU %5.2fx peak RSS\n", g, pw / gw, pc / gc, pm / gm}'
done

# The totals: the last Python run's against ratsreport stats.
"$bin" stats border --by state --format json --config "$data/config.toml" >"$work/stats.json" 2>"$work/stats.err"
"$py" - "$work/python.json" "$work/stats.json" <<'EOF'
import json, sys
py = json.load(open(sys.argv[1]))
go = json.load(open(sys.argv[2]))
bad = 0
print(f"per-state totals for {py['year']} (Python pipeline vs ratsreport stats border --by state):")
for k, got in py["totals"].items():
    want = {r["keys"]["state"]: r["values"][k] for r in go["rows"] if r["values"].get(k) is not None}
    if k != "count" and go["measures"] and any(m["key"] == k and m["decimal"] for m in go["measures"]):
        want = {s: round(v, 3) for s, v in want.items()}
    if got == want:
        tot = sum(got.values())
        tot = f"{tot:,}" if isinstance(tot, int) else f"{tot:,.3f}"
        print(f"  {k:<11} OK        ({len(got)} states, total {tot})")
    else:
        bad += 1
        diff = {s: (got.get(s), want.get(s)) for s in sorted(set(got) | set(want)) if got.get(s) != want.get(s)}
        print(f"  {k:<11} MISMATCH  python, ratsreport: {diff}")
print("totals: " + ("OK" if not bad else f"MISMATCH in {bad} measures"))
sys.exit(1 if bad else 0)
EOF

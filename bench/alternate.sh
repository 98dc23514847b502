#!/bin/bash
# alternate.sh RUNS NAME1 'COMMAND1' [NAME2 'COMMAND2' ...]
#
# Runs the commands one after the other, RUNS rounds, so that a shared
# machine's load falls on all of them alike, and prints each run's wall
# time, CPU time (user + system) and peak RSS (what /usr/bin/time -v
# prints as "Maximum resident set size"), then the median of each (the
# peak RSS: median and highest). Compare ratios of medians measured in one
# sitting, not times from different sittings.
#
#   bench/alternate.sh 3 check 'ratsreport check -q --config /tmp/s1m/config.toml' \
#       export 'rm -f /tmp/x.sqlite; ratsreport export -q --config /tmp/s1m/config.toml -o /tmp/x.sqlite'
set -euo pipefail
runs=$1
shift
names=() cmds=()
while [ $# -ge 2 ]; do
	names+=("$1") cmds+=("$2")
	shift 2
done
log=$(mktemp)
trap 'rm -f "$log" "$log.t"' EXIT
for ((r = 1; r <= runs; r++)); do
	for i in "${!names[@]}"; do
		# The command's own output is not measured; its status is.
		if ! /usr/bin/time -f "%e %U %S %M" -o "$log.t" bash -c "${cmds[$i]}" >/dev/null 2>&1; then
			echo "alternate.sh: ${names[$i]} failed: ${cmds[$i]}" >&2
			exit 1
		fi
		read -r wall user sys rss <"$log.t"
		echo "${names[$i]} $wall $user $sys $rss" >>"$log"
		awk -v r="$r" -v n="${names[$i]}" -v w="$wall" -v c="$(echo "$user + $sys" | bc)" -v m="$rss" \
			'BEGIN {printf "run %d %-14s %7.2f s wall %7.2f s CPU %5.0f MB\n", r, n, w, c, m / 1000}'
	done
done
echo "medians of $runs runs (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)):"
for n in "${names[@]}"; do
	w=$(awk -v n="$n" '$1 == n {print $2}' "$log" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
	c=$(awk -v n="$n" '$1 == n {print $3 + $4}' "$log" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
	m=$(awk -v n="$n" '$1 == n {print $5}' "$log" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)], a[NR]}')
	awk -v n="$n" -v w="$w" -v c="$c" -v m="$m" 'BEGIN {split(m, mm, " "); printf "%-14s %7.2f s wall %7.2f s CPU %5.0f MB peak RSS (highest %.0f MB)\n", n, w, c, mm[1] / 1000, mm[2] / 1000}'
done

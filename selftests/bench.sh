#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make bench: winpar against lp and ppdev in one boot of Debian's 6.1 kernel
# in QEMU (TCG), on QEMU's LPT and on the simulated peripheral, and
# winpar's memory per port and per daisy-chain device.  Prints a markdown
# table, writes it to build/bench/results.md, and ends with one
# "RATIO name value" line per ratio.  BENCH_BYTES sets the size of the
# compatibility-mode writes (default 1 MiB); BENCH_ONLY=buffered runs the
# buffering printer's rows alone (build/bench/details.txt: each repetition);
# BENCH_VARIANTS=DIR compares the status round trip of DIR/winpar-*.ko.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WINPAR_DEPS=demo ensure_deps
# The tree measured, as it is when the module is built.
rev=$(git -C "$TOP" describe --always --dirty --abbrev=7 2>/dev/null || echo unknown)
name=stock-6.1
out=$BUILD/bench
mkdir -p "$out/bin" "$BUILD/run/bench"

prepare_kernel "$name"
build_module "$name" >/dev/null
gcc -O2 -Wall -Werror -static -I"$TOP/include/uapi" -o "$out/bin/winpar_bench" \
	"$TOP/selftests/bench/winpar_bench.c"
# BENCH_VARIANTS=DIR: the winpar-<name>.ko files there, compared on the
# status round trip in one boot (Documentation/benchmarks.rst).
rm -f "$out"/bin/winpar-*.ko
if [ -n "${BENCH_VARIANTS:-}" ]; then
	install -m 755 "$BENCH_VARIANTS"/winpar-*.ko "$out/bin/"
	BENCH_ONLY=variants
fi
make_initramfs "$name" "$BUILD/run/bench/initramfs.cpio.gz" bench "$out/bin"
# The kernel hands unknown name=value parameters to /init as variables.
cmdline=${BENCH_BYTES:+bench_bytes=$BENCH_BYTES}
# BENCH_ONLY=buffered: the buffering printer's rows alone.
cmdline+=${BENCH_ONLY:+ bench_only=$BENCH_ONLY}
[ -z "$cmdline" ] || export WINPAR_CMDLINE="$cmdline"

say "bench: booting $(cat "$BUILD/kernels/$name/release") in QEMU (TCG); a few minutes"
boot "$name" "$BUILD/run/bench/initramfs.cpio.gz" "$BUILD/run/bench/lpt.bin" \
	"$BUILD/run/bench/console.log" 3600 || true
tr -d '\r' < "$BUILD/run/bench/console.log" > "$BUILD/run/bench/console.txt"

if grep -q '^BENCH-ERROR' "$BUILD/run/bench/console.txt" ||
   ! grep -q '^BENCH-END' "$BUILD/run/bench/console.txt"; then
	grep '^BENCH-ERROR' "$BUILD/run/bench/console.txt" >&2 || true
	die "the benchmark did not finish: $BUILD/run/bench/console.txt"
fi

{
	echo "# winpar benchmark"
	echo
	echo "Kernel $(cat "$BUILD/kernels/$name/release"), $(qemu-system-x86_64 --version | head -n 1)" \
	     "(TCG), $(date -u +%Y-%m-%d); median of 5 runs each (memory: of 7);" \
	     "commit $rev."
	echo
	sed -n '/^BENCH-BEGIN/,/^BENCH-END/p' "$BUILD/run/bench/console.txt" |
		sed '1d;$d' | grep -v '^RATIO-LATER \|^BENCH-DETAIL \|^BENCH-NOTE '
} > "$out/results.md"
# Each repetition of the buffering printer's rows, and what the printer noted.
grep '^BENCH-DETAIL \|^BENCH-NOTE ' "$BUILD/run/bench/console.txt" > "$out/details.txt" || true
cat "$out/results.md"
echo
# The ratios last, one per line, for scripts.
grep '^RATIO-LATER ' "$BUILD/run/bench/console.txt" |
	awk '{ v = $NF; $1 = ""; $NF = ""; n = $0; gsub(/^ +| +$/, "", n); gsub(/ /, "_", n);
	       print "RATIO " n " " v }'
# BENCH_ONLY runs print theirs as RATIO-LATER only; a full run must have these.
grep '^RATIO ' "$BUILD/run/bench/console.txt" || [ -n "${BENCH_ONLY:-}" ]

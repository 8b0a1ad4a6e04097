#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Run the suite on one kernel of the test bed in QEMU (TCG) and report TAP.
#
#   selftests/run-qemu.sh NAME      NAME: stock-6.1, stock-6.12 or debug-6.1
#
# Builds winpar.ko for that kernel, the static test programs and an
# initramfs; boots; collects the guest's TAP from the serial console; adds
# the host's own checks (the bytes that reached QEMU's LPT, the kernel log);
# prints "NAME: N passed, N failed" last and exits non-zero on any failure.
# Expects the packages of selftests/lib.sh to be installed (check.sh does that).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

name=${1:?usage: run-qemu.sh stock-6.1|stock-6.12|debug-6.1}
run=$BUILD/run/$name
timeout_s=${WINPAR_BOOT_TIMEOUT:-900}
mkdir -p "$run"

prepare_kernel "$name"
say "$name: kernel $(cat "$BUILD/kernels/$name/release")"
build_module "$name" >/dev/null
build_tests
make_initramfs "$name" "$run/initramfs.cpio.gz" test "$BUILD/tests"

say "$name: booting QEMU (TCG)"
t0=$(date +%s)
rc=0
boot "$name" "$run/initramfs.cpio.gz" "$run/lpt.bin" "$run/console.log" "$timeout_s" || rc=$?
say "$name: guest ran $(( $(date +%s) - t0 )) s (qemu exit $rc)"
tr -d '\r' < "$run/console.log" > "$run/console.txt"

pass=0 fail=0 skip=0 n=0
tap="$run/results.tap"
: > "$tap"
result() {	# result ok|not_ok|skip DESCRIPTION
	n=$((n + 1))
	case $1 in
	ok)	pass=$((pass + 1)); echo "ok $n $2" ;;
	skip)	skip=$((skip + 1)); echo "ok $n $2 # SKIP" ;;
	*)	fail=$((fail + 1)); echo "not ok $n $2" ;;
	esac >> "$tap"
}

# 1. The guest's TAP, program by program.
prog=
while IFS= read -r line; do
	case $line in
	WINPAR-PROG-BEGIN\ *)
		prog=${line#WINPAR-PROG-BEGIN }; pfail=0; pcount=0 ;;
	WINPAR-PROG-END\ *)
		prc=${line##*rc=}
		if [ "$prc" != 0 ] && [ "$prc" != 4 ] && [ "$pfail" = 0 ]; then
			result not_ok "$prog: exited with $prc"
		elif [ "$pcount" = 0 ] && [ "$prc" != 4 ]; then
			result not_ok "$prog: ran no test"
		fi
		prog= ;;
	WINPAR-PROG-MISSING\ *)
		result not_ok "${line#WINPAR-PROG-MISSING }: test program missing" ;;
	WINPAR-INIT-FAILED\ *)
		result not_ok "guest init: ${line#WINPAR-INIT-FAILED }" ;;
	"ok "[0-9]*|"not ok "[0-9]*)
		[ -n "$prog" ] || continue
		pcount=$((pcount + 1))
		desc=$(echo "$line" | sed -E 's/^(not )?ok [0-9]+ ?//')
		case $line in
		*"# SKIP"*) result skip "$prog: ${desc%%#*}" ;;
		"not ok"*) pfail=1; result not_ok "$prog: $desc" ;;
		*) result ok "$prog: $desc" ;;
		esac ;;
	esac
done < "$run/console.txt"

# 2. Did the guest finish?
if grep -q '^WINPAR-DONE' "$run/console.txt"; then
	result ok "guest ran to completion"
else
	result not_ok "guest ran to completion (timeout ${timeout_s}s or crash; see $run/console.txt)"
fi

# 3. The bytes on the wire: cut QEMU's capture the way the guest recorded it.
off=0
while read -r _ seg len sum; do
	# (head closes the pipe early: tail's SIGPIPE is expected)
	got=$(set +o pipefail; tail -c +$((off + 1)) "$run/lpt.bin" | head -c "$len" |
		sha256sum | cut -d' ' -f1)
	if [ "$got" = "$sum" ]; then
		result ok "host: LPT segment $seg ($len bytes) arrived byte for byte"
	else
		result not_ok "host: LPT segment $seg ($len bytes) differs at offset $off"
	fi
	off=$((off + len))
done < <(grep '^WINPAR-LPT-SEG ' "$run/console.txt")
total=$(stat -c %s "$run/lpt.bin")
if [ "$total" = "$off" ]; then
	result ok "host: LPT capture holds exactly the $off bytes the guest sent"
else
	result not_ok "host: LPT capture holds $total bytes, the guest recorded $off"
fi

# 4. The kernel log: any report of the kernel's checkers is a failure.
reports=$(grep -E 'BUG:|WARNING:|Oops|Kernel panic|general protection fault|KASAN|UBSAN:|possible (circular|recursive) locking|inconsistent lock state|INFO: task .* blocked|unreferenced object|Call Trace:' \
	"$run/console.txt" | grep -v 'KernelAddressSanitizer initialized' | sort -u || true)
if [ -z "$reports" ]; then
	result ok "host: kernel log has no BUG, WARNING, Oops, KASAN, UBSAN, lockdep, hung-task or kmemleak report"
else
	result not_ok "host: kernel log has reports"
	echo "$reports" | head -n 20 | sed 's/^/#   /' >> "$tap"
fi
if grep -q '^WINPAR-KMEMLEAK-BEGIN' "$run/console.txt"; then
	result ok "host: kmemleak scanned after the suite (module unloaded)"
fi

# 5. winparctl --json: every line winparctl_test printed parses (python3's
# json) with the documented fields; the unescaped build is caught.
if jc=$(python3 "$TOP/selftests/json_check.py" "$run/console.txt"); then
	while read -r st desc; do
		[ -z "$st" ] || result "$st" "$desc"
	done <<< "$jc"
else
	result not_ok "host: selftests/json_check.py failed"
fi

echo "TAP version 13"
echo "# kernel $name ($(cat "$BUILD/kernels/$name/release"))"
echo "1..$n"
cat "$tap"
if [ "$fail" -gt 0 ]; then
	say "$name: console log: $run/console.txt"
fi
echo "$name: $pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]

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
# runs the harness's negative controls (selftests/harness-controls.sh);
# prints "NAME: N passed, N failed, N skipped" last and exits non-zero on
# any failure.  Expects the packages of selftests/lib.sh to be installed
# (check.sh does that).
#
# WINPAR_PARSE=DIR: no build, no boot, no controls: only parse
# DIR/console.txt and DIR/lpt.bin as the log of a run on NAME (the controls
# feed it broken copies of a real run).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

name=${1:?usage: run-qemu.sh stock-6.1|stock-6.12|debug-6.1}
parse=${WINPAR_PARSE:-}
run=${parse:-$BUILD/run/$name}
# The debug kernel (KASAN, lockdep, kmemleak) runs the suite in about
# 900 s of TCG; it gets twice the stock kernels' limit.
case $name in
debug-*) timeout_s=${WINPAR_BOOT_TIMEOUT:-1800} ;;
*)       timeout_s=${WINPAR_BOOT_TIMEOUT:-900} ;;
esac
mkdir -p "$run"

pass=0 fail=0 skip=0 n=0
tap="$run/results.tap"
: > "$tap"
result() {	# result ok|not_ok|skip DESCRIPTION [SKIP-REASON]
	n=$((n + 1))
	case $1 in
	ok)	pass=$((pass + 1)); echo "ok $n $2" ;;
	skip)	skip=$((skip + 1)); echo "ok $n $2 # SKIP${3:+ $3}" ;;
	*)	fail=$((fail + 1)); echo "not ok $n $2" ;;
	esac >> "$tap"
}

if [ -z "$parse" ]; then
	prepare_kernel "$name"
	say "$name: kernel $(cat "$BUILD/kernels/$name/release")"
	build_module "$name" >/dev/null
	result ok "host: winpar.ko, winpar_client.ko and winpar_controls.ko built with $KBUILD_FLAGS"
	# Control: the same flags reject a module whose only fault is a W=1 warning.
	wdir=$(mktemp -d)
	printf '%s\n' '// SPDX-License-Identifier: GPL-2.0' '#include <linux/module.h>' \
		'int winpar_unprototyped(void) { return 0; }' 'MODULE_LICENSE("GPL");' \
		> "$wdir/wflags.c"
	echo 'obj-m := wflags.o' > "$wdir/Kbuild"
	if ! make -s -C "$BUILD/kernels/$name/kdir" M="$wdir" $KBUILD_FLAGS modules \
		> "$wdir/log" 2>&1 && grep -q 'Werror=missing-prototypes' "$wdir/log"; then
		result ok "host control: $KBUILD_FLAGS fail a module with a missing prototype"
	else
		result not_ok "host control: $KBUILD_FLAGS fail a module with a missing prototype"
		sed 's/^/#   /' "$wdir/log" | tail -n 5 >> "$tap"
	fi
	rm -rf "$wdir"
	build_tests
	stage_tests "$run/tests"
	make_initramfs "$name" "$run/initramfs.cpio.gz" test "$run/tests"

	say "$name: booting QEMU (TCG)"
	t0=$(date +%s)
	rc=0
	boot "$name" "$run/initramfs.cpio.gz" "$run/lpt.bin" "$run/console.log" "$timeout_s" || rc=$?
	say "$name: guest ran $(( $(date +%s) - t0 )) s (qemu exit $rc)"
	tr -d '\r' < "$run/console.log" > "$run/console.txt"
fi

# What the kernel was built with decides which reports it must make.
kconfig=$CACHE/kernels/$name/kdir/.config
has_config() { grep -q "^$1=y" "$kconfig" 2>/dev/null; }

# The programs the guest must run: those of WINPAR_TESTS, or every program
# the tests' Makefile lists.
if [ -n "${WINPAR_TESTS:-}" ]; then
	expected=$(echo "$WINPAR_TESTS" | tr ',' ' ')
else
	expected=$(make -s -C "$TOP/selftests/tests" guest-tests)
fi
declare -A began=() ended=() skipped=() missing=()

# 1. The guest's TAP, program by program.  Each program's results must
# match its plan (1..N) and, for kselftest harness programs, its "# Totals"
# line; a program exiting 4 (KSFT_SKIP) with no results is
# a skip with the reason of its "1..0 # SKIP reason" line.  abi_test*'s
# passes are counted once per build on the host (check.sh): here only their
# failures are.
prog_end() {	# prog_end RC
	local prc=$1
	if [ "$prc" = 4 ] && [ "$pcount" = 0 ]; then
		skipped[$prog]=1
		result skip "$prog: skipped (exit 4)" "${preason:-no reason given}"
	elif [ "$prc" != 0 ] && [ "$prc" != 4 ] && [ "$pfail" = 0 ]; then
		result not_ok "$prog: exited with $prc"
	elif [ "$pcount" = 0 ] && [ "$prc" = 0 ]; then
		result not_ok "$prog: ran no test"
	fi
	if [ -n "$ptotals" ] && [ "$ptotals" != "pass:$pok fail:$pnok skip:$pskip" ]; then
		result not_ok "$prog: its \"# Totals\" ($ptotals) disagree with its results (pass:$pok fail:$pnok skip:$pskip)"
	fi
	if [ "$pcount" -gt 0 ] && [ -z "$plan" ]; then
		result not_ok "$prog: $pcount results and no 1..N plan"
	elif [ -n "$plan" ] && [ "$plan" != "$pcount" ]; then
		result not_ok "$prog: plan 1..$plan, $pcount results"
	fi
}
prog=
while IFS= read -r line; do
	case $line in
	WINPAR-PROG-BEGIN\ *)
		if [ -n "$prog" ]; then
			result not_ok "$prog: began but did not end (no WINPAR-PROG-END)"
		fi
		prog=${line#WINPAR-PROG-BEGIN }; pfail=0; pcount=0; plan=; preason=
		pok=0 pnok=0 pskip=0 ptotals=
		began[$prog]=1 ;;
	WINPAR-PROG-END\ *)
		p=${line#WINPAR-PROG-END }; p=${p% rc=*}
		if [ -z "$prog" ] || [ "$p" != "$prog" ]; then
			result not_ok "$p: ended without beginning"
			prog=; continue
		fi
		ended[$prog]=1
		prog_end "${line##*rc=}"
		prog= ;;
	WINPAR-PROG-MISSING\ *)
		p=${line#WINPAR-PROG-MISSING }
		began[$p]=1 ended[$p]=1 missing[$p]=1
		result not_ok "$p: test program missing" ;;
	WINPAR-INIT-FAILED\ *)
		result not_ok "guest init: ${line#WINPAR-INIT-FAILED }" ;;
	1..[0-9]*)
		[ -n "$prog" ] && [ -z "$plan" ] || continue
		plan=${line#1..}; plan=${plan%%[!0-9]*}
		case $line in *"# SKIP"*) preason=${line#*# SKIP}; preason=${preason# } ;; esac ;;
	"# Totals: pass:"*)
		# The kselftest harness's own count of its results.
		[ -n "$prog" ] || continue
		[[ $line =~ pass:([0-9]+)\ fail:([0-9]+)\ .*skip:([0-9]+) ]] || continue
		ptotals="pass:${BASH_REMATCH[1]} fail:${BASH_REMATCH[2]} skip:${BASH_REMATCH[3]}" ;;
	"ok "[0-9]*|"not ok "[0-9]*)
		[ -n "$prog" ] || continue
		pcount=$((pcount + 1))
		[[ $line =~ ^(not\ )?ok\ [0-9]+\ ?(.*)$ ]]
		desc=${BASH_REMATCH[2]}
		case $line in
		"not ok"*) pfail=1 pnok=$((pnok + 1)); result not_ok "$prog: $desc" ;;
		*"# SKIP"*|*"# skip"*)
			pskip=$((pskip + 1))
			reason=${desc#*# [Ss][Kk][Ii][Pp]}
			result skip "$prog: ${desc%%#*}" "${reason# }" ;;
		*)	pok=$((pok + 1))
			case $prog in abi_test*) ;; *) result ok "$prog: $desc" ;; esac ;;
		esac ;;
	esac
done < "$run/console.txt"
if [ -n "$prog" ]; then
	result not_ok "$prog: began but did not end (no WINPAR-PROG-END)"
fi
for p in $expected; do
	if [ -z "${began[$p]:-}" ]; then
		result not_ok "$p: did not run (no WINPAR-PROG-BEGIN; the tests' Makefile lists it)"
	fi
done
for p in "${!began[@]}"; do
	[ -z "${missing[$p]:-}" ] || continue
	case " $expected " in
	*" $p "*) ;;
	*) result not_ok "$p: ran but is not among the programs expected" ;;
	esac
done

# 2. Did the guest finish?
if grep -q '^WINPAR-DONE' "$run/console.txt"; then
	result ok "guest ran to completion"
else
	result not_ok "guest ran to completion (timeout ${timeout_s}s or crash; see $run/console.txt)"
fi

# 3. The bytes on the wire: cut QEMU's capture the way the guest recorded it.
off=0
declare -A recorded=()
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
	tag=${seg#[0-9][0-9][0-9]-}
	recorded[$tag]=$(( ${recorded[$tag]:-0} + 1 ))
done < <(grep '^WINPAR-LPT-SEG ' "$run/console.txt")
total=$(stat -c %s "$run/lpt.bin")
if [ "$total" = "$off" ]; then
	result ok "host: LPT capture holds exactly the $off bytes the guest sent"
else
	result not_ok "host: LPT capture holds $total bytes, the guest recorded $off"
fi
# The segments every kernel records: PROGRAM:TAG for each lpt_record() (or
# winparctl_test's record) a program makes on QEMU's port.  Required when
# the program ran and was not skipped.
lpt_expect="lpt_requests:winpar-64k lpt_requests32:winpar-64k
	public_requests:winpar-after-device-id public_requests32:winpar-after-device-id
	win32_style:win32-writefile trace_events:traced-write
	winparctl_test:winparctl-print winparctl_test:winparctl-print-json
	winparctl_test:winparctl-json-quote winparctl_test:winparctl-json-quote
	winparctl_test:winparctl-json-ctl winparctl_test:winparctl-json-ctl
	sharing:lp-after-winpar sharing:ppdev-after-winpar sharing:winpar-after-lp-ppdev
	internal_requests:internal-lp internal_requests:internal-irq7
	internal_requests32:internal-lp internal_requests32:internal-irq7
	routine_thunks:thunk-write"
declare -A want=()
for e in $lpt_expect; do
	p=${e%%:*} tag=${e#*:}
	[ -n "${began[$p]:-}" ] && [ -z "${skipped[$p]:-}" ] || continue
	want[$tag]=$(( ${want[$tag]:-0} + 1 ))
done
for tag in "${!want[@]}"; do
	if [ "${recorded[$tag]:-0}" = "${want[$tag]}" ]; then
		result ok "host: LPT segment $tag recorded ${want[$tag]} time(s), as its programs do"
	else
		result not_ok "host: LPT segment $tag recorded ${recorded[$tag]:-0} time(s), want ${want[$tag]}"
	fi
done

# 4. The kernel log: any report of the kernel's checkers is a failure,
# except inside the positive controls' section (WINPAR-CONTROLS-BEGIN/END),
# which must hold the reports the controls provoke.
report_re='BUG:|WARNING:|Oops|Kernel panic|general protection fault|KASAN|UBSAN:|possible (circular|recursive) locking|inconsistent lock state|INFO: task .* blocked|unreferenced object|Call Trace:|Workqueue: .* hung|workqueue lockup'
sed '/^WINPAR-CONTROLS-BEGIN/,/^WINPAR-CONTROLS-END/d' "$run/console.txt" > "$run/console-main.txt"
sed -n '/^WINPAR-CONTROLS-BEGIN/,/^WINPAR-CONTROLS-END/p' "$run/console.txt" > "$run/console-controls.txt"
reports=$(grep -E "$report_re" "$run/console-main.txt" |
	grep -v 'KernelAddressSanitizer initialized' | sort -u || true)
if [ -z "$reports" ]; then
	result ok "host: kernel log has no BUG, WARNING, Oops, KASAN, UBSAN, lockdep, hung-task, lockup or kmemleak report"
else
	result not_ok "host: kernel log has reports"
	echo "$reports" | head -n 20 | sed 's/^/#   /' >> "$tap"
fi
# The dump must be the whole log: it starts at the kernel's first line
# (with a time stamp where the kernel prints them; the debug kernel does not).
first=$(sed -n '/^WINPAR-DMESG-BEGIN/{n;p;q}' "$run/console-main.txt")
if [[ $first =~ ^(\[\ *0\.0+\]\ )?Linux\ version ]]; then
	result ok "host: the kernel log dump is complete (it starts at \"Linux version\")"
else
	result not_ok "host: the kernel log dump does not start at \"Linux version\" (${first:0:60})"
fi

# kmemleak, after the suite: every module unloaded, both scans and the read
# succeeded, nothing reported, the detector still enabled.  Required on a
# kernel built with it.
km=$run/console-main.txt
if grep -q '^WINPAR-KMEMLEAK-BEGIN' "$km"; then
	bad=$(grep -E '^WINPAR-KMEMLEAK-(RMMOD|SCAN) ' "$km" | grep -v ' rc=0$' || true)
	if [ -z "$bad" ] && ! grep -q '^WINPAR-KMEMLEAK-STILL-LOADED' "$km" &&
	   grep -q '^WINPAR-KMEMLEAK-RMMOD winpar rc=0$' "$km"; then
		result ok "host: kmemleak: winpar, lp, ppdev and parport_pc unloaded (rmmod 0, /sys/module/winpar gone)"
	else
		result not_ok "host: kmemleak: unloading the modules failed ($(echo $bad; grep '^WINPAR-KMEMLEAK-STILL' "$km"))"
	fi
	if [ "$(grep -cE '^WINPAR-KMEMLEAK-SCAN [12] rc=0$' "$km")" = 2 ] &&
	   grep -q '^WINPAR-KMEMLEAK-END rc=0$' "$km"; then
		result ok "host: kmemleak: both scans and the read succeeded"
	else
		result not_ok "host: kmemleak: a scan or the read failed"
	fi
	leaks=$(sed -n '/^WINPAR-KMEMLEAK-BEGIN/,/^WINPAR-KMEMLEAK-END/p' "$km" | grep -c 'unreferenced object' || true)
	if [ "$leaks" = 0 ]; then
		result ok "host: kmemleak: no leak after the suite"
	else
		result not_ok "host: kmemleak: $leaks unreferenced object(s) after the suite"
	fi
elif has_config CONFIG_DEBUG_KMEMLEAK; then
	result not_ok "host: kmemleak: no scan after the suite on a kernel built with kmemleak"
fi
if has_config CONFIG_DEBUG_KMEMLEAK || grep -q '^WINPAR-KMEMLEAK-BEGIN' "$km"; then
	if grep -qE 'kmemleak: .*(leak detector disabled|Memory pool empty|Cannot allocate)' "$run/console.txt"; then
		result not_ok "host: kmemleak disabled itself ($(grep -oE 'kmemleak: .*(disabled|empty|allocate).*' "$run/console.txt" | head -n 1))"
	else
		result ok "host: kmemleak stayed enabled (no \"leak detector disabled\", no \"Memory pool empty\")"
	fi
fi

# The positive controls (winpar_controls.ko, after the suite): each report
# the kernel was built to make must be there, with the control's function
# in its stack, and match the pattern the check above fails on.
ctl=$run/console-controls.txt
cdmesg=$(sed -n '/^WINPAR-CONTROL-DMESG-BEGIN/,/^WINPAR-CONTROL-DMESG-END/p' "$ctl")
if ! grep -q '^WINPAR-CONTROLS-END' "$ctl" || ! grep -q '^WINPAR-CONTROL-INSMOD rc=0$' "$ctl"; then
	result not_ok "host: the positive controls did not run (winpar_controls.ko; see $run/console.txt)"
else
	if has_config CONFIG_DETECT_HUNG_TASK; then
		if grep -qE 'INFO: task .* blocked for more than [0-9]+ seconds' <<< "$cdmesg" &&
		   grep -q 'winpar_controls_hang' <<< "$cdmesg" &&
		   grep -E 'INFO: task .* blocked' <<< "$cdmesg" | grep -qE "$report_re"; then
			result ok "host control: a task asleep 6 s in D state is reported (hung-task detector, 2 s)"
		else
			result not_ok "host control: no hung-task report for a task asleep 6 s in D state"
		fi
	fi
	if has_config CONFIG_SOFTLOCKUP_DETECTOR; then
		if grep -qE 'BUG: soft lockup - CPU#[0-9]+ stuck for' <<< "$cdmesg" &&
		   grep -q 'winpar_controls_spin' <<< "$cdmesg"; then
			result ok "host control: 5 s of spinning with preemption off is reported (soft lockup, 2 s)"
		else
			result not_ok "host control: no soft-lockup report for 5 s of spinning with preemption off"
		fi
	fi
	if has_config CONFIG_DEBUG_KMEMLEAK; then
		cleak=$(sed -n '/^WINPAR-CONTROL-KMEMLEAK-BEGIN/,/^WINPAR-CONTROL-KMEMLEAK-END/p' "$ctl")
		nl=$(grep -c 'unreferenced object' <<< "$cleak" || true)
		if [ "$nl" = 1 ] && grep -q 'winpar_controls_leak_once' <<< "$cleak" &&
		   [ "$(grep -c '^WINPAR-CONTROL-KMEMLEAK-SCAN rc=0$' "$ctl")" = 2 ] &&
		   grep -q '^WINPAR-CONTROL-KMEMLEAK-END rc=0$' "$ctl"; then
			result ok "host control: the object leaked once by winpar_controls_leak_once() is kmemleak's one report"
		else
			result not_ok "host control: kmemleak reported $nl object(s) for one leak by winpar_controls_leak_once()"
		fi
	fi
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

# 6. The harness's own negative controls: broken copies of this run's log
# must fail the checks above.
if [ -z "$parse" ]; then
	while read -r st desc; do
		[ -z "$st" ] || result "$st" "$desc"
	done < <(bash "$TOP/selftests/harness-controls.sh" "$name" "$run" || echo "not_ok host: selftests/harness-controls.sh failed")
fi

echo "TAP version 13"
echo "# kernel $name ($(cat "$CACHE/kernels/$name/release" 2>/dev/null))"
echo "1..$n"
cat "$tap"
if [ "$fail" -gt 0 ]; then
	say "$name: console log: $run/console.txt"
fi
echo "$name: $pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]

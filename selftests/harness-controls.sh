#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The harness's negative controls: broken copies of a real run's console log
# and LPT capture, each parsed by run-qemu.sh (WINPAR_PARSE=DIR), must fail
# the check they target, with its message.
#
#   selftests/harness-controls.sh NAME RUNDIR
#
# Prints one "ok DESCRIPTION" or "not_ok DESCRIPTION" line per control, for
# run-qemu.sh's TAP.  Controls that need something the run does not have (a
# kmemleak scan, an LPT segment, a program with two results) are left out.
set -uo pipefail
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
name=${1:?usage: harness-controls.sh NAME RUNDIR}
run=${2:?usage: harness-controls.sh NAME RUNDIR}
con=$run/console.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# control DESCRIPTION WANT-REGEX AWK-PROGRAM [LPT-MUTATION]: parse the
# console through AWK-PROGRAM (and the capture through LPT-MUTATION: "empty"
# or "flip"); the parse must exit non-zero with a "not ok" line matching
# WANT-REGEX.
control() {
	local desc=$1 want=$2 prog=$3 lpt=${4:-} d=$tmp/c out rc
	rm -rf "$d"; mkdir -p "$d"
	awk "$prog" "$con" > "$d/console.txt"
	case $lpt in
	empty) : > "$d/lpt.bin" ;;
	flip)  cp "$run/lpt.bin" "$d/lpt.bin"
	       printf '\xff' | dd of="$d/lpt.bin" bs=1 seek=7 conv=notrunc status=none ;;
	*)     cp "$run/lpt.bin" "$d/lpt.bin" ;;
	esac
	if cmp -s "$d/console.txt" "$con" && [ -z "$lpt" ]; then
		echo "not_ok host control: $desc (the broken copy is the original)"
		return
	fi
	out=$(WINPAR_PARSE=$d bash "$TOP/selftests/run-qemu.sh" "$name" 2>/dev/null)
	rc=$?
	if [ "$rc" != 0 ] && grep -qE "^not ok [0-9]+ .*($want)" <<< "$out"; then
		echo "ok host control: $desc"
	else
		echo "not_ok host control: $desc (exit $rc, no \"not ok\" matching: $want)"
	fi
}

progs=$(sed -n 's/^WINPAR-PROG-BEGIN //p' "$con")
first=$(head -n 1 <<< "$progs")
last=$(tail -n 1 <<< "$progs")
# A program with at least two results and exit 0, outside abi_test*.
multi=$(awk '/^WINPAR-PROG-BEGIN /{p=$2; c=0; next}
	/^(not )?ok [0-9]/{c++}
	/^WINPAR-PROG-END .* rc=0$/{ if (c >= 2 && p !~ /^abi_test/) { print p; exit } }' "$con")

if [ -n "$first" ]; then
	control "a program without WINPAR-PROG-END fails ($first)" \
		"$first: began but did not end" \
		"!/^WINPAR-PROG-END $first rc=/"
	control "a program exiting 139 fails ($first)" \
		"$first: exited with 139" \
		"/^WINPAR-PROG-END $first rc=/{print \"WINPAR-PROG-END $first rc=139\"; next} {print}"
	control "a program the Makefile lists that did not run fails ($last)" \
		"$last: did not run" \
		"/^WINPAR-PROG-BEGIN $last\$/{skip=1} !skip{print} /^WINPAR-PROG-END $last rc=/{skip=0}"
	control "a program not in the Makefile's list fails (winpar_stray)" \
		"winpar_stray: ran but is not among" \
		"{print} /^WINPAR-PROG-END $last rc=/{print \"WINPAR-PROG-BEGIN winpar_stray\"; print \"1..1\"; print \"ok 1 stray\"; print \"WINPAR-PROG-END winpar_stray rc=0\"}"
	# Exit 4 with no results: a skip with its reason, not a pass or nothing.
	d=$tmp/skip; mkdir -p "$d"
	awk "/^WINPAR-PROG-BEGIN $first\$/{print; print \"1..0 # SKIP the control's reason\"; print \"WINPAR-PROG-END $first rc=4\"; skip=1; next}
		/^WINPAR-PROG-END $first rc=/{skip=0; next} !skip{print}" "$con" > "$d/console.txt"
	cp "$run/lpt.bin" "$d/lpt.bin"
	out=$(WINPAR_PARSE=$d bash "$TOP/selftests/run-qemu.sh" "$name" 2>/dev/null)
	if ! grep -qE "^not ok [0-9]+ $first: " <<< "$out" &&
	   grep -qE "^ok [0-9]+ $first: skipped \(exit 4\) # SKIP the control's reason\$" <<< "$out"; then
		echo "ok host control: a program exiting 4 without results is a skip with its reason ($first)"
	else
		echo "not_ok host control: a program exiting 4 without results is a skip with its reason ($first)"
	fi
fi
if [ -n "$multi" ]; then
	control "a program with one result fewer than its plan fails ($multi)" \
		"$multi: plan 1\.\.[0-9]+, [0-9]+ results" \
		"/^WINPAR-PROG-BEGIN $multi\$/{p=1} p && /^ok [0-9]/ && !done{done=1; next} {print}"
fi
# A kselftest harness program whose "# Totals" line counts one pass more.
tot=$(awk '/^WINPAR-PROG-BEGIN /{p=$2} /^# Totals: pass:[0-9]+ fail:0 /{print p; exit}' "$con")
if [ -n "$tot" ]; then
	control "a program whose \"# Totals\" disagree with its results fails ($tot)" \
		"$tot: its \"# Totals\"" \
		"/^WINPAR-PROG-BEGIN $tot\$/{p=1} p && /^# Totals: pass:/ && !done{done=1; n=\$2; sub(/pass:/, \"\", n); sub(/pass:[0-9]+/, \"pass:\" (n + 1))} {print}"
fi
if grep -q '^WINPAR-PROG-BEGIN abi_test64$' "$con"; then
	control "a failed abi_test line fails although its passes are not counted here" \
		"abi_test64: " \
		"/^WINPAR-PROG-BEGIN abi_test64\$/{p=1} p && /^ok [0-9]/ && !done{done=1; sub(/^ok/, \"not ok\")} {print}"
fi

if grep -q '^WINPAR-LPT-SEG ' "$con"; then
	control "nothing recorded and nothing captured fails the LPT segment check" \
		"LPT segment .* recorded 0 time\(s\)" \
		"!/^WINPAR-LPT-SEG /" empty
	control "one byte changed in QEMU's capture fails the LPT comparison" \
		"LPT segment .* differs" "{print}" flip
fi

control "a WARNING in the kernel log fails" "kernel log has reports" \
	"{print} /^WINPAR-DMESG-BEGIN/{print \"[    9.000000] WARNING: CPU: 0 PID: 1 at control.c:1 control+0x0/0x10\"}"
control "a kernel log dump without its beginning fails" "does not start at" \
	"/^WINPAR-DMESG-BEGIN/{print; getline; next} {print}"
control "a guest that does not finish fails" "guest ran to completion" "!/^WINPAR-DONE/"

if grep -q '^WINPAR-KMEMLEAK-BEGIN' "$con"; then
	control "no kmemleak scan on a kernel built with kmemleak fails" \
		"kmemleak: no scan after the suite" "!/^WINPAR-KMEMLEAK-/"
	control "rmmod winpar failing before the kmemleak scan fails" \
		"kmemleak: unloading the modules failed" \
		"/^WINPAR-KMEMLEAK-RMMOD winpar /{print \"WINPAR-KMEMLEAK-RMMOD winpar rc=1\"; next} {print}"
	control "winpar still loaded at the kmemleak scan fails" \
		"kmemleak: unloading the modules failed" \
		"{print} /^WINPAR-KMEMLEAK-RMMOD /&&!done{done=1; print \"WINPAR-KMEMLEAK-STILL-LOADED winpar\"}"
	control "a failed kmemleak scan fails" "kmemleak: a scan or the read failed" \
		"/^WINPAR-KMEMLEAK-SCAN 1 /{print \"WINPAR-KMEMLEAK-SCAN 1 rc=1\"; next} {print}"
	control "kmemleak's \"Memory pool empty\" fails" "kmemleak disabled itself" \
		"{print} /^WINPAR-DMESG-BEGIN/{getline; print; print \"[    9.000000] kmemleak: Memory pool empty, consider increasing CONFIG_DEBUG_KMEMLEAK_MEM_POOL_SIZE\"}"
	control "kmemleak's \"leak detector disabled\" fails" "kmemleak disabled itself" \
		"{print} /^WINPAR-DMESG-BEGIN/{getline; print; print \"[    9.000000] kmemleak: Kernel memory leak detector disabled\"}"
	control "a leak after the suite fails" "unreferenced object\(s\) after the suite" \
		"{print} /^WINPAR-KMEMLEAK-BEGIN/{print \"unreferenced object 0xffff888001234500 (size 64):\"}"
fi
if grep -q '^WINPAR-CONTROL-DMESG-BEGIN' "$con"; then
	if grep -q 'blocked for more than' "$con"; then
		control "the hung-task control without its report fails" "no hung-task report" \
			"!/blocked for more than/"
	fi
	if grep -q 'BUG: soft lockup' "$con"; then
		control "the soft-lockup control without its report fails" "no soft-lockup report" \
			"!/BUG: soft lockup/"
	fi
	if grep -q '^WINPAR-CONTROL-KMEMLEAK-BEGIN' "$con"; then
		control "the kmemleak control without its report fails" \
			"kmemleak reported 0 object" \
			"/^WINPAR-CONTROL-KMEMLEAK-BEGIN/{p=1} /^WINPAR-CONTROL-KMEMLEAK-END/{p=0} !(p && /unreferenced object/)"
		control "the kmemleak control with two reports fails" \
			"kmemleak reported 2 object" \
			"{print} /^WINPAR-CONTROL-KMEMLEAK-BEGIN/{print \"unreferenced object 0xffff888001234500 (size 64):\"}"
	fi
fi

# winparctl --json (selftests/json_check.py): a line printed unescaped, a
# field changed, and the unescaped build's output replaced by escaped output.
if grep -q '^WINPAR-JSON info-win32 ' "$con"; then
	control "a winparctl --json line with an unescaped backslash fails" \
		"winparctl --json info-win32: not JSON" \
		"/^WINPAR-JSON info-win32 /{next} {print} /^WINPAR-JSON raw:info-win32 /{sub(/raw:/, \"\"); print}"
	control "a winparctl --json field changed fails" \
		"winparctl --json info-lower: fields differ" \
		"/^WINPAR-JSON info-lower /{sub(/300000/, \"300001\")} {print}"
	control "winparctl_rawjson's output escaped (the control not caught) fails" \
		"winparctl_rawjson info-win32: accepted though unescaped" \
		"/^WINPAR-JSON info-win32 /{l=\$0; sub(/info-win32/, \"raw:info-win32\", l)} /^WINPAR-JSON raw:info-win32 /{\$0=l} {print}"
fi

#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Windows programs under Wine in the QEMU guest (issue 18), and the same
# programs natively against libwinpar's win32.h:
#
#   selftests/run-wine.sh NAME      NAME: stock-6.1 or stock-6.12
#
# On the host: Debian's Wine with winpar's patches (tools/wine/build.sh,
# cached), every selftests/wine/*.c as a Windows .exe (mingw-w64) and, unless
# it says "wine-native: no", as a static Linux program against win32.h,
# the DLLs of tools/*/ (below), a Wine prefix (cached).  In the guest
# (selftests/wine/guest.sh): stock Wine first (copy /b to LPT1: lands on
# QEMU's LPT, a parallel port request gets error 50, winpar's trace events
# show nothing reached it), then the patched Wine: the same copy through
# winpar, and each program under Wine, then natively.  Results: each TAP
# line of each run, the program's checks of the simulator's record, and
# whether the Wine and the native run gave the same lines.  The last line
# is "wine-NAME: N passed, N failed, N skipped".  The conventions
# (selftests/wine/README):
#
#   - a program is selftests/wine/NAME.c, C against <windows.h> and
#     <ntddpar.h> only, printing TAP through selftests/wine/wtap.h; it
#     opens \\.\LPT2, the simulated port (QEMU's port is LPT1);
#   - lines " * wine-sim: ARGS" (parport_sim's parameters for this program),
#     " * wine-setup: CMD", " * wine-check: CMD", " * wine-cleanup: CMD"
#     (shell lines run in the guest before the program, after it (each a
#     result), and last; $SIM is the simulated port's debugfs directory,
#     $LPT its LPT name), " * wine-native: no" (not built against win32.h),
#     " * wine-needs: FILE.dll" (the DLL must have been built);
#   - a directory tools/DIR/ holding a makefile named "windows-dll" is a
#     Windows DLL: "make -C tools/DIR -f windows-dll OUT=DIR CC=mingw-gcc"
#     must put its .dll files into OUT, beside the programs.
#
# WINPAR_PARSE=DIR: no build, no boot: parse DIR/console.txt, DIR/lpt.bin
# and DIR/expected (the negative controls feed broken copies of a run).
# WINPAR_RECHECK=DIR: the same with the negative controls (a run's
# directory, e.g. build/run/wine-stock-6.1, checked again).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

name=${1:?usage: run-wine.sh stock-6.1|stock-6.12}
parse=${WINPAR_PARSE:-}
recheck=${WINPAR_RECHECK:-}
W=$BUILD/wine/$name
run=${parse:-${recheck:-$BUILD/run/wine-$name}}
timeout_s=${WINPAR_BOOT_TIMEOUT:-1500}
MINGW=x86_64-w64-mingw32-gcc
mkdir -p "$run"

pass=0 fail=0 skip=0 n=0
tap=$run/results.tap
: > "$tap"
result() {	# result ok|not_ok|skip DESCRIPTION [SKIP-REASON]
	n=$((n + 1))
	case $1 in
	ok)	pass=$((pass + 1)); echo "ok $n $2" ;;
	skip)	skip=$((skip + 1)); echo "ok $n $2 # SKIP${3:+ $3}" ;;
	*)	fail=$((fail + 1)); echo "not ok $n $2" ;;
	esac >> "$tap"
}
finish() {
	echo "TAP version 13"
	echo "# wine on kernel $name"
	echo "1..$n"
	cat "$tap"
	[ "$fail" = 0 ] || say "wine-$name: console log: $run/console.txt"
	echo "wine-$name: $pass passed, $fail failed, $skip skipped"
	[ "$fail" = 0 ]
	exit
}

# The header lines of a program: header FILE KEY
header() {
	sed -n "s/^ \* wine-$2: //p" "$1"
}

# A kernel module of NAME anywhere under kernel/, decompressed (none: empty).
any_module() {
	local dir=$BUILD/kernels/$1 rel f out
	rel=$(cat "$dir/release")
	f=$(find "$dir/modules/lib/modules/$rel/kernel" \
		\( -name "$2.ko" -o -name "$2.ko.xz" -o -name "$2.ko.zst" \) | head -n 1)
	[ -n "$f" ] || return 0
	case $f in
	*.xz)  out=${f%.xz};  [ -f "$out" ] || xz -dkf "$f" ;;
	*.zst) out=${f%.zst}; [ -f "$out" ] || zstd -dqf "$f" -o "$out" ;;
	*)     out=$f ;;
	esac
	echo "$out"
}

# --- host: build ---------------------------------------------------------------
if [ -z "$parse" ] && [ -z "$recheck" ]; then
	t_host=$(date +%s)
	# What Wine needs beyond the test bed's packages.
	# (one run at a time: check.sh runs the two kernels at once)
	mkdir -p "$CACHE/wine"
	exec 7> "$CACHE/wine/.apt.lock"
	flock 7
	missing=
	for p in wine64 gcc-mingw-w64-x86-64; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing="$missing $p"
	done
	if [ -n "$missing" ] && [ "$(id -u)" = 0 ]; then
		say "wine: installing$missing"
		apt-get update -qq >&2 || true
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			$missing >&2 || true
	fi
	exec 7>&-
	if ! command -v wine >/dev/null || ! command -v $MINGW >/dev/null; then
		result not_ok "host: wine64 and gcc-mingw-w64-x86-64 could not be installed: no Windows program ran"
		finish
	fi

	libs=
	t0=$(date +%s)
	if [ -n "${WINPAR_WINE_NOBUILD:-}" ]; then
		result not_ok "host: the patched Wine not built (WINPAR_WINE_NOBUILD)"
	elif libs=$(bash "$TOP/tools/wine/build.sh" 2> "$run/wine-build.log"); then
		result ok "host: Wine $(dpkg-query -W -f='${Version}' wine64) with tools/wine/patches built warning-free ($(cat "$libs/build-seconds") s of make; this run $(( $(date +%s) - t0 )) s with the cache)"
	else
		result not_ok "host: building the patched Wine failed (see $run/wine-build.log)"
		tail -n 10 "$run/wine-build.log" | sed 's/^/#   /' >> "$tap"
		libs=
	fi

	prepare_kernel "$name"
	build_module "$name" >/dev/null
	rm -rf "$W" "$run/tests"
	mkdir -p "$W/win" "$W/native" "$run/tests/wine/native"
	make -s -C "$TOP/tools/libwinpar" O="$W/lib" >&2 || die "building libwinpar failed"

	# The DLLs that say so, then the programs.
	for mk in "$TOP"/tools/*/windows-dll; do
		[ -f "$mk" ] || continue
		d=$(dirname "$mk")
		if make -s -C "$d" -f windows-dll OUT="$W/win" CC=$MINGW >&2; then
			result ok "host: $(basename "$d") built as a Windows DLL ($(cd "$W/win" && ls *.dll 2>/dev/null | tr '\n' ' '))"
		else
			result not_ok "host: building tools/$(basename "$d") as a Windows DLL failed"
		fi
	done
	progs=
	for src in "$TOP"/selftests/wine/*.c; do
		p=$(basename "$src" .c)
		# WINPAR_WINE_PROGS="a b": only those (a developer's run; CI runs all).
		case " ${WINPAR_WINE_PROGS:-$p} " in *" $p "*) ;; *) continue ;; esac
		if ! $MINGW -O2 -Wall -Wextra -Werror -s -o "$W/win/$p.exe" "$src" >&2; then
			result not_ok "host: $p.exe does not build with $MINGW"
			continue
		fi
		progs="$progs $p"
		for dll in $(header "$src" needs); do
			[ -f "$W/win/$dll" ] || result not_ok "host: $p needs $dll, which no tools/*/windows-dll built"
		done
		if [ "$(header "$src" native)" != no ]; then
			if gcc -O2 -Wall -Wextra -Werror -static -D_GNU_SOURCE \
				-I"$TOP/selftests/wine/native" -I"$TOP/include/uapi" \
				-I"$TOP/tools/libwinpar" -o "$W/native/$p" "$src" \
				"$W/lib/libwinpar.a" -lpthread >&2; then
				cp "$W/native/$p" "$run/tests/wine/native/"
			else
				result not_ok "host: $p does not build against tools/libwinpar/win32.h"
			fi
		fi
		mkdir -p "$run/tests/wine/$p"
		for k in sim setup check cleanup; do
			header "$src" $k > "$run/tests/wine/$p/$k"
		done
	done
	for b in baseline hold; do
		$MINGW -O2 -Wall -Wextra -Werror -s -o "$W/win/$b.exe" \
			"$TOP/selftests/wine/baseline/$b.c" >&2 || die "$b.exe does not build"
	done
	echo $progs > "$run/tests/wine/progs"
	# What must have run: every program, natively too unless it says no.
	: > "$run/expected"
	for p in $progs; do
		echo "$p wine" >> "$run/expected"
		[ -x "$W/native/$p" ] && echo "$p native" >> "$run/expected"
	done
	# 4 KiB that every byte value appears in, for copy /b to LPT1:.
	python3 -c 'import sys; sys.stdout.buffer.write(bytes((i * 7 + i // 256) % 256 for i in range(4096)))' \
		> "$W/lptfile.bin"
	cp "$W/lptfile.bin" "$run/lptfile.bin"

	# The prefix, made once per Wine version on the host (minutes under
	# TCG); the guest puts a tmpfs over it (overlayfs).
	pfx=$CACHE/wine/prefix-$(dpkg-query -W -f='${Version}' wine64)
	mkdir -p "$CACHE/wine"
	exec 8> "$CACHE/wine/.prefix.lock"
	flock 8		# the runs of two kernels at once make it once
	if [ ! -f "$pfx/wp/system.reg" ]; then
		say "wine: making a prefix"
		rm -rf "$pfx"
		mkdir -p "$pfx"
		HOME=$pfx WINEPREFIX=$pfx/wp WINEDEBUG=-all wineboot -i >/dev/null 2>&1 || true
		HOME=$pfx WINEPREFIX=$pfx/wp wineserver -w || true
	fi
	[ -f "$pfx/wp/system.reg" ] || result not_ok "host: wineboot could not make a Wine prefix"
	exec 8>&-
	{
		echo "HOST_WINE=$W"
		echo "HOST_PREFIX=$pfx/wp"
		echo "WINE_LIBS=$libs"
	} > "$run/tests/wine/conf"
	cp "$TOP/selftests/wine/guest.sh" "$run/tests/wine/guest.sh"
	say "wine-$name: host part $(( $(date +%s) - t_host )) s"

	# The initramfs: the test bed's, and a second archive with the
	# programs and the 9p modules (the kernel takes concatenated archives).
	mkdir -p "$run/empty"
	make_initramfs "$name" "$run/base.cpio.gz" wine "$run/empty"
	extra=$(mktemp -d)
	mkdir -p "$extra/modules"
	cp -r "$run/tests" "$extra/tests"
	for m in virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci \
		 netfs fscache 9pnet 9pnet_virtio 9p overlay; do
		f=$(any_module "$name" $m)
		[ -z "$f" ] || cp "$f" "$extra/modules/$m.ko"
	done
	(cd "$extra" && find . | cpio -o -H newc --quiet | gzip -1) > "$run/extra.cpio.gz"
	rm -rf "$extra"
	cat "$run/base.cpio.gz" "$run/extra.cpio.gz" > "$run/initramfs.cpio.gz"

	say "wine-$name: booting QEMU (TCG)"
	t0=$(date +%s)
	: > "$run/lpt.bin"
	rc=0
	# -cpu max,smap=off: with SMAP every Wine process oopses the guest at
	# Wine's user-mode iretq (QEMU 7.2, TCG).
	timeout "$timeout_s" qemu-system-x86_64 -accel tcg,thread=single -M pc \
		-cpu max,smap=off -m 2G -smp 2 \
		-nodefaults -no-user-config -display none -vga none -no-reboot \
		-kernel "$BUILD/kernels/$name/vmlinuz" -initrd "$run/initramfs.cpio.gz" \
		-append "console=ttyS0 panic=-1 quiet log_buf_len=4M" \
		-virtfs local,path=/,mount_tag=host,security_model=none,readonly=on,multidevs=remap \
		-serial "file:$run/console.log" -parallel "file:$run/lpt.bin" </dev/null || rc=$?
	say "wine-$name: guest ran $(( $(date +%s) - t0 )) s (qemu exit $rc)"
	tr -d '\r' < "$run/console.log" > "$run/console.txt"
	echo "$(( $(date +%s) - t0 ))" > "$run/guest-seconds"
fi

# --- parse -----------------------------------------------------------------------
c=$run/console.txt
grep -q '^WINPAR-WINE-DONE' "$c" && result ok "guest: the Wine runs went to the end" ||
	result not_ok "guest: the Wine runs did not end (timeout ${timeout_s}s or crash; see $c)"
while IFS= read -r line; do
	result not_ok "guest: ${line#WINPAR-WINE-FAILED }"
done < <(grep '^WINPAR-WINE-FAILED ' "$c" || true)
while IFS= read -r line; do
	result not_ok "guest: setup failed: ${line#WINPAR-WINE-SETUP-FAILED }"
done < <(grep '^WINPAR-WINE-SETUP-FAILED ' "$c" || true)

# The stock Wine's baseline and the patched Wine's copy.
field() { sed -n "s/^WINPAR-WINE-$1 //p" "$c" | head -n 1; }
st=$(field 'COPY stock')
[[ $st == rc=0\ * ]] && result ok "stock Wine: cmd /c copy /b C:\\lptfile.bin LPT1: succeeds" ||
	result not_ok "stock Wine: cmd /c copy /b to LPT1: (${st:-not run})"
st=$(field 'LPT-LINK stock')
[ "$st" = /dev/lp0 ] && result ok "stock Wine: mountmgr points LPT1 at /dev/lp0" ||
	result not_ok "stock Wine: mountmgr points LPT1 at '${st}', not /dev/lp0"
st=$(field 'TRACE stock')
[ "$st" = 0 ] && result ok "stock Wine: winpar's trace events show no request reached winpar" ||
	result not_ok "stock Wine: winpar's trace events show '${st:-nothing}' requests"
st=$(field 'COPY patched')
[[ $st == rc=0\ * ]] && result ok "patched Wine: cmd /c copy /b C:\\lptfile.bin LPT1: succeeds" ||
	result not_ok "patched Wine: cmd /c copy /b to LPT1: (${st:-not run})"
st=$(field 'LPT-LINK patched')
[ "$st" = /dev/winpar/LPT1 ] && result ok "patched Wine: mountmgr points LPT1 at /dev/winpar/LPT1" ||
	result not_ok "patched Wine: mountmgr points LPT1 at '${st}', not /dev/winpar/LPT1"
st=$(field 'LPT-LINK ports')
[ "$st" = /dev/lp0 ] && result ok "patched Wine: HKLM\\Software\\Wine\\Ports' LPT1=/dev/lp0 still wins over /dev/winpar/LPT1" ||
	result not_ok "patched Wine with HKLM\\Software\\Wine\\Ports' LPT1=/dev/lp0: mountmgr points LPT1 at '${st}'"
# The trace check's positive control: the same copy through winpar shows.
st=$(field 'TRACE patched')
[[ $st =~ ^[0-9]+$ ]] && [ "$st" -gt 0 ] &&
	result ok "patched Wine: winpar's trace events show the copy's $st events (the trace check sees winpar when it is reached)" ||
	result not_ok "patched Wine: winpar's trace events show '${st:-nothing}' for the copy"
# Both copies on QEMU's LPT, byte for byte, in order.
if cat "$run/lptfile.bin" "$run/lptfile.bin" | cmp -s - "$run/lpt.bin"; then
	result ok "host: QEMU's LPT got the file twice byte for byte (stock Wine through lp, patched Wine through winpar)"
else
	result not_ok "host: QEMU's LPT holds $(stat -c %s "$run/lpt.bin") bytes, not the file twice ($(stat -c %s "$run/lptfile.bin") bytes each) byte for byte"
fi

# Each run's TAP: BEGIN PROG FLAVOUR ... END PROG FLAVOUR rc=N.
declare -A seen=() lines=()
cur='' body=''
while IFS= read -r line; do
	case $line in
	WINPAR-WINE-BEGIN\ *)
		cur=${line#WINPAR-WINE-BEGIN }; body=; plan=; cnt=0 ;;
	WINPAR-WINE-END\ *)
		[ -n "$cur" ] || continue
		rc=${line##*rc=}; rc=${rc%% *}
		seen[$cur]=1
		lines[$cur]=$body
		if [ "$cnt" = 0 ]; then
			result not_ok "$cur: ran no test (rc=$rc)"
		elif [ "$plan" != "$cnt" ]; then
			result not_ok "$cur: plan 1..${plan:-none}, $cnt results"
		elif [ "$rc" != 0 ] && ! grep -q '^not ok' <<< "$body"; then
			result not_ok "$cur: exited with $rc"
		fi
		cur= ;;
	"ok "[0-9]*|"not ok "[0-9]*)
		[ -n "$cur" ] || continue
		cnt=$((cnt + 1))
		body="$body${body:+$'\n'}$line"
		[[ $line =~ ^(not\ )?ok\ [0-9]+\ -\ (.*)$ ]] || true
		if [[ $line == "not ok"* ]]; then
			result not_ok "$cur: ${BASH_REMATCH[2]:-$line}"
		else
			result ok "$cur: ${BASH_REMATCH[2]:-$line}"
		fi ;;
	1..[0-9]*)
		if [ -n "$cur" ]; then plan=${line#1..}; fi ;;
	WINPAR-WINE-CHECK\ *)
		read -r cp cf verdict cmd <<< "${line#WINPAR-WINE-CHECK }"
		if [ "$verdict" = ok ]; then
			result ok "$cp $cf: the simulator's record: $cmd"
		else
			result not_ok "$cp $cf: the simulator's record: $cmd"
		fi ;;
	esac
	true
done < "$c"
# baseline stock is required; every program of the build, in each flavour.
[ -n "${seen[baseline stock]:-}" ] || result not_ok "baseline stock: did not run"
# and under the patched Wine on /dev/lp0, which is not a winpar node
[ -n "${seen[baseline ports]:-}" ] || result not_ok "baseline ports: did not run"
if [ -f "$run/expected" ]; then
	while read -r p f; do
		[ -n "${seen[$p $f]:-}" ] || result not_ok "$p $f: did not run"
		# Same program, same answers: Wine's lines are libwinpar's.
		if [ "$f" = native ] && [ -n "${seen[$p wine]:-}" ] && [ -n "${seen[$p native]:-}" ]; then
			if [ "${lines[$p wine]}" = "${lines[$p native]}" ]; then
				result ok "$p: Wine and libwinpar give the same $(wc -l <<< "${lines[$p wine]}") answers"
			else
				result not_ok "$p: Wine's and libwinpar's answers differ"
				{ diff <(echo "${lines[$p wine]}") <(echo "${lines[$p native]}") |
					grep '^[<>]' | head -n 10 | sed 's/^/#   /' >> "$tap"; } || true
			fi
		fi
	done < "$run/expected"
fi

# The kernel log: no report of the kernel's checkers.
report_re='BUG:|WARNING:|Oops|Kernel panic|general protection fault|KASAN|UBSAN:|possible (circular|recursive) locking|inconsistent lock state|INFO: task .* blocked|unreferenced object|Call Trace:|Workqueue: .* hung|workqueue lockup'
reports=$(sed -n '/^WINPAR-DMESG-BEGIN/,/^WINPAR-DMESG-END/p' "$c" | grep -E "$report_re" | sort -u || true)
if grep -q '^WINPAR-DMESG-BEGIN' "$c" && [ -z "$reports" ]; then
	result ok "host: kernel log has no BUG, WARNING, Oops, lockdep, hung-task or lockup report"
else
	result not_ok "host: kernel log has reports (or no dump)"
	echo "$reports" | head -n 10 | sed 's/^/#   /' >> "$tap"
fi
[ -f "$run/guest-seconds" ] && echo "# guest time $(cat "$run/guest-seconds") s" >> "$tap"

# --- negative controls: broken copies of this run must fail ------------------------
if [ -z "$parse" ]; then
	control() {	# control DESCRIPTION SED-SCRIPT [LPT-CHANGE]
		local d out
		d=$(mktemp -d)
		sed "$2" "$run/console.txt" > "$d/console.txt"
		cp "$run/lpt.bin" "$d/lpt.bin"
		cp "$run/lptfile.bin" "$run/expected" "$d/" 2>/dev/null || true
		[ -z "${3:-}" ] || printf 'X' | dd of="$d/lpt.bin" bs=1 seek=100 conv=notrunc 2>/dev/null
		out=$(WINPAR_PARSE=$d bash "$0" "$name" 2>/dev/null | tail -n 1) || true
		if [[ $out =~ ,\ ([0-9]+)\ failed ]] && [ "${BASH_REMATCH[1]}" -gt 0 ]; then
			result ok "host control: $1 fails the run"
		else
			result not_ok "host control: $1 passed ($out)"
		fi
		rm -rf "$d"
	}
	first=$(head -n 1 "$run/expected" 2>/dev/null | cut -d' ' -f1)
	both=$(awk '$2 == "native" { print $1; exit }' "$run/expected" 2>/dev/null)
	control "an answer of the native run changed" \
		"/^WINPAR-WINE-BEGIN $both native/,/^WINPAR-WINE-END/s/^ok 2 - \(.*\)\$/ok 2 - \1 (changed)/"
	control "a result turned to not ok" "0,/^ok 1 - /s/^ok 1 - /not ok 1 - /"
	control "a check of the simulator's record failing" "0,/ ok /s/^\(WINPAR-WINE-CHECK [^ ]* [^ ]*\) ok /\1 fail /"
	control "a winpar event under stock Wine" "s/^WINPAR-WINE-TRACE stock .*/WINPAR-WINE-TRACE stock 3/"
	control "HKLM\\Software\\Wine\\Ports overridden by /dev/winpar" \
		"s|^WINPAR-WINE-LPT-LINK ports .*|WINPAR-WINE-LPT-LINK ports /dev/winpar/LPT1|"
	control "a program missing" "/^WINPAR-WINE-BEGIN $first wine/,/^WINPAR-WINE-END $first wine/d"
	control "a byte changed on QEMU's LPT" "" lpt
	control "a kernel warning" "/^WINPAR-DMESG-BEGIN/a WARNING: CPU: 0 PID: 1 at winpar"
fi
finish

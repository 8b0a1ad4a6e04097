#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# The whole suite: on every kernel of the test bed, or on those named.
#
#   selftests/check.sh [stock-6.1] [stock-6.12] [debug-6.1]
#
# Installs what is missing first (apt-get, as root; otherwise it prints the
# one apt-get line to run and stops).  The last line is "N passed, N failed, N skipped".
set -uo pipefail
source "$(dirname "$0")/lib.sh"

kernels=${*:-$KERNELS_ALL}
ensure_deps
mkdir -p "$BUILD/logs"
# The patched Wine (selftests/run-wine.sh needs it at the end): built
# meanwhile on the core the single-threaded guests leave free; cached.
case " $kernels " in
*" stock-"*)
	bash "$TOP/tools/wine/build.sh" > "$BUILD/logs/wine-build.log" 2>&1 &
	;;
esac

pass=0 fail=0 skip=0
count() {	# count LOG: add the "NAME: N passed, N failed, N skipped" line of LOG
	local p f s
	read -r p f s < <(tail -n 1 "$1" | sed -nE 's/.*: ([0-9]+) passed, ([0-9]+) failed, ([0-9]+) skipped$/\1 \2 \3/p')
	if [ -z "${p:-}" ]; then
		echo "not ok - $(basename "$1" .log): the runner gave no result"
		fail=$((fail + 1))
		return
	fi
	pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + s))
}

mkdir -p "$BUILD/logs"

# Host-side: the uapi headers against the measured Windows layouts.
log=$BUILD/logs/host-abi.log
if make -s -C "$TOP/selftests/abi" OUT="$BUILD/selftests/abi" check > "$log" 2>&1; then
	echo "ok - host: uapi headers match the Windows x64 and i386 layouts (C, C++, -m64, -m32; broken copies rejected)"
	pass=$((pass + 1))
else
	echo "not ok - host: uapi header ABI check (see $log)"
	tail -n 20 "$log" | sed 's/^/#   /'
	fail=$((fail + 1))
fi
# abi_test's run-time re-check of the static asserts: one result per build
# (the guests run the same binaries and report only their failures).
for t in abi_test64 abi_test32 abi_test64_cxx abi_test32_cxx; do
	sec=$(awk -v t="# $t" '$0 == t {p = 1; next} /^# abi_test[0-9a-z_]*$/ {p = 0} p' "$log")
	plan=$(sed -n 's/^1\.\.\([0-9]*\).*/\1/p' <<< "$sec" | head -n 1)
	oks=$(grep -c '^ok ' <<< "$sec")
	if grep -q 'cannot execute i386' <<< "$sec"; then
		echo "ok - host: $t # SKIP this host cannot execute i386 programs (the guests run it)"
		skip=$((skip + 1))
	elif [ -n "$plan" ] && [ "$oks" = "$plan" ] && ! grep -q '^not ok' <<< "$sec"; then
		echo "ok - host: $t re-checks its static asserts at run time ($oks checks)"
		pass=$((pass + 1))
	else
		echo "not ok - host: $t's run-time re-check (plan ${plan:-none}, $oks ok; see $log)"
		fail=$((fail + 1))
	fi
done
# Control: the "headers up to date" check fails without its reference.
noref=$(mktemp -d)
if ! make -s -C "$TOP/selftests/abi" generated REF="$noref" > "$noref/log" 2>&1 &&
   grep -q 'not found: cannot check' "$noref/log"; then
	echo "ok - host control: the generated ABI headers check fails when its reference is missing"
	pass=$((pass + 1))
else
	echo "not ok - host control: the generated ABI headers check passed without its reference"
	fail=$((fail + 1))
fi
rm -rf "$noref"

# Host-side: libFuzzer over the request table and its checks (the real
# module/request.c and ntstatus.c in user space; ASan, UBSan).
log=$BUILD/logs/host-fuzz.log
seed=${WINPAR_FUZZ_SEED:-$(date +%s)}
if make -s -C "$TOP/selftests/fuzz" O="$BUILD/fuzz" > "$log" 2>&1 &&
   (cd "$BUILD/fuzz" && ./request_fuzz -runs=1000000 -seed="$seed" \
	-print_final_stats=1) >> "$log" 2>&1; then
	echo "ok - host: libFuzzer over the request table: 10^6 inputs (seed $seed), ASan and UBSan clean"
	pass=$((pass + 1))
else
	echo "not ok - host: libFuzzer over the request table, seed $seed (see $log)"
	grep -E 'request_fuzz:|ERROR|SUMMARY' "$log" | head -n 10 | sed 's/^/#   /'
	fail=$((fail + 1))
fi
# Its negative controls: broken copies of request.c and request.h it must reject.
log=$BUILD/logs/host-fuzz-controls.log
if make -s -C "$TOP/selftests/fuzz" O="$BUILD/fuzz" controls > "$log" 2>&1; then
	echo "ok - host: libFuzzer rejects $(grep -c '^control .*: rejected' "$log") broken copies of the request table and checks"
	pass=$((pass + 1))
else
	echo "not ok - host: libFuzzer's controls (see $log)"
	grep '^control' "$log" | sed 's/^/#   /'
	fail=$((fail + 1))
fi

# Host-side: DKMS registration, build, install and removal (as root, where
# the dkms package installs), for the stock 6.1 kernel's headers.
if [ "$(id -u)" = 0 ] && command -v dkms >/dev/null; then
	log=$BUILD/logs/host-dkms.log
	rel=$(newest_release 6.1)
	tree=$(mktemp -d)
	cp -r "$TOP"/Kbuild "$TOP"/Makefile "$TOP"/dkms.conf "$TOP"/module "$TOP"/compat \
		"$TOP"/include "$TOP"/sim "$tree"/
	rm -rf "$tree/compat/generated"
	if make -C "$tree" dkms DKMS_KERNEL="$rel" > "$log" 2>&1 &&
	   dkms status winpar | grep -q "$rel.*installed" &&
	   [ -f "/lib/modules/$rel/updates/dkms/winpar.ko" ] &&
	   modinfo -p "/lib/modules/$rel/updates/dkms/winpar.ko" | grep -q '^acquire_timeout_ms:' &&
	   [ ! -e "/lib/modules/$rel/updates/dkms/parport_sim.ko" ] &&
	   make -C "$tree" dkms-remove >> "$log" 2>&1 &&
	   [ ! -e "/lib/modules/$rel/updates/dkms/winpar.ko" ]; then
		echo "ok - host: DKMS adds, builds, installs (modinfo shows acquire_timeout_ms; no parport_sim) and removes winpar for $rel"
		pass=$((pass + 1))
	else
		echo "not ok - host: DKMS for $rel (see $log)"
		tail -n 20 "$log" | sed 's/^/#   /'
		make -C "$tree" dkms-remove >/dev/null 2>&1
		fail=$((fail + 1))
	fi
	rm -rf "$tree"
else
	echo "ok - host: DKMS add, build, install and remove # SKIP $( [ "$(id -u)" = 0 ] && echo 'dkms is not installed' || echo 'not root (make dkms installs into /usr/src and /lib/modules)')"
	skip=$((skip + 1))
fi

for k in $kernels; do
	log=$BUILD/logs/$k.log
	bash "$TOP/selftests/run-qemu.sh" "$k" 2>&1 | tee "$log"
	count "$log"
done

# Windows programs under stock and patched Wine, and natively against
# win32.h (selftests/run-wine.sh), on the stock kernels, both at once (a
# guest takes one core; Wine's build and prefix are made once, under a lock).
wine_kernels=
for k in $kernels; do
	case $k in stock-*) wine_kernels="$wine_kernels $k" ;; esac
done
for k in $wine_kernels; do
	bash "$TOP/selftests/run-wine.sh" "$k" > "$BUILD/logs/wine-$k.log" 2>&1 &
done
wait
for k in $wine_kernels; do
	cat "$BUILD/logs/wine-$k.log"
	count "$BUILD/logs/wine-$k.log"
done

echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]

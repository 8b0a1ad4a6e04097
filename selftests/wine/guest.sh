#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The guest's part of selftests/run-wine.sh, sourced by /init in mode
# "wine" (busybox sh, winpar.ko loaded).  It mounts the host's root
# read-only over 9p, chroots into it to run Debian's own Wine, and runs:
#
#   1. stock Wine (the packaged ntdll.so and mountmgr.so): copy /b of a
#      file to LPT1: (QEMU's port, through /dev/lp0) and baseline.exe, with
#      winpar's trace events on: none may show;
#   2. patched Wine (the run's ntdll.so and mountmgr.so bind-mounted over
#      the packaged ones): the same copy (now through /dev/winpar/LPT1),
#      then every program of selftests/wine, each with its setup, checks
#      and cleanup, under Wine and then natively against libwinpar.
#
# Everything for the host is a line starting with WINPAR-WINE- or TAP
# between WINPAR-WINE-BEGIN and WINPAR-WINE-END (selftests/run-wine.sh).
# /tests/wine/conf sets HOST_WINE (the host's $BUILD/wine), HOST_PREFIX
# (the host's Wine prefix) and WINE_LIBS (the host directory of the
# patched libraries); /tests/wine/progs lists
# the programs, /tests/wine/<prog>/{sim,setup,check,cleanup} their lines.

. /tests/wine/conf
H=/host
UNIX=/usr/lib/x86_64-linux-gnu/wine/x86_64-unix
SIMDIR=/sys/kernel/debug/parport_sim
TRACE=/sys/kernel/tracing
PREFIX=/tmp/wp

wfail() { echo "WINPAR-WINE-FAILED $*"; }

for m in virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci \
	 netfs fscache 9pnet 9pnet_virtio 9p overlay; do
	[ -f /modules/$m.ko ] && insmod /modules/$m.ko
done
mkdir -p $H
# 512 KiB messages and the page cache: Wine reads some 100 MB of its own
# files at each start, which 9p's default 8 KiB round trips make slow.
if ! mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=524288,cache=loose host $H; then
	wfail "mount of the host's root over 9p"
	return 0 2>/dev/null || exit 0
fi
mount -t proc proc $H/proc
mount -o bind /sys $H/sys
mount -t debugfs debugfs $H/sys/kernel/debug 2>/dev/null
mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null
mount -o bind /dev $H/dev
mkdir -p /dev/shm /dev/pts
mount -t tmpfs tmpfs $H/tmp
mount -t tmpfs tmpfs $H/run

# Run in the host's userland: wine [ARGS...] with the prefix in tmpfs.
in_host() {
	chroot $H /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp WINEPREFIX=$PREFIX \
		WINEDEBUG=${WINEDEBUG:--all} LANG=C.UTF-8 "$@"
}
up() { cut -d' ' -f1 /proc/uptime; }
# One wineserver for a row of programs (a Wine start costs about a minute
# under TCG): hold.exe keeps it and its services up until wine_stop.
# mountmgr looks for the ports when it starts: stop before the ports change.
wine_start() {
	[ -n "$wine_up" ] && return 0
	in_host wine "$HOST_WINE/win/hold.exe" > /dev/null 2>&1 &
	wine_up=1
}
wine_stop() {
	in_host wineserver -k >/dev/null 2>&1
	in_host wineserver -w >/dev/null 2>&1
	wine_up=
}
wine_up=

# The prefix, made on the host (run-wine.sh; a fresh one would take
# minutes under TCG, and it holds 700 MB of DLLs): the host's copy below
# a tmpfs, with overlayfs.
mkdir -p /tmp/pfx-up /tmp/pfx-work $H$PREFIX
if ! mount -t overlay overlay \
	-o lowerdir=$H$HOST_PREFIX,upperdir=/tmp/pfx-up,workdir=/tmp/pfx-work $H$PREFIX; then
	wfail "mounting the Wine prefix (overlayfs over 9p)"
fi
cp $H$HOST_WINE/lptfile.bin $H$PREFIX/drive_c/lptfile.bin

sim_load() {	# sim_load ARGS...: a fresh simulated port (parport1, LPT2)
	rmmod lp 2>/dev/null
	rmmod parport_sim 2>/dev/null
	insmod /modules/parport_sim.ko "$@" || wfail "insmod parport_sim $*"
	insmod /modules/lp.ko
	SIM=$SIMDIR/$(ls $SIMDIR | grep '^parport' | head -n 1)
	LPT=LPT$((${SIM##*parport} + 1))
	export SIM LPT
}

trace_on() {
	echo 0 > $TRACE/tracing_on
	echo > $TRACE/trace
	echo 1 > $TRACE/events/winpar/enable
	echo 1 > $TRACE/tracing_on
}
trace_count() {	# the winpar events since trace_on
	echo 0 > $TRACE/tracing_on
	grep -c 'winpar_' $TRACE/trace
	echo 0 > $TRACE/events/winpar/enable
}

# run_one PROG FLAVOUR: setup, the program, checks, cleanup
run_one() {
	p=$1 flavour=$2 d=/tests/wine/$1
	sim_load $(cat $d/sim)
	while IFS= read -r line; do
		[ -n "$line" ] || continue
		sh -c "$line" || echo "WINPAR-WINE-SETUP-FAILED $p $flavour $line"
	done < $d/setup
	echo "WINPAR-WINE-BEGIN $p $flavour"
	t0=$(date +%s)
	if [ "$flavour" = wine ]; then
		# A program that hangs ends after 4 minutes (rc 124), not the run.
		in_host timeout -k 10 240 wine "$HOST_WINE/win/$p.exe" > /tmp/out.txt 2> /tmp/err.txt
		rc=$?
	else
		timeout 240 /tests/wine/native/$p > /tmp/out.txt 2> /tmp/err.txt
		rc=$?
	fi
	tr -d '\r' < /tmp/out.txt
	echo "WINPAR-WINE-END $p $flavour rc=$rc s=$(( $(date +%s) - t0 )) up=$(up)"
	if [ -s /tmp/err.txt ]; then
		echo "WINPAR-WINE-STDERR-BEGIN"
		tr -d '\r' < /tmp/err.txt | head -n 20
		echo "WINPAR-WINE-STDERR-END"
	fi
	while IFS= read -r line; do
		[ -n "$line" ] || continue
		if sh -c "$line"; then
			echo "WINPAR-WINE-CHECK $p $flavour ok $line"
		else
			echo "WINPAR-WINE-CHECK $p $flavour fail $line"
		fi
	done < $d/check
	while IFS= read -r line; do
		[ -n "$line" ] || continue
		sh -c "$line"
	done < $d/cleanup
}

# 1. Stock Wine.
sim_load
echo "WINPAR-WINE-STOCK $(in_host wine --version 2>/dev/null) up=$(up)"
trace_on
wine_start
in_host wine cmd /c copy /b 'C:\lptfile.bin' LPT1: > /tmp/copy.txt 2>&1
echo "WINPAR-WINE-COPY stock rc=$? $(tr -d '\r' < /tmp/copy.txt | tr '\n' ' ' | cut -c1-120) up=$(up)"
echo "WINPAR-WINE-LPT-LINK stock $(readlink $H$PREFIX/dosdevices/lpt1)"
echo "WINPAR-WINE-BEGIN baseline stock"
in_host wine "$HOST_WINE/win/baseline.exe" > /tmp/out.txt 2> /tmp/err.txt
rc=$?
tr -d '\r' < /tmp/out.txt
echo "WINPAR-WINE-END baseline stock rc=$rc up=$(up)"
wine_stop
echo "WINPAR-WINE-TRACE stock $(trace_count)"

# 2. Patched Wine.
if [ -n "$WINE_LIBS" ] && [ -f $H$WINE_LIBS/ntdll.so ]; then
	mount -o bind $H$WINE_LIBS/ntdll.so $H$UNIX/ntdll.so &&
	mount -o bind $H$WINE_LIBS/mountmgr.so $H$UNIX/mountmgr.so ||
		wfail "bind-mounting the patched libraries"
	echo "WINPAR-WINE-PATCHED $(in_host wine --version 2>/dev/null) up=$(up)"
	# mountmgr links the daisy devices there are when it starts
	# (dosdevices/lpt2.0 ...): start with two, so that a program's
	# "wine-sim: daisy=1" or "daisy=2" finds its links.
	sim_load daisy=2
	trace_on
	wine_start
	in_host wine cmd /c copy /b 'C:\lptfile.bin' LPT1: > /tmp/copy.txt 2>&1
	echo "WINPAR-WINE-COPY patched rc=$? $(tr -d '\r' < /tmp/copy.txt | tr '\n' ' ' | cut -c1-120) up=$(up)"
	echo "WINPAR-WINE-TRACE patched $(trace_count)"
	echo "WINPAR-WINE-LPT-LINK patched $(readlink $H$PREFIX/dosdevices/lpt1)"
	for p in $(cat /tests/wine/progs); do
		run_one $p wine
		if [ -x /tests/wine/native/$p ]; then
			run_one $p native
		fi
	done
	# HKLM\Software\Wine\Ports still wins over /dev/winpar, and a port
	# that is not a winpar node keeps stock Wine's answer (error 50).
	in_host wine reg add 'HKLM\Software\Wine\Ports' /v LPT1 /t REG_SZ /d /dev/lp0 /f \
		> /tmp/reg.txt 2>&1 || wfail "reg add HKLM\\Software\\Wine\\Ports: $(tr -d '\r' < /tmp/reg.txt | head -n 1)"
	wine_stop
	sim_load
	wine_start
	# (mountmgr sets the link when the services are up)
	i=0
	while [ "$(readlink $H$PREFIX/dosdevices/lpt1)" != /dev/lp0 ] && [ $i -lt 120 ]; do
		sleep 1
		i=$((i + 1))
	done
	echo "WINPAR-WINE-BEGIN baseline ports"
	in_host wine "$HOST_WINE/win/baseline.exe" > /tmp/out.txt 2> /tmp/err.txt
	rc=$?
	tr -d '\r' < /tmp/out.txt
	echo "WINPAR-WINE-END baseline ports rc=$rc up=$(up)"
	echo "WINPAR-WINE-LPT-LINK ports $(readlink $H$PREFIX/dosdevices/lpt1)"
	wine_stop
else
	wfail "no patched Wine libraries (the Wine build failed)"
fi
echo "WINPAR-WINE-DONE up=$(up)"

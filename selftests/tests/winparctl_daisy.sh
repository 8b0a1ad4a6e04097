#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# winparctl on an IEEE 1284.3 daisy chain: parport_sim with two daisy
# devices in front of its printer.  list shows LPTn.0, LPTn.1 and the end
# of the chain LPTn.4 after LPTn (text and --json); id reads each device's
# own Device ID; bad names fail with a clear message and exit 1.
W=/tests/winparctl
n=0

. /tests/tap.sh

echo "TAP version 13"

if [ -e /sys/module/parport_sim ]; then
	echo "1..0 # SKIP parport_sim is loaded already"
	exit 4
fi
if ! insmod /modules/parport_sim.ko ports=1 daisy=2; then
	echo "1..1"
	not_ok "insmod parport_sim ports=1 daisy=2"
	exit 1
fi
echo "1..17"
sim=
for d in /sys/kernel/debug/parport_sim/parport*; do
	[ -d "$d" ] && sim=${d##*/} && break
done
m=${sim#parport}
L=LPT$((m + 1))
P="ParallelPort$m (parport$m)"
sleep 1		# devtmpfs: the nodes of the new port

ID0="MFG:SIMCO;MDL:DAISY0;CLS:PRINTER;CMD:PCL;DES:parport_sim daisy device;"
ID1="MFG:SIMCO;MDL:DAISY1;CLS:PRINTER;CMD:PCL;DES:parport_sim daisy device;"
IDE="MFG:SIMCO;MDL:SIMPRINTER;CLS:PRINTER;CMD:PCL,PS;DES:parport_sim printer;"
MODES="read nibble, write centronics"

if [ -n "$sim" ] && [ -c /dev/winpar/$L.0 ] && [ -c /dev/winpar/$L.1 ] &&
   [ -c /dev/winpar/$L.4 ] && [ ! -e /dev/winpar/$L.2 ] && [ ! -e /dev/winpar/$L.3 ]; then
	ok "nodes: $L, $L.0, $L.1 and $L.4 on $sim"
else
	not_ok "nodes: $L, $L.0, $L.1 and $L.4 on '$sim'"
	ls -l /dev/winpar | sed 's/^/# /'
fi

# list, text: the port's three lines as before, then the chain in address
# order, and nothing else (the simulated port is the last one).
out=$($W list 2>&1)
rc=$?
want=$(printf '%s\n' "$P  $L  held by: none" "  modes: $MODES" "  device id: $IDE" \
	"  $L.0  modes: $MODES  device id: $ID0" \
	"  $L.1  modes: $MODES  device id: $ID1" \
	"  $L.4  modes: $MODES  device id: $IDE")
got=$(printf '%s\n' "$out" | awk -v h="$P  $L  held by: none" '$0 == h { p = 1 } p')
if [ "$rc" = 0 ] && [ "$got" = "$want" ]; then
	ok "list: $L and its chain, $L.0, $L.1, $L.4"
else
	not_ok "list: $L and its chain, $L.0, $L.1, $L.4"
	printf '%s\n' "exit $rc, want:" "$want" "output:" "$out" | sed 's/^/# /'
fi
# The QEMU port's lines are followed by the next port at once: no chain lines.
out=$($W list 2>&1)
if printf '%s\n' "$out" | grep -A3 -Fx "ParallelPort0 (parport0)  LPT1  held by: none" |
	sed -n 4p | grep -Fxq "$P  $L  held by: none"; then
	ok "list: no chain lines after LPT1"
else
	not_ok "list: no chain lines after LPT1"
	printf '%s\n' "$out" | sed 's/^/# /'
fi

# list --json: one line, "chain" after every port's existing fields.
J0='{"port": "ParallelPort0", "parport": "parport0", "device": "LPT1", "holder": "none", "modes": "'"$MODES"'", "device_id": null, "chain": []}'
JC='{"device": "'"$L.0"'", "modes": "'"$MODES"'", "device_id": "'"$ID0"'"}, {"device": "'"$L.1"'", "modes": "'"$MODES"'", "device_id": "'"$ID1"'"}, {"device": "'"$L.4"'", "modes": "'"$MODES"'", "device_id": "'"$IDE"'"}'
J1='{"port": "ParallelPort'"$m"'", "parport": "parport'"$m"'", "device": "'"$L"'", "holder": "none", "modes": "'"$MODES"'", "device_id": "'"$IDE"'", "chain": ['"$JC"']}'
expect_line "list --json: the chain array" 0 "[$J0, $J1]" $W --json list

# id on each node: each device answers with its own Device ID.
expect_line "id $L.0: the first daisy device" 0 "$ID0" $W id "$L.0"
expect_line "id $L.1: the second daisy device" 0 "$ID1" $W id "$L.1"
expect_line "id $L.4: the end of the chain" 0 "$IDE" $W id "$L.4"
expect_line "id $L: the end of the chain too" 0 "$IDE" $W id "$L"
expect_line "id --json $L.1" 0 '{"device": "'"$L"'.1", "device_id": "'"$ID1"'"}' $W --json id "$L.1"
expect_line "id \\\\.\\$L.1: the Win32 name" 0 "$ID1" $W id "\\\\.\\$L.1"
expect_line "info $L.1" 0 "$L.1: location $L.1, $MODES, write time-out 300000 ms" \
	$W info "$L.1"
expect_re "status $L.0" 0 "^$L\\.0: 0x[0-9a-f]{2} .*selected" $W status "$L.0"

# Bad names and absent devices: a clear message, exit 1.
expect_line "id $L.7: not a device name" 1 \
	"winparctl: cannot open $L.7: not a parallel device name (LPTn, LPTn.0 to LPTn.4, ParallelPortm) (Win32 error 123)" \
	$W id "$L.7"
expect_line "id --json $L.7" 1 \
	'{"error": "open '"$L"'.7", "reason": "not a parallel device name (LPTn, LPTn.0 to LPTn.4, ParallelPortm)", "win32": 123}' \
	$W --json id "$L.7"
expect_line "id $L.2: no such daisy device" 1 \
	"winparctl: cannot open $L.2: no such device (Win32 error 2)" $W id "$L.2"
expect_line "id LPT2x: not a device name" 1 \
	"winparctl: cannot open LPT2x: not a parallel device name (LPTn, LPTn.0 to LPTn.4, ParallelPortm) (Win32 error 123)" \
	$W id LPT2x

# lp holds a device on every port: let go of the simulated one, then back.
rmmod lp
rmmod parport_sim
insmod /modules/lp.ko
if [ ! -e /sys/module/parport_sim ] && [ ! -e /dev/winpar/$L.0 ]; then
	ok "unload: parport_sim and the chain's nodes gone"
else
	not_ok "unload: parport_sim and the chain's nodes gone"
fi

#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# winparctl on QEMU's LPT1: every subcommand's output, text and --json.
# Then every command and error path in --json with awkward names, paths and
# a Device ID (parport_sim for id and read), each printed for the host's
# selftests/json_check.py, which parses every line with a JSON parser and
# checks its fields; the same commands through winparctl_rawjson (strings
# unescaped) are its negative control.
W=/tests/winparctl
R=/tests/winparctl_rawjson
SIM=/sys/kernel/debug/parport_sim
n=0

. /tests/tap.sh

# Record bytes sent to QEMU's LPT for the host's comparison (as lpt_record()).
record() {
	mkdir -p /run/lpt
	i=$(ls /run/lpt | wc -l)
	cp "$2" "/run/lpt/$(printf '%03d' "$i")-$1"
}

echo "TAP version 13"
echo "1..42"

expect_re "list: the port, its device, holder, modes" 0 \
	'^ParallelPort0 \(parport0\)  LPT1  held by: none$' $W list
expect_re "list: modes and Device ID lines" 0 \
	'^  modes: read nibble, write centronics$' $W list
expect_re "list --json" 0 \
	'^\[\{"port": "ParallelPort0", "parport": "parport0", "device": "LPT1", "holder": "none", "modes": "read nibble, write centronics", "device_id": null, "chain": \[\]\}\]$' \
	$W --json list
expect_re "info" 0 '^LPT1: location LPT1, read nibble, write centronics, write time-out 300000 ms$' \
	$W info LPT1
expect_line "info --json, by \\\\.\\LPT1: the name escaped" 0 \
	'{"device": "\\\\.\\LPT1", "location": "LPT1", "read_mode": "nibble", "write_mode": "centronics", "write_timeout_ms": 300000}' \
	$W --json info '\\.\LPT1'
expect_re "status" 0 '^LPT1: 0x[0-9a-f]{2} .*selected' $W status LPT1
expect_re "status --json" 0 '^\{"device": "LPT1", "status": [0-9]+, "flags": ".*selected"\}$' \
	$W --json status LPT1
expect_re "id: QEMU's port has no Device ID" 1 'NTSTATUS 0xc0000185 \(Win32 error 1117\)' \
	$W id LPT1
expect_re "id --json" 1 '^\{"error": "IOCTL_PAR_QUERY_DEVICE_ID", "ntstatus": "0xc0000185", "win32": 1117\}$' \
	$W --json id LPT1

i=0
: > /tmp/page.txt
while [ $i -lt 25 ]; do
	echo "winparctl print test line $i: the quick brown fox" >> /tmp/page.txt
	i=$((i + 1))
done
size=$(wc -c < /tmp/page.txt)
expect_re "print" 0 "^LPT1: $size bytes sent\$" $W print LPT1 /tmp/page.txt
record winparctl-print /tmp/page.txt
expect_re "print --json" 0 "^\\{\"device\": \"LPT1\", \"file\": \"/tmp/page.txt\", \"bytes\": $size\\}\$" \
	$W --json print LPT1 /tmp/page.txt
record winparctl-print-json /tmp/page.txt

expect_re "negotiate: byte mode is impossible on QEMU's port" 1 'mode not negotiated: read none, write centronics' \
	$W negotiate LPT1 byte centronics
expect_re "negotiate: centronics forward, read unchanged" 0 '^LPT1: read nibble, write centronics$' \
	$W negotiate LPT1 none centronics,ieee_compatibility
expect_re "negotiate: unknown mode" 2 "unknown mode" $W negotiate LPT1 warp centronics
expect_re "watch: the first status" 0 '^LPT1: 0x[0-9a-f]{2} .*selected' $W watch LPT1 --count 1
expect_re "read: no reverse channel on QEMU's port" 1 'NTSTATUS 0xc0000185' $W read LPT1 --count 8
expect_re "usage" 2 '^usage: winparctl' $W frobnicate LPT1

# --- --json for json_check.py ---------------------------------------------
hex() { printf '%s' "$1" | od -An -v -tx1 | tr -d ' \n'; }

# jcase ID RC ARG...: winparctl --json ARG... exits with RC (checked here);
# its output and that of winparctl_rawjson go to the host as
#   WINPAR-JSON-CASE [raw:]ID rc=N arg=HEX... [VAR=HEX...]   ($jvars)
#   WINPAR-JSON [raw:]ID LINE
# $jhook runs before each of the two commands (both send to the port).
jcase() {
	jid=$1 jwant=$2
	shift 2
	for jb in "" raw:; do
		[ -n "$jhook" ] && $jhook
		if [ -z "$jb" ]; then
			jout=$($W --json "$@" 2>/dev/null)
		else
			jout=$($R --json "$@" 2>/dev/null)
		fi
		jrc=$?
		jline="WINPAR-JSON-CASE $jb$jid rc=$jrc"
		for a in "$@"; do
			jline="$jline arg=$(hex "$a")"
		done
		echo "$jline$jvars"
		[ -n "$jout" ] && printf '%s\n' "$jout" | sed "s/^/WINPAR-JSON $jb$jid /"
		[ -z "$jb" ] && jrc0=$jrc
	done
	if [ "$jrc0" = "$jwant" ]; then
		ok "json $jid: exit $jwant"
	else
		not_ok "json $jid: exit $jrc0, want $jwant"
	fi
	jvars= jhook=
}
jvars= jhook=

# parport_sim: a port with a Device ID holding a quote, a backslash,
# control characters, UTF-8 and bytes that are not UTF-8.
sim=
if [ ! -e /sys/module/parport_sim ] && insmod /modules/parport_sim.ko ports=1; then
	for d in $SIM/parport*; do
		[ -d "$d" ] && sim=${d##*/} && break
	done
fi
ID=$(printf 'MFG:Q"UOTE\\CO;MDL:tab\tctl\001esc\033del\177;DES:caf\303\251 \377\300\200\355\240\200\342\202 \360\237\230\200;')
REV=$(printf 'rev "\\\377\001 back')
if [ -n "$sim" ] && printf '%s' "$ID" > $SIM/$sim/device_id; then
	ok "parport_sim: $sim with an awkward Device ID"
else
	not_ok "parport_sim: loaded, its Device ID set ('$sim')"
fi
m=${sim#parport}
S=LPT$((m + 1))
sleep 1		# devtmpfs: the nodes of the new port

sim_vars=" sim=$(hex "$S") devid=$(hex "$ID")"
jvars=$sim_vars
jcase list 0 list
jcase info-win32 0 info '\\.\LPT1'
jcase info-lower 0 info lpt1
jcase status-path 0 status /dev/winpar/LPT1
jcase status-win32q 0 status '\\?\LPT1'
jcase watch-win32 0 watch '\\.\LPT1' --count 1
jcase negotiate 0 negotiate '\\.\LPT1' none centronics,ieee_compatibility
jcase negotiate-fail 1 negotiate LPT1 byte centronics
jcase mode-bad 2 negotiate LPT1 centronics 'warp"\9'
jcase read-mode-bad 2 read "$S" --mode "$(printf 'nib\tble"\\')"
jcase id-none 1 id LPT1
jvars=$sim_vars
jcase id-sim 0 id "\\\\.\\$S"
fill_rev() { printf '%s' "$REV" > $SIM/$sim/reverse; }
jvars=" rev=$(hex "$REV")" jhook=fill_rev
jcase read-sim 0 read "\\\\.\\$S" --mode nibble --count 64
jcase read-none 1 read LPT1 --count 8

F1='/tmp/winparctl "quoted" back\slash and space.txt'
F2=$(printf '/tmp/ctl\tnew\nline\033 caf\303\251 \377\300\200 \355\240\200 \342\202 \360\237\230\200.txt')
F3='/tmp/no such "file" \ here.txt'
cp /tmp/page.txt "$F1"
cp /tmp/page.txt "$F2"
rec1() { record winparctl-json-quote "$F1"; }
rec2() { record winparctl-json-ctl "$F2"; }
jvars=" size=$(hex "$size")" jhook=rec1
jcase print-quote 0 print '\\.\LPT1' "$F1"
jvars=" size=$(hex "$size")" jhook=rec2
jcase print-ctl 0 print LPT1 "$F2"
jcase print-missing 1 print LPT1 "$F3"

jcase name-colon 1 status lpt1:
jcase name-quote 1 info 'LPT"1\'
jcase name-nonutf8 1 id "$(printf 'LPT1\377\300\200.\342\202')"
jcase name-absent 1 id '\\.\LPT9'
# Another process holds LPT1 open (its nodes are exclusive).
sleep 60 3<>/dev/winpar/LPT1 &
hp=$!
sleep 1
jcase busy 1 status '\\.\LPT1'
kill $hp
wait $hp 2>/dev/null
jcase usage 2 frobnicate LPT1

rmmod lp
rmmod parport_sim
insmod /modules/lp.ko
if [ ! -e /sys/module/parport_sim ] && [ ! -e "/dev/winpar/$S" ]; then
	ok "unload: parport_sim and $S gone"
else
	not_ok "unload: parport_sim and $S gone"
fi

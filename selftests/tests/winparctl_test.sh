#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# winparctl on QEMU's LPT1: every subcommand's output, text and --json.
W=/tests/winparctl
n=0

. /tests/tap.sh

# Record bytes sent to QEMU's LPT for the host's comparison (as lpt_record()).
record() {
	mkdir -p /run/lpt
	i=$(ls /run/lpt | wc -l)
	cp "$2" "/run/lpt/$(printf '%03d' "$i")-$1"
}

echo "TAP version 13"
echo "1..17"

expect_re "list: the port, its device, holder, modes" 0 \
	'^ParallelPort0 \(parport0\)  LPT1  held by: none$' $W list
expect_re "list: modes and Device ID lines" 0 \
	'^  modes: read nibble, write centronics$' $W list
expect_re "list --json" 0 \
	'^\[\{"port": "ParallelPort0", "parport": "parport0", "device": "LPT1", "holder": "none", "modes": "read nibble, write centronics", "device_id": null, "chain": \[\]\}\]$' \
	$W --json list
expect_re "info" 0 '^LPT1: location LPT1, read nibble, write centronics, write time-out 300000 ms$' \
	$W info LPT1
expect_re "info --json, by \\\\.\\LPT1" 0 \
	'^\{"device": "\\\\.\\LPT1", "location": "LPT1", "read_mode": "nibble", "write_mode": "centronics", "write_timeout_ms": 300000\}$' \
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

expect_re "negotiate: nibble is impossible on QEMU's port" 1 'NTSTATUS 0xc000000d' \
	$W negotiate LPT1 nibble centronics
expect_re "negotiate: centronics forward, read unchanged" 0 '^LPT1: read nibble, write centronics$' \
	$W negotiate LPT1 none centronics,ieee_compatibility
expect_re "negotiate: unknown mode" 2 "unknown mode" $W negotiate LPT1 warp centronics
expect_re "watch: the first status" 0 '^LPT1: 0x[0-9a-f]{2} .*selected' $W watch LPT1 --count 1
expect_re "read: no reverse channel on QEMU's port" 1 'NTSTATUS 0xc0000185' $W read LPT1 --count 8
expect_re "usage" 2 '^usage: winparctl' $W frobnicate LPT1

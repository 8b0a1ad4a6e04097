#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# A kernel client's register access (selftests/kmod/winpar_regs.c) on
# parport_sim: the module bit-bangs a byte stream with
# winpar_write_port_uchar() and friends under LOCK_PORT and checks that
# every call is refused before the lock and after the unlock; its TAP lines
# are passed through, then the printer's record must hold the stream byte
# for byte (a refused call that got through would have added an X).
SIM=/sys/kernel/debug/parport_sim
. /tests/tap.sh
check() { if eval "$2"; then ok "$1"; else not_ok "$1"; fi; }

echo "TAP version 13"
# A program before this one may have left the simulator loaded.
if [ -e /sys/module/parport_sim ]; then
	rmmod lp
	rmmod parport_sim
	insmod /modules/lp.ko
fi
insmod /modules/parport_sim.ko ports=1 || { echo "1..1"; not_ok "insmod parport_sim"; exit 1; }
sim=$(ls $SIM | grep '^parport' | head -n 1)
m=${sim#parport}
echo 0 > $SIM/$sim/received
text="kernel regs: Centronics by hand"
insmod /modules/winpar_regs.ko device=LPT$((m + 1)) "text=\"$text\""
rc=$?
out=$(cat /sys/kernel/debug/winpar_regs/results 2>/dev/null)
total=$(printf '%s\n' "$out" | sed -n 's/^1\.\.//p')
echo "1..$((total + 6))"
printf '%s\n' "$out" | grep -E '^(not )?ok ' | while read -r line; do
	echo "$line"
done
n=$total
check "insmod winpar_regs" '[ "$rc" = 0 ]'
check "the module ran its tests" '[ "${total:-0}" -ge 9 ]'
got=$(cat $SIM/$sim/received)
check "the printer's record is the stream, byte for byte" '[ "$got" = "$text" ]'
# Control: the same check against a stream with one byte more fails.
check "control: a record with an X more is not the stream" '[ "$got" != "${text}X" ]'
rmmod winpar_regs
check "winpar_regs unloads" '[ ! -e /sys/module/winpar_regs ]'
rmmod lp
rmmod parport_sim
insmod /modules/lp.ko
check "parport_sim unloads" '[ ! -e /sys/module/parport_sim ]'

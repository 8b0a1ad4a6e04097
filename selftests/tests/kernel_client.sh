#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The sample kernel client (selftests/kmod/winpar_client.c) on parport_sim:
# every internal request and routine from the kernel, each in its calling
# context.  The module's own TAP lines are passed through, then what the
# simulated peripheral received is checked.
SIM=/sys/kernel/debug/parport_sim
P=/sys/module/winpar/parameters
n=0
. /tests/tap.sh
check() { if eval "$2"; then ok "$1"; else not_ok "$1"; fi; }

echo "TAP version 13"
insmod /modules/parport_sim.ko ports=1 modes=pcspp+tristate+safeinint+ecp+epp \
	daisy=2 irq=1 || { echo "1..1"; not_ok "insmod parport_sim"; exit 1; }
sim=$(ls $SIM | grep '^parport' | head -n 1)
m=${sim#parport}
echo 1 > $P/enable_connect_interrupt
echo nibble byte deviceid ecp epp > $SIM/$sim/ieee1284_modes
printf xyz > $SIM/$sim/reverse
echo 0 > $SIM/$sim/received
insmod /modules/winpar_client.ko port=ParallelPort$m device=LPT$((m + 1)).4 \
	daisy=LPT$((m + 1)).1
rc=$?
out=$(cat /sys/kernel/debug/winpar_client/results 2>/dev/null)
total=$(printf '%s\n' "$out" | sed -n 's/^1\.\.//p')
echo "1..$((total + 5))"
printf '%s\n' "$out" | grep -E '^(not )?ok ' | while read -r line; do
	echo "$line"
done
n=$total
check "insmod winpar_client" '[ "$rc" = 0 ]'
check "the module ran its tests" '[ "${total:-0}" -gt 20 ]'
got=$(cat $SIM/$sim/received)
check "the peripheral got the interrupt write, the ECP write, then winpar_write()'s" \
	'[ "$got" = "interrupts, one per byteECP through ParallelWrite|IRP_MJ_WRITE" ]'
rmmod winpar_client
check "winpar_client unloads" '[ ! -e /sys/module/winpar_client ]'
echo 0 > $P/enable_connect_interrupt
rmmod lp
rmmod parport_sim
insmod /modules/lp.ko
check "parport_sim unloads" '[ ! -e /sys/module/parport_sim ]'

#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# make demo: boot Debian's 6.1 kernel in QEMU with winpar loaded, ask the
# emulated LPT for its status the Windows way, print a file to it, and show
# what arrived on the host side of the cable; then winparctl list, id,
# negotiate and print against the simulated IEEE 1284 printer.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WINPAR_DEPS=demo ensure_deps
name=stock-6.1
demo=$BUILD/demo
mkdir -p "$demo/files" "$BUILD/run/demo"

prepare_kernel "$name"
build_module "$name" >/dev/null
gcc -O2 -Wall -static -I"$TOP/include/uapi" -o "$demo/winpar-demo" "$TOP/tools/demo/winpar-demo.c"
make -s -C "$TOP/tools" O="$demo/tools" LDFLAGS=-static >/dev/null
cp "$demo/tools/winparctl" "$demo/"
cat > "$demo/files/hello.txt" <<'TEXT'
Hello from winpar.
This page went through CreateFile("\\.\LPT1") and WriteFile(),
answered by Linux's parport core, and came out of QEMU's parallel port.
TEXT
make_initramfs "$name" "$BUILD/run/demo/initramfs.cpio.gz" demo "$demo"

say "demo: booting $(cat "$BUILD/kernels/$name/release") in QEMU (TCG), about 10 s"
boot "$name" "$BUILD/run/demo/initramfs.cpio.gz" "$BUILD/run/demo/lpt.bin" \
	"$BUILD/run/demo/console.log" 300 || true

echo
echo "=== In the guest ==="
tr -d '\r' < "$BUILD/run/demo/console.log" |
	sed -n '/^WINPAR-DEMO-BEGIN/,/^WINPAR-DEMO-END/p' | sed '1d;$d'
echo
echo "=== On the host: what QEMU's LPT wrote to $BUILD/run/demo/lpt.bin ($(stat -c %s "$BUILD/run/demo/lpt.bin") bytes) ==="
cat "$BUILD/run/demo/lpt.bin"
echo
if cmp -s "$BUILD/run/demo/lpt.bin" "$demo/files/hello.txt"; then
	echo "The bytes match the file, byte for byte."
else
	echo "The bytes do NOT match the file." >&2
	exit 1
fi

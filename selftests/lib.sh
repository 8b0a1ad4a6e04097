# SPDX-License-Identifier: GPL-2.0
# Shared by the test bed scripts: paths, dependencies, kernels, the module
# build and the initramfs.  Source it; do not run it.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
# Kernels (and the debug kernel's source tree) are cached outside the source
# tree, so that a fresh clone does not download or build them again.
CACHE=${WINPAR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/winpar}
KERNELS_ALL="stock-6.1 stock-6.12 debug-6.1"

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 2; }

# --- dependencies -----------------------------------------------------------

# The newest Debian release string of a flavour, e.g. 6.1.0-56-amd64.
newest_release() {
	case $1 in
	6.1)  apt-cache search --names-only '^linux-image-6\.1\.0-[0-9]+-amd64-unsigned$' ;;
	6.12) apt-cache search --names-only '^linux-image-6\.12\.[0-9]+\+deb12-amd64-unsigned$' ;;
	esac | awk '{print $1}' | sed 's/^linux-image-//; s/-unsigned$//' | sort -V | tail -n 1
}

# The packages the test bed needs; the kernel header packages are resolved
# against the apt lists so that image and headers always match.
needed_packages() {
	local p v versions="6.1 6.12"
	local pkgs="qemu-system-x86 busybox-static cpio xz-utils gcc make libc6-dev kmod rsync"
	# The demo needs the stock 6.1 kernel only; the suite needs everything.
	if [ "${WINPAR_DEPS:-check}" = demo ]; then
		versions=6.1
	else
		pkgs="$pkgs gcc-multilib g++ bc flex bison libelf-dev libssl-dev linux-source-6.1 dkms clang libclang-rt-14-dev"
	fi
	for v in $versions; do
		p=$(newest_release "$v")
		[ -n "$p" ] && pkgs="$pkgs linux-headers-$p"
	done
	echo $pkgs
}

missing_packages() {
	local p out=
	for p in $(needed_packages); do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			out="$out $p"
	done
	echo $out
}

# Install what is missing (as root), or print the one line to run and stop.
ensure_deps() {
	local missing
	if [ "$(id -u)" = 0 ] && ! [ -n "${WINPAR_NO_APT:-}" ]; then
		# The kernel packages are looked up in the lists: make sure they exist.
		if [ -z "$(newest_release 6.1)" ] ||
		   [ -n "$(missing_packages)" ]; then
			say "test bed: apt-get update"
			apt-get update -qq >&2 || die "apt-get update failed"
		fi
		missing=$(missing_packages)
		if [ -n "$missing" ]; then
			say "test bed: installing$missing"
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
				--no-install-recommends $missing >&2 ||
				die "apt-get install failed"
		fi
	else
		missing=$(missing_packages)
		if [ -n "$missing" ] || [ -z "$(newest_release 6.1)" ]; then
			say "Missing packages. Run, as root:"
			say "  apt-get update && apt-get install -y --no-install-recommends $(needed_packages)"
			exit 2
		fi
	fi
}

# --- kernels ------------------------------------------------------------------

# link_kernels: $BUILD/kernels is the cache's kernels directory.
link_kernels() {
	mkdir -p "$CACHE/kernels" "$BUILD"
	if [ ! -L "$BUILD/kernels" ]; then
		rm -rf "$BUILD/kernels"
		ln -s "$CACHE/kernels" "$BUILD/kernels"
	fi
}

# prepare_kernel NAME: lay out $CACHE/kernels/NAME/{vmlinuz,release,kdir,modules/}
# ($BUILD/kernels points there).
prepare_kernel() {
	local name=$1 dir=$CACHE/kernels/$1 rel deb
	link_kernels
	case $name in
	stock-6.1|stock-6.12)
		rel=$(newest_release "${name#stock-}")
		[ -n "$rel" ] || die "no linux-image package for $name in the apt lists"
		if [ -f "$dir/release" ] && [ "$(cat "$dir/release")" = "$rel" ] &&
		   [ -f "$dir/vmlinuz" ]; then
			return 0
		fi
		[ -d "/usr/src/linux-headers-$rel" ] ||
			die "linux-headers-$rel is not installed"
		rm -rf "$dir"
		mkdir -p "$dir/root" "$CACHE/debs"
		say "$name: fetching linux-image-$rel-unsigned"
		(cd "$CACHE/debs" && apt-get download -q "linux-image-$rel-unsigned" >/dev/null 2>&1) ||
			die "apt-get download linux-image-$rel-unsigned failed"
		deb=$(ls "$CACHE"/debs/linux-image-"$rel"-unsigned_*.deb | head -n 1)
		dpkg-deb -x "$deb" "$dir/root"
		cp "$dir/root/boot/vmlinuz-$rel" "$dir/vmlinuz"
		mkdir -p "$dir/modules/lib/modules"
		mv "$dir/root/lib/modules/$rel" "$dir/modules/lib/modules/"
		rm -rf "$dir/root"
		ln -sfn "/usr/src/linux-headers-$rel" "$dir/kdir"
		echo "$rel" > "$dir/release"
		;;
	debug-6.1)
		bash "$TOP/selftests/kernels/build-debug-kernel.sh" "$CACHE"
		;;
	*)
		die "unknown kernel $name (one of: $KERNELS_ALL)"
		;;
	esac
}

# kernel_module NAME MOD: path of a kernel module (e.g. parport_pc) of NAME,
# decompressed if the distribution ships it compressed.
kernel_module() {
	local dir=$BUILD/kernels/$1 rel f out
	rel=$(cat "$dir/release")
	f=$(find "$dir/modules/lib/modules/$rel/kernel/drivers" \
		\( -name "$2.ko" -o -name "$2.ko.xz" -o -name "$2.ko.zst" \) | head -n 1)
	[ -n "$f" ] || die "$1: no module $2"
	case $f in
	*.xz)  out=${f%.xz};  [ -f "$out" ] || xz -dkf "$f" ;;
	*.zst) out=${f%.zst}; [ -f "$out" ] || zstd -dqf "$f" -o "$out" ;;
	*)     out=$f ;;
	esac
	echo "$out"
}

# --- builds ---------------------------------------------------------------------

# The suite builds every module with W=1 and -Werror: a new warning fails
# the run (run-qemu.sh's control shows these flags reject one).
KBUILD_FLAGS="W=1 KCFLAGS=-Werror"

# build_module NAME: winpar.ko for kernel NAME, built in a copy of the tree.
build_module() {
	local name=$1 src=$BUILD/mod/$1
	mkdir -p "$src"
	rsync -a --delete --exclude build --exclude .git --exclude compat/generated \
		"$TOP"/Kbuild "$TOP"/Makefile "$TOP"/module "$TOP"/compat "$TOP"/include \
		$(ls -d "$TOP"/sim 2>/dev/null) "$src"/
	mkdir -p "$src/selftests"
	rsync -a --delete "$TOP"/selftests/kmod "$src"/selftests/
	make -s -C "$src" KDIR="$BUILD/kernels/$name/kdir" $KBUILD_FLAGS modules >&2 ||
		die "$name: building winpar.ko failed"
	# The sample kernel client, against winpar's exported symbols.
	make -s -C "$BUILD/kernels/$name/kdir" M="$src/selftests/kmod" $KBUILD_FLAGS \
		KBUILD_EXTRA_SYMBOLS="$src/Module.symvers" modules >&2 ||
		die "$name: building winpar_client.ko failed"
	echo "$src/winpar.ko"
}

# The kselftest harness headers, from Debian's linux-source-6.1 tarball.
kselftest_headers() {
	local kst=$BUILD/kselftest tarball=/usr/src/linux-source-6.1.tar.xz
	[ -f "$kst/kselftest_harness.h" ] && return 0
	[ -f "$tarball" ] || die "$tarball missing (apt-get install linux-source-6.1)"
	mkdir -p "$kst"
	tar -xJf "$tarball" -C "$kst" --strip-components=4 \
		linux-source-6.1/tools/testing/selftests/kselftest.h \
		linux-source-6.1/tools/testing/selftests/kselftest_harness.h
}

build_tests() {
	kselftest_headers
	make -s -C "$TOP/selftests/tests" O="$BUILD/tests" KSELFTEST="$BUILD/kselftest" >&2 ||
		die "building the tests failed"
	make -s -C "$TOP/selftests/abi" OUT="$BUILD/tests" \
		abi_test64 abi_test32 abi_test64_cxx abi_test32_cxx >&2 ||
		die "building the ABI tests failed"
	rm -f "$BUILD"/tests/*.o
}

# stage_tests DIR: a clean DIR holding exactly the programs and files the
# tests' Makefile lists for the guest (nothing left over in build/tests).
stage_tests() {
	local dir=$1 f
	rm -rf "$dir"
	mkdir -p "$dir"
	for f in $(make -s -C "$TOP/selftests/tests" guest-tests); do
		[ -f "$BUILD/tests/$f" ] && cp "$BUILD/tests/$f" "$dir/"
	done
	for f in $(make -s -C "$TOP/selftests/tests" guest-files); do
		[ -f "$BUILD/tests/$f" ] && cp "$BUILD/tests/$f" "$dir/"
	done
	return 0
}

# make_initramfs NAME OUT MODE BINDIR: busybox, /init, the modules, and the
# programs of BINDIR in /tests (and BINDIR/files/* in /files).
make_initramfs() {
	local name=$1 out=$2 mode=$3 bindir=$4 root m
	root=$(mktemp -d)
	mkdir -p "$root"/{bin,sbin,dev,proc,sys,tmp,run,modules,tests,etc}
	cp /bin/busybox "$root/bin/busybox"
	ln -s busybox "$root/bin/sh"
	for m in parport parport_pc lp ppdev; do
		cp "$(kernel_module "$name" "$m")" "$root/modules/$m.ko"
	done
	# winpar.ko and any other module of this tree (the simulated peripherals).
	cp "$BUILD/mod/$name"/*.ko "$BUILD/mod/$name"/selftests/kmod/*.ko "$root/modules/"
	find "$bindir" -maxdepth 1 -type f -perm -u+x -exec cp {} "$root/tests/" \;
	if [ -d "$bindir/files" ]; then
		mkdir -p "$root/files"
		cp "$bindir"/files/* "$root/files/"
	fi
	sed "s/@MODE@/$mode/" "$TOP/selftests/guest/init" > "$root/init"
	chmod +x "$root/init"
	echo "root:x:0:0:root:/:/bin/sh" > "$root/etc/passwd"
	echo "root:x:0:" > "$root/etc/group"
	(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) > "$out"
	rm -rf "$root"
}

# boot NAME INITRAMFS LPT_OUT CONSOLE_LOG TIMEOUT: QEMU, TCG only (KVM hangs
# here).  Single-threaded TCG: with one host thread per vCPU, Debian's 6.12
# kernel now and then hits a stray int3 while it patches its own text at
# boot (an Oops in enqueue_timer); with both vCPUs on one thread it does not.
boot() {
	local name=$1 initrd=$2 lpt=$3 log=$4 tmo=$5
	: > "$lpt"
	timeout "$tmo" qemu-system-x86_64 -accel tcg,thread=single -M pc -cpu max -m 1G -smp 2 \
		-nodefaults -no-user-config -display none -vga none -no-reboot \
		-kernel "$BUILD/kernels/$name/vmlinuz" -initrd "$initrd" \
		-append "console=ttyS0 panic=-1 quiet log_buf_len=4M${WINPAR_TESTS:+ winpar_tests=$WINPAR_TESTS}${WINPAR_CMDLINE:+ $WINPAR_CMDLINE}" \
		-serial "file:$log" -parallel "file:$lpt" </dev/null
}

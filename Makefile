# SPDX-License-Identifier: GPL-2.0
#
# winpar: build the module against a kernel tree, and run the demo and the
# test suite in QEMU.
#
#   make                    build winpar.ko for KDIR (default: the running kernel)
#   make KDIR=/path         build for another kernel tree or header package
#   make W=1 / make C=2     extra warnings / sparse, passed to kbuild
#   make install            install into /lib/modules/<release>/updates and run depmod
#   make dkms               register with DKMS, build and install (dkms-remove undoes it)
#   make install-udev       udev rules: LPT nodes group lp 0660, port nodes root 0600
#   make clean
#   make demo               boot QEMU, answer a Windows request, print to the emulated LPT
#   make check              the whole suite on every kernel of the test bed
#   make check KERNELS=stock-6.1   one kernel (stock-6.1, stock-6.12, debug-6.1)
#   make bench              winpar against lp and ppdev, in QEMU (RATIO lines last)
#   make checkpatch         checkpatch.pl --strict on the sources

KDIR ?= /lib/modules/$(shell uname -r)/build
PROBES := compat/generated/winpar_probes.h

all: modules

# The probe header depends on the tree: regenerate it whenever KDIR changes.
$(PROBES): FORCE
	@mkdir -p $(dir $@)
	@if [ "$$(cat compat/generated/kdir 2>/dev/null)" != "$(realpath $(KDIR))" ] || \
	    [ ! -f $@ ]; then \
		echo "  PROBE   $(KDIR)"; \
		sh compat/conftest.sh "$(KDIR)" $@ && \
		echo "$(realpath $(KDIR))" > compat/generated/kdir; \
	fi

modules: $(PROBES)
	$(MAKE) -C $(KDIR) M=$(CURDIR) modules

# INSTALL_MOD_PATH=/some/root installs below that root instead of /.
# parport_sim, the simulator, is a test tool: not built for installation.
install: $(PROBES)
	$(MAKE) -C $(KDIR) M=$(CURDIR) WINPAR_SIM=n modules
	$(MAKE) -C $(KDIR) M=$(CURDIR) WINPAR_SIM=n INSTALL_MOD_DIR=updates modules_install
	depmod -a $(if $(INSTALL_MOD_PATH),-b $(INSTALL_MOD_PATH)) \
		$(shell sed -n 's/.*UTS_RELEASE "\(.*\)"/\1/p' $(KDIR)/include/generated/utsrelease.h)

# DKMS: copy the tree to /usr/src/winpar-<version> and build and install it
# for the running kernel (or DKMS_KERNEL=<release>).  `make dkms-remove` undoes it.
DKMS_VERSION = $(shell sed -n 's/^PACKAGE_VERSION="\(.*\)"/\1/p' dkms.conf)
DKMS_SRC = /usr/src/winpar-$(DKMS_VERSION)
dkms:
	rm -rf $(DKMS_SRC) && mkdir -p $(DKMS_SRC)
	cp -r Kbuild Makefile dkms.conf module compat include $(DKMS_SRC)/
	rm -rf $(DKMS_SRC)/compat/generated
	dkms add winpar/$(DKMS_VERSION)
	dkms build winpar/$(DKMS_VERSION) $(if $(DKMS_KERNEL),-k $(DKMS_KERNEL))
	dkms install winpar/$(DKMS_VERSION) $(if $(DKMS_KERNEL),-k $(DKMS_KERNEL))

dkms-remove:
	dkms remove winpar/$(DKMS_VERSION) --all
	rm -rf $(DKMS_SRC)

# The udev rules: LPT nodes for group lp, port nodes root only.
install-udev:
	install -D -m 0644 udev/60-winpar.rules $(DESTDIR)/etc/udev/rules.d/60-winpar.rules

# Not kbuild's clean: it deletes every *.ko below M=, including the kernels
# the test bed keeps in build/.
clean:
	find . \( -path ./build -o -path ./.git \) -prune -o -type f \
		\( -name '*.o' -o -name '*.ko' -o -name '*.mod' -o -name '*.mod.c' \
		   -o -name '.*.cmd' -o -name '.*.d' \) -print | xargs rm -f
	rm -f Module.symvers modules.order
	rm -rf compat/generated .tmp_versions

demo:
	bash selftests/demo.sh

check:
	bash selftests/check.sh $(KERNELS)

bench:
	bash selftests/bench.sh

checkpatch:
	bash scripts/checkpatch.sh

.PHONY: all modules install clean demo check bench checkpatch dkms dkms-remove install-udev FORCE
FORCE:

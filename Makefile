# SPDX-License-Identifier: GPL-2.0
#
# winpar: build the module against a kernel tree, and run the demo and the
# test suite in QEMU.
#
#   make                    build winpar.ko for KDIR (default: the running kernel)
#   make KDIR=/path         build for another kernel tree or header package
#   make W=1 / make C=2     extra warnings / sparse, passed to kbuild
#   make install            install into /lib/modules/<release>/updates and run depmod
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
install: modules
	$(MAKE) -C $(KDIR) M=$(CURDIR) INSTALL_MOD_DIR=updates modules_install
	depmod -a $(if $(INSTALL_MOD_PATH),-b $(INSTALL_MOD_PATH)) \
		$(shell sed -n 's/.*UTS_RELEASE "\(.*\)"/\1/p' $(KDIR)/include/generated/utsrelease.h)

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

.PHONY: all modules install clean demo check bench checkpatch FORCE
FORCE:

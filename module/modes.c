// SPDX-License-Identifier: GPL-2.0
/*
 * Windows' IEEE 1284 protocol bits (ntddpar.h, WINDOWS-API.md 11.2) and the
 * parport core's IEEE1284_MODE_* values; choosing and probing modes.
 * Documentation/decisions.rst, "Mode mapping", gives the table and why.
 */
#include <winpar/ntddpar.h>

#include "winpar.h"

/**
 * struct winpar_mode - one Windows protocol bit
 * @bit: the ntddpar.h bit
 * @ieee: the parport core's mode (IEEE1284_MODE_*), -1 if it has none
 * @dirs: WINPAR_FWD and/or WINPAR_REV
 * @needs: PARPORT_MODE_* the port must have (for the reverse direction,
 *	software ECP/EPP and byte mode also need PARPORT_MODE_TRISTATE)
 * @name: its name in sysfs
 */
struct winpar_mode {
	u16 bit;
	int ieee;
	u8 dirs;
	unsigned int needs;
	const char *name;
};

#define BOTH	(WINPAR_FWD | WINPAR_REV)

/* Fastest first: the order of WINDOWS-API.md 10.8, reverse-only modes last. */
static const struct winpar_mode winpar_modes[] = {
	/* The core refuses BECP (-ENOSYS): never chosen. */
	{ BOUNDED_ECP,		-1,			BOTH, 0, "bounded_ecp" },
	{ ECP_HW_NOIRQ,		IEEE1284_MODE_ECP,	BOTH, PARPORT_MODE_ECP, "ecp_hw_noirq" },
	{ ECP_HW_IRQ,		IEEE1284_MODE_ECP,	BOTH, PARPORT_MODE_ECP, "ecp_hw_irq" },
	{ EPP_HW,		IEEE1284_MODE_EPP,	BOTH, PARPORT_MODE_EPP, "epp_hw" },
	{ EPP_SW,		IEEE1284_MODE_EPPSWE,	BOTH, 0, "epp_sw" },
	{ ECP_SW,		IEEE1284_MODE_ECPSWE,	BOTH, 0, "ecp_sw" },
	{ IEEE_COMPATIBILITY,	IEEE1284_MODE_COMPAT,	WINPAR_FWD, 0, "ieee_compatibility" },
	{ CENTRONICS,		IEEE1284_MODE_COMPAT,	WINPAR_FWD, 0, "centronics" },
	{ BYTE_BIDIR,		IEEE1284_MODE_BYTE,	WINPAR_REV, PARPORT_MODE_TRISTATE, "byte" },
	/* 1284.3 channelized nibble: the core has none. */
	{ CHANNEL_NIBBLE,	-1,			WINPAR_REV, 0, "channel_nibble" },
	{ NIBBLE,		IEEE1284_MODE_NIBBLE,	WINPAR_REV, 0, "nibble" },
};

static const struct winpar_mode *winpar_mode_find(u16 bit)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(winpar_modes); i++)
		if (winpar_modes[i].bit == bit)
			return &winpar_modes[i];
	return NULL;
}

/**
 * winpar_mode_to_ieee() - the parport core's mode for one Windows bit
 * @bit: one ntddpar.h protocol bit
 *
 * Return: the IEEE1284_MODE_* value, or -1 when there is none.
 */
int winpar_mode_to_ieee(u16 bit)
{
	const struct winpar_mode *m = winpar_mode_find(bit);

	return m ? m->ieee : -1;
}

static bool winpar_port_allows(const struct winpar_mode *m, struct parport *pp, u8 dir)
{
	unsigned int needs = m->needs;

	if (m->ieee < 0 || !(m->dirs & dir))
		return false;
	if (dir == WINPAR_REV && m->ieee != IEEE1284_MODE_NIBBLE)
		needs |= PARPORT_MODE_TRISTATE;
	return (pp->modes & needs) == needs;
}

/*
 * Does the device take the mode?  Negotiate it and go back to compatibility
 * mode.  Plain Centronics needs no negotiation; "IEEE 1284 compatibility"
 * means a device that answers IEEE 1284 negotiation, which every such
 * device does for nibble mode.
 */
static bool winpar_device_accepts(struct parport *pp, const struct winpar_mode *m)
{
	int mode = m->ieee, r;

	if (m->bit == CENTRONICS)
		return true;
	if (m->bit == IEEE_COMPATIBILITY)
		mode = IEEE1284_MODE_NIBBLE;
	r = parport_negotiate(pp, mode);
	parport_negotiate(pp, IEEE1284_MODE_COMPAT);
	return !r;
}

/**
 * winpar_pick_mode() - the fastest mode of a mask that port and device can do
 * @port: the port, claimed
 * @mask: acceptable ntddpar.h protocol bits
 * @dir: WINPAR_FWD or WINPAR_REV
 *
 * Return: one protocol bit, or 0 (NONE) when none of @mask works.
 */
u16 winpar_pick_mode(struct winpar_port *port, u16 mask, u8 dir)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(winpar_modes); i++) {
		const struct winpar_mode *m = &winpar_modes[i];

		if ((mask & m->bit) && winpar_port_allows(m, port->pp, dir) &&
		    winpar_device_accepts(port->pp, m))
			return m->bit;
	}
	return NONE;
}

/**
 * winpar_probe_modes() - every mode of a mask that port and device can do
 * @port: the port, claimed
 * @mask: the protocol bits to try
 *
 * Return: the OR of the protocol bits that work in at least one direction.
 */
u16 winpar_probe_modes(struct winpar_port *port, u16 mask)
{
	u16 found = NONE;
	unsigned int i;

	port->conn_gen++;
	for (i = 0; i < ARRAY_SIZE(winpar_modes); i++) {
		const struct winpar_mode *m = &winpar_modes[i];

		if (!(mask & m->bit))
			continue;
		if ((winpar_port_allows(m, port->pp, WINPAR_FWD) ||
		     winpar_port_allows(m, port->pp, WINPAR_REV)) &&
		    winpar_device_accepts(port->pp, m))
			found |= m->bit;
	}
	return found;
}

/**
 * winpar_mode_name() - the name of one Windows protocol bit, for sysfs
 * @bit: one ntddpar.h protocol bit
 *
 * Return: "nibble", "ecp_sw", ... or "none".
 */
const char *winpar_mode_name(u16 bit)
{
	const struct winpar_mode *m = winpar_mode_find(bit);

	return m ? m->name : "none";
}

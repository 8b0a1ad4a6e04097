// SPDX-License-Identifier: GPL-2.0
/*
 * IEEE 1284.3 daisy-chain commands, sent by winpar itself through the
 * port's register operations: the parport core does not export its own
 * (LINUX-PARPORT.md 1.3), and can only select in compatibility mode, while
 * Windows selects a device for ECP and EPP too and deselects on its own.
 *
 * A command is a CPP packet: the data lines show AA 55 00 FF 87 78 without
 * strobes, the chain answers on the status lines after FF (Busy low,
 * PError, Select and nFault high) and after 87 (Busy high, PError low,
 * Select and nFault high); then the command byte is strobed, and FF ends
 * the packet.  While a select command's strobe is low, nFault high says
 * that the addressed device took it.
 *
 * Callers hold the port claimed by winpar.  The core's record of the
 * selected address (physport->daisy) follows what is sent, so that lp,
 * ppdev and the core's probing find the chain as they expect.  Timing: the
 * 2 us and 1 us steps of the 1284.3 packet, busy-waited (callable with
 * interrupts off, about 20 us per command).
 */
#include <linux/delay.h>

#include "winpar.h"
#include "trace.h"

#define CPP_LINES	(PARPORT_STATUS_BUSY | PARPORT_STATUS_PAPEROUT | \
			 PARPORT_STATUS_SELECT | PARPORT_STATUS_ERROR)
/* After AA 55 00 FF: Busy low (the bit set), PError, Select, nFault high. */
#define CPP_ANSWER_FF	CPP_LINES
/* After 87: Busy high, PError low, Select and nFault high. */
#define CPP_ANSWER_87	(PARPORT_STATUS_SELECT | PARPORT_STATUS_ERROR)

/* Command bytes (IEEE 1284.3). */
#define CPP_CMD_DESELECT	0x30
#define CPP_CMD_SELECT_COMPAT	0xe0
#define CPP_CMD_SELECT_ECP	0xd0
#define CPP_CMD_SELECT_EPP	0x20

static void winpar_cpp_byte(struct parport *pp, u8 b)
{
	parport_write_data(pp, b);
	udelay(2);
}

/* AA 55 00 FF 87 78: return true if a 1284.3 chain answered. */
static bool winpar_cpp_preamble(struct parport *pp)
{
	parport_data_forward(pp);
	winpar_cpp_byte(pp, 0xaa);
	winpar_cpp_byte(pp, 0x55);
	winpar_cpp_byte(pp, 0x00);
	winpar_cpp_byte(pp, 0xff);
	if ((parport_read_status(pp) & CPP_LINES) != CPP_ANSWER_FF)
		return false;
	winpar_cpp_byte(pp, 0x87);
	if ((parport_read_status(pp) & CPP_LINES) != CPP_ANSWER_87)
		return false;
	winpar_cpp_byte(pp, 0x78);
	return true;
}

static void winpar_cpp_strobe(struct parport *pp)
{
	parport_frob_control(pp, PARPORT_CONTROL_STROBE, PARPORT_CONTROL_STROBE);
	udelay(1);
}

static void winpar_cpp_unstrobe(struct parport *pp)
{
	parport_frob_control(pp, PARPORT_CONTROL_STROBE, 0);
	udelay(1);
}

/*
 * One command.  Return: the status lines read while the strobe was low
 * (only when @answer: a select is answered on nFault, a deselect is not),
 * 0 without @answer, or -ENXIO when no chain answered the packet.
 */
static int winpar_cpp_command(struct parport *pp, u8 cmd, bool answer)
{
	u8 s = 0;

	if (!winpar_cpp_preamble(pp)) {
		winpar_cpp_byte(pp, 0xff);
		return -ENXIO;
	}
	winpar_cpp_byte(pp, cmd);
	winpar_cpp_strobe(pp);
	if (answer)
		s = parport_read_status(pp);
	winpar_cpp_unstrobe(pp);
	winpar_cpp_byte(pp, 0xff);
	return s;
}

static bool winpar_mode_is_ecp(int mode)
{
	return mode & (IEEE1284_MODE_ECP | IEEE1284_MODE_ECPSWE | IEEE1284_MODE_ECPRLE);
}

static bool winpar_mode_is_epp(int mode)
{
	return mode & (IEEE1284_MODE_EPP | IEEE1284_MODE_EPPSL | IEEE1284_MODE_EPPSWE);
}

/*
 * Tell the core which 1284.3 address is selected: it keeps that in the
 * physical port, under cad_lock, as its own claim and release do.
 */
static void winpar_note_daisy(struct winpar_port *port, int addr)
{
	struct parport *phys = port->pp->physport;
	unsigned long flags;

	port->selected = addr;
	port->conn_gen++;
	write_lock_irqsave(&phys->cad_lock, flags);
	phys->daisy = addr;
	write_unlock_irqrestore(&phys->cad_lock, flags);
}

/**
 * winpar_daisy_select() - select a daisy-chain device for a transfer mode
 * @port: the port, claimed by winpar
 * @addr: the device's 1284.3 address, 0..3
 * @mode: the IEEE1284_MODE_* the device will be used in: ECP modes send
 *	0xD0|addr, EPP modes 0x20|addr, any other 0xE0|addr
 *
 * Return: 0 if the device answered (nFault high), -EIO if it did not or no
 * chain answered the packet; then no device is selected.
 */
int winpar_daisy_select(struct winpar_port *port, int addr, int mode)
{
	struct parport *pp = port->pp;
	u8 cmd = CPP_CMD_SELECT_COMPAT;
	int s;

	if (winpar_mode_is_ecp(mode))
		cmd = CPP_CMD_SELECT_ECP;
	else if (winpar_mode_is_epp(mode))
		cmd = CPP_CMD_SELECT_EPP;
	s = winpar_cpp_command(pp, cmd | (addr & 3), true);
	trace_winpar_daisy(pp->name, cmd | (addr & 3), s);
	if (s < 0 || !(s & PARPORT_STATUS_ERROR)) {
		winpar_note_daisy(port, -1);
		return -EIO;
	}
	winpar_note_daisy(port, addr);
	return 0;
}

/**
 * winpar_daisy_deselect() - deselect every daisy-chain device
 * @port: the port, claimed by winpar
 *
 * The end-of-chain device talks on the port again.  1284.3 has no command
 * that deselects one device alone.
 */
void winpar_daisy_deselect(struct winpar_port *port)
{
	struct parport *pp = port->pp;
	int s;

	s = winpar_cpp_command(pp, CPP_CMD_DESELECT, false);
	trace_winpar_daisy(pp->name, CPP_CMD_DESELECT, s);
	winpar_note_daisy(port, -1);
}

/**
 * winpar_daisy_assign() - assign addresses along the chain
 * @port: the port, claimed by winpar
 *
 * The address-assignment packet: after the preamble, each device in turn
 * shows PError and Select high (and Busy low if more devices follow it)
 * and takes the address strobed to it, 0 for the one nearest the port.
 *
 * Return: the number of daisy-chain devices, 0..4.
 */
int winpar_daisy_assign(struct winpar_port *port)
{
	struct parport *pp = port->pp;
	const u8 here = PARPORT_STATUS_PAPEROUT | PARPORT_STATUS_SELECT;
	int n = 0;
	u8 s;

	winpar_note_daisy(port, -1);
	if (!winpar_cpp_preamble(pp)) {
		winpar_cpp_byte(pp, 0xff);
		return 0;
	}
	s = parport_read_status(pp);
	while (n < WINPAR_DAISY_MAX && (s & here) == here) {
		winpar_cpp_byte(pp, n);
		winpar_cpp_strobe(pp);
		winpar_cpp_unstrobe(pp);
		n++;
		/* Busy high (the bit clear): that device was the last one. */
		if (!(s & PARPORT_STATUS_BUSY))
			break;
		s = parport_read_status(pp);
	}
	winpar_cpp_byte(pp, 0xff);
	return n;
}

// SPDX-License-Identifier: GPL-2.0
/*
 * parport_sim: the IEEE 1284.3 daisy chain in front of the peripheral.
 *
 * Up to four daisy-chain devices sit between the port and the end-of-chain
 * device.  They watch the data lines for the CPP preamble AA 55 00 FF 87 78
 * sent without strobes; then each strobed byte is a command:
 *
 *   00-03      assign this address to the next device along the chain
 *   30         deselect all: the host talks to the end device again
 *   E0+a       select device a (compatibility, nibble, byte)
 *   D0+a       select device a for ECP
 *   20+a       select device a for EPP
 *   FF         (unstrobed) end of the commands
 *
 * A device with the noselect fault ignores the selects: nFault stays low.
 *
 * During the preamble and the commands the chain drives the status lines
 * itself; otherwise it passes the selected device's (or the end device's)
 * lines through.  A mux preamble (AA 55 F0 ...) is not answered.
 */
#include <linux/parport.h>

#include "parport_sim.h"

/* Status of device @pos during address assignment: here, last or not. */
static u8 sim_daisy_presence(struct sim_port *sp, unsigned int pos)
{
	u8 s = PARPORT_STATUS_PAPEROUT | PARPORT_STATUS_SELECT |
	       PARPORT_STATUS_ERROR | PARPORT_STATUS_ACK;

	if (pos + 1 < sp->nr_daisy)
		s |= PARPORT_STATUS_BUSY;	/* Busy low: more follow */
	return s;
}

/* The status register while the chain answers, if it does. */
bool sim_daisy_status(struct sim_port *sp, u8 *status)
{
	if (!sp->nr_daisy)
		return false;
	switch (sp->cpp) {
	case SIM_CPP_FF:
		*status = PARPORT_STATUS_BUSY | PARPORT_STATUS_PAPEROUT |
			  PARPORT_STATUS_SELECT | PARPORT_STATUS_ERROR |
			  PARPORT_STATUS_ACK;
		return true;
	case SIM_CPP_87:
		*status = PARPORT_STATUS_SELECT | PARPORT_STATUS_ERROR |
			  PARPORT_STATUS_ACK;
		return true;
	case SIM_CPP_CMD:
		if (sp->cpp_reply >= 0) {
			*status = sp->cpp_reply;
			return true;
		}
		if (sp->cpp_cursor < sp->nr_daisy) {
			*status = sim_daisy_presence(sp, sp->cpp_cursor);
			return true;
		}
		return false;		/* past the last: pass-through */
	default:
		return false;
	}
}

static void sim_daisy_log(struct sim_port *sp, u8 cmd, int device)
{
	if (sp->log_len >= SIM_DAISY_LOG)
		return;
	sp->log[sp->log_len].cmd = cmd;
	sp->log[sp->log_len].device = device;
	sp->log_len++;
}

static int sim_daisy_find(struct sim_port *sp, int addr)
{
	unsigned int i;

	for (i = 0; i < sp->nr_daisy; i++)
		if (sp->daisy[i].addr == addr)
			return i;
	return -1;
}

/* A strobed command byte. */
static void sim_daisy_command(struct sim_port *sp, u8 cmd)
{
	int i;

	if (cmd <= 3) {
		/* Address assignment: the next device along takes it. */
		i = -1;
		if (sp->cpp_cursor < sp->nr_daisy) {
			i = sp->cpp_cursor++;
			sp->daisy[i].addr = cmd;
		}
		sim_daisy_log(sp, cmd, i);
		return;
	}
	if (cmd == 0x30) {
		sp->cur = &sp->dev;
		sim_daisy_log(sp, cmd, -1);
		sp->cpp_reply = PARPORT_STATUS_ACK | PARPORT_STATUS_ERROR |
				PARPORT_STATUS_SELECT;
		return;
	}
	switch (cmd & 0xfc) {
	case 0xe0:
	case 0xd0:
	case 0x20:
		i = sim_daisy_find(sp, cmd & 3);
		if (i >= 0) {
			sp->daisy[i].selects++;
			/* The noselect fault: it hears the command, and ignores it. */
			if (sp->daisy[i].faults & SIM_FAULT_NOSELECT)
				i = -1;
		}
		sim_daisy_log(sp, cmd, i);
		/* Every device not addressed lets go: the end device, if none. */
		sp->cur = i >= 0 ? &sp->daisy[i] : &sp->dev;
		/* nFault high: selected; low: no such device, or it ignored it. */
		sp->cpp_reply = PARPORT_STATUS_ACK | PARPORT_STATUS_SELECT;
		if (i >= 0)
			sp->cpp_reply |= PARPORT_STATUS_ERROR;
		return;
	default:
		sim_daisy_log(sp, cmd, -1);
		sp->cpp_reply = PARPORT_STATUS_ACK | PARPORT_STATUS_SELECT;
		return;
	}
}

/* The host wrote the data register. */
void sim_daisy_data(struct sim_port *sp, u8 d)
{
	enum sim_cpp_state next = SIM_CPP_IDLE;

	/* No chain, or the talking device is in an IEEE 1284 mode. */
	if (!sp->nr_daisy || (sp->cur->present && sp->cur->phase != SIM_COMPAT)) {
		sp->cpp = SIM_CPP_IDLE;
		return;
	}
	switch (sp->cpp) {
	case SIM_CPP_AA:
		if (d == 0x55)
			next = SIM_CPP_55;
		break;
	case SIM_CPP_55:
		if (d == 0x00)
			next = SIM_CPP_00;	/* 0xf0 would be a mux: none here */
		break;
	case SIM_CPP_00:
		if (d == 0xff)
			next = SIM_CPP_FF;
		break;
	case SIM_CPP_FF:
		if (d == 0x87)
			next = SIM_CPP_87;
		break;
	case SIM_CPP_87:
		if (d == 0x78) {
			next = SIM_CPP_CMD;
			sp->cpp_cursor = 0;
			sp->cpp_reply = -1;
		}
		break;
	case SIM_CPP_CMD:
		if (d != 0xff)
			next = SIM_CPP_CMD;
		break;
	default:
		break;
	}
	if (next == SIM_CPP_IDLE && d == 0xaa)
		next = SIM_CPP_AA;
	sp->cpp = next;
}

/*
 * The host changed the control lines.  Returns true if the chain took the
 * change for itself (a command strobe), which the devices then do not see.
 */
bool sim_daisy_control(struct sim_port *sp, u8 old, u8 new)
{
	if (!sp->nr_daisy || sp->cpp == SIM_CPP_IDLE)
		return false;
	if (sp->cpp != SIM_CPP_CMD) {
		/* Any line moving breaks the preamble. */
		if ((old ^ new) & SIM_CTRL_LINES)
			sp->cpp = SIM_CPP_IDLE;
		return false;
	}
	if ((old ^ new) & ~PARPORT_CONTROL_STROBE & SIM_CTRL_LINES) {
		sp->cpp = SIM_CPP_IDLE;
		return false;
	}
	if (!(old & PARPORT_CONTROL_STROBE) && (new & PARPORT_CONTROL_STROBE))
		sim_daisy_command(sp, sp->hdata);
	return true;
}

/* Back to pass-through with nothing selected (a new or reset chain). */
void sim_daisy_reset(struct sim_port *sp)
{
	unsigned int i;

	sp->cpp = SIM_CPP_IDLE;
	sp->cpp_reply = -1;
	sp->cur = &sp->dev;
	for (i = 0; i < SIM_DAISY_MAX; i++)
		sp->daisy[i].addr = -1;
}

// SPDX-License-Identifier: GPL-2.0
/*
 * parport_sim: registration of the simulated ports and their register
 * operations.
 *
 * Each port is a parport with its own parport_operations, whose registers
 * are a PC-style data/status/control triple backed by the peripheral model
 * of device.c.  The transfer operations are the core's software IEEE 1284
 * routines, so every byte crosses the registers.  The core calls the
 * register operations with its locks held and interrupts off: they take
 * the port's spinlock with irqsave and never sleep.
 */
#include <linux/delay.h>
#include <linux/hrtimer.h>
#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/parport.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/workqueue.h>

#include "parport_sim.h"

#define SIM_BASE	0x5e00	/* informational only: /proc shows it */
#define SIM_IRQ		94	/* likewise: never requested */
#define SIM_DAISY_ID	"MFG:SIMCO;MDL:DAISY%u;CLS:PRINTER;CMD:PCL;DES:parport_sim daisy device;"
#define SIM_DEFAULT_ID	"MFG:SIMCO;MDL:SIMPRINTER;CLS:PRINTER;CMD:PCL,PS;DES:parport_sim printer;"

static unsigned int ports = 1;
module_param(ports, uint, 0444);
MODULE_PARM_DESC(ports, "number of simulated ports (1-8, default 1)");

static char *modes[SIM_MAX_PORTS];
static unsigned int nr_modes;
module_param_array(modes, charp, &nr_modes, 0444);
MODULE_PARM_DESC(modes,
		 "capabilities per port: a number or names joined by '+' or '|' out of pcspp, tristate, epp, ecp, compat, dma, safeinint (default pcspp+tristate+safeinint)");

static bool irq[SIM_MAX_PORTS];
static unsigned int nr_irq;
module_param_array(irq, bool, &nr_irq, 0444);
MODULE_PARM_DESC(irq, "per port: an IRQ, nAck interrupts (default 0: polling)");

static char *device_id = SIM_DEFAULT_ID;
module_param(device_id, charp, 0444);
MODULE_PARM_DESC(device_id, "IEEE 1284 Device ID of the peripherals at load time");

static unsigned int daisy[SIM_MAX_PORTS];
static unsigned int nr_daisy;
module_param_array(daisy, uint, &nr_daisy, 0444);
MODULE_PARM_DESC(daisy, "IEEE 1284.3 daisy-chain devices per port (0-4, default 0)");

static bool end_device[SIM_MAX_PORTS] = {
	[0 ... SIM_MAX_PORTS - 1] = true
};

static unsigned int nr_end_device;
module_param_array(end_device, bool, &nr_end_device, 0444);
MODULE_PARM_DESC(end_device, "per port: a device at the end of the chain (default 1)");

/* What hangs on a new port. */
struct sim_chain {
	unsigned int caps;		/* PARPORT_MODE_* */
	bool irq;			/* an IRQ: nAck interrupts */
	unsigned int nr_daisy;
	bool end;
	const char *ids[SIM_DAISY_MAX];	/* NULL: the default */
};

static char sim_last_added[16];	/* sim_ports_lock */

/* The live ports, and removed ones kept until exit: sim_ports_lock. */
static DEFINE_MUTEX(sim_ports_lock);
static struct sim_port *sim_ports[SIM_MAX_PORTS];
static LIST_HEAD(sim_zombies);

static struct sim_port *to_sim(struct parport *p)
{
	return p->physport->private_data;
}

/* --- registers ----------------------------------------------------------- */

static void sim_write_data(struct parport *p, unsigned char d)
{
	struct sim_port *sp = to_sim(p);
	unsigned long flags;

	spin_lock_irqsave(&sp->lock, flags);
	sp->counters[SIM_CNT_DATA_WRITE]++;
	sp->hdata = d;
	sim_daisy_data(sp, d);
	spin_unlock_irqrestore(&sp->lock, flags);
}

static unsigned char sim_read_data(struct parport *p)
{
	struct sim_port *sp = to_sim(p);
	unsigned long flags;
	u8 d;

	spin_lock_irqsave(&sp->lock, flags);
	sp->counters[SIM_CNT_DATA_READ]++;
	d = (sp->ctrl & SIM_CTRL_REVERSE) ? sp->cur->pdata : sp->hdata;
	spin_unlock_irqrestore(&sp->lock, flags);
	return d;
}

/* The lines went from @old to @new: the chain, else the device, sees it. */
static void sim_lines(struct sim_port *sp, u8 old, u8 new)
{
	if (!sim_daisy_control(sp, old, new))
		sim_device_control(sp, old, new);
}

/* Change the control register; the peripheral sees the edges.  Locked. */
static u8 sim_set_ctrl(struct sim_port *sp, u8 mask, u8 val)
{
	u8 old = sp->ctrl;

	sp->ctrl = (old & ~mask) ^ val;
	if ((old ^ sp->ctrl) & SIM_CTRL_LINES)
		sim_lines(sp, old, sp->ctrl);
	return sp->ctrl;
}

static void sim_write_control(struct parport *p, unsigned char d)
{
	struct sim_port *sp = to_sim(p);
	unsigned long flags;

	spin_lock_irqsave(&sp->lock, flags);
	sp->counters[SIM_CNT_CONTROL_WRITE]++;
	sim_set_ctrl(sp, SIM_CTRL_LINES, d & SIM_CTRL_LINES);
	/* Event 7 is a level: a rewrite of the same value asks again. */
	sim_lines(sp, sp->ctrl, sp->ctrl);
	spin_unlock_irqrestore(&sp->lock, flags);
}

static unsigned char sim_read_control(struct parport *p)
{
	struct sim_port *sp = to_sim(p);
	unsigned long flags;
	u8 c;

	spin_lock_irqsave(&sp->lock, flags);
	sp->counters[SIM_CNT_CONTROL_READ]++;
	c = sp->ctrl & SIM_CTRL_LINES;
	spin_unlock_irqrestore(&sp->lock, flags);
	return c;
}

static unsigned char sim_frob_control(struct parport *p, unsigned char mask,
				      unsigned char val)
{
	struct sim_port *sp = to_sim(p);
	unsigned long flags;
	u8 c;

	spin_lock_irqsave(&sp->lock, flags);
	sp->counters[SIM_CNT_CONTROL_WRITE]++;
	c = sim_set_ctrl(sp, mask & SIM_CTRL_LINES, val & SIM_CTRL_LINES);
	sim_lines(sp, c, c);
	spin_unlock_irqrestore(&sp->lock, flags);
	return c;
}

/*
 * A slow peripheral: busy-wait @us (at most SIM_SLOW_MAX_US), outside the
 * lock.  udelay() alone is not enough: under QEMU TCG (TSC marked
 * unstable) it came out about 150 times too short, so the clock decides.
 */
static void sim_slow(unsigned int us)
{
	u64 end = ktime_get_ns() + (u64)min(us, SIM_SLOW_MAX_US) * NSEC_PER_USEC;

	while (ktime_get_ns() < end)
		udelay(1);
}

static unsigned char sim_read_status(struct parport *p)
{
	struct sim_port *sp = to_sim(p);
	unsigned long flags;
	unsigned int us;
	u8 s;

	spin_lock_irqsave(&sp->lock, flags);
	sp->counters[SIM_CNT_STATUS_READ]++;
	if (!sim_daisy_status(sp, &s))
		s = sim_device_status(sp, true);
	us = (sp->cur->faults & SIM_FAULT_SLOW) ? sp->cur->slow_us : 0;
	spin_unlock_irqrestore(&sp->lock, flags);
	if (us)
		sim_slow(us);
	return s;
}

/*
 * The end of an nAck pulse: with ackIntEn set on a port with an IRQ, the
 * interrupt goes to the core from irq_work, in hard-IRQ context once this
 * register operation has dropped the lock, as a real port's would.
 */
void sim_port_ack(struct sim_port *sp)
{
	if (!sp->irq || !(sp->ctrl & SIM_CTRL_ACKINTEN))
		return;
	sp->irq_pending++;
	irq_work_queue(&sp->irq_work);
}

static void sim_irq_work(struct irq_work *work)
{
	struct sim_port *sp = container_of(work, struct sim_port, irq_work);
	unsigned int n;

	spin_lock(&sp->lock);
	n = sp->irq_pending;
	sp->irq_pending = 0;
	sp->counters[SIM_CNT_INTERRUPTS] += n;
	spin_unlock(&sp->lock);
	/* One call per pulse: ppdev counts them. */
	while (n--)
		parport_generic_irq(sp->port);
}

/* ackIntEn and the direction bit: no edges for the peripheral. */
static void sim_ctrl_bit(struct parport *p, u8 bit, bool on)
{
	struct sim_port *sp = to_sim(p);
	unsigned long flags;

	spin_lock_irqsave(&sp->lock, flags);
	if (on)
		sp->ctrl |= bit;
	else
		sp->ctrl &= ~bit;
	spin_unlock_irqrestore(&sp->lock, flags);
}

static void sim_enable_irq(struct parport *p)
{
	sim_ctrl_bit(p, SIM_CTRL_ACKINTEN, true);
}

static void sim_disable_irq(struct parport *p)
{
	sim_ctrl_bit(p, SIM_CTRL_ACKINTEN, false);
}

static void sim_data_forward(struct parport *p)
{
	sim_ctrl_bit(p, SIM_CTRL_REVERSE, false);
}

static void sim_data_reverse(struct parport *p)
{
	sim_ctrl_bit(p, SIM_CTRL_REVERSE, true);
}

/* --- per-device state, as parport_pc keeps it ----------------------------- */

static void sim_init_state(struct pardevice *dev, struct parport_state *s)
{
	s->u.pc.ctr = PARPORT_CONTROL_SELECT | PARPORT_CONTROL_INIT;
	/* As parport_pc: interrupts on for clients that take them. */
	if (dev->irq_func && dev->port->irq != PARPORT_IRQ_NONE)
		s->u.pc.ctr |= SIM_CTRL_ACKINTEN;
	s->u.pc.ecr = 0;
}

static void sim_save_state(struct parport *p, struct parport_state *s)
{
	struct sim_port *sp = to_sim(p);
	unsigned long flags;

	spin_lock_irqsave(&sp->lock, flags);
	s->u.pc.ctr = sp->ctrl;
	spin_unlock_irqrestore(&sp->lock, flags);
}

static void sim_restore_state(struct parport *p, struct parport_state *s)
{
	struct sim_port *sp = to_sim(p);
	unsigned long flags;

	spin_lock_irqsave(&sp->lock, flags);
	sp->counters[SIM_CNT_CONTROL_WRITE]++;
	/*
	 * A state saved while a transfer had nStrobe low strobes the
	 * peripheral when it is put back: counted, so a test can tell.
	 */
	if (!(sp->ctrl & PARPORT_CONTROL_STROBE) && (s->u.pc.ctr & PARPORT_CONTROL_STROBE))
		sp->counters[SIM_CNT_RESTORE_STROBES]++;
	sim_set_ctrl(sp, 0xff & ~0xc0, s->u.pc.ctr & 0x3f);
	spin_unlock_irqrestore(&sp->lock, flags);
}

static struct parport_operations sim_ops = {
	.write_data	= sim_write_data,
	.read_data	= sim_read_data,
	.write_control	= sim_write_control,
	.read_control	= sim_read_control,
	.frob_control	= sim_frob_control,
	.read_status	= sim_read_status,
	.enable_irq	= sim_enable_irq,
	.disable_irq	= sim_disable_irq,
	.data_forward	= sim_data_forward,
	.data_reverse	= sim_data_reverse,
	.init_state	= sim_init_state,
	.save_state	= sim_save_state,
	.restore_state	= sim_restore_state,

	.epp_write_data	= parport_ieee1284_epp_write_data,
	.epp_read_data	= parport_ieee1284_epp_read_data,
	.epp_write_addr	= parport_ieee1284_epp_write_addr,
	.epp_read_addr	= parport_ieee1284_epp_read_addr,
	.ecp_write_data	= parport_ieee1284_ecp_write_data,
	.ecp_read_data	= parport_ieee1284_ecp_read_data,
	.ecp_write_addr	= parport_ieee1284_ecp_write_addr,
	.compat_write_data = parport_ieee1284_write_compat,
	.nibble_read_data = parport_ieee1284_read_nibble,
	.byte_read_data	= parport_ieee1284_read_byte,

	.owner		= THIS_MODULE,	/* clients pin the module through it */
};

/* --- capabilities (PARPORT_MODE_*) ---------------------------------------- */

static const struct {
	const char *name;
	unsigned int mode;
} sim_mode_names[] = {
	{ "pcspp",	PARPORT_MODE_PCSPP },
	{ "tristate",	PARPORT_MODE_TRISTATE },
	{ "epp",	PARPORT_MODE_EPP },
	{ "ecp",	PARPORT_MODE_ECP },
	{ "compat",	PARPORT_MODE_COMPAT },
	{ "dma",	PARPORT_MODE_DMA },
	{ "safeinint",	PARPORT_MODE_SAFEININT },
};

static int sim_parse_modes(const char *s, unsigned int *out)
{
	unsigned int m = 0, i;
	size_t len;

	if (!kstrtouint(s, 0, out))
		return 0;
	while (*s) {
		len = strcspn(s, "+|");
		for (i = 0; i < ARRAY_SIZE(sim_mode_names); i++) {
			if (strlen(sim_mode_names[i].name) == len &&
			    !strncmp(s, sim_mode_names[i].name, len))
				break;
		}
		if (i == ARRAY_SIZE(sim_mode_names))
			return -EINVAL;
		m |= sim_mode_names[i].mode;
		s += len;
		if (*s)
			s++;
	}
	*out = m;
	return 0;
}

/* --- ports ---------------------------------------------------------------- */

static void sim_port_free(struct sim_port *sp)
{
	unsigned int i;

	for (i = 0; i < SIM_DAISY_MAX; i++)
		sim_device_free(&sp->daisy[i]);
	sim_device_free(&sp->dev);
	kfree(sp);
}

/* Devices still registered on a port. */
static unsigned int sim_orphans(struct parport *p)
{
	struct pardevice *d;
	unsigned int n = 0;

	spin_lock(&p->pardevice_lock);
	for (d = p->devices; d; d = d->next)
		n++;
	spin_unlock(&p->pardevice_lock);
	return n;
}

/*
 * The last step of a removal with clients left: once their devices are
 * gone, unregister the port's device (before, the core would unregister
 * it under its children's feet: "sysfs group 'power' not found" warnings
 * when they go) and give back the module references they took.
 * parport_register_dev_model() took a reference on port->ops->owner (this
 * module) for each, but parport_unregister_device() puts port->ops->owner,
 * which is dead_ops' NULL by then: those references would never go.
 * The list is checked empty twice, SIM_REAP_MS apart, as the core unlinks
 * a device before it unregisters it.
 */
#define SIM_REAP_MS	100

static void sim_reap(struct work_struct *work)
{
	struct sim_port *sp = container_of(to_delayed_work(work),
					   struct sim_port, reap);
	unsigned int i;

	if (sim_orphans(sp->port)) {
		sp->reap_empty = false;
	} else if (!sp->reap_empty) {
		sp->reap_empty = true;
	} else {
		pr_info("parport_sim: %s: last client gone\n", sp->port->name);
		parport_del_port(sp->port);
		for (i = 0; i < sp->orphans; i++)
			module_put(THIS_MODULE);
		return;
	}
	schedule_delayed_work(&sp->reap, msecs_to_jiffies(SIM_REAP_MS));
}

/* Returns the number of clients left holding a device on the port. */
static unsigned int sim_port_destroy(struct sim_port *sp)
{
	unsigned int orphans = 0;

	if (sp->port) {
		/* No interrupt from here on. */
		spin_lock_irq(&sp->lock);
		sp->irq = false;
		spin_unlock_irq(&sp->lock);
		hrtimer_cancel(&sp->buf_timer);
		irq_work_sync(&sp->irq_work);
		/*
		 * Clients detach here; those that keep their device (ppdev
		 * with an open file) then see the core's dead_ops.
		 */
		parport_remove_port(sp->port);
		/* A "chain" write in progress ends first; later ones fail. */
		mutex_lock(&sp->chain_lock);
		sp->unplugged = true;
		mutex_unlock(&sp->chain_lock);
		sim_debugfs_remove_port(sp);
		orphans = sim_orphans(sp->port);
		if (orphans) {
			sp->orphans = orphans;
			schedule_delayed_work(&sp->reap,
					      msecs_to_jiffies(SIM_REAP_MS));
		} else {
			parport_del_port(sp->port);
		}
	}
	if (!IS_ERR_OR_NULL(sp->pdev))
		platform_device_unregister(sp->pdev);
	return orphans;
}

static int sim_port_create(unsigned int index, const struct sim_chain *chain)
{
	unsigned int caps = chain->caps;
	char id[96];
	struct sim_port *sp;
	struct parport *p;
	unsigned int i;
	int err;

	sp = kzalloc(sizeof(*sp), GFP_KERNEL);
	if (!sp)
		return -ENOMEM;
	spin_lock_init(&sp->lock);
	mutex_init(&sp->chain_lock);
	INIT_DELAYED_WORK(&sp->reap, sim_reap);
	sp->irq_work = IRQ_WORK_INIT_HARD(sim_irq_work);
	hrtimer_init(&sp->buf_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL_HARD);
	sp->buf_timer.function = sim_device_buffer_timer;
	sp->index = index;
	sp->ctrl = PARPORT_CONTROL_SELECT | PARPORT_CONTROL_INIT;
	err = sim_device_init(sp, &sp->dev, device_id);
	if (err)
		goto fail;
	sp->dev.present = chain->end;
	for (i = 0; i < chain->nr_daisy; i++) {
		snprintf(id, sizeof(id), SIM_DAISY_ID, i);
		err = sim_device_init(sp, &sp->daisy[i],
				      chain->ids[i] ? chain->ids[i] : id);
		if (err)
			goto fail;
	}
	sp->nr_daisy = chain->nr_daisy;
	sim_daisy_reset(sp);

	/* A parent for the port's device, so that clients' nodes have one. */
	sp->pdev = platform_device_register_simple("parport_sim", index, NULL, 0);
	if (IS_ERR(sp->pdev)) {
		err = PTR_ERR(sp->pdev);
		goto fail;
	}

	/*
	 * The IRQ number is only shown (/proc) and compared with
	 * PARPORT_IRQ_NONE by the core and its clients: the low-level driver
	 * owns request_irq(), and this one requests none.
	 */
	p = parport_register_port(SIM_BASE + 0x10 * index,
				  chain->irq ? SIM_IRQ : PARPORT_IRQ_NONE,
				  PARPORT_DMA_NONE, &sim_ops);
	if (!p) {
		err = -ENOMEM;
		goto fail;
	}
	p->modes = caps;
	p->dev = &sp->pdev->dev;
	p->private_data = sp;
	sp->port = p;
	sp->irq = chain->irq;
	sim_debugfs_add_port(sp);

	pr_info("%s: simulated port %u, modes %#x, %u daisy device(s), end device %s\n",
		p->name, index, caps, sp->nr_daisy, chain->end ? "on" : "off");
	/* Synchronous: the core reads the Device ID here (autoprobe). */
	parport_announce_port(p);
	sim_ports[index] = sp;
	strscpy(sim_last_added, p->name, sizeof(sim_last_added));
	return 0;

fail:
	sim_port_destroy(sp);
	sim_port_free(sp);
	return err;
}

static void sim_destroy_all(void)
{
	struct sim_port *sp, *tmp;
	int i;

	mutex_lock(&sim_ports_lock);
	for (i = SIM_MAX_PORTS - 1; i >= 0; i--) {
		if (sim_ports[i]) {
			sim_port_destroy(sim_ports[i]);
			sim_port_free(sim_ports[i]);
			sim_ports[i] = NULL;
		}
	}
	list_for_each_entry_safe(sp, tmp, &sim_zombies, zombie) {
		/* Done: the module references are back.  Let it return. */
		cancel_delayed_work_sync(&sp->reap);
		list_del(&sp->zombie);
		sim_port_free(sp);
	}
	mutex_unlock(&sim_ports_lock);
}

/*
 * debugfs "add": a new port.  @spec is the capabilities (as the parameter,
 * or "default"), then optionally, separated by blanks: daisy=N (0-4),
 * end=on|off, idA=TEXT (Device ID of daisy device A, without blanks).
 */
int sim_port_add(char *spec)
{
	struct sim_chain chain = {
		.caps = PARPORT_MODE_PCSPP | PARPORT_MODE_TRISTATE |
			PARPORT_MODE_SAFEININT,
		.end = true,
	};
	char *word, *modes;
	unsigned int i;
	int err;

	modes = strsep(&spec, " \t\n");
	if (*modes && strcmp(modes, "default") &&
	    sim_parse_modes(modes, &chain.caps))
		return -EINVAL;
	while ((word = strsep(&spec, " \t\n"))) {
		if (!*word)
			continue;
		if (str_has_prefix(word, "daisy=")) {
			if (kstrtouint(word + 6, 0, &chain.nr_daisy) ||
			    chain.nr_daisy > SIM_DAISY_MAX)
				return -EINVAL;
		} else if (str_has_prefix(word, "irq=")) {
			if (kstrtobool(word + 4, &chain.irq))
				return -EINVAL;
		} else if (str_has_prefix(word, "end=")) {
			if (kstrtobool(word + 4, &chain.end))
				return -EINVAL;
		} else if (word[0] == 'i' && word[1] == 'd' &&
			   word[2] >= '0' && word[2] < '0' + SIM_DAISY_MAX &&
			   word[3] == '=' && word[4] &&
			   strlen(word + 4) <= SIM_ID_MAX) {
			chain.ids[word[2] - '0'] = word + 4;
		} else {
			return -EINVAL;
		}
	}
	mutex_lock(&sim_ports_lock);
	for (i = 0; i < SIM_MAX_PORTS && sim_ports[i]; i++)
		;
	err = i < SIM_MAX_PORTS ? sim_port_create(i, &chain) : -ENOSPC;
	mutex_unlock(&sim_ports_lock);
	return err;
}

/* The name of the port "add" (or loading) made last. */
void sim_port_last_added(char *buf, size_t size)
{
	mutex_lock(&sim_ports_lock);
	strscpy(buf, sim_last_added, size);
	mutex_unlock(&sim_ports_lock);
}

/*
 * debugfs "chain": a new chain on the port, as if the old one had been
 * unplugged and the new one powered up.  @nr_daisy daisy devices (-1: as
 * many as now); the positions beyond the old count get new devices, with
 * the default settings and Device ID.  @end: an end device or not (-1: as
 * now).  Every device comes up in compatibility mode without an address,
 * and nothing is selected: the host must assign addresses again.  The
 * daisy_log and the selects counts start empty; the devices that stay
 * keep their settings and records.  The core is not told: what it found
 * at announce time stays in its probe_info (autoprobe*).
 */
int sim_port_rechain(struct sim_port *sp, int nr_daisy, int end)
{
	unsigned int i, old, nr;
	unsigned long flags;
	char id[96];
	int err = 0;
	bool on;

	if (nr_daisy > SIM_DAISY_MAX)
		return -EINVAL;
	mutex_lock(&sp->chain_lock);
	if (sp->unplugged) {
		err = -ENODEV;
		goto out;
	}
	/* Only chain_lock holders change nr_daisy: no lock needed to read it. */
	nr = nr_daisy >= 0 ? nr_daisy : sp->nr_daisy;
	for (i = 0; i < nr; i++) {
		err = sim_device_alloc(&sp->daisy[i]);
		if (err)
			goto out;
	}

	spin_lock_irqsave(&sp->lock, flags);
	old = sp->nr_daisy;
	/* Out of the chain, these had no files and no register operations. */
	for (i = old; i < nr; i++) {
		snprintf(id, sizeof(id), SIM_DAISY_ID, i);
		sim_device_defaults(sp, &sp->daisy[i], id);
	}
	sp->nr_daisy = nr;
	if (end >= 0)
		sp->dev.present = end;
	sim_device_reset(&sp->dev);
	for (i = 0; i < nr; i++) {
		sim_device_reset(&sp->daisy[i]);
		sp->daisy[i].selects = 0;
	}
	sim_daisy_reset(sp);
	sp->log_len = 0;		/* a new chain, a new daisy_log */
	on = sp->dev.present;
	spin_unlock_irqrestore(&sp->lock, flags);

	sim_debugfs_update_chain(sp, nr);
	pr_info("parport_sim: %s: new chain: %u daisy device(s), end device %s\n",
		sp->port->name, nr, on ? "on" : "off");
out:
	mutex_unlock(&sp->chain_lock);
	return err;
}

/*
 * debugfs "remove": take the port called @name away, as a hot-unplugged
 * adapter.  The structure stays allocated until the module goes: a client
 * may be inside one of its register operations, which the core does not
 * wait for.
 */
int sim_port_remove(const char *name)
{
	struct sim_port *sp = NULL;
	unsigned int i, orphans;
	char pname[16];

	mutex_lock(&sim_ports_lock);
	for (i = 0; i < SIM_MAX_PORTS; i++) {
		if (sim_ports[i] && !strcmp(sim_ports[i]->port->name, name)) {
			sp = sim_ports[i];
			sim_ports[i] = NULL;
			break;
		}
	}
	if (!sp) {
		mutex_unlock(&sim_ports_lock);
		return -ENOENT;
	}
	strscpy(pname, sp->port->name, sizeof(pname));
	orphans = sim_port_destroy(sp);
	list_add(&sp->zombie, &sim_zombies);
	mutex_unlock(&sim_ports_lock);
	pr_info("parport_sim: %s removed, %u client device(s) still attached\n",
		pname, orphans);
	return 0;
}

static int __init parport_sim_init(void)
{
	struct sim_chain chain[SIM_MAX_PORTS] = { };
	unsigned int i;
	int err;

	if (!ports || ports > SIM_MAX_PORTS) {
		pr_err("parport_sim: ports=%u out of 1-%d\n", ports, SIM_MAX_PORTS);
		return -EINVAL;
	}
	if (strlen(device_id) > SIM_ID_MAX) {
		pr_err("parport_sim: device_id longer than %d\n", SIM_ID_MAX);
		return -EINVAL;
	}
	for (i = 0; i < ports; i++) {
		chain[i].caps = PARPORT_MODE_PCSPP | PARPORT_MODE_TRISTATE |
				PARPORT_MODE_SAFEININT;
		if (i < nr_modes && sim_parse_modes(modes[i], &chain[i].caps)) {
			pr_err("parport_sim: bad modes '%s' for port %u\n",
			       modes[i], i);
			return -EINVAL;
		}
		chain[i].nr_daisy = daisy[i];
		chain[i].end = end_device[i];
		chain[i].irq = irq[i];
		if (daisy[i] > SIM_DAISY_MAX) {
			pr_err("parport_sim: daisy=%u out of 0-%d\n", daisy[i],
			       SIM_DAISY_MAX);
			return -EINVAL;
		}
	}

	sim_debugfs_init();
	for (i = 0; i < ports; i++) {
		mutex_lock(&sim_ports_lock);
		err = sim_port_create(i, &chain[i]);
		mutex_unlock(&sim_ports_lock);
		if (err) {
			sim_debugfs_exit_controls();
			sim_destroy_all();
			sim_debugfs_exit();
			return err;
		}
	}
	return 0;
}

static void __exit parport_sim_exit(void)
{
	/* No "add" or "remove" may run past this point. */
	sim_debugfs_exit_controls();
	sim_destroy_all();
	sim_debugfs_exit();
}

module_init(parport_sim_init);
module_exit(parport_sim_exit);

MODULE_DESCRIPTION("Simulated parallel port with an IEEE 1284 peripheral");
MODULE_LICENSE("GPL");

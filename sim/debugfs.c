// SPDX-License-Identifier: GPL-2.0
/*
 * parport_sim: the control interface, in debugfs.
 *
 * /sys/kernel/debug/parport_sim/<port name>/ holds, per simulated port:
 * received, reverse, device_id, ieee1284_modes, faults, counters, phase,
 * ecp_channels, epp_addresses, epp_address, end_device, chain, and with a
 * daisy chain daisy_log and daisy/<pos>/.  Top level: add, remove.
 * See Documentation/simulator.rst.
 */
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "parport_sim.h"

static struct dentry *sim_root, *sim_add, *sim_remove;

/* A flag word written as names: "none" or names separated by blanks/commas. */
struct sim_flag_name {
	const char *name;
	unsigned int bit;
};

static const struct sim_flag_name sim_fault_names[] = {
	{ "paperout",	SIM_FAULT_PAPEROUT },
	{ "offline",	SIM_FAULT_OFFLINE },
	{ "error",	SIM_FAULT_ERROR },
	{ "poweroff",	SIM_FAULT_POWEROFF },
	{ "stall",	SIM_FAULT_STALL },
	{ "noack",	SIM_FAULT_NOACK },
	{ "dropout",	SIM_FAULT_DROPOUT },
	{ "slow",	SIM_FAULT_SLOW },
	{ "noselect",	SIM_FAULT_NOSELECT },
	{ }
};

static const struct sim_flag_name sim_accept_names[] = {
	{ "nibble",	SIM_ACCEPT_NIBBLE },
	{ "byte",	SIM_ACCEPT_BYTE },
	{ "deviceid",	SIM_ACCEPT_DEVICEID },
	{ "ecp",	SIM_ACCEPT_ECP },
	{ "epp",	SIM_ACCEPT_EPP },
	{ }
};

#define SIM_SEPARATORS	" \t\n,"

static int sim_parse_flags(char *buf, const struct sim_flag_name *names,
			   unsigned int *out)
{
	const struct sim_flag_name *n;
	unsigned int flags = 0;
	bool none = false, any = false;
	char *word;

	while ((word = strsep(&buf, SIM_SEPARATORS))) {
		if (!*word)
			continue;
		any = true;
		if (!strcmp(word, "none")) {
			none = true;
			continue;
		}
		for (n = names; n->name; n++)
			if (!strcmp(word, n->name))
				break;
		if (!n->name)
			return -EINVAL;
		flags |= n->bit;
	}
	/* An empty write is a mistake; "none" must be said. */
	if (!any || (none && flags))
		return -EINVAL;
	*out = flags;
	return 0;
}

static int sim_show_flags(char *buf, size_t size, unsigned int flags,
			  const struct sim_flag_name *names)
{
	const struct sim_flag_name *n;
	int len = 0;

	for (n = names; n->name; n++)
		if (flags & n->bit)
			len += scnprintf(buf + len, size - len, "%s%s",
					 len ? " " : "", n->name);
	if (!len)
		len = scnprintf(buf, size, "none");
	len += scnprintf(buf + len, size - len, "\n");
	return len;
}

/* Copy a small user write into a NUL-terminated kernel string. */
static char *sim_user_string(const char __user *ubuf, size_t count, size_t max)
{
	if (!count || count > max)
		return ERR_PTR(-EINVAL);
	return memdup_user_nul(ubuf, count);
}

/* A write of "0" (the way to empty a record): 0, or -EINVAL for anything else. */
static int sim_user_zero(const char __user *ubuf, size_t count)
{
	char *buf = sim_user_string(ubuf, count, 8);
	bool zero;

	if (IS_ERR(buf))
		return PTR_ERR(buf);
	zero = !strcmp(buf, "0") || !strcmp(buf, "0\n");
	kfree(buf);
	return zero ? 0 : -EINVAL;
}

/* --- faults, ieee1284_modes ------------------------------------------------ */

static ssize_t sim_flags_read(struct file *f, char __user *ubuf, size_t count,
			      loff_t *ppos, unsigned int *field,
			      const struct sim_flag_name *names)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	unsigned long flags;
	unsigned int v;
	char buf[80];
	int len;

	spin_lock_irqsave(&sp->lock, flags);
	v = *field;
	spin_unlock_irqrestore(&sp->lock, flags);
	len = sim_show_flags(buf, sizeof(buf), v, names);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

/* @refused: flags this device does not take (-EINVAL). */
static ssize_t sim_flags_write(struct file *f, const char __user *ubuf,
			       size_t count, unsigned int *field,
			       const struct sim_flag_name *names,
			       unsigned int refused)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	unsigned long flags;
	unsigned int v;
	char *buf;
	int err;

	buf = sim_user_string(ubuf, count, 256);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	err = sim_parse_flags(buf, names, &v);
	kfree(buf);
	if (err)
		return err;
	if (v & refused)
		return -EINVAL;
	spin_lock_irqsave(&sp->lock, flags);
	*field = v;
	spin_unlock_irqrestore(&sp->lock, flags);
	return count;
}

static ssize_t sim_faults_read(struct file *f, char __user *ubuf, size_t count,
			       loff_t *ppos)
{
	struct sim_device *dev = f->private_data;

	return sim_flags_read(f, ubuf, count, ppos, &dev->faults,
			      sim_fault_names);
}

static ssize_t sim_faults_write(struct file *f, const char __user *ubuf,
				size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	unsigned long flags;
	bool was_off;
	ssize_t ret;

	spin_lock_irqsave(&dev->sp->lock, flags);
	was_off = dev->faults & SIM_FAULT_POWEROFF;
	spin_unlock_irqrestore(&dev->sp->lock, flags);
	/* noselect is a fault of the daisy devices' select logic only. */
	ret = sim_flags_write(f, ubuf, count, &dev->faults, sim_fault_names,
			      dev == &dev->sp->dev ? SIM_FAULT_NOSELECT : 0);
	if (ret > 0) {
		spin_lock_irqsave(&dev->sp->lock, flags);
		/* dropout counts bytes from here. */
		dev->moved = 0;
		/* Power back: the printer starts again in compatibility mode. */
		if (was_off && !(dev->faults & SIM_FAULT_POWEROFF))
			sim_device_reset(dev);
		spin_unlock_irqrestore(&dev->sp->lock, flags);
	}
	return ret;
}

/* --- dropout_after, slow_us, busy_reads: numbers of a device --------------- */

static ssize_t sim_uint_read(struct sim_device *dev, unsigned int *field,
			     char __user *ubuf, size_t count, loff_t *ppos)
{
	unsigned long flags;
	unsigned int v;
	char buf[16];
	int len;

	spin_lock_irqsave(&dev->sp->lock, flags);
	v = *field;
	spin_unlock_irqrestore(&dev->sp->lock, flags);
	len = scnprintf(buf, sizeof(buf), "%u\n", v);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

static ssize_t sim_uint_write(struct sim_device *dev, unsigned int *field,
			      unsigned int max, const char __user *ubuf,
			      size_t count)
{
	unsigned long flags;
	unsigned int v;

	if (kstrtouint_from_user(ubuf, count, 0, &v) || v > max)
		return -EINVAL;
	spin_lock_irqsave(&dev->sp->lock, flags);
	*field = v;
	dev->moved = 0;
	spin_unlock_irqrestore(&dev->sp->lock, flags);
	return count;
}

static ssize_t sim_dropout_read(struct file *f, char __user *ubuf,
				size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;

	return sim_uint_read(dev, &dev->dropout_after, ubuf, count, ppos);
}

static ssize_t sim_dropout_write(struct file *f, const char __user *ubuf,
				 size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;

	return sim_uint_write(dev, &dev->dropout_after, UINT_MAX, ubuf, count);
}

static const struct file_operations sim_dropout_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_dropout_read,
	.write	= sim_dropout_write,
	.llseek	= default_llseek,
};

static ssize_t sim_slow_read(struct file *f, char __user *ubuf, size_t count,
			     loff_t *ppos)
{
	struct sim_device *dev = f->private_data;

	return sim_uint_read(dev, &dev->slow_us, ubuf, count, ppos);
}

static ssize_t sim_slow_write(struct file *f, const char __user *ubuf,
			      size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;

	return sim_uint_write(dev, &dev->slow_us, SIM_SLOW_MAX_US, ubuf, count);
}

static const struct file_operations sim_slow_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_slow_read,
	.write	= sim_slow_write,
	.llseek	= default_llseek,
};

/*
 * buffer: "SIZE RATE" sets a printer buffer of SIZE bytes printed at RATE
 * bytes per second, empty; "0" (or either 0) takes it away.  Reads give
 * "SIZE RATE FILL", FILL the bytes in it now.
 */
static ssize_t sim_buffer_cfg_read(struct file *f, char __user *ubuf, size_t count,
				   loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	unsigned int size, rate, fill;
	unsigned long flags;
	char buf[48];
	int len;

	spin_lock_irqsave(&dev->sp->lock, flags);
	size = dev->buf_size;
	rate = dev->buf_rate;
	fill = sim_device_buffered(dev);
	spin_unlock_irqrestore(&dev->sp->lock, flags);
	len = scnprintf(buf, sizeof(buf), "%u %u %u\n", size, rate, fill);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

static ssize_t sim_buffer_cfg_write(struct file *f, const char __user *ubuf,
				    size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	unsigned int size, rate = 0;
	unsigned long flags;
	char buf[48];
	int n;

	if (!count || count >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, count))
		return -EFAULT;
	buf[count] = 0;
	n = sscanf(buf, "%u %u", &size, &rate);
	if (n < 1 || (n == 1 && size) || size > SIM_BUFFER_MAX || rate > SIM_RATE_MAX)
		return -EINVAL;
	spin_lock_irqsave(&dev->sp->lock, flags);
	sim_device_set_buffer(dev->sp, dev, size, rate);
	spin_unlock_irqrestore(&dev->sp->lock, flags);
	return count;
}

static const struct file_operations sim_buffer_cfg_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_buffer_cfg_read,
	.write	= sim_buffer_cfg_write,
	.llseek	= default_llseek,
};

static ssize_t sim_busy_reads_read(struct file *f, char __user *ubuf, size_t count,
				   loff_t *ppos)
{
	struct sim_device *dev = f->private_data;

	return sim_uint_read(dev, &dev->busy_reads, ubuf, count, ppos);
}

static ssize_t sim_busy_reads_write(struct file *f, const char __user *ubuf,
				    size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;

	return sim_uint_write(dev, &dev->busy_reads, SIM_BUSY_READS_MAX, ubuf, count);
}

static const struct file_operations sim_busy_reads_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_busy_reads_read,
	.write	= sim_busy_reads_write,
	.llseek	= default_llseek,
};

static const struct file_operations sim_faults_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_faults_read,
	.write	= sim_faults_write,
	.llseek	= default_llseek,
};

static ssize_t sim_modes_read(struct file *f, char __user *ubuf, size_t count,
			      loff_t *ppos)
{
	struct sim_device *dev = f->private_data;

	return sim_flags_read(f, ubuf, count, ppos, &dev->accept,
			      sim_accept_names);
}

static ssize_t sim_modes_write(struct file *f, const char __user *ubuf,
			       size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;

	return sim_flags_write(f, ubuf, count, &dev->accept,
			       sim_accept_names, 0);
}

static const struct file_operations sim_modes_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_modes_read,
	.write	= sim_modes_write,
	.llseek	= default_llseek,
};

/* --- received, reverse: byte buffers ------------------------------------- */

/*
 * Read @len bytes at @base (under the lock) through a bounce page: the
 * buffers change under the host's writes, and copy_to_user may sleep.
 */
static ssize_t sim_buffer_read(struct sim_device *dev, char __user *ubuf,
			       size_t count, loff_t *ppos, bool reverse)
{
	struct sim_port *sp = dev->sp;
	unsigned long flags;
	size_t avail, n;
	ssize_t ret;
	void *page;

	if (*ppos < 0)
		return -EINVAL;
	page = (void *)__get_free_page(GFP_KERNEL);
	if (!page)
		return -ENOMEM;
	spin_lock_irqsave(&sp->lock, flags);
	avail = reverse ? dev->rev_len - dev->rev_head : dev->rx_len;
	n = 0;
	if (*ppos < avail) {
		n = min3(count, (size_t)PAGE_SIZE, avail - (size_t)*ppos);
		memcpy(page, (reverse ? dev->rev + dev->rev_head : dev->rx) +
		       *ppos, n);
	}
	spin_unlock_irqrestore(&sp->lock, flags);
	if (n && copy_to_user(ubuf, page, n)) {
		ret = -EFAULT;
	} else {
		*ppos += n;
		ret = n;
	}
	free_page((unsigned long)page);
	return ret;
}

static ssize_t sim_received_read(struct file *f, char __user *ubuf,
				 size_t count, loff_t *ppos)
{
	return sim_buffer_read(f->private_data, ubuf, count, ppos, false);
}

static ssize_t sim_received_write(struct file *f, const char __user *ubuf,
				  size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	unsigned long flags;
	int err;

	err = sim_user_zero(ubuf, count);
	if (err)
		return err;
	spin_lock_irqsave(&sp->lock, flags);
	dev->rx_len = 0;
	dev->nr_runs = 0;
	spin_unlock_irqrestore(&sp->lock, flags);
	return count;
}

static const struct file_operations sim_received_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_received_read,
	.write	= sim_received_write,
	.llseek	= default_llseek,
};

/* Opening with O_TRUNC (shell ">") empties the queue; writes append. */
static int sim_reverse_open(struct inode *inode, struct file *f)
{
	struct sim_device *dev = inode->i_private;
	struct sim_port *sp = dev->sp;
	unsigned long flags;

	f->private_data = dev;
	if ((f->f_mode & FMODE_WRITE) && (f->f_flags & O_TRUNC)) {
		spin_lock_irqsave(&sp->lock, flags);
		dev->rev_len = 0;
		dev->rev_head = 0;
		sim_device_reverse_changed(sp, dev);
		spin_unlock_irqrestore(&sp->lock, flags);
	}
	return 0;
}

static ssize_t sim_reverse_read(struct file *f, char __user *ubuf,
				size_t count, loff_t *ppos)
{
	return sim_buffer_read(f->private_data, ubuf, count, ppos, true);
}

static ssize_t sim_reverse_write(struct file *f, const char __user *ubuf,
				 size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	unsigned long flags;
	ssize_t ret = count;
	void *buf;

	if (!count)
		return 0;
	if (count > SIM_REV_SIZE)
		return -ENOSPC;
	buf = memdup_user(ubuf, count);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	spin_lock_irqsave(&sp->lock, flags);
	if (sim_device_reverse_append(sp, dev, buf, NULL, count))
		ret = -ENOSPC;
	spin_unlock_irqrestore(&sp->lock, flags);
	kfree(buf);
	return ret;
}

static const struct file_operations sim_reverse_fops = {
	.owner	= THIS_MODULE,
	.open	= sim_reverse_open,
	.read	= sim_reverse_read,
	.write	= sim_reverse_write,
	.llseek	= default_llseek,
};

/*
 * ecp_reverse: bytes for the reverse queue as hex words, "XX" a data byte,
 * "cmd=XX" an ECP command (a run-length count below 0x80, a channel
 * address from 0x80), appended as "reverse" appends.
 */
static ssize_t sim_ecp_reverse_write(struct file *f, const char __user *ubuf,
				     size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	char *text, *p, *word;
	unsigned long flags;
	u8 *data, *cmd;
	size_t n = 0;
	ssize_t ret;

	text = sim_user_string(ubuf, count, PAGE_SIZE);
	if (IS_ERR(text))
		return PTR_ERR(text);
	data = kmalloc(count, GFP_KERNEL);
	cmd = kmalloc(count, GFP_KERNEL);
	ret = -ENOMEM;
	if (!data || !cmd)
		goto out;
	ret = -EINVAL;
	p = text;
	while ((word = strsep(&p, SIM_SEPARATORS))) {
		bool is_cmd = !strncmp(word, "cmd=", 4);

		if (!*word)
			continue;
		if (kstrtou8(is_cmd ? word + 4 : word, 16, &data[n]))
			goto out;
		cmd[n++] = is_cmd;
	}
	if (!n)
		goto out;
	spin_lock_irqsave(&sp->lock, flags);
	ret = sim_device_reverse_append(sp, dev, data, cmd, n) ? -ENOSPC : count;
	spin_unlock_irqrestore(&sp->lock, flags);
out:
	kfree(cmd);
	kfree(data);
	kfree(text);
	return ret;
}

static const struct file_operations sim_ecp_reverse_fops = {
	.owner	= THIS_MODULE,
	.open	= sim_reverse_open,
	.write	= sim_ecp_reverse_write,
	.llseek	= default_llseek,
};

/* --- ieee1284_log ------------------------------------------------------- */

/* Each event's name; those with a byte print it after the name. */
static const struct {
	const char *name;
	bool value;
} sim_event_names[] = {
	[SIM_EV_ACCEPTED]		= { "negotiate-accepted", true },
	[SIM_EV_REJECTED]		= { "negotiate-rejected", true },
	[SIM_EV_TERMINATED]		= { "terminate", false },
	[SIM_EV_RESET]			= { "reset", false },
	[SIM_EV_ECP_COMMAND]		= { "ecp-command", true },
	[SIM_EV_ECP_SENT_COMMAND]	= { "ecp-sent-command", true },
};

static ssize_t sim_events_read(struct file *f, char __user *ubuf,
			       size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	const size_t size = SIM_EVENT_LOG * 28;
	struct sim_event_rec *ev;
	unsigned long flags;
	unsigned int n, i;
	ssize_t ret;
	char *buf;
	int len = 0;

	ev = kmalloc_array(SIM_EVENT_LOG, sizeof(*ev), GFP_KERNEL);
	buf = kmalloc(size, GFP_KERNEL);
	if (!ev || !buf) {
		ret = -ENOMEM;
		goto out;
	}
	spin_lock_irqsave(&sp->lock, flags);
	n = dev->nr_events;
	memcpy(ev, dev->events, n * sizeof(*ev));
	spin_unlock_irqrestore(&sp->lock, flags);
	for (i = 0; i < n; i++) {
		len += scnprintf(buf + len, size - len, "%s",
				 sim_event_names[ev[i].what].name);
		if (sim_event_names[ev[i].what].value)
			len += scnprintf(buf + len, size - len, " %#04x",
					 ev[i].value);
		len += scnprintf(buf + len, size - len, "\n");
	}
	ret = simple_read_from_buffer(ubuf, count, ppos, buf, len);
out:
	kfree(buf);
	kfree(ev);
	return ret;
}

static ssize_t sim_events_write(struct file *f, const char __user *ubuf,
				size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	unsigned long flags;
	int err;

	err = sim_user_zero(ubuf, count);
	if (err)
		return err;
	spin_lock_irqsave(&dev->sp->lock, flags);
	dev->nr_events = 0;
	spin_unlock_irqrestore(&dev->sp->lock, flags);
	return count;
}

static const struct file_operations sim_events_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_events_read,
	.write	= sim_events_write,
	.llseek	= default_llseek,
};

/* --- ecp_channels, epp_addresses, epp_address ---------------------------- */

/* "channel count" lines, one per run of bytes received on one channel. */
static ssize_t sim_channels_read(struct file *f, char __user *ubuf,
				 size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	const size_t size = SIM_RUNS_MAX * 16;
	struct sim_run *runs;
	unsigned long flags;
	size_t n, i;
	ssize_t ret;
	char *buf;
	int len = 0;

	runs = kmalloc_array(SIM_RUNS_MAX, sizeof(*runs), GFP_KERNEL);
	buf = kmalloc(size, GFP_KERNEL);
	if (!runs || !buf) {
		ret = -ENOMEM;
		goto out;
	}
	spin_lock_irqsave(&sp->lock, flags);
	n = dev->nr_runs;
	memcpy(runs, dev->runs, n * sizeof(*runs));
	spin_unlock_irqrestore(&sp->lock, flags);
	for (i = 0; i < n; i++)
		len += scnprintf(buf + len, size - len, "%u %u\n",
				 runs[i].channel, runs[i].count);
	ret = simple_read_from_buffer(ubuf, count, ppos, buf, len);
out:
	kfree(buf);
	kfree(runs);
	return ret;
}

/* Write "0" to @len (under the lock), emptying a record. */
static ssize_t sim_clear_write(struct sim_port *sp, const char __user *ubuf,
			       size_t count, size_t *len)
{
	unsigned long flags;
	int err;

	err = sim_user_zero(ubuf, count);
	if (err)
		return err;
	spin_lock_irqsave(&sp->lock, flags);
	*len = 0;
	spin_unlock_irqrestore(&sp->lock, flags);
	return count;
}

static ssize_t sim_channels_write(struct file *f, const char __user *ubuf,
				  size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;

	return sim_clear_write(sp, ubuf, count, &dev->nr_runs);
}

static const struct file_operations sim_channels_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_channels_read,
	.write	= sim_channels_write,
	.llseek	= default_llseek,
};

static ssize_t sim_addrs_read(struct file *f, char __user *ubuf,
			      size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	unsigned long flags;
	ssize_t ret;
	size_t len;
	u8 *buf;

	buf = kmalloc(SIM_ADDR_SIZE, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	spin_lock_irqsave(&sp->lock, flags);
	len = dev->addrs_len;
	memcpy(buf, dev->addrs, len);
	spin_unlock_irqrestore(&sp->lock, flags);
	ret = simple_read_from_buffer(ubuf, count, ppos, buf, len);
	kfree(buf);
	return ret;
}

static ssize_t sim_addrs_write(struct file *f, const char __user *ubuf,
			       size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;

	return sim_clear_write(sp, ubuf, count, &dev->addrs_len);
}

static const struct file_operations sim_addrs_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_addrs_read,
	.write	= sim_addrs_write,
	.llseek	= default_llseek,
};

static ssize_t sim_addr_reply_read(struct file *f, char __user *ubuf,
				   size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	unsigned long flags;
	char buf[8];
	int len;
	u8 v;

	spin_lock_irqsave(&sp->lock, flags);
	v = dev->epp_addr_reply;
	spin_unlock_irqrestore(&sp->lock, flags);
	len = scnprintf(buf, sizeof(buf), "%#04x\n", v);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

static ssize_t sim_addr_reply_write(struct file *f, const char __user *ubuf,
				    size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	unsigned long flags;
	int err;
	u8 v;

	err = kstrtou8_from_user(ubuf, count, 0, &v);
	if (err)
		return -EINVAL;
	spin_lock_irqsave(&sp->lock, flags);
	dev->epp_addr_reply = v;
	spin_unlock_irqrestore(&sp->lock, flags);
	return count;
}

static const struct file_operations sim_addr_reply_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_addr_reply_read,
	.write	= sim_addr_reply_write,
	.llseek	= default_llseek,
};

/* --- device_id ------------------------------------------------------------ */

static ssize_t sim_id_read(struct file *f, char __user *ubuf, size_t count,
			   loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	unsigned long flags;
	char *buf;
	size_t len;
	ssize_t ret;

	buf = kmalloc(SIM_ID_MAX + 1, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	spin_lock_irqsave(&sp->lock, flags);
	len = dev->id_len - 2;
	memcpy(buf, dev->id + 2, len);
	spin_unlock_irqrestore(&sp->lock, flags);
	buf[len++] = '\n';
	ret = simple_read_from_buffer(ubuf, count, ppos, buf, len);
	kfree(buf);
	return ret;
}

static ssize_t sim_id_write(struct file *f, const char __user *ubuf,
			    size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	struct sim_port *sp = dev->sp;
	unsigned long flags;
	size_t len;
	char *buf;

	/* One trailing newline (from echo) is not part of the ID. */
	buf = sim_user_string(ubuf, count, SIM_ID_MAX + 1);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	len = count;
	if (buf[len - 1] == '\n')
		len--;
	if (!len || len > SIM_ID_MAX || strnlen(buf, len) != len) {
		kfree(buf);
		return -EINVAL;
	}
	spin_lock_irqsave(&sp->lock, flags);
	sim_device_set_id(dev, buf, len);
	spin_unlock_irqrestore(&sp->lock, flags);
	kfree(buf);
	return count;
}

static const struct file_operations sim_id_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_id_read,
	.write	= sim_id_write,
	.llseek	= default_llseek,
};

/* --- counters, phase ------------------------------------------------------ */

static ssize_t sim_counters_read(struct file *f, char __user *ubuf,
				 size_t count, loff_t *ppos)
{
	struct sim_port *sp = f->private_data;
	u64 c[SIM_NR_COUNTERS];
	unsigned long flags;
	char buf[SIM_NR_COUNTERS * 40];
	int i, len = 0;

	spin_lock_irqsave(&sp->lock, flags);
	memcpy(c, sp->counters, sizeof(c));
	spin_unlock_irqrestore(&sp->lock, flags);
	for (i = 0; i < SIM_NR_COUNTERS; i++)
		len += scnprintf(buf + len, sizeof(buf) - len, "%s %llu\n",
				 sim_counter_names[i], c[i]);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

static ssize_t sim_counters_write(struct file *f, const char __user *ubuf,
				  size_t count, loff_t *ppos)
{
	struct sim_port *sp = f->private_data;
	unsigned long flags;
	int err;

	err = sim_user_zero(ubuf, count);
	if (err)
		return err;
	spin_lock_irqsave(&sp->lock, flags);
	memset(sp->counters, 0, sizeof(sp->counters));
	spin_unlock_irqrestore(&sp->lock, flags);
	return count;
}

static const struct file_operations sim_counters_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_counters_read,
	.write	= sim_counters_write,
	.llseek	= default_llseek,
};

static ssize_t sim_phase_read(struct file *f, char __user *ubuf, size_t count,
			      loff_t *ppos)
{
	struct sim_port *sp = f->private_data;
	unsigned long flags;
	char buf[96];
	int len;

	spin_lock_irqsave(&sp->lock, flags);
	len = scnprintf(buf, sizeof(buf), "%s control %#04x status %#04x\n",
			sim_phase_name(sp->dev.phase), sp->ctrl,
			sim_device_status(sp, false));
	spin_unlock_irqrestore(&sp->lock, flags);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

static const struct file_operations sim_phase_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_phase_read,
	.llseek	= default_llseek,
};

/* --- daisy chain: daisy_log, end_device, daisy/<n>/address, selects ----- */

static ssize_t sim_log_read(struct file *f, char __user *ubuf, size_t count,
			    loff_t *ppos)
{
	struct sim_port *sp = f->private_data;
	const size_t size = SIM_DAISY_LOG * 24;
	struct sim_cpp_cmd *log;
	unsigned long flags;
	unsigned int n, i;
	const char *what;
	ssize_t ret;
	char *buf;
	int len = 0;
	u8 c;

	log = kmalloc_array(SIM_DAISY_LOG, sizeof(*log), GFP_KERNEL);
	buf = kmalloc(size, GFP_KERNEL);
	if (!log || !buf) {
		ret = -ENOMEM;
		goto out;
	}
	spin_lock_irqsave(&sp->lock, flags);
	n = sp->log_len;
	memcpy(log, sp->log, n * sizeof(*log));
	spin_unlock_irqrestore(&sp->lock, flags);
	for (i = 0; i < n; i++) {
		c = log[i].cmd;
		if (c <= 3) {
			len += scnprintf(buf + len, size - len, "assign %u %d\n",
					 c, log[i].device);
			continue;
		}
		if (c == 0x30) {
			len += scnprintf(buf + len, size - len, "deselect\n");
			continue;
		}
		switch (c & 0xfc) {
		case 0xe0:
			what = "compat";
			break;
		case 0xd0:
			what = "ecp";
			break;
		case 0x20:
			what = "epp";
			break;
		default:
			len += scnprintf(buf + len, size - len, "unknown %#04x\n", c);
			continue;
		}
		len += scnprintf(buf + len, size - len, "select %u %s %d\n",
				 c & 3, what, log[i].device);
	}
	ret = simple_read_from_buffer(ubuf, count, ppos, buf, len);
out:
	kfree(buf);
	kfree(log);
	return ret;
}

static ssize_t sim_log_write(struct file *f, const char __user *ubuf,
			     size_t count, loff_t *ppos)
{
	struct sim_port *sp = f->private_data;
	unsigned long flags;
	int err;
	unsigned int i;

	err = sim_user_zero(ubuf, count);
	if (err)
		return err;
	spin_lock_irqsave(&sp->lock, flags);
	sp->log_len = 0;
	for (i = 0; i < sp->nr_daisy; i++)
		sp->daisy[i].selects = 0;
	spin_unlock_irqrestore(&sp->lock, flags);
	return count;
}

static const struct file_operations sim_log_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_log_read,
	.write	= sim_log_write,
	.llseek	= default_llseek,
};

static ssize_t sim_end_read(struct file *f, char __user *ubuf, size_t count,
			    loff_t *ppos)
{
	struct sim_port *sp = f->private_data;
	unsigned long flags;
	bool on;

	spin_lock_irqsave(&sp->lock, flags);
	on = sp->dev.present;
	spin_unlock_irqrestore(&sp->lock, flags);
	return simple_read_from_buffer(ubuf, count, ppos, on ? "on\n" : "off\n",
				       on ? 3 : 4);
}

static ssize_t sim_end_write(struct file *f, const char __user *ubuf,
			     size_t count, loff_t *ppos)
{
	struct sim_port *sp = f->private_data;
	unsigned long flags;
	bool on;

	if (kstrtobool_from_user(ubuf, count, &on))
		return -EINVAL;
	spin_lock_irqsave(&sp->lock, flags);
	sp->dev.present = on;
	spin_unlock_irqrestore(&sp->lock, flags);
	return count;
}

static const struct file_operations sim_end_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_end_read,
	.write	= sim_end_write,
	.llseek	= default_llseek,
};

/* "chain": "daisy=N end=on|off", the chain now. */
static ssize_t sim_chain_read(struct file *f, char __user *ubuf, size_t count,
			      loff_t *ppos)
{
	struct sim_port *sp = f->private_data;
	unsigned long flags;
	unsigned int nr;
	char buf[32];
	bool on;
	int len;

	spin_lock_irqsave(&sp->lock, flags);
	nr = sp->nr_daisy;
	on = sp->dev.present;
	spin_unlock_irqrestore(&sp->lock, flags);
	len = scnprintf(buf, sizeof(buf), "daisy=%u end=%s\n", nr,
			on ? "on" : "off");
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

/*
 * A new chain: "daisy=N" (0-4) and/or "end=on|off", separated by blanks.
 * What is not given stays as it is; either way the chain comes up anew.
 */
static ssize_t sim_chain_write(struct file *f, const char __user *ubuf,
			       size_t count, loff_t *ppos)
{
	struct sim_port *sp = f->private_data;
	int nr = -1, end = -1, err = 0;
	unsigned int n;
	char *buf, *p, *word;
	bool on;

	buf = sim_user_string(ubuf, count, 64);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	p = buf;
	while ((word = strsep(&p, SIM_SEPARATORS))) {
		if (!*word)
			continue;
		if (str_has_prefix(word, "daisy=")) {
			if (kstrtouint(word + 6, 10, &n) || n > SIM_DAISY_MAX) {
				err = -EINVAL;
				break;
			}
			nr = n;
		} else if (str_has_prefix(word, "end=")) {
			if (kstrtobool(word + 4, &on)) {
				err = -EINVAL;
				break;
			}
			end = on;
		} else {
			err = -EINVAL;
			break;
		}
	}
	kfree(buf);
	if (!err && nr < 0 && end < 0)
		err = -EINVAL;		/* nothing said */
	if (!err)
		err = sim_port_rechain(sp, nr, end);
	return err ? err : count;
}

static const struct file_operations sim_chain_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_chain_read,
	.write	= sim_chain_write,
	.llseek	= default_llseek,
};

/* "address": the 1284.3 address the core assigned, -1 for none yet. */
static ssize_t sim_address_read(struct file *f, char __user *ubuf,
				size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	unsigned long flags;
	char buf[16];
	int len, a;

	spin_lock_irqsave(&dev->sp->lock, flags);
	a = dev->addr;
	spin_unlock_irqrestore(&dev->sp->lock, flags);
	len = scnprintf(buf, sizeof(buf), "%d\n", a);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

static const struct file_operations sim_address_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_address_read,
	.llseek	= default_llseek,
};

/* "selects": how many times the host selected this device. */
static ssize_t sim_selects_read(struct file *f, char __user *ubuf,
				size_t count, loff_t *ppos)
{
	struct sim_device *dev = f->private_data;
	unsigned long flags;
	char buf[24];
	int len;
	u64 n;

	spin_lock_irqsave(&dev->sp->lock, flags);
	n = dev->selects;
	spin_unlock_irqrestore(&dev->sp->lock, flags);
	len = scnprintf(buf, sizeof(buf), "%llu\n", n);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

static const struct file_operations sim_selects_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_selects_read,
	.llseek	= default_llseek,
};

/* --- the tree ------------------------------------------------------------- */

/* The files of one device, in directory @d. */
static void sim_debugfs_add_device(struct dentry *d, struct sim_device *dev)
{
	debugfs_create_file("received", 0600, d, dev, &sim_received_fops);
	debugfs_create_file("reverse", 0600, d, dev, &sim_reverse_fops);
	debugfs_create_file("ecp_reverse", 0200, d, dev, &sim_ecp_reverse_fops);
	debugfs_create_file("ieee1284_log", 0600, d, dev, &sim_events_fops);
	debugfs_create_file("device_id", 0600, d, dev, &sim_id_fops);
	debugfs_create_file("ieee1284_modes", 0600, d, dev, &sim_modes_fops);
	debugfs_create_file("faults", 0600, d, dev, &sim_faults_fops);
	debugfs_create_file("ecp_channels", 0600, d, dev, &sim_channels_fops);
	debugfs_create_file("epp_addresses", 0600, d, dev, &sim_addrs_fops);
	debugfs_create_file("epp_address", 0600, d, dev, &sim_addr_reply_fops);
	debugfs_create_file("dropout_after", 0600, d, dev, &sim_dropout_fops);
	debugfs_create_file("slow_us", 0600, d, dev, &sim_slow_fops);
	debugfs_create_file("busy_reads", 0600, d, dev, &sim_busy_reads_fops);
	debugfs_create_file("buffer", 0600, d, dev, &sim_buffer_cfg_fops);
}

/*
 * The chain's files for @nr daisy devices: daisy_log and daisy/<pos>/, none
 * without devices.  Directories of devices that left go, those of new
 * ones come.  Called when the port is added, and with chain_lock held.
 */
void sim_debugfs_update_chain(struct sim_port *sp, unsigned int nr)
{
	struct dentry *d;
	unsigned int i;
	char name[12];

	for (i = nr; i < SIM_DAISY_MAX; i++) {
		debugfs_remove_recursive(sp->pos_dir[i]);
		sp->pos_dir[i] = NULL;
	}
	if (!nr) {
		debugfs_remove_recursive(sp->daisy_dir);
		sp->daisy_dir = NULL;
		debugfs_remove(sp->log_file);
		sp->log_file = NULL;
		return;
	}
	if (!sp->daisy_dir) {
		sp->log_file = debugfs_create_file("daisy_log", 0600, sp->dir,
						   sp, &sim_log_fops);
		sp->daisy_dir = debugfs_create_dir("daisy", sp->dir);
	}
	for (i = 0; i < nr; i++) {
		if (sp->pos_dir[i])
			continue;
		snprintf(name, sizeof(name), "%u", i);
		d = debugfs_create_dir(name, sp->daisy_dir);
		sp->pos_dir[i] = d;
		sim_debugfs_add_device(d, &sp->daisy[i]);
		debugfs_create_file("address", 0400, d, &sp->daisy[i],
				    &sim_address_fops);
		debugfs_create_file("selects", 0400, d, &sp->daisy[i],
				    &sim_selects_fops);
	}
}

void sim_debugfs_add_port(struct sim_port *sp)
{
	struct dentry *d;

	d = debugfs_create_dir(sp->port->name, sim_root);
	sp->dir = d;
	sim_debugfs_add_device(d, &sp->dev);
	debugfs_create_file("counters", 0600, d, sp, &sim_counters_fops);
	debugfs_create_file("phase", 0400, d, sp, &sim_phase_fops);
	debugfs_create_file("end_device", 0600, d, sp, &sim_end_fops);
	debugfs_create_file("chain", 0600, d, sp, &sim_chain_fops);
	sim_debugfs_update_chain(sp, sp->nr_daisy);
}

void sim_debugfs_remove_port(struct sim_port *sp)
{
	unsigned int i;

	debugfs_remove_recursive(sp->dir);
	sp->dir = NULL;
	sp->daisy_dir = NULL;
	sp->log_file = NULL;
	for (i = 0; i < SIM_DAISY_MAX; i++)
		sp->pos_dir[i] = NULL;
}

/* --- add, remove: top level, so that removal never waits on itself -------- */

/* A one-word write, without blanks and the trailing newline. */
static char *sim_user_word(const char __user *ubuf, size_t count)
{
	char *buf = sim_user_string(ubuf, count, 64);

	if (!IS_ERR(buf))
		strim(buf);
	return buf;
}

/* Capabilities, then the chain's words: up to a page. */
static ssize_t sim_add_write(struct file *f, const char __user *ubuf,
			     size_t count, loff_t *ppos)
{
	char *buf = sim_user_string(ubuf, count, PAGE_SIZE);
	int err;

	if (IS_ERR(buf))
		return PTR_ERR(buf);
	err = sim_port_add(strim(buf));
	kfree(buf);
	return err ? err : count;
}

/* Reading "add" gives the name of the port added last, for the tests. */
static ssize_t sim_add_read(struct file *f, char __user *ubuf, size_t count,
			    loff_t *ppos)
{
	char name[16], buf[20];
	int len;

	sim_port_last_added(name, sizeof(name));
	len = scnprintf(buf, sizeof(buf), "%s\n", name);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

static const struct file_operations sim_add_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= sim_add_read,
	.write	= sim_add_write,
	.llseek	= default_llseek,
};

static ssize_t sim_remove_write(struct file *f, const char __user *ubuf,
				size_t count, loff_t *ppos)
{
	char *buf = sim_user_word(ubuf, count);
	int err;

	if (IS_ERR(buf))
		return PTR_ERR(buf);
	err = sim_port_remove(strim(buf));
	kfree(buf);
	return err ? err : count;
}

static const struct file_operations sim_remove_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.write	= sim_remove_write,
	.llseek	= default_llseek,
};

void sim_debugfs_init(void)
{
	sim_root = debugfs_create_dir("parport_sim", NULL);
	sim_add = debugfs_create_file("add", 0600, sim_root, NULL, &sim_add_fops);
	sim_remove = debugfs_create_file("remove", 0200, sim_root, NULL,
					 &sim_remove_fops);
}

/* Waits for "add" and "remove" writes in progress. */
void sim_debugfs_exit_controls(void)
{
	debugfs_remove(sim_add);
	sim_add = NULL;
	debugfs_remove(sim_remove);
	sim_remove = NULL;
}

void sim_debugfs_exit(void)
{
	debugfs_remove_recursive(sim_root);
	sim_root = NULL;
}

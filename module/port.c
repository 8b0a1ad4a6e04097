// SPDX-License-Identifier: GPL-2.0
/*
 * One struct winpar_port per parallel port: created when the parport core
 * announces a port (match_port), removed when the port goes (detach).
 *
 * Each port gets two character devices, named after Windows
 * (Documentation/nodes.rst):
 *
 *   /dev/winpar/ParallelPortm   the port, Windows' \Device\ParallelPortm
 *   /dev/winpar/LPTn            the raw device on it, n = m + 1
 *
 * Lifetime: the port is reference counted.  The port list, each node and
 * each open file hold a reference; a node is freed by the release of its
 * struct device, which the cdev keeps alive while a file is open on it.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/idr.h>
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/sysfs.h>

#include <winpar/ntddpar.h>

#include "winpar.h"

static LIST_HEAD(winpar_ports);
static DEFINE_MUTEX(winpar_ports_lock);
static DEFINE_IDA(winpar_minors);

static void winpar_port_free(struct kref *ref)
{
	struct winpar_port *port = container_of(ref, struct winpar_port, ref);

	cancel_delayed_work_sync(&port->poll_work);
	winpar_irq_exit(port);
	parport_put_port(port->pp);
	kfree(port);
}

void winpar_port_get(struct winpar_port *port)
{
	kref_get(&port->ref);
}

void winpar_port_put(struct winpar_port *port)
{
	kref_put(&port->ref, winpar_port_free);
}

/*
 * sysfs: what a user or udev wants to know without opening a node.
 * LPT nodes: location, read_mode, write_mode, write_timeout_ms, open.
 * Port nodes: parport, base, irq, modes (the PARPORT_MODE_* bits).
 */
static struct winpar_node *winpar_dev_node(struct device *dev)
{
	return container_of(dev, struct winpar_node, dev);
}

static ssize_t location_show(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%s\n", winpar_dev_node(dev)->device->name);
}
static DEVICE_ATTR_RO(location);

static ssize_t read_mode_show(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%s\n",
			  winpar_mode_name(READ_ONCE(winpar_dev_node(dev)->device->read_mode)));
}
static DEVICE_ATTR_RO(read_mode);

static ssize_t write_mode_show(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%s\n",
			  winpar_mode_name(READ_ONCE(winpar_dev_node(dev)->device->write_mode)));
}
static DEVICE_ATTR_RO(write_mode);

static ssize_t write_timeout_ms_show(struct device *dev, struct device_attribute *attr,
				     char *buf)
{
	return sysfs_emit(buf, "%u\n",
			  READ_ONCE(winpar_dev_node(dev)->device->write_timeout_s) * 1000);
}
static DEVICE_ATTR_RO(write_timeout_ms);

static ssize_t open_show(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%d\n", atomic_read(&winpar_dev_node(dev)->device->open));
}
static DEVICE_ATTR_RO(open);

static struct attribute *winpar_lpt_attrs[] = {
	&dev_attr_location.attr,
	&dev_attr_read_mode.attr,
	&dev_attr_write_mode.attr,
	&dev_attr_write_timeout_ms.attr,
	&dev_attr_open.attr,
	NULL
};
ATTRIBUTE_GROUPS(winpar_lpt);

static ssize_t parport_show(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "parport%u\n", winpar_dev_node(dev)->port->number);
}
static DEVICE_ATTR_RO(parport);

static ssize_t base_show(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "0x%lx\n", winpar_io_addr(winpar_dev_node(dev)->port->pp->base));
}
static DEVICE_ATTR_RO(base);

static ssize_t irq_show(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%d\n", winpar_dev_node(dev)->port->pp->irq);
}
static DEVICE_ATTR_RO(irq);

static ssize_t modes_show(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "0x%x\n", winpar_dev_node(dev)->port->pp->modes);
}
static DEVICE_ATTR_RO(modes);

static struct attribute *winpar_port_attrs[] = {
	&dev_attr_parport.attr,
	&dev_attr_base.attr,
	&dev_attr_irq.attr,
	&dev_attr_modes.attr,
	NULL
};
ATTRIBUTE_GROUPS(winpar_port);

static void winpar_node_release(struct device *dev)
{
	struct winpar_node *node = container_of(dev, struct winpar_node, dev);

	ida_free(&winpar_minors, MINOR(dev->devt));
	winpar_port_put(node->port);
	kfree(node);
}

/* A node for the port (@device NULL) or for one of its devices. */
static struct winpar_node *winpar_node_create(struct winpar_port *port,
					      struct winpar_device *device)
{
	enum winpar_node_kind kind = device ? WINPAR_NODE_LPT : WINPAR_NODE_PORT;
	struct winpar_node *node;
	int minor, err;

	node = kzalloc(sizeof(*node), GFP_KERNEL);
	if (!node)
		return ERR_PTR(-ENOMEM);

	minor = ida_alloc_max(&winpar_minors, WINPAR_MINORS - 1, GFP_KERNEL);
	if (minor < 0) {
		kfree(node);
		return ERR_PTR(minor);
	}

	node->kind = kind;
	node->port = port;
	node->device = device;
	winpar_port_get(port);

	device_initialize(&node->dev);
	node->dev.class = &winpar_class;
	node->dev.parent = &port->pp->bus_dev;
	node->dev.devt = MKDEV(MAJOR(winpar_devt), minor);
	node->dev.release = winpar_node_release;
	node->dev.groups = kind == WINPAR_NODE_PORT ? winpar_port_groups : winpar_lpt_groups;
	if (device)
		err = dev_set_name(&node->dev, "%s", device->name);
	else
		err = dev_set_name(&node->dev, WINPAR_PORT_NODE_FMT, port->number);
	if (err)
		goto err_put;

	cdev_init(&node->cdev, &winpar_fops);
	node->cdev.owner = THIS_MODULE;
	err = cdev_device_add(&node->cdev, &node->dev);
	if (err)
		goto err_put;
	return node;

err_put:
	put_device(&node->dev);
	return ERR_PTR(err);
}

static void winpar_node_destroy(struct winpar_node *node)
{
	if (!node)
		return;
	cdev_device_del(&node->cdev, &node->dev);
	put_device(&node->dev);
}

/*
 * A device's defaults (WINDOWS-API.md 1.6, 1.8).  @id: -1 for the raw
 * device LPTn, else the 1284.3 ID of LPTn.id (4: the end-of-chain device).
 */
static void winpar_device_init(struct winpar_port *port, struct winpar_device *dev,
			       int id, int daisy)
{
	dev->port = port;
	dev->daisy = daisy;
	dev->read_mode = NIBBLE;
	dev->write_mode = CENTRONICS;
	dev->write_timeout_s = WINPAR_WRITE_TIMEOUT_S;
	dev->write_addr = -1;
	dev->read_addr = -1;
	if (id < 0)
		snprintf(dev->name, sizeof(dev->name), "LPT%u", port->number + 1);
	else
		snprintf(dev->name, sizeof(dev->name), "LPT%u.%d", port->number + 1, id);
}

/*
 * The 1284.3 devices the parport core found when it announced the port: it
 * assigns addresses along the chain and reads each device's ID into
 * probe_info[1 + address] (LINUX-PARPORT.md 1.3).  A daisy device shows as
 * an ID there; with any, the end of the chain gets its node too.
 */
static unsigned int winpar_chain_found(struct parport *pp)
{
	unsigned int found = 0, a;

	for (a = 0; a < WINPAR_DAISY_MAX; a++) {
		const struct parport_device_info *info = &pp->probe_info[1 + a];

		if (info->mfr || info->model || info->class_name)
			found |= BIT(a);
	}
	return found ? found | BIT(WINPAR_END_OF_CHAIN) : 0;
}

static void winpar_port_unregister(struct winpar_port *port);

/**
 * winpar_port_attach() - the parport core announces a port
 * @pp: the port
 *
 * Called with the core's registration lock held, in process context.
 * A port that cannot be set up is logged and left alone: the parport core
 * offers no way to report the failure.
 */
void winpar_port_attach(struct parport *pp)
{
	struct winpar_port *port;
	char name[8];
	unsigned int i;

	port = kzalloc(sizeof(*port), GFP_KERNEL);
	if (!port)
		return;
	if (winpar_irq_init(port)) {
		kfree(port);
		return;
	}
	kref_init(&port->ref);
	mutex_init(&port->lock);
	winpar_alloc_init(port);
	port->number = pp->number;
	port->pp = pp;
	parport_get_port(pp);

	/* PARALLEL_PNP_INFORMATION.PortName: "LPTn" in UTF-16. */
	snprintf(name, sizeof(name), "LPT%u", port->number + 1);
	for (i = 0; name[i] && i < ARRAY_SIZE(port->port_name) - 1; i++)
		port->port_name[i] = name[i];

	winpar_device_init(port, &port->lpt, -1, -1);
	port->chain_present = winpar_chain_found(pp);
	port->daisy_count = hweight8(port->chain_present & (BIT(WINPAR_DAISY_MAX) - 1));
	for (i = 0; i <= WINPAR_DAISY_MAX; i++)
		winpar_device_init(port, &port->chain[i], i, i < WINPAR_DAISY_MAX ? i : -1);

	for (i = 0; i < ARRAY_SIZE(port->nodes); i++) {
		struct winpar_device *device = NULL;
		struct winpar_node *node;

		if (i == WINPAR_NODE_LPT)
			device = &port->lpt;
		else if (i > WINPAR_NODE_LPT && (port->chain_present & BIT(i - 2)))
			device = &port->chain[i - 2];
		else if (i > WINPAR_NODE_LPT)
			continue;
		node = winpar_node_create(port, device);
		if (IS_ERR(node)) {
			pr_err("%s: cannot create node: %pe\n", pp->name, node);
			goto err_nodes;
		}
		port->nodes[i] = node;
	}

	mutex_lock(&winpar_ports_lock);
	list_add_tail(&port->list, &winpar_ports);
	mutex_unlock(&winpar_ports_lock);
	dev_dbg(&port->nodes[WINPAR_NODE_LPT]->dev, "attached to %s\n", pp->name);
	return;

err_nodes:
	/*
	 * A node created before the failure may be open already: the port
	 * is not on the list, so no detach will come to mark it removed.
	 */
	mutex_lock(&port->lock);
	WRITE_ONCE(port->removed, true);
	winpar_alloc_remove(port);
	winpar_port_unregister(port);
	mutex_unlock(&port->lock);
	for (i = 0; i < ARRAY_SIZE(port->nodes); i++)
		winpar_node_destroy(port->nodes[i]);
	winpar_port_put(port);
}

/* Unregister winpar's client device; with @port->lock held, the port not claimed. */
static void winpar_port_unregister(struct winpar_port *port)
{
	struct pardevice *pdev = port->pdev;
	unsigned long flags;

	if (!pdev)
		return;
	spin_lock_irqsave(&port->alock, flags);
	port->pdev = NULL;
	spin_unlock_irqrestore(&port->alock, flags);
	parport_unregister_device(pdev);
}

/**
 * winpar_port_detach() - a port goes away
 * @pp: the port
 *
 * Removes the nodes at once; files still open on them get
 * STATUS_DEVICE_REMOVED from then on.  A request that holds the port is
 * waited for, clients waiting for the port return, and a client that holds
 * it loses it, before the client device is unregistered.
 */
void winpar_port_detach(struct parport *pp)
{
	struct winpar_port *port = NULL, *p;
	unsigned int i;

	mutex_lock(&winpar_ports_lock);
	list_for_each_entry(p, &winpar_ports, list) {
		if (p->pp == pp) {
			port = p;
			list_del(&port->list);
			/* Under the lock: winpar_port_rechain() no longer touches the nodes. */
			WRITE_ONCE(port->removed, true);
			break;
		}
	}
	mutex_unlock(&winpar_ports_lock);
	if (!port)
		return;

	for (i = 0; i < ARRAY_SIZE(port->nodes); i++) {
		winpar_node_destroy(port->nodes[i]);
		port->nodes[i] = NULL;
	}

	mutex_lock(&port->lock);
	winpar_alloc_remove(port);
	winpar_port_unregister(port);
	mutex_unlock(&port->lock);

	winpar_port_put(port);
}

/**
 * winpar_port_open() - a file is opened on one of the port's nodes
 * @port: the port
 *
 * winpar's client device is registered with the parport core while files
 * are open, and only then, as ppdev does: a registered client pins the
 * low-level driver, and an idle winpar must not keep parport_pc loaded.
 *
 * Return: 0, -ENODEV if the port was removed, -ENOMEM.
 */
int winpar_port_open(struct winpar_port *port)
{
	/*
	 * No wakeup callback: waiting for the port is winpar's (alloc.c), and
	 * the core's wait list has a deadlock (Documentation/decisions.rst).
	 */
	struct pardev_cb cb = {
		.irq_func = winpar_port_irq,
		.preempt = winpar_preempt,
		.private = port,
	};
	struct pardevice *pdev;
	unsigned long flags;
	int err = 0;

	mutex_lock(&port->lock);
	if (port->removed) {
		err = -ENODEV;
	} else if (!port->users) {
		pdev = parport_register_dev_model(port->pp, "winpar", &cb, port->number);
		if (pdev) {
			spin_lock_irqsave(&port->alock, flags);
			port->pdev = pdev;
			spin_unlock_irqrestore(&port->alock, flags);
		} else {
			err = -ENOMEM;
		}
	}
	if (!err)
		port->users++;
	mutex_unlock(&port->lock);
	return err;
}

/**
 * winpar_port_close() - an open file on one of the port's nodes goes away
 * @port: the port
 */
void winpar_port_close(struct winpar_port *port)
{
	mutex_lock(&port->lock);
	if (!--port->users) {
		winpar_unclaim_idle(port);
		winpar_port_unregister(port);
	}
	mutex_unlock(&port->lock);
}

/**
 * winpar_port_rechain() - nodes for the chain a re-enumeration found
 * @port: the port
 * @count: daisy-chain devices the address assignment found, 0..4
 *
 * LPTn.0 .. LPTn.(count-1) and, with any, LPTn.4 exist afterwards; nodes
 * of devices no longer there go, and files still open on them get
 * STATUS_DEVICE_REMOVED (ENODEV) from then on, even if a later
 * re-enumeration brings the device back.  Process context, without the
 * port's lock.
 */
void winpar_port_rechain(struct winpar_port *port, unsigned int count)
{
	unsigned int want = count ? (BIT(count) - 1) | BIT(WINPAR_END_OF_CHAIN) : 0;
	struct winpar_node *gone[WINPAR_DAISY_MAX + 1] = { };
	struct winpar_node *node;
	unsigned int i;

	mutex_lock(&winpar_ports_lock);
	if (port->removed || want == port->chain_present) {
		mutex_unlock(&winpar_ports_lock);
		return;
	}
	for (i = 0; i <= WINPAR_DAISY_MAX; i++) {
		bool had = port->chain_present & BIT(i), has = want & BIT(i);

		if (had && !has) {
			gone[i] = port->nodes[2 + i];
			port->nodes[2 + i] = NULL;
			WRITE_ONCE(port->chain[i].gen, port->chain[i].gen + 1);
		} else if (!had && has) {
			node = winpar_node_create(port, &port->chain[i]);
			if (IS_ERR(node)) {
				pr_err("%s: cannot create node: %pe\n", port->pp->name, node);
				want &= ~BIT(i);
				continue;
			}
			port->nodes[2 + i] = node;
		}
	}
	port->chain_present = want;
	mutex_unlock(&winpar_ports_lock);

	for (i = 0; i <= WINPAR_DAISY_MAX; i++)
		winpar_node_destroy(gone[i]);
}

/**
 * winpar_node_find() - a node by its name, for winpar_open()
 * @name: "ParallelPortm", "LPTn", "LPTn.a"
 *
 * Return: the node with a reference on its device (put_device() it), or
 * NULL.
 */
struct winpar_node *winpar_node_find(const char *name)
{
	struct winpar_node *found = NULL;
	struct winpar_port *port;
	unsigned int i;

	mutex_lock(&winpar_ports_lock);
	list_for_each_entry(port, &winpar_ports, list) {
		for (i = 0; i < ARRAY_SIZE(port->nodes) && !found; i++) {
			struct winpar_node *node = port->nodes[i];

			if (node && !strcmp(dev_name(&node->dev), name)) {
				get_device(&node->dev);
				found = node;
			}
		}
	}
	mutex_unlock(&winpar_ports_lock);
	return found;
}

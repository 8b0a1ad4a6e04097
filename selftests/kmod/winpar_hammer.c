// SPDX-License-Identifier: GPL-2.0
/*
 * winpar_hammer: two kernel threads that call ParallelWrite as fast as they
 * can on a winpar device, while the suite removes and adds the simulated
 * port under them (kernel_review's hammer test).  Each thread opens the
 * device named in /sys/kernel/debug/winpar_hammer/target, locks the port,
 * connects, and writes until a call fails; then it closes and starts over.
 * A write through a client device that a removal unregistered, or a
 * negotiation on a port the core took back, shows in the kernel log.
 *
 * /sys/kernel/debug/winpar_hammer/stats: "opens N writes N removed N
 * other N" (calls answered STATUS_DEVICE_REMOVED, and any other failure
 * of a call made on a port that was present when it started).
 *
 * Test-only: not built for or installed on users' machines.
 */
#include <linux/debugfs.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/seq_file.h>

#include <winpar_kernel.h>

#define HAMMER_THREADS	2

static struct task_struct *threads[HAMMER_THREADS];
static struct dentry *dir;
static DEFINE_MUTEX(target_lock);
static char target[32];
static atomic_t opens, writes, removed, other;

static void hammer_one(struct winpar_client *c)
{
	static const char text[] = "from a kernel thread, again and again";
	PARCLASS_INFORMATION pc;
	u32 info, done;
	s32 st;

	st = winpar_device_control(c, true, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0, &info);
	if (st)
		return;
	st = winpar_device_control(c, true, IOCTL_INTERNAL_PARCLASS_CONNECT, NULL, 0,
				   &pc, sizeof(pc), &info);
	while (!st && !kthread_should_stop()) {
		st = pc.ParallelWrite(pc.ParclassContext, (void *)text, sizeof(text) - 1,
				      &done, 0);
		if (!st)
			atomic_inc(&writes);
		else if (st == STATUS_DEVICE_REMOVED)
			atomic_inc(&removed);
		else
			atomic_inc(&other);
	}
	winpar_device_control(c, true, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0, &info);
}

static int hammer_thread(void *unused)
{
	struct winpar_client *c;
	char name[32];

	while (!kthread_should_stop()) {
		mutex_lock(&target_lock);
		strscpy(name, target, sizeof(name));
		mutex_unlock(&target_lock);
		c = name[0] ? winpar_open(name) : ERR_PTR(-ENOENT);
		if (IS_ERR(c)) {
			usleep_range(500, 1000);
			continue;
		}
		atomic_inc(&opens);
		hammer_one(c);
		winpar_close(c);
	}
	return 0;
}

static ssize_t target_write(struct file *file, const char __user *buf, size_t len,
			    loff_t *ppos)
{
	char name[32];

	if (len >= sizeof(name))
		return -EINVAL;
	if (copy_from_user(name, buf, len))
		return -EFAULT;
	name[len] = 0;
	strim(name);
	mutex_lock(&target_lock);
	strscpy(target, strim(name), sizeof(target));
	mutex_unlock(&target_lock);
	return len;
}

static const struct file_operations target_fops = {
	.owner = THIS_MODULE,
	.write = target_write,
};

static int stats_show(struct seq_file *m, void *v)
{
	seq_printf(m, "opens %d writes %d removed %d other %d\n", atomic_read(&opens),
		   atomic_read(&writes), atomic_read(&removed), atomic_read(&other));
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(stats);

static int __init winpar_hammer_init(void)
{
	int i;

	dir = debugfs_create_dir("winpar_hammer", NULL);
	debugfs_create_file("target", 0200, dir, NULL, &target_fops);
	debugfs_create_file("stats", 0444, dir, NULL, &stats_fops);
	for (i = 0; i < HAMMER_THREADS; i++) {
		threads[i] = kthread_run(hammer_thread, NULL, "winpar_hammer/%d", i);
		if (IS_ERR(threads[i])) {
			while (i--)
				kthread_stop(threads[i]);
			debugfs_remove_recursive(dir);
			return -ENOMEM;
		}
	}
	return 0;
}

static void __exit winpar_hammer_exit(void)
{
	int i;

	for (i = 0; i < HAMMER_THREADS; i++)
		kthread_stop(threads[i]);
	debugfs_remove_recursive(dir);
}

module_init(winpar_hammer_init);
module_exit(winpar_hammer_exit);

MODULE_DESCRIPTION("Test-only: ParallelWrite from two kernel threads while ports come and go");
MODULE_LICENSE("GPL");

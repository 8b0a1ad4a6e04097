// SPDX-License-Identifier: GPL-2.0
/*
 * winpar loads and unloads with and without a port; its nodes appear and
 * vanish with the port.  Runs first: the guest has parport, parport_pc, lp
 * and ppdev loaded, and not winpar.  Leaves all five loaded.
 */
#include "kselftest_harness.h"
#include "winpar_test.h"

#define MODDIR	"/modules"

static int loaded(const char *mod)
{
	char path[128];

	snprintf(path, sizeof(path), "/sys/module/%s", mod);
	return exists(path);
}

TEST(load_without_any_port)
{
	ASSERT_EQ(0, run("rmmod lp"));
	ASSERT_EQ(0, run("rmmod parport_pc"));
	ASSERT_EQ(0, run("insmod " MODDIR "/winpar.ko"));
	EXPECT_TRUE(loaded("winpar"));
	EXPECT_TRUE(exists("/sys/class/winpar"));
	EXPECT_FALSE(exists(LPT1));
	EXPECT_FALSE(exists(PORT0));
}

TEST(nodes_appear_when_the_port_does)
{
	ASSERT_EQ(0, run("insmod " MODDIR "/parport_pc.ko"));
	EXPECT_TRUE(is_chardev(LPT1));
	EXPECT_TRUE(is_chardev(PORT0));
}

TEST(nodes_vanish_with_the_port)
{
	ASSERT_EQ(0, run("rmmod parport_pc"));
	EXPECT_FALSE(exists(LPT1));
	EXPECT_FALSE(exists(PORT0));
	EXPECT_FALSE(exists("/sys/class/winpar/LPT1"));
}

TEST(an_open_file_pins_the_port_driver)
{
	int fd;

	ASSERT_EQ(0, run("insmod " MODDIR "/parport_pc.ko"));
	fd = open(LPT1, O_RDWR);
	ASSERT_LE(0, fd);
	/* winpar's client device holds parport_pc, as lp's does. */
	EXPECT_NE(0, run("rmmod parport_pc 2>/dev/null"));
	EXPECT_NE(0, run("rmmod winpar 2>/dev/null"));
	close(fd);
	EXPECT_EQ(0, run("rmmod parport_pc"));
	EXPECT_FALSE(exists(LPT1));
}

TEST(unload_and_reload_with_the_port_present)
{
	ASSERT_EQ(0, run("insmod " MODDIR "/parport_pc.ko"));
	ASSERT_TRUE(is_chardev(LPT1));
	ASSERT_EQ(0, run("rmmod winpar"));
	EXPECT_FALSE(loaded("winpar"));
	EXPECT_FALSE(exists(LPT1));
	EXPECT_FALSE(exists(WINPAR_DEV_DIR));
	ASSERT_EQ(0, run("insmod " MODDIR "/winpar.ko"));
	EXPECT_TRUE(is_chardev(LPT1));
	EXPECT_TRUE(is_chardev(PORT0));
}

TEST(unload_with_lp_and_ppdev_loaded)
{
	ASSERT_EQ(0, run("insmod " MODDIR "/lp.ko"));
	ASSERT_TRUE(loaded("ppdev"));
	ASSERT_EQ(0, run("rmmod winpar"));
	ASSERT_EQ(0, run("insmod " MODDIR "/winpar.ko"));
	EXPECT_TRUE(is_chardev(LPT1));
	EXPECT_TRUE(exists("/dev/lp0"));
	EXPECT_TRUE(exists("/dev/parport0"));
}

TEST_HARNESS_MAIN

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-position.h"

static void
test_between_basic (void)
{
  g_autofree char *first = pl_position_between (NULL, NULL);
  g_autofree char *after = pl_position_between (first, NULL);
  g_autofree char *before = pl_position_between (NULL, first);
  g_autofree char *middle = pl_position_between (first, after);

  g_assert_cmpstr (before, <, first);
  g_assert_cmpstr (first, <, middle);
  g_assert_cmpstr (middle, <, after);
}

/* The upper key extends the lower with zeros: the common prefix runs past
 * the lower key's end (a read past it, found by valgrind). */
static void
test_between_past_end (void)
{
  g_autofree char *k1 = pl_position_between ("V", "V0V");
  g_autofree char *k2 = pl_position_between ("V", "V001");
  g_autofree char *k3 = pl_position_between (NULL, "01");

  g_assert_cmpstr ("V", <, k1);
  g_assert_cmpstr (k1, <, "V0V");
  g_assert_cmpstr ("V", <, k2);
  g_assert_cmpstr (k2, <, "V001");
  g_assert_cmpstr (k3, <, "01");
}

static void
test_between_refuses (void)
{
  /* Equal, out of order, a trailing zero, a character outside the
   * alphabet: the caller must respread. */
  g_assert_null (pl_position_between ("V", "V"));
  g_assert_null (pl_position_between ("b", "a"));
  g_assert_null (pl_position_between ("1", "10"));
  g_assert_null (pl_position_between ("a b", NULL));
}

/* Inserting at random places a thousand times keeps every key strictly
 * between its neighbours, and keys stay short. */
static void
test_random_inserts (void)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  gsize longest = 0;

  for (guint i = 0; i < 1000; i++)
    {
      guint at = keys->len ? g_rand_int_range (rand, 0, keys->len + 1) : 0;
      const char *before = at > 0 ? g_ptr_array_index (keys, at - 1) : NULL;
      const char *after = at < keys->len ? g_ptr_array_index (keys, at) : NULL;
      char *key = pl_position_between (before, after);

      g_assert_nonnull (key);
      g_ptr_array_insert (keys, at, key);
      longest = MAX (longest, strlen (key));
    }

  for (guint i = 1; i < keys->len; i++)
    g_assert_cmpstr (g_ptr_array_index (keys, i - 1), <, g_ptr_array_index (keys, i));
  g_assert_cmpuint (longest, <, 32);
}

static void
test_appending_stays_short (void)
{
  g_autofree char *key = NULL;

  for (guint i = 0; i < 500; i++)
    {
      char *next = pl_position_between (key, NULL);

      g_assert_cmpstr (key ? key : "", <, next);
      g_free (key);
      key = next;
    }
  g_assert_cmpuint (strlen (key), <=, 10);  /* 'V'..'z', then 61 per digit */
}

static void
test_spread (void)
{
  g_auto(GStrv) keys = pl_position_spread (200);

  g_assert_cmpuint (g_strv_length (keys), ==, 200);
  for (guint i = 1; i < 200; i++)
    g_assert_cmpstr (keys[i - 1], <, keys[i]);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *next = pl_position_between (keys[i], keys[i + 1]);
      g_assert_nonnull (next);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/position/between", test_between_basic);
  g_test_add_func ("/position/refuses", test_between_refuses);
  g_test_add_func ("/position/past-end", test_between_past_end);
  g_test_add_func ("/position/random-inserts", test_random_inserts);
  g_test_add_func ("/position/appending", test_appending_stays_short);
  g_test_add_func ("/position/spread", test_spread);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-symbol.h"

static const struct {
  const char *symbol;
  gboolean    valid;
  const char *reason_part;
} cases[] = {
  { "CTOC/COP/2020/1", TRUE, NULL },
  { "CTOC/COP/2020/CRP.1", TRUE, NULL },
  { "CTOC/COP/2010/17", TRUE, NULL },
  { "E/CN.7/2020/16-E/CN.15/2020/16", TRUE, NULL },
  { "A/75/L.1/Rev.1/Add.2", TRUE, NULL },
  { "A/RES/55/25", TRUE, NULL },
  { "CTOC/COP/WG.2/2020/INF.1", TRUE, NULL },
  { "", FALSE, "empty" },
  { "CTOC COP/2020/1", FALSE, "space" },
  { "CTOC//2020/1", FALSE, "empty component" },
  { "CTOC/COP/2020/", FALSE, "empty component" },
  { "ctoc/cop/2020/1", FALSE, "series" },
  { "CTOC", FALSE, "at least one more" },
  { "CTOC/COP/2020/crp.1", FALSE, "crp.1" },
  { "CTOC/COP/2020/1-", FALSE, "empty part" },
  { "CTOC/COP/2020/1;", FALSE, "not allowed" },
  { "9/1", FALSE, "series" },
};

static void
test_symbols (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = pl_symbol_validate (cases[i].symbol, &error);

      g_test_message ("%s", cases[i].symbol);
      g_assert_cmpint (ok, ==, cases[i].valid);
      if (!ok)
        {
          g_assert_error (error, PL_SYMBOL_ERROR, PL_SYMBOL_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, cases[i].reason_part));
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/symbol/table", test_symbols);

  return g_test_run ();
}

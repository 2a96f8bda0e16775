/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pl-application.h"
#include "pl-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlApplication) app = NULL;

  pl_i18n_init ();

  app = pl_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}

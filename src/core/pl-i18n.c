/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "pl-i18n.h"

/**
 * pl_i18n_init:
 *
 * Sets the locale from the environment and binds the interface's
 * catalogue, for the application and the command line alike. The
 * catalogues are in LOCALEDIR once installed; PLENARY_LOCALEDIR points an
 * uninstalled build at its own po/ directory (the tests, `setup run`), as
 * PLENARY_DOCUMENT_LOCALEDIR does for the documents' catalogue.
 */
void
pl_i18n_init (void)
{
  const char *localedir = g_getenv ("PLENARY_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-page.h"

G_DEFINE_INTERFACE (PlPage, pl_page, GTK_TYPE_WIDGET)

static void
pl_page_default_init (PlPageInterface *iface)
{
  g_object_interface_install_property (iface,
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
}

/**
 * pl_page_get_session:
 *
 * Returns: (transfer none): the session the page shows
 */
PlSession *
pl_page_get_session (PlPage *self)
{
  g_autoptr(PlSession) session = NULL;

  g_return_val_if_fail (PL_IS_PAGE (self), NULL);

  g_object_get (self, "session", &session, NULL);

  /* The page holds a reference for as long as it lives. */
  return session;
}

gboolean
pl_page_select_record (PlPage   *self,
                       PlRecord *record)
{
  PlPageInterface *iface;

  g_return_val_if_fail (PL_IS_PAGE (self), FALSE);
  g_return_val_if_fail (PL_IS_RECORD (record), FALSE);

  iface = PL_PAGE_GET_IFACE (self);
  if (iface->select_record == NULL)
    return FALSE;

  return iface->select_record (self, record);
}

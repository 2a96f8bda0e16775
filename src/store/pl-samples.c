/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-store-resources.h"

/*
 * The sample session: the tenth session of the Conference of the Parties
 * to the Organized Crime Convention (CTOC/COP/2020/1), as data in
 * data/samples/, carried in the library's resources so that
 * `plenary-cli new --sample` and the tests need no installed files.
 */

#define SAMPLE_RESOURCE "/io/github/plenary/Plenary/data/samples/ctoc-cop-10.plenary"

/**
 * pl_samples_get_bytes:
 *
 * Returns: (transfer full): the sample file's text
 */
GBytes *
pl_samples_get_bytes (void)
{
  /* Referencing the resource keeps its object (whose constructor
   * registers it) in the link. */
  (void) pl_store_get_resource ();
  return g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

/**
 * pl_samples_load:
 *
 * Returns: (transfer full): a new session holding the sample
 */
PlSession *
pl_samples_load (GError **error)
{
  g_autoptr(GBytes) bytes = pl_samples_get_bytes ();

  g_return_val_if_fail (bytes != NULL, NULL);

  return pl_session_file_load_bytes (bytes, "ctoc-cop-10.plenary", error);
}

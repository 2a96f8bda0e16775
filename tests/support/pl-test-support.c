/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include <glib/gstdio.h>

#include "pl-agenda.h"
#include "pl-position.h"
#include "pl-samples.h"
#include "pl-session-generator.h"
#include "pl-test-support.h"
#include "pl-value.h"

struct _PlNotifyCounter
{
  GObject    *object;
  GHashTable *counts;   /* interned property name → count */
  gulong      handler;
};

static void
on_notify_cb (GObject         *object,
              GParamSpec      *pspec,
              PlNotifyCounter *counter)
{
  const char *name = g_intern_string (pspec->name);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counter->counts, name));

  g_hash_table_insert (counter->counts, (gpointer) name, GUINT_TO_POINTER (n + 1));
}

PlNotifyCounter *
pl_notify_counter_new (GObject *object)
{
  PlNotifyCounter *counter = g_new0 (PlNotifyCounter, 1);

  counter->object = g_object_ref (object);
  counter->counts = g_hash_table_new (NULL, NULL);
  counter->handler = g_signal_connect (object, "notify", G_CALLBACK (on_notify_cb), counter);

  return counter;
}

guint
pl_notify_counter_get (PlNotifyCounter *counter,
                       const char      *property)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counter->counts, g_intern_string (property)));
}

guint
pl_notify_counter_total (PlNotifyCounter *counter)
{
  GHashTableIter iter;
  gpointer value;
  guint total = 0;

  g_hash_table_iter_init (&iter, counter->counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += GPOINTER_TO_UINT (value);

  return total;
}

void
pl_notify_counter_reset (PlNotifyCounter *counter)
{
  g_hash_table_remove_all (counter->counts);
}

void
pl_notify_counter_free (PlNotifyCounter *counter)
{
  g_signal_handler_disconnect (counter->object, counter->handler);
  g_object_unref (counter->object);
  g_hash_table_unref (counter->counts);
  g_free (counter);
}

/* A value of @pspec's type that differs from @current. */
static void
different_value (GParamSpec   *pspec,
                 const GValue *current,
                 GValue       *out)
{
  GType type = pspec->value_type;

  g_value_init (out, type);

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (current);

      g_value_set_string (out, g_strcmp0 (s, "value one") == 0 ? "value two" : "value one");
    }
  else if (type == G_TYPE_INT)
    g_value_set_int (out, g_value_get_int (current) == 7 ? 8 : 7);
  else if (type == G_TYPE_UINT)
    g_value_set_uint (out, g_value_get_uint (current) + 1);
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (out, !g_value_get_boolean (current));
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      int v = g_value_get_enum (current);
      guint i;

      for (i = 0; i < klass->n_values; i++)
        if (klass->values[i].value == v)
          break;
      g_value_set_enum (out, klass->values[(i + 1) % klass->n_values].value);
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (current);
      static const char *one[] = { "en", NULL };
      static const char *two[] = { "fr", "es", NULL };

      g_value_set_boxed (out, strv != NULL && g_strv_equal (strv, one) ? two : one);
    }
  else if (type == JSON_TYPE_NODE)
    {
      JsonNode *node = g_value_get_boxed (current);
      g_autoptr(JsonNode) next = json_node_new (JSON_NODE_VALUE);
      gint64 n = 0;

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
        n = json_node_get_int (node) + 1;
      json_node_set_int (next, n);
      g_value_set_boxed (out, next);
    }
  else
    g_assert_not_reached ();
}

/**
 * pl_test_assert_properties_notify_once:
 *
 * For every writable property of @object: a real change notifies that
 * property exactly once and no other; setting the same value again
 * notifies nothing.
 */
void
pl_test_assert_properties_notify_once (GObject *object)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_autoptr(PlNotifyCounter) counter = NULL;
      g_auto(GValue) current = G_VALUE_INIT;
      g_auto(GValue) next = G_VALUE_INIT;
      g_auto(GValue) read_back = G_VALUE_INIT;

      if (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;

      g_test_message ("%s:%s", G_OBJECT_TYPE_NAME (object), pspec->name);
      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

      g_value_init (&current, pspec->value_type);
      g_object_get_property (object, pspec->name, &current);
      different_value (pspec, &current, &next);

      counter = pl_notify_counter_new (object);
      g_object_set_property (object, pspec->name, &next);
      g_assert_cmpuint (pl_notify_counter_get (counter, pspec->name), ==, 1);
      g_assert_cmpuint (pl_notify_counter_total (counter), ==, 1);

      g_value_init (&read_back, pspec->value_type);
      g_object_get_property (object, pspec->name, &read_back);
      g_assert_true (pl_value_equal (&read_back, &next));

      pl_notify_counter_reset (counter);
      g_object_set_property (object, pspec->name, &next);
      g_assert_cmpuint (pl_notify_counter_total (counter), ==, 0);
    }
}

/**
 * pl_test_generate_large_session:
 *
 * Returns: (transfer full): a session the size DESIGN's benchmarks use,
 *   the same for the same @seed, not modified
 */
PlSession *
pl_test_generate_large_session (guint32 seed)
{
  return pl_session_generate (PL_GENERATOR_SCALE_LARGE, seed);
}

char *
pl_test_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("plenary-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

char *
pl_test_read_file (const char *path,
                   gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* Runs the main loop for @ms: for what has no event to wait on (a frame
 * or two drawn); a wait on an event is pl_test_spin_until(). */
void
pl_test_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @done says so, or fails the test after
 * @timeout_ms: a wait on an event, not on the machine's speed (a fixed
 * spin failed under load). */
void
pl_test_spin_until (gboolean (*done) (gpointer data),
                    gpointer   data,
                    guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("spin_until: still waiting after %u ms", timeout_ms);
      g_main_context_iteration (NULL, FALSE);
    }
}

/* The sample session of plenary-cli new --sample. */
PlSession *
pl_test_load_sample (void)
{
  g_autoptr(GError) error = NULL;
  PlSession *session = pl_samples_load (&error);

  g_assert_no_error (error);
  g_assert_nonnull (session);
  return session;
}

/**
 * pl_test_delegation:
 *
 * Returns: (transfer full): the session's delegation @id, added when the
 *   session has none
 */
PlDelegation *
pl_test_delegation (PlSession  *session,
                    const char *id)
{
  PlRecord *record = pl_session_lookup (session, id);
  PlDelegation *delegation;

  if (record != NULL)
    {
      g_assert_true (PL_IS_DELEGATION (record));
      return g_object_ref (PL_DELEGATION (record));
    }

  delegation = pl_delegation_new (id);
  pl_session_add_record (session, PL_RECORD (delegation));
  return delegation;
}

void
pl_test_remove_delegations (PlSession *session)
{
  GListModel *delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);

  while (g_list_model_get_n_items (delegations) > 0)
    {
      g_autoptr(PlRecord) delegation = g_list_model_get_item (delegations, 0);

      pl_session_remove_record (session, delegation);
    }
}

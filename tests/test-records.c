/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>


#include "pl-session.h"
#include "pl-test-support.h"

/* Every property of every record type: a real change notifies once, a
 * no-op set never. */
static void
test_record_properties (gconstpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  g_autoptr(GObject) record = g_object_new (type, NULL);

  pl_test_assert_properties_notify_once (record);
}

/* Inside a session each real change is one `changed` emission and one
 * undo step, and undo puts the old value back. */
static guint changed_count;

static void
on_changed_cb (PlSession   *session,
               PlRecord    *record,
               PlChangeKind kind,
               const char  *field)
{
  changed_count++;
}

static void
test_record_in_session (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(PlDocument) document = pl_document_new (NULL);
  static const char *languages[] = { "en", "fr", NULL };

  g_signal_connect (session, "changed", G_CALLBACK (on_changed_cb), NULL);
  changed_count = 0;

  pl_session_add_record (session, PL_RECORD (document));
  g_assert_cmpuint (changed_count, ==, 1);

  pl_document_set_symbol (document, "CTOC/COP/2020/1");
  pl_document_set_symbol (document, "CTOC/COP/2020/1");
  pl_document_set_languages (document, languages);
  pl_document_set_languages (document, languages);
  pl_document_set_kind (document, PL_DOCUMENT_KIND_NOTE);
  pl_document_set_kind (document, PL_DOCUMENT_KIND_NOTE);
  g_assert_cmpuint (changed_count, ==, 4);

  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_document_get_kind (document), ==, PL_DOCUMENT_KIND_REPORT);
  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_document_get_languages (document));
  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_document_get_symbol (document));
  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_session_lookup (session, pl_record_get_id (PL_RECORD (document))));
  g_assert_false (pl_history_get_can_undo (history));
}

static void
test_record_ids (void)
{
  g_autoptr(PlAgendaItem) item = pl_agenda_item_new (NULL);
  g_autoptr(PlOfficer) officer = pl_officer_new ("officer:president");

  g_assert_true (g_str_has_prefix (pl_record_get_id (PL_RECORD (item)), "item:"));
  g_assert_cmpuint (strlen (pl_record_get_id (PL_RECORD (item))), ==, strlen ("item:") + 36);
  g_assert_cmpstr (pl_record_get_id (PL_RECORD (officer)), ==, "officer:president");
  g_assert_cmpstr (pl_record_get_type_name (PL_RECORD (officer)), ==, "officer");
}

/* Issue 16, point 7: DESIGN's _id rule, which the sync engine applies to
 * what it pulls. */
static void
test_id_fits_type (void)
{
  static const struct { const char *id, *type; gboolean fits; } cases[] = {
    { "session", "session", TRUE },
    { "session", "delegation", FALSE },
    { "delegation:session", "session", FALSE },
    { "delegation:ITA", "delegation", TRUE },
    { "delegation:ITA", "speaker_request", FALSE },
    { "credentials:ITA", "credentials", TRUE },
    { "credentials:ITA", "delegation", FALSE },
    { "officer:president", "officer", TRUE },
    { "officer:vice_president-3", "officer", TRUE },
    { "officer:rapporteur", "session", FALSE },
    { "contact:ITA", "contact", TRUE },
    { "speaker_request:0b7e5b2c-3a1f-4d8e-9c6b-1f2e3d4c5b6a", "speaker_request", TRUE },
    { "speaker_request:xyz", "delegation", FALSE },
    { "speaker_list:0b7e5b2c-3a1f-4d8e-9c6b-1f2e3d4c5b6a", "speaker", FALSE },
    { "speaker:0b7e5b2c-3a1f-4d8e-9c6b-1f2e3d4c5b6a", "speaker_list", FALSE },
    { "item:", "item", FALSE },
    { "item", "item", FALSE },
    { "vote:1", "vote", TRUE },
    { "delegation:ITA", "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s as %s", cases[i].id, cases[i].type);
      g_assert_cmpint (pl_record_id_fits_type (cases[i].id, cases[i].type), ==, cases[i].fits);
    }

  /* Every record made here fits. */
  {
    const GType *types;
    guint n_types;

    types = pl_session_list_record_types (&n_types);
    for (guint t = 0; t < n_types; t++)
      {
        g_autoptr(PlRecord) record = types[t] == PL_TYPE_SESSION_SETTINGS ? g_object_new (types[t], "id", "session", NULL)
                                                                           : g_object_new (types[t], NULL);

        g_assert_true (pl_record_id_fits_type (pl_record_get_id (record), pl_record_get_type_name (record)));
      }
  }
}

/* JSON fields are sealed once stored: nobody can change the history's
 * copy behind its back. */
static void
test_json_fields_sealed (void)
{
  g_autoptr(PlMeeting) meeting = pl_meeting_new (NULL);
  g_autoptr(JsonNode) entries = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (entries, json_array_new ());
  pl_meeting_set_entries (meeting, entries);
  g_assert_true (json_node_is_immutable (pl_meeting_get_entries (meeting)));
}

int
main (int    argc,
      char **argv)
{
  const GType *types;
  guint n_types;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  types = pl_session_list_record_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_autofree char *path = g_strdup_printf ("/records/properties/%s", g_type_name (types[i]));

      g_test_add_data_func (path, GSIZE_TO_POINTER (types[i]), test_record_properties);
    }
  g_test_add_func ("/records/in-session", test_record_in_session);
  g_test_add_func ("/records/ids", test_record_ids);
  g_test_add_func ("/records/id-fits-type", test_id_fits_type);
  g_test_add_func ("/records/json-sealed", test_json_fields_sealed);

  return g_test_run ();
}

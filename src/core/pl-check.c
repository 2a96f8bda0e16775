/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-check.h"
#include "pl-check-credentials.h"
#include "pl-check-schedule.h"
#include "pl-check-bureau.h"
#include "pl-check-meetings.h"
#include "pl-check-proposals.h"
#include "pl-check-speakers.h"
#include "pl-check-text.h"
#include "pl-check-translations.h"
#include "pl-json-text.h"
#include "pl-symbol.h"
#include "pl-translatable.h"

/*
 * The rules engine: each check reads the session and adds findings with
 * stable codes (DESIGN.md, "The headless front door"; the codes are
 * documented in the help). Checks never change the session.
 */

typedef void (*CheckFunc) (PlSession *session,
                           GPtrArray *findings);

static void
add (GPtrArray  *findings,
     PlSeverity  severity,
     const char *code,
     PlRecord   *subject,
     char       *message)
{
  g_ptr_array_add (findings,
                   pl_finding_new (severity, code,
                                   subject ? pl_record_get_id (subject) : NULL,
                                   message));
  g_free (message);
}

/* agenda.symbol: every document symbol must parse, or the document cannot
 * be cited in the agenda's Documentation lists. */
static void
check_document_symbols (PlSession *session,
                        GPtrArray *findings)
{
  GListModel *documents = pl_session_get_records (session, PL_TYPE_DOCUMENT);
  guint n = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlDocument) document = g_list_model_get_item (documents, i);
      g_autoptr(GError) error = NULL;

      if (!pl_symbol_validate (pl_document_get_symbol (document), &error))
        add (findings, PL_SEVERITY_ERROR, "agenda.symbol", PL_RECORD (document),
             g_strdup (error->message));
    }
}

/* documents.url: a document's web address a delegate's copy would not
 * open (a missing https://, a space, another scheme); a warning, since
 * the document itself is fine and the delegate simply gets no Open button. */
static void
check_document_urls (PlSession *session,
                     GPtrArray *findings)
{
  GListModel *documents = pl_session_get_records (session, PL_TYPE_DOCUMENT);
  guint n = g_list_model_get_n_items (documents);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlDocument) document = g_list_model_get_item (documents, i);
      const char *url = pl_document_get_url (document);

      if (url != NULL && *url != '\0' && !pl_document_url_is_valid (url))
        add (findings, PL_SEVERITY_WARNING, "documents.url", PL_RECORD (document),
             /* Translators: a document symbol, then the address as typed */
             g_strdup_printf (_("The web link of %s, “%s”, is not a web address: delegates cannot open it. "
                                "Give the whole address, starting with https://."),
                              pl_document_get_symbol (document) ? pl_document_get_symbol (document) : "", url));
    }
}

/* agenda.unknown-document: an item's Documentation list names a document
 * the session does not have (deleted, or a typing slip in a file). */
static void
check_item_documents (PlSession *session,
                      GPtrArray *findings)
{
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (session));

  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      g_auto(GStrv) ids = pl_agenda_item_dup_document_ids (item);

      for (guint k = 0; ids[k] != NULL; k++)
        if (!PL_IS_DOCUMENT (pl_session_lookup (session, ids[k])))
          add (findings, PL_SEVERITY_ERROR, "agenda.unknown-document", PL_RECORD (item),
               /* Translators: item number, then a record _id */
               g_strdup_printf (_("Item %s lists the document “%s”, which is not in the session’s documents. "
                                  "Add the document or remove it from the item."),
                                pl_agenda_item_get_number (item), ids[k]));
    }
}

/* sync.conflict: a field changed both here and on the server, whose
 * local value waits in the sync state's conflict list (kept by the sync
 * engine, saved in the file's `sync` object) until a person chooses. */
static void
check_sync_conflicts (PlSession *session,
                      GPtrArray *findings)
{
  JsonObject *state = pl_session_get_sync_state (session);
  JsonNode *node = state ? json_object_get_member (state, "conflicts") : NULL;
  JsonArray *conflicts = node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  for (guint i = 0; conflicts != NULL && i < json_array_get_length (conflicts); i++)
    {
      JsonNode *element = json_array_get_element (conflicts, i);
      JsonObject *conflict = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      const char *id = conflict ? pl_json_object_get_string (conflict, "_id", NULL) : NULL;
      const char *field = conflict ? pl_json_object_get_string (conflict, "field", NULL) : NULL;
      g_autofree char *language = NULL;
      g_autofree char *translated = NULL;
      char *message;

      if (id == NULL || field == NULL)
        continue;
      if (g_str_equal (field, "_deleted"))
        message = g_strdup_printf (_("The record “%s” was deleted on one side and edited on the other. "
                                     "Choose which stands in the Conflicts dialog or with "
                                     "“plenary-cli resolve”."), id);
      else if (pl_versions_split_path (field, &language, &translated))
        /* Translators: a language ("French"), a field in words ("title"), then a record _id */
        message = g_strdup_printf (_("The %s version of the %s of “%s” was changed both here and on the "
                                     "server: the server’s is kept and the local one waits. Choose in the "
                                     "Conflicts dialog or with “plenary-cli resolve”."),
                                   pl_versions_language_name (language), pl_translatables_field_label (translated), id);
      else
        /* Translators: a field name, then a record _id */
        message = g_strdup_printf (_("The field “%s” of “%s” was changed both here and on the server: the "
                                     "server’s value is kept and the local one waits. Choose in the "
                                     "Conflicts dialog or with “plenary-cli resolve”."), field, id);
      g_ptr_array_add (findings, pl_finding_new (PL_SEVERITY_WARNING, "sync.conflict", id, message));
      g_free (message);
    }
}

/* Each check, and whether it reads records only the secretariat has
 * (DESIGN.md, "Roles, enforced by the server"): a delegate's copy has
 * none of them, and a check run on their absence would report what is
 * not so ("no credentials received" for every State). */
static const struct {
  CheckFunc check;
  gboolean  secretariat_only;
} checks[] = {
  { check_document_symbols, FALSE },
  { check_document_urls, FALSE },
  { check_item_documents, FALSE },
  { pl_check_number_in_text, FALSE },
  { pl_check_credentials, TRUE },
  { pl_check_schedule, FALSE },
  { pl_check_bureau, FALSE },
  { pl_check_speakers, FALSE },
  /* Entitlement reads credentials, which a delegate's copy lacks: the
   * tally then leaves that condition out (pl-vote-tally.c). */
  { pl_check_proposals, FALSE },
  /* Translating is the secretariat's work; a delegate's copy has no
   * use for a list of what its translators have not done yet. */
  { pl_check_translations, TRUE },
  /* Meetings are public, attendance with them. */
  { pl_check_meetings, FALSE },
  { check_sync_conflicts, FALSE },
};

/**
 * pl_check_audience_for_session:
 *
 * Returns: %PL_CHECK_AUDIENCE_DELEGATE for a delegate's copy
 *   (pl_session_is_delegate_copy()), else the secretariat
 */
PlCheckAudience
pl_check_audience_for_session (PlSession *session)
{
  g_return_val_if_fail (PL_IS_SESSION (session), PL_CHECK_AUDIENCE_SECRETARIAT);

  return pl_session_is_delegate_copy (session) ? PL_CHECK_AUDIENCE_DELEGATE : PL_CHECK_AUDIENCE_SECRETARIAT;
}

/**
 * pl_check_session:
 *
 * Runs the checks for whoever's copy @session is
 * (pl_check_audience_for_session()).
 *
 * Returns: (transfer full): a #GListStore of #PlFinding, errors first
 */
GListStore *
pl_check_session (PlSession *session)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return pl_check_session_for (session, pl_check_audience_for_session (session));
}

/**
 * pl_check_session_for:
 *
 * Runs every check @audience has the records for.
 *
 * Returns: (transfer full): a #GListStore of #PlFinding, errors first
 */
GListStore *
pl_check_session_for (PlSession       *session,
                      PlCheckAudience  audience)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    if (audience == PL_CHECK_AUDIENCE_SECRETARIAT || !checks[i].secretariat_only)
      checks[i].check (session, findings);

  store = g_list_store_new (PL_TYPE_FINDING);
  for (int severity = PL_SEVERITY_ERROR; severity >= PL_SEVERITY_INFO; severity--)
    for (guint i = 0; i < findings->len; i++)
      if ((int) pl_finding_get_severity (g_ptr_array_index (findings, i)) == severity)
        g_list_store_append (store, g_ptr_array_index (findings, i));

  return store;
}

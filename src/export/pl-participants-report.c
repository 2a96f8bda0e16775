/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include "pl-export-l10n.h"
#include "pl-participants-report.h"
#include "pl-participation.h"
#include "pl-report-common.h"
#include "pl-json-text.h"

/*
 * The list of participants: the delegations by category, in the order of
 * the rules of procedure (States parties, then the observers of rules
 * 14-17), each alphabetical, each with its members: name, function and
 * rank, the head of delegation first. A delegation the Conference refused
 * as an observer (rule 15; rule 17, para. 1) does not participate and is
 * not listed; one whose notification is still awaited is, since the list
 * is what the secretariat has registered. Emails are not printed: the list
 * is a public document.
 */

#define T(msgid) pl_export_translate (language, msgid)

static const struct { PlDelegationCategory category; const char *title; } categories[] = {
  { PL_DELEGATION_CATEGORY_STATE_PARTY, PL_DOC_N_("States parties") },
  { PL_DELEGATION_CATEGORY_SIGNATORY, PL_DOC_N_("Signatory States") },
  { PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE, PL_DOC_N_("Other States") },
  { PL_DELEGATION_CATEGORY_REIO, PL_DOC_N_("Regional economic integration organizations") },
  { PL_DELEGATION_CATEGORY_UN_ENTITY, PL_DOC_N_("United Nations entities") },
  { PL_DELEGATION_CATEGORY_IGO, PL_DOC_N_("Intergovernmental organizations") },
  { PL_DELEGATION_CATEGORY_NGO_ECOSOC,
    PL_DOC_N_("Non-governmental organizations in consultative status with the Economic and Social Council") },
  { PL_DELEGATION_CATEGORY_NGO_OTHER, PL_DOC_N_("Other non-governmental organizations") },
};

static int
function_order (const char *function)
{
  static const char *order[] = { "head", "alternate", "representative", "adviser" };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (function, order[i]) == 0)
      return i;
  return G_N_ELEMENTS (order);
}

typedef struct
{
  JsonObject *member;
  guint       index;
} Member;

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  const Member *x = a, *y = b;
  int fx = function_order (pl_json_object_get_string (x->member, "function", NULL));
  int fy = function_order (pl_json_object_get_string (y->member, "function", NULL));

  /* The head of delegation first, then alternates, representatives and
   * advisers; within a function, as the delegation listed them. */
  if (fx != fy)
    return fx - fy;
  return (x->index > y->index) - (x->index < y->index);
}

static guint
n_members (PlDelegation *delegation)
{
  JsonNode *members = pl_delegation_get_members (delegation);

  return members != NULL && JSON_NODE_HOLDS_ARRAY (members) ? json_array_get_length (json_node_get_array (members)) : 0;
}

static void
add_delegation (PlDocTable   *table,
                PlDelegation *delegation,
                const char   *language)
{
  JsonNode *node = pl_delegation_get_members (delegation);
  JsonArray *array = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (Member));
  const char *name = pl_delegation_get_name (delegation);
  PlDocRow *row;

  row = pl_doc_table_add_row (table, TRUE);
  pl_doc_runs_add (pl_doc_row_add_cell (row),
                   !pl_report_is_blank (name) ? name : pl_record_get_id (PL_RECORD (delegation)), PL_DOC_RUN_BOLD);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Member member = { NULL, i };

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      member.member = json_node_get_object (element);
      g_array_append_val (members, member);
    }
  g_array_sort (members, compare_members);

  if (members->len == 0)
    {
      row = pl_doc_table_add_row (table, FALSE);
      pl_doc_runs_add (pl_doc_row_add_cell (row), T (PL_DOC_N_("No members registered")), PL_DOC_RUN_ITALIC);
      pl_doc_row_add_cell (row);
      pl_doc_row_add_cell (row);
      return;
    }

  for (guint i = 0; i < members->len; i++)
    {
      JsonObject *member = g_array_index (members, Member, i).member;
      const char *rank_nick = pl_json_object_get_string (member, "rank", NULL);
      int rank;

      row = pl_doc_table_add_row (table, FALSE);
      pl_doc_runs_add (pl_doc_row_add_cell (row),
                       pl_report_nonnull (pl_json_object_get_string (member, "name", NULL)), 0);
      pl_doc_runs_add (pl_doc_row_add_cell (row),
                       pl_report_function_label (language,
                                                 pl_json_object_get_string (member, "function", NULL)),
                       0);
      /* A rank this version does not know prints as it was typed. */
      pl_doc_runs_add (pl_doc_row_add_cell (row),
                       pl_enum_from_nick (PL_TYPE_RANK, rank_nick, &rank)
                       ? pl_report_rank_label (language, rank) : pl_report_nonnull (rank_nick),
                       0);
    }
}

/**
 * pl_participants_report_build:
 * @language: (nullable): the document's language; English when NULL
 *
 * Returns: (transfer full): the list of participants by category
 */
PlDocModel *
pl_participants_report_build (PlSession  *session,
                              const char *language)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();
  GPtrArray *by_category[G_N_ELEMENTS (categories)];
  guint people[G_N_ELEMENTS (categories)] = { 0 };
  guint total_delegations = 0, total_people = 0;
  GListModel *delegations;
  PlDocTable *table;
  static const double summary_widths[] = { 0.64, 0.18, 0.18 };
  static const double widths[] = { 0.42, 0.33, 0.25 };

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  language = pl_report_language (language);

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    by_category[c] = g_ptr_array_new_with_free_func (g_object_unref);

  delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);

      if (pl_participation_for_delegation (delegation) == PL_PARTICIPATION_REFUSED)
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
        if (categories[c].category == pl_delegation_get_category (delegation))
          {
            people[c] += n_members (delegation);
            g_ptr_array_add (by_category[c], g_steal_pointer (&delegation));
            break;
          }
    }

  pl_report_add_front (model, session, language, T (PL_DOC_N_("List of participants")));

  table = pl_doc_model_add_table (model, G_N_ELEMENTS (summary_widths), summary_widths);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Category")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Delegations")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Participants")), PL_DOC_RUN_ITALIC);
  for (guint c = 0; c <= G_N_ELEMENTS (categories); c++)
    {
      gboolean total = c == G_N_ELEMENTS (categories);
      PlDocRow *row = pl_doc_table_add_row (table, FALSE);
      g_autofree char *n_delegations = g_strdup_printf ("%u", total ? total_delegations : by_category[c]->len);
      g_autofree char *n_people = g_strdup_printf ("%u", total ? total_people : people[c]);
      PlDocRunFlags flags = total ? PL_DOC_RUN_BOLD : 0;

      pl_doc_runs_add (pl_doc_row_add_cell (row), total ? T (PL_DOC_N_("Total")) : T (categories[c].title), flags);
      pl_doc_runs_add (pl_doc_row_add_cell (row), n_delegations, flags);
      pl_doc_runs_add (pl_doc_row_add_cell (row), n_people, flags);
      if (!total)
        {
          total_delegations += by_category[c]->len;
          total_people += people[c];
        }
    }

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      GPtrArray *list = by_category[c];

      if (list->len == 0)
        continue;

      pl_report_sort_by_name (list);
      pl_doc_model_add_heading (model, 1, NULL, T (categories[c].title));
      table = pl_doc_model_add_table (model, G_N_ELEMENTS (widths), widths);
      pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Name")), PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Function")), PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Rank")), PL_DOC_RUN_ITALIC);
      for (guint i = 0; i < list->len; i++)
        add_delegation (table, g_ptr_array_index (list, i), language);
    }

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    g_ptr_array_unref (by_category[c]);

  return g_steal_pointer (&model);
}

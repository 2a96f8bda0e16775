/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include "pl-credentials-report.h"
#include "pl-credentials-status.h"
#include "pl-export-l10n.h"
#include "pl-participation.h"
#include "pl-report-common.h"
#include "pl-json-text.h"

/*
 * The Bureau's report on credentials (rule 19), laid out as the UN issues
 * it (RULES.md, "Credentials"): in alphabetical order, the States parties
 * whose formal credentials were received in due form; separately those
 * that sent information on their representatives by letter, note verbale,
 * fax, copy or email; and those from which nothing was received. Each list
 * gives its count, and the report its date. The cases the status rules of
 * pl-credentials-status.c set apart follow: credentials from an issuer
 * rule 18 does not allow, and representatives objected to by another State
 * party (rule 20). Every State party and regional economic integration
 * organization of the session is in exactly one list, so the counts add
 * up to the total the Credentials page shows.
 */

#define T(msgid) pl_export_translate (language, msgid)
#define TC(ctx, msgid) pl_export_translate_ctx (language, ctx, msgid)

typedef enum {
  LIST_DUE_FORM,     /* in due form, late or not: rule 18 sets the 24 hours "if possible" */
  LIST_INFORMATION,  /* provisional: rule 20 */
  LIST_NOTHING,      /* missing */
  LIST_DEFECTIVE,    /* issuer not allowed, rule 18, paras. 3 and 4 */
  LIST_OBJECTED,     /* rule 20 */
  N_LISTS
} List;

/* Borrowed from the session, which outlives the report's build. */
typedef struct
{
  PlDelegation  *delegation;
  PlCredentials *credentials;  /* nullable */
  gboolean       late;
} Entry;

static const char *
form_label (const char        *language,
            PlCredentialsForm  form)
{
  switch (form)
    {
    case PL_CREDENTIALS_FORM_ORIGINAL:
      return TC ("credentials form", PL_DOC_NC_("credentials form", "original"));
    case PL_CREDENTIALS_FORM_COPY:
      return TC ("credentials form", PL_DOC_NC_("credentials form", "copy"));
    case PL_CREDENTIALS_FORM_NOTE_VERBALE:
      return TC ("credentials form", PL_DOC_NC_("credentials form", "note verbale"));
    case PL_CREDENTIALS_FORM_LETTER:
      return TC ("credentials form", PL_DOC_NC_("credentials form", "letter"));
    case PL_CREDENTIALS_FORM_FAX:
      return TC ("credentials form", PL_DOC_NC_("credentials form", "fax"));
    case PL_CREDENTIALS_FORM_EMAIL:
      return TC ("credentials form", PL_DOC_NC_("credentials form", "email"));
    case PL_CREDENTIALS_FORM_NONE:
    default:
      return TC ("credentials form", PL_DOC_NC_("credentials form", "nothing"));
    }
}

static const char *
issuer_label (const char          *language,
              PlCredentialsIssuer  issuer)
{
  switch (issuer)
    {
    case PL_CREDENTIALS_ISSUER_HEAD_OF_STATE:
      return TC ("issuer", PL_DOC_NC_("issuer", "the Head of State"));
    case PL_CREDENTIALS_ISSUER_HEAD_OF_GOVERNMENT:
      return TC ("issuer", PL_DOC_NC_("issuer", "the Head of Government"));
    case PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER:
      return TC ("issuer", PL_DOC_NC_("issuer", "the Minister for Foreign Affairs"));
    case PL_CREDENTIALS_ISSUER_PERMANENT_REPRESENTATIVE:
      return TC ("issuer", PL_DOC_NC_("issuer", "the Permanent Representative"));
    case PL_CREDENTIALS_ISSUER_REIO_AUTHORITY:
      return TC ("issuer", PL_DOC_NC_("issuer", "the competent authority of an organization"));
    case PL_CREDENTIALS_ISSUER_OTHER:
    default:
      return TC ("issuer", PL_DOC_NC_("issuer", "another authority"));
    }
}

/* "the following 3 States parties", "the following State party": the
 * language layer has no plural forms, so the two English forms are two
 * strings; a regional economic integration organization is named as
 * such rather than counted among the States. */
static char *
parties_phrase (const char *language,
                GPtrArray  *entries)
{
  g_autofree char *count = g_strdup_printf ("%u", entries->len);
  gboolean reio = FALSE, state = FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      if (pl_delegation_get_category (entry->delegation) == PL_DELEGATION_CATEGORY_REIO)
        reio = TRUE;
      else
        state = TRUE;
    }

  if (entries->len == 1)
    return g_strdup (reio ? T (PL_DOC_N_("the following regional economic integration organization"))
                          : T (PL_DOC_N_("the following State party")));
  if (reio && state)
    return pl_report_fill (T (PL_DOC_N_("the following {n} States parties and regional economic integration organizations")),
                           "n", count, NULL);
  if (reio)
    return pl_report_fill (T (PL_DOC_N_("the following {n} regional economic integration organizations")),
                           "n", count, NULL);
  return pl_report_fill (T (PL_DOC_N_("the following {n} States parties")), "n", count, NULL);
}

static const char *
entry_name (Entry *entry)
{
  const char *name = pl_delegation_get_name (entry->delegation);

  return !pl_report_is_blank (name) ? name : pl_record_get_id (PL_RECORD (entry->delegation));
}

typedef char *(*DetailFunc) (PlSession  *session,
                             const char *language,
                             Entry      *entry);

/* One paragraph: the sentence that introduces the list, with its count,
 * then the names, alphabetical, each with its detail in parentheses. */
static void
add_list (PlDocModel *model,
          PlSession  *session,
          const char *language,
          GPtrArray  *entries,
          const char *pattern,
          const char *none,
          DetailFunc  detail)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *parties = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *joined = NULL;
  PlDocBlock *block;

  if (entries->len == 0)
    {
      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, none);
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      g_autofree char *extra = detail != NULL ? detail (session, language, entry) : NULL;

      if (extra != NULL && *extra != '\0')
        g_ptr_array_add (names, g_strdup_printf ("%s (%s)", entry_name (entry), extra));
      else
        g_ptr_array_add (names, g_strdup (entry_name (entry)));
    }

  parties = parties_phrase (language, entries);
  sentence = pl_report_fill (pattern, "parties", parties, NULL);
  joined = pl_report_join (language, names);

  pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, sentence);
  block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, joined);
  pl_doc_runs_add (block->runs, ".", 0);
  block->indent = 1;
}

static char *
information_detail (PlSession  *session,
                    const char *language,
                    Entry      *entry)
{
  return g_strdup (form_label (language, pl_credentials_get_form (entry->credentials)));
}

static char *
defective_detail (PlSession  *session,
                  const char *language,
                  Entry      *entry)
{
  /* Translators: the form of credentials and who issued them: "copy issued by the Permanent Representative" */
  return pl_report_fill (TC ("credentials", PL_DOC_NC_("credentials", "{form} issued by {issuer}")),
                         "form", form_label (language, pl_credentials_get_form (entry->credentials)),
                         "issuer", issuer_label (language, pl_credentials_get_issuer (entry->credentials)),
                         NULL);
}

static char *
objection_detail (PlSession  *session,
                  const char *language,
                  Entry      *entry)
{
  JsonObject *objection = json_node_get_object (pl_credentials_get_objection (entry->credentials));
  const char *by = pl_json_object_get_string (objection, "by", NULL);
  const char *date = pl_json_object_get_string (objection, "date", NULL);
  g_autofree char *date_text = NULL;

  if (pl_report_is_blank (by))
    return g_strdup (T (PL_DOC_N_("objection by a State party")));
  if (pl_report_is_blank (date))
    return pl_report_fill (T (PL_DOC_N_("objection by {state}")),
                           "state", pl_report_delegation_name (session, by), NULL);
  date_text = pl_export_format_date (language, date);
  return pl_report_fill (T (PL_DOC_N_("objection by {state} on {date}")),
                         "state", pl_report_delegation_name (session, by), "date", date_text, NULL);
}

static void
add_summary_row (PlDocTable *table,
                 const char *label,
                 guint       count,
                 gboolean    bold)
{
  PlDocRow *row = pl_doc_table_add_row (table, FALSE);
  g_autofree char *number = g_strdup_printf ("%u", count);

  pl_doc_runs_add (pl_doc_row_add_cell (row), label, bold ? PL_DOC_RUN_BOLD : 0);
  pl_doc_runs_add (pl_doc_row_add_cell (row), number, bold ? PL_DOC_RUN_BOLD : 0);
}

/**
 * pl_credentials_report_build:
 * @language: (nullable): the document's language; English when NULL
 * @as_at: the date the report speaks of ("As at 12 October 2020")
 *
 * Returns: (transfer full): the Bureau's report on credentials
 */
PlDocModel *
pl_credentials_report_build (PlSession  *session,
                             const char *language,
                             GDateTime  *as_at)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();
  g_auto(PlCredentialsContext) context = { 0 };
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *lists[N_LISTS];
  g_autoptr(GPtrArray) late = g_ptr_array_new ();
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) local_as_at = NULL;
  g_autofree char *as_at_text = NULL;
  g_autofree char *as_at_iso = NULL;
  g_autofree char *intro = NULL;
  GListModel *delegations;
  PlDocTable *table;
  static const double widths[] = { 0.8, 0.2 };
  char label = 'A';

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (as_at != NULL, NULL);

  language = pl_report_language (language);
  pl_credentials_context_init (&context, session);

  /* The date is the session's calendar day, as the secretariat at the
   * venue writes it, not the day in the exporting machine's zone. */
  tz = pl_participation_dup_timezone (session, NULL);
  local_as_at = tz != NULL ? g_date_time_to_timezone (as_at, tz) : g_date_time_ref (as_at);
  as_at_iso = g_date_time_format (local_as_at, "%Y-%m-%d");
  as_at_text = pl_export_format_date (language, as_at_iso);

  for (guint l = 0; l < N_LISTS; l++)
    lists[l] = g_ptr_array_new ();

  delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      PlDelegationCategory category = pl_delegation_get_category (delegation);
      Entry *entry;

      /* Rule 18: only the representatives of parties need credentials;
       * observers are in the list of participants instead. */
      if (!pl_participation_needs_credentials (category))
        continue;

      entry = g_new0 (Entry, 1);
      entry->delegation = delegation;
      entry->credentials = pl_credentials_context_find (&context, delegation);
      g_ptr_array_add (all, entry);
    }
  {
    /* Sort the entries by their delegations' names. */
    g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
    g_autoptr(GHashTable) by_delegation = g_hash_table_new (NULL, NULL);

    for (guint i = 0; i < all->len; i++)
      {
        Entry *entry = g_ptr_array_index (all, i);

        g_ptr_array_add (sorted, entry->delegation);
        g_hash_table_insert (by_delegation, entry->delegation, entry);
      }
    pl_report_sort_by_name (sorted);

    for (guint i = 0; i < sorted->len; i++)
      {
        Entry *entry = g_hash_table_lookup (by_delegation, g_ptr_array_index (sorted, i));

        switch (pl_credentials_derive_status (pl_delegation_get_category (entry->delegation),
                                              entry->credentials, &context))
          {
          case PL_CREDENTIALS_STATUS_LATE:
            entry->late = TRUE;
            g_ptr_array_add (late, entry);
            G_GNUC_FALLTHROUGH;
          case PL_CREDENTIALS_STATUS_IN_DUE_FORM:
            g_ptr_array_add (lists[LIST_DUE_FORM], entry);
            break;
          case PL_CREDENTIALS_STATUS_PROVISIONAL:
            g_ptr_array_add (lists[LIST_INFORMATION], entry);
            break;
          case PL_CREDENTIALS_STATUS_DEFECTIVE:
            g_ptr_array_add (lists[LIST_DEFECTIVE], entry);
            break;
          case PL_CREDENTIALS_STATUS_OBJECTED:
            g_ptr_array_add (lists[LIST_OBJECTED], entry);
            break;
          case PL_CREDENTIALS_STATUS_MISSING:
          default:
            g_ptr_array_add (lists[LIST_NOTHING], entry);
            break;
          }
      }
  }

  pl_report_add_front (model, session, language, T (PL_DOC_N_("Report of the Bureau on credentials")));

  pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY,
                              T (PL_DOC_N_("Rule 19 of the rules of procedure provides that the Bureau shall examine "
                                           "the credentials of representatives and report to the Conference.")));
  pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY,
                              context.considers_amendments
                              ? T (PL_DOC_N_("Under rule 18, as the Conference is considering amendments to the "
                                             "Convention, credentials are to be issued by the Head of State or "
                                             "Government or the Minister for Foreign Affairs; those of a regional "
                                             "economic integration organization by its competent authority."))
                              : T (PL_DOC_N_("Under rule 18, credentials are to be issued by the Head of State or "
                                             "Government, the Minister for Foreign Affairs or the Permanent "
                                             "Representative to the United Nations; those of a regional economic "
                                             "integration organization by its competent authority.")));
  {
    g_autofree char *total = g_strdup_printf ("%u", all->len);

    intro = pl_report_fill (T (PL_DOC_N_("The present report reflects the credentials and information received as at "
                                         "{date}, for the {total} parties registered for the session.")),
                            "date", as_at_text, "total", total, NULL);
    pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, intro);
  }

  table = pl_doc_model_add_table (model, G_N_ELEMENTS (widths), widths);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Credentials")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Number")), PL_DOC_RUN_ITALIC);
  add_summary_row (table, T (PL_DOC_N_("Formal credentials in due form")), lists[LIST_DUE_FORM]->len, FALSE);
  add_summary_row (table, T (PL_DOC_N_("Information by letter, note verbale, fax, copy or email")),
                   lists[LIST_INFORMATION]->len, FALSE);
  add_summary_row (table, T (PL_DOC_N_("Nothing received")), lists[LIST_NOTHING]->len, FALSE);
  if (lists[LIST_DEFECTIVE]->len > 0)
    add_summary_row (table, T (PL_DOC_N_("Credentials not issued as rule 18 requires")), lists[LIST_DEFECTIVE]->len, FALSE);
  if (lists[LIST_OBJECTED]->len > 0)
    add_summary_row (table, T (PL_DOC_N_("Representatives objected to")), lists[LIST_OBJECTED]->len, FALSE);
  add_summary_row (table, T (PL_DOC_N_("Total")), all->len, TRUE);

  /* A. Formal credentials in due form: late ones too, named after the
   * list, since rule 18, para. 1 asks for the 24 hours only "if possible". */
  {
    g_autofree char *letter = g_strdup_printf ("%c.", label++);
    g_autofree char *pattern = pl_report_fill (T (PL_DOC_N_("As at {date}, formal credentials in due form, as "
                                                            "provided for in rule 18, had been received from "
                                                            "{parties}:")),
                                               "date", as_at_text, "parties", "{parties}", NULL);

    pl_doc_model_add_heading (model, 2, letter, T (PL_DOC_N_("Formal credentials in due form")));
    add_list (model, session, language, lists[LIST_DUE_FORM], pattern,
              T (PL_DOC_N_("No formal credentials in due form had been received.")), NULL);

    if (late->len > 0)
      {
        g_autoptr(GPtrArray) names = g_ptr_array_new ();
        g_autoptr(GDateTime) deadline = NULL;
        g_autofree char *deadline_text = NULL;
        g_autofree char *joined = NULL;
        g_autofree char *sentence = NULL;

        /* A late status needs a deadline, so context.deadline is set. */
        deadline = context.timezone != NULL ? g_date_time_to_timezone (context.deadline, context.timezone)
                                            : g_date_time_ref (context.deadline);
        deadline_text = pl_report_format_date_time (language, deadline);
        for (guint i = 0; i < late->len; i++)
          g_ptr_array_add (names, (gpointer) entry_name (g_ptr_array_index (late, i)));
        joined = pl_report_join (language, names);
        sentence = pl_report_fill (T (PL_DOC_N_("The credentials of {names} were received after {deadline}, "
                                                "24 hours before the opening of the session (rule 18, para. 1).")),
                                   "names", joined, "deadline", deadline_text, NULL);
        pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, sentence);
      }
  }

  /* B. Information: copies, notes verbales, letters, faxes, emails */
  {
    g_autofree char *letter = g_strdup_printf ("%c.", label++);

    pl_doc_model_add_heading (model, 2, letter, T (PL_DOC_N_("Information on the representatives")));
    add_list (model, session, language, lists[LIST_INFORMATION],
              T (PL_DOC_N_("Information concerning the appointment of representatives had been communicated to the "
                           "secretariat by letter, note verbale, fax, copy or email from {parties}:")),
              T (PL_DOC_N_("No State party had sent only information on its representatives.")),
              information_detail);
    if (lists[LIST_INFORMATION]->len > 0)
      {
        g_autoptr(GDateTime) deadline = pl_credentials_dup_provisional_deadline (session, NULL);
        g_autofree char *deadline_text = deadline ? pl_report_format_date_time (language, deadline) : NULL;
        g_autofree char *sentence = deadline_text != NULL
          ? pl_report_fill (T (PL_DOC_N_("Pending the receipt of formal credentials, these representatives "
                                         "participate provisionally (rule 20); their formal credentials should "
                                         "reach the secretariat by {deadline}.")),
                            "deadline", deadline_text, NULL)
          : g_strdup (T (PL_DOC_N_("Pending the receipt of formal credentials, these representatives participate "
                                   "provisionally (rule 20).")));

        pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, sentence);
      }
  }

  /* C. Nothing received */
  {
    g_autofree char *letter = g_strdup_printf ("%c.", label++);

    pl_doc_model_add_heading (model, 2, letter, T (PL_DOC_N_("No credentials or information received")));
    add_list (model, session, language, lists[LIST_NOTHING],
              T (PL_DOC_N_("Neither credentials nor information concerning representatives had been received "
                           "from {parties}:")),
              T (PL_DOC_N_("Credentials or information had been received from every State party.")), NULL);
  }

  /* D. Issued by an authority rule 18 does not recognize */
  if (lists[LIST_DEFECTIVE]->len > 0)
    {
      g_autofree char *letter = g_strdup_printf ("%c.", label++);

      pl_doc_model_add_heading (model, 2, letter, T (PL_DOC_N_("Credentials not issued as rule 18 requires")));
      add_list (model, session, language, lists[LIST_DEFECTIVE],
                context.considers_amendments
                ? T (PL_DOC_N_("Credentials had been received from {parties}, but not from the Head of State or "
                               "Government or the Minister for Foreign Affairs, as rule 18, para. 4 requires when "
                               "the Conference considers amendments:"))
                : T (PL_DOC_N_("Credentials had been received from {parties}, but not from an authority that "
                               "rule 18, para. 3 recognizes:")),
                "", defective_detail);
    }

  /* E. Objections (rule 20) */
  if (lists[LIST_OBJECTED]->len > 0)
    {
      g_autofree char *letter = g_strdup_printf ("%c.", label++);

      pl_doc_model_add_heading (model, 2, letter, T (PL_DOC_N_("Objections")));
      add_list (model, session, language, lists[LIST_OBJECTED],
                T (PL_DOC_N_("The representatives of {parties} had been objected to by another State party; under "
                             "rule 20 they are seated provisionally with the same rights as other representatives "
                             "until the Bureau reports and the Conference decides:")),
                "", objection_detail);
    }

  for (guint l = 0; l < N_LISTS; l++)
    g_ptr_array_unref (lists[l]);

  return g_steal_pointer (&model);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pl-agenda.h"
#include "pl-check-bureau.h"
#include "pl-draft-report-private.h"
#include "pl-proposals-report.h"
#include "pl-report-common.h"

/*
 * The first two chapters of the draft report (see pl-draft-report.c):
 * I. the resolutions and decisions adopted, numbered in order of adoption;
 * II. the organization of the session, a section each for the opening,
 * the election of officers, the agenda, attendance and credentials, each
 * followed by the proceedings of the matching sub-item of the first
 * agenda item, then that item's other sub-items (the general discussion).
 */

/* The held plenary meeting numbered 1: the opening. */
static PlMeeting *
opening_meeting (PlSession *session)
{
  GListModel *all = pl_session_get_records (session, PL_TYPE_MEETING);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (all, i);

      if (pl_meeting_get_body (meeting) == PL_MEETING_BODY_PLENARY && pl_meetings_number (session, meeting) == 1)
        return meeting;
    }
  return NULL;
}

/* Chapter I: the texts adopted, resolutions then decisions, each series
 * in order of adoption (pl_proposals_compare_adoption()). */
static void
add_adopted (PlDraftBuilder *b,
             GPtrArray      *texts,
             gboolean        resolutions)
{
  for (guint i = 0; i < texts->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (texts, i);
      const char *number = pl_proposal_get_adopted_as (proposal);
      const char *title = pl_draft_text (b, proposal, "title");
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *key = g_strconcat ("decisions:", pl_record_get_id (PL_RECORD (proposal)), NULL);
      g_autofree char *heading = NULL;
      g_autofree char *origin = NULL;
      g_autofree char *text = NULL;

      if (pl_report_is_blank (number))
        heading = pl_report_fill (resolutions ? T (PL_DOC_N_("Resolution (not numbered). {title}"))
                                              : T (PL_DOC_N_("Decision (not numbered). {title}")),
                                  "title", title, NULL);
      else
        heading = pl_report_fill (resolutions ? T (PL_DOC_N_("Resolution {number}. {title}"))
                                              : T (PL_DOC_N_("Decision {number}. {title}")),
                                  "number", number, "title", title, NULL);
      {
        g_autofree char *kind = g_utf8_strdown (pl_proposals_report_kind_label (b->language,
                                                                              pl_proposal_get_kind (proposal)), -1);

        origin = pl_report_fill (T (PL_DOC_N_("(Adopted on the basis of {kind} {symbol}.)")),
                                 "kind", kind, "symbol", pl_report_nonnull (pl_proposal_get_symbol (proposal)), NULL);
      }
      text = g_strconcat (heading, "\n", origin, NULL);
      pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (proposal)));
      pl_draft_emit (b, key, text, sources, T (PL_DOC_N_("The texts adopted")));
    }
}

void
pl_draft_add_decisions (PlDraftBuilder *b)
{
  g_autoptr(GPtrArray) proposals = pl_proposals_list (b->session);
  g_autoptr(GPtrArray) resolutions = g_ptr_array_new ();
  g_autoptr(GPtrArray) decisions = g_ptr_array_new ();

  pl_draft_begin_chapter (b, T (PL_DOC_N_("Resolutions and decisions adopted by the Conference")));
  for (guint i = 0; i < proposals->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (proposals, i);

      if (pl_proposal_get_status (proposal) != PL_PROPOSAL_STATUS_ADOPTED)
        continue;
      if (pl_proposal_get_kind (proposal) == PL_PROPOSAL_KIND_DRAFT_RESOLUTION)
        g_ptr_array_add (resolutions, proposal);
      else if (pl_proposal_get_kind (proposal) == PL_PROPOSAL_KIND_DRAFT_DECISION)
        g_ptr_array_add (decisions, proposal);
    }
  g_ptr_array_sort (resolutions, pl_proposals_compare_adoption);
  g_ptr_array_sort (decisions, pl_proposals_compare_adoption);

  if (resolutions->len == 0 && decisions->len == 0)
    {
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);

      pl_draft_emit (b, "decisions:none", T (PL_DOC_N_("No resolution or decision adopted by the Conference has been recorded.")),
            sources, T (PL_DOC_N_("The texts adopted")));
      return;
    }
  if (resolutions->len > 0)
    {
      pl_draft_begin_section (b, T (PL_DOC_N_("Resolutions")));
      add_adopted (b, resolutions, TRUE);
    }
  if (decisions->len > 0)
    {
      pl_draft_begin_section (b, T (PL_DOC_N_("Decisions")));
      add_adopted (b, decisions, FALSE);
    }
}

/* "Ms. A (Egypt), President of the Conference" or the name as typed. */
static char *
presiding_text (PlDraftBuilder *b,
                const char     *presiding,
                GPtrArray      *sources)
{
  PlRecord *record = pl_session_lookup (b->session, presiding);
  PlOfficer *officer;
  const char *state;
  const char *office;

  if (!PL_IS_OFFICER (record))
    return g_strdup (presiding);
  officer = PL_OFFICER (record);
  pl_draft_add_source (sources, presiding);
  state = pl_report_delegation_name (b->session, pl_officer_get_delegation (officer));
  switch (pl_officer_get_office (officer))
    {
    case PL_OFFICE_PRESIDENT:
      office = T (PL_DOC_N_("President of the Conference"));
      break;
    case PL_OFFICE_RAPPORTEUR:
      office = T (PL_DOC_N_("Rapporteur"));
      break;
    case PL_OFFICE_VICE_PRESIDENT:
    default:
      office = T (PL_DOC_N_("Vice-President of the Conference"));
      break;
    }
  if (pl_report_is_blank (pl_officer_get_person (officer)))
    return pl_report_fill (T (PL_DOC_N_("the {office}")), "office", office, NULL);
  return pl_report_fill (T (PL_DOC_N_("{person} ({state}), {office}")),
                         "person", pl_officer_get_person (officer), "state", state, "office", office, NULL);
}

static void
add_opening (PlDraftBuilder *b)
{
  PlSessionSettings *settings = pl_session_get_settings (b->session);
  PlMeeting *meeting = opening_meeting (b->session);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dates = pl_export_format_date_span (b->language, pl_session_settings_get_start_date (settings),
                                                        pl_session_settings_get_end_date (settings));
  g_autofree char *session_title = pl_draft_session_in_sentence (b);
  g_autofree char *held = pl_report_fill (T (PL_DOC_N_("The Conference held its {session} in {venue} from {dates}.")),
                                          "session", session_title,
                                          "venue", pl_draft_text (b, settings, "venue"),
                                          "dates", dates, NULL);
  g_autoptr(GString) text = g_string_new (held);

  pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (settings)));
  if (meeting != NULL)
    {
      g_autofree char *when = pl_draft_one_meeting_clause (b, meeting);
      const char *presiding = pl_meeting_get_presiding (meeting);
      g_autofree char *opened = NULL;

      pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (meeting)));
      if (!pl_report_is_blank (presiding))
        {
          g_autofree char *by = presiding_text (b, presiding, sources);

          opened = pl_report_fill (T (PL_DOC_N_("{when}, the session was opened by {presiding}.")),
                                   "when", when, "presiding", by, NULL);
        }
      else
        opened = pl_report_fill (T (PL_DOC_N_("{when}, the session was opened.")), "when", when, NULL);
      g_string_append_c (text, ' ');
      g_string_append (text, opened);
    }
  else
    {
      g_string_append_c (text, ' ');
      g_string_append (text, T (PL_DOC_N_("No meeting of the session has been recorded as held.")));
    }
  pl_draft_emit (b, "org:opening", text->str, sources, T (PL_DOC_N_("The record of the opening meeting")));
}

static int
officer_order (PlOfficer *officer)
{
  const char *seat = pl_officer_get_seat (officer);
  const char *dash = seat != NULL ? strrchr (seat, '-') : NULL;
  int n = dash != NULL ? atoi (dash + 1) : 0;

  switch (pl_officer_get_office (officer))
    {
    case PL_OFFICE_PRESIDENT:
      return 0;
    case PL_OFFICE_VICE_PRESIDENT:
      return 1 + n;
    case PL_OFFICE_RAPPORTEUR:
    default:
      return 1000;
    }
}

static int
compare_officers (gconstpointer a,
                  gconstpointer b)
{
  PlOfficer *x = *(PlOfficer **) a, *y = *(PlOfficer **) b;
  int ox = officer_order (x), oy = officer_order (y);

  if (ox != oy)
    return ox < oy ? -1 : 1;
  return g_strcmp0 (pl_record_get_id (PL_RECORD (x)), pl_record_get_id (PL_RECORD (y)));
}

static void
add_officers (PlDraftBuilder *b,
              PlAgendaItem   *item)
{
  PlSessionSettings *settings = pl_session_get_settings (b->session);
  GListModel *all = pl_session_get_records (b->session, PL_TYPE_OFFICER);
  g_autoptr(GPtrArray) elected = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  PlMeeting *meeting = pl_draft_first_meeting_for (b->session, item);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlOfficer) officer = g_list_model_get_item (all, i);

      if (pl_officer_get_status (officer) == PL_OFFICER_STATUS_ELECTED)
        g_ptr_array_add (elected, g_steal_pointer (&officer));
    }
  g_ptr_array_sort (elected, compare_officers);

  if (elected->len == 0)
    {
      pl_draft_emit (b, "org:officers", T (PL_DOC_N_("No election of officers has been recorded.")), sources,
            T (PL_DOC_N_("The election of officers")));
      return;
    }

  if (meeting != NULL)
    {
      g_autofree char *when = pl_draft_one_meeting_clause (b, meeting);
      g_autofree char *head = pl_report_fill (T (PL_DOC_N_("{when}, the Conference elected the following officers:")),
                                              "when", when, NULL);

      pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (meeting)));
      g_string_append (text, head);
    }
  else
    g_string_append (text, T (PL_DOC_N_("The following officers were elected:")));

  for (guint i = 0; i < elected->len; i++)
    {
      PlOfficer *officer = g_ptr_array_index (elected, i);
      const char *office;
      const char *group = pl_bureau_group_name (settings, pl_officer_get_regional_group (officer));
      g_autofree char *line = NULL;

      switch (pl_officer_get_office (officer))
        {
        case PL_OFFICE_PRESIDENT:
          office = T (PL_DOC_N_("President:"));
          break;
        case PL_OFFICE_RAPPORTEUR:
          office = T (PL_DOC_N_("Rapporteur:"));
          break;
        case PL_OFFICE_VICE_PRESIDENT:
        default:
          office = T (PL_DOC_N_("Vice-President:"));
          break;
        }
      line = pl_report_fill (pl_report_is_blank (group) ? T (PL_DOC_N_("{office} {person} ({state})"))
                                                        : T (PL_DOC_N_("{office} {person} ({state}), Group of {group}")),
                             "office", office, "person", pl_report_nonnull (pl_officer_get_person (officer)),
                             "state", pl_report_delegation_name (b->session, pl_officer_get_delegation (officer)),
                             "group", group, NULL);
      g_string_append_c (text, '\n');
      g_string_append (text, line);
      pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (officer)));
    }
  pl_draft_emit (b, "org:officers", text->str, sources, T (PL_DOC_N_("The election of officers")));
}

static void
add_agenda (PlDraftBuilder *b,
            PlAgendaItem   *item)
{
  PlSessionSettings *settings = pl_session_get_settings (b->session);
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (b->session));
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  PlMeeting *meeting = pl_draft_first_meeting_for (b->session, item);
  const char *symbol = pl_session_settings_get_symbol (settings);

  if (meeting != NULL)
    {
      g_autofree char *when = pl_draft_one_meeting_clause (b, meeting);
      g_autofree char *head = pl_report_fill (pl_report_is_blank (symbol)
                                              ? T (PL_DOC_N_("{when}, the Conference adopted the following agenda:"))
                                              : T (PL_DOC_N_("{when}, the Conference adopted the following agenda, as contained in the provisional agenda ({symbol}):")),
                                              "when", when, "symbol", symbol, NULL);

      pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (meeting)));
      g_string_append (text, head);
    }
  else
    {
      g_autofree char *head = pl_report_fill (pl_report_is_blank (symbol)
                                              ? T (PL_DOC_N_("The provisional agenda of the session reads:"))
                                              : T (PL_DOC_N_("The provisional agenda of the session ({symbol}) reads:")),
                                              "symbol", symbol, NULL);

      g_string_append (text, head);
    }

  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *entry = g_ptr_array_index (items, i);
      g_autofree char *number = pl_draft_item_number (b, entry);
      const char *label = strrchr (number, ' ') != NULL ? strrchr (number, ' ') + 1 : number;

      g_string_append_c (text, '\n');
      if (pl_agenda_item_get_depth (entry) == 0)
        g_string_append_printf (text, "%s. %s", label, pl_draft_item_title (b, entry));
      else
        g_string_append_printf (text, "%s %s", label, pl_draft_item_title (b, entry));
      pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (entry)));
    }
  pl_draft_emit (b, "org:agenda", text->str, sources, T (PL_DOC_N_("The agenda")));
}

/* Whether @delegation attended: marked present, or recorded present at a
 * held meeting. */
static gboolean
attended (PlSession    *session,
          PlDelegation *delegation)
{
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  const char *id = pl_record_get_id (PL_RECORD (delegation));

  if (pl_delegation_get_present (delegation))
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      JsonNode *present = pl_meeting_get_present (meeting);

      if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_HELD || present == NULL ||
          !JSON_NODE_HOLDS_ARRAY (present))
        continue;
      for (guint k = 0; k < json_array_get_length (json_node_get_array (present)); k++)
        if (g_strcmp0 (json_array_get_string_element (json_node_get_array (present), k), id) == 0)
          return TRUE;
    }
  return FALSE;
}

static void
add_attendance (PlDraftBuilder *b)
{
  static const struct {
    const char *key;
    PlDelegationCategory categories[3];
    guint n;
    const char *one;
    const char *many;
  } groups[] = {
    { "org:attendance", { PL_DELEGATION_CATEGORY_STATE_PARTY, PL_DELEGATION_CATEGORY_REIO }, 2,
      PL_DOC_N_("The following State party to the Convention was represented at the session: {names}."),
      PL_DOC_N_("The following States parties to the Convention were represented at the session: {names}.") },
    { "org:attendance:signatories", { PL_DELEGATION_CATEGORY_SIGNATORY }, 1,
      PL_DOC_N_("The following signatory to the Convention was represented by an observer: {names}."),
      PL_DOC_N_("The following signatories to the Convention were represented by observers: {names}.") },
    { "org:attendance:states", { PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE }, 1,
      PL_DOC_N_("The following State not party to the Convention was represented by an observer: {names}."),
      PL_DOC_N_("The following States not parties to the Convention were represented by observers: {names}.") },
    { "org:attendance:united-nations", { PL_DELEGATION_CATEGORY_UN_ENTITY }, 1,
      PL_DOC_N_("The following United Nations entity was represented by an observer: {names}."),
      PL_DOC_N_("The following United Nations entities were represented by observers: {names}.") },
    { "org:attendance:intergovernmental", { PL_DELEGATION_CATEGORY_IGO }, 1,
      PL_DOC_N_("The following intergovernmental organization was represented by an observer: {names}."),
      PL_DOC_N_("The following intergovernmental organizations were represented by observers: {names}.") },
    { "org:attendance:non-governmental", { PL_DELEGATION_CATEGORY_NGO_ECOSOC, PL_DELEGATION_CATEGORY_NGO_OTHER }, 2,
      PL_DOC_N_("The following non-governmental organization was represented by an observer: {names}."),
      PL_DOC_N_("The following non-governmental organizations were represented by observers: {names}.") },
  };
  GListModel *all = pl_session_get_records (b->session, PL_TYPE_DELEGATION);
  gboolean any = FALSE;

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autoptr(GPtrArray) present = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;
      g_autofree char *text = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(PlDelegation) delegation = g_list_model_get_item (all, i);
          gboolean in_group = FALSE;

          for (guint c = 0; c < groups[g].n; c++)
            in_group |= pl_delegation_get_category (delegation) == groups[g].categories[c];
          if (in_group && attended (b->session, delegation))
            g_ptr_array_add (present, g_steal_pointer (&delegation));
        }
      if (present->len == 0)
        continue;
      any = TRUE;
      pl_report_sort_by_name (present);
      for (guint i = 0; i < present->len; i++)
        {
          PlDelegation *delegation = g_ptr_array_index (present, i);

          g_ptr_array_add (names, (gpointer) pl_report_delegation_name (b->session,
                                                                        pl_record_get_id (PL_RECORD (delegation))));
          pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (delegation)));
        }
      list = pl_report_join (b->language, names);
      text = pl_report_fill (present->len == 1 ? T (groups[g].one) : T (groups[g].many), "names", list, NULL);
      pl_draft_emit (b, groups[g].key, text, sources, T (PL_DOC_N_("The attendance")));
    }

  if (!any)
    {
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);

      pl_draft_emit (b, "org:attendance", T (PL_DOC_N_("No delegation has been recorded as present.")), sources,
            T (PL_DOC_N_("The attendance")));
    }
}

/* "1 State party", "5 States parties" */
static char *
states_parties (PlDraftBuilder *b,
                guint           n)
{
  g_autofree char *number = g_strdup_printf ("%u", n);

  return pl_report_fill (n == 1 ? T (PL_DOC_N_("{n} State party")) : T (PL_DOC_N_("{n} States parties")),
                         "n", number, NULL);
}

static void
add_credentials (PlDraftBuilder *b,
                 PlAgendaItem   *item)
{
  GListModel *all = pl_session_get_records (b->session, PL_TYPE_CREDENTIALS);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  guint formal = 0, other = 0;
  g_autofree char *n_formal = NULL, *n_other = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlCredentials) credentials = g_list_model_get_item (all, i);
      PlRecord *delegation = pl_session_lookup (b->session, pl_credentials_get_delegation (credentials));

      if (!PL_IS_DELEGATION (delegation) || !pl_draft_is_representative (PL_DELEGATION (delegation)) ||
          pl_credentials_get_form (credentials) == PL_CREDENTIALS_FORM_NONE)
        continue;
      /* Rule 18: credentials issued by the Head of State or Government or
       * the Minister for Foreign Affairs, in the original. */
      if (pl_credentials_get_form (credentials) == PL_CREDENTIALS_FORM_ORIGINAL)
        formal++;
      else
        other++;
      pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (credentials)));
    }
  n_formal = states_parties (b, formal);
  n_other = states_parties (b, other);
  {
    g_autofree char *examined = pl_report_fill (other == 0
                                                ? T (PL_DOC_N_("The Bureau examined the credentials of the representatives of the States parties attending the session: formal credentials had been received from {formal}."))
                                                : T (PL_DOC_N_("The Bureau examined the credentials of the representatives of the States parties attending the session: formal credentials had been received from {formal}, and copies or other communications from {other}.")),
                                                "formal", n_formal, "other", n_other, NULL);

    g_string_append (text, examined);
  }

  /* The Conference adopts the Bureau's report by a decision on the
   * credentials item (seed, item 1 (e)); its action prints below. */
  if (item != NULL)
    {
      g_autoptr(GPtrArray) proposals = pl_draft_acted_on (b->session, pl_record_get_id (PL_RECORD (item)));
      PlProposal *adopted = NULL;

      for (guint i = 0; i < proposals->len && adopted == NULL; i++)
        if (pl_proposal_get_status (g_ptr_array_index (proposals, i)) == PL_PROPOSAL_STATUS_ADOPTED)
          adopted = g_ptr_array_index (proposals, i);
      g_string_append_c (text, ' ');
      if (adopted != NULL)
        {
          PlRecord *meeting = pl_session_lookup (b->session, pl_draft_action_member (adopted, "meeting"));
          g_autofree char *sentence = NULL;

          pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (adopted)));
          if (PL_IS_MEETING (meeting) && pl_meetings_number (b->session, PL_MEETING (meeting)) > 0)
            {
              g_autofree char *when = pl_draft_one_meeting_clause (b, PL_MEETING (meeting));

              sentence = pl_report_fill (T (PL_DOC_N_("{when}, the Conference adopted the report of the Bureau on credentials ({symbol}).")),
                                         "when", when, "symbol", pl_report_nonnull (pl_proposal_get_symbol (adopted)), NULL);
            }
          else
            sentence = pl_report_fill (T (PL_DOC_N_("The Conference adopted the report of the Bureau on credentials ({symbol}).")),
                                       "symbol", pl_report_nonnull (pl_proposal_get_symbol (adopted)), NULL);
          g_string_append (text, sentence);
        }
      else
        g_string_append (text, T (PL_DOC_N_("The Conference has not yet acted on the report of the Bureau on credentials.")));
    }
  pl_draft_emit (b, "org:credentials", text->str, sources, T (PL_DOC_N_("The credentials and the action on the Bureau's report")));
}

void
pl_draft_add_organization (PlDraftBuilder *b,
                           PlAgendaItem   *first)
{
  g_autoptr(GPtrArray) subs = first != NULL ? pl_draft_children_of (b->session, first) : g_ptr_array_new ();
  PlAgendaItem *org[N_ORG] = { NULL };

  for (guint i = 0; i < N_ORG && i < subs->len; i++)
    org[i] = g_ptr_array_index (subs, i);

  pl_draft_begin_chapter (b, T (PL_DOC_N_("Organization of the session")));

  pl_draft_begin_section (b, T (PL_DOC_N_("Opening of the session")));
  add_opening (b);
  if (org[ORG_OPENING] != NULL)
    pl_draft_add_proceedings (b, org[ORG_OPENING], FALSE);

  pl_draft_begin_section (b, T (PL_DOC_N_("Election of officers")));
  add_officers (b, org[ORG_OFFICERS]);
  if (org[ORG_OFFICERS] != NULL)
    pl_draft_add_proceedings (b, org[ORG_OFFICERS], FALSE);

  pl_draft_begin_section (b, T (PL_DOC_N_("Adoption of the agenda and organization of work")));
  add_agenda (b, org[ORG_AGENDA]);
  if (org[ORG_AGENDA] != NULL)
    pl_draft_add_proceedings (b, org[ORG_AGENDA], FALSE);

  pl_draft_begin_section (b, T (PL_DOC_N_("Attendance")));
  add_attendance (b);
  if (org[ORG_ATTENDANCE] != NULL)
    pl_draft_add_proceedings (b, org[ORG_ATTENDANCE], FALSE);

  pl_draft_begin_section (b, T (PL_DOC_N_("Credentials")));
  add_credentials (b, org[ORG_CREDENTIALS]);
  if (org[ORG_CREDENTIALS] != NULL)
    pl_draft_add_proceedings (b, org[ORG_CREDENTIALS], FALSE);

  /* The first item's own proceedings, then the other sub-items (the
   * general discussion) as sections of their own. */
  for (guint i = N_ORG; i < subs->len; i++)
    {
      PlAgendaItem *sub = g_ptr_array_index (subs, i);

      pl_draft_begin_section (b, pl_draft_item_title (b, sub));
      pl_draft_add_proceedings (b, sub, TRUE);
    }
}

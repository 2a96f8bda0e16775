/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-report-override.h"

/**
 * PlReportOverride:
 *
 * The Rapporteur's text for one paragraph of the draft report (issue 20):
 * the report is generated from the records, and a paragraph the
 * Rapporteur rewrites keeps their text here, with the generated text it
 * was written against, so that a later change of the facts beneath it is
 * shown beside it and never overwrites it. One record per paragraph, its
 * _id `report_override:<paragraph key>`, so that two people editing the
 * same paragraph offline meet in a conflict rather than two overrides.
 * Secretariat-only: the draft is the secretariat's until issued (the
 * server's filter does not list the type). The rules are in
 * pl-report-overrides.c. Its stored fields are those of the
 * `report_override` record of the document format; their values live in
 * #PlRecord.
 */
struct _PlReportOverride
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlReportOverride, pl_report_override, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARAGRAPH,
  PROP_TEXT,
  PROP_GENERATED,
  PROP_LANGUAGE,
  PROP_EDITED_AT,
  PROP_EDITED_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_report_override_class_init (PlReportOverrideClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the paragraph's key in the draft report (`org:opening`, `item:<item _id>:statements`...), also the
   * suffix of the record's _id */
  properties[PROP_PARAGRAPH] = g_param_spec_string ("paragraph", NULL, NULL, NULL, FLAGS);
  /* the Rapporteur's text, CommonMark inline allowed */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, FLAGS);
  /* the generated text the override was written against, in full: when the
   * text generated now differs, the app shows both instead of either one */
  properties[PROP_GENERATED] = g_param_spec_string ("generated", NULL, NULL, NULL, FLAGS);
  /* the language of both texts, a UN language code (`en`, `fr`...) */
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, FLAGS);
  /* when the Rapporteur last edited it, ISO 8601 date-time */
  properties[PROP_EDITED_AT] = g_param_spec_string ("edited-at", NULL, NULL, NULL, FLAGS);
  /* who edited it: the user name, or a person's name */
  properties[PROP_EDITED_BY] = g_param_spec_string ("edited-by", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "report_override", properties, N_PROPS);
}

static void
pl_report_override_init (PlReportOverride *self)
{
}

PlReportOverride *
pl_report_override_new (const char *id)
{
  return g_object_new (PL_TYPE_REPORT_OVERRIDE, "id", id, NULL);
}

const char *
pl_report_override_get_paragraph (PlReportOverride *self)
{
  g_return_val_if_fail (PL_IS_REPORT_OVERRIDE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_PARAGRAPH);
}

void
pl_report_override_set_paragraph (PlReportOverride *self,
                                  const char       *paragraph)
{
  g_return_if_fail (PL_IS_REPORT_OVERRIDE (self));

  pl_record_set_string (PL_RECORD (self), PROP_PARAGRAPH, paragraph);
}

const char *
pl_report_override_get_text (PlReportOverride *self)
{
  g_return_val_if_fail (PL_IS_REPORT_OVERRIDE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_TEXT);
}

void
pl_report_override_set_text (PlReportOverride *self,
                             const char       *text)
{
  g_return_if_fail (PL_IS_REPORT_OVERRIDE (self));

  pl_record_set_string (PL_RECORD (self), PROP_TEXT, text);
}

const char *
pl_report_override_get_generated (PlReportOverride *self)
{
  g_return_val_if_fail (PL_IS_REPORT_OVERRIDE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_GENERATED);
}

void
pl_report_override_set_generated (PlReportOverride *self,
                                  const char       *generated)
{
  g_return_if_fail (PL_IS_REPORT_OVERRIDE (self));

  pl_record_set_string (PL_RECORD (self), PROP_GENERATED, generated);
}

const char *
pl_report_override_get_language (PlReportOverride *self)
{
  g_return_val_if_fail (PL_IS_REPORT_OVERRIDE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_LANGUAGE);
}

void
pl_report_override_set_language (PlReportOverride *self,
                                 const char       *language)
{
  g_return_if_fail (PL_IS_REPORT_OVERRIDE (self));

  pl_record_set_string (PL_RECORD (self), PROP_LANGUAGE, language);
}

const char *
pl_report_override_get_edited_at (PlReportOverride *self)
{
  g_return_val_if_fail (PL_IS_REPORT_OVERRIDE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_EDITED_AT);
}

void
pl_report_override_set_edited_at (PlReportOverride *self,
                                  const char       *edited_at)
{
  g_return_if_fail (PL_IS_REPORT_OVERRIDE (self));

  pl_record_set_string (PL_RECORD (self), PROP_EDITED_AT, edited_at);
}

const char *
pl_report_override_get_edited_by (PlReportOverride *self)
{
  g_return_val_if_fail (PL_IS_REPORT_OVERRIDE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_EDITED_BY);
}

void
pl_report_override_set_edited_by (PlReportOverride *self,
                                  const char       *edited_by)
{
  g_return_if_fail (PL_IS_REPORT_OVERRIDE (self));

  pl_record_set_string (PL_RECORD (self), PROP_EDITED_BY, edited_by);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include "pl-report-paragraph.h"

/**
 * PlReportParagraph:
 *
 * A paragraph of the draft report: its stable key, where it prints
 * (chapter and section headings, in the report's language), the text the
 * records give, the Rapporteur's override of it, whether the facts moved
 * since the override was written, and the records it rests on.
 */
struct _PlReportParagraph
{
  GObject parent_instance;

  char *key;
  char *chapter;
  char *section;
  char *generated;
  char *text;
  PlReportOverride *override;
  char *stale_reason;
  GStrv sources;
};

G_DEFINE_FINAL_TYPE (PlReportParagraph, pl_report_paragraph, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_CHAPTER,
  PROP_SECTION,
  PROP_GENERATED,
  PROP_TEXT,
  PROP_OVERRIDE,
  PROP_STALE,
  PROP_STALE_REASON,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_report_paragraph_finalize (GObject *object)
{
  PlReportParagraph *self = PL_REPORT_PARAGRAPH (object);

  g_free (self->key);
  g_free (self->chapter);
  g_free (self->section);
  g_free (self->generated);
  g_free (self->text);
  g_clear_object (&self->override);
  g_free (self->stale_reason);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (pl_report_paragraph_parent_class)->finalize (object);
}

static void
pl_report_paragraph_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PlReportParagraph *self = PL_REPORT_PARAGRAPH (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_CHAPTER:
      g_value_set_string (value, self->chapter);
      break;
    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;
    case PROP_GENERATED:
      g_value_set_string (value, self->generated);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_OVERRIDE:
      g_value_set_object (value, self->override);
      break;
    case PROP_STALE:
      g_value_set_boolean (value, self->stale_reason != NULL);
      break;
    case PROP_STALE_REASON:
      g_value_set_string (value, self->stale_reason);
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, self->sources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_report_paragraph_class_init (PlReportParagraphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pl_report_paragraph_finalize;
  object_class->get_property = pl_report_paragraph_get_property;

#define FLAGS (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, FLAGS);
  properties[PROP_CHAPTER] = g_param_spec_string ("chapter", NULL, NULL, NULL, FLAGS);
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, NULL, FLAGS);
  properties[PROP_GENERATED] = g_param_spec_string ("generated", NULL, NULL, NULL, FLAGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, FLAGS);
  properties[PROP_OVERRIDE] = g_param_spec_object ("override", NULL, NULL, PL_TYPE_REPORT_OVERRIDE, FLAGS);
  properties[PROP_STALE] = g_param_spec_boolean ("stale", NULL, NULL, FALSE, FLAGS);
  properties[PROP_STALE_REASON] = g_param_spec_string ("stale-reason", NULL, NULL, NULL, FLAGS);
  properties[PROP_SOURCES] = g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_report_paragraph_init (PlReportParagraph *self)
{
}

/**
 * pl_report_paragraph_new:
 * @override: (nullable): the Rapporteur's override of the paragraph
 * @stale_reason: (nullable): why the override no longer matches the
 *   records, in the report's language; %NULL when it does (or there is
 *   none)
 *
 * Returns: (transfer full): a paragraph whose text is the override's when
 *   there is one, else @generated
 */
PlReportParagraph *
pl_report_paragraph_new (const char         *key,
                         const char         *chapter,
                         const char         *section,
                         const char         *generated,
                         const char * const *sources,
                         PlReportOverride   *override,
                         const char         *stale_reason)
{
  PlReportParagraph *self;
  const char *text = NULL;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (override == NULL || PL_IS_REPORT_OVERRIDE (override), NULL);

  self = g_object_new (PL_TYPE_REPORT_PARAGRAPH, NULL);
  self->key = g_strdup (key);
  self->chapter = g_strdup (chapter);
  self->section = g_strdup (section);
  self->generated = g_strdup (generated != NULL ? generated : "");
  if (override != NULL)
    {
      self->override = g_object_ref (override);
      text = pl_report_override_get_text (override);
    }
  self->text = g_strdup (text != NULL ? text : self->generated);
  self->stale_reason = override != NULL ? g_strdup (stale_reason) : NULL;
  self->sources = g_strdupv ((char **) (sources != NULL ? sources : (const char * const[]) { NULL }));

  return self;
}

const char *
pl_report_paragraph_get_key (PlReportParagraph *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH (self), NULL);
  return self->key;
}

const char *
pl_report_paragraph_get_chapter (PlReportParagraph *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH (self), NULL);
  return self->chapter;
}

/* Returns: (nullable): the sub-heading, "A. Opening of the session" */
const char *
pl_report_paragraph_get_section (PlReportParagraph *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH (self), NULL);
  return self->section;
}

const char *
pl_report_paragraph_get_generated (PlReportParagraph *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH (self), NULL);
  return self->generated;
}

/* Returns: what prints: the override's text (CommonMark inline) when
 *   there is one, else the generated text */
const char *
pl_report_paragraph_get_text (PlReportParagraph *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH (self), NULL);
  return self->text;
}

/* Returns: (nullable) (transfer none): the Rapporteur's override */
PlReportOverride *
pl_report_paragraph_get_override (PlReportParagraph *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH (self), NULL);
  return self->override;
}

/* Returns: whether the records moved since the override was written: the
 * override still prints, the app shows both texts. */
gboolean
pl_report_paragraph_get_stale (PlReportParagraph *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH (self), FALSE);
  return self->stale_reason != NULL;
}

const char *
pl_report_paragraph_get_stale_reason (PlReportParagraph *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH (self), NULL);
  return self->stale_reason;
}

/* Returns: (array zero-terminated=1) (transfer none): the _ids of the
 *   records the paragraph was made from */
const char * const *
pl_report_paragraph_get_sources (PlReportParagraph *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH (self), NULL);
  return (const char * const *) self->sources;
}

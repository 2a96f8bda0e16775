/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pl-export-l10n.h"

/*
 * A per-call gettext lookup. glibc's dgettext() answers in the language of
 * the process (LANGUAGE, LC_MESSAGES), which is the INTERFACE language;
 * switching it around each call is neither thread-safe nor cheap. The
 * documents' catalogues are few and small, so each is read once from its
 * .mo file (LOCALEDIR/LL/LC_MESSAGES/plenary-document.mo) into a hash
 * table. A language without a catalogue is English, the source language of
 * the msgids, silently: the other UN languages arrive later and a missing
 * one must not stop an export.
 *
 * PLENARY_DOCUMENT_LOCALEDIR overrides LOCALEDIR, for an uninstalled build
 * and the tests.
 */

#define MO_MAGIC 0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

typedef struct
{
  GBytes     *bytes;
  GHashTable *strings; /* msgid (or "ctx\004msgid") -> msgstr, both in bytes */
} Catalog;

static GMutex catalogs_lock;
static GHashTable *catalogs; /* language -> Catalog or NULL (none on disk) */

static void
catalog_free (gpointer data)
{
  Catalog *catalog = data;

  if (catalog == NULL)
    return;
  g_hash_table_unref (catalog->strings);
  g_bytes_unref (catalog->bytes);
  g_free (catalog);
}

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* Returns the string at table entry @i, or NULL if the file lies about it. */
static const char *
mo_string (const guint8 *data,
           gsize         size,
           guint32       table,
           guint32       i,
           gboolean      swapped)
{
  guint32 length, offset;

  if ((gsize) table + 8 * ((gsize) i + 1) > size)
    return NULL;
  length = read_u32 (data, table + 8 * i, swapped);
  offset = read_u32 (data, table + 8 * i + 4, swapped);
  if ((gsize) offset + length >= size || data[offset + length] != '\0')
    return NULL;
  return (const char *) data + offset;
}

static Catalog *
catalog_load (const char *path)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  g_autoptr(GBytes) bytes = NULL;
  const guint8 *data;
  gsize size;
  guint32 magic, n, originals, translations;
  gboolean swapped;
  Catalog *catalog;

  if (file == NULL)
    return NULL;

  bytes = g_mapped_file_get_bytes (file);
  data = g_bytes_get_data (bytes, &size);
  if (size < 28)
    return NULL;

  memcpy (&magic, data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    {
      g_warning ("%s is not a gettext catalogue; the document stays in English", path);
      return NULL;
    }
  swapped = magic == MO_MAGIC_SWAPPED;
  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);

  catalog = g_new0 (Catalog, 1);
  catalog->bytes = g_steal_pointer (&bytes);
  catalog->strings = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint32 i = 0; i < n; i++)
    {
      const char *msgid = mo_string (data, size, originals, i, swapped);
      const char *msgstr = mo_string (data, size, translations, i, swapped);

      /* The header (empty msgid) and untranslated entries keep English. */
      if (msgid == NULL || msgstr == NULL || *msgid == '\0' || *msgstr == '\0')
        continue;
      g_hash_table_insert (catalog->strings, (char *) msgid, (char *) msgstr);
    }

  return catalog;
}

static Catalog *
catalog_lookup_locked (const char *language)
{
  Catalog *catalog;
  const char *localedir;
  g_autofree char *path = NULL;

  if (catalogs == NULL)
    catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, catalog_free);

  if (g_hash_table_lookup_extended (catalogs, language, NULL, (gpointer *) &catalog))
    return catalog;

  localedir = g_getenv ("PLENARY_DOCUMENT_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  path = g_build_filename (localedir, language, "LC_MESSAGES", PL_EXPORT_TEXT_DOMAIN ".mo", NULL);
  catalog = catalog_load (path);

  /* "fr_CA" falls back to "fr" */
  if (catalog == NULL && strchr (language, '_') != NULL)
    {
      g_autofree char *base = g_strndup (language, strchr (language, '_') - language);

      g_clear_pointer (&path, g_free);
      path = g_build_filename (localedir, base, "LC_MESSAGES", PL_EXPORT_TEXT_DOMAIN ".mo", NULL);
      catalog = catalog_load (path);
    }

  /* UN Chinese is simplified Chinese: "zh" (the code the CLI documents,
   * the session's original_language) reads the zh_CN catalogue. */
  if (catalog == NULL && g_str_equal (language, "zh"))
    {
      g_clear_pointer (&path, g_free);
      path = g_build_filename (localedir, "zh_CN", "LC_MESSAGES", PL_EXPORT_TEXT_DOMAIN ".mo", NULL);
      catalog = catalog_load (path);
    }

  g_hash_table_insert (catalogs, g_strdup (language), catalog);
  return catalog;
}

static const char *
lookup (const char *language,
        const char *key,
        const char *fallback)
{
  const char *result = fallback;
  Catalog *catalog;

  if (language == NULL || *language == '\0' || g_str_equal (language, "en"))
    return fallback;

  g_mutex_lock (&catalogs_lock);
  catalog = catalog_lookup_locked (language);
  if (catalog != NULL)
    {
      const char *msgstr = g_hash_table_lookup (catalog->strings, key);

      if (msgstr != NULL)
        result = msgstr;
    }
  g_mutex_unlock (&catalogs_lock);

  return result;
}

/**
 * pl_export_translate:
 * @language: (nullable): the document's language ("fr", "es"...); NULL or
 *   "en" is English
 * @msgid: an English string marked with PL_DOC_N_()
 *
 * Returns: the translation, valid for the life of the process, or @msgid
 */
const char *
pl_export_translate (const char *language,
                     const char *msgid)
{
  g_return_val_if_fail (msgid != NULL, NULL);

  return lookup (language, msgid, msgid);
}

/**
 * pl_export_translate_ctx:
 *
 * Like pl_export_translate() for a string marked PL_DOC_NC_(context, msgid).
 */
const char *
pl_export_translate_ctx (const char *language,
                         const char *context,
                         const char *msgid)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (context != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (language == NULL || *language == '\0' || g_str_equal (language, "en"))
    return msgid;

  key = g_strconcat (context, "\004", msgid, NULL);
  return lookup (language, key, msgid);
}

/**
 * pl_export_language_name:
 * @language: the document's language
 * @code: an ISO 639-1 code, as in the session's `original_language`
 *
 * Returns: the name of @code in @language ("English"), or @code itself
 */
const char *
pl_export_language_name (const char *language,
                         const char *code)
{
  /* Translators (context "language"): the language as it follows
   * "Original:" in the masthead (Arabic "بالإنكليزية"). */
  static const struct { const char *code; const char *name; } names[] = {
    { "ar", PL_DOC_NC_("language", "Arabic") },
    { "zh", PL_DOC_NC_("language", "Chinese") },
    { "en", PL_DOC_NC_("language", "English") },
    { "fr", PL_DOC_NC_("language", "French") },
    { "ru", PL_DOC_NC_("language", "Russian") },
    { "es", PL_DOC_NC_("language", "Spanish") },
  };

  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (code, names[i].code) == 0)
      return pl_export_translate_ctx (language, "language", names[i].name);

  return code;
}

/**
 * pl_export_language_is_rtl:
 * @language: (nullable): the document's language
 *
 * The catalogue of a language written right to left translates the
 * "text direction" string to "rtl" (as GTK's "default:LTR"), so the
 * direction travels with the words: a language without its catalogue is
 * English, left to right.
 *
 * Returns: whether the document's text runs right to left
 */
gboolean
pl_export_language_is_rtl (const char *language)
{
  return g_str_equal (pl_export_translate_ctx (language, "text direction",
                                               /* Translators: "rtl" for a language written
                                                * right to left (Arabic), else "ltr" */
                                               PL_DOC_NC_("text direction", "ltr")),
                      "rtl");
}

/**
 * pl_export_format_item_label:
 * @language: (nullable): the document's language
 * @part: the last part of an agenda item's derived number: "1", "(a)",
 *   "(ii)"
 * @depth: the item's depth: 0 for an item, 1 for a sub-item (lettered),
 *   2 below (roman numerals)
 *
 * The label of an agenda item as the documents in @language write it: the
 * catalogue gives the form of a sub-item's label ("(a)" in English, "a)"
 * in French) and, for a language with an alphabet of its own, the letters
 * in their order ("(أ)", "(ب)" in Arabic). An item's number is not
 * changed here: its full stop is the caller's.
 *
 * Returns: (transfer full): the label
 */
char *
pl_export_format_item_label (const char *language,
                             const char *part,
                             guint       depth)
{
  g_autofree char *inner = NULL;
  g_autofree char *letter = NULL;
  const char *form;
  gsize len;

  g_return_val_if_fail (part != NULL, NULL);

  len = strlen (part);
  if (depth == 0 || len < 3 || part[0] != '(' || part[len - 1] != ')')
    return g_strdup (part);
  inner = g_strndup (part + 1, len - 2);

  if (depth == 1 && strlen (inner) == 1 && g_ascii_islower (inner[0]))
    {
      /* Translators: the letters of sub-items, in order, separated by
       * spaces: keep the Latin letters unless your documents letter
       * sub-items in your own alphabet (Arabic: أ ب ج د هـ و ...) */
      const char *letters = pl_export_translate_ctx (language, "sub-item letters",
                                                     PL_DOC_NC_("sub-item letters",
                                                                "a b c d e f g h i j k l m n o p q r s t u v w x y z"));
      g_auto(GStrv) list = g_strsplit (letters, " ", -1);
      guint index = (guint) (inner[0] - 'a');

      if (index < g_strv_length (list) && *list[index] != '\0')
        letter = g_strdup (list[index]);
    }

  /* Translators: the label of a sub-item, %s its letter or roman numeral:
   * "(a)" in English and Chinese, "a)" in French, Spanish and Russian */
  form = pl_export_translate_ctx (language, "sub-item label", PL_DOC_NC_("sub-item label", "(%s)"));
  if (strstr (form, "%s") == NULL)
    form = "(%s)";
  {
    GString *label = g_string_new (NULL);
    const char *at = strstr (form, "%s");

    /* The form is the catalogue's: never handed to printf. */
    g_string_append_len (label, form, at - form);
    g_string_append (label, letter != NULL ? letter : inner);
    g_string_append (label, at + 2);
    return g_string_free (label, FALSE);
  }
}

static const char *
month_name (const char *language,
            int         month)
{
  static const char *months[] = {
    PL_DOC_NC_("month", "January"), PL_DOC_NC_("month", "February"),
    PL_DOC_NC_("month", "March"), PL_DOC_NC_("month", "April"),
    PL_DOC_NC_("month", "May"), PL_DOC_NC_("month", "June"),
    PL_DOC_NC_("month", "July"), PL_DOC_NC_("month", "August"),
    PL_DOC_NC_("month", "September"), PL_DOC_NC_("month", "October"),
    PL_DOC_NC_("month", "November"), PL_DOC_NC_("month", "December"),
  };

  /* Translators: the month as it stands in a date ("12 October 2020");
   * a language that declines it there takes that form (Russian
   * genitive "октября"). */
  g_assert (month >= 1 && month <= 12);
  return pl_export_translate_ctx (language, "month", months[month - 1]);
}

static const char *
weekday_name (const char   *language,
              GDateWeekday  weekday)
{
  static const char *weekdays[] = {
    PL_DOC_NC_("weekday", "Monday"), PL_DOC_NC_("weekday", "Tuesday"),
    PL_DOC_NC_("weekday", "Wednesday"), PL_DOC_NC_("weekday", "Thursday"),
    PL_DOC_NC_("weekday", "Friday"), PL_DOC_NC_("weekday", "Saturday"),
    PL_DOC_NC_("weekday", "Sunday"),
  };

  g_assert (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY);
  return pl_export_translate_ctx (language, "weekday", weekdays[weekday - 1]);
}

/* Fills "{name}" placeholders: translators may reorder them, and a
 * translated printf format would be a format-string hazard. */
static char *
fill (const char *pattern,
      ...)
{
  g_autoptr(GString) out = g_string_new (pattern);
  const char *name;
  va_list args;

  va_start (args, pattern);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);
      g_autofree char *placeholder = g_strdup_printf ("{%s}", name);

      g_string_replace (out, placeholder, value, 0);
    }
  va_end (args);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* French writes the first of the month as an ordinal, "1er octobre". */
static char *
day_number (const char *language,
            guint       day)
{
  if (day == 1)
    return g_strdup (pl_export_translate_ctx (language, "day of month",
                                              /* Translators: the first day of a month in a
                                               * date; French "1er" */
                                              PL_DOC_NC_("day of month", "1")));
  return g_strdup_printf ("%u", day);
}

static GDate *
parse_date (const char *iso_date)
{
  guint year, month, day;
  char tail;

  if (iso_date == NULL || sscanf (iso_date, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return NULL;
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_new_dmy (day, month, year);
}

/**
 * pl_export_format_date:
 *
 * Returns: "24 September 2020" in @language; an unreadable date is returned
 *   as it is, so that no text is lost
 */
char *
pl_export_format_date (const char *language,
                       const char *iso_date)
{
  g_autoptr(GDate) date = parse_date (iso_date);
  g_autofree char *day = NULL, *year = NULL;

  if (date == NULL)
    return g_strdup (iso_date ? iso_date : "");

  day = day_number (language, g_date_get_day (date));
  year = g_strdup_printf ("%u", g_date_get_year (date));
  return fill (pl_export_translate_ctx (language, "date", PL_DOC_NC_("date", "{day} {month} {year}")),
               "day", day, "month", month_name (language, g_date_get_month (date)),
               "year", year, NULL);
}

/**
 * pl_export_format_dates:
 * @iso_dates: (element-type utf8): ISO dates, in order, each once
 *
 * Returns: the dates of a run of meetings as a report writes them: "12
 *   and 13 October 2020" within one month (the date's own pattern with the
 *   days joined); across months, the full dates joined ("30 September
 *   2020 and 1 October 2020")
 */
char *
pl_export_format_dates (const char *language,
                        GPtrArray  *iso_dates)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDate) first = NULL;
  gboolean one_month = TRUE;
  g_autoptr(GString) head = g_string_new (NULL);

  if (iso_dates->len == 0)
    return g_strdup ("");
  if (iso_dates->len == 1)
    return pl_export_format_date (language, g_ptr_array_index (iso_dates, 0));

  first = parse_date (g_ptr_array_index (iso_dates, 0));
  for (guint i = 0; i < iso_dates->len && one_month; i++)
    {
      g_autoptr(GDate) date = parse_date (g_ptr_array_index (iso_dates, i));

      one_month = first != NULL && date != NULL && g_date_get_month (date) == g_date_get_month (first) &&
                  g_date_get_year (date) == g_date_get_year (first);
      if (one_month)
        g_ptr_array_add (parts, day_number (language, g_date_get_day (date)));
    }
  if (!one_month)
    {
      g_ptr_array_set_size (parts, 0);
      for (guint i = 0; i < iso_dates->len; i++)
        g_ptr_array_add (parts, pl_export_format_date (language, g_ptr_array_index (iso_dates, i)));
    }

  for (guint i = 0; i + 1 < parts->len; i++)
    {
      if (i > 0)
        g_string_append (head, pl_export_translate_ctx (language, "list", PL_DOC_NC_("list", ", ")));
      g_string_append (head, g_ptr_array_index (parts, i));
    }
  {
    g_autofree char *joined = fill (pl_export_translate_ctx (language, "list", PL_DOC_NC_("list", "{list} and {last}")),
                                    "list", head->str, "last", g_ptr_array_index (parts, parts->len - 1), NULL);
    g_autofree char *year = NULL;

    if (!one_month)
      return g_steal_pointer (&joined);
    year = g_strdup_printf ("%u", g_date_get_year (first));
    return fill (pl_export_translate_ctx (language, "date", PL_DOC_NC_("date", "{day} {month} {year}")),
                 "day", joined, "month", month_name (language, g_date_get_month (first)), "year", year, NULL);
  }
}

/**
 * pl_export_format_date_span:
 *
 * Returns: a session's dates as a sentence runs them on after "from":
 *   "12 to 16 October 2020", "28 September to 2 October 2020"; one date
 *   alone when they are the same or one is unreadable
 */
char *
pl_export_format_date_span (const char *language,
                            const char *iso_start,
                            const char *iso_end)
{
  g_autoptr(GDate) start = parse_date (iso_start);
  g_autoptr(GDate) end = parse_date (iso_end);
  g_autofree char *d1 = NULL, *d2 = NULL, *year = NULL;

  if (start == NULL || end == NULL || g_date_compare (start, end) == 0)
    return pl_export_format_date_range (language, iso_start, iso_end);

  d1 = day_number (language, g_date_get_day (start));
  d2 = day_number (language, g_date_get_day (end));
  year = g_strdup_printf ("%u", g_date_get_year (end));
  if (g_date_get_year (start) != g_date_get_year (end))
    {
      g_autofree char *a = pl_export_format_date (language, iso_start);
      g_autofree char *b = pl_export_format_date (language, iso_end);

      return fill (pl_export_translate_ctx (language, "date span", PL_DOC_NC_("date span", "{date1} to {date2}")),
                   "date1", a, "date2", b, NULL);
    }
  if (g_date_get_month (start) == g_date_get_month (end))
    return fill (pl_export_translate_ctx (language, "date span",
                                          PL_DOC_NC_("date span", "{day1} to {day2} {month} {year}")),
                 "day1", d1, "day2", d2, "month", month_name (language, g_date_get_month (end)), "year", year, NULL);
  return fill (pl_export_translate_ctx (language, "date span",
                                        PL_DOC_NC_("date span", "{day1} {month1} to {day2} {month2} {year}")),
               "day1", d1, "month1", month_name (language, g_date_get_month (start)),
               "day2", d2, "month2", month_name (language, g_date_get_month (end)), "year", year, NULL);
}

/**
 * pl_export_format_day:
 *
 * Returns: "Monday, 12 October", the heading of a day in the organization
 *   of work
 */
char *
pl_export_format_day (const char *language,
                      const char *iso_date)
{
  g_autoptr(GDate) date = parse_date (iso_date);
  g_autofree char *day = NULL;

  if (date == NULL)
    return g_strdup (iso_date ? iso_date : "");

  day = day_number (language, g_date_get_day (date));
  return fill (pl_export_translate_ctx (language, "day", PL_DOC_NC_("day", "{weekday}, {day} {month}")),
               "weekday", weekday_name (language, g_date_get_weekday (date)),
               "day", day, "month", month_name (language, g_date_get_month (date)), NULL);
}

/**
 * pl_export_format_date_range:
 *
 * Returns: "12–16 October 2020", "30 September–2 October 2020", or one
 *   date when both are the same
 */
char *
pl_export_format_date_range (const char *language,
                             const char *iso_start,
                             const char *iso_end)
{
  g_autoptr(GDate) start = parse_date (iso_start);
  g_autoptr(GDate) end = parse_date (iso_end);
  g_autofree char *d1 = NULL, *d2 = NULL, *year = NULL;

  if (start == NULL || end == NULL)
    {
      g_autofree char *a = pl_export_format_date (language, iso_start);
      g_autofree char *b = pl_export_format_date (language, iso_end);

      if (*a == '\0' || *b == '\0' || g_str_equal (a, b))
        return g_strdup (*a != '\0' ? a : b);
      return fill (pl_export_translate_ctx (language, "date range",
                                            PL_DOC_NC_("date range", "{date1}–{date2}")),
                   "date1", a, "date2", b, NULL);
    }

  if (g_date_compare (start, end) == 0)
    return pl_export_format_date (language, iso_start);

  d1 = day_number (language, g_date_get_day (start));
  d2 = day_number (language, g_date_get_day (end));
  year = g_strdup_printf ("%u", g_date_get_year (end));

  if (g_date_get_year (start) != g_date_get_year (end))
    {
      g_autofree char *a = pl_export_format_date (language, iso_start);
      g_autofree char *b = pl_export_format_date (language, iso_end);

      return fill (pl_export_translate_ctx (language, "date range",
                                            PL_DOC_NC_("date range", "{date1}–{date2}")),
                   "date1", a, "date2", b, NULL);
    }

  if (g_date_get_month (start) == g_date_get_month (end))
    return fill (pl_export_translate_ctx (language, "date range",
                                          PL_DOC_NC_("date range", "{day1}–{day2} {month} {year}")),
                 "day1", d1, "day2", d2, "month", month_name (language, g_date_get_month (end)),
                 "year", year, NULL);

  return fill (pl_export_translate_ctx (language, "date range",
                                        PL_DOC_NC_("date range", "{day1} {month1}–{day2} {month2} {year}")),
               "day1", d1, "month1", month_name (language, g_date_get_month (start)),
               "day2", d2, "month2", month_name (language, g_date_get_month (end)),
               "year", year, NULL);
}

static gboolean
parse_time (const char *text,
            int        *minutes)
{
  guint h, m;
  char tail;

  if (text == NULL || sscanf (text, "%2u:%2u%c", &h, &m, &tail) != 2 || h > 24 || m > 59)
    return FALSE;
  *minutes = h * 60 + m;
  return TRUE;
}

/* Each language writes the time of a meeting its own way in UN documents:
 * English "12 noon–2 p.m." and "4–6 p.m." (12-hour, the first time drops
 * its "p.m." when both share it), Chinese "中午12时至下午2时" and
 * "下午4时至6时" (12-hour, the second drops it), French "15 heures–
 * 18 heures", Spanish "15.00 a 18.00 horas", Russian "15 час. 00 мин.–
 * 18 час. 00 мин." (24-hour). The catalogue picks the style and gives the
 * patterns; the code only does the arithmetic. */

/* 10 a.m., 10.30 a.m., 12 noon, 12 midnight */
static char *
format_time_12 (const char *language,
                int         minutes,
                gboolean    with_suffix)
{
  int h = (minutes / 60) % 24, m = minutes % 60;
  int h12 = h % 12 == 0 ? 12 : h % 12;
  g_autofree char *hour = g_strdup_printf ("%d", h12);
  g_autofree char *minute = g_strdup_printf ("%02d", m);
  g_autofree char *number = NULL;

  if (m == 0 && h == 12)
    return g_strdup (pl_export_translate_ctx (language, "time", PL_DOC_NC_("time", "12 noon")));
  if (m == 0 && h == 0)
    return g_strdup (pl_export_translate_ctx (language, "time", PL_DOC_NC_("time", "12 midnight")));

  number = m == 0
           ? fill (pl_export_translate_ctx (language, "12-hour time", PL_DOC_NC_("12-hour time", "{hour}")),
                   "hour", hour, NULL)
           : fill (pl_export_translate_ctx (language, "12-hour time", PL_DOC_NC_("12-hour time", "{hour}.{minute}")),
                   "hour", hour, "minute", minute, NULL);
  if (!with_suffix)
    return g_steal_pointer (&number);
  return fill (h < 12 ? pl_export_translate_ctx (language, "time", PL_DOC_NC_("time", "{time} a.m."))
                      : pl_export_translate_ctx (language, "time", PL_DOC_NC_("time", "{time} p.m.")),
               "time", number, NULL);
}

/* 16.00, 16 heures, 16 час. 00 мин. */
static char *
format_time_24 (const char *language,
                int         minutes)
{
  int h = (minutes / 60) % 24, m = minutes % 60;
  g_autofree char *hour = g_strdup_printf ("%d", h);
  g_autofree char *minute = g_strdup_printf ("%02d", m);

  if (m == 0)
    return fill (pl_export_translate_ctx (language, "24-hour time", PL_DOC_NC_("24-hour time", "{hour}.00")),
                 "hour", hour, NULL);
  return fill (pl_export_translate_ctx (language, "24-hour time", PL_DOC_NC_("24-hour time", "{hour}.{minute}")),
               "hour", hour, "minute", minute, NULL);
}

static char *
time_range (const char *language,
            const char *a,
            const char *b)
{
  return fill (pl_export_translate_ctx (language, "time range", PL_DOC_NC_("time range", "{start}–{end}")),
               "start", a, "end", b, NULL);
}

/**
 * pl_export_format_time_range:
 * @start: "HH:MM"
 * @end: (nullable): "HH:MM"
 *
 * Returns: the time of a meeting as the document's language writes it:
 *   English "12 noon–2 p.m.", "4–6 p.m." as the seed; the catalogue's
 *   "time style" chooses between that and a 24-hour style ("16.00–18.00")
 */
char *
pl_export_format_time_range (const char *language,
                             const char *start,
                             const char *end)
{
  int s, e;
  gboolean has_end;
  const char *style = pl_export_translate_ctx (language, "time style",
                                               /* Translators: "12-hour" or "24-hour" */
                                               PL_DOC_NC_("time style", "12-hour"));

  if (!parse_time (start, &s))
    {
      if (end != NULL && *end != '\0')
        return g_strconcat (start ? start : "", "–", end, NULL);
      return g_strdup (start ? start : "");
    }
  has_end = parse_time (end, &e);

  if (g_str_equal (style, "24-hour"))
    {
      g_autofree char *a = format_time_24 (language, s);
      g_autofree char *b = NULL;

      if (!has_end)
        return fill (pl_export_translate_ctx (language, "24-hour time",
                                              /* Translators: a time alone, as "{time} horas" */
                                              PL_DOC_NC_("24-hour time", "{time}")),
                     "time", a, NULL);
      b = format_time_24 (language, e);
      return time_range (language, a, b);
    }

  if (!has_end)
    return format_time_12 (language, s, TRUE);

  {
    gboolean special = s % (12 * 60) == 0 || e % (12 * 60) == 0;
    gboolean same_half = (s / (12 * 60)) == (e / (12 * 60)) && e > s;
    /* Translators: which time of a range drops the a.m./p.m. that both
     * share: "start" (English "4–6 p.m."), "end" (Chinese "下午4时至6时")
     * or "none" */
    const char *elide = pl_export_translate_ctx (language, "time elision", PL_DOC_NC_("time elision", "start"));
    gboolean shared = !special && same_half;
    g_autofree char *a = format_time_12 (language, s, !(shared && g_str_equal (elide, "start")));
    g_autofree char *b = format_time_12 (language, e, !(shared && g_str_equal (elide, "end")));

    return time_range (language, a, b);
  }
}

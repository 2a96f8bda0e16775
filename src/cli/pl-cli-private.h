/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit status of every command (DESIGN.md, "The headless front door"). */
enum {
  EXIT_OK = 0,
  EXIT_FINDINGS = 1,
  EXIT_BAD_INPUT = 2,
  EXIT_CONFLICTS = 3,  /* sync: conflicts are open */
  EXIT_UNSENT = 4,     /* sync: local edits are still not on the server */
};

int pl_cli_usage_error   (GOptionContext  *context,
                          const char      *message);
int pl_cli_parse_options (GOptionContext  *context,
                          int             *argc,
                          char          ***argv);

/* Runs the main loop until an async call is done: pass
 * pl_cli_wait_done_cb and the PlCliWait as the callback and its data, then
 * hand pl_cli_wait_for()'s result to the _finish function and clear it. */
typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} PlCliWait;

void          pl_cli_wait_done_cb (GObject      *source,
                                   GAsyncResult *result,
                                   gpointer      user_data);
GAsyncResult *pl_cli_wait_for     (PlCliWait    *wait);

/* One function per command, each in its own file. */
int pl_cli_new                (int argc, char **argv);
int pl_cli_check              (int argc, char **argv);
int pl_cli_export             (int argc, char **argv);
int pl_cli_generate           (int argc, char **argv);
int pl_cli_import_delegations (int argc, char **argv);
int pl_cli_sync               (int argc, char **argv);
int pl_cli_conflicts          (int argc, char **argv);
int pl_cli_resolve            (int argc, char **argv);
int pl_cli_server_setup       (int argc, char **argv);
int pl_cli_server_user        (int argc, char **argv);
int pl_cli_invite             (int argc, char **argv);
int pl_cli_translations       (int argc, char **argv);

G_END_DECLS

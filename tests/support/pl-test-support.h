/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-delegation.h"
#include "pl-session.h"

G_BEGIN_DECLS

/* Counts "notify" emissions per property (Console's property test idiom). */
typedef struct _PlNotifyCounter PlNotifyCounter;

PlNotifyCounter *pl_notify_counter_new   (GObject         *object);
guint            pl_notify_counter_get   (PlNotifyCounter *counter,
                                          const char      *property);
guint            pl_notify_counter_total (PlNotifyCounter *counter);
void             pl_notify_counter_reset (PlNotifyCounter *counter);
void             pl_notify_counter_free  (PlNotifyCounter *counter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlNotifyCounter, pl_notify_counter_free)

void             pl_test_assert_properties_notify_once (GObject *object);

/* The large session of the benchmarks: 250 delegations of 12 members, 120
 * agenda items with annotations, 400 documents, 600 speakers. */
PlSession       *pl_test_generate_large_session (guint32 seed);

/* The main loop, for the widget tests: run for @ms, or until @done says
 * so (failing the test after @timeout_ms). */
void             pl_test_spin           (guint      ms);
void             pl_test_spin_until     (gboolean (*done) (gpointer data),
                                         gpointer   data,
                                         guint      timeout_ms);
PlSession       *pl_test_load_sample    (void);
/* The delegation @id of @session: the sample registers every State party
 * (issue 22), so a test that needs one with members takes the sample's
 * and fills it in; another State or organization is added. */
PlDelegation    *pl_test_delegation     (PlSession  *session,
                                         const char *id);
/* Removes every delegation of @session, for a test that sets up a
 * conference of a few States of its own (a quorum of its own). */
void             pl_test_remove_delegations (PlSession *session);

char            *pl_test_make_temp_dir  (void);
char            *pl_test_read_file      (const char *path,
                                         gsize      *length);

G_END_DECLS

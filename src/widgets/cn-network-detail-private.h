/* cn-network-detail-private.h
 *
 * Copyright 2026 Climate Networks contributors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Shared by cn-network-detail.c and cn-network-detail-sections.c only. */

#include "cn-network-detail.h"
#include "cn-brief.h"
#include "cn-clamp.h"
#include "cn-commitments-timeline.h"
#include "cn-data-label.h"
#include "cn-dates.h"
#include "cn-glance.h"
#include "cn-labels.h"
#include "cn-reading-page.h"
#include "cn-shortlist.h"
#include "cn-widget-util.h"

G_BEGIN_DECLS

typedef struct
{
  GtkLabel     *label;         /* owned */
  const CnText *text;          /* the record's */
} CnDetailDataLabel;

struct _CnNetworkDetail
{
  GtkWidget    parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkBox      *status_box;
  GtkLabel    *status_label;
  GtkLabel    *status_note_label;
  GtkBox      *successor_box;
  GtkLabel    *title_label;
  GtkMenuButton *more_button;
  GtkBox      *pills_box;
  CnGlance    *glance;
  GtkLabel    *facts_label;
  GtkLabel    *fallback_label;
  GtkLabel    *summary_label;
  GtkButton   *website_button;
  GtkToggleButton *compare_button;
  GtkLabel    *description_label;
  GtkBox      *sections_box;
  GtkToggleButton *star_button;
  GtkBox      *notes_box;
  GtkLabel    *notes_heading;
  GtkTextView *notes_view;
  GtkLabel    *notes_status;

  CnReadingPage reading;

  /* Owned references */
  CnNetwork   *network;
  GListModel  *case_studies;   /* CnCaseStudy */
  CnShortlist *shortlist;

  gboolean     loading_note;   /* the buffer is being filled from the shortlist */
  gboolean     note_edited;    /* typed in since the record was shown */
  CnComparison *comparison;

  /* Why the record was found: the search's words in bold in its texts.
   * Each label of dataset text is kept with its text, to mark it again
   * when the search changes. */
  CnSearchQuery *highlight;    /* nullable */
  GArray      *data_labels;    /* CnDetailDataLabel */

  guint        next_section;   /* in section_builders */
  gboolean     top_shown;      /* a frame has shown the top of the page */
  gboolean     syncing_compare;
  guint        tick_id;
};

/* cn-network-detail-sections.c */
GArray    *_cn_network_detail_data_labels_new  (void);
void       _cn_network_detail_show_data_text   (CnNetworkDetail *self,
                                                GtkLabel        *label,
                                                const CnText    *text);
GtkWidget *_cn_network_detail_body_label_new   (CnNetworkDetail *self,
                                                const CnText    *text);
void       _cn_network_detail_mark_data_labels (CnNetworkDetail *self);
void   _cn_network_detail_build_next_section (CnNetworkDetail *self);
guint  _cn_network_detail_get_n_sections     (void);

G_END_DECLS

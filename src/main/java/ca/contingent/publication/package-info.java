/**
 * Publication of a fiscal year's annual report: the figures are frozen as published (a
 * snapshot, with who and when), and every later change to a record those figures were
 * computed from is logged as a restatement by database triggers (migrations V55 and V70,
 * over the report's counting rule {@code deployment_counts}), so that no form, import,
 * lifecycle step or retention run can skip it. Reads the report through
 * {@code reporting}; nothing depends on this module but the pages that link to it.
 * <p>
 * On the reporting side: to publish, it locks the five tables the report reads (agency,
 * mission, person, deployment, activity) in share mode while it takes the figures, so
 * that a change is either in the snapshot or a restatement. It writes only its own
 * tables.
 */
@ReadsAcrossModules("Publishing freezes the report's figures: it holds the tables the report reads in share mode "
        + "while it takes them, so that every change is either in the snapshot or a restatement.")
package ca.contingent.publication;

import ca.contingent.shared.ReadsAcrossModules;

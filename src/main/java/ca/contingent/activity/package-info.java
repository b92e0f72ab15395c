/**
 * What missions do on the ground (training, mentoring, investigations, advice), counted
 * in sessions and participants for the annual report, and the pages that manage them.
 */
package ca.contingent.activity;

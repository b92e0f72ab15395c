/**
 * Who goes where and when: a person's deployment to a mission, its term and its status.
 * People and missions are read through their modules' Java APIs and the views they
 * publish ({@code person_summary}, {@code mission_choice}).
 */
package ca.contingent.deployment;

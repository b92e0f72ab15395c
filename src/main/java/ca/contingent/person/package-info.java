/**
 * The roster: the people the program can deploy, each a member of one partner agency.
 * Names are personal data.
 */
package ca.contingent.person;

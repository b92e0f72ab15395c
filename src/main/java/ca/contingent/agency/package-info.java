/**
 * The partner police agencies whose members the program deploys.
 */
package ca.contingent.agency;

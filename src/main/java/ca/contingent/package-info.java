/**
 * Deployment management and results reporting for an international police
 * peace-operations program.
 */
package ca.contingent;

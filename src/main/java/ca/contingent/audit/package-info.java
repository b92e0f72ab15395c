/**
 * The audit log: every change, and every read of a personal record from outside
 * headquarters, with who, when, what record and the values before and after. Events are
 * written in the transaction of the change they record.
 */
package ca.contingent.audit;

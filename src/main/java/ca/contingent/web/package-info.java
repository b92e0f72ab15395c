/**
 * What every page shares: the layout, the language switch, messages after a redirect, the
 * error page, and where a service's refusal is shown ({@link ca.contingent.web.Refusals}
 * on forms and buttons, {@link ca.contingent.web.PageErrors} for any that escapes).
 */
package ca.contingent.web;

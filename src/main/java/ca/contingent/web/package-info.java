/**
 * What every page shares: the layout, the language switch, messages after a redirect, the
 * error page.
 */
package ca.contingent.web;

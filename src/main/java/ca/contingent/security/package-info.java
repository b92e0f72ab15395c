/**
 * Who may sign in and what each role may reach: form sign-in with CSRF for pages, HTTP
 * Basic for the API.
 */
package ca.contingent.security;

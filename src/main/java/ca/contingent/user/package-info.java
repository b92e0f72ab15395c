/**
 * User accounts: an administrator creates them (page and API), sets their role and scope,
 * disables, unlocks and resets them; every user changes their own password. Sign-in
 * itself is in {@code ca.contingent.security}, which reads and counts against the
 * accounts through {@link ca.contingent.user.SignInAccounts} and ends the sessions of a
 * changed account on {@link ca.contingent.user.AccountChanged}. Publishes each account's
 * scope data ({@code user_scope}, {@code user_scope_mission}) for the people scope.
 */
package ca.contingent.user;

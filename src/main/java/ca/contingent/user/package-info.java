/**
 * User accounts: an administrator creates them (page and API), sets their role and scope,
 * disables, unlocks and resets them; every user changes their own password. Sign-in
 * itself is in {@code ca.contingent.security}.
 */
package ca.contingent.user;

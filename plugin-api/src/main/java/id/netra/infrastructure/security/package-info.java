/**
 * Who may call Netra: HR-system clients with hashed API keys bound to one agency, accounts with
 * roles (admin, officer, ppk, auditor) and PBKDF2 password hashes, and HR portals whose signed
 * short-lived tokens let an employee act for their own NIP.
 */
package id.netra.infrastructure.security;

/**
 * Single sign-on for the console through OpenID Connect: the providers configured (an agency's own
 * SSO, BKN's Keycloak), the authorization code flow with PKCE against each, the ID token checked
 * against the provider's published keys, and the account its claims stand for.
 */
package id.netra.infrastructure.security.sso;

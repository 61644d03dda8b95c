/** Who is calling: API key, account (HTTP Basic) or employee token, and role checks per method. */
package id.netra.interfaces.rest.security;

/**
 * The ports the routes call into Netra's application: implemented by the application (with its
 * transactions and its domain rules) and handed to the CamelContext at start-up. Each call is one
 * transaction on the application's side.
 */
package id.netra.integration.port;

/** Starts and stops the application's CamelContext, handing it the ports the routes call. */
package id.netra.infrastructure.camel;

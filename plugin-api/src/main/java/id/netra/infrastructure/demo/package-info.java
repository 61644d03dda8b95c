/**
 * Start-up data: the first administrator from configuration, and (when {@code netra.demo.enabled})
 * the demo agency DEMO with synthetic employees whose NIPs follow the NIP rules.
 */
package id.netra.infrastructure.demo;

/**
 * The JAX-RS API under {@code /netra/api/v1}: thin resources that parse input into domain values,
 * call one application service, and return DTOs.
 */
package id.netra.interfaces.rest;

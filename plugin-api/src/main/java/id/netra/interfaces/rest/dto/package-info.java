/** The API's JSON shapes and the assemblers between them and the domain. */
package id.netra.interfaces.rest.dto;

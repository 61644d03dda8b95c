/** Adapters to the outside: the REST API (and, later, the widget and console assets). */
package id.netra.interfaces;

/**
 * Where document bytes live when {@code netra.documents.folder} names a folder: one file per
 * content, named by its SHA-256 under the agency's code, written whole or not at all.
 */
package id.netra.infrastructure.documents;

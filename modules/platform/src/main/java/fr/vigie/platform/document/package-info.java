/** Documents of cases, stored in PostgreSQL with their checksum; size and type checked on upload. */
package fr.vigie.platform.document;

/**
 * The platform's published API: the only platform package that business modules may use
 * (enforced by the architecture tests). Identifiers, roles, domain exceptions, and the
 * ports to the audit trail, documents, notifications and schema migrations.
 */
package fr.vigie.platform.api;

/**
 * Users, roles and authentication: accounts stored in PostgreSQL with PBKDF2 hashes, lockout
 * after repeated failures, the authentication mechanism (form login for pages, HTTP Basic for
 * the API) and the administrator's use cases.
 */
package fr.vigie.platform.security;

/**
 * The sanctions domain: formal notices and sanction cases as state machines with business verbs,
 * the separation of duties they enforce, and the ports they need (repositories, lawful caps).
 * Imports nothing of the application, persistence, web or rest packages.
 */
package fr.vigie.sanctions.domain;

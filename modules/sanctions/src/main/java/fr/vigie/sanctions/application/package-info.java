/**
 * The sanctions use cases: EJB facades guarded by roles, one transaction per act, each act audited
 * with its reason and kept in step with the legal clocks; the reaction to the inspections module's
 * event; the public register of published decisions; the anonymisation system task.
 * Defines the ports the persistence package implements for lists.
 */
package fr.vigie.sanctions.application;

/**
 * Use cases of the organisation directory: register and correct an organisation (audited), search
 * it, import the SIRENE stock file of legal units.
 */
package fr.vigie.platform.organisation.application;

/**
 * The organisation directory (issue 15): one record per organisation that the authority deals with,
 * its SIREN checked once, its group, its worldwide turnover per financial year and its contact;
 * preloaded from the SIRENE stock file of legal units. Other modules read it through
 * {@link fr.vigie.platform.api.organisation.OrganisationDirectory}.
 */
package fr.vigie.platform.organisation;

/**
 * Identifiers of organisations defined once for every module: the French SIREN of a legal unit and
 * the SIRET of one of its establishments, as INSEE defines them (Luhn check digit, La Poste's
 * establishments excepted). Modules never keep their own copy of these rules.
 */
package fr.vigie.platform.api.organisation;

/** The {@link fr.vigie.platform.organisation.domain.Organisation} aggregate and its value objects. */
package fr.vigie.platform.organisation.domain;

/**
 * The committee's pages (under {@code /committee/}): sessions and their agendas, a dossier's review
 * with the votes, the members' "my dossiers to review" and declarations of interest. Backing beans in
 * view scope talk to the application services; refusals land on the field they name.
 */
package fr.vigie.committee.web;

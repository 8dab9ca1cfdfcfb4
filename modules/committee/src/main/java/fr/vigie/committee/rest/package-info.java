/**
 * The committee over HTTP, under {@code /api/committee}: referrals (dossier instruction), the
 * secretary's sessions and agendas, the members' votes and declarations, the chair's casting vote.
 * Invalid input is a 400 listing the fields or a 422 naming the field a rule refused; a recused
 * member is answered 403; a concurrent change 409.
 */
package fr.vigie.committee.rest;

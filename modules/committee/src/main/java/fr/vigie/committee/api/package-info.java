/**
 * What other modules may use of the data-access committee. The dossiers module refers a dossier
 * for review through {@link fr.vigie.committee.api.CommitteeReferrals}; the committee answers
 * with a {@link fr.vigie.committee.api.CommitteeOpinionAdopted} CDI event once its reasoned
 * opinion is adopted. The committee never reads dossiers' data: everything it needs to show
 * members and to detect conflicts of interest travels in {@link fr.vigie.committee.api.DossierForReview}.
 */
package fr.vigie.committee.api;

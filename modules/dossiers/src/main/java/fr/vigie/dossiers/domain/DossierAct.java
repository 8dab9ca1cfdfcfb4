package fr.vigie.dossiers.domain;

/**
 * The acts a person does on a dossier, one per verb of {@link Dossier} reached from the file page
 * or the API. Which ones the dossier allows now is {@link Dossier#availableActs()}, computed by the
 * very rules that refuse the verbs ({@link DossierActRules}); pages and the API never decide it,
 * and who may do them is the application's business.
 *
 * <p>Not here: what the system records when its time comes — the committee's opinion, the tacit
 * opinion and authorisation, an incomplete application's lapse — which no page or endpoint offers.
 * Time-dependent rules (a permit expired too early, an extension asked too late, a tacit
 * authorisation already acquired) are checked by the verbs against the day of the act, as inputs
 * are: the act is offered, and refused with its reason if the day is wrong.
 */
public enum DossierAct {
    /** Change the answers of a draft or of an application declared incomplete ({@link Dossier#saveDraft}). */
    SAVE_DRAFT,
    SUBMIT,
    ATTACH,
    DECLARE_INCOMPLETE,
    DECLARE_COMPLETE,
    ESTIMATE_FEE,
    ACCEPT_FEE,
    WITHDRAW,
    EXTEND_DECISION,
    GRANT,
    REFUSE,
    PUBLISH_DECISION,
    RECORD_DELIVERY,
    RECORD_AVAILABILITY,
    AMEND_PERMIT,
    EXTEND_PERMIT,
    EXPIRE_PERMIT,
    CONFIRM_DELETION
}

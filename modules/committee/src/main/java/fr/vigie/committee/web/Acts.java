package fr.vigie.committee.web;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import org.primefaces.PrimeFaces;

/** Runs an act from a page: success message, or the refusal on its field; a conflict offers to reload. */
final class Acts {
    private Acts() {
    }

    /** @return true when the act succeeded; a conflict is reported through {@code onConflict} */
    static boolean run(String formId, Runnable act, Runnable onConflict) {
        try {
            act.run();
            UiMessages.info("act.done");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            return true;
        } catch (ConflictException e) {
            onConflict.run();
            UiMessages.refused(e, null);
        } catch (DomainException e) {
            UiMessages.refused(e, formId);
        }
        return false;
    }
}

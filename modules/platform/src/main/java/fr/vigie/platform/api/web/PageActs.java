package fr.vigie.platform.api.web;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import org.primefaces.PrimeFaces;

/**
 * Runs an act from a page the same way on every screen: on success a "done" message and the
 * {@code saved} callback parameter (dialogs close on it); on a refusal the message on its field and
 * the dialog stays open with what was typed; on a concurrent change the page is told so that it
 * offers to reload instead of overwriting.
 */
public final class PageActs {
    private final PageMessages messages;
    private final String doneKey;

    /**
     * @param messages the module's page messages
     * @param doneKey  the key of the module's "done" message
     */
    public PageActs(PageMessages messages, String doneKey) {
        this.messages = messages;
        this.doneKey = doneKey;
    }

    /**
     * @param formId     the form whose inputs receive field refusals
     * @param act        the act (a call to an application service)
     * @param onConflict what the page does when someone else changed the record meanwhile
     * @return true when the act succeeded (the page then reloads what it shows)
     */
    public boolean run(String formId, Runnable act, Runnable onConflict) {
        try {
            act.run();
        } catch (ConflictException e) {
            onConflict.run();
            messages.refused(e, null);
            return false;
        } catch (DomainException e) {
            messages.refused(e, formId);
            return false;
        }
        messages.info(doneKey);
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        return true;
    }
}

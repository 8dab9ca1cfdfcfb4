package fr.vigie.dossiers.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The public register (EHDS Art. 57(1)(j)), open to everyone without login: it shows only what
 * the law requires to be published (see {@link RegisterEntry}).
 */
@Stateless
@PermitAll
public class PublicRegister {
    @Inject
    DossierListQuery list;

    public RegisterPage page(int offset, int limit, String text) {
        return list.register(offset, limit, text);
    }
}

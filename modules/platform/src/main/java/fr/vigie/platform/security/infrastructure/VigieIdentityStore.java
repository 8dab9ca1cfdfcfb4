package fr.vigie.platform.security.infrastructure;

import fr.vigie.platform.security.application.LoginAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Users and roles from PostgreSQL; the roles become the caller's groups, mapped 1:1 to roles. */
@ApplicationScoped
public class VigieIdentityStore implements IdentityStore {
    @Inject
    private LoginAttempts loginAttempts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return loginAttempts
                .authenticate(upc.getCaller(), upc.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user.username(), user.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

package fr.vigie.platform.security.domain;

/** What an API token may do with the roles it carries: only read, or read and change. */
public enum TokenAccess {
    READ_ONLY,
    READ_WRITE;

    /** Whether a request with this HTTP method is allowed. */
    public boolean allows(String httpMethod) {
        return this == READ_WRITE
                || "GET".equals(httpMethod)
                || "HEAD".equals(httpMethod)
                || "OPTIONS".equals(httpMethod);
    }
}

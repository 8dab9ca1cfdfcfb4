package fr.vigie.archfixture.alpha.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Breaks "every resource declares its roles". */
@Path("unguarded")
public class UnguardedResource {
    @GET
    public String get() {
        return "anyone";
    }
}

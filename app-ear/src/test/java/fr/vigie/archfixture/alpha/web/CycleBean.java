package fr.vigie.archfixture.alpha.web;

import fr.vigie.archfixture.alpha.rest.CycleEndpoint;

/** With {@code CycleEndpoint}, breaks "no cycle between a module's packages": web and rest use each other. */
public class CycleBean {
    public String label() {
        return "bean";
    }

    public String endpointLabel() {
        return new CycleEndpoint().label();
    }
}

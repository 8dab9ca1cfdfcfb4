package fr.vigie.archfixture.alpha.rest;

import fr.vigie.archfixture.alpha.web.CycleBean;

/** The other half of the web/rest cycle (see {@code CycleBean}). */
public class CycleEndpoint {
    public String label() {
        return "endpoint";
    }

    public String beanLabel() {
        return new CycleBean().label();
    }
}

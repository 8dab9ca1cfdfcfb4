package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.Stamp;
import java.util.List;

/** Stores batches of SIRENE units in the current transaction (implemented in persistence). */
public interface SireneStore {
    SireneBatchWriter.Written write(List<SireneUnit> batch, Stamp stamp);
}

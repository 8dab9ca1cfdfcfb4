package fr.vigie.platform.organisation.persistence;

import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.organisation.application.SireneBatchWriter;
import fr.vigie.platform.organisation.application.SireneUnit;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores a batch of SIRENE units in one statement: new SIRENs are inserted, known ones updated only
 * when a register field differs (their version then moves on), equal ones left untouched — which
 * makes a second import of the same file write nothing. The fields a person keeps (contact, group,
 * turnover) are never touched by the register. Plain JDBC on a given connection, so that the
 * benchmark runs exactly this statement.
 */
public final class SireneUpsert {
    static final String SQL = "INSERT INTO platform.organisation AS o (siren, head_office_siret, name, legal_form, naf,"
            + " country, active, partly_public, source, created_at, created_by, updated_at, updated_by)"
            + " SELECT u.siren, u.siret, u.name, u.legal_form, u.naf, 'FR', u.active, u.partly_public, 'SIRENE',"
            + " ?, ?, ?, ?"
            + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::boolean[])"
            + " AS u(siren, siret, name, legal_form, naf, active, partly_public)"
            + " ON CONFLICT (siren) DO UPDATE SET head_office_siret = excluded.head_office_siret,"
            + " name = excluded.name, legal_form = excluded.legal_form, naf = excluded.naf,"
            + " active = excluded.active, partly_public = excluded.partly_public,"
            + " updated_at = excluded.updated_at, updated_by = excluded.updated_by, version = o.version + 1"
            + " WHERE (o.head_office_siret, o.name, o.legal_form, o.naf, o.active, o.partly_public)"
            + " IS DISTINCT FROM (excluded.head_office_siret, excluded.name, excluded.legal_form, excluded.naf,"
            + " excluded.active, excluded.partly_public)"
            + " RETURNING (xmax = 0) AS inserted, o.id";

    private SireneUpsert() {}

    /** A writer storing each batch on {@code connection} (the caller owns its transaction). */
    public static SireneBatchWriter on(Connection connection, Stamp stamp) {
        return batch -> write(connection, batch, stamp);
    }

    public static SireneBatchWriter.Written write(Connection c, List<SireneUnit> batch, Stamp stamp) {
        int n = batch.size();
        String[] sirens = new String[n];
        String[] sirets = new String[n];
        String[] names = new String[n];
        String[] legalForms = new String[n];
        String[] nafs = new String[n];
        Boolean[] active = new Boolean[n];
        Boolean[] partlyPublic = new Boolean[n];
        for (int i = 0; i < n; i++) {
            SireneUnit u = batch.get(i);
            sirens[i] = u.siren();
            sirets[i] = u.headOfficeSiret();
            names[i] = u.name();
            legalForms[i] = u.legalForm();
            nafs[i] = u.naf();
            active[i] = u.active();
            partlyPublic[i] = u.partlyPublic();
        }
        Timestamp at = Timestamp.from(stamp.at());
        try (PreparedStatement s = c.prepareStatement(SQL)) {
            s.setTimestamp(1, at);
            s.setString(2, stamp.actor());
            s.setTimestamp(3, at);
            s.setString(4, stamp.actor());
            Array[] arrays = {
                c.createArrayOf("text", sirens),
                c.createArrayOf("text", sirets),
                c.createArrayOf("text", names),
                c.createArrayOf("text", legalForms),
                c.createArrayOf("text", nafs),
                c.createArrayOf("boolean", active),
                c.createArrayOf("boolean", partlyPublic)
            };
            for (int i = 0; i < arrays.length; i++) {
                s.setArray(5 + i, arrays[i]);
            }
            int inserted = 0;
            Set<Long> updated = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(1)) {
                        inserted++;
                    } else {
                        updated.add(rs.getLong(2));
                    }
                }
            }
            return new SireneBatchWriter.Written(inserted, updated.size(), updated);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "SIRENE batch from line " + batch.get(0).line() + " not stored", e);
        }
    }
}

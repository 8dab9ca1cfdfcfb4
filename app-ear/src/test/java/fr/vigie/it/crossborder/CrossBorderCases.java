package fr.vigie.it.crossborder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Cross-border cases driven through {@code /api/cross-border-cases}, for the integration and browser tests. */
public final class CrossBorderCases {
    private CrossBorderCases() {}

    /** An organisation name no earlier run used, so that no transmitted complaint joins the test's case. */
    public static String uniqueOrganisation() {
        return "Plateforme transfrontalière " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + " Ltd";
    }

    /** Opens a case as {@code user}, led by {@code lead}, and returns its file. */
    public static JsonObject open(String user, String openedOn, String lead, String organisation) {
        Api.Reply r = Api.as(user)
                .postJson(
                        "cross-border-cases",
                        "{\"openedOn\":\"" + openedOn + "\",\"lead\":\"" + lead + "\",\"organisationName\":\""
                                + organisation + "\",\"reason\":\"Saisine d'office\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** Does an act with the version of {@code file} and returns the file after it. */
    public static JsonObject act(
            String user, JsonObject file, String act, String date, String authority, String reason) {
        Api.Reply r = tryAct(user, file, act, date, authority, reason);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    public static Api.Reply tryAct(
            String user, JsonObject file, String act, String date, String authority, String reason) {
        StringBuilder body = new StringBuilder("{\"version\":")
                .append(file.getJsonNumber("version").longValue());
        if (date != null) {
            body.append(",\"date\":\"").append(date).append('"');
        }
        if (authority != null) {
            body.append(",\"authority\":\"").append(authority).append('"');
        }
        if (reason != null) {
            body.append(",\"reason\":\"").append(reason).append('"');
        }
        body.append('}');
        return Api.as(user)
                .postJson("cross-border-cases/" + file.getString("reference") + "/acts/" + act, body.toString());
    }

    /** The case's clock of {@code policy}, if any. */
    public static Optional<JsonObject> clock(JsonObject file, String policy) {
        return file.getJsonArray("clocks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> policy.equals(c.getString("policyCode")))
                .findFirst();
    }
}

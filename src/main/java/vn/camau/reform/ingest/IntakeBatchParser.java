package vn.camau.reform.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Splits a request body into its dossier and event records: {@code {"dossiers": [...], "events": [...]}}.
 * Broken JSON, a body of another shape, an element that is not an object and a field the contract
 * does not know (a misspelt {@code recievedAt} would otherwise be silently dropped) are errors.
 */
final class IntakeBatchParser {

    static final String DOSSIERS = "dossiers";
    static final String EVENTS = "events";

    /** The records of a batch, in their lists. */
    record Parsed(List<JsonRecord> dossiers, List<JsonRecord> events) {
        int size() {
            return dossiers.size() + events.size();
        }
    }

    private static final Set<String> DOSSIER_FIELDS = Set.copyOf(DossierFields.DOSSIER);
    private static final Set<String> EVENT_FIELDS = Set.copyOf(DossierFields.EVENT);

    private IntakeBatchParser() {
    }

    /** Null when the body is not a batch at all (the error says why). */
    static Parsed parse(JsonMapper json, byte[] body, IntakeErrors errors, int maxRecords) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            errors.add("batch", 0, null, "intake.error.brokenJson",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
            return null;
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            errors.add("batch", 0, null, "intake.error.notBatch");
            return null;
        }
        for (String name : root.propertyNames()) {
            if (!name.equals(DOSSIERS) && !name.equals(EVENTS)) {
                errors.add("batch", 0, name, "intake.error.unknownField", name);
            }
        }
        List<JsonRecord> dossiers = records(root, DOSSIERS, DOSSIER_FIELDS, errors);
        List<JsonRecord> events = records(root, EVENTS, EVENT_FIELDS, errors);
        if (dossiers == null || events == null) {
            return null;
        }
        if (dossiers.isEmpty() && events.isEmpty() && errors.isEmpty()) {
            errors.add("batch", 0, null, "intake.error.emptyBatch");
        }
        if (dossiers.size() + events.size() > maxRecords) {
            throw new IntakeTooLarge(dossiers.size() + events.size(), maxRecords);
        }
        return new Parsed(dossiers, events);
    }

    private static List<JsonRecord> records(JsonNode root, String list, Set<String> known, IntakeErrors errors) {
        JsonNode array = root.get(list);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            errors.add("batch", 0, list, "intake.error.notArray", list);
            return null;
        }
        List<JsonRecord> records = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                errors.add(list, i, null, "intake.error.notObject");
                continue;
            }
            JsonRecord record = new JsonRecord(errors, list, i, node);
            Set<String> reported = new HashSet<>();
            for (String name : node.propertyNames()) {
                if (!known.contains(name) && reported.add(name)) {
                    record.error(name, "intake.error.unknownField", name);
                }
            }
            records.add(record);
        }
        return records;
    }
}

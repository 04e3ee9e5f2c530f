package vn.camau.reform.dashboard.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The indicators answer's JSON, kept by everything it is made of: the answer is a function of the breakdown,
 * the units below and the day it is taken at (all records, compared by value), so an equal answer has the
 * same JSON, and writing the province's sixty-odd rows once per change of figures rather than once per
 * request saves most of what Jackson cost. Nothing here decides freshness or scope: the figures are as new
 * and as scoped as the breakdown handed in, and a breakdown that differs in anything is written afresh.
 * Bounded: the least recently asked for goes first.
 */
@Component
class IndicatorsJson {

    private final JsonMapper json;
    private final int capacity;
    private final Map<Key, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true);

    IndicatorsJson(JsonMapper json, @Value("${app.api.indicators-json-kept:32}") int capacity) {
        this.json = json;
        this.capacity = capacity;
    }

    /** The answer's hash, taken once and outside the lock (sixty-odd rows of figures). */
    private record Key(IndicatorReads.Answer answer, int hash) {

        Key(IndicatorReads.Answer answer) {
            this(answer, answer.hashCode());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && answer.equals(k.answer);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    byte[] of(IndicatorReads.Answer answer) {
        Key key = new Key(answer);
        synchronized (kept) {
            byte[] found = kept.get(key);
            if (found != null) {
                return found;
            }
        }
        byte[] body = json.writeValueAsBytes(IndicatorsResponse.of(answer.breakdown(), answer.children(),
                answer.asOf()));
        synchronized (kept) {
            kept.put(key, body);
            if (kept.size() > capacity) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return body;
    }
}

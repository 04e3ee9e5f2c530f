package vn.camau.reform.demo.generator;

import java.util.List;

/** The reference data the generator draws from: units (current and former) and the catalogue. */
public record DemoReference(List<DemoUnit> units, List<DemoProcedure> procedures) {

    public DemoUnit unit(long id) {
        return units.stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No unit " + id));
    }
}

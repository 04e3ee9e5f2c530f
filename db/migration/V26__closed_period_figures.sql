-- The generation of closed periods' figures (README "Benchmark: indicators"). A node keeps the figures of a
-- period that is over in memory, keyed by this counter; every write that changes such a period (a back-dated
-- dossier or event, a bulk import, the demo load, a back-dated hotline report, a settings change) raises it
-- in its own transaction, so every node drops what it kept on its next read.
INSERT INTO change_version (name, version) VALUES ('closed_figures', 1);

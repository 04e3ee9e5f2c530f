-- The version of every figure a running period shows (README "Benchmark: indicators"). A node keeps the
-- running period's figures in memory under it, and every transaction that writes a table those figures read
-- raises it just before it commits (FigureWrites, a jOOQ listener; the bulk loads through ClosedFigures), so
-- the next request on any node computes them again from what was committed.
INSERT INTO change_version (name, version) VALUES ('running_figures', 1);

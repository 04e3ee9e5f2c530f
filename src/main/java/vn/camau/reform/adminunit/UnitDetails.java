package vn.camau.reform.adminunit;

import java.util.List;

/** A unit with its parent and its place in the 2025 reorganisation. */
public record UnitDetails(ReportUnit unit, String parentName, List<LineageLink> predecessors,
                          List<LineageLink> successors) {
}

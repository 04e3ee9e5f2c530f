package vn.camau.reform.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import vn.camau.reform.security.Permission;

/**
 * A unit's name is a link to its figures for READ_UNIT_FIGURES (NameLinks); the overview's route lets in
 * its own @RolesAllowed. If the two differ, a link sends someone to "access denied" or hides a way through.
 */
class OverviewAccessTest {

    @Test
    void theUnitFiguresPermissionIsExactlyWhoTheOverviewLetsIn() {
        String[] allowed = OverviewView.class.getAnnotation(RolesAllowed.class).value();
        assertThat(Permission.READ_UNIT_FIGURES.roleNames()).containsExactlyInAnyOrder(allowed);
        assertThat(Arrays.asList(allowed)).isNotEmpty();
    }
}

package vn.camau.reform.hotline.ui;

import java.util.Optional;

import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.Role;

/**
 * What the screens offer each role (DOMAIN §7): inspectors and leaders work reports, leaders
 * conclude them, auditors only read. The service checks every step again; this only decides which
 * buttons to show, so nobody is offered a step that will be refused.
 */
record HotlineAccess(boolean works, boolean leads, boolean inspects) {

    static HotlineAccess of(Optional<AppUser> user) {
        return user.map(u -> {
            boolean inspects = u.hasRole(Role.INSPECTOR) || u.hasRole(Role.INSPECTION_LEADER);
            boolean leads = u.hasRole(Role.INSPECTION_LEADER) || u.hasRole(Role.PROVINCE_LEADER)
                    || u.hasRole(Role.UNIT_LEADER);
            return new HotlineAccess(inspects || leads, leads, inspects);
        }).orElse(new HotlineAccess(false, false, false));
    }
}

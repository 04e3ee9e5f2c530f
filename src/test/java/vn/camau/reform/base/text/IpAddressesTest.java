package vn.camau.reform.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpAddressesTest {

    @Test
    void ipv6IsShownInItsShortFormAndEverythingElseAsItCame() {
        assertThat(IpAddresses.shown("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(IpAddresses.shown("2001:0DB8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
        assertThat(IpAddresses.shown("2001:db8:0:0:1:0:0:1")).as("the first of two equal runs").isEqualTo("2001:db8::1:0:0:1");
        assertThat(IpAddresses.shown("2001:db8:0:1:1:1:1:1")).as("a single zero group stays").isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(IpAddresses.shown("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
        assertThat(IpAddresses.shown("0:0:0:0:0:0:0:0")).isEqualTo("::");
        assertThat(IpAddresses.shown("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(IpAddresses.shown("::1")).isEqualTo("::1");
        assertThat(IpAddresses.shown("fe80:0:0:0:0:0:0:1%eth0")).isEqualTo("fe80:0:0:0:0:0:0:1%eth0");
        assertThat(IpAddresses.shown(null)).isNull();
    }
}

package slotbot.app.webchat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatAddressTest {

    @Test
    void anIpv6AddressCountsByItsSlash64AndAnIpv4ByItself() {
        assertThat(ChatAddress.key("2001:db8:1:2:aaaa::1")).isEqualTo(ChatAddress.key("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
        assertThat(ChatAddress.key("2001:db8:1:2::1")).isNotEqualTo(ChatAddress.key("2001:db8:1:3::1"));
        assertThat(ChatAddress.key("[2001:db8:1:2::1%eth0]")).isEqualTo(ChatAddress.key("2001:db8:1:2::2"));
        assertThat(ChatAddress.key("::ffff:192.0.2.1")).isEqualTo(ChatAddress.key("192.0.2.1"));
        assertThat(ChatAddress.key("192.0.2.1")).isNotEqualTo(ChatAddress.key("192.0.2.2"));
    }

    @Test
    void keepsNoAddressOnlyAFixedLengthHash() {
        assertThat(ChatAddress.key("192.0.2.1")).hasSize(64).doesNotContain("192");
        assertThat(ChatAddress.key("not an address: at all")).hasSize(64);
        assertThat(ChatAddress.key(null)).hasSize(64);
    }
}

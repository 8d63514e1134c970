package slotbot.app.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Utf8TextTest {

    @Test
    void decodesUtf8AndDropsALeadingByteOrderMark() {
        assertThat(Utf8Text.decode("Борода 😀".getBytes(StandardCharsets.UTF_8))).isEqualTo("Борода 😀");
        assertThat(Utf8Text.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'})).isEqualTo("a");
        assertThat(Utf8Text.decode(new byte[0])).isEmpty();
    }

    @Test
    void refusesUtf16WithTheOffsetOfTheFirstBadByte() {
        Utf8Text.NotUtf8 e = catchThrowableOfType(Utf8Text.NotUtf8.class,
                () -> Utf8Text.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'c', 0}));

        assertThat(e.offset()).isZero();
        assertThat(e).hasMessage("not valid UTF-8 at byte 0 (0xFF)");
    }

    @Test
    void refusesLatin1OverlongFormsAndEncodedSurrogatesWhereTheyStart() {
        byte[] latin1 = "ok: Café".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(catchThrowableOfType(Utf8Text.NotUtf8.class, () -> Utf8Text.decode(latin1)).offset()).isEqualTo(7);
        byte[] overlongSlash = {'a', (byte) 0xC0, (byte) 0xAF};
        assertThat(catchThrowableOfType(Utf8Text.NotUtf8.class, () -> Utf8Text.decode(overlongSlash)).offset()).isEqualTo(1);
        byte[] surrogate = {'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThat(catchThrowableOfType(Utf8Text.NotUtf8.class, () -> Utf8Text.decode(surrogate)).offset()).isEqualTo(2);
        byte[] cutShort = {'a', (byte) 0xD0};
        assertThat(catchThrowableOfType(Utf8Text.NotUtf8.class, () -> Utf8Text.decode(cutShort)).offset()).isEqualTo(1);
    }
}

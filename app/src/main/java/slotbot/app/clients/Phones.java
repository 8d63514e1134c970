package slotbot.app.clients;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import slotbot.app.SettingRefused;
import slotbot.app.errors.BadInput;

import java.util.Optional;

/**
 * How the app reads a phone number: by libphonenumber, a number without a country code in the region of
 * {@code slotbot.phone-region} (so {@code 8 (900) 123-45-67} is {@code +79001234567} in RU), kept in E.164.
 * A number that is not a valid one of its country does not read.
 */
public final class Phones {

    static final String EXAMPLE = "+79001234567 or 8 (900) 123-45-67";
    /** Longer than any number written with spaces, brackets and dashes; what is longer is not a phone. */
    private static final int MAX_TEXT = 40;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String region;

    public Phones(String region) {
        String upper = region == null ? "" : region.strip().toUpperCase(java.util.Locale.ROOT);
        if (!PHONES.getSupportedRegions().contains(upper)) {
            throw new SettingRefused("slotbot.phone-region: expected a two-letter region such as RU or DE, got \"" + region + "\"");
        }
        this.region = upper;
    }

    /** The number in E.164, or empty when the text does not read as a valid phone number. */
    public Optional<String> e164(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(text.strip(), region);
            return PHONES.isValidNumber(number) ? Optional.of(PHONES.format(number, PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The number in E.164.
     *
     * @throws BadInput naming the field (which names the phone) when the text does not read
     */
    public String require(String field, String text) {
        return e164(text).orElseThrow(() -> new BadInput(field + ": expected a phone number such as " + EXAMPLE + ", got "
                + (text == null ? "nothing" : "\"" + (text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text) + "\"")));
    }
}

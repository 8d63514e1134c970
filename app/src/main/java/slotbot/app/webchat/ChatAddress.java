package slotbot.app.webchat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The key a client's address is counted under: a SHA-256 hash, so that the table holds no
 * addresses. An IPv6 address counts by its /64 network, because one home or server is handed a
 * whole /64 and could otherwise open conversations from a new address each time.
 */
final class ChatAddress {

    /** Hex digits, colons and dots only, starting with a hex digit or a colon: Java parses it as a literal, never asks DNS. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private ChatAddress() {
    }

    static String key(String remoteAddr) {
        return sha256(network(remoteAddr == null ? "" : remoteAddr.strip()));
    }

    /** The /64 of an IPv6 literal, or the address as given (IPv4, or whatever a proxy handed on). */
    static String network(String address) {
        String literal = address.replaceFirst("^\\[(.*)]$", "$1").replaceFirst("%.*$", "");
        if (!IPV6_LITERAL.matcher(literal).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

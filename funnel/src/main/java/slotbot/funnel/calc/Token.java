package slotbot.funnel.calc;

/**
 * One lexeme with its place. {@code offset} and {@code end} count code points from the start of
 * the source, so the parser can measure a statement; an ERROR token carries its message as the
 * literal.
 */
record Token(TokenType type, String lexeme, Object literal, int line, int column, int offset, int end) {

    boolean is(TokenType other) {
        return type == other;
    }
}

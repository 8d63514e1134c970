package slotbot.funnel.calc;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Turns calculator source into tokens. It never fails: a bad character, an unterminated string
 * or comment becomes an ERROR token whose literal is the message, and the parser reports it.
 * Works on code points so that columns count Cyrillic letters and emoji as one character.
 *
 * <p>{@code #{…}} is a substitution, in code and inside texts. In code it becomes SUBST_OPEN, the
 * tokens of its content, SUBST_CLOSE. A text holding one is cut into pieces: TEMPLATE_HEAD (the
 * text before it), the substitution's tokens, then TEMPLATE_PART before the next one or
 * TEMPLATE_TAIL at the closing quote. So what a substitution holds is always parsed from the bot's
 * own source, and a variable's value is never read as code.
 */
final class Lexer {

    /** What an open bracket of the line is: a dictionary's brace, a substitution, or a text with substitutions. */
    private enum Frame { BRACE, SUBST, TEXT }

    private static final int MAX_NUMBER_DIGITS = 100;
    private static final Map<String, TokenType> KEYWORDS = Map.of(
            "and", TokenType.AND, "AND", TokenType.AND,
            "or", TokenType.OR, "OR", TokenType.OR,
            "not", TokenType.NOT, "NOT", TokenType.NOT,
            "True", TokenType.TRUE, "False", TokenType.FALSE, "None", TokenType.NONE);

    private final int[] source;
    private final List<Token> tokens = new ArrayList<>();
    private int start;
    private int current;
    private int line = 1;
    private int lineStart;
    private int startLine;
    private int startColumn;
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** The quote of each open text with substitutions, innermost first. */
    private final Deque<Integer> quotes = new ArrayDeque<>();

    Lexer(String source) {
        this.source = source.codePoints().toArray();
    }

    List<Token> scan() {
        while (!atEnd()) {
            mark();
            if (frames.peek() == Frame.TEXT) {
                textPiece();
            } else {
                scanToken();
            }
        }
        mark();
        if (frames.contains(Frame.TEXT)) {
            error("Unterminated string.");
        }
        start = current;
        startLine = line;
        startColumn = current - lineStart + 1;
        add(TokenType.EOF, null);
        return tokens;
    }

    private void mark() {
        start = current;
        startLine = line;
        startColumn = current - lineStart + 1;
    }

    private void scanToken() {
        int c = advance();
        switch (c) {
            case '(' -> add(TokenType.LEFT_PAREN, null);
            case ')' -> add(TokenType.RIGHT_PAREN, null);
            case '[' -> add(TokenType.LEFT_BRACKET, null);
            case ']' -> add(TokenType.RIGHT_BRACKET, null);
            case '{' -> open(Frame.BRACE, TokenType.LEFT_BRACE);
            case '}' -> close();
            case ',' -> add(TokenType.COMMA, null);
            case ':' -> add(TokenType.COLON, null);
            case '+' -> add(TokenType.PLUS, null);
            case '-' -> add(TokenType.MINUS, null);
            case '%' -> add(TokenType.PERCENT, null);
            case '^' -> add(TokenType.POWER, null);
            case '*' -> add(match('*') ? TokenType.POWER : TokenType.STAR, null);
            case '/' -> slashOrComment();
            case '=' -> add(match('=') ? TokenType.EQUAL_EQUAL : TokenType.EQUAL, null);
            case '!' -> add(match('=') ? TokenType.BANG_EQUAL : TokenType.BANG, null);
            case '<' -> add(match('=') ? TokenType.LESS_EQUAL : TokenType.LESS, null);
            case '>' -> add(match('=') ? TokenType.GREATER_EQUAL : TokenType.GREATER, null);
            case '&' -> doubled('&', TokenType.AND, "Unexpected character '&'. Use '&&' or 'and'.");
            case '|' -> doubled('|', TokenType.OR, "Unexpected character '|'. Use '||' or 'or'.");
            case '#' -> substitution();
            case '\n' -> newline();
            case '"', '\'' -> text(c);
            default -> other(c);
        }
    }

    private void other(int c) {
        if (isDigit(c)) {
            number();
        } else if (isNameStart(c)) {
            identifier();
        } else if (!isBlank(c)) {
            error("Unexpected character '" + Character.toString(c) + "'.");
        }
    }

    private void slashOrComment() {
        if (!match('*')) {
            add(TokenType.SLASH, null);
            return;
        }
        while (!atEnd() && !(peek() == '*' && peekNext() == '/')) {
            if (advance() == '\n') {
                nextLine();
            }
        }
        if (atEnd()) {
            error("Unterminated comment.");
            return;
        }
        current += 2;
    }

    private void doubled(int second, TokenType type, String message) {
        if (match(second)) {
            add(type, null);
        } else {
            error(message);
        }
    }

    private void substitution() {
        if (!match('{')) {
            error("Unexpected character '#'. Write a variable as #{name}.");
            return;
        }
        open(Frame.SUBST, TokenType.SUBST_OPEN);
    }

    private void open(Frame frame, TokenType type) {
        frames.push(frame);
        add(type, null);
    }

    /** A '}' closes the innermost brace or substitution; after a substitution inside a text, the text goes on. */
    private void close() {
        Frame frame = frames.isEmpty() ? Frame.BRACE : frames.pop();
        add(frame == Frame.SUBST ? TokenType.SUBST_CLOSE : TokenType.RIGHT_BRACE, null);
    }

    /** A statement ends with its line: whatever is still open on it is closed, and a text left open is an error. */
    private void newline() {
        if (frames.contains(Frame.TEXT)) {
            error("Unterminated string.");
        }
        frames.clear();
        quotes.clear();
        add(TokenType.NEWLINE, null);
        nextLine();
    }

    private void nextLine() {
        line++;
        lineStart = current;
    }

    /** A quoted text: one STRING token, or pieces around its substitutions. */
    private void text(int quote) {
        StringBuilder text = new StringBuilder();
        boolean end = piece(quote, text);
        if (end) {
            add(TokenType.STRING, text.toString());
        } else if (!atEnd() && peek() != '\n') {
            frames.push(Frame.TEXT);
            quotes.push(quote);
            add(TokenType.TEMPLATE_HEAD, text.toString());
            mark();
            current += 2;
            open(Frame.SUBST, TokenType.SUBST_OPEN);
        } else {
            error("Unterminated string.");
        }
    }

    /** The text after a substitution, up to the next one (TEMPLATE_PART) or the closing quote (TEMPLATE_TAIL). */
    private void textPiece() {
        int quote = quotes.peek();
        StringBuilder text = new StringBuilder();
        if (piece(quote, text)) {
            frames.pop();
            quotes.pop();
            add(TokenType.TEMPLATE_TAIL, text.toString());
        } else if (!atEnd() && peek() != '\n') {
            add(TokenType.TEMPLATE_PART, text.toString());
            mark();
            current += 2;
            open(Frame.SUBST, TokenType.SUBST_OPEN);
        } else {
            frames.clear();
            quotes.clear();
            error("Unterminated string.");
        }
    }

    /**
     * Reads a text up to its closing quote (consumed: true) or to a substitution that closes on this
     * line (left unread: false). False with the end of line or input next means the text never closed.
     */
    private boolean piece(int quote, StringBuilder text) {
        while (!atEnd() && peek() != '\n') {
            int c = peek();
            if (c == quote) {
                advance();
                return true;
            }
            if (c == '#' && peekNext() == '{' && Placeholders.closesOnLine(source, current + 2)) {
                return false;
            }
            advance();
            if (c == '\\' && !atEnd() && peek() != '\n') {
                escape(text, advance());
            } else {
                text.appendCodePoint(c);
            }
        }
        return false;
    }

    /** Known escapes become their character; any other keeps its backslash, so '\d' stays a regex. */
    private static void escape(StringBuilder text, int c) {
        switch (c) {
            case 'n' -> text.append('\n');
            case 't' -> text.append('\t');
            case 'r' -> text.append('\r');
            case '\\', '\'', '"', '#' -> text.appendCodePoint(c);
            default -> text.append('\\').appendCodePoint(c);
        }
    }

    private void number() {
        while (isDigit(peek())) {
            advance();
        }
        if (peek() == '.' && isDigit(peekNext())) {
            advance();
            while (isDigit(peek())) {
                advance();
            }
        }
        if (isNameStart(peek())) {
            name();
            error("Variable names cannot start with a digit.");
        } else if (current - start > MAX_NUMBER_DIGITS) {
            error("Number is too long: at most " + MAX_NUMBER_DIGITS + " digits.");
        } else {
            add(TokenType.NUMBER, new BigDecimal(text()));
        }
    }

    private void identifier() {
        current = start;
        String name = name();
        TokenType keyword = KEYWORDS.get(name);
        add(keyword == null ? TokenType.IDENTIFIER : keyword, keyword == null ? name : null);
    }

    /** Letters, digits and '_', with dots joining parts: project.name is one variable name. */
    private String name() {
        int from = current;
        while (isNamePart(peek()) || (peek() == '.' && isNameStart(peekNext()))) {
            advance();
        }
        return new String(source, from, current - from);
    }

    private void error(String message) {
        add(TokenType.ERROR, message);
    }

    private void add(TokenType type, Object literal) {
        tokens.add(new Token(type, text(), literal, startLine, startColumn, start, current));
    }

    private String text() {
        return new String(source, start, current - start);
    }

    private boolean match(int expected) {
        if (peek() != expected) {
            return false;
        }
        current++;
        return true;
    }

    private int advance() {
        return source[current++];
    }

    private int peek() {
        return atEnd() ? -1 : source[current];
    }

    private int peekNext() {
        return current + 1 >= source.length ? -1 : source[current + 1];
    }

    private boolean atEnd() {
        return current >= source.length;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(int c) {
        return c == '_' || (c >= 0 && Character.isLetter(c));
    }

    private static boolean isNamePart(int c) {
        return isNameStart(c) || isDigit(c);
    }

    /** Spaces, tabs, carriage returns and the no-break spaces that come with copy and paste. */
    private static boolean isBlank(int c) {
        return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF');
    }
}

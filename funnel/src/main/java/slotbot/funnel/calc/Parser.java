package slotbot.funnel.calc;

import static slotbot.funnel.calc.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recursive descent, one method per grammar rule, lowest precedence first (see docs/calculator.md).
 * Errors are collected; after one the parser skips to the next line, so an author sees every
 * broken line at once. Nesting and statement length are bounded while parsing, so no input can
 * overflow the stack of this parser or of the stages after it.
 */
final class Parser {

    private static final int MAX_ARGUMENTS = 255;
    /**
     * What may follow {@code name =} unquoted and be taken as text, as the builder takes
     * {@code date_D = 10.10.2021} or {@code интерес = Первичное жилье}: no brackets, quotes,
     * substitutions or operators, so a mistyped expression is still reported as one.
     */
    private static final Pattern PLAIN_TEXT = Pattern.compile("[^()\\[\\]{}\"'#=<>*^%&|\\\\/+]+");

    private static final class ParseError extends RuntimeException {
        ParseError() {
            super(null, null, false, false);
        }
    }

    private record Target(Token name, Expr.DynamicVariable dynamic, List<Expr> keys) {
    }

    private final List<Token> tokens;
    private final int[] source;
    private final Limits limits;
    private final List<Diagnostic> errors = new ArrayList<>();
    private int current;
    private int depth;
    private Token statementStart;

    Parser(List<Token> tokens, String source, Limits limits) {
        this.tokens = tokens;
        this.source = source.codePoints().toArray();
        this.limits = limits;
    }

    List<Diagnostic> errors() {
        return errors;
    }

    // program → ( statement? NEWLINE )* EOF
    List<Stmt> program() {
        List<Stmt> statements = new ArrayList<>();
        while (!atEnd()) {
            if (raw().is(NEWLINE)) {
                current++;
            } else {
                line(statements);
            }
        }
        return statements;
    }

    /** A whole input that must be exactly one expression: arrow conditions, templates. */
    Expr singleExpression() {
        skipNewlines();
        try {
            begin();
            Expr expr = expression();
            skipNewlines();
            if (!atEnd()) {
                throw error(peek(), peek().is(EQUAL) ? "Expect '==' to compare, not '='." : "Expect end of expression.");
            }
            return expr;
        } catch (ParseError e) {
            return null;
        }
    }

    private void line(List<Stmt> statements) {
        int from = current;
        int reported = errors.size();
        try {
            begin();
            Stmt stmt = statement();
            if (!atEnd() && !raw().is(NEWLINE)) {
                throw error(peek(), "Expect end of line after expression.");
            }
            statements.add(stmt);
        } catch (ParseError e) {
            List<Diagnostic> found = new ArrayList<>(errors.subList(reported, errors.size()));
            errors.subList(reported, errors.size()).clear();
            current = from;
            Stmt text = found.stream().anyMatch(d -> d.message().startsWith("Expression is")) ? null : plainText();
            if (text != null) {
                statements.add(text);
            } else {
                errors.addAll(found);
            }
            synchronize();
        }
    }

    /**
     * {@code name = text without quotes}: a line that does not parse as code but assigns plain text
     * (see {@link #PLAIN_TEXT}) sets the text, as the builder does. Null when the line is not such.
     */
    private Stmt plainText() {
        int reported = errors.size();
        try {
            begin();
            Target target = target(postfix());
            Token equals = consume(EQUAL, "Expect '='.");
            int end = lineEnd();
            String text = new String(source, equals.end(), end - equals.end());
            int comment = text.indexOf("/*");
            text = (comment >= 0 ? text.substring(0, comment) : text).strip();
            if (target == null || text.isEmpty() || !PLAIN_TEXT.matcher(text).matches()) {
                return null;
            }
            Token first = raw();
            Expr value = new Expr.Literal(new Token(STRING, text, text, first.line(), first.column(), first.offset(), end), text);
            return target.keys().isEmpty() ? new Stmt.Assign(target.name(), target.dynamic(), value)
                    : new Stmt.SetItem(target.name(), target.dynamic(), target.keys(), value);
        } catch (ParseError e) {
            return null;
        } finally {
            errors.subList(reported, errors.size()).clear();
        }
    }

    /** Where the current line ends, in code points: its NEWLINE or the end of the code. */
    private int lineEnd() {
        int i = current;
        while (!tokens.get(i).is(NEWLINE) && !tokens.get(i).is(EOF)) {
            i++;
        }
        return tokens.get(i).offset();
    }

    // statement → "del" target | target "=" expression | expression
    private Stmt statement() {
        if (peek().is(IDENTIFIER) && "del".equals(peek().lexeme()) && next().is(IDENTIFIER)) {
            return deletion();
        }
        Expr expr = expression();
        if (match(EQUAL)) {
            return assignment(expr, previous());
        }
        return new Stmt.Evaluate(expr);
    }

    private Stmt deletion() {
        Token keyword = advance();
        Target target = target(postfix());
        if (target == null) {
            throw error(keyword, "Expect a variable or an item after 'del'.");
        }
        return new Stmt.Delete(target.name(), target.dynamic(), target.keys());
    }

    private Stmt assignment(Expr left, Token equals) {
        Target target = target(left);
        if (target == null) {
            throw error(equals, "Invalid assignment target: write name = value or name[key] = value.");
        }
        if (raw().is(NEWLINE) || raw().is(EOF)) {
            // "name =" with nothing after it clears the variable, as in the builder.
            return new Stmt.Delete(target.name(), target.dynamic(), target.keys());
        }
        Expr value = expression();
        if (target.keys().isEmpty()) {
            return new Stmt.Assign(target.name(), target.dynamic(), value);
        }
        return new Stmt.SetItem(target.name(), target.dynamic(), target.keys(), value);
    }

    /** name[k1][k2] as the name and its keys, outermost first; null for anything else. */
    private static Target target(Expr expr) {
        List<Expr> keys = new ArrayList<>();
        while (expr instanceof Expr.Index index) {
            keys.add(0, index.key());
            expr = index.target();
        }
        if (expr instanceof Expr.Variable variable) {
            return new Target(variable.token(), null, List.copyOf(keys));
        }
        return expr instanceof Expr.DynamicVariable dynamic ? new Target(dynamic.token(), dynamic, List.copyOf(keys)) : null;
    }

    // expression → or
    private Expr expression() {
        enter();
        try {
            return or();
        } finally {
            depth--;
        }
    }

    // or → and ( ( "or" | "OR" | "||" ) and )*
    private Expr or() {
        Expr expr = and();
        while (match(OR)) {
            Token operator = previous();
            expr = new Expr.Logical(expr, operator, and());
        }
        return expr;
    }

    // and → not ( ( "and" | "AND" | "&&" ) not )*
    private Expr and() {
        Expr expr = not();
        while (match(AND)) {
            Token operator = previous();
            expr = new Expr.Logical(expr, operator, not());
        }
        return expr;
    }

    // not → ( "not" | "!" ) not | comparison
    private Expr not() {
        if (!match(NOT, BANG)) {
            return comparison();
        }
        Token operator = previous();
        enter();
        try {
            return new Expr.Unary(operator, not());
        } finally {
            depth--;
        }
    }

    // comparison → term ( ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) term )*
    private Expr comparison() {
        Expr expr = term();
        while (match(EQUAL_EQUAL, BANG_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL)) {
            Token operator = previous();
            expr = new Expr.Binary(expr, operator, term());
        }
        return expr;
    }

    // term → factor ( ( "+" | "-" ) factor )*
    private Expr term() {
        Expr expr = factor();
        while (match(PLUS, MINUS)) {
            Token operator = previous();
            expr = new Expr.Binary(expr, operator, factor());
        }
        return expr;
    }

    // factor → unary ( ( "*" | "/" | "%" ) unary )*
    private Expr factor() {
        Expr expr = unary();
        while (match(STAR, SLASH, PERCENT)) {
            Token operator = previous();
            expr = new Expr.Binary(expr, operator, unary());
        }
        return expr;
    }

    // unary → ( "-" | "+" ) unary | power
    private Expr unary() {
        if (!match(MINUS, PLUS)) {
            return power();
        }
        Token operator = previous();
        enter();
        try {
            return new Expr.Unary(operator, unary());
        } finally {
            depth--;
        }
    }

    // power → postfix ( ( "^" | "**" ) unary )?      right-associative, binds tighter than unary minus on its left
    private Expr power() {
        Expr base = postfix();
        if (!match(POWER)) {
            return base;
        }
        Token operator = previous();
        enter();
        try {
            return new Expr.Binary(base, operator, unary());
        } finally {
            depth--;
        }
    }

    // postfix → primary ( "[" expression "]" )*
    private Expr postfix() {
        Expr expr = primary();
        while (match(LEFT_BRACKET)) {
            Token bracket = previous();
            Expr key = expression();
            consume(RIGHT_BRACKET, "Expect ']' after index.");
            expr = new Expr.Index(expr, bracket, key);
        }
        return expr;
    }

    // primary → NUMBER | STRING | template | "True" | "False" | "None" | call | conditional | NAME
    //         | substitution | "(" expression ")" | list | dictionary
    private Expr primary() {
        if (match(NUMBER, STRING)) {
            return new Expr.Literal(previous(), previous().literal());
        }
        if (match(TEMPLATE_HEAD)) {
            return template(previous());
        }
        if (match(TRUE, FALSE, NONE)) {
            return new Expr.Literal(previous(), constant(previous()));
        }
        if (check(IDENTIFIER) && next().is(SUBST_OPEN) && next().offset() == peek().end()) {
            return nameChain();
        }
        if (match(IDENTIFIER)) {
            return name(previous());
        }
        if (match(SUBST_OPEN)) {
            return substitution(previous());
        }
        if (match(LEFT_PAREN)) {
            Expr expr = expression();
            consume(RIGHT_PAREN, "Expect ')' after expression.");
            return expr;
        }
        if (match(LEFT_BRACKET)) {
            return list(previous());
        }
        if (match(LEFT_BRACE)) {
            return dictionary(previous());
        }
        throw error(peek(), "Expect expression.");
    }

    private static Object constant(Token token) {
        return token.is(NONE) ? null : token.is(TRUE);
    }

    private Expr name(Token name) {
        if (!match(LEFT_PAREN)) {
            return new Expr.Variable(name);
        }
        if ("if".equals(name.lexeme())) {
            return conditional(name);
        }
        return new Expr.Call(name, arguments());
    }

    // template → TEMPLATE_HEAD substitution ( TEMPLATE_PART substitution )* TEMPLATE_TAIL
    private Expr template(Token head) {
        List<Object> parts = new ArrayList<>();
        addText(parts, head);
        while (true) {
            Token open = consume(SUBST_OPEN, "Unterminated string.");
            parts.add(substitution(open));
            Token piece = peek();
            if (!piece.is(TEMPLATE_PART) && !piece.is(TEMPLATE_TAIL)) {
                throw error(piece, "Unterminated string.");
            }
            advance();
            addText(parts, piece);
            if (piece.is(TEMPLATE_TAIL)) {
                return new Expr.Template(head, List.copyOf(parts));
            }
        }
    }

    private static void addText(List<Object> parts, Token piece) {
        String text = (String) piece.literal();
        if (!text.isEmpty()) {
            parts.add(text);
        }
    }

    /**
     * substitution → "#{" ( nameChain | expression ) "}" after its SUBST_OPEN. A name, or a name
     * glued from pieces ({@code q#{i}}), is a variable; anything else is an expression and gives its value.
     */
    private Expr substitution(Token open) {
        enter();
        try {
            Expr expr = chainAhead() ? nameChain() : expression();
            consume(SUBST_CLOSE, "Expect '}' after substitution.");
            return expr;
        } finally {
            depth--;
        }
    }

    /** Whether the tokens from here are names and substitutions written without spaces, up to the closing '}'. */
    private boolean chainAhead() {
        int i = current;
        Token previous = null;
        while (true) {
            Token token = tokens.get(i);
            boolean glued = previous == null || token.offset() == previous.end();
            if (glued && (token.is(IDENTIFIER) || (previous != null && token.is(NUMBER)))) {
                previous = token;
                i++;
            } else if (glued && token.is(SUBST_OPEN)) {
                i = matchingClose(i);
                if (i < 0) {
                    return false;
                }
                previous = tokens.get(i++);
            } else {
                return previous != null && token.is(SUBST_CLOSE);
            }
        }
    }

    private int matchingClose(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size() && !tokens.get(i).is(NEWLINE) && !tokens.get(i).is(EOF); i++) {
            if (tokens.get(i).is(SUBST_OPEN)) {
                depth++;
            } else if (tokens.get(i).is(SUBST_CLOSE) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    // nameChain → ( NAME | "#{" … "}" ) ( NAME | NUMBER | "#{" … "}" )*     with no space between the pieces
    private Expr nameChain() {
        Token first = peek();
        List<Object> parts = new ArrayList<>();
        Token previous = null;
        while (previous == null || peek().offset() == previous.end()) {
            Token token = peek();
            if (token.is(IDENTIFIER) || (previous != null && token.is(NUMBER))) {
                parts.add(advance().lexeme());
            } else if (token.is(SUBST_OPEN)) {
                parts.add(substitution(advance()));
            } else {
                break;
            }
            previous = previous();
        }
        if (parts.size() == 1 && parts.get(0) instanceof String) {
            return new Expr.Variable(first);
        }
        return new Expr.DynamicVariable(first, List.copyOf(parts));
    }

    // conditional → "if" "(" expression "," expression "," expression ")"
    private Expr conditional(Token keyword) {
        List<Expr> args = arguments();
        if (args.size() != 3) {
            throw error(keyword, "Expect 3 arguments in if(condition, then, otherwise).");
        }
        return new Expr.Conditional(keyword, args.get(0), args.get(1), args.get(2));
    }

    // arguments → ( expression ( "," expression )* )? ")"
    private List<Expr> arguments() {
        List<Expr> args = new ArrayList<>();
        if (!check(RIGHT_PAREN)) {
            do {
                args.add(argument(args.size()));
            } while (match(COMMA));
        }
        consume(RIGHT_PAREN, "Expect ')' after arguments.");
        return List.copyOf(args);
    }

    private Expr argument(int count) {
        if (check(IDENTIFIER) && next().is(EQUAL)) {
            throw error(peek(), "Keyword arguments are not supported: pass arguments in order.");
        }
        if (count >= MAX_ARGUMENTS) {
            throw error(peek(), "Can't have more than " + MAX_ARGUMENTS + " arguments.");
        }
        return expression();
    }

    // list → "[" ( expression ( "," expression )* ","? )? "]"
    private Expr list(Token bracket) {
        List<Expr> items = new ArrayList<>();
        while (!check(RIGHT_BRACKET)) {
            items.add(expression());
            if (!match(COMMA)) {
                break;
            }
        }
        consume(RIGHT_BRACKET, "Expect ']' after list items.");
        return new Expr.ListLiteral(bracket, List.copyOf(items));
    }

    // dictionary → "{" ( expression ":" expression ( "," expression ":" expression )* ","? )? "}"
    private Expr dictionary(Token brace) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!check(RIGHT_BRACE)) {
            keys.add(expression());
            consume(COLON, "Expect ':' after dictionary key.");
            values.add(expression());
            if (!match(COMMA)) {
                break;
            }
        }
        consume(RIGHT_BRACE, "Expect '}' after dictionary entries.");
        return new Expr.DictLiteral(brace, List.copyOf(keys), List.copyOf(values));
    }

    private void begin() {
        depth = 0;
        statementStart = raw();
    }

    private void enter() {
        if (++depth > limits.maxNesting()) {
            throw error(peek(), "Expression is nested too deeply: at most " + limits.maxNesting() + " levels.");
        }
    }

    private boolean match(TokenType... types) {
        for (TokenType type : types) {
            if (check(type)) {
                advance();
                return true;
            }
        }
        return false;
    }

    private Token consume(TokenType type, String message) {
        if (check(type)) {
            return advance();
        }
        throw error(peek(), message);
    }

    private boolean check(TokenType type) {
        return peek().is(type);
    }

    private Token advance() {
        Token token = peek();
        if (token.end() - statementStart.offset() > limits.maxExpressionLength()) {
            throw error(statementStart, "Expression is too long: at most " + limits.maxExpressionLength() + " characters.");
        }
        if (!token.is(EOF)) {
            current++;
        }
        return token;
    }

    /** The current token; a lexer error found here is reported as this line's error. */
    private Token peek() {
        Token token = raw();
        if (token.is(ERROR)) {
            throw error(token, (String) token.literal());
        }
        return token;
    }

    private Token raw() {
        return tokens.get(current);
    }

    private Token next() {
        return tokens.get(Math.min(current + 1, tokens.size() - 1));
    }

    private Token previous() {
        return tokens.get(current - 1);
    }

    private boolean atEnd() {
        return raw().is(EOF);
    }

    private void skipNewlines() {
        while (raw().is(NEWLINE)) {
            current++;
        }
    }

    private void synchronize() {
        while (!atEnd() && !raw().is(NEWLINE)) {
            current++;
        }
    }

    private ParseError error(Token token, String message) {
        errors.add(new Diagnostic(token.line(), token.column(), message));
        return new ParseError();
    }
}

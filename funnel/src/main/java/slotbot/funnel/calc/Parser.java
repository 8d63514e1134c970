package slotbot.funnel.calc;

import static slotbot.funnel.calc.TokenType.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent, one method per grammar rule, lowest precedence first (see docs/calculator.md).
 * Errors are collected; after one the parser skips to the next line, so an author sees every
 * broken line at once. Nesting and statement length are bounded while parsing, so no input can
 * overflow the stack of this parser or of the stages after it.
 */
final class Parser {

    private static final int MAX_ARGUMENTS = 255;

    private static final class ParseError extends RuntimeException {
        ParseError() {
            super(null, null, false, false);
        }
    }

    private record Target(Token name, List<Expr> keys) {
    }

    private final List<Token> tokens;
    private final Limits limits;
    private final List<Diagnostic> errors = new ArrayList<>();
    private int current;
    private int depth;
    private Token statementStart;

    Parser(List<Token> tokens, Limits limits) {
        this.tokens = tokens;
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
        try {
            begin();
            Stmt stmt = statement();
            if (!atEnd() && !raw().is(NEWLINE)) {
                throw error(peek(), "Expect end of line after expression.");
            }
            statements.add(stmt);
        } catch (ParseError e) {
            synchronize();
        }
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
        return new Stmt.Delete(target.name(), target.keys());
    }

    private Stmt assignment(Expr left, Token equals) {
        Target target = target(left);
        if (target == null) {
            throw error(equals, "Invalid assignment target: write name = value or name[key] = value.");
        }
        Expr value = expression();
        if (target.keys().isEmpty()) {
            return new Stmt.Assign(target.name(), value);
        }
        return new Stmt.SetItem(target.name(), target.keys(), value);
    }

    /** name[k1][k2] as the name and its keys, outermost first; null for anything else. */
    private static Target target(Expr expr) {
        List<Expr> keys = new ArrayList<>();
        while (expr instanceof Expr.Index index) {
            keys.add(0, index.key());
            expr = index.target();
        }
        return expr instanceof Expr.Variable variable ? new Target(variable.token(), List.copyOf(keys)) : null;
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

    // primary → NUMBER | STRING | "True" | "False" | "None" | call | conditional | NAME
    //         | "(" expression ")" | list | dictionary
    private Expr primary() {
        if (match(NUMBER, STRING)) {
            return new Expr.Literal(previous(), previous().literal());
        }
        if (match(TRUE, FALSE, NONE)) {
            return new Expr.Literal(previous(), constant(previous()));
        }
        if (match(IDENTIFIER)) {
            return name(previous());
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

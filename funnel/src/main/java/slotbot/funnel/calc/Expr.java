package slotbot.funnel.calc;

import java.util.List;

/** The expression tree: immutable records; {@link #token()} is where errors point. */
sealed interface Expr {

    Token token();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitLiteral(Literal expr);

        R visitVariable(Variable expr);

        R visitUnary(Unary expr);

        R visitBinary(Binary expr);

        R visitLogical(Logical expr);

        R visitIndex(Index expr);

        R visitCall(Call expr);

        R visitConditional(Conditional expr);

        R visitListLiteral(ListLiteral expr);

        R visitDictLiteral(DictLiteral expr);

        R visitDynamicVariable(DynamicVariable expr);

        R visitTemplate(Template expr);
    }

    record Literal(Token token, Object value) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLiteral(this);
        }
    }

    record Variable(Token token) implements Expr {
        String name() {
            return (String) token.literal();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitVariable(this);
        }
    }

    record Unary(Token token, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnary(this);
        }
    }

    record Binary(Expr left, Token token, Expr right) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinary(this);
        }
    }

    /** {@code and} / {@code or}: short-circuit, so kept apart from {@link Binary}. */
    record Logical(Expr left, Token token, Expr right) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLogical(this);
        }
    }

    record Index(Expr target, Token token, Expr key) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIndex(this);
        }
    }

    record Call(Token token, List<Expr> arguments) implements Expr {
        String name() {
            return (String) token.literal();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    /** {@code if(condition, then, otherwise)}: only the chosen branch is evaluated. */
    record Conditional(Token token, Expr condition, Expr then, Expr otherwise) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitConditional(this);
        }
    }

    record ListLiteral(Token token, List<Expr> items) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitListLiteral(this);
        }
    }

    record DictLiteral(Token token, List<Expr> keys, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDictLiteral(this);
        }
    }

    /**
     * A variable whose name is built while running: {@code #{q#{i}}} reads {@code q1} when {@code i}
     * is 1. Each part is a piece of the name as written (String) or a substitution (Expr) whose value,
     * as text, becomes that piece of the name.
     */
    record DynamicVariable(Token token, List<Object> parts) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDynamicVariable(this);
        }
    }

    /**
     * A text with substitutions, {@code "Вы выбрали #{title}"}: the pieces of text as written (String)
     * and the substitutions (Expr), whose values are inserted as text. A value is never parsed.
     */
    record Template(Token token, List<Object> parts) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTemplate(this);
        }
    }
}
